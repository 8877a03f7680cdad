/**
 * Fix-all: fixes planned one after another on the evolving text, mapped back to insertions into
 * the original. Properties (fast-check): applying the mapped insertions to the original gives
 * exactly the sequential result, the original stays a subsequence, offsets are distinct and
 * ascending. Then the same with the real engine's planItemFix on scaffolded documents.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { InsertionPlan, applyInsertions, isSubsequence, planFixAll } from '../../../src/extension/linter/fixAll';
import { lint, planItemFix } from '../../../src/core/lint';
import { renderNewDocument } from '../../../src/core/scaffold';
import { RUBRIC } from '../../../src/core/rubric';
import { CASE_IDS } from '../../../src/core/cases';
import type { Fix } from '../../../src/core/lint/types';

/** A fix as a function of the text: insertions at offsets derived from fractions of its length. */
const fixGen = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ minLength: 0, maxLength: 8 }) }), {
  minLength: 1,
  maxLength: 3,
});

describe('fix-all planner', () => {
  it('mapped insertions reproduce the sequential result; the original is a subsequence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fixGen, { maxLength: 8 }), (original, fixes) => {
        let sequential = original;
        const plan = new InsertionPlan(original);
        for (const f of fixes) {
          const insertions = f.map((x) => ({ offset: Math.floor(x.at * plan.text.length), text: x.text }));
          // Sequential reference: apply one fix (offsets of the text before it).
          sequential = applyInsertions(sequential, insertions);
          plan.apply(insertions);
          assert.equal(plan.text, sequential);
        }
        const ins = plan.insertions();
        assert.equal(applyInsertions(original, ins), sequential);
        assert.ok(isSubsequence(original, sequential));
        for (let i = 1; i < ins.length; i++) assert.ok(ins[i].offset > ins[i - 1].offset, 'ascending, distinct');
        assert.ok(ins.every((i) => i.text.length > 0));
      }),
      { numRuns: 500 },
    );
  });

  it('insertions of one fix at one offset keep their order', () => {
    const plan = new InsertionPlan('ab');
    plan.apply([{ offset: 1, text: 'X' }, { offset: 1, text: 'Y' }]);
    assert.equal(plan.text, 'aXYb');
    assert.equal(applyInsertions('ab', [{ offset: 1, text: 'X' }, { offset: 1, text: 'Y' }]), 'aXYb');
  });

  it('planFixAll skips rules without a fix and reports the applied ones', () => {
    const fixes: Record<string, Fix | undefined> = { a: { title: 'A', insertions: [{ offset: 0, text: 'A\n' }] }, b: undefined };
    const r = planFixAll('x\n', ['a', 'b'], (_t, id) => fixes[id]);
    assert.deepEqual(r.applied, ['a']);
    assert.equal(r.finalText, 'A\nx\n');
  });

  it('with the real engine: every missing item of a partial doc added at once, nothing of the original lost', function () {
    this.timeout(60_000);
    const docs = [
      renderNewDocument({ title: 'Blank', date: '2026-01-01' }),
      ...CASE_IDS.slice(0, 3).map((caseId) => renderNewDocument({ title: 'Case', caseId, date: '2026-01-01' })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.subarray(RUBRIC.map((r) => r.id)),
        (doc, dropSeeds, ids) => {
          // Drop some lines (bullets, table rows) so that items really are missing.
          const lines = doc.split('\n');
          const drop = new Set(dropSeeds.map((s) => 8 + (s % Math.max(1, lines.length - 8))));
          const original = lines.filter((l, i) => !drop.has(i) || /^#/.test(l)).join('\n');
          const result = planFixAll(original, ids, (t, id) => planItemFix(t, id));
          assert.equal(applyInsertions(original, result.insertions), result.finalText);
          assert.ok(isSubsequence(original, result.finalText));
          const again = lint(result.finalText, { force: true });
          assert.ok(again.isDesignDoc);
        },
      ),
      { numRuns: 40 },
    );
  });
});
