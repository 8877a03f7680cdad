/**
 * The rule registry: one item rule per rubric item (id = rubric id), one per case-study item,
 * and the structure / style / config rules.
 */
import { RUBRIC } from '../../rubric';
import { CASE_STUDIES } from '../../cases';
import { regexKeys, stemKey } from '../text';
import { REQUIREMENTS_RULES } from './requirements';
import { FRAMING_RULES } from './framing';
import { DATA_RULES } from './data';
import { MODEL_RULES } from './model';
import { EVALUATION_RULES } from './evaluation';
import { DEPLOYMENT_RULES } from './deployment';
import { MONITORING_RULES } from './monitoring';
import { caseDetector } from './cases';
import { labelDeclines } from './helpers';
import type { ParsedDoc, Unit } from '../parse';
import type { ItemDetector, ItemRule, ItemSpec, LocalVerdict, RuleMeta } from './types';

export type { ItemRule, RuleMeta } from './types';

const SPECS = new Map<string, ItemSpec>(
  [...REQUIREMENTS_RULES, ...FRAMING_RULES, ...DATA_RULES, ...MODEL_RULES, ...EVALUATION_RULES, ...DEPLOYMENT_RULES, ...MONITORING_RULES].map((s) => [s.id, s]),
);

/** Index keys under which a rule's candidate units are found. */
export interface CompiledItemRule extends ItemRule {
  readonly keys: readonly number[];
  /** Position among ALL_ITEM_RULES (the rule's verdict slot in memo.ts). */
  readonly slot: number;
  /** `topic` with the g flag (for negation checks). */
  readonly topicG: RegExp;
}

function compileKeys(topic: RegExp, triggers: readonly string[], patterns: readonly RegExp[] = []): number[] {
  return [...new Set([...regexKeys(topic), ...patterns.flatMap((p) => regexKeys(p)), ...triggers.map((t) => stemKey(t.toLowerCase()))])];
}

/** The candidate keys and the global topic regex every compiled detector carries. */
function indexOf(det: ItemDetector): Pick<CompiledItemRule, 'keys' | 'topicG'> {
  return { keys: compileKeys(det.topic, det.triggers, det.keyPatterns), topicG: new RegExp(det.topic.source, 'g') };
}

