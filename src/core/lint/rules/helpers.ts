/**
 * Small predicates the detectors share. All take the unit's cleaned, lower-cased text.
 */
import type { SectionId } from '../../framework';
import type { ParsedDoc, Unit } from '../parse';
import { asksAt, contentWords, sentenceBounds, DROP_PLACEHOLDER, findAffirmed, isNegated, NOT_REACHED, stemKey, type NegationMode } from '../text';
import type { ItemDetector, LocalVerdict } from './types';

export { asksAt, parenListItemAt, sentenceAt, sentenceBounds } from '../text';

/** `re` must be a non-global regex. */
export function has(s: string, re: RegExp): boolean {
  return re.test(s);
}

/** A non-negated match of global regex `re` in the unit's text. */
export function affirmed(u: Unit, re: RegExp, mode: NegationMode = 'any'): RegExpExecArray | undefined {
  return findAffirmed(u.low, re, mode);
}

/**
 * The first match of `re` in `low` when it is stated: not negated ('strong') and not in a sentence that
 * asks ("Should we pilot in one city first?"). Only the first match is read.
 */
export function stated(low: string, re: RegExp): RegExpExecArray | undefined {
  re.lastIndex = 0;
  const m = re.exec(low);
  re.lastIndex = 0;
  return m && !isNegated(low, m.index, m[0].length, 'strong') && !asksAt(low, m.index) ? m : undefined;
}

/** The unit's source lines as written (markup, link targets and all), for what its cleaned text drops. */
export function sourceText(doc: ParsedDoc, u: Unit): string {
  return doc.text.slice(doc.lineStarts[u.line] ?? 0, doc.lineStarts[u.endLine + 1] ?? doc.text.length);
}

/** A sentence that defines a term ("Scalability refers to the ability of …", "Drift is defined as …"): a textbook line, not a decision. */
const DEFINITION = /^\W*(?:[\w-]+ ){0,3}[\w-]+ (?:refers? to|is defined as|can be defined as|is the (?:ability|capacity|capability|property) (?:of|to))\b/;
export function isDefinition(sentence: string): boolean {
  return DEFINITION.test(sentence);
}

/** Heading text (normalised) the unit sits under. */
export function headingOf(u: Unit, doc: ParsedDoc): string {
  return u.headingIdx >= 0 ? (doc.headings[u.headingIdx]?.norm ?? '') : '';
}

/** The unit's nearest real heading, past any caption line read as one ("The model supports:"). */
export function realHeadingOf(u: Unit, doc: ParsedDoc): string {
  for (let k = u.headingIdx; k >= 0; k--) {
    const h = doc.headings[k];
    if (h !== undefined && !h.pseudo) return h.norm;
  }
  return '';
}

/** The caption over a unit: its list's parent text, or a caption line read as a heading ("**Input:**" right under a heading). */
export function listCaptionOf(u: Unit, doc: ParsedDoc): string {
  if (u.parentText !== '') return u.parentText;
  const h = u.headingIdx >= 0 ? doc.headings[u.headingIdx] : undefined;
  return h !== undefined && h.pseudo ? h.norm : '';
}

/** Does the unit's context (its label, parent bullet, table header or heading) match? */
export function ctxHas(u: Unit, doc: ParsedDoc, re: RegExp): boolean {
  return re.test(u.label) || re.test(u.parentText) || re.test(headingOf(u, doc));
}

export function inSection(u: Unit, id: SectionId): boolean {
  return u.sections.includes(id);
}

/** A label's value that says "no" ("A/B test plan: not applicable — …", "Monitoring: none yet"). */
export function valueNegated(u: Unit): boolean {
  return saysNo(valueOf(u));
}

/** A value that declines ("none", "no", "n/a", "not needed"); "No-show (Yes / No)" names a class and declines nothing. */
const SAYS_NO = new RegExp(String.raw`^\s*[—–,;-]*\s*\(?\s*(?:n\/a|(?:need to |to )?(?:ask|check with|confirm with)\b|(?:it )?depends on\b|na\b|${NOT_REACHED}|not applicable|none|no\b(?!-\w)(?!\s+(?:[\w-]+\s+){1,4}(?:may|must|should|shall|can|is allowed to|are allowed to)\b)|not\b|nothing|(?:didn'?t|did not|never|wasn'?t|was not) (?:mention|discuss|say|cover|address|talk|come up|came up|given|stated)\w*|skip\w*|out of scope|won'?t|we won'?t|we don'?t|we do not|tbd|later|unknown|not sure|unsure|(?:it )?(?:doesn'?t|does not) (?:really )?(?:apply|matter)|-+$)`);

