/**
 * Properties: lint never throws, on arbitrary strings and on markdown-ish documents assembled from
 * headings, bullets, tables, fences, directives and front matter; every fix only inserts.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFix, isDesignDoc, lint, planDisableFix, planItemFix, RULES } from '../../../src/core/lint';
import { RUBRIC } from '../../../src/core/rubric';
import { CASE_STUDIES } from '../../../src/core/cases';
import { isSubsequence } from './helpers';

const ITEM_IDS = [...RUBRIC.map((i) => i.id), ...CASE_STUDIES.flatMap((c) => c.items.map((i) => i.id))];
const RULE_IDS = RULES.map((r) => r.id);

/** Lines people write in design docs, with noise. */
const fragment = fc.oneof(
  fc.constantFrom(
    '# Title', '## 1. Clarify requirements', '## Problem formulation', '### Metrics (offline & online)', '## 6. Serving',
    '## Monitoring & maintenance', '#### Step 4: Data', '**Evaluation**', '**Requirements:**', '1. Problem Formulation',
    '- p99 ≤ 150 ms', '- TODO: fill in', '- What is the latency?', '- A/B test', '- no monitoring yet', '* Offline: AUC, CTR',
    '| Requirement | Target |', '| --- | --- |', '| p99 latency | TODO ms |', '| AUC | Offline |', '|', '||', '| a | b | c | d |',
    '```mermaid', '```', '~~~', 'flowchart LR', '  a["App"] --> b["Ranking service"]', '<!-- mldesign-disable -->',
    '<!-- mldesign-disable requirements.latency-p99 nope.rule -->', '<!-- mldesign-enable -->', '<!--', '-->', '---', '> quote',
    '    indented code', '- [ ] task', '1) item', '   - nested', '      - deeper', '', '', 'Plain prose. With sentences? Yes.',
    '![img](x.png)', '<div>', '</div>', 'Q: QPS? A: 5k QPS', '$40k/month on 8 GPUs', 'real-time, scalable, fast',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const markdownish = fc
  .tuple(
    fc.option(fc.constantFrom('---\nmldesign: true\n---', '---\nmldesign:\n  rules:\n    x: y\n---', '---\ncase: ad-click-prediction\n---', '---\n: : [\n---', '---\nmldesign: [1, 2\n---'), { nil: undefined }),
    fc.array(fragment, { maxLength: 60 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([fm, lines, eol]) => [...(fm ? [fm] : []), ...lines].join(eol));

describe('lint properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = lint(s, { force: true });
        assert.ok(Array.isArray(r.findings));
        isDesignDoc(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on markdown-ish documents, and ranges stay inside the document', () => {
    fc.assert(
      fc.property(markdownish, fc.boolean(), (text, force) => {
        const r = lint(text, { force });
        // lines as editors count them (LSP): \r\n, \n or a lone \r ends a line
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const f of r.findings) {
          assert.ok(f.range.startLine >= 0 && f.range.startLine < lineCount, `${f.ruleId} line ${f.range.startLine}`);
          assert.ok(f.range.endLine >= f.range.startLine);
          assert.ok(f.range.startCol >= 0 && f.range.endCol >= 0);
          assert.equal(typeof f.message, 'string');
          assert.ok(!f.message.includes('\n'));
        }
        if (r.isDesignDoc || force) assert.equal(r.sections.length, 7);
      }),
      { numRuns: 300 },
    );
  });

  it('item fixes only insert: the original is a subsequence of the result', () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom(...ITEM_IDS), (text, id) => {
        const fix = planItemFix(text, id);
        if (!fix) return;
        const out = applyFix(text, fix);
        assert.ok(isSubsequence(text, out));
        lint(out, { force: true });
      }),
      { numRuns: 300 },
    );
  });

  it('disable fixes only insert, and the directive is read back', () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom(...RULE_IDS), (text, id) => {
        const out = applyFix(text, planDisableFix(text, id));
        assert.ok(isSubsequence(text, out));
      }),
      { numRuns: 200 },
    );
  });

  it('does not throw on large and pathological inputs', () => {
    const big = ('## Requirements\n' + '- p99 ≤ 150 ms and 50k QPS '.repeat(50) + '\n').repeat(400);
    assert.ok(lint(big, { force: true }).items.length > 0);
    const deep = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    lint(deep, { force: true });
    const longLine = 'a'.repeat(200_000);
    lint(longLine, { force: true });
    const brackets = '<'.repeat(5000) + '['.repeat(5000) + '?'.repeat(5000);
    lint(brackets, { force: true });
    lint('\u0000\uFFFF\uD800' + '|'.repeat(1000), { force: true });
  });
});
