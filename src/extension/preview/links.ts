/**
 * Opens a link clicked in the preview: http(s) in the browser, files of the workspace in the
 * editor (Markdown at the heading named by #fragment); anything else is refused.
 */
import * as vscode from 'vscode';
import { classifyLink } from '../../core/preview/links';
import { readOutline } from '../../core/outline';
import { slugify } from '../../core/preview/render';

function baseFolder(doc: vscode.Uri): vscode.Uri | undefined {
  if (doc.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(doc, '..');
}

export async function openPreviewLink(docUri: vscode.Uri, href: string): Promise<void> {
  const target = classifyLink(href);
  if (target.kind === 'blocked') {
    void vscode.window.showWarningMessage(`ML Design preview: not opening "${href}": ${target.reason}.`);
    return;
  }
  if (target.kind === 'external') {
    await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(docUri)?.uri;
  const base = target.path.startsWith('/') ? folder : baseFolder(docUri);
  if (!base) {
    void vscode.window.showWarningMessage(`ML Design preview: cannot resolve "${href}" outside a workspace.`);
    return;
  }
  const uri = vscode.Uri.joinPath(base, target.path);
  if (!vscode.workspace.getWorkspaceFolder(uri)) {
    void vscode.window.showWarningMessage(`ML Design preview: "${href}" is outside the workspace; not opened.`);
    return;
  }
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`ML Design preview: "${href}" does not exist.`);
    return;
  }
  if (/\.(md|markdown)$/i.test(uri.path)) {
    const doc = await vscode.workspace.openTextDocument(uri);
    let line = 0;
    if (target.fragment) {
      const want = decodeURIComponent(target.fragment).toLowerCase();
      const h = readOutline(doc.getText()).headings.find((x) => slugify(x.text) === want);
      if (h) line = h.line;
    }
    const pos = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), viewColumn: vscode.ViewColumn.One });
    return;
  }
  await vscode.commands.executeCommand('vscode.open', uri);
}
