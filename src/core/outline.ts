/**
 * Document outline: front matter, headings (from markdown-it tokens, so fenced code never counts)
 * and their mapping to the framework's sections. Lines are 0-based throughout.
 */
import { detach } from './detach';
import MarkdownIt = require('markdown-it');
type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
import { parse as parseYaml } from 'yaml';
import { HEADING_OVERRIDES, SECTIONS, type SectionId } from './framework';

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
  /** Section this heading was recognised as, if any (the first one it names). */
  readonly section?: SectionId;
  /**
   * Every section the heading names, `section` first: "Model development and offline evaluation"
   * names model and evaluation. Undefined when it names none.
   */
  readonly sections?: readonly SectionId[];
  /**
   * The section the heading's content belongs to: its own, else the nearest recognised
   * ancestor's ("### Candidate generation" under "## 4. Model" is model content).
   */
  readonly within?: SectionId;
  /** True when a heading above it already belongs to a section (it is a sub-part). */
  readonly nested?: boolean;
}

export interface Outline {
  readonly frontMatter?: FrontMatter;
  readonly headings: readonly Heading[];
  readonly lineCount: number;
}

const FRONT_MATTER_RE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter (if the document starts with it) from the body. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!text.startsWith('---')) return undefined;
  const m = FRONT_MATTER_RE.exec(text);
  if (!m) return undefined;
  // The same front matter is re-read on every lint of a document being edited: memoise.
  const hit = FM_CACHE.get(m[0]);
  if (hit) return hit;
  // kept across lints: parse a copy, so that neither key nor values keep the document alive
  const own = FRONT_MATTER_RE.exec(detach(m[0])) ?? m;
  const fm = parseFrontMatter(own);
  if (FM_CACHE.size >= 256) FM_CACHE.clear();
  FM_CACHE.set(own[0], fm);
  return fm;
}

const FM_CACHE = new Map<string, FrontMatter>();

