/**
 * `--format json`: one JSON object on stdout.
 *
 * {
 *   "version": 1,
 *   "findings": [{ "file", "line", "column", "endLine", "endColumn", "severity", "ruleId",
 *                  "message", "section", "kind" }],   // 1-based; endColumn exclusive (as SARIF)
 *   "files": [{ "file", "isDesignDoc", "status", "present", "total", "errors", "warnings", "infos" }],
 *   "summary": { "files", "linted", "errors", "warnings", "infos" }
 * }
 *
 * `status` is "linted", "not-design-doc" (found by a folder/glob walk, not recognised: no
 * findings) or "too-large" (skipped). `section` is null for findings outside a section.
 */
import type { Severity } from '../../core/rubric';
import { countFindings, sortedFindings, type FileReport } from './report';

export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly ruleId: string;
  readonly message: string;
  readonly section: string | null;
  readonly kind: string;
}

export interface JsonFileSummary {
  readonly file: string;
  readonly isDesignDoc: boolean;
  readonly status: FileReport['status'];
  readonly present: number;
  readonly total: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface JsonReport {
  readonly version: 1;
  readonly findings: JsonFinding[];
  readonly files: JsonFileSummary[];
  readonly summary: { files: number; linted: number; errors: number; warnings: number; infos: number };
}

export function toJsonReport(reports: readonly FileReport[]): JsonReport {
  const findings: JsonFinding[] = [];
  const files: JsonFileSummary[] = [];
  const summary = { files: reports.length, linted: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) {
    const res = r.status === 'linted' ? r.result : undefined;
    const c = countFindings(res?.findings ?? []);
    if (res) {
      summary.linted++;
      for (const f of sortedFindings(res.findings)) {
        findings.push({
          file: r.file,
          line: f.range.startLine + 1,
          column: f.range.startCol + 1,
          endLine: f.range.endLine + 1,
          endColumn: f.range.endCol + 1,
          severity: f.severity,
          ruleId: f.ruleId,
          message: f.message,
          section: f.section ?? null,
          kind: f.kind,
        });
      }
    }
    summary.errors += c.errors;
    summary.warnings += c.warnings;
    summary.infos += c.infos;
    files.push({
      file: r.file,
      isDesignDoc: r.result?.isDesignDoc ?? false,
      status: r.status,
      present: res?.summary.present ?? 0,
      total: res?.summary.total ?? 0,
      ...c,
    });
  }
  return { version: 1, findings, files, summary };
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(toJsonReport(reports), null, 2) + '\n';
}
