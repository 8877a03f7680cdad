/**
 * "ML Design: New Design Document" and "ML Design: Insert Section".
 * Thin glue over src/core/scaffold: UI, file creation (never overwriting), editor edits.
 */
import * as vscode from 'vscode';
import { promises as fsp } from 'node:fs';
import { CASE_STUDIES, caseStudyById } from '../core/cases';
import { SECTIONS, isSectionId, sectionById, type SectionId } from '../core/framework';
import { readOutline } from '../core/outline';
import {
  freeFileName,
  missingSections,
  planSectionInsertion,
  renderNewDocument,
  slugify,
} from '../core/scaffold';

export interface NewDocumentArgs {
  /** Case-study id; '' or 'blank' for a blank doc. */
  readonly caseId?: string;
  readonly title?: string;
  /** Target folder (absolute path or Uri); defaults to <workspace folder>/<mlDesign.docsFolder>. */
  readonly folder?: string | vscode.Uri;
}

export interface InsertSectionArgs {
  readonly section?: string;
}

const BLANK_ID = 'blank';

export function registerScaffoldCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('mlDesign.newDocument', (args?: NewDocumentArgs) => newDocument(args)),
    vscode.commands.registerCommand('mlDesign.insertSection', (args?: InsertSectionArgs) => insertSection(args)),
  );
}

interface CasePick extends vscode.QuickPickItem {
  readonly caseId: string;
}

