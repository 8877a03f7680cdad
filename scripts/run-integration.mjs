#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js, a test-electron style `run()`)
// inside code-server's real extension host: the repo is loaded as the development extension and
// the suite as extensionTestsPath, through the smoke-test driver's `payload` URL parameter.
// A headless Chromium opens the workbench; mocha's output arrives through codeAutomationLog and
// the result through codeAutomationExit.
//
//   npm run test:integration            (builds, compiles, then runs this)
//   MLDESIGN_GREP=insertSection ...      only tests whose title matches
//   MLDESIGN_INTEGRATION_TIMEOUT=600     hard timeout in seconds (default 300)
//   MLDESIGN_KEEP=1                      keep the temp workspace and code-server folders
//   MLDESIGN_VERBOSE=1                   also print the workbench's own log lines
// Logs: test-results/integration/ (code-server.log, workbench.log, browser-console.log).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureRuntime } from './lib/runtime.mjs';
import { makeTempDir, startCodeServer, tail } from './lib/codeserver.mjs';
import { launchBrowser } from './lib/browser.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const fixture = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const resultsDir = path.join(repoRoot, 'test-results', 'integration');
const timeoutSec = Number(process.env.MLDESIGN_INTEGRATION_TIMEOUT || 300);
const verbose = process.env.MLDESIGN_VERBOSE === '1';
/** Workbench log lines not worth showing next to the test output (all kept in workbench.log). */
const NOISE = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost:[^\]]*|AccountPolicyGate)\]/,
  /^Updating additional builtin extensions cache/,
  /ENOTFOUND (open-vsx\.org|[\w.-]*\.(visualstudio|vsassets|github)\.)/, // offline: marketplace, github
  /Timed out waiting for authentication provider/,
];
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (msg) => console.log(`[integration +${elapsed()}] ${msg}`);

function precheck() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const main = path.join(repoRoot, pkg.main || 'dist/extension.js');
  const missing = [];
  if (!fs.existsSync(main)) missing.push(`${path.relative(repoRoot, main)} (run \`npm run build\`)`);
  if (!fs.existsSync(testsEntry)) missing.push(`${path.relative(repoRoot, testsEntry)} (run \`npm run compile\`)`);
  if (!fs.existsSync(fixture)) missing.push(path.relative(repoRoot, fixture));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
}

async function main() {
  precheck();
  const runtime = await ensureRuntime();
  fs.mkdirSync(resultsDir, { recursive: true });

  const workspace = path.join(makeTempDir('ws'), 'workspace');
  fs.cpSync(fixture, workspace, { recursive: true });
  say(`workspace: ${workspace}`);

  let server;
  let browser;
  let timer;
  const browserLog = path.join(resultsDir, 'browser-console.log');
  fs.writeFileSync(browserLog, '');
  const cleanup = async () => {
    clearTimeout(timer);
    await browser?.close();
    await server?.stop();
    if (process.env.MLDESIGN_KEEP !== '1') fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  };
  try {
    server = await startCodeServer({
      runtime,
      workspace,
      smokeTestDriver: true,
      logFile: path.join(resultsDir, 'code-server.log'),
      keepTemp: process.env.MLDESIGN_KEEP === '1',
      env: process.env.MLDESIGN_GREP ? { MLDESIGN_GREP: process.env.MLDESIGN_GREP } : {},
    });
    say(`code-server ${server.url} (pid ${server.pid}), log: ${path.relative(repoRoot, server.logFile)}`);
    browser = await launchBrowser();
    const { page } = browser;
    page.on('console', (msg) => fs.appendFileSync(browserLog, `[${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => fs.appendFileSync(browserLog, `[pageerror] ${err.stack || err}\n`));

    let finish;
    const result = new Promise((resolve) => (finish = resolve));
    let sawOutput = false;
    // Everything the workbench logs (and the extension host's console, which is where mocha's
    // reporter writes) arrives here. Workbench chatter and offline noise go to workbench.log only.
    const workbenchLog = path.join(resultsDir, 'workbench.log');
    fs.writeFileSync(workbenchLog, '');
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = Array.isArray(args) ? util.format(...args) : util.format(args);
      fs.appendFileSync(workbenchLog, `[${type}] ${line}\n`);
      if (!verbose && NOISE.some((re) => re.test(line))) return;
      sawOutput = true;
      process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish({ code: Number(code) }));
    timer = setTimeout(() => finish({ timeout: true }), timeoutSec * 1000);

    const url = server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: testsEntry });
    say(`opening workbench with extensionDevelopmentPath=${repoRoot} extensionTestsPath=${path.relative(repoRoot, testsEntry)}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    const r = await result;
    if (r.timeout) {
      console.error(`\n[integration] TIMEOUT: the suite did not finish within ${timeoutSec}s` +
        `${sawOutput ? '' : ' and printed nothing (did the extension host start? is the smoke-test driver on?)'}.`);
      console.error(`code-server log (${server.logFile}):\n${tail(server.logFile)}`);
      console.error(`browser console: ${browserLog}`);
      return 1;
    }
    say(`suite finished with exit code ${r.code}`);
    if (r.code !== 0) console.error(`[integration] logs: ${path.relative(repoRoot, server.logFile)}, ${path.relative(repoRoot, browserLog)}`);
    return r.code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => {
    say(`done (exit ${code})`);
    process.exit(code);
  },
  (err) => {
    console.error(`\n[integration] FAILED to run the suite: ${err?.message || err}`);
    process.exit(1);
  },
);
