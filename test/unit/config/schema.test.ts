/**
 * The rule-id lists generated from the engine (schemas/mldesign.schema.json and the
 * mlDesign.rules setting in package.json) must match the engine's RULES. When this fails, run
 * `npx tsc -p ./ && node schemas/generate.mjs`.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/lint';
import { CASE_STUDIES, CASE_IDS } from '../../../src/core/cases';
import { RULE_LEVELS, parseConfigText } from '../../../src/core/config';
import { knownIds } from '../../../src/cli/lintCommand';

const ROOT = join(__dirname, '../../../..');
const HINT = 'out of date: run `npx tsc -p ./ && node schemas/generate.mjs`';

function allIds(): string[] {
  const ids = RULES.map((r) => r.id);
  for (const c of CASE_STUDIES) for (const i of c.items) if (!ids.includes(i.id)) ids.push(i.id);
  return ids;
}

describe('config: generated schemas', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/mldesign.schema.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('schemas/mldesign.schema.json lists every rule id, the levels and the case ids', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), allIds().sort(), `schema ${HINT}`);
    assert.deepEqual(schema.definitions.level.enum, RULE_LEVELS);
    assert.deepEqual(schema.properties.case.enum, CASE_IDS);
    assert.equal(schema.additionalProperties, false);
    const family = new RegExp(Object.keys(schema.properties.rules.patternProperties)[0]);
    for (const ok of ['*', 'monitoring.*', 'case.*', 'case.visual-search.*']) assert.ok(family.test(ok), ok);
    for (const bad of ['monitoring', 'monitoring.drift', '.*', 'Monitoring.*']) assert.ok(!family.test(bad), bad);
  });

  it('the mlDesign.rules setting lists the same ids', () => {
    const setting = pkg.contributes.configuration.properties['mlDesign.rules'];
    assert.deepEqual(Object.keys(setting.properties).sort(), allIds().sort(), `package.json ${HINT}`);
    for (const v of Object.values(setting.properties) as Array<{ enum: string[] }>) assert.deepEqual(v.enum, RULE_LEVELS);
    assert.deepEqual(Object.keys(setting.patternProperties), Object.keys(schema.properties.rules.patternProperties));
    assert.equal(setting.additionalProperties, false);
  });

  it('.mldesign.json is validated through jsonValidation and shipped', () => {
    const jv = (pkg.contributes.jsonValidation ?? []) as Array<{ fileMatch: string; url: string }>;
    assert.ok(jv.some((j) => j.fileMatch === '.mldesign.json' && j.url === './schemas/mldesign.schema.json'));
    // that the schema file is in the VSIX is checked by test/unit/packaging/vsix.test.ts (vsce ls)
  });

  it('every id the schema accepts is accepted by the config parser', () => {
    const rules = Object.fromEntries(allIds().map((id) => [id, 'off']));
    const r = parseConfigText(JSON.stringify({ rules }), knownIds());
    assert.deepEqual(r.problems, []);
  });
});
