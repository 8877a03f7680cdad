/**
 * Block parse by pieces, with the pieces remembered (incremental parse).
 *
 * Between two lints of a document in the editor one paragraph changed; every other heading, list
 * and table reads exactly as before. The body is cut into pieces at lines where markdown-it's block
 * parse starts afresh, each piece is parsed on its own (or its tokens are taken from the cache when
 * the same text was parsed before), and the tokens are joined with their lines shifted. Text met
 * for the first time is parsed whole (fastest), and its pieces' hashes noted; a piece met again is
 * parsed alone and its tokens kept (so the second lint of a document prepares the third). The result
 * is the token stream of one parse of the whole body: `test/unit/lint/blocks.test.ts` checks that
 * on generated documents and on every fixture.
 *
 * A cut goes before line B when line B-1 is blank and line B starts at column 0 with something
 * other than a list marker. There, every block open before the blank line has ended in markdown-it:
 * paragraphs, tables, block quotes and HTML blocks of kinds 6–7 end at a blank line; a list, its
 * items and an indented code block end at a non-indented line that does not start an item. Only a
 * fenced code block and HTML blocks of kinds 1–5 (`<!-- … -->`, `<script>`, `<pre>`, …) can run on;
 * a piece whose parse leaves one running to its last line is joined with the next piece and parsed
 * again. Link reference definitions change inline parses anywhere in the document: a body that may
 * hold one ("]:") is parsed whole.
 */
import type MarkdownIt from 'markdown-it';
import { detach } from '../detach';

type Parser = ReturnType<typeof MarkdownIt>;
type Token = ReturnType<Parser['parse']>[number];

interface Piece {
  readonly tokens: Token[];
  readonly lines: number;
  /** A fence or raw HTML block runs on to the piece's last line: join it with the next piece. */
  readonly runs: boolean;
}

/**
 * Block tokens of a body. Tokens are shared with other parses and never changed: a token's lines
 * are `map[0] + shift[i]` and `map[1] + shift[i]` (shift is undefined when all are 0).
 */
export interface BlockTokens {
  readonly tokens: Token[];
  readonly shift?: Int32Array;
}

/**
 * Per parser (its configuration decides the tokens). A piece's tokens are kept from its second
 * parse on: text met once (a CLI run over new answers, the paragraph being typed) costs no memory
 * beyond its hash. Bounded by the characters of text kept (the tokens and what their paragraphs say
 * cost about 20 bytes per character: 2M characters, twice the editor's default maxFileSize, is
 * about 40 MB at most) and by the hashes noted; cleared when full.
 */
const CACHE_CHARS = 2_000_000;
const SEEN_LIMIT = 200_000;
interface Cache {
  /** quickKey(text) → the pieces kept with that key, with their text (compared whole on lookup). */
  readonly pieces: Map<number, Kept[]>;
  chars: number;
  /** Hashes of pieces parsed once. */
  readonly seen: Set<number>;
}
const caches = new WeakMap<Parser, Cache>();

interface Kept {
  readonly text: string;
  readonly piece: Piece;
}

/**
 * A cheap key for a piece's text: its length and its first and last 32 characters. The pieces
 * sharing a key are told apart by comparing their text (a Map keyed by the text itself would hash
 * every character of every piece on every lint).
 */
