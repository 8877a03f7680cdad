// Helpers for the e2e tests (plain mocha, ESM): a real VS Code (code-server) with the built
// extension installed, driven through Debian's Chromium by playwright-core.
//
//   import { startApp, runCommand, openFile, screenshot } from './helpers.mjs';
//   describe('my feature', function () {
//     let app;
//     before(async function () { app = await startApp(); });
//     after(async function () { await app?.close(); });
//     it('does X', async function () {
//       await runCommand(app.page, 'ML Design: New Design Document');
//       ...
//       await screenshot(app.page, 'my-feature');
//     });
//   });
//
// Each startApp() gets its own code-server, browser and fresh copy of the workspace (default:
// the repo's examples/ folder), so test files do not see each other's files. Run with
// `npm run test:e2e` (all test/e2e/**/*.e2e.mjs) or `node scripts/run-e2e.mjs <file|pattern>...`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtensionFolder, makeTempDir, startCodeServer } from '../../scripts/lib/codeserver.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');

/** Apps still running (run-e2e.mjs closes leftovers and screenshots them on failure). */
export const liveApps = new Set();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server with the built extension installed (as ml-design-docs.ml-design-docs-<version>
 * in a fresh extensions dir), opens a fresh copy of `workspaceFrom` in Chromium and waits until
 * the workbench shows the workspace's files.
 * Options: workspaceFrom (folder, default examples/), settings (extra user settings, e.g.
 * { 'workbench.colorTheme': 'Default Light Modern' }), name (used for log files),
 * readyFile (a file name the Explorer must show; default: the first file of the workspace).
 */
export async function startApp(opts = {}) {
  const name = opts.name || 'app';
  const source = path.resolve(repoRoot, opts.workspaceFrom || 'examples');
  const tmp = makeTempDir('e2e');
  const workspace = path.join(tmp, path.basename(source));
  fs.cpSync(source, workspace, { recursive: true });
  const extensionsDir = path.join(tmp, 'extensions');
  const ext = installExtensionFolder(repoRoot, extensionsDir);
  fs.mkdirSync(resultsDir, { recursive: true });

  const app = { name, workspace, extension: ext, server: undefined, browser: undefined, page: undefined };
  app.close = async () => {
    liveApps.delete(app);
    await app.browser?.close();
    await app.server?.stop();
    if (process.env.MLDESIGN_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  };
  liveApps.add(app);
  try {
    app.server = await startCodeServer({
      workspace,
      extensionsDir,
      settings: opts.settings,
      logFile: path.join(resultsDir, `${safeName(name)}.code-server.log`),
      keepTemp: process.env.MLDESIGN_KEEP === '1',
    });
    app.browser = await launchBrowser({ viewport: opts.viewport });
    app.page = app.browser.page;
    const consoleLog = path.join(resultsDir, `${safeName(name)}.browser-console.log`);
    fs.writeFileSync(consoleLog, '');
    app.page.on('console', (m) => fs.appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    app.page.on('pageerror', (e) => fs.appendFileSync(consoleLog, `[pageerror] ${e.stack || e}\n`));
    await app.page.goto(app.server.workbenchUrl({ folder: workspace }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const readyFile = opts.readyFile ?? fs.readdirSync(workspace).filter((f) => !f.startsWith('.')).sort()[0];
    await waitForWorkbench(app.page, readyFile);
    return app;
  } catch (err) {
    await app.close();
    throw err;
  }
}

function safeName(s) {
  return s.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'x';
}

/** Waits for the workbench and (optionally) for `fileName` in the Explorer. */
export async function waitForWorkbench(page, fileName, timeout = 60_000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  if (fileName) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout });
  }
}

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

/** The quick input's text box (visible). */
export async function quickInputBox(page, timeout = 10_000) {
  const box = page.locator(QUICK_INPUT_BOX);
  await box.waitFor({ state: 'visible', timeout });
  return box;
}

/** Locator for the quick pick rows containing `text`. */
export function quickPickRows(page, text) {
  return text === undefined ? page.locator(QUICK_ROWS) : page.locator(QUICK_ROWS, { hasText: text });
}

/**
 * Types `filter` into the open quick pick, waits for a row containing `rowText` (default: the
 * filter) and accepts it. Use it for QuickPicks opened by the extension.
 */
export async function pickQuickPickItem(page, filter, rowText = filter, timeout = 15_000) {
  const box = await quickInputBox(page, timeout);
  await box.fill(filter);
  const row = quickPickRows(page, rowText).first();
  await row.waitFor({ state: 'visible', timeout });
  // the filter is applied asynchronously: make sure the wanted row is the focused one
  await waitUntil(async () => (await row.getAttribute('class'))?.includes('focused'), timeout, `quick pick row "${rowText}" focused`)
    .catch(async () => row.click());
  await page.keyboard.press('Enter');
}

/** Waits until the quick input is gone (accepted or cancelled). */
export async function waitForQuickInputClosed(page, timeout = 15_000) {
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout });
}

