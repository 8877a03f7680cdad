/**
 * Mermaid error normalisation (pure; bundled into the webview, unit-tested in Node).
 *
 * Mermaid 11 reports parse errors in two shapes:
 * - jison parsers (flowchart, sequence, class, state, ER, gantt, …): an Error whose `hash` has
 *   `loc.first_line` (1-based) and `line` (0-based lexer line), message "Parse error on line N: …".
 * - Langium parsers (pie, packet, architecture, gitGraph, info, radar, treemap, …): a
 *   MermaidParseError whose `result.lexerErrors[]` carry `line`/`column` and `result.parserErrors[]`
 *   carry `token.startLine`/`token.startColumn` (all 1-based; NaN at end of input), message
 *   "Parsing failed: Lexer error on line N, column M: …".
 *
 * Both count lines in the text the parser saw, which is NOT the fence content: Mermaid first
 * removes front matter, `%%{…}%%` directives, `%%` comment lines (with the blank lines before
 * them) and leading whitespace. `lineMapper` replays those steps to map a parser line back to a
 * line of the fence content.
 */

/**
 * Document line (0-based) of a line inside a diagram: diagram line 1 is the line right after
 * the opening fence, so docLine = fenceLine + 1 + (diagramLine - 1).
 */
export function diagramLineToDocLine(fenceLine: number, diagramLine: number): number {
  return fenceLine + 1 + (diagramLine - 1);
}

export interface NormalizedError {
  /** 1-based line in the fence content, if known. */
  readonly line?: number;
  /** 0-based column in that line, if known. */
  readonly column?: number;
  readonly message: string;
}

// The regular expressions of Mermaid 11.x src/diagram-api/regexes.ts, frontmatter.ts, comments.ts
// and preprocess.ts (checked against 11.17). The webview tests catch a divergence: they assert
// the reported lines of diagrams that use front matter, directives and comments.
const FRONT_MATTER_RE = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE_RE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_RE = /^\s*%%(?!{)[^\n]+\n?/gm;

interface Tracked {
  text: string;
  /** Offset in the original text of each character of `text`. */
  origin: number[];
}

function removeMatches(t: Tracked, re: RegExp): Tracked {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let text = '';
  const origin: number[] = [];
  const keep = (from: number, to: number): void => {
    text += t.text.slice(from, to);
    for (let i = from; i < to; i++) origin.push(t.origin[i]);
  };
  let last = 0;
  for (const m of t.text.matchAll(global)) {
    const start = m.index ?? 0;
    keep(last, start);
    last = start + m[0].length;
    if (!re.flags.includes('g')) break; // non-global patterns (front matter) apply once
  }
  keep(last, t.text.length);
  return { text, origin };
}

/**
 * Maps a 1-based line of the text Mermaid's parser saw to the 1-based line of `source`
 * (the fence content as written).
 */
export function lineMapper(source: string): (parserLine: number) => number {
  let t: Tracked = { text: source, origin: [...Array(source.length).keys()] };
  t = removeMatches(t, /\r(?=\n)/g); // cleanupText: \r\n → \n (its tag rewrite keeps lengths)
  t = { text: t.text.replace(/\r/g, '\n'), origin: t.origin }; // lone \r → \n
  t = removeMatches(t, FRONT_MATTER_RE);
  t = removeMatches(t, DIRECTIVE_RE);
  t = removeMatches(t, COMMENT_RE);
  const lead = /^\s*/.exec(t.text)?.[0].length ?? 0; // trimStart
  t = { text: t.text.slice(lead), origin: t.origin.slice(lead) };

  const lineStartsOrig: number[] = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStartsOrig.push(i + 1);
  const origLineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStartsOrig.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStartsOrig[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const sourceLines = source.split('\n').length;

  return (parserLine: number): number => {
    if (!Number.isFinite(parserLine) || parserLine < 1) return 1;
    // Offset (in the processed text) of the start of parserLine.
    let off = 0;
    for (let l = 1; l < parserLine; l++) {
      const nl = t.text.indexOf('\n', off);
      if (nl < 0) {
        off = t.text.length;
        break;
      }
      off = nl + 1;
    }
    if (off < t.origin.length) return Math.min(origLineOf(t.origin[off]), sourceLines);
    // Past the end (Mermaid appends a newline; errors at end of input land here).
    return sourceLines;
  };
}

/** The 1-based line a blank or trailing line should be reported on: the nearest content line above. */
export function nearestContentLine(source: string, line: number): number {
  const lines = source.split('\n');
  let l = Math.min(Math.max(line, 1), lines.length);
  while (l > 1 && lines[l - 1].trim() === '') l--;
  return l;
}

const MAX_EXPECTED = 8;

function shortenExpecting(line: string): string {
  // "Expecting 'A', 'B', …, got '1'": jison's EOF token prints as '1'.
  const m = /^Expecting (.*), got '([^']*)'$/.exec(line.trim());
  if (!m) return line.trim();
  const expected = m[1].split(/,\s*/);
  const list = expected.length > MAX_EXPECTED ? `${expected.slice(0, MAX_EXPECTED).join(', ')}, … (${expected.length - MAX_EXPECTED} more)` : expected.join(', ');
  const got = m[2] === '1' || m[2] === 'EOF' ? 'end of diagram' : `'${m[2]}'`;
  return `Expecting ${list}; got ${got}`;
}

