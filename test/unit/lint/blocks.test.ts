/**
 * Incremental block parse (src/core/lint/blocks.ts): the body is parsed in pieces, pieces of
 * unchanged text are reused, and the joined tokens must be exactly those of one markdown-it parse
 * of the whole body — for every fixture, cold and warm, after edits, and for generated documents
 * made of the lines that end or prolong blocks (fences, raw HTML, lists, quotes, tables, indented
 * code, reference definitions, CRLF).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { lint } from '../../../src/core/lint';
import { clearBlocks, parseBlocks } from '../../../src/core/lint/blocks';
import { blockParser } from '../../../src/core/lint/parse';
import { markdownFiles, ROOT } from './helpers';


type Tok = ReturnType<ReturnType<typeof blockParser>['parse']>[number];

/** Everything a block token says, with its lines moved by `shift`. */
function describe_(t: Tok, shift: number): string {
  const map = t.map ? `${t.map[0] + shift}-${t.map[1] + shift}` : '-';
  return [t.type, t.tag, map, t.level, t.nesting, t.block, t.hidden, t.markup, t.info, JSON.stringify(t.content)].join(' ');
}

function whole(text: string): string[] {
  return blockParser().parse(text, {}).map((t) => describe_(t, 0));
}

function pieces(text: string): string[] {
  const { tokens, shift } = parseBlocks(blockParser(), text, {});
  return tokens.map((t, i) => describe_(t, shift ? shift[i] : 0));
}

/** Index of the first differing token, or -1. */
function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function assertSame(text: string, what: string): void {
  const a = whole(text);
  const b = pieces(text);
  const at = firstDifference(a, b);
  assert.equal(at, -1, `${what}: token ${at} differs\n whole:  ${a[at]}\n pieces: ${b[at]}`);
}

