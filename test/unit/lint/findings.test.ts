/**
 * Finding shapes: ranges, messages, the weak / vague / misplaced checks, item lines.
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { rubricItem } from '../../../src/core/rubric';
import { docWith, fixture } from './helpers';

describe('lint findings: missing items', () => {
  it('sit on the heading of the item\'s section and say what is missing and why', () => {
    const text = fixture('labelled', 'churn-prose-steps.md');
    const r = lint(text);
    const f = r.findings.find((x) => x.ruleId === 'requirements.budget-cost');
    assert.ok(f);
    assert.equal(f.kind, 'missing');
    assert.equal(f.section, 'requirements');
    const lines = text.split('\n');
    assert.equal(lines[f.range.startLine], '## Step 1: Understand the problem');
    assert.equal(f.range.startCol, 0);
    assert.equal(f.range.endCol, lines[f.range.startLine].length);
    const item = rubricItem('requirements.budget-cost')!;
    assert.equal(f.message, `No ${item.label}: ${item.why}`);
    assert.ok(!f.message.includes('\n'));
  });

  it('say when the item was only asked, left as a placeholder, or negated', () => {
    const asked = lint(docWith('Requirements', 'What is the p99 latency target?\n\n## Data\n\nx\n\n## Monitoring\n\ny'));
    assert.match(asked.findings.find((f) => f.ruleId === 'requirements.latency-p99')!.message, /only asked as a question/);
    const placeholder = lint(docWith('Requirements', '- **Latency:** TBD\n\n## Data\n\nx\n\n## Monitoring\n\ny'));
    assert.match(placeholder.findings.find((f) => f.ruleId === 'requirements.latency-p99')!.message, /placeholder/);
    const negated = lint(docWith('Evaluation', "We won't A/B test this.\n\n## Data\n\nx\n\n## Monitoring\n\ny"));
    assert.match(negated.findings.find((f) => f.ruleId === 'evaluation.ab-test-plan')!.message, /ruled out or negated/);
  });

  it('items list the evidence line when present and the fix line when absent', () => {
    const text = fixture('labelled', 'churn-prose-steps.md');
    const lines = text.split('\n');
    const r = lint(text);
    const scale = r.items.find((i) => i.id === 'requirements.scale')!;
    assert.ok(scale.present);
    assert.match(lines[scale.line], /9\.5 million/);
    const budget = r.items.find((i) => i.id === 'requirements.budget-cost')!;
    assert.ok(!budget.present);
    assert.ok(budget.line > 2 && budget.line < 13, 'inside the requirements section');
  });
});

describe('lint findings: weak latency', () => {
  it('a latency number without a percentile is present but weak (info)', () => {
    const r = lint(docWith('Requirements', 'Average response time must stay under 120 ms.\n\n## Data\n\nx\n\n## Monitoring\n\ny'));
    assert.ok(r.items.find((i) => i.id === 'requirements.latency-p99')?.present);
    const weak = r.findings.find((f) => f.kind === 'weak');
    assert.ok(weak);
    assert.equal(weak.ruleId, 'requirements.latency-p99');
    assert.equal(weak.severity, 'info');
    assert.match(weak.message, /p95\/p99/);
    assert.match(weak.message, /mean/);
  });

  it('no weak finding when a percentile is stated', () => {
    const r = lint(docWith('Requirements', 'p99 under 120 ms.\n\n## Data\n\nx\n\n## Monitoring\n\ny'));
    assert.ok(!r.findings.some((f) => f.kind === 'weak'));
  });
});

describe('lint findings: vague requirements', () => {
  it('"low latency", "real-time", "scalable" with no number: a warning on the phrase itself', () => {
    const text = docWith('Requirements', 'The service must be real-time and highly scalable, with low latency.\n\n## Data\n\nx\n\n## Monitoring\n\ny');
    const r = lint(text);
    const vague = r.findings.filter((f) => f.kind === 'vague');
    assert.deepEqual(vague.map((f) => f.ruleId), ['style.vague-requirement', 'style.vague-requirement', 'style.vague-requirement']);
    const lines = text.split('\n');
    const phrases = vague.map((f) => lines[f.range.startLine].slice(f.range.startCol, f.range.endCol));
    assert.deepEqual(phrases, ['real-time', 'highly scalable', 'low latency']);
    assert.ok(vague.every((f) => f.severity === 'warning' && f.section === 'requirements'));
  });

  it('not reported once the doc gives the number, or in a question, or for "real-time features"', () => {
    const numbers = lint(docWith('Requirements', 'Low latency: p99 ≤ 80 ms. Peak 20k QPS, 50M DAU. It must be scalable.\n\n## Data\n\nx\n\n## Monitoring\n\ny'));
    assert.ok(!numbers.findings.some((f) => f.kind === 'vague'));
    const question = lint(docWith('Requirements', 'Does it need to be real-time?\n\n## Data\n\nx\n\n## Monitoring\n\ny'));
    assert.ok(!question.findings.some((f) => f.kind === 'vague'));
    const features = lint(docWith('Data', 'We compute real-time features from the click stream.\n\n## Requirements\n\nx\n\n## Monitoring\n\ny'));
    assert.ok(!features.findings.some((f) => f.kind === 'vague'));
  });
});

describe('lint findings: misplaced metrics', () => {
  it('an online metric listed only among offline metrics, and the reverse', () => {
    const text = docWith('Evaluation', '**Offline metrics:**\n\n- AUC\n- CTR\n\n**Online metrics:**\n\n- conversion rate\n- NDCG@10\n\n## Data\n\nx\n\n## Monitoring\n\ny');
    const r = lint(text);
    const mis = r.findings.filter((f) => f.kind === 'misplaced');
    const lines = text.split('\n');
    const phrases = mis.map((f) => lines[f.range.startLine].slice(f.range.startCol, f.range.endCol)).sort();
    assert.deepEqual(phrases, ['ctr', 'ndcg@10'].sort().map((p) => (p === 'ctr' ? 'CTR' : 'NDCG@10')));
    assert.ok(mis.every((f) => f.ruleId === 'style.metric-misplaced' && f.section === 'evaluation'));
  });

  it('a metrics table with an Offline/online column', () => {
    const text = docWith('Evaluation', '| Metric | Offline / online |\n| --- | --- |\n| Watch time | Offline |\n| ROC-AUC | Offline |\n\n## Data\n\nx\n\n## Monitoring\n\ny');
    const mis = lint(text).findings.filter((f) => f.kind === 'misplaced');
    assert.equal(mis.length, 1);
    assert.match(mis[0].message, /online/);
  });

  it('nothing misplaced in a doc that keeps them apart', () => {
    assert.ok(!lint(fixture('labelled', 'news-feed-tables.md')).findings.some((f) => f.kind === 'misplaced'));
    assert.ok(!lint(fixture('labelled', 'fraud-card-strong.md')).findings.some((f) => f.kind === 'misplaced'));
  });
});

describe('lint findings: ordering', () => {
  it('findings are sorted by position', () => {
    const r = lint(fixture('labelled', 'moderation-weak.md'), { force: true });
    for (let i = 1; i < r.findings.length; i++) {
      const a = r.findings[i - 1].range;
      const b = r.findings[i].range;
      assert.ok(a.startLine < b.startLine || (a.startLine === b.startLine && a.startCol <= b.startCol));
    }
  });
});
