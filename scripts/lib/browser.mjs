// Launches Debian's Chromium through playwright-core (never `playwright install`) with a temporary
// HOME (Chromium writes ~/.config/chromium) and a temporary profile, both removed on close.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { runtimePaths } from './runtime.mjs';
import { makeTempDir } from './codeserver.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Returns { context, page, close() }. Options: viewport, headless (default true; set
 * MLDESIGN_HEADFUL=1 to watch when a display is available), executablePath.
 */
export async function launchBrowser(opts = {}) {
  const root = makeTempDir('chromium');
  const home = path.join(root, 'home');
  const profile = path.join(root, 'profile');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(profile, { recursive: true });
  const executablePath = opts.executablePath || runtimePaths().chromium;
  if (!fs.existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: run \`node scripts/lib/runtime.mjs\` (installs Debian's chromium) or set MLDESIGN_CHROMIUM.`);
  }
  const headless = opts.headless ?? process.env.MLDESIGN_HEADFUL !== '1';
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      viewport: opts.viewport || { width: 1400, height: 900 },
      args: headless ? CHROMIUM_ARGS : CHROMIUM_ARGS.filter((a) => a !== '--headless'),
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
      timeout: opts.launchTimeoutMs || 60_000,
    });
  } catch (err) {
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] || (await context.newPage());
  let closed = false;
  return {
    context,
    page,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
