#!/usr/bin/env node
// Runs the preview webview tests (test/webview/*.test.mjs) with mocha: the real preview script and
// Mermaid bundle in Debian's Chromium (playwright-core), on the harness page. Needs `npm run build`
// first (the npm script "test:webview" does it). Extra arguments are mocha --grep patterns.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { ensureRuntime, RuntimeError } from './lib/runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test/webview');
const grep = process.argv.slice(2).join('|');

for (const f of ['media/dist/preview.js', 'media/dist/mermaid.min.js']) {
  if (!fs.existsSync(path.join(root, f))) {
    console.error(`${f} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
}

// Debian's Chromium comes with the runtime (apt-get when root); on a fresh machine this is the
// first tier that needs it.
try {
  await ensureRuntime();
} catch (err) {
  console.error(err instanceof RuntimeError ? `Cannot set up the browser runtime: ${err.message}` : err);
  process.exit(2);
}

const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, reporter: 'spec', ...(grep ? { grep } : {}) });
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) mocha.addFile(path.join(dir, f));
await mocha.loadFilesAsync();
mocha.run((failures) => {
  process.exitCode = failures ? 1 : 0;
});
