/**
 * Text primitives of the linter: what is an answer and what is not. A unit of text (a paragraph,
 * a bullet, a table row) is cleaned once per lint: questions without an answer, placeholders
 * (TODO, TBD, XX, ???, <…>, [fill in], "…", "< y ms") and the scaffold's prompts are cut out, and
 * what is left is the text a reviewer would read as a commitment. Negation ("no monitoring yet",
 * "we won't A/B test") is judged where a rule finds its keyword.
 *
 * Everything here is linear in the input and uses no regex with nested unbounded quantifiers.
 */

/** Flags recording what `cleanText` cut out of a unit. */
export const DROP_QUESTION = 1;
/** "not reached", "didn't get to", "ran out of time": a part of the answer never given (a regex source). */
export const NOT_REACHED = String.raw`(?:not|never) reached|(?:i |we )?(?:didn'?t|did not|never) (?:get|got) (?:to|there)|ran out of time`;
export const DROP_PLACEHOLDER = 2;
export const DROP_TEMPLATE = 4;
/** Said, then taken back by the next paragraph ("Actually, scratch that — …"). */
export const DROP_RETRACTED = 8;
/**
 * An entry of a code block shown as what a run printed ("Each run produces:", "Sample response:"
 * over a JSON block): its numbers were measured once, they set no target. Not a drop: the entry
 * is still read.
 */
export const SAMPLE_OUTPUT = 16;

/**
 * FNV-1a hash of a text's lower-case letters and digits, single-spaced (punctuation and markup
 * ignored): the key for template fingerprints. One pass, no allocation.
 */
export function templateHash(s: string): number {
  let h = 0x811c9dc5;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (started) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
      pendingSpace = false;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
    started = true;
  }
  return h >>> 0;
}

/**
 * Could the lower-cased text hold a placeholder or a question? The fast path skips the rest when
 * not. One regex pass: a few marker characters, or a word starting like a placeholder
 * ("todo", "tbd", "xx", "n/a", "fill", "lorem", "wip", "to be"), or a lone x/y/z/n before a unit.
 */
