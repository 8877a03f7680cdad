/**
 * Quick fixes. They only insert: the original text is always a subsequence of the result.
 * - an item: a stub line "- **<Label>:** TODO: <prompt>" (or a table row where the section has the
 *   matching requirements/metrics table) at the end of the item's section; when the section is
 *   missing, its heading plus that line at the section's framework position (planSectionInsertion);
 * - disabling a rule: "<!-- mldesign-disable <id> -->" right after the front matter.
 */
import { sectionById, type SectionId } from '../framework';
import { readFrontMatter } from '../outline';
import { rubricItem } from '../rubric';
import { offsetOfLine, planSectionInsertion } from '../scaffold';
import { parseDoc, type ParsedDoc } from './parse';
import type { Fix } from './types';
import type { CompiledItemRule } from './rules';

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function eolOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The line of `text` (without its line break). */
function lineText(doc: ParsedDoc, line: number): string {
  const start = doc.lineStarts[line] ?? doc.text.length;
  const end = doc.lineStarts[line + 1] ?? doc.text.length;
  return doc.text.slice(start, end).replace(/\r?\n$/, '');
}

/**
 * Lines [start, end) of a section's body: from its anchor heading to the next heading that does
 * not belong to it (or is at the same or a higher level).
 */
export function sectionBody(doc: ParsedDoc, section: SectionId): { heading: number; end: number } | undefined {
  const hi = doc.sectionAnchor.get(section);
  if (hi === undefined) return undefined;
  const h = doc.headings[hi];
  let end = doc.lineStarts.length;
  for (let k = hi + 1; k < doc.headings.length; k++) {
    const n = doc.headings[k];
    if (n.level <= h.level || !n.eff.includes(section)) {
      end = n.line;
      break;
    }
  }
  return { heading: h.line, end };
}

/** Last non-blank line of a section body (the heading line when the body is empty). */
export function lastContentLine(doc: ParsedDoc, body: { heading: number; end: number }): number {
  for (let l = body.end - 1; l > body.heading; l--) {
    if (lineText(doc, l).trim() !== '') return l;
  }
  return body.heading;
}

const LIST_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

function insertAfterLine(doc: ParsedDoc, line: number, block: string, eol: string, opts: { continueList: boolean; beforeNext: boolean }): { offset: number; text: string } {
  const text = doc.text;
  const next = doc.lineStarts[line + 1];
  let offset: number;
  let prefix = '';
  if (next === undefined) {
    offset = text.length;
    if (!text.endsWith('\n') && text.length > 0) prefix = eol;
  } else {
    offset = next;
  }
  if (!opts.continueList && text.length > 0) prefix += eol;
  const suffix = opts.beforeNext ? eol : '';
  return { offset, text: prefix + block + eol + suffix };
}

/** The stub line the scaffold writes for an item. */
export function stubLine(label: string, prompt: string): string {
  return `- **${capitalize(label)}:** TODO: ${prompt}`;
}