/** Does this answer decline, defer or shrug ("none", "TBD", "(ran out of time)", "we won't")? */
export function saysNo(value: string): boolean {
  return SAYS_NO.test(value);
}

/** A value that plainly declines, however long its reason ("n/a — pixels only", "not needed for v1; …"). */
const PLAIN_DECLINE = /^\s*[—–:,;-]*\s*\(?\s*(?:n\/a|not applicable|not needed|not required|not necessary|not planned|not in scope|out of scope|none|nothing (?:to|planned)|skip(?:ped)?(?=\s*(?:[.;,!—–)]|$|for (?:now|v1)))|not (?:in|for) (?:v1|v0|the mvp|the pilot|now))\b/;

/**
 * The unit's label names the item and its value declines it ("**Point-in-time feature backfill:**
 * n/a — the model takes pixels only", "**Interpretability:** not needed for v1", "Privacy: none"):
 * the line answers "no", whatever item words the label holds. A value that starts with "no" and goes
 * on to a rule ("Backfill: no feature computed after the label time") is not a decline.
 */
export function labelDeclines(u: Unit, topic: RegExp): boolean {
  if (!u.label || !topic.test(u.label)) return false;
  // ("n/a" is cut from the text as a placeholder: the raw line still says it)
  if (u.flags & DROP_PLACEHOLDER && PLAIN_DECLINE.test(rawValue(u))) return true;
  const v = valueOf(u);
  // ("skip rate of added tracks", "skip episodes where …" say what, not no)
  return PLAIN_DECLINE.test(v) || (saysNo(v) && contentWords(v) <= 3 && !/^\W*skip\w*[\s-]+[a-z]/.test(v));
}

/** The raw (uncleaned, lower-cased) text after the unit's label. */
function rawValue(u: Unit): string {
  const i = u.raw.indexOf(u.label);
  return i < 0 ? '' : u.raw.slice(i + u.label.length).replace(/^[\s*_]*[:|—–-]?[\s*_]*/, '');
}

/** The unit's value (text after its label). */
export function valueOf(u: Unit): string {
  // "label: value", or a table row's first cell and the rest ("mode | online, synchronous")
  if (u.label && u.low.startsWith(u.label)) return u.low.slice(u.label.length).replace(/^\s*[:|]\s*/, '');
  return u.low;
}

/**
 * A bare mention: a short noun phrase ("A/B test", "Shadow deployment") with no number, no verb,
 * nothing that commits to how. Table rows and sub-bullets count with their own words only.
 */
export function isBare(u: Unit, maxWords = 3): boolean {
  const v = u.low;
  if (/\d/.test(v)) return false;
  if (/→|->|=>/.test(v)) return false;
  return contentWords(v) <= maxWords;
}

/**
 * Lower-cased text of the list items a nested bullet sits under, nearest first ("Scope" > "v1" >
 * "shopper app suggestions only"), up to `max` levels.
 */
export function ancestorRaws(u: Unit, doc: ParsedDoc, max = 3): string[] {
  const out: string[] = [];
  let depth = u.depth;
  for (let i = u.index - 1; i >= 0 && depth > 1 && out.length < max; i--) {
    const p = doc.units[i];
    if (p.headingIdx !== u.headingIdx || p.depth === 0) break;
    if (p.depth < depth && p.lastDesc >= u.index) {
      out.push(p.raw);
      depth = p.depth;
    }
  }
  return out;
}

