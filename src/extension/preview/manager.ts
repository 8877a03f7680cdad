/**
 * The one design-preview panel: created beside the editor, follows the active Markdown editor
 * unless locked, re-renders (debounced) as the document changes, syncs scrolling from the
 * editor, and handles what the webview asks for (reveal, links, export, diagram errors).
 *
 * retainContextWhenHidden is off: a hidden preview costs nothing; when shown again the webview
 * reloads, says `ready`, gets a fresh update, and restores its scroll line from its state.
 */
import * as vscode from 'vscode';
import { getNonce, previewShell } from '../../core/preview/html';
import { toBadgeData } from '../../core/preview/badges';
import {
  PREVIEW_VIEW_TYPE,
  type HostToWebview,
  type PreviewConfig,
  type PreviewState,
  type WebviewToHost,
} from '../../core/preview/protocol';
import { renderPreview } from '../../core/preview/render';
import type { MermaidDiagnostics } from './diagnostics';
import { copySvg, exportDiagram } from './exporter';
import { openPreviewLink } from './links';
import { previewLint } from './lintProvider';

const UPDATE_DELAY_MS = 150;
const SCROLL_SUPPRESS_MS = 600;
const LOCKED_CONTEXT = 'mlDesign.previewLocked';

export function readPreviewConfig(): PreviewConfig {
  const c = vscode.workspace.getConfiguration('mlDesign.preview');
  const max = c.get<number>('maxTextSize', 50000);
  return { maxTextSize: Number.isFinite(max) && max > 0 ? max : 50000, scrollSync: c.get<boolean>('scrollSync', true) };
}

