/**
 * `--format text`: one line per finding, `file:line:col severity rule-id message` (1-based, the
 * shape editors and CI log parsers link), then one summary line per file and a total.
 */
import { countFindings, linted, oneLine, plural, sortedFindings, type FileReport } from './report';

export function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  const total = { errors: 0, warnings: 0, infos: 0 };
  for (const r of linted(reports)) {
    const res = r.result!;
    for (const f of sortedFindings(res.findings)) {
      out.push(`${r.file}:${f.range.startLine + 1}:${f.range.startCol + 1} ${f.severity} ${f.ruleId} ${oneLine(f.message)}`);
    }
    const c = countFindings(res.findings);
    total.errors += c.errors;
    total.warnings += c.warnings;
    total.infos += c.infos;
    out.push(
      `${r.file}: ${res.summary.present}/${res.summary.total} items present` +
        ` (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${c.infos} info)`,
    );
  }
  const n = linted(reports).length;
  const notDocs = reports.filter((r) => r.status === 'not-design-doc').length;
  const tooLarge = reports.filter((r) => r.status === 'too-large').length;
  const skipped = [
    notDocs ? `${plural(notDocs, 'Markdown file')} skipped: not recognised as a design doc` : '',
    tooLarge ? `${plural(tooLarge, 'file')} skipped: larger than maxFileSize` : '',
  ].filter(Boolean);
  out.push(
    `${plural(n, 'design doc')} linted: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${total.infos} info` +
      (skipped.length ? ` (${skipped.join('; ')})` : ''),
  );
  return out.join('\n') + '\n';
}
