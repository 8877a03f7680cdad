/**
 * Rule levels: defaults, LintConfig.rules, front-matter overrides, inline directives, and the
 * 'config' findings for what cannot be understood.
 */
import * as assert from 'node:assert/strict';
import { applyFix, lint, planLineDisableFix } from '../../../src/core/lint';
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

  const VAGUE_BODY = [
    '# T', '', '## Requirements', '',
    'It must be fast, and the ranking must be real-time.',
    'It must also be highly scalable.', '',
    '- Answers should be instant.', '',
    '## Data', '', 'x', '', '## Monitoring', '', 'y', '',
  ];
  const vagueLines = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'style.vague-requirement').map((f) => f.range.startLine);

  it('<!-- mldesign-disable-line id --> hides the rule on that line only, in a paragraph or a bullet', () => {
    const base = `---\nmldesign: true\n---\n${VAGUE_BODY.join('\n')}`;
    const before = vagueLines(base);
    assert.deepEqual(before, [7, 7, 8, 10], 'the fixture has vague phrases on three lines');
    const onLine7 = base.replace('be real-time.', 'be real-time. <!-- mldesign-disable-line style.vague-requirement -->');
    assert.deepEqual(vagueLines(onLine7), [8, 10]);
    const onBullet = base.replace('be instant.', 'be instant. <!-- mldesign-disable-line style.* -->');
    assert.deepEqual(vagueLines(onBullet), [7, 7, 8]);
    // another rule's id leaves it alone
    assert.deepEqual(vagueLines(base.replace('be instant.', 'be instant. <!-- mldesign-disable-line data.labels -->')), before);
  });

  it('<!-- mldesign-disable-next-line --> hides findings on the next line, headings included', () => {
    const base = `---\nmldesign: true\n---\n${VAGUE_BODY.join('\n')}`;
    const text = base.replace('It must also', '<!-- mldesign-disable-next-line style.vague-requirement -->\nIt must also');
    assert.deepEqual(vagueLines(text), [7, 7, 11]);
    // a missing item is shown on its section's heading: a directive above the heading hides it there
    const missing = (t: string) => lint(t).findings.some((f) => f.ruleId === 'monitoring.drift');
    assert.ok(missing(base));
    const above = base.replace('## Monitoring', '<!-- mldesign-disable-next-line monitoring.drift -->\n## Monitoring');
    assert.ok(!missing(above));
    assert.ok(lint(above).findings.some((f) => f.ruleId === 'monitoring.retraining-plan'), 'other rules on that heading stay');
    assert.equal(lint(above).items.find((i) => i.id === 'monitoring.drift')?.level, 'error', 'a one-line directive does not turn the rule off for the doc');
    // on the heading line itself
    assert.ok(!missing(base.replace('## Monitoring', '## Monitoring <!-- mldesign-disable-line monitoring.drift -->')));
    // a one-line directive elsewhere does not hide it
    assert.ok(missing(base.replace('It must also', '<!-- mldesign-disable-next-line monitoring.drift -->\nIt must also')));
  });

  it('a misspelt directive is reported and not applied', () => {
    const base = `---\nmldesign: true\n---\n${VAGUE_BODY.join('\n')}`;
    const text = base.replace('be instant.', 'be instant. <!-- mldesign-disable-nextline style.vague-requirement -->');
    const r = lint(text);
    const f = r.findings.find((x) => x.ruleId === 'config.unknown-rule');
    assert.ok(f);
    assert.match(f.message, /Unknown directive "mldesign-disable-nextline"/);
    assert.equal(f.range.startLine, 10);
    assert.deepEqual(vagueLines(text), [7, 7, 8, 10]);
  });

  it('the line quick fix only inserts, and what it inserts works', () => {
    const base = `---\nmldesign: true\n---\n${VAGUE_BODY.join('\n')}`;
    for (const f of lint(base).findings) {
      const fix = planLineDisableFix(base, f.ruleId, f.range.startLine);
      if (!fix) continue;
      const after = applyFix(base, fix);
      assert.equal(after.length, base.length + fix.insertions[0].text.length);
      const gone = lint(after).findings.filter((x) => x.ruleId === f.ruleId && x.message === f.message);
      assert.equal(gone.length, 0, `${f.ruleId} on line ${f.range.startLine} is hidden by "${fix.title}"`);
    }
    // a heading gets a comment line above it; a paragraph line a trailing comment
    assert.match(planLineDisableFix(base, 'monitoring.drift', 16)!.insertions[0].text, /^<!-- mldesign-disable-next-line monitoring\.drift -->\n$/);
    assert.equal(planLineDisableFix(base, 'style.vague-requirement', 8)!.insertions[0].offset, base.split('\n').slice(0, 9).join('\n').length);
    // nowhere a comment would break the Markdown: front matter, table rows, code, blank lines
    const table = '# T\n\n| Metric | Target |\n| --- | --- |\n| latency | fast |\n\n```\ncode\n```\n';
    assert.equal(planLineDisableFix(base, 'x', 1), undefined);
    assert.equal(planLineDisableFix(table, 'x', 4), undefined);
    assert.equal(planLineDisableFix(table, 'x', 7), undefined);
    assert.equal(planLineDisableFix(table, 'x', 5), undefined);
  });

  it('a directive inside fenced code is not a directive', () => {
    const text = SCAFFOLD + '\n```md\n<!-- mldesign-disable requirements.budget-cost -->\n```\n';
    assert.ok(lint(text).findings.some((f) => f.ruleId === 'requirements.budget-cost'));
  });
});
