/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning ingests it
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 * One run; tool.driver lists every rule (id, shortDescription, helpUri, default level); each
 * result points at a region with 1-based lines/columns (endColumn exclusive), the artifact URI
 * relative to %SRCROOT% (the working directory).
 */
import type { Severity } from '../../core/rubric';
import { linted, sortedFindings, type FileReport, type ReportContext } from './report';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'info' ? 'note' : s;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function firstSentence(s: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(s);
  return (m ? m[1] : s).trim();
}

/** Encodes a relative path as a URI reference (each segment percent-encoded, "/" kept). */
export function relativeUri(file: string): string {
  return file.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}

function nth(seen: Map<string, number>, key: string): number {
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return n;
}

export function toSarif(reports: readonly FileReport[], ctx: ReportContext): Record<string, unknown> {
  const ruleIndex = new Map<string, number>();
  const rules = ctx.rules.map((r, i) => {
    ruleIndex.set(r.id, i);
    return {
      id: r.id,
      name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: firstSentence(r.description) },
      fullDescription: { text: r.description },
      helpUri: ctx.helpUri(r.id),
      help: { text: `${r.description} See ${ctx.helpUri(r.id)}` },
      defaultConfiguration: { level: sarifLevel(r.severity) },
      properties: { tags: ['ml-design', ...(r.section ? [r.section] : [])], ...(r.kind && { kind: r.kind }) },
    };
  });
  const results: Record<string, unknown>[] = [];
  const artifacts: Record<string, unknown>[] = [];
  for (const r of linted(reports)) {
    const seen = new Map<string, number>();
    const absolute = /^([a-z]:)?\//i.test(r.file);
    const artifactLocation = absolute
      ? { uri: `file://${r.file.startsWith('/') ? '' : '/'}${relativeUri(r.file)}` }
      : { uri: relativeUri(r.file), uriBaseId: '%SRCROOT%' };
    const artifactIndex = artifacts.push({ location: artifactLocation, mimeType: 'text/markdown' }) - 1;
    for (const f of sortedFindings(r.result!.findings)) {
      const idx = ruleIndex.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(idx !== undefined && { ruleIndex: idx }),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...artifactLocation, index: artifactIndex },
              region: {
                startLine: f.range.startLine + 1,
                startColumn: f.range.startCol + 1,
                endLine: f.range.endLine + 1,
                endColumn: f.range.endCol + 1,
              },
            },
          },
        ],
        // Stable across edits that move lines: rule, file and the how-many-th finding of that rule.
        partialFingerprints: { mlDesignFinding: `${f.ruleId}:${r.file}:${nth(seen, f.ruleId)}` },
        ...(f.section && { properties: { section: f.section, kind: f.kind } }),
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: ctx.toolName,
            informationUri: ctx.informationUri,
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: ctx.srcRootUri } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], ctx: ReportContext): string {
  return JSON.stringify(toSarif(reports, ctx), null, 2) + '\n';
}