async function pickCase(): Promise<string | undefined> {
  const items: CasePick[] = [
    { label: '$(file) Blank design doc', description: '7 sections, no case study', caseId: BLANK_ID },
    { label: 'Case studies', kind: vscode.QuickPickItemKind.Separator, caseId: '' },
    ...CASE_STUDIES.map((c) => ({
      label: c.title,
      description: c.id,
      detail: `Chapter ${c.chapter} · ${c.pitch}`,
      caseId: c.id,
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: 'New ML Design Document',
    placeHolder: 'Start from a blank doc or one of the case studies',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.caseId;
}

/** Resolves where the new doc goes; undefined = untitled document (no folder open). null = cancelled. */
async function targetFolder(args: NewDocumentArgs | undefined): Promise<vscode.Uri | undefined | null> {
  if (args?.folder) return typeof args.folder === 'string' ? vscode.Uri.file(args.folder) : args.folder;
  const folders = vscode.workspace.workspaceFolders;
  if (!folders || folders.length === 0) return undefined;
  let ws: vscode.WorkspaceFolder | undefined = folders[0];
  if (folders.length > 1) {
    if (args) {
      // Called programmatically: prefer the folder of the active editor, else the first.
      const active = vscode.window.activeTextEditor?.document.uri;
      ws = (active && vscode.workspace.getWorkspaceFolder(active)) ?? folders[0];
    } else {
      ws = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new design doc' });
      if (!ws) return null;
    }
  }
  const rel = vscode.workspace.getConfiguration('mlDesign', ws.uri).get<string>('docsFolder', 'docs/design');
  const parts = rel.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.includes('..')) {
    void vscode.window.showWarningMessage(`mlDesign.docsFolder "${rel}" leaves the workspace folder; using "docs/design".`);
    return vscode.Uri.joinPath(ws.uri, 'docs', 'design');
  }
  return vscode.Uri.joinPath(ws.uri, ...parts);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `content` to the first free `<slug>[-n].md` in `folder`. For file: URIs the write uses
 * the exclusive-create flag, so a file that appears between the check and the write is never
 * overwritten.
 */
async function createUnique(folder: vscode.Uri, slug: string, content: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const bytes = Buffer.from(content, 'utf8');
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = await freeFileName(slug, (n) => exists(vscode.Uri.joinPath(folder, n)));
    const uri = vscode.Uri.joinPath(folder, name);
    if (uri.scheme === 'file') {
      try {
        await fsp.writeFile(uri.fsPath, bytes, { flag: 'wx' });
        return uri;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw err;
      }
    }
    await vscode.workspace.fs.writeFile(uri, bytes);
    return uri;
  }
  throw new Error(`Could not find a free file name for "${slug}" in ${folder.fsPath}.`);
}

export async function newDocument(args?: NewDocumentArgs): Promise<vscode.Uri | undefined> {
  let caseId = args?.caseId;
  if (args === undefined) {
    caseId = await pickCase();
    if (caseId === undefined) return undefined;
  }
  if (caseId === BLANK_ID || caseId === '') caseId = undefined;
  const cs = caseId ? caseStudyById(caseId) : undefined;
  if (caseId && !cs) {
    void vscode.window.showErrorMessage(`Unknown case study "${caseId}". Known: ${CASE_STUDIES.map((c) => c.id).join(', ')}.`);
    return undefined;
  }
  const defaultTitle = cs?.defaultTitle ?? 'ML system design';
  let title = args?.title;
  if (title === undefined) {
    if (args !== undefined) {
      title = defaultTitle;
    } else {
      title = await vscode.window.showInputBox({
        title: 'New ML Design Document',
        prompt: 'Document title (the file name is derived from it)',
        value: defaultTitle,
        valueSelection: [0, defaultTitle.length],
        validateInput: (v) => (v.trim() ? undefined : 'The title cannot be empty.'),
      });
      if (title === undefined) return undefined;
    }
  }
  title = title.trim() || defaultTitle;
  const content = renderNewDocument({ title, caseId });

  const folder = await targetFolder(args);
  if (folder === null) return undefined;
  if (folder === undefined) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  try {
    const uri = await createUnique(folder, slugify(title), content);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    return uri;
  } catch (err) {
    void vscode.window.showErrorMessage(`ML Design: could not create the design doc in ${folder.fsPath}: ${(err as Error).message}`);
    return undefined;
  }
}

interface SectionPick extends vscode.QuickPickItem {
  readonly id: SectionId;
}

export async function insertSection(args?: InsertSectionArgs): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('ML Design: open a Markdown design doc to insert a section.');
    return false;
  }
  const doc = editor.document;
  const text = doc.getText();
  const outline = readOutline(text);
  const missing = missingSections(text, outline);
  let section: SectionId | undefined;
  if (args?.section !== undefined) {
    if (!isSectionId(args.section)) {
      void vscode.window.showErrorMessage(`ML Design: unknown section "${args.section}". Known: ${SECTIONS.map((s) => s.id).join(', ')}.`);
      return false;
    }
    if (!missing.includes(args.section)) {
      void vscode.window.showInformationMessage(`ML Design: the document already has a "${sectionById(args.section).title}" section.`);
      return false;
    }
    section = args.section;
  } else {
    if (missing.length === 0) {
      void vscode.window.showInformationMessage('ML Design: this document already has all 7 sections.');
      return false;
    }
    const pick = await vscode.window.showQuickPick<SectionPick>(
      missing.map((id) => {
        const s = sectionById(id);
        return { id, label: `${s.number}. ${s.title}`, detail: s.summary };
      }),
      { title: 'Insert Section', placeHolder: 'Sections this document does not have yet' },
    );
    if (!pick) return false;
    section = pick.id;
  }
  const fmCase = outline.frontMatter?.data?.['case'];
  const caseId = typeof fmCase === 'string' && caseStudyById(fmCase) ? fmCase : undefined;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const ins = planSectionInsertion(text, section, { caseId, eol });
  const pos = doc.positionAt(ins.offset);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, pos, ins.text);
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok) {
    const headingLine = doc.positionAt(ins.offset + ins.text.search(/#/)).line;
    const headingPos = new vscode.Position(headingLine, 0);
    editor.selection = new vscode.Selection(headingPos, headingPos);
    editor.revealRange(new vscode.Range(headingPos, headingPos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return ok;
}