const isMarkdown = (d: vscode.TextDocument): boolean => d.languageId === 'markdown';

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;
  private locked = false;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Scroll the webview to this line with the next update (new document, first show). */
  private pendingScroll: number | undefined;
  private pendingRevealDiagram: number | undefined;
  private suppressScrollUntil = 0;
  private lastEditorColumn: vscode.ViewColumn | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly diagnostics: MermaidDiagnostics,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.onActiveEditor(e)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mlDesign.preview')) this.post({ type: 'config', config: readPreviewConfig() });
      }),
    );
    const active = vscode.window.activeTextEditor;
    if (active) this.lastEditorColumn = active.viewColumn;
  }

  /** The document shown (for tests and commands). */
  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** "Open Preview to the Side": shows `uri` (default: the active Markdown editor's document). */
  async open(uri?: vscode.Uri): Promise<void> {
    let doc: vscode.TextDocument | undefined;
    if (uri) doc = await vscode.workspace.openTextDocument(uri);
    else {
      const active = vscode.window.activeTextEditor?.document;
      if (active && isMarkdown(active)) doc = active;
    }
    doc ??= this.document;
    if (!doc) {
      void vscode.window.showInformationMessage('ML Design: open a Markdown document to preview it.');
      return;
    }
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        'Design Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        this.webviewOptions(),
      );
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, true);
    }
    this.show(doc, this.editorTopLine(doc));
  }

  /** CodeLens "Preview diagram": preview `uri` and bring the diagram at `line` into view. */
  async revealDiagram(uri: vscode.Uri, line: number): Promise<void> {
    this.pendingRevealDiagram = line;
    await this.open(uri);
    if (this.ready && this.document?.uri.toString() === uri.toString()) this.flushReveal();
  }

  toggleLock(): void {
    this.locked = !this.locked;
    void vscode.commands.executeCommand('setContext', LOCKED_CONTEXT, this.locked);
    this.updateTitle();
    this.scheduleUpdate(0);
    // Unlocking: jump to whatever Markdown editor is active now.
    if (!this.locked) this.onActiveEditor(vscode.window.activeTextEditor);
  }

  /** WebviewPanelSerializer: a preview panel survived a reload. */
  async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (this.panel) this.panel.dispose();
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    this.locked = state?.locked === true;
    void vscode.commands.executeCommand('setContext', LOCKED_CONTEXT, this.locked);
    let doc: vscode.TextDocument | undefined;
    if (state?.uri) {
      try {
        doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri, true));
      } catch {
        doc = undefined;
      }
    }
    doc ??= vscode.window.activeTextEditor && isMarkdown(vscode.window.activeTextEditor.document) ? vscode.window.activeTextEditor.document : undefined;
    if (doc) this.show(doc, state?.scrollLine);
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = {
      light: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-icon-light.svg'),
      dark: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-icon-dark.svg'),
    };
    const web = panel.webview;
    const media = (...p: string[]): string => web.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', ...p)).toString();
    web.html = previewShell({
      cspSource: web.cspSource,
      nonce: getNonce(),
      mermaidUri: media('dist', 'mermaid.min.js'),
      scriptUri: media('dist', 'preview.js'),
      styleUri: media('preview.css'),
      codiconUri: media('dist', 'codicons', 'codicon.css'),
      title: 'Design Preview',
    });
    this.panelDisposables.push(
      web.onDidReceiveMessage((m: WebviewToHost) => this.onMessage(m)),
      panel.onDidChangeViewState((e) => {
        // A hidden webview is unloaded; on show it reloads and says `ready` again.
        if (!e.webviewPanel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.onPanelDisposed()),
    );
  }

  private onPanelDisposed(): void {
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
    this.ready = false;
    this.document = undefined;
    this.locked = false;
    void vscode.commands.executeCommand('setContext', LOCKED_CONTEXT, false);
    if (this.timer) clearTimeout(this.timer);
    this.diagnostics.clear(); // nobody checks the diagrams any more
  }

  private show(doc: vscode.TextDocument, scrollLine?: number): void {
    const changed = this.document?.uri.toString() !== doc.uri.toString();
    this.document = doc;
    if (changed) this.pendingScroll = scrollLine;
    this.updateTitle();
    this.scheduleUpdate(0);
  }

  private updateTitle(): void {
    if (!this.panel) return;
    const name = this.document ? this.document.uri.path.split('/').pop() || 'Untitled' : '';
    this.panel.title = `${this.locked ? '[Locked] ' : ''}Preview ${name}`.trim();
  }

  private editorTopLine(doc: vscode.TextDocument): number | undefined {
    const ed = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    return ed?.visibleRanges[0]?.start.line;
  }

  private onActiveEditor(e: vscode.TextEditor | undefined): void {
    if (!e) return;
    if (e.viewColumn !== undefined) this.lastEditorColumn = e.viewColumn;
    if (!this.panel || this.locked || !isMarkdown(e.document)) return;
    if (e.document.uri.toString() === this.document?.uri.toString()) return;
    this.show(e.document, e.visibleRanges[0]?.start.line);
  }

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    if (e.document === this.document || e.document.uri.toString() === this.document?.uri.toString()) {
      this.document = e.document;
      this.scheduleUpdate(UPDATE_DELAY_MS);
    } else if (this.diagnostics.has(e.document.uri)) {
      this.diagnostics.delete(e.document.uri); // no preview re-checks it: would go stale
    }
  }

  private onEditorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel?.visible || !this.ready || e.textEditor.document !== this.document) return;
    if (Date.now() < this.suppressScrollUntil || !readPreviewConfig().scrollSync) return;
    const line = e.visibleRanges[0]?.start.line;
    if (line !== undefined) this.post({ type: 'scrollToLine', line });
  }

  private scheduleUpdate(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendUpdate();
    }, delay);
  }

  private sendUpdate(): void {
    const doc = this.document;
    if (!this.panel || !this.ready || !doc) return;
    const text = doc.getText();
    const { html } = renderPreview(text);
    const badges = toBadgeData(previewLint(text, doc.uri));
    this.post({
      type: 'update',
      uri: doc.uri.toString(),
      version: doc.version,
      html,
      badges,
      config: readPreviewConfig(),
      scrollLine: this.pendingScroll,
      locked: this.locked,
    });
    this.pendingScroll = undefined;
    this.flushReveal();
  }

  private flushReveal(): void {
    if (this.pendingRevealDiagram === undefined || !this.ready) return;
    this.post({ type: 'revealDiagram', line: this.pendingRevealDiagram });
    this.pendingRevealDiagram = undefined;
  }

  private post(m: HostToWebview): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(m);
  }

  private onMessage(m: WebviewToHost): void {
    const doc = this.document;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.sendUpdate();
        return;
      case 'diagramErrors':
        // Only a report for the text as it is now is placed (lines would be off otherwise).
        if (doc && m.uri === doc.uri.toString() && m.version === doc.version) this.diagnostics.set(doc, m.errors);
        return;
      case 'revealLine':
        if (doc) void this.revealLine(doc, m.line);
        return;
      case 'openLink':
        if (doc) void openPreviewLink(doc.uri, m.href);
        return;
      case 'export':
        if (doc) void exportDiagram(doc.uri, m.format, m.data, m.index);
        return;
      case 'copySvg':
        void copySvg(m.svg);
        return;
    }
  }

  private async revealLine(doc: vscode.TextDocument, line: number): Promise<void> {
    const l = Math.min(Math.max(0, line), doc.lineCount - 1);
    const pos = new vscode.Position(l, 0);
    this.suppressScrollUntil = Date.now() + SCROLL_SUPPRESS_MS;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? this.lastEditorColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection: new vscode.Range(pos, pos),
    });
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