/** "gender: string - …", "tenure: number - …": a field of a data dictionary and its type. */
const TYPED_FIELD = /\b[a-z][\w-]*\s*:\s*(?:string|str|number|numeric(?:al)?|int(?:eger)?|float|double|bool(?:ean)?|categorical|object|date(?:time)?|timestamp)\b\s*[-–—(,:]/g;

/**
 * A data dictionary written as lines ("gender: String - whether the customer is …", three or more
 * typed fields): it describes a dataset's columns, and the services or security the columns name
 * ("no phone service", "online security") are values of the data, not parts of the design.
 */
export function isDataDictionary(low: string): boolean {
  TYPED_FIELD.lastIndex = 0;
  let n = 0;
  while (TYPED_FIELD.exec(low) !== null) if (++n >= 3) break;
  TYPED_FIELD.lastIndex = 0;
  return n >= 3;
}

/**
 * The sentence around position i, or, in a drawn path of three arrows or more ("monitor -> investigate
 * -> obtain labeled data -> train"), only the step i is in: the steps are separate actions.
 */
export function stepAt(low: string, i: number): string {
  const [a, b] = sentenceBounds(low, i);
  const sentence = low.slice(a, b);
  // (one or two arrows are a mapping, "fact-check verdicts joined to posts → labels": read the whole sentence)
  if ((sentence.match(/->|→|⟶|=>/g)?.length ?? 0) < 3) return sentence;
  let from = a;
  let to = b;
  for (const arrow of ARROWS) {
    const before = low.lastIndexOf(arrow, i);
    if (before >= from) from = before + arrow.length;
    const after = low.indexOf(arrow, i);
    if (after !== -1 && after < to) to = after;
  }
  return low.slice(from, to);
}
const ARROWS = ['->', '→', '⟶', '=>'];

/**
 * A row of a schema table ("Field | Type | Description" → "`latency_ms` | INT | Processing time
 * tracking"): a column of a table or a record, not something the design measures or watches.
 */
export function isSchemaRow(u: Unit): boolean {
  return u.kind === 'row' && /^\W*(?:fields?|columns?|attributes?|names?|keys?)\W*\|\W*(?:data ?)?types?\W*(?:\||$)/.test(u.parentText) && SCHEMA_TYPE_CELL.test(u.low);
}
const SCHEMA_TYPE_CELL = /^[^|]*\|\s*`?(?:string|str|text|varchar(?:\(\d+\))?|char|number|numeric|int(?:eger)?(?:32|64)?|bigint|float(?:32|64)?|double|decimal|bool(?:ean)?|uuid|enum|date(?:time)?|timestamp|json|array|list|object)`?\s*(?:\||$)/;

/**
 * A detector's test split into a unit-local verdict and one document fact (ItemDetector.local /
 * docFact), with the test that combines them, so the two can never disagree.
 */
export function splitTest(
  local: (u: Unit, doc: ParsedDoc) => LocalVerdict,
  docFact: (doc: ParsedDoc) => boolean,
): Pick<ItemDetector, 'test' | 'local' | 'docFact'> {
  return {
    local,
    docFact,
    test: (u, doc) => {
      const v = local(u, doc);
      return v === 1 || (v === 2 && docFact(doc));
    },
  };
}

/** Regex helper: a global copy for findAffirmed. */
export function g(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}

/** Does the doc use any of these words (looked up in the word index, confirmed on the text)? */
export function docMentions(doc: ParsedDoc, words: readonly string[]): boolean {
  for (const w of words) {
    const cands = doc.index.get(stemKey(w));
    if (!cands) continue;
    let re = WORD_RE_CACHE.get(w);
    if (!re) WORD_RE_CACHE.set(w, (re = new RegExp(`\\b${w}`)));
    for (const k of cands) if (re.test(doc.units[k].raw)) return true;
  }
  return false;
}
const WORD_RE_CACHE = new Map<string, RegExp>();

/** Domains where positives are rare (class imbalance matters most). */
/** "The variable we want to predict is the column charges": the target named (the ML objective and the label). */
export const TARGET_WANTED =
  /\b(?:variable|value|quantity|column|target|outcome|feature)s? (?:that )?(?:we|i) (?:want|need|aim|try|are trying|will try|would like|wish) to (?:predict|forecast|estimate|classify) (?:is|are|will be|was)\b/;

/** "I chose `pchembl_value` as the target variable" (with the task's kind said beside it: what the model predicts). */
export const TARGET_NAMED =
  /\b(?:chose|choose|chosen|select(?:ed)?|picked|use[sd]?|set|defined?|took|treat(?:ed)?)\b (?:the )?[`'"]?[\w.-]+[`'"]?(?: column| variable| field)? as (?:the |our )?(?:target|label|response|dependent)(?: variable| column| feature)?\b/;

export const RARE_POSITIVE_WORDS = ['fraud', 'fraudulent', 'chargeback', 'harmful', 'moderation', 'spam', 'abuse', 'ctr', 'anomaly'];
/** Regulated or trust-and-safety domains (interpretability matters most). */
export const REGULATED_WORDS = [
  'fraud', 'credit', 'loan', 'lending', 'medical', 'health', 'diagnosis', 'patient', 'insurance', 'harmful',
  'moderation', 'underwriting', 'hiring',
];

export { subtreeLow } from '../parse';

/**
 * The first match of global regex `re` in `low` that is not negated and satisfies `pred` (every
 * match is tried, not only the first).
 */
export function anyMatch(
  low: string,
  re: RegExp,
  mode: NegationMode,
  pred: (m: RegExpExecArray) => boolean = () => true,
  max = 40,
): RegExpExecArray | undefined {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  try {
    while ((m = re.exec(low)) !== null && n++ < max) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (isNegated(low, m.index, m[0].length, mode)) continue;
      if (pred(m)) return m;
    }
    return undefined;
  } finally {
    re.lastIndex = 0;
  }
}

/**
 * The distinct names a global regex finds in `text` (group 1, mapped by `name`; undefined skips a
 * match), reading at most `limit` matches. The regex's lastIndex is left at 0.
 */
export function distinctMatches(text: string, re: RegExp, limit: number, name: (g: string) => string | undefined = (g) => g): Set<string> {
  const found = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) !== null && guard++ < limit) {
    const n = name(m[1]);
    if (n !== undefined) found.add(n);
  }
  re.lastIndex = 0;
  return found;
}

