/**
 * The seam between the preview and the linter: the preview calls a `LintFn` for its badges.
 * By default it is the core linter (src/core/lint) with default rules; the linter's extension
 * module can install a configured one (workspace .mldesign.json, settings, case study) with
 * `setPreviewLintProvider`. A provider returning undefined (or throwing) just means no badges.
 */
import type * as vscode from 'vscode';
import { lint } from '../../core/lint';
import type { LintResult } from '../../core/lint/types';

export type LintFn = (text: string, uri?: vscode.Uri) => LintResult | undefined;

const defaultLint: LintFn = (text) => lint(text, {});

let provider: LintFn = defaultLint;

/** Installs the lint function the preview uses (undefined: back to the default core linter). */
export function setPreviewLintProvider(fn: LintFn | undefined): void {
  provider = fn ?? defaultLint;
}

export function previewLint(text: string, uri?: vscode.Uri): LintResult | undefined {
  try {
    return provider(text, uri);
  } catch (err) {
    console.error('[ml-design preview] lint failed', err);
    return undefined;
  }
}
