/** "Preview diagram" above each ```mermaid fence: opens the preview scrolled to that diagram. */
import * as vscode from 'vscode';
import { findMermaidFences } from '../../core/preview/render';

export const PREVIEW_DIAGRAM_COMMAND = 'mlDesign.previewDiagram';

export class MermaidCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    return findMermaidFences(document.getText()).map(
      (f) =>
        new vscode.CodeLens(new vscode.Range(f.line, 0, f.line, 0), {
          title: 'Preview diagram',
          tooltip: 'Open the ML Design preview at this diagram',
          command: PREVIEW_DIAGRAM_COMMAND,
          arguments: [document.uri, f.line],
        }),
    );
  }
}
