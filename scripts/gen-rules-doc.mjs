#!/usr/bin/env node
// Writes docs/rules.md from the rule metadata of the lint engine (compiled to out/ by `tsc -p ./`).
// Run after changing a rule: `npx tsc -p ./ && node scripts/gen-rules-doc.mjs`. A unit test
// (test/unit/lint/rules-doc.test.ts) fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
let renderRulesDoc;
try {
  ({ renderRulesDoc } = require(join(root, 'out', 'src', 'core', 'lint', 'rulesDoc.js')));
} catch (err) {
  console.error(`gen-rules-doc: compile first (npx tsc -p ./): ${err.message}`);
  process.exit(1);
}
const file = join(root, 'docs', 'rules.md');
writeFileSync(file, renderRulesDoc());
console.log(`wrote ${file}`);
