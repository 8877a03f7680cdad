// The preview webview in real Chromium: rendering, diagram errors and their lines, caching.
import assert from 'node:assert/strict';
import { launchBrowser, lastErrors, loadCore, openHarness, startServer, update } from './helpers.mjs';
import { BROKEN, VALID, docWithDiagrams, fence } from './fixtures.mjs';

describe('preview webview (Chromium): rendering', function () {
  this.timeout(120_000);
  let server, browser, page, log;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, log } = await openHarness(browser.context, server));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    assert.deepEqual(log.pageErrors, [], 'no uncaught errors in the page');
  });

  it('renders every diagram type in place as SVG, with no CSP violation and no request off the page', async () => {
    const md = ['# Doc', '', ...Object.entries(VALID).flatMap(([k, src]) => [`## ${k}`, '', fence(src)])].join('\n');
    const r = await update(page, md);
    assert.equal(r.delta.renders, Object.keys(VALID).length);
    assert.equal(r.delta.failures, 0);
    const info = await page.evaluate(() =>
      [...document.querySelectorAll('.mermaid-diagram')].map((el) => ({
        line: Number(el.getAttribute('data-line')),
        svg: !!el.querySelector('.diagram-canvas svg'),
        w: el.querySelector('.diagram-canvas svg')?.getBoundingClientRect().width ?? 0,
      })),
    );
    assert.equal(info.length, Object.keys(VALID).length);
    for (const d of info) {
      assert.ok(d.svg, `diagram at line ${d.line} has an svg`);
      assert.ok(d.w > 50, `diagram at line ${d.line} has a size`);
    }
    // data-line is the opening fence line
    const lines = md.split('\n');
    for (const d of info) assert.equal(lines[d.line], '```mermaid');
    assert.deepEqual((await lastErrors(page)).errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(log.offsite, []);
  });

  it('waits for fonts and does not clip labels (text boxes fit their nodes)', async () => {
    await update(page, fence('flowchart LR\n  A[A fairly long label for the feature store] --> B[Model server with a long name]\n'));
    const clipped = await page.evaluate(async () => {
      await document.fonts.ready;
      const out = [];
      for (const node of document.querySelectorAll('.diagram-canvas g.node')) {
        const shape = node.querySelector('rect, polygon, path');
        const label = node.querySelector('.label foreignObject div, .label text');
        if (!shape || !label) continue;
        const s = shape.getBoundingClientRect();
        const l = label.getBoundingClientRect();
        if (l.width > s.width + 1) out.push({ label: label.textContent, lw: l.width, sw: s.width });
      }
      return out;
    });
    assert.deepEqual(clipped, []);
  });

  it('reports each broken diagram at its exact document line, for jison and Langium diagram types alike', async () => {
    const { diagramLineToDocLine } = await loadCore();
    const parts = ['# Broken diagrams', ''];
    for (const b of BROKEN) parts.push(`## ${b.type}`, '', fence(b.src));
    parts.push('## still fine', '', fence(VALID.flowchart));
    const md = parts.join('\n');
    const lines = md.split('\n');
    const r = await update(page, md);
    assert.equal(r.delta.failures, BROKEN.length);
    const report = await lastErrors(page);
    assert.equal(report.errors.length, BROKEN.length, JSON.stringify(report.errors, null, 1));
    for (const b of BROKEN) {
      const expected = lines.indexOf(b.bad);
      assert.ok(expected > 0, `fixture line for ${b.type}`);
      const e = report.errors.find((x) => x.diagramLine !== undefined && diagramLineToDocLine(x.fenceLine, x.diagramLine) === expected);
      const got = report.errors.map((x) => [x.fenceLine, x.diagramLine, x.message]);
      assert.ok(e, `${b.type}: an error at doc line ${expected + 1} ("${b.bad}"); got ${JSON.stringify(got)}`);
      assert.equal(e.severity, 'error');
      assert.match(e.message, /\S/);
    }
    // the valid diagram after them still rendered
    const okCount = await page.evaluate(() => document.querySelectorAll('.mermaid-diagram .diagram-canvas svg').length);
    assert.equal(okCount, 1);
    // shown in place: message and (1-based) line
    const shown = await page.evaluate(() => [...document.querySelectorAll('.diagram-error')].filter((e) => !e.hidden).map((e) => e.textContent));
    assert.equal(shown.length, BROKEN.length);
    const seq = BROKEN.findIndex((b) => b.type === 'sequence');
    assert.match(shown[seq], new RegExp(`Line ${lines.indexOf(BROKEN[seq].bad) + 1}:`));
  });

  it('an unknown diagram type is reported on the diagram\'s first line', async () => {
    const md = 'intro\n\n' + fence('notADiagram\n  x\n');
    await update(page, md);
    const { errors } = await lastErrors(page);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].fenceLine, 2);
    assert.equal(errors[0].diagramLine, 1);
    assert.match(errors[0].message, /No diagram type detected/);
  });

  it('caches by content: a prose edit re-renders 0 diagrams, a one-diagram edit re-renders exactly 1', async () => {
    const md = docWithDiagrams(5);
    const first = await update(page, md);
    assert.equal(first.delta.renders + first.delta.cacheHits, 5);
    const svgBefore = await page.evaluate(() => [...document.querySelectorAll('.diagram-canvas svg')].map((s) => s.id));

    // Prose edit that also shifts every line below it.
    const prose = md.replace('Intro paragraph.', 'Intro paragraph, edited.\n\nAnd a new paragraph.');
    const p = await update(page, prose);
    assert.equal(p.delta.renders, 0, 'prose edit renders nothing');
    const after = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('.diagram-canvas svg')].map((s) => s.id),
      lines: [...document.querySelectorAll('.mermaid-diagram')].map((e) => Number(e.getAttribute('data-line'))),
    }));
    assert.deepEqual(after.ids, svgBefore, 'the very same SVG elements are kept');
    const proseLines = prose.split('\n');
    for (const l of after.lines) assert.equal(proseLines[l], '```mermaid', 'data-line follows the shift');

    // Edit one diagram.
    const one = prose.replace('Ranker', 'Reranker');
    const o = await update(page, one);
    assert.equal(o.delta.renders, 1, 'one diagram edited, one render');
    // Undo: back to content already rendered → taken from the cache, no render.
    const back = await update(page, prose);
    assert.equal(back.delta.renders, 0);
    assert.equal(back.delta.cacheHits, 1);
  });

  it('moves diagram errors with prose edits without re-rendering', async () => {
    const md = 'a\n\n' + fence(BROKEN[1].src);
    await update(page, md);
    const e1 = (await lastErrors(page)).errors[0];
    const r = await update(page, 'a\n\nnew\n\nlines\n\n' + fence(BROKEN[1].src));
    assert.equal(r.delta.renders, 0);
    const e2 = (await lastErrors(page)).errors[0];
    assert.equal(e2.fenceLine, e1.fenceLine + 4);
    assert.equal(e2.diagramLine, e1.diagramLine);
    // fixed → no errors
    await update(page, 'a\n\n' + fence(VALID.sequence));
    assert.deepEqual((await lastErrors(page)).errors, []);
  });

  it('drops stale renders when a newer update arrives mid-render', async () => {
    const { renderPreview } = await loadCore();
    // 8 diagrams never rendered before (a comment line makes each one's content new).
    const a = renderPreview(docWithDiagrams(8).replace(/\n```\n/g, '\n  %% stale\n```\n')).html;
    const finalMd = '# Final\n\n' + fence(VALID.state.replace('deploy', 'ship'));
    const result = await page.evaluate(
      async ({ a, b }) => {
        const before = { ...window.__mlPreview.stats };
        const send = (html, version) =>
          window.dispatchEvent(new MessageEvent('message', { data: { type: 'update', uri: 'file:///ws/stale.md', version, html, config: { maxTextSize: 50000, scrollSync: true } } }));
        send(a, 1000);
        // Wait until the first of them has rendered, then supersede the update.
        while (window.__mlPreview.stats.renders === before.renders) await new Promise((r) => setTimeout(r, 1));
        send(b, 1001);
        await window.__mlPreview.whenIdle();
        const s = window.__mlPreview.stats;
        return {
          renders: s.renders - before.renders,
          cancelled: s.cancelled - before.cancelled,
          title: document.querySelector('h1')?.textContent,
          diagrams: document.querySelectorAll('.mermaid-diagram').length,
          svg: document.querySelectorAll('.mermaid-diagram svg').length,
          lastReport: window.__harness.messages('diagramErrors').at(-1).version,
        };
      },
      { a, b: renderPreview(finalMd).html },
    );
    assert.equal(result.title, 'Final');
    assert.equal(result.diagrams, 1);
    assert.equal(result.svg, 1);
    assert.ok(result.cancelled > 0, `some renders were cancelled (${JSON.stringify(result)})`);
    assert.ok(result.renders < 9, `not all 8 stale diagrams were rendered (${result.renders})`);
    assert.equal(result.lastReport, 1001, 'the error report is for the latest version');
  });

  it('shows a clear message for a diagram above maxTextSize and reports it as a warning', async () => {
    const md = 'x\n\n' + fence(VALID.flowchart);
    const r = await update(page, md, { config: { maxTextSize: 20, scrollSync: true } });
    assert.equal(r.delta.renders, 0);
    const text = await page.evaluate(() => document.querySelector('.mermaid-diagram .diagram-error')?.textContent);
    assert.match(text, /too large.*mlDesign\.preview\.maxTextSize \(20\)/);
    const { errors } = await lastErrors(page);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].severity, 'warning');
    assert.equal(errors[0].fenceLine, 2);
  });
});