function parseFrontMatter(m: RegExpExecArray): FrontMatter {
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
/** Emoji, keycap marks ("1️⃣"), arrows and dingbats people decorate headings with. */
/** Emoji, symbols and arrows that decorate a heading or a label (a character class's ranges). */
export const DECORATION_CHARS = String.raw`\u{1F000}-\u{1FAFF}\u{2300}-\u{23FF}\u{25A0}-\u{25FF}\u{2139}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{2190}-\u{21FF}\u{FE0F}\u{20E3}\u{200D}`;
const DECORATION_RE = new RegExp(`[${DECORATION_CHARS}]`, 'gu');

/** Heading text normalised for matching: lower-case, numbering and punctuation noise removed. */
export function normalizeHeading(text: string): string {
  return text
    .replace(DECORATION_RE, ' ')
    .replace(NUMBERING_RE, '')
    .replace(/[*_`#]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Every section a heading names, in the order the heading names them: overrides first
 * (HEADING_OVERRIDES), then the sections' patterns; overlapping matches count once (the earlier,
 * longer one), so "Training data" is data only. `weak` also tries the generic words
 * ("Overview", "Architecture") — right for a top-level heading, wrong for a sub-heading.
 */
export function classifyHeadingAll(text: string, opts: { weak?: boolean } = {}): SectionId[] {
  // Headings repeat across edits of the same document (and across documents): memoise.
  const key = (opts.weak ?? true ? 'w|' : 's|') + text;
  const hit = CLASSIFY_CACHE.get(key);
  if (hit) return [...hit];
  const out = classifyUncached(text, opts);
  if (CLASSIFY_CACHE.size >= 4096) CLASSIFY_CACHE.clear();
  CLASSIFY_CACHE.set(key, out);
  return [...out];
}

const CLASSIFY_CACHE = new Map<string, readonly SectionId[]>();

function classifyUncached(text: string, opts: { weak?: boolean }): SectionId[] {
  const norm = normalizeHeading(text);
  if (!norm || norm.length > 200) return [];
  const found = classifyNorm(norm, opts);
  if (found.length > 0) return found;
  // "Evalutaion", "Deployement", "Monitering": a section word misspelt by one letter
  const fixed = spellingFixed(norm);
  return fixed === norm ? found : classifyNorm(fixed, opts);
}

/**
 * The long words that name a section, for spellingFixed. Only words of 8+ letters, and not
 * "training": one letter off, a short word is often another word ("framing" / "farming",
 * "training" / "trailing").
 */
const SECTION_WORDS = ['requirements', 'requirement', 'evaluation', 'monitoring', 'deployment', 'preparation', 'development', 'inference', 'modeling', 'modelling', 'features', 'formulation', 'objectives', 'objective'];

/** The heading with each word one edit (a letter added, dropped, changed, or two swapped) from a section word replaced by it. */
function spellingFixed(norm: string): string {
  return norm.replace(/[a-z]{7,13}/g, (w) => {
    if (SECTION_WORDS.includes(w)) return w;
    for (const s of SECTION_WORDS) if (oneEditApart(w, s)) return s;
    return w;
  });
}

/** Are a and b one edit apart (Damerau: insertion, deletion, substitution, or adjacent transposition)? */
function oneEditApart(a: string, b: string): boolean {
  const d = a.length - b.length;
  if (d > 1 || d < -1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (d === 1) return a.slice(i + 1) === b.slice(i);
  if (d === -1) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function classifyNorm(norm: string, opts: { weak?: boolean }): SectionId[] {
  for (const o of HEADING_OVERRIDES) if (o.re.test(norm)) return [...o.sections];
  const matches: Array<{ id: SectionId; index: number; end: number }> = [];
  const weak = opts.weak ?? true;
  for (const s of SECTIONS) {
    const lists = weak && s.weakHeadingPatterns ? [s.headingPatterns, s.weakHeadingPatterns] : [s.headingPatterns];
    for (const list of lists) {
      for (const re of list) {
        const m = re.exec(norm);
        if (m) matches.push({ id: s.id, index: m.index, end: m.index + m[0].length });
      }
    }
  }
  if (matches.length === 0) return vocabularySection(norm);
  matches.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: SectionId[] = [];
  let covered = -1;
  for (const m of matches) {
    if (m.index < covered) continue;
    covered = m.end;
    if (!out.includes(m.id)) out.push(m.id);
  }
  return out;
}

/**
 * Free-form headings ("Why we are doing this", "How we will know it works", "Keeping it healthy")
 * name no section word, but their content words point to one. Each section has a few cue
 * patterns; the heading goes to the section with the most cues, and to none on a tie or no cue.
 * Only consulted when no section pattern matched, so it never overrides an explicit heading.
 */
const VOCABULARY: ReadonlyArray<{ readonly id: SectionId; readonly cues: readonly RegExp[] }> = [
  {
    id: 'requirements',
    cues: [
      /\bwhy (?:we|are we|do we|this|now|it matters|bother)\b/,
      /\b(?:goals?|purpose|motivation|reqs?|success|what we want|(?:are|is) we solving|we are solving|who (?:is it|it is) for)\b/,
    ],
  },
  {
    id: 'framing',
    cues: [
      /\b(?:predict(?:s|ing|ed)?|what (?:exactly )?(?:we are|we're|are we|it is|the system is) (?:estimating|forecasting|classifying|ranking|scoring))\b/,
      /\b(?:target variable|learning task|ml task|objective function)\b/,
    ],
  },
  // ("Building an image for the Pico from source", "Open source": code, not the data's sources)
  { id: 'data', cues: [/\b(?:inputs?|signals|markers|predictors|sources|ground truth|examples we (?:learn|train) from)\b|(?<!\b(?:from|open)[- ])\bsource\b(?! code)/, /\bwhere .{0,30}\bcomes? from\b/] },
  { id: 'model', cues: [/\b(?:algorithms?|how we (?:will )?(?:build|learn|model)|learner)\b/] },
  {
    id: 'evaluation',
    cues: [
      /\bknow (?:it|if it|whether it|that it) (?:works|is working|helps)\b/,
      /\b(?:judg(?:e|ing)|measur(?:e|ing)|how well|good enough|proving it works|did it work)\b/,
    ],
  },
  {
    id: 'deployment',
    cues: [/\b(?:in production|to production|into production|prod|ship(?:ping|ped)?|roll(?:ing)? it out|go(?:ing)? live|getting it (?:out|live)|how (?:users|customers) get)\b/],
  },
  {
    id: 'monitoring',
    cues: [
      // (not a training curve: "Loss over time", "Learning rate over time")
      // ("Keeping it healthy", "Service health", not "Health markers" or "Health outcomes": the domain's health)
      /\b(?:healthy|^health$|(?:system|service|model|pipeline|production|operational|platform|api|server|cluster) health|health ?checks?|(?<!\b(?:loss|rate|accuracy|error|reward|gradients?|weights?|curves?|epochs?) )over time|keep(?:ing)? (?:it|things|the \w+) (?:\w+ )?(?:healthy|working|fresh|accurate|running|honest)|maintain\w*|look(?:ing)? after|watch(?:ing)? (?:it|the)|ops|on-?call|day[- ]2|after (?:launch|release)|when (?:it|things) (?:breaks?|goes? wrong))\b/,
    ],
  },
];

function vocabularySection(norm: string): SectionId[] {
  if (norm.length > 80) return [];
  let best: SectionId | undefined;
  let bestScore = 0;
  let tie = false;
  for (const v of VOCABULARY) {
    let score = 0;
    for (const re of v.cues) if (re.test(norm)) score++;
    if (score > bestScore) {
      best = v.id;
      bestScore = score;
      tie = false;
    } else if (score > 0 && score === bestScore) tie = true;
  }
  return best && !tie ? [best] : [];
}

/**
 * The framework section a heading names, or undefined. A heading naming two sections
 * ("Metrics & monitoring") maps to the first named.
 */
export function classifyHeading(text: string): SectionId | undefined {
  return classifyHeadingAll(text)[0];
}

let md: MarkdownItInstance | undefined;
/** The one markdown-it configuration used to read design docs (HTML on, as GitHub renders it). */
export function markdownParser(): MarkdownItInstance {
  md ??= new MarkdownIt({ html: true });
  return md;
}

type Token = ReturnType<MarkdownItInstance['parse']>[number];

/** Plain text of an inline token: text and code spans, markup and HTML dropped. */
export function inlineText(inline: Token | undefined): string {
  if (!inline || inline.type !== 'inline') return '';
  let out = '';
  for (const c of inline.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += ' ';
  }
  return out;
}

/**
 * Headings from markdown-it tokens, each mapped to its section: the heading's own ("## 5.
 * Evaluation"), else its parent's, so sub-headings inherit unless they clearly name another.
 * A single H1 is the document title; several H1s mean the author uses H1 for sections.
 */
/**
 * `shift`: a token's lines are its map's plus shift[i] (block tokens shared between parses).
 * `at`: the indices of the heading_open tokens that have a map, when the caller has them.
 */
export function headingsFromTokens(tokens: readonly Token[], shift?: ArrayLike<number>, at?: readonly number[]): Heading[] {
  let idx = at;
  if (idx === undefined) {
    const found: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type === 'heading_open' && t.map) found.push(i);
    }
    idx = found;
  }
  let h1s = 0;
  for (let k = 0; k < idx.length; k++) if (Number(tokens[idx[k]].tag.slice(1)) === 1) h1s++;
  const h1AreSections = h1s > 1;
  const out: Heading[] = [];
  const stack: Heading[] = [];
  let sawRequirements = false;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    const t = tokens[i];
    const line = t.map![0] + (shift ? shift[i] : 0);
    const level = Number(t.tag.slice(1));
    const text = inlineText(tokens[i + 1]).trim();
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const parentWithin = stack.length > 0 ? stack[stack.length - 1].within : undefined;
    let own: SectionId[] = level > 1 || h1AreSections ? classifyHeadingAll(text, { weak: parentWithin === undefined }) : [];
    // "Problem statement" after the requirements is the ML problem (eugeneyan's template, 5.1).
    if (sawRequirements && own.length === 1 && own[0] === 'requirements' && /\bproblem statement\b/.test(normalizeHeading(text))) {
      own = ['framing'];
    }
    if (own.includes('requirements')) sawRequirements = true;
    const heading: Heading = {
      line,
      level,
      text,
      section: own[0],
      sections: own.length > 0 ? own : undefined,
      within: own[0] ?? parentWithin,
      nested: parentWithin !== undefined,
    };
    out.push(heading);
    stack.push(heading);
  }
  return out;
}

/** Headings of a markdown body (front matter already blanked). */
export function readHeadings(body: string): Heading[] {
  return headingsFromTokens(markdownParser().parse(body, {}));
}

export function readOutline(text: string): Outline {
  const frontMatter = readFrontMatter(text);
  const body = blankFrontMatter(text, frontMatter);
  return { frontMatter, headings: readHeadings(body), lineCount: text.split('\n').length };
}

/**
 * First heading recognised for each section (later duplicates are sub-parts, not new sections).
 * A heading naming two sections ("Online testing and deployment") stands for both.
 */
export function sectionHeadings(outline: Outline): Map<SectionId, Heading> {
  const found = new Map<SectionId, Heading>();
  for (const h of outline.headings) {
    for (const id of h.sections ?? (h.section ? [h.section] : [])) {
      if (!found.has(id)) found.set(id, h);
    }
  }
  return found;
}
