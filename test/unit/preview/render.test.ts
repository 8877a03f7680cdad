import * as assert from 'node:assert/strict';
import { findMermaidFences, isMermaidInfo, renderPreview, slugify } from '../../../src/core/preview/render';
import { hashString } from '../../../src/core/preview/hash';

const DOC = [
  '---', // 0
  'title: Ranking', // 1
  '---', // 2
  '# Ranking design', // 3
  '', // 4
  'Intro with `code`.', // 5
  '', // 6
  '```mermaid', // 7
  'flowchart LR', // 8
  '  A --> B', // 9
  '```', // 10
  '', // 11
  '- item', // 12
  '- item 2', // 13
  '', // 14
  '~~~ Mermaid {scale: 2}', // 15
  'sequenceDiagram', // 16
  '  A->>B: hi', // 17
  '~~~', // 18
  '', // 19
  '```js', // 20
  'const x = 1;', // 21
  '```', // 22
  '', // 23
  '    indented code', // 24
  '', // 25
  '> quote', // 26
].join('\n');

function attrs(html: string, cls: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const re = new RegExp(`<div class="${cls}"([^>]*)>`, 'g');
  for (const m of html.matchAll(re)) {
    const a: Record<string, string> = {};
    for (const x of m[1].matchAll(/([\w-]+)="([^"]*)"/g)) a[x[1]] = x[2];
    out.push(a);
  }
  return out;
}

describe('preview renderer (host side)', () => {
  it('turns mermaid fences into diagram containers carrying the 0-based line of the opening fence', () => {
    const { html, diagrams } = renderPreview(DOC);
    const c = attrs(html, 'mermaid-diagram');
    assert.equal(c.length, 2);
    assert.equal(c[0]['data-line'], '7');
    assert.equal(c[0]['data-end-line'], '10');
    assert.equal(c[1]['data-line'], '15');
    assert.equal(c[1]['data-end-line'], '18');
    assert.deepEqual(
      diagrams.map((d) => [d.index, d.line, d.source]),
      [
        [0, 7, 'flowchart LR\n  A --> B\n'],
        [1, 15, 'sequenceDiagram\n  A->>B: hi\n'],
      ],
    );
    assert.equal(c[0]['data-hash'], hashString('flowchart LR\n  A --> B\n'));
    // the source travels escaped, inside <code> (a newline right after <pre> would be dropped)
    assert.ok(html.includes('<pre class="mermaid-source"><code>flowchart LR\n  A --&gt; B\n</code></pre>'));
  });

  it('puts data-line on every block for scroll sync, counting the front matter lines', () => {
    const { html } = renderPreview(DOC);
    assert.match(html, /<details class="front-matter" data-line="0">/);
    assert.match(html, /<h1 data-line="3" id="ranking-design">/);
    assert.match(html, /<p data-line="5">/);
    assert.match(html, /<ul data-line="12">/);
    assert.match(html, /<li data-line="13">/);
    assert.match(html, /<pre data-line="20"><code data-line="20" class="language-js">/);
    assert.match(html, /<pre data-line="24"><code>indented/);
    assert.match(html, /<blockquote data-line="26">/);
  });

  it('handles CRLF documents with the same lines', () => {
    const { diagrams } = renderPreview(DOC.replace(/\n/g, '\r\n'));
    assert.deepEqual(
      diagrams.map((d) => d.line),
      [7, 15],
    );
    assert.equal(diagrams[0].source, 'flowchart LR\n  A --> B\n');
  });

  it('an unterminated fence (while typing) still becomes a container', () => {
    const { diagrams } = renderPreview('text\n\n```mermaid\nflowchart TD\n  A --> B');
    assert.equal(diagrams.length, 1);
    assert.equal(diagrams[0].line, 2);
  });

  it('leaves other fences and mermaid-like info strings alone', () => {
    assert.equal(isMermaidInfo('mermaid'), true);
    assert.equal(isMermaidInfo(' MERMAID  {x}'), true);
    assert.equal(isMermaidInfo('mermaidjs'), false);
    assert.equal(isMermaidInfo('js mermaid'), false);
    assert.equal(renderPreview('```text\nmermaid\n```').diagrams.length, 0);
  });

  it('findMermaidFences (CodeLens) finds the same fences as the renderer, ignoring ones in front matter or code', () => {
    const doc = '---\nx: "```mermaid"\n---\n' + DOC.split('\n').slice(3).join('\n') + '\n\n    ```mermaid\n    indented, not a fence\n    ```\n';
    assert.deepEqual(
      findMermaidFences(doc).map((f) => f.line),
      renderPreview(doc).diagrams.map((d) => d.line),
    );
    assert.deepEqual(
      findMermaidFences(DOC).map((f) => f.line),
      [7, 15],
    );
  });

  it('gives headings unique slugs', () => {
    const { html } = renderPreview('# Data & Features!\n\n## Data & Features!\n\n## Données 2\n');
    assert.match(html, /id="data--features"/);
    assert.match(html, /id="data--features-1"/);
    assert.match(html, /id="données-2"/);
    assert.equal(slugify('  Hello World  '), 'hello-world');
  });
});

