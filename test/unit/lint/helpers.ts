/** Shared helpers for the lint unit tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/lint';
import type { LintOptions, LintResult } from '../../../src/core/lint';

export const ROOT = join(__dirname, '..', '..', '..', '..');

/** The Markdown files under `dir`, at any depth, sorted. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out.sort();
}

export function fixture(...parts: string[]): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', ...parts), 'utf8');
}

/** A minimal design doc: front matter marker, a title, and one section holding `body`. */
export function docWith(heading: string, body: string): string {
  return `---\nmldesign: true\n---\n\n# Design\n\n## ${heading}\n\n${body}\n`;
}

/**
 * A design doc with all seven section headings and `body` under the one `heading` names (by its
 * leading digit). Unlike docWith, no pseudo-headings are read from short list items (the doc has
 * its sections), so a list item stays a unit.
 */
export function docWithAllSections(heading: string, body: string): string {
  const headings = ['1. Requirements', '2. Framing', '3. Data', '4. Model', '5. Evaluation', '6. Serving', '7. Monitoring'];
  const k = Math.max(0, headings.findIndex((h) => h[0] === heading[0]));
  return `---\nmldesign: true\n---\n\n# Design\n\n${headings.map((h, i) => (i === k ? `## ${heading}\n\n${body}\n` : `## ${h}\n`)).join('\n')}`;
}

export function presentIds(result: LintResult): Set<string> {
  return new Set(result.items.filter((i) => i.present).map((i) => i.id));
}

export function isPresent(text: string, id: string, options: LintOptions = {}): boolean {
  const item = lint(text, options).items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id} in the result`);
  return item.present;
}

/** Is `sub` a subsequence of `s` (every character of sub, in order)? */
export function isSubsequence(sub: string, s: string): boolean {
  let j = 0;
  for (let i = 0; i < s.length && j < sub.length; i++) if (s[i] === sub[j]) j++;
  return j === sub.length;
}
