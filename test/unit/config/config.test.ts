import * as assert from 'node:assert/strict';
import {
  DEFAULT_MAX_FILE_SIZE,
  LineIndex,
  closestId,
  decideLint,
  decisionMatchers,
  globMatcher,
  parseConfigText,
  repositoryFileUrl,
  resolveConfig,
  toLintConfig,
  validateRules,
  type KnownIds,
} from '../../../src/core/config';

const KNOWN: KnownIds = {
  ruleIds: new Set(['requirements.latency-p99', 'requirements.budget-cost', 'monitoring.drift', 'case.visual-search.ann-index']),
  caseIds: new Set(['visual-search', 'ad-click-prediction']),
};

/** 1-based "line:col" of a problem's start, as editors and the CLI show it. */
function at(p: { range: { startLine: number; startCol: number } }): string {
  return `${p.range.startLine + 1}:${p.range.startCol + 1}`;
}

describe('config: .mldesign.json parsing', () => {
  it('reads a valid file', () => {
    const r = parseConfigText(
      JSON.stringify({
        $schema: './node_modules/ml-design-docs/schemas/mldesign.schema.json',
        rules: { 'requirements.budget-cost': 'off', 'monitoring.drift': 'warning' },
        case: 'visual-search',
        include: ['docs/design/**'],
        exclude: ['docs/archive/**'],
        maxFileSize: 2048,
      }),
      KNOWN,
    );
    assert.deepEqual(r.problems, []);
    assert.equal(r.usable, true);
    assert.deepEqual(r.config, {
      rules: { 'requirements.budget-cost': 'off', 'monitoring.drift': 'warning' },
      caseId: 'visual-search',
      include: ['docs/design/**'],
      exclude: ['docs/archive/**'],
      maxFileSize: 2048,
    });
  });

  it('an empty file or {} configures nothing', () => {
    for (const text of ['', '  \n', '{}']) {
      const r = parseConfigText(text, KNOWN);
      assert.deepEqual(r.problems, [], JSON.stringify(text));
      assert.deepEqual(r.config, {});
      assert.equal(r.usable, true);
    }
  });

  it('bad JSON: an error at the offending line/column, the whole file falls back to defaults', () => {
    const text = '{\n  "rules": {\n    "monitoring.drift": "off"\n    "requirements.budget-cost": "off"\n  }\n}\n';
    const r = parseConfigText(text, KNOWN);
    assert.equal(r.usable, false);
    assert.deepEqual(r.config, {});
    assert.ok(r.problems.length >= 1);
    assert.equal(r.problems[0].severity, 'error');
    assert.match(r.problems[0].message, /Invalid JSON: Comma expected/);
    assert.equal(at(r.problems[0]), '4:5'); // the second key, where the comma is missing
  });

  it('comments and trailing commas are JSON errors (the file is plain JSON)', () => {
    const c = parseConfigText('{\n  // no\n  "rules": {}\n}', KNOWN);
    assert.equal(c.usable, false);
    assert.match(c.problems[0].message, /Comments are not allowed/);
    assert.equal(at(c.problems[0]), '2:3');
    const t = parseConfigText('{ "rules": {}, }', KNOWN);
    assert.equal(t.usable, false);
  });

  it('a non-object root is unusable', () => {
    const r = parseConfigText('["rules"]', KNOWN);
    assert.equal(r.usable, false);
    assert.match(r.problems[0].message, /must be a JSON object/);
    assert.equal(at(r.problems[0]), '1:1');
  });

  it('unknown rule id: error on the key, with a suggestion; the other rules still apply', () => {
    const text = [
      '{',
      '  "rules": {',
      '    "requirements.latency-p90": "off",',
      '    "monitoring.drift": "info"',
      '  }',
      '}',
    ].join('\n');
    const r = parseConfigText(text, KNOWN);
    assert.equal(r.usable, true);
    assert.equal(r.problems.length, 1);
    const p = r.problems[0];
    assert.equal(p.severity, 'error');
    assert.match(p.message, /Unknown rule id "requirements\.latency-p90"\. Did you mean "requirements\.latency-p99"\?/);
    assert.deepEqual(p.range, { startLine: 2, startCol: 4, endLine: 2, endCol: 30 });
    assert.deepEqual(p.path, ['rules', 'requirements.latency-p90']);
    assert.deepEqual(r.config.rules, { 'monitoring.drift': 'info' });
  });

  it('families ("monitoring.*", "case.*", "*") are accepted when they match a rule', () => {
    const r = parseConfigText('{"rules":{"monitoring.*":"off","case.*":"info","*":"warning","nope.*":"off"}}', KNOWN);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /Unknown rule id "nope\.\*"/);
    assert.deepEqual(r.config.rules, { 'monitoring.*': 'off', 'case.*': 'info', '*': 'warning' });
  });

  it('no suggestion for an unrelated id', () => {
    const r = parseConfigText('{"rules":{"completely-different":"off"}}', KNOWN);
    assert.doesNotMatch(r.problems[0].message, /Did you mean/);
  });

  it('bad level: error on the value', () => {
    const text = '{\n  "rules": { "monitoring.drift": "fatal", "requirements.budget-cost": 2 }\n}';
    const r = parseConfigText(text, KNOWN);
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0].message, /Invalid level "fatal" for rule "monitoring\.drift": expected one of "off", "info", "warning", "error"/);
    assert.equal(at(r.problems[0]), '2:34');
    assert.equal(r.problems[0].range.endCol - r.problems[0].range.startCol, '"fatal"'.length);
    assert.match(r.problems[1].message, /Invalid level 2/);
    assert.deepEqual(r.config.rules, {});
  });

  it('wrong types are reported and dropped', () => {
    const text = JSON.stringify({ rules: [], case: 'nope', include: 'docs/**', exclude: ['ok/**', 3, ''], maxFileSize: -1 }, null, 2);
    const r = parseConfigText(text, KNOWN);
    const messages = r.problems.map((p) => p.message);
    assert.ok(messages.some((m) => /"rules" must be an object/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /Unknown case study "nope"/.test(m)));
    assert.ok(messages.some((m) => /"include" must be an array/.test(m)));
    assert.equal(messages.filter((m) => /"exclude" entries must be non-empty/.test(m)).length, 2);
    assert.ok(messages.some((m) => /"maxFileSize" must be a positive integer/.test(m)));
    assert.deepEqual(r.config, { exclude: ['ok/**'] });
    assert.ok(r.problems.every((p) => p.severity === 'error'));
  });

  it('an unknown top-level key is a warning, not an error', () => {
    const r = parseConfigText('{\n  "rulez": {}\n}', KNOWN);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].severity, 'warning');
    assert.equal(at(r.problems[0]), '2:3');
    assert.equal(r.usable, true);
  });

  it('positions count CRLF lines and UTF-16 columns', () => {
    const text = '{\r\n  "case": "é-🙂",\r\n  "rules": { "x": "off" }\r\n}';
    const r = parseConfigText(text, KNOWN);
    const unknown = r.problems.find((p) => /Unknown rule id "x"/.test(p.message))!;
    assert.equal(at(unknown), '3:14');
    const badCase = r.problems.find((p) => /Unknown case/.test(p.message))!;
    assert.equal(at(badCase), '2:11');
  });
});

