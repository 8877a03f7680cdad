/**
 * The linter's public contract, shared by the rules engine (src/core/lint), the extension
 * (diagnostics, code actions, hovers, checklist, preview badges) and the CLI.
 * Positions are 0-based (line, character offsets in UTF-16 code units, as VS Code counts them);
 * the CLI converts to 1-based for output.
 */
import type { SectionId } from '../framework';
import type { Severity } from '../rubric';

export type RuleLevel = Severity | 'off';

export interface Range {
  readonly startLine: number;
  readonly startCol: number;
  readonly endLine: number;
  readonly endCol: number;
}

/** A text insertion (quick fixes only ever insert). */
export interface Insertion {
  /** Character offset in the document text. */
  readonly offset: number;
  readonly text: string;
}

export interface Fix {
  /** e.g. "Add p99 latency target to Clarify requirements" */
  readonly title: string;
  readonly insertions: readonly Insertion[];
}

export type FindingKind =
  | 'missing' // the item is absent (or only a placeholder / question / negation)
  | 'vague' // "low latency", "real-time", "scalable" with no number: the phrase is the range
  | 'weak' // present but incomplete: latency without percentile, mean only, ...
  | 'misplaced' // an online metric among offline metrics, or vice versa
  | 'unfilled-section' // a section that still holds only scaffold prompts
  | 'section-missing'
  | 'section-order'
  | 'config'; // invalid inline directive / front-matter override

export interface Finding {
  /** Rule id: a rubric item id ("requirements.latency-p99"), a case item id, or a structure rule. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly kind: FindingKind;
  /** The framework section the finding belongs to (for grouping and preview badges). */
  readonly section?: SectionId;
  /** Quick fix that adds the missing item, if one makes sense. */
  readonly fix?: Fix;
}

export interface ItemStatus {
  readonly id: string;
  readonly section: SectionId;
  readonly label: string;
  readonly present: boolean;
  /** Line of the evidence when present, or where the fix would go when absent. */
  readonly line: number;
  /** Rule level in force (items turned off are still listed, with level 'off'). */
  readonly level: RuleLevel;
}

export interface SectionStatus {
  readonly id: SectionId;
  /** Heading line, or undefined when the section is missing. */
  readonly line?: number;
  readonly present: number;
  readonly total: number;
}

export interface LintResult {
  /** Whether the document was recognised as an ML design doc (or forced). */
  readonly isDesignDoc: boolean;
  readonly findings: readonly Finding[];
  readonly items: readonly ItemStatus[];
  readonly sections: readonly SectionStatus[];
  /** Items present / items checked (rules not 'off'). */
  readonly summary: { readonly present: number; readonly total: number };
}

export interface LintConfig {
  /** Per-rule level overrides. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  /** Case-study id whose items apply (front matter `case:` wins when set in the doc). */
  readonly caseId?: string;
}

export interface LintOptions {
  readonly config?: LintConfig;
  /** Lint even when the doc is not recognised as a design doc ("Lint This Document", CLI file args). */
  readonly force?: boolean;
}
