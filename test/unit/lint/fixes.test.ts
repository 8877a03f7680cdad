/**
 * Quick fixes: the stub line / table row / section for a missing item, the disable comment, and
 * the guarantee that fixes only insert.
 */
import * as assert from 'node:assert/strict';
import { applyFix, lint, planDisableFix, planItemFix, RULES } from '../../../src/core/lint';
import { renderNewDocument } from '../../../src/core/scaffold';
import { RUBRIC } from '../../../src/core/rubric';
import { fixture, isSubsequence } from './helpers';

const DOC = '# T\n\n## Requirements\n\n- Goal: fewer refunds\n- Scope: picker app\n\n## Data\n\nLogs.\n';

describe('lint fixes: planItemFix', () => {
  it('appends a stub bullet to the end of the item\'s section list', () => {
    const fix = planItemFix(DOC, 'requirements.privacy-security')!;
    assert.equal(fix.title, 'Add privacy, security and compliance constraints to Clarify requirements');
    const out = applyFix(DOC, fix);
    assert.ok(out.includes('- Scope: picker app\n- **Privacy, security and compliance constraints:** TODO: Which privacy'), out);
    assert.ok(out.includes('?\n\n## Data'), 'a blank line stays before the next heading');
  });

  it('starts a new list after a paragraph', () => {
    const out = applyFix(DOC, planItemFix(DOC, 'data.labels')!);
    assert.ok(out.endsWith('Logs.\n\n- **Label definition:** TODO: How are labels defined and obtained (natural vs human labels, positive/negative definition, label delay)?\n'), out);
  });

  it('adds a row to the requirements or metrics table when the section has one', () => {
    const text = '# T\n\n## 1. Clarify requirements\n\n| Requirement | Target | Notes |\n| --- | --- | --- |\n| p99 latency | 80 ms | |\n\nMore.\n\n## 5. Evaluation\n\n| Metric | Offline / online | Target | Why it fits |\n| --- | --- | --- | --- |\n| AUC | Offline | 0.8 | ranking |\n';
    const qps = applyFix(text, planItemFix(text, 'requirements.throughput-qps')!);
    assert.ok(qps.includes('| p99 latency | 80 ms | |\n| Throughput (QPS) | TODO: Peak requests per second (or predictions per day) | |\n'), qps);
    const online = applyFix(text, planItemFix(text, 'evaluation.online-metrics')!);
    assert.ok(online.endsWith('| AUC | Offline | 0.8 | ranking |\n| TODO | Online | | TODO: Online/business metric(s) that show the business goal moved |\n'), online);
    // the new row is still a table row, and still a placeholder
    const r = lint(online, { force: true });
    assert.equal(r.items.find((i) => i.id === 'evaluation.online-metrics')?.present, false);
  });

  it('inserts the section heading and the stub at the framework position when the section is missing', () => {
    const fix = planItemFix(DOC, 'model.baseline')!;
    assert.equal(fix.title, 'Add section "Model development" with baseline');
    const out = applyFix(DOC, fix);
    assert.ok(out.endsWith('Logs.\n\n## Model development\n\n- **Baseline:** TODO: Which simple baseline comes first (heuristic, popularity, logistic regression, current system)?\n'), out);
    const framing = applyFix(DOC, planItemFix(DOC, 'framing.ml-objective')!);
    assert.ok(framing.indexOf('## Frame the problem as an ML task') < framing.indexOf('## Data'));
    assert.ok(framing.indexOf('## Frame the problem as an ML task') > framing.indexOf('## Requirements'));
  });

  it('uses the case study\'s prompt for case items, and keeps CRLF', () => {
    const crlf = renderNewDocument({ title: 'T', caseId: 'ad-click-prediction', date: '2026-01-01', eol: '\r\n' });
    const fix = planItemFix(crlf, 'case.ad-click-prediction.calibration-nce')!;
    assert.ok(fix.insertions[0].text.includes('TODO: How is calibration of predicted probabilities checked'));
    assert.ok(!/[^\r]\n/.test(fix.insertions[0].text), 'CRLF line breaks only');
  });

  it('works on an empty doc and a doc without a final newline', () => {
    const empty = applyFix('', planItemFix('', 'requirements.scale')!);
    assert.match(empty, /^## 1\. Clarify requirements\n\n- \*\*Scale/);
    const noEol = '## Requirements\nGoal: x';
    const out = applyFix(noEol, planItemFix(noEol, 'requirements.scale')!);
    assert.ok(out.startsWith('## Requirements\nGoal: x\n\n- **Scale'), out);
  });

  it('is undefined for unknown ids and non-item rules', () => {
    assert.equal(planItemFix(DOC, 'nope'), undefined);
    assert.equal(planItemFix(DOC, 'style.vague-requirement'), undefined);
  });

  it('missing-item findings carry the same fix', () => {
    const r = lint(DOC, { force: true });
    const f = r.findings.find((x) => x.ruleId === 'data.labels')!;
    assert.deepEqual(f.fix, planItemFix(DOC, 'data.labels'));
  });

  it('every item fix on real docs only inserts, and leaves the item a placeholder', () => {
    const docs = [DOC, fixture('labelled', 'churn-prose-steps.md'), fixture('labelled', 'ads-ctr-bold-headings.md'), fixture('lint', 'complete-9step.md'), renderNewDocument({ title: 'T', date: '2026-01-01' })];
    for (const text of docs) {
      for (const item of RUBRIC) {
        const fix = planItemFix(text, item.id);
        assert.ok(fix, item.id);
        const out = applyFix(text, fix);
        assert.ok(isSubsequence(text, out), `${item.id}: original is a subsequence`);
        assert.ok(out.length > text.length);
      }
    }
  });
});

describe('lint fixes: planDisableFix', () => {
  it('inserts the directive on its own line after the front matter, or at the top', () => {
    const fm = '---\nmldesign: true\n---\n# T\n';
    const fix = planDisableFix(fm, 'style.vague-requirement');
    assert.equal(fix.title, 'Disable style.vague-requirement for this document');
    assert.equal(applyFix(fm, fix), '---\nmldesign: true\n---\n<!-- mldesign-disable style.vague-requirement -->\n# T\n');
    assert.equal(applyFix('# T\n', planDisableFix('# T\n', 'x.y')), '<!-- mldesign-disable x.y -->\n# T\n');
    assert.equal(applyFix('---\na: 1\n---', planDisableFix('---\na: 1\n---', 'x.y')), '---\na: 1\n---\n<!-- mldesign-disable x.y -->\n');
  });

  it('disables the rule when applied', () => {
    const text = renderNewDocument({ title: 'T', date: '2026-01-01' });
    const out = applyFix(text, planDisableFix(text, 'requirements.budget-cost'));
    assert.ok(!lint(out).findings.some((f) => f.ruleId === 'requirements.budget-cost'));
    assert.ok(lint(out).findings.some((f) => f.ruleId === 'requirements.scale'));
  });

  it('works for every rule id', () => {
    for (const r of RULES) {
      const out = applyFix(DOC, planDisableFix(DOC, r.id));
      assert.ok(isSubsequence(DOC, out));
      assert.ok(!lint(out, { force: true }).findings.some((f) => f.ruleId === 'config.unknown-rule'), r.id);
    }
  });
});
