#!/usr/bin/env node
// Generates the rule-id lists that must follow the rules engine:
//   - schemas/mldesign.schema.json (JSON schema of .mldesign.json, contributed via jsonValidation)
//   - package.json contributes.configuration "mlDesign.rules" properties (the setting's schema)
// from the compiled engine (run `npx tsc -p ./` first). `--check` only reports drift (exit 1).
// A unit test (test/unit/config/schema.test.ts) fails when the files are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const check = process.argv.includes('--check');

export function buildSchemas() {
  const { RULES } = require(join(root, 'out/src/core/lint/index.js'));
  const { CASE_STUDIES } = require(join(root, 'out/src/core/cases.js'));
  const { RULE_LEVELS } = require(join(root, 'out/src/core/config.js'));
  const seen = new Set(RULES.map((r) => r.id));
  const extra = [];
  // Case items are rules of the engine; keep any the engine does not list (none today) valid too.
  for (const c of CASE_STUDIES) for (const i of c.items) if (!seen.has(i.id)) { seen.add(i.id); extra.push({ id: i.id, section: i.section, severity: i.severity, label: i.label, description: `${c.title}: ${i.label}.` }); }
  const all = [...RULES, ...extra];
  const describe = (r) => `${r.section ? `[${r.section}] ` : ''}${r.label && r.kind !== 'case' ? `${r.label}: ` : ''}${r.description} (default: ${r.severity})`;
  const ruleProps = Object.fromEntries(all.map((r) => [r.id, { $ref: '#/definitions/level', description: describe(r) }]));
  // Families: "*", "monitoring.*", "case.*", "case.visual-search.*", "structure.*"...
  const families = [...new Set(all.flatMap((r) => { const parts = r.id.split('.'); return parts.slice(1).map((_, i) => `${parts.slice(0, i + 1).join('.')}.*`); }))].sort();
  const FAMILY_PATTERN = '^(\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.\\*)$';
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ML Design Docs linter configuration (.mldesign.json)',
    description: 'Read by the ML Design Docs extension (trusted workspaces only) and by `mldesign lint`. Precedence: defaults < .mldesign.json < mlDesign.rules setting < front matter < inline <!-- mldesign-disable --> comments.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Rule levels by rule id, or by family ("monitoring.*", "case.*", "*"): "off" turns rules off. Within the map, families apply first and exact ids after. `mldesign rules` lists the ids.',
        properties: ruleProps,
        patternProperties: { [FAMILY_PATTERN]: { $ref: '#/definitions/level', description: `A family of rules: ${families.join(', ')}` } },
        additionalProperties: false,
      },
      case: {
        type: 'string',
        description: 'Case study whose items apply to documents that do not name one in their front matter (`case:`).',
        enum: CASE_STUDIES.map((c) => c.id),
        enumDescriptions: CASE_STUDIES.map((c) => `Chapter ${c.chapter}: ${c.title}`),
      },
      include: {
        type: 'array',
        description: 'Globs (relative to this file\'s folder) of Markdown files always linted as design docs, e.g. "docs/design/**".',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
      },
      exclude: {
        type: 'array',
        description: 'Globs of Markdown files never linted (wins over include and detection; files named on the CLI and "Lint This Document" still are).',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
      },
      maxFileSize: {
        type: 'integer',
        minimum: 1,
        description: 'Files larger than this many bytes are skipped (default 1000000).',
      },
    },
    definitions: {
      level: { type: 'string', enum: RULE_LEVELS, enumDescriptions: ['Rule turned off', 'Report as information', 'Report as a warning', 'Report as an error'] },
    },
  };
  const settingProps = Object.fromEntries(all.map((r) => [r.id, { enum: RULE_LEVELS, description: describe(r) }]));
  const settingPatterns = { [FAMILY_PATTERN]: { enum: RULE_LEVELS, description: 'A family of rules, e.g. "monitoring.*", "case.*", "*"' } };
  return { schema, settingProps, settingPatterns };
}

async function main() {
  const { schema, settingProps, settingPatterns } = buildSchemas();
  const { modify, applyEdits, parse } = require('jsonc-parser');
  let drift = false;
  const schemaPath = join(root, 'schemas/mldesign.schema.json');
  const schemaText = JSON.stringify(schema, null, 2) + '\n';
  let old = '';
  try { old = readFileSync(schemaPath, 'utf8'); } catch { /* new */ }
  if (old !== schemaText) {
    drift = true;
    if (!check) writeFileSync(schemaPath, schemaText);
    console.log(`${check ? 'outdated' : 'wrote'} schemas/mldesign.schema.json (${Object.keys(schema.properties.rules.properties).length} rule ids)`);
  }
  const pkgPath = join(root, 'package.json');
  const pkgText = readFileSync(pkgPath, 'utf8');
  const setting = parse(pkgText)?.contributes?.configuration?.properties?.['mlDesign.rules'];
  if (JSON.stringify(setting?.properties) !== JSON.stringify(settingProps) || JSON.stringify(setting?.patternProperties) !== JSON.stringify(settingPatterns)) {
    drift = true;
    if (!check) {
      const base = ['contributes', 'configuration', 'properties', 'mlDesign.rules'];
      const fmt = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
      let text = applyEdits(pkgText, modify(pkgText, [...base, 'properties'], settingProps, fmt));
      text = applyEdits(text, modify(text, [...base, 'patternProperties'], settingPatterns, fmt));
      // One line per level list (the formatter puts each element on its own line).
      text = text.replace(/"enum": \[\s*"off",\s*"info",\s*"warning",\s*"error"\s*\]/g, '"enum": ["off", "info", "warning", "error"]');
      // Re-read right before writing: others edit package.json too.
      if (readFileSync(pkgPath, 'utf8') !== pkgText) throw new Error('package.json changed while generating; run again.');
      writeFileSync(pkgPath, text);
    }
    console.log(`${check ? 'outdated' : 'updated'} package.json mlDesign.rules properties`);
  }
  if (!drift) console.log('schemas up to date');
  if (check && drift) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
