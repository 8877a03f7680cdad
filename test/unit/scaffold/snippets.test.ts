import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnippets, snippetsFileText } from '../../../src/core/snippets';
import { SECTIONS } from '../../../src/core/framework';
import { readOutline } from '../../../src/core/outline';

const ROOT = join(__dirname, '../../../..');

/** Expands a snippet body the way the editor does when every placeholder keeps its default. */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\\([\\$}])/g, '$1');
}

describe('snippets', () => {
  it('snippets/markdown.code-snippets is generated from the core templates (run scripts/gen-snippets.mjs)', () => {
    const committed = readFileSync(join(ROOT, 'snippets/markdown.code-snippets'), 'utf8');
    assert.equal(committed, snippetsFileText());
  });

  it('is contributed for markdown in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.code-snippets' }]);
  });

  it('has one snippet per section that expands to that section heading', () => {
    const snippets = buildSnippets();
    for (const s of SECTIONS) {
      const sn = Object.values(snippets).find((x) => (Array.isArray(x.prefix) ? x.prefix : [x.prefix]).includes(`mld-section-${s.id}`));
      assert.ok(sn, `snippet for ${s.id}`);
      const text = expand(sn.body);
      const heads = readOutline(text).headings;
      assert.equal(heads[0].section, s.id);
    }
  });

  it('has the tables, plans and three mermaid templates, with unique prefixes', () => {
    const snippets = buildSnippets();
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const p of ['mld-requirements-table', 'mld-metrics-table', 'mld-ab-test', 'mld-monitoring-plan']) assert.ok(prefixes.includes(p), p);
    const mermaid = Object.values(snippets).filter((s) => s.body[0] === '```mermaid');
    assert.equal(mermaid.length, 3);
    const kinds = mermaid.map((s) => s.body[1].split(' ')[0]).sort();
    assert.deepEqual(kinds, ['flowchart', 'flowchart', 'sequenceDiagram']);
    for (const s of mermaid) assert.equal(s.body[s.body.length - 1], '```');
  });

  it('tab stops are numbered 1..n in order and bodies hold no unescaped $', () => {
    for (const [name, s] of Object.entries(buildSnippets())) {
      const body = s.body.join('\n');
      const stops = [...body.matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
      assert.deepEqual(stops, stops.map((_, i) => i + 1), name);
      const stripped = body.replace(/\$\{\d+:/g, '').replace(/\\\$/g, '');
      assert.ok(!stripped.includes('$'), `${name}: stray $`);
    }
  });
});