/**
 * Runs a command by its Command Palette title (e.g. 'ML Design: New Design Document').
 * Extension commands appear only once the remote extension host has registered the extension
 * (a few seconds after the workbench shows): the palette is re-opened until the row shows up.
 */
export async function runCommand(page, title, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  for (let attempt = 1; ; attempt++) {
    await focusWorkbench(page);
    await page.keyboard.press('F1');
    // the row whose label is exactly the title (others may contain it: "... Color Theme" vs
    // "... Browse Color Themes")
    const row = page.locator(QUICK_ROWS).filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
    try {
      // The palette can open while the workbench is still settling (focus moving between views):
      // the input is then briefly inert. Fill with a short timeout and start over when it fails.
      const box = await quickInputBox(page, 15_000);
      await box.fill(`>${title}`, { timeout: 5_000 });
      await row.waitFor({ state: 'visible', timeout: Math.min(5_000, Math.max(1_000, deadline - Date.now())) });
      if ((await row.getAttribute('class'))?.includes('focused')) await page.keyboard.press('Enter');
      else await row.click();
      return;
    } catch (err) {
      if (Date.now() >= deadline) {
        throw new Error(`command "${title}" not found in the Command Palette after ${timeout / 1000}s (${attempt} attempts): ${err.message}`, { cause: err });
      }
      await page.keyboard.press('Escape');
      await sleep(500);
    }
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its tab. */
export async function openFile(page, fileName, timeout = 15_000) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const box = await quickInputBox(page, timeout);
  await box.fill(fileName);
  const base = path.basename(fileName);
  await quickPickRows(page, base).first().waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await editorTab(page, base).waitFor({ state: 'visible', timeout });
}

/** Locator for an editor tab whose label contains `text`. */
export function editorTab(page, text) {
  return page.locator('.tabs-container .tab', { hasText: text }).first();
}

/**
 * Workspace-relative path of the file in the active editor, read from its breadcrumbs
 * (e.g. 'docs/design/x.md'). Tab labels only show the file name.
 */
export async function activeEditorPath(page) {
  const crumbs = page.locator('.editor-group-container.active .breadcrumbs-control').first();
  await crumbs.waitFor({ state: 'visible' });
  return crumbs.evaluate((el) => [...el.querySelectorAll('.monaco-breadcrumb-item.folder, .monaco-breadcrumb-item.file')]
    .map((i) => (i.textContent || '').trim()).join('/'));
}

/**
 * The whole text of the active editor, read the way a user sees it: go to the top, then page down
 * through the (virtualised) view lines and collect every line by its line number. Wrapped lines
 * (Markdown wraps by default) are joined back together. Returns an array of lines.
 */
/**
 * Puts the keyboard focus in an editor: a click on its text, as a user would; when the workbench
 * briefly covers it (a layout or panel animation makes <html> take the pointer, seen once in CI),
 * the editor's own input element is focused instead.
 */
export async function focusEditor(page, editor) {
  try {
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 }, timeout: 8_000 });
  } catch {
    const focused = await editor.evaluate((el) => {
      const input = el.querySelector('.native-edit-context, textarea.inputarea, textarea');
      if (!input) return false;
      input.focus();
      return el.contains(document.activeElement);
    });
    if (!focused) throw new Error('could not focus the editor (neither a click nor its input element)');
  }
}

