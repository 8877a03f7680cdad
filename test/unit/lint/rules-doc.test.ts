/**
 * docs/rules.md is generated from the rule metadata, and rule links (#anchor) resolve.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, ruleDocAnchor } from '../../../src/core/lint';
import { renderRulesDoc } from '../../../src/core/lint/rulesDoc';
import { ROOT } from './helpers';

/** GitHub's heading slug (github-slugger): lower-case, punctuation but "-" and "_" dropped, spaces to "-". */
function githubSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
}

describe('lint: docs/rules.md', () => {
  it('is up to date with the rule metadata (run: npx tsc -p ./ && node scripts/gen-rules-doc.mjs)', () => {
    const file = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    assert.equal(file, renderRulesDoc());
  });

  it('has one "## <rule-id>" heading per rule, and ruleDocAnchor matches GitHub\'s slug of it', () => {
    const doc = renderRulesDoc();
    const headings = doc.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    assert.deepEqual(headings.slice().sort(), RULES.map((r) => r.id).sort());
    for (const r of RULES) assert.equal(ruleDocAnchor(r.id), githubSlug(r.id), r.id);
    assert.equal(ruleDocAnchor('requirements.latency-p99'), 'requirementslatency-p99');
    assert.equal(new Set(RULES.map((r) => ruleDocAnchor(r.id))).size, RULES.length, 'anchors are unique');
    // the H1 group headings never collide with a rule anchor
    const groups = doc.split('\n').filter((l) => l.startsWith('# ')).map((l) => githubSlug(l.slice(2)));
    for (const g of groups) assert.ok(!RULES.some((r) => ruleDocAnchor(r.id) === g), g);
  });

  it('every rule says what counts; rubric items give a strong example', () => {
    for (const r of RULES) {
      assert.ok(r.present.length > 20, r.id);
      if (r.kind === 'item') assert.ok(r.example && r.absent, r.id);
    }
  });
});
