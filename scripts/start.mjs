#!/usr/bin/env node
// `npm start`: the extension in a real VS Code (code-server, in your browser) on 127.0.0.1, with
// the examples/ folder as the workspace. Runs until Ctrl+C, then stops code-server's whole
// process group.
//
//   npm start                         port $PORT, else 8080 if free, else a free port
//   npm start -- --fresh              open a temporary copy of examples/ (the repo stays clean)
//   npm start -- --workspace <dir>    open another folder
//   npm start -- --theme "Default Light Modern"
//
// The extension folder in code-server's extensions dir is a symlink to the repo, so after
// `npm run build` (or `node scripts/build.mjs --watch`) "Developer: Reload Window" picks up the
// new build.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureRuntime } from './lib/runtime.mjs';
import { installExtensionFolder, makeTempDir, startCodeServer } from './lib/codeserver.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: opts } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    workspace: { type: 'string' },
    theme: { type: 'string' },
    port: { type: 'string' },
    copy: { type: 'boolean', default: false },
  },
});

async function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(repoRoot, pkg.main))) throw new Error(`${pkg.main} is missing: run \`npm run build\` (npm start does).`);
  const runtime = await ensureRuntime();

  const tmp = makeTempDir('start');
  let workspace = path.resolve(opts.workspace || path.join(repoRoot, 'examples'));
  if (!fs.existsSync(workspace)) throw new Error(`workspace folder ${workspace} does not exist`);
  if (opts.fresh) {
    const copy = path.join(tmp, path.basename(workspace));
    fs.cpSync(workspace, copy, { recursive: true });
    workspace = copy;
  }

  // Install the extension: a symlink to the repo (rebuild + reload picks up changes), or a copy.
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const extId = `${pkg.publisher}.${pkg.name}`;
  if (opts.copy) {
    installExtensionFolder(repoRoot, extensionsDir);
  } else {
    fs.symlinkSync(repoRoot, path.join(extensionsDir, `${extId}-${pkg.version}`), 'dir');
  }

  const requested = opts.port || process.env.PORT;
  const server = await startCodeServer({
    runtime,
    workspace,
    extensionsDir,
    tmpRoot: path.join(tmp, 'code-server'),
    port: requested ? Number(requested) : 8080,
    strictPort: Boolean(requested),
    settings: opts.theme ? { 'workbench.colorTheme': opts.theme } : {},
    logFile: path.join(tmp, 'code-server.log'),
  });

  const url = server.workbenchUrl({ folder: workspace });
  const line = '='.repeat(Math.min(100, url.length + 8));
  console.log(`\n${line}\n  ML Design Docs in VS Code (code-server ${runtime.csDir.match(/code-server-([\d.]+)/)?.[1] || ''}):\n\n    ${url}\n\n` +
    `  workspace:  ${workspace}\n  extension:  ${extId} ${pkg.version} (${opts.copy ? 'copy' : `symlink to ${repoRoot}`})\n` +
    `  log:        ${server.logFile}\n  Press Ctrl+C to stop.\n${line}\n`);

  let stopping = false;
  const shutdown = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${why}: stopping code-server (process group ${server.pid})...`);
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log('[start] stopped.');
    process.exit(0);
  };
  // startCodeServer's own SIGINT/SIGTERM handlers kill the group too; these replace them with a
  // graceful stop.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => shutdown('Ctrl+C'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  server.child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] code-server exited unexpectedly (${code ?? signal}); log: ${server.logFile}`);
    stopping = true;
    server.stop().finally(() => process.exit(1));
  });
}

main().catch((err) => {
  console.error(`\n[start] ${err?.message || err}`);
  process.exit(1);
});
