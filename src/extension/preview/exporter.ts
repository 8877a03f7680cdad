/**
 * Export / copy of a rendered diagram: the webview sends the bytes; the user picks the file in
 * the save dialog (which itself asks before replacing an existing file — nothing is overwritten
 * silently), and the host writes it.
 */
import * as vscode from 'vscode';
import type { ExportFormat } from '../../core/preview/protocol';

function defaultTarget(doc: vscode.Uri, index: number, format: ExportFormat): vscode.Uri | undefined {
  const base = doc.path.split('/').pop()?.replace(/\.(md|markdown)$/i, '') || 'diagram';
  const name = `${base}-diagram-${index + 1}.${format}`;
  if (doc.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, name) : undefined;
  }
  return vscode.Uri.joinPath(doc, '..', name);
}

function decode(format: ExportFormat, data: string): Uint8Array | undefined {
  if (format === 'svg') return new TextEncoder().encode(data);
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(data);
  return m ? Buffer.from(m[1], 'base64') : undefined;
}

export async function exportDiagram(doc: vscode.Uri, format: ExportFormat, data: string, index: number): Promise<vscode.Uri | undefined> {
  const bytes = decode(format, data);
  if (!bytes) {
    void vscode.window.showErrorMessage('ML Design: the preview sent an invalid image.');
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(doc, index, format),
    filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    saveLabel: `Export ${format.toUpperCase()}`,
    title: `Export diagram ${index + 1} as ${format.toUpperCase()}`,
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, bytes);
  vscode.window.setStatusBarMessage(`$(check) Diagram saved to ${vscode.workspace.asRelativePath(target)}`, 5000);
  return target;
}

export async function copySvg(svg: string): Promise<void> {
  await vscode.env.clipboard.writeText(svg);
  vscode.window.setStatusBarMessage('$(check) Diagram SVG copied', 3000);
}