describe('incremental block parse (blocks.ts)', () => {
  const files = [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'docs')), ...markdownFiles(join(ROOT, 'examples'))];

  it('gives the tokens of one whole parse for every fixture: met first (whole), again (parsed by pieces), and from kept pieces', () => {
    assert.ok(files.length > 100, `fixtures found: ${files.length}`);
    clearBlocks(blockParser());
    for (const round of ['first', 'again', 'kept']) for (const f of files) assertSame(readFileSync(f, 'utf8'), `${f} (${round})`);
  });

  it('lints every fixture the same whether its text is met first (whole parse), again (by pieces), or from kept pieces', function () {
    this.timeout(60000);
    clearBlocks(blockParser());
    const rounds = [files.map((f) => lint(readFileSync(f, 'utf8'), { force: true }))];
    for (let k = 0; k < 2; k++) rounds.push(files.map((f) => lint(readFileSync(f, 'utf8'), { force: true })));
    files.forEach((f, i) => {
      assert.deepEqual(JSON.parse(JSON.stringify(rounds[1][i])), JSON.parse(JSON.stringify(rounds[0][i])), `${f}: by pieces`);
      assert.deepEqual(JSON.parse(JSON.stringify(rounds[2][i])), JSON.parse(JSON.stringify(rounds[0][i])), `${f}: from kept pieces`);
    });
  });

  it('gives the tokens of one whole parse after edits that open a fence, a comment, or join blocks', () => {
    const edits: Array<(lines: string[], k: number) => void> = [
      (l, k) => l.splice(k, 0, '```'), // an unclosed fence swallows the rest
      (l, k) => l.splice(k, 0, '<!-- draft'), // an unclosed comment too
      (l, k) => l.splice(k, 1), // a blank line removed: two blocks become one
      (l, k) => l.splice(k, 0, '', '- new item', ''), // a list item between blocks
      (l, k) => (l[k] = `  ${l[k]}`), // indented into the list above
      (l, k) => l.splice(k, 0, '> quoted', ''),
    ];
    for (const f of files.slice(0, 60)) {
      assertSame(readFileSync(f, 'utf8'), `${f} (before the edits)`);
      const lines = readFileSync(f, 'utf8').split('\n');
      edits.forEach((edit, e) => {
        const copy = [...lines];
        const k = Math.min(copy.length - 1, 5 + ((e * 7919 + lines.length) % Math.max(1, copy.length - 5)));
        edit(copy, k);
        assertSame(copy.join('\n'), `${f} (edit ${e} at line ${k})`);
        assertSame(copy.join('\n'), `${f} (edit ${e} at line ${k}, again)`);
      });
    }
  });

  it('keeps the pieces of text met twice, and reuses them (an edit parses its own piece only)', () => {
    const md = blockParser();
    clearBlocks(md);
    const text = readFileSync(join(ROOT, 'examples', 'ad-click-prediction.md'), 'utf8');
    const first = parseBlocks(md, text, {});
    assert.equal(first.shift, undefined, 'text met for the first time is parsed whole');
    const second = parseBlocks(md, text, {});
    assert.ok(second.shift !== undefined && !second.tokens.some((t) => first.tokens.includes(t)), 'met again: parsed by pieces');
    const third = parseBlocks(md, text, {}).tokens;
    assert.equal(third.length, second.tokens.length);
    assert.ok(third.every((t, i) => t === second.tokens[i]), 'then: the same token objects');
    // one paragraph edited: only its piece (the paragraph and the list that follows it) is parsed again
    const edited = text.replace('calibrated probability', 'calibrated  probability');
    assert.notEqual(edited, text);
    const fourth = parseBlocks(md, edited, {}).tokens;
    const reused = fourth.filter((t) => third.includes(t)).length;
    assert.ok(reused >= fourth.length - 30 && reused < fourth.length, `reused ${reused} of ${fourth.length}`);
  });

  it('parses a body that may hold a link reference definition whole (references change inline text anywhere)', () => {
    const md = blockParser();
    const text = 'Intro [ref] here.\n\n## A\n\nText.\n\n[ref]: https://example.com\n';
    const { tokens, shift } = parseBlocks(md, text, {});
    assert.equal(shift, undefined);
    assert.deepEqual(tokens.map((t) => describe_(t, 0)), whole(text));
  });

  // Lines that end, prolong or reopen blocks, in the shapes design docs hold them.
  const LINES = [
    '', '', '', '# Heading', '## 3. Data', 'Plain paragraph text.', 'More text: p99 150 ms.', '===', '---', '***',
    '```', '```mermaid', '~~~', '````', '  ```', '    ```', '- ```', '> ```',
    '- item', '* item', '+ item', '1. first', '2) second', '10. tenth', '  - nested', '    - deeper', '   continued', '\t- tab item', '-', '1.',
    '    indented code', '\tcode with tab',
    '> quote', '> > nested quote', '>',
    '<!--', '-->', '<!-- mldesign-disable requirements.qps -->', '<div>', '</div>', '<details>', '<script>', '</script>', '<pre>', '</pre>', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>',
    '| Metric | Target |', '| --- | --- |', '| p99 | 150 ms |',
    '[ref]: https://example.com', 'See [ref].', 'Term', ': definition',
  ];

  it('gives the tokens of one whole parse for generated documents (property)', () => {
    const md = blockParser();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 0, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (lines, eol, trailing) => {
          const text = lines.join(eol) + (trailing ? eol : '');
          const a = whole(text);
          const b = pieces(text);
          const at = firstDifference(a, b);
          if (at !== -1) assert.fail(`token ${at} differs for ${JSON.stringify(text)}\n whole:  ${a[at]}\n pieces: ${b[at]}`);
          // met again (parsed by pieces), and then from kept pieces
          assert.deepEqual(pieces(text), a);
          assert.deepEqual(pieces(text), a);
        },
      ),
      { numRuns: 3000 },
    );
    clearBlocks(md);
  });

  it('keeps no old version of an edited document alive (cached text is copied out of the document)', function () {
    this.timeout(60000);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // a 400 kB design doc, edited 60 times as in the editor (one line changed per lint), with and
    // without a link reference definition (parsed whole): each version kept alive would add 0.4 MB
    const para = (k: number): string => `Paragraph ${k}: p99 latency stays under 150 ms at 20k QPS; we monitor drift with PSI weekly and retrain when it moves. `.repeat(3);
    const lines: string[] = ['---', 'mldesign: true', '---', '', '# Doc', ''];
    for (let k = 0; k < 1200; k++) lines.push(k % 150 === 0 ? `## Section ${k}` : para(k), '');
    for (const ref of ['', '\n[ref]: https://example.com\n']) {
      const edit = (i: number): string => {
        const copy = [...lines];
        copy[10 + ((i * 37) % 2000)] += ` edit ${i}`;
        return copy.join('\n') + ref;
      };
      for (let i = 0; i < 5; i++) lint(edit(i), { force: true });
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 5; i < 65; i++) lint(edit(i), { force: true });
      gc();
      const grown = (process.memoryUsage().heapUsed - before) / 1e6;
      assert.ok(grown < 12, `heap grew by ${grown.toFixed(1)} MB over 60 edits of a ${(edit(0).length / 1e6).toFixed(2)} MB doc${ref ? ' (with a reference)' : ''}`);
    }
  });
});
