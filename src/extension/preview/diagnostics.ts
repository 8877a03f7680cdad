/**
 * The "Mermaid" diagnostics: diagram errors reported by the preview webview, placed at their line
 * in the Markdown file. Replaced wholesale on each report (so fixed diagrams clear), dropped when
 * the document changes while no preview watches it (they would be stale) or is closed.
 */
import * as vscode from 'vscode';
import { locateDiagramError } from '../../core/preview/errorLocation';
import { DIAGNOSTIC_SOURCE, type DiagramError } from '../../core/preview/protocol';

export class MermaidDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('mermaid');

  set(document: vscode.TextDocument, errors: readonly DiagramError[]): void {
    const lines = document.getText().split('\n');
    const diagnostics = errors.map((e) => {
      const loc = locateDiagramError(e, lines);
      const d = new vscode.Diagnostic(
        new vscode.Range(loc.line, loc.startCol, loc.line, loc.endCol),
        e.message,
        e.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
      );
      d.source = DIAGNOSTIC_SOURCE;
      return d;
    });
    this.collection.set(document.uri, diagnostics);
  }

  has(uri: vscode.Uri): boolean {
    return (this.collection.get(uri)?.length ?? 0) > 0;
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
