import * as assert from 'node:assert/strict';
import { CASE_STUDIES } from '../../../src/core/cases';
import { SECTIONS } from '../../../src/core/framework';
import { readOutline, sectionHeadings } from '../../../src/core/outline';
import { RUBRIC } from '../../../src/core/rubric';
import {
  applyInsertion,
  freeFileName,
  missingSections,
  planSectionInsertion,
  renderNewDocument,
  slugify,
  UnknownCaseError,
} from '../../../src/core/scaffold';

const EXPECTED_HEADINGS = [
  '1. Clarify requirements',
  '2. Frame the problem as an ML task',
  '3. Data preparation',
  '4. Model development',
  '5. Evaluation',
  '6. Deployment and serving',
  '7. Monitoring',
];

function h2s(text: string): string[] {
  return readOutline(text).headings.filter((h) => h.level === 2).map((h) => h.text);
}

/** True when `a` is a subsequence of `b` (characters of a appear in b in order). */
function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

describe('scaffold: new document', () => {
  const variants: Array<{ name: string; caseId?: string }> = [
    { name: 'blank' },
    ...CASE_STUDIES.map((c) => ({ name: c.id, caseId: c.id })),
  ];

  for (const v of variants) {
    it(`${v.name}: front matter, H1 title and the 7 sections in framework order`, () => {
      const text = renderNewDocument({ title: 'My design', caseId: v.caseId, date: '2026-01-02' });
      const outline = readOutline(text);
      assert.equal(outline.frontMatter?.error, undefined);
      const fm = outline.frontMatter?.data ?? {};
      assert.equal(fm['title'], 'My design');
      assert.equal(fm['date'], '2026-01-02');
      assert.equal(fm['status'], 'draft');
      assert.equal(fm['mldesign'], true);
      assert.equal(fm['case'], v.caseId);
      const h1 = outline.headings.filter((h) => h.level === 1);
      assert.deepEqual(h1.map((h) => h.text), ['My design']);
      assert.deepEqual(h2s(text), EXPECTED_HEADINGS);
      // every heading is recognised as its own section
      assert.deepEqual([...sectionHeadings(outline).keys()], SECTIONS.map((s) => s.id));
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'exactly one trailing newline');
    });
  }

  it('writes a prompt for every rubric item, as a TODO placeholder or a table row', () => {
    const text = renderNewDocument({ title: 't' });
    for (const item of RUBRIC) {
      if (item.table) continue;
      assert.ok(text.includes(`TODO: ${item.prompt}`), `prompt for ${item.id}`);
    }
    assert.match(text, /^\| p99 latency \| TODO ms \|/m);
    assert.match(text, /^\| Peak QPS \| TODO req\/s \|/m);
    assert.match(text, /^\| TODO \| Offline \|/m);
    assert.match(text, /^\| TODO \| Online \|/m);
  });

  it('has a mermaid starter diagram with an offline training loop and an online serving loop', () => {
    const text = renderNewDocument({ title: 't' });
    const fence = /```mermaid\n([\s\S]*?)```/.exec(text);
    assert.ok(fence, 'mermaid fence');
    assert.match(fence[1], /^flowchart LR/);
    assert.match(fence[1], /subgraph offline/);
    assert.match(fence[1], /subgraph online/);
    // the diagram sits in the Deployment and serving section
    const lines = text.split('\n');
    const fenceLine = lines.findIndex((l) => l === '```mermaid');
    const deploy = readOutline(text).headings.find((h) => h.text === '6. Deployment and serving');
    const monitoring = readOutline(text).headings.find((h) => h.text === '7. Monitoring');
    assert.ok(deploy && monitoring && fenceLine > deploy.line && fenceLine < monitoring.line);
  });

  it('a case-study doc adds each of the case items to its own section', () => {
    for (const cs of CASE_STUDIES) {
      const text = renderNewDocument({ title: 't', caseId: cs.id });
      const outline = readOutline(text);
      const heads = sectionHeadings(outline);
      const lines = text.split('\n');
      for (const item of cs.items) {
        const idx = lines.findIndex((l) => l.includes(`TODO: ${item.prompt}`));
        assert.ok(idx >= 0, `${item.id} prompt present`);
        const start = heads.get(item.section)!.line;
        const nextStarts = [...heads.values()].map((h) => h.line).filter((l) => l > start);
        const end = nextStarts.length ? Math.min(...nextStarts) : lines.length;
        assert.ok(idx > start && idx < end, `${item.id} is in section ${item.section}`);
      }
      assert.ok(text.includes(cs.pitch));
    }
  });

  it('keeps a title with YAML-significant characters intact', () => {
    const title = 'Fraud: "v2" # of cards & more';
    const text = renderNewDocument({ title });
    assert.equal(readOutline(text).frontMatter?.data?.['title'], title);
  });

  it('CRLF line endings when asked', () => {
    const text = renderNewDocument({ title: 't', eol: '\r\n' });
    assert.ok(!/[^\r]\n/.test(text));
    assert.deepEqual(h2s(text), EXPECTED_HEADINGS);
  });

  it('rejects an unknown case id', () => {
    assert.throws(() => renderNewDocument({ title: 't', caseId: 'nope' }), UnknownCaseError);
  });
});