interface JisonHash {
  line?: number;
  loc?: { first_line?: number; first_column?: number };
  token?: unknown;
}
interface LangiumResult {
  lexerErrors?: Array<{ line?: number; column?: number; message?: string }>;
  parserErrors?: Array<{ message?: string; token?: { startLine?: number; startColumn?: number } }>;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Turns whatever Mermaid threw into errors located in the fence content.
 * `source` is the fence content exactly as written in the Markdown file.
 */
export function normalizeMermaidError(err: unknown, source: string): NormalizedError[] {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as {
    message?: unknown;
    hash?: JisonHash;
    result?: LangiumResult;
  };
  const rawMessage = typeof e.message === 'string' ? e.message : String(err);
  const toSource = lineMapper(source);
  const place = (parserLine: number | undefined, column: number | undefined, message: string): NormalizedError => {
    if (parserLine === undefined) return { message };
    const mapped = toSource(parserLine);
    const line = nearestContentLine(source, mapped);
    return { line, column: line === mapped ? column : undefined, message };
  };

  // Langium (MermaidParseError)
  const r = e.result;
  if (r && (Array.isArray(r.lexerErrors) || Array.isArray(r.parserErrors))) {
    const out: NormalizedError[] = [];
    for (const le of r.lexerErrors ?? []) {
      const line = num(le.line);
      out.push(place(line ?? lastParserLine(source), line !== undefined ? (num(le.column) ?? 1) - 1 : undefined, `Lexer error: ${le.message ?? 'unexpected character'}`));
    }
    for (const pe of r.parserErrors ?? []) {
      const line = num(pe.token?.startLine);
      const message = (pe.message ?? 'unexpected input').replace(/\s*\n\s*/g, ' ');
      out.push(place(line ?? lastParserLine(source), line !== undefined ? (num(pe.token?.startColumn) ?? 1) - 1 : undefined, `Parse error: ${message}`));
    }
    if (out.length) return out;
  }

  // jison
  const h = e.hash;
  if (h && typeof h === 'object') {
    const line = num(h.loc?.first_line) ?? (num(h.line) !== undefined ? (h.line as number) + 1 : undefined);
    const lines = rawMessage.split('\n');
    const message = /^Lexical error/.test(rawMessage)
      ? `Lexical error: ${/Unrecognized text\.?/.test(rawMessage) ? 'unrecognized text' : firstLine(rawMessage.replace(/^Lexical error on line \d+\.?\s*/, ''))}`
      : `Parse error: ${lines.length > 1 ? shortenExpecting(lines[lines.length - 1]) : firstLine(rawMessage.replace(/^Parse error on line \d+:?\s*/, ''))}`;
    // jison's columns point at the previous token as often as not: report the line only.
    return [place(line ?? 1, undefined, message)];
  }

  // Anything else: look for "line N" in the message (and "column M").
  const m = /\bline (\d+)(?:, column (\d+))?/i.exec(rawMessage);
  const message = firstLine(rawMessage.replace(/^Parsing failed:\s*/, ''));
  if (m) return [place(Number(m[1]), m[2] ? Number(m[2]) - 1 : undefined, message)];
  // No position (unknown diagram type, errors while laying out): the diagram's first line.
  return [place(1, undefined, message)];
}

function firstLine(s: string): string {
  const l = s.split('\n')[0].trim();
  return l.length > 300 ? `${l.slice(0, 297)}…` : l;
}

/** Line number past the end of what the parser saw (for errors "at end of input"). */
function lastParserLine(source: string): number {
  return source.split('\n').length + 1;
}
