/**
 * Hovers: on an ML Design finding, what the item is, why a reviewer wants it and a short example
 * of a strong answer, with a link to the rule doc; on a section heading, the section's checklist.
 */
import * as vscode from 'vscode';
import { sectionById } from '../../core/framework';
import type { Finding, LintResult } from '../../core/lint/types';
import { itemInfo, type RuleDocs } from './rules';
import { toVsRange, type LintManager } from './lintManager';

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Markdown text, with characters that Markdown would interpret escaped. */
function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function findingHover(f: Finding, docs: RuleDocs): vscode.MarkdownString {
  const info = itemInfo(f.ruleId);
  const md = new vscode.MarkdownString();
  const title = info ? capitalize(info.label) : f.ruleId;
  md.appendMarkdown(`**${esc(title)}** · \`${f.ruleId}\` · ${f.severity}\n\n`);
  md.appendMarkdown(`${esc(f.message)}\n\n`);
  if (info?.caseTitle) md.appendMarkdown(`_Case study: ${esc(info.caseTitle)}_\n\n`);
  if (info?.description && info.kind !== 'case') md.appendMarkdown(`**What it asks for:** ${esc(info.description)}\n\n`);
  if (info?.why) md.appendMarkdown(`**Why:** ${esc(capitalize(info.why))}\n\n`);
  if (info?.kind !== 'item' && info?.present) md.appendMarkdown(`**What counts:** ${esc(info.present)}\n\n`);
  if (info?.example) md.appendMarkdown(`**A strong answer:** _${esc(info.example)}_\n\n`);
  md.appendMarkdown(`[Rule documentation](${docs.uri(f.ruleId).toString()})`);
  return md;
}

export function sectionHover(result: LintResult, sectionId: Finding['section'] & string): vscode.MarkdownString {
  const s = sectionById(sectionId);
  const st = result.sections.find((x) => x.id === sectionId);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${s.number}. ${esc(s.title)}** · ${st?.present ?? 0}/${st?.total ?? 0} items\n\n_${esc(s.summary)}_\n\n`);
  for (const i of result.items.filter((x) => x.section === sectionId)) {
    const mark = i.level === 'off' ? '$(circle-slash)' : i.present ? '$(pass)' : '$(error)';
    md.appendMarkdown(`${mark} ${esc(capitalize(i.label))}${i.level === 'off' ? ' _(off)_' : ''}  \n`);
  }
  return md;
}

export class LintHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly manager: LintManager,
    private readonly docs: RuleDocs,
  ) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    // The published result when current (no relint on every mouse move), else a fresh one.
    const result = this.manager.fresh(doc)?.result;
    if (!result) return undefined;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    for (const f of result.findings) {
      let r = toVsRange(f.range);
      if (r.isEmpty) r = doc.lineAt(Math.min(r.start.line, doc.lineCount - 1)).range;
      if (!r.contains(pos)) continue;
      parts.push(findingHover(f, this.docs));
      range = range ? range.union(r) : r;
      if (parts.length >= 3) break;
    }
    const heading = result.sections.find((s) => s.line === pos.line);
    if (heading) {
      parts.unshift(sectionHover(result, heading.id));
      const lineRange = doc.lineAt(pos.line).range;
      range = range ? range.union(lineRange) : lineRange;
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}
