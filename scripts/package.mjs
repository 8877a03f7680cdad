#!/usr/bin/env node
// Builds the .vsix with @vscode/vsce (run after `npm run build --production` by `npm run package`).
// The bundles already hold every runtime dependency, hence --no-dependencies. Then lists the
// VSIX content so a stray file is seen at once.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const run = (args) => execFileSync(process.execPath, [vsce, ...args], { cwd: root, stdio: 'inherit' });

run(['ls', '--no-dependencies']);
run(['package', '--no-dependencies', '--allow-missing-repository', ...process.argv.slice(2)]);