describe('preview renderer: raw HTML is disabled and hostile input is escaped', () => {
  const hostile = [
    '<script>window.__pwned=1</script>',
    '',
    '<img src=x onerror="window.__pwned=1">',
    '',
    'inline <b onclick="x()">bold</b> and <iframe src="javascript:1"></iframe>',
    '',
    '[js](javascript:alert(1)) [vb](vbscript:x) [file](file:///etc/passwd) [data](data:text/html,<b>x</b>)',
    '',
    '<javascript:alert(1)> <https://ok.example/a>',
    '',
    '![local](img/x.png) ![http](http://example.com/a.png) ![https](https://example.com/a.png) ![js](javascript:alert(1))',
    '',
    '```mermaid',
    'flowchart LR',
    '  A["</code></pre></div><script>x()</script>"] --> B',
    '```',
  ].join('\n');
  const { html } = renderPreview(hostile);

  it('never emits a script, iframe, style or event-handler attribute', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<iframe/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /<[^>]+\son\w+=/i);
    assert.doesNotMatch(html, /<b /);
  });

  it('shows the HTML as text', () => {
    assert.ok(html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;'));
  });

  it('hides HTML comments (directives, notes) like GitHub does, and only comments', () => {
    const src = [
      '# T', '', '<!-- mldesign-disable monitoring.drift -->', '',
      'Latency p99 150 ms <!-- mldesign-disable-line style.* --> end', '',
      '<!-- a note', 'over two lines -->', '',
      '<!-- not closed', '', '`<!-- code span -->`', '',
      '    <!-- indented code -->', '',
      '<!-- x --><script>alert(1)</script>', '',
    ].join('\n');
    const out = renderPreview(src).html;
    assert.ok(!out.includes('mldesign-disable'), out);
    assert.ok(!out.includes('a note') && !out.includes('over two lines'), out);
    assert.match(out, /<p data-line="4">Latency p99 150 ms {2}end<\/p>/);
    assert.ok(out.includes('&lt;!-- not closed'), 'an unclosed comment stays visible text');
    assert.ok(out.includes('<code>&lt;!-- code span --&gt;</code>') && out.includes('&lt;!-- indented code --&gt;'), 'code is code');
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;') && !out.includes('<script'), 'HTML after a comment stays escaped');
  });

  it('refuses script-capable link schemes (rendered as text) and keeps http(s)', () => {
    assert.doesNotMatch(html, /href="\s*(javascript|vbscript|file|data):/i);
    assert.match(html, /href="https:\/\/ok\.example\/a"/);
  });

  it('loads only https and data: images; others become a placeholder showing their alt text', () => {
    const srcs = [...html.matchAll(/<img src="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(srcs, ['https://example.com/a.png']);
    assert.match(html, /<span class="image-placeholder" title="Image not shown in the preview: img\/x\.png">local<\/span>/);
    assert.match(html, /<span class="image-placeholder"[^>]*>http<\/span>/);
  });

  it('escapes diagram source so it cannot close its container', () => {
    assert.ok(html.includes('&lt;/code&gt;&lt;/pre&gt;&lt;/div&gt;&lt;script&gt;x()&lt;/script&gt;'));
    assert.equal((html.match(/<div class="mermaid-diagram"/g) ?? []).length, 1);
    assert.equal((html.match(/<\/div>/g) ?? []).length, 1);
  });

  it('escapes front matter', () => {
    const r = renderPreview('---\ntitle: "<script>x()</script>"\n---\n# T\n');
    assert.ok(r.html.includes('title: &quot;&lt;script&gt;x()&lt;/script&gt;&quot;'));
    assert.doesNotMatch(r.html, /<script/);
  });
});
