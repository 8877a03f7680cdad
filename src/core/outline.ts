/**
 * Document outline: front matter, headings (from markdown-it tokens, so fenced code never counts)
 * and their mapping to the framework's sections. Lines are 0-based throughout.
 */
import MarkdownIt = require('markdown-it');
type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
import { parse as parseYaml } from 'yaml';
import { SECTIONS, type SectionId } from './framework';

export interface FrontMatter {
  /** Parsed YAML mapping, or undefined when absent or invalid. */
  readonly data: Record<string, unknown> | undefined;
  /** 0-based line of the closing `---` (the opening one is line 0). */
  readonly endLine: number;
  /** Present when the block exists but is not valid YAML / not a mapping. */
  readonly error?: { message: string; line: number };
}

export interface Heading {
  readonly line: number;
  /** 1..6 */
  readonly level: number;
  /** Inline text of the heading, markup stripped. */
  readonly text: string;
  /** Section this heading was recognised as, if any. */
  readonly section?: SectionId;
}

export interface Outline {
  readonly frontMatter?: FrontMatter;
  readonly headings: readonly Heading[];
  readonly lineCount: number;
}

const FRONT_MATTER_RE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter (if the document starts with it) from the body. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER_RE.exec(text);
  if (!m) return undefined;
  const endLine = m[0].replace(/\r?\n$/, '').split('\n').length - 1;
  try {
    const data: unknown = parseYaml(m[1]);
    if (data === null || data === undefined) return { data: {}, endLine };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: undefined, endLine, error: { message: 'Front matter is not a YAML mapping (key: value lines).', line: 1 } };
    }
    return { data: data as Record<string, unknown>, endLine };
  } catch (err) {
    const e = err as { message?: string; linePos?: Array<{ line: number }> };
    const line = e.linePos?.[0]?.line ?? 1; // 1-based within the YAML block
    const message = (e.message ?? String(err)).split('\n')[0];
    return { data: undefined, endLine, error: { message: `Invalid front matter: ${message}`, line } };
  }
}

/** The body with the front matter blanked out (same line count, so line numbers are kept). */
export function blankFrontMatter(text: string, fm: FrontMatter | undefined): string {
  if (!fm) return text;
  const lines = text.split('\n');
  for (let i = 0; i <= fm.endLine && i < lines.length; i++) lines[i] = lines[i].endsWith('\r') ? '\r' : '';
  return lines.join('\n');
}

const NUMBERING_RE =
  /^\s*(?:(?:step|section|part|phase)\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-g])\s*[.):\-–—]\s*|^\s*(?:step|section|part|phase)\s+\d+\s*|^\s*\d+\s+(?=[a-z])/i;

/** Heading text normalised for matching: lower-case, numbering and punctuation noise removed. */
export function normalizeHeading(text: string): string {
  return text
    .replace(NUMBERING_RE, '')
    .replace(/[*_`#]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The framework section a heading names, or undefined. First match in framework order wins,
 * except that a heading naming two sections ("Metrics & monitoring") maps to the first named.
 */
export function classifyHeading(text: string): SectionId | undefined {
  const norm = normalizeHeading(text);
  if (!norm) return undefined;
  let best: { id: SectionId; index: number } | undefined;
  for (const s of SECTIONS) {
    for (const re of s.headingPatterns) {
      const m = re.exec(norm);
      if (m && (!best || m.index < best.index)) best = { id: s.id, index: m.index };
    }
  }
  return best?.id;
}

let md: MarkdownItInstance | undefined;
function markdown(): MarkdownItInstance {
  md ??= new MarkdownIt({ html: false });
  return md;
}

/** Headings of a markdown body (front matter already blanked). */
export function readHeadings(body: string): Heading[] {
  const tokens = markdown().parse(body, {});
  const raw: Array<{ line: number; level: number; text: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'heading_open' || !t.map) continue;
    const inline = tokens[i + 1];
    const text = inline && inline.type === 'inline'
      ? (inline.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('')
      : '';
    const level = Number(t.tag.slice(1));
    raw.push({ line: t.map[0], level, text: text.trim() });
  }
  // A single H1 is the document title; several H1s mean the author uses H1 for sections.
  const h1AreSections = raw.filter((h) => h.level === 1).length > 1;
  return raw.map((h) => ({ ...h, section: h.level > 1 || h1AreSections ? classifyHeading(h.text) : undefined }));
}

export function readOutline(text: string): Outline {
  const frontMatter = readFrontMatter(text);
  const body = blankFrontMatter(text, frontMatter);
  return { frontMatter, headings: readHeadings(body), lineCount: text.split('\n').length };
}

/** First heading recognised for each section (later duplicates are sub-parts, not new sections). */
export function sectionHeadings(outline: Outline): Map<SectionId, Heading> {
  const found = new Map<SectionId, Heading>();
  for (const h of outline.headings) {
    if (h.section && !found.has(h.section)) found.set(h.section, h);
  }
  return found;
}
