// Hostile documents in the preview webview (real Chromium): nothing they contain may run, load,
// navigate or open a dialog.
import assert from 'node:assert/strict';
import { launchBrowser, lastErrors, openHarness, startServer, update } from './helpers.mjs';
import { fence } from './fixtures.mjs';

const PWN = 'window.__pwned=1';

const HOSTILE = [
  '# Hostile <script>window.__pwned=1</script>',
  '',
  '<script>window.__pwned=1</script>',
  '',
  '<img src=x onerror="window.__pwned=1">',
  '',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '',
  `[js link](javascript:${PWN}) and [vb](vbscript:msgbox) and [data](data:text/html,<script>${PWN}</script>)`,
  '',
  `<a href="javascript:${PWN}">raw anchor</a> <javascript:${PWN}>`,
  '',
  '![img](x.png "t") ![evil](javascript:alert(1)) ![http](http://example.com/a.png)',
  '',
  '<style>body{display:none}</style>',
  '',
  // Mermaid: an init directive trying to lower the security level, click callbacks and links
  fence(
    '%%{init: {"securityLevel": "loose", "startOnLoad": true, "dompurifyConfig": {"ADD_TAGS": ["script", "iframe"], "ADD_ATTR": ["onerror", "onclick"]}, "themeCSS": "body{display:none}"}}%%\n' +
      'flowchart LR\n' +
      '  A["<img src=x onerror=window.__pwned=1>"] --> B["<script>window.__pwned=1</script>"]\n' +
      '  B --> C["<a href=\'javascript:window.__pwned=1\'>label link</a>"]\n' +
      '  click A pwn "tooltip"\n' +
      '  click B call pwn()\n' +
      '  click C href "javascript:window.__pwned=1"\n',
  ),
  fence(
    '---\nconfig:\n  securityLevel: loose\n---\n' +
      'flowchart TD\n  X[front matter tries loose] --> Y\n  click X pwn\n  click Y href "javascript:window.__pwned=1"\n',
  ),
  fence('sequenceDiagram\n  participant A as <img src=x onerror=window.__pwned=1>\n  A->>A: <script>window.__pwned=1</script>\n'),
].join('\n');

describe('preview webview (Chromium): hostile documents', function () {
  this.timeout(120_000);
  let server, browser, page, log;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, log } = await openHarness(browser.context, server));
    // A global the loose security level would bind `click A pwn` to (defined from outside the page:
    // the page's CSP would not let it be defined inline).
    await page.evaluate(() => {
      window.pwn = () => {
        window.__pwned = 'callback';
      };
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders HTML in the doc as text and runs none of it', async () => {
    await update(page, HOSTILE);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: document.querySelectorAll('#ml-content script').length,
      iframes: document.querySelectorAll('iframe').length,
      styles: document.querySelectorAll('#ml-content > style').length,
      onAttrs: [...document.querySelectorAll('#ml-content *')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
      jsHrefs: [...document.querySelectorAll('#ml-content [href], #ml-content [src], #ml-content [*|href]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href') ?? '')
        .filter((h) => /^\s*(javascript|vbscript|data:text)/i.test(h)),
      text: document.querySelector('#ml-content').textContent,
      bodyVisible: getComputedStyle(document.body).display !== 'none',
      imgs: [...document.querySelectorAll('#ml-content img')].filter((i) => !i.closest('.mermaid-diagram')).map((i) => i.getAttribute('src')),
    }));
    assert.equal(state.pwned, undefined);
    assert.equal(state.scripts, 0);
    assert.equal(state.iframes, 0);
    assert.equal(state.styles, 0);
    assert.deepEqual(state.onAttrs, []);
    assert.deepEqual(state.jsHrefs, []);
    assert.ok(state.bodyVisible, 'themeCSS / <style> did not hide the page');
    assert.match(state.text, /<script>window\.__pwned=1<\/script>/, 'raw HTML shown as text');
    assert.match(state.text, /<img src=x onerror=/);
    assert.deepEqual(state.imgs, [], 'no local, javascript: or http: image is loaded');
    // the diagrams rendered (strict mode), none failed
    const { errors } = await lastErrors(page);
    assert.deepEqual(errors, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.mermaid-diagram svg').length), 3);
  });

  it('clicking every node, label and link runs nothing, navigates nowhere, opens no dialog', async () => {
    const url = page.url();
    const targets = await page.locator('#ml-content a, .mermaid-diagram g.node, .mermaid-diagram .actor, .mermaid-diagram a').all();
    assert.ok(targets.length >= 6, `clickable targets found: ${targets.length}`);
    for (const t of targets) {
      await t.click({ force: true, timeout: 2000 }).catch(() => {});
    }
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(page.url(), url);
    assert.deepEqual(log.navigations, []);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.offsite, [], 'nothing was fetched from outside the harness');
    // links only ever reach the host as messages, and never with a script scheme
    const links = await page.evaluate(() => window.__harness.messages('openLink').map((m) => m.href));
    for (const h of links) assert.doesNotMatch(h, /^\s*(javascript|vbscript|data):/i);
  });

  it('keeps securityLevel strict and the other secure keys whatever a diagram says', async () => {
    // Mermaid applies a diagram's %%{init}%% / front-matter config for its render and leaves it in
    // place until the next one: render each hostile config alone, then read the effective config.
    const attempts = [
      '%%{init: {"securityLevel": "loose", "dompurifyConfig": {"ADD_TAGS": ["script"]}, "themeCSS": "body{display:none}", "maxTextSize": 9}}%%\nflowchart LR\n  A --> B\n',
      '---\nconfig:\n  securityLevel: loose\n  themeCSS: "body{display:none}"\n  dompurifyConfig:\n    ADD_TAGS: [script]\n---\nflowchart LR\n  A --> B\n',
    ];
    for (const src of attempts) {
      const r = await update(page, fence(src));
      assert.equal(r.delta.failures, 0);
      const cfg = await page.evaluate(() => {
        const c = window.mermaid.mermaidAPI.getConfig();
        return { securityLevel: c.securityLevel, dompurify: c.dompurifyConfig ?? null, themeCSS: c.themeCSS ?? null, maxTextSize: c.maxTextSize, secure: c.secure };
      });
      assert.equal(cfg.securityLevel, 'strict', src);
      assert.equal(JSON.stringify(cfg.dompurify ?? {}).includes('script'), false, JSON.stringify(cfg));
      assert.ok(!String(cfg.themeCSS ?? '').includes('display:none'), JSON.stringify(cfg));
      assert.equal(cfg.maxTextSize, 50000);
      assert.ok(cfg.secure.includes('securityLevel') && cfg.secure.includes('dompurifyConfig') && cfg.secure.includes('themeCSS'));
    }
    // The only violations allowed are inline handlers seen while DOMPurify parses a label with
    // `new DOMParser().parseFromString` (an inert document that inherits the page's CSP: Chromium
    // reports the on* attribute, nothing runs). Any script, eval, style or image source would show here.
    const violations = await page.evaluate(() => window.__csp);
    assert.deepEqual(violations.filter((v) => !v.startsWith('script-src-attr inline ')), []);
  });
});
