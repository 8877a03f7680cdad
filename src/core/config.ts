/**
 * Linter configuration shared by the extension and the CLI: the workspace file `.mldesign.json`
 * (parsed with positions so a mistake is reported at its line and column), validation of rule
 * levels, merging of the configuration layers, and the include/exclude decision.
 *
 * Precedence, lowest first:
 *   defaults < .mldesign.json < mlDesign.rules setting (or CLI flags) < front matter < inline comments
 * The last two live in the document and are applied by the rules engine (src/core/lint).
 *
 * Pure code: no vscode, no file system.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import picomatch = require('picomatch');
import type { LintConfig, Range, RuleLevel } from './lint/types';

export const CONFIG_FILE_NAME = '.mldesign.json';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
/** Documents larger than this (bytes) are not linted unless configured otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
/** Published schema id of .mldesign.json (also the file shipped at schemas/mldesign.schema.json). */
export const CONFIG_SCHEMA_FILE = 'schemas/mldesign.schema.json';

/** What a valid `.mldesign.json` may hold (all optional). */
export interface FileConfig {
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  /** Case-study id whose items apply to documents that do not name one in their front matter. */
  readonly caseId?: string;
  /** Globs (relative to the folder of the config file) of Markdown files always linted. */
  readonly include?: readonly string[];
  /** Globs of Markdown files never linted (wins over include and over detection). */
  readonly exclude?: readonly string[];
  /** Size limit in bytes. */
  readonly maxFileSize?: number;
}

export interface ConfigProblem {
  readonly message: string;
  /** 'error': the entry was ignored; 'warning': ignored, harmless (unknown top-level key). */
  readonly severity: 'error' | 'warning';
  /** 0-based, in the config file's text. */
  readonly range: Range;
  /** JSON path of the offending value ([] for the whole file). */
  readonly path: readonly (string | number)[];
}

export interface ParsedConfigFile {
  /** The usable part of the file: every invalid entry is dropped (falls back to its default). */
  readonly config: FileConfig;
  readonly problems: readonly ConfigProblem[];
  /** False when nothing of the file could be used (invalid JSON, or not an object). */
  readonly usable: boolean;
}

export interface KnownIds {
  readonly ruleIds: ReadonlySet<string>;
  readonly caseIds: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Offsets and positions

/** Maps character offsets of a text to 0-based line/character positions. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  range(offset: number, length: number): Range {
    const a = this.position(offset);
    const b = this.position(offset + Math.max(length, 0));
    return { startLine: a.line, startCol: a.character, endLine: b.line, endCol: b.character };
  }
}

// ---------------------------------------------------------------------------------------------
// Rule levels

/**
 * Is `key` a rule id or a family pattern the engine understands? "*" (every rule) and
 * "<prefix>.*" ("monitoring.*", "case.*", "case.visual-search.*", "style.*") that match at
 * least one known id are accepted, as the engine accepts them in front matter.
 */
export function isKnownRuleKey(key: string, known: KnownIds): boolean {
  if (known.ruleIds.has(key) || key === '*') return true;
  if (!key.endsWith('.*')) return false;
  const prefix = key.slice(0, -1);
  for (const id of known.ruleIds) if (id.startsWith(prefix)) return true;
  return false;
}

export function isRuleLevel(v: unknown): v is RuleLevel {
  return typeof v === 'string' && (RULE_LEVELS as readonly string[]).includes(v);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The known id closest to `id`, when it is a plausible typo. */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(id, k);
    if (!best || d < best.d) best = { id: k, d };
  }
  if (!best) return undefined;
  // A typo or a wrong section prefix ("requirement.latency-p99"), not an unrelated id.
  const limit = Math.max(2, Math.floor(best.id.length / 4));
  return best.d <= limit ? best.id : undefined;
}

function unknownRuleMessage(id: string, known: KnownIds): string {
  const near = id.endsWith('.*') ? undefined : closestId(id, known.ruleIds);
  return `Unknown rule id "${id}".${near ? ` Did you mean "${near}"?` : ''} Use a rule id or a family such as "monitoring.*"; \`mldesign rules\` lists the ids.`;
}

