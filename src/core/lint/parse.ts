/**
 * One markdown-it parse of a design doc, turned into what the rules read:
 * - headings mapped to framework sections (outline.ts), plus bold-line "pseudo-headings" for docs
 *   that structure themselves without Markdown headings;
 * - answer-bearing units (paragraphs, bullets, table rows, code/mermaid blocks), each cleaned once
 *   (questions, placeholders, template text cut out), with its section, its context (parent bullet,
 *   table header, heading) and whether it sits under "Future work" / "Open questions";
 * - a word index (six-letter stems → units) so each rule only looks at units that mention it;
 * - inline directives, tables and line starts for ranges and fixes.
 */
import MarkdownIt = require('markdown-it');
import type { SectionId } from '../framework';
import {
  classifyHeadingAll,
  DECORATION_CHARS,
  headingsFromTokens,
  markdownParser,
  normalizeHeading,
  readFrontMatter,
  type FrontMatter,
  type Heading,
} from '../outline';
import { parseBlocks } from './blocks';
import { ALERT_KINDS, answersPrompt, cleanText, DROP_PLACEHOLDER, DROP_QUESTION, DROP_RETRACTED, DROP_TEMPLATE, fixTypos, isInstruction, NOT_REACHED, QUOTED_PASSAGE, SAMPLE_OUTPUT, SHORT_NO, wordKeysInto } from './text';
import { PROMPTS, SCAFFOLD_DIAGRAM_HASH, TEMPLATE_HASHES, TEMPLATE_ROW_LABELS, TEMPLATE_SHORT_HASHES, TEMPLATE_TINY_HASHES, templateHash } from './templates';

type Token = ReturnType<ReturnType<typeof markdownParser>['parse']>[number];

export type Mode = 'offline' | 'online' | undefined;

export interface DocHeading {
  readonly line: number;
  /** 1..6, or 7 for a pseudo-heading (a bold line or a top-level list item standing for a section). */
  readonly level: number;
  readonly text: string;
  /** normalizeHeading(text) */
  readonly norm: string;
  /** Sections the heading names. */
  readonly own: readonly SectionId[];
  /** Sections its content belongs to (own, else inherited). */
  readonly eff: readonly SectionId[];
  readonly nested: boolean;
  readonly pseudo: boolean;
  /** Offline/online context its content inherits ("### Online metrics"). */
  readonly mode: Mode;
  /** Content below it is not a commitment ("Future work", "Open questions", "Non-goals"). */
  readonly uncommitted: boolean;
  /** "Out of scope" / "Non-goals": still evidence of a stated scope. */
  readonly scopeList: boolean;
}

export type UnitKind = 'para' | 'item' | 'quote' | 'row' | 'code' | 'mermaid' | 'comment';

export interface Unit {
  readonly index: number;
  readonly kind: UnitKind;
  readonly line: number;
  readonly endLine: number;
  /** Effective sections (first = primary); empty before the first section heading. */
  readonly sections: readonly SectionId[];
  readonly headingIdx: number;
  /** Text that can carry an answer, original case ('' when nothing is left). */
  text: string;
  /** text, lower-cased */
  low: string;
  /** Everything the unit says, lower-cased, answers or not (for "only asked as a question"). */
  readonly raw: string;
  /** Lower-cased label before a colon ("**Latency:** 80 ms" → "latency"), '' when none. */
  readonly label: string;
  /** Lower-cased text of the parent bullet, the label paragraph before a list, or a table header. */
  readonly parentText: string;
  readonly mode: Mode;
  /** DROP_* flags */
  flags: number;
  readonly uncommitted: boolean;
  readonly scopeList: boolean;
  /** List nesting depth (0 outside lists). */
  readonly depth: number;
  /** Index of the last unit nested under this one (itself when none). */
  lastDesc: number;
  /** Table rows: the cleaned cells. */
  readonly cells?: readonly string[];
}

export interface TableInfo {
  readonly line: number;
  readonly endLine: number;
  /** Lower-cased header cells. */
  readonly header: readonly string[];
  readonly headingIdx: number;
}

/** 'invalid': "mldesign-disable-nextline" and other misspellings (reported, not applied). */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'invalid';

export interface Directive {
  readonly line: number;
  readonly col: number;
  readonly endCol: number;
  /**
   * disable / enable: from this line on; disable-line: this line only; disable-next-line: the
   * line after the comment's end.
   */
  readonly kind: DirectiveKind;
  /** The directive as written after "mldesign-" ("disable-next-line"). */
  readonly name: string;
  /** Last line of the comment (a comment may span lines). */
  readonly endLine: number;
  /** Rule ids; empty = all rules. */
  readonly ids: readonly string[];
}

export interface ParsedDoc {
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly frontMatter?: FrontMatter;
  /** Line after the front matter (0 when none). */
  readonly bodyStartLine: number;
  readonly realHeadings: readonly Heading[];
  readonly headings: readonly DocHeading[];
  /** First heading (real or pseudo) naming each section. */
  readonly sectionAnchor: ReadonlyMap<SectionId, number>;
  /** Line of the H1 title (the single H1), if any. */
  readonly titleLine?: number;
  readonly units: readonly Unit[];
  readonly codeUnits: readonly Unit[];
  readonly tables: readonly TableInfo[];
  readonly directives: readonly Directive[];
  /** word key (stemKey) → indices of the units whose text contains it (ascending). */
  readonly index: ReadonlyMap<number, readonly number[]>;
  /**
   * The word keys each unit is indexed under (`index` inverted): its own words' keys, and those of
   * its short caption (parentText) when it has one (else undefined). Shared, never changed.
   */
  readonly unitKeys: readonly KeyList[];
  readonly unitCaptionKeys: ReadonlyArray<KeyList | undefined>;
  /** The doc is a copy of a public template (many of its lines match the template's). */
  readonly templateMode: boolean;
}

/** A table of contents' heading. */
const TOC_HEADING = /^(?:table of contents|contents|toc)$/;
const UNCOMMITTED_RE =
  /\((?:future|later|v2|phase (?:2|two|ii)|stretch|optional|tbd|not in v1|post[- ]mvp)\)$|\b(table of contents|^(?:contents|toc)$|^(?:(?:weekly|daily|kick-?off|team|project|planning) )?meeting (?:notes|updates|minutes|log)\b|^(?:weekly |daily )?(?:sync|stand-?up) (?:notes|updates)$|(?:will|is|are) not (?:be )?(?:closed|covered|addressed|solved|delivered|handled) (?:by|in)\b|future (?:[\w-]+ )?(work|improvements?|directions?|extensions?|iterations?|enhancements?|roadmap)|coming soon|^(?:possibly|optionally|perhaps) (?:also )?(?:add|include|introduce|implement|explore|try|consider)|^further (?:work|improvements?|development|enhancements?)$|(?:potential|possible) (?:future )?(?:improvements?|extensions?|enhancements?)|improvements? (?:that )?(?:could|can|might|may) (?:still )?be made|(?:planned |known )?tech(?:nical)? debt|(?:can|could|may|might) (?:also )?be (?:included|added) (?:in|to) (?:the|this) (?:doc(?:ument)?|design|proposal)|next steps|^(?:future|later) plans?\b|^(?:further |possible |potential )?improvements?$|^(?:further |possible |potential |future )?(?:improvement ideas|ideas for (?:improvement|the future|future work))$|^what(?:'s| is)? next\??$|^what (?:i|we)(?:'d| would| will)? (?:do|build|add|change|improve) next\b|^(?:further|future) (?:steps|ideas)$|maybe(?: later)?|^later\b|later (?:phases?|versions?|ideas|improvements)|wish ?list|someday|stretch goals?|open (questions|issues|items|problems)|not committed|uncommitted|out[- ]of[- ]scope|non[- ]?goals|not in scope|nice[- ]to[- ]haves?|parking lot|^(?:[\w-]+ )?backlog\b|\bbacklog$|unknowns|unresolved|undecided|still open|(?:haven'?t|have not|hasn'?t|not yet) (?:worked out|decided|figured out|settled|resolved)|todo|to-do|(?:didn'?t|did not|never) get to|ran out of time|(?:hadn'?t|had not|didn'?t have|did not have|had no|not enough) (?:the |enough )?time (?:to|for)\b|(?:with|if i had|if we had|given) (?:more|extra) time|not covered|left out|not doing|won'?t do|will not do|(?:interviewer|reviewer|panel|coach|peer)'?s? (?:feedback|notes|comments|critique)|feedback (?:from|by) (?:the |my )?(?:interviewer|reviewer|panel|coach)|self[- ](?:review|assessment|critique)|what (?:i|we) missed|post[- ]?mortem of (?:the|my) (?:answer|interview|session))\b/;
/** A section of citations and links (or a company blog's "Join us" footer): what it lists is read, not designed. */
const REFERENCES_HEADING = /^(?:references?|bibliography|citations|works cited|further reading|reading list|(?:useful |related )?links|contributors|(?:relevant|related|further|additional|background|useful) (?:materials?|reading|resources|papers|articles|topics|guides|docs|documents|documentation)|see also|footnotes|sources cited|acknowledg(?:e)?ments?|credits|related works?|prior works?|previous works?|literature(?: review| survey)?|research (?:foundations?|background|basis)|prior research|related research|(?:(?:team|individual|member|group|author) )?contributions?(?: (?:by|of|from) [\w .'-]{1,30})?:?|who was involved\??|troubleshooting|quick (?:solutions|fixes)|join us|we(?:'| a)re hiring|about (?:the )?authors?|about us|careers?|contacts?|contact (?:us|info(?:rmation)?|details|persons?)|maintainers?|(?:project )?authors?)$/;
/** A references heading that credits people, not works ("Team Contributions", "Contributors", "Credits"). */
const CREDITS_HEADING = /^(?:(?:team|individual|member|group|author) )?contributions?\b|^(?:contributors|credits|maintainers?|(?:project )?authors?)$/;
/** A web address kept as its host (shortenAddresses): the footnote cites a page. */
const CITED_ADDRESS = /\b[a-z0-9-]+\.(?:com|org|io|net|dev|edu|gov|ai|co|uk|de|html?|pdf)\b|\bet al\b/;
/** The title of a collapsible (`<details><summary>…</summary>`), tags inside it allowed. */
/**
 * A heading's section, mode and commitment: its own when it names a section, else its parent's
 * (a sub-heading of "Evaluation" such as "Offline" keeps the parent's section and sets its mode).
 */
function underParent(norm: string, own: readonly SectionId[], unc: boolean, parent: DocHeading | undefined, parentIsTitle = true): Pick<DocHeading, 'eff' | 'mode' | 'uncommitted' | 'scopeList'> {
  const inherit = own.length === 0;
  return {
    eff: inherit ? (parent?.eff ?? []) : own,
    mode: modeOf(norm) ?? (!inherit && !own.includes('evaluation') ? undefined : parent?.mode),
    // (not from a table of contents: "# Table of Contents" then "## Anomalies Detection" as the next
    // headings is a heading level slip, the sections below are the doc's own)
    // (a sub-heading that names a section, "## Technical debt & roadmap" > "#### Online learning", is
    // still the work put off; not under the doc's title, "# Backlog triage model"; a later top-level
    // "# Future Work" over "## 1. The models should be re-trained at regular intervals" is no title)
    uncommitted: unc || ((inherit || (parent?.level ?? 1) >= 2 || !parentIsTitle) && (parent?.uncommitted ?? false) && !TOC_HEADING.test(parent?.norm ?? '')),
    scopeList: SCOPE_LIST_RE.test(norm) || (inherit && (parent?.scopeList ?? false)),
  };
}

let unescapeAll: ((s: string) => string) | undefined;
const SUMMARY_TAG = /<summary\b[^>]*>([\s\S]{1,400}?)<\/summary\s*>/i;
/** HTML blocks whose text is read: lists, paragraphs and table rows (not scripts, styles or <pre>). */
const HTML_TEXT_TAG = /<(?:li|p|aside|div|details|section|blockquote|center|figure|dd|tr)\b/i;
const MAX_HTML_TEXT = 100_000;
/**
 * A block that opens with a lone tag and goes on as prose ("<br>" then "We used a clustering approach
 * …", "<img src=…>" then a caption paragraph): CommonMark makes the whole paragraph HTML. Not code,
 * styles, comments or markup of its own (script, style, pre, svg, math).
 */
const NOT_PROSE_HTML = /^\s*<(?:script|style|pre|textarea|svg|math|!|\?)/i;
function proseAfterTag(content: string): boolean {
  return !NOT_PROSE_HTML.test(content) && /[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}/i.test(tagsStripped(content));
}
/** Elements whose text is not read (scripts, styles, code, a collapsible's summary). */
const HTML_SKIP_OPEN = /<!--|<(script|style|pre|code|summary|svg)\b/gi;
/** Where a new piece starts (bounded: an unclosed "<li" never scans the whole block). */
const HTML_BREAK = /<(\/?)(li|p|br|div|ol|ul|h[1-6]|details|blockquote|dd|dt|section|aside|figure|center|tr|table|thead|tbody|tfoot)\b[^<>]{0,400}>/gi;
/** A table cell's edge: an HTML row is read as "first cell: other cells | …", as a Markdown row is. */
const HTML_CELL = /<\/?t[dh]\b[^<>]{0,400}>/gi;

/** `content` with skipped elements blanked (line breaks kept), in time linear in its length. */
function blankSkipped(content: string): string {
  const low = content.toLowerCase();
  let out = '';
  let at = 0;
  HTML_SKIP_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_SKIP_OPEN.exec(content)) !== null) {
    if (m.index < at) continue;
    const close = m[1] ? low.indexOf(`</${m[1].toLowerCase()}`, m.index + m[0].length) : low.indexOf('-->', m.index + 4);
    const end = close < 0 ? content.length : m[1] ? Math.max(close, low.indexOf('>', close) + 1) : close + 3;
    out += content.slice(at, m.index) + content.slice(m.index, end).replace(/[^\n]/g, ' ');
    at = end;
    if (close < 0) break;
    HTML_SKIP_OPEN.lastIndex = end;
  }
  return out + content.slice(at);
}

/** An HTML fragment's text: tags dropped, white space collapsed. */
function tagsStripped(html: string): string {
  return html.replace(/<\/?[a-z][^<>]{0,400}>/gi, ' ').replace(/\s+/g, ' ').trim();
}

/** The text pieces of an HTML block, one per list item or paragraph, with their lines in the block. */
interface HtmlPiece {
  text: string;
  item: boolean;
  line: number;
  endLine: number;
  /** a table row's cells (tags stripped), else undefined */
  cells?: string[];
  /** a row of header cells only (<th>) */
  head?: boolean;
}
function htmlPieces(content: string): HtmlPiece[] {
  const src = blankSkipped(content);
  const out: HtmlPiece[] = [];
  let from = 0;
  let item = false;
  let lines = 0;
  let counted = 0;
  const flush = (to: number): void => {
    const raw = src.slice(from, to);
    const cells = /<t[dh]\b/i.test(raw) ? raw.split(HTML_CELL).map(tagsStripped).filter(Boolean) : [];
    const text = cells.length > 1 ? `${cells[0]}: ${cells.slice(1).join(' | ')}` : tagsStripped(raw);
    if (text.length < 2 || out.length >= 2000) return;
    const lead = raw.length - raw.trimStart().length;
    for (; counted < from + lead; counted++) if (src.charCodeAt(counted) === 10) lines++;
    let span = 0;
    const body = raw.trim();
    for (let k = 0; k < body.length; k++) if (body.charCodeAt(k) === 10) span++;
    out.push({ text, item, line: lines, endLine: lines + span, ...(cells.length > 1 ? { cells, head: !/<td\b/i.test(raw) } : {}) });
  };
  HTML_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_BREAK.exec(src)) !== null) {
    flush(m.index);
    from = m.index + m[0].length;
    const tag = m[2].toLowerCase();
    if (tag === 'li') item = m[1] === '';
    else if (tag === 'ol' || tag === 'ul') item = false;
  }
  flush(src.length);
  return out;
}
interface HtmlDraft {
  readonly item: boolean;
  readonly line: number;
  readonly endLine: number;
  readonly d: UnitDraft;
  /** a table row, read as a Markdown row is: its cells, its "Online"/"Offline" cell, the header above it */
  readonly row?: { readonly cells: string[]; readonly mode: Mode; readonly header: string };
}
const NO_HTML: readonly HtmlDraft[] = [];

/**
 * What an HTML block's list items and paragraphs say, drafted once and kept on its token (an
 * unchanged block is not read again on the next keystroke).
 */
function htmlDrafts(t: Token): readonly HtmlDraft[] {
  const known = t.meta as unknown as readonly HtmlDraft[] | null;
  if (known) return known;
  let out = NO_HTML;
  if (t.content.length <= MAX_HTML_TEXT && (HTML_TEXT_TAG.test(t.content) || proseAfterTag(t.content))) {
    const unescape = (unescapeAll ??= new MarkdownIt().utils.unescapeAll);
    const drafts: HtmlDraft[] = [];
    // "<tr><th>Metric</th><th>Type</th>…" then "<tr><td>Write-off $ per dispute</td><td>online</td>…":
    // an HTML table is read like a Markdown one (header, cells, an "Online" cell's mode)
    let header = '';
    for (const piece of htmlPieces(t.content)) {
      if (piece.cells && piece.head) {
        header = piece.cells.map((c) => unescape(c).toLowerCase()).join(' | ');
        continue;
      }
      if (piece.cells) {
        const row = draftRow(piece.cells.map((c) => rowCell(unescape(c))), 0);
        if (row.unit) drafts.push({ item: false, line: piece.line, endLine: piece.endLine, d: row.unit, row: { cells: row.cells, mode: row.mode, header } });
        continue;
      }
      drafts.push({ item: piece.item, line: piece.line, endLine: piece.endLine, d: plainLineDraft(unescape(piece.text)) });
    }
    out = drafts;
  }
  (t as { meta: unknown }).meta = out;
  return out;
}
/** A quoted interview prompt: the task the doc answers. */
const QUOTED_TASK = /\b(?:design|build|create|propose|architect) (?:an? |the |your )?(?:[\w-]+ ){0,3}(?:system|model|service|pipeline|solution|feature|product|platform|classifier|recommender|ranker)\b/i;
/**
 * A paragraph that opens as a wish ("With more time and resources, the first component to improve would be …"), or as what was
 * not done ("We did not manage to implement monitoring for our deployed model. … It could provide insights into the accuracy"): all of it is future work.
 */
