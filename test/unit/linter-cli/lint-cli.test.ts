/**
 * `mldesign lint` / `mldesign rules` end to end with the real rules engine: runCli in-process on
 * temporary folders, plus the bundled dist/cli.js spawned once (when `npm run build` ran).
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../../src/cli/main';
import { RULES } from '../../../src/core/lint';
import { renderNewDocument } from '../../../src/core/scaffold';
import type { JsonReport } from '../../../src/cli/format/json';
import { firstRun, validateSarif } from './sarifCheck';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** A scaffolded doc: every item still a TODO prompt, so error-severity findings exist. */
const SCAFFOLD = renderNewDocument({ title: 'Ad ranking', date: '2026-01-01' });
const README = '# My project\n\nInstall with `npm i`. Nothing about ML here.\n\n## Usage\n\nRun it.\n';
/** Every rule at "info": no error-severity finding can remain. */
const ALL_INFO = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, 'info'])) });

function write(dir: string, rel: string, text: string): string {
  const f = join(dir, rel);
  mkdirSync(join(f, '..'), { recursive: true });
  writeFileSync(f, text);
  return f;
}

describe('mldesign lint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mldesign-lint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('text: file:line:col severity rule-id message, a summary per file, exit 1 on an error finding', async () => {
    write(dir, 'docs/ads.md', SCAFFOLD);
    const r = await cli(['lint', 'docs/ads.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const finding = /^docs\/ads\.md:(\d+):(\d+) (error|warning|info) ([\w.-]+) \S.*$/;
    assert.ok(lines.filter((l) => finding.test(l)).length > 5, r.stdout);
    assert.ok(lines.some((l) => / error /.test(l)));
    assert.match(r.stdout, /^docs\/ads\.md: \d+\/\d+ items present \(\d+ errors?, \d+ warnings?, \d+ info\)$/m);
    assert.match(lines[lines.length - 1], /^1 design doc linted: /);
    for (const l of lines.filter((x) => finding.test(x))) {
      const [, line, col] = finding.exec(l)!;
      assert.ok(Number(line) >= 1 && Number(col) >= 1, `1-based: ${l}`);
    }
  });

  it('exit 0 when no error-severity finding (config turns every rule to info)', async () => {
    write(dir, 'ads.md', SCAFFOLD);
    write(dir, '.mldesign.json', ALL_INFO);
    const r = await cli(['lint', 'ads.md'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, / error /);
  });

  it('--config names the config file; a broken one is reported at line:col, defaults apply, exit 2', async () => {
    write(dir, 'ads.md', SCAFFOLD);
    write(dir, 'cfg/strict.json', '{\n  "rules": {\n    "requirements.latency-p99": "loud"\n  }\n}\n');
    const r = await cli(['lint', 'ads.md', '--config', 'cfg/strict.json'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^cfg\/strict\.json:3:33 error config Invalid level "loud" for rule "requirements\.latency-p99"/m);
    assert.match(r.stdout, /requirements\.latency-p99/, 'still linted, with the default level');
    write(dir, 'cfg/bad.json', '{ "rules": ');
    const b = await cli(['lint', 'ads.md', '--config', 'cfg/bad.json'], dir);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /cfg\/bad\.json:1:\d+ error config Invalid JSON/);
    assert.match(b.stderr, /is ignored; linting with the default configuration/);
    const m = await cli(['lint', 'ads.md', '--config', 'nope.json'], dir);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /cannot read config nope\.json/);
  });

  it('a missing file: message on stderr, the other files are still linted, exit 2', async () => {
    write(dir, 'ads.md', SCAFFOLD);
    const r = await cli(['lint', 'missing.md', 'ads.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.md: no such file or directory/);
    assert.match(r.stdout, /^ads\.md: \d+\/\d+ items present/m);
  });

  it('folders: recursive *.md/*.markdown, skipping node_modules and dot-folders; non-design docs skipped', async () => {
    write(dir, 'docs/a.md', SCAFFOLD);
    write(dir, 'docs/deep/b.markdown', SCAFFOLD);
    write(dir, 'docs/README.md', README);
    write(dir, 'docs/notes.txt', SCAFFOLD);
    write(dir, 'node_modules/pkg/c.md', SCAFFOLD);
    write(dir, '.github/d.md', SCAFFOLD);
    const r = await cli(['lint', '.', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const j = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      j.files.map((f) => [f.file, f.status]),
      [
        ['docs/README.md', 'not-design-doc'],
        ['docs/a.md', 'linted'],
        ['docs/deep/b.markdown', 'linted'],
      ],
    );
    assert.ok(j.findings.every((f) => f.file !== 'docs/README.md'));
    assert.ok(j.findings.length > 0);
    assert.deepEqual(Object.keys(j.findings[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'section', 'kind']);
    assert.equal(j.summary.linted, 2);
  });

  it('a file named explicitly is always linted, even when not a design doc', async () => {
    write(dir, 'README.md', README);
    const r = await cli(['lint', 'README.md', '--format', 'json'], dir);
    const j = JSON.parse(r.stdout) as JsonReport;
    assert.equal(j.files[0].status, 'linted');
    assert.ok(j.findings.length > 0, 'forced lint reports what is missing');
  });

  it('globs use detection; include forces, exclude drops (relative to the config folder)', async () => {
    write(dir, 'docs/a.md', SCAFFOLD);
    write(dir, 'docs/README.md', README);
    write(dir, 'docs/archive/old.md', SCAFFOLD);
    write(dir, 'docs/forced/notes.md', README);
    write(dir, '.mldesign.json', JSON.stringify({ include: ['docs/forced/**'], exclude: ['docs/archive/'] }));
    const r = await cli(['lint', 'docs/**/*.md', '--format', 'json'], dir);
    const j = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      j.files.map((f) => [f.file, f.status]),
      [
        ['docs/README.md', 'not-design-doc'],
        ['docs/a.md', 'linted'],
        ['docs/forced/notes.md', 'linted'],
      ],
    );
    const none = await cli(['lint', 'nothing/**/*.md'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no Markdown files match nothing\/\*\*\/\*\.md/);
  });

  it('maxFileSize skips large files found by a walk', async () => {
    write(dir, 'docs/a.md', SCAFFOLD);
    write(dir, '.mldesign.json', JSON.stringify({ maxFileSize: 100 }));
    const r = await cli(['lint', 'docs', '--format', 'json'], dir);
    const j = JSON.parse(r.stdout) as JsonReport;
    assert.equal(j.files[0].status, 'too-large');
    assert.match(r.stderr, /docs\/a\.md skipped: \d+ bytes is above maxFileSize \(100\)/);
    assert.equal(r.code, 0);
  });

  it('--case is checked, and adds the case items', async () => {
    write(dir, 'ads.md', SCAFFOLD);
    const bad = await cli(['lint', 'ads.md', '--case', 'nope'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Unknown case study "nope"/);
    const plain = JSON.parse((await cli(['lint', 'ads.md', '--format', 'json'], dir)).stdout) as JsonReport;
    const withCase = JSON.parse((await cli(['lint', 'ads.md', '--format', 'json', '--case', 'visual-search'], dir)).stdout) as JsonReport;
    assert.ok(withCase.files[0].total > plain.files[0].total, `${withCase.files[0].total} > ${plain.files[0].total}`);
  });

  it('usage errors exit 2: no paths, unknown format, unknown option', async () => {
    for (const args of [['lint'], ['lint', 'x.md', '--format', 'xml'], ['lint', '--nope', 'x.md']]) {
      const r = await cli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /mldesign lint:/);
    }
  });

  it('--format sarif is valid SARIF 2.1.0 with relative URIs and every rule', async () => {
    write(dir, 'docs/ads.md', SCAFFOLD);
    const r = await cli(['lint', 'docs', '--format', 'sarif'], dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(validateSarif(log), []);
    const run = firstRun(log);
    assert.equal(run.tool.driver.name, 'mldesign');
    assert.equal(run.tool.driver.rules.length, RULES.length);
    assert.ok(run.tool.driver.rules.every((x) => /#./.test(x.helpUri) && x.shortDescription.text && x.defaultConfiguration.level));
    assert.ok(run.results.length > 0);
    assert.ok(run.results.every((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'docs/ads.md'));
  });
});

describe('mldesign rules', () => {
  it('lists every rule as text and as JSON', async () => {
    const t = await cli(['rules'], tmpdir());
    assert.equal(t.code, 0);
    for (const r of RULES.slice(0, 5)) assert.match(t.stdout, new RegExp(`^${r.id.replace(/\./g, '\\.')}\\s+\\S+\\s+(error|warning|info)\\s+\\S`, 'm'));
    const j = await cli(['rules', '--format', 'json'], tmpdir());
    const rows = JSON.parse(j.stdout) as Array<{ id: string; section: string | null; severity: string; description: string }>;
    assert.equal(rows.length, RULES.length);
    assert.deepEqual(Object.keys(rows[0]).slice(0, 4), ['id', 'section', 'severity', 'kind']);
    assert.ok(rows.every((r) => r.description));
    assert.equal((await cli(['rules', '--format', 'csv'], tmpdir())).code, 2);
  });
});

describe('dist/cli.js (bundle)', () => {
  const bundle = join(__dirname, '../../../../dist/cli.js');
  it('runs lint and rules, with the same exit codes', async function () {
    assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` (npm run test:unit does)`);
    const dir = mkdtempSync(join(tmpdir(), 'mldesign-bundle-'));
    try {
      write(dir, 'ads.md', SCAFFOLD);
      const run = promisify(execFile);
      const fail = await run(process.execPath, [bundle, 'lint', 'ads.md', '--format', 'sarif'], { cwd: dir }).then(
        () => assert.fail('expected exit 1'),
        (e: { code: number; stdout: string }) => e,
      );
      assert.equal(fail.code, 1);
      assert.deepEqual(validateSarif(JSON.parse(fail.stdout)), []);
      const missing = await run(process.execPath, [bundle, 'lint', 'nope.md'], { cwd: dir }).then(
        () => assert.fail('expected exit 2'),
        (e: { code: number; stderr: string }) => e,
      );
      assert.equal(missing.code, 2);
      const rules = await run(process.execPath, [bundle, 'rules', '--format', 'json'], { cwd: dir });
      assert.equal(JSON.parse(rules.stdout).length, RULES.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has V8 compile the linter\'s regexps straight to machine code (no bytecode tier to spend the 1 MB regexp-code budget on)', async function () {
    this.timeout(20000);
    const dir = mkdtempSync(join(tmpdir(), 'mldesign-bundle-'));
    try {
      write(dir, 'ads.md', SCAFFOLD);
      const run = promisify(execFile);
      // V8's own trace says "bytecode size" for each regexp compiled to bytecode
      const traced = (args: string[]) => run(process.execPath, ['--trace-regexp-tier-up', ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout: string }) => e);
      const cli = await traced([bundle, 'lint', 'ads.md']);
      assert.ok(cli.stdout.includes('ads.md'), cli.stdout.slice(0, 400));
      const bytecode = (trace: string): number => [...trace.matchAll(/bytecode size: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
      // a few small regexps run while modules load, before the CLI's first line
      assert.ok(bytecode(cli.stdout) < 64 * 1024, `${bytecode(cli.stdout)} bytes of regexp bytecode`);
      // without the setting the same lint compiles megabytes of bytecode (and the trace works on this Node)
      const plain = await traced(['-e', `require(${JSON.stringify(join(__dirname, '../../../src/core/lint/index.js'))}).lint(require('fs').readFileSync('ads.md', 'utf8'), { force: true })`]);
      // (~0.75 MB since the build flushes the regexps, scripts/flush-regexps.cjs; ~2 MB before)
      assert.ok(bytecode(plain.stdout) > 256 * 1024, `${bytecode(plain.stdout)} bytes of regexp bytecode`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
