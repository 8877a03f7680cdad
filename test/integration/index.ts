/**
 * Entry point of the integration tests: the standard @vscode/test-electron `run()` that builds a
 * mocha runner over every compiled `*.test.js` next to this file. The same entry runs under
 * test-electron (`npm run test:electron`) and inside code-server's extension host
 * (`npm run test:integration`, loaded through the smoke-test driver's extensionTestsPath).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

/** Recursive readdir (fs.globSync is Node 22+; the extension host may run Node 20). */
function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(full, out);
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(full);
  }
  return out;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: 60_000,
    // MLDESIGN_GREP narrows the run (e.g. MLDESIGN_GREP=insertSection npm run test:integration)
    ...(process.env.MLDESIGN_GREP ? { grep: process.env.MLDESIGN_GREP } : {}),
  });
  const files = findTests(__dirname).sort();
  for (const f of files) mocha.addFile(f);

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`No *.test.js files under ${__dirname}: run \`npm run compile\` first.`));
      return;
    }
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
