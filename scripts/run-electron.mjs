#!/usr/bin/env node
// The integration suite through @vscode/test-electron (desktop VS Code, downloaded into
// .vscode-test/). Needs network access to update.code.visualstudio.com; on offline machines use
// `npm run test:integration` (same suite inside code-server's real extension host).
//
//   npm run test:electron
//   MLDESIGN_VSCODE_VERSION=1.96.0 npm run test:electron     (default: stable)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const fixture = path.join(repoRoot, 'test', 'fixtures', 'workspace');

async function main() {
  for (const f of [testsEntry, fixture]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(repoRoot, f)} is missing (run \`npm run build && npm run compile\`).`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mldesign-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(fixture, workspace, { recursive: true });
  try {
    return await runTests({
      version: process.env.MLDESIGN_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsEntry,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user-data')}`],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const msg = String(err?.message || err);
    console.error(`\n[electron] ${msg}`);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download/i.test(msg)) {
      console.error('[electron] Could not download VS Code: this machine has no access to update.code.visualstudio.com.\n' +
        '[electron] That is expected offline. Run the same suite in a real VS Code extension host with:\n' +
        '    npm run test:integration   (code-server + Chromium, installed from npm/apt)');
    } else if (/exit code|Test run failed/i.test(msg)) {
      console.error('[electron] The suite ran in VS Code and failed (see the mocha output above).');
    }
    process.exit(1);
  },
);
