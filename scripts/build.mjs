#!/usr/bin/env node
// Bundles the extension host code and the CLI (Node, CJS) into dist/, the preview's browser code
// into media/dist/, and copies Mermaid's IIFE bundle next to it. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  absWorkingDir: root,
};

// The engine's regexps get `(?=)` after their top-level groups: smaller V8 regexp code, the same
// matches (scripts/flush-regexps.cjs says why).
const { flushRegExpsPlugin } = require('./flush-regexps.cjs');
const flushCore = flushRegExpsPlugin(/[\\/]src[\\/]core[\\/].*\.ts$/);

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    // Prefer ESM builds of packages without an "exports" map: jsonc-parser's UMD "main" hides
    // its requires from the bundler (its ESM build bundles cleanly).
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    plugins: [flushCore],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    // Prefer ESM builds of packages without an "exports" map: jsonc-parser's UMD "main" hides
    // its requires from the bundler (its ESM build bundles cleanly).
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [flushCore],
    define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
  },
];

const webviewEntry = join(root, 'src/webview/main.ts');
if (existsSync(webviewEntry)) {
  builds.push({
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'media/dist/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}

function copyMermaid() {
  mkdirSync(join(root, 'media/dist'), { recursive: true });
  const pkgDir = dirname(require.resolve('mermaid/package.json'));
  const src = join(pkgDir, 'dist/mermaid.min.js');
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  if (!version.startsWith('11.')) throw new Error(`Expected Mermaid 11, found ${version}`);
  copyFileSync(src, join(root, 'media/dist/mermaid.min.js'));
  copyCodicons();
}

// Codicons (peer dependency of @vscode-elements/elements) for the preview's toolbar icons: the
// webview may only load files from media/, so the stylesheet and its font are copied there.
function copyCodicons() {
  let dir;
  try {
    dir = join(dirname(require.resolve('@vscode/codicons/package.json')), 'dist');
  } catch {
    console.warn('[build] @vscode/codicons not installed: preview toolbar icons will be missing');
    return;
  }
  mkdirSync(join(root, 'media/dist/codicons'), { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join(dir, f), join(root, 'media/dist/codicons', f));
}

if (watch) {
  copyMermaid();
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[build] watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync(join(root, 'dist/cli.js'), 0o755);
  copyMermaid();
}
