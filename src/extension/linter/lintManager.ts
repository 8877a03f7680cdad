/**
 * Which open documents are linted, when, and with what result; publishes the diagnostics.
 *
 * - Markdown documents only; a document is linted when it is forced ("Lint This Document"),
 *   matches an include glob, or the engine recognises it (front-matter marker, or ≥ 3 of the 7
 *   sections); an exclude glob wins over include and detection (not over an explicit force).
 * - mlDesign.lint.run: onType (debounced by mlDesign.lint.debounceMs), onSave (and on open), off.
 * - Documents above maxFileSize are skipped with one notice per document per session.
 * - A result is kept with the document version it was computed for; a stale one is never
 *   published, and consumers (quick fixes, hovers, checklist) ask for a fresh one.
 */
import * as vscode from 'vscode';
import { posix } from 'node:path';
import { decideLint, type LintDecision } from '../../core/config';
import { lint } from '../../core/lint';
import type { Finding, LintResult } from '../../core/lint/types';
import type { ConfigService } from './configService';
import type { RuleDocs } from './rules';

export const DIAGNOSTIC_SOURCE = 'ML Design';

export type RunMode = 'onType' | 'onSave' | 'off';

export interface DocLint {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly decision: LintDecision;
  /** Undefined when the document is not linted (not a design doc, excluded, too large, off). */
  readonly result: LintResult | undefined;
}

/** Schemes of read-only or derived views (git diffs, output...) that must not get diagnostics. */
const SKIPPED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'conflictResolution', 'chat-editing-text-model', 'vscode-chat-code-block', 'walkThroughSnippet']);

export function isLintable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !SKIPPED_SCHEMES.has(doc.uri.scheme);
}