function badLevelMessage(id: string, value: unknown): string {
  return `Invalid level ${JSON.stringify(value)} for rule "${id}": expected one of ${RULE_LEVELS.map((l) => `"${l}"`).join(', ')}.`;
}

export interface RulesValidation {
  readonly rules: Record<string, RuleLevel>;
  /** Messages about dropped entries (no positions: for settings objects that have no text). */
  readonly problems: readonly string[];
}

/** Validates a rules object that does not come from text (the `mlDesign.rules` setting, CLI input). */
export function validateRules(value: unknown, known: KnownIds): RulesValidation {
  const rules: Record<string, RuleLevel> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { rules, problems: ['"rules" must be an object mapping rule ids to "off", "info", "warning" or "error".'] };
  }
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (!isKnownRuleKey(id, known)) problems.push(unknownRuleMessage(id, known));
    else if (!isRuleLevel(level)) problems.push(badLevelMessage(id, level));
    else rules[id] = level;
  }
  return { rules, problems };
}

// ---------------------------------------------------------------------------------------------
// .mldesign.json

const TOP_LEVEL_KEYS = new Set(['$schema', 'rules', 'case', 'include', 'exclude', 'maxFileSize']);

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace "}" expected',
  CloseBracketExpected: 'Closing bracket "]" expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Comments are not allowed in .mldesign.json',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character',
};

/**
 * Parses and validates the text of a `.mldesign.json`. Never throws. Invalid JSON makes the whole
 * file unusable (defaults apply); an invalid entry (unknown rule id, bad level, wrong type) is
 * reported and dropped while the valid entries still apply.
 */
export function parseConfigText(text: string, known: KnownIds): ParsedConfigFile {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const at = (node: { offset: number; length: number }, message: string, path: (string | number)[], severity: 'error' | 'warning' = 'error') =>
    problems.push({ message, severity, range: lines.range(node.offset, node.length), path });

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  if (errors.length > 0) {
    for (const e of errors) {
      const code = printParseErrorCode(e.error);
      at({ offset: e.offset, length: Math.max(e.length, 1) }, `Invalid JSON: ${PARSE_ERROR_TEXT[code] ?? code}. The file is ignored until it is fixed.`, []);
    }
    return { config: {}, problems, usable: false };
  }
  if (!root) return { config: {}, problems, usable: true }; // empty file: nothing configured
  if (root.type !== 'object') {
    at(root, 'The configuration must be a JSON object, e.g. { "rules": { "requirements.budget-cost": "off" } }. The file is ignored.', []);
    return { config: {}, problems, usable: false };
  }

  let rules: Record<string, RuleLevel> | undefined;
  let caseId: string | undefined;
  let include: string[] | undefined;
  let exclude: string[] | undefined;
  let maxFileSize: number | undefined;

  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        if (valueNode.type !== 'string') at(valueNode, '"$schema" must be a string.', [key]);
        break;
      case 'rules':
        rules = readRules(valueNode, known, at);
        break;
      case 'case':
        if (valueNode.type !== 'string') at(valueNode, '"case" must be a string: a case-study id.', [key]);
        else if (!known.caseIds.has(String(valueNode.value))) {
          const near = closestId(String(valueNode.value), known.caseIds);
          at(valueNode, `Unknown case study "${String(valueNode.value)}".${near ? ` Did you mean "${near}"?` : ''} Known: ${[...known.caseIds].join(', ')}.`, [key]);
        } else caseId = String(valueNode.value);
        break;
      case 'include':
      case 'exclude': {
        const globs = readGlobs(valueNode, key, at);
        if (key === 'include') include = globs;
        else exclude = globs;
        break;
      }
      case 'maxFileSize':
        if (valueNode.type !== 'number' || !Number.isInteger(valueNode.value) || (valueNode.value as number) <= 0) {
          at(valueNode, '"maxFileSize" must be a positive integer (bytes).', [key]);
        } else maxFileSize = valueNode.value as number;
        break;
      default:
        at(keyNode, `Unknown property "${key}" (ignored). Allowed: ${[...TOP_LEVEL_KEYS].join(', ')}.`, [key], 'warning');
    }
  }
  const config: FileConfig = {
    ...(rules && { rules }),
    ...(caseId !== undefined && { caseId }),
    ...(include && { include }),
    ...(exclude && { exclude }),
    ...(maxFileSize !== undefined && { maxFileSize }),
  };
  return { config, problems, usable: true };
}

