/**
 * Output formats of `mldesign lint`, on hand-made results (independent of the rules engine):
 * text lines, the JSON shape, and SARIF 2.1.0 structure as GitHub code scanning requires it.
 */
import * as assert from 'node:assert/strict';
import type { Finding, LintResult } from '../../../src/core/lint/types';
import { formatText } from '../../../src/cli/format/text';
import { toJsonReport } from '../../../src/cli/format/json';
import { toSarif } from '../../../src/cli/format/sarif';
import type { FileReport, ReportContext } from '../../../src/cli/format/report';
import { firstRun, validateSarif } from './sarifCheck';

function finding(ruleId: string, severity: Finding['severity'], line: number, col = 0, endCol = col + 5): Finding {
  return {
    ruleId,
    severity,
    message: `Message for ${ruleId}\nsecond line`,
    range: { startLine: line, startCol: col, endLine: line, endCol },
    kind: 'missing',
    section: 'requirements',
  };
}

function result(findings: Finding[], present = 30, total = 35): LintResult {
  return { isDesignDoc: true, findings, items: [], sections: [], summary: { present, total } };
}

const REPORTS: FileReport[] = [
  {
    file: 'docs/a b.md',
    origin: 'explicit',
    status: 'linted',
    result: result([finding('requirements.scale', 'warning', 9, 2), finding('requirements.latency-p99', 'error', 3), finding('data.feature-backfill', 'info', 40)]),
  },
  { file: 'README.md', origin: 'discovered', status: 'not-design-doc', result: { isDesignDoc: false, findings: [], items: [], sections: [], summary: { present: 0, total: 0 } } },
  { file: 'big.md', origin: 'discovered', status: 'too-large' },
  { file: 'docs/clean.md', origin: 'discovered', status: 'linted', result: result([], 35, 35) },
];

const CTX: ReportContext = {
  rules: [
    { id: 'requirements.latency-p99', section: 'requirements', severity: 'error', description: 'Explicit numeric latency target for serving. Ideally a tail percentile.' },
    { id: 'requirements.scale', section: 'requirements', severity: 'warning', description: 'Size of user base.' },
    { id: 'data.feature-backfill', section: 'data', severity: 'info', description: 'Point-in-time backfill.' },
  ],
  helpUri: (id) => `https://github.com/acme/ml-design-docs/blob/HEAD/docs/rules.md#${id.replace(/\./g, '-')}`,
  toolName: 'mldesign',
  toolVersion: '0.1.0',
  informationUri: 'https://github.com/acme/ml-design-docs',
  srcRootUri: 'file:///work/repo/',
};

describe('lint formats: text', () => {
  it('file:line:col severity rule-id message (1-based, document order), then summaries', () => {
    const lines = formatText(REPORTS).trimEnd().split('\n');
    assert.deepEqual(lines, [
      'docs/a b.md:4:1 error requirements.latency-p99 Message for requirements.latency-p99 second line',
      'docs/a b.md:10:3 warning requirements.scale Message for requirements.scale second line',
      'docs/a b.md:41:1 info data.feature-backfill Message for data.feature-backfill second line',
      'docs/a b.md: 30/35 items present (1 error, 1 warning, 1 info)',
      'docs/clean.md: 35/35 items present (0 errors, 0 warnings, 0 info)',
      '2 design docs linted: 1 error, 1 warning, 1 info (1 Markdown file skipped: not recognised as a design doc; 1 file skipped: larger than maxFileSize)',
    ]);
  });
});

describe('lint formats: json', () => {
  it('findings (1-based, exclusive endColumn) and per-file summaries', () => {
    const j = toJsonReport(REPORTS);
    assert.equal(j.version, 1);
    assert.deepEqual(j.findings[0], {
      file: 'docs/a b.md',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 6,
      severity: 'error',
      ruleId: 'requirements.latency-p99',
      message: 'Message for requirements.latency-p99\nsecond line',
      section: 'requirements',
      kind: 'missing',
    });
    assert.equal(j.findings.length, 3);
    assert.deepEqual(
      j.files.map((f) => [f.file, f.status, f.isDesignDoc, f.present, f.total, f.errors]),
      [
        ['docs/a b.md', 'linted', true, 30, 35, 1],
        ['README.md', 'not-design-doc', false, 0, 0, 0],
        ['big.md', 'too-large', false, 0, 0, 0],
        ['docs/clean.md', 'linted', true, 35, 35, 0],
      ],
    );
    assert.deepEqual(j.summary, { files: 4, linted: 2, errors: 1, warnings: 1, infos: 1 });
    assert.deepEqual(JSON.parse(JSON.stringify(j)), j, 'plain JSON');
  });
});

describe('lint formats: SARIF 2.1.0', () => {
  const sarif = toSarif(REPORTS, CTX);

  it('passes the structural checks of the 2.1.0 schema and GitHub code scanning', () => {
    assert.deepEqual(validateSarif(sarif), []);
  });

  it('tool.driver lists rules with helpUri, shortDescription and default level', () => {
    const run = firstRun(sarif);
    const rules = run.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), ['requirements.latency-p99', 'requirements.scale', 'data.feature-backfill']);
    assert.equal(rules[0].shortDescription.text, 'Explicit numeric latency target for serving.');
    assert.equal(rules[0].helpUri, 'https://github.com/acme/ml-design-docs/blob/HEAD/docs/rules.md#requirements-latency-p99');
    assert.deepEqual(rules.map((r) => r.defaultConfiguration.level), ['error', 'warning', 'note']);
  });

  it('results: level, message, relative artifact URI, 1-based region', () => {
    const run = firstRun(sarif);
    const results = run.results;
    assert.equal(results.length, 3);
    const r = results[0];
    assert.equal(r.ruleId, 'requirements.latency-p99');
    assert.equal(r.ruleIndex, 0);
    assert.equal(r.level, 'error');
    assert.equal(r.message.text, 'Message for requirements.latency-p99\nsecond line');
    const loc = r.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'docs/a%20b.md');
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(loc.region, { startLine: 4, startColumn: 1, endLine: 4, endColumn: 6 });
    assert.equal(results[2].level, 'note');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });

  it('the validator catches what GitHub rejects', () => {
    const broken = JSON.parse(JSON.stringify(sarif));
    broken.version = '2.0.0';
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    delete broken.runs[0].results[1].message;
    const problems = validateSarif(broken);
    assert.equal(problems.length, 5, problems.join('\n'));
  });
});
