/**
 * Rule levels in force for one document: defaults, then LintConfig.rules, then the front matter's
 * `mldesign: { rules: {...} }`, then inline `<!-- mldesign-disable/enable … -->` directives
 * (regions), and `<!-- mldesign-disable-line … -->` / `<!-- mldesign-disable-next-line … -->` (one line).
 * Ids may end in ".*" to match a family ("monitoring.*", "case.*", "style.*").
 */
import type { Severity } from '../rubric';
import type { ParsedDoc, Directive } from './parse';
import type { RuleLevel } from './types';

const LEVELS: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

export interface ConfigProblem {
  readonly ruleId: 'config.unknown-rule' | 'config.front-matter';
  readonly message: string;
  readonly line: number;
  readonly col?: number;
  readonly endCol?: number;
}

/** Does pattern ("x.y" or "x.*" or "*") match the id? */
export function idMatches(pattern: string, id: string): boolean {
  if (pattern === '*' || pattern === id) return true;
  if (pattern.endsWith('.*')) return id.startsWith(pattern.slice(0, -1));
  return false;
}

function knownPattern(pattern: string, ids: readonly string[]): boolean {
  if (pattern === '*') return true;
  for (const id of ids) if (idMatches(pattern, id)) return true;
  return false;
}

/** Levels from a `rules` map; patterns apply in the map's order, exact ids after patterns. */
function applyMap(levels: Map<string, RuleLevel>, map: Readonly<Record<string, unknown>>, ids: readonly string[]): void {
  const entries = Object.entries(map);
  const ordered = [...entries.filter(([k]) => k.includes('*')), ...entries.filter(([k]) => !k.includes('*'))];
  for (const [pattern, value] of ordered) {
    const level = normalizeLevel(value);
    if (!level) continue;
    for (const id of ids) if (idMatches(pattern, id)) levels.set(id, level);
  }
}

export function normalizeLevel(value: unknown): RuleLevel | undefined {
  if (value === false) return 'off';
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'warn') return 'warning';
  return LEVELS.has(v) ? (v as RuleLevel) : undefined;
}

/** Interval [from, to) of lines where a rule is disabled. */
interface Interval {
  readonly from: number;
  readonly to: number;
}

export interface ResolvedConfig {
  /** Level per rule id after defaults, LintConfig and front matter (not inline directives). */
  readonly levels: ReadonlyMap<string, RuleLevel>;
  /** Is the rule disabled at this line by an inline directive? */
  disabledAt(id: string, line: number): boolean;
  /**
   * Does any region directive (`mldesign-disable`) disable the rule (findings with no single
   * location)? One-line directives do not count.
   */
  disabledAnywhere(id: string): boolean;
  /**
   * Is the rule disabled at this line by a one-line directive (`mldesign-disable-line`,
   * `mldesign-disable-next-line`)? Also applies to findings shown on a heading or the title.
   */
  disabledOnLine(id: string, line: number): boolean;
  readonly problems: readonly ConfigProblem[];
}

