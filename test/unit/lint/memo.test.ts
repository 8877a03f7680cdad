/**
 * Incremental re-lint (src/core/lint/memo.ts): rule verdicts remembered per unit across lints must
 * never change what a lint reports. A lint after many others (warm) must equal a lint after the
 * table was cleared (cold), for real documents and for documents that move the same sentences
 * between contexts (another section, a "Future work" heading, a list, a label).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint } from '../../../src/core/lint';
import { clearVerdicts, verdictsOf, type MemoRule } from '../../../src/core/lint/memo';
import { parseDoc, subtreeLow, type Unit } from '../../../src/core/lint/parse';
import { markdownFiles } from './helpers';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

function cold(text: string) {
  clearVerdicts();
  return lint(text, { force: true });
}

function items(text: string): Record<string, boolean> {
  return Object.fromEntries(lint(text, { force: true }).items.map((i) => [i.id, i.present]));
}

describe('lint: remembered verdicts (incremental re-lint)', () => {
  afterEach(() => clearVerdicts());

  it('every fixture lints the same warm (after all the others, in reverse order) as cold', function () {
    // it walks the whole fixture corpus twice (~11 s here, more on a loaded CI machine)
    this.timeout(120_000);
    const files = markdownFiles(FIXTURES);
    assert.ok(files.length > 100, `expected the fixture corpus, found ${files.length} files`);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const expected = texts.map((t) => JSON.stringify(cold(t)));
    clearVerdicts();
    for (const t of texts) lint(t, { force: true });
    for (let i = texts.length - 1; i >= 0; i--) {
      assert.equal(JSON.stringify(lint(texts[i], { force: true })), expected[i], files[i]);
    }
  });

  it('the same sentence is judged again in a new context: heading, future work, label, nesting', () => {
    const sentence = 'We watch the PSI of the top 20 input features every day and alert above 0.2.';
    const monitoring = `# Fraud\n\n## 7. Monitoring\n\n${sentence}\n`;
    const future = `# Fraud\n\n## 7. Monitoring\n\nLatency dashboards.\n\n## Future work\n\n${sentence}\n`;
    const declined = `# Fraud\n\n## 7. Monitoring\n\n- Drift: we won't do this for v1.\n  - ${sentence}\n`;
    const expectedDeclined = JSON.stringify(cold(declined));
    clearVerdicts();
    assert.equal(items(monitoring)['monitoring.drift'], true);
    // the verdict on the sentence under Monitoring must not leak into the other two
    assert.equal(items(future)['monitoring.drift'], false);
    assert.equal(JSON.stringify(lint(declined, { force: true })), expectedDeclined);
  });

  // The same text in two contexts that differ in one thing a rule reads; the verdicts differ.
  const PAIRS: Array<[string, string, string, string]> = [
    ['heading', 'monitoring.data-quality', '# D\n\n## 7. Monitoring\n\n### Alerts\n\nNull rates and row counts per partition.\n', '# D\n\n## 7. Monitoring\n\n### Notes\n\nNull rates and row counts per partition.\n'],
    ['section', 'monitoring.operational-metrics', '# D\n\n## 7. Monitoring\n\np99 latency, error rate and CPU per pod.\n', '# D\n\n## 1. Requirements\n\np99 latency, error rate and CPU per pod.\n'],
    ['label', 'monitoring.data-quality', '# D\n\n## 3. Data\n\n**Alerts:** null rates and row counts per partition.\n', '# D\n\n## 3. Data\n\n**Notes:** null rates and row counts per partition.\n'],
    ['parent bullet', 'monitoring.data-quality', '# D\n\n## 3. Data\n\n- Alerts\n  - Null rates and row counts per partition.\n', '# D\n\n## 3. Data\n\n- Notes\n  - Null rates and row counts per partition.\n'],
    ['nested bullets', 'deployment.serving-architecture', '# D\n\n## 6. Serving\n\n- Architecture\n  - API gateway, then the ranking service, which reads the feature store.\n', '# D\n\n## 6. Serving\n\n- Architecture\n  - TBD\n'],
    ['future work', 'monitoring.drift', '# D\n\n## 7. Monitoring\n\nAlert when the PSI of a top feature exceeds 0.2.\n', '# D\n\n## Future work\n\nAlert when the PSI of a top feature exceeds 0.2.\n'],
  ];
  for (const [what, id, a, b] of PAIRS) {
    it(`a verdict does not carry over when only the ${what} differs (${id})`, () => {
      const present = (t: string) => cold(t).items.find((i) => i.id === id)?.present;
      assert.equal(present(a), true, 'the first context commits to the item');
      assert.equal(present(b), false, 'the second does not');
      for (const [first, second] of [[a, b], [b, a]]) {
        const expected = JSON.stringify(cold(second));
        clearVerdicts();
        lint(first, { force: true });
        assert.equal(JSON.stringify(lint(second, { force: true })), expected);
      }
    });
  }

  it('a verdict that depends on a fact of the whole document ("the existing rules engine" is a baseline only when the doc compares) follows each document', () => {
    const unit = 'The existing rules engine flags about 2% of orders for manual review.';
    const compares = `# Fraud\n\n## 4. Model\n\n${unit}\n\n## 5. Evaluation\n\nThe A/B test has a control arm of 5% of traffic.\n`;
    const alone = `# Fraud\n\n## 4. Model\n\n${unit}\n\n## 5. Evaluation\n\nThe A/B test has a holdout arm of 5% of traffic.\n`;
    const present = (t: string) => lint(t, { force: true }).items.find((i) => i.id === 'model.baseline')?.present;
    clearVerdicts();
    assert.equal(present(compares), true);
    assert.equal(present(alone), false, 'remembered from the first document, the unit must not count in the second');
    clearVerdicts();
    assert.equal(present(alone), false);
    assert.equal(present(compares), true, 'remembered as absent in the first document, the unit must count in the second');
  });

  // The memo's contract, field by field: a unit-local rule that reads only one thing of a unit
  // gets a fresh verdict when two units with the same text differ in that one thing.
  const FIELD_PAIRS: Array<[string, (u: Unit, doc: ReturnType<typeof parseDoc>) => boolean, string, string]> = [
    ['sections', (u) => u.sections.includes('monitoring'), '# D\n\n## 7. Monitoring\n\n### Notes\n\nNull rates.\n', '# D\n\n## 1. Requirements\n\n### Notes\n\nNull rates.\n'],
    ['heading', (u, doc) => doc.headings[u.headingIdx]?.norm === 'alerts', '# D\n\n## 7. Monitoring\n\n### Alerts\n\nNull rates.\n', '# D\n\n## 7. Monitoring\n\n### Notes\n\nNull rates.\n'],
    ['mode', (u) => u.mode === 'offline', '# D\n\n## 5. Evaluation\n\n### Offline\n\n#### Notes\n\nNull rates.\n', '# D\n\n## 5. Evaluation\n\n### Online\n\n#### Notes\n\nNull rates.\n'],
    ['uncommitted', (u) => u.uncommitted, '# D\n\n## Future work\n\n### Notes\n\nNull rates.\n', '# D\n\n## Appendix\n\n### Notes\n\nNull rates.\n'],
    ['parent text', (u) => u.parentText.includes('alerts'), '# D\n\n- Alerts\n  - Null rates.\n', '# D\n\n- Notes\n  - Null rates.\n'],
    ['nested units', (u, doc) => subtreeLow(doc, u).includes('gateway'), '# D\n\n- Components\n  - gateway\n', '# D\n\n- Components\n  - TBD\n'],
  ];
  for (const [field, read, a, b] of FIELD_PAIRS) {
    it(`the memo tells apart units that differ only in their ${field}`, () => {
      const rule: MemoRule = { slot: 0, test: read };
      const target = (text: string) => {
        const doc = parseDoc(text);
        // the unit whose verdict depends on the field: the last one for a nested list's child, the first otherwise
        const u = field === 'nested units' ? doc.units[0] : doc.units[doc.units.length - 1];
        return { doc, u };
      };
      const ta = target(a);
      const tb = target(b);
      assert.equal(ta.u.raw, tb.u.raw, 'same text in both documents');
      clearVerdicts();
      assert.equal(verdictsOf(ta.doc, 1).test(rule, ta.u), true);
      assert.equal(verdictsOf(tb.doc, 1).test(rule, tb.u), false);
      clearVerdicts();
      assert.equal(verdictsOf(parseDoc(b), 1).test(rule, target(b).u), false);
      const again = target(a);
      assert.equal(verdictsOf(again.doc, 1).test(rule, again.u), true);
    });
  }

  // A rule that reads the units under the unit's heading (readsDoc: 'heading') is remembered per
  // run of units under one heading: judged again when any unit of the run changes, not otherwise.
  it("a rule that reads the unit's heading run is judged again when a sibling changes, and only then", () => {
    let calls = 0;
    // present when the next unit under the same heading names a gateway
    const rule: MemoRule = {
      slot: 0,
      readsDoc: 'heading',
      test: (u, doc) => {
        calls++;
        const next = doc.units[u.index + 1];
        return next !== undefined && next.headingIdx === u.headingIdx && next.low.includes('gateway');
      },
    };
    const doc = (sibling: string, elsewhere: string) => parseDoc(`# D\n\n## 6. Serving\n\nThe request path.\n\n${sibling}\n\n## 7. Monitoring\n\n${elsewhere}\n`);
    const verdict = (d: ReturnType<typeof parseDoc>) => verdictsOf(d, 1).test(rule, d.units.find((u) => u.raw === 'the request path.')!);
    clearVerdicts();
    assert.equal(verdict(doc('Then the API gateway.', 'Null rates.')), true);
    assert.equal(calls, 1);
    // another section's text changed: the run is the same, the verdict is looked up
    assert.equal(verdict(doc('Then the API gateway.', 'Row counts.')), true);
    assert.equal(calls, 1, 'not judged again when only another heading run changed');
    // the sibling under the same heading changed: judged again
    assert.equal(verdict(doc('Then the ranking service.', 'Row counts.')), false);
    assert.equal(calls, 2);
    // and back: the first run is remembered too
    assert.equal(verdict(doc('Then the API gateway.', 'Row counts.')), true);
    assert.equal(calls, 2);
    // the same run's text moved under another heading level or title is a new run (its units' headings differ)
    assert.equal(verdictsOf(parseDoc('# D\n\n## Notes\n\nThe request path.\n\nThen the API gateway.\n'), 1).test(rule, parseDoc('# D\n\n## Notes\n\nThe request path.\n\nThen the API gateway.\n').units.find((u) => u.raw === 'the request path.')!), true);
    assert.equal(calls, 3);
  });

  it('a keystroke re-lint equals a cold lint of the edited text', () => {
    const base = readFileSync(join(FIXTURES, 'lint', markdownFiles(join(FIXTURES, 'lint'))[0].split('/').pop()!), 'utf8');
    const lines = base.split('\n');
    clearVerdicts();
    lint(base, { force: true });
    for (let k = 0; k < lines.length; k += Math.max(1, Math.floor(lines.length / 25))) {
      const edited = [...lines];
      edited[k] = edited[k] + ' no drift monitoring yet';
      const text = edited.join('\n');
      const expected = JSON.stringify(cold(text));
      lint(base, { force: true });
      assert.equal(JSON.stringify(lint(text, { force: true })), expected, `edit at line ${k + 1}`);
    }
  });

  it('property: documents assembled from shared sentences in random contexts lint the same warm and cold', () => {
    const headings = ['## 1. Clarify requirements', '## 2. Framing', '## 3. Data', '## 4. Model', '## 5. Evaluation', '## 6. Serving', '## 7. Monitoring', '## Future work', '## Open questions', '## Out of scope'];
    const sentences = [
      'p99 latency under 120 ms at 3k QPS.',
      'Latency: TBD',
      'We will A/B test on 5% of users for two weeks; the primary metric is conversion.',
      'No A/B test in v1.',
      'Retrain weekly on the last 90 days; promote only if AUC does not drop.',
      'What is the retraining cadence?',
      'Alert when the PSI of any top-20 feature exceeds 0.2.',
      'Baseline: logistic regression on the same features.',
      'GBDT vs a two-tower model: GBDT is cheaper to serve, the two-tower model handles cold start better.',
      'Class imbalance: positives are 0.3%, so we downsample negatives and recalibrate.',
      'Offline: AUC and log loss. Online: CTR and revenue per session.',
      'Budget: $20k per month for serving.',
      'Canary to 1%, then 10%, with automatic rollback.',
      'The same feature code runs in training and serving (one feature store).',
    ];
    const block = fc.record({
      heading: fc.option(fc.constantFrom(...headings), { nil: undefined }),
      shape: fc.constantFrom('para', 'item', 'nested', 'label', 'row'),
      sentence: fc.constantFrom(...sentences),
    });
    const render = (blocks: Array<{ heading?: string; shape: string; sentence: string }>): string =>
      '# Design\n\n' +
      blocks
        .map((b) => {
          const head = b.heading ? `${b.heading}\n\n` : '';
          if (b.shape === 'item') return `${head}- ${b.sentence}\n`;
          if (b.shape === 'nested') return `${head}- Notes:\n  - ${b.sentence}\n`;
          if (b.shape === 'label') return `${head}**Plan:** ${b.sentence}\n`;
          if (b.shape === 'row') return `${head}| Item | Answer |\n| --- | --- |\n| Plan | ${b.sentence.replace(/\|/g, '/')} |\n`;
          return `${head}${b.sentence}\n`;
        })
        .join('\n');
    fc.assert(
      fc.property(fc.array(fc.array(block, { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 5 }), (docs) => {
        const texts = docs.map(render);
        const expected = texts.map((t) => JSON.stringify(cold(t)));
        clearVerdicts();
        for (const t of texts) lint(t, { force: true });
        texts.forEach((t, i) => assert.equal(JSON.stringify(lint(t, { force: true })), expected[i]));
      }),
      { numRuns: 60 },
    );
  });
});