const DIRTY = /[?<[…$]|\.\.\.|___|\b(?:todo|tb[dca]|xx|n\/a|fill|placeholder|lorem|to be |wip|pending|in progress|not (?:yet )?(?:done|started|implemented)|(?:haven'?t|have not|hasn'?t|didn'?t|did not) (?:yet )?(?:decided|settled|agreed|figured|worked)|open (?:question|issue)|nice[- ]to[- ]have|figure|work out|planned|deferred|postponed|pushed|parked|scheduled|see|refer to|read more|read up|learn more|described|documented|defined|specified|detailed|unchanged|same (?:as|from)|should have|could have|would have|forgot|undecided|debated|debate|deciding|decide|might|perhaps|maybe|later|eventually|someday|in the future|at some point|down the road|future work|know yet|ran out of time|let'?s (?:think|look|decide|figure|discuss|worry|revisit|talk)|usual|(?:standard|typical|normal) (?:stuff|things|approach|practice)|after (?:the )?(?:launch|pilot|mvp|v1|go-?live)|would be (?:nice|good|great|cool|useful|interesting)|to (?:be )?discuss|needs? to (?:confirm|check|verify|ask) (?:with|whether|if)|needs? (?:agreeing|agreement|to be agreed|confirming|confirmation|deciding|to be decided)|if (?:i|we) had|before (?:the )?(?:launch|go-?live|release|rollout|pilot|we (?:launch|ship|go live))|with (?:the )?(?:legal|security|privacy|compliance|infosec|dpo)\b|be worth|make sense|ideally|debate|somehow|nice to have|think about|worry about|look into|to think|for now|standard stuff|usual stuff|standard things|if (?:there'?s|there is|we have|i have|we get) (?:the )?time|(?:get|pull|ask for|fetch) (?:it |this |that |the \w+ )?(?:from|with))|(?:^|[^a-z0-9])[xyzn] ?(?:ms|s|sec|qps|rps|%|gb|tb|k|m|users)(?![a-z])/;

function maybeDirty(lower: string): boolean {
  return DIRTY.test(lower);
}

/** The kinds of a GitHub alert ("> [!NOTE]"): its marker is neither text nor a placeholder. */
export const ALERT_KINDS = 'note|tip|important|warning|caution';

/**
 * A list literal in brackets: snake_case names or quoted strings, two or more ("Targets: [item_count,
 * order_count]", "['click', 'purchase']"): code, not a placeholder to fill in.
 */
const LIST_LITERAL = String.raw`\s*(?:[a-z][a-z0-9]*_[a-z0-9_]*|['"\`][^'"\`\]]{1,30}['"\`])\s*,\s*['"\`]?[a-z]`;
/** Placeholder tokens removed from a sentence (the sentence survives if anything real is left). */
const PLACEHOLDER_TOKENS = new RegExp(
  String.raw`\btb[dca]\b|\bto be (?:decided|determined|defined|added|filled(?: in)?|confirmed)\b|\bx{2,}\b|\?{2,}|<[^<>\d=]{1,40}>|<[a-z][^<>=]{0,60}[^\s<>=]>|_{3,}|(?<!\[)\[(?!\[|!(?:${ALERT_KINDS})\]|(?:cls|sep|mask|unk|pad|code|url|num|eos|bos)\]|${LIST_LITERAL})[^\]\d]{0,40}\]|\.{3,}|…|\bn\/a\b|\bwip\b|(?:^|[\s(<≤≥~])[xyzn](?: ?(?:ms|sec|qps|rps|%|tb|k|m|users)| (?:s|gb))(?![a-z])|\$ ?[xyz]\b`,
  'gi',
);
/** A sentence containing one of these is not an answer at all (hedges included: "Maybe we should ask legal."). */
const KILL_SENTENCE = /^[\s*_-]*open (?:question|issue)\b|^[\s*_-]*tb[dca]\s*[:—–-]\s*[^.\d]{0,80}\.?\s*$|^(?:[^.:?!]{1,40}:)?[\s*_]*tb[dca]\b[\s*_]*(?:w\/|with|by|from|pending|until|\(|[—–-])[^.\d]{0,80}\.?\s*$|^[\s*_-]*(?:maybe|perhaps|not sure|unsure|no idea|hmm+)\b[^.]*\b(?:should|could|might|need to|have to|ask|check|confirm)\b|\bwe should (?:ask|check with|confirm with) (?:legal|someone|the \w+ team)\b|\b(?:we|i|they) (?:have not|haven'?t|hasn'?t|did not|didn'?t) (?:yet )?(?:decided|settled on|agreed on|figured out|worked out)\b|\b(?:we|i) (?:should|could|might|may) (?:perhaps|maybe|possibly) (?:\w+ )?(?:think|consider|look|try|add|retrain|check|use|explore|want)\b|(?:\bit |(?:^|[;:,—–]\s*)[\s*_-]*)(?:might|may|could) (?:make sense|be (?:worth|nice|good|better|useful|wise|interesting))\b|\bplaceholder\b(?! (?:tokens?|ids?|values?|symbols?|tags?|characters?|variables?|embeddings?|vectors?|images?|slots?|strings?|spans?|nodes?|rows?|entities|entity|masks?)\b)|\blorem ipsum\b|\b(?:i|we) ran out of time before\b|\b(?:we|i) (?:do not|don'?t|dont) (?:know|have (?:an answer|a number)) yet\b|\b(?:we|i) (?:do not|don'?t|dont) know the answer\b|\bthe usual (?:stuff|things|suspects)\b|\b(?:add|do|use|cover|mention(?:ed)?|throw in) the (?:standard|usual|typical|normal) (?:stuff|things)\b|^[\s*_\d.)-]*let me (?:loop in|check with|ask|follow up with|get back to you)\b|^(?:[^.:?!]{1,40}:)?[\s*_—–:,-]*(?:the usual|(?:the )?(?:standard|usual|typical|normal) (?:stuff|things|approach(?:es)?|practices?))\b|\bfill (?:this |me |it )?in\b|\b(?:mention|cover|discuss|add|do) (?:it |this |that )?if (?:there(?:'s| is) )?time\b|\bif time (?:permits|allows)\b|\bif (?:there'?s|there is|we have|i have|we get) (?:the )?time\b|[—–]\s*(?:get|pull|ask for|fetch) (?:it |this |that |the (?:number|numbers|figure|figures|value) )?(?:from|with) (?:the )?[\w-]+(?: [\w-]+)? (?:dashboards?|team|logs?|people|folks)\b|^(?:[^.:?!]{1,100}:)?[\s*_]*(?:tb[dca]\s*)?\(?\s*(?:talk|speak|check|sync|align) (?:to|with) [^().]{1,40}\)?\s*\.?\s*$|^[\s*_-]*(?:we |i )?(?:still )?needs? to (?:confirm|check|verify|ask) (?:with|whether|if)\b|^[\s*_-]*(?:not (?:yet )?decided|undecided|not sure|unknown|open|tb[dca])\s*[.!]?\s*$|^[^\d]*\bneeds? (?:agreeing|agreement|to be agreed|confirming|confirmation|deciding|to be decided) (?:with|from|by|on)\b[^\d]*$|^(?:[^.:?!]{1,40}:)?[\s*_]*(?:it )?would be (?:nice|good|great|cool|useful|interesting) to\b|\bif (?:i|we) had (?:had )?(?:more )?time,? (?:i|we)(?:'d| would)\b|:\s*(?:still )?to (?:be )?(?:discuss(?:ed)?|decide[d]?|confirm(?:ed)?|agree[d]?|determine[d]?) (?:with|by|later|once|after)\b|\bcoming soon\b|\bto be written\b|\b(?:pros ?(?:\/|and|&) ?cons|trade-?offs|details|specifics) (?:to come )?later\b|^[\s*_-]*ideally,? (?:we|i)(?:'d| would)\b|\b(?:ongoing|open|unresolved) debate\b|\bwould be nice to have\b|\bsomehow\b|\b(?:need|needs|have|has) to think(?: (?:about it|more|it through))?\s*[.!]*\s*$|\b(?:ignore|skip|park) (?:it |this |that |them )?for now\b|[—–-]\s*(?:the )?(?:standard|usual|typical|normal) (?:stuff|things)\b|\b(?:maybe|perhaps|possibly) (?:also )?(?:try|test|explore|experiment with|look at|look into|consider)\b|\b(?:probably|maybe|perhaps|i think)\b[^.]*,\s*(?:but )?(?:we )?(?:still )?need to (?:check|confirm|verify|ask)\b|\b(?:maybe|perhaps|possibly),? or (?:just |simply |maybe |perhaps )?[a-z]|^(?:[^.:?!]{1,40}:)?[\s*_—–:,-]*(?:tb[dca]\b[\s,;:—–-]*)?(?:(?:we |i )?(?:still )?needs? to (?:discuss|decide|be (?:discussed|decided)|figure (?:it |this )?out|align on (?:it|this))|to be discussed|(?:discuss|check|align) (?:it |this )?with (?:the )?[\w-]+(?: \w+)?(?: team| leadership| lead)?\s*\.?\s*$)/i;

/**
 * Sentences that answer nothing themselves: a pointer elsewhere ("Features: → see the linked page",
 * "Related to this topic, read more about A/B testing and bandits",
 * "unchanged from the home ranker; see go/ranker-features") or regret in a self-review ("Should have
 * said time-based split", "I forgot to cover cost"). A choice left open is cut at its clause
 * (UNDECIDED_CLAUSE below).
 */
const POINTER_SENTENCE =
  /^[\s*_]*(?:(?:related to this(?: topic)?|for (?:more|details)|also|optionally),?\s*)?(?:please )?(?:read|learn) (?:more |up )?(?:about|on)\s[^.;!?:]{0,100}\.?\s*$|^[\s*_]*(?:[^.:;]{1,40}:\s*)?(?:for (?:more |further |additional |full )?(?:information|details|info|an? (?:overview|description|explanation)) (?:on|about|regarding|of) [^.;:,]{1,60},?\s*)?(?:→|->|=>)?\s*(?:(?:unchanged|(?:the )?same) (?:as|from) [^.;:()\d]{1,50}?[;,]\s*)?(?:(?:please )?see|refer to|(?:described|documented|defined|specified|detailed) (?:in|on|at))\s[^.;!?:,]{0,80}\.?\s*$|^[\s*_]*(?:[^.:;]{1,40}:\s*)?(?:unchanged|(?:the )?same) (?:as|from) (?:in )?[^.;:()\d]{1,50}[.;]?\s*$/i;
/**
 * Future work hedged ("Later we might add drift monitoring", "We might add X once we see more data"), or
 * tagged as not done yet ("continuous training --> pending", "drift alerts (in progress)"): not a plan.
 */
const HEDGED_FUTURE =
  /^[\s*_-]*(?:later(?: on)?|eventually|in the future|someday|down the road|at some point|(?:in|for) (?:v[2-9]|a later (?:phase|version)|the next (?:phase|version|iteration))),? (?:we|i|they|the team) (?:might|may|could|would like to|hope to)\b|\b(?:we|i|they) might (?:later |eventually |also )?(?:add|introduce|build|set up|consider|look into|explore|try)\b[^.]*\b(?:later|eventually|in the future|at some point|someday|down the road|if (?:needed|necessary|time permits)|once)\b|\b(?:we|i|they) (?:should|could|may|need to|want to|would like to) (?:eventually |also |probably |really )?(?:add|introduce|build|set up|consider|look into|explore|try|get)\b[^.]*\b(?:eventually|in the future|at some point|someday|down the road|one day)\b|\b(?:maybe|perhaps|possibly) (?:later|in (?:the future|v[2-9]|a later (?:phase|version))|next (?:quarter|year|half))\b|^[\s*_-]*(?:maybe|perhaps|possibly)\b[^.]{0,80}\b(?:later|in (?:phase|v) ?[2-9]|in a later (?:phase|version)|next (?:quarter|year|half))\b|\b(?:planned|deferred|postponed|pushed|left|moved|parked|scheduled) (?:back )?(?:for|to|until|into|in) (?:phase [2-9]|v[2-9]|version [2-9]|a later (?:phase|version|stage)|later|the next (?:phase|version|release|quarter)|next (?:quarter|half|year|phase|release))\b|\bnice[- ]to[- ]haves?\b|\blater,? (?:maybe|perhaps|possibly)\b|\blet'?s (?:think about|look at|decide|figure out|discuss|worry about|revisit|talk about) (?:it |this |that |them )?(?:later|after (?:the )?(?:launch|pilot|mvp|v1)|post-?launch|once (?:we|it|the))\b|\b(?:we|i|they) (?:should|could|might|may|would like to|want to|hope to) (?:probably |eventually |also |really )?[a-z-]+\b[^.]{0,60}\bat some point\b|\b(?:we|i|they)(?:'ll| will) (?:probably|maybe|perhaps|possibly) [a-z/-]+\b[^.]{0,60}\b(?:at some point|eventually|someday|one day|down the road|in the future)\b|\bbut (?:the )?(?:details|specifics|numbers|design|plan) (?:later|to follow|to come|tb[dca])\b|\bsomething (?:to|we (?:can|could|should|will|'ll)) (?:think about|look at|look into|revisit|figure out|decide|discuss|worry about) later\b|\b(?:is|are|remains?|left (?:as|for)|kept (?:as|for)|as) (?:a )?future work\b|\b(?:should|could|will|'ll|need to|want to) (?:think about|look at|look into|revisit|worry about|figure out|consider|decide|discuss) (?:it |this |that |them |(?:[\w-]+ ){1,4})?(?:later|after (?:the )?(?:launch|pilot|mvp|v1|go-?live)|once (?:we(?:'ve| have)? |it(?:'s| is| has)? )?(?:seen|see|launched?|live|got|get|have|know|run)\b|(?:with (?:the )?(?:legal|security|privacy|compliance|infosec|dpo)(?: team| people| folks)? )?before (?:the )?(?:launch|go-?live|release|rollout|pilot|we (?:launch|ship|go live))|with (?:the )?(?:legal|security|privacy|compliance|infosec|dpo)\b)\b|(?:^|[—–:]\s*|\s-\s)(?:to )?(?:think about|look at|look into|revisit|decide|figure out) (?:it |this |that )?later\b|(?:-+>|→|=>|:|—|–|\(|\[)\s*(?:still |currently )?(?:pending|not (?:yet )?(?:done|started|implemented)|in progress|wip)\s*[)\]]?\s*[.!]?\s*$/i;
const REGRET_SENTENCE =
  /^[\s*_(]*(?:(?:i|we) )?(?:should|could|would) have (?:said|mentioned|talked about|discussed|covered|proposed|used|added|done|asked|brought up)\b|\b(?:i|we) (?:totally |completely )?forgot (?:to|about)\b/i;
/** A clause leaving the choice open; what the sentence commits to before it still counts ("X is a classification problem, but we haven't settled the target"). */
const UNDECIDED_CLAUSE = /\b(?:is|are) (?:still )?(?:tb[dca]|to be (?:decided|determined|defined|confirmed|agreed|settled|chosen|picked|worked out))\b|\b(?:is|are|remains?) (?:still )?(?:an )?open(?: question)?(?=\s*[.;,]|$)|\b(?:have not|haven'?t|has not|hasn'?t) (?:yet )?settled\b|\b(?:is|are) (?:still )?(?:undecided|being debated|up for debate|not (?:yet )?(?:decided|settled))\b|\bbefore (?:deciding|we decide|committing to|settling on)\b|\b(?:will|'ll|to) (?:decide|figure out|work out|determine|settle|define) (?:on )?[^.;]{0,40}\b(?:later|afterwards|after (?:launch|the (?:launch|pilot|first [\w-]+))|post-?launch|once (?:we|it|the))\b|\bdecide later\b/i;
const CLAUSE_BREAK = /(?:[,;:—–(]\s*|\s)(?:but|though|although|however|while|yet)\b|[;—–(]/gi;

/** The part of `seg` before the clause that leaves a choice open; '' when the open choice is the whole sentence. */
function beforeUndecided(seg: string, at: number): string {
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(seg)) !== null && m.index < at) cut = m.index;
  CLAUSE_BREAK.lastIndex = 0;
  return seg.slice(0, cut);
}

/** Words that carry no answer on their own ("TODO ms" leaves "ms"). */
const FILLER = new Set([
  'ms', 's', 'sec', 'req', 'reqs', 'qps', 'rps', 'per', 'second', 'day', 'gb', 'tb', 'k', 'm', 'the', 'a', 'an',
  'of', 'e', 'g', 'eg', 'i', 'and', 'or', 'to', 'for', 'is', 'are', 'be', 'will', 'etc', 'here', 'this', 'that',
  'todo', 'tbd', 'x', 'y', 'z', 'n', 'offline', 'online', 'guardrail', 'yes', 'no', 'none', 'ok', 'see', 'below',
  'above', 'later', 'usd', 'target', 'value', 'answer', 'note', 'notes',
]);

/** True when the text holds at least one word that is not filler. */
export function hasSubstance(s: string): boolean {
  const words = s.toLowerCase().match(/[a-z]{2,}|[0-9]+/g);
  if (!words) return false;
  for (const w of words) if (!FILLER.has(w)) return true;
  return false;
}

/** Interrogative openings that make a sentence a question even without its "?". */
const QUESTION_START =
  /^(?:[-*>\s]*)(?:(?:do|does|did|should|can|could|will|would|shall|must) (?:we|you|i|they|it|the|our|users?)\b|(?:is|are) there\b|how (?:many|much|often|do|does|will|would|should|can|to|is|are)\b|what(?:'s| is| are| will| would| should| do| does| kind| type| types| data)\b|which (?:\w+ )?(?:do|does|should|will|would|can|is|are)\b|who (?:is|are|will|should)\b|why (?:do|does|is|are|would|should)\b|when (?:do|does|is|are|should|will)\b|where (?:do|does|is|are|will)\b)/i;

const QUOTED_QUESTION = /([^\s(]\s*\(?[^()"“”]{0,80}["“][^"“”]{3,160})\?(["”])/;
const QUOTED_QUESTION_G = new RegExp(QUOTED_QUESTION.source, 'g');

/** A whole text in angle brackets with words inside: a template prompt, however long. */
const WHOLE_PROMPT = /^\s*<\s*[a-z#][^<>]*[a-z.?!)]\s*>\s*$/i;

/** Template voice: instructions addressed to the reader ("How will you validate your approach"). */
export const SECOND_PERSON = /\b(?:you|your)\b/i;

/**
 * A template's instruction to the writer ("Briefly describe what this system does", "List the
 * features", "Explain why…") — not an answer.
 */
const INSTRUCTION_SRC =
  String.raw`(?:in this (?:section|part|step),?\s+)?(?:please |briefly |clearly |first,? |also |then )?(?:(?:describe|explain|summari[sz]e|list|specify|identify|mention|outline|discuss|elaborate on|provide|propose|write|fill in|think about|note down|enumerate|justify|clarify|detail|show how|define|state|document|include)\s+(?:the|your|what|how|why|which|who|when|where|any|all|a|an|in|each|key|main|at least|whether|if|briefly|here|below|them|it|this|these|those)\b|(?:describe|explain|summari[sz]e|specify|outline|enumerate|justify|elaborate on)\s+[a-z])`;
const INSTRUCTION = new RegExp(String.raw`^[-*>\s]*` + INSTRUCTION_SRC, 'i');
/** What a template's hint says and an answer does not: examples, the reader addressed, a question, a trailing ellipsis. */
const HINT_WORDS = /\b(?:you|your|e\.g\.|eg|i\.e\.|such as|for example|etc)\b|\?|(?:\.\.\.|…)\s*$|^(?:what|how|why|which|who|when|where|whether)\b/i;

/**
 * The writer's answer after a template's instruction used as a label ("Define the ML objective:
 * Protect user privacy by blurring plates and faces"): six words or more, not a list of hint
 * nouns ("unit, split, duration, metrics"), no example or question, not another instruction.
 */
export function answersPrompt(value: string): boolean {
  const v = value.trim();
  const words = v.split(/\s+/).length;
  return words >= 6 && !HINT_WORDS.test(v) && (v.match(/,/g)?.length ?? 0) * 4 <= words && !INSTRUCTION.test(v);
}

/** "Describe the experiment design", "List the features": a template's instruction to the writer. */
export function isInstruction(s: string): boolean {
  return INSTRUCTION.test(s);
}
/** An instruction anywhere in a unit (for the fast path). */
const INSTRUCTION_ANY = new RegExp(String.raw`(?:^|[.!?:]\s+|[-*>]\s*)` + INSTRUCTION_SRC, 'i');

/** How an answer to a question in the same unit starts ("Yes, …", "-> both", "~10M", "Interviewer: …"). */
const ANSWER_START =
  /^\s*(?:[*_]*\s*)?(?:yes|no|nope|yep|yeah|sure|correct|right|probably|likely|ideally|assume|assuming|answer|a:|interviewer:|candidate:|me:|them:|response:|-+>|→|=>|:|—|–|about|around|roughly|approx\w*|~|≈|<|>|≤|≥|\d|under|below|at most|at least|up to|only|both|neither|either|none|all|not|mostly|it'?s|it is|they|we (?:can|do|will|have|need|should|assume)|the (?:interviewer|answer|goal|business)|[a-z][\w ]{0,20}:)/i;

export interface Cleaned {
  /** Text that can carry an answer (original case); '' when nothing is left. */
  readonly kept: string;
  /** DROP_* flags of what was cut. */
  readonly flags: number;
}

const HEDGE_AFTER_TODO = /^\s*(?:probably|maybe|perhaps|possibly|likely|might|could)\b/;

/**
 * Removes "TODO: <known prompt>" (so an answer written after a scaffold prompt survives) and, for
 * any other TODO, the rest of its sentence (the author's reminder, not an answer).
 */
function stripTodo(text: string, prompts: readonly string[]): string {
  const low = text.toLowerCase();
  let idx = low.indexOf('todo');
  if (idx < 0) return text;
  let out = '';
  let from = 0;
  while (idx >= 0) {
    const before = idx === 0 ? ' ' : low[idx - 1];
    const after = low[idx + 4] ?? ' ';
    if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) {
      idx = low.indexOf('todo', idx + 4);
      continue;
    }
    out += text.slice(from, idx);
    let j = idx + 4;
    while (j < text.length && (text[j] === ':' || text[j] === ' ' || text[j] === '-' || text[j] === '—')) j++;
    let matched = false;
    for (const p of prompts) {
      if (p.length > 0 && low.startsWith(p, j)) {
        j += p.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      // skip to the end of the sentence, and a hedge right after it ("TODO. Probably weekly."):
      // still undecided
      for (let hedged = true; hedged; ) {
        while (j < text.length) {
          const c = text[j];
          if ((c === '.' || c === '?' || c === '!' || c === ';') && (j + 1 >= text.length || text[j + 1] === ' ')) {
            j++;
            break;
          }
          j++;
        }
        hedged = HEDGE_AFTER_TODO.test(low.slice(j, j + 24));
      }
    }
    from = j;
    idx = low.indexOf('todo', j);
  }
  return out + text.slice(from);
}

/** Splits into sentences, keeping each sentence's terminator. Linear. */
export function splitSentences(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '?' || ((c === '.' || c === '!' || c === ';') && (i + 1 >= s.length || s[i + 1] === ' '))) {
      // "e.g." / "vs." / "approx." are not sentence ends
      if (c === '.' && /(?:\be\.g|\bi\.e|\bvs|\bapprox|\betc|\bincl|\bw\.r\.t|\bc\.f|\bu\.s|\bno|\bfig|\beq|\bst|\bmr|\bdr|\bet al)$/i.test(s.slice(Math.max(start, i - 6), i))) continue;
      // "??" stays in one piece
      while (i + 1 < s.length && s[i + 1] === '?') i++;
      out.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** An answer that does not commit ("A/B test? I guess yes, but…", "weekly? I don't know"). */
const HEDGE_ANSWER = /^[\s*_→>—–-]*(?:(?:need to |needs to |to )?(?:ask|check|confirm|verify|clarify)(?: with)?(?![\w:])|i guess|i think|i suppose|(?:i'?m |we'?re |i am |we are )?leaning (?:towards?|to)|(?:i'?m |we'?re )?inclined to|tempted to|i don'?t know|don'?t know|not sure|unsure|maybe|perhaps|probably(?: (?:yes|not|no|so))?(?=\s*(?:[,.;!]|$))|probably not|dunno|no idea|unclear|unknown|hmm+|tbd|depends)\b/i;

/** A list of options offered after a question ("Possible variants: …", "Options: …", "e.g. …"). */
const OPTIONS_LEAD = /^[\s*_→>—–-]*(?:(?:possible|potential|candidate|some|a few|several) (?:variants|options|choices|candidates|alternatives|answers|approaches|metrics|models)|(?:options|choices|alternatives|candidates|variants)(?: (?:are|include|could be|might be))?\s*:|e\.g\.|for example|for instance|such as|like)\b/i;

/** A short answer that says no ("Not planned.", "No.", "None yet"): the question stays unanswered. */
export const SHORT_NO = /^[\s*_:—–-]*(?:no|nope|none(?: yet)?|not (?:planned|yet|now|for now|in v1|needed|decided)(?: (?:yet|for now|in v1))?|n\/a|won'?t|we won'?t|out of scope)[\s*_]*[.!]?[\s*_]*$/i;

/** "QPS?", "Latency?", "Data sources?": a one-to-three-word question, used as a label. */
function termQuestion(seg: string): boolean {
  const t = seg.trim().replace(/^[-*>\s]+/, '');
  return t.endsWith('?') && t.split(/\s+/).length <= 3 && !QUESTION_START.test(t);
}

function isQuestion(seg: string): boolean {
  const t = seg.trim();
  if (t.endsWith('?')) return true;
  if (QUESTION_START.test(t) && !/[:—→]|->/.test(t)) return true;
  return false;
}

const PAREN_QUESTION_G = /\s?\([^()?\n]{0,60}\?[^()\n]{0,40}\)/g;
/** A word hedged inside a list ("…, purchase?, …"): a "?" then a comma, with more list after it. */
const INLINE_HEDGE = /([a-z0-9)\]])\?,(?= \S)/i;
const REPORTED_QUOTE_SRC = '\\b((?:i|the interviewer|interviewer) (?:said|mentioned|asked|hinted|suggested|noted|pointed out|gave (?:a|the) hint|told (?:him|her|them))(?: that)?,?|(?:interview )?prompt:) ?\\(?["\u201c][^"\u201c\u201d]{0,200}["\u201d]\\)?';
const REPORTED_QUOTE = new RegExp(REPORTED_QUOTE_SRC, 'i');
const REPORTED_QUOTE_G = new RegExp(REPORTED_QUOTE_SRC, 'gi');

/** Cheap test for text that may report the literature (see literatureSentence). */
const LIT_CUE = /\bet al\b|[ ,](?:19|20)\d\d[a-z]?\)|\b(?:approaches|methods|techniques|works|studies|papers|articles|researchers|authors|publications|research) (?:\w+ )?(?:have|has|had|were|was)\b|\bliterature\b/;
/** Research as the subject of a reporting verb: "Several approaches have been proposed", "Academic articles have tested…". */
const LIT_SUBJECT =
  /^[^.;:]{0,60}?\b(?:several|many|various|numerous|multiple|some|other|previous|prior|earlier|recent|past|related|academic|published|scientific|existing)\s+(?:[\w-]+\s+)?(?:approaches|methods|techniques|works|studies|papers|articles|authors|researchers|publications|research)\s+(?:have|has|had|were|was)\s+(?:also\s+|already\s+|widely\s+|successfully\s+)?(?:been\s+)?(?:proposed|developed|suggested|published|introduced|tested|compared|shown|used|applied|explored|investigated|examined|demonstrated|achieved|reported|found|tried|studied|focused|addressed|attempted)\b/i;
/** An author-year citation ("(Thomas & Griffin, 1996)", "Smith et al.") in a sentence that reports ("have been", "used", "showed"). */
const LIT_CITATION = /\([a-z][^()]{0,120}?[ ,](?:19|20)\d\d[a-z]?\)|\bet al\b/i;
const LIT_REPORTING = /\b(?:used|proposed|showed|shown|found|achieved|reported|demonstrated|applied|tested|compared|introduced|developed|suggested|studied|examined|investigated|explored|have been|has been|had been)\b|\bet al\.?,? (?:\(?(?:19|20)\d\d\)?,? )?[a-z]+(?:ed|s)\b/i;
const LIT_IN_LITERATURE = /^[\s*_-]*(?:in|from|across) (?:the )?(?:[\w-]+ )?literature\b/i;
/** The design's own voice: first person, or a plan ("will", "this project"). */
const OWN_VOICE = /\b(?:we|i|our|us|my|will|shall|going to|this (?:project|proposal|work|design|solution|system|capstone|thesis))\b|\bwe'|\bi'/i;
/** Sentences that go on about the work just reported ("The first approach tries…", "These methods…", "They…"). */
const LIT_CONTINUATION =
  /^[\s*_-]*(?:the (?:first|second|third|fourth|former|latter|last|other) (?:approach|method|technique|category|one|paper|study|work|group|family)|(?:these|those|such|both|all) (?:approaches|methods|techniques|works|studies|papers|articles|solutions)|they|their|the authors?|the researchers|the (?:study|paper|article)|broadly)\b/i;

/**
 * A long passage quoted whole (an example input: "*“The notion that the cancer industry … ”*"):
 * someone else's text the doc shows, not what the design commits to.
 */
export const QUOTED_PASSAGE = /^[*_]{0,3}[\u201c"][^\u201d"]{200,}(?:[\u201d"][*_.\s]*)?$/;

/** A sentence reporting what the literature did, not what this design does. */
function literatureSentence(seg: string): boolean {
  if (OWN_VOICE.test(seg)) return false;
  return LIT_SUBJECT.test(seg) || LIT_IN_LITERATURE.test(seg) || (LIT_CITATION.test(seg) && LIT_REPORTING.test(seg));
}

/**
 * Cleans one unit of text. `prompts` are the lower-cased prompt texts the scaffold writes after
 * "TODO:" (rubric and case items), so "TODO: <prompt> 50k QPS" keeps "50k QPS".
 */
export function cleanText(s: string, prompts: readonly string[], lower: string = s.toLowerCase()): Cleaned {
  if ((lower.includes('"') || lower.includes('\u201c')) && REPORTED_QUOTE.test(lower)) {
    // an interviewer's own words in feedback notes ('even after I said "~2M a day"') are not the
    // candidate's answer
    s = s.replace(REPORTED_QUOTE_G, '$1');
    lower = s.toLowerCase();
  }
  const lit = LIT_CUE.test(lower);
  if (!lit && !maybeDirty(lower) && !QUESTION_START.test(s) && !INSTRUCTION_ANY.test(s)) {
    return { kept: s, flags: 0 };
  }
  // a template prompt in angle brackets, whole ("<How will you validate …? A/B test design, duration.>")
  if (WHOLE_PROMPT.test(s)) return { kept: '', flags: DROP_TEMPLATE };
  let flags = 0;
  // a question quoted inside a statement ('a faithfulness rating ("does the summary state anything
  // not said?")') is cited, not asked: its "?" does not end the sentence
  // (the "?" is followed by the closing quote: a cheap literal test first)
  if ((s.includes('?"') || s.includes('?\u201d')) && QUOTED_QUESTION.test(s)) s = s.replace(QUOTED_QUESTION_G, '$1$2');
  // an aside asked in parentheses ("GBDT (LightGBM?) with 300 trees", "some anomaly method (isolation
  // forest? autoencoder?)") does not turn the sentence around it into a question: it is read as the
  // hedge it is ("maybe"), which a second hedge in the text turns into musing
  if (s.includes('(') && s.includes('?')) s = s.replace(PAREN_QUESTION_G, ' (maybe)');
  // one element of a list hedged in passing ("Increase engagement (play, click, share), purchase?,
  // create a better experience") is that element's hedge, not a question asked by the whole line;
  // two or more ("latency?, QPS?, budget?") are a list of questions
  if (s.includes('?,')) {
    const at = s.search(INLINE_HEDGE);
    if (at >= 0 && s.indexOf('?,', at + 2) < 0 && !QUESTION_START.test(s)) s = s.replace(INLINE_HEDGE, '$1 (maybe),');
  }
  if (/\btodo\b/i.test(s)) {
    s = stripTodo(s, prompts);
    flags |= DROP_PLACEHOLDER;
  }
  const segs = splitSentences(s);
  const keep: Array<string | undefined> = new Array(segs.length);
  const question: boolean[] = new Array(segs.length);
  let cited = false;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    // what the literature did ("Several approaches have been proposed…", "… (Thomas & Griffin,
    // 1996)") and the sentences that go on about it ("The first approach tries…") report others'
    // work: not the design's commitment (dropped without a flag: nothing was left unanswered)
    if (lit && (literatureSentence(seg) || (cited && LIT_CONTINUATION.test(seg) && !OWN_VOICE.test(seg)))) {
      cited = true;
      keep[i] = undefined;
      question[i] = false;
      continue;
    }
    cited = false;
    if (KILL_SENTENCE.test(seg) || POINTER_SENTENCE.test(seg) || REGRET_SENTENCE.test(seg) || HEDGED_FUTURE.test(seg)) {
      flags |= DROP_PLACEHOLDER;
      keep[i] = undefined;
      question[i] = false;
      continue;
    }
    if (INSTRUCTION.test(seg) || (SECOND_PERSON.test(seg) && /\b(?:e\.g\.|for example|such as)/i.test(seg))) {
      flags |= DROP_TEMPLATE;
      // "Define the ML objective: Protect user privacy by blurring plates and faces.": the prompt is
      // dropped, the answer written after it kept
      const colon = seg.indexOf(': ');
      const answer = colon > 0 && colon <= 60 && !SECOND_PERSON.test(seg.slice(0, colon)) ? seg.slice(colon + 2) : '';
      keep[i] = answer && answersPrompt(answer) ? answer : undefined;
      question[i] = false;
      continue;
    }
    const open = UNDECIDED_CLAUSE.exec(seg);
    if (open) {
      // "…, but we haven't settled the exact target": keep what comes before the open choice
      flags |= DROP_PLACEHOLDER;
      const before = beforeUndecided(seg, open.index).replace(PLACEHOLDER_TOKENS, ' ');
      keep[i] = hasSubstance(before) ? before : undefined;
      question[i] = false;
      continue;
    }
    const replaced = seg.replace(PLACEHOLDER_TOKENS, ' ');
    if (replaced !== seg) flags |= DROP_PLACEHOLDER;
    question[i] = isQuestion(seg);
    // a bare-term question ("QPS?", "Latency?") is the label of the answer after it: keep it
    // a bare "None." / "No." is an answer too (it says no): keep it for the negation checks
    keep[i] = hasSubstance(replaced) || (question[i] && /[a-z]/i.test(replaced)) || /^[\s*_]*(?:none|no|nope|n\/a|not yet|not planned)\s*[.!]?[\s*_]*$/i.test(seg) ? replaced : undefined;
  }
  // A question counts as context when its answer follows it in the same unit ("Batch? No: online,
  // p99 under 100 ms", "How many users? ~10M"); a question left open is not an answer.
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const k = keep[i];
    if (k === undefined) continue;
    if (question[i]) {
      let answered = false;
      for (let j = i + 1; j < segs.length; j++) {
        if (keep[j] === undefined) continue;
        // after a bare-term question ("Latency? she said up to 10 minutes") any statement answers it
        answered = !question[j] && !HEDGE_ANSWER.test(keep[j]!) && !SHORT_NO.test(keep[j]!) && !OPTIONS_LEAD.test(keep[j]!) && (ANSWER_START.test(keep[j]!) || termQuestion(k));
        break;
      }
      if (!answered || SECOND_PERSON.test(k)) {
        flags |= DROP_QUESTION;
        // "Do we need to define a ranking metric? Possible variants: MAP@k, MRR, NDCG": the options
        // listed for an open question are not a choice
        for (let j = i + 1; j < segs.length; j++) {
          if (keep[j] === undefined) continue;
          if (!question[j] && OPTIONS_LEAD.test(keep[j]!)) keep[j] = undefined;
          break;
        }
        continue;
      }
    }
    out += (out ? ' ' : '') + k.trim();
  }
  return { kept: out, flags };
}

// ---------------------------------------------------------------------------------------------
// Negation

/**
 * Reported speech: an interviewer's or reviewer's note that the item never came up ("No mention
 * of canary", "Never discussed how to split", "Didn't mention drift", "Nothing on retraining").
 */
const REPORTED =
  String.raw`no mention(?:ed)?(?: of)?|not (?:mentioned|discussed|covered|addressed|talked about|brought up)|never (?:discussed|mentioned|talked about|said|covered|addressed|considered|brought up|explained|got to)|(?:didn'?t|did not|doesn'?t|does not|never) (?:mention|discuss|talk about|cover|address|say|explain|consider|bring up|get to|touch on|specify|describe|give|provide|propose|define|state|name|set)|(?:wasn'?t|was not|weren'?t|were not) (?:mentioned|discussed|covered|addressed|talked about|brought up)|nothing (?:on|about)|no (?:discussion|word|talk|details?) (?:of|on|about)`;
/** Hindsight: "I should have removed the outliers", "we could have used a time split": not done. */
const HINDSIGHT = String.raw`(?:i|we|they) (?:should|could|ought to|would) have (?:(?:probably|also|instead|really|first|then) )?(?:[a-z]+ed|done|chosen|taken|run|built|split|set|made|written|kept|thrown|drawn)`;
/** Negations anywhere in the clause before the keyword ("we won't A/B test", "no drift checks"). */
const NEG_BEFORE_ANY = new RegExp(
  String.raw`\b(?:` +
    REPORTED +
    '|' +
    HINDSIGHT +
    String.raw`|no|not|never|nobody|no one|nothing|without|none|won'?t|wont|cannot|can'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|skip(?:ping|ped)?|ignor(?:e|ed|ing)|n\/a|out of scope|future work|later phase|not yet|no need|no plans?|defer(?:red)?|deprioriti[sz]ed?|forgo|instead of|rather than)\b`,
);
/**
 * Only the "this item is not addressed" kind ("privacy is out of scope", "not needed", reported
 * speech), or a bare "no"/"without" right before the keyword ("no canary", "and no shadow
 * period") — not a "no" inside a mechanism ("no user in both train and test").
 */
const NEG_BEFORE_STRONG = new RegExp(
  String.raw`\b(?:` +
    REPORTED +
    '|' +
    HINDSIGHT +
    String.raw`|n\/a|out of scope|future work|later phase|no need|no plans?|(?:cannot|can'?t|could not|couldn'?t) be (?:measured|evaluated|assessed|judged|quantified) (?:in terms of|by|with|through|via|using)|(?:it['’]?s|it is|is|isn['’]?t) not (?:enough|sufficient) to|won'?t (?:do|need|bother|address|consider|handle|cover)|will not (?:do|need|address|consider|handle|cover)|ignor(?:e|ed|ing)|skip(?:ping|ped)?|defer(?:red)?|not (?:needed|required|necessary|planned|considered|addressed|handled|covered|applicable|in scope|a (?:concern|priority|requirement)|an issue|important|relevant)|(?:we|i|they|the team) (?:(?:will|would|shall|do|did|are going to) )?(?:also |even |yet )?(?:not|never) (?:build|run|do|add|have|include|train|deploy|set up|create|implement|monitor|track|retrain|rebalance|re-?weight|test|ship|launch|bother|compare|benchmark|A\/B|use)|(?:we|i|they|the team) (?:won'?t|don'?t|didn'?t) (?:also )?(?:build|run|add|include|train|deploy|set up|create|implement|retrain|rebalance|re-?weight|test|ship|launch|bother|compare|benchmark|use))\b|(?:^|[\s*_(-]|\b(?:and|or|but|also|with|there (?:is|are|will be)))\s*(?:no|without|zero)\s+(?:[a-z-]+\s+)?$`,
);
/** Negations after the keyword, in the same clause ("latency is not a concern", "drift: none"). */
const NEG_AFTER =
  /^[^.;,:!?(]{0,30}?\b(?:is not|isn'?t|are not|aren'?t|not (?:needed|required|necessary|planned|considered|addressed|handled|covered|applicable|in scope|a (?:concern|priority|requirement|goal)|an issue|important|relevant|yet|feasible|possible|practical|practicable)|is out of scope|are out of scope|out of scope|n\/a|none|won'?t be|will not be|is not needed|is unnecessary|are unnecessary|not for now|for later|in a later phase)\b/;
/** "The hyperparameters of GBTclassifier were not optimized": the thing itself, in the past, not done (not "… in-app as this was not expensive", another clause). */
const NEG_AFTER_PAST = /^(?:(?!\b(?:as|because|since|which|that|so|if|when|while|and|but|or|although|though|who|where|it|this|they|we|i)\b)[^.;,:!?(]){0,30}?\b(?:was not|wasn'?t|were not|weren'?t|(?:has|have|had) not been|(?:hasn|haven|hadn)'?t been) (?:\w+ly )?(?:\w+(?:ed|en)|built|run|set|done|kept|made|put)\b/;
/** "… an A/B controlled experiment, which is not provided in the pilot": a relative clause taking it back. */
const NEG_AFTER_WHICH = /^[^.;!?]{0,40}?,\s*which (?:is|are|will be|would be|was|were) not (?:provided|planned|included|done|part of|covered|in scope|available|possible|feasible|budgeted|foreseen|scheduled|run|conducted|implemented)\b/;
/**
 * A label whose value says no: "drift: none", and with up to three more label words before the
 * colon ("Drift monitoring: not in v1", "Rollback plan — none yet").
 */
const NEG_AFTER_COLON =
  /^[a-z/-]*(?:[ \t]*[ \t,&][ \t]*[a-z/-]+){0,7}?\s*[:=—–]\s*(?:none|no\b(?!\s+[\w-]+(?:\s+[\w-]+)?\s+(?:appears?|overlaps?|leaks?|crosses|(?:is|are) (?:shared|seen|used|in)|ends? up|shows? up|gets? into|goes into|falls? in))|n\/a|not sure|unsure|unclear|undecided|(?:we|i|they|the team) (?:will not|won'?t|do not|don'?t|did not|didn'?t|are not going to|decided not to|chose not to|have not|haven'?t)\b|(?:i |we )?ran out of time|no time|(?:i |we )?(?:didn'?t|did not|never) get (?:to|there)|not (?:covered|designed|discussed|decided|planned)(?: yet)?\b|(?:the )?(?:standard|usual|common|typical|normal) (?:approach(?:es)?|stuff|practices?|methods?|techniques?|things?)(?=\s*(?:[.;!]|$))|(?:the )?usual(?=\s*(?:[.;!]|$))|best practices?(?=\s*(?:[.;!]|$))|as (?:usual|needed|required|appropriate)(?=\s*(?:[.;!]|$))|(?:it )?(?:doesn'?t|does not|won'?t|will not) (?:really )?(?:apply|matter|be needed)|not (?:really )?(?:applicable|relevant|needed|necessary)|not (?:yet|planned|needed|applicable|done|in scope|in (?:v\d|mvp|the (?:first|initial) (?:version|release|phase)|phase \d|the pilot)|for (?:v\d|now|the pilot|mvp)|discussed|decided|covered)|out of scope|skip(?:ped)?(?=\s*(?:[.;,!)—–]|\s-|$|for (?:now|v\d|the (?:pilot|mvp|first))|in (?:v\d|mvp)|(?:this|it)\b))|later|tbd|nothing|deferred|future work)\b/;
/** A negation that states why the item needs nothing more is an answer ("skew is not a concern, because the same job…"). */
const REFUSAL =
  /\b(?:we|they|i|the team|candidate) (?:will not|won'?t|do not|don'?t|did not|didn'?t|cannot|can'?t|are not going to|aren'?t going to|decided not to|chose not to) (?:do|run|use|have|monitor|track|build|set up|launch|plan|need|retrain|rebalance|re-?weight|compare|benchmark)\b/;
const BECAUSE = /\b(?:because|since|as (?:the|we|it|both|our)|given that|thanks to|by construction)\b/;
/**
 * A negation inside a purpose or result clause says what the design achieves ("split by time to
 * not leak the future", "so we don't leak", "so no future data leaks"): not a negation of the
 * item.
 */
const PURPOSE_BEFORE_NEG = /\b(?:to|so|so that|in order to|such that|ensur\w*|make sure|guarantee\w*|so (?:we|it|they|that we|there)(?: \w+)?)\s*$/;
/**
 * Mentioned without substance ("mentioned A/B testing only when I asked; no details", "no
 * technique"): the rest of the sentence after the keyword takes the mention back.
 */
const NO_SUBSTANCE =
  /(?:\bonly (?:when|after|once|because) (?:i |we |the interviewer |they were )?(?:asked|prompted|pushed|probed|nudged)|[;,:—–]\s*(?:but )?(?:no|without) (?:details?|specifics|plan|elaboration|technique|method|approach|numbers?|mechanism|follow[- ]up)\b)/;

export type NegationMode = 'any' | 'strong' | 'none';

/** Where the clause around `index` starts (after the last clause break). */
function clauseStart(low: string, index: number): number {
  const lim = Math.max(0, index - 80);
  for (let i = index - 1; i >= lim; i--) {
    const c = low[i];
    if (c === '.' || c === ';' || c === '!' || c === '?' || c === '(' || c === '\n' || c === '|' || c === ',') return i + 1;
    if (c === ' ' && low.startsWith(' but ', i)) return i + 5;
  }
  return lim;
}

/** End of the sentence after `from` (a bounded look-ahead). */
function sentenceRest(low: string, from: number, max = 160): string {
  const end = Math.min(low.length, from + max);
  for (let i = from; i < end; i++) {
    const c = low[i];
    if ((c === '.' && (i + 1 >= low.length || low[i + 1] === ' ')) || c === '!' || c === '\n') return low.slice(from, i);
  }
  return low.slice(from, end);
}

/** The negation found in `before` is a purpose clause ("to not have leakage"). */
function purposeNegation(before: string, re: RegExp): boolean {
  const m = re.exec(before);
  if (!m) return false;
  // "so it will not need to retrain the model each time": the need denied, not a purpose of the mechanism
  if (/^(?:(?:will|does|do|did) not|won'?t|doesn'?t|don'?t|didn'?t|not|no) need/.test(before.slice(m.index))) return false;
  return PURPOSE_BEFORE_NEG.test(before.slice(0, m.index));
}

/**
 * A short list item after a comma ("no mention of shadow mode, canary or rollback"): the clause
 * before the comma scopes over it. Returns the previous clause when the keyword's own clause is
 * only a continuation of a list (at most three words before the keyword, no verb-like word).
 */
function listHead(low: string, start: number, index: number): string | undefined {
  if (start <= 0 || low[start - 1] !== ',') return undefined;
  const own = low.slice(start, index).trim();
  if (own.split(/\s+/).filter((w) => w.length > 0).length > 3) return undefined;
  // a verb right after the comma starts the main clause ("for a pair not yet connected, predict
  // P(invite accepted)"): not an item of a list the clause before negates
  if (own === '' && MAIN_VERB.test(low.slice(index, index + 24))) return undefined;
  if (/\b(?:is|are|was|were|we|use|uses|used|has|have|will|but|so)\b/.test(own)) return undefined;
  const prevStart = clauseStart(low, start - 1);
  return low.slice(prevStart, start - 1);
}

const MAIN_VERB = /^(?:predict|estimate|rank|classif(?:y|ies)|detect|score|return|retrieve|generate|forecast|compute|output)s? (?!or\b|and\b)/;

/** The sentence (between . ; ! ?) around position `i` of `s` (a table row is one sentence). */
export function sentenceAt(s: string, i: number): string {
  const [a, b] = sentenceBounds(s, i);
  return s.slice(a, b);
}

/** Where the sentence around position `i` of `s` starts and ends (sentenceAt). */
export function sentenceBounds(s: string, i: number): [number, number] {
  let a = i;
  while (a > 0 && !sentenceEnd(s, a - 1)) a--;
  let b = i;
  while (b < s.length && !sentenceEnd(s, b)) b++;
  return [a, b];
}

/** Does the sentence around position `i` of `s` ask (end in "?")? sentenceAt leaves the "?" out. */
export function asksAt(s: string, i: number): boolean {
  return s[sentenceBounds(s, i)[1]] === '?';
}

/**
 * When position `i` of `s` sits in a list of four or more items in parentheses ("log everything
 * (date/time, input data, true label, historical data used as training data, …)"), the item around
 * it (between its commas); otherwise undefined. Such a list names things; it says nothing about them.
 */
export function parenListItemAt(s: string, i: number): string | undefined {
  const open = s.lastIndexOf('(', i);
  if (open < 0 || s.lastIndexOf(')', i) > open) return undefined;
  let close = s.indexOf(')', i);
  if (close < 0) close = s.length;
  const inner = s.slice(open + 1, close);
  if (inner.includes('(') || inner.split(',').length < 4) return undefined;
  const a = s.lastIndexOf(',', i - 1);
  const b = s.indexOf(',', i);
  return s.slice(Math.max(a + 1, open + 1), b < 0 || b > close ? close : b).trim();
}

/** ";", "!", "?", or a "." followed by a space or the end ("1.5%" and "e.g." do not end a sentence). */
function sentenceEnd(s: string, k: number): boolean {
  const c = s[k];
  if (c === ';' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  const n = s[k + 1];
  if (n !== undefined && n !== ' ' && n !== '\n') return false;
  return !/(?:\be\.g|\bi\.e|\bvs|\betc)$/.test(s.slice(Math.max(0, k - 4), k));
}

const HEDGE_WORD = /\b(?:probably|maybe|might|perhaps|possibly|i guess|we(?:'?ll| will) see|not sure|unsure|no idea|haven'?t (?:really )?(?:thought|decided|figured)|i'?m not certain)\b/;
const HEDGE_WORDS = new RegExp(HEDGE_WORD.source, 'g');

/**
 * Said with a hedge, not a commitment: the keyword's sentence hedges ("Accuracy, probably, or
 * AUC") and the text hedges at least twice ("… Maybe we look at …", "we'd probably train on older
 * cohorts … Haven't really thought about it"). One "probably" alone is a choice still.
 */
function hedged(low: string, index: number): boolean {
  if (!HEDGE_WORD.test(low) || (low.match(HEDGE_WORDS)?.length ?? 0) < 2) return false;
  return HEDGE_WORD.test(sentenceAt(low, index));
}

/** A sentence about common practice: "Usually, online evaluation involves A/B tests …". */
const PRACTICE_WORDS = String.raw`usually|typically|normally|traditionally|generally|in general|conventionally|commonly`;
const GENERAL_PRACTICE = new RegExp(String.raw`^\s*(?:${PRACTICE_WORDS}|in most (?:cases|systems|companies))\b,?`);
/** The next sentence turns to what this work does instead: "But in our case, instead of …". */
const OUR_CASE_INSTEAD = /^\s*(?:but|however|yet|instead)\b,?\s*(?:in our case|here|for us|in (?:this|our) (?:project|work|system|case|setup|design)|we|instead)\b/;

/**
 * Common practice described, then set aside: "Usually, online evaluation involves A/B tests …. But
 * in our case, instead of comparing with another model, we looked at the logs." The first sentence
 * commits to nothing.
 */
const PRACTICE_WORD = new RegExp(String.raw`\b(?:${PRACTICE_WORDS}|in most)\b`);

function setAsidePractice(low: string, index: number): boolean {
  if (!PRACTICE_WORD.test(low) || !GENERAL_PRACTICE.test(sentenceAt(low, index))) return false;
  let b = index;
  while (b < low.length && !sentenceEnd(low, b)) b++;
  return OUR_CASE_INSTEAD.test(low.slice(b + 1, b + 80));
}

/** A clause that asks rather than says: "asked whether …", "it is unclear if …", "wondering whether …". */
const INDIRECT_QUESTION = /\b(?:asked|asks|asking|wonder(?:s|ed|ing)?|(?:it(?:'s| is| was) )?unclear|not (?:yet )?(?:clear|known|sure|certain)|(?:the )?(?:open )?question (?:is|was|remains)) (?:whether|if)\b/;

/** Is the keyword at [index, index+len) of lower-cased `low` negated? */
export function isNegated(low: string, index: number, len: number, mode: NegationMode): boolean {
  if (mode === 'none') return false;
  if (hedged(low, index)) return true;
  if (setAsidePractice(low, index)) return true;
  const re = mode === 'any' ? NEG_BEFORE_ANY : NEG_BEFORE_STRONG;
  const rest = sentenceRest(low, index + len);
  // quoted terms ('"not spam" clicks') are names, not negations
  const start = clauseStart(low, index);
  const before = low.slice(start, index).replace(/"[^"]*"|“[^”]*”|'[^' ]+(?: [^' ]+){0,3}'/g, ' ');
  // "we will not do an A/B test because …", "we don't monitor drift yet": a refusal stays a refusal
  // whatever reason follows; "skew is not an issue because …" gives the mechanism
  // "Femi asked whether the fraud team's class-weighting change explains the drop": put as a question, not done here
  if (INDIRECT_QUESTION.test(before)) return true;
  if (re.test(before) && !purposeNegation(before, re)) return !BECAUSE.test(rest) || REFUSAL.test(before);
  const head = listHead(low, start, index);
  if (head !== undefined && re.test(head) && !purposeNegation(head, re)) return !BECAUSE.test(rest);
  const after = low.slice(index + len, index + len + 60);
  if (NEG_AFTER.test(after) || NEG_AFTER_PAST.test(after)) return !BECAUSE.test(rest);
  if (NEG_AFTER_COLON.test(after) || (after.includes('which') && NEG_AFTER_WHICH.test(after))) return true;
  if (NO_SUBSTANCE.test(rest) || /\bonly (?:when|after|once) (?:i |we |the interviewer )?(?:asked|prompted|pushed|probed)\b/.test(before)) return true;
  return false;
}

/**
 * A vague-sounding phrase that is not a requirement: a comparison ("faster than that"), a
 * serving-mode choice with its reason ("online (real-time) because queries are free text"), or a
 * description of the data ("a very large number of related time series") outside a requirement.
 * `s` is the sentence, `at` the phrase's index in it.
 */
export function vagueIsNotRequirement(s: string, at: number, phrase: string, requirementish: boolean): boolean {
  const after = s.slice(at + phrase.length, at + phrase.length + 24);
  if (/^(?:er)? than\b/.test(after)) return true;
  if (/real[- ]?time|low[- ]latency/.test(phrase)) {
    const modeChoice = /\b(?:online|offline|batch|streaming|on[- ]demand|precomput\w*|synchronous\w*|asynchronous\w*)\b/.test(s) || /^ per (?:message|request|order|event|item|transaction|ticket|query|listing)\b/.test(after);
    const reason = /\b(?:because|since|as|so that|given that)\b/.test(after + s.slice(at + phrase.length));
    if (modeChoice && reason) return true;
    if (/^\)/.test(after) && /\b(?:online|streaming)\s*\($/.test(s.slice(Math.max(0, at - 12), at))) return !/\b(?:must|needs? to)\b/.test(s) || reason;
  }
  if (/number of|large[- ]scale|massive scale/.test(phrase) && !requirementish) return true;
  return false;
}

/**
 * First match of `re` (which must have the `g` flag) in `low` that is not negated, or undefined.
 */
export function findAffirmed(low: string, re: RegExp, mode: NegationMode = 'any'): RegExpExecArray | undefined {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(low)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!isNegated(low, m.index, m[0].length, mode)) {
      re.lastIndex = 0;
      return m;
    }
    if (++guard > 50) break;
  }
  re.lastIndex = 0;
  return undefined;
}

/** Number of words of at least two letters that are not stop words: how much a unit says. */
const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'for', 'in', 'on', 'with', 'by', 'is', 'are', 'be', 'we', 'our', 'it',
  'its', 'as', 'at', 'from', 'that', 'this', 'these', 'those', 'will', 'can', 'e', 'g', 'eg', 'etc', 'via', 'per',
  'vs', 'than', 'then', 'if', 'into', 'use', 'using', 'used',
]);

export function contentWords(low: string): number {
  const words = low.match(/[a-z][a-z0-9'-]+/g);
  if (!words) return 0;
  let n = 0;
  for (const w of words) if (!STOP.has(w)) n++;
  return n;
}

/**
 * Word index keys. A word is a run of letters with trailing digits ("p99"), a number, "a/b",
 * "$" or "%"; its key packs its first four characters into a number (a cheap stem: "retraining",
 * "retrain" and "retrained" share "retr"). Letters are lower-cased on the fly.
 */
function charCode40(c: number): number {
  if (c >= 97 && c <= 122) return c - 96; // a-z → 1..26
  if (c >= 48 && c <= 57) return c - 21; // 0-9 → 27..36
  if (c === 36) return 37; // $
  if (c === 47) return 38; // /
  if (c === 37) return 39; // %
  return 0;
}

/** Key of a word (already a single token, any case). */
export function stemKey(w: string): number {
  let k = 0;
  for (let i = 0; i < 4; i++) {
    let c = i < w.length ? w.charCodeAt(i) : 0;
    if (c >= 65 && c <= 90) c += 32;
    k = k * 40 + (i < w.length ? charCode40(c) : 0);
  }
  return k;
}

/** Calls `fn` with the key of every word of `s`. */
export function forEachWordKey(s: string, fn: (key: number) => void): void {
  const keys: number[] = [];
  wordKeysInto(s, keys);
  for (let k = 0; k < keys.length; k++) fn(keys[k]);
}

/** Appends the key of every word of `s` to `out`, in order (forEachWordKey without a callback). */
export function wordKeysInto(s: string, out: number[]): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const letter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (c === 36 || c === 37) {
      // "$" and "%" are words of their own ("$40k/month", "1% → 10%")
      out.push((c === 36 ? 37 : 39) * 64000);
      i++;
      continue;
    }
    if (!letter && !digit) {
      i++;
      continue;
    }
    // "a/b"
    if (c === 97 && i + 2 < n && s.charCodeAt(i + 1) === 47) {
      const b = s.charCodeAt(i + 2) | 32;
      const after = i + 3 < n ? s.charCodeAt(i + 3) | 32 : 0;
      const prev = i > 0 ? s.charCodeAt(i - 1) | 32 : 0;
      if (b === 98 && !(after >= 97 && after <= 122) && !(prev >= 97 && prev <= 122)) {
        out.push(((1 * 40 + 38) * 40 + 2) * 40);
        i += 3;
        continue;
      }
    }
    let k = 0;
    let len = 0;
    if (letter) {
      while (i < n) {
        let d = s.charCodeAt(i);
        if (d >= 65 && d <= 90) d += 32;
        if (!(d >= 97 && d <= 122)) break;
        if (len < 4) k = k * 40 + (d - 96);
        len++;
        i++;
      }
      while (i < n) {
        const d = s.charCodeAt(i);
        if (!(d >= 48 && d <= 57)) break;
        if (len < 4) k = k * 40 + (d - 21);
        len++;
        i++;
      }
    } else {
      while (i < n) {
        const d = s.charCodeAt(i);
        if (!(d >= 48 && d <= 57)) break;
        if (len < 4) k = k * 40 + (d - 21);
        len++;
        i++;
      }
    }
    for (let p = Math.min(len, 4); p < 4; p++) k *= 40;
    out.push(k);
    // also the 3-character prefix, so a 3-letter trigger ("opt") finds "opted", "opt-out"
    if (len >= 4) out.push(Math.floor(k / 40) * 40);
  }
}

/**
 * Index keys a regex can only match through: the letter runs of its source (escapes removed),
 * keyed like stemKey. Over-inclusive by design (a fragment like "imum" just adds candidates).
 */
export function regexKeys(re: RegExp): number[] {
  const src = re.source.replace(/\\[bBwWdDsSnrt]/g, ' ').replace(/\\u\{?[0-9a-fA-F]+\}?/g, ' ').toLowerCase();
  // "down-?sampl" also matches "downsampled": join words across optional separators too
  const joined = src.replace(/\[[- /]+\]\?|-\?|\\?\/\?/g, '');
  const out = new Set<number>();
  for (const s of [src, joined]) {
    for (const run of s.split(/[^a-z]+/)) {
      if (run.length >= 3 && !COMMON_RUNS.has(run)) out.add(stemKey(run));
    }
  }
  return [...out];
}

/**
 * Letter runs too common to select anything ("the", "per", "with"): a regex alternative made
 * only of these needs an explicit trigger word.
 */
const COMMON_RUNS = new Set([
  'the', 'and', 'for', 'per', 'are', 'was', 'not', 'all', 'any', 'can', 'has', 'one', 'two', 'new', 'our', 'out',
  'use', 'day', 'end', 'top', 'set', 'get', 'run', 'see', 'way', 'its', 'own', 'how', 'why', 'who', 'you', 'but',
  'also', 'with', 'from', 'that', 'this', 'into', 'over', 'than', 'then', 'when', 'what', 'each', 'every', 'more',
  'less', 'only', 'some', 'they', 'them', 'their', 'there', 'these', 'those', 'will', 'would', 'could', 'should',
  'have', 'been', 'being', 'were', 'which', 'while', 'after', 'before', 'about', 'under', 'between', 'within',
  'without', 'other', 'same', 'such', 'very', 'just', 'like', 'used', 'using', 'based', 'time', 'times', 'data',
  'user', 'users', 'model', 'models', 'make', 'made', 'need', 'needs', 'want', 'first', 'last', 'next', 'well',
  'high', 'low', 'long', 'short', 'good', 'best', 'most', 'many', 'much', 'does', 'done', 'doing', 'must', 'may',
  'might', 'shall', 'here', 'where', 'both', 'either', 'neither', 'none', 'ing', 'ed', 'es', 'ies', 'ion', 'ions',
  'ment', 'ness', 'able', 'ive', 'ise', 'ize', 'ised', 'ized', 'ing', 'ation', 'ations', 'ally',
]);
// ---------------------------------------------------------------------------------------------
// Numbers written in words

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE_WORD: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORDS =
  /\b(?:(a|an)|(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?)(?: (hundred))?(?: (thousand|million|billion))?s?\b/g;
/** Units after which a single small number word is a quantity ("two seconds", "one second"). */
const SMALL_UNIT = /^\s*(?:ms|millisecond|second|sec|minute|min|hour|hr|day|week|month)/;

/**
 * Rewrites numbers written in words as digits ("fifty thousand" → "50000", "under two seconds" →
 * "under 2 seconds", "a billion" → "1000000000"), so the numeric rules read them. A lone small
 * word ("one model") is only rewritten before a unit; "a"/"an" only before hundred/thousand/….
 * Returns the input itself when there is nothing to rewrite. Linear: one regex pass.
 */
export function spellNumbers(low: string): string {
  // pure in `low`: several numeric rules ask for the same unit text, and on-type linting asks again
  const hit = SPELL_MEMO.get(low);
  if (hit !== undefined) return hit;
  const out = spellNumbersUncached(low);
  if (SPELL_MEMO.size >= SPELL_MEMO_MAX) SPELL_MEMO.clear();
  SPELL_MEMO.set(low, out);
  return out;
}
const SPELL_MEMO = new Map<string, string>();
const SPELL_MEMO_MAX = 20_000;

function spellNumbersUncached(low: string): string {
  if (!/(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|teen|ty|hundred|thousand|million|billion)\b/.test(low)) return low;
  NUMBER_WORDS.lastIndex = 0;
  return low.replace(NUMBER_WORDS, (all, a, small, tens, unit, hundred, scale, offset: number) => {
    let n: number;
    if (a) {
      if (!hundred && !scale) return all;
      n = 1;
    } else if (small) n = SMALL[small];
    else n = TENS[tens] + (unit ? SMALL[unit] : 0);
    if (hundred) n *= 100;
    if (scale) n *= SCALE_WORD[scale];
    if (small && !hundred && !scale && !SMALL_UNIT.test(low.slice(offset + all.length, offset + all.length + 14))) return all;
    return String(n);
  });
}

// ---------------------------------------------------------------------------------------------
// Typos in key terms

/**
 * Key terms whose one-letter misspellings ("clasification", "lantency", "lossses", "moniter") are
 * read as the term. Only these words are corrected, and only words of six letters or more.
 */
const TYPO_KEYS = [
  'purpose', 'classify', 'classification', 'classifier', 'recommendation', 'recommendations', 'recommender', 'regression', 'latency',
  'throughput', 'monitor', 'monitoring', 'monitored', 'baseline', 'features', 'feature', 'labels', 'labelled',
  'labeled', 'losses', 'training', 'retrain', 'retraining', 'dashboard', 'dashboards', 'deployment', 'canary',
  'shadow', 'rollout', 'rollback', 'metrics', 'precision', 'recall', 'accuracy', 'privacy', 'embedding',
  'embeddings', 'inference', 'prediction', 'predictions', 'evaluation', 'offline', 'online', 'experiment',
  'guardrail', 'guardrails', 'distribution', 'distributions', 'imbalance', 'leakage', 'validation',
  'architecture', 'serving', 'budget', 'requests', 'objective', 'business', 'ranking', 'drift', 'alerts',
  'alerting', 'anomaly', 'anomalies', 'threshold', 'personalization', 'personalisation', 'freshness',
  'interpretability', 'explainability', 'oversampling', 'undersampling', 'stratified', 'randomized',
  'randomised', 'percentile', 'pipeline', 'streaming', 'real-time', 'batch', 'scaling', 'autoscaling',
];
const TYPO_KEY_SET = new Set(TYPO_KEYS);
/** Real words one edit away from a key term: never corrected. */
const TYPO_REAL = new Set([
  'raining', 'bosses', 'tosses', 'mosses', 'tossed', 'serving', 'nerving', 'batches', 'drifts', 'shadows', 'precisions', 'candy', 'remain', 'retrains', 'obtain',
  // found by running the corrector over every word of the fixtures and docs
  'trailing', 'draining', 'straining', 'throughout', 'retain', 'retains', 'retaining', 'banking', 'tanking', 'cranking', 'employment', 'employments', 'patency',
  // "pretrain a single view model", "data for pretraining": training before fine-tuning, not retraining
  'pretrain', 'pretraining',
]);
/**
 * One-letter deletions of each key → the key, and where its letter was deleted (a wrong letter
 * deletes at the same place, a swap next to it). Symmetric-delete lookup: cheap and bounded.
 */
const TYPO_DELETES = new Map<string, { readonly key: string; readonly at: number }>();
for (const k of TYPO_KEYS) {
  // not the last letter: "request" is not a typo of "requests", nor "monitore" of "monitored"
  for (let i = 0; i < k.length - 1; i++) {
    const d = k.slice(0, i) + k.slice(i + 1);
    if (!TYPO_KEY_SET.has(d) && !TYPO_DELETES.has(d)) TYPO_DELETES.set(d, { key: k, at: i });
  }
}

function typoKey(w: string): string | undefined {
  if (TYPO_KEY_SET.has(w) || TYPO_REAL.has(w)) return undefined;
  // a dropped letter: "clasification"
  const dropped = TYPO_DELETES.get(w);
  if (dropped !== undefined) return dropped.key;
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    // an extra letter: "lantency", "lossses" — but not an inflection ("monitors", "rankings")
    if (TYPO_KEY_SET.has(d)) return i >= w.length - 1 && (w.endsWith('s') || w.endsWith('d')) ? undefined : d;
    // a wrong or swapped letter in a longer word: "moniter", "dashbaord"
    // ("calling" is not "scaling": deleting different letters is two edits, not one)
    if (w.length >= 7) {
      const k = TYPO_DELETES.get(d);
      // the same place is a wrong letter; next to it, a swap only when the two letters trade places
      // ("predicting" is two edits from "prediction", though a letter deleted from each meets)
      if (k !== undefined && k.key.length === w.length && (k.at === i || (Math.abs(k.at - i) === 1 && w.charCodeAt(i) === k.key.charCodeAt(k.at)))) return k.key;
    }
  }
  return undefined;
}

/** word → its correction, or null: docs repeat their words, so each is looked at once. */
const TYPO_MEMO = new Map<string, string | null>();

/**
 * Which three-letter starts (bit 1) and ends (bit 2) the key terms have, by a*676 + b*26 + c.
 * One edit (a letter dropped, added, changed or swapped with its neighbour) leaves a word of six
 * letters or more either its first three letters or its last three: a word with neither a key's
 * start nor a key's end is no typo of a key (typoKey gives undefined), and is passed over without
 * being cut out and looked up.
 */
const TYPO_ENDS = new Uint8Array(26 * 26 * 26);
let typoMinLen = Infinity;
let typoMaxLen = 0;
for (const k of TYPO_KEYS) {
  const c = (i: number): number => k.charCodeAt(i) - 97;
  const inRange = (i: number): boolean => c(i) >= 0 && c(i) < 26;
  if (inRange(0) && inRange(1) && inRange(2)) TYPO_ENDS[c(0) * 676 + c(1) * 26 + c(2)] |= 1;
  const n = k.length;
  if (inRange(n - 3) && inRange(n - 2) && inRange(n - 1)) TYPO_ENDS[c(n - 3) * 676 + c(n - 2) * 26 + c(n - 1)] |= 2;
  typoMinLen = Math.min(typoMinLen, n);
  typoMaxLen = Math.max(typoMaxLen, n);
}

/**
 * Could `low[from, to)` (a run of a-z) be one edit from a key term? Its length within one of a
 * key's, and its first three letters a key's first three or its last three a key's last three.
 */
function mayBeTypo(low: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < typoMinLen - 1 || n > typoMaxLen + 1) return false;
  const head = (low.charCodeAt(from) - 97) * 676 + (low.charCodeAt(from + 1) - 97) * 26 + (low.charCodeAt(from + 2) - 97);
  if ((TYPO_ENDS[head] & 1) !== 0) return true;
  const tail = (low.charCodeAt(to - 3) - 97) * 676 + (low.charCodeAt(to - 2) - 97) * 26 + (low.charCodeAt(to - 1) - 97);
  return (TYPO_ENDS[tail] & 2) !== 0;
}

/**
 * Lower-cased text with one-letter misspellings of key terms corrected and "no. of" read as
 * "number of" (the same string when none).
 */
export function fixTypos(low: string): string {
  let out: string | undefined;
  let last = 0;
  const len = low.length;
  let i = 0;
  // every run of six or more letters a-z (a word), as /[a-z]{6,}/g finds them
  while (i < len) {
    const c = low.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const from = i;
    i++;
    while (i < len) {
      const d = low.charCodeAt(i);
      if (d < 97 || d > 122) break;
      i++;
    }
    const n = i - from;
    if (n < 6 || n > 17 || !mayBeTypo(low, from, i)) continue;
    const w = low.slice(from, i);
    let k = TYPO_MEMO.get(w);
    if (k === undefined) {
      k = typoKey(w) ?? null;
      if (TYPO_MEMO.size >= 50000) TYPO_MEMO.clear();
      TYPO_MEMO.set(w, k);
    }
    if (k !== null) {
      out = (out ?? '') + low.slice(last, from) + k;
      last = from + n;
    }
  }
  const fixed = out === undefined ? low : out + low.slice(last);
  // "No. of clicks", "no of friend requests": the notes' abbreviation of "number of", not a negation
  return NO_OF.test(fixed) ? fixed.replace(NO_OF_G, 'number of ') : fixed;
}
const NO_OF = /\bno\.? of (?!course\b)/;
const NO_OF_G = new RegExp(NO_OF.source, 'g');