/** A split test's local part with the label check the compiled test adds (see ITEM_RULES). */
function declinable(local: (u: Unit, doc: ParsedDoc) => LocalVerdict, topic: RegExp): (u: Unit, doc: ParsedDoc) => LocalVerdict {
  return (u, doc) => {
    const v = local(u, doc);
    return v !== 0 && labelDeclines(u, topic) ? 0 : v;
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const ITEM_RULES: readonly CompiledItemRule[] = RUBRIC.map((item, slot) => {
  const spec = SPECS.get(item.id);
  if (!spec) throw new Error(`No detector for rubric item ${item.id}`);
  return {
    ...spec,
    id: item.id,
    kind: 'item',
    family: 'item',
    section: item.section,
    severity: item.severity,
    description: item.description,
    label: item.label,
    why: item.why,
    prompt: item.prompt,
    doc: { ...spec.doc, example: item.example },
    // a line whose label names the item and whose value declines it answers "no" (labelDeclines)
    // (checked only once the test found the item: most tests say no)
    test: (u, doc) => spec.test(u, doc) && !labelDeclines(u, spec.topic),
    local: spec.local && declinable(spec.local, spec.topic),
    ...indexOf(spec),
    slot,
  } satisfies CompiledItemRule;
});

export const CASE_RULES: readonly CompiledItemRule[] = CASE_STUDIES.flatMap((cs) => cs.items.map((ci) => ({ cs, ci }))).map(({ cs, ci }, k) => {
  const det = caseDetector(ci.id);
  if (!det) throw new Error(`No detector for case item ${ci.id}`);
  return {
    ...det,
    id: ci.id,
    kind: 'case',
    family: 'case',
    section: ci.section,
    caseId: cs.id,
    severity: ci.severity,
    description: `${cs.title} (chapter ${cs.chapter}): ${capitalize(ci.label)}.`,
    label: ci.label,
    why: `a strong answer to the ${cs.title.replace(/ \(.*\)$/, '')} case covers it (chapter ${cs.chapter}).`,
    prompt: ci.prompt,
    doc: det.doc,
    ...indexOf(det),
    slot: ITEM_RULES.length + k,
  } satisfies CompiledItemRule;
});

export const STRUCTURE_SECTION_MISSING = 'structure.section-missing';
export const STRUCTURE_SECTION_ORDER = 'structure.section-order';
export const STRUCTURE_SECTION_UNFILLED = 'structure.section-unfilled';
export const STYLE_VAGUE = 'style.vague-requirement';
export const STYLE_MISPLACED = 'style.metric-misplaced';
export const CONFIG_UNKNOWN_RULE = 'config.unknown-rule';
export const CONFIG_FRONT_MATTER = 'config.front-matter';

export const OTHER_RULES: readonly RuleMeta[] = [
  {
    id: STRUCTURE_SECTION_MISSING,
    kind: 'structure',
    family: 'structure',
    severity: 'warning',
    label: 'framework section',
    description: 'One of the 7 framework sections has no heading.',
    doc: {
      present: 'Reported once per missing section, on the title. A section is recognised from any heading level, numbered or not, by its usual names ("Problem formulation", "Metrics (offline & online)", "Serving", "Inference", "Monitoring & maintenance", the 9-step template\'s steps); a sub-heading inherits its parent\'s section. Items of a missing section are still searched in the whole doc. The quick fix inserts the section at its framework position.',
    },
  },
  {
    id: STRUCTURE_SECTION_ORDER,
    kind: 'structure',
    family: 'structure',
    severity: 'info',
    label: 'section order',
    description: 'A top-level section comes after one that follows it in the framework.',
    doc: {
      present: 'Reported on the heading of the first section that appears after a later one (e.g. Data after Model). Not reported for documents that follow the 9-step template, whose own order differs from the 7-section framework.',
    },
  },
  {
    id: STRUCTURE_SECTION_UNFILLED,
    kind: 'structure',
    family: 'structure',
    severity: 'warning',
    label: 'unfilled section',
    description: 'A section that still holds only scaffold prompts, template text, open questions, or nothing.',
    doc: {
      present: 'Reported on the section heading when none of its paragraphs, bullets, table rows or diagrams carries an answer: only `TODO:` prompts, `TODO` table cells, the scaffold\'s summary line and starter diagram, template text, or unanswered questions.',
    },
  },
  {
    id: STYLE_VAGUE,
    kind: 'structure',
    family: 'style',
    severity: 'warning',
    label: 'vague requirement',
    description: '"Low latency", "real-time", "scalable", "fast", "high throughput" with no number, while the matching numeric item is missing.',
    doc: {
      present: 'Reported on the phrase itself, when the sentence has no number and the related numeric item (latency, throughput or scale) is absent from the whole doc. "Real-time", "fast" and "scalable" are only reported where they state a requirement (in the requirements section, or with must/should/need).',
      absent: 'Not reported once the doc gives the number somewhere ("p99 ≤ 100 ms"), or when the phrase is in a question or a template line.',
      example: 'Replace "must be low latency" with "p99 ≤ 100 ms for the scoring call".',
    },
  },
  {
    id: STYLE_MISPLACED,
    kind: 'structure',
    family: 'style',
    severity: 'warning',
    label: 'misplaced metric',
    description: 'An online metric (CTR, conversion, watch time, revenue…) listed only among offline metrics, or an offline metric (AUC, log loss, nDCG…) only among online metrics.',
    doc: {
      present: 'Reported on the metric name, when it appears under an "Offline" label, heading, list or table row and never under an "Online" one (or the reverse).',
      example: 'Offline: ROC-AUC, NCE. Online: CTR, revenue per mille.',
    },
  },
  {
    id: CONFIG_UNKNOWN_RULE,
    kind: 'structure',
    family: 'config',
    severity: 'warning',
    label: 'unknown rule id',
    description: 'An inline directive or front-matter override names a rule that does not exist.',
    doc: {
      present: 'Reported on the `<!-- mldesign-disable … -->` / `<!-- mldesign-enable … -->` comment or the front-matter line. Ids may end in `.*` to match a family ("monitoring.*", "case.*").',
    },
  },
  {
    id: CONFIG_FRONT_MATTER,
    kind: 'structure',
    family: 'config',
    severity: 'warning',
    label: 'front matter',
    description: 'The front matter is not valid YAML, names an unknown case study, or sets a rule to a level other than off/info/warning/error.',
    doc: {
      present: 'Reported on the offending front-matter line. The rest of the document is still linted.',
    },
  },
];

export const ALL_ITEM_RULES: readonly CompiledItemRule[] = [...ITEM_RULES, ...CASE_RULES];
export const RULE_BY_ID: ReadonlyMap<string, RuleMeta> = new Map<string, RuleMeta>(
  [...ALL_ITEM_RULES, ...OTHER_RULES].map((r) => [r.id, r]),
);
export const ITEM_RULE_BY_ID: ReadonlyMap<string, CompiledItemRule> = new Map(ALL_ITEM_RULES.map((r) => [r.id, r]));
