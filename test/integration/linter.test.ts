/**
 * The linter in a real extension host (code-server or test-electron), against a fresh temporary
 * copy of test/fixtures/workspace: diagnostics with rule-doc links, quick fixes, fix-all,
 * disable comments, .mldesign.json problems, the mlDesign.rules setting, non-design Markdown.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { renderNewDocument } from '../../src/core/scaffold';
import { planDisableFix } from '../../src/core/lint';
import { rubricItem } from '../../src/core/rubric';
import { activateExtension, isSubsequence, waitFor, workspaceRoot } from './helpers';

const SOURCE = 'ML Design';

const root = workspaceRoot;

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

async function writeDoc(rel: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(root(), ...rel.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Quick fixes for a diagnostic, retried until the workbench knows the diagnostic. */
async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // The workbench gets the diagnostics (markers) a moment after the extension host set them:
  // until then the provider sees none of ours in the context and offers nothing.
  return waitFor('quick fixes for the diagnostic', async () => {
    const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    return a && a.length > 0 ? a : undefined;
  });
}

/** A partial doc whose monitoring section holds prose but none of its items. */
function withoutMonitoringAnswers(): string {
  return partialDoc().replace(/## 7\. Monitoring[\s\S]*$/, '## 7. Monitoring\n\nWe will look at dashboards.\n');
}

/** A partial doc with no monitoring section at all. */
function withoutMonitoringSection(): string {
  return partialDoc().replace(/## 7\. Monitoring[\s\S]*$/, '');
}

/** A design doc with a few sections filled and the rest left as scaffold prompts. */
function partialDoc(): string {
  return renderNewDocument({ title: 'Ad click prediction', date: '2026-01-01' })
    .replace(/- \*\*Business objective:\*\* TODO:[^\n]*/, '- **Business objective:** increase ad revenue by raising CTR without hurting retention.')
    .replace(/\| p99 latency \| TODO ms \| \|/, '| p99 latency | 120 ms | end to end |');
}

suite('Linter (real extension host)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the linter commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['mlDesign.lintDocument', 'mlDesign.addAllMissingItems', 'mlDesign.showChecklist', 'mlDesign.applyItemFix']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  test('a partial design doc gets diagnostics with a rule-doc link', async () => {
    const doc = await writeDoc('docs/partial.md', partialDoc());
    const diags = await waitFor('ML Design diagnostics', () => (ours(doc.uri).length > 0 ? ours(doc.uri) : undefined));
    assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'some error-severity findings');
    for (const d of diags) {
      const code = d.code as { value: string; target: vscode.Uri };
      assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, 'code carries a target link');
      assert.match(code.target.path, /docs\/rules\.md$/);
      assert.ok(code.target.fragment.length > 0, 'link has the rule anchor');
      assert.match(code.value, /^[a-z][\w.-]+$/);
    }
    assert.ok(!diags.some((d) => ruleOf(d) === 'requirements.business-objective'), 'the filled item is not reported');
  });

  test('an "Add …" quick fix inserts the missing item\'s stub into its section (insert-only)', async () => {
    const doc = await writeDoc('docs/quickfix.md', withoutMonitoringAnswers());
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length > 0 ? ours(doc.uri) : undefined));
    const before = doc.getText();
    let picked: { diag: vscode.Diagnostic; action: vscode.CodeAction } | undefined;
    for (const d of diags) {
      const actions = await quickFixes(doc, d);
      const disable = actions.find((a) => a.title === `Disable ${ruleOf(d)} for this document`);
      assert.ok(disable, `every finding offers "Disable <rule> for this document" (${ruleOf(d)}; got ${actions.map((a) => a.title).join(' | ')})`);
      // Several findings can share a range; the command API drops CodeAction.diagnostics, so the
      // action is matched by its title ("Add <item label> to <section>").
      const label = rubricItem(ruleOf(d))?.label;
      const add = label ? actions.find((a) => a.title.startsWith('Add ') && a.title.includes(label)) : undefined;
      if (add && !picked) picked = { diag: d, action: add };
    }
    assert.ok(picked, 'at least one finding offers an "Add …" quick fix');
    const label = rubricItem(ruleOf(picked.diag))!.label;
    assert.ok(picked.action.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(picked.action.edit), 'applyEdit succeeded');
    const after = doc.getText();
    assert.ok(isSubsequence(before, after) && after.length > before.length, 'quick fixes only insert');
    const inserted = after.split(/\r?\n/).filter((l) => !before.includes(l));
    assert.ok(inserted.some((l) => l.toLowerCase().includes(label.toLowerCase())), `the stub names "${label}": ${JSON.stringify(inserted)}`);
  });

  test('a quick fix makes its diagnostic go away (missing section inserted)', async () => {
    const doc = await writeDoc('docs/missing-section.md', withoutMonitoringSection());
    const missing = await waitFor('structure.section-missing', () => ours(doc.uri).find((d) => ruleOf(d) === 'structure.section-missing'));
    const actions = await quickFixes(doc, missing);
    const insert = actions.find((a) => /Monitoring/.test(a.title) && /^(Insert|Add) section/.test(a.title));
    assert.ok(insert?.edit, `an "Insert section" quick fix (got ${actions.map((a) => a.title).join(' | ')})`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    assert.ok(isSubsequence(before, doc.getText()), 'insert-only');
    await waitFor('the section-missing diagnostic to go away', () => !ours(doc.uri).some((d) => ruleOf(d) === 'structure.section-missing'));
  });

  test('"Disable <rule> for this document" removes that diagnostic', async () => {
    const doc = await writeDoc('docs/disable-action.md', withoutMonitoringAnswers());
    const d = await waitFor('an error finding', () => ours(doc.uri).find((x) => x.severity === vscode.DiagnosticSeverity.Error));
    const rule = ruleOf(d);
    const disable = (await quickFixes(doc, d)).find((a) => a.title === `Disable ${rule} for this document`);
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.match(doc.getText(), new RegExp(`mldesign-disable ${rule.replace(/\./g, '\\.')}`));
    await waitFor(`${rule} to go away`, () => ours(doc.uri).length > 0 && !ours(doc.uri).some((x) => ruleOf(x) === rule));
  });

  test('"Disable <rule> for this heading" hides only the finding on that heading', async () => {
    const doc = await writeDoc('docs/disable-line-action.md', withoutMonitoringAnswers());
    const d = await waitFor('a missing-item finding on a heading', () =>
      ours(doc.uri).find((x) => /^#{1,6}\s/.test(doc.lineAt(x.range.start.line).text) && ruleOf(x) !== 'structure.section-missing'),
    );
    const rule = ruleOf(d);
    const action = (await quickFixes(doc, d)).find((a) => a.title === `Disable ${rule} for this heading`);
    assert.ok(action?.edit, `a line-scoped disable action for ${rule}`);
    const before = doc.getText();
    const others = ours(doc.uri).filter((x) => ruleOf(x) !== rule).length;
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.ok(isSubsequence(before, doc.getText()), 'insert-only');
    assert.match(doc.getText(), new RegExp(`<!-- mldesign-disable-next-line ${rule.replace(/\./g, '\\.')} -->\\r?\\n#`));
    await waitFor(`${rule} to go away, the others to stay`, () => !ours(doc.uri).some((x) => ruleOf(x) === rule) && ours(doc.uri).length === others);
  });

  test('fix-all (source.fixAll.mlDesign) adds every missing item at once, sections included', async () => {
    const doc = await writeDoc('docs/fixall.md', withoutMonitoringSection());
    await waitFor('structure.section-missing', () => ours(doc.uri).some((d) => ruleOf(d) === 'structure.section-missing'));
    const before = doc.getText();
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await waitFor('the fix-all action', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, full, 'source.fixAll.mlDesign');
      return a && a.length > 0 ? a : undefined;
    });
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.mlDesign');
    assert.ok(fixAll?.edit, `a fix-all action (got ${actions.map((a) => a.title).join(', ')})`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const after = doc.getText();
    assert.ok(isSubsequence(before, after), 'fix-all only inserts');
    assert.match(after, /^## 7\. Monitoring/m, 'the missing section was added');
    for (const id of ['monitoring.drift', 'monitoring.retraining-plan']) {
      assert.ok(after.toLowerCase().includes(rubricItem(id)!.label.toLowerCase()), `stub for ${id}`);
    }
    await waitFor('no section-missing after fix-all', () => !ours(doc.uri).some((d) => ruleOf(d) === 'structure.section-missing'));
  });

  test('a <!-- mldesign-disable --> comment is honoured', async () => {
    const base = partialDoc();
    const doc0 = await writeDoc('docs/disabled-probe.md', base);
    const diags = await waitFor('diagnostics', () => (ours(doc0.uri).length > 0 ? ours(doc0.uri) : undefined));
    const rule = ruleOf(diags[0]);
    const fix = planDisableFix(base, rule);
    let text = base;
    for (const ins of [...fix.insertions].sort((a, b) => b.offset - a.offset)) text = text.slice(0, ins.offset) + ins.text + text.slice(ins.offset);
    assert.match(text, /mldesign-disable/);
    const doc = await writeDoc('docs/disabled.md', text);
    await waitFor('diagnostics of the doc with the comment', () => ours(doc.uri).length > 0);
    assert.ok(!ours(doc.uri).some((d) => ruleOf(d) === rule), `${rule} is disabled by the comment`);
  });

  test('hover on a finding explains the item and links the rule doc', async () => {
    const doc = await writeDoc('docs/hover.md', partialDoc());
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length > 0 ? ours(doc.uri) : undefined));
    const d = diags.find((x) => x.severity === vscode.DiagnosticSeverity.Error) ?? diags[0];
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, d.range.start);
    const text = (hovers ?? [])
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert.match(text, new RegExp(ruleOf(d).replace(/\./g, '\\.')));
    assert.match(text, /Rule documentation/);
  });

  test('hover on a section heading shows the section\'s checklist', async () => {
    const doc = await writeDoc('docs/hover-heading.md', partialDoc());
    await waitFor('diagnostics', () => ours(doc.uri).length > 0);
    const line = doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith('## 1. Clarify requirements'));
    assert.ok(line >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 4));
    const text = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /Clarify requirements\*\* · \d+\/\d+ items/);
    assert.match(text, /Business objective/);
  });

  test('mlDesign.lint.run: off clears the diagnostics, onSave relints only on save', async () => {
    const doc = await writeDoc('docs/run-modes.md', partialDoc());
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length > 0 ? ours(doc.uri) : undefined));
    const rule = ruleOf(diags[0]);
    const cfg = () => vscode.workspace.getConfiguration('mlDesign.lint');
    // code-server saves automatically after a delay: that would be a save, and a relint.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await cfg().update('run', 'off', vscode.ConfigurationTarget.Workspace);
      await waitFor('no diagnostics with run = off', () => ours(doc.uri).length === 0);
      await cfg().update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
      await waitFor('diagnostics back with run = onSave', () => ours(doc.uri).some((d) => ruleOf(d) === rule));
      const fix = planDisableFix(doc.getText(), rule);
      const edit = new vscode.WorkspaceEdit();
      for (const ins of fix.insertions) edit.insert(doc.uri, doc.positionAt(ins.offset), ins.text);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await new Promise((r) => setTimeout(r, 1200)); // well past the debounce
      assert.ok(ours(doc.uri).some((d) => ruleOf(d) === rule), 'not relinted before the save');
      assert.ok(await doc.save());
      await waitFor(`${rule} gone after the save`, () => ours(doc.uri).length > 0 && !ours(doc.uri).some((d) => ruleOf(d) === rule));
    } finally {
      await cfg().update('run', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a document above mlDesign.lint.maxFileSize is not linted', async () => {
    const cfg = () => vscode.workspace.getConfiguration('mlDesign.lint');
    await cfg().update('maxFileSize', 500, vscode.ConfigurationTarget.Workspace);
    let doc: vscode.TextDocument | undefined;
    try {
      doc = await writeDoc('docs/too-large.md', partialDoc());
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepStrictEqual(ours(doc.uri), [], 'skipped while above the limit');
    } finally {
      await cfg().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const d = doc;
    await waitFor('linted once the limit is back to the default', () => ours(d.uri).length > 0);
  });

  test('the mlDesign.rules setting turns a rule off', async () => {
    const doc = await writeDoc('docs/setting.md', partialDoc());
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length > 0 ? ours(doc.uri) : undefined));
    const rule = ruleOf(diags[0]);
    const cfg = vscode.workspace.getConfiguration('mlDesign');
    await cfg.update('rules', { [rule]: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(`${rule} turned off`, () => ours(doc.uri).length > 0 && !ours(doc.uri).some((d) => ruleOf(d) === rule));
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(`${rule} back`, () => ours(doc.uri).some((d) => ruleOf(d) === rule));
  });

  test('a broken .mldesign.json gets a diagnostic on the config file, at the right place', async () => {
    const cfgUri = vscode.Uri.joinPath(root(), '.mldesign.json');
    const text = '{\n  "rules": {\n    "requirements.latency-p90": "off"\n  }\n}\n';
    await vscode.workspace.fs.writeFile(cfgUri, new TextEncoder().encode(text));
    try {
      const diags = await waitFor('a diagnostic on .mldesign.json', () => {
        const d = vscode.languages.getDiagnostics(cfgUri).filter((x) => x.source === SOURCE);
        return d.length > 0 ? d : undefined;
      });
      assert.match(diags[0].message, /Unknown rule id "requirements\.latency-p90"/);
      assert.match(diags[0].message, /Did you mean "requirements\.latency-p99"/);
      assert.strictEqual(diags[0].range.start.line, 2);
      assert.strictEqual(diags[0].range.start.character, 4);
      assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Error);
      // Fixing the file clears the diagnostic.
      await vscode.workspace.fs.writeFile(cfgUri, new TextEncoder().encode('{ "rules": {} }\n'));
      await waitFor('the config diagnostic to clear', () => vscode.languages.getDiagnostics(cfgUri).filter((x) => x.source === SOURCE).length === 0);
    } finally {
      await vscode.workspace.fs.delete(cfgUri);
    }
  });

  test('.mldesign.json rules apply to open docs when the file changes', async () => {
    const doc = await writeDoc('docs/config-rules.md', partialDoc());
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length > 0 ? ours(doc.uri) : undefined));
    const rule = ruleOf(diags[0]);
    const cfgUri = vscode.Uri.joinPath(root(), '.mldesign.json');
    await vscode.workspace.fs.writeFile(cfgUri, new TextEncoder().encode(JSON.stringify({ rules: { [rule]: 'off' } })));
    try {
      await waitFor(`${rule} turned off by .mldesign.json`, () => ours(doc.uri).length > 0 && !ours(doc.uri).some((d) => ruleOf(d) === rule));
    } finally {
      await vscode.workspace.fs.delete(cfgUri);
    }
    await waitFor(`${rule} back after deleting .mldesign.json`, () => ours(doc.uri).some((d) => ruleOf(d) === rule));
  });

  test('a non-design README gets no diagnostics, until "Lint This Document" forces it', async () => {
    const doc = await writeDoc('README-lint.md', '# Tooling\n\nHow to build the project.\n\n## Install\n\nnpm ci\n');
    // Give the linter its chance (it runs on open), then check nothing was reported.
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(ours(doc.uri), []);
    const n = await vscode.commands.executeCommand<number | undefined>('mlDesign.lintDocument', doc.uri);
    assert.ok(typeof n === 'number' && n > 0, `forced lint reports findings (got ${n})`);
    await waitFor('diagnostics on the forced doc', () => ours(doc.uri).length > 0);
  });

  test('the fixture README (not a design doc) gets no diagnostics', async () => {
    const uri = vscode.Uri.joinPath(root(), 'README.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepStrictEqual(ours(uri), []);
  });
});