const FUTURE_LEAD = /^[\s*_>-]*(?:with|if (?:i|we) had|given|had (?:i|we) had) (?:more|extra|additional|enough|unlimited|infinite) (?:time|resources|data|budget|compute|funding)\b|^[\s*_>-]*(?:as |for )?future work\b|^[\s*_>-]*(?:we|i) (?:did not|didn'?t|never|could not|couldn'?t) (?:manage to |get to |have (?:the )?time to |find (?:the )?time to )(?:implement|set up|build|add|deploy)\b/;
/** A paragraph that ends by putting off what it just said ("… check every now and then … Maybe this is a topic for a future blog though."). */
const DEFERRED_TAIL = /\b(?:maybe|perhaps|probably) (?:this|that|it)(?: is|'s| will be| would be| could be) (?:a (?:topic|subject|story|post)|something|one) for (?:a |another |the |some )?(?:future|later|next|separate|follow-up|different) (?:blog(?: post)?|post|article|write-?up|time|day|project|iteration)\b/i;
/** A paragraph that ends by putting itself out of scope ("… (pruning, quantization). Out of scope for this design document."). */
const OUT_OF_SCOPE_TAIL = /(?:^|[.!]\s+)(?:(?:this|that|it) is |(?:these|those|they) are )?(?:out of|outside(?: (?:the|of))?) (?:the )?scope(?: (?:for|of) (?:this|the) (?:design )?(?:doc(?:ument)?|project|work|version|iteration|milestone|assignment|mvp))?\s*[.!]?\s*$/i;
/** A list of skills the author gained ("I got hands-on experience in webscraping, EDA, …, cross validation"): tools named, no design. */
const SKILLS_LEAD = /^[\s*_>-]*(?:i|we) (?:got|gained|have gained|acquired|developed|picked up) (?:some |a lot of |lots of |more |much |valuable )?(?:hands-on |practical |real-world |first-hand )?(?:experience|exposure|practice|skills|proficiency) (?:in|with|of|using)\b/i;
/** A "Risks" section: a bare name in it ("Model quality", "Training time") names a risk, it commits to nothing. */
/** A glossary ("Terms and explanations", "Glossary"): each entry defines a word, it commits to nothing. */
const GLOSSARY_HEADING = /^(?:glossary|terminology|vocabulary|key terms|abbreviations|acronyms|(?:terms|notions|concepts) (?:and|&) (?:explanations|definitions|abbreviations))(?: (?:and|&) (?:abbreviations|acronyms|definitions))?$/;
const RISKS_HEADING = /^(?:(?:main |key |known |potential )?risks?|uncertaint(?:y|ies)|concerns)(?: (?:(?:and|&) (?:uncertaint(?:y|ies)|concerns|mitigations?)))?$/;
/** Text made only of words: no number or punctuation (with at most 4 words a line, a list of names). */
const BARE_WORDS = /^[a-z][a-z/&-]*(?: [a-z][a-z/&-]*)*$/i;

/** Is a unit of `lines` lines with this text only names ("Model quality\nTraining time")? */
function bareNames(raw: string, lines: number): boolean {
  if (!BARE_WORDS.test(raw)) return false;
  let words = 1;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 32) words++;
  return words <= 4 * lines;
}
/** A limitation of a prototype with what a real deployment would need ("The service doesn't have any external logging. In a real deployment, it is absolutely necessary to log predictions …"): a gap owned up to, nothing done. */
const LIMITATION_LEAD = /^[\s*_>-]*(?:the|this|our|my) (?:service|system|prototype|app|application|api|pipeline|project|solution|implementation|deployment|demo|poc) (?:currently )?(?:doesn'?t|does not|do not|don'?t) (?:have|include|support|provide|do|offer) (?:any|an?|the)\b[^.!]{0,80}[.!]\s+(?:[^.!]{0,40}\b)?(?:in (?:a |an )?(?:real|production|proper|full|real-world|productionized) (?:deployment|system|setting|scenario|environment|world|version)|(?:truly|properly|really) (?:scal\w*|deploy\w*|productioni[sz]\w*)\b[^.!]{0,30}\bwould (?:require|need)|a (?:production|real) (?:version|deployment|system) would)\b/i;
/** What production would still need ("Production deployment would still require governed ingestion, scheduled scoring, …"): a gap listed, nothing done. */
const PRODUCTION_WOULD_NEED = /^[\s*_>-]*(?:a |the )?(?:(?:production|real|full|live)(?: deployment| version| system| rollout| use)?|(?:deploying|taking|moving) (?:this|it|the (?:model|system|solution)) (?:to|into) production) would (?:still |also |additionally )?(?:require|need)\b/i;
const UNCONFIRMED_TAG = /[[(]\s*(?:unconfirmed|not confirmed|to be confirmed|tbc|unverified|not verified)\s*[\])]/i;

/** Does a unit's text alone hold it back: a guess, future work, skills gained, a topic deferred or put out of scope? */
/** A caption over a list of what is wrong with something ("**Problems**:", "Limitations:", "Pain points"). */
const PROBLEMS_CAPTION = /^(?:(?:main |key |known |current )?(?:problems?|issues|limitations?|drawbacks?|pain ?points?|weaknesses|shortcomings|downsides?|cons))\s*:?$/i;
/** A caption over options weighed and not taken ("**Alternative:**", "What I rejected:", "Considered alternatives:", "Bad Solution"). */
const REJECTED_CAPTION = /^(?:(?:other |considered |rejected )?alternatives?(?: considered| rejected)?|what (?:i|we) rejected|rejected(?: options?| alternatives?| approaches?)?|(?:options?|approaches?) (?:considered and )?rejected|not chosen|ruled out|bad (?:solutions?|approach(?:es)?|ideas?|options?|answers?|designs?)|wrong (?:answers?|approach(?:es)?)|anti-?patterns?|what not to do)\s*:?$/i;
/** A problem said with its fix ("… → we retrain nightly", "mitigated by …"). */
const PROBLEM_HANDLED = /\b(?:we (?:will|would|handle|mitigate|address|fix|solve)|mitigat\w*|(?:fixed|solved|handled|addressed|avoided|prevented) (?:by|with|via|through))\b|→|->|=>/i;
/** A bullet of an answer outline: "Discuss …", "Cover …", "Explain how …", "Address …". */
const TALKING_POINT = /^[\s*_>-]*(?:discuss|cover|explain|address|mention|talk about|describe|highlight|walk through|bring up|touch on)\b/i;
/** "The tempting answer is: train a model that predicts …. That answer fails": a strawman set up to be knocked down. */
const STRAWMAN_LEAD = /^[\s*_>-]*(?:the |a |an )?(?:tempting|straw-?man|straw man) (?:answer|approach|solution|idea|design|version|option|first answer)s? (?:is|would be|was)\b/i;
function heldBack(raw: string): boolean {
  return UNCONFIRMED_TAG.test(raw) || FUTURE_LEAD.test(raw) || STRAWMAN_LEAD.test(raw) || LIMITATION_LEAD.test(raw) || PRODUCTION_WOULD_NEED.test(raw) || SKILLS_LEAD.test(raw) || DEFERRED_TAIL.test(raw) || OUT_OF_SCOPE_TAIL.test(raw);
}
const SCOPE_LIST_RE = /\b(out[- ]of[- ]scope|non[- ]?goals|not in scope|in[- ]scope|not doing|won'?t do|will not do|will not be (?:closed|covered|addressed|solved|delivered|handled) (?:by|in))\b/;
/**
 * A reviewer's list of what the answer lacked ("Missed: monitoring, rollout"), or a label that puts
 * what follows off ("Nice to have: drift detection", "Future work: …"): nothing in it is committed to.
 */
const GAPS_LABEL = /^(?:nice[- ]to[- ]haves?|future(?: work| improvements?| ideas)?|later|maybe(?: later)?|stretch(?: goals?)?|wish ?list|next steps?|what'?s next|what (?:comes|we'?d do|we would do|i'?d do|i would do) next|open (?:questions?|issues?|items?)|parking lot|backlog|someday|missed|missing|gaps?|not covered|didn'?t cover|did not cover|forgot|weak(?:nesses)?|to improve|needs? work|self[- ](?:review|assessment|critique)(?: \w+)?|(?:interviewer|reviewer|coach)'?s? (?:feedback|notes|comments)(?: \w+)?|post[- ]?mortem(?: to self| \w+)?|notes? to self|(?:chat ?gpt|gpt-?\d[\w.]*|claude|gemini|copilot|bard|(?:the |an )?llm) (?:said|says|suggested|suggests|recommended|recommends|proposed|proposes))$/;
/**
 * "Risks: potential data quality issues, model drift over time" names what could go wrong; nothing in
 * it is done unless it says how it is handled. So are a course's self-assessment lines ("Unit
 * requirements satisfied: Unit 4 (Train/Retrain model)", "Lecture link: …").
 */
const RISK_LABEL = /^(?:(?:potential|possible|known|main|key|major|open) )?(?:risks?|challenges|concerns|pitfalls|failure modes?|threats)$/;
const SELF_ASSESSMENT_LABEL = /^(?:unit )?requirements satisfied$|^lecture links?$/;
const MITIGATION = /\b(?:we|will|mitigat\w*|monitor\w*|alert\w*|check\w*|retrain\w*|handled?|address\w*|by|via|using|through)\b|→|->|=>/i;

/** Does a line's label put what it says off (a gap, a self-assessment, a risk with no handling)? */
function labelDefers(label: string, value: string): boolean {
  return GAPS_LABEL.test(label) || SELF_ASSESSMENT_LABEL.test(label) || (RISK_LABEL.test(label) && !MITIGATION.test(value));
}
/** "TODO: drift, retraining" is a reminder, not a label with an answer. */
const PLACEHOLDER_LABEL = /^(?:todo|tbd|tbc|tba|fixme|xxx|wip|placeholder|(?:@[\w.-]+ )?(?:to )?fill (?:this |me |it )?in|(?:@[\w.-]+ )?to (?:fill in|write|add|complete|decide)|to be (?:filled(?: in)?|written|decided|added))$/i;
/**
 * A "label" that is itself a statement introducing a block ("Batch scoring orchestrated by
 * Airflow:", "Features are computed nightly:"): a clause with a verb, of four words or more.
 */
const STATEMENT_LABEL = /\b(?:is|are|was|were|runs?|happens?)\b|\bas (?:an?|the|our|my) [a-z]|\b[a-z]{3,}ed (?:by|via|with|in|on|through|using|from|every|nightly|daily|hourly)\b/i;
/** A GitHub task-list box at the start of a list item: "[ ] ", "[x] ". */
const TASK_MARK = /^\s*\[[ xX]\]\s+/;
const TASK_ONLY = /^\s*\[[ xX]\]\s*$/;
const UNCHECKED_TASK = /^\s*\[ \]/;
/**
 * An unchecked task that already holds its specification ("[ ] A/B test: 50/50 by engineer id,
 * 2 weeks, primary = search success"): a decided plan waiting to be done, where a bare to-do
 * ("[ ] A/B test plan", "[ ] decide whether we need 6 months") is not. Two numbers or more.
 */
/** Acceptance criteria of a product doc: its unchecked boxes are what the release must meet. */
const ACCEPTANCE_HEADING = /\bacceptance criteria\b|\buser stor(?:y|ies)\b|\bdefinition of done\b/;
const ACCEPTANCE_CAPTION = /^[\s*_]*(?:acceptance criteria|definition of done)[\s*_]*:?[\s*_]*$/i;
const SPECIFIED_TASK = /\d[^\d]+\d/;
const OPEN_TASK = /\?|\b(?:decide|whether|tb[dca]|figure out|investigate|explore|check (?:if|with)|ask|confirm|estimate|evaluate if|maybe|perhaps)\b/i;

/** "… optimised by pruning and quantization. Out of scope for this project.": the paragraph puts itself off. */
const OUT_OF_SCOPE_END = /[.!;)]\s+(?:(?:this is|this part is|it is|that is|all (?:of )?this is|but) )?(?:out[- ]of[- ]scope|not in scope)(?: (?:for|of|in) (?:this|the|our) (?:project|doc(?:ument)?|design|work|iteration|version|v1|mvp|phase|course|assignment))?(?: (?:for now|yet))?[.!]?\s*$/;
/** "(out-of-scope this round) Choice of tools for monitoring …": a lead in parentheses puts the item off. */
const OUT_OF_SCOPE_LEAD = /^[\s*_]*\(\s*(?:out[- ]of[- ]scope|not in scope|future(?: work)?|later|stretch(?: goal)?|nice[- ]to[- ]have|not (?:done|implemented|started)(?: yet)?)\b[^)]{0,30}\)/;
const DIRECTIVE_RE = /<!--\s*mldesign-((?:disable|enable)[\w-]*)([^>]*?)-->/g;
const DIRECTIVE_KINDS: ReadonlySet<string> = new Set(['disable', 'enable', 'disable-line', 'disable-next-line']);

// Per-text memos. Between two lints of the same document (every keystroke in the editor) almost
// every paragraph is unchanged, so cleaning, hashing and word keys are looked up, not recomputed.
// Bounded: cleared when full.
const CACHE_LIMIT = 20000;
const cleanMemo = new Map<string, { kept: string; flags: number }>();
const keysMemo = new Map<string, KeyList>();

/**
 * A text's word keys, with what is read from them: kept with the list (which is memoised by text
 * and so shared between parses), not recomputed per lint.
 */
export interface KeyList {
  readonly keys: readonly number[];
  /** 128-bit filter of the keys, two bits per key (WordIndex) */
  readonly bloom: Uint32Array;
  /** the rule bits of the keys, set by the linter when first needed (lint/index.ts) */
  ruleBits?: Uint32Array;
  /** which watched keys (WordIndex) the list holds, one bit per watched key; valid when watchedFor = their count */
  watched: number;
  watchedFor: number;
}

function cleanCached(value: string, lower?: string): { kept: string; flags: number } {
  let c = cleanMemo.get(value);
  if (c === undefined) {
    c = cleanText(value, PROMPTS, lower ?? value.toLowerCase());
    if (cleanMemo.size >= CACHE_LIMIT) cleanMemo.clear();
    cleanMemo.set(value, c);
  }
  return c;
}

/**
 * A unit's whole text, lower-cased, with typos corrected, and its template hash (0 past 1,200
 * characters: templates are short lines and pasted assignment texts); the word keys of `raw` once asked. Memoised.
 */
interface TextFacts {
  readonly lowFull: string;
  readonly raw: string;
  readonly hash: number;
  keys: KeyList | undefined;
}
const factsMemo = new Map<string, TextFacts>();

function textFacts(text: string): TextFacts {
  let f = factsMemo.get(text);
  if (f === undefined) {
    const lowFull = text.toLowerCase();
    f = { lowFull, raw: fixTypos(lowFull), hash: text.length <= 1200 ? templateHash(text) : 0, keys: undefined };
    if (text.length <= 4000) {
      if (factsMemo.size >= CACHE_LIMIT) factsMemo.clear();
      factsMemo.set(text, f);
    }
  }
  return f;
}

/** The word keys of a text, not memoised (a unit's are kept with its TextFacts). */
function newKeyList(text: string): KeyList {
  const out: number[] = [];
  wordKeysInto(text, out);
  return { keys: out, bloom: bloomOf(out), ruleBits: undefined, watched: 0, watchedFor: -1 };
}

/** The word keys of a caption or table header (memoised by text). */
function wordKeys(text: string): KeyList {
  let list = keysMemo.get(text);
  if (list === undefined) {
    list = newKeyList(text);
    if (text.length <= 4000) {
      if (keysMemo.size >= CACHE_LIMIT) keysMemo.clear();
      keysMemo.set(text, list);
    }
  }
  return list;
}

