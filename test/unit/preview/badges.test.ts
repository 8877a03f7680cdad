import * as assert from 'node:assert/strict';
import { toBadgeData } from '../../../src/core/preview/badges';
import type { LintResult } from '../../../src/core/lint/types';

const RESULT: LintResult = {
  isDesignDoc: true,
  findings: [],
  items: [
    { id: 'requirements.latency', section: 'requirements', label: 'Latency target', present: true, line: 5, level: 'warning' },
    { id: 'requirements.scale', section: 'requirements', label: 'Scale', present: false, line: 8, level: 'warning' },
    { id: 'requirements.off', section: 'requirements', label: 'Turned off', present: false, line: 8, level: 'off' },
    { id: 'monitoring.drift', section: 'monitoring', label: 'Drift', present: false, line: 30, level: 'error' },
  ],
  sections: [
    { id: 'requirements', line: 3, present: 1, total: 2 },
    { id: 'monitoring', present: 0, total: 1 },
  ],
  summary: { present: 1, total: 3 },
};

describe('preview lint badges', () => {
  it('one badge per section heading, listing the missing items that are not turned off', () => {
    const b = toBadgeData(RESULT);
    assert.ok(b);
    assert.deepEqual(b.sections, [
      { id: 'requirements', title: 'Clarify requirements', line: 3, present: 1, total: 2, missing: [{ id: 'requirements.scale', label: 'Scale', line: 8 }] },
    ]);
    assert.deepEqual(b.missingSections, [{ id: 'monitoring', title: 'Monitoring' }]);
    assert.equal(b.present, 1);
    assert.equal(b.total, 3);
  });

  it('nothing for non design docs or without a linter', () => {
    assert.equal(toBadgeData(undefined), undefined);
    assert.equal(toBadgeData({ ...RESULT, isDesignDoc: false }), undefined);
  });
});
