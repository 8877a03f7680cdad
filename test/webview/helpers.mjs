// Shared setup for the preview's webview tests and benchmark: the harness server, Debian's
// Chromium through playwright-core, and the host-side renderer (bundled from src/core/preview
// with esbuild, so these tests need no tsc output).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { repoRoot, startServer } from './server.mjs';
import { CHROMIUM_ARGS } from '../../scripts/lib/browser.mjs';

export { repoRoot };


let core;
/** renderPreview, toBadgeData, previewCsp … from src/core/preview, bundled for Node. */
export async function loadCore() {
  if (core) return core;
  const outfile = path.join(repoRoot, 'out', 'webview-test', 'core.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        `export { renderPreview, findMermaidFences } from './src/core/preview/render';`,
        `export { toBadgeData } from './src/core/preview/badges';`,
        `export { previewCsp } from './src/core/preview/html';`,
        `export { diagramLineToDocLine } from './src/core/preview/mermaidErrors';`,
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  core = createRequire(import.meta.url)(outfile);
  return core;
}

export function assertBuilt() {
  for (const f of ['media/dist/preview.js', 'media/dist/mermaid.min.js', 'media/dist/codicons/codicon.css']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
}

/** Chromium with a throw-away profile and HOME; returns { context, close }. */
export async function launchBrowser() {
  assertBuilt();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mld-webview-'));
  const executablePath = process.env.MLDESIGN_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} not found: apt-get install -y chromium`);
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, '.config'), XDG_CACHE_HOME: path.join(tmp, '.cache') },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the harness page. Everything it does is recorded: requests that would leave the harness
 * server (aborted), dialogs (dismissed), navigations, console errors, CSP violations.
 */
export async function openHarness(context, server, { theme = 'dark' } = {}) {
  const page = await context.newPage();
  const log = { offsite: [], dialogs: [], navigations: [], consoleErrors: [], pageErrors: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + '/')) return route.continue();
    log.offsite.push(url);
    return route.abort();
  });
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const url = `${server.origin}/test/webview/harness/index.html?theme=${theme}`;
  await page.goto(url);
  await page.waitForFunction(() => window.__mlPreview && window.__harness.messages('ready').length === 1);
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) log.navigations.push(f.url());
  });
  return { page, log, url };
}

let version = 0;
export const DEFAULT_CONFIG = { maxTextSize: 50000, scrollSync: true };

/** Renders `markdown` as the host would and delivers it; resolves once the preview is idle. */
export async function update(page, markdown, { uri = 'file:///ws/doc.md', badges, config = DEFAULT_CONFIG, scrollLine } = {}) {
  const { renderPreview } = await loadCore();
  const { html } = renderPreview(markdown);
  const msg = { type: 'update', uri, version: ++version, html, badges, config, scrollLine };
  return page.evaluate(async (m) => {
    const before = { ...window.__mlPreview.stats };
    const t0 = performance.now();
    // Synchronous delivery (VS Code delivers a MessageEvent on window, too).
    window.dispatchEvent(new MessageEvent('message', { data: m }));
    await window.__mlPreview.whenIdle();
    const ms = performance.now() - t0;
    const after = window.__mlPreview.stats;
    const delta = {};
    for (const k of Object.keys(after)) delta[k] = after[k] - before[k];
    return { ms, delta, version: m.version };
  }, msg);
}

export async function lastErrors(page) {
  return page.evaluate(() => {
    const all = window.__harness.messages('diagramErrors');
    return all[all.length - 1];
  });
}

export async function withServer(fn) {
  const server = await startServer();
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

export { startServer };
