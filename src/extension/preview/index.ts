/**
 * Design preview feature: command, editor-title button, CodeLens, panel restore, diagnostics.
 * Nothing is contributed to VS Code's built-in Markdown preview (see docs/preview.md).
 */
import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE, type PreviewState } from '../../core/preview/protocol';
import { MermaidCodeLensProvider, PREVIEW_DIAGRAM_COMMAND } from './codeLens';
import { MermaidDiagnostics } from './diagnostics';
import { PreviewManager } from './manager';

export { setPreviewLintProvider, type LintFn } from './lintProvider';

export const OPEN_PREVIEW_COMMAND = 'mlDesign.openPreview';
export const TOGGLE_LOCK_COMMAND = 'mlDesign.togglePreviewLock';

let manager: PreviewManager | undefined;

/** The live manager (integration tests inspect it through the extension's exports). */
export function previewManager(): PreviewManager | undefined {
  return manager;
}

export function registerPreview(context: vscode.ExtensionContext): void {
  const diagnostics = new MermaidDiagnostics();
  manager = new PreviewManager(context.extensionUri, diagnostics);
  const m = manager;
  context.subscriptions.push(
    diagnostics,
    m,
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: unknown) => m.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(PREVIEW_DIAGRAM_COMMAND, (uri: vscode.Uri, line: number) => m.revealDiagram(uri, line)),
    vscode.commands.registerCommand(TOGGLE_LOCK_COMMAND, () => m.toggleLock()),
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, new MermaidCodeLensProvider()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel: vscode.WebviewPanel, state: unknown) => m.restore(panel, state as PreviewState | undefined),
    }),
    { dispose: () => (manager = undefined) },
  );
}
