#!/usr/bin/env node
// Runs the e2e tests: every test/e2e/**/*.e2e.mjs (plain mocha, bdd) against code-server with the
// built extension installed, driven by Debian's Chromium through playwright-core. Helpers for the
// tests are in test/e2e/helpers.mjs (startApp, runCommand, openFile, screenshot, webviewFrame...).
//
//   npm run test:e2e                          build, then all e2e files
//   node scripts/run-e2e.mjs scaffold         only files whose path contains "scaffold"
//   MLDESIGN_E2E_GREP="New Design" ...        only tests whose title matches
//   MLDESIGN_E2E_TIMEOUT=1800                 hard timeout for the whole run, seconds (default 1200)
//   MLDESIGN_KEEP=1                           keep temp workspaces / code-server folders
// Screenshots and logs: test-results/e2e/ (a failing test also leaves FAILED-<title>.png).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Mocha from 'mocha';
import { ensureRuntime } from './lib/runtime.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = path.join(repoRoot, 'test', 'e2e');
const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
const hardTimeoutSec = Number(process.env.MLDESIGN_E2E_TIMEOUT || 1200);
const t0 = Date.now();
const say = (msg) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

function findE2eFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) findE2eFiles(f, out);
    else if (e.name.endsWith('.e2e.mjs')) out.push(f);
  }
  return out.sort();
}

async function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(repoRoot, pkg.main || 'dist/extension.js'))) {
    throw new Error(`${pkg.main} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const filters = process.argv.slice(2);
  const files = findE2eFiles(e2eDir).filter((f) => filters.length === 0 || filters.some((p) => f.includes(p)));
  if (files.length === 0) throw new Error(`no e2e files match ${filters.join(' ') || 'test/e2e/**/*.e2e.mjs'}`);

  await ensureRuntime();
  fs.mkdirSync(resultsDir, { recursive: true });
  const helpers = await import(pathToFileURL(path.join(e2eDir, 'helpers.mjs')).href);

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 120_000,
    slow: 30_000,
    ...(process.env.MLDESIGN_E2E_GREP ? { grep: process.env.MLDESIGN_E2E_GREP } : {}),
    rootHooks: {
      async afterEach() {
        // A failing test leaves a screenshot of every live app for diagnosis.
        if (this.currentTest?.state !== 'failed') return;
        for (const app of helpers.liveApps) {
          if (!app.page) continue;
          const file = await helpers.screenshot(app.page, `FAILED-${this.currentTest.fullTitle()}`).catch(() => undefined);
          if (file) console.log(`      failure screenshot: ${path.relative(repoRoot, file)}`);
        }
      },
    },
  });
  for (const f of files) mocha.addFile(f);
  say(`${files.length} file(s): ${files.map((f) => path.relative(repoRoot, f)).join(', ')}`);
  await mocha.loadFilesAsync();

  const closeAll = async () => {
    for (const app of [...helpers.liveApps]) await app.close().catch(() => {});
  };
  const timer = setTimeout(async () => {
    console.error(`\n[e2e] TIMEOUT: the e2e run did not finish within ${hardTimeoutSec}s; stopping code-server and the browser.`);
    await closeAll();
    process.exit(1);
  }, hardTimeoutSec * 1000);

  try {
    const failures = await new Promise((resolve) => mocha.run(resolve));
    return failures > 0 ? 1 : 0;
  } finally {
    clearTimeout(timer);
    await closeAll();
  }
}

main().then(
  (code) => {
    say(`done (exit ${code}); screenshots and logs in ${path.relative(repoRoot, resultsDir)}/`);
    process.exit(code);
  },
  (err) => {
    console.error(`\n[e2e] FAILED to run: ${err?.message || err}`);
    process.exit(1);
  },
);
