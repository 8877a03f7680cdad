/**
 * Agreement of the linter with an independent reviewer's labels on a held-out folder of docs
 * (labels.json beside them: { file: { isDesignDoc, present: [item ids], notes } }). Scored in two
 * ways:
 *  - folder run: lint(text) as the extension does on a workspace folder — a design doc that is not
 *    recognised yields no findings (its absent items count as missed), a non-design doc that is
 *    recognised has every "missing" finding counted as a false alarm;
 *  - named run: lint(text, { force: true }) on the design docs only (CLI file arguments).
 * Also reports the precision of error-severity "missing" findings (the ones that block a review).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/lint';
import { RUBRIC } from '../../../src/core/rubric';

export interface Thresholds {
  readonly folderPrecision: number;
  readonly folderRecall: number;
  readonly namedPrecision: number;
  readonly namedRecall: number;
  readonly errorPrecision: number;
  /** Share of the design docs recognised without forcing; default 1 (all). Non-design docs must never be. */
  readonly recognitionRecall?: number;
}

interface ReviewerLabels {
  [file: string]: { isDesignDoc: boolean; present: string[]; notes?: Record<string, string> };
}

//: 0.9, folderRecall: 0.96, namedPrecision: 0.9, namedRecall: 0.96, errorPrecision: 0.88 };

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const p = (c: Counts): number => c.tp / Math.max(1, c.tp + c.fp);
const r = (c: Counts): number => c.tp / Math.max(1, c.tp + c.fn);
const fmt = (c: Counts): string =>
  `precision ${p(c).toFixed(3)} (${c.tp}/${c.tp + c.fp}), recall ${r(c).toFixed(3)} (${c.tp}/${c.tp + c.fn})`;

export function describeReviewerAgreement(name: string, dir: string, MIN: Thresholds): void {
describe(`lint: agreement with an independent reviewer on the ${name} set`, () => {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as ReviewerLabels;
  const files = Object.keys(labels);

  it('recognises the design docs and only them', () => {
    const recognised = (f: string) => lint(readFileSync(join(dir, f), 'utf8')).isDesignDoc;
    const docs = files.filter((f) => labels[f].isDesignDoc);
    const falseAlarms = files.filter((f) => !labels[f].isDesignDoc && recognised(f));
    const missed = docs.filter((f) => !recognised(f));
    assert.deepEqual(falseAlarms, [], 'non-design docs recognised as design docs');
    const min = MIN.recognitionRecall ?? 1;
    if (min >= 1) assert.deepEqual(missed, [], 'design docs not recognised');
    else assert.ok(1 - missed.length / docs.length >= min, `recognised ${docs.length - missed.length}/${docs.length}; missed: ${missed.join(', ')}`);
  });

  it(`folder and named runs, error-severity precision meet the thresholds`, () => {
    const folder: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const named: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const err: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const disagreements: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lab = labels[f];
      const present = new Set(lab.present);
      const auto = lint(text);
      if (!lab.isDesignDoc) {
        if (auto.isDesignDoc) {
          const n = auto.items.filter((i) => !i.present).length;
          folder.fp += n;
          disagreements.push(`  RECOGNISED ${f}: not a design doc (${n} false "missing" findings)`);
        }
        continue;
      }
      if (!auto.isDesignDoc) disagreements.push(`  NOT RECOGNISED ${f}`);
      const forced = lint(text, { force: true });
      const severity = new Map(forced.findings.filter((x) => x.kind === 'missing').map((x) => [x.ruleId, x.severity]));
      for (const item of RUBRIC) {
        const absent = !present.has(item.id);
        for (const [res, c] of [
          [auto, folder],
          [forced, named],
        ] as const) {
          const st = res.items.find((i) => i.id === item.id);
          const flagged = st !== undefined && !st.present;
          if (flagged && absent) c.tp++;
          else if (flagged) c.fp++;
          else if (absent) c.fn++;
          else c.tn++;
        }
        const st = forced.items.find((i) => i.id === item.id);
        const flagged = st !== undefined && !st.present;
        if (flagged && severity.get(item.id) === 'error') {
          if (absent) err.tp++;
          else err.fp++;
        }
        const note = lab.notes?.[item.id] ? ` — ${lab.notes[item.id]}` : '';
        if (flagged && !absent) disagreements.push(`  FP ${f}: ${item.id} flagged missing, labelled present${note}`);
        else if (!flagged && absent) disagreements.push(`  FN ${f}: ${item.id} labelled absent, linter found it (line ${(st?.line ?? -1) + 1})${note}`);
      }
    }
    console.log(`      ${name} folder run: ${fmt(folder)}`);
    console.log(`      ${name} named run:  ${fmt(named)}`);
    console.log(`      error-severity missing findings: precision ${p(err).toFixed(3)} (${err.tp}/${err.tp + err.fp})`);
    if (disagreements.length > 0) console.log(`      disagreements:\n${disagreements.join('\n')}`);
    assert.ok(p(folder) >= MIN.folderPrecision, `folder precision ${p(folder).toFixed(3)}`);
    assert.ok(r(folder) >= MIN.folderRecall, `folder recall ${r(folder).toFixed(3)}`);
    assert.ok(p(named) >= MIN.namedPrecision, `named precision ${p(named).toFixed(3)}`);
    assert.ok(r(named) >= MIN.namedRecall, `named recall ${r(named).toFixed(3)}`);
    assert.ok(p(err) >= MIN.errorPrecision, `error precision ${p(err).toFixed(3)}`);
  });
});
}
