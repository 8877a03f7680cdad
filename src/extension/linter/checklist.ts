/**
 * "Design Checklist" view (mlDesign.checklist) and the "ML Design 24/35" status bar item: the
 * active design doc's 7 sections and their items, present ✓ / missing ✗. Clicking an item jumps
 * to its evidence (or to where it would go); the inline action on a missing item applies its
 * quick fix.
 */
import * as vscode from 'vscode';
import { posix } from 'node:path';
import { SECTIONS, sectionById, type SectionId } from '../../core/framework';
import type { ItemStatus, LintResult, SectionStatus } from '../../core/lint/types';
import { itemInfo } from './rules';
import { isLintable, type LintManager } from './lintManager';

export const CHECKLIST_VIEW_ID = 'mlDesign.checklist';
export const CMD_REVEAL = 'mlDesign.revealChecklistItem';
export const CMD_APPLY_ITEM_FIX = 'mlDesign.applyItemFix';
export const CMD_SHOW_CHECKLIST = 'mlDesign.showChecklist';
/** Context key: a design doc has been seen this session (shows the view). */
export const CTX_SEEN = 'mlDesign.designDocSeen';
/** Context key: the active editor holds a linted design doc. */
export const CTX_ACTIVE = 'mlDesign.activeDesignDoc';

type Node =
  | { readonly kind: 'section'; readonly uri: vscode.Uri; readonly section: SectionStatus; readonly items: readonly ItemStatus[] }
  | { readonly kind: 'item'; readonly uri: vscode.Uri; readonly item: ItemStatus };

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const PASS = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
const FAIL = new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
const OFF = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
const PARTIAL = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'));
const SECTION_MISSING = new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));