export function modeOf(s: string): Mode {
  const off = s.includes('offline');
  const on = s.includes('online');
  if (off && !on) return 'offline';
  if (on && !off) return 'online';
  return undefined;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

interface InlineInfo {
  text: string;
  /** Bold lead ending with ':' or '?' (or followed by ':'), without the colon. */
  label: string | undefined;
  /** The whole paragraph is bold (a pseudo-heading candidate). */
  allBold: boolean;
  /** Some text is in italics and everything outside italics and bold is at most a "label:". */
  italicValue: boolean;
  html: Array<{ content: string; lineOffset: number }>;
  /** What it says as a top-level paragraph / in a list (paraDraft), once asked. */
  top?: ParaDraft;
  inList?: ParaDraft;
}

// ---------------------------------------------------------------------------------------------
// Block-only parse. markdownParser()'s configuration with only the core rules that build block
// tokens: inline tokens keep `.content` and `.map` but get no children. Most paragraphs, bullets
// and table cells are plain text (no emphasis, code, links, HTML, entities or escapes), and their
// text is what markdown-it's inline parse would give, read straight from the content; the others
// are inline-parsed one by one with the same parser (fillInline), exactly as the full parse would.

let blockMd: ReturnType<typeof MarkdownIt> | undefined;
export function blockParser(): ReturnType<typeof MarkdownIt> {
  if (!blockMd) {
    blockMd = new MarkdownIt({ html: true });
    blockMd.core.ruler.enableOnly(['normalize', 'block', 'strip_references'], true);
    useFastTokens(blockMd);
  }
  return blockMd;
}

interface BlockStateLike {
  level: number;
  tokens: Token[];
}
type BlockStateClass = new (...args: never[]) => BlockStateLike;

/**
 * markdown-it's published build sets each of a Token's 13 fields with Object.defineProperty, which
 * is most of the block parse's time. This instance's block state makes the same tokens (same
 * fields, in the same order, same prototype) with plain stores, and pushes them exactly as
 * StateBlock#push does. Only this instance is changed; if markdown-it's internals are not as
 * expected, it keeps the stock state.
 */
function useFastTokens(md: ReturnType<typeof MarkdownIt>): void {
  const block = md.block as unknown as { State: BlockStateClass };
  const Base = block.State;
  const sample = new MarkdownIt().parse('x', {})[0] as unknown as object | undefined;
  const proto = sample ? Object.getPrototypeOf(sample) : undefined;
  if (typeof Base !== 'function' || typeof (Base.prototype as { push?: unknown }).push !== 'function' || !proto) return;
  const FastToken = function (this: Record<string, unknown>, type: string, tag: string, nesting: number) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  } as unknown as new (type: string, tag: string, nesting: number) => Token;
  FastToken.prototype = proto;
  // the stock constructor's own fields, in order: if they differ, do not swap
  const probe = new (proto.constructor as new (a: string, b: string, c: number) => object)('t', '', 0);
  if (Object.keys(probe).join() !== Object.keys(new FastToken('t', '', 0)).join()) return;
  class FastState extends Base {
    push(type: string, tag: string, nesting: number): Token {
      const token = new FastToken(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  }
  block.State = FastState;
  useFastInlineState(md, FastToken);
}

interface InlineStateLike {
  pos: number;
  level: number;
  pending: string;
  pendingLevel: number;
  delimiters: unknown[];
  _prev_delimiters: unknown[][];
  tokens: Token[];
  tokens_meta: unknown[];
}
type InlineStateClass = new (src: string, md: unknown, env: unknown, out: Token[]) => InlineStateLike;

/**
 * The same for the inline parse of the paragraphs that need one (fillInline): its state is made
 * with plain stores (markdown-it's sets each of its 18 fields with defineProperty), and pushes
 * tokens made with plain stores, exactly as StateInline#push and #pushPending do. Kept only if its
 * fields come in the stock order and a sample with every kind of inline markup parses to the same
 * tokens; else the stock state stays.
 */
function useFastInlineState(md: ReturnType<typeof MarkdownIt>, FastToken: new (type: string, tag: string, nesting: number) => Token): void {
  const inline = md.inline as unknown as { State: InlineStateClass; parse: (s: string, md: unknown, env: unknown, out: Token[]) => void };
  const Base = inline.State;
  if (typeof Base !== 'function' || typeof (Base.prototype as { push?: unknown }).push !== 'function') return;
  const probe = new Base('x', md, {}, []) as unknown as Record<string, unknown>;
  const StockToken = probe['Token'];
  const FastInline = function (this: Record<string, unknown>, src: string, mdArg: unknown, env: unknown, outTokens: Token[]) {
    this.pos = 0;
    this.level = 0;
    this.pending = '';
    this.pendingLevel = 0;
    this.cache = {};
    this.backticks = {};
    this.backticksScanned = false;
    this.skipHtmlSpecial = false;
    this.linkLevel = 0;
    this.delimiters = [];
    this._prev_delimiters = [];
    this.Token = StockToken;
    this.src = src;
    this.env = env;
    this.md = mdArg;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = src.length;
  } as unknown as InlineStateClass;
  const proto = Object.create(Base.prototype) as Record<string, unknown>;
  proto.pushPending = function (this: InlineStateLike): Token {
    const token = new FastToken('text', '', 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = '';
    return token;
  };
  proto.push = function (this: InlineStateLike & { pushPending(): Token }, type: string, tag: string, nesting: number): Token {
    if (this.pending) this.pushPending();
    const token = new FastToken(type, tag, nesting);
    let tokenMeta: { delimiters: unknown[] } | undefined;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop() as unknown[];
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      tokenMeta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(tokenMeta);
    return token;
  };
  (FastInline as unknown as { prototype: unknown }).prototype = proto;
  // the stock state's own fields, in order: if they differ, do not swap
  if (Object.keys(probe).join() !== Object.keys(new FastInline('x', md, {}, []) as object).join()) return;
  const sample = '**Bold:** *em* _u_ `code` ~~del~~ [link](http://a.b "t") ![img](c.png) <b>x</b> <!-- mldesign-disable x --> &amp; &#35; \\* a\nb  \nc <https://x.y> ***both*** __x__';
  const stock: Token[] = [];
  inline.parse(sample, md, {}, stock);
  inline.State = FastInline;
  const fast: Token[] = [];
  inline.parse(sample, md, {}, fast);
  if (JSON.stringify(stock) !== JSON.stringify(fast) || stock.some((t, k) => Object.getPrototypeOf(t) !== Object.getPrototypeOf(fast[k]))) inline.State = Base;
}

/** Inline-parses one inline token into its children, as the core 'inline' and 'text_join' rules do. */
function fillInline(tok: Token, env: Record<string, unknown>): void {
  const md = blockParser();
  const children: Token[] = [];
  md.inline.parse(tok.content, md, env, children);
  // text_join: escapes and entities become text, adjacent text tokens are merged
  for (const c of children) if (c.type === 'text_special') c.type = 'text';
  let last = 0;
  for (let curr = 0; curr < children.length; curr++) {
    if (children[curr].type === 'text' && curr + 1 < children.length && children[curr + 1].type === 'text') {
      children[curr + 1].content = children[curr].content + children[curr + 1].content;
    } else {
      if (curr !== last) children[last] = children[curr];
      last++;
    }
  }
  children.length = last;
  tok.children = children;
}

/**
 * Could markdown-it's inline rules make of `s` anything but its own characters (line breaks
 * aside)? Emphasis, strikethrough, code spans, escapes and links start with one of \ ` ~ * _ [;
 * entities with & + letter or #; HTML and autolinks with < + a non-space and a later >.
 */
function needsInline(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e) continue;
    switch (c) {
      case 0x5c: // \
      case 0x60: // `
      case 0x7e: // ~
      case 0x2a: // *
      case 0x5f: // _
      case 0x5b: // [
        return true;
      case 0x26: { // &
        const n = s.charCodeAt(i + 1) | 0x20;
        if (n === 0x23 || (n >= 0x61 && n <= 0x7a)) return true;
        break;
      }
      case 0x3c: { // <
        const n = s.charCodeAt(i + 1);
        if (n === 0x20 || n === 0x09 || n === 0x0a || Number.isNaN(n)) break;
        if (s.indexOf('>', i + 1) >= 0) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

/**
 * The inline text of plain content (needsInline false): each line break is one space, with the
 * spaces before it and the spaces and tabs after it dropped (markdown-it's 'newline' rule).
 */
/** Longest line read as a statement of its own (lineJoin): prose wraps at 72–100 characters. */
const SHORT_LINE = 50;
/**
 * What a soft line break inside a paragraph becomes. Notes written one statement per line ("What is
 * the main Business objective?" / "Increase ticket sales" / "How many users? 100 million DAU") keep
 * their lines apart: a short line with no closing punctuation, followed by a line that starts with a
 * capital letter, ends its sentence there (". "), so that an answer is not read as part of the next
 * question. Prose wrapped at a width (longer lines, or the next line going on in lower case) is
 * joined with a space. `next` is the char code the next line starts with.
 */
function lineJoin(line: string, next: number): string {
  if (line.length === 0 || line.length > SHORT_LINE || next < 0x41 || next > 0x5a) return ' ';
  return /[\p{L}\p{N})%*_`'"’”]$/u.test(line) ? '. ' : ' ';
}
/** The char code the first text after children[k] starts with (-1 when none): what a line break is followed by. */
function firstCharOf(children: readonly Token[], k: number): number {
  for (; k < children.length; k++) {
    const c = children[k];
    if (c.type === 'softbreak' || c.type === 'hardbreak') return -1;
    if (c.type !== 'text' && c.type !== 'code_inline') continue;
    const t = c.content.trimStart();
    if (t !== '') return t.charCodeAt(0);
  }
  return -1;
}

function plainInline(s: string): string {
  let nl = s.indexOf('\n');
  if (nl < 0) return s;
  let out = '';
  let from = 0;
  while (nl >= 0) {
    let end = nl;
    while (end > from && s.charCodeAt(end - 1) === 0x20) end--;
    const line = s.slice(from, end);
    from = nl + 1;
    while (from < s.length && (s.charCodeAt(from) === 0x20 || s.charCodeAt(from) === 0x09)) from++;
    out += line + lineJoin(line, s.charCodeAt(from));
    nl = s.indexOf('\n', from);
  }
  return out + s.slice(from);
}

/**
 * What a paragraph or cell says (readInlineNow), kept on its inline token: tokens of unchanged
 * text are reused from one parse to the next (blocks.ts), and so is this.
 */
function readInline(inline: Token | undefined, env: Record<string, unknown>): InlineInfo {
  if (!inline || inline.type !== 'inline') return readInlineNow(inline, env);
  const kept = inline.meta as unknown as InlineInfo | null;
  if (kept !== null && kept !== undefined) return kept;
  const info = readInlineNow(inline, env);
  (inline as { meta: unknown }).meta = info;
  return info;
}

/** A number set in TeX math ("Scale: $100$ million users", "$40$k requests per second"): the number, not dollars. */
const MATH_NUMBER = /(?<![\w$\\])\$(\d[\d.,]*)\$/g;
function unmath(s: string): string {
  return s.includes('$') ? s.replace(MATH_NUMBER, '$1') : s;
}

/** The marker line of a GitHub alert ("[!NOTE]", "[!WARNING]"). */
const ALERT_MARK = new RegExp(String.raw`^\s*\[!(?:${ALERT_KINDS})\][ \t]*(?:\n|$)`, 'i');

function readInlineNow(inline: Token | undefined, env: Record<string, unknown>): InlineInfo {
  const info: InlineInfo = { text: '', label: undefined, allBold: false, italicValue: false, html: [] };
  if (!inline || inline.type !== 'inline') return info;
  if (!needsInline(inline.content)) {
    info.text = unmath(plainInline(inline.content.replace(ALERT_MARK, '')));
    return info;
  }
  fillInline(inline, env);
  const children = inline.children ?? [];
  // a GitHub alert's marker ("> [!NOTE]" on its own line) is not part of what the quote says
  let from = 0;
  if (children[0]?.type === 'text' && ALERT_MARK.test(children[0].content)) from = children[1]?.type === 'softbreak' || children[1]?.type === 'hardbreak' ? 2 : 1;
  let text = '';
  /** where the current line starts in `text` */
  let lineStartAt = 0;
  let lineOffset = from === 2 ? 1 : 0;
  let strongDepth = 0;
  let lead: string | undefined;
  let leadOpen = false;
  let leadDone = false;
  // the bold lead stands on its own line ("**Value Proposition**" then a line break)
  let leadBreak = false;
  let leadClosedAt = -1;
  let boldChars = 0;
  let plainChars = 0;
  let emDepth = 0;
  let emChars = 0;
  let outside = '';
  // struck-through text ("~~p99 50 ms~~ **p99 120 ms**") is a decision taken back: not read
  let struck = 0;
  for (let k = from; k < children.length; k++) {
    const c = children[k];
    if (struck > 0 && c.type !== 's_close' && c.type !== 's_open' && c.type !== 'softbreak' && c.type !== 'hardbreak') continue;
    switch (c.type) {
      case 's_open':
        struck++;
        break;
      case 's_close':
        struck = Math.max(0, struck - 1);
        break;
      case 'text':
      case 'code_inline':
        // (markdown-it puts an empty text token between the bold's close and the line break)
        if (leadClosedAt === k - 1 && c.type === 'text' && c.content.trim() === '') leadClosedAt = k;
        text += c.content;
        if (strongDepth > 0) boldChars += c.content.trim().length;
        else plainChars += c.content.trim().replace(/^[:.\s]+$/, '').length;
        if (emDepth > 0) emChars += c.content.trim().length;
        else if (strongDepth === 0) outside += c.content;
        if (leadOpen) lead = (lead ?? '') + c.content;
        else if (!leadDone && c.content.trim() !== '' && !TASK_ONLY.test(text)) leadDone = true;
        break;
      case 'softbreak':
      case 'hardbreak':
        if (leadClosedAt === k - 1) leadBreak = true;
        // (a bold lead on its own line stays a label: "**Data sources**" then "Users table")
        text += leadBreak || leadOpen ? ' ' : lineJoin(text.slice(lineStartAt).trim(), firstCharOf(children, k + 1));
        lineStartAt = text.length;
        lineOffset++;
        if (leadOpen) lead = (lead ?? '') + ' ';
        break;
      case 'strong_open':
        strongDepth++;
        if (!leadDone && lead === undefined && (text.trim() === '' || TASK_ONLY.test(text))) leadOpen = true;
        break;
      case 'strong_close':
        strongDepth = Math.max(0, strongDepth - 1);
        if (leadOpen) {
          leadOpen = false;
          leadDone = true;
          leadClosedAt = k;
        }
        break;
      case 'em_open':
        emDepth++;
        break;
      case 'em_close':
        emDepth = Math.max(0, emDepth - 1);
        break;
      case 'html_inline':
        if (c.content.includes('mldesign-')) info.html.push({ content: c.content, lineOffset });
        break;
      default:
        break;
    }
  }
  info.text = unmath(text);
  info.allBold = boldChars > 0 && plainChars === 0;
  info.italicValue = emChars > 0 && /^\s*(?:[^:*_]{1,40}:)?[\s:.()-]*$/.test(outside);
  if (lead !== undefined) {
    const l = lead.trim();
    const rest = text.slice(text.indexOf(lead) + lead.length);
    if ((/[:?]$/.test(l) || /^\s*[:—–-]/.test(rest)) && !PLACEHOLDER_LABEL.test(l.replace(/[:]$/, '').trim())) {
      info.label = l.replace(/[:]$/, '').trim();
    } else if (/^[^.?!:]{2,40}\.$/.test(l) && l.split(/\s+/).length <= 4 && /\S/.test(rest) && !PLACEHOLDER_LABEL.test(l.slice(0, -1))) {
      // a bold run-in label ending in a period ("**Labels.** Units sold per week.") is a label too
      info.label = l.slice(0, -1).trim();
    } else if (leadBreak && /^[A-Za-z][^.?!:;,]{1,40}$/.test(l) && l.split(/\s+/).length <= 4 && /\S/.test(rest) && !PLACEHOLDER_LABEL.test(l)) {
      // a bold caption on its own line over its text ("**Value Proposition**" / "Eliminating manual collection …")
      info.label = l;
    }
  }
  return info;
}

/** "Latency: 80 ms" → ["Latency", "80 ms"]; undefined when the text has no short label. */
function splitPlainLabel(text: string): [string, string] | undefined {
  const limit = Math.min(text.length, 60);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    if (c === '(' && i > 0) {
      // one short parenthetical inside a label: "Goal (after prompting): …", "Latency (p99): …"
      const close = text.indexOf(')', i);
      if (close < 0 || close >= limit || /[:：(]/.test(text.slice(i + 1, close))) return undefined;
      i = close;
      continue;
    }
    if (c === '.' || c === '?' || c === '!' || c === '(' || c === '`' || (i === 0 && (c === '<' || c === '['))) return undefined;
    if (c === ':' || c === '：') {
      const next = text[i + 1];
      if (next !== undefined && next !== ' ' && next !== '\t') return undefined;
      const label = text.slice(0, i).trim();
      if (!label || label.split(/\s+/).length > 6 || PLACEHOLDER_LABEL.test(label)) return undefined;
      return [label, text.slice(i + 1).trim()];
    }
  }
  return undefined;
}

/** A heading's value after its label ("Endpoint: POST /predict" → "POST /predict"). */
const HEADING_VALUE = /^[^:]{1,40}?\s?:\s+(\S.{1,300})$/;
/**
 * A heading written as prose ("### The data used for this analysis was sourced from XXX. It was extracted
 * as a set of .csv files, containing 901116 entries and the following columns:"): two sentences, or 14
 * words and more, with a verb; what it says is read as a line of content too.
 */
function proseHeading(text: string): boolean {
  const words = text.split(/\s+/).length;
  // (a sentence, with its verb: not "occupation: Tech-support, Craft-repair, Sales, …", a list of values)
  return (words >= 14 || (words >= 8 && /\w[.!] +[A-Z]\w/.test(text))) && /\b(?:is|are|was|were|will|would|be|been|has|have|had|contains?|containing|consists?)\b/i.test(text);
}

/** A line of plain text read as a unit: "Label: value" split at its label, else the whole line. */
function plainLineDraft(text: string): UnitDraft {
  const split = splitPlainLabel(text);
  return draftUnit(text, split?.[0], split ? split[1] : text);
}

interface ListFrame {
  head: number; // unit index of the item's first paragraph, -1 until seen
  parentText: string;
  /** the unit whose raw text parentText is (its word keys are the caption's), else -1 */
  parentUnit: number;
  mode: Mode;
  uncommitted: boolean;
  scopeList: boolean;
  depth: number;
  eff?: readonly SectionId[]; // pseudo-section of a top-level list item
  effHeading?: number;
  sawParagraph: boolean;
}

/** "(approximately 1-2 paragraphs)", "(optional, half a page)": how much a template wants written. */
const LENGTH_HINT = /^\(\s*(?:approx(?:imately|\.)?|about|around|~|roughly|at most|max(?:imum)?|up to|optional[,;]?)?\s*(?:\d+\s*(?:-|–|to)\s*)?(?:\d+|one|two|three|half an?|a)\s*(?:paragraphs?|pages?|sentences?|lines?|words?|bullets?)\s*\)$/i;
const HINT_START = /^[\s(*_]*(?:e\.?g\.?|for example|for instance|such as|i\.e\.)[\s,:]/i;
/**
 * A template's hint line, not an answer: an example list or a length hint in parentheses, or in
 * italics ("(e.g. GDPR, PII handling)", "_(approx. 1-2 paragraphs)_", "*e.g. CTR, conversion*"), or a
 * short italic list of topics with no number ("*Data drift, model performance, alerts*", "_Data drift, model
 * performance, operational metrics, retraining cadence_"), or an instruction in italics.
 */
function isTemplateHint(value: string, italic: boolean, quote = false, label?: string): boolean {
  const v = value.trim();
  // a template's instruction used as a label ("> Describe the experiment design: unit, split…")
  // (not when the writer answered it: "Define the ML objective: Protect user privacy by blurring plates and faces")
  if (label !== undefined && isInstruction(label)) return !answersPrompt(v);
  // a template's example answer, quoted under its question ("> Example:\n> *We used … for …*")
  if (quote && label !== undefined && /^(?:an? )?example(?: answers?)?$/i.test(label.trim())) return true;
  // a grading rubric's level copied into the write-up ("[x] 4 points: Comprehensive model monitoring that sends alerts …")
  if ((label !== undefined && /^\d+ points?$/i.test(label.trim())) || /^(?:\[[ x]\]\s*)?\d+ points?\s*:/i.test(v)) return true;
  // an example answer with blanks left to fill in, quoted or in italics ("*… where we integrated ... and ... into our code.*")
  if ((quote || italic) && (v.match(/(?:^|[\s(])(?:\.\.\.|…)(?=[\s.,;:)]|$)/g)?.length ?? 0) >= 2) return true;
  // a quoted assignment question: "> You can take inspiration from this figure. Additionally in your own words, explain the overall steps"
  if (quote && /\byour?\b/.test(v) && /(?:^|[.;:]\s+|\b(?:please|also|additionally|then|and),?\s+(?:in your own words,?\s+)?)(?:explain|describe|include|list|discuss|state|justify|elaborate on|make sure to|remember to)\s+(?:the|your|how|why|what|which|in|a|an|any)\b/i.test(v)) return true;
  if (!v || v.length > 160) return false;
  if (/^\(/.test(v) && /\)\s*$/.test(v) && (HINT_START.test(v) || LENGTH_HINT.test(v))) return true;
  // guidance quoted under a heading ("> e.g. GDPR, PII handling, consent")
  if (quote && HINT_START.test(v)) return true;
  if (!italic) return false;
  if (HINT_START.test(v)) return true;
  // a prompt in italics with its examples, awaiting an answer ("_Privacy / compliance considerations (e.g. GDPR, PII):_")
  if (/:\s*$/.test(v) && (/\((?:e\.g\.?|eg|i\.e\.|for example|such as)[\s,]/.test(v) || /\([^()]*,[^()]*\)\s*:\s*$/.test(v))) return true;
  // an instruction in italics ("_list features and how they are processed_")
  if (/^(?:please )?(?:list|describe|explain|add|fill in|state|provide|specify|outline|summari[sz]e|enumerate|justify|note down|write)\s+(?!of\b)[a-z]/i.test(v)) return true;
  const words = v.split(/\s+/).length;
  return !/\d/.test(v) && /,/.test(v) && (words <= 6 || (words <= 12 && (v.match(/,/g)?.length ?? 0) >= 2));
}

/**
 * A paragraph of options closed by "… It is to be noted that we did not implement their
 * resolutions.": everything it weighed was left undone.
 */
const NOT_DONE_TAIL = /[.!]\s+(?:in the interest of time|for (?:time|brevity)(?: reasons)?|due to time(?: constraints)?),?\s+(?:we|i|the team) (?:decided|chose|opted) to (?:forgo|skip|leave out|drop|omit) (?:some |many |most |all |several )?(?:of )?(?:these|them|those)(?: steps| things| parts| items| concerns)?\b[^.!?]{0,60}[.!]?\s*$|[.!]\s+(?:(?:it is to be noted|note|however|but),? (?:that )?)?(?:we|i|the team) (?:did not|didn'?t|have not|haven'?t|never|could not|couldn'?t) (?:yet )?(?:get to |actually )?(?:implement(?:ed)?|build|built|address(?:ed)?|act(?:ed)? on|pursue[d]?) (?:any of )?(?:these|them|those|this|that|it|their [\w-]+|the (?:above|resolutions|solutions|fixes|ideas|options))\b[^.!?]{0,60}[.!]?\s*$|[.!,;]\s+(?:but |however,? )?(?:we|i|the team) (?:did not|didn'?t|have not|haven'?t|had no|ran out of) (?:have |get |find )?(?:the |enough )?time (?:for|to do|to implement|to build|to finish) (?:this|it|that|these|them)\b[^.!?]{0,20}[.!]?\s*(?:[:;][()/|\\dpo]+\s*)?$/i;
// ("*Learning Mode:* I did not implement this, but … you could create a feedback loop": an idea left undone)
const UNREACHED = new RegExp(String.raw`^\s*[(—–:-]?\s*(?:${NOT_REACHED}|skipped|not (?:yet )?implemented|(?:i|we|the team) (?:did not|didn'?t|have not|haven'?t|never) (?:yet )?(?:get to |actually )?(?:implement(?:ed)?|build|built|finish(?:ed)?|complete[d]?) (?:this|that|it)\b)`, 'i');

/** Who asks in Q&A notes and transcripts: "Q", "Q3", "Q (Anika)", "Interviewer", "Reviewer". */
const ASKER_LABEL = /^(?:q|q\d{1,2}|question|interviewer|reviewer|panel(?:ist)?)(?:\s*\([^)]{0,40}\))?$/;

/** The start of a paragraph that takes the one before it back. */
const RETRACTION = /^(?:(?:actually|hmm+|wait|no|ok(?:ay)?|sorry)[,.!]?\s*)?(?:scratch that|strike that|on second thought|i take (?:that|it) back|correction\s*:|let me (?:correct|revise) (?:that|myself))\b/;

/** A table-of-contents entry: a link to a heading of the same page. */
const TOC_ENTRY = /^\s*\[[^\]]*\]\(#[^)\s]*\)\s*$/;

/** An answer slot of a quoted Q&A template: "> Answer:" alone on its line, bold or not. */
const ANSWER_SLOT = /^[*_]{0,2}answer[*_]{0,2}\s*:[*_]{0,2}[ \t]*(?:\n|$)/i;

/**
 * The token index of the answer slot in the blockquote opened at `open` (course report templates quote
 * each question with its length hint and an example answer, then "> Answer:"; the answer follows), or -1.
 * Only a slot after some prompt counts: a quote that opens with "Answer:" is the answer itself.
 */
function answerSlot(tokens: readonly Token[], open: number): number {
  let depth = 0;
  let prompt = false;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'blockquote_open') depth++;
    else if (t.type === 'blockquote_close' && --depth === 0) return -1;
    else if (t.type === 'inline') {
      if (ANSWER_SLOT.test(t.content)) return prompt ? k : -1;
      prompt = true;
    }
  }
  return -1;
}

/** The header of a table of installed packages and their versions. */
const DEPENDENCY_TABLE = /^(?:python |pip |npm )?(?:packages?|librar(?:y|ies)|modules?|dependenc(?:y|ies)|libs?|package name|library name) \| (?:versions?|ver\.?|installed version|required version|version used)(?: \| [^|]*)?$/;

/** The unit says nothing that counts: a template hint (DROP_TEMPLATE) or the asker's words (DROP_QUESTION). */
function dropUnit(u: Unit, flag: number): void {
  u.text = '';
  u.low = '';
  u.flags |= flag;
}

/** Mermaid lines that only declare or style: no words of the design in them. */
const DIAGRAM_SYNTAX_LINE = /^\s*(?:%%|(?:flowchart|graph|sequencediagram|statediagram(?:-v2)?|classdiagram|erdiagram|gantt|pie|journey|mindmap|timeline|quadrantchart|gitgraph|c4\w*|block-beta|sankey-beta|xychart-beta|architecture-beta)\b|(?:subgraph|end|style|classdef|class|click|linkstyle|direction|dateformat|axisformat|tickinterval|excludes|todaymarker|autonumber|participant|actor|activate|deactivate|title|section)\b\s*(?:$|[\w-]+\s*$))/i;

/** "A->>B: text", "Svc-->>+DB: text", "A-)B: text", "A-xB: text": a sequence diagram's message, its text in group 1. */
const SEQUENCE_MESSAGE = /^\s*[\w ]+?\s*(?:-{1,2}>>?|-{1,2}[x)])\s*[+-]?\s*[\w ]+?\s*:\s*(.*)$/;
/** Cheap necessary condition for diagramText: three runs of two or more letters. */
const THREE_WORDS = /[a-z]{2}[^]*?[^a-z][a-z]{2}[^]*?[^a-z][a-z]{2}/i;

/**
 * The words a diagram line says, without its syntax: node ids, brackets, quotes, arrows and
 * `<br/>` removed ("B[\"Split by MGRS tile\"] -->|never by patch| C" → "Split by MGRS tile never by
 * patch"; a sequence diagram's message only, a class diagram's member not at all); '' for
 * declarations and lines of fewer than three words.
 */
function diagramText(line: string): string {
  if (!THREE_WORDS.test(line) || DIAGRAM_SYNTAX_LINE.test(line)) return '';
  // a class diagram's member ("+score(candidateSkills: Map, jobSkills: Map): float"): code, not prose
  if (/^\s*[+\-#~][\w$]+\s*\(/.test(line)) return '';
  // a sequence diagram's message ("U->>CE: Request Resume Tips"): what it says is after the colon
  const message = SEQUENCE_MESSAGE.exec(line);
  const t = (message ? message[1] : line)
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/(?:^|\s|[>\]})|-])[A-Za-z_][\w-]*(?=\s*(?:\[|\(|\{|>|-->|---|==>|-\.|--|~~~|$|&|:::))/g, ' ')
    .replace(/:::[\w-]+/g, ' ')
    .replace(/<?[-=.ox]*(?:-->|==>|-\.->|->>|-->>|--x|--o|---|===|-\)|--)[-=.>ox)]*/g, ' ')
    .replace(/[[\](){}|"`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t.split(' ').filter((w) => /[a-z]{2,}/i.test(w)).length >= 3 ? t : '';
}

interface RowCell {
  readonly raw: string;
  readonly kept: string;
  readonly flags: number;
}

/** What a table row says (kept on its tr_open token, like ParaDraft). */
interface RowDraft {
  /** tokens from tr_open to tr_close */
  readonly span: number;
  /** undefined: the row says nothing at all */
  readonly unit: UnitDraft | undefined;
  readonly cells: string[];
  /** an "Offline" / "Online" cell */
  readonly mode: Mode;
}

/** A table cell's text, cleaned (Markdown and HTML tables alike). */
function rowCell(raw: string): RowCell {
  const c = cleanCached(raw);
  return { raw, kept: c.kept.trim(), flags: c.flags };
}

function draftRow(rowCells: readonly RowCell[], span: number): RowDraft {
  const none: RowDraft = { span, unit: undefined, cells: [], mode: undefined };
  if (rowCells.length === 0) return none;
  const full = rowCells.map((c) => c.raw).join(' | ');
  if (!full.replace(/[|\s]/g, '')) return none;
  let flags = 0;
  const keptCells: string[] = [];
  for (const c of rowCells) {
    flags |= c.flags;
    keptCells.push(c.kept);
  }
  let rowMode: Mode;
  const contentCells: string[] = [];
  for (const c of keptCells) {
    const lc = c.toLowerCase();
    // "Offline" / "Online" / "Guardrail" cells say what kind of row it is, not an answer
    if (/^(offline|online|guardrails?)(?: metrics?)?$/.test(lc)) {
      if (!lc.startsWith('guard')) rowMode = lc.startsWith('off') ? 'offline' : 'online';
      continue;
    }
    if (c.length > 0) contentCells.push(c);
  }
  // a template row ("| p99 latency | TODO ms |") whose value cells are all placeholders says nothing
  const valueless = keptCells.slice(1).every((c) => c.length === 0) && (flags & (DROP_PLACEHOLDER | DROP_TEMPLATE)) !== 0;
  const templateRow = valueless && (TEMPLATE_ROW_LABELS.has(templateHash(rowCells[0].raw)) || rowCells.slice(1).some((c) => c.kept === '' && (c.flags & DROP_TEMPLATE) !== 0));
  if (templateRow) flags |= DROP_TEMPLATE;
  // "| Drift monitoring | TBD |": a row whose every value is a placeholder commits to nothing
  const kept = templateRow || (valueless && keptCells.length >= 2) ? '' : contentCells.join(' | ');
  const rowLabel = keptCells.length >= 2 && keptCells[0] ? keptCells[0] : undefined;
  return { span, unit: draftUnit(full, rowLabel, full, { kept, flags }), cells: keptCells, mode: rowMode };
}

/** What a code block or Mermaid diagram says (kept on its token, like ParaDraft). */
interface CodeDraft {
  readonly lang: string;
  readonly kind: UnitKind;
  /** the scaffold's own example diagram */
  readonly scaffold: boolean;
  readonly low: string;
  readonly raw: string;
  /** the diagram's lines that say something (diagramText), by line within the block */
  readonly said: ReadonlyArray<{ readonly line: number; readonly unit: UnitDraft }>;
}

/** The line-comment marker of a fenced block's language. */
const COMMENT_MARKER = new Map<string, string>([
  ...['sql', 'psql', 'postgresql', 'mysql', 'hql', 'sparksql', 'bigquery', 'lua', 'haskell'].map((l): [string, string] => [l, '--']),
  ...['yaml', 'yml', 'python', 'py', 'bash', 'sh', 'shell', 'zsh', 'toml', 'ini', 'conf', 'hcl', 'terraform', 'tf', 'dockerfile', 'r', 'make', 'makefile', 'ruby', 'rb', 'perl', 'properties'].map((l): [string, string] => [l, '#']),
  ...['js', 'javascript', 'ts', 'typescript', 'go', 'java', 'scala', 'kotlin', 'kt', 'c', 'cpp', 'c++', 'cs', 'csharp', 'rust', 'rs', 'swift', 'proto', 'protobuf', 'jsonc', 'json5', 'groovy', 'dart'].map((l): [string, string] => [l, '//']),
]);

/** Languages of configuration blocks whose "key: value" lines are read (configEntries). */
const CONFIG_LANG = new Set(['yaml', 'yml', 'toml', 'ini', 'conf', 'properties']);
/** "  p99_latency_ms: 120   # at the gateway", "[serving]", "peak_qps = 900", "- name: drift_psi" */
const CONFIG_LINE = /^(\s*)(?:- )?([A-Za-z_][\w.-]{0,60})\s*[:=](?:\s+(.*?))?\s*$/;
/** A unit carried by a key's last word ("timeout_ms: 300" is 300 ms). */
const KEY_UNIT = /[_.-](ms|s|sec|secs|seconds|min|mins|minutes|h|hours|days|weeks|gb|tb|mb|pct|percent|usd|eur|qps|rps)$/;
/** A TOML / INI table header ("[retraining]"): the group of the keys after it. */
const CONFIG_SECTION = /^\s*\[([A-Za-z_][\w.-]{0,60})\]\s*$/;
/** A key as words ("p99_latency" → "p99 latency"). */
const keyWords = (key: string): string => key.replace(/[_.-]+/g, ' ').trim();

/**
 * A configuration block's settings as short lines of their own ("retraining: schedule: weekly" →
 * "retraining schedule: weekly", "p99_latency_ms: 120" → "p99 latency: 120 ms"), each at its line:
 * design docs put serving, alerting and retraining decisions in YAML. A key with nothing after
 * it names the group of the keys indented under it.
 */
function configEntries(content: string, said: Array<{ line: number; unit: UnitDraft }>, skipKeys?: RegExp, quotedKeys = false): void {
  const lines = content.split('\n');
  const path: Array<{ indent: number; key: string }> = [];
  // the indentation of a skipped metadata key whose nested keys are skipped with it ("image:" → "  feature: /a/b.png")
  let skipUnder = -1;
  for (let k = 0; k < lines.length && k < 2000; k++) {
    const raw = lines[k];
    if (skipUnder >= 0) {
      if (raw.trim() === '' || /^\s*/.exec(raw)![0].length > skipUnder) continue;
      skipUnder = -1;
    }
    // the document's own metadata in front matter ("title:", "owner:", "status:") says nothing of the design
    if (skipKeys !== undefined && skipKeys.test(raw)) {
      skipUnder = /^\s*/.exec(raw)![0].length;
      continue;
    }
    // a page setting's value: a file path, a web address, a flag or an anchor ("commits: '#'", "display: false")
    if (skipKeys !== undefined && FRONT_MATTER_SETTING.test(raw)) continue;
    const section = CONFIG_SECTION.exec(raw);
    if (section) {
      path.length = 0;
      path.push({ indent: -1, key: section[1] });
      continue;
    }
    const m = (quotedKeys ? QUOTED_KEY_LINE : CONFIG_LINE).exec(raw);
    if (!m) continue;
    const indent = m[1].length;
    while (path.length > 0 && path[path.length - 1].indent >= indent) path.pop();
    let key = m[2];
    // the value, without a trailing comment (read as a comment) or quotes
    // (identifiers read as words: "ipw_states_salary", "val_mape <= current")
    const at = k;
    let value = (m[3] ?? '').replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '').replace(/_/g, ' ').trim();
    if (/^[|>][+-]?\d?$/.test(value)) {
      // a block scalar ("privacy: >" and its indented lines): the lines are the value
      const text: string[] = [];
      let j = k + 1;
      for (; j < lines.length && (lines[j].trim() === '' || /^\s*/.exec(lines[j])![0].length > indent); j++) text.push(lines[j].trim());
      value = text.join(' ').replace(/\s+/g, ' ').trim();
      k = j - 1;
    }
    if (value === '' || /^[|>&*!]/.test(value) || (quotedKeys && /^[{[]$/.test(value))) {
      path.push({ indent, key });
      continue;
    }
    let unit = '';
    const u = KEY_UNIT.exec(key);
    if (u && /^[<>=≤≥~]*\s*\d[\d.,_]*$/.test(value)) {
      unit = ` ${u[1] === 'pct' || u[1] === 'percent' ? '%' : u[1]}`;
      key = key.slice(0, u.index);
    }
    const label = [...path.map((p) => keyWords(p.key)), keyWords(key)].join(' ');
    const text = `${label}: ${value}${unit}`;
    said.push({ line: at, unit: draftUnit(text, label, `${value}${unit}`) });
  }
}

/** A JSON object's or a Python dict's line: '  "p99_latency_ms": 120,', '"learning_rate": 0.05,  # per tree'. */
const QUOTED_KEY_LINE = /^(\s*)["']([A-Za-z_][\w.-]{0,60})["']\s*:\s*(.*?)\s*,?\s*(?:#.*)?$/;
/** Languages whose blocks hold JSON-like objects: only their quoted-key lines are read. */
const QUOTED_KEY_LANG = new Set(['json', 'jsonc', 'json5', 'python', 'py']);
/** A top-level Python assignment of a training setting: "loss = bce(y, p, weight=w)", "LR = 3e-4". */
const PY_SETTING = /^([A-Za-z_][\w.]{0,40})\s*=\s*(?!=)(.{1,200}?)\s*(?:#.*)?$/;
const PY_SETTING_NAME = /^(?:loss|loss_fn|criterion|objective|metric|eval_metric|optimi[sz]er|lr|learning_rate|epochs|n_epochs|batch_size|class_weights?|scale_pos_weight|pos_weight|sample_weights?|num_leaves|max_depth|n_estimators|neg_ratio|negatives_per_positive|test_size|split|cv|n_folds)$/i;

/**
 * A Python block's assignments of training settings ("loss = bce(y, sigmoid(logit), weight=w)"),
 * read like "loss: bce(…)" lines of the text, at their lines. Other code is not read.
 */
function pythonSettings(content: string, said: Array<{ line: number; unit: UnitDraft }>): void {
  const lines = content.split('\n');
  for (let k = 0; k < lines.length && k < 2000; k++) {
    const m = PY_SETTING.exec(lines[k]);
    if (!m || !PY_SETTING_NAME.test(m[1])) continue;
    const label = m[1].replace(/_/g, ' ').toLowerCase();
    const value = m[2].replace(/_/g, ' ');
    said.push({ line: k, unit: draftUnit(`${label}: ${value}`, label, value) });
  }
}

/** A plain block's "Latency:      p99 < 300 ms" line: a short label, a colon, a value. */
const PLAIN_ENTRY = /^\s*(?:[-*•]\s+)?([A-Za-z][\w /&()+'’.-]{0,40}?)\s*:\s+(\S.*?)\s*$/;
const PLAIN_LANG = new Set(['', 'text', 'txt', 'plain', 'plaintext']);

/**
 * A block with no language that is a list of "label: value" lines (numbers at a glance, a spec
 * sheet): each line is read like a short labelled line of the text, at its line. Only when such
 * lines are at least three and most of the block (an ASCII diagram or a log is not read).
 */
function plainEntries(content: string, said: Array<{ line: number; unit: UnitDraft }>): void {
  const lines = content.split('\n');
  const found: Array<{ line: number; label: string; value: string }> = [];
  let nonEmpty = 0;
  for (let k = 0; k < lines.length && k < 400; k++) {
    if (lines[k].trim() === '') continue;
    nonEmpty++;
    const m = PLAIN_ENTRY.exec(lines[k]);
    if (m && m[1].trim().split(/\s+/).length <= 6) found.push({ line: k, label: m[1].trim(), value: m[2] });
  }
  if (found.length < 3 || found.length * 2 < nonEmpty) return;
  for (const f of found) said.push({ line: f.line, unit: draftUnit(`${f.label}: ${f.value}`, f.label, f.value) });
}

/** A line of a text tree ("├─ features (same SQL as training)", "│   └── score", "+-- writes to Postgres"). */
const TREE_LINE = /^[\s│|]*(?:├|└|\+|\|)(?:─|-|—)+>?\s*(\S.*?)\s*$/;
const REPO_FILE_NOTE = /^[\w.\/-]+\s+(?:<-{1,2}\s|#\s?[a-z])/i;

/**
 * A block with no language drawn as a text tree (a pipeline or a repo layout: "Airflow (hourly)",
 * "├─ features …", "└─ score …"): each branch is read like a bullet of the text, at its line, and the
 * lines outside the branches (the roots) like short lines. Only when branches are at least three and
 * most of the block.
 */
function treeEntries(content: string, said: Array<{ line: number; unit: UnitDraft }>): void {
  const lines = content.split('\n');
  const found: Array<{ line: number; text: string }> = [];
  let nonEmpty = 0;
  let branches = 0;
  for (let k = 0; k < lines.length && k < 400; k++) {
    const raw = lines[k];
    if (raw.trim() === '' || /^[\s│|]*$/.test(raw)) continue;
    nonEmpty++;
    const m = TREE_LINE.exec(raw);
    if (m) branches++;
    const text = m ? m[1] : raw.trim();
    // "Pipfile.lock   <- Encrypted files list of python package.", "models-lnt   #Bucket to store model
    // information": a repository or bucket layout's note on a file or folder
    if (/[a-z]{2}/i.test(text) && !REPO_FILE_NOTE.test(text)) found.push({ line: k, text });
  }
  if (branches < 3 || branches * 2 < nonEmpty) return;
  for (const f of found) said.push({ line: f.line, unit: plainLineDraft(f.text) });
}

/**
 * A `diff` block that holds the design ("~ Latency: p99 120 ms → 80 ms", "+ Throughput: peak 6,500
 * messages/s"): its kept and added lines are read as lines of the text, continuation lines (indented
 * deeper) with the line they continue; removed lines ("- removed: per-language datasets") are not.
 */
function diffEntries(content: string, said: Array<{ line: number; unit: UnitDraft }>): void {
  const lines = content.split('\n');
  let cur: { line: number; text: string } | undefined;
  const flush = (): void => {
    if (cur && cur.text.trim().split(/\s+/).length >= 2) {
      said.push({ line: cur.line, unit: plainLineDraft(cur.text.replace(/\s+/g, ' ').trim()) });
    }
    cur = undefined;
  };
  for (let k = 0; k < lines.length && k < 2000; k++) {
    const raw = lines[k];
    if (/^(?:@@|\+\+\+ |--- |diff |index )/.test(raw)) {
      flush();
      continue;
    }
    const mark = raw[0];
    const body = mark === ' ' || mark === '+' || mark === '~' || mark === '!' || mark === '-' ? raw.slice(1) : raw;
    if (body.trim() === '') {
      flush();
      continue;
    }
    const removed = mark === '-';
    // deeper indentation continues the entry above (a removed entry's continuation is removed too)
    if (/^\s{3,}/.test(body) && cur !== undefined) {
      cur.text += ` ${body.trim()}`;
      continue;
    }
    if (/^\s{3,}/.test(body) && cur === undefined) continue;
    flush();
    if (!removed) cur = { line: k, text: body.trim() };
  }
  flush();
}

/** A front-matter line whose value is a path, a web address, a flag or an anchor: a setting of the page (numbers are kept: "lookup_p99_ms: 40"). */
const FRONT_MATTER_SETTING = /^\s*[\w-]+\s*:\s*["']?(?:(?:\.{0,2}\/|https?:\/\/|\{\{)\S*|true|false|null|~|#\S*)["']?\s*$/i;
/** Top-level front matter keys that describe the document, not the design. */
/** Front-matter keys that describe the page, not the design (R Markdown / Quarto / Jekyll / Hugo settings included: `output: html_document`). */
const FRONT_MATTER_META = /^(?:title|subtitle|owners?|authors?|by|reviewers?|approvers?|status|state|date|created|updated|last[_ -]?(?:updated|modified|reviewed)|tags|\w*keywords|categories|journal|package|classoption|mldesign|ml-design|case|version|revision|id|slug|layout|team|squad|org|draft|lang|language|toc|links?|docs?|tickets?|jira|epic|rfc|output|params|bibliography|csl|link-citations|editor_options|knit|format|jupyter|execute|runtime|vignette|header-includes|documentclass|geometry|fontsize|mainfont|theme|highlight|always_allow_html|permalink|excerpt|image|cover|thumbnail|sidebar|weight|aliases|menu|series|math|mathjax|comments|published|nav_order|parent|has_children)\s*:/i;

const DIAGRAM_OPEN = /\?|\b(?:tb[dca]|todo|phase [2-9]|v[2-9]|later|future work|maybe|someday|nice[- ]to[- ]have)\b/i;

function codeDraft(t: Token): CodeDraft {
  const known = t.meta as unknown as CodeDraft | null;
  if (known) return known;
  const lang = (t.info ?? '').trim().split(/\s+/)[0].toLowerCase();
  const content = t.content;
  const kind: UnitKind = lang === 'mermaid' ? 'mermaid' : 'code';
  const scaffold = kind === 'mermaid' && templateHash(content) === SCAFFOLD_DIAGRAM_HASH;
  const said: Array<{ line: number; unit: UnitDraft }> = [];
  if (kind === 'mermaid' && !scaffold && content.length <= 20000) {
    const lines = content.split('\n');
    for (let k = 0; k < lines.length; k++) {
      // a node asked or put off ("Drift checks?<br/>phase 2", "A/B test (tbd)") commits to nothing;
      // a decision diamond ("D{score > 0.9?}") asks nothing
      if (DIAGRAM_OPEN.test(lines[k].replace(/\{[^{}]*\}/g, ' '))) continue;
      const text = diagramText(lines[k]);
      if (text) said.push({ line: k, unit: draftUnit(text, undefined, text) });
    }
  }
  // the prose of a code block: its comments ("-- split by capture run, never by tile: near-duplicate
  // tiles would leak"), consecutive comment lines read together, at the first one's line
  const marker = kind === 'code' && content.length <= 20000 ? COMMENT_MARKER.get(lang) : undefined;
  if (marker !== undefined && content.includes(marker)) {
    const lines = content.split('\n');
    let run = '';
    let at = -1;
    const flush = (): void => {
      if (at >= 0 && run.split(/\s+/).length >= 4) said.push({ line: at, unit: draftUnit(run, undefined, run) });
      run = '';
      at = -1;
    };
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k];
      const c = line.indexOf(marker);
      if (c < 0) {
        flush();
        continue;
      }
      const text = line.slice(c + marker.length).replace(/^[#/-]+/, '').trim();
      const own = line.slice(0, c).trim() === '';
      if (!own) flush();
      // a trailing comment needs a space before its marker (not "http://", "a--b")
      if (!text || (!own && !/\s$/.test(line.slice(0, c)))) continue;
      if (at < 0) at = k;
      run = run ? `${run} ${text}` : text;
      if (!own) flush();
    }
    flush();
  }
  if (kind === 'code' && content.length <= 20000) {
    if (CONFIG_LANG.has(lang)) configEntries(content, said);
    else if (QUOTED_KEY_LANG.has(lang)) {
      configEntries(content, said, undefined, true);
      if (lang === 'python' || lang === 'py') pythonSettings(content, said);
    }
    else if (PLAIN_LANG.has(lang) && (content.includes('├') || content.includes('└') || content.includes('+--') || content.includes('|--'))) treeEntries(content, said);
    else if (PLAIN_LANG.has(lang) && content.includes(':')) plainEntries(content, said);
    else if (lang === 'diff' || lang === 'patch') diffEntries(content, said);
  }
  said.sort((a, b) => a.line - b.line);
  const low = content.toLowerCase();
  const d: CodeDraft = { lang, kind, scaffold, low, raw: content.length > 20000 ? content.slice(0, 20000).toLowerCase() : low, said };
  (t as { meta: unknown }).meta = d;
  return d;
}

/**
 * A caption that shows a code block as what a run printed: "Each run produces:", "Sample output:",
 * "The API returns:", "Example response:" (not a config, schema or contract: "Example config:").
 */
const SAMPLE_CAPTION = /\b(?:produces?|outputs?|returns?|responses?|results?|prints?|emits?|logs?|reports?)\b[^:\n]{0,60}:\s*$/i;
const NOT_SAMPLE_CAPTION = /\b(?:config\w*|settings?|schemas?|spec\w*|contracts?|slos?|slas?|requirements?|targets?|format|template|interface)\b/i;

/** The unit just above a code block (same heading, at most a blank line between) is a sample-output caption. */
function sampleCaptioned(prev: Unit | undefined, fenceLine: number, headingIdx: number): boolean {
  if (prev === undefined || prev.headingIdx !== headingIdx || prev.endLine < fenceLine - 2 || (prev.kind !== 'para' && prev.kind !== 'item')) return false;
  return SAMPLE_CAPTION.test(prev.raw) && !NOT_SAMPLE_CAPTION.test(prev.raw);
}

/** A terse section line: one to three words, maybe "??" or ":" after ("reqs??", "ml", "serve"). */
const TERSE_HEADING = /^[A-Za-z][\w&/+-]*(?: [\w&/+-]+){0,2}\s*[?!:.]*$/;
/** Section words of terse notes that headings spelled out do not use. */
const TERSE_SECTION: Readonly<Record<string, SectionId>> = { ml: 'framing', 'ml task': 'framing', 'ml framing': 'framing', mon: 'monitoring', monit: 'monitoring', ops: 'monitoring', reqs: 'requirements', req: 'requirements', eval: 'evaluation', evals: 'evaluation', serve: 'deployment', serving: 'deployment', deploy: 'deployment' };

const NO_SECTIONS: readonly SectionId[] = [];

/** The sections a terse notes' section line names ("reqs??", "ml", "serve"), when a list follows it. */
function terseSection(full: string, next: string | undefined): readonly SectionId[] {
  if (full.length > 30 || !TERSE_HEADING.test(full) || (next !== 'bullet_list_open' && next !== 'ordered_list_open')) return NO_SECTIONS;
  const name = full.replace(/[?!:.]+$/, '').trim().toLowerCase();
  return TERSE_SECTION[name] ? [TERSE_SECTION[name]] : classifyHeadingAll(name);
}

/** A bold line that only asks why ("**Why:**"): a caption when something above it, under the same heading, is what it explains. */
const BARE_WHY = /^why\s*[:?]?$/i;

/** A pseudo-heading (level 7: a bold or capitals line, a short top-level list item) naming `own` sections. */
function pseudoHeading(line: number, text: string, own: readonly SectionId[], nested: boolean): DocHeading {
  const norm = normalizeHeading(text);
  return { line, level: 7, text, norm, own, eff: own, nested, pseudo: true, mode: modeOf(norm), uncommitted: UNCOMMITTED_RE.test(norm), scopeList: SCOPE_LIST_RE.test(norm) };
}

/** A section title typed in capitals on a line of its own ("MODEL CHOOSING", "FLASK-DEPLOYMENT:"). */
const CAPS_TITLE = /^(?=[^a-z]*[A-Z]{4})[A-Z][A-Z0-9&/+-]*(?: [A-Z0-9&/+-]+){0,3}:?$/;
/** A section title on a line of its own after an emoji, as a page exported to plain text keeps it ("🎯 Business Problem"). */
const EMOJI_TITLE = /^\p{Extended_Pictographic}\uFE0F?\s*[A-Z][\w'’&/+-]*(?: [\w'’&/+()—–-]+){0,6}:?$/u;
/**
 * A numbered section title in Title Case, as a page copied to plain text leaves it over its first
 * paragraph: "2. Image and Label Collection" / "Assuming we have access to images, …" (one list item).
 */
const TITLE_CASE_LINE = /^[A-Z][\w'’&/+-]*(?: (?:[A-Z0-9][\w'’&/+-]*|and|or|of|the|a|an|for|to|in|on|with|vs\.?|&)){0,6}:?$/;
/**
 * A paragraph's first line as a section title over the rest (kept per token: re-lints reuse it): a
 * capitals title, or (`numbered`, the paragraph of a one-item numbered list) a Title Case one.
 */
const capsSplits = new WeakMap<Token, { title: string; own: readonly SectionId[]; rest: Token } | null>();
function capsTitleSplit(inline: Token, numbered = false): { title: string; own: readonly SectionId[]; rest: Token } | undefined {
  const kept = capsSplits.get(inline);
  if (kept !== undefined) return kept ?? undefined;
  let out: { title: string; own: readonly SectionId[]; rest: Token } | null = null;
  const nl = inline.content.indexOf('\n');
  const title = nl > 0 ? inline.content.slice(0, nl).trim() : '';
  if (title.length <= (numbered ? 60 : 40) && (numbered ? TITLE_CASE_LINE : CAPS_TITLE).test(title) && inline.map) {
    const own = classifyHeadingAll(title.replace(/:$/, ''));
    if (own.length > 0) {
      const rest = Object.assign(Object.create(Object.getPrototypeOf(inline) as object) as Token, inline);
      rest.content = inline.content.slice(nl + 1);
      rest.map = [inline.map[0] + 1, inline.map[1]];
      rest.children = null;
      (rest as { meta: unknown }).meta = null;
      out = { title, own, rest };
    }
  }
  capsSplits.set(inline, out);
  return out ?? undefined;
}

/** What a paragraph or bullet says before its context is known, kept with its inline text (InlineInfo). */
interface ParaDraft {
  /** the text, trimmed (a task list's box dropped in a list) */
  readonly full: string;
  /** a "Q: …?" line's question, which labels an "A: …" answer right after it */
  readonly question: string | undefined;
  readonly label: string | undefined;
  readonly value: string;
  /** the label is "A" / "Answer" */
  readonly answer: boolean;
  /** the asker's words (askedBy) */
  readonly asked: boolean;
  /** "— not reached": what follows was never answered */
  readonly unreached: boolean;
  /** a short line or one ending in ':' that introduces the list after it */
  readonly captionLike: boolean;
  /** "… The new features added are" (no colon): the unfinished last sentence that introduces the list after it */
  readonly leadIn: string | undefined;
  /** the candidate's "Can I assume <X>?": X, which the interviewer may confirm next */
  readonly assumption: string | undefined;
  /** "Interviewer: That sounds good.": confirms the assumption asked just before */
  readonly confirms: boolean;
  /** the confirmed assumption as a statement, with the text it was drafted from */
  confirmed?: { readonly text: string; readonly unit: UnitDraft };
  unit?: UnitDraft;
  /** the unit drafted under a label it takes from its context (a "Q:" before it, a caption over it) */
  labelled?: { readonly label: string; readonly unit: UnitDraft };
  hint?: boolean;
  hintQuoted?: boolean;
  caption?: Caption;
}

/** Context a caption line gives the list after it. */
interface Caption {
  readonly text: string;
  readonly mode: Mode;
  readonly uncommitted: boolean;
  readonly scopeList: boolean;
}

/** An unfinished last sentence that a list completes: "The new features added are", "The inputs include". */
const LEAD_IN = /(?:^|[.!?]\s+)([^.!?:]{3,100}?\b(?:are|include|includes|were|as follows|the following))\s*$/i;
/** (its ending, checked first on the last characters only) */
const LEAD_IN_END = /\b(?:are|include|includes|were|follows|following)\s*$/i;

function leadInOf(full: string): string | undefined {
  if (!LEAD_IN_END.test(full.slice(-16))) return undefined;
  // the lead-in is at most 100 characters after its sentence's start: the tail of the text holds it
  const tail = full.length > 160 ? full.slice(-160) : full;
  const m = LEAD_IN.exec(tail);
  // (in a cut tail, "^" is no sentence start)
  return m && (tail === full || m.index > 0) ? m[1] : undefined;
}

function captionOf(full: string): Caption {
  const low = full.toLowerCase();
  return { text: low, mode: modeOf(low), uncommitted: UNCOMMITTED_RE.test(low), scopeList: SCOPE_LIST_RE.test(low) };
}

/**
 * "Q (Anika): …", "**Interviewer:** …": the asker's words are not the design's commitments
 * (unless the answer follows in the same paragraph: "Q: how …? A: the ranker logs …").
 */
const CANDIDATE_LABEL = /^(?:candidate|me|interviewee)(?:\s*\([^)]{0,40}\))?$/;

/** "… ? → No, out of scope.": a question answered after an arrow on its own line. */
const ARROW_ANSWER = /\?[\s*_]*(?:→|->|=>)\s*\S/;
const QUESTION_ARROW_ANSWER = /^([^?]{1,80})\?[\s*_]*(?:→|->|=>)\s*(\S.*)$/;

const WEIGHING_CAPTION = /^(?:positive|negative|neutral|pros?|cons?|good|bad|upsides?|downsides?|benefits?|drawbacks?|advantages?|disadvantages?|risks?|notes?|examples?|e\.g\.?|for example|why|because)$/;
/**
 * The label of the bare caption a list item sits under ("- Input:" → "  - viewer interaction
 * history"): the item answers it, so it reads as "input: viewer interaction history".
 */
function captionLabel(frame: ListFrame | undefined, units: readonly Unit[]): string | undefined {
  if (frame === undefined || frame.sawParagraph || frame.parentUnit < 0) return undefined;
  const p = units[frame.parentUnit];
  // ("- Positive:" → "- Order placement no longer waits …": a consequence weighed, not a positive label)
  if (p === undefined || p.kind !== 'item' || !p.label || WEIGHING_CAPTION.test(p.label)) return undefined;
  return p.low === '' || p.low === p.label ? p.label : undefined;
}

function askedBy(label: string | undefined, value: string): boolean {
  // ("Q: Do we need AR? → No, out of scope.": answered on its own line)
  return label !== undefined && ASKER_LABEL.test(label.toLowerCase()) && !/(?:^|[\s?.])(?:a|answer|ans|me|candidate)\s*:/i.test(value) && !ARROW_ANSWER.test(value);
}

/** A label that only numbers the line: "D4", "Decision 12", "Step 3", "#7", "R2". */
const ENUM_LABEL = /^(?:#|d|r|dec(?:ision)?|step|item|point|no\.?)\s*\d{1,3}[a-z]?\.?$/i;
const QUESTION_LINE = /^[\s*_]*q(?:uestion)?\s*[:.]\s*([^?]{1,60})\?[\s*_]*$/i;
/** "Q: Is there a baseline?" / "**Is there a baseline?**" as the run-in label of its own answer ("A: …", "Yes, the regex rules …"). */
const QUESTION_LABEL = /^(?:q(?:uestion)?\s*\d{0,2}\s*[:.]\s*)?([^?]{1,60})\?$/i;
const ANSWER_LEAD = /^(?:a|answer|ans)\s*[:.]\s*/i;
/** "Baseline? Logistic regression on counts.": a short question, then its answer (no question in it). */
const MUSING_WORD = /\b(?:i|we|you|they|it|should|would|could|can|do|does|did|will|shall|might|must|how|why|what|who|when|where|whether|is|are)\b/i;
/** An answer that hedges, adds an option or objects ("probably.", "Or a simple LR first. TBD.", "but that's biased"). */
const HEDGED_ANSWER = /^[\s*_]*(?:but|or|and|though|hmm+|dunno)\b|\b(?:probably|maybe|perhaps|possibly|i guess|not sure|unsure|no idea|tb[dca])\b/i;
const INLINE_QA = /^[\s*_]*([a-z][^?:.!]{0,58})\?[\s*_]+(?!(?:e\.g\.|eg\b|for example|for instance|such as|think|consider|list|describe|explain)\b)([a-z0-9"'][^?]*)$/i;
/** The topic of a yes/no or "what is the …" question: "Is there a baseline" → "baseline". */
const QUESTION_FRAME = /^(?:(?:is|are) there|do (?:we|you) (?:have|need|use|plan)|will (?:we|you|there be)(?: have| use| need)?|did (?:we|you) (?:have|use)|any|what(?:'s| is| are) (?:the|your|our)|which|how about|and)\s+(?:(?:a|an|any|the|some)\s+)?/i;

/** An answer that says no to its question ("Not this quarter — …", "No.", "Nobody yet"). */
const NEG_ANSWER = /^[\s*_]*(?:no|nope|none|nobody|never|n\/a|not (?:yet|now|really|this (?:quarter|year|release|time|phase|version)|for v\d|in v\d|planned|needed|in scope|at (?:launch|first)))\b/i;

/**
 * Interview transcripts in the book's style: "Candidate: … Can I assume the recommendation should
 * not take more than 200 milliseconds?" then "Interviewer: That sounds good." The last assumption
 * asked, as a statement ("the recommendation should not take more than 200 milliseconds").
 */
const ASSUMPTION_ASKED = /(?:^|[.?!:]\s+|\b(?:so|and|then|also|ok(?:ay)?),?\s+)(?:can|could|may|should|shall) (?:i|we) (?:safely |also )?assume (?:that )?([^?]{8,300})\?|(?:^|[.?!:]\s+)(?:is it|would it be) (?:fair|safe|ok(?:ay)?|reasonable|correct) to assume (?:that )?([^?]{8,300})\?/gi;
/** The interviewer's yes to it: "That sounds good", "That's a fair assumption", "Yes.", "Correct." */
const CONFIRMATION = /^[\s*_]*(?:yes|yeah|yep|yup|sure|correct|right|exactly|absolutely|definitely|agreed|of course|ok(?:ay)?|fine|good|great|reasonable|(?:that|this|it)(?:'s|’s| is| sounds| seems) (?:a )?(?:good|right|correct|fine|fair|reasonable|safe|great|ok(?:ay)?)|(?:sounds|seems) (?:good|right|fine|fair|reasonable)|(?:a )?(?:fair|good|reasonable|safe) assumption)\b(?![^.!]{0,40}\b(?:but|except|although|however|no\b|not\b))/i;

const INTERVIEWER_LEAD = /^[\s*_]*interview(?:er)?[\s*_]*(?:\([^)]{0,40}\))?[\s*_]*:[\s*_]*/i;

function assumptionAsked(full: string): string | undefined {
  let last: string | undefined;
  ASSUMPTION_ASKED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSUMPTION_ASKED.exec(full)) !== null) last = (m[1] ?? m[2]).trim();
  return last;
}

function questionTopic(q: string): string {
  return q.trim().replace(QUESTION_FRAME, '').trim();
}

function paraDraft(info: InlineInfo, inList: boolean): ParaDraft {
  const kept = inList ? info.inList : info.top;
  if (kept !== undefined) return kept;
  // a task list's box ("- [x] Online: …") is not part of what the item says
  const full = (inList ? info.text.replace(TASK_MARK, '') : info.text).trim();
  const qm = QUESTION_LINE.exec(full);
  let label: string | undefined = info.label;
  let value: string;
  if (label !== undefined) {
    value = full.slice(full.indexOf(label) + label.length).replace(/^\s*[:*_]*\s*[:—–-]?\s*/, '');
  } else {
    const split = splitPlainLabel(full);
    if (split) [label, value] = split;
    else value = full;
  }
  // a numbered decision ("**D4.** ML task: regression.", "**Step 3:** Split: by time"): the number
  // only counts, the label is what follows it
  if (label !== undefined && ENUM_LABEL.test(label.trim())) {
    const v = value.replace(/^[\s.:—–-]+/, '');
    const split = splitPlainLabel(v);
    if (split) [label, value] = split;
    else {
      label = undefined;
      value = v;
    }
  }
  // "Q: Do we need AR? → No, out of scope.": the question labels the answer after its arrow
  if (label !== undefined && /^q(?:uestion)?\s*\d{0,2}$/i.test(label.trim())) {
    const qa = QUESTION_ARROW_ANSWER.exec(value);
    if (qa) {
      label = (NEG_ANSWER.test(qa[2]) ? 'no ' : '') + questionTopic(qa[1]);
      value = qa[2];
    }
  }
  // "**Q: Is there a baseline?** A: Yes, the regex rules …" in one paragraph: the question labels its answer
  const ql = label !== undefined && (ANSWER_LEAD.test(value) || /^(?:yes|no)\b/i.test(value)) ? QUESTION_LABEL.exec(label.trim()) : null;
  if (ql && ql[1].trim().split(/\s+/).length <= 8) {
    value = value.replace(ANSWER_LEAD, '');
    // "Will we A/B test it? A: Not this quarter …" says no to the topic
    label = (NEG_ANSWER.test(value) ? 'no ' : '') + questionTopic(ql[1]);
  } else if (label === undefined) {
    // notes that ask themselves and answer on the same line ("Baseline? Logistic regression on
    // counts.", "Batch or online? Batch, nightly."): the short question labels its answer (a
    // topic, not a musing: "What baseline should we use? I'd ask." labels nothing)
    const qa = INLINE_QA.exec(full);
    const topic = qa ? questionTopic(qa[1]) : '';
    if (qa && topic.split(/\s+/).length <= 4 && !MUSING_WORD.test(topic) && !HEDGED_ANSWER.test(qa[2])) {
      value = qa[2].replace(ANSWER_LEAD, '');
      label = (NEG_ANSWER.test(value) ? 'no ' : '') + topic;
    }
  }
  const d: ParaDraft = {
    full,
    question: qm && qm[1].trim().split(/\s+/).length <= 6 ? questionTopic(qm[1]) : undefined,
    label,
    value,
    answer: label !== undefined && /^(?:a|answer|ans)$/i.test(label.trim()),
    asked: askedBy(label, value),
    // an unchecked task-list box ("- [ ] drift monitoring") is a to-do, not a commitment, unless it
    // holds its specification (SPECIFIED_TASK)
    unreached: (label !== undefined && UNREACHED.test(value)) || NOT_DONE_TAIL.test(full) || (inList && UNCHECKED_TASK.test(info.text) && !(SPECIFIED_TASK.test(info.text) && !OPEN_TASK.test(info.text))),
    captionLike: /:\s*$/.test(full) || (full.length <= 60 && !/[.!?]$/.test(full) && full.split(/\s+/).length <= 6),
    leadIn: leadInOf(full),
    assumption: full.includes('?') && /assum/i.test(full) && !(label !== undefined && ASKER_LABEL.test(label.toLowerCase())) ? assumptionAsked(full) : undefined,
    confirms: /^[\s*_]*interview(?:er)?\b/i.test(full) && CONFIRMATION.test(full.replace(INTERVIEWER_LEAD, '')),
  };
  if (inList) info.inList = d;
  else info.top = d;
  return d;
}

/**
 * What a unit says, read from its own text (its context is added when it is placed): the same
 * for the same text, label and value, so it is kept on the unit's token and reused while the text
 * is unchanged (blocks.ts).
 */
interface UnitDraft {
  /** the kept text ('' when nothing counts) */
  readonly text: string;
  readonly low: string;
  readonly raw: string;
  /** lower-cased label ('' when none) */
  readonly label: string;
  readonly flags: number;
  /** the label says the text lists gaps ("Missed:", "Self-review") */
  readonly gaps: boolean;
  /** a line of a public template: 1 a short one (counts towards template mode), 2 a tiny one */
  readonly template: 0 | 1 | 2;
  /** word keys of `raw` */
  readonly keys: KeyList;
  /**
   * `raw` alone holds the unit back (an "[unconfirmed]" tag, "future work", "… is out of scope"):
   * set by parseDoc when first asked, kept with the draft (drafts of unchanged text are reused)
   */
  heldBack?: boolean;
}

/** "Options considered as a baseline:", "Which model is the baseline:": the list under it decides, not the label. */
const MUSING_LABEL = /\b(?:options?|candidates?|considered|possible|potential|ideas?|could|might|maybe|which|what|whether)\b/i;

function isStatementLabel(label: string): boolean {
  return STATEMENT_LABEL.test(label) && label.split(/\s+/).length >= 4 && !MUSING_LABEL.test(label);
}

/** Which template sets a hash is in (one lookup instead of three), built when first asked. */
const IS_TEMPLATE = 1;
const IS_SHORT = 2;
const IS_TINY = 4;
let templateKindMap: Map<number, number> | undefined;
function templateKinds(hash: number): number {
  let m = templateKindMap;
  if (m === undefined) {
    m = new Map<number, number>();
    for (const h of TEMPLATE_HASHES) m.set(h, (m.get(h) ?? 0) | IS_TEMPLATE);
    for (const h of TEMPLATE_SHORT_HASHES) m.set(h, (m.get(h) ?? 0) | IS_SHORT);
    for (const h of TEMPLATE_TINY_HASHES) m.set(h, (m.get(h) ?? 0) | IS_TINY);
    templateKindMap = m;
  }
  return m.get(hash) ?? 0;
}

/** Status marks and emoji before a label ("✅ ", "🟡 ", "⚠️ "): the decoration headings drop too. */
const LEAD_MARK = new RegExp(`^[${DECORATION_CHARS}\\s]+`, 'u');

/** A web address, whose path and query say nothing of the design ("…/search?q=false+positive+rate"): kept as its host. */
const WEB_ADDRESS = /\b(?:https?|ftp):\/\/(?:www\.)?([^\s/?#()<>[\]"']+)[^\s()<>[\]"']*|\bwww\.([^\s/?#()<>[\]"']+)[^\s()<>[\]"']*/gi;
const shortenAddresses = (t: string): string => t.replace(WEB_ADDRESS, (_m, a?: string, b?: string) => a ?? b ?? '');

/** How many whole lines at the start of a paragraph are only template tags (and the paths they build). */
function leadingTemplateLines(content: string): number {
  const lines = content.split('\n');
  let n = 0;
  while (n < lines.length - 1 && /^\s*\{[{%]/.test(lines[n]) && withoutTemplateTags(lines[n]) === '') n++;
  return n;
}

/** Text without Liquid/Jinja tags and the bare site paths they build ("{{ site.url }}/articles/images/a.png"). */
function withoutTemplateTags(text: string): string {
  return text.replace(/\{%[^%]{0,300}%\}|\{\{[^}]{0,300}\}\}(?:\/[^\s)\]]*)?/g, ' ').replace(/\s+/g, ' ').trim();
}

function draftUnit(fullText: string, label: string | undefined, value: string, preCleaned?: { kept: string; flags: number }): UnitDraft {
  if (fullText.includes('://') || fullText.includes('www.')) {
    fullText = shortenAddresses(fullText);
    value = shortenAddresses(value);
  }
  // a site generator's tags ("{% capture imblock %} {{ site.url }}/articles/images/ltr/search_engine.png
  // {% endcapture %}", "{% include image.html %}"): page markup and the paths it pulls in, not prose
  if (fullText.includes('{%') || fullText.includes('{{')) {
    fullText = withoutTemplateTags(fullText);
    value = withoutTemplateTags(value);
  }
  let kept: string;
  let flags: number;
  const facts = textFacts(fullText);
  const lowFull = facts.lowFull;
  const raw = facts.raw;
  if (preCleaned) {
    kept = preCleaned.kept;
    flags = preCleaned.flags;
  } else {
    const c = cleanCached(value, value === fullText ? raw : undefined);
    flags = c.flags;
    kept = label !== undefined ? (c.kept ? `${label}: ${c.kept}` : value === '' && isStatementLabel(label) ? cleanCached(label).kept : '') : c.kept;
    // a whole paragraph quoted (an example input); a quote after a label ('Prompt: "…"') and a quoted
    // task ('"Design a system that ranks …"', the interview's prompt) are kept
    if (label === undefined && kept !== '' && QUOTED_PASSAGE.test(value) && !QUOTED_TASK.test(value)) kept = '';
    // "**Can we explain to users why they got the push?** Not planned.": the question declined
    if (label !== undefined && label.endsWith('?') && c.kept && SHORT_NO.test(c.kept)) {
      kept = c.kept;
      flags |= DROP_QUESTION;
    }
  }
  // templates are short lines; long paragraphs are never template copies
  const fullHash = facts.hash;
  const valueHash = label !== undefined && value.length <= 1200 ? templateHash(value) : fullHash;
  const kinds = templateKinds(fullHash) | (valueHash === fullHash ? 0 : templateKinds(valueHash));
  if (kinds & IS_TEMPLATE) {
    kept = '';
    flags |= DROP_TEMPLATE;
  }
  const template = kinds & IS_SHORT ? 1 : kinds & IS_TINY ? 2 : 0;
  // "✅ **Framing:** top-N ranking …": a status mark before the label is not part of it
  const lowLabel = label === undefined ? '' : label.charCodeAt(0) > 0x2000 ? label.toLowerCase().replace(LEAD_MARK, '') : label.toLowerCase();
  return {
    text: kept,
    // the kept text is made of the unit's own words: only re-read it when those held a typo
    low: kept === fullText ? raw : raw === lowFull ? kept.toLowerCase() : fixTypos(kept.toLowerCase()),
    raw,
    label: lowLabel,
    flags,
    gaps: (label !== undefined && labelDefers(lowLabel, value)) || (raw.length > 40 && OUT_OF_SCOPE_END.test(raw)) || (raw.indexOf('(') >>> 0 < 4 && OUT_OF_SCOPE_LEAD.test(raw)),
    template,
    keys: facts.keys ?? (facts.keys = newKeyList(raw)),
  };
}

/**
 * What the text rewrites below look for at the start of a line, found in one pass over the line
 * starts with sticky tests (each tried at one position), instead of one multiline regexp per rewrite
 * scanning the whole text: that is on every lint, keystrokes included, and how fast V8 runs a
 * scanning regexp depends on when it was compiled (past the isolate's regexp code budget it is
 * compiled without the look-ahead that skips positions, ~25× slower over a 1,000-line doc). The
 * answers equal the regexps' they replace (named with each field); a text with U+2028 or U+2029,
 * where a multiline `^` also starts a line, is not scanned (the rewrites test their regexps).
 */
export interface LineShapes {
  /** lines OUTLINE_MARKER matches, counted up to 2 */
  readonly outlineMarkers: number;
  /** a line DECIMAL_DEEP matches */
  readonly decimalDeep: boolean;
  /** lines DECIMAL_LINES matches, counted up to 3 */
  readonly decimalLines: number;
  /** NUMBERED_SETEXT matches */
  readonly numberedSetext: boolean;
  /** INDENTED_AFTER_BLANK matches */
  readonly indentedAfterBlank: boolean;
}
const OUTLINE_MARKER_AT = /[ \t]{2,}(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)] (?=\S)/y;
const DECIMAL_DEEP_AT = /\d{1,2}\.\d{1,2}\.\d{1,2}\.? \S/y;
const DECIMAL_LINE_AT = /\d{1,2}(?:\.\d{1,2})+\.? (?=\S)/y;
const NUMBERED_SETEXT_AT = /\d{1,2}[.)] [^\n]{1,60}\n {0,3}(?:-{3,}|={3,})[ \t]*(?![^\n\r\u2028\u2029])/y;
/** at the start of the line after a "\n" */
const INDENTED_AFTER_BLANK_AT = /[ \t]*\n {4,}[A-Za-z"'(]/y;

function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

export function lineShapes(text: string): LineShapes | undefined {
  if (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) return undefined;
  let outlineMarkers = 0;
  let decimalDeep = false;
  let decimalLines = 0;
  let numberedSetext = false;
  let indentedAfterBlank = false;
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c >= 48 && c <= 57) {
      if (!decimalDeep) decimalDeep = sticky(DECIMAL_DEEP_AT, text, at);
      if (decimalLines < 3 && sticky(DECIMAL_LINE_AT, text, at)) decimalLines++;
      if (!numberedSetext) numberedSetext = sticky(NUMBERED_SETEXT_AT, text, at);
    } else if (c === 32 || c === 9 || c === 10) {
      if (outlineMarkers < 2 && c !== 10 && sticky(OUTLINE_MARKER_AT, text, at)) outlineMarkers++;
      if (!indentedAfterBlank && at > 0) indentedAfterBlank = sticky(INDENTED_AFTER_BLANK_AT, text, at);
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return { outlineMarkers, decimalDeep, decimalLines, numberedSetext, indentedAfterBlank };
}

/**
 * An outline pasted from a word processor: under "7. **Evaluation**", indented lines "a. **Offline**",
 * "i. Primary: log loss …". Markdown has no letter or roman list markers, so those lines would be one
 * long paragraph of the item; each is a sub-item for the reader. Such a marker (a–h, i–x, "." or
 * ")") at the start of an indented line outside fenced code becomes a bullet of the same width
 * ("ii. " → "-   "), when the document has at least two: line numbers and columns stay where they were.
 */
const OUTLINE_MARKER = /^([ \t]{2,})((?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)] )(?=\S)/gm;
const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/;

/**
 * `fn` applied to each line outside fenced code (the fences' own lines included), for the text
 * rewrites below, which keep every line's length.
 */
function mapLinesOutsideFences(text: string, fn: (line: string, k: number, lines: readonly string[]) => string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line, k, lines) => {
      if (FENCE_LINE.test(line)) fenced = !fenced;
      return fenced ? line : fn(line, k, lines);
    })
    .join('\n');
}

function outlineAsLists(text: string, shapes: LineShapes | undefined): string {
  // at least two markers (the regex is global: the second test goes on from the first match)
  OUTLINE_MARKER.lastIndex = 0;
  const two = shapes ? shapes.outlineMarkers >= 2 : OUTLINE_MARKER.test(text) && OUTLINE_MARKER.test(text);
  OUTLINE_MARKER.lastIndex = 0;
  if (!two) return text;
  return mapLinesOutsideFences(text, (line) => {
    OUTLINE_MARKER.lastIndex = 0;
    return line.replace(OUTLINE_MARKER, (_m, indent: string, marker: string) => indent + '-'.padEnd(marker.length, ' '));
  });
}

/**
 * A heading written in HTML on a line of its own ("<h2>3. Framing</h2>") is a heading for the
 * reader: it becomes the ATX heading of the same level, in place ("##  3. Framing     "), so the
 * text keeps its columns and the line its length. Outside fenced code only.
 */
const HTML_HEADING_LINE = /^( {0,3})(<h([1-6])(?:\s[^<>\n]{0,200})?>)([^<>\n]{1,200})(<\/h\3\s*>)([ \t]*)$/gim;
function htmlHeadingsAsAtx(text: string): string {
  if ((text.indexOf('<h') < 0 && text.indexOf('<H') < 0) || !/<h[1-6][\s>]/i.test(text)) return text;
  HTML_HEADING_LINE.lastIndex = 0;
  if (!HTML_HEADING_LINE.test(text)) return text;
  return mapLinesOutsideFences(text, (line) => {
    if (!line.includes('</')) return line;
    HTML_HEADING_LINE.lastIndex = 0;
    return line.replace(HTML_HEADING_LINE, (_m, indent: string, open: string, level: string, inner: string, close: string, tail: string) =>
      indent + '#'.repeat(Number(level)).padEnd(open.length, ' ') + inner + ' '.repeat(close.length) + tail);
  });
}

/**
 * A decimal outline written without list markers ("1 Purpose", "1.1 Platelets expire …", "1.3.1
 * Target: …"), as engineering specs and word-processor exports are: Markdown reads each block as
 * one paragraph. When a doc has at least three "N.M" lines and one "N.M.K" line, "N Title" lines
 * become headings ("# Title") and "N.M…" lines list items nested by depth, in place (same length,
 * so lines and columns stay put). Outside fenced code only.
 */
const DECIMAL_LINE = /^(\d{1,2}(?:\.\d{1,2})+)\.? (?=\S)/;
const DECIMAL_LINES = new RegExp(DECIMAL_LINE.source, 'gm');
const DECIMAL_TITLE = /^(\d{1,2}) (?=[A-Z][^.:;]{0,50}$)/;
const DECIMAL_DEEP = /^\d{1,2}\.\d{1,2}\.\d{1,2}\.? \S/m;
function decimalOutline(text: string, shapes: LineShapes | undefined): string {
  if (shapes ? !shapes.decimalDeep || shapes.decimalLines < 3 : !DECIMAL_DEEP.test(text) || (text.match(DECIMAL_LINES) ?? []).length < 3) return text;
  // nested only right under another outline line (after a blank line an indented marker would be code)
  let inOutline = false;
  return mapLinesOutsideFences(text, (line) => {
    const m = DECIMAL_LINE.exec(line);
    const under = inOutline;
    inOutline = m !== null || (inOutline && line.trim() !== '');
    if (m) {
      const marker = m[0];
      const depth = m[1].split('.').length - 1;
      // (1–4 spaces after the "-": five would open a code block inside the item)
      const lead = depth <= 1 || !under ? Math.min(3, marker.length - 2) : 4 + 2 * (depth - 2);
      const after = marker.length - lead - 1;
      return after >= 1 && after <= 4 ? ' '.repeat(lead) + '-' + ' '.repeat(after) + line.slice(marker.length) : line;
    }
    const t = DECIMAL_TITLE.exec(line);
    return t ? '#'.padEnd(t[0].length, ' ') + line.slice(t[0].length) : line;
  });
}

/**
 * Prose indented by four spaces or more after a blank line ("## Background" / "" / "    Hand tagging
 * of UN Council reports … is error prone"): Markdown reads an indented code block, the writer (and a
 * reviewer reading the text) a paragraph. When every line of such a block reads as prose (words and
 * punctuation; no code marks, shell commands or imports) and it says something (8 words or more,
 * one line of 6), each line keeps at most 3 leading spaces and the rest move to its end, so it is
 * read as text while keeping its line and length (its words shift left by the spaces moved). Only
 * right after a blank line that follows a line at column 0 (a heading or a paragraph, not a list
 * item: under a list, indented lines are the item's own text), outside fenced code.
 */
const INDENTED_AFTER_BLANK = /\n[ \t]*\n {4,}[A-Za-z"'(]/;
const INDENTED_LINE = /^ {4,}\S/;
const PROSE_LINE = /^[A-Za-z0-9"'(*][A-Za-z0-9 ,.'"!?:;()*%&+/\u2013\u2014-]*$/;
const CODE_LIKE = /--?[a-z]\w*=|\b[a-z]+_[a-z]+\b|\w\.\w+\(|\w\(\)|^(?:pip3?|python3?|npm|npx|yarn|git|cd|docker|curl|wget|export|sudo|conda|make|kubectl|java|node|bash|sh|ls|mkdir|cp|mv|rm|def|class|return|print|const|let|var|function)\b(?! [a-z]+ [a-z]+ [a-z]+)|^(?:import [\w.]+$|from [\w.]+ import\b)/;
const LIST_MARKER_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
function proseIndentedBlocks(text: string, shapes: LineShapes | undefined): string {
  if (shapes ? !shapes.indentedAfterBlank : !INDENTED_AFTER_BLANK.test(text)) return text;
  const lines = text.split('\n');
  let fenced = false;
  let changed = false;
  /** The last line with text before the blank run, when it sits at column 0 and is no list item. */
  let anchor = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (FENCE_LINE.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (line.trim() === '') continue;
    const startsBlock = anchor && k > 0 && lines[k - 1].trim() === '' && INDENTED_LINE.test(line);
    anchor = /^\S/.test(line) && !LIST_MARKER_LINE.test(line) && !FENCE_LINE.test(line) && !line.startsWith('|');
    if (!startsBlock) continue;
    // the block: indented lines and the blank lines between them
    let end = k;
    for (let j = k; j < lines.length; j++) {
      if (lines[j].trim() === '') continue;
      if (!INDENTED_LINE.test(lines[j])) break;
      end = j;
    }
    let words = 0;
    let long = false;
    let prose = true;
    for (let j = k; j <= end && prose; j++) {
      const t = lines[j].trim();
      if (t === '') continue;
      if (!PROSE_LINE.test(t) || CODE_LIKE.test(t)) prose = false;
      const n = t.split(/\s+/).length;
      words += n;
      if (n >= 6) long = true;
    }
    if (prose && words >= 8 && long) {
      for (let j = k; j <= end; j++) {
        const m = /^( +)/.exec(lines[j]);
        if (!m || m[1].length <= 3) continue;
        lines[j] = '   ' + lines[j].slice(m[1].length) + ' '.repeat(m[1].length - 3);
      }
      changed = true;
    }
    anchor = false;
    k = end;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A numbered title underlined like a setext heading ("6. monitoring" over "-------------"):
 * Markdown reads a list item and a rule, the writer (and a reviewer reading the text) a heading.
 * Rewritten in place: the number becomes the ATX marker of the underline's level ("##  monitoring"
 * keeps every column) and the underline a blank line of the same length. Outside fenced code only.
 */
const NUMBERED_SETEXT = /^\d{1,2}[.)] [^\n]{1,60}\n {0,3}(?:-{3,}|={3,})[ \t]*$/m;
const NUMBERED_TITLE = /^(\d{1,2}[.)] )(?=\S)(.{1,60})$/;
const SETEXT_UNDERLINE = /^ {0,3}(-{3,}|={3,})[ \t]*$/;
function numberedSetextHeadings(text: string, shapes: LineShapes | undefined): string {
  if (shapes ? !shapes.numberedSetext : !NUMBERED_SETEXT.test(text)) return text;
  return mapLinesOutsideFences(text, (line, k, lines) => {
    const m = NUMBERED_TITLE.exec(line);
    const u = m && k + 1 < lines.length ? SETEXT_UNDERLINE.exec(lines[k + 1]) : null;
    if (m && u) return (u[1][0] === '=' ? '#' : '##').padEnd(m[1].length, ' ') + m[2];
    // the underline of a title rewritten just above becomes a blank line of the same length
    return k > 0 && SETEXT_UNDERLINE.test(line) && NUMBERED_TITLE.test(lines[k - 1]) ? ' '.repeat(line.length) : line;
  });
}

/**
 * A list item that is a link to somebody else's page titled in four words or more, alone or with a
 * note: "- [Design a Ranking Model](https://youtube.com/…)", "- [Real-Time Fraud Detection ML System
 * Design](…) - Explains system structure and real-time serving". The title and the note describe
 * the linked content, not this design. (A tool linked by its name, "- [Feast](https://feast.dev): the
 * feature store", is still said.)
 */
const LINKED_TITLE_ITEM = /^[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?:\*\*|__|\*|_)?\[([^\]\n]{12,200})\]\(\s*<?https?:\/\/[^)\s]+>?(?:\s+"[^"]*")?\)/;

function linkedTitleItem(text: string, lineStarts: readonly number[], line: number): boolean {
  const start = lineStarts[line] ?? 0;
  const end = lineStarts[line + 1] ?? text.length;
  const m = LINKED_TITLE_ITEM.exec(text.slice(start, Math.min(end, start + 600)));
  return !!m && m[1].trim().split(/\s+/).length >= 4;
}

/** Leading "Key: value" lines of a static-site page (Pelican, MultiMarkdown): two or more, all known keys, then a blank line. */
const METADATA_KEYS = String.raw`(?:title|date|authors?|tags|category|categories|slug|summary|status|modified|lang|layout|permalink|template|save_as|url)`;
const METADATA_BLOCK = new RegExp(String.raw`^(?:${METADATA_KEYS}[ \t]*:[ \t]*\S[^\n]*\n){2,}(?=[ \t]*\n)`, 'i');
/** (with at least one key that only page metadata has, so that "Title: …" and "Summary: …" of a plan are not taken for it) */
const METADATA_ONLY_KEY = /^(?:date|authors?|tags|category|categories|slug|status|modified|lang|layout|permalink|template|save_as)[ \t]*:/im;

/**
 * The text with the rewrites above applied in turn (each keeps every line's length). The line
 * shapes are read once; a rewrite that gets a text an earlier one changed tests its own regexp.
 */
function rewrittenForReading(text: string): string {
  const shapes = lineShapes(text);
  let t = outlineAsLists(text, shapes);
  t = htmlHeadingsAsAtx(t);
  t = decimalOutline(t, t === text ? shapes : undefined);
  t = numberedSetextHeadings(t, t === text ? shapes : undefined);
  return proseIndentedBlocks(t, t === text ? shapes : undefined);
}

export function parseDoc(source: string): ParsedDoc {
  // a lone "\r" ends a line for markdown-it and for editors (VS Code, LSP): the same here, so token
  // lines and the line starts below agree (same length, so every offset stays where it was)
  const text = rewrittenForReading(source.indexOf('\r') >= 0 ? source.replace(/\r(?!\n)/g, '\n') : source);
  const fm = readFrontMatter(text);
  let cut = 0;
  let bodyStartLine = 0;
  if (fm) {
    // blank the front matter, keeping its line breaks so line numbers stay true (the body is
    // that many empty lines, then the text from `cut`)
    for (let l = 0; l <= fm.endLine; l++) {
      const nl = text.indexOf('\n', cut);
      cut = nl < 0 ? text.length : nl + 1;
    }
    bodyStartLine = fm.endLine + 1;
  } else {
    // a Pelican / MultiMarkdown metadata block ("Title: …", "Date: …", "Slug: …" up to the first blank
    // line) is the page's metadata, not its text: skipped like front matter
    const meta = METADATA_BLOCK.exec(text);
    if (meta && METADATA_ONLY_KEY.test(meta[0])) {
      cut = meta[0].length;
      bodyStartLine = meta[0].split('\n').length - 1;
    }
  }
  const lineStarts = computeLineStarts(text);
  const env: Record<string, unknown> = {};
  const { tokens, shift } = parseBlocks(blockParser(), text, env, bodyStartLine, cut);
  /** Lines of token i are its map's plus this (tokens are shared between parses: see blocks.ts). */
  const lineShift = (i: number): number => (shift ? shift[i] : 0);
  /** Token i's first line and the line after its last, in the document. */
  const linesOf = (i: number, m: readonly number[]): [number, number] => [m[0] + lineShift(i), m[1] + lineShift(i)];
  const headingAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'heading_open') continue;
    if (i + 1 < tokens.length && !tokens[i + 1].children?.length) fillInline(tokens[i + 1], env);
    if (t.map) headingAt.push(i);
  }
  const realHeadings = headingsFromTokens(tokens, shift, headingAt);
  const distinct = new Set<SectionId>();
  for (const h of realHeadings) for (const s of h.sections ?? []) distinct.add(s);
  const fallback = distinct.size < 3;
  const h1s = realHeadings.filter((h) => h.level === 1);
  const titleLine = h1s.length === 1 ? h1s[0].line : undefined;

  const headings: DocHeading[] = [];
  const sectionAnchor = new Map<SectionId, number>();
  const units: Unit[] = [];
  const codeUnits: Unit[] = [];
  const tables: TableInfo[] = [];
  const directives: Directive[] = [];
  const unitKeys: KeyList[] = [];
  const unitCaptionKeys: Array<KeyList | undefined> = [];
  let shortTemplateHits = 0;
  const shortTemplateUnits: number[] = [];

  // heading context
  let realIdx = -1;
  let headingIdx = -1;
  const headingStack: DocHeading[] = [];
  // the doc's title: its first heading when that is a level-1 heading
  let titleHeading: DocHeading | undefined;
  let eff: readonly SectionId[] = [];
  let mode: Mode;
  let uncommitted = false;
  let scopeList = false;
  let inReferences = false;
  /** Level of the references / acknowledgements heading whose sub-headings are still its part (0: none). */
  let refsLevel = 0;
  /** The references heading credits people ("Team Contributions") rather than citing works. */
  let refsCredit = false;
  let inRisks = false;

  // block context
  const lists: ListFrame[] = [];
  let quoteDepth = 0;
  /** Token index of a quoted template's answer slot ("> Answer:"): what is quoted before it is the prompt. */
  let quotePromptEnd = -1;
  /** The last "Q: …?" line, which labels an "A: …" answer right after it. */
  let lastQuestion: string | undefined;
  /** The candidate's last "Can I assume …?", which an "Interviewer: Sounds good." right after confirms. */
  let lastAssumption: string | undefined;
  /** The last paragraph was the candidate's question ("**Candidate:** Scale. How many players?"). */
  let candidateAsked = false;
  let pending: { text: string; mode: Mode; uncommitted: boolean; scopeList: boolean } | undefined;

  // table context
  let tableStart = -1;
  let header: string[] = [];
  let inHead = false;
  let headerText = '';
  let rowCells: RowCell[] = [];
  let rowLine = 0;
  let rowStart = 0;

  const addHeading = (h: DocHeading): void => {
    headings.push(h);
    headingIdx = headings.length - 1;
    for (const s of h.own) if (!sectionAnchor.has(s)) sectionAnchor.set(s, headingIdx);
  };
  /** What follows a heading reads its section, mode and commitment until the next one. */
  const enterHeading = (h: DocHeading): void => {
    // (a sub-heading of "# Acknowledgements" or "## References", "## RCNN model" / "### Transport for London (TfL)", is
    // still what it credits or cites)
    if (refsLevel > 0 && h.level <= refsLevel) refsLevel = 0;
    // ("## Team Contributions" over "### System diagram" … "#### Model Training": a course template's table of
    // who did what, then the design itself under sub-headings that name its sections)
    if (refsLevel > 0 && refsCredit && h.own.length > 0) refsLevel = 0;
    inReferences = refsLevel > 0 || REFERENCES_HEADING.test(h.norm) || GLOSSARY_HEADING.test(h.norm);
    // (not a glossary's: "## Terms and explanations" over "### Objectives" is a heading-level slip more often than a glossary's part)
    if (refsLevel === 0 && h.level <= 6 && REFERENCES_HEADING.test(h.norm)) {
      refsLevel = h.level;
      refsCredit = CREDITS_HEADING.test(h.norm);
    }
    inRisks = RISKS_HEADING.test(h.norm);
    eff = h.eff;
    mode = h.mode;
    uncommitted = h.uncommitted;
    scopeList = h.scopeList;
    pending = undefined;
  };

  const currentEff = (): readonly SectionId[] => {
    for (let k = lists.length - 1; k >= 0; k--) {
      const e = lists[k].eff;
      if (e) return e;
    }
    return eff;
  };
  const currentHeadingIdx = (): number => {
    for (let k = lists.length - 1; k >= 0; k--) {
      const e = lists[k].effHeading;
      if (e !== undefined) return e;
    }
    return headingIdx;
  };

  const pushUnit = (
    kind: UnitKind,
    line: number,
    endLine: number,
    d: UnitDraft,
    ctx: { parentText: string; parentUnit?: number; mode: Mode; uncommitted: boolean; scopeList: boolean; depth: number },
    cells?: string[],
  ): Unit => {
    const u: Unit = {
      index: units.length,
      kind,
      line,
      endLine,
      sections: currentEff(),
      headingIdx: currentHeadingIdx(),
      text: d.text,
      low: d.low,
      raw: d.raw,
      label: d.label,
      parentText: ctx.parentText,
      mode: ctx.mode,
      flags: d.flags,
      // what a "References" section lists is cited, not designed (a footnote with its own words is still said)
      // an assumption tagged "[unconfirmed]" is a guess, not a decision; a list of skills gained names tools, not a design
      uncommitted:
        ctx.uncommitted || d.gaps || (inReferences && !(d.raw.startsWith('[^') && !CITED_ADDRESS.test(d.raw))) || (d.heldBack ??= heldBack(d.raw)) ||
        (inRisks && bareNames(d.raw, endLine - line + 1)) ||
        (kind === 'item' && linkedTitleItem(text, lineStarts, line)) ||
        // "**"What's your approach to A/B testing ML models?"**" → "- Discuss gradual rollout strategies": what
        // an answer should cover, not what this design does
        (kind === 'item' && TALKING_POINT.test(d.raw) && /\?["”'*_\s]*$/.test(ctx.parentText)) ||
        // "**Problems**:" → "- Slow to retrain (days/weeks)": a flaw of the approach described, not a plan
        (kind === 'item' && PROBLEMS_CAPTION.test(ctx.parentText.trim()) && !PROBLEM_HANDLED.test(d.raw)) ||
        // "**Alternative:**" → "- Monte Carlo Dropout for uncertainty estimation": an option weighed, not the plan
        (kind === 'item' && REJECTED_CAPTION.test(ctx.parentText.trim())),
      scopeList: ctx.scopeList,
      depth: ctx.depth,
      lastDesc: units.length,
      cells,
    };
    if (d.template === 1) {
      shortTemplateHits++;
      shortTemplateUnits.push(u.index);
    } else if (d.template === 2) {
      shortTemplateUnits.push(u.index);
    }
    units.push(u);
    unitKeys.push(d.keys);
    // a short caption above ("Requirements:", "- Data sources") also selects the unit for rules
    // (the parent bullet's keys are its own: ctx.parentUnit)
    const pt = ctx.parentText;
    const pu = ctx.parentUnit ?? -1;
    let ck = pt && pt.length <= 80 ? (pu >= 0 ? unitKeys[pu] : wordKeys(pt)) : undefined;
    // a short heading that names one item ("## Baseline", "### Guardrails") selects the units under it too
    const hn = u.headingIdx >= 0 ? headings[u.headingIdx].norm : '';
    if (hn && hn.length <= 30 && hn.indexOf(' ') === hn.lastIndexOf(' ')) ck = wordKeys(pt && pt.length <= 80 ? `${pt} ${hn}` : hn);
    unitCaptionKeys.push(ck);
    return u;
  };

  const placeRow = (row: RowDraft): void => {
    // ("| Package | Version |" → "| importlib-metadata | 1.7.0 |": the environment's pinned packages, nothing of the design)
    if (row.unit === undefined || DEPENDENCY_TABLE.test(headerText)) return;
    pushUnit('row', rowLine, rowLine, row.unit, { parentText: headerText, mode: row.mode ?? mode, uncommitted, scopeList, depth: 0 }, row.cells);
  };

  const scanDirectives = (content: string, line: number): void => {
    if (!content.includes('mldesign-')) return;
    DIRECTIVE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE_RE.exec(content)) !== null) {
      const before = content.slice(0, m.index);
      const extraLines = before.split('\n').length - 1;
      const l = line + extraLines;
      const lineText = text.slice(lineStarts[l] ?? 0, lineStarts[l + 1] ?? text.length);
      const col = Math.max(0, lineText.indexOf('<!--'));
      directives.push({
        line: l,
        col,
        endCol: col + m[0].length,
        endLine: l + (m[0].split('\n').length - 1),
        kind: DIRECTIVE_KINDS.has(m[1]) ? (m[1] as DirectiveKind) : 'invalid',
        name: m[1],
        ids: m[2].split(/[\s,]+/).filter((s) => s.length > 0),
      });
    }
  };

  // front matter that holds the design ("requirements: latency_p99_ms: 40", "privacy: >" and its
  // text) is read setting by setting, like a YAML block, at its lines
  if (fm?.data !== undefined && fm.endLine > 2) {
    const said: Array<{ line: number; unit: UnitDraft }> = [];
    configEntries(text.slice(text.indexOf('\n') + 1, cut), said, FRONT_MATTER_META);
    const ctx = { parentText: '', mode: undefined, uncommitted: false, scopeList: false, depth: 0 };
    for (const { line, unit } of said) if (line + 1 < fm.endLine) pushUnit('comment', line + 1, line + 1, unit, ctx);
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        realIdx++;
        const rh = realHeadings[realIdx];
        if (!rh) break;
        while (headingStack.length > 0 && headingStack[headingStack.length - 1].level >= rh.level) headingStack.pop();
        const parent = headingStack[headingStack.length - 1];
        const norm = normalizeHeading(rh.text);
        const own = rh.sections ?? [];
        // "Goals and non-goals" holds both: only a heading that is all non-goals is uncommitted;
        // the doc's title tagged "(v2)" names the doc's version, not a deferral
        const title = realIdx === 0 && rh.level === 1;
        const unc = UNCOMMITTED_RE.test(title ? norm.replace(/\s*\([^()]*\)$/, '') : norm) && !/\bgoals? (?:and|&) non[- ]?goals?\b/.test(norm);
        const h: DocHeading = {
          line: rh.line,
          level: rh.level,
          text: rh.text,
          norm,
          own,
          nested: rh.nested ?? false,
          pseudo: false,
          ...underParent(norm, own, unc, parent, parent === undefined || parent === titleHeading),
        };
        if (title) titleHeading = h;
        addHeading(h);
        headingStack.push(h);
        // "## Budget <!-- mldesign-disable-next-line … -->" on a heading line
        for (const c of tokens[i + 1]?.children ?? []) if (c.type === 'html_inline' && c.content.includes('mldesign-')) scanDirectives(c.content, rh.line);
        enterHeading(h);
        // "#### Overall Performance: accuracy: 0.7599; recall: 0.0013", "### Endpoint: POST /predict":
        // a heading that carries a value (a number, or an endpoint, after its label) is also a line of content
        if (!title && quoteDepth === 0) {
          const hv = HEADING_VALUE.exec(rh.text);
          if ((hv && (/\d/.test(hv[1]) || /\b(?:post|get|put)\s+\//i.test(hv[1]))) || proseHeading(rh.text)) {
            pushUnit('para', rh.line, rh.line, plainLineDraft(rh.text), { parentText: '', mode, uncommitted, scopeList, depth: 0 });
          }
        }
        i += 2; // inline, heading_close
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        break;
      case 'list_item_open': {
        const parentFrame = lists[lists.length - 1];
        const parentHead = parentFrame && parentFrame.head >= 0 ? units[parentFrame.head] : undefined;
        let parentText: string;
        let parentUnit = -1;
        let m: Mode;
        let unc: boolean;
        let sl: boolean;
        if (parentFrame) {
          parentText = parentHead ? parentHead.raw : parentFrame.parentText;
          parentUnit = parentHead ? parentFrame.head : parentFrame.parentUnit;
          m = (parentHead ? modeOf(parentHead.raw.slice(0, 60)) : undefined) ?? parentFrame.mode;
          // under an item that commits to nothing ("- [ ] Guardrails", "Missed:"), nothing nested commits either
          unc = parentFrame.uncommitted || (parentHead ? parentHead.uncommitted || UNCOMMITTED_RE.test(parentHead.raw.slice(0, 60)) : false);
          sl = parentFrame.scopeList || (parentHead ? SCOPE_LIST_RE.test(parentHead.raw.slice(0, 40)) : false);
        } else if (pending) {
          parentText = pending.text;
          m = pending.mode ?? mode;
          unc = pending.uncommitted || uncommitted;
          sl = pending.scopeList || scopeList;
        } else {
          parentText = '';
          m = mode;
          unc = uncommitted;
          sl = scopeList;
        }
        lists.push({ head: -1, parentText, parentUnit, mode: m, uncommitted: unc, scopeList: sl, depth: lists.length + 1, sawParagraph: false });
        break;
      }
      case 'list_item_close': {
        const f = lists.pop();
        if (f && f.head >= 0) units[f.head].lastDesc = units.length - 1;
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (lists.length === 0) pending = undefined;
        break;
      case 'blockquote_open':
        if (quoteDepth++ === 0) quotePromptEnd = answerSlot(tokens, i);
        break;
      case 'blockquote_close':
        quoteDepth = Math.max(0, quoteDepth - 1);
        break;
      case 'paragraph_open': {
        let inline = tokens[i + 1];
        let map = linesOf(i, t.map ?? inline?.map ?? [0, 1]);
        // a section title typed as an ALL-CAPS line over its text, with no blank line between
        // ("MONITORING" / "we use both the online monitoring with prometheus and grafana…"), in a doc
        // whose Markdown headings name too few sections: a pseudo-heading, and the rest its paragraph
        // (or the title of a one-item numbered list over its text: "1. Gathering System Requirements" /
        // "As with any ML design interview question, …")
        const numbered = lists.length === 1 && tokens[i - 1]?.type === 'list_item_open' && (tokens[i - 1].markup === '.' || tokens[i - 1].markup === ')') && tokens[i + 3]?.type === 'list_item_close';
        if (fallback && quoteDepth === 0 && (lists.length === 0 || numbered) && inline?.type === 'inline') {
          const split = capsTitleSplit(inline, numbered);
          if (split !== undefined) {
            const h = pseudoHeading(map[0], split.title, split.own, (headingStack[headingStack.length - 1]?.eff.length ?? 0) > 0);
            addHeading(h);
            enterHeading(h);
            inline = split.rest;
            map = [map[0] + 1, map[1]];
          }
        }
        const info = readInline(inline, env);
        for (const h of info.html) scanDirectives(h.content, map[0] + h.lineOffset);
        // a paragraph that opens with site-generator tags ("{% capture im %}" / "{{ site.url }}/a.png" /
        // "{% endcapture %}") starts, as prose, at its first line with words of its own
        if (inline?.content.startsWith('{')) map = [map[0] + leadingTemplateLines(inline.content), map[1]];
        const prompt = quoteDepth > 0 && i + 1 < quotePromptEnd;
        i += 2;
        const frame = lists[lists.length - 1];
        const d = paraDraft(info, frame !== undefined);
        const full = d.full;
        if (!full) break;
        // a table of contents' entry ("- [RankNet](#ranknet)"): a link to a heading of the page, no statement
        if (frame !== undefined && inline !== undefined && TOC_ENTRY.test(inline.content)) break;
        const prevQuestion = lastQuestion;
        lastQuestion = d.question;
        const prevAssumption = lastAssumption;
        lastAssumption = d.assumption;
        const prevCandidateAsked = candidateAsked;
        candidateAsked = d.label !== undefined && CANDIDATE_LABEL.test(d.label.toLowerCase()) && full.includes('?');
        // Pseudo-headings: a bold line at top level, or a short top-level list item, naming a section.
        if (fallback && quoteDepth === 0) {
          // (a bold line; or, in terse notes, a plain one-to-three-word line right over a list:
          // "reqs??", "data", "eval", "mon")
          const own = frame ? NO_SECTIONS : info.allBold ? (full.length <= 80 ? classifyHeadingAll(full.replace(/[:.]$/, '')) : NO_SECTIONS) : CAPS_TITLE.test(full) || EMOJI_TITLE.test(full) ? classifyHeadingAll(full.replace(/:$/, '')) : terseSection(full, tokens[i + 1]?.type);
          // (a bare "**Why:**" after what it explains — "**Model:** LightGBM" — captions the reasons listed
          // under it; it opens no motivation section)
          const whyCaption = BARE_WHY.test(full) && units.length > 0 && units[units.length - 1].headingIdx === headingIdx;
          if (own.length > 0 && !whyCaption) {
            const h = pseudoHeading(map[0], full, own, (headingStack[headingStack.length - 1]?.eff.length ?? 0) > 0);
            addHeading(h);
            enterHeading(h);
            break;
          }
          // (not a table of contents: "- [Functional requirements](#functional-requirements)" links to the heading)
          if (frame && lists.length === 1 && !frame.sawParagraph && full.length <= 60 && !/[.?!]\s/.test(full) && !TOC_ENTRY.test(tokens[i - 1].content)) {
            const own = classifyHeadingAll(full.replace(/[:.]$/, ''));
            // (or a one-item numbered list that titles the paragraphs after it, as a page copied to plain
            // text leaves its numbered section titles: "2. Image and Label Collection" / "Assuming we …")
            const titleOnly = tokens[i + 1]?.type === 'list_item_close' && tokens[i - 4]?.type === 'ordered_list_open' && tokens[i + 2]?.type === 'ordered_list_close' && tokens[i + 3]?.type === 'paragraph_open';
            if (own.length > 0 && titleOnly) {
              const h = pseudoHeading(map[0], full, own, false);
              addHeading(h);
              enterHeading(h);
              break;
            }
            if (own.length > 0 && tokens[i + 1]?.type !== 'list_item_close') {
              addHeading(pseudoHeading(map[0], full, own, false));
              frame.eff = own;
              frame.effHeading = headingIdx;
              frame.sawParagraph = true;
              break;
            }
          }
        }
        const value = d.value;
        // Q&A notes: "**Q: Baseline?**" then "A: Random forest on …" — the question labels the answer
        const label = d.answer && prevQuestion !== undefined ? (NEG_ANSWER.test(value) ? `no ${prevQuestion}` : prevQuestion) : d.label ?? captionLabel(frame, units);
        const own = label === d.label;
        const endLine = map[1] - 1;
        // the interviewer answering the candidate's question ("Around 12 million monthly actives")
        // gives the facts the design works from: a statement, not a question
        const asked = (own ? d.asked : askedBy(label, value)) && !(prevCandidateAsked && !full.includes('?') && /^interviewer\b/i.test(label ?? ''));
        // an unchecked box under acceptance criteria is a requirement the release must meet, not a to-do
        // (or under an "**Acceptance Criteria:**" caption over the list, as a sprint ticket writes it)
        const unreached = d.unreached && !(frame !== undefined && UNCHECKED_TASK.test(info.text) && (headingStack.some((h) => ACCEPTANCE_HEADING.test(h.norm)) || ACCEPTANCE_CAPTION.test(lists[0].parentText)));
        // an answer labelled by the question before it is also found by the question's words
        // (kept on the draft like its own unit, so that a re-parse of unchanged text drafts neither again)
        let ud: UnitDraft;
        if (own) ud = d.unit ??= draftUnit(full, label, value);
        else {
          let lab = d.labelled;
          if (lab === undefined || lab.label !== (label ?? '')) lab = d.labelled = { label: label ?? '', unit: { ...draftUnit(full, label, value), keys: wordKeys(`${label} ${full}`.toLowerCase()) } };
          ud = lab.unit;
        }
        const quoted = quoteDepth > 0;
        const hint = prompt || (own ? (quoted ? (d.hintQuoted ??= isTemplateHint(value, info.italicValue, true, label)) : (d.hint ??= isTemplateHint(value, info.italicValue, false, label))) : isTemplateHint(value, info.italicValue, quoted, label));
        if (frame) {
          const isHead = !frame.sawParagraph;
          frame.sawParagraph = true;
          const ctx = {
            parentText: isHead ? frame.parentText : frame.head >= 0 ? units[frame.head].raw : frame.parentText,
            parentUnit: isHead ? frame.parentUnit : frame.head >= 0 ? frame.head : frame.parentUnit,
            mode: frame.mode,
            uncommitted: frame.uncommitted || unreached,
            scopeList: frame.scopeList,
            depth: frame.depth,
          };
          const u = pushUnit(isHead ? 'item' : 'para', map[0], endLine, ud, ctx);
          if (hint) dropUnit(u, DROP_TEMPLATE);
          else if (asked) dropUnit(u, DROP_QUESTION);
          if (isHead) frame.head = u.index;
          // the item's own label decides the mode of what it says ("Offline: AUC")
          if (isHead && label) {
            const lm = modeOf(label.toLowerCase());
            if (lm) (u as { mode: Mode }).mode = lm;
          }
        } else {
          const ctx = { parentText: '', mode, uncommitted: uncommitted || unreached, scopeList, depth: 0 };
          const u = pushUnit(quoted ? 'quote' : 'para', map[0], endLine, ud, ctx);
          if (hint) dropUnit(u, DROP_TEMPLATE);
          else if (asked) dropUnit(u, DROP_QUESTION);
          // "Interviewer: That sounds good." after "Can I assume <X>?": X is agreed, so it is said
          if (d.confirms && prevAssumption !== undefined && !quoted) {
            const text = `${prevAssumption}.`;
            if (d.confirmed?.text !== text) d.confirmed = { text, unit: draftUnit(text, undefined, text) };
            pushUnit('para', map[0], endLine, d.confirmed.unit, ctx);
          }
          if ((label !== undefined && u.low === '') || d.captionLike) {
            // "**Offline metrics:**" / "Open questions:" followed by a list: context for that list;
            // so is a caption line ("Non-goals", "Offline metrics:")
            pending = d.caption ??= captionOf(full);
          } else if (d.leadIn !== undefined) {
            // "… The new features added are" → "1. Age group: …": the unfinished sentence captions the list
            pending = captionOf(d.leadIn);
          } else {
            pending = undefined;
          }
        }
        break;
      }
      case 'table_open':
        tableStart = t.map ? t.map[0] + lineShift(i) : 0;
        header = [];
        headerText = '';
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        headerText = header.join(' | ');
        break;
      case 'tr_open': {
        rowLine = t.map ? t.map[0] + lineShift(i) : rowLine + 1;
        const known = inHead ? null : (t.meta as unknown as RowDraft | null);
        if (known) {
          placeRow(known);
          i += known.span;
          break;
        }
        rowCells = [];
        rowStart = i;
        break;
      }
      case 'th_open':
      case 'td_open': {
        const inline = tokens[i + 1];
        const info = readInline(inline, env);
        const raw = info.text.trim();
        if (inHead) header.push(raw.toLowerCase());
        else {
          const c = rowCell(raw);
          // a value cell holding a template hint ("*e.g. GDPR, PII handling*") says nothing
          rowCells.push(rowCells.length > 0 && isTemplateHint(raw, info.italicValue) ? { raw, kept: '', flags: c.flags | DROP_TEMPLATE } : c);
        }
        i += 2;
        break;
      }
      case 'tr_close': {
        if (inHead) break;
        const row = draftRow(rowCells, i - rowStart);
        // kept on the row's token: the next parse of the same table reads it from there
        (tokens[rowStart] as { meta: unknown }).meta = row;
        placeRow(row);
        break;
      }
      case 'table_close':
        tables.push({ line: tableStart, endLine: (t.map ? t.map[1] + lineShift(i) : rowLine + 1) - 1, header, headingIdx });
        if (tables[tables.length - 1].endLine < rowLine) (tables[tables.length - 1] as { endLine: number }).endLine = rowLine;
        pending = undefined;
        break;
      case 'fence':
      case 'code_block': {
        const map = linesOf(i, t.map ?? [0, 1]);
        const c = codeDraft(t);
        const u: Unit = {
          index: -1,
          kind: c.kind,
          line: map[0],
          endLine: map[1] - 1,
          sections: currentEff(),
          headingIdx: currentHeadingIdx(),
          text: c.scaffold ? '' : t.content,
          low: c.scaffold ? '' : c.low,
          raw: c.raw,
          label: '',
          parentText: c.lang,
          mode,
          flags: c.scaffold ? DROP_TEMPLATE : 0,
          uncommitted,
          scopeList,
          depth: 0,
          lastDesc: -1,
        };
        codeUnits.push(u);
        // what the diagram's boxes and arrows say ("split by tile, never by patch", "loss = Dice +
        // CE") is read like a short bullet of its own, at its line
        if (c.said.length > 0) {
          const ctx = { parentText: '', mode, uncommitted, scopeList, depth: 0 };
          const sample = c.kind === 'code' && sampleCaptioned(units[units.length - 1], map[0], currentHeadingIdx());
          for (const { line, unit } of c.said) {
            const said = pushUnit(c.kind === 'mermaid' ? 'mermaid' : 'comment', map[0] + 1 + line, map[0] + 1 + line, unit, ctx);
            if (sample) said.flags |= SAMPLE_OUTPUT;
          }
        }
        break;
      }
      case 'html_block': {
        if (t.map) scanDirectives(t.content, t.map[0] + lineShift(i));
        // "<details><summary><strong>2. Numbers</strong></summary>": the summary is the heading of
        // what the collapsible holds (it ends the section of the pseudo-heading before it)
        const sm = quoteDepth === 0 && lists.length === 0 && t.map ? SUMMARY_TAG.exec(t.content) : null;
        if (sm && t.map) {
          const full = (unescapeAll ??= new MarkdownIt().utils.unescapeAll)(sm[1].replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
          if (full.length === 0 || full.length > 120) break;
          const own = classifyHeadingAll(full.replace(/[:.]$/, ''));
          const norm = normalizeHeading(full);
          const parent = headingStack[headingStack.length - 1];
          const line = t.map[0] + lineShift(i) + (t.content.slice(0, sm.index).match(/\n/g)?.length ?? 0);
          const h: DocHeading = {
            line, level: 7, text: full, norm, own,
            nested: (parent?.eff.length ?? 0) > 0,
            pseudo: true,
            ...underParent(norm, own, UNCOMMITTED_RE.test(norm), parent),
          };
          addHeading(h);
          enterHeading(h);
        }
        // "<ol><li><b>Goal:</b> catch fraud at authorisation …</li></ol>": lists and paragraphs
        // written in HTML are read like Markdown ones (text only; nothing of the HTML is run)
        if (t.map && quoteDepth === 0) {
          const first = t.map[0] + lineShift(i);
          const cap = pending;
          for (const piece of htmlDrafts(t)) {
            if (piece.row) {
              pushUnit('row', first + piece.line, first + piece.endLine, piece.d, { parentText: piece.row.header, mode: piece.row.mode ?? mode, uncommitted, scopeList, depth: 0 }, piece.row.cells);
              continue;
            }
            const ctx = { parentText: piece.item && cap ? cap.text : '', mode: piece.item && cap?.mode ? cap.mode : mode, uncommitted: uncommitted || (piece.item && !!cap?.uncommitted), scopeList: scopeList || (piece.item && !!cap?.scopeList), depth: piece.item ? 1 : 0 };
            pushUnit(piece.item ? 'item' : 'para', first + piece.line, first + piece.endLine, piece.d, ctx);
          }
        }
        break;
      }
      default:
        break;
    }
  }

  // A copy of a public template (5+ of its 3–4 word lines): its short lines ("Model eval and HP
  // tuning", "Resampling", "A/B Test") are template too.
  const templateMode = shortTemplateHits >= 5;
  if (templateMode) {
    for (const k of shortTemplateUnits) dropUnit(units[k], DROP_TEMPLATE);
  }
  // "My first answer was: score online, p99 under 50 ms." then "Actually, scratch that — a daily
  // batch is enough.": the answer taken back says nothing; the correction is the decision
  for (let k = 1; k < units.length; k++) {
    const u = units[k];
    if (u.raw.length > 200 || !RETRACTION.test(u.raw)) continue;
    const p = units[k - 1];
    if (p.headingIdx === u.headingIdx && (p.kind === 'para' || p.kind === 'item') && p.depth === u.depth) dropUnit(p, DROP_RETRACTED);
  }

  return {
    text,
    lineStarts,
    frontMatter: fm,
    bodyStartLine,
    realHeadings,
    headings,
    sectionAnchor,
    titleLine,
    units,
    codeUnits,
    tables,
    directives,
    index: new WordIndex(unitKeys, unitCaptionKeys),
    unitKeys,
    unitCaptionKeys,
    templateMode,
  };
}

/**
 * ParsedDoc.index, read from the units' key lists: a key's units are found when first asked for
 * (the rules ask for a few keys per document: building the whole map cost more than the lookups).
 * Each key list has a 128-bit filter of its keys (two bits per key), kept with the list (which
 * parse.ts shares between parses), so most units are passed over without reading their keys.
 */
const BLOOM_WORDS = 4;

function bloomHashes(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  // two 7-bit positions
  return ((h >>> 25) << 7) | ((h >>> 18) & 127);
}

function bloomOf(keys: readonly number[]): Uint32Array {
  const b = new Uint32Array(BLOOM_WORDS);
  for (let j = 0; j < keys.length; j++) {
    const h = bloomHashes(keys[j]);
    const p = h >>> 7;
    const q = h & 127;
    b[p >>> 5] |= 1 << (p & 31);
    b[q >>> 5] |= 1 << (q & 31);
  }
  return b;
}

function holds(keys: readonly number[], key: number): boolean {
  for (let j = 0; j < keys.length; j++) if (keys[j] === key) return true;
  return false;
}

/**
 * Keys asked of word indexes, each with a bit (the rules ask for the same few words in every
 * document: docMentions): a key list notes which of them it holds once, and a document's lists
 * for all of them are then made in one pass over its units. At most 32; other keys are looked up
 * one by one.
 */
const WATCHED = new Map<number, number>();
const watchedKeys: number[] = [];

function watchedBitsOf(list: KeyList): number {
  if (list.watchedFor === watchedKeys.length) return list.watched;
  let bits = 0;
  const b = list.bloom;
  for (let id = 0; id < watchedKeys.length; id++) {
    const key = watchedKeys[id];
    const h = bloomHashes(key);
    const p = h >>> 7;
    const q = h & 127;
    if ((b[p >>> 5] & (1 << (p & 31))) !== 0 && (b[q >>> 5] & (1 << (q & 31))) !== 0 && holds(list.keys, key)) bits |= 1 << id;
  }
  list.watched = bits;
  list.watchedFor = watchedKeys.length;
  return bits;
}

class WordIndex implements ReadonlyMap<number, readonly number[]> {
  private readonly found = new Map<number, readonly number[] | undefined>();
  private blooms: Uint32Array | undefined;
  private whole: Map<number, number[]> | undefined;
  /** how many watched keys `found` holds the lists of */
  private watchedDone = 0;

  constructor(
    private readonly unitKeys: readonly KeyList[],
    private readonly captionKeys: ReadonlyArray<KeyList | undefined>,
  ) {}

  get(key: number): readonly number[] | undefined {
    if (this.whole !== undefined) return this.whole.get(key);
    if (this.found.has(key)) return this.found.get(key);
    let id = WATCHED.get(key);
    if (id === undefined && watchedKeys.length < 32) {
      id = watchedKeys.length;
      WATCHED.set(key, id);
      watchedKeys.push(key);
    }
    if (id !== undefined && this.watchedDone < watchedKeys.length) {
      this.findWatched();
      return this.found.get(key);
    }
    const n = this.unitKeys.length;
    // the units' filters side by side (own keys | caption keys), made at the first lookup
    let blooms = this.blooms;
    if (blooms === undefined) {
      blooms = this.blooms = new Uint32Array(n * BLOOM_WORDS);
      for (let i = 0; i < n; i++) {
        const own = this.unitKeys[i].bloom;
        const cap = this.captionKeys[i]?.bloom;
        for (let w = 0; w < BLOOM_WORDS; w++) blooms[i * BLOOM_WORDS + w] = cap === undefined ? own[w] : own[w] | cap[w];
      }
    }
    const h = bloomHashes(key);
    const p = h >>> 7;
    const q = h & 127;
    const pw = p >>> 5;
    const pb = 1 << (p & 31);
    const qw = q >>> 5;
    const qb = 1 << (q & 31);
    let out: number[] | undefined;
    for (let i = 0, at = 0; i < n; i++, at += BLOOM_WORDS) {
      if ((blooms[at + pw] & pb) === 0 || (blooms[at + qw] & qb) === 0) continue;
      const cap = this.captionKeys[i];
      if (holds(this.unitKeys[i].keys, key) || (cap !== undefined && holds(cap.keys, key))) (out ??= []).push(i);
    }
    this.found.set(key, out);
    return out;
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  /** The units of every watched key, in one pass. */
  private findWatched(): void {
    const count = watchedKeys.length;
    const lists = new Array<number[] | undefined>(count);
    const n = this.unitKeys.length;
    for (let i = 0; i < n; i++) {
      const cap = this.captionKeys[i];
      let bits = watchedBitsOf(this.unitKeys[i]) | (cap === undefined ? 0 : watchedBitsOf(cap));
      while (bits !== 0) {
        const low = bits & -bits;
        const id = 31 - Math.clz32(low);
        (lists[id] ??= []).push(i);
        bits ^= low;
      }
    }
    for (let id = 0; id < count; id++) this.found.set(watchedKeys[id], lists[id]);
    this.watchedDone = count;
  }

  /** The whole map (only for iteration; the rules only call get). */
  private all(): Map<number, number[]> {
    if (this.whole === undefined) {
      const m = new Map<number, number[]>();
      const add = (keys: readonly number[], at: number): void => {
        for (const key of keys) {
          const arr = m.get(key);
          if (arr === undefined) m.set(key, [at]);
          else if (arr[arr.length - 1] !== at) arr.push(at);
        }
      };
      for (let i = 0; i < this.unitKeys.length; i++) {
        add(this.unitKeys[i].keys, i);
        const ck = this.captionKeys[i];
        if (ck !== undefined) add(ck.keys, i);
      }
      this.whole = m;
    }
    return this.whole;
  }

  get size(): number {
    return this.all().size;
  }
  forEach(fn: (value: readonly number[], key: number, map: ReadonlyMap<number, readonly number[]>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.all()) fn.call(thisArg, v, k, this);
  }
  entries(): MapIterator<[number, readonly number[]]> {
    return this.all().entries();
  }
  keys(): MapIterator<number> {
    return this.all().keys();
  }
  values(): MapIterator<readonly number[]> {
    return this.all().values();
  }
  [Symbol.iterator](): MapIterator<[number, readonly number[]]> {
    return this.all()[Symbol.iterator]();
  }
}

/** Units nested under `u` (its sub-bullets), with `u` first. */
export function subtree(doc: ParsedDoc, u: Unit): Unit[] {
  return doc.units.slice(u.index, Math.max(u.index, u.lastDesc) + 1);
}

/** Text of a unit and its sub-bullets, lower-cased and bounded (for plans written as lists). */
export function subtreeLow(doc: ParsedDoc, u: Unit, max = 1200): string {
  if (u.lastDesc <= u.index) return u.low;
  let out = u.low || u.label;
  for (let k = u.index + 1; k <= u.lastDesc && out.length < max; k++) {
    const low = doc.units[k].low;
    if (low) out += '; ' + low;
  }
  return out;
}
