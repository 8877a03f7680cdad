/**
 * Design-doc scaffolding: the one template source shared by the extension's commands and the CLI.
 *
 * Unfilled prompts are written as "TODO: <question>" so that the linter recognises them as
 * placeholders (not answers) and a person sees at a glance what is left.
 */
import { SECTIONS, sectionById, type SectionDef, type SectionId } from './framework';
import { itemsOfSection, type RubricItem } from './rubric';
import { caseStudyById, type CaseStudy } from './cases';
import { readOutline, sectionHeadings, type Outline } from './outline';

/** Front-matter key that marks a Markdown file as an ML design doc. */
export const DOC_MARKER_KEY = 'mldesign';
/** Prefix of every placeholder the scaffold writes. */
export const TODO_PREFIX = 'TODO:';

export interface NewDocOptions {
  readonly title: string;
  /** A case-study id from CASE_STUDIES; undefined for a blank doc. */
  readonly caseId?: string;
  /** ISO date (YYYY-MM-DD) written to the front matter; defaults to today. */
  readonly date?: string;
  /** Line ending; defaults to "\n". */
  readonly eol?: '\n' | '\r\n';
}

export class UnknownCaseError extends Error {
  constructor(readonly caseId: string) {
    super(`Unknown case study "${caseId}".`);
    this.name = 'UnknownCaseError';
  }
}

function resolveCase(caseId: string | undefined): CaseStudy | undefined {
  if (caseId === undefined || caseId === '') return undefined;
  const cs = caseStudyById(caseId);
  if (!cs) throw new UnknownCaseError(caseId);
  return cs;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** YAML scalar for a title: quoted when it could be misread. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const REQUIREMENTS_TABLE_ROWS: Array<[item: string, requirement: string, target: string]> = [
  ['requirements.latency-p99', 'p99 latency', 'TODO ms'],
  ['requirements.throughput-qps', 'Peak QPS', 'TODO req/s'],
  ['requirements.scale', 'Scale (users, items, data)', 'TODO'],
  ['requirements.budget-cost', 'Compute / storage budget', 'TODO'],
];

export function requirementsTable(): string[] {
  const rows = REQUIREMENTS_TABLE_ROWS.map(([, req, target]) => `| ${req} | ${target} | |`);
  return ['| Requirement | Target | Notes |', '| --- | --- | --- |', ...rows];
}

export function metricsTable(): string[] {
  return [
    '| Metric | Offline / online | Target | Why it fits |',
    '| --- | --- | --- | --- |',
    `| TODO | Offline | TODO | ${TODO_PREFIX} offline metric that matches the ML task |`,
    `| TODO | Online | TODO | ${TODO_PREFIX} online metric that shows the business goal moved |`,
    `| TODO | Guardrail | TODO | ${TODO_PREFIX} metric that must not get worse |`,
  ];
}

/** The starter architecture diagram: offline training loop and online serving loop. */
export function architectureDiagram(): string[] {
  return [
    '```mermaid',
    'flowchart LR',
    '  subgraph offline["Offline: training loop"]',
    '    logs[("Logs & labels")] --> etl["Feature pipeline"]',
    '    etl --> store[("Feature store")]',
    '    store --> train["Train"]',
    '    train --> evaluate{"Offline eval"}',
    '    evaluate -->|passes| registry[("Model registry")]',
    '  end',
    '  subgraph online["Online: serving loop"]',
    '    client(["Client"]) -->|request| api["Prediction service"]',
    '    api -->|features| store',
    '    api --> model["Model server"]',
    '    model -->|score| api',
    '    api -->|response| client',
    '    api -.->|"log predictions & outcomes"| logs',
    '  end',
    '  registry -->|deploy| model',
    '```',
  ];
}

function promptLine(item: RubricItem): string {
  return `- **${capitalize(item.label)}:** ${TODO_PREFIX} ${item.prompt}`;
}

/** The lines of one section (heading included), for a new doc or for Insert Section. */
export function sectionLines(
  section: SectionDef,
  opts: { caseStudy?: CaseStudy; headingLevel?: number; numbered?: boolean } = {},
): string[] {
  const level = opts.headingLevel ?? 2;
  const heading = `${'#'.repeat(level)} ${opts.numbered === false ? '' : `${section.number}. `}${section.title}`;
  const lines: string[] = [heading, '', `_${section.summary}_`, ''];
  const items = itemsOfSection(section.id);
  const bulletItems = items.filter((i) => !i.table);
  for (const item of bulletItems) lines.push(promptLine(item));
  if (section.id === 'requirements') {
    lines.push('', ...requirementsTable());
  }
  if (section.id === 'evaluation') {
    lines.push('', ...metricsTable());
  }
  if (section.id === 'deployment') {
    lines.push('', 'Architecture (offline training loop and online serving loop):', '', ...architectureDiagram());
  }
  const cs = opts.caseStudy;
  const caseItems = cs ? cs.items.filter((i) => i.section === section.id) : [];
  if (cs && caseItems.length > 0) {
    lines.push('', `**${cs.title} (chapter ${cs.chapter}):**`, '');
    for (const ci of caseItems) lines.push(`- **${capitalize(ci.label)}:** ${TODO_PREFIX} ${ci.prompt}`);
  }
  lines.push('');
  return lines;
}

/** A complete new design document. */
export function renderNewDocument(opts: NewDocOptions): string {
  const cs = resolveCase(opts.caseId);
  const title = opts.title.trim() || cs?.defaultTitle || 'ML system design';
  const eol = opts.eol ?? '\n';
  const lines: string[] = [
    '---',
    `title: ${yamlString(title)}`,
    `date: ${opts.date ?? todayIso()}`,
    ...(cs ? [`case: ${cs.id}`] : []),
    'status: draft',
    `${DOC_MARKER_KEY}: true`,
    '---',
    '',
    `# ${title}`,
    '',
  ];
  if (cs) lines.push(`> ${cs.pitch}`, '');
  for (const s of SECTIONS) lines.push(...sectionLines(s, { caseStudy: cs }));
  // exactly one trailing newline
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join(eol) + eol;
}

/** A file-name slug: lower-case ASCII words joined by dashes, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'design-doc';
}

/**
 * The first free name among `<slug>.md`, `<slug>-2.md`, `<slug>-3.md`, ... `exists` may be async
 * (a file-system stat). Never returns a name for which `exists` said true.
 */
export async function freeFileName(slug: string, exists: (name: string) => boolean | Promise<boolean>): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const name = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
    if (!(await exists(name))) return name;
  }
  throw new Error(`No free file name for "${slug}" after 10,000 tries.`);
}