describe('config: LineIndex', () => {
  it('maps offsets to 0-based positions', () => {
    const li = new LineIndex('ab\ncd\n\nef');
    assert.deepEqual(li.position(0), { line: 0, character: 0 });
    assert.deepEqual(li.position(2), { line: 0, character: 2 });
    assert.deepEqual(li.position(3), { line: 1, character: 0 });
    assert.deepEqual(li.position(6), { line: 2, character: 0 });
    assert.deepEqual(li.position(9), { line: 3, character: 2 });
  });
});

describe('config: validateRules (settings)', () => {
  it('keeps valid entries and explains the rest', () => {
    const v = validateRules({ 'monitoring.drift': 'off', 'monitoring.drfit': 'off', 'requirements.budget-cost': 'loud' }, KNOWN);
    assert.deepEqual(v.rules, { 'monitoring.drift': 'off' });
    assert.equal(v.problems.length, 2);
    assert.match(v.problems[0], /Did you mean "monitoring\.drift"/);
    assert.match(v.problems[1], /Invalid level "loud"/);
  });
  it('undefined/null is empty; a non-object is one problem', () => {
    assert.deepEqual(validateRules(undefined, KNOWN), { rules: {}, problems: [] });
    assert.deepEqual(validateRules(null, KNOWN), { rules: {}, problems: [] });
    assert.equal(validateRules('off', KNOWN).problems.length, 1);
  });
  it('closestId', () => {
    assert.equal(closestId('monitoring.drif', KNOWN.ruleIds), 'monitoring.drift');
    assert.equal(closestId('zzz', KNOWN.ruleIds), undefined);
  });
});

