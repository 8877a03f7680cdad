// Starts code-server (real VS Code workbench + extension host) on 127.0.0.1 with fresh folders,
// in its own process group, and stops it by killing the whole group (a plain SIGTERM leaves the
// markdown language server and file watchers orphaned).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runtimePaths } from './runtime.mjs';

/** Settings every run starts from (see /work/shared/notes/real-vscode.md). */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
};

const exitCleanups = new Set();
let exitHookInstalled = false;

/**
 * Removes `dir` when the process exits (normally, by process.exit, or by the SIGINT/SIGTERM
 * handlers below), unless MLDESIGN_KEEP=1. Returns a function that unregisters it.
 */
export function removeOnExit(dir) {
  if (process.env.MLDESIGN_KEEP === '1') return () => {};
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const d of exitCleanups) fs.rmSync(d, { recursive: true, force: true });
    });
  }
  exitCleanups.add(dir);
  return () => exitCleanups.delete(dir);
}

/** A fresh folder under the OS temp dir, removed at exit (see removeOnExit). */
export function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mldesign-${prefix}-`));
  removeOnExit(dir);
  return dir;
}

/** Resolves a free TCP port on 127.0.0.1 (or checks `preferred` first). */
export async function freePort(preferred) {
  const tryPort = (port) => new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(undefined));
    srv.listen(port, '127.0.0.1', () => {
      const p = srv.address().port;
      srv.close(() => resolve(p));
    });
  });
  if (preferred !== undefined) {
    const p = await tryPort(preferred);
    if (p) return p;
  }
  return tryPort(0);
}

async function waitForHealthz(url, child, timeoutMs, logFile) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering ${url}; see ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (err) {
      lastErr = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000}s (${lastErr?.message}); see ${logFile}:\n${tail(logFile)}`);
}

export function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function copyDir(src, dest) {
  fs.cpSync(src, dest, { recursive: true, dereference: true });
}

/**
 * Installs a built extension folder into an extensions dir as `<publisher>.<name>-<version>`
 * (the layout VS Code scans). Copies package.json and the runtime folders only.
 */
export function installExtensionFolder(repoRoot, extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  const dest = path.join(extensionsDir, `${id}-${pkg.version}`);
  fs.mkdirSync(dest, { recursive: true });
  const main = pkg.main ? path.join(repoRoot, pkg.main) : undefined;
  if (main && !fs.existsSync(main)) {
    throw new Error(`${path.relative(repoRoot, main)} is missing: run \`npm run build\` first.`);
  }
  for (const f of ['package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'icon.png']) {
    if (fs.existsSync(path.join(repoRoot, f))) fs.copyFileSync(path.join(repoRoot, f), path.join(dest, f));
  }
  for (const d of ['dist', 'media', 'snippets', 'syntaxes', 'schemas', 'l10n']) {
    if (fs.existsSync(path.join(repoRoot, d))) copyDir(path.join(repoRoot, d), path.join(dest, d));
  }
  // Runtime dependencies: only when the bundle does not inline them (dist/ is built by esbuild).
  return { id, dir: dest, version: pkg.version };
}

/**
 * Starts code-server. Options:
 *  - workspace: folder to open (also reachable as `?folder=` in the URL)
 *  - port: preferred port (falls back to a free one unless strictPort)
 *  - settings: extra user settings merged over BASE_SETTINGS (e.g. { 'workbench.colorTheme': ... })
 *  - smokeTestDriver: enable the smoke-test driver (needed for extensionTestsPath via payload)
 *  - extensionsDir: use this extensions dir (default: fresh empty one)
 *  - logFile: where code-server's stdout/stderr go (default: <tmp>/code-server.log)
 *  - tmpRoot: base folder for the fresh dirs (default: a new temp dir, removed on stop)
 *  - keepTemp: do not delete the temp folders on stop
 * Returns { url, port, pid, dirs, logFile, payloadUrl(), workbenchUrl(), stop() }.
 */
export async function startCodeServer(opts = {}) {
  const rt = opts.runtime || runtimePaths();
  const tmpRoot = opts.tmpRoot || makeTempDir('cs');
  const dirs = {
    root: tmpRoot,
    userData: path.join(tmpRoot, 'user-data'),
    extensions: opts.extensionsDir || path.join(tmpRoot, 'extensions'),
    xdg: path.join(tmpRoot, 'xdg'),
    home: path.join(tmpRoot, 'home'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.home, path.join(dirs.xdg, 'config'), path.join(dirs.xdg, 'data'), path.join(dirs.xdg, 'cache')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...BASE_SETTINGS, ...(opts.settings || {}) }, null, 2) + '\n');

  const port = opts.strictPort ? opts.port : await freePort(opts.port);
  if (!port) throw new Error(`port ${opts.port} on 127.0.0.1 is in use`);
  const logFile = opts.logFile || path.join(tmpRoot, 'code-server.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const logFd = fs.openSync(logFile, 'a');

  const args = [
    rt.csEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  if (opts.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (opts.extraArgs) args.push(...opts.extraArgs);
  if (opts.workspace) args.push(opts.workspace);

  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(npm_|VSCODE_|ELECTRON_)/i.test(k)) delete env[k];
  Object.assign(env, {
    PATH: `${rt.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    // code-server keeps state under ~/.local/share/code-server unless told otherwise
    HOME: opts.keepHome ? process.env.HOME : dirs.home,
    ...(opts.env || {}),
  });

  const child = spawn(rt.node, args, { detached: true, stdio: ['ignore', logFd, logFd], env, cwd: opts.workspace || tmpRoot });
  fs.closeSync(logFd);
  const pgid = child.pid;
  let stopped = false;

  const killGroup = (signal) => {
    try {
      process.kill(-pgid, signal);
      return true;
    } catch {
      return false;
    }
  };
  const onExit = () => {
    if (!stopped) killGroup('SIGKILL');
  };
  const onSignal = (sig) => {
    if (!stopped) {
      stopped = true;
      killGroup('SIGKILL');
      if (!opts.keepTemp) fs.rmSync(tmpRoot, { recursive: true, force: true });
    }
    // default behaviour of the signal: exit with 128+n
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    if (killGroup('SIGTERM')) {
      // give the group 3 s to go, then SIGKILL whatever is left of it
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline) {
        try {
          process.kill(-pgid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      killGroup('SIGKILL');
    }
    if (!opts.keepTemp) {
      // the log may be inside tmpRoot: callers that want it pass logFile elsewhere
      fs.rmSync(tmpRoot, { recursive: true, force: true });
    }
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthz(`${url}/healthz`, child, opts.startTimeoutMs || 60_000, logFile);
  } catch (err) {
    await stop();
    throw err;
  }

  const authority = `127.0.0.1:${port}`;
  return {
    url,
    port,
    pid: child.pid,
    child,
    dirs,
    logFile,
    stop,
    /** Workbench URL for a folder (defaults to the workspace) and optional dev payload. */
    workbenchUrl({ folder = opts.workspace, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const q = [];
      // keep '/' readable in printed URLs (code-server decodes either form)
      if (folder) q.push(`folder=${encodeURIComponent(folder).replace(/%2F/gi, '/')}`);
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
      if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${url}/${q.length ? `?${q.join('&')}` : ''}`;
    },
  };
}
