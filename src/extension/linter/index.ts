/**
 * The linter's editor side: diagnostics, quick fixes, hovers, the Design Checklist view and the
 * status bar item, and the `.mldesign.json` configuration. One entry point: registerLinter().
 */
import * as vscode from 'vscode';
import { planItemFix } from '../../core/lint';
import { setPreviewLintProvider } from '../preview/lintProvider';
import { registerChecklist } from './checklist';
import { LintCodeActionProvider, fixAllEdit, fixToEdit } from './codeActions';
import { ConfigService } from './configService';
import { LintHoverProvider } from './hover';
import { isLintable, LintManager } from './lintManager';
import { RuleDocs, itemInfo } from './rules';

export const CMD_LINT_DOCUMENT = 'mlDesign.lintDocument';
export const CMD_FIX_ALL = 'mlDesign.addAllMissingItems';

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];

export function registerLinter(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('ML Design Linter', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('mlDesign');
  const configDiagnostics = vscode.languages.createDiagnosticCollection('mlDesign.config');
  const docs = new RuleDocs(context);
  const config = new ConfigService(configDiagnostics, log);
  const manager = new LintManager(diagnostics, config, docs, log);

  const applyItemFix = async (uri: vscode.Uri, ruleId: string): Promise<boolean> => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const fix = planItemFix(doc.getText(), ruleId);
    if (!fix) {
      void vscode.window.showInformationMessage(`ML Design: nothing to add for ${itemInfo(ruleId)?.label ?? ruleId}.`);
      return false;
    }
    const ok = await vscode.workspace.applyEdit(fixToEdit(doc, fix));
    if (ok && fix.insertions.length > 0) {
      const editor = await vscode.window.showTextDocument(doc);
      const pos = doc.positionAt(fix.insertions[0].offset + fix.insertions[0].text.search(/\S|$/));
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return ok;
  };

  context.subscriptions.push(
    log,
    diagnostics,
    configDiagnostics,
    config,
    manager,
    vscode.languages.registerCodeActionsProvider(SELECTOR, new LintCodeActionProvider(manager), LintCodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(SELECTOR, new LintHoverProvider(manager, docs)),
    vscode.commands.registerCommand(CMD_LINT_DOCUMENT, (uri?: vscode.Uri) => lintDocument(manager, uri)),
    vscode.commands.registerCommand(CMD_FIX_ALL, async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || !isLintable(doc)) {
        void vscode.window.showInformationMessage('ML Design: open a Markdown design doc first.');
        return false;
      }
      const result = manager.fresh(doc)?.result;
      const all = result && fixAllEdit(doc, result);
      if (!all) {
        void vscode.window.showInformationMessage('ML Design: no missing item to add.');
        return false;
      }
      return vscode.workspace.applyEdit(all.edit);
    }),
  );
  registerChecklist(context, manager, applyItemFix);

  // The preview's section badges follow the same configuration as the diagnostics.
  setPreviewLintProvider((text, uri) => manager.lintText(text, uri));
  context.subscriptions.push({ dispose: () => setPreviewLintProvider(undefined) });

  // Lint what is already open once the workspace configuration is known.
  void config.reloadAll().then(
    () => manager.relintAll(),
    (err: unknown) => {
      log.error(`Loading .mldesign.json failed: ${String(err)}`);
      manager.relintAll();
    },
  );
}

async function lintDocument(manager: LintManager, uri?: vscode.Uri): Promise<number | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('ML Design: open a Markdown document to lint it.');
    return undefined;
  }
  if (!isLintable(doc)) {
    void vscode.window.showInformationMessage('ML Design: only Markdown documents can be linted as design docs.');
    return undefined;
  }
  const st = manager.force(doc);
  const n = st.result?.findings.length;
  if (st.result === undefined) {
    void vscode.window.showWarningMessage('ML Design: the document could not be linted (too large, or linting failed: see the "ML Design Linter" output).');
  } else {
    vscode.window.setStatusBarMessage(`ML Design: ${n} finding${n === 1 ? '' : 's'}, ${st.result.summary.present}/${st.result.summary.total} items present`, 5000);
  }
  return n;
}
