/**
 * What the `mldesign lint` formatters take: one report per file, in output order, plus the rule
 * metadata (for SARIF). Paths are shown relative to the working directory with "/" separators.
 */
import type { Finding, LintResult } from '../../core/lint/types';
import type { Severity } from '../../core/rubric';
import type { SectionId } from '../../core/framework';

export interface FileReport {
  /** Path relative to the working directory, "/" separators (absolute when outside it). */
  readonly file: string;
  /** How the file was picked: named on the command line, or found in a folder / by a glob. */
  readonly origin: 'explicit' | 'discovered';
  /**
   * 'linted': checked as a design doc; 'not-design-doc': found by a folder/glob walk but not
   * recognised (nothing reported); 'too-large': above maxFileSize, skipped.
   */
  readonly status: 'linted' | 'not-design-doc' | 'too-large';
  /** Present when the file was linted (or at least checked for detection). */
  readonly result?: LintResult;
}

/** Rule metadata as the engine's RULES lists it. */
export interface RuleInfo {
  readonly id: string;
  readonly section?: SectionId;
  readonly severity: Severity;
  readonly description: string;
  readonly kind?: string;
}

export interface ReportContext {
  readonly rules: readonly RuleInfo[];
  /** Help link of a rule (rule docs). */
  readonly helpUri: (ruleId: string) => string;
  readonly toolName: string;
  readonly toolVersion: string;
  readonly informationUri: string;
  /** Absolute file: URI of the working directory, ending in "/" (SARIF %SRCROOT%). */
  readonly srcRootUri: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

export function linted(reports: readonly FileReport[]): FileReport[] {
  return reports.filter((r) => r.status === 'linted' && r.result);
}

/** Findings in document order (line, then column, then rule id) for stable output. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.range.startLine - b.range.startLine || a.range.startCol - b.range.startCol || a.ruleId.localeCompare(b.ruleId),
  );
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** Single line for terminals: newlines in messages become spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ');
}