/** The caption of an option's pros or cons: "Pros", "Cons:", "**Advantages**" (what an option offers, weighed against another). */
/** A table header that weighs options: "| Option | Pros | Cons |". */
export const PROS_CONS_HEADER = /\bpros?\b.*\bcons?\b/;
/** A row of an options table marked as the one taken ("(chosen)", "✅"). */
export const CHOSEN_ROW = /\b(?:chosen|proposed|selected|picked|we go with|winner|recommended)\b|✅|✓|✔/;
/** The header of a table of compute asked for: "| Requirement | How many/when | Justification |". */
export const RESOURCE_TABLE = /^(?:(?:compute |infrastructure |hardware )?(?:requirements?|resources?)) \| (?:how many|quantity|qty|count|amount|when)\b/;
export const PROS_CONS_CAPTION = /^\W*(?:pros|cons|advantages|disadvantages|drawbacks|upsides?|downsides?|benefits)\W*$/;

/**
 * The verb at `index` is negated right before it ("we did not split by patient", "never split …",
 * "we didn't enable authentication", "without enabling …").
 */
export function verbNegatedAt(low: string, index: number): boolean {
  return /\b(?:not|never|without|cannot|(?:did|do|does|won|can|could|should|would|has|have|had|is|are|was|were)n'?t)\s+(?:yet\s+|really\s+)?$/.test(low.slice(Math.max(0, index - 24), index));
}

/** What follows "CE" when it is the EU conformity mark ("CE marking", "CE-marked", "CE certification"), not cross-entropy. */
export const CE_MARK = /^[- ]?(?:mark\w*|certif\w*|label\w*|complian\w*|approv\w*|class (?:i|ii|1|2)\b)/;

/**
 * Served feature values logged and replayed as training data ("Log the exact feature values used together with the
 * impression, and build training data from those logs"): the training rows get the values the model saw (backfill),
 * computed once for both sides (no skew).
 */
export const SERVED_FEATURES_REPLAYED =
  /\blog(?:s|ged|ging)? (?:the |all )?(?:exact |actual |same |raw )?(?:feature values|features|feature vectors?|model inputs)\b[^.;]{0,60}?\b(?:used|served|seen)\b[^.;]{0,80}?\b(?:build|create|generate|make|assemble|construct)(?:s|ing)? (?:the |our )?training (?:data|sets?|rows|examples)\b[^.;]{0,20}?\bfrom (?:those|these|the|such) logs\b/;

/** A label's value that names a stage of the work, not a goal ("| **Objective** | **Milestone 1: Project inception** |"). */
export const WORK_STAGE_VALUE = /^\W*(?:milestone|phase|sprint|week|assignment|lab|homework|deliverable|checkpoint)\s*#?\s*\d+\b|^\W*(?:project )?(?:inception|kick-?off)\W*$/;
