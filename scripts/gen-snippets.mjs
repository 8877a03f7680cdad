#!/usr/bin/env node
// Writes snippets/markdown.code-snippets from src/core/snippets.ts (compiled to out/ by `npm run compile`).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { snippetsFileText } = require(join(root, 'out/src/core/snippets.js'));
writeFileSync(join(root, 'snippets/markdown.code-snippets'), snippetsFileText());
console.log('wrote snippets/markdown.code-snippets');
