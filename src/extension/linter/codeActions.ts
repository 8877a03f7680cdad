/**
 * Quick fixes for ML Design diagnostics: "Add <item> to <section>" (insert-only edits from the
 * engine), "Disable <rule> for this line / heading" and "Disable <rule> for this document"; plus a fix-all (`source.fixAll.mlDesign`) that
 * adds every missing item at once (usable in editor.codeActionsOnSave).
 */
import * as vscode from 'vscode';
import { planDisableFix, planItemFix, planLineDisableFix } from '../../core/lint';
import type { Fix, LintResult } from '../../core/lint/types';
import { planFixAll } from './fixAll';
import { DIAGNOSTIC_SOURCE, toVsRange, type LintManager } from './lintManager';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mlDesign');

export function fixToEdit(doc: vscode.TextDocument, fix: Fix, edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const ins of fix.insertions) edit.insert(doc.uri, doc.positionAt(ins.offset), ins.text);
  return edit;
}

function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = d.code;
  if (typeof code === 'string') return code;
  if (code && typeof code === 'object' && typeof code.value === 'string') return code.value;
  return undefined;
}

/** Rule ids of the missing items that have a fix, in document order, each once. */
export function fixableMissing(result: LintResult): string[] {
  const ids: string[] = [];
  for (const f of result.findings) if (f.kind === 'missing' && f.fix && !ids.includes(f.ruleId)) ids.push(f.ruleId);
  return ids;
}

/** The fix-all edit for a document, or undefined when nothing is missing. */
export function fixAllEdit(doc: vscode.TextDocument, result: LintResult): { edit: vscode.WorkspaceEdit; count: number } | undefined {
  const ids = fixableMissing(result);
  if (ids.length === 0) return undefined;
  const plan = planFixAll(doc.getText(), ids, (text, id) => planItemFix(text, id));
  if (plan.insertions.length === 0) return undefined;
  const edit = new vscode.WorkspaceEdit();
  for (const ins of plan.insertions) edit.insert(doc.uri, doc.positionAt(ins.offset), ins.text);
  return { edit, count: plan.applied.length };
}

export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly manager: LintManager) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const wantsFixAll = !context.only || FIX_ALL_KIND.intersects(context.only);
    const wantsQuickFix = !context.only || vscode.CodeActionKind.QuickFix.intersects(context.only);
    const ours = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    // Fix-all is asked for without diagnostics (on save, "Fix All" command); quick fixes need ours.
    if (ours.length === 0 && !(context.only && FIX_ALL_KIND.intersects(context.only))) return [];
    const state = this.manager.fresh(doc);
    const result = state?.result;
    if (!result) return [];
    const text = doc.getText();
    const actions: vscode.CodeAction[] = [];

    if (wantsQuickFix) {
      const disabled = new Set<string>();
      for (const d of ours) {
        const ruleId = ruleIdOf(d)!;
        const finding =
          result.findings.find((f) => f.ruleId === ruleId && toVsRange(f.range).isEqual(d.range)) ??
          result.findings.find((f) => f.ruleId === ruleId && f.fix);
        if (finding?.fix) {
          // The stored fix belongs to the current version (fresh() relinted if needed).
          const fix = finding.fix;
          const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          a.edit = fixToEdit(doc, fix);
          a.diagnostics = [d];
          a.isPreferred = true;
          actions.push(a);
        }
        const lineKey = `${ruleId}@${d.range.start.line}`;
        const lineFix = disabled.has(lineKey) ? undefined : planLineDisableFix(text, ruleId, d.range.start.line);
        if (lineFix) {
          disabled.add(lineKey);
          const a = new vscode.CodeAction(lineFix.title, vscode.CodeActionKind.QuickFix);
          a.edit = fixToEdit(doc, lineFix);
          a.diagnostics = [d];
          actions.push(a);
        }
        if (!disabled.has(ruleId)) {
          disabled.add(ruleId);
          const fix = planDisableFix(text, ruleId);
          const a = new vscode.CodeAction(fix.title || `Disable ${ruleId} for this document`, vscode.CodeActionKind.QuickFix);
          a.edit = fixToEdit(doc, fix);
          a.diagnostics = [d];
          actions.push(a);
        }
      }
    }
    if (wantsFixAll) {
      const all = fixAllEdit(doc, result);
      if (all && (all.count > 1 || context.only)) {
        const a = new vscode.CodeAction(`Add all ${all.count} missing items (ML Design)`, FIX_ALL_KIND);
        a.edit = all.edit;
        actions.push(a);
      }
    }
    return actions;
  }
}