describe('scaffold: slugs and free names', () => {
  it('slugifies titles to lower-case ASCII words', () => {
    assert.equal(slugify('Ad click prediction'), 'ad-click-prediction');
    assert.equal(slugify('  Café Recommendations: v2!  '), 'cafe-recommendations-v2');
    assert.equal(slugify('日本語'), 'design-doc');
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
    assert.ok(slugify('x'.repeat(200)).length <= 60);
    assert.ok(!slugify(`${'a'.repeat(59)} b`).endsWith('-'));
  });

  it('picks -2, -3, … for taken names and never a taken one', async () => {
    const taken = new Set(['a.md', 'a-2.md']);
    assert.equal(await freeFileName('a', (n) => taken.has(n)), 'a-3.md');
    assert.equal(await freeFileName('b', (n) => taken.has(n)), 'b.md');
    assert.equal(await freeFileName('a', async (n) => n !== 'a-2.md' && taken.has(n)), 'a-2.md');
  });
});

describe('scaffold: insert section', () => {
  const partial = [
    '# Churn prediction',
    '',
    '## Requirements',
    'Reduce churn by 5%.',
    '',
    '## Problem framing',
    'Binary classification of churn within 30 days.',
    '',
    '## Modeling',
    'Start from logistic regression.',
    '',
    '## Appendix',
    'Links.',
    '',
  ].join('\n');

  it('lists the missing sections in framework order', () => {
    assert.deepEqual(missingSections(partial), ['data', 'evaluation', 'deployment', 'monitoring']);
  });

  it('inserts a section before the next present framework section, only inserting', () => {
    const ins = planSectionInsertion(partial, 'data');
    const out = applyInsertion(partial, ins);
    assert.ok(isSubsequence(partial, out));
    assert.ok(out.startsWith(partial.slice(0, ins.offset)));
    const heads = readOutline(out).headings.map((h) => h.text);
    assert.deepEqual(heads, ['Churn prediction', 'Requirements', 'Problem framing', 'Data preparation', 'Modeling', 'Appendix']);
    // the document's own style: unnumbered level-2 headings
    assert.match(out, /\n## Data preparation\n/);
  });

  it('inserts after the last earlier section (before an unrelated trailing section)', () => {
    const out = applyInsertion(partial, planSectionInsertion(partial, 'monitoring'));
    const heads = readOutline(out).headings.map((h) => h.text);
    assert.deepEqual(heads.slice(-3), ['Modeling', 'Monitoring', 'Appendix']);
    assert.ok(isSubsequence(partial, out));
  });

  it('follows numbering and heading level of the document', () => {
    const doc = '# T\n\n### 1. Requirements\nx\n\n### 4. Model\ny';
    const out = applyInsertion(doc, planSectionInsertion(doc, 'evaluation'));
    assert.match(out, /\n### 5\. Evaluation\n/);
    assert.ok(out.startsWith(doc), 'appended after the text, which had no final newline');
    assert.match(out, /\ny\n\n### 5\. Evaluation/);
  });

  it('appends to a document with no sections', () => {
    const doc = '# Notes\n\nSome text.\n';
    const out = applyInsertion(doc, planSectionInsertion(doc, 'requirements'));
    assert.ok(out.startsWith(doc));
    assert.deepEqual(missingSections(out), SECTIONS.map((s) => s.id).filter((id) => id !== 'requirements'));
  });

  it('refuses a section the document already has', () => {
    assert.throws(() => planSectionInsertion(partial, 'model'), /already has/);
  });

  it('adds the case-study prompts of the inserted section', () => {
    const doc = renderNewDocument({ title: 't', caseId: 'ad-click-prediction' });
    const without = doc.replace(/## 3\. Data preparation[\s\S]*?(?=## 4\.)/, '');
    const out = applyInsertion(without, planSectionInsertion(without, 'data', { caseId: 'ad-click-prediction' }));
    assert.match(out, /## 3\. Data preparation[\s\S]*negatives downsampled[\s\S]*## 4\. Model development/);
    assert.ok(isSubsequence(without, out));
  });

  it('keeps CRLF documents CRLF', () => {
    const doc = partial.replace(/\n/g, '\r\n');
    const out = applyInsertion(doc, planSectionInsertion(doc, 'evaluation'));
    assert.ok(!/[^\r]\n/.test(out));
    assert.ok(isSubsequence(doc, out));
  });

  it('ignores headings inside fenced code when finding sections', () => {
    const doc = '# T\n\n## Requirements\n\n```md\n## Monitoring\n```\n';
    assert.ok(missingSections(doc).includes('monitoring'));
  });
});
