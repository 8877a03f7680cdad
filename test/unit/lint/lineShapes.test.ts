/**
 * The line shapes the text rewrites look for (src/core/lint/parse.ts lineShapes): one pass over the
 * line starts with sticky tests must answer exactly what the multiline regexps it replaced answer
 * over the whole text (copied here as the reference), for every fixture and for generated texts
 * made of the lines those regexps are about: decimal outlines, numbered titles over setext
 * underlines, letter and roman markers, blank and indented lines, CRLF.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lineShapes, parseDoc, type LineShapes } from '../../../src/core/lint/parse';
import { markdownFiles, ROOT } from './helpers';

/** What each rewrite tested before, with its own multiline regexp over the whole text. */
function byRegexps(text: string): LineShapes {
  const outline = /^([ \t]{2,})((?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)] )(?=\S)/gm;
  return {
    outlineMarkers: Math.min(2, (text.match(outline) ?? []).length),
    decimalDeep: /^\d{1,2}\.\d{1,2}\.\d{1,2}\.? \S/m.test(text),
    decimalLines: Math.min(3, (text.match(/^(\d{1,2}(?:\.\d{1,2})+)\.? (?=\S)/gm) ?? []).length),
    numberedSetext: /^\d{1,2}[.)] [^\n]{1,60}\n {0,3}(?:-{3,}|={3,})[ \t]*$/m.test(text),
    indentedAfterBlank: /\n[ \t]*\n {4,}[A-Za-z"'(]/.test(text),
  };
}

const LINES = [
  '1 Purpose',
  '1.1 Platelets expire after five days.',
  '1.2. Demand varies by weekday',
  '1.3.1 Target: waste under 5%',
  '2.10.3. Nested deeper',
  '12.1 two-digit section',
  '1.2.3 ',
  '1.2.3x no space',
  '6. monitoring',
  '6) Monitoring and alerts',
  '---',
  '   ======',
  '  ---  ',
  '',
  '   ',
  '\t',
  '    Hand tagging of reports is error prone and slow',
  '     (parenthesised prose after the indent)',
  '    $ pip install thing',
  '  a. **Offline**',
  '\tii) Primary: log loss',
  '   iv. fourth',
  '  x. tenth',
  '  j. not a marker',
  '- a bullet',
  '# Heading',
  'Plain prose with 1.2.3 inside a line.',
  '<h2>3. Framing</h2>',
];

/** Runs of lines that make the rarer shapes (a blank line before indented prose, a numbered title
 * over its underline), so that each shape turns up in far more than the asserted share of texts. */
const RUNS = [
  ['', '    Hand tagging of reports is error prone and slow'],
  [' \t', "    'Quoted' prose after the indent"],
  ['6. Monitoring', '----------'],
  ['2) Framing', '  ==='],
];

const text = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LINES).map((l) => [l]) }, { weight: 1, arbitrary: fc.constantFrom(...RUNS) }), { maxLength: 14 })
  .chain((runs) => fc.tuple(fc.constant(runs.flat()), fc.constantFrom('\n', '\r\n'), fc.boolean()))
  .map(([lines, eol, trailing]) => lines.join(eol) + (trailing ? eol : ''));

describe('lint: line shapes read in one pass', () => {
  it('answer as the multiline regexps do, for generated texts', () => {
    const seen = { outlineMarkers: 0, decimalDeep: 0, decimalLines: 0, numberedSetext: 0, indentedAfterBlank: 0 };
    fc.assert(
      fc.property(text, (t) => {
        const expected = byRegexps(t);
        assert.deepEqual(lineShapes(t), expected);
        for (const k of Object.keys(seen) as Array<keyof typeof seen>) if (expected[k] === true || expected[k] === (k === 'decimalLines' ? 3 : 2)) seen[k]++;
      }),
      { numRuns: 3000 },
    );
    // the generator reaches every shape (else the property says little about it)
    for (const [k, n] of Object.entries(seen)) assert.ok(n >= 30, `${k} held in only ${n} of 3000 texts`);
  });

  it('answer as the multiline regexps do, for every fixture', () => {
    const files = markdownFiles(join(ROOT, 'test/fixtures'));
    assert.ok(files.length > 100, `expected the fixture corpus, found ${files.length} files`);
    for (const f of files) {
      const t = readFileSync(f, 'utf8').replace(/\r(?!\n)/g, '\n');
      if (t.includes('\u2028') || t.includes('\u2029')) continue;
      assert.deepEqual(lineShapes(t), byRegexps(t), f);
    }
  });

  it('a text with a line or paragraph separator is left to the regexps (a multiline ^ starts a line after it)', () => {
    assert.equal(lineShapes('intro\u20281.2.3 Target: waste\n'), undefined);
    assert.equal(lineShapes('intro\u2029x'), undefined);
  });

  it('a decimal outline and a numbered setext title are still rewritten into headings and items', () => {
    const doc = parseDoc('1 Purpose\n1.1 Platelets expire after five days.\n1.2 Demand varies.\n1.2.1 Target: waste under 5%\n\n6. monitoring\n-------------\n\nWe alert on PSI above 0.2.\n');
    assert.deepEqual(
      doc.headings.map((h) => h.norm),
      ['purpose', 'monitoring'],
    );
    const items = doc.units.filter((u) => u.kind === 'item').map((u) => u.text);
    assert.ok(items.some((t) => t.startsWith('Target: waste under 5%')), items.join(' | '));
  });
});
