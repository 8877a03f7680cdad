/**
 * Sections from headings (any level, numbered or not, synonyms, the 9-step template, bold lines),
 * design-doc recognition, and the structure findings (missing, order, unfilled).
 */
import * as assert from 'node:assert/strict';
import { isDesignDoc, lint } from '../../../src/core/lint';
import { classifyHeading, classifyHeadingAll, readOutline } from '../../../src/core/outline';
import { fixture } from './helpers';

function sectionLines(text: string): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const s of lint(text, { force: true }).sections) out[s.id] = s.line;
  return out;
}

describe('lint structure: headings → sections', () => {
  const cases: Array<[string, string | undefined]> = [
    ['1. Clarify requirements', 'requirements'],
    ['Clarifying questions', 'requirements'],
    ['Step 1: Understand the problem', 'requirements'],
    ['1️⃣ Problem Understanding & Scope', 'requirements'],
    ['Frame the problem as an ML task', 'framing'],
    ['ML formulation', 'framing'],
    ['Data collection and preparation', 'data'],
    ['Feature engineering', 'data'],
    ['Model development and offline evaluation', 'model'],
    ['Metrics (offline & online)', 'evaluation'],
    ['Eval', 'evaluation'],
    ['Serving', 'deployment'],
    ['Inference', 'deployment'],
    ['Prediction service', 'deployment'],
    ['Online testing and model deployment', 'evaluation'],
    ['Monitoring & maintenance', 'monitoring'],
    ['Scaling, monitoring, and updates', 'deployment'],
    ['Data privacy', 'requirements'],
    ['Model evaluation', 'evaluation'],
    ['Glossary', undefined],
  ];
  for (const [text, id] of cases) {
    it(`"${text}" → ${id ?? 'no section'}`, () => assert.equal(classifyHeading(text), id));
  }

  it('a heading naming two sections stands for both', () => {
    assert.deepEqual(classifyHeadingAll('Model development and offline evaluation'), ['model', 'evaluation']);
    assert.deepEqual(classifyHeadingAll('Online testing and model deployment'), ['evaluation', 'deployment']);
    assert.deepEqual(classifyHeadingAll('Scaling, monitoring, and updates'), ['deployment', 'monitoring']);
    assert.deepEqual(classifyHeadingAll('Problem formulation'), ['requirements', 'framing']);
    assert.deepEqual(classifyHeadingAll('Training data'), ['data']);
    assert.deepEqual(classifyHeadingAll('Datasets'), ['data']);
  });

  it('sub-headings inherit their parent unless they clearly name another section', () => {
    const text = '# T\n\n## 4. Model\n\n### Architecture\n\nDCN.\n\n### Candidate generation\n\nTwo-tower.\n\n### Offline metrics\n\nAUC.\n\n## 5. Deployment\n';
    const heads = readOutline(text).headings;
    const by = (t: string) => heads.find((h) => h.text === t)!;
    assert.equal(by('Architecture').within, 'model', '"Architecture" under Model is the model\'s');
    assert.equal(by('Candidate generation').within, 'model');
    assert.equal(by('Offline metrics').within, 'evaluation');
    assert.equal(by('Offline metrics').nested, true);
  });

  it('the 9-step template maps onto all 7 sections', () => {
    const lines = sectionLines(fixture('lint', 'complete-9step.md'));
    assert.ok(Object.values(lines).every((l) => l !== undefined), JSON.stringify(lines));
  });

  it("eugeneyan's template: overview/motivation are requirements, 5.1 Problem statement is the framing", () => {
    const lines = sectionLines(fixture('labelled', 'eta-eugeneyan-template.md'));
    assert.equal(lines['requirements'], 2);
    assert.ok(lines['framing'] !== undefined && lines['framing'] > 2);
    assert.ok(Object.values(lines).every((l) => l !== undefined), JSON.stringify(lines));
  });

  it('emoji-numbered, "Step N:" and numbered-H1 headings', () => {
    for (const f of ['pymk-emoji.md', 'churn-prose-steps.md', 'loan-default-numbered-h1.md']) {
      const lines = sectionLines(fixture('labelled', f));
      assert.ok(Object.values(lines).every((l) => l !== undefined), `${f}: ${JSON.stringify(lines)}`);
    }
  });

  it('bold lines stand for headings in a doc without Markdown headings', () => {
    const lines = sectionLines(fixture('labelled', 'ads-ctr-bold-headings.md'));
    assert.ok(Object.values(lines).every((l) => l !== undefined), JSON.stringify(lines));
  });

  it('headings inside fenced code do not count', () => {
    const text = '# T\n\n```md\n## 5. Evaluation\n```\n\n## 1. Requirements\n\nx\n';
    assert.equal(sectionLines(text)['evaluation'], undefined);
  });
});