export class ChecklistProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private uri: vscode.Uri | undefined;
  private result: LintResult | undefined;

  current(): { uri: vscode.Uri; result: LintResult } | undefined {
    return this.uri && this.result ? { uri: this.uri, result: this.result } : undefined;
  }

  update(uri: vscode.Uri | undefined, result: LintResult | undefined): void {
    this.uri = uri;
    this.result = result;
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.uri || !this.result) return [];
    const uri = this.uri;
    if (!node) {
      const byId = new Map(this.result.sections.map((s) => [s.id, s]));
      return SECTIONS.map((def) => {
        const section = byId.get(def.id) ?? { id: def.id, present: 0, total: 0 };
        return { kind: 'section' as const, uri, section, items: this.result!.items.filter((i) => i.section === def.id) };
      });
    }
    if (node.kind === 'section') return node.items.map((item) => ({ kind: 'item' as const, uri, item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'section') {
      const def = sectionById(node.section.id);
      const t = new vscode.TreeItem(`${def.number}. ${def.title}`, vscode.TreeItemCollapsibleState.Expanded);
      t.id = `${node.uri.toString()}#${def.id}`;
      t.description = `${node.section.present}/${node.section.total}`;
      const complete = node.section.total > 0 && node.section.present === node.section.total;
      t.iconPath = node.section.line === undefined ? SECTION_MISSING : complete ? PASS : node.section.total === 0 ? OFF : PARTIAL;
      t.tooltip = new vscode.MarkdownString(
        `**${def.number}. ${def.title}** — ${node.section.present}/${node.section.total} items present` +
          `${node.section.line === undefined ? '\n\n_The document has no heading for this section._' : ''}\n\n_${def.summary}_`,
      );
      t.contextValue = node.section.line === undefined ? 'mlDesign.section.missing' : 'mlDesign.section';
      if (node.section.line !== undefined) {
        t.command = { command: CMD_REVEAL, title: 'Go to Section', arguments: [node.uri, node.section.line] };
      }
      return t;
    }
    const i = node.item;
    const t = new vscode.TreeItem(capitalize(i.label), vscode.TreeItemCollapsibleState.None);
    t.id = `${node.uri.toString()}#${i.id}`;
    const off = i.level === 'off';
    t.iconPath = off ? OFF : i.present ? PASS : FAIL;
    t.description = off ? 'off' : i.present ? '✓' : `✗ ${i.level}`;
    const info = itemInfo(i.id);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${capitalize(i.label)}** · \`${i.id}\`\n\n`);
    tip.appendMarkdown(off ? '_Rule turned off._' : i.present ? 'Present.' : `Missing (${i.level}).`);
    if (info?.why) tip.appendMarkdown(`\n\nWhy: ${info.why}`);
    if (info?.example) tip.appendMarkdown(`\n\nA strong answer: _${info.example}_`);
    t.tooltip = tip;
    t.contextValue = off ? 'mlDesign.item.off' : i.present ? 'mlDesign.item.present' : 'mlDesign.item.missing';
    t.command = { command: CMD_REVEAL, title: i.present ? 'Go to Evidence' : 'Go to Section', arguments: [node.uri, i.line] };
    return t;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Wires the view, the status bar item and their commands to the lint results. */
export function registerChecklist(context: vscode.ExtensionContext, manager: LintManager, applyItemFix: (uri: vscode.Uri, ruleId: string) => Thenable<boolean>): ChecklistProvider {
  const provider = new ChecklistProvider();
  const view = vscode.window.createTreeView(CHECKLIST_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('mlDesign.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'ML Design checklist';
  status.command = CMD_SHOW_CHECKLIST;
  let seen = false;

  const refresh = () => {
    const editor = vscode.window.activeTextEditor;
    // Focus in the tree view, a preview or a panel: keep showing the last document.
    if (!editor) return;
    const doc = editor.document;
    const st = isLintable(doc) ? manager.get(doc.uri) : undefined;
    const result = st?.result;
    provider.update(result ? doc.uri : undefined, result);
    void vscode.commands.executeCommand('setContext', CTX_ACTIVE, !!result);
    if (!result) {
      view.description = undefined;
      view.message = isLintable(doc)
        ? 'This Markdown file is not recognised as an ML design doc. Run "ML Design: Lint This Document" to check it anyway.'
        : 'Open an ML design doc to see its checklist.';
      status.hide();
      return;
    }
    if (!seen) {
      seen = true;
      void vscode.commands.executeCommand('setContext', CTX_SEEN, true);
    }
    const { present, total } = result.summary;
    const name = posix.basename(doc.uri.path);
    view.message = undefined;
    view.description = `${name} · ${present}/${total}`;
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    status.text = `$(checklist) ML Design ${present}/${total}`;
    const tip = new vscode.MarkdownString(`**ML Design** · ${name}\n\n${present} of ${total} rubric items present · ${errors} errors, ${warnings} warnings\n\n`);
    for (const s of result.sections) {
      const def = sectionById(s.id as SectionId);
      tip.appendMarkdown(`${s.line === undefined ? '✗' : s.present === s.total ? '✓' : '○'} ${def.number}. ${def.title}: ${s.present}/${s.total}  \n`);
    }
    tip.appendMarkdown('\nClick to open the Design Checklist.');
    status.tooltip = tip;
    status.backgroundColor = undefined;
    status.show();
  };

  context.subscriptions.push(
    provider,
    view,
    status,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    manager.onDidUpdate((uri) => {
      const active = vscode.window.activeTextEditor?.document.uri;
      if (active && active.toString() === uri.toString()) refresh();
      else if (provider.current()?.uri.toString() === uri.toString()) {
        // The shown doc changed while not active (or was closed).
        const st = manager.get(uri);
        provider.update(st?.result ? uri : undefined, st?.result);
      }
    }),
    vscode.commands.registerCommand(CMD_REVEAL, async (uri: vscode.Uri, line: number) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const l = Math.max(0, Math.min(line, doc.lineCount - 1));
      const pos = new vscode.Position(l, 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preserveFocus: false });
    }),
    vscode.commands.registerCommand(CMD_APPLY_ITEM_FIX, (arg: Node | { uri: vscode.Uri; ruleId: string } | vscode.Uri, ruleId?: string) => {
      if (arg instanceof vscode.Uri) return applyItemFix(arg, ruleId ?? '');
      if ('kind' in arg && arg.kind === 'item') return applyItemFix(arg.uri, arg.item.id);
      if ('ruleId' in arg) return applyItemFix(arg.uri, arg.ruleId);
      return false;
    }),
    vscode.commands.registerCommand(CMD_SHOW_CHECKLIST, async () => {
      await vscode.commands.executeCommand('setContext', CTX_SEEN, true);
      await vscode.commands.executeCommand(`${CHECKLIST_VIEW_ID}.focus`);
    }),
  );
  refresh();
  return provider;
}
