#!/usr/bin/env node
// Benchmark of the design preview webview (not a test: prints numbers). In Debian's Chromium on
// the webview harness, for a doc with 10 Mermaid diagrams:
//   - first render (update message → every diagram drawn), cold page
//   - edit → updated preview for a prose edit (must re-render 0 diagrams)
//   - edit → updated preview for a one-diagram edit (must re-render exactly 1)
// and, as the reference, raw `mermaid.render` of the same 10 diagrams in a fresh page of the same
// browser. Ratios are preview time / raw time. `npm run bench:preview` (builds first).
//   BENCH_RUNS=5 (default) runs, medians reported.
/* global window, document -- the page.evaluate callbacks run in Chromium */
import { docWithDiagrams } from '../test/webview/fixtures.mjs';
import { launchBrowser, loadCore, openHarness, startServer, update } from '../test/webview/helpers.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const N = 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const { renderPreview } = await loadCore();
const doc = docWithDiagrams(N);
const diagrams = renderPreview(doc).diagrams.map((d) => d.source);
if (diagrams.length !== N) throw new Error(`expected ${N} diagrams, got ${diagrams.length}`);
const proseEdit = doc.replace('Intro paragraph.', 'Intro paragraph, edited while typing.');
const oneDiagramEdit = doc.replace('API gateway', 'API gateway v2');

// Host side (Node): markdown-it render of the whole doc, done on every (debounced) edit.
const hostTimes = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  renderPreview(i % 2 ? proseEdit : doc);
  hostTimes.push(performance.now() - t0);
}

const server = await startServer();
const browser = await launchBrowser();
const rows = { first: [], prose: [], one: [], raw: [] };
let failures = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate which page goes first (the second may profit from a warmer browser).
    const previewFirst = run % 2 === 0;
    let first, prose, one, raw;
    const runPreview = async () => {
    // Preview, cold page
    const { page } = await openHarness(browser.context, server);
    first = await update(page, doc);
    prose = await update(page, proseEdit);
    one = await update(page, oneDiagramEdit);
    if (first.delta.renders !== N) failures++, console.error(`run ${run}: first render made ${first.delta.renders} renders, expected ${N}`);
    if (prose.delta.renders !== 0) failures++, console.error(`run ${run}: prose edit re-rendered ${prose.delta.renders} diagrams, expected 0`);
    if (one.delta.renders !== 1) failures++, console.error(`run ${run}: one-diagram edit re-rendered ${one.delta.renders}, expected 1`);
    rows.first.push(first.ms);
    rows.prose.push(prose.ms);
    rows.one.push(one.ms);
    await page.close();

    };
    const runRaw = async () => {
    // Reference: raw mermaid.render of the same diagrams, cold page, same Mermaid bundle
    const ref = await browser.context.newPage();
    await ref.goto(`${server.origin}/test/webview/harness/index.html`);
    await ref.waitForFunction(() => window.mermaid);
    raw = await ref.evaluate(async (sources) => {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base' });
      const t0 = performance.now();
      let i = 0;
      for (const s of sources) {
        const { svg } = await window.mermaid.render(`bench-${i++}`, s);
        const div = document.createElement('div');
        div.innerHTML = svg;
        document.body.append(div);
      }
      return performance.now() - t0;
    }, diagrams);
    rows.raw.push(raw);
    await ref.close();
    };
    if (previewFirst) {
      await runPreview();
      await runRaw();
    } else {
      await runRaw();
      await runPreview();
    }
    console.log(`run ${run + 1}/${RUNS}: first ${fmt(first.ms)}, prose edit ${fmt(prose.ms)}, one-diagram edit ${fmt(one.ms)}, raw mermaid.render ×${N} ${fmt(raw)}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const m = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, median(v)]));
console.log(`\nDesign preview, ${N} diagrams, median of ${RUNS} runs (Chromium ${process.env.MLDESIGN_CHROMIUM || '/usr/bin/chromium'}):`);
console.log(`  host renderPreview (markdown-it, Node, median of 50)  ${fmt(median(hostTimes))}   (plus the 150 ms typing debounce)`);
console.log(`  raw mermaid.render of the ${N} diagrams (reference)   ${fmt(m.raw)}`);
console.log(`  first render (update → all ${N} drawn)                 ${fmt(m.first)}   ratio ${(m.first / m.raw).toFixed(2)}× raw`);
console.log(`  prose edit → updated preview (0 re-renders)          ${fmt(m.prose)}   ratio ${(m.prose / m.raw).toFixed(3)}× raw`);
console.log(`  one-diagram edit → updated preview (1 re-render)     ${fmt(m.one)}   ratio ${(m.one / m.raw).toFixed(3)}× raw, ${(m.one / (m.raw / N)).toFixed(2)}× one raw diagram`);
if (failures) {
  console.error(`\n${failures} render-count expectation(s) failed`);
  process.exitCode = 1;
}
