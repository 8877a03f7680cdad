/**
 * Scaffold commands in a real extension host (code-server or test-electron), against a fresh
 * temporary copy of test/fixtures/workspace.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, isSubsequence, waitFor, workspaceRoot } from './helpers';

const SECTION_HEADINGS = [
  '1. Clarify requirements',
  '2. Frame the problem as an ML task',
  '3. Data preparation',
  '4. Model development',
  '5. Evaluation',
  '6. Deployment and serving',
  '7. Monitoring',
];

/** Text of the level-2 headings, outside fenced code blocks. */
function h2Headings(text: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (fence === undefined) fence = m[1][0];
      else if (m[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence === undefined && line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}

/** True when the characters of `sub` appear in `text` in order. */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('Scaffold commands (real extension host)', () => {
  let designDir: vscode.Uri;

  suiteSetup(async () => {
    await activateExtension();
    designDir = vscode.Uri.joinPath(workspaceRoot(), 'docs', 'design');
    // Re-runs from an F5 session reuse the workspace: start from no scaffolded docs.
    for (const name of ['ad-click-prediction.md', 'ad-click-prediction-2.md']) {
      const uri = vscode.Uri.joinPath(designDir, name);
      if (await exists(uri)) await vscode.workspace.fs.delete(uri);
    }
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension is active and registers its commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'extension should be active');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['mlDesign.newDocument', 'mlDesign.insertSection']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  test('the docs folder setting defaults to docs/design', () => {
    assert.strictEqual(vscode.workspace.getConfiguration('mlDesign').get('docsFolder'), 'docs/design');
  });

  test('newDocument creates docs/design/<slug>.md with the 7 sections and opens it', async () => {
    const expected = vscode.Uri.joinPath(designDir, 'ad-click-prediction.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlDesign.newDocument', {
      caseId: 'ad-click-prediction',
      title: 'Ad click prediction',
    });
    assert.ok(uri instanceof vscode.Uri, `newDocument should return the Uri it created, got ${String(uri)}`);
    assert.strictEqual(uri.toString(), expected.toString());
    assert.ok(await exists(expected), `${expected.fsPath} should exist on disk`);

    const editor = await waitFor('the new document in the active editor', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === expected.toString() ? vscode.window.activeTextEditor : undefined);
    assert.deepStrictEqual(h2Headings(editor.document.getText()), SECTION_HEADINGS);
    assert.deepStrictEqual(h2Headings(await readText(expected)), SECTION_HEADINGS, 'the file on disk has the same sections');
  });

  test('newDocument with the same title picks a new name and leaves the first file alone', async () => {
    const first = vscode.Uri.joinPath(designDir, 'ad-click-prediction.md');
    if (!(await exists(first))) {
      await vscode.commands.executeCommand('mlDesign.newDocument', { caseId: 'ad-click-prediction', title: 'Ad click prediction' });
    }
    const before = await readText(first);
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlDesign.newDocument', {
      caseId: 'ad-click-prediction',
      title: 'Ad click prediction',
    });
    const second = vscode.Uri.joinPath(designDir, 'ad-click-prediction-2.md');
    assert.ok(uri instanceof vscode.Uri, 'newDocument should return a Uri');
    assert.strictEqual(uri.toString(), second.toString());
    assert.ok(await exists(second));
    assert.strictEqual(await readText(first), before, 'the first document must not change');
    assert.deepStrictEqual(h2Headings(await readText(second)), SECTION_HEADINGS);
  });

  test('insertSection adds the missing data section between framing and model', async () => {
    const original = [
      '---',
      'title: "Hand-written doc"',
      'mldesign: true',
      '---',
      '',
      '# Hand-written doc',
      '',
      '## 1. Requirements',
      '',
      'Users want relevant items; p99 under 100 ms.',
      '',
      '## 2. Framing',
      '',
      'Binary classification: will the user click?',
      '',
      '## 4. Model',
      '',
      'Gradient-boosted trees, then a two-tower network.',
      '',
      '## 5. Evaluation',
      '',
      'Offline: ROC-AUC. Online: CTR.',
      '',
    ].join('\n');
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'docs', 'hand-written.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc);

    const result = await vscode.commands.executeCommand<boolean>('mlDesign.insertSection', { section: 'data' });
    assert.strictEqual(result, true, 'insertSection should report that it inserted the section');

    const text = doc.getText();
    const headings = h2Headings(text);
    const dataIdx = headings.findIndex((h) => /data preparation/i.test(h));
    assert.ok(dataIdx >= 0, `no "Data preparation" heading after insertSection; headings: ${JSON.stringify(headings)}`);
    assert.ok(headings.indexOf('2. Framing') < dataIdx && dataIdx < headings.indexOf('4. Model'),
      `data section should sit between framing and model: ${JSON.stringify(headings)}`);
    assert.ok(isSubsequence(original, text), 'insertSection must only add text: the old text should be a subsequence of the new one');
  });
});
