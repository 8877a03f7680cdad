/**
 * Rule levels: defaults, LintConfig.rules, front-matter overrides, inline directives, and the
 * 'config' findings for what cannot be understood.
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { renderNewDocument } from '../../../src/core/scaffold';

const SCAFFOLD = renderNewDocument({ title: 'T', date: '2026-01-01' });

function withFrontMatter(fm: string, body = '# T\n\n## Requirements\n\nThe system must be fast.\n\n## Data\n\nx\n\n## Monitoring\n\ny\n'): string {
  return `---\n${fm}\n---\n\n${body}`;
}

describe('lint config: levels', () => {
  it('defaults come from the rubric; LintConfig.rules overrides them, ".*" patterns included', () => {
    const r = lint(SCAFFOLD, { config: { rules: { 'requirements.latency-p99': 'info', 'monitoring.*': 'off' } } });
    const latency = r.findings.find((f) => f.ruleId === 'requirements.latency-p99');
    assert.equal(latency?.severity, 'info');
    assert.ok(!r.findings.some((f) => f.ruleId.startsWith('monitoring.')));
    const drift = r.items.find((i) => i.id === 'monitoring.drift');
    assert.equal(drift?.level, 'off', 'items turned off are still listed');
    assert.equal(r.summary.total, 30, 'off items are not counted');
  });

  it('front-matter overrides win over LintConfig', () => {
    const text = SCAFFOLD.replace('mldesign: true', 'mldesign:\n  rules:\n    requirements.latency-p99: off\n    data.labels: warning');
    const r = lint(text, { config: { rules: { 'requirements.latency-p99': 'error' } } });
    assert.ok(!r.findings.some((f) => f.ruleId === 'requirements.latency-p99'));
    assert.equal(r.findings.find((f) => f.ruleId === 'data.labels')?.severity, 'warning');
    assert.equal(r.isDesignDoc, true, 'a mapping value still marks a design doc');
  });

  it('an unknown rule or a bad level in the front matter is a config finding on its line', () => {
    const text = withFrontMatter('mldesign:\n  rules:\n    requirements.latency: off\n    data.labels: loud');
    const r = lint(text);
    const unknown = r.findings.find((f) => f.ruleId === 'config.unknown-rule');
    assert.equal(unknown?.kind, 'config');
    assert.equal(unknown?.range.startLine, 3);
    const bad = r.findings.find((f) => f.ruleId === 'config.front-matter');
    assert.equal(bad?.range.startLine, 4);
    assert.match(bad?.message ?? '', /off, info, warning or error/);
  });

  it('malformed front matter is a config finding, not a crash', () => {
    const text = '---\ntitle: [unclosed\nmldesign: true\n---\n\n# T\n\n## Requirements\n\n## Data\n\n## Monitoring\n';
    const r = lint(text);
    const f = r.findings.find((x) => x.ruleId === 'config.front-matter');
    assert.ok(f, 'finding');
    assert.ok(f.range.startLine >= 1 && f.range.startLine <= 3);
    assert.equal(r.isDesignDoc, true, 'still recognised from its headings');
  });

  it('an unknown case study in the front matter is reported and ignored', () => {
    const r = lint(SCAFFOLD.replace('mldesign: true', 'case: not-a-case\nmldesign: true'));
    assert.ok(r.findings.some((f) => f.ruleId === 'config.front-matter' && /not-a-case/.test(f.message)));
    assert.ok(!r.items.some((i) => i.id.startsWith('case.')));
  });

  it('class imbalance is an error in rare-positive domains, a warning elsewhere', () => {
    const fraud = lint(withFrontMatter('mldesign: true', '# Fraud scoring\n\n## Data\n\nCard fraud is rare.\n'));
    assert.equal(fraud.findings.find((f) => f.ruleId === 'data.class-imbalance')?.severity, 'error');
    const eta = lint(withFrontMatter('mldesign: true', '# ETA\n\n## Data\n\nTrips.\n'));
    assert.equal(eta.findings.find((f) => f.ruleId === 'data.class-imbalance')?.severity, 'warning');
  });
});

describe('lint config: inline directives', () => {
  it('<!-- mldesign-disable id --> turns a missing-item rule off for the whole doc', () => {
    const text = SCAFFOLD + '\n<!-- mldesign-disable requirements.budget-cost model.interpretability -->\n';
    const r = lint(text);
    assert.ok(!r.findings.some((f) => f.ruleId === 'requirements.budget-cost' || f.ruleId === 'model.interpretability'));
    assert.equal(r.items.find((i) => i.id === 'requirements.budget-cost')?.level, 'off');
    assert.equal(r.summary.total, 33);
  });

  it('located findings are disabled from the directive on, until an enable', () => {
    const body = [
      '# T', '', '## Requirements', '',
      'It must be fast.', '',
      '<!-- mldesign-disable style.vague-requirement -->', '',
      'It must be highly scalable.', '',
      '<!-- mldesign-enable style.vague-requirement -->', '',
      'It must be real-time.', '',
      '## Data', '', 'x', '', '## Monitoring', '', 'y', '',
    ].join('\n');
    const r = lint(`---\nmldesign: true\n---\n${body}`);
    const vague = r.findings.filter((f) => f.ruleId === 'style.vague-requirement').map((f) => f.message);
    assert.equal(vague.length, 2, JSON.stringify(vague));
    assert.ok(vague.some((m) => m.includes('"fast"')));
    assert.ok(vague.some((m) => m.includes('"real-time"')));
  });

  it('a directive with no ids disables every rule', () => {
    const r = lint(SCAFFOLD.replace('# T\n', '# T\n\n<!-- mldesign-disable -->\n'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.summary.total, 0);
  });

  it('an unknown rule id in a directive is a config finding on that comment', () => {
    const text = SCAFFOLD.replace('# T\n', '# T\n\n<!-- mldesign-disable requirements.latency style.nope -->\n');
    const r = lint(text);
    const f = r.findings.find((x) => x.ruleId === 'config.unknown-rule');
    assert.ok(f);
    const line = text.split('\n').findIndex((l) => l.includes('mldesign-disable'));
    assert.equal(f.range.startLine, line);
    assert.equal(f.range.startCol, 0);
    assert.match(f.message, /requirements\.latency/);
    assert.match(f.message, /style\.nope/);
  });

  it('a directive inside fenced code is not a directive', () => {
    const text = SCAFFOLD + '\n```md\n<!-- mldesign-disable requirements.budget-cost -->\n```\n';
    assert.ok(lint(text).findings.some((f) => f.ruleId === 'requirements.budget-cost'));
  });
});