export interface SectionInsertion {
  readonly section: SectionId;
  /** 0-based line before which the text is inserted (the last line when appending). */
  readonly line: number;
  /** Character offset of the insertion point (use this one: it is exact when appending). */
  readonly offset: number;
  /** Text to insert at `offset`; ends with a newline. */
  readonly text: string;
}

/** Sections of the framework the document does not have yet, in framework order. */
export function missingSections(text: string, outline: Outline = readOutline(text)): SectionId[] {
  const present = sectionHeadings(outline);
  return SECTIONS.map((s) => s.id).filter((id) => !present.has(id));
}

function endOfSection(outline: Outline, headingLine: number, level: number): number {
  const next = outline.headings.find((h) => h.line > headingLine && h.level <= level);
  return next ? next.line : outline.lineCount;
}

/**
 * Where and what to insert so that `section` appears at its framework position: before the first
 * present section that comes later in the framework; else after the last earlier section's body;
 * else at the end. Heading level and numbering follow the document's own section headings.
 */
export function planSectionInsertion(
  text: string,
  section: SectionId,
  opts: { caseId?: string; eol?: '\n' | '\r\n' } = {},
): SectionInsertion {
  const outline = readOutline(text);
  const present = sectionHeadings(outline);
  if (present.has(section)) throw new Error(`The document already has a "${sectionById(section).title}" section.`);
  const target = sectionById(section);
  const headings = [...present.values()];
  const levels = headings.map((h) => h.level);
  const headingLevel = levels.length > 0 ? mostCommon(levels) : 2;
  const numbered = headings.length === 0 || headings.some((h) => /^\s*\d+[.)]/.test(h.text));
  const eol = opts.eol ?? (text.includes('\r\n') ? '\r\n' : '\n');

  const later = SECTIONS.filter((s) => s.number > target.number && present.has(s.id)).map((s) => present.get(s.id)!);
  const earlier = SECTIONS.filter((s) => s.number < target.number && present.has(s.id)).map((s) => present.get(s.id)!);
  let line: number;
  if (later.length > 0) {
    line = Math.min(...later.map((h) => h.line));
  } else if (earlier.length > 0) {
    const last = earlier.reduce((a, b) => (b.line > a.line ? b : a));
    line = endOfSection(outline, last.line, last.level);
  } else {
    line = outline.lineCount;
  }

  const offset = offsetOfLine(text, line);
  const body = sectionLines(target, { caseStudy: opts.caseId ? caseStudyById(opts.caseId) : undefined, headingLevel, numbered });
  // Keep one blank line between what comes before and the new heading.
  const before = text.slice(0, offset);
  let prefix = '';
  if (before.length > 0 && !before.endsWith('\n')) prefix = eol + eol;
  else if (before.trim() !== '' && !/\n[ \t]*\r?\n$/.test(before)) prefix = eol;
  return { section, line, offset, text: prefix + body.join(eol) + eol };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/**
 * Applies an insertion to a string (for the CLI and tests; the extension uses a WorkspaceEdit).
 */
export function applyInsertion(text: string, ins: SectionInsertion): string {
  return text.slice(0, ins.offset) + ins.text + text.slice(ins.offset);
}

export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return offset;
}