function tableRow(header: readonly string[], kind: 'requirements' | 'metrics', rule: CompiledItemRule): string {
  const n = Math.max(header.length, 2);
  const cells: string[] = new Array<string>(n).fill('');
  if (kind === 'requirements') {
    cells[0] = capitalize(rule.label);
    cells[1] = `TODO: ${rule.prompt}`;
  } else {
    cells[0] = 'TODO';
    const typeCol = header.findIndex((h, i) => i > 0 && /offline|online|type|kind/.test(h));
    const mode = rule.id === 'evaluation.online-metrics' ? 'Online' : rule.id === 'evaluation.guardrail-metrics' ? 'Guardrail' : 'Offline';
    if (typeCol > 0) cells[typeCol] = mode;
    const last = n - 1;
    if (last !== typeCol) cells[last] = `TODO: ${rule.prompt}`;
    else cells[0] = `TODO: ${rule.prompt}`;
  }
  return `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
}

/** Quick fix adding a stub for `rule` to `doc`. `caseId` only matters when a section is inserted. */
export function planItemFixFor(doc: ParsedDoc, rule: CompiledItemRule, caseId?: string): Fix | undefined {
  const eol = eolOf(doc.text);
  const section = sectionById(rule.section);
  const stub = stubLine(rule.label, rule.prompt);
  const body = sectionBody(doc, rule.section);
  if (body) {
    // a row in the section's requirements / metrics table, when it has one
    const tableKind = rule.kind === 'item' ? rubricItem(rule.id)?.table : undefined;
    if (tableKind) {
      const table = doc.tables.find((t) => t.line > body.heading && t.line < body.end && tableMatches(t.header, tableKind));
      if (table) {
        const row = tableRow(table.header, tableKind, rule);
        const ins = insertAfterLine(doc, table.endLine, row, eol, { continueList: true, beforeNext: false });
        return { title: `Add ${rule.label} to the ${tableKind} table`, insertions: [ins] };
      }
    }
    const last = lastContentLine(doc, body);
    const lastText = lineText(doc, last);
    const continueList = last !== body.heading && (LIST_LINE.test(lastText) || (/^\s+\S/.test(lastText) && precededByList(doc, last, body.heading)));
    const beforeNext = last + 1 >= body.end && body.end < doc.lineStarts.length;
    const ins = insertAfterLine(doc, last, stub, eol, { continueList, beforeNext });
    return { title: `Add ${rule.label} to ${section.title}`, insertions: [ins] };
  }
  // the section is missing: its heading and the stub at the framework position
  let plan: { offset: number; text: string };
  try {
    plan = planSectionInsertion(doc.text, rule.section, { caseId, eol });
  } catch {
    return undefined;
  }
  const m = /^((?:\r?\n)*)([^\r\n]*)/.exec(plan.text);
  const prefix = m ? m[1] : '';
  const heading = m ? m[2] : `## ${section.number}. ${section.title}`;
  const atEnd = plan.offset >= doc.text.length;
  const text = prefix + heading + eol + eol + stub + eol + (atEnd ? '' : eol);
  const shown = heading.replace(/^#+\s*/, '') || `${section.number}. ${section.title}`;
  return { title: `Add section "${shown}" with ${rule.label}`, insertions: [{ offset: plan.offset, text }] };
}

function precededByList(doc: ParsedDoc, line: number, stop: number): boolean {
  for (let l = line; l > stop; l--) {
    const t = lineText(doc, l);
    if (t.trim() === '') return false;
    if (LIST_LINE.test(t)) return true;
  }
  return false;
}

function tableMatches(header: readonly string[], kind: 'requirements' | 'metrics'): boolean {
  const first = header[0] ?? '';
  if (kind === 'metrics') return /metric/.test(first);
  return /requirement|constraint|non-functional|nfr|dimension/.test(first) || (/\b(target|value)\b/.test(header.join(' ')) && !/metric/.test(first));
}

/** Quick fix inserting a section (for structure.section-missing). */
export function planSectionFix(doc: ParsedDoc, section: SectionId, caseId?: string): Fix | undefined {
  try {
    const plan = planSectionInsertion(doc.text, section, { caseId, eol: eolOf(doc.text) });
    const s = sectionById(section);
    return { title: `Insert section "${s.number}. ${s.title}"`, insertions: [{ offset: plan.offset, text: plan.text }] };
  } catch {
    return undefined;
  }
}

/** `<!-- mldesign-disable <ruleId> -->` on its own line after the front matter (or at the top). */
export function planDisableFix(text: string, ruleId: string): Fix {
  const eol = eolOf(text);
  const directive = `<!-- mldesign-disable ${ruleId} -->`;
  const fm = readFrontMatter(text);
  let offset = 0;
  let prefix = '';
  if (fm) {
    offset = offsetOfLine(text, fm.endLine + 1);
    if (offset >= text.length && !text.endsWith('\n')) prefix = eol;
  }
  return { title: `Disable ${ruleId} for this document`, insertions: [{ offset, text: prefix + directive + eol }] };
}

/**
 * Turns a rule off on one line only, for a finding shown there: on a heading (where a missing item
 * or section is reported), `<!-- mldesign-disable-next-line <ruleId> -->` on its own line just
 * above it (an HTML comment block ends at its "-->" line, so the heading stays a heading); on a
 * line of a paragraph, bullet, quote or bold pseudo-heading, `<!-- mldesign-disable-line <ruleId>
 * -->` at the end of that line. Where the line sits is read from the parse (markdown-it's blocks),
 * so code, table rows, front matter and blank lines get no fix: a comment there would not be read
 * or would change the Markdown's structure. Nor does a line ending in a hard-break backslash.
 */
export function planLineDisableFix(text: string, ruleId: string, line: number): Fix | undefined {
  const doc = parseDoc(text);
  const start = doc.lineStarts[line];
  if (start === undefined) return undefined;
  const heading = doc.headings.find((h) => h.line === line);
  if (heading && !heading.pseudo) {
    return {
      title: `Disable ${ruleId} for this heading`,
      insertions: [{ offset: start, text: `<!-- mldesign-disable-next-line ${ruleId} -->${eolOf(text)}` }],
    };
  }
  const inText = heading !== undefined || doc.units.some((u) => (u.kind === 'para' || u.kind === 'item' || u.kind === 'quote') && u.line <= line && line <= u.endLine);
  if (!inText) return undefined;
  const content = lineText(doc, line);
  if (!content.trim() || /\\$/.test(content)) return undefined;
  return { title: `Disable ${ruleId} for this line`, insertions: [{ offset: start + content.length, text: ` <!-- mldesign-disable-line ${ruleId} -->` }] };
}

/** Applies a fix's insertions (highest offset first, so earlier offsets stay valid). */
export function applyFix(text: string, fix: Fix): string {
  const ins = [...fix.insertions].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const i of ins) out = out.slice(0, i.offset) + i.text + out.slice(i.offset);
  return out;
}
