/**
 * Rules as data plus a function (like markdownlint): metadata for `mldesign rules` and
 * docs/rules.md, and for item rules a detector run on the candidate units of a parsed doc.
 */
import type { SectionId } from '../../framework';
import type { Severity } from '../../rubric';
import type { ParsedDoc, Unit } from '../parse';

export type RuleKind = 'item' | 'case' | 'structure';
/** A unit-local verdict: absent, present, or present if the document fact holds (ItemDetector.local). */
export type LocalVerdict = 0 | 1 | 2;
/** Finer grouping of non-item rules (all are `kind: 'structure'`). */
export type RuleFamily = 'item' | 'case' | 'structure' | 'style' | 'config';

export interface RuleDoc {
  /** What counts as present (item rules) or what the rule reports (others). */
  readonly present: string;
  /** What does not count. */
  readonly absent?: string;
  /** A strong answer. */
  readonly example?: string;
}

export interface RuleMeta {
  readonly id: string;
  readonly kind: RuleKind;
  readonly family: RuleFamily;
  readonly section?: SectionId;
  readonly severity: Severity;
  /** One line. */
  readonly description: string;
  /** Short noun phrase used in messages ("p99 latency target"). */
  readonly label: string;
  readonly doc: RuleDoc;
}

export interface ItemDetector {
  /**
   * Words whose six-letter stems select the candidate units (units whose text mentions none of
   * them are never looked at).
   */
  readonly triggers: readonly string[];
  /** Regexes the detector matches with; their letter runs also select candidates (see regexKeys). */
  readonly keyPatterns?: readonly RegExp[];
  /**
   * Does a unit talk about the item at all (lower-cased text, no `g` flag)? Used to tell "only asked
   * as a question / left as a placeholder / negated" apart from "never mentioned".
   */
  readonly topic: RegExp;
  /** Does this candidate unit commit to the item? Reads `u.low` (cleaned text). */
  readonly test: (u: Unit, doc: ParsedDoc) => boolean;
  /** Also accept evidence from fenced code / Mermaid blocks (e.g. a labelled architecture diagram). */
  readonly code?: (u: Unit, doc: ParsedDoc) => boolean;
  /** Units under "Out of scope" / "Non-goals" count as evidence (scope rule only). */
  readonly scopeLists?: boolean;
  /**
   * `test` reads units other than `u` and those nested under it: `true` when it may read any of the
   * document (its verdicts are not remembered across lints, memo.ts); 'heading' when it reads only
   * the units under the same heading (the run of units that share `u.headingIdx`, which it must
   * not step out of), so that its verdicts are remembered per run. Leave unset for unit-local
   * tests, which may read the unit, its context and heading (ctxHas, headingOf, inSection) and subtreeLow.
   */
  readonly readsDoc?: boolean | 'heading';
  /**
   * `test` split in two, so that a rule that reads one fact of the document can still be remembered
   * per unit: `local` reads only the unit (like a unit-local test) and says absent (0), present (1)
   * or present if `docFact` holds for the document (2); build all three with splitTest (helpers.ts).
   */
  readonly local?: (u: Unit, doc: ParsedDoc) => LocalVerdict;
  readonly docFact?: (doc: ParsedDoc) => boolean;
  /** Default severity for this doc when it depends on the domain (class imbalance in fraud). */
  readonly severityFor?: (doc: ParsedDoc) => Severity | undefined;
}

export interface ItemRule extends RuleMeta, ItemDetector {
  readonly kind: 'item' | 'case';
  readonly section: SectionId;
  /** Case-study id for case rules. */
  readonly caseId?: string;
  /** Rubric/case `why`, completes "No <label>: <why>". */
  readonly why: string;
  /** Scaffold prompt (for the quick fix stub). */
  readonly prompt: string;
}

/** An item detector plus the docs text, keyed by rubric item id (the family files export these). */
export interface ItemSpec extends ItemDetector {
  readonly id: string;
  readonly doc: RuleDoc;
}
