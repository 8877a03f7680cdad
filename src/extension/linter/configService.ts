/**
 * The configuration each document is linted with: `.mldesign.json` at the root of its workspace
 * folder (ignored in untrusted workspaces), then the mlDesign.* settings. Problems in a
 * `.mldesign.json` are shown as diagnostics on that file (live while it is edited); the effective
 * configuration follows the saved file, and every change fires onDidChange so open docs relint.
 */
import * as vscode from 'vscode';
import { posix } from 'node:path';
import {
  CONFIG_FILE_NAME,
  DEFAULT_MAX_FILE_SIZE,
  decisionMatchers,
  parseConfigText,
  resolveConfig,
  toLintConfig,
  validateRules,
  type ConfigProblem,
  type DecisionMatchers,
  type FileConfig,
  type ResolvedConfig,
} from '../../core/config';
import type { LintConfig } from '../../core/lint/types';
import { knownIds } from './rules';

export interface EffectiveConfig {
  readonly resolved: ResolvedConfig;
  readonly lint: LintConfig;
  readonly matchers: DecisionMatchers;
}

interface FolderState {
  readonly folder: vscode.WorkspaceFolder;
  readonly configUri: vscode.Uri;
  file: FileConfig | undefined;
  effective?: EffectiveConfig;
}

const NO_FOLDER_KEY = '<no folder>';

export class ConfigService implements vscode.Disposable {
  private readonly folders = new Map<string, FolderState>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private noFolderEffective: EffectiveConfig | undefined;
  /** Setting problems already logged (each is logged once per session). */
  private readonly logged = new Set<string>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reloadAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mlDesign')) {
          this.invalidate();
          this.emitter.fire();
        }
      }),
      // Live diagnostics while a .mldesign.json is edited (the effective config follows saves).
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isConfigDocument(e.document.uri)) this.publishProblems(e.document.uri, e.document.getText());
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (this.isConfigDocument(doc.uri)) this.publishProblems(doc.uri, doc.getText());
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // Back to what is on disk (unsaved edits were dropped).
        if (this.isConfigDocument(doc.uri)) void this.reloadFolderOf(doc.uri);
      }),
    );
  }

  /** Reads every workspace folder's .mldesign.json; resolves once done. */
  async reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keep = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, st] of this.folders) {
      if (!keep.has(key)) {
        this.folders.delete(key);
        this.diagnostics.delete(st.configUri);
        this.watchers.get(key)?.dispose();
        this.watchers.delete(key);
      }
    }
    await Promise.all(folders.map((f) => this.loadFolder(f)));
    this.invalidate();
    this.emitter.fire();
  }

  private async reloadFolderOf(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    await this.loadFolder(folder);
    this.invalidate();
    this.emitter.fire();
  }

  private isConfigDocument(uri: vscode.Uri): boolean {
    if (posix.basename(uri.path) !== CONFIG_FILE_NAME) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return !!folder && this.folders.get(folder.uri.toString())?.configUri.toString() === uri.toString();
  }

  private async loadFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const configUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    let st = this.folders.get(key);
    if (!st) {
      st = { folder, configUri, file: undefined };
      this.folders.set(key, st);
    }
    if (!this.watchers.has(key)) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
      const reload = () => void this.reloadFolderOf(configUri);
      this.watchers.set(key, vscode.Disposable.from(w, w.onDidChange(reload), w.onDidCreate(reload), w.onDidDelete(reload)));
    }
    if (!vscode.workspace.isTrusted) {
      st.file = undefined;
      this.diagnostics.delete(configUri);
      this.logOnce(`untrusted:${key}`, `Workspace not trusted: ${configUri.fsPath} is ignored (default rules apply).`);
      return;
    }
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(configUri));
    } catch {
      text = undefined; // no config file
    }
    if (text === undefined) {
      st.file = undefined;
      this.diagnostics.delete(configUri);
      return;
    }
    const parsed = parseConfigText(text, knownIds());
    st.file = parsed.config;
    if (parsed.problems.length) this.log.warn(`${configUri.fsPath}: ${parsed.problems.length} problem(s); ${parsed.usable ? 'invalid entries ignored' : 'file ignored, defaults apply'}.`);
    // An open, modified editor shows the problems of its own text.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === configUri.toString());
    this.publishProblems(configUri, open?.isDirty ? open.getText() : text, parsed.problems);
  }

  private publishProblems(uri: vscode.Uri, text: string, problems?: readonly ConfigProblem[]): void {
    if (!vscode.workspace.isTrusted) return;
    const list = problems ?? parseConfigText(text, knownIds()).problems;
    this.diagnostics.set(
      uri,
      list.map((p) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(p.range.startLine, p.range.startCol, p.range.endLine, p.range.endCol),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'ML Design';
        d.code = 'config';
        return d;
      }),
    );
  }

  private invalidate(): void {
    for (const st of this.folders.values()) st.effective = undefined;
    this.noFolderEffective = undefined;
  }

  private logOnce(key: string, message: string): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log.warn(message);
  }

  /** The configuration a document is linted with, and its path relative to its folder. */
  forDocument(uri: vscode.Uri): { effective: EffectiveConfig; relPath: string | undefined } {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      this.noFolderEffective ??= this.build(undefined, undefined);
      return { effective: this.noFolderEffective, relPath: undefined };
    }
    const st = this.folders.get(folder.uri.toString());
    let effective: EffectiveConfig;
    if (st) {
      st.effective ??= this.build(folder, st.file);
      effective = st.effective;
    } else {
      effective = this.build(folder, undefined);
    }
    const rel = posix.relative(folder.uri.path, uri.path);
    return { effective, relPath: rel.startsWith('..') ? undefined : rel };
  }

  private build(folder: vscode.WorkspaceFolder | undefined, file: FileConfig | undefined): EffectiveConfig {
    const cfg = vscode.workspace.getConfiguration('mlDesign', folder?.uri);
    const key = folder?.uri.toString() ?? NO_FOLDER_KEY;
    const rulesSetting = validateRules(cfg.get<unknown>('rules'), knownIds());
    for (const p of rulesSetting.problems) this.logOnce(`rules:${key}:${p}`, `Setting mlDesign.rules: ${p} (entry ignored)`);
    const maxInspect = cfg.inspect<number>('lint.maxFileSize');
    const maxSet = maxInspect?.workspaceFolderValue ?? maxInspect?.workspaceValue ?? maxInspect?.globalValue;
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
    const resolved = resolveConfig(file, {
      rules: rulesSetting.rules,
      include: strings(cfg.get('include')),
      exclude: strings(cfg.get('exclude')),
      ...(typeof maxSet === 'number' && maxSet > 0 && { maxFileSize: maxSet }),
    }, knownIds().ruleIds);
    return { resolved, lint: toLintConfig(resolved), matchers: decisionMatchers(resolved) };
  }

  /** Default limit when nothing else is configured (for messages). */
  static readonly defaultMaxFileSize = DEFAULT_MAX_FILE_SIZE;

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
