// Theme: Mermaid `base` theme from VS Code's colours, re-rendered live on a theme switch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, openHarness, repoRoot, startServer, update } from './helpers.mjs';
import { VALID, docWithDiagrams, fence } from './fixtures.mjs';

const SHOTS = path.join(repoRoot, 'test-results', 'webview');

describe('preview webview (Chromium): theme', function () {
  this.timeout(120_000);
  let server, browser, page;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await openHarness(browser.context, server, { theme: 'dark' }));
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const themeVars = () => page.evaluate(() => window.__mlPreview.theme().themeVariables);
  const svgStyle = () => page.evaluate(() => [...document.querySelectorAll('.diagram-canvas svg style')].map((s) => s.textContent).join('\n'));

  it('uses the base theme with hex colours taken from the --vscode-* variables', async () => {
    const md = '# Theme\n\n' + fence(VALID.flowchart) + '\n' + fence(VALID.sequence);
    await update(page, md);
    const v = await themeVars();
    assert.equal(v.background, '#1f1f1f');
    assert.equal(v.textColor, '#cccccc');
    assert.equal(v.primaryBorderColor, '#0078d4');
    for (const [k, val] of Object.entries(v)) if (typeof val === 'string' && k !== 'fontFamily') assert.match(val, /^#[0-9a-f]{6}$/, k);
    const css = await svgStyle();
    assert.ok(css.includes(v.primaryColor), 'node fill from the theme');
    assert.ok(css.includes('#cccccc'), 'text colour from the theme');
    await page.screenshot({ path: path.join(SHOTS, 'theme-dark.png'), fullPage: true });
  });

  it('re-renders every diagram with the new colours when VS Code switches to light, and back', async () => {
    const before = await page.evaluate(() => ({ ...window.__mlPreview.stats }));
    const dark = await themeVars();
    await page.evaluate(() => window.__harness.setTheme('light'));
    await page.waitForFunction((n) => window.__mlPreview.stats.renders >= n + 2, before.renders);
    await page.evaluate(() => window.__mlPreview.whenIdle());
    const light = await themeVars();
    assert.equal(light.background, '#ffffff');
    assert.equal(light.darkMode, false);
    assert.notEqual(light.primaryColor, dark.primaryColor);
    const css = await svgStyle();
    assert.ok(css.includes(light.primaryColor));
    assert.ok(!css.includes(dark.primaryColor), 'no dark colour left');
    const after = await page.evaluate(() => window.__mlPreview.stats);
    assert.equal(after.renders - before.renders, 2);
    await page.screenshot({ path: path.join(SHOTS, 'theme-light.png'), fullPage: true });

    // back to dark: both were rendered in dark before, so they come from the cache
    await page.evaluate(() => window.__harness.setTheme('dark'));
    await page.waitForFunction((n) => window.__mlPreview.stats.cacheHits >= n + 2, after.cacheHits);
    assert.equal((await page.evaluate(() => window.__mlPreview.stats.renders)) - after.renders, 0);
    assert.ok((await svgStyle()).includes(dark.primaryColor));
  });

  it('high contrast: no tinted fills, borders from contrastBorder', async () => {
    await page.evaluate(() => window.__harness.setTheme('high-contrast'));
    await page.waitForFunction(() => window.__mlPreview.theme().kind === 'high-contrast');
    await page.evaluate(() => window.__mlPreview.whenIdle());
    const v = await themeVars();
    assert.equal(v.primaryColor, '#000000');
    assert.equal(v.primaryBorderColor, '#6fc3df');
    assert.equal(v.primaryTextColor, '#ffffff');
    assert.ok((await svgStyle()).includes('#6fc3df'));
    await page.screenshot({ path: path.join(SHOTS, 'theme-high-contrast.png'), fullPage: true });
    await page.evaluate(() => window.__harness.setTheme('dark'));
  });

  it('screenshot of a full design doc with badges and an error (for review)', async () => {
    const md = docWithDiagrams(3).replace('## Part 2', '## Data preparation') + '\n## Broken\n\n' + fence('sequenceDiagram\n  A->>B: hi\n  B->>: oops\n');
    const lines = md.split('\n');
    await update(page, md, {
      badges: {
        present: 4,
        total: 9,
        sections: [{ id: 'data', title: 'Data preparation', line: lines.indexOf('## Data preparation'), present: 1, total: 4, missing: [{ id: 'x', label: 'Label source', line: 3 }] }],
        missingSections: [{ id: 'monitoring', title: 'Monitoring' }],
      },
    });
    await page.click('.ml-badge-button');
    await page.locator('.mermaid-diagram').first().hover();
    await page.screenshot({ path: path.join(SHOTS, 'doc-dark.png'), fullPage: true });
    await page.evaluate(() => window.__harness.setTheme('light'));
    await page.waitForFunction(() => window.__mlPreview.theme().kind === 'light');
    await page.evaluate(() => window.__mlPreview.whenIdle());
    await page.screenshot({ path: path.join(SHOTS, 'doc-light.png'), fullPage: true });
  });
});
