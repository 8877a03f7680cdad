/**
 * scripts/flush-regexps.cjs puts `(?=)` after each top-level group of the engine's regexps at build
 * time (smaller V8 regexp code). These tests check that it changes no match: every regexp literal of
 * src/core, flushed and not, finds the same matches (index, text, groups) on lines of every fixture
 * and on random strings; that it is idempotent and only inserts; and that the built engine (out/ and
 * the bundles) carries the flushes.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const flush = require(join(ROOT, 'scripts', 'flush-regexps.cjs')) as {
  flushRegExpSource(source: string): string;
  flushRegExpLiteral(literal: string): string;
  flushRegExpLiterals(code: string, fileName?: string): string;
};

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Every regexp literal of the TypeScript sources under src/core, with where it is. */
function coreLiterals(): Array<{ where: string; literal: string }> {
  const out: Array<{ where: string; literal: string }> = [];
  for (const file of filesUnder(join(ROOT, 'src', 'core'), '.ts')) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        out.push({ where: `${file.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, literal: node.getText(sf) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function toRegExp(literal: string): RegExp {
  const end = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** All matches of `re` on `s` as comparable text: index, match, groups (a global scan, or the first match). */
function matches(re: RegExp, s: string): string {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = g.exec(s)) !== null && guard++ < 50) {
    out.push(`${m.index}:${JSON.stringify([...m])}:${JSON.stringify(m.groups ?? null)}`);
    if (m[0] === '') g.lastIndex++;
  }
  return out.join('|');
}

/** Lines of the fixtures, as written and lower-cased (the rules read lower-cased text), a deterministic sample. */
function corpus(): string[] {
  const lines: string[] = [];
  const dir = join(ROOT, 'test', 'fixtures');
  for (const f of filesUnder(dir, '.md').sort()) {
    const all = readFileSync(f, 'utf8').split('\n').filter((l) => l.trim().length > 20);
    for (let i = 0; i < all.length; i += 19) lines.push(all[i], all[i].toLowerCase());
  }
  return lines;
}

describe('flush-regexps: (?=) after top-level groups changes no match', () => {
  it('inserts after top-level groups only (quantifiers kept on their group), never in classes or escapes, and is idempotent', () => {
    assert.equal(flush.flushRegExpSource('\\b(?:a|b)\\s+(c)?x'), '\\b(?:a|b)(?=)\\s+(c)?(?=)x');
    assert.equal(flush.flushRegExpSource('(?:a(?:b|c)d){2,3}?e'), '(?:a(?:b|c)d){2,3}?(?=)e');
    assert.equal(flush.flushRegExpSource('[(]\\(x\\)[)]'), '[(]\\(x\\)[)]');
    assert.equal(flush.flushRegExpSource('(?<y>\\d+)-(?<!a)b'), '(?<y>\\d+)(?=)-(?<!a)(?=)b');
    assert.equal(flush.flushRegExpLiteral('/[\\p{L}--[a-z]]/v'), '/[\\p{L}--[a-z]]/v');
    const once = flush.flushRegExpSource('(a)(b)|(c)');
    assert.equal(flush.flushRegExpSource(once), once);
    // code outside regexp literals is untouched (a division, a string with a slash)
    assert.equal(flush.flushRegExpLiterals("const r = a / b / c; const s = '/(x)/'; const t = /(x)y/g;"), "const r = a / b / c; const s = '/(x)/'; const t = /(x)(?=)y/g;");
  });

  const literals = coreLiterals();
  const lines = corpus();

  it(`every regexp literal of src/core (${literals.length}) matches the same on fixture lines, flushed or not`, function () {
    this.timeout(120_000);
    assert.ok(literals.length > 500, `only ${literals.length} literals found`);
    assert.ok(lines.length > 2000, `only ${lines.length} corpus lines`);
    let changed = 0;
    let matched = 0;
    for (const { where, literal } of literals) {
      const flushed = flush.flushRegExpLiteral(literal);
      if (flushed === literal) continue;
      changed++;
      const a = toRegExp(literal);
      const b = toRegExp(flushed);
      for (const line of lines) {
        const ma = matches(a, line);
        assert.equal(matches(b, line), ma, `${where} ${literal.slice(0, 80)} on ${JSON.stringify(line.slice(0, 120))}`);
        if (ma) matched++;
      }
    }
    assert.ok(changed > 300, `only ${changed} literals have a top-level group`);
    // the corpus exercises the regexps: many of their runs match something
    assert.ok(matched > 10_000, `only ${matched} matching runs`);
  });

  it('and on random strings made of the words and characters they look for', function () {
    this.timeout(120_000);
    const pairs = literals.map(({ where, literal }) => ({ where, a: toRegExp(literal), b: toRegExp(flush.flushRegExpLiteral(literal)) })).filter((p) => p.a.source !== p.b.source);
    const words = ['p99', 'latency', 'ms', 'qps', 'a/b', 'test', 'baseline', 'drift', 'not', 'no', 'retrain', 'weekly', 'batch', 'online', '50k', '150', '%', '$', '—', '(', ')', ':', '.', '?', 'tbd', 'model', 'data', 'split', 'by', 'time', 'users', 'per', 'day', '-', '|', '*', '\n'];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 3 })), { maxLength: 25 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, (s) => {
        for (const p of pairs) assert.equal(matches(p.b, s), matches(p.a, s), `${p.where} on ${JSON.stringify(s)}`);
      }),
      { numRuns: 150 },
    );
  });

  it('the built engine carries the flushes (out/ by npm run compile, dist/ by the build)', () => {
    const model = readFileSync(join(ROOT, 'out', 'src', 'core', 'lint', 'rules', 'model.js'), 'utf8');
    assert.ok(model.includes('(?=)'), 'out/src/core/lint/rules/model.js has no (?=): run npm run compile');
    for (const bundle of ['dist/cli.js', 'dist/extension.js']) {
      const p = join(ROOT, bundle);
      if (existsSync(p)) assert.ok(readFileSync(p, 'utf8').includes(')(?=)'), `${bundle} has no flushed regexp: run npm run build`);
    }
  });
});