type Report = (node: { offset: number; length: number }, message: string, path: (string | number)[], severity?: 'error' | 'warning') => void;

function readRules(node: JsonNode, known: KnownIds, at: Report): Record<string, RuleLevel> | undefined {
  if (node.type !== 'object') {
    at(node, '"rules" must be an object mapping rule ids to "off", "info", "warning" or "error".', ['rules']);
    return undefined;
  }
  const rules: Record<string, RuleLevel> = {};
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const id = String(keyNode.value);
    if (!isKnownRuleKey(id, known)) at(keyNode, unknownRuleMessage(id, known), ['rules', id]);
    else if (valueNode.type !== 'string' || !isRuleLevel(valueNode.value)) at(valueNode, badLevelMessage(id, valueNode.value), ['rules', id]);
    else rules[id] = valueNode.value;
  }
  return rules;
}

function readGlobs(node: JsonNode, key: string, at: Report): string[] | undefined {
  if (node.type !== 'array') {
    at(node, `"${key}" must be an array of glob strings, e.g. ["docs/design/**/*.md"].`, [key]);
    return undefined;
  }
  const globs: string[] = [];
  (node.children ?? []).forEach((child, i) => {
    if (child.type !== 'string' || String(child.value).trim() === '') at(child, `"${key}" entries must be non-empty glob strings.`, [key, i]);
    else globs.push(String(child.value));
  });
  return globs;
}

// ---------------------------------------------------------------------------------------------
// Layers

/** The editor's settings (or the CLI's flags): the layer above `.mldesign.json`. */
export interface SettingsLayer {
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  readonly caseId?: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
}

export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly caseId?: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
}

export const DEFAULT_CONFIG: ResolvedConfig = { rules: {}, include: [], exclude: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };

function keyMatches(key: string, id: string): boolean {
  return key === '*' || key === id || (key.endsWith('.*') && id.startsWith(key.slice(0, -1)));
}

/**
 * One layer's rules expanded to exact ids: family patterns first (in order), exact ids after, as
 * the engine applies a map.
 */
function expandLayer(rules: Readonly<Record<string, RuleLevel>>, ruleIds: readonly string[], into: Record<string, RuleLevel>): void {
  const entries = Object.entries(rules);
  for (const [key, level] of [...entries.filter(([k]) => k.includes('*')), ...entries.filter(([k]) => !k.includes('*'))]) {
    if (!key.includes('*')) into[key] = level;
    else for (const id of ruleIds) if (keyMatches(key, id)) into[id] = level;
  }
}

/**
 * Merges the layers: later layers win per rule id, per scalar; include/exclude lists are the
 * union of all layers (a glob named anywhere applies). With `ruleIds`, family patterns
 * ("monitoring.*") are expanded layer by layer, so a pattern in a higher layer beats an exact id
 * in a lower one; without, the maps are merged as they are.
 */