describe('lint structure: design-doc recognition', () => {
  it('front matter mldesign: true, or a mapping with rules', () => {
    assert.equal(isDesignDoc('---\nmldesign: true\n---\n# x\n'), true);
    assert.equal(isDesignDoc('---\nmldesign:\n  rules:\n    style.vague-requirement: off\n---\n# x\n'), true);
  });

  it('or at least 3 of the 7 sections in headings', () => {
    assert.equal(isDesignDoc('# x\n\n## Requirements\n\n## Data\n\n## Monitoring\n'), true);
    assert.equal(isDesignDoc('# x\n\n## Requirements\n\n## Data\n'), false);
    assert.equal(isDesignDoc('# Shopping list\n\n- milk\n- eggs\n'), false);
  });

  it('mldesign: false opts out', () => {
    assert.equal(isDesignDoc('---\nmldesign: false\n---\n# x\n\n## Requirements\n\n## Data\n\n## Monitoring\n'), false);
  });

  it('a non-design doc gets no findings unless forced', () => {
    const text = '# Shopping list\n\n- milk\n';
    assert.deepEqual(lint(text).findings, []);
    assert.equal(lint(text).isDesignDoc, false);
    const forced = lint(text, { force: true });
    assert.equal(forced.isDesignDoc, true, 'forced');
    assert.ok(forced.findings.length > 0);
  });
});

describe('lint structure: findings', () => {
  it('a missing section is reported on the title, with a fix inserting the section', () => {
    const text = fixture('labelled', 'similar-listings-mermaid.md');
    const r = lint(text);
    const f = r.findings.find((x) => x.ruleId === 'structure.section-missing');
    assert.ok(f);
    assert.equal(f.section, 'framing');
    assert.equal(f.range.startLine, 0, 'the H1 title');
    assert.ok(f.fix && f.fix.insertions.length === 1);
    assert.match(f.fix.insertions[0].text, /## Frame the problem as an ML task/);
    assert.equal(r.sections.find((s) => s.id === 'framing')?.line, undefined);
  });

  it('items of a missing section are still found anywhere in the doc', () => {
    const text = '---\nmldesign: true\n---\n# T\n\n## Requirements\n\nWe need p99 under 100 ms.\n\n## Data\n\nThe model predicts the probability of a click.\n\n## Monitoring\n\nNothing yet.\n';
    const r = lint(text);
    assert.ok(r.items.find((i) => i.id === 'framing.ml-objective')?.present);
    const finding = r.findings.find((f) => f.ruleId === 'framing.io-spec');
    assert.match(finding?.message ?? '', /no "Frame the problem as an ML task" section/);
    assert.equal(finding?.range.startLine, 3, 'shown on the title');
  });

  it('out-of-order sections are reported once, on the heading that comes too late', () => {
    const r = lint(fixture('labelled', 'similar-listings-mermaid.md'));
    const order = r.findings.filter((f) => f.ruleId === 'structure.section-order');
    assert.equal(order.length, 1);
    assert.equal(order[0].section, 'data');
    assert.equal(order[0].severity, 'info');
  });

  it('the 9-step template order is not reported', () => {
    const r = lint(fixture('lint', 'complete-9step.md'), { force: true });
    assert.equal(r.findings.filter((f) => f.ruleId === 'structure.section-order').length, 0);
  });

  it('an empty section and a section of template prompts are reported unfilled', () => {
    const r = lint(fixture('labelled', 'similar-listings-mermaid.md'));
    const unfilled = r.findings.filter((f) => f.kind === 'unfilled-section');
    assert.deepEqual(unfilled.map((f) => f.section), ['monitoring']);
    assert.match(unfilled[0].message, /is empty/);
    const eta = lint(fixture('labelled', 'eta-eugeneyan-template.md'));
    assert.ok(eta.findings.some((f) => f.kind === 'unfilled-section' && f.section === 'monitoring'));
  });

  it('per-section counts add up to the summary', () => {
    const r = lint(fixture('labelled', 'churn-prose-steps.md'));
    assert.equal(r.sections.length, 7);
    assert.equal(r.sections.reduce((n, s) => n + s.present, 0), r.summary.present);
    assert.equal(r.sections.reduce((n, s) => n + s.total, 0), r.summary.total);
    assert.equal(r.summary.total, 35);
  });
});