export function resolveConfig(
  doc: ParsedDoc,
  defaults: ReadonlyMap<string, Severity>,
  configRules: Readonly<Record<string, RuleLevel>> | undefined,
  fmRules: unknown,
): ResolvedConfig {
  const ids = [...defaults.keys()];
  const levels = new Map<string, RuleLevel>(defaults);
  const problems: ConfigProblem[] = [];
  if (configRules && typeof configRules === 'object') applyMap(levels, configRules as Record<string, unknown>, ids);

  if (fmRules !== undefined && fmRules !== null) {
    if (typeof fmRules !== 'object' || Array.isArray(fmRules)) {
      problems.push({ ruleId: 'config.front-matter', message: '`mldesign.rules` must be a mapping of rule id to off/info/warning/error.', line: fmLine(doc, 'rules') });
    } else {
      for (const [pattern, value] of Object.entries(fmRules as Record<string, unknown>)) {
        if (!knownPattern(pattern, ids)) {
          problems.push({ ruleId: 'config.unknown-rule', message: `Unknown rule "${pattern}" in front matter (see \`mldesign rules\`).`, line: fmLine(doc, pattern) });
        } else if (!normalizeLevel(value)) {
          problems.push({ ruleId: 'config.front-matter', message: `Rule "${pattern}": level must be off, info, warning or error, not ${JSON.stringify(value)}.`, line: fmLine(doc, pattern) });
        }
      }
      applyMap(levels, fmRules as Record<string, unknown>, ids);
    }
  }

  // Inline directives
  const intervals = new Map<string, Interval[]>(); // pattern -> intervals
  const open = new Map<string, number>(); // pattern -> from line
  const end = Number.MAX_SAFE_INTEGER;
  const close = (pattern: string, line: number): void => {
    const from = open.get(pattern);
    if (from === undefined) return;
    open.delete(pattern);
    let arr = intervals.get(pattern);
    if (!arr) intervals.set(pattern, (arr = []));
    arr.push({ from, to: line });
  };
  // one-line directives: pattern -> lines
  const lineOnly = new Map<string, Set<number>>();
  for (const d of doc.directives) {
    if (d.kind === 'invalid') {
      problems.push({
        ruleId: 'config.unknown-rule',
        message: `Unknown directive "mldesign-${d.name}": use mldesign-disable, mldesign-enable, mldesign-disable-line or mldesign-disable-next-line.`,
        line: d.line,
        col: d.col,
        endCol: d.endCol,
      });
      continue;
    }
    const unknown = d.ids.filter((p) => !knownPattern(p, ids));
    if (unknown.length > 0) problems.push(directiveProblem(d, unknown));
    const patterns = d.ids.filter((p) => knownPattern(p, ids));
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const line = d.kind === 'disable-line' ? d.line : d.endLine + 1;
      for (const p of d.ids.length === 0 ? ['*'] : patterns) {
        let set = lineOnly.get(p);
        if (!set) lineOnly.set(p, (set = new Set()));
        set.add(line);
      }
    } else if (d.kind === 'disable') {
      if (d.ids.length === 0) {
        if (!open.has('*')) open.set('*', d.line);
      } else {
        for (const p of patterns) if (!open.has(p)) open.set(p, d.line);
      }
    } else if (d.ids.length === 0) {
      for (const p of [...open.keys()]) close(p, d.line);
    } else {
      for (const p of patterns) {
        close(p, d.line);
        // enabling one rule inside a disable-all / disable-family region re-opens the rest
        for (const q of [...open.keys()]) {
          if (q !== p && idMatches(q, p)) {
            close(q, d.line);
            // keep the family disabled for the others: record an exception by re-opening
            open.set(`${q}!${p}`, d.line);
          }
        }
      }
    }
  }
  for (const p of [...open.keys()]) close(p, end);

  const matchesPattern = (pattern: string, id: string): boolean => {
    const bang = pattern.indexOf('!');
    if (bang < 0) return idMatches(pattern, id);
    return idMatches(pattern.slice(0, bang), id) && id !== pattern.slice(bang + 1);
  };

  const disabledOnLine = (id: string, line: number): boolean => {
    for (const [pattern, lines] of lineOnly) if (lines.has(line) && idMatches(pattern, id)) return true;
    return false;
  };

  return {
    levels,
    problems,
    disabledAt(id: string, line: number): boolean {
      for (const [pattern, arr] of intervals) {
        if (!matchesPattern(pattern, id)) continue;
        for (const iv of arr) if (line >= iv.from && line < iv.to) return true;
      }
      return disabledOnLine(id, line);
    },
    disabledOnLine,
    disabledAnywhere(id: string): boolean {
      for (const pattern of intervals.keys()) if (matchesPattern(pattern, id)) return true;
      return false;
    },
  };
}

/**
 * resolveConfig(doc, defaults, undefined, undefined) for a doc without inline directives: the
 * defaults, nothing disabled anywhere, no problems (reads nothing of the doc).
 */
export function defaultsConfig(defaults: ReadonlyMap<string, Severity>): ResolvedConfig {
  const levels = new Map<string, RuleLevel>(defaults);
  return {
    levels,
    problems: [],
    disabledAt: () => false,
    disabledOnLine: () => false,
    disabledAnywhere: () => false,
  };
}

function directiveProblem(d: Directive, unknown: readonly string[]): ConfigProblem {
  const list = unknown.map((u) => `"${u}"`).join(', ');
  return {
    ruleId: 'config.unknown-rule',
    message: `Unknown rule ${list} in mldesign-${d.name} (see \`mldesign rules\`).`,
    line: d.line,
    col: d.col,
    endCol: d.endCol,
  };
}

/** Line of a front-matter key (0-based in the doc), or the opening "---". */
export function fmLine(doc: ParsedDoc, key: string): number {
  const fm = doc.frontMatter;
  if (!fm) return 0;
  for (let l = 1; l < fm.endLine; l++) {
    const start = doc.lineStarts[l] ?? 0;
    const end = doc.lineStarts[l + 1] ?? doc.text.length;
    if (doc.text.slice(start, end).includes(key)) return l;
  }
  return 0;
}