export async function activeEditorLines(page, { maxPages = 200 } = {}) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor({ state: 'visible' });
  await focusEditor(page, editor);
  await page.keyboard.press('Control+Home');
  const lines = new Map();
  let lastMax = -1;
  for (let i = 0; i < maxPages; i++) {
    await sleep(60);
    const visible = await editor.evaluate((el) => {
      const top = (e) => Math.round(parseFloat(e.style.top || '0'));
      // line numbers sit in the margin at the top of a line's first visual row
      const numbers = [...el.querySelectorAll('.margin-view-overlays > div')]
        .map((d) => ({ top: top(d), n: Number(d.querySelector('.line-numbers')?.textContent || NaN) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => a.top - b.top);
      const rows = [...el.querySelectorAll('.view-lines .view-line')]
        .map((l) => {
          const spans = [...(l.firstElementChild?.children || [])];
          // a wrapped row starts with a class-less span holding the wrapping indent
          const lead = spans.findIndex((sp) => sp.className !== '');
          const text = (l.textContent || '').replace(/\u00a0/g, ' ');
          const rest = lead > 0 ? spans.slice(lead).map((sp) => sp.textContent || '').join('').replace(/\u00a0/g, ' ') : text;
          return { top: top(l), text, rest };
        })
        .sort((a, b) => a.top - b.top);
      const out = {};
      for (const r of rows) {
        let n;
        for (const x of numbers) if (x.top <= r.top) n = x.n;
        // continuation rows of a line whose first row is scrolled away: skip (seen on another page)
        if (n === undefined || (out[n] === undefined && !numbers.some((x) => x.n === n && x.top === r.top))) continue;
        out[n] = out[n] === undefined ? r.text : out[n] + r.rest;
      }
      return out;
    });
    for (const [n, text] of Object.entries(visible)) {
      const prev = lines.get(Number(n));
      if (prev === undefined || text.length > prev.length) lines.set(Number(n), text); // a line cut at the bottom is a prefix
    }
    const max = Math.max(0, ...lines.keys());
    if (max === lastMax && i > 0) break;
    lastMax = max;
    await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('Control+Home');
  const max = Math.max(0, ...lines.keys());
  return Array.from({ length: max }, (_, i) => lines.get(i + 1) ?? '');
}

/** Level-2 headings ("## x") of some Markdown lines, outside fenced code. */
export function h2Headings(lines) {
  const out = [];
  let fence;
  for (const line of lines) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (fence === undefined) fence = m[1][0];
      else if (m[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence === undefined && line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}

/** Saves a full-page screenshot to test-results/e2e/<name>.png and returns the path. */
export async function screenshot(page, name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${safeName(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Frame locator for the content of the active webview (e.g. the preview panel):
 *   webviewFrame(page).locator('h1')
 */
export function webviewFrame(page, { nth = 0 } = {}) {
  return page.frameLocator('iframe.webview.ready').nth(nth).frameLocator('#active-frame');
}

/** Opens the Problems panel and returns the locator of its rows. */
export async function openProblems(page) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible' });
  return panel.locator('.monaco-list-row');
}

/** Notification toasts currently shown (locator). */
export function notifications(page, text) {
  return page.locator('.notifications-toasts .notification-toast', text ? { hasText: text } : {});
}

/** Clicks somewhere neutral so keyboard shortcuts go to the workbench, not to an input. */
async function focusWorkbench(page) {
  if (await page.locator(QUICK_INPUT).isVisible()) await page.keyboard.press('Escape');
}

/** Polls `fn` until it returns a truthy value. */
export async function waitUntil(fn, timeout = 10_000, what = 'condition') {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await sleep(100);
  }
}
