import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../../src/cli/main';
import { readOutline } from '../../../src/core/outline';

const run = promisify(execFile);
const CLI = join(__dirname, '../../../src/cli/main.js');

interface Result { code: number; stdout: string; stderr: string }

async function cli(args: string[], cwd: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

describe('mldesign new', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mldesign-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the 7 sections in order to --out, creating folders', async () => {
    const r = await cli(['new', 'Ad click prediction', '--case', 'ad-click-prediction', '--out', 'a/b/x.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(join(dir, 'a/b/x.md'), 'utf8');
    const h2 = readOutline(text).headings.filter((h) => h.level === 2).map((h) => h.text);
    assert.deepEqual(h2, [
      '1. Clarify requirements',
      '2. Frame the problem as an ML task',
      '3. Data preparation',
      '4. Model development',
      '5. Evaluation',
      '6. Deployment and serving',
      '7. Monitoring',
    ]);
    assert.equal(readOutline(text).frontMatter?.data?.['case'], 'ad-click-prediction');
  });

  it('refuses to overwrite an existing file: exit 1, clear message, file untouched', async () => {
    const target = join(dir, 'x.md');
    writeFileSync(target, 'my precious notes\n');
    const r = await cli(['new', 'T', '--out', 'x.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /already exists.*--force/);
    assert.equal(readFileSync(target, 'utf8'), 'my precious notes\n');
  });

  it('--force replaces the file', async () => {
    writeFileSync(join(dir, 'x.md'), 'old\n');
    const r = await cli(['new', 'T', '--out', 'x.md', '--force'], dir);
    assert.equal(r.code, 0);
    assert.match(readFileSync(join(dir, 'x.md'), 'utf8'), /^---\ntitle: "T"/);
  });

  it('prints to stdout without --out and writes no file', async () => {
    const r = await cli(['new', 'Fraud detection'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^# Fraud detection$/m);
    assert.match(r.stdout, /^## 7\. Monitoring$/m);
  });

  it('unknown case id: usage message, exit 2, nothing written', async () => {
    const r = await cli(['new', 'T', '--case', 'self-driving', '--out', 'y.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown case study "self-driving"/);
    assert.match(r.stderr, /ad-click-prediction/);
    assert.match(r.stderr, /mldesign new "<title>"/);
    assert.equal(existsSync(join(dir, 'y.md')), false);
  });

  it('unknown flag: usage, exit 2', async () => {
    const r = await cli(['new', 'T', '--bogus'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bogus/);
  });

  it('two titles (unquoted title): exit 2 with a hint', async () => {
    const r = await cli(['new', 'Ad', 'click'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /quote a title/);
  });
});

describe('mldesign (top level)', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await cli(['--help'], tmpdir());
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: mldesign <command>/);
    assert.match(r.stdout, /mldesign new/);
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version'], tmpdir());
    assert.equal(r.code, 0);
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as { version: string };
    assert.equal(r.stdout.trim(), pkg.version);
  });

  it('no arguments or an unknown command: usage, exit 2', async () => {
    assert.equal((await cli([], tmpdir())).code, 2);
    const r = await cli(['--frobnicate'], tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command or option "--frobnicate"/);
  });

  it('runs as a process with real exit codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mldesign-proc-'));
    try {
      await run(process.execPath, [CLI, 'new', 'T', '--out', 'x.md'], { cwd: dir });
      await assert.rejects(run(process.execPath, [CLI, 'new', 'T', '--out', 'x.md'], { cwd: dir }), (e: { code: number }) => e.code === 1);
      await assert.rejects(run(process.execPath, [CLI, 'nope'], { cwd: dir }), (e: { code: number }) => e.code === 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