export function toVsRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.startLine, r.startCol, r.endLine, r.endCol);
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class LintManager implements vscode.Disposable {
  private readonly states = new Map<string, DocLint>();
  /** Unpublished results computed for quick fixes/hovers between saves (run = onSave/off). */
  private readonly shadow = new Map<string, DocLint>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents forced with "Lint This Document" (kept for the session, across close/reopen). */
  private readonly forced = new Set<string>();
  /** Documents already told they are too large. */
  private readonly tooLargeNoticed = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidUpdate = this.emitter.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly config: ConfigService,
    private readonly docs: RuleDocs,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.onSave(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      config.onDidChange(() => this.relintAll()),
    );
  }

  private runMode(doc: vscode.TextDocument): RunMode {
    const v = vscode.workspace.getConfiguration('mlDesign.lint', doc.uri).get<string>('run', 'onType');
    return v === 'onSave' || v === 'off' ? v : 'onType';
  }

  private debounceMs(doc: vscode.TextDocument): number {
    const v = vscode.workspace.getConfiguration('mlDesign.lint', doc.uri).get<number>('debounceMs', 300);
    return typeof v === 'number' && v >= 0 ? Math.min(v, 10_000) : 300;
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (!isLintable(doc)) return;
    if (this.runMode(doc) !== 'off') this.lintNow(doc);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (!isLintable(doc) || e.contentChanges.length === 0) return;
    if (this.runMode(doc) === 'onType') this.schedule(doc);
  }

  private onSave(doc: vscode.TextDocument): void {
    if (!isLintable(doc)) return;
    if (this.runMode(doc) !== 'off') this.lintNow(doc);
  }

  /** Lints after the debounce delay (restarted by every change). */
  schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const prev = this.timers.get(key);
    if (prev) clearTimeout(prev);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.lintNow(doc);
      }, this.debounceMs(doc)),
    );
  }

  /** Forces linting of a document for the rest of the session. */
  force(doc: vscode.TextDocument): DocLint {
    this.forced.add(doc.uri.toString());
    return this.lintNow(doc, { ignoreRunMode: true });
  }

  isForced(uri: vscode.Uri): boolean {
    return this.forced.has(uri.toString());
  }

  /** Lints at once (cancelling a pending debounce) and publishes. */
  lintNow(doc: vscode.TextDocument, opts: { ignoreRunMode?: boolean } = {}): DocLint {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const version = doc.version;
    const state = this.compute(doc, opts.ignoreRunMode === true);
    // Stale check: only publish a result computed for the version the document still has.
    if (doc.isClosed || doc.version !== version) return state;
    this.states.set(key, state);
    this.shadow.delete(key);
    if (state.result) this.diagnostics.set(doc.uri, this.toDiagnostics(state.result));
    else this.diagnostics.delete(doc.uri);
    this.emitter.fire(doc.uri);
    return state;
  }

  private compute(doc: vscode.TextDocument, ignoreRunMode: boolean): DocLint {
    const base = { uri: doc.uri, version: doc.version };
    const { effective, relPath } = this.config.forDocument(doc.uri);
    const decision = decideLint(relPath, effective.matchers, this.isForced(doc.uri));
    if (decision === 'excluded' || (!ignoreRunMode && this.runMode(doc) === 'off' && decision !== 'forced')) {
      return { ...base, decision, result: undefined };
    }
    const text = doc.getText();
    // Cheap upper bound first: UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (text.length * 3 > effective.resolved.maxFileSize) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > effective.resolved.maxFileSize) {
        this.noticeTooLarge(doc, bytes, effective.resolved.maxFileSize);
        return { ...base, decision, result: undefined };
      }
    }
    const force = decision === 'forced' || decision === 'included';
    const t0 = performance.now();
    let result: LintResult;
    try {
      result = lint(text, { config: effective.lint, force });
    } catch (err) {
      this.log.error(`Linting ${doc.uri.toString(true)} failed: ${(err as Error).stack ?? String(err)}`);
      return { ...base, decision, result: undefined };
    }
    const ms = performance.now() - t0;
    if (ms > 50) this.log.info(`Linted ${posix.basename(doc.uri.path)} (${doc.lineCount} lines) in ${ms.toFixed(1)} ms`);
    return { ...base, decision, result: result.isDesignDoc || force ? result : undefined };
  }

  /**
   * Lints a text as the document at `uri` would be (its configuration, include/exclude, forced),
   * without publishing anything: for the preview's badges. Undefined when it would not be linted.
   */
  lintText(text: string, uri: vscode.Uri | undefined): LintResult | undefined {
    if (!uri) return lint(text, {});
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const st = this.states.get(uri.toString());
    // The published result when it is for this very text.
    if (open && st && st.version === open.version && open.getText() === text) return st.result;
    const { effective, relPath } = this.config.forDocument(uri);
    const decision = decideLint(relPath, effective.matchers, this.isForced(uri));
    if (decision === 'excluded' || text.length > effective.resolved.maxFileSize) return undefined;
    const force = decision === 'forced' || decision === 'included';
    const result = lint(text, { config: effective.lint, force });
    return result.isDesignDoc || force ? result : undefined;
  }

  private noticeTooLarge(doc: vscode.TextDocument, bytes: number, limit: number): void {
    const key = doc.uri.toString();
    if (this.tooLargeNoticed.has(key)) return;
    this.tooLargeNoticed.add(key);
    const mb = (n: number) => `${(n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0)} MB`;
    const msg = `ML Design: ${posix.basename(doc.uri.path)} is ${mb(bytes)}, above mlDesign.lint.maxFileSize (${mb(limit)}); it is not linted.`;
    this.log.info(msg);
    void vscode.window.showInformationMessage(msg, 'Open Setting').then((pick) => {
      if (pick) void vscode.commands.executeCommand('workbench.action.openSettings', 'mlDesign.lint.maxFileSize');
    });
  }

  toDiagnostics(result: LintResult): vscode.Diagnostic[] {
    return result.findings.map((f) => {
      const d = new vscode.Diagnostic(toVsRange(f.range), f.message, SEVERITY[f.severity]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = { value: f.ruleId, target: this.docs.uri(f.ruleId) };
      return d;
    });
  }

  /** The latest published state, whatever its version. */
  get(uri: vscode.Uri): DocLint | undefined {
    return this.states.get(uri.toString());
  }

  /**
   * A result for the document's current version, for quick fixes and hovers (their offsets must
   * match the text). The published one when current; else, with run = onType, the pending
   * debounced lint is done now (and published, as it would be a moment later); with onSave/off
   * the result is computed for the caller only, never published (diagnostics keep following
   * saves). Linting off and not forced: undefined.
   */
  fresh(doc: vscode.TextDocument): DocLint | undefined {
    if (!isLintable(doc)) return undefined;
    const key = doc.uri.toString();
    const st = this.states.get(key);
    if (st && st.version === doc.version) return st;
    const mode = this.runMode(doc);
    if (mode === 'off' && !this.isForced(doc.uri)) return undefined;
    if (mode === 'onType') return this.lintNow(doc);
    const shadow = this.shadow.get(key);
    if (shadow && shadow.version === doc.version) return shadow;
    const computed = this.compute(doc, true);
    this.shadow.set(key, computed);
    return computed;
  }

  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (!isLintable(doc)) continue;
      if (this.runMode(doc) === 'off' && !this.isForced(doc.uri)) {
        if (this.states.has(doc.uri.toString())) this.lintNow(doc); // clears
        continue;
      }
      this.lintNow(doc);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.shadow.delete(key);
    if (this.states.delete(key) || this.diagnostics.has(uri)) {
      // (this collection holds only Markdown diagnostics; .mldesign.json problems have their own)
      this.diagnostics.delete(uri);
      this.emitter.fire(uri);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
