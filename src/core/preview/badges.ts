/**
 * LintResult → the per-section badges the preview shows beside headings (pure).
 */
import { SECTIONS } from '../framework';
import type { LintResult } from '../lint/types';
import type { BadgeData, SectionBadge } from './protocol';

export function toBadgeData(result: LintResult | undefined): BadgeData | undefined {
  if (!result || !result.isDesignDoc) return undefined;
  const title = (id: string): string => SECTIONS.find((s) => s.id === id)?.title ?? id;
  const sections: SectionBadge[] = [];
  const missingSections: { id: string; title: string }[] = [];
  for (const s of result.sections) {
    if (s.line === undefined) {
      missingSections.push({ id: s.id, title: title(s.id) });
      continue;
    }
    const missing = result.items
      .filter((i) => i.section === s.id && !i.present && i.level !== 'off')
      .map((i) => ({ id: i.id, label: i.label, line: i.line }));
    sections.push({ id: s.id, title: title(s.id), line: s.line, present: s.present, total: s.total, missing });
  }
  return { present: result.summary.present, total: result.summary.total, sections, missingSections };
}
