/**
 * Design preview in a real extension host (code-server: the webview really runs, so Mermaid
 * errors really come back as diagnostics). Files are written into the test workspace.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, waitFor as waitUntil, workspaceRoot } from './helpers';

const VIEW_TYPE = 'mlDesign.preview';

/** The webview round trip (load Mermaid, render, post back) gets more time than the default. */
const waitFor = <T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> => waitUntil(what, fn, timeoutMs);

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

const previewLabel = (): string | undefined => previewTabs()[0]?.label;

function mermaidDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Mermaid');
}

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'preview-test', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

const VALID = ['# Design A', '', '## Clarify requirements', '', '```mermaid', 'flowchart LR', '  A --> B', '```', ''].join('\n');
const BROKEN = [
  '# Broken', // 0
  '', // 1
  '```mermaid', // 2
  'sequenceDiagram', // 3
  '  Alice->>Bob: hi', // 4
  '  Bob->>: oops', // 5  ← jison error here
  '```', // 6
  '', // 7
  'Prose.', // 8
  '', // 9
  '```mermaid', // 10
  'pie title T', // 11
  '  "a" : 10', // 12
  '  "b" 20', // 13  ← Langium error here
  '```', // 14
  '',
].join('\n');

suite('Design preview (real extension host)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('registers its commands and settings', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['mlDesign.openPreview', 'mlDesign.togglePreviewLock', 'mlDesign.previewDiagram']) assert.ok(commands.includes(id), id);
    const c = vscode.workspace.getConfiguration('mlDesign.preview');
    assert.strictEqual(c.get('scrollSync'), true);
    assert.strictEqual(c.get('maxTextSize'), 50000);
  });

  test('opens beside the editor and follows the active Markdown editor, unless locked', async () => {
    const a = await write('a.md', VALID);
    const b = await write('b.md', VALID.replace('Design A', 'Design B'));
    await show(a);
    await vscode.commands.executeCommand('mlDesign.openPreview');
    await waitFor('the preview tab', () => previewLabel() === 'Preview a.md');
    assert.strictEqual(previewTabs().length, 1);
    const group = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => previewTabs().includes(t)));
    assert.notStrictEqual(group?.viewColumn, vscode.ViewColumn.One, 'beside the editor, not in its group');

    await show(b);
    await waitFor('the preview to follow b.md', () => previewLabel() === 'Preview b.md');

    await vscode.commands.executeCommand('mlDesign.togglePreviewLock');
    await waitFor('the locked title', () => previewLabel() === '[Locked] Preview b.md');
    await show(a);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(previewLabel(), '[Locked] Preview b.md', 'a locked preview stays on its document');
    await vscode.commands.executeCommand('mlDesign.togglePreviewLock');
    await waitFor('unlocked, following a.md again', () => previewLabel() === 'Preview a.md');

    // Opening again does not create a second panel.
    await vscode.commands.executeCommand('mlDesign.openPreview');
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(previewTabs().length, 1);
  });

  test('a broken diagram gives a "Mermaid" diagnostic at its exact line, gone after the fix', async () => {
    const uri = await write('broken.md', BROKEN);
    const editor = await show(uri);
    await vscode.commands.executeCommand('mlDesign.openPreview');
    const diags = await waitFor('two Mermaid diagnostics', () => {
      const d = mermaidDiagnostics(uri);
      return d.length === 2 ? d : undefined;
    }, 30_000);
    const lines = diags.map((d) => d.range.start.line).sort((x, y) => x - y);
    assert.deepStrictEqual(lines, [5, 13], JSON.stringify(diags.map((d) => [d.range.start.line, d.message])));
    for (const d of diags) assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    const seq = diags.find((d) => d.range.start.line === 5);
    assert.ok(seq && /Parse error/.test(seq.message), seq?.message);
    assert.strictEqual(seq.range.start.character, 2, 'starts at the text of the line');

    // Prose inserted above moves the diagnostics with it (no re-render needed).
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '\nNew paragraph.\n'));
    await waitFor('diagnostics moved down by 2', () => {
      const l = mermaidDiagnostics(uri).map((d) => d.range.start.line).sort((x, y) => x - y);
      return l.length === 2 && l[0] === 7 && l[1] === 15;
    });

    // Fix the sequence diagram: its diagnostic goes, the pie one stays.
    const bad = editor.document.lineAt(7);
    assert.strictEqual(bad.text, '  Bob->>: oops');
    await editor.edit((e) => e.replace(bad.range, '  Bob->>Alice: fixed'));
    await waitFor('only the pie diagnostic left', () => {
      const d = mermaidDiagnostics(uri);
      return d.length === 1 && d[0].range.start.line === 15;
    });
    const pie = editor.document.lineAt(15);
    await editor.edit((e) => e.replace(pie.range, '  "b" : 20'));
    await waitFor('no Mermaid diagnostics', () => mermaidDiagnostics(uri).length === 0);
  });

  test('CodeLens "Preview diagram" above each mermaid fence', async () => {
    const uri = await write('lens.md', BROKEN);
    await show(uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const ours = lenses.filter((l) => l.command?.command === 'mlDesign.previewDiagram');
    assert.deepStrictEqual(ours.map((l) => l.range.start.line), [2, 10]);
    assert.strictEqual(ours[0].command?.title, 'Preview diagram');
    await vscode.commands.executeCommand('mlDesign.previewDiagram', uri, 10);
    await waitFor('the preview on lens.md', () => previewLabel() === 'Preview lens.md');
  });

  test('closing the preview clears its diagnostics', async () => {
    const uri = await write('closing.md', BROKEN);
    await show(uri);
    await vscode.commands.executeCommand('mlDesign.openPreview');
    await waitFor('diagnostics', () => mermaidDiagnostics(uri).length === 2, 30_000);
    const tab = previewTabs()[0];
    assert.ok(tab);
    await vscode.window.tabGroups.close(tab);
    await waitFor('no preview', () => previewTabs().length === 0);
    assert.strictEqual(mermaidDiagnostics(uri).length, 0);
  });
});