export function resolveConfig(file: FileConfig | undefined, settings: SettingsLayer | undefined, ruleIds?: Iterable<string>): ResolvedConfig {
  let rules: Record<string, RuleLevel>;
  if (ruleIds) {
    const ids = [...ruleIds];
    rules = {};
    expandLayer(file?.rules ?? {}, ids, rules);
    expandLayer(settings?.rules ?? {}, ids, rules);
  } else {
    rules = { ...(file?.rules ?? {}), ...(settings?.rules ?? {}) };
  }
  const caseId = settings?.caseId ?? file?.caseId;
  return {
    rules,
    ...(caseId !== undefined && { caseId }),
    include: unique([...(file?.include ?? []), ...(settings?.include ?? [])]),
    exclude: unique([...(file?.exclude ?? []), ...(settings?.exclude ?? [])]),
    maxFileSize: settings?.maxFileSize ?? file?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The part of a resolved configuration the rules engine takes. */
export function toLintConfig(c: ResolvedConfig): LintConfig {
  return { rules: c.rules, ...(c.caseId !== undefined && { caseId: c.caseId }) };
}

// ---------------------------------------------------------------------------------------------
// Which documents are linted

/**
 * A matcher for glob lists. Paths are relative to the folder that holds the config (workspace
 * folder, or the CLI's config folder / cwd), with "/" separators. A glob without "/" matches a
 * file name at any depth ("README.md", "*.draft.md"); a glob ending in "/" or naming a folder
 * matches everything below it ("drafts/" and "drafts/**" both work).
 */
export function globMatcher(globs: readonly string[]): (relPath: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((g) => {
    let p = g.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (p.startsWith('/')) p = p.slice(1);
    else if (!p.includes('/')) p = `**/${p}`;
    if (p.endsWith('/')) p = `${p}**`;
    // "docs/drafts" (a folder) also covers what is below it.
    return /[*?[\]{}]/.test(p.split('/').pop() ?? '') || /\.[a-z]+$/i.test(p) ? [p] : [p, `${p}/**`];
  });
  const isMatch = picomatch(patterns, { dot: true });
  return (relPath) => isMatch(relPath.replace(/\\/g, '/').replace(/^\.\//, ''));
}

export type LintDecision =
  /** Named explicitly (CLI file argument, "Lint This Document"): always linted, as a design doc. */
  | 'forced'
  /** Matches an exclude glob: never linted (wins over include and detection). */
  | 'excluded'
  /** Matches an include glob: linted as a design doc. */
  | 'included'
  /** Linted only when the engine recognises it (front-matter marker, or ≥ 3 sections). */
  | 'detect';

export interface DecisionMatchers {
  readonly include: (relPath: string) => boolean;
  readonly exclude: (relPath: string) => boolean;
}

export function decisionMatchers(c: Pick<ResolvedConfig, 'include' | 'exclude'>): DecisionMatchers {
  return { include: globMatcher(c.include), exclude: globMatcher(c.exclude) };
}

/** `relPath` is undefined for documents outside the config's folder (untitled, other roots). */
export function decideLint(relPath: string | undefined, m: DecisionMatchers, forced = false): LintDecision {
  if (forced) return 'forced';
  if (relPath !== undefined && m.exclude(relPath)) return 'excluded';
  if (relPath !== undefined && m.include(relPath)) return 'included';
  return 'detect';
}

// ---------------------------------------------------------------------------------------------
// Rule documentation links

/**
 * Web address of a file of the repository named by package.json's `repository` field (GitHub
 * only: "owner/repo", "github:owner/repo", "https://github.com/owner/repo(.git)", or
 * { url }), or undefined when there is none.
 */
export function repositoryFileUrl(repository: unknown, filePath: string): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string') return undefined;
  const dir = typeof repository === 'object' && repository !== null ? (repository as { directory?: unknown }).directory : undefined;
  const m =
    /^(?:github:)?([A-Za-z0-9][\w.-]*)\/([\w.-]+?)(?:\.git)?$/.exec(raw) ??
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw) ??
    /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw);
  if (!m) return undefined;
  const prefix = typeof dir === 'string' && dir ? `${dir.replace(/^\/+|\/+$/g, '')}/` : '';
  return `https://github.com/${m[1]}/${m[2]}/blob/HEAD/${prefix}${filePath}`;
}

/** Where rule documentation lives inside the repository and the installed extension/package. */
export const RULES_DOC_PATH = 'docs/rules.md';
