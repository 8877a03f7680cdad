#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first failure:
//   typecheck (tsc -p ./ --noEmit, and src/webview/tsconfig.json when present), lint, unit,
//   webview (the preview's browser code in real Chromium on a harness page),
//   integration (real VS Code extension host in code-server), e2e (UI through Chromium).
// The last line is always `N passed, N failed` (mocha tiers' "N passing" / "N failing" summed;
// a tier that fails without reporting mocha failures, e.g. typecheck or a crash, counts as 1
// failed), so CI can read it. Exit code 0 only when every tier passed.
//
//   MLDESIGN_TIERS=unit,integration npm test     run only some tiers (names below)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = path.join(repoRoot, 'node_modules', '.bin', 'tsc');

const tiers = [
  {
    name: 'typecheck',
    mocha: false,
    steps: [
      [npm, ['run', 'typecheck']],
      ...(fs.existsSync(path.join(repoRoot, 'src', 'webview', 'tsconfig.json')) ? [[tsc, ['-p', 'src/webview/tsconfig.json', '--noEmit']]] : []),
    ],
  },
  { name: 'lint', mocha: false, steps: [[npm, ['run', 'lint']]] },
  { name: 'unit', mocha: true, steps: [[npm, ['run', 'test:unit']]] },
  { name: 'webview', mocha: true, steps: [[npm, ['run', 'test:webview']]] },
  { name: 'integration', mocha: true, steps: [[npm, ['run', 'test:integration']]] },
  { name: 'e2e', mocha: true, steps: [[npm, ['run', 'test:e2e']]] },
];

const only = process.env.MLDESIGN_TIERS?.split(',').map((s) => s.trim()).filter(Boolean);
if (only) {
  const unknown = only.filter((n) => !tiers.some((t) => t.name === n));
  if (unknown.length) {
    console.error(`MLDESIGN_TIERS: unknown tier(s) ${unknown.join(', ')} (known: ${tiers.map((t) => t.name).join(', ')})`);
    process.exit(2);
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Runs a command, streaming its output, and returns { code, output }. */
function runStep(cmd, args) {
  return new Promise((resolve) => {
    console.log(`\n$ ${[path.relative(repoRoot, cmd) || cmd, ...args].join(' ')}`);
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['inherit', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (err) => resolve({ code: 127, output: `${output}\n${err.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Sums mocha's "N passing" / "N failing" / "N pending" summary lines. */
function mochaCounts(output) {
  const text = output.replace(ANSI, '');
  const sum = (re) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  return {
    passed: sum(/^\s*(\d+) passing\b/gm),
    failed: sum(/^\s*(\d+) failing\b/gm),
    pending: sum(/^\s*(\d+) pending\b/gm),
    reported: /^\s*\d+ (passing|failing)\b/m.test(text),
  };
}

const fmt = (ms) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s` : `${(ms / 1000).toFixed(1)}s`);

async function main() {
  const started = Date.now();
  const results = [];
  let failedTier;
  for (const tier of tiers) {
    if (only && !only.includes(tier.name)) continue;
    console.log(`\n${'='.repeat(20)} ${tier.name} ${'='.repeat(20)}`);
    const t0 = Date.now();
    const r = { name: tier.name, mocha: tier.mocha, passed: 0, failed: 0, pending: 0, ok: true, ms: 0 };
    for (const [cmd, args] of tier.steps) {
      const { code, output } = await runStep(cmd, args);
      if (tier.mocha) {
        const c = mochaCounts(output);
        r.passed += c.passed;
        r.failed += c.failed;
        r.pending += c.pending;
        if (code === 0 && !c.reported) {
          console.error(`[test] ${tier.name}: exit code 0 but no mocha "N passing" line: treating as a failure.`);
          r.ok = false;
        }
      }
      if (code !== 0) {
        r.ok = false;
        r.code = code;
      }
      if (!r.ok) break;
    }
    if (!r.ok && r.failed === 0) r.failed = 1; // failed without mocha failures: typecheck, lint, crash, timeout
    r.ms = Date.now() - t0;
    results.push(r);
    if (!r.ok) {
      failedTier = r;
      break;
    }
  }

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`\n${'='.repeat(20)} summary ${'='.repeat(20)}`);
  for (const r of results) {
    const counts = r.mocha ? ` ${r.passed} passing, ${r.failed} failing${r.pending ? `, ${r.pending} pending` : ''}` : '';
    console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(12)} ${fmt(r.ms).padStart(7)} ${counts}`);
  }
  const skipped = tiers.filter((t) => !results.some((r) => r.name === t.name) && (!only || only.includes(t.name)));
  for (const t of skipped) console.log(`  SKIP  ${t.name.padEnd(12)}  (not run: an earlier tier failed)`);
  if (failedTier) {
    console.log(`\nFAILED at tier "${failedTier.name}" (exit code ${failedTier.code ?? 'n/a'}) after ${fmt(Date.now() - started)}.` +
      ` Re-run just that tier with: npm run ${{ typecheck: 'typecheck', lint: 'lint', unit: 'test:unit', integration: 'test:integration', e2e: 'test:e2e' }[failedTier.name]}`);
  } else {
    console.log(`\nAll tiers passed in ${fmt(Date.now() - started)}.`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failedTier ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
