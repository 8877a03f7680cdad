// Preview webview interactions in real Chromium: reveal in editor, links, zoom/pan, export, badges.
import assert from 'node:assert/strict';
import { launchBrowser, openHarness, startServer, update } from './helpers.mjs';
import { VALID, fence } from './fixtures.mjs';

const DOC = [
  '# Title', // 0
  '', // 1
  'See [the site](https://example.com/x), [other doc](other.md#data), [top](#title) and [bad](foo:bar).', // 2
  '', // 3
  '## Clarify requirements', // 4
  '', // 5
  'Text.', // 6
  '', // 7
  fence(VALID.flowchart).trimEnd(), // 8..14
  '',
  '## Monitoring',
  '',
  ...Array.from({ length: 60 }, (_, i) => `Line ${i}.\n`),
].join('\n');

const BADGES = {
  present: 3,
  total: 7,
  sections: [
    { id: 'requirements', title: 'Clarify requirements', line: 4, present: 1, total: 3, missing: [{ id: 'requirements.latency-p99', label: 'p99 latency target', line: 6 }, { id: 'requirements.scale', label: 'Scale (QPS, users)', line: 7 }] },
    { id: 'monitoring', title: 'Monitoring', line: DOC.split('\n').indexOf('## Monitoring'), present: 2, total: 2, missing: [] },
  ],
  missingSections: [{ id: 'data', title: 'Data preparation' }],
};