function quickKey(s: string): number {
  const n = s.length;
  let h = Math.imul(n, 0x9e3779b1);
  const head = n < 32 ? n : 32;
  for (let k = 0; k < head; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  for (let k = n - 32 > head ? n - 32 : head; k < n; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function keptPiece(cache: Cache, text: string): Piece | undefined {
  const list = cache.pieces.get(quickKey(text));
  if (list === undefined) return undefined;
  for (let k = 0; k < list.length; k++) if (list[k].text === text) return list[k].piece;
  return undefined;
}

/** markdown-it's own normalisation (core rule 'normalize'), so pieces cut the text it parses. */
function normalize(src: string): string {
  if (src.indexOf('\r') < 0 && src.indexOf('\0') < 0) return src;
  return src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

/** Does the line starting at `at` begin a list item ("- ", "* ", "+ ", "1. ", "2) ")? */
function startsListItem(src: string, at: number): boolean {
  let c = src.charCodeAt(at);
  if (c === 0x2d || c === 0x2a || c === 0x2b) {
    const n = src.charCodeAt(at + 1);
    return n === 0x20 || n === 0x09 || n === 0x0a || Number.isNaN(n);
  }
  let k = at;
  while (k - at < 10 && (c = src.charCodeAt(k)) >= 0x30 && c <= 0x39) k++;
  if (k === at || k - at > 9) return false;
  if (c !== 0x2e && c !== 0x29) return false;
  const n = src.charCodeAt(k + 1);
  return n === 0x20 || n === 0x09 || n === 0x0a || Number.isNaN(n);
}

/**
 * Pieces hold several blocks (parsing many small pieces costs more than one parse of the whole): a
 * cut is taken before every heading and before one in PIECE_SPREAD other block starts, chosen by
 * the line's own text, so that an edit moves no cut but its own.
 */
const PIECE_SPREAD = 6;

function lineHash(src: string, from: number, end: number): number {
  let h = 0;
  const to = Math.min(end, from + 24);
  for (let k = from; k < to; k++) h = (h * 31 + src.charCodeAt(k)) | 0;
  return h >>> 0;
}

/**
 * Start offsets of the pieces (the first is 0) and the line each starts at, in the body made of
 * `blank` empty lines and then src from `from` (offsets in that body).
 */
function cutPoints(src: string, from = 0, blank = 0): { starts: number[]; lines: number[] } {
  const starts = [0];
  const lines = [0];
  // the blank lines first: none of them starts a piece
  let line = blank;
  let prevBlank = blank > 0;
  let pos = from;
  const shift = blank - from;
  while (pos < src.length) {
    const nl = src.indexOf('\n', pos);
    const end = nl < 0 ? src.length : nl;
    const c = src.charCodeAt(pos);
    let isBlank = true;
    for (let k = pos; k < end; k++) {
      const ch = src.charCodeAt(k);
      if (ch !== 0x20 && ch !== 0x09) {
        isBlank = false;
        break;
      }
    }
    if (prevBlank && !isBlank && line > 0 && c !== 0x20 && c !== 0x09 && !startsListItem(src, pos) && (c === 0x23 || lineHash(src, pos, end) % PIECE_SPREAD === 0)) {
      starts.push(pos + shift);
      lines.push(line);
    }
    prevBlank = isBlank;
    line++;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return { starts, lines };
}

/** Does a block of the piece's parse run on to its last line (a fence or raw HTML left open)? */
function runsOn(tokens: readonly Token[], lines: number): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if ((t.type === 'fence' || t.type === 'html_block') && t.map && t.map[1] >= lines) return true;
  }
  return false;
}

/** FNV-1a over the UTF-16 code units (a collision only makes a piece kept one parse early). */
function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function note(cache: Cache, hash: number): void {
  if (cache.seen.size >= SEEN_LIMIT) cache.seen.clear();
  cache.seen.add(hash);
}

/** Lines in markdown-it's count: a last line without a line break counts, an empty text has none. */
function lineCount(body: string): number {
  let n = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) n++;
  return body.length > 0 && body.charCodeAt(body.length - 1) !== 0x0a ? n + 1 : n;
}

function remember(cache: Cache, text: string, piece: Piece): void {
  if (cache.chars + text.length > CACHE_CHARS) {
    cache.pieces.clear();
    cache.chars = 0;
  }
  const key = quickKey(text);
  const list = cache.pieces.get(key);
  if (list === undefined) cache.pieces.set(key, [{ text, piece }]);
  else {
    // the same text twice in one body (both met before it was kept): the later one replaces it
    const at = list.findIndex((k) => k.text === text);
    if (at >= 0) list[at] = { text, piece };
    else list.push({ text, piece });
  }
  cache.chars += text.length;
}

/**
 * markdown-it's block tokens for `src`, as `md.parse(src, env)` gives them (`md` parses blocks
 * only), from pieces parsed before where the text is unchanged.
 */
export function parseBlocks(md: Parser, src: string, env: Record<string, unknown>, blank = 0, from = 0): BlockTokens {
  // the body: `blank` empty lines, then src from `from` (a document whose front matter is blanked),
  // read in place: joining them would copy the whole document on every lint
  const whole = (): string => (blank === 0 && from === 0 ? src : '\n'.repeat(blank) + src.slice(from));
  if (src.indexOf('\r', from) >= 0 || src.indexOf('\0', from) >= 0) {
    const body = whole();
    return parseBlocks(md, normalize(body), env);
  }
  const text = src;
  const delta = blank - from;
  const length = src.length + delta;
  /** The body from offset a to b. */
  const sub = (a: number, b: number): string => {
    if (a >= blank) return src.slice(a - delta, b - delta);
    return b <= blank ? '\n'.repeat(b - a) : '\n'.repeat(blank - a) + src.slice(from, b - delta);
  };
  if (src.indexOf(']:', from) >= 0) return { tokens: detachContents(md.parse(whole(), env)) };
  let cache = caches.get(md);
  if (cache === undefined) caches.set(md, (cache = { pieces: new Map(), chars: 0, seen: new Set() }));
  const { starts, lines } = cutPoints(text, from, blank);
  const n = starts.length;
  const slices = new Array<string>(n);
  const kept = new Array<Piece | undefined>(n);
  const hashes = new Array<number>(n).fill(0);
  let known = 0;
  for (let p = 0; p < n; p++) {
    const slice = sub(starts[p], p + 1 < n ? starts[p + 1] : length);
    slices[p] = slice;
    kept[p] = keptPiece(cache, slice);
    if (kept[p] !== undefined) known++;
    else if (cache.seen.has((hashes[p] = textHash(slice)))) known++;
  }
  if (known * 2 < n) {
    // text met for the first time (a first lint, a CLI run): one parse of the whole, as fast as
    // it gets; its pieces are noted, and parsed (and kept) by pieces when the text is met again
    for (let p = 0; p < n; p++) if (kept[p] === undefined) note(cache, hashes[p]);
    return { tokens: detachContents(md.parse(whole(), env)) };
  }
  // the pieces in order (a piece from cut p to cut q, joined with the next while a fence or raw
  // HTML runs on), then their tokens copied into arrays of the right size
  const used: Piece[] = [];
  const usedLine: number[] = [];
  let total = 0;
  let p = 0;
  while (p < n) {
    let q = p + 1;
    let piece: Piece;
    for (;;) {
      const slice = q === p + 1 ? slices[p] : sub(starts[p], q < n ? starts[q] : length);
      const known = q === p + 1 ? kept[p] : keptPiece(cache, slice);
      if (known !== undefined) piece = known;
      else {
        // a copy: the tokens' text and the key may be kept, the document they came from is not
        const body = detach(slice);
        const count = q < n ? lines[q] - lines[p] : lineCount(body);
        const tokens = md.parse(body, env);
        piece = { tokens, lines: count, runs: runsOn(tokens, count) };
        const hash = q === p + 1 && hashes[p] !== 0 ? hashes[p] : textHash(slice);
        if (cache.seen.has(hash)) remember(cache, body, piece);
        else note(cache, hash);
      }
      if (piece.runs && q < n) {
        q++;
        continue;
      }
      break;
    }
    used.push(piece);
    usedLine.push(lines[p]);
    total += piece.tokens.length;
    p = q;
  }
  const out = new Array<Token>(total);
  const shift = new Int32Array(total);
  let w = 0;
  for (let k = 0; k < used.length; k++) {
    const tokens = used[k].tokens;
    const line = usedLine[k];
    for (let j = 0; j < tokens.length; j++) {
      out[w] = tokens[j];
      shift[w++] = line;
    }
  }
  return { tokens: out, shift };
}

/** Tokens of a whole parse whose text does not keep the document alive (see detach). */
function detachContents(tokens: Token[]): Token[] {
  for (const t of tokens) if (t.content.length >= 13) t.content = detach(t.content);
  return tokens;
}

/** Forget the pieces remembered for `md` (tests compare a cold parse with a warm one). */
export function clearBlocks(md: Parser): void {
  caches.delete(md);
}
