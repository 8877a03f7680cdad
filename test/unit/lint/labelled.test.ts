/**
 * Agreement with a human reviewer on a labelled set of design docs (test/fixtures/labelled):
 * precision and recall of "missing" (an item flagged missing vs labelled absent), over all docs
 * and all 35 rubric items. Labels were decided by reading each doc, not by running the linter.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/lint';
import { RUBRIC } from '../../../src/core/rubric';

const DIR = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'labelled');

interface Labels {
  docs: Record<string, { labels: Record<string, boolean>; notes?: Record<string, string> }>;
}

/** Thresholds: set from the measured agreement with some headroom, not tuned per doc. */
const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.85;

describe('lint: agreement with reviewer labels', () => {
  const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Labels;
  const docs = Object.keys(labels.docs);

  it('has at least 12 labelled docs, each labelling all 35 items', () => {
    assert.ok(docs.length >= 12, `${docs.length} docs`);
    for (const d of docs) assert.deepEqual(Object.keys(labels.docs[d].labels).sort(), RUBRIC.map((i) => i.id).sort(), d);
  });

  it(`precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} of "missing" findings`, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const disagreements: string[] = [];
    for (const d of docs) {
      const text = readFileSync(join(DIR, d), 'utf8');
      const result = lint(text, { force: true });
      const present = new Map(result.items.map((i) => [i.id, i.present]));
      for (const item of RUBRIC) {
        const labelledAbsent = !labels.docs[d].labels[item.id];
        const flaggedMissing = present.get(item.id) === false;
        if (flaggedMissing && labelledAbsent) tp++;
        else if (flaggedMissing && !labelledAbsent) {
          fp++;
          disagreements.push(`  FP ${d}: ${item.id} flagged missing, labelled present`);
        } else if (!flaggedMissing && labelledAbsent) {
          fn++;
          disagreements.push(`  FN ${d}: ${item.id} labelled absent, linter found it (line ${result.items.find((i) => i.id === item.id)?.line})`);
        } else tn++;
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(`      labelled set: ${docs.length} docs, ${tp + fp + fn + tn} item judgements`);
    console.log(`      missing findings: precision ${precision.toFixed(3)} (${tp}/${tp + fp}), recall ${recall.toFixed(3)} (${tp}/${tp + fn}); agreement ${((tp + tn) / (tp + fp + fn + tn)).toFixed(3)}`);
    if (disagreements.length > 0) console.log(`      disagreements:\n${disagreements.join('\n')}`);
    assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)} < ${MIN_PRECISION}`);
    assert.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(3)} < ${MIN_RECALL}`);
  });
});