describe('preview webview (Chromium): interactions', function () {
  this.timeout(120_000);
  let server, browser, page, log;
  const posted = (type) => page.evaluate((t) => window.__harness.messages(t), type);
  const clearPosted = () => page.evaluate(() => (window.__harness.posted.length = 0));

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, log } = await openHarness(browser.context, server));
    await update(page, DOC, { badges: BADGES });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clicking a heading or a diagram reveals its source line; a drag does not', async () => {
    await clearPosted();
    await page.click('h2:has-text("Clarify requirements")');
    await page.click('.mermaid-diagram .diagram-viewport', { position: { x: 20, y: 20 } });
    const box = await page.locator('.mermaid-diagram .diagram-viewport').boundingBox();
    await page.mouse.move(box.x + 50, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 60, { steps: 5 });
    await page.mouse.up();
    const reveals = (await posted('revealLine')).map((m) => m.line);
    assert.deepEqual(reveals, [4, 8]);
    // the drag panned
    const t = await page.evaluate(() => document.querySelector('.diagram-canvas').style.transform);
    assert.match(t, /translate\(70px, 30px\)/);
    await page.click('.mermaid-diagram vscode-toolbar-button[data-action="zoom-reset"]', { force: true });
  });

  it('sends links to the host, scrolls in-page anchors itself, never navigates', async () => {
    await clearPosted();
    for (const text of ['the site', 'other doc', 'top', 'bad']) await page.click(`a:has-text("${text}")`);
    const hrefs = (await posted('openLink')).map((m) => m.href);
    assert.deepEqual(hrefs, ['https://example.com/x', 'other.md#data', 'foo:bar']);
    assert.deepEqual(log.navigations, []);
  });

  it('zooms with the toolbar and Ctrl+wheel only; a plain wheel scrolls the page', async () => {
    const d = page.locator('.mermaid-diagram').first();
    await d.hover();
    const scale = () => page.evaluate(() => /scale\(([\d.]+)\)/.exec(document.querySelector('.diagram-canvas').style.transform)?.[1] ?? '1');
    await d.locator('vscode-toolbar-button[data-action="zoom-in"]').click();
    assert.equal(await scale(), '1.25');
    assert.equal(await d.locator('.zoom-level').textContent(), '125%');
    await d.locator('vscode-toolbar-button[data-action="zoom-out"]').click();
    assert.equal(await scale(), '1');

    const vp = await d.locator('.diagram-viewport').boundingBox();
    await page.mouse.move(vp.x + vp.width / 2, vp.y + vp.height / 2);
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
    assert.equal(await scale(), '1', 'plain wheel does not zoom');
    assert.ok((await page.evaluate(() => window.scrollY)) > y0, 'plain wheel scrolls the page');
    await page.evaluate(() => window.scrollTo(0, 0));
    const vp2 = await d.locator('.diagram-viewport').boundingBox();
    await page.mouse.move(vp2.x + vp2.width / 2, vp2.y + vp2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForTimeout(100);
    assert.ok(Number(await scale()) > 1.2, `ctrl+wheel zoomed in (${await scale()})`);
    await d.locator('vscode-toolbar-button[data-action="zoom-reset"]').click();
    assert.equal(await page.evaluate(() => document.querySelector('.diagram-canvas').style.transform), '');
  });

  it('keeps a diagram\'s zoom while typing elsewhere and when that diagram is edited', async () => {
    const d = page.locator('.mermaid-diagram').first();
    await d.hover();
    await d.locator('vscode-toolbar-button[data-action="zoom-in"]').click();
    await update(page, DOC.replace('Text.', 'Text, edited.'), { badges: BADGES });
    assert.equal(await d.locator('.zoom-level').textContent(), '125%');
    await update(page, DOC.replace('Ranker', 'Re-ranker'), { badges: BADGES });
    assert.equal(await page.locator('.mermaid-diagram .zoom-level').first().textContent(), '125%');
    await page.locator('.mermaid-diagram vscode-toolbar-button[data-action="zoom-reset"]').first().click({ force: true });
  });

  it('exports SVG and a 2x PNG, and copies SVG, through the host', async () => {
    await clearPosted();
    const d = page.locator('.mermaid-diagram').first();
    await d.hover();
    await d.locator('vscode-toolbar-button[data-action="export-svg"]').click();
    await d.locator('vscode-toolbar-button[data-action="copy-svg"]').click();
    await d.locator('vscode-toolbar-button[data-action="export-png"]').click();
    await page.waitForFunction(() => window.__harness.messages('export').length === 2);
    const [svg, png] = await posted('export');
    assert.equal(svg.format, 'svg');
    assert.equal(svg.index, 0);
    assert.match(svg.data, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const vb = /viewBox="([^"]+)"/.exec(svg.data)[1].split(/[\s,]+/).map(Number);
    assert.equal(png.format, 'png');
    const bytes = Buffer.from(png.data.replace(/^data:image\/png;base64,/, ''), 'base64');
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    const w = bytes.readUInt32BE(16);
    const h = bytes.readUInt32BE(20);
    assert.equal(w, Math.round(Math.ceil(vb[2]) * 2));
    assert.equal(h, Math.round(Math.ceil(vb[3]) * 2));
    const copied = await posted('copySvg');
    assert.equal(copied.length, 1);
    assert.match(copied[0].svg, /<svg /);
  });

  it('shows lint badges beside section headings; expanding lists missing items that reveal their line', async () => {
    const badge = page.locator('h2:has-text("Clarify requirements") .ml-badge-button');
    assert.equal(await badge.textContent(), '1/3');
    assert.match(await page.locator('h2:has-text("Clarify requirements") .ml-badge').getAttribute('class'), /partial/);
    assert.equal(await page.locator('h2:has-text("Monitoring") .ml-badge-button').textContent(), '2/2');
    assert.match(await page.locator('#ml-summary').textContent(), /3\/7 items.*Missing sections: Data preparation/);
    await clearPosted();
    await badge.click();
    const items = page.locator('.ml-badge-list[data-section="requirements"] .ml-missing-item');
    assert.deepEqual(await items.allTextContents(), ['p99 latency target', 'Scale (QPS, users)']);
    assert.deepEqual(await posted('revealLine'), [], 'clicking the badge does not reveal the heading');
    await items.nth(1).click();
    assert.deepEqual((await posted('revealLine')).map((m) => m.line), [7]);
    // stays expanded across an update; collapses on a second click
    await update(page, DOC.replace('Text.', 'Text again.'), { badges: BADGES });
    assert.equal(await items.count(), 2);
    await badge.click();
    assert.equal(await items.count(), 0);
    // no badges when the host sends none
    await update(page, DOC, {});
    assert.equal(await page.locator('.ml-badge').count(), 0);
    assert.equal(await page.locator('#ml-summary').isHidden(), true);
    await update(page, DOC, { badges: BADGES });
  });

  it('scrolls to a source line sent by the host (scroll sync) and saves its position', async () => {
    await page.evaluate(() => window.dispatchEvent(new MessageEvent('message', { data: { type: 'scrollToLine', line: 40 } })));
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(y > 300, `scrolled (${y})`);
    const top = await page.evaluate(() => {
      const el = [...document.querySelectorAll('[data-line]')].find((e) => e.getBoundingClientRect().bottom > 10);
      return Number(el.getAttribute('data-line'));
    });
    assert.ok(Math.abs(top - 40) <= 2, `line at the top is ~40 (${top})`);
    await page.waitForFunction(() => window.__harness.state?.scrollLine >= 38);
    await page.evaluate(() => window.dispatchEvent(new MessageEvent('message', { data: { type: 'scrollToLine', line: 0 } })));
    assert.equal(await page.evaluate(() => window.scrollY), 0);
  });

  it('scrolls to and flashes a diagram on revealDiagram (CodeLens)', async () => {
    await page.setViewportSize({ width: 1100, height: 300 });
    await page.evaluate(() => window.scrollTo(0, 10_000));
    await page.evaluate(() => window.dispatchEvent(new MessageEvent('message', { data: { type: 'revealDiagram', line: 8 } })));
    const inView = await page.evaluate(() => {
      const r = document.querySelector('.mermaid-diagram[data-line="8"]').getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    assert.ok(inView);
    assert.match(await page.locator('.mermaid-diagram').first().getAttribute('class'), /flash/);
    await page.setViewportSize({ width: 1100, height: 900 });
  });
});
