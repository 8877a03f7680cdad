/**
 * The seam between the preview and the linter: the preview calls a `LintFn` for the badges.
 * By default it is the core linter (src/core/lint) with default rules; the linter's extension
 * module can install a configured one (workspace .mldesign.json, settings) with
 * `setPreviewLintProvider`. Without a linter the preview simply shows no badges.
 */
import type * as vscode from 'vscode';
import type { LintOptions, LintResult } from '../../core/lint/types';

export type LintFn = (text: string, uri?: vscode.Uri) => LintResult | undefined;

type CoreLint = (text: string, options?: LintOptions) => LintResult;

function loadCoreLint(): LintFn | undefined {
  try {
    // Resolved and bundled by esbuild when src/core/lint/index.ts exists; absent, this throws.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../core/lint') as { lint?: CoreLint };
    const lint = mod.lint;
    return typeof lint === 'function' ? (text) => lint(text, {}) : undefined;
  } catch {
    return undefined;
  }
}

let provider: LintFn | undefined | null = null; // null: not resolved yet

export function setPreviewLintProvider(fn: LintFn | undefined): void {
  provider = fn;
}

export function previewLint(text: string, uri?: vscode.Uri): LintResult | undefined {
  if (provider === null) provider = loadCoreLint();
  if (!provider) return undefined;
  try {
    return provider(text, uri);
  } catch (err) {
    console.error('[ml-design preview] lint failed', err);
    return undefined;
  }
}