describe('config: layering', () => {
  it('defaults < .mldesign.json < settings, per rule; include/exclude are unions', () => {
    const r = resolveConfig(
      { rules: { 'monitoring.drift': 'off', 'requirements.budget-cost': 'info' }, caseId: 'visual-search', include: ['a/**'], exclude: ['x/**'], maxFileSize: 10 },
      { rules: { 'monitoring.drift': 'error' }, include: ['b/**', 'a/**'], exclude: [] },
    );
    assert.deepEqual(r.rules, { 'monitoring.drift': 'error', 'requirements.budget-cost': 'info' });
    assert.equal(r.caseId, 'visual-search');
    assert.deepEqual(r.include, ['a/**', 'b/**']);
    assert.deepEqual(r.exclude, ['x/**']);
    assert.equal(r.maxFileSize, 10);
    assert.deepEqual(toLintConfig(r), { rules: r.rules, caseId: 'visual-search' });
  });
  it('with the rule ids, families are expanded per layer: a family in a higher layer beats an exact id below', () => {
    const ids = [...KNOWN.ruleIds];
    const r = resolveConfig({ rules: { 'monitoring.drift': 'error', 'requirements.*': 'info' } }, { rules: { 'monitoring.*': 'off', 'requirements.budget-cost': 'error' } }, ids);
    assert.deepEqual(r.rules, {
      'monitoring.drift': 'off',
      'requirements.latency-p99': 'info',
      'requirements.budget-cost': 'error',
    });
    // Within one layer, exact ids win over families whatever the order.
    const one = resolveConfig({ rules: { 'requirements.latency-p99': 'error', 'requirements.*': 'off' } }, undefined, ids);
    assert.deepEqual(one.rules, { 'requirements.latency-p99': 'error', 'requirements.budget-cost': 'off' });
    const all = resolveConfig({ rules: { '*': 'info' } }, undefined, ids);
    assert.equal(Object.keys(all.rules).length, ids.length);
  });

  it('settings/CLI case and maxFileSize win; nothing configured gives the defaults', () => {
    const r = resolveConfig({ caseId: 'visual-search', maxFileSize: 10 }, { caseId: 'ad-click-prediction', maxFileSize: 20 });
    assert.equal(r.caseId, 'ad-click-prediction');
    assert.equal(r.maxFileSize, 20);
    const d = resolveConfig(undefined, undefined);
    assert.deepEqual(d, { rules: {}, include: [], exclude: [], maxFileSize: DEFAULT_MAX_FILE_SIZE });
    assert.deepEqual(toLintConfig(d), { rules: {} });
  });
});

describe('config: include/exclude', () => {
  it('globs match paths relative to the config folder', () => {
    const m = globMatcher(['docs/design/**/*.md', 'README.md', 'drafts/', 'archive', '*.draft.md', './notes/*.md']);
    assert.ok(m('docs/design/a.md'));
    assert.ok(m('docs/design/sub/b.md'));
    assert.ok(!m('docs/other/a.md'));
    assert.ok(m('README.md'));
    assert.ok(m('pkg/README.md'), 'a name without "/" matches at any depth');
    assert.ok(m('drafts/x.md'));
    assert.ok(m('archive/2020/x.md'), 'a bare folder name covers what is below it');
    assert.ok(m('a/b/c.draft.md'));
    assert.ok(m('notes/n.md'));
    assert.ok(m('.hidden/README.md'), 'dot folders are not special for explicit globs');
    assert.ok(!globMatcher([])('anything.md'));
  });
  it('exclude wins over include; a forced doc is always linted', () => {
    const m = decisionMatchers({ include: ['docs/**'], exclude: ['docs/archive/**'] });
    assert.equal(decideLint('docs/a.md', m), 'included');
    assert.equal(decideLint('docs/archive/a.md', m), 'excluded');
    assert.equal(decideLint('docs/archive/a.md', m, true), 'forced');
    assert.equal(decideLint('README.md', m), 'detect');
    assert.equal(decideLint(undefined, m), 'detect');
  });
});

describe('config: rule doc links', () => {
  it('GitHub repository forms', () => {
    const want = 'https://github.com/acme/ml-design-docs/blob/HEAD/docs/rules.md';
    assert.equal(repositoryFileUrl('acme/ml-design-docs', 'docs/rules.md'), want);
    assert.equal(repositoryFileUrl('github:acme/ml-design-docs', 'docs/rules.md'), want);
    assert.equal(repositoryFileUrl({ type: 'git', url: 'git+https://github.com/acme/ml-design-docs.git' }, 'docs/rules.md'), want);
    assert.equal(repositoryFileUrl({ url: 'https://github.com/acme/ml-design-docs' }, 'docs/rules.md'), want);
    assert.equal(repositoryFileUrl('git@github.com:acme/ml-design-docs.git', 'docs/rules.md'), want);
    assert.equal(
      repositoryFileUrl({ url: 'https://github.com/acme/mono.git', directory: 'packages/ext' }, 'docs/rules.md'),
      'https://github.com/acme/mono/blob/HEAD/packages/ext/docs/rules.md',
    );
  });
  it('no repository, or not GitHub: undefined', () => {
    assert.equal(repositoryFileUrl(undefined, 'docs/rules.md'), undefined);
    assert.equal(repositoryFileUrl({ url: 'https://gitlab.com/a/b.git' }, 'docs/rules.md'), undefined);
  });
});
