/**
 * 1. Clarify requirements: business objective, the numbers (latency, throughput, scale, budget),
 * scope, privacy. Numeric items need a number with a unit; "low latency" is not a target.
 */
import type { ParsedDoc, Unit } from '../parse';
import { asksAt, affirmed, ancestorRaws, anyMatch, CHOSEN_ROW, ctxHas, g, headingOf, inSection, isDataDictionary, PROS_CONS_CAPTION, PROS_CONS_HEADER, realHeadingOf, RESOURCE_TABLE, saysNo, sentenceAt, WORK_STAGE_VALUE, sentenceBounds, stated, valueNegated, valueOf, verbNegatedAt } from './helpers';
import { contentWords, findAffirmed, isNegated, SAMPLE_OUTPUT, spellNumbers } from '../text';
import type { ItemSpec } from './types';
import { classifyHeadingAll } from '../../outline';

// --- business objective ------------------------------------------------------------------------

const BIZ_NOUN =
  /\b(revenue|financial (?:benefits?|returns?|gains?|value)|(?<!\b(?:real|run|compile|build|load|up|down|wall|cpu|gpu|any|some|every|each)[- ])time (?:from|between) (?:the |first |a )?[a-z-]+|(?:the )?time (?:it )?takes (?:to|for) (?:\w+ ){0,3}(?:approv|process|review|resolv|answer|handl|complet|deliver|ship|onboard|triag|find|book)\w*|turnaround(?: times?)?|(?:approval|resolution) times?|time[- ]to[- ](?:first[- ])?[a-z]+|productivity|toil|hours saved|(?:review|merge|triage|response|handling) (?:time|latency|backlog)|backlogs?|profits?|margins?|engagement|retention|churn|bookings?|conversions?|monetiz\w*|paying (?:users|customers|subscribers)|sales|gmv|purchases?|orders|subscriptions?|subscribers|(?:user|customer|member|rider|driver|seller|buyer|advertiser) (?:satisfaction|experience|trust|retention|safety)|satisfaction|(?:workplace |operator |worker |employee |staff |patient )?(?:injur(?:y|ies)|accidents?)|(?:better|improved|enhanced|smoother|seamless|great(?:er)?) experience|experience (?:for|of) (?:the |our |its )?(?:[\w-]+,? ){0,2}(?:users?|customers?|readers|writers|seekers|askers|members|riders|drivers|sellers|buyers|players|patients|students|viewers|listeners|shoppers|guests|hosts|merchants|visitors|subscribers)|trust|safety|(?:fraud|financial|credit) loss(?:es)?|losses|(?:electricity|energy|power|utility|water|gas|phone|medical|hospital|monthly|annual) bills?|(?:transmission|delivery|shipping|service|transaction|late|overdraft|network|bank|interchange) (?:charges|fees)|(?:operating|operational|running|travel|medical|monthly|annual) expenses|expenditures?|chargebacks?|costs?|spend|roi|time spent|watch[- ]time|dwell[- ]time|dau|mau|growth|adoption|cancell?ations?|on-time|delivery time|wait(?:ing)? time|support (?:tickets|contacts|costs?)|ticket (?:volume|counts?|load)|manual review|operational|efficiency|harm|exposure|complaints|clicks?|click-through|ctr|ltv|lifetime value|market share|acquisition|renewals?|defaults?|write-?offs?|inventory|waste|stock-?outs?|sign-?ups|registrations|attendance|tickets|discovery|relevance|abuse|spam|refunds?|waste|spoilage|fines?|liability|lawsuits?|reputation\w*|brand (?:safety|trust|damage)|legal (?:risk|exposure|obligations?)|regulatory (?:risk|exposure|fines?)|privacy (?:incidents?|complaints|risk)|incidents?|downtime|uptime|outages?|breakdowns?|availability(?![- ]zones?| of (?:the |our |this |its )?(?:service|api|server|system|endpoint|app|application|website|container|cluster)s?\b)|(?:order |cycle |turnaround |handling |resolution |waiting |cruising |search(?:ing)? )times?|(?:listening|viewing|reading|playing|streaming|usage) (?:hours|time|minutes)|hours (?:listened|watched|played|streamed)|plays|streams|sessions|visits|active (?:users|days)|productivity|labou?r (?:hours|costs?)|(?:agent|staff|analyst|reviewer|employee|engineer|nurse|clinician|moderator)s?'? (?:time|hours|capacity|workload)|congestion|accidents?|injur(?:y|ies)|hedg\w* (?:errors?|costs?)|(?:the )?lengths? of (?:hospital |patient |inpatient )?stays?|readmissions?(?: rates?)?|mortality(?: rates?)?|(?:patient|clinical|health) outcomes|bed (?:occupancy|days))\b/;
// ("rate-limiting", "auto-scaling": the second half of a hyphenated word is no verb)
const BIZ_VERB =
  /(?<!-)\b(increas|renew(?!al)|bring(?=\w* (?:(?:the|our|its|their) )?(?:[\w-]+ ){0,3}(?:down|up)\b)|(?<=\b(?:what|which|that) )mov(?=es\b)|shorten|speed|accelerat|improv|maximi[sz]|reduc|minimi[sz]|grow|boost|driv|rais|lower|cut|prevent|protect|sav|decreas|lift|optimi[sz]|keep|help|enabl|avoid|stop|catch|block|limit|curb|fight|combat|incremental|free(?:s|d|ing)?(?= up\b| (?:(?:about|around|roughly|nearly|over|up to) |~ ?)?(?:\d|(?:our|their|the|staff|engineers|agents|analysts|reviewers|people|time|capacity|hours)\b)))\w*/;
const GOAL_PHRASE =
  /\b(business (?:objectives?|goals?|metrics?|impact|value|problem|needs?|outcomes?|kpis?|case)|(?:goal|objective|aim|purpose|motivation|mission)s?\s*\??\s*(?:is|are|(?::|—|->|-|→|=)\s*(?=[a-z0-9]))|we want to|aims? to|in order to|so that|north[- ]star|success (?:means|looks like|is|metric)|why (?:now|this matters)|the business)\b/;
const BIZ_LABEL = /^business$|^(?:business |product )?(?:objectives?|goals?|motivation|why|purpose|background|impact|value proposition|success(?: metrics?| criteria)?|business (?:problem|context|case))$|^what (?:we|the business|the team|they) (?:want|need|are after|'re after)$/;

const MOVE_FROM_TO =
  /\b(?:rais|increas|grow|lift|boost|reduc|cut|lower|decreas|improv|bring(?:ing)? down|doubl|halv|shorten|deflect)\w*\b[^.;:]{1,80}?\bfrom (?:~|about |around )?[$€£]?[\d.,]+\s*(?:%|percent|[kmb]\b|[a-z]+)?\s*(?:to|→|->) (?:~|about |≤|<|under |below |above |over )?[$€£]?[\d.,]+/g;
const NOT_BUSINESS_TARGET = /\b(?:latency|p\d\d|ms|milliseconds?|qps|rps|throughput|memory|ram|gpu|cpu|model size|parameters|auc|ndcg|f1|recall|precision|accuracy|mae|rmse|log ?loss|loss)\b/;

/** Under the requirements section, or before any section heading. */
function inRequirements(u: Unit): boolean {
  return u.sections.length === 0 || inSection(u, 'requirements');
}

/** An objective stated as the model's task ("given a prefix and context, order completions by …", "minimise log loss"). */
const ML_TASK_VALUE = /^(?:given\b|(?:to )?(?:predict|estimate|classify|rank|order|score|forecast|regress|detect|generate|retrieve|minimi[sz]e|maximi[sz]e (?:the )?(?:likelihood|ndcg|auc|recall|precision|log))\w*\b)/;

/** "Goal: prediction task is to determine whether a person makes over 50K a year": the ML task as the goal. */
const TASK_IS_VALUE = /^(?:the |our |this |my )?(?:prediction|classification|regression|ml|machine learning|learning|modell?ing|forecasting) (?:task|problem) (?:is|will be) (?:to )?(?:predict|determine|classify|estimate|forecast|detect|identify|recogni[sz]e|tell)\w*\b/;

const BUILD_ML_VALUE = /^(?:to )?(?:develop|build|create|design|train|implement|make) (?:an? |the )?(?:[\w-]+ )?(?:ml|machine learning|deep learning|ai|predictive|classification|detection)? ?(?:system|model|classifier|detector|pipeline|algorithm|network|solution) (?:that|which|to|able to)\b/;

/** A label's value that defines a measure ("Percentage of revenue changes over a period of time", "Number of bookings per visit"). */
const METRIC_DEFINED = /^\s*(?:the )?(?:percentage|percent|share|ratio|fraction|proportion|number|count|rate|average|mean|sum|total|amount) (?:of|per)\b/;

/** The value after a unit's label opens with a question (the question itself is dropped from u.low, so read u.raw). */
function labelValueAsked(u: Unit): boolean {
  if (!u.raw.startsWith(u.label)) return false;
  const v = u.raw.slice(u.label.length).replace(/^[\s*_]*[:|]\s*/, '');
  return asksAt(v, 0);
}

/** A heading that is the business goal itself ("## 2. Business Objective", "### Business goals"). */
const BUSINESS_GOAL_HEADING = /^(?:the )?business (?:objectives?|goals?|value)$/;

function businessObjective(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "Revenue lift: Percentage of revenue changes over a period of time": a metric named and defined, no goal set
  if (u.label && !BIZ_LABEL.test(u.label) && METRIC_DEFINED.test(valueOf(u)) && !BIZ_VERB.test(valueOf(u))) return false;
  // "Pros" → "- Lower cost": what one option offers, weighed against another, not the goal of the system
  if (u.kind === 'item' && PROS_CONS_CAPTION.test(u.parentText.trim())) return false;
  // "| Option | Pros | Cons |" → "| text-embedding-3-small | Lower cost | Slightly lower recall |": an option weighed
  if (u.kind === 'row' && PROS_CONS_HEADER.test(u.parentText)) return false;
  // ("Business goal: what are we optimizing — engagement, revenue, retention? This drives everything": the goal asked, not set)
  if (u.label && BIZ_LABEL.test(u.label.replace(/\s*\([^)]*\)\s*$/, '')) && contentWords(valueOf(u)) >= 3 && !valueNegated(u) && !labelValueAsked(u) && !WORK_STAGE_VALUE.test(valueOf(u))) {
    const v = valueOf(u);
    // the model's task as the objective; "Goal: develop an ML system that can accurately predict if a
    // pedestrian is going to jaywalk": the ML task restated, with no outcome for the business or its users
    const mlOnly = (/^objectives?$/.test(u.label) && ML_TASK_VALUE.test(v)) || (/^(?:objectives?|goals?|aims?)$/.test(u.label) && TASK_IS_VALUE.test(v)) || (/^(?:objectives?|goals?)$/.test(u.label) && BUILD_ML_VALUE.test(v) && !BIZ_NOUN.test(v) && !BIZ_VERB.test(v));
    // "Impact: 1% hedging requests bring down the p99 by 20%": a system metric moved, no business outcome
    const systemOnly = NOT_BIZ_OBJECT.test(v) && !BIZ_NOUN.test(v);
    // "Purpose: Establish performance floor" under the baseline, "**Purpose:** Abstract cloud provider
    // differences" under a component: what a part of the system is for, unless an outcome is named
    const partOnly = !inRequirements(u) && !inSection(u, 'framing') && /^(?:purpose|goals?|objectives?|aims?)$/.test(u.label) && !BIZ_NOUN.test(v);
    if (!mlOnly && !systemOnly && !partOnly) return true;
  }
  // "## 2. Business Objective" → "The model supports:" → "- Loan approval automation": what the heading names, listed under it
  if (u.kind === 'item' && BUSINESS_GOAL_HEADING.test(realHeadingOf(u, doc)) && contentWords(low) >= 2 && !u.flags && !valueNegated(u)) return true;
  // "this is a legal requirement" / "regulators require" — the why of a compliance system
  if (anyMatch(low, LEGAL_WHY, 'strong', (m) => !asksAt(low, m.index))) return true;
  // "This document describes the ML pipeline that is used to help with triaging issues": what the
  // system is for, said of the system; "Knowing the category of each product is critically important
  // …, as category is used to compute Nutriscore": why the prediction matters, in the opening lines
  if ((u.sections.length === 0 || inRequirements(u)) && (anyMatch(low, SYSTEM_PURPOSE, 'strong') || anyMatch(low, IMPORTANT_BECAUSE, 'strong', (m) => !TECHNIQUE_SUBJECT.test(subjectBefore(low, m.index))))) return true;
  // "raise the containment rate from 31% to 40%": an outcome moved between two numbers, among the
  // requirements (not a latency, size or model-metric target)
  if (inRequirements(u)) {
    const mv = anyMatch(low, MOVE_FROM_TO, 'strong');
    if (mv && !NOT_BUSINESS_TARGET.test(mv[0])) return true;
  }
  // "The purpose of this project is to provide a loan prediction for people so that banks and finance
  // providers can make unbiased decisions": what the project is for, said as what it lets people do
  // (in the opening lines: the first paragraph under a title heading such as "Loan Prediction Service")
  // "Repository for a project to prioritize individuals currently facing eviction for rental assistance",
  // "an experimental project aimed at identifying possible faster trade indicators", "Better equipments,
  // in turn, can aid patients …": what the project is for and whom it helps, in the opening lines
  if ((u.sections.length === 0 || u.index === 0 || inRequirements(u)) && OPENING_PURPOSE.some((re) => anyMatch(low, re, 'strong'))) return true;
  // "accurate sales forecasting is crucial for making informed decisions related to:" → "- 💸 Revenue planning",
  // "- ❌ Reducing overstock and understock situations": what the predictions serve, listed under why they matter
  if (u.kind === 'item' && (u.sections.length === 0 || inRequirements(u)) && MATTERS_FOR_CAPTION.test(u.parentText) && /\b(?:decisions?|business\w*|industry|planning|operations|customers?|users?|patients?|companies|retail\w*)\b/.test(u.parentText) && !TECHNIQUE_SUBJECT.test(u.parentText.split(/\b(?:is|are)\b/)[0]) && (BIZ_NOUN.test(low) || /^\W*(?:reduc|increas|improv|cut|lower|avoid|prevent|sav|grow|boost|align)\w*\b/.test(low)) && contentWords(low) >= 2) return true;
  // the outcome said anywhere: "… so that they lose less of their crop", "… eases the burden of medical
  // providers", "These predictions can then be used by Ceph … thus making it more resource efficient"
  if (OUTCOME_SAID.some((re) => anyMatch(low, re, 'strong'))) return true;
  // "The goal of this project is to reduce human interventions per 1,000 picks", "with the aim
  // of reducing exposure": a goal stated as an outcome to move, whatever its domain noun
  const goal = anyMatch(low, GOAL_STATEMENT, 'strong');
  if (goal && !NOT_BIZ_OBJECT.test(low.slice(goal.index + goal[0].length, goal.index + goal[0].length + 60).split(/[.;]/)[0])) return true;
  // "## Goals" / "1. Cut lost rides caused by low battery by 25%": an outcome to move, listed as a goal
  if (GOAL_ITEM.test(low) && !NOT_BIZ_OBJECT.test(low.split(/[.;]/)[0]) && (u.kind === 'item' || u.kind === 'row' || (u.kind === 'para' && contentWords(low) <= 25)) && ctxHas(u, doc, GOALS_CTX)) return true;
  // "Reduce WISMO contact volume by 15% and SLA penalty credits by 10% in 12 months" among the requirements
  if (inRequirements(u) && GOAL_ITEM.test(low) && /\bby (?:~|about )?\d+(?:\.\d+)? ?%/.test(low.split(/[.;]/)[0]) && !NOT_BIZ_OBJECT.test(low.split(/[.;]/)[0])) return true;
  // "would save the industry over 15,000,000 dollars annually": the money the system saves
  if (anyMatch(low, MONEY_SAVED, 'strong', (m) => !/\b(?:gpus?|cpus?|compute|infra\w*|hosting|cloud|servers?|serving|training|inference|storage|bandwidth)\b/.test(sentenceAt(low, m.index)))) return true;
  // the context check is pure and only needed when a sentence has neither verb nor goal phrase:
  // computed at most once, on first need
  let byContext: boolean | undefined;
  return !!anyMatch(low, BIZ_NOUN_G, 'strong', (m) => {
    // "what are we optimizing — engagement, revenue, retention, or discovery?": the goal asked, not set
    if (asksAt(low, m.index)) return false;
    // "maximise the predicted probability of a click", "click probability": what the model predicts
    if (PREDICTED_BEFORE.test(low.slice(Math.max(0, m.index - 48), m.index)) || PREDICTED_AFTER.test(low.slice(m.index + m[0].length, m.index + m[0].length + 24))) return false;
    // "Examples: Speeding tickets, Running a red light": a traffic citation, not a support ticket
    if (m[0] === 'tickets' && /\b(?:speeding|parking|traffic|plane|flight|train|bus|concert|movie|lottery|raffle|event) $/.test(low.slice(Math.max(0, m.index - 12), m.index))) return false;
    // "keeps computation cost in check", "a model with lower training cost": what the system costs to run, not a business outcome
    if (/^(?:costs?|spend)$/.test(m[0]) && SYSTEM_COST_BEFORE.test(low.slice(Math.max(0, m.index - 24), m.index))) return false;
    // "cost of compute/memory for your model", "serverless for cost savings but the model's memory was too big": what the system costs to run
    if (/^costs?$/.test(m[0]) && (/^ of (?:the )?(?:compute|computation|memory|gpus?|cpus?|hosting|serving|inference|training|storage|infra\w*|cloud)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 24)) || (/^ savings?\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 9)) && /\b(?:serverless|compute|memory|gpus?|cpus?|instances?|hosting|cloud|infra\w*)\b/.test(sentenceAt(low, m.index))))) return false;
    // "disabled by default", "the default setup uses the spark cluster": the software's setting, not a loan default
    if (/^defaults?$/.test(m[0]) && (/\bby $/.test(low.slice(Math.max(0, m.index - 3), m.index)) || /^(?: |-)(?:setup|set-?up|config\w*|values?|settings?|parameters?|options?|port|path|folder|location|directory|behaviou?r|mode|installation|branch|profile|credentials|region|model|image|template|theme|arguments?|flags?)\b|^s? to\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 16)))) return false;
    // "can improve speed of embedding, but it will come at the cost of accuracy": a trade-off, not money
    if (/^costs?$/.test(m[0]) && /\b(?:at|comes? at|came at|coming at) (?:the |a |some )?(?:[\w-]+ )?$/.test(low.slice(Math.max(0, m.index - 24), m.index)) && /^ of\b|^\s*[.,;]|^\s*$/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
    // "when trying to minimize the cost function, Lasso …": the training objective (a loss), not money
    if (/^costs?$/.test(m[0]) && /^ functions?\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 11))) return false;
    // "it cost hours to cluster on the entire dataset": the verb, of time spent running something
    if (/^costs?$/.test(m[0]) && COST_OF_TIME.test(low.slice(m.index + m[0].length, m.index + m[0].length + 20))) return false;
    // "then click the 'Add +' button", "click on Run": a how-to step, not clicks as an outcome
    if (m[0] === 'click' && UI_CLICK_BEFORE.test(low.slice(Math.max(0, m.index - 12), m.index)) && UI_CLICK_AFTER.test(low.slice(m.index + 5, m.index + 40))) return false;
    // verbs, not a fine, a spend or trust as outcomes: "after fine-tuning the model", "the rest of the
    // challenge was spend doing optimizations", "this taught me not to trust the peak AMS"
    if (m[0] === 'fine' && /^[- ]?tun/.test(low.slice(m.index + 4, m.index + 9))) return false;
    // "a safety mechanism is needed to avoid these loops": a guard in the system, not safety as an outcome
    if (m[0] === 'safety' && /^[- ](?:mechanisms?|nets?|checks?|valves?|margins?|switch(?:es)?|guards?|measures?|layers?|limits?|features?|filters?)\b/.test(low.slice(m.index + 6, m.index + 20))) return false;
    if (m[0] === 'spend' && /\b(?:was|were|is|are|been|be) $/.test(low.slice(Math.max(0, m.index - 6), m.index))) return false;
    // "spend real time here", "spend more hours on labelling": time spent, not money
    if (m[0] === 'spend' && /^ (?:(?:real|more|some|a lot of|lots of|less|little|extra|enough|most|much|the|your|our|their) )*(?:time|hours?|minutes?|days?|weeks?|effort|cycles)\b/.test(low.slice(m.index + 5, m.index + 40))) return false;
    if (m[0] === 'trust' && /\b(?:to|not|n'?t|can|cannot|could|would|should|will|we|i|they|you) $/.test(low.slice(Math.max(0, m.index - 7), m.index))) return false;
    // "model saved in h5 format and conversion into tflite format": a file converted, not customers
    if (/^conversions?$/.test(m[0]) && /^ (?:into|to) (?:an? |the )?(?:[\w.-]+ ){0,2}(?:formats?|files?|models?)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
    // "to apply all the above conversions, a number of commands were applied using the python scripts": steps
    // converting a model or files (TFLite, ONNX), not customers converting
    if (/^conversions?$/.test(m[0]) && (/\b(?:above|these|those|following|model|format|file|weight|checkpoint)s? $/.test(low.slice(Math.max(0, m.index - 12), m.index)) || MODEL_CONVERSION.test(sentenceAt(low, m.index)))) return false;
    const [sa, sb] = sentenceBounds(low, m.index);
    const s = low.slice(sa, sb);
    // "keeps a margin around every box": space around a box in an image, not a profit margin
    if (/^margins?$/.test(m[0]) && /^ (?:around|between|of \d|on (?:each|every|all|both))\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !/\b(?:profits?|revenue|prices?|pricing|gross|net|operating|sales)\b/.test(s)) return false;
    // "Labels were `ham/spam`, while the assignment requires `priority/default/slow`": class names, not outcomes to move
    if ((/\/\s*$/.test(low.slice(Math.max(0, m.index - 2), m.index)) || /^\s*\//.test(low.slice(m.index + m[0].length, m.index + m[0].length + 2))) && /\b(?:labels?|class(?:es)?|categor(?:y|ies))\b/.test(s)) return false;
    // "Sensitive data like pricing strategies, cost information, and sales data should be protected": data to keep confidential
    if (/^\s*(?:data|information|info|figures|numbers|records|fields?|columns?|tables?)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 14)) && /\b(?:protect\w*|sensitive|confidential\w*|unauthori[sz]ed|access|encrypt\w*|privacy|leak\w*)\b/.test(s)) return false;
    // "correctly converging as we see it in the decreasing losses": the training loss, not money lost
    if (m[0] === 'losses' && TRAINING_LOSS_CTX.test(s) && !/\b(?:fraud|financial|credit|revenue|dollars?|money|customers?|\$|€|£)/.test(s)) return false;
    // "To improve efficiency, we focused on optimizing our code", "to optimize the API's efficiency": the software's efficiency, not the business's
    if (m[0] === 'efficiency' && CODE_EFFICIENCY.test(s) && !WORK_EFFICIENCY.test(s)) return false;
    // "More compute and always-on services can improve capacity and availability but increase cloud cost":
    // the service's availability, not that of a product, a driver or a bed
    if (m[0] === 'availability' && /\b(?:services?|servers?|compute|capacity|uptime|infra\w*|clusters?|replicas?|always-on|endpoints?|apis?)\b/.test(s) && !/\b(?:products?|stock|inventory|items?|drivers?|couriers?|rooms?|beds?|doctors?|appointments?|seats?|listings?|staff)\b/.test(s)) return false;
    // "Operational observability: residual analysis and error diagnostics": a property of the software, not of operations
    if (m[0] === 'operational' && /^ (?:observability|monitoring|metrics|dashboards?|alert\w*|logging|telemetry|runbooks?)\b/.test(low.slice(m.index + 11, m.index + 28))) return false;
    // "Ensure low response time at API layer (<300ms, assuming summaries are cached)": a service's latency, not the business's turnaround
    // ("a production-ready question-answering application … reduced response time by more than two orders of magnitude": the software's speed)
    if (/^response times?$/.test(m[0]) && (/\d\s*(?:ms|msec|milliseconds?)\b/.test(s) || /\b(?:api|endpoints?|servers?|layer|cach\w*|p\d{2}|inference|orders? of magnitude)\b/.test(s))) return false;
    // "While beneficial for decreasing cost and energy consumption, this, unfortunately, hurts accuracy", "identify which parts of
    // the system initially drive the cost": what running a model costs
    if (/^costs?$/.test(m[0]) && /\b(?:energy (?:consumption|use|usage)|power (?:consumption|draw)|quantiz\w*|model size|(?:compute|inference|serving|gpu|hardware) costs?|(?:parts?|components?|stages?) of the (?:serving )?(?:system|pipeline|model|stack) (?:[\w-]+ ){0,2}drives? the cost)\b/.test(s)) return false;
    // "the time spent in the three stages mentioned above is:": where a request's latency goes, not users' time on the product
    if (m[0] === 'time spent' && /^ (?:in|on|by|for) (?:the |each |every |all )?(?:[\w-]+ ){0,3}(?:stages?|steps?|components?|layers?|functions?|phases?|models?|modules?|calls?|queries|requests?)\b/.test(low.slice(m.index + 10, m.index + 70))) return false;
    // "two orders of magnitude": a factor, not customers' orders
    if (/^orders?$/.test(m[0]) && /^ of magnitude\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false;
    if (GOAL_PHRASE.test(s) || verbBesides(s, m.index - sa, m[0].length)) return true;
    // "✅ Balanced churn rates across splits (20-60% range)": a property of the data's splits, not an outcome
    if (DATA_SPLITS.test(s)) return false;
    // "Predicting changes in the value of gold has obvious financial benefit": the gain the prediction brings
    if (/^financial /.test(m[0]) && /\b(?:has|have|had|provides?|brings?|offers?|yields?|gives?|would|could|will)\b/.test(s) && !isNegated(low, m.index, m[0].length, 'strong')) return true;
    // ("2. What's the business objective:" over "3. Data sources: -Customer-specific data: (number of purchases, …)":
    // a line labelled as another section's is that section's answer, whatever the caption above it)
    return (byContext ??= ctxHas(u, doc, BIZ_CONTEXT) && contentWords(low) >= 3 && !labelOfOtherSection(u.label));
  });
}
const BIZ_NOUN_G = g(BIZ_NOUN);
/** A line label that names another section ("Data sources", "Model selection"), not the requirements. */
function labelOfOtherSection(label: string): boolean {
  if (!label || BIZ_CONTEXT.test(label)) return false;
  const own = classifyHeadingAll(label, { weak: false });
  return own.length > 0 && !own.includes('requirements');
}
/** The data's train/validation/test splits, of which a business word can be a column. */
const DATA_SPLITS = /\b(?:across|between|in|per|for) (?:the |all |each |both |every )?(?:data(?:set)? )?(?:splits|folds|partitions)\b|\btrain(?:ing)?\s*\/\s*(?:val(?:idation)?|dev|test)\b/;
/** Words of converting a model or files: "tflite", "onnx", "commands", "python scripts". */
const MODEL_CONVERSION = /\b(?:tflite|tf ?lite|onnx|tensorrt|core ?ml|openvino|torchscript|quantiz\w*|commands?|scripts?|checkpoints?|\.pb|saved ?model|frozen graph)\b/;
const BIZ_VERB_G = g(BIZ_VERB);

/**
 * A verb acting on the outcome, in the sentence `s` of the noun at `at`, other than the noun's own word:
 * "Domain features: growth rates, …" has a noun ("growth") and no verb; "Speed, congestion (Google
 * Maps API)" lists nouns ("speed," acts on nothing); "reduce congestion" and "an improved experience
 * for readers" have both.
 */
function verbBesides(s: string, at: number, len: number): boolean {
  for (const v of s.matchAll(BIZ_VERB_G)) {
    const to = v.index + v[0].length;
    // (the noun's own word is no verb: "growth"; a phrase may carry one: "an improved experience")
    if (v.index < at + len && to > at && !/\s/.test(s.slice(at, at + len))) continue;
    if (/^\s*(?:[,)]|$)/.test(s.slice(to))) continue;
    return true;
  }
  return false;
}
/** What code, a model run or a machine makes efficient ("optimizing our code", "loading the model from memory"). */
const CODE_EFFICIENCY = /\btrad(?:e|es|ed|ing)(?: off)? (?:some )?(?:accuracy|precision|recall|quality) for (?:speed|efficiency)\b|\b(?:code|codebase|scripts?|functions?|queries|loops?|memory|(?:data ?)?load(?:ing|ers?)|compute|gpus?|cpus?|training (?:loops?|code|runs?)|inference code|implementation|algorithms?|(?:the |our |its )?(?:api|endpoint|server|service)(?:'s|s')?(?= efficiency))\b/;
/** Whose work gets more efficient: the business's ("operational efficiency", "agents' efficiency"). */
const WORK_EFFICIENCY = /\boperational\b|\b(?:staff|teams?|agents?|workers?|employees?|business\w*|clinic\w*|hospitals?|warehouses?|operations|workflows?|processes)\b/;
/** Words of a model's training run, beside "losses" that are the training loss. */
const TRAINING_LOSS_CTX = /\b(?:converg\w*|epochs?|learning|training|validation|val|train|gradients?|overfit\w*|optimi[sz]er|iterations?|batch(?:es)?)\b/;
const UI_CLICK_BEFORE = /(?:^|[.;:,>)]\s*|\b(?:then|and|just|please|simply|now|double-?)\s*)$/;
const UI_CLICK_AFTER = /^ (?:on |the |this |that |it\b|here\b|[\w-]+ (?:button|link|tab|icon|menu)\b|['"`*[]|(?:ctrl|cmd|command|alt|shift|option)\s*[+-]|(?:enter|esc|escape|return|tab|space)\b)/;
const COST_OF_TIME = /^ (?:us |me |them |him |her )?(?:(?:a (?:lot|few|couple)|many|several|\d+|a) )?(?:of )?(?:hours|minutes|days|weeks|seconds|time)\b/;
const MONEY_SAVED =
  /\bsav(?:e|es|ed|ing) (?:the [\w-]+ |us |them |[\w-]+ )?(?:over |up to |about |around |roughly |nearly |~|an estimated |more than )?(?:(?:\$|€|£|usd ?)\s?\d[\d,.]*(?:\s?(?:k|m|million|billion|bn))?|\d[\d,.]*\s?(?:million |billion |k )?(?:dollars|usd|euros?|pounds))/g;
const SYSTEM_COST_BEFORE = /\b(?:computation(?:al)?|compute|training|inference|serving|hosting|infra(?:structure)?|gpu|cpu|memory|storage|model|runtime|processing|cloud|aws|gcp|azure|api|llm|token) $/;
/** Before a business noun that is the model's prediction target ("the probability of a click", "P(click"). */
/** ("the goal is to predict the time spent on the clicked video": the model's target, not an outcome to move) */
const PREDICTED_BEFORE = /(?:\b(?:probabilit(?:y|ies)|likelihood|chance|odds|propensity)\s+(?:of|that)\s+(?:(?:an?|the|each|this|a user|the user|users?)\s+)?(?:[a-z-]+\s+)?|\b(?:probabilit(?:y|ies)|likelihood|chance|odds) that (?:an?|the|each|this|its|their) (?:[a-z-]+ ){1,3}(?:will|would|might|may|could|is going to|are going to) |\bp\(\s*|\b(?:predict(?:s|ing)?|estimat(?:e|es|ing)|forecast(?:s|ing)?)\s+(?:the\s+|a\s+|an\s+|each\s+|how\s+(?:much|many|long)\s+)?(?:(?:expected|future|likely|next|daily|weekly|user'?s?|users'|total)\s+)?)$/;
/** After it: "click probability", "conversion prediction", "churn model". */
const PREDICTED_AFTER = /^[- ]?(?:probabilit|likelihood|propensit|predict|model|classifier|label|score)/;
/** Not after "ML", "model", "training"…: that goal or objective is the model's, not the business's. */
const NOT_ML_GOAL = String.raw`(?<!\b(?:ml|model|modell?ing|training|learning|optimi[sz]ation|technical|task) )`;
const OUTCOME_VERB = String.raw`(?:increas|shorten|speed|accelerat|improv|maximi[sz]|reduc|minimi[sz]|grow|boost|rais|lower|cut|prevent|decreas|lift|halv|doubl|bring|eliminat|protect)\w*`;
const GOAL_STATEMENT = new RegExp(
  String.raw`\b${NOT_ML_GOAL}(?:(?:main |primary |business |project )?(?:goal|objective|aim|purpose)s?(?: (?:of|for|in) (?:this|the|our) [\w-]+(?: [\w-]+)?)? ?(?:is|are|:|—|–) ?(?:to |simply to )?|(?:with|has|had) the (?:aim|goal|objective|purpose) of |(?:set|sets|has set|have set|given us) (?:a |the |an )?(?:goal|target|objective|mandate) of |(?:whole |main |entire |only )?point of (?:this|the|our) (?:project|work|system|effort|exercise|feature)(?: is)? ?(?::|—|–)? ?(?:to )?)(?:${OUTCOME_VERB}|(?:more|fewer|less|higher|lower|better|cheaper|faster) [a-z]+)\b`,
  'g',
);
// ("fewer damage claims", "find potholes earlier": an outcome as a comparative, listed as a goal)
const GOAL_ITEM = new RegExp(String.raw`^(?:${OUTCOME_VERB}\b[^.;]{3,}|(?:fewer|less|lower|higher|more|faster|cheaper|earlier) [a-z][\w-]+(?: [\w-]+){0,3}\s*$|[a-z]+ [\w-]+(?: [\w-]+){0,4} (?:earlier|faster|sooner|cheaper)\b)`);
const GOALS_CTX = new RegExp(String.raw`${NOT_ML_GOAL}\b(?:goals?|objectives?)\b|\bsuccess (?:criteria|metrics?)\b|\bwhat (?:we|they|the (?:business|team|city|company)) (?:want|need|hope) (?:out of|from) (?:it|this|the (?:project|system|model))\b`);
// ("Batch processing reduces load on summarization model": a machine's load, not people's)
const BURDEN_EASED = /\b(?:eas(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing)|lighten(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?) (?:the )?(?:burden|workload|load|pressure|strain) (?:of|on) (?!(?:the |our |their )?(?:[\w-]+ )?(?:models?|servers?|databases?|dbs?|apis?|services?|gpus?|cpus?|clusters?|infra\w*|backends?|endpoints?|llms?|networks?|nodes?)\b)(?:the |our |their )?[a-z][\w-]+/g;
/** "The main objective is to help farmers detect diseases early so that they lose less of their crop": the goal's outcome after "so that". */
const GOAL_SO_THAT = /\b(?:goal|objective|aim|purpose)s? (?:is|are|was|will be) to [^.;]{3,80}? so (?:that )?[^.;]{0,40}?\b(?:(?:lose|spend|pay|wait|miss|waste)\w* (?:less|fewer)|(?:get|earn|save|keep|sell|gain)\w* more)\b/g;
/** What a model or a service is tuned for, not the business: latency, throughput, model metrics. */
const NOT_BIZ_OBJECT = /\b(?:latency|p\d\d|ms|milliseconds?|qps|rps|throughput|memory|ram|model size|parameters|auc|ndcg|f1|recall|precision|accuracy|mae|rmse|mape|log ?loss|(?:training|validation|test) loss|the loss)\b/;
const BIZ_CONTEXT = /\b(business|goals?|objectives?|motivation|why|purpose|success)\b/;
const PROJECT_AIMED = new RegExp(
  String.raw`\b(?:(?:project|work|effort|initiative|collaboration)s? (?:to|aimed at|aims? to|aiming to|(?:that|which) aims? to|designed to|meant to|intended to)|(?:we|i|they) set out to) (?:help (?:[\w-]+ ){0,3}(?:to )?)?(?:prioriti[sz]\w*|${OUTCOME_VERB}|provid\w* (?:more |better |faster )?(?:timely|timelier|faster|earlier|better|more accurate|cheaper)|identify\w* (?:possible |potential |new )?(?:faster|earlier|better|cheaper|timelier))\b`,
  'g',
);
/** "Better equipments, in turn, can aid patients who have gone through amputation": who the work helps, in the opening lines. */
const PEOPLE_HELPED = String.raw`(?:patients|users|customers|people|doctors|clinicians|nurses|farmers|drivers|students|teachers|citizens|residents|families|businesses|companies|merchants|sellers|buyers|investors|analysts|operators|engineers|developers|readers|viewers|listeners|shoppers|travell?ers|employees|staff|workers|communities|hospitals|banks|researchers|(?:data )?scientists|lenders|borrowers|applicants|job seekers|recruiters|radiologists|moderators)`;
/**
 * "Better equipments can aid patients", "This will enable researchers to conduct larger sleep studies",
 * "a tool that estimates salaries to help data scientists negotiate their income", "aimed at assisting
 * potential lenders in deciding who to lend to": whom the project helps, and to do what.
 */
const AIDS_PEOPLE = new RegExp(
  String.raw`\b(?:can|could|will|would|should|may) (?:(?:greatly|significantly|really|also|then) )?(?:aid|help|assist|benefit|support|protect|save|enable) (?:the |our |many |millions of |thousands of )?${PEOPLE_HELPED}\b|\b(?:aimed at|aims? (?:at|to)|intended to|in order to|to) (?:help(?:ing)?|assist(?:ing)?|aid(?:ing)?|enabl(?:e|ing)|support(?:ing)?) (?:potential |prospective |the |our |many )?${PEOPLE_HELPED} (?:to |in |with )?(?!(?:use|run|train|test|understand|learn|install|get started|see)\b)[a-z]{3,}`,
  'g',
);
const PREDICTIONS_USED_FOR =
  /\b(?:predictions?|forecasts?|risk scores?|scores?|estimates?) (?:can|could|will|would|are|is|get)(?: then| also)?(?: be)? used (?:by [^.;]{1,60}? )?to (?!(?:compute|calculate|evaluate|measure|train|test|validate|plot|build|fit|tune|select|compare|score)\b)[^.;]{3,120}?\b(?:thus|thereby|making (?:it|them|the \w+) (?:more|less)|so that|which (?:makes|improves|reduces|saves|increases|lowers|cuts))\b/g;
const PURPOSE_SO_THAT = /\b(?:purpose|goal|aim|objective|idea)s? (?:of|behind) (?:the|this|our|my) (?:project|work|system|service|model|tool|app|application) (?:is|was|will be) to [^.;]{3,80}? so that (?:the |our |their |all )?(?:[\w-]+ ){0,4}(?:can|could|will|would|may|get|gets|are able to) (?!(?:be )?(?:trained|learn|run|deploy|use the model)\b)[a-z]/g;
/** What the project is for and whom it helps, read in a doc's opening lines (or its requirements). */
/** "The loan approval … takes a long time to complete. We can automate this process": a slow manual step the project takes over. */
const SLOW_STEP_AUTOMATED =
  /\b(?:takes?|took|taking|requires?|required)(?<!\b(?:training|fitting|inference|tuning|compil\w*|builds?|quer(?:y|ies)|jobs?|scripts?|code|models?|pipelines?|search|experiments?|epochs?)\b[^.;]{0,30}?\b(?:takes?|took|taking|requires?|required)) (?:a (?:very )?long time|(?:too |very )?long|a lot of (?:time|effort|manual [a-z]+)|(?:hours|days|weeks|months)(?: of (?:manual )?[a-z]+)?)\b[^.;]{0,60}[.;]?[^.;]{0,40}?\b(?:we|this project|the (?:model|system|tool)|machine learning|ml) (?:can|could|will|would|aims? to|want to|try to)? ?(?:automate|speed up|shorten)\b/g;
const OPENING_PURPOSE: readonly RegExp[] = [PURPOSE_SO_THAT, PROJECT_AIMED, AIDS_PEOPLE, SLOW_STEP_AUTOMATED];
/** An outcome the work moves, read anywhere. */
/** "the applications … are scored as a batch job every night and used for filtering out risky customers": predictions put to a business use. */
const SCORES_USED_FOR =
  /\b(?:scored|predicted|predictions?|scores?|forecasts?)\b[^.;]{0,60}?\bused (?:for|to) (?!(?:comput|calculat|evaluat|measur|train|test|validat|plot|build|fit|tun|select|compar|monitor|debug|analy[sz])\w*)(?:[\w-]+ ){0,6}?(?:risky|fraudulent|(?:the )?business|customers?|clients?|patients?|reserves?|inventory|staffing|losses|revenue)\b/g;
/**
 * "a means to help those seeking to buy or sell flats make better decisions", "helping people living in paris to be able
 * to estimate the cost of house, in order make better decisons": better decisions for the people served.
 */
const BETTER_DECISIONS = /\bhelp(?:s|ed|ing)? (?!(?:us|me|the (?:model|team|engineers?|developers?))\b)(?:those|people|users|customers|clients|buyers|sellers|owners|investors|managers|doctors|clinicians|farmers|planners|analysts|teams|businesses|companies|retailers|[a-z]+(?:ers|ors|ists|ants))\b[^.;]{0,90}? (?:make|take|reach) (?:better|more informed|well-informed|informed|faster|smarter|data-driven|more accurate) decisi?ons\b/g;
/** "The result would be higher profit for websites", "this leads to fewer chargebacks": the outcome moved, said as its result. */
const COMPARATIVE_OUTCOME =
  /\b(?:result(?:s|ed|ing)? in|lead(?:s|ing)? to|led to|(?:would|will|should|could) (?:be|mean|bring|give)|means|brings) (?:a |an |much |significantly |substantially )?(?:(?:higher|more|better|increased|greater|bigger) (?:[\w-]+ ){0,2}?(?:profits?|revenue|sales|conversions?|engagement|retention|user experience|customer experience|customer satisfaction|user satisfaction|margins?|bookings|income|earnings)|(?:lower|less|reduced|fewer|smaller) (?:[\w-]+ ){0,2}?(?:costs?|losses|churn|chargebacks|fraud losses|fraud))\b/g;
/**
 * "It makes it easier for customers to move known issues out of the Issue Stream": what it lets people do, made easier
 * (not "easier for others to read" the code: anyone at all, not a group the system serves).
 */
const EASIER_FOR_PEOPLE = /\b(?:make|makes|making|made) it (?:much |a lot )?(?:easier|faster|simpler|quicker|cheaper|less (?:painful|tedious|costly|error-prone)) for (?:the |our |its )?(?!others\b)(?:customers|users|developers|teams|people|clients|clinicians|doctors|nurses|staff|agents|moderators|engineers|analysts|operators|merchants|sellers|buyers|[a-z]+(?:ers|ors|ists|ants))\b(?: to)? [a-z]{3,}/g;
const OUTCOME_SAID: readonly RegExp[] = [GOAL_SO_THAT, BURDEN_EASED, PREDICTIONS_USED_FOR, SCORES_USED_FOR, BETTER_DECISIONS, COMPARATIVE_OUTCOME, EASIER_FOR_PEOPLE];
/** "accurate sales forecasting is crucial for making informed decisions related to:" — the caption of what the forecasts serve. */
const MATTERS_FOR_CAPTION = /\b(?:crucial|critical|important|essential|vital|key)\b[^.;]{0,60}\b(?:for|to|in)\b[^.;]{0,60}:\s*$/;
const SYSTEM_PURPOSE =
  /\b(?:pipeline|system|tool|model|service|classifier|bot|app|application|product|feature|project) (?:that|which) (?:is|are|will be) (?:used|built|designed|meant|intended) to (?:help|assist|support|automate|speed up|reduce|save|cut)(?: (?:with|in|our|the|users?|people|teams?|staff|moderators|reviewers|triagers|agents))? (?:[a-z]+ ){0,2}[a-z]{4,}/g;
const IMPORTANT_BECAUSE =
  /\b(?:is|are) (?:an? )?(?:critically |very |extremely |really |particularly |highly |so )?(?:important|crucial|critical|essential|vital)\b(?: (?:prediction|problem|task|question|capability|metric|step))?(?: (?:at|for|to|in) [\w -]{1,40}?)?,? (?:as|because|since) [^.;]{0,80}\b(?:used (?:to|for|in|by)|users?|customers?|clients?|people|business|revenue|costs?|profits?|helps?|allows?|enables?|lets)\b[^.;]*/g;
/** "Feature scaling is important because …": a point of technique, not why the system exists (the
 * reason has to name a use or the people served: "the nightly is critical because claim volume spikes" does not). */
const TECHNIQUE_SUBJECT = /\b(?:latency|features?|scaling|normali[sz]\w*|training|hyper-?param\w*|model|algorithms?|data(?:set)?|metrics?|loss|validation|splits?|accuracy|precision|recall)\b/;
/** The words before `index` in its clause, at most 60 characters: the subject of "… is important". */
function subjectBefore(low: string, index: number): string {
  const before = low.slice(Math.max(0, index - 60), index);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}
const LEGAL_WHY = /\b(?:legal|regulatory|compliance|statutory) (?:requirement|obligation|mandate)s?\b|\b(?:regulators?|the law|legislation) (?:requires?|mandates?|demands?)\b/g;

// --- latency -------------------------------------------------------------------------------------

const NUM = String.raw`\d(?<![a-z0-9.]\d)[\d,]*(?:\.\d+)?`;
const LAT_MS = new RegExp(String.raw`(?:${NUM}|sub-?)\s*(?:ms|msec|millisec(?:ond)?s?|µs)\b`, 'g');
const LAT_ANY = new RegExp(
  String.raw`(?:${NUM}\s*(?:ms|msec|millisec(?:ond)?s?|µs|s|secs?|seconds?|mins?|minutes?|hours?|hrs?)|sub-\d+(?:\.\d+)?-(?:second|millisecond)|(?:≤|<=|<|under|below|at most) ?~?\d+(?:\.\d+)? ?h(?= after| from| of)|(?:one|two|three|five|ten|a|half a|sub-?|under a|within a) ?(?:second|millisecond)s?)\b`,
  'g',
);
const LAT_KW =
  /\b(latenc\w*|within\b[^.;]{0,24}\bof (?:the |a |an |each )?(?:[\w-]+ ){0,3}(?:submit\w*|upload\w*|request\w*)\b|response[- ]times?|(?:processing|turn-?around) times?|\bsla\b|\bslo\b|p\d{2}(?:\.\d+)?|percentile|round[- ]trip|end[- ]to[- ]end|respon(?:d|se)\w*|serv(?:e|ed|ing) (?:a |each |the )?(?:request|prediction|page|result)|(?:inference|prediction|scoring) time(?<!\b(?:a|at|from|each|per) \w+ time)(?! (?:before|after|of|cut-?off|horizon|t\b))|time to (?:first|respond|serve|score)|(?:ms|s|secs?|seconds?|minutes?|mins?) (?:target|budget|limit|slo)\b|return (?:results|recommendations|a score|predictions)|(?:give|gives|return|returns|deliver|delivers|make|makes|produce|produces|provide|provides|get|gets) (?:a |the |its |their )?(?:predictions?|results?|answers?|scores?|recommendations?|classifications?) (?:with)?in (?:under |less than |at most |about |~ ?)?\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?)\b|real[- ]?time|in-?line|synchronous\w*|comes? back|(?:list|answer|result|response|score)s? back|(?:ready|done|finish(?:es|ed)?|complet(?:e|es|ed)|available|delivered) (?:with)?in|authori[sz]ation call|page load|per request|per call|per query|per prediction|(?:per|one|each|every|a single|an) inference\b|(?:inference|prediction|scoring) (?:takes|took|runs? (?:in|at))|budget|(?<![\d.])9\d(?:\.\d+)?% of (?:all |the )?[a-z-]+)/;
const OFFLINE_WORK_DONE = /\b(training|fine-?tuning|(?:batch|etl|cron|backfill|nightly|daily|weekly) (?:[\w-]+ )?(?:jobs?|runs?|pipelines?))\b[^.;]{0,30}?\b(?:is |are |will be |should be |must be )?(?:done|finish(?:es|ed)?|complet(?:e|es|ed)|ready|takes?|lasts?)\b/;
/** A time limit set on each piece of work: "must perform all the steps in a time not exceeding 7 seconds", "each image must be processed in under 2 s". */
const TIME_LIMIT = /\b(?:must|should|needs? to|has to|have to|shall|(?:is|are) required to)\b[^.;]{0,60}?\b(?:in (?:a )?time (?:not exceeding|of (?:at most|no more than|under|less than))|(?:processed|scored|classified|answered|returned|analy[sz]ed|inspected|evaluated|detected|completed|done) (?:with)?in (?:under|less than|at most|no more than|<))/;
/** A batch job's duration given as a deadline ("must finish in ≤ 90 min"), not a measurement. */
const WORK_DEADLINE = /\b(?:must|should|needs? to|has to|have to|deadline|sla|slo)\b|[≤<]/;
/** A prediction horizon: how far ahead the model looks, not how long it may take. */
const HORIZON = /\b(?:horizons?|ahead|into the future|in the next|look-?ahead|lead time)\b/;
/** Words that make a duration a latency only when it is seconds or less ("scoring takes 20 minutes every night" is a batch run). */
const PER_UNIT_OF_WORK = /\bper (?:request|call|query|prediction)\b|\b(?:per|one|each|every|a single|an) inference\b|\b(?:inference|prediction|scoring) (?:takes|took|runs? (?:in|at))\b/g;
export const PERCENTILE = /\bp(?:50|75|90|95|99|999|99\.9)\b|\bpercentile|\btail\b|99(?:\.9)?%|\bp9x\b|(?<![\d.])9\d(?:\.\d+)?% of (?:all |the )?(?:requests|queries|calls|users|leads|orders|cases|predictions)\b/;
/** "P50 model", "P10/P90 forecasts": quantiles a forecast predicts. */
const QUANTILE_NAME = /\bp\d{1,2}(?:\s*[/,&]\s*p\d{1,2})* (?:models?|forecasts?|quantiles?|predictions?|estimates?|bands?|intervals?|heads?)\b/g;
const MEAN_ONLY = /\b(mean|average|avg|median|typical)\b/;

const UI_TIMING = /\b(?:animat\w*|fade[- ]?(?:in|out)|slide[- ]?in|transitions?|debounc\w*|throttl\w*|typing pause|blink\w*)\b/;

/**
 * "Current search takes ~600 ms end to end": how the system is today, not a target (unless the
 * sentence also sets one: "today 600 ms, target under 200 ms").
 */
function measuredToday(s: string): boolean {
  // ("the current latency is ~2 sec" in a project report is the system built, measured: not the status quo)
  // ("the single-stage inference (20-50ms/article) is becoming a bottleneck": today's figure, named as the problem)
  return /\b(?:(?:is|are|was|were|becom(?:es|ing)) (?:becoming |already |now |increasingly )?(?:a |the |our )?(?:main |major |key |real )?bottleneck|(?:(?:is|are|was|were) )?(?:far |much |way )?too slow)\b|\b(?:(?:current(?:ly)?|existing)(?:,? (?:the |our |their )?(?:[\w-]+ )?(?:system|search|service|model|pipeline|process|solution|setup|implementation|approach|ranker|api|stack|version|rules?|flow|tool|engine|workflow|page|feed|app)s?\b)|today|right now|at the moment|as[- ]is)\b[^.;]{0,40}\b(?:takes?|took|runs?|sits? at|measures?|averages?|is|are)\b/.test(s) && !/\b(?:targets?|goals?|must|should|needs? to|has to|budget|slo|sla|want|aim|down to|under|below|at most|≤|<)\b|[≤<]/.test(s);
}

const MEASURED_KEY = /\b(?:avg|average|mean|median|observed|measured|actual|total|min|last|current|elapsed|took)\b/;
const TARGET_KEY = /\b(?:max|maximum|target|slo|sla|limit|budget|timeout|threshold|p\d{2}|goal|allowed)\b/;

export function latencyEvidence(u: Unit, doc: ParsedDoc): boolean {
  const low = spellNumbers(u.low);
  if (!low || !/\d|second/.test(low)) return false;
  // a statistic in a JSON or YAML sample ("quality_summary": {"avg_latency_ms": 1942.0}; "latency_sec": 8.41
  // under "Each run produces:"): what one run measured, not a target
  if (u.kind === 'comment' && ((u.flags & SAMPLE_OUTPUT) !== 0 || MEASURED_KEY.test(u.label)) && !TARGET_KEY.test(u.label)) return false;
  const ms = findAffirmed(low, LAT_MS, 'strong');
  // "whether the event occurred within ±150ms": a tolerance window, not a response time
  if (ms && !(/(?:±|\+\/-)\s*$/.test(low.slice(Math.max(0, ms.index - 4), ms.index)) && !LAT_KW.test(sentenceAt(low, ms.index)))) {
    const s = sentenceAt(low, ms.index);
    // "500 ms fade-in animation", "debounced at 200 ms": UI timings, not a response time
    if (UI_TIMING.test(s) && !/\blatenc|server[- ]side|response|round[- ]trip/.test(s) && !PERCENTILE.test(s)) return false;
    // "train for 30 ms per batch" / "refresh every 500 ms" are not serving targets
    if ((!/\b(train\w*|epoch|batch(?:es)? of|every \d)/.test(s) || LAT_KW.test(s)) && !measuredToday(s)) return true;
  }
  // every duration is tried: "runs at 01:00 … within 3 hours; the endpoint must come back in under 2 seconds"
  const ctxLatency = ctxHas(u, doc, /\b(latenc\w*|response time|sla|slo|p\d{2})\b/);
  return !!anyMatch(low, LAT_ANY, 'strong', (m) => {
    // "the P50 model (~25 min extra)": a quantile of a forecast, not a latency percentile
    const s = sentenceAt(low, m.index).replace(QUANTILE_NAME, ' ');
    if (!LAT_KW.test(s) && !ctxLatency && !(TIME_LIMIT.test(s) && /\b(?:ms|msec|millisec\w*|µs|s|secs?|seconds?)$/.test(m[0]))) return false;
    if (measuredToday(s)) return false;
    // "`gpu_mi100` | 4 hour block twice a week": compute time reserved, not a response time
    if (/^[- ]?(?:blocks?|reservations?|slots?|leases?)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false;
    // "average ACW is 4.5 minutes per call": minutes of people's work per call, not a response time
    // ("claims processing time drops from 5 days to 1 day", "a turnaround time of 2 hours": how long the work takes people, not a response)
    if (/\b(?:mins?|minutes?|hours?|hrs?)\b/.test(m[0]) && !ctxLatency && !LAT_KW.test(s.replace(PER_UNIT_OF_WORK, ' ').replace(/\b(?:processing|turn-?around) times?\b/g, ' '))) return false;
    // "predict … over a short time horizon (e.g. 1 sec) in real-time": how far ahead, not how fast
    if (HORIZON.test(low.slice(Math.max(0, m.index - 40), m.index + m[0].length + 24)) && !/\b(?:latenc\w*|respon\w*|p\d{2}|sla|slo|within|under)\b/.test(s)) return false;
    // "training completes in 3 hours", "the nightly batch job is done within 2 hours": how long offline work runs, not serving
    const work = OFFLINE_WORK_DONE.exec(s);
    if (work && (/^(?:training|fine-?tuning)$/.test(work[1]) || !WORK_DEADLINE.test(s))) return false;
    // "we can train the end-to-end network in less than 1 minute of GPU time": how long training runs
    if (/\b(?:gpu|cpu|tpu|compute) (?:time|hours?|minutes?)\b|\btrain(?:s|ed|ing)? (?:the |a |an |our |this |my )?(?:[\w-]+ ){0,3}(?:in|within) (?:less than |under |about |around |~ ?)?\d/.test(s) && !/\b(?:latenc\w*|respon\w*|p\d{2}|sla|slo|per (?:request|query|call|prediction))\b/.test(s)) return false;
    return !/\b(re-?train\w*|training (?:takes|time|job|run)|every \d|cadence|refresh\w*|label (?:delay|window)|(?:labels?|ground[- ]truth|outcomes?|chargebacks?) (?:arriv\w*|comes? in|lands?|are (?:known|available))|mature)\b/.test(s);
  });
}

/** Latency evidence states a percentile (or only a mean) — for the 'weak' finding. */
export function latencyHasPercentile(u: Unit, doc: ParsedDoc): boolean {
  return PERCENTILE.test(u.low) || ctxHas(u, doc, PERCENTILE);
}
export function latencyMeanOnly(u: Unit): boolean {
  return MEAN_ONLY.test(u.low);
}

// --- throughput ----------------------------------------------------------------------------------

const RATE =
  /(?:\b|_)(?:[kmb]\s?)?(?:qps|rps|tps)\b|\d\s*fps\b(?! (?:key-?frame |frame )?(?:extraction|sampling|samples?)\b)|\b(?:req(?:uest)?s?|quer(?:y|ies)|predictions?|inferences?|transactions?|txns?|events?|calls?|lookups?|searches|impressions?|messages?|orders?|rides?|trips?|bookings?|scores?|scoring requests?|ad requests?|clicks?|payments?|authori[sz]ations?|applications?|claims?|page ?views?|page loads?|feed loads?|loads|sessions?|hits|visits|checkouts?|utterances?|conversations?|chats?|uploads?|posts?|images?|videos?|photos?|items?|documents?|comments?|reviews?|emails?|tweets?|listings?|frames?|forecasts?|forecast (?:values|points|rows))\s*,?\s*(?:\/\s*|(?:per|a|an|each|every)\s+)(?:s|sec|second|min|minute|hr|hour|day|d|night|month|week)\b|\b(?:req(?:uest)?s?|quer(?:y|ies)|predictions?|inferences?|transactions?|events?|calls?|searches|impressions?|orders?|rides?|trips?|messages?|payments?|authori[sz]ations?|uploads?|posts?|images?|videos?) (?:daily|hourly|a day|per day)\b|\/\s?s(?:ec)?\b|\bper second\b|\b(?:times|calls) (?:a|per) (?:second|minute|day)\b|\bthroughput\b/g;
/** Content that arrives ("uploads a day") is load only when each item is processed by the model. */
const CONTENT_RATE = /^(?:applications?|claims?|uploads?|posts?|images?|videos?|photos?|items?|documents?|comments?|reviews?|emails?|tweets?|listings?|frames?|events?)/;
const PROCESS_VERB = /\b(scor\w*|classif\w*|moderat\w*|process\w*|ingest\w*|scan\w*|review\w*|check\w*|detect\w*|blur\w*|analy[sz]\w*|run\w* through|infer\w*|predict\w*|embed\w*|index\w*|(?:across|for) (?:the (?:whole |entire )?(?:chain|fleet|platform|network|system|site)|all (?:stores|sites|cameras|devices|users|regions|plants|factories|warehouses|sensors|vehicles|hospitals|clinics|branches|markets))|in total|at peak)\b/;
const NUMBER_NEAR = /\d/;
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2})?\s*(?:[–-]\s*\d{1,2}(?::\d{2})?\s*)?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/g;
const PERCENTAGE = /\d[\d.,]*\s*%|\d[\d.,]*\s*percent\b/g;
/** A rate per user or per item ("each user gets 5 items per day"), with no large number: not the system's load. */
function perEntityRate(window: string, s: string): boolean {
  if (!/\b(?:a|each|every|per|one|any|the average|an average|on average,? a|users? should (?:receive|get|see)|(?:a|each) user (?:receives?|gets?|sees?))\s+(?:single |typical |given )?(?:users?|story|stories|post|item|video|customer|driver|member|person|account|listing|issue|page|seller|rider|feed)\b|\busers? should (?:receive|get|see)\b/.test(s)) return false;
  const nums = window.replace(/,(?=\d{3}\b)/g, '').match(/\d+(?:\.\d+)?\s*(?:k|m|b|mm|bn|thousand|million|billion)?\b/g) ?? [];
  return nums.every((n) => !/[kmb]|mm|bn|thousand|million|billion/.test(n) && parseFloat(n) < 1000);
}
const WORK_RATE = /\d(?<![a-z0-9.]\d)[\d,]*(?:\.\d+)?\s*(?:k|m|b|mm|bn|thousand|million|billion)?\+?\s+(?:[a-z-]+ ){0,2}?([a-z-]{3,}s)(?: (?:(?:are|is|get|gets) )?(?:submitted|created|received|filed|opened|raised|arriving|coming in|sent in|uploaded|posted|published|ingested))?\s*,?\s*(?:\/\s*|(?:per|a|an|each|every)\s+)(?:s|sec|second|min|minute|hr|hour|day|d|night|week|month)\b/g;
const INCOMING = /\b(?:receiv\w*|upload\w*|ingest\w*|gets?|arriv\w*|reach(?:es)?|comes? in|coming in|incoming|inbound|submitted|created|opened|filed|raised|handles?|handled|process(?:es|ed)?|volume|traffic|load|peaks?|routes?|routed|scores?|scored|scoring|classif\w*|triag\w*)\b/;
const MANUAL = /\b(by hand|manual(?:ly)?|human reviewers?|underwriters?|analysts?|adjusters?)\b/;
const MODEL_VERB = /\b(scor\w*|predict\w*|model\w*|classif\w*|infer\w*)\b/;

const ON_HARDWARE = /\bon (?:~|about )?\d+ (?:[\w-]+ )?(?:gpus?|t4s?|a10g?s?|a100s?|h100s?|v100s?|nodes|workers|machines|instances|cores|cpus?|pods)\b/;
const BATCH_VOLUME =
  /\bscor(?:es|ed|ing) (?:roughly |about |around |~|≈)?\d[\d,.]*\s*(?:k|m|b|mm|bn|thousand|million|billion)?\+?\s+(?:[\w–-]+ ){0,2}?[\w–-]+s\b (?:\([^()]{0,60}\) )?(?:per|each|every|a) (?:night|day|run|batch|week|hour)\b|\d(?<![a-z0-9.]\d)[\d,.]*\s*(?:k|m|b|mm|bn|thousand|million|billion)?\+?\s+(?:predictions|forecasts|scores|inferences|embeddings) (?:per|each|every) (?:nightly |daily |weekly |hourly |batch |scoring )?(?:run|batch|job)\b|\d(?<![a-z0-9.]\d)[\d,.]*\s*(?:k|m|b|mm|bn|thousand|million|billion)?\+?\s+(?:[\w-]+,? ){0,3}(?:are |is |get |gets |each )?(?:scored|predicted|forecast(?:ed)?|classified|ranked|processed|re-?scored)(?: once)? (?:per|each|every|in (?:each|every|one|the)) (?:nightly |daily |weekly |monthly |batch |scoring )?(?:run|night|day|batch|job|week|month)\b/;

const WORK_LABEL = /^(?:(?:peak|average|avg|daily|expected) )?(?:predictions?|inferences?|requests?|queries|calls|scoring requests?|scores|lookups|searches|events|transactions)(?: (?:volume|rate|load))?$/;
const RATE_VALUE = /^(?:~|≈|about |around |up to |peak )?\d[\d.,]*\s*(?:k|m|b|mm|bn|thousand|million|billion)?\+?\s*(?:\/|per |a )\s*(?:s|sec|second|min|minute|hr|hour|day|d)\b/;

/**
 * The count ends in a noun of the class the model looks for ("we see about 100 spam posts per day",
 * "3k fraudulent transactions a day"): how many positives arrive, not how much the system scores.
 */
const POSITIVES_BEFORE = /\b(?:spam|spammy|fraud(?:ulent)?|fake|abusive|toxic|malicious|harmful|phishing|scam|bot) (?:[\w-]+ )?$/;
function positivesCounted(low: string, at: number): boolean {
  return POSITIVES_BEFORE.test(low.slice(Math.max(0, at - 30), at));
}

/**
 * The model run at a fixed interval under a minute: "performs inferences every 20 ms on the newest
 * audio stride", "predicts every 2 s": a prediction rate (one per interval), as good as "50 per second".
 */
const INFERENCE_INTERVAL =
  /\b(?:inferences?|predictions?|inference (?:runs?|passes|steps?)|(?:the |our |a )?(?:model|classifier|detector|network) (?:runs|is run|is invoked|is called|is queried))\b[^.;]{0,40}?\bevery (?:\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?)|(?:one|two|three|five|ten|few) (?:milliseconds|seconds?))\b|\b(?:predicts?|infers?|classif(?:y|ies)|runs? inference)\b[^.;]{0,30}?\bevery \d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?)\b/g;

const RATE_LIMIT = /\brate[- ]?limit\w*|\bapi (?:limits?|quotas?)\b|\bquotas?\b|\bthrottl\w*/;

/** A paragraph that introduces someone else's site or company ("… is a consumer review website founded in 2007"). */
const THIRD_PARTY_SITE = /\b(?:is|was) (?:an?|the) (?:[\w-]+ ){0,3}(?:website|web ?site|platform|marketplace|social network|forum|company)\b[^.;]{0,40}\b(?:founded|launched|established|created|started)\b[^.;]{0,30}\b(?:19|20)\d\d\b/;

/** The paragraph introduces someone else's site and the sentence is not about us: a count there is background. */
function siteBackground(low: string, sentence: string): boolean {
  return THIRD_PARTY_SITE.test(low) && !/\b(?:we|our|us)\b/.test(sentence);
}

/** The content noun of a CONTENT_RATE match, singular or plural, as a word ("reviews" → /\breviews?\b/g); one regex per noun, built once. */
const CONTENT_NOUN_WORDS = new Map<string, RegExp>();
function contentNounWords(match: string): RegExp {
  const noun = /^[a-z]+/.exec(match.trim())?.[0].replace(/s$/, '') ?? '';
  let re = CONTENT_NOUN_WORDS.get(noun);
  if (re === undefined) CONTENT_NOUN_WORDS.set(noun, (re = new RegExp(String.raw`\b${noun}s?\b`, 'g')));
  return re;
}

const DATA_GATHERED = /\b(?:scrap\w*|crawl\w*|captur\w*|collect\w*|download\w*|harvest\w*)\b/;

/** "millions of QPS", "thousands of requests per second": a rate given by its order of magnitude. */
const MAGNITUDE_OF_RATE = /\b(?:tens of |hundreds of )?(thousands|millions|billions) of (?=(?:[\w-]+ ){0,2}?(?:qps|rps|tps|requests?|queries|predictions?|events?|transactions?|calls?|messages?|impressions?)\b)/g;
const MAGNITUDE_NUMBER: Record<string, string> = { thousands: '1000 ', millions: '1000000 ', billions: '1000000000 ' };

/** Words of a load generator's settings ("simulate", "for testing limits", "spawn rate"). */
const LOAD_DIAL = /\b(?:simulat\w*|configurable|adjustable|for testing(?: (?:the )?limits)?|to test (?:the )?limits|spawn rate|locust|jmeter|k6|request generat\w*|traffic generat\w*)\b/;

function throughputEvidence(u: Unit, doc: ParsedDoc): boolean {
  const low = spellNumbers(u.low.includes('illions of') || u.low.includes('thousands of') ? u.low.replace(MAGNITUDE_OF_RATE, (_m, w: string) => MAGNITUDE_NUMBER[w]) : u.low);
  if (!/\d/.test(low)) return false;
  // "Features: visits/week over the last 4 weeks, …": rates that are model inputs, not the system's load
  if (/^(?:(?:input |model |candidate |key |main )?features?|signals|inputs)$/.test(u.label.trim())) return false;
  RATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = RATE.exec(low)) !== null && guard++ < 20) {
    const from = Math.max(0, m.index - 45);
    const window = low.slice(from, Math.min(low.length, m.index + m[0].length + 25));
    // (a percentage or a time of day — "peak around dinner time (6–8 pm)" — is no count)
    if (!NUMBER_NEAR.test(window.replace(PERCENTAGE, ' ').replace(TIME_OF_DAY, ' '))) continue;
    // "a feed of at least 5 recommended items per day" per user, "a story gets 1.169 upvotes per minute": one entity's rate, not the system's load
    if (perEntityRate(window, sentenceAt(low, m.index))) continue;
    if (positivesCounted(low, m.index)) continue;
    // "as per GitHub API rate limiting rules we can make up to 5,000 requests per hour": a quota on
    // calls the system makes to someone else, not the load it serves
    // (or "### API Rate Limiting" → "2. **Fixed Limit (50 requests/min)**: Balances stability and usability": a cap on each client)
    if (RATE_LIMIT.test(sentenceAt(low, m.index)) || (u.headingIdx >= 0 && RATE_LIMIT.test(headingOf(u, doc)))) continue;
    // "the clinic has a hard outreach limit. For the “100 calls/day” scenario, …": what staff can do, not the system's load
    if (/^(?:calls?|contacts?|reviews?|visits)\b/.test(m[0].trim()) && HUMAN_CAPACITY.test(low.slice(Math.max(0, m.index - 160), m.index + m[0].length + 40))) continue;
    // "Control request rate (e.g., 1 req/sec to 100 req/sec for testing limits)": the dial of a load generator, not the load expected
    if (LOAD_DIAL.test(sentenceAt(low, m.index)) && !/\b(?:peak|expected|target\w*|must|should|sla|slo|handle[sd]?|sustain\w*|production)\b/.test(sentenceAt(low, m.index))) continue;
    // "4 TB/day" is data volume, "2 days per week" is not a rate of requests
    // ("800 KB/s for training and 4.5 MB/s for classifying": a processing speed in bytes, not requests)
    if (/(?:\b(?:gb|tb|pb|mb)|\d\s*(?:kb|bytes?))\s*\/\s*(?:s|sec|second|day)\b/.test(window) && !/\b(qps|rps|req|quer|predict|transact|event)/.test(window)) continue;
    // "wind speed (< 2 m/s vs ≥ 2 m/s)": a speed in metres per second, not a rate of requests
    if (/^\/\s?s/.test(m[0].trim()) && /\d\s*(?:m|km|cm|mm|ft|mi)\s*$/.test(low.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "configured a prefect deployment to run 4 times a day": how often a job runs, not the load it serves
    if (/^times /.test(m[0].trim()) && /\b(?:run|runs|running|ran|executed?|scheduled?|triggered|trigger|check(?:s|ed)?|refresh(?:es|ed)?|retrain(?:s|ed)?|update[sd]?|deployments?|jobs?|cron|pipelines?|flows?)\b[^.;]{0,40}$/.test(low.slice(Math.max(0, m.index - 60), m.index))) continue;
    // ("High Throughput: Billions of transactions": a count with no unit of time is no rate)
    if (m[0].trim() === 'throughput' && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion)?\s*(?:\/|per\b|qps|rps|tps|(?:req\w*|pred\w*|trans\w*|events?|messages?|quer(?:y|ies)|calls?|images?|docs?|documents?)\s*(?:\/|per\b|a (?:second|sec|minute|min|hour|day)\b|each\b|every\b))/.test(window)) continue;
    // a rate of content per second ("~18,000 events per second") is the system's load as it stands;
    // per day or month it may be what users make (then the doc must process it)
    if (CONTENT_RATE.test(m[0].trim()) && !/(?:\/|\bper|\ba|\beach|\bevery)\s*(?:s|sec|second)\b/.test(m[0])) {
      const s = sentenceAt(low, m.index);
      // "20k applications a month, reviewed by hand" is the workload of today's process
      if (MANUAL.test(s) && !MODEL_VERB.test(s)) continue;
      // "Trustpilot.com is a consumer review website founded in 2007 … 1 million new reviews are posted each month": a third-party site's traffic, told as background
      if (siteBackground(low, s)) continue;
      // (the content's own noun is no verb: "a consumer review website … 1 million new reviews")
      if (!PROCESS_VERB.test(s.replace(contentNounWords(m[0]), ' ')) && !docScores(doc, m[0].trim())) continue;
    }
    if (!isNegatedAt(low, m.index, m[0].length)) {
      RATE.lastIndex = 0;
      return true;
    }
  }
  RATE.lastIndex = 0;
  // "we receive around 40k tickets per day": any incoming work item, counted per unit of time
  const work = anyMatch(low, WORK_RATE, 'strong', (x) => {
    if (NOT_COUNTED.has(x[1]) || /^(?:years|days|weeks|months|hours|minutes|seconds|times)$/.test(x[1])) return false;
    const s = sentenceAt(low, x.index);
    if (siteBackground(low, s)) return false;
    // "automate this script to run every day and capture 50-100 records per day … into our dataset": data gathered, not load served
    if (DATA_GATHERED.test(s) && /\b(?:data ?sets?|database|training data|csv|corpus)\b/.test(s) && !/\b(?:predict\w*|scor\w*|requests?|quer(?:y|ies)|serv\w*)\b/.test(s)) return false;
    if (MANUAL.test(s) && !MODEL_VERB.test(s)) return false;
    if (perEntityRate(low.slice(Math.max(0, x.index - 45), x.index + x[0].length + 25), s)) return false;
    if (positivesCounted(low, x.index + x[0].indexOf(x[1]))) return false;
    // "CS has capacity to reach ~600 accounts a month" is what people can do, not the system's load
    if (/\b(?:capacity|can (?:only )?(?:reach|review|handle|call|contact)|able to (?:reach|review|handle))\b/.test(s)) return false;
    // "~4,000 tiles/minute on 32 T4s" is the rate the model processes
    // "about 70 picks a second across the two sites", "500 grasp evaluations a second in total"
    if (/^\s*(?:in total|at peak|(?:on|at) (?:the )?peak)\b/.test(low.slice(x.index + x[0].length))) return true;
    // "~9k new tickets a day", "~3,000 new inbound leads per week": new work arriving
    if (/\b(?:new|incoming|inbound|fresh)\b/.test(x[0]) && docScores(doc, x[1])) return true;
    return INCOMING.test(s) || ON_HARDWARE.test(s) || /\b(scale|volume|traffic|load|numbers?|throughput)\b/.test(u.label + ' ' + u.parentText);
  });
  if (work) return true;
  // a batch's load: "~6.7M property-nights scored per nightly run", "420k drivers, each scored once per weekly run"
  const batch = BATCH_VOLUME.exec(low);
  if (batch && !isNegatedAt(low, batch.index, batch[0].length)) return true;
  // "The streaming model performs inferences every 20 ms": one prediction per interval
  if (anyMatch(low, INFERENCE_INTERVAL, 'strong', (x) => !asksAt(low, x.index))) return true;
  // "| Predictions | ~6B/day fleet-wide |": the label names the work, the value its rate
  if (u.label && WORK_LABEL.test(u.label) && RATE_VALUE.test(valueOf(u)) && !valueNegated(u)) return true;
  // "Peak QPS" label / parent with a bare number value: "- **Peak QPS:** 60k"
  // (a percentage is no count: "GBDT on seasonal features (NDVI peak, …) | fast | plateaued at 13% RMSE")
  // ("- 10% traffic: v2 LambdaMART model": a share of traffic given to an arm, not a rate)
  if (ctxHas(u, doc, /\b(qps|rps|tps|throughput|requests? per|traffic|load|peak)\b/) && !/^\s*~?\d+(?:\.\d+)?\s*%/.test(u.label) && /\d\s*(?:k|m|b|mm|bn|thousand|million|billion)?\b/.test(valueOf(u).replace(TIME_OF_DAY, ' ').replace(PERCENTAGE, ' '))) {
    return /\b(qps|rps|tps|throughput|req|per second|\/s|traffic|peak)\b/.test(u.label + ' ' + u.parentText) || /\b(qps|rps|tps|\/s)\b/.test(low);
  }
  return false;
}

/** Work that people do, capped ("a hard outreach limit", "CS has capacity to …", "nurses can only call …"). */
const HUMAN_CAPACITY = /\b(?:outreach (?:limit|capacity|budget)|(?:staff|call|review|team) capacity|capacity to (?:call|contact|review|reach)|(?:can|could) only (?:call|contact|review|reach|handle))\b/;

/** Does the doc's model score this kind of content ("P(post will be rated false | post…)")? */
function docScores(doc: ParsedDoc, phrase: string): boolean {
  const noun = /^([a-z]+?)(?:e?s)?\b/.exec(phrase)?.[1];
  if (!noun || noun.length < 3) return false;
  let memo = SCORES_MEMO.get(doc);
  if (!memo) SCORES_MEMO.set(doc, (memo = new Map()));
  const hit = memo.get(noun);
  if (hit !== undefined) return hit;
  const re = new RegExp(String.raw`(?:classif\w*|scor\w*|predict\w*|detect\w*|moderat\w*|flag\w*|demot\w*|review\w*|p\([^)]{0,40})\W+(?:\w+\W+){0,3}${noun}`);
  let found = false;
  for (const u of doc.units) {
    if (u.low && u.low.includes(noun) && re.test(u.low)) {
      found = true;
      break;
    }
  }
  memo.set(noun, found);
  return found;
}
const SCORES_MEMO = new WeakMap<ParsedDoc, Map<string, boolean>>();

function isNegatedAt(low: string, index: number, len: number): boolean {
  const before = low.slice(Math.max(0, index - 40), index);
  return /\b(not (?:a concern|relevant|important|needed)|out of scope|n\/a)\b/.test(before + low.slice(index + len, index + len + 30));
}

// --- scale ---------------------------------------------------------------------------------------

/** Things a system has many of. Matched by word (a Set), not by a regex alternation. */
const ENTITIES = new Set(
  (
    'dau mau users customers members subscribers merchants sellers buyers drivers riders couriers restaurants items products ' +
    'skus listings homes properties hotels videos posts ads advertisers campaigns creatives images photos pictures documents ' +
    'docs pages webpages songs tracks articles events transactions accounts cards devices rows records queries searches ' +
    'sessions apps stores jobs candidates reviews comments messages creators channels games movies titles shows courses ' +
    'patients claims orders vehicles cars parcels shipments emails impressions clicks interactions labels examples samples ' +
    'edges nodes connections friends loans applications policies households tweets stories reels notifications tickets ' +
    'calls trips rides deliveries partners routes utterances conversations transcripts uploads services microservices ' +
    'series metrics sensors hosts queues locales languages markets warehouses words tokens sentences visitors viewers readers ' +
    'shoppers players learners guests people'
  ).split(' '),
);
/** Adjectives allowed between a plain number and its entity ("40 production services"). */
const SCALE_ADJ = new Set(
  'new active unique monthly daily weekly registered total distinct candidate live past historical existing indexed searchable fresh open inbound production prod running deployed managed internal paying web time training'.split(' '),
);
const MAGNITUDE = String.raw`(?:k|m|b|mm|bn|thousand|million|billion|trillion|lakh|crore)`;
/** A number, an optional magnitude, and up to four following words. */
const NUMBER_PHRASE = new RegExp(String.raw`${NUM}\s*(${MAGNITUDE})?\+?(?![a-z0-9])\s*((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)?`, 'g');
const DATA_VOLUME = new RegExp(String.raw`${NUM}\s*(?:gb|tb|pb|petabytes?|terabytes?|gigabytes?)\b`, 'g');
const MANY_OF = /\b(?:hundreds of |tens of |several |many )?(?:thousands|millions|billions|trillions) of (?:([a-z-]+) )?([a-z-]+)/g;
const SIZE_AFTER = new RegExp(String.raw`\b(?:dau|mau|users|items|catalog(?:ue)?(?: size)?|corpus)\s*(?:of|:|=|~|≈|is|are|around|about)?\s*(?:~|≈)?\s*${NUM}\s*${MAGNITUDE}\b`, 'g');
const SIZE_PAREN = new RegExp(String.raw`([a-z-]+)\s*\(\s*(?:~|≈|about |around )?${NUM}\s*${MAGNITUDE}\s*\)`, 'g');
/** Literals each pattern above cannot match without (prefilters, no `g`). */
const VOLUME_HINT = /\d\s*(?:[gtp]b|petabyte|terabyte|gigabyte)/;
/**
 * Megabytes are a data volume only when they measure the data ("offers.csv file of 85MB", "the
 * training data is 85 MB", "a 300 MB dataset"); alone they are as often one upload's or one model's size.
 */
const DATA_MB = new RegExp(String.raw`\b(?:data(?:set)?s?|csv|parquet|corpus|training (?:set|data)|logs?|dump|(?:csv |parquet |json |data )?files?)\b(?: (?:is|are|was|were|of|has|with|totals?|takes|weighs?|about|around|roughly|~|≈|\(|:)){1,3} ?${NUM}\s*(?:mb|megabytes?)\b|\b(?:data(?:set)?s?|csv|parquet|corpus)\b[^.;()]{0,80}\(${NUM}\s*(?:mb|megabytes?)\)|\b(?<!(?:up to|max(?:imum)?|limit|at most|under|below|<|≤) )${NUM}\s*-?(?:mb|megabytes?) (?:of (?:raw |training |labell?ed |historical )?(?:data|text|logs|records|images)|(?:csv |parquet |json |zip |compressed )?(?:data(?:set)?|corpus|dump|csv|training (?:set|data)|log files?))\b`, 'g');
const DATA_MB_HINT = /\d\s*-?(?:mb|megabyte)/;
/** "trained on 680,000 hours of audio": recorded media measured in hours is a data volume. */
const DATA_HOURS = new RegExp(String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s*(?:k|m|thousand|million))\+?\s*(?:hours?|hrs?) of (?:[\w-]+ )?(?:audio|speech|video|videos|recordings?|footage|podcasts?|music|driving|telemetry|transcripts?|conversations?)\b`, 'g');
const DATA_HOURS_HINT = /\d[kmb]?\+?\s*(?:hours?|hrs?) of |\d\s*(?:thousand|million) (?:hours?|hrs?) of /;
const SIZE_AFTER_HINT = /dau|mau|users|items|catalog|corpus/;
const MANY_OF_HINT = /(?:thousands|illions) of /;
const SIZE_PAREN_HINT = /\(\s*(?:~|≈|about |around )?\d/;
/** A sentence about a weakness of a metric or approach, whose numbers are an example. */
const ILLUSTRATION = /\b(?:shortcomings?|drawbacks?|downsides?|weakness(?:es)?|pitfalls?)\b[^.;]{0,80}\b(?:for example|for instance|e\.g\.?|say)\b/;
/** Kept for the candidate keys of the scale rule. */
const SCALE_KEYS = /words tokens sentences dau mau users customers members subscribers merchants sellers drivers riders restaurants items products skus listings videos posts images photos documents pages songs articles events transactions accounts cards devices rows records queries sessions stores jobs reviews messages orders impressions clicks interactions examples samples loans applications tickets trips rides deliveries utterances conversations services series metrics sensors hosts locales languages markets warehouses thousands millions billions catalog corpus gb tb pb petabytes terabytes gigabytes/;

function isEntity(word: string | undefined): boolean {
  if (!word) return false;
  return ENTITIES.has(word) || (word.endsWith('s') && ENTITIES.has(word)) || ENTITIES.has(`${word}s`);
}

/** Plural nouns after a number that are units, model sizes or times, not things a system has many of. */
const NOT_COUNTED = new Set(
  ('ms msec millis milliseconds seconds secs minutes mins hours hrs days weeks months years dollars euros pounds cents ' +
    'percent bps bytes features dimensions dims tokens trees estimators epochs layers parameters params steps iterations ' +
    'rounds buckets bins clusters classes heads neurons units times folds splits runs requests calls qps rps cores gpus ' +
    'cpus nodes replicas pods instances machines servers workers threads blades digits characters chars words lines ' +
    'points basis levels stages others ones pairs thanks yes plus less values').split(' '),
);
const FUNCTION_WORD = /^(?:the|a|an|of|per|and|or|in|on|at|to|for|with|by|from|is|are|was|were|be|each|every|more|than|less|about|over|under|up|into|as|that|which|we|it|its|our|their)$/;

/**
 * After a large number (≥ 100, or with a magnitude), the first plural noun within two words
 * ("340 turbines", "48,000 parking bays", "9,000 help articles"); -1 when there is none.
 */
function openCountNoun(phrase: string, words: readonly string[], magnitude: boolean): number {
  const digits = /^\d[\d,]*/.exec(phrase)?.[0] ?? '';
  const value = Number(digits.replace(/,/g, ''));
  if (!magnitude && (!(value >= 100) || (/^(?:19|20)\d\d$/.test(digits)))) return -1;
  for (let k = 0; k < Math.min(3, words.length); k++) {
    const w = words[k];
    if (FUNCTION_WORD.test(w)) return -1;
    if (w.length >= 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && !NOT_COUNTED.has(w)) return k;
  }
  return -1;
}

/** Index words of large plain numbers (the "000" of "48,000", and 100–999) for open count nouns. */
const LARGE_NUMBER_KEYS: readonly string[] = ['000', ...Array.from({ length: 900 }, (_, i) => String(100 + i))];

/** Candidate scale phrases of a text: [index, matched text]. */
function* scalePhrases(low: string): Generator<[number, string]> {
  NUMBER_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = NUMBER_PHRASE.exec(low)) !== null && guard++ < 40) {
    if (m[0].length === 0) {
      NUMBER_PHRASE.lastIndex++;
      continue;
    }
    // "its 401k benefits", "a 403b plan": a retirement plan's name, not 401 thousand of anything
    const words = (m[2] ?? '').split(/\s+/).filter((w) => w.length > 0);
    if (m[1] && /^40[13]\s*[kb]$/.test(m[0].slice(0, m[0].length - (m[2] ?? '').length).trim()) && !isEntity(words[0]) && !isEntity(words[1])) continue;
    let at = -1;
    if (m[1]) {
      for (let k = 0; k < Math.min(3, words.length); k++) {
        if (isEntity(words[k])) {
          at = k;
          break;
        }
      }
    } else {
      for (let k = 0; k < Math.min(3, words.length); k++) {
        if (isEntity(words[k])) {
          at = k;
          break;
        }
        if (!SCALE_ADJ.has(words[k])) break;
      }
    }
    // an open count noun after a large number: "340 turbines", "48,000 parking bays"
    if (at < 0) at = openCountNoun(m[0], words, !!m[1]);
    if (at < 0) continue;
    const upTo = m[0].indexOf(words[at], m[0].length - (m[2] ?? '').length) + words[at].length;
    yield [m.index, m[0].slice(0, upTo)];
  }
  NUMBER_PHRASE.lastIndex = 0;
  // the other patterns need a literal the text may not have: skip them cheaply when it has none
  // (same matches, without scanning every letter position of every unit)
  const hinted: ReadonlyArray<[RegExp, boolean]> = [
    [DATA_VOLUME, VOLUME_HINT.test(low)],
    [SIZE_AFTER, SIZE_AFTER_HINT.test(low)],
    [DATA_MB, DATA_MB_HINT.test(low)],
    [DATA_HOURS, DATA_HOURS_HINT.test(low)],
  ];
  for (const [re, hint] of hinted) {
    if (!hint) continue;
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    let g2 = 0;
    while ((x = re.exec(low)) !== null && g2++ < 20) yield [x.index, x[0]];
    re.lastIndex = 0;
  }
  const manyOf = MANY_OF_HINT.test(low);
  const paren = SIZE_PAREN_HINT.test(low);
  for (const re of [MANY_OF, SIZE_PAREN]) {
    if (re === MANY_OF ? !manyOf : !paren) continue;
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    let g3 = 0;
    while ((x = re.exec(low)) !== null && g3++ < 20) {
      const word = re === MANY_OF ? (isEntity(x[2]) ? x[2] : isEntity(x[1]) ? x[1] : undefined) : x[1];
      // (the phrase ends at its entity, so that what follows is read: "thousands of events per minute" is a rate)
      if (isEntity(word)) yield [x.index, re === MANY_OF && word === x[1] ? x[0].slice(0, x[0].lastIndexOf(word!) + word!.length) : x[0]];
    }
    re.lastIndex = 0;
  }
}

/** What comes before a size in bytes when it is software's ("TensorFlow is a large library of 1.2gb", "the docker image is", "containers, each averaging around"). */
const SOFTWARE_BEFORE_SIZE = /\b(?:librar(?:y|ies)|packages?|dependenc(?:y|ies)|docker images?|container images?|containers?|binar(?:y|ies)|installers?|wheels?|runtimes?|frameworks?|bundles?|(?:each |every |the |a |one )models?|checkpoints?|model (?:files?|artifacts?|weights))\b(?:,? (?:each|every one)(?: (?:averaging|weighing|taking up|using))?)?(?: is| are| was)?(?: (?:a|an|the|of|about|around|approximately|approx\.?|nearly|almost|only|roughly|large|huge|big|small|~))*\s*$/;
/** Data words near a size, which keep it a data volume ("the dataset of the library is 2 GB"). */
const DATA_NEAR_SIZE = /\b(?:data(?:set)?s?|records|rows|corpus|logs?)\b/;
/** A size limit per file, image or package ("50mb per file", "10gb for docker image"). */
// ("40 TB of images" is a volume of data: "of" names a limit only with a determiner, "10gb of the docker image")
const SIZE_LIMIT_PER_THING = /^[\d.,]+\s*(?:gb|tb|mb|bytes?)\s*(?:(?:per|for) (?:the |a |an |each |every )?|of (?:the |a |an |each |every ))(?:docker |container |deployment |function )?(?:images?|files?|zips?|layers?|packages?|uploads?|functions?|containers?)\b/;
/** A value that gives software's or a platform's sizes, not the data's. */
const SOFTWARE_SIZE_VALUE = /\b(?:docker images?|container images?|librar(?:y|ies)|zip|per file|deployment packages?)\b/;

/** A table's shape as pandas prints it, rows first: "Dataframe dimensions: (1010737, 28)", "df.shape → (54,321, 12)". */
const DATAFRAME_SHAPE = /\b(?:shape|dimensions?)\b[^(\n]{0,12}\(\s*(\d[\d,]{3,})\s*,\s*\d+\s*\)/;

/** A count of users or customers, with nothing naming whose, then "globally" / "worldwide": the product's user base. */
const PRODUCT_USERS_WORLDWIDE = /^[\d.,]*\s*(?:k|m|b|mm|bn|thousands|millions|billions|thousand|million|billion)?\s*(?:of )?(?:active |registered |monthly |daily )?(?:users|customers|subscribers|members|players|merchants|sellers)\s*(?:globally|worldwide|across the (?:world|globe))\b/;
const WORLD_STAT = /\b(?:in the world|worldwide|globally|the world'?s|(?:if you |when you )?(?:google|search(?:ing)?|look(?:ing)? up) (?:for )?["“'][^"”']{1,60}["”'][^.;]{0,40}\bfind|(?:related |matching )?(?:web ?pages|search results|hits) (?:on|in) (?:the )?(?:www|web|internet|google)|lives|deaths|fatalities|casualties|across the (?:world|globe|internet)|(?:gets|is|are) (?:generated|created|produced) (?:every|each|per) (?:day|year|second|minute))\b/;

/** Where a count of people lives, when it is a whole country's ("… people in the United States", "… nationwide"). */
const NATION_WIDE = /^\s*(?:(?:living|who live|residing) )?(?:(?:in|across|throughout) (?:the )?(?:united states|u\.s\.a?\.?|usa|america|united kingdom|u\.k\.|uk|india|china|europe|(?:whole |entire )?(?:country|nation))\b|nationwide\b|across the country\b)/;

/** A caption that names a count of the system's load ("number of concurrent users: 1-10", "DAU: 40k"). */
const COUNT_LABEL = /^(?:(?:expected|estimated|max(?:imum)?|peak|average|total) )?(?:(?:number|no\.?|#|count) of (?:(?:concurrent|simultaneous|active|daily|monthly|expected|unique) )?(?:users|customers|clients|requests|queries|calls|predictions|sessions|visitors|transactions|documents|records|items|products)|(?:concurrent|simultaneous|daily active|monthly active|active) users|dau|mau)$/;

/**
 * The clause of a sentence holding `index`, cut at ", " / "; " / " and " / " while " / " but ": "The train data set contains
 * 8693 rows and the test set contains 4277 rows" speaks of the training data in its first clause.
 */
function clauseAt(low: string, index: number): string {
  const [a, b] = sentenceBounds(low, index);
  const s = low.slice(a, b);
  const rel = index - a;
  const CUT = /,\s|;\s|\s(?:and|while|but|whereas)\s/g;
  let from = 0;
  let to = s.length;
  let m: RegExpExecArray | null;
  while ((m = CUT.exec(s)) !== null) {
    if (m.index + m[0].length <= rel) from = m.index + m[0].length;
    else if (m.index >= rel) {
      to = m.index;
      break;
    }
  }
  return s.slice(from, to);
}
/** Words of an evaluation run (its sample count sizes the test, not the system). */
const EVAL_RUN = /\b(?:test (?:period|set|split|data)|validation (?:set|period|data)|hold-?out|held[- ]out|evaluat\w*|mape|mae|rmse|smape|accuracy|f1|auc|error rate|scored on|tested on)\b/;

/** People counted per day or month ("90k unique customers per month"): a user base, like DAU / MAU. */
const PEOPLE_COUNTED = /(?:users|customers|visitors|members|subscribers|players|listeners|viewers|readers|shoppers|buyers|learners|students|patients|drivers|riders)$/;

/** A sentence that cites its source ("[@snap2016]", "[3]", "Smith et al.") or reports others' work. */
const CITED_SENTENCE = /\[@[\w:.-]+(?:;\s*@[\w:.-]+)*\]|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?![(:])|\bet al\.?(?=[\s,;)]|$)|\b(?:other|previous|prior|earlier) (?:researchers|studies|works?|papers)\b/;

/** A language model family named right before a size ("llama 3B", "Qwen2.5-7B"): the size is its parameter count. */
const LLM_BEFORE_SIZE = /\b(?:llama|llma|lama|mistral|mixtral|gemma|qwen|phi|falcon|gpt-?j|gpt-?neo(?:x)?|bloom|mpt|vicuna|deepseek|olmo|pythia|opt|flan-?t5|t5|bert|yi|baichuan|chatglm|starcoder|codellama)(?:[-.]?v?\d+(?:\.\d+)?)?(?:[- ](?:chat|instruct|base|it))?[- ]?$/;
function scaleEvidence(u: Unit, doc: ParsedDoc): boolean {
  // "- number of concurrent users: 1-10": the load stated under its own caption, however small
  if (u.label && COUNT_LABEL.test(u.label) && /^\s*(?:~|≈|about |around |up to |<|≤|>|≥)?\s*\d/.test(valueOf(u)) && !valueNegated(u)) return true;
  const shape = DATAFRAME_SHAPE.exec(u.low);
  if (shape && parseInt(shape[1].replace(/,/g, ''), 10) >= 1000) return true;
  const low = spellNumbers(u.low);
  // every scale statement has a number or a "millions of"
  if (!/\d|illions|thousands/.test(low)) return false;
  // a reference list entry ("Moro, R. … In P. Novais et al. (eds.), Proceedings of …, pp. 117-121, 2011"): its numbers are a citation's
  if (/\bet al\.|\(eds?\.\)|\bproceedings of\b/.test(low) && /\bpp?\.\s*\d/.test(low)) return false;
  for (const [index, text] of scalePhrases(low)) {
    // "… collected the login information of more than 50,000 Snapchat users [@snap2016]", "other researchers
    // used a data set of 2893 messages [3]": a cited study's or incident's numbers, not this system's
    if (CITED_SENTENCE.test(sentenceAt(low, index))) continue;
    // "57th place of 1702 teams", "114th position among 1306 participants", "the largest competition, with 5,123 teams",
    // "~300 points in leaderboard", "top 10 of 183 participants" in a course: a contest's field or a leaderboard gap, not the system's scale
    if (/(?:teams|participants|competitors|entrants|kagglers|points|students)$/.test(text) && /\b(?:place|position|rank\w*|leaderboard|lb|competition|contest|challenge|top \d+ (?:of|out of)|courses?|cohort|peer[- ]review\w*)\b/.test(sentenceAt(low, index))) continue;
    // "an error (e.g. 503 Service Unavailable)": an HTTP status code
    if (/^[1-5]\d\d\s+(?:service unavailable|bad gateway|gateway time-?out|internal server error|not found|bad request|unauthori[sz]ed|forbidden|too many requests|unprocessable entity|method not allowed|conflict|created|no content|accepted)\b/.test(low.slice(index, index + 40))) continue;
    // "a 404 message is returned": an HTTP status code
    if (/^[1-5]\d\d\s+(?:messages?|errors?|pages?|responses?|status(?:es)?|codes?)\b/.test(low.slice(index, index + 20))) continue;
    // "Violations detected: 18/14,712 recommendations": the denominator of a fraction measured, not a count the system has
    if (/\d\s*\/\s*$/.test(low.slice(Math.max(0, index - 4), index))) continue;
    // "AES-256", "SHA-256", "ResNet-50", "GPT-4": the number is part of a name
    if (/[a-z]-$/.test(low.slice(Math.max(0, index - 2), index))) continue;
    // "localhost:8000", "0.0.0.0:9696": a port
    if (/[a-z0-9.\]-]:$/.test(low.slice(Math.max(0, index - 2), index))) continue;
    // "a Dense Layer with 2048 nodes": the width of a network layer, not a fleet
    if (/\b(?:nodes|neurons|units|filters|heads)$/.test(text) && /\b(?:layers?|dense|hidden|neural|network|conv\w*|attention|mlp)\b/.test(sentenceAt(low, index))) continue;
    // "Millions of people suffer from diabetic retinopathy", "a population size predicted to be over 9 billion people":
    // how common a disease is, or the world's population, not the system's users
    if (/\b(?:people|persons|patients|adults|children|individuals)$/.test(text) && /\b(?:suffer\w*|(?:are |is )?affected by|die|dies|died|diagnosed|living with|live with|population size|world(?:'s)? population|global population)\b/.test(sentenceAt(low, index))) continue;
    // "a team of 4 people", "2 people label each image": people count as scale only by the thousand ("100 million people visit")
    if (/\bpeople$/.test(text) && !/illions?|thousands?|\d\s*[kmb]\b|\d{1,3}(?:,\d{3})+/.test(text)) continue;
    // "From 2M pulls to 11M pulls", "40k GitHub stars": a tool's popularity, not the system's load or data
    if (/(?:pulls|downloads|stars|forks|installs|clones)$/.test(text)) continue;
    // "Our total coverage is 58% (619 misses out of 1479 statements)": the size of the code under test, not the data's
    if (/(?:statements|lines(?: of code)?|loc|tests|test cases|commits|branches|misses|functions|files)$/.test(text) && /\b(?:coverage|codebase|code base|unit tests?|pytest|test suite|repo(?:sitory)?)\b/.test(sentenceAt(low, index))) continue;
    // "| Frontend | 2 cores | 2GB | 1GB | 100Mbps |" under "CPU | RAM | Disk": a machine's size, not the data's
    if (u.kind === 'row' && /(?:gb|tb|mb|gib|tib|cpus?|vcpus?|cores?)$/.test(text) && /\b(?:ram|memory|cpus?|vcpus?|cores?|disk|storage|gpus?)\b/.test(u.parentText)) continue;
    // memory sizes are budget, not data volume
    if (/(?:gb|tb|pb|bytes?)$/.test(text) && /^\s*(?:of\s*)?(?:ram|memory|vram|gpu|hbm|card|graphics|per (?:node|gpu|machine|instance)|model)/.test(low.slice(index + text.length, index + text.length + 20))) continue;
    // "The Docker images required for the following components occupy approximately 5.4 GB of local disk space",
    // "| Persistent Volume (10GB) | Entire duration |": software's footprint or a disk allotted, not the data's volume
    if (/(?:gb|tb|mb|gib|tib)$/.test(text) && (/\b(?:docker |container )?images?\b[^.;]{0,60}\b(?:occup(?:y|ies)|takes? up|use|uses|requires?|needs?|weighs?|consumes?)\s+(?:about |around |approximately |roughly |~|≈)?$/.test(low.slice(Math.max(0, index - 90), index)) || /\b(?:persistent |block |attached |ebs |local )?(?:volumes?|disks?|ssds?|buckets?)\s*\(\s*$/.test(low.slice(Math.max(0, index - 30), index)))) continue;
    // "a 4-core, 24GB machine with a 200GB disk": a machine's size, not the data's
    if (/(?:gb|tb|mb|gib|tib)$/.test(text) && /^\s*(?:machines?|vms?|instances?|servers?|box(?:es)?|nodes?|disks?|ssds?|hdds?|drives?|volumes?)\b/.test(low.slice(index + text.length, index + text.length + 12))) continue;
    // "1 node, total of 2 vCPUs with 7.5 GB": the memory beside a machine's CPUs, not the data's volume
    if (/(?:gb|tb|mb|gib)$/.test(text) && /\b\d+\s*(?:v?cpus?|cores?|gpus?|nodes?)\s*(?:with|and|,|\/|\+|x|×)\s*(?:about |around |~)?$/.test(low.slice(Math.max(0, index - 30), index))) continue;
    // "llma 3B trains on the plant categories", "Mistral 7B": a language model's parameter count, not the data's size
    if (/^\d+(?:\.\d+)?\s?b\b/.test(text) && LLM_BEFORE_SIZE.test(low.slice(Math.max(0, index - 20), index))) continue;
    // "Minimum 8GB RAM, 16GB+ recommended": the second memory size of a machine's requirement
    if (/(?:gb|tb|mb)$/.test(text) && /\d\s*(?:gb|tb|mb)\s*(?:of\s*)?(?:ram|vram|memory)\b[^.;\d]{0,14}$/.test(low.slice(Math.max(0, index - 36), index))) continue;
    // "RAM: minimum 16GB", "a 4096 CPU and 8192 GB container": a machine's size, not the system's load
    if (/(?:gb|tb|mb|gib|bytes?|cpus?|vcpus?|cores?)$/.test(text) && (/\b(?:ram|memory|vram|mem|disk|storage|hard drive|ssd)\*{0,2}\s*(?::|=|-|of|to|at)?\s*(?:minimum|min\.?|at least|up to|max(?:imum)?|~|≈)?\s*$/.test(low.slice(Math.max(0, index - 30), index)) || /^\s*(?:\w+ ){0,3}(?:containers?|instances?|machines?|vms?|nodes?|servers?|task definitions?|dynos?)\b/.test(low.slice(index + text.length, index + text.length + 40)) || /^(?:\d[\d,.]*\s*)(?:cpus?|vcpus?|cores?)$/.test(text))) continue;
    // "TensorFlow is a large library of 1.2gb size", "the docker image is 2 GB": software's size, not the data's
    if (/(?:gb|tb|mb|bytes?)$/.test(text) && SOFTWARE_BEFORE_SIZE.test(low.slice(Math.max(0, index - 40), index)) && !DATA_NEAR_SIZE.test(low.slice(Math.max(0, index - 40), index + text.length + 20))) continue;
    // "Lambda limits 50mb per file (zip) and up to 10gb for docker image": a platform's size limit
    if (SIZE_LIMIT_PER_THING.test(low.slice(index, index + 60))) continue;
    // "3,000 transactions per second" is a rate; "80M posts a day" of content is a data volume
    const after = low.slice(index + text.length, index + text.length + 12);
    if (!/(?:gb|tb|pb|bytes?)$/.test(text) && /^\s*(?:\/|per|a|an|each|every)\s*(?:s|sec|second|min|minute|hr|hour|day|week|month|year)\b/.test(after)) {
      const perDay = /^\s*(?:\/|per|a|an|each|every)\s*(?:day|week|month|year)\b/.test(after);
      if (!perDay || !/(?:posts|images|photos|pictures|videos|documents|docs|events|logs|messages|emails|tweets|stories|reels|uploads|utterances|conversations|calls|transcripts|records|rows|impressions|clicks|interactions)$/.test(text) && !PEOPLE_COUNTED.test(text)) continue;
      // ("They can contact about 20,000 customers a week": the team's capacity, not the user base)
      if (PEOPLE_COUNTED.test(text) && /\b(?:contact|call|e-?mail|reach|review|process|handle|visit|inspect|serve|treat|onboard|interview|survey)\w*\s+(?:(?:about|around|roughly|up to|at most|only|some)\s+|~\s*)?$/.test(low.slice(Math.max(0, index - 30), index))) continue;
    }
    // "Text chunking with 512 token chunks and 50% overlap", "a 4096-token context": the size of one input, not the system's
    if (/^\d[\d,]{0,6}\s*-?tokens?\b/.test(text) && !/^\s*(?:\/|per|a|an|each|every)\s*(?:s|sec|second|min|minute|hr|hour|day|week|month|year)\b/.test(low.slice(index + text.length, index + text.length + 12))) continue;
    // "more 12,500 categories exist in the category taxonomy": the labels a classifier picks from, not the system's size
    if (/(?:categories|labels|classes|tags)$/.test(text) && /^\s*(?:exist |are )?(?:in|of) (?:the |our |a |its )?(?:[\w-]+ )?(?:taxonomy|hierarchy|ontology|label set)\b/.test(low.slice(index + text.length, index + text.length + 40))) continue;
    // "500 predictions within 4s": a load test's burst, a rate, not the system's size
    // ("calls of 100 images", "batches of 64 images": the size of one call)
    if (/(?:predictions|requests|calls|queries|inferences)$/.test(text) && /^\s*(?:(?:with)?in|under|in less than|in under) (?:~|about )?\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/.test(low.slice(index + text.length, index + text.length + 24))) continue;
    if (/\b(?:calls?|requests?|batch(?:es)?|chunks?|mini-?batch(?:es)?) of (?:~|about )?$/.test(low.slice(Math.max(0, index - 20), index))) continue;
    // "call-backs per 100 claims": the denominator of a rate, not a count the system has
    if (/\bper\s*$/.test(low.slice(Math.max(0, index - 6), index))) continue;
    // "an RGB image with 210 x 160 pixels": the size of one input, not of the system
    // ("75 out of 700 features", ">100 interdependent binary labels": the width of one example)
    if (/(?:pixels?|px|channels?|dimensions?|features|columns|attributes|variables|classes|(?:binary|output|target) labels)$/.test(text) || /\d\s*(?:x|×)\s*$/.test(low.slice(Math.max(0, index - 6), index))) continue;
    // "Success rate (200 vs 500 status codes)": HTTP status codes, not a count
    if (/^[1-5]\d\d\b/.test(text) && /\b(?:status|http|response|error) codes?\b|\b[1-5]xx\b/.test(sentenceAt(low, index))) continue;
    // "in 2015, whereas the video games industry …": a year, not a count
    if (/^(?:19|20)\d\d\b(?![,.]\d)/.test(text) && /\b(?:in|since|by|until|from|of|before|after|during|year)\s*$/.test(low.slice(Math.max(0, index - 8), index))) continue;
    // "Since July 2019, related links …", "8 January 2024": a year in a date, not a count
    if (/^(?:19|20)\d\d\b(?![,.]\d)/.test(text) && /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,? (?:\d{1,2}(?:st|nd|rd|th)?,? )?$/.test(low.slice(Math.max(0, index - 16), index))) continue;
    // "the Full Stack Deep Learning 2021 course": a year before a singular noun names an edition
    if (/^(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,2}[a-z-]*[^s\W]$/.test(text)) continue;
    // "Figure 3.1 Sample flow", "Table 2 rows": a reference number, not a count
    if (/\b(?:figure|fig\.?|table|section|sec\.|eq(?:uation)?\.?|chapter|appendix|listing|algorithm)\s*$/.test(low.slice(Math.max(0, index - 12), index))) continue;
    // "14 billion parameters", "4096 bits in our binary semantic hash", "max 100 concurrent jobs": a model's
    // parameter count, a code's width or the compute's parallelism, not the load or the data
    if (/(?:parameters|params|bits)$/.test(text) || /\b(?:concurrent|parallel|simultaneous)\s+(?:training |inference |batch )?(?:jobs|workers|threads|processes|tasks)$/.test(text)) continue;
    // "Model Size: … approximately 28GB": the model's size, not the data's
    if (/(?:gb|tb|mb|bytes?)$/.test(text) && /\bmodel (?:size|weights|footprint|artifacts?)\b/.test(u.label)) continue;
    // "the 13b, 30b, and 65b models": a model's parameter count, not the system's size
    if (/^\d+(?:\.\d+)?\s*b\s+(?:[\w-]+\s+)?(?:models?|params|parameters|llms?|checkpoints?|weights|variants?)$/.test(text)) continue;
    // "Memory: 4 GB 64-bit LPDDR4", "a 2 TB secondary hard drive": the machine's memory or disk, not the data's volume
    if (/(?:gb|tb|gigabytes?|terabytes?)$/.test(text) && /\b(?:memory|ram|vram|lpddr\d*|ddr\d*|gpus?|graphics|disk|ssd|hdd|hard[- ]?drive|emmc)\b/.test(u.label + ' ' + sentenceAt(low, index)) && !/\b(?:data(?:set)?s?|logs?|images|records|rows|events|corpus|videos|files)\b/.test(sentenceAt(low, index))) continue;
    // "$38.3 billion in revenues": an amount of money, not a count of users or data
    if (/(?:\$|€|£|usd ?|eur ?)\s?$/.test(low.slice(Math.max(0, index - 4), index))) continue;
    // "top 10 items", "k=50 candidates" are result sizes, not the scale of the system
    if (/\b(top|k\s*=|return|show|display|up to|first|last)\s*$/.test(low.slice(Math.max(0, index - 12), index))) continue;
    // "Filters 500 → 200 candidates": a stage's list per request, not the catalogue (counted in millions)
    // (job candidates are people: "with only 5000 candidates and several hundred employers")
    if (/\bcandidates$/.test(text) && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion)\b/.test(text) && parseFloat(text.replace(/,/g, '')) < 100000 && !/\b(?:employers?|employees|recruit\w*|hiring|job (?:seekers?|ads?|postings?)|applicants?|resumes?|cvs?|volume of users)\b/.test(sentenceAt(low, index))) continue;
    // "Limit final output to Top-K (e.g., 500–1000 candidates)": the size of the top-k, given as an example
    if (/\btop[- ]?[kn]\b[^.;\d]{0,14}(?:[\d,.]+\s*[–-]\s*)?$/.test(low.slice(Math.max(0, index - 30), index).replace(/\b(?:e\.g|i\.e)\./g, 'eg'))) continue;
    // "each with 200–1,500 hotels", "~60 sensors each": a size per request or per thing, not the system's
    if (/\b(?:each|every|per \w+)(?: with| has| holds| of)?\s*(?:[\d,.]+\s*[–-]\s*)?(?:~|≈|about |around |up to )?$/.test(low.slice(Math.max(0, index - 24), index)) || /^\s*(?:each|apiece|per (?:request|query|search|page|user|session|call))\b/.test(after)) continue;
    // ("2 terabytes" is a data volume, however small its number)
    if (/^\s*\d{1,2}\s+\w/.test(text) && !/(?:k|m|b|mm|bn|thousand|million|billion|trillion|dau|mau)\b/.test(text) && !/\d{3}/.test(text) && !/(?:petabytes?|terabytes?|gigabytes?)$/.test(text)) continue;
    // "a text document containing 1000 words or less", "512 tokens": the size of one input; a corpus
    // of "a million words" or "2B tokens" is the data's
    if (/\b(?:words|tokens|sentences)$/.test(text) && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion|trillion)\b/.test(text) && parseFloat(text.replace(/,/g, '')) < 100000) continue;
    // "MAPE over the test period was 3.1% (5136 predictions)", "evaluated on 2,000 images": the size of an evaluation run
    if (/(?:predictions|forecasts|samples|images|examples|rows|records)$/.test(text) && EVAL_RUN.test(clauseAt(low, index)) && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion)\b/.test(text) && !/\b(?:per (?:day|week|month|hour|second)|daily|a day|each day|every day|in production|users?|customers?)\b/.test(sentenceAt(low, index))) continue;
    // "Shortcoming: it treats a post with 100K views and one with 10 views equally": an illustration
    if (ILLUSTRATION.test(sentenceAt(low, index))) continue;
    // "More than a million terabytes of data gets generated every day": the world's data, not this system's
    // "Cache stored in cache.json (max 100 entries)": a cache's or queue's capacity, not the data's size
    if (/\b(?:max(?:imum)?|up to|at most|limit(?:ed)? (?:to|of)|capacity (?:of )?|holds? up to|keeps? (?:the )?(?:last|latest|top))\s*[:=]?\s*$/.test(low.slice(Math.max(0, index - 24), index)) && /\b(?:cach\w*|buffers?|queues?|lru|history|window|memory)\b/.test(sentenceAt(low, index))) continue;
    // ("Millions of users globally": the product's own users, counted worldwide; "5 billion internet users worldwide" stays the world's)
    if (WORLD_STAT.test(sentenceAt(low, index)) && !/\b(?:our|we|us)\b/.test(sentenceAt(low, index)) && !PRODUCT_USERS_WORLDWIDE.test(text + low.slice(index + text.length, index + text.length + 30))) continue;
    // "bring a homely feeling to millions of people in the United States": a country's people, not the system's users
    if (/(?:people|persons|individuals|citizens|residents|adults|children|households|americans)$/.test(text) && NATION_WIDE.test(low.slice(index + text.length, index + text.length + 40)) && !/\b(?:our|we|us(?:e|es|ing)?|visit\w*|sign(?:ed)? up)\b/.test(sentenceAt(low, index))) continue;
    // "the project will simulate 100 records by sampling values from the training dataset": a demo's input, not the data's size
    if (/\b(?:simulat\w*|generat\w*|fake|dummy|toy|mock)\s+(?:\w+\s+)?$/.test(low.slice(Math.max(0, index - 24), index)) && parseFloat(text.replace(/,/g, '')) < 1000 && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion)\b/.test(text)) continue;
    // "simulate 1000 users with spawn rate equals to 10 users per second": a load test's virtual users, not the user base
    if (/\b(?:users|clients|requests)$/.test(text) && /\b(?:simulat\w*|spawn rate|load[- ]?test\w*|stress[- ]?test\w*|locust|jmeter|k6|virtual users|concurrent users)\b/.test(sentenceAt(low, index))) continue;
    // "50-100 labels sufficient for a useful per-project model": how many examples a model needs, not the data's size
    if (/\b(?:labels|examples|samples|annotations)$/.test(text) && /^\s*(?:are |is |would be |should be )?(?:sufficient|enough|needed|required)\b/.test(low.slice(index + text.length, index + text.length + 20)) && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion)\b/.test(text)) continue;
    // "notifies the model training service … when an existing city has more than 100 labelled images": the count that triggers a retraining, not the data's size
    if (/\b(?:more than|over|at least)\s*$/.test(low.slice(Math.max(0, index - 14), index)) && /\b(?:notif\w*|trigger\w*|re-?train\w*|kicks? off|training (?:service|job|pipeline|run))\b/.test(sentenceAt(low, index)) && !/\d\s*(?:k|m|b|mm|bn|thousand|million|billion)\b/.test(text)) continue;
    if (!isNegatedAt(low, index, text.length)) return true;
  }
  // (not software's size under it: "due to such large volume" → "Lambda limits 50mb per file (zip) and up to 10gb for docker image")
  if (ctxHas(u, doc, /\b(scale|users|dau|mau|catalog|items|data volume|volume)\b/) && /\d[\d,.]*\s*(?:k|m|b|mm|bn|thousand|million|billion|tb|pb|gb)\b/.test(valueOf(u)) && !SOFTWARE_SIZE_VALUE.test(valueOf(u))) return true;
  return false;
}

// --- budget --------------------------------------------------------------------------------------

// ("< 50$": a "$" after the amount; the look back for an opening LaTeX "$" runs only once that "$" is seen ahead)
// ("256 $\times$ 256 pixels", "$256 \times 256$": LaTeX math, not dollars)
const MONEY = /(?:(?<!\\[a-z]+)\$(?!\d[\d.]*\s?[\\^_{])|usd ?|€|£|₹)\s?\d|\d[\d,.]*\s?(?:k|m)?\s?[€£₹](?!\w)|\d(?=[\d,.]*\s?(?:k|m)?\s?\$(?![\w$\\^_{]))(?<=(?<![\w.,])\d)(?<!\$[^$]{0,60}\d)[\d,.]*\s?(?:k|m)?\s?\$|\d[\d,.]*\s*(?:k|m)?\s*(?:usd|dollars|eur|euros?|pounds|gbp|kr|sek|nok|dkk|kroner|kronor|chf|inr|rupees|yen|jpy|cny|rmb|yuan)\b/;
const COST_CTX =
  /\b(cost\w*|budget\w*|spend\w*|spent(?= (?:\w+ )?(?:on|for|in) (?:the )?(?:project|cloud|compute|training|gpus?|infra\w*|hosting|aws|gcp|azure|storage|inference|serving)\b)|bill\w*|(?:used|spent|consumed|burned) [^.;]{0,20}\bcredits|infra\w*|compute|serving|hosting|cloud|gpus?|cpus?|instances?|training (?:run|job)|per month|\/ ?month|monthly|\/ ?mo\b|per (?:year|day|hour|prediction|query|request|1k|1,000|million)|\/ ?(?:hr|hour|year)|ec2|aws|gcp|azure|savings?)\b/;
const NOT_COST = /\b((?<!\b(?:serving|inference|compute|infra\w*|cloud|hosting|gpu|api|storage|model|llm|token|run(?:ning)?) )cost per (?:retained |acquired |new |converted |saved |won |paying )?(?:customers?|users?|leads?|acquisitions?|conversions?|subscribers?|members?|patients?|sales?|hires?)\b|(?:users?|customers?|members?|shoppers?|buyers?|players?|people|persons?|clients?|visitors?|guests?) (?:spends?|spent|spending|pays?|paid|orders?|ordered|buys?|bought|purchases?|purchased|adds?|added)|ask(?:s|ed|ing)? for (?:[£$€] ?)?\d|(?:a year|annually|per year|a month|monthly) in (?:manual )?labou?r\b|(?:defect|product|customer)[- ](?:related )?returns\b|(?:wants?|wanted|asks? for|asking for|requests?|requesting) (?:money|payment|cash)|to cover (?:my|their|his|her|your) (?:own )?costs?|cheaper than paying|settlement|charge-?offs?|exposure|risk appetite|penalt(?:y|ies)|instead of paying|(?:we )?(?:save|saves|saved|saving|savings of) (?:about |around |~|€|\$)?\d[\d,.]*|paying [^.;]{0,30}\bto (?:the |an? )?(?:external|outsourc\w*|third)|lost|los(?:e|es|ing)|downtime|outages?|loss(?:es)?|revenues?|gmv|sales|fraud|chargebacks?|amount|amount_\w+|(?:forecast|prediction|error|misclassification|mistake)s? costs?|costs? of (?:an? |each |every )?(?:errors?|mistakes?|false (?:positives?|negatives?|alarms?)|misclassif\w*|stock-?outs?|waste|over-?stock\w*|under-?stock\w*)|(?:each|per|a|one) (?:loaf|unit|item|product|bottle|box|kg|pound) (?:costs?|is worth|sells for)|(?:exponential|normal|gaussian|log-?normal|uniform|poisson|(?:right|left)-skewed|skewed|spending|price|amount) distribution|price of the|transaction value|basket|order value|payouts?|paid[- ]out|cashback|fee waivers?|offers? budget|salary|fine[sd]?|penalt\w*|coupons?|discounts?|incentives?|marketing|promotions?|ad spend|bids?|refunds?|(?=credit)(?<!\b(?:used|spent|consumed|burned) [^.;]{0,20})credits?|surveys?|vendors?|manual (?:review|labou?r|work|process)|headcount|staff|contractors?|agents? cost|(?:in|for|across|to) (?:the )?(?:[\w-]+ ){0,2}(?:sector|industry|economy)|(?:sector|industry)[- ]wide|cost(?:s|ing)? (?:the )?(?:[\w-]+ ){0,2}(?:economy|economies|world|society|sector|industry|businesses|companies|taxpayers))\b/;
/** Words that make an amount what the system costs: "cheap to deploy, train, run. < 50$". */
const SYSTEM_COST = /\b(?:cheap\w*|expensive|afford\w*|cost\w*|budget\w*|spend\w*)\b[^.;]{0,60}\b(?:deploy\w*|train\w*|run\w*|host\w*|serv\w*|operat\w*|build\w*|project|system|infra\w*|compute|cloud)\b|\b(?:deploy\w*|train\w*|run\w*|host\w*|serv\w*|operat\w*|project|system|infra\w*|compute|cloud)\b[^.;]{0,60}\b(?:cheap\w*|expensive|afford\w*|cost\w*|budget\w*)\b/;
const CUT_BY = /\b(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|bring\w* down) [^.;]{0,50}\bby (?:about |~|≈)?\d+(?:\.\d+)? ?%/;
/** A sentence about how a training run goes (its hardware is a setting, not a budget). */
/** Words that make hardware a limit or an allowance ("at most 8 GPUs", "8 A100s reserved"). */
const CAPPED = /\b(?:budget\w*|cost\w*|spend\w*|reserved|capacity|quota|allocat\w*|limit\w*|at most|max(?:imum)?|no more than|within)\b/;
/** Memory a run used ("training … consumed roughly 30 GB of memory", "peak usage was 12 GB"). */
const MEMORY_CAP = /\b(?:budget\w*|reserved|quota|allocat\w*|limit\w*|at most|max(?:imum)?|no more than|within|cap(?:ped)?|must|should|fits?)\b/;
/** What a run used, or a part put into a machine ("a 2 TB SSD card was added to the computer board"): no cap set. */
const MEMORY_USED = /\b(?:consum(?:ed|es)|used up|took up|peaked at|peak usage (?:was|of)|ended up using|required roughly|needed roughly|(?:was|were) (?:added|installed|attached|mounted|plugged in|fitted) (?:to|in|into|on)\b)/;
const TRAINING_RUN = /\b(?:epochs?|fine-?tun\w*|(?:re)?train(?:ing|s)? (?:takes|runs|run|job)|data[- ]parallel\w*|learning rate|batch size|autotune)\b/;
/** Money per unit of the business ("€4.10 per returned parcel"): unit economics, not what the system may cost. */
const BUSINESS_UNIT_COST = /^[^;]{0,20}?(?:\bper |\/ ?)(?:returned |lost |disputed |manual )?(?:parcel|return|order|claim|customer|booking|shipment|ticket|loan|chargeback|delivery|trip|incident|case|visit|no-?show|table)s?\b/;
const HARDWARE =
  /\d(?<![a-z0-9.]\d)[\d,]*\s*-?\s*(?:x|×)?\s*(?:nvidia |aws |gcp )?(?:[a-z]?\d{2,3}[a-z]? )?(?:gpus?|tpus?|vcpus?|cpus?|cpu cores|cores?(?! (?:components?|concepts?|modules?|features?|parts?|elements?|ideas?|principles?|values?|services?|steps?|pillars?|areas?|functions?|functionalit\w*|competenc\w*|skills?|tasks?|metrics?|libraries|packages?|apis?|classes)\b)|instances?(?! of (?!(?:an? |the |our |each )?(?:[\w-]*\d|ml\.|ec2|models?|services?|apis?|servers?|containers?|endpoints?|inference|gpus?|vms?|the)\b))|nodes?|machines?(?! learning)|servers?|pods?|replicas?|hosts?|a100s?|h100s?|v100s?|t4s?|l4s?|a10g?s?|p[34]d?\.\w+|g[45]\w*\.\w+)\b|\b\d+\s*(?:x|×)\s*(?:a100|h100|v100|t4|l4|a10g?)\b|\b\d+\s*(?:gpu|cpu|tpu)[- ]hours?\b/;
const MEMORY =
  /\b\d+\s*(?:gb|tb|gib|mb)s?\s*(?:of\s*)?(?:(?:available|video|gpu|system|resident|peak|working) )*(?:ram|memory|vram|gpu memory|hbm|storage|disk|ssd)\b|\b(?:gpus?|gpu (?:cluster|nodes?|machines?|instances?)|machines?|nodes?|instances?|servers?) with (?:at least |a minimum of |min(?:imum|\.)? |up to |[≥>]=? ?)?\d+\s*(?:gb|tb|gib)\b|\b(?:ram|memory|vram|storage|disk)\s*(?:of|:|<|≤|<=|under|budget|footprint|limit|cap)?\s*(?:~|≈)?\s*\d+\s*(?:gb|tb|mb|gib)\b|\bmemory footprint\b[^.;]{0,30}\d|\b\d+(?:\.\d+)?\s*(?:[–-]\s*\d+(?:\.\d+)?\s*)?% (?:additional |extra |more )?(?:cpu|memory|ram|gpu)(?: (?:usage|overhead|utili[sz]ation|time))?(?=[^.;]{0,20}\b(?:at most|max(?:imum)?|overhead|budget|cap)\b)|(?:at most|no more than|under|below|<|≤|max(?:imum)?(?: of)?) ?\d+(?:\.\d+)?\s*% (?:additional |extra |more )?(?:of (?:the |a |one )?)?(?:cpu|memory|ram|gpu)\b|\b(?:fits?|fitting) (?:in(?:to)?|within|under) (?:[<≤~]\s*|under |below )?\d+\s*(?:kb|mb|gb|kib|mib)\b|(?:[<≤]|under|below|at most|within) ?\d+(?:\.\d+)?\s*% of (?:one|a|an|\d+|the) (?:dsp|cpu|gpu|npu|mcu|tpu)(?: cores?)?\b/;

/** A cap on compute time: a plan's or quota's hours of usage ("free plan … only allows 12hrs of free usage"). */
const COMPUTE_TIME_CAP =
  /\b(?:free (?:plan|tier)|quotas?|allowance|allows?|allowed|capped|limited to|limit of|at most|no more than|max(?:imum)? of|fits? (?:in(?:to)?|within))\b[^.;]{0,50}?\b\d+(?:\.\d+)?\s*(?:hrs?|hours?)\b (?:of |a (?:day|week|month) of )?(?:free |paid |gpu |cpu |tpu |compute |runtime )?(?:usage|use|compute|computing|gpu|gpu time|runtime|training|training time|machine time)\b/;

const COST_MULTIPLE = /\b\d+(?:\.\d+)?\s?[x×] (?:storage|compute|serving|inference|training|i\/o|gpu|cpu|infra\w*|hosting|cloud|network)(?: (?:and|&|\/) (?:storage|compute|i\/o|gpu|cpu|network|memory))? cost (?:increase|growth|rise|reduction|cut|saving)s?\b/;
const RELATIVE_COMPUTE = /(?:≤|<=|<|\bat most|\bno more than|\bwithin|\bunder)\s*\+?\d+(?:\.\d+)? ?% (?:more |extra |additional )?(?:of (?:today'?s |current |the current )?)?(?:compute|cpu|gpu|cost|capacity|servers?|infra\w*|hardware)\b/;

/** A table of compute set aside ("| Resource | Allocation Plan |", "| Instance | Quota |"). */
const ALLOCATION_HEADER = /\b(?:allocation|allocated|quota|budget|reserv\w*|provision\w*|capacity)\b/;
const COMPUTE_RESOURCE = /\b(?:gpus?|cpus?|vcpus?|tpus?|a100|h100|v100|t4|l4|mi\d{2,3}|vms?|nodes?|instances?|cores?|ram|memory|storage)\b/;

/** A budget of nothing: "training and inference constrained to AWS Free Tier", "must stay within the GCP free tier". */
const FREE_TIER_CAP = /\b(?:constrained|limited|restricted|capped|kept|confined) (?:to|within) (?:the |a )?(?:[\w-]+ )?free[- ](?:tier|plan)s?\b|\b(?:must|should|has to|have to|needs? to|will) (?:stay|remain|fit|run|be kept) (?:with)?in (?:the |a )?(?:[\w-]+ )?free[- ](?:tier|plan)s?\b/;

function budgetEvidence(u: Unit): boolean {
  const low = spellNumbers(u.low);
  if (low && (FREE_TIER_CAP.test(low) || (/\b(?:budget|costs?)\b/.test(u.label) && /\bfree[- ](?:tier|plan)s?\b/.test(low))) && !valueNegated(u)) return true;
  if (!low || !/\d/.test(low)) return false;
  // "| `gpu_a100` | 6-hour blocks, 2x per week |" in a table of resources and their allocation: compute set aside
  if (u.kind === 'row' && (ALLOCATION_HEADER.test(u.parentText) || RESOURCE_TABLE.test(u.parentText)) && COMPUTE_RESOURCE.test(low.replace(/_/g, ' '))) return true;
  // "| Labor Cost | $500K/yr | $100K/yr | -80% |" under "| Metric | Before | After | Improvement |": the
  // business outcome the system brought, not what it may cost to run
  if (u.kind === 'row' && /(?:^|\| )before(?: \w+)? \| (?:[^|]* \| )?after\b/.test(u.parentText)) return false;
  const money = MONEY.exec(low);
  if (money) {
    const s = sentenceAt(low, money.index);
    // "cut fuel spend per 100 km by 4% (≈ £1.9M/yr)": a business goal's money, not what the system costs to run
    // "last year failed deliveries cost us €14.2M": what the problem costs the business
    const goalCut = (CUT_BY.test(s) || /\bcost(?:s|ed)? us\b/.test(s)) && !COMPUTE_WORDS.test(s);
    if (COST_CTX.test(s) && !NOT_COST.test(s) && !goalCut && !BUSINESS_UNIT_COST.test(low.slice(money.index))) return !!findAffirmed(low, g(MONEY), 'strong');
    // "System need to be very cheap to deploy, train, run. < 50$ for whole project": a cap on money is a budget
    // (said of the system's cost in that sentence or the one before: "under €150" a night is what a guest searches for)
    if (/(?:<|≤|<=|\bunder|\bbelow|\bat most|\bno more than|\bless than)\s*(?:~|≈)?\s*$/.test(low.slice(Math.max(0, money.index - 16), money.index)) && SYSTEM_COST.test(low.slice(Math.max(0, low.lastIndexOf(s) - 120), money.index)) && !NOT_COST.test(s) && !goalCut && !BUSINESS_UNIT_COST.test(low.slice(money.index))) return !!findAffirmed(low, g(MONEY), 'strong');
    // under a "Cost:" label, but not an incentive or business budget ("incentive budget is $1.2M")
    // ("| Cost of Non-Detection |" → "Customs hold-ups (₹15,000+/day)": what a miss costs the business)
    const where = u.label + ' ' + u.parentText;
    if (/\b(budget|cost)\b/.test(where) && !NOT_COST.test(s) && !MISS_COST.test(where)) return true;
  }
  // "Hardware used: Ryzen 5 3600, RTX 2060 Super (8 GB VRAM), 32 GB RAM": the machine a run happened on, not a cap
  if (HARDWARE_USED.test(u.label) && !CAPPED.test(low)) return false;
  if (HARDWARE.test(low)) {
    const m = HARDWARE.exec(low)!;
    const s = sentenceAt(low, m.index);
    // "the Cleveland database … has 297 instances": rows of a dataset, not compute instances
    // ("the dataset includes all machines from SMD Group 1, which is 8 machines in total": the machines the data was recorded on)
    const dataRows = /(?:instances?|machines?|servers?|hosts?)$/.test(m[0].trim()) && /\b(?:data(?:set|base)?s?|rows|samples|records|patients|features|attributes|examples|observations|time-?series)\b/.test(s) && !/\b(?:ec2|aws|gcp|azure|vms?|servers?|cloud|nodes?|serving|inference|gpus?|cpus?|clusters?|pods?)\b/.test(s.replace(m[0].trim(), ' '));
    // "3 replicas of Kafka" still sizes the fleet; "2 nodes in the graph" does not; "4 epochs on 8
    // GPUs", "a full retrain takes ~20 minutes on one 32-vCPU machine" say how training runs
    // "50 pairs in ~45 ms on 8 vCPUs" is a benchmark: what the hardware did, not what it may cost
    const benchmark = BENCHMARK_ON.test(low.slice(Math.max(0, m.index - 40), m.index)) && !CAPPED.test(s);
    // "installation instructions for Amazon Linux 2 instances", "our team-4 server": the number belongs to a name
    const productName = /\b(?:linux|ubuntu|debian|centos|windows|python|cuda|java|node|graviton|gen|version|v)\s*$|[a-z]-$/.test(low.slice(Math.max(0, m.index - 16), m.index));
    // ("we have 0 instances of a city without a state": a count of none sizes nothing)
    if (!dataRows && !productName && !/^0\D/.test(m[0]) && !/\b(graph|tree|leaf|leaves|hidden|layer|neighbou?rs?|hops?)\b/.test(s) && !(TRAINING_RUN.test(s) && !CAPPED.test(s)) && !benchmark) return true;
  }
  const mem = MEMORY.exec(low);
  // "Training on this amount of data and doing cross-validation consumed roughly 30 GB of memory": what a run used, not a cap
  if (mem && !(MEMORY_USED.test(sentenceAt(low, mem.index)) && !MEMORY_CAP.test(sentenceAt(low, mem.index)))) return true;
  // "Google Colab's free plan that only allows 12hrs of free usage", "a quota of 40 GPU hours a
  // week": an allowance of compute time
  if (COMPUTE_TIME_CAP.test(low) && !isNegated(low, low.search(COMPUTE_TIME_CAP), 4, 'strong')) return true;
  // "the new model must fit in ≤ +15% compute": a compute budget relative to today's
  if (RELATIVE_COMPUTE.test(low)) return true;
  // "close to a 50x storage and I/O cost increase on the exposure table": what a choice costs, as a multiple
  if (COST_MULTIPLE.test(low) && !isNegated(low, low.search(COST_MULTIPLE), 6, 'strong')) return true;
  // "| Runtime memory | ≤ 40 MB resident |", "Model size: ≤ 12 MB on disk": a size under a memory label
  if (u.label && MEMORY_LABEL.test(u.label) && SIZE_VALUE.test(valueOf(u)) && !valueNegated(u)) return true;
  return false;
}
/** A column or label for what an error costs the business ("Cost of Non-Detection", "cost of a false positive"). */
const MISS_COST = /\bcosts? (?:of|to) (?:an? |the )?(?:non-|not |miss|fail|error|mistake|delay|downtime|inaction|fraud|false|misclass|wrong|business)/;
/** A label that lists the machine something ran on ("Hardware used:", "My setup:", "| Device | Tesla T4 (15GB VRAM) |"). */
const HARDWARE_USED = /^(?:(?:the )?(?:hardware|(?:training )?device|gpu|accelerator)(?: used)?|(?:my |our )?(?:machine|laptop|pc|computer|workstation|setup|specs?)(?: used)?|system specs?|environment|compute used)$/;
const COMPUTE_WORDS = /\b(?:serv\w*|infra\w*|compute|gpus?|cpus?|cloud|hosting|inference|training|instances?|clusters?|storage)\b/;
/** "50 pairs in ~45 ms on 8 vCPUs": a latency measured on some hardware (a job that "takes ~25 minutes on a 32-core machine" still sizes production). */
const BENCHMARK_ON = /\bin (?:~|about |around |≈)?\d[\d.,]*\s*(?:ms|milliseconds?)\b[^.;]{0,12}\bon (?:an? |one |a single )?$/;
const MEMORY_LABEL = /\b(?:memory|ram|vram|model size|binary size|app size|disk|storage|footprint)\b/;
const SIZE_VALUE = /^(?:[<≤~≈]|<=|under|below|at most|up to|max(?:imum)?)?\s*\d[\d.,]*\s*(?:kb|mb|gb|tb|kib|mib|gib)\b/;

// --- scope ---------------------------------------------------------------------------------------

const SCOPE =
  /\b((?:will not|won'?t|is not|isn'?t) be used (?:for|to|as) (?:any )?[a-z]|(?:works|is available|is supported|is enabled|runs|is offered) (?:only )?(?:for|in) (?:the following|these|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:languages|countries|markets|regions|locales|cities)|(?:english|german|french|spanish|portuguese|italian|dutch|polish|turkish|arabic|hindi|japanese|chinese|korean)(?:(?:,| and| &| ?\/ ?) ?(?:english|german|french|spanish|portuguese|italian|dutch|polish|turkish|arabic|hindi|japanese|chinese|korean))* only|scope (?:it |this |v1 )?(?:to|down to) [a-z]|(?:restrict|limit|narrow|confine)\w* (?:the |our |its )?scope (?:of (?:this|the|our) [\w-]+(?: [\w-]+)? )?to [a-z]|(?:this|the) (?:proposal|doc(?:ument)?|design|project|rfc|work|effort|v1|mvp) (?:covers|does not cover|doesn'?t cover|is limited to|only covers)|in[- ]scope|out[- ]of[- ]scope|out of the scope|not in (?:the )?scope|scope-?wise|(?:i'?ll|we'?ll|i will|we will|i'?d|we'?d|i|we) (?:leave|leaving) out\b(?![^.;]{0,60}\b(?:valid\w*|test\w*|hold\w*|eval\w*|train\w*|split|fold)\b)|non[- ]?goals?|use[- ]cases?|functional requirements?|user stor(?:y|ies)|the (?:system|service|model|product|feature|api|tool|classifier|ranker|recommender|pipeline) (?:should|must|shall|will|needs? to|has to|is expected to|is responsible for|only) \w+|users? (?:can|should be able to|will be able to|will see|see|get|receive|are shown)|we (?:will|won't|do not|don't|only)(?: need to)? (?:support|handle|cover|build|consider|include|focus|rank|score|recommend|predict)|(?:scope|focus) (?:is|:)|we focus on|focus(?:es|ing)? (?:only )?on|limited to|(?:v1|mvp|first version|phase 1) (?:covers|includes|is|will|only)|deliverables?|surfaced? (?:on|in) the|shown (?:on|in) the|appears? (?:on|in) the|assum(?:e|ing|ption)s? (?:that |we )?(?:only|the system)|(?:is|are) not part of (?:this|the) (?:project|scope|effort|work|design|doc|v1|mvp)|not part of (?:this|v1|the mvp)(?=\s*(?:[.;,)]|$))|(?:also|is|are|stays?|both) out(?: of v1| for (?:now|v1))?(?=\s*(?:[.;]|$))|(?:[a-z]{2}-[a-z]{2}|us|uk|eu|english|web|ios|android|desktop|mobile|(?:[a-z]+ )?(?:languages?|markets?|countr(?:y|ies)|regions?|cit(?:y|ies))) only\b|we(?: are|'re) not (?:building|doing|covering|handling|supporting|solving|changing|replacing)|will not be (?:added|supported|covered|handled|built|included)|we (?:show|return|display|surface|recommend|rank|flag|notify|send|suggest|block|route|quote|estimate)s? (?:a |an |the |top |similar |\w+ )|we (?:want|need|aim|plan) to (?:rank|show|recommend|detect|predict|surface|score|flag|classify|build|serve|deliver|replace|forecast|estimate|blur|catch|block|remove)|(?:exclude|excluding|excludes) (?:\w+ ){0,3}(?:who|that|with|from)|excluded from|(?:above|below|over|under|>|<|≥|≤) (?:a |the )?(?:\w+ )?(?:threshold|0?\.\d+|\d+ ?%)[^.;]{0,40}\b(?:go|goes|stay|stays|are|is|get|gets|trigger\w*|sent|routed|blocked|removed|shown|published|escalated|queued|ask|asks|show|shows|send|sends|route|routes|reject\w*|fall back|escalat\w*|prompt\w*|block\w*|hold\w*|review\w*|flag\w*|demot\w*)\b|(?:passes|exceeds|crosses|is above|is below|falls below|goes above) (?:its|the|a|their) (?:\w+ )?threshold|(?:high|low)(?:er)? scores? (?:are|get|go|is)|(?:go|goes|are sent|is sent|are moved|is moved|are routed|is routed|gets?|are shown|is shown) (?:to )?(?:the |a )?(?:\w+ ){0,2}(?:folder|queue|banner|page|screen|review|list|inbox)|[\w-]+ (?:[\w-]+ ){0,3}only,? \((?:no|not|excluding|without|except) [^)]{2,}\)|only (?:[\w-]+ ){1,4}\((?:no|not|excluding|without|except) [^)]{2,}\))/g;
const SCOPE_LABEL = /^(?:scope|use cases?|functional requirements?|in scope|out of scope|non-?goals|goals? and non-?goals|what|product|feature|requirements|functional|what'?s (?:covered|in scope|in)|(?:not )?covered|(?:not )?in v1|v1 scope|not included(?: in (?:this|the first|v1|the first) ?(?:phase|version|release)?)?|in|out|(?:what'?s |what is )?in (?:and|&|\/) out(?: of scope)?|(?:not |we(?:'re| are)? not |we(?:'re| are)? )?doing|(?:we )?(?:won'?t|will not|don'?t|do not) do)$/;
/** What a model takes or gives, not a product's scope ("2 teams × 5 player feature vecs", "score [0,1] -> action"). */
const IO_VALUE = /\b(?:feat\w*|vecs?|vectors?|embeddings?|scores?|probabilit\w*|logits?|tensors?|tokens?|ids?|p\()|→|->|\[0, ?1\]/;
/** A bullet that heads scope sub-bullets ("Scope" > "v1" > "…"). */
const SCOPE_CAPTION = /^(?:[^\w\s]+\s*)?(?:scope|in scope|ft|frs?|functional requirements|v1 scope|scope of v1|what'?s in(?: scope)?|what'?s covered|what (?:this|it) (?:is|does)(?: and (?:is not|isn'?t|does not|doesn'?t))?)\s*:?$/;

/** "### Functional requirements" (not "Non-functional requirements"): each bullet under it is one. */
const FUNCTIONAL_HEADING = /(?<!non[- ]?)\bfunctional (?:requirements?|reqs|specs?|specifications?)\b/;
const FUNCTIONAL_LEAD =
  /^(?:[-*]\s*)?(?:the (?:system|service|model|app|product) |it |we |must |should |needs? to |will |users? can )?(?:suggest|show|return|rank|recommend|detect|flag|block|notify|display|support|allow|let|enable|exclude|filter|surface|provide|predict|estimate|classify|blur|route|send|alert|score|match|translate|answer|generate|personali[sz]e|handle|serve|quote|refresh|respect|hide|remove|demote|identif(?:y|ies)|assign|prioriti[sz]e|forecast)s?\b/;

/** A model card's scope headings ("Intended use", "Primary intended users", "Out-of-scope uses"). */
const INTENDED_SUBJECT = /\b(?:models?|system|service|app(?:lication)?|classifier|predict\w*|recommend\w*|detect\w*|score|scores|scoring)\b/;
const INTENDED_USE = /^(?:[^\w\s]+\s*)?(?:(?:the )?intended (?:uses?|users?|use cases?|purposes?)|primary (?:intended )?(?:uses?|users?)|out[- ]of[- ]scope (?:uses?|use cases?))\b/;

/** A heading that names the use case or scope itself ("### Use Case", "## In scope"). */
const USE_CASE_HEADING = /^(?:(?:the |our |primary |main |key |target |core )?use[- ]cases?|(?:in[- ])?scope|product scope|project scope)$/;

const INLINE_SCOPE_FIELD = /\S {2,}(?:project )?scope\s*:\s*(\S.*)$/;

function scopeEvidence(u: Unit, doc: ParsedDoc): boolean {
  if (u.scopeList && contentWords(u.low) >= 2) return true;
  // a bare "In:" / "Out:" pair is scope, unless it is the model's input and output ("in: sender feats + msg metadata")
  if (u.label && SCOPE_LABEL.test(u.label) && contentWords(valueOf(u)) >= 3 && !valueNegated(u) && !(/^(?:in|out)$/.test(u.label) && (inSection(u, 'framing') || IO_VALUE.test(valueOf(u))))) return true;
  // "**Team**: OwnEnergy    **Date**: 15 Nov 2025    **Scope**: 48-hour and 12-month demand forecasts for 112 groups":
  // a scope label further along a line of labelled fields
  const field = u.kind === 'para' && u.label ? INLINE_SCOPE_FIELD.exec(u.low) : null;
  if (field && contentWords(field[1]) >= 3 && !saysNo(field[1])) return true;
  // "- Scope" > "- v1" > "- shopper app suggestions only": a nested bullet under a scope bullet
  if (u.depth >= 2 && !u.flags && contentWords(u.low) >= 3 && (SCOPE_CAPTION.test(headingOf(u, doc)) || ancestorRaws(u, doc).some((t) => SCOPE_CAPTION.test(t)))) return true;
  // a bullet in a "Requirements" list is a functional requirement when it is about behaviour,
  // not a number ("suggest top 8 completions as the user types", "exclude members who opted out")
  // ("## FT" / "## FR": functional requirements, abbreviated)
  const heading = headingOf(u, doc);
  // a model card's "Intended use": "The model is used for predicting income … for users who …"
  // (of the model or system: a dataset card's "Intended use" says what the data may serve)
  if ((INTENDED_USE.test(heading) || INTENDED_USE.test(u.label) || INTENDED_USE.test(u.parentText)) && !u.flags && contentWords(u.low) >= 5 && !valueNegated(u) && INTENDED_SUBJECT.test(`${heading} ${u.low}`)) return true;
  const frHeading = /^(?:ft|frs?)$/.test(heading);
  // ("Install packages from requirements.txt": a file of Python packages, not the system's requirements)
  const reqCtx = frHeading || /\b(requirements?(?![.-]\w)|reqs|use cases?|scope|functional|design constraints)\b/.test(u.label + ' ' + u.parentText + ' ' + heading);
  // (a bullet under an "FT" / "FR" heading is one)
  // (and what a "### Use Case" heading holds: "Real-time autocomplete suggestions in mobile messaging apps to reduce typing effort")
  if (reqCtx && !u.flags && contentWords(u.low) >= 4 && (FUNCTIONAL_LEAD.test(u.low) || (!/\d/.test(u.low) && (/\b(requirements?(?![.-]\w)|use cases?|scope)\b/.test(u.label + ' ' + u.parentText) || USE_CASE_HEADING.test(heading) || (u.kind === 'item' && (frHeading || FUNCTIONAL_HEADING.test(heading))))))) return true;
  // "The solution should: 1. Take a photo of the table 2. Locate every card 3. Return the rank and
  // suit": the items of a list the text introduces as what the system must do
  if (u.kind === 'item' && !u.flags && contentWords(u.low) >= 3 && SYSTEM_SHOULD_LEAD.test(u.parentText) && !valueNegated(u)) return true;
  // "Automatically assign the queue when a ticket arrives", "Before each grasp attempt, predict
  // P(success)": the behaviour and the moment it happens
  const b = BEHAVIOUR_WHEN.exec(u.low) ?? WHEN_BEHAVIOUR.exec(u.low);
  if (b && !isNegated(u.low, b.index, b[0].length, 'any') && contentWords(u.low) >= 5) return true;
  // "Given the sequence 'Alice went to the', the program should return a list of words": what the
  // program must do, said among the requirements
  if (inRequirements(u) && u.sections.length > 0 && !u.flags) {
    const sh = SYSTEM_SHALL.exec(u.low);
    if (sh && contentWords(u.low) >= 6 && !isNegated(u.low, sh.index, sh[0].length, 'strong')) return true;
  }
  // the brief with what the system must do: "Design an event-driven system that recommends music in
  // real time, with the ability to detect disengagement early … and trigger recommendations"
  const brief = DESIGN_BRIEF.exec(u.low);
  if (brief && contentWords(u.low.slice(brief.index)) >= 10 && !isNegated(u.low, brief.index, brief[0].length, 'strong')) return true;
  // "A street view blurring system that blurs license plates and human faces.", "homepage video
  // recommendation system that recommends personalized videos as users load the homepage": what the
  // system does, said among the requirements
  if (inRequirements(u) && u.sections.length > 0 && !u.flags) {
    const d = SYSTEM_DOES.exec(u.low);
    if (d && contentWords(u.low.slice(d.index)) >= 5 && !isNegated(u.low, d.index, d[0].length, 'strong')) return true;
  }
  // "a web-based AI App that allows users to upload images … and generate captions", "The
  // Risk-O-Meter, as it's called, allows the user to upload a .csv file … and receive a prediction":
  // what the product lets its users do
  const lets = LETS_ROLE.exec(u.low);
  if (lets && contentWords(u.low.slice(lets.index)) >= 5 && !u.flags && !isNegated(u.low, lets.index, lets[0].length, 'any')) return true;
  // "This service once integrated with a Github repo, can provide newly submitted PRs with a time to merge estimate": what the product gives whom
  const gives = PRODUCT_PROVIDES.exec(u.low);
  if (gives && !u.flags && !u.uncommitted && !isNegated(u.low, gives.index, gives[0].length, 'strong')) return true;
  const m = affirmed(u, SCOPE, 'none');
  if (!m) return false;
  // "We want to predict customer's credit score which can be one of three options": what the model
  // predicts (the ML objective), not what the system does for whom; scope when a use or a user follows
  if (/^we (?:want|need|aim|plan) to (?:detect|predict|score|classify|forecast|estimate)$/.test(m[0]) && !PREDICTION_PUT_TO_USE.test(sentenceAt(u.low, m.index))) return false;
  // ("Scalable because … the model should provide better results with more data": an expected benefit given as a reason)
  if (/\bbecause (?:(?:also|only|then) )?$/.test(u.low.slice(Math.max(0, m.index - 14), m.index))) return false;
  return contentWords(u.low) >= 4;
}
/** What a prediction is for, or who gets it: "so that agents can …", "for our merchants", "and flag them". */
const PREDICTION_PUT_TO_USE =
  /\b(?:so that|so (?:we|they|users?|customers?) can|in order to|to help|helps?|helping|allow\w*|enabl\w*|for (?:the |our |each |every |all )?(?:users?|customers?|clients?|teams?|buyers?|sellers?|patients?|doctors?|clinicians?|agents?|riders?|drivers?|merchants?|analysts?|moderators?|business(?:es)?|compan(?:y|ies)|banks?|lenders?|marketing|sales|support|operators?|planners?|staff))\b|\b(?:show|display|surfac|notif|alert|send|flag|block|rout|recommend|rank|prioriti[sz]|warn|intervene|act)\w*\b/;
const PRODUCT_PROVIDES =
  /\b(?:this |the |our )(?:app|application|tool|service|system|platform|website|web app|dashboard|bot|assistant|product|extension|plugin)\b[^.;]{0,60}? (?:can |will |would )?(?:provides?|supply|supplies|equips?|annotates?) (?:the |all |each |every |newly [\w-]+ |new |incoming )*[\w-]+(?: [\w-]+)? with (?:an? |its |their |the )?(?:[\w-]+ ){0,4}(?:estimates?|predictions?|scores?|labels?|recommendations?|suggestions?|forecasts?|ratings?|tags?|classifications?|warnings?|alerts?)\b/;
/** "… allows users to upload", "allowing the bank clerk to review": what a role can do with the product. */
const LETS_ROLE = /\b(?:allows?|allowing|lets|letting|enables?|enabling) (?:the |its |our |a |their )?(?:end[- ])?(?:[\w-]+ )?(?:users?|customers?|people|clinicians?|doctors?|nurses?|analysts?|reviewers?|moderators?|drivers?|shoppers?|buyers?|sellers?|students?|teachers?|developers?|engineers?|operators?|agents?|staff|maintainers?|editors?|clerks?|managers?|bank|company|business|team|retailers?|marketers?|owners?) (?:to )?(?!(?:be|have|get|see if)\b)[a-z]{3,}/;
const ACTION = String.raw`(?:assign|route|flag|hide|block|score|predict|rank|suggest|send|notify|tag|classify|match|merge|recommend|estimate|decide|show|surface|reject|approve|prioriti[sz]e|select)`;
const BEHAVIOUR_WHEN = new RegExp(
  String.raw`(?:^|[.;:] )(?:[-*] )?(?:automatically |auto-?)?` + ACTION + String.raw`s?(?! (?:are|is|were|was|will|get|gets|can|should)\b) (?:the |a |an |each |every )?[\w -]{1,40}?\b(?:when|whenever|as soon as|on (?:arrival|creation|submit)|for (?:each|every)) (?:a |an |the |each |every )?[\w-]+ (?:arrives?|is (?:created|submitted|posted|opened|placed)|comes? in|gets? (?:created|submitted))`,
);
/** What a system is asked to do, in a brief or a description of it. */
const DOES = ACTION + '|detect|identify|find|generate|answer|forecast';
/** What a product is asked to do, beyond DOES: "removes the studio background", "returns a summary". */
const PRODUCT_DOES = DOES + '|remove|blur|mask|segment|summari[sz]e|translate|transcribe|extract|accept|return|create';
/** "should", "must be able to", "is expected to": what the system is required to do. */
const MUST = String.raw`(?:should|must|shall|will|needs? to|has to|is expected to)(?: be able to)?`;
const DESIGN_BRIEF = new RegExp(
  String.raw`(?:^["'“‘*_]*|[.;:] ["'“‘*_]*|\b(?:is|are|was) to |\b(?:would like|want|wants|plan|plans|aim|aims|need|needs|decided|going) to |\butili[sz]es? [\w-]+ to )(?:design|build|create|develop|provide) (?:an? |the )?(?:new )?(?:[\w-]+ ){0,3}(?:system|service|micro-?service|platform|pipeline|product|feature|tool|algorithm|program|app|application|endpoint|bot|dashboard) (?:for [\w-]+(?: [\w-]+)? )?(?:that|which|to) (?:[\w-]+ ){0,2}(?:` + PRODUCT_DOES + String.raw`|handle)s?\b`,
);
/** "The program should return a list of words", "the app must be able to blur faces". */
const SYSTEM_SHALL = new RegExp(
  String.raw`\b(?:the|our|this) (?:[\w-]+ )?(?:program|system|service|app|application|tool|product|solution|algorithm|api|endpoint|bot|assistant) ` + MUST + String.raw` (?:` + PRODUCT_DOES + String.raw`|show|display|list)s?\b`,
);
/** A sentence that introduces a list of what the system must do: "The solution should:", "Our app must be able to:". */
const SYSTEM_SHOULD_LEAD = new RegExp(
  String.raw`\b(?:the|our|this|my|a|an) (?:[\w-]+ )?(?:solution|system|service|app|application|product|tool|pipeline|platform|api|bot|assistant) ` + MUST + String.raw`\s*:\s*$` +
    // "This assessment requires building an end-to-end system that: 1. Predicts denial probability … 2. Ranks claims …"
    String.raw`|\b(?:build|creat|develop|design|deliver|implement|need|want|require)\w* (?:an? |the )?(?:[\w-]+ ){0,3}(?:solution|system|service|app|application|product|tool|pipeline|platform|api|bot|assistant) (?:that|which)\s*:\s*$` +
    // "The typical usage of the system is: 1. A bus user issues a request … 2. The service replies with …"
    String.raw`|\b(?:the )?(?:typical|intended|expected|main|basic) (?:usage|use|use case|user flow|workflow) (?:of (?:the|our|this) (?:[\w-]+ )?(?:solution|system|service|app|application|product|tool|platform|api|bot|assistant) )?(?:is|looks like|goes)\s*:\s*$`,
);
const SYSTEM_DOES = new RegExp(
  String.raw`^(?:an? |the |our |we (?:build|design|need) an? )?(?:[\w-]+ ){0,4}(?:system|service|platform|pipeline|product|feature|tool|app) (?:that|which) (?:[\w-]+ ){0,2}(?:` + DOES + String.raw`|blur|remove|translate|summari[sz]e|transcribe|moderate|search|retriev)(?:s|es)?\b`,
);
const WHEN_BEHAVIOUR = new RegExp(
  String.raw`(?:^|[.;:] )(?:[-*] )?(?:(?:before|after|when|whenever|for|on|at the (?:start|beginning|end) of) (?:each|every) [\w -]{1,30},?|(?:before|after|when|whenever|once|as soon as) (?:a |an |the )?(?:users?|customers?|members?|buyers?|sellers?|drivers?|riders?|agents?|viewers?|listeners?|visitors?|shoppers?|candidates?|advertisers?|students?|patients?) [\w "'’,-]{1,60}?,) (?:we |(?:the|our) (?:model|system|service|app|site|tool|pipeline) |it )?` + ACTION + String.raw`s?\b`,
);

// --- privacy -------------------------------------------------------------------------------------

const PRIVACY =
  /\b(privacy|private (?:data|information)|pii|personal(?:ly identifiable)? (?:data|information)|gdpr|ccpa|hipaa|coppa|pci(?:[- ]dss)?|soc ?2|anonymi[sz]\w*|pseudonymi[sz]\w*|de-?identif\w*|encrypt\w*|consent\w*|opt(?:s|ed|ing)?[- ]?(?:in|out)(?: of)?|respect\w* (?:\w+ )?(?:blocks?|privacy|preferences|settings|opt-?outs?)|mask\w* (?:the )?(?:digits|numbers|pii|names|account|card|personal|sensitive|emails?|phones?)|redact\w*|scrub\w*|(?:never|must not|cannot|can'?t|do not|don'?t|does not|doesn'?t|won'?t) leave (?:the )?(?:plant|premises|device|phone|country|region|vpc|network|site|eu|building)|(?:can|may|must|will) only be (?:kept|stored|retained|held) (?:for )?(?:up to )?\d+ ?(?:days?|weeks?|months?|years?)|(?:deleted|purged|erased) after \d+ ?(?:days?|weeks?|months?|years?)|(?:blur\w*|redact\w*|pixelat\w*) (?:all |the |any |visible )?(?:faces|license plates|number plates|people)|(?:faces|license plates|number plates) (?:are |get |is )?(?:blurred|redacted|pixelated)|data residency|on[- ]prem\w*|air[- ]gapped|data retention|retention (?:polic\w*|(?:period|window)(?! of (?:the |our |its |their )?(?:customers?|users?|subscribers?|members?|clients?|players?|employees?|staff|patients?)))|right to be forgotten|deletion requests?|access controls?|role-based access|rbac|ldap|kerberos|acls?|apache ranger|least[- ]privilege\w*|(?:permissions?|access)(?: (?:to|on|for) (?:the |our |each |every )?[\w-]+(?: [\w-]+)?)? (?:is |are |was |were |could be |can be |will be |should be |must be )?(?:further )?(?:restricted|limited|scoped) (?:further |down )?(?:to|from)\b|authenticat\w* (?:of |for )?(?:users|requests|callers|clients|the api|api calls)|api keys?|mtls|authori[sz]ation (?:of|for) (?:users|requests|access)|oauth|differential(?:ly)? privacy|federated learning|on-device|hash(?:ed|ing)? (?:the )?(?:user|card|account|email|phone|device)[- ]?(?:ids?|numbers?)?|hashed ids?|tokeni[sz]ed (?:card|pan|account)|compliance|compliant|regulat(?:ion|ions|ory)|regulated (?:data|industry|industries|domain|sector|environment|information|content|by)|legal (?:review|team|requirements?)|ethic\w*|fairness|(?:bias|disparate impact) (?:audit|checks?|testing|across|against)|protected (?:attributes|classes|groups|characteristics)|(?<!-)sensitive (?:attributes|data|features|information|fields)|demographic parity|equal(?:i[sz]ed)? (?:opportunity|odds)|security(?! groups?\b)|secur(?:e|es|ed|ing) (?:the |all |our |input |user |customer |sensitive |personal |patient |raw )*(?:data|records|information|inputs)|protected (?:against|from) (?:any |data |possible )?(?:breach\w*|leaks?|unauthori[sz]ed access))\b/g;
const PRIVACY_SPECIFIC = /\b(least[- ]privilege|rbac|ldap|kerberos|acls?|apache ranger|only be (?:kept|stored|retained|held)|oauth|mtls|deleted after|purged after|erased after|blurr\w*|pixelat\w*|gdpr|ccpa|hipaa|coppa|pci|pii|soc ?2|encrypt|anonymi|pseudonymi|consent|hash|differential privacy|federated|on-device|opt(?:s|ed|ing)?[- ]?out|retention|tokeni[sz]ed|protected|fairness|sensitive|blocks)/;

const PRIVACY_DECISION =
  /\b(must|should|ensur\w*|(?:have|has) to|audit\w*|cannot|can'?t|never|only|no |not |comply|complian(?:t|ce) with|respect\w*|protect\w*|encrypt\w*|delet\w*|retain\w*|retention|stor\w*|shar\w*|consent\w*|exclud\w*|restrict\w*|limit(?:s|ed|ing)?|mask\w*|hash\w*|aggregat\w*|anonymi\w*|requires?|required|regulated|applies|apply|subject to|under)\b/;

/** "No raw PII in features", "never stores personal data": a data-minimisation policy, not a negation. */
/** "Recipient name, address and phone are not used as features". */
const PII_NOT_USED = /\b(?:names?|addresses|address|phone(?: numbers?)?|e-?mails?|dates? of birth|ssns?|ip addresses)\b[^.;]{0,40}\b(?:are|is) not used (?:as|in|for) (?:features?|training|the model|modell?ing)\b/;
const NO_PERSONAL_DATA = /\b(?:no|never|without|zero) (?:raw |direct |sensitive |personal |customer |user )?(?:pii|personal(?:ly identifiable)? (?:data|information)|sensitive (?:data|attributes|fields)|names|plates|faces|images of people|(?:card|account|phone|passport|social security) numbers|account ids|(?:customer|user|patient|member|cardholder)[- ]level (?:data|records|transactions|rows))\b/;

const NOT_SENT_OUT = /\b(?:can'?t|cannot|must not|may not|mustn'?t|should not|shouldn'?t|is not allowed to|are not allowed to|never) (?:be )?(?:sent|shared|uploaded|transferred|exported|exposed|passed|leave \w+ \w+ (?:to|for))\b[^.;]{0,30}\b(?:to|with) (?:an? |any )?(?:third[- ]part(?:y|ies)|external|outside|vendors?|hosted|public|cloud)\b/g;

/** "no privacy problem here", "privacy is not an issue for us". */
const PRIVACY_DISMISSED = /\bno (?:real |big )?(?:privacy|security|compliance|gdpr|legal) (?:problems?|issues?|concerns?|risks?)\b|\b(?:privacy|security) (?:is|isn'?t|is not) (?:really )?(?:an? )?(?:problem|issue|concern)(?: here| for us| at all)?\b/;
/** A retention rule for user data: "transcripts are kept for 30 days and then deleted", "we do not keep chat transcripts". */
const RETENTION_RULE = /\b(?:(?:kept|stored|retained|held|logged) (?:for )?(?:up to |at most |only )?(?:\d+|thirty|seven|ninety) (?:days?|weeks?|months?|hours?)\b[^.;]{0,50}\b(?:deleted|purged|erased|removed|dropped|anonymi[sz]ed)|(?:do not|don'?t|never|will not|won'?t) (?:keep|store|retain|log|persist|save) (?:any |the |raw |full )?(?:[\w-]+ )?(?:transcripts|recordings|conversations|chats|messages|audio|voice|images|photos|queries|prompts|emails|documents|faces)\b|users? can (?:delete|erase|export) (?:their|them|it|all)\b|(?:(?:do|does|will|wo|must|should|shall|are|is|ca)(?: not|n'?t)|never|cannot) (?:be )?(?:stor|keep|kept|retain|persist|sav|log)(?:e|es|ed|ing|s)? (?:any |the |raw )?(?:of (?:the |their )?)?(?:users?'?|customers?'?|patients?'?|personal|private|their|uploaded) (?:[\w-]+ )?(?:data|information|queries|searches|inputs|uploads|history|histories|photos|images|files|texts?|documents)\b)/;

const HOLDS_PII = /\b(?:contains?|containing|includes?|including|holds?|carr(?:y|ies)|ha(?:s|ve)|full of)\s+(?:some |raw |a lot of |lots of |sensitive |personal )?(?:pii|personal(?:ly identifiable)? (?:data|information)|health (?:data|information)|phi|sensitive (?:data|information))\b/g;
const PRIVACY_HANDLING = /\b(?:must|never|encrypt\w*|redact\w*|mask\w*|hash\w*|delet\w*|retention|retain\w*|consent\w*|comply|complian\w*|gdpr|ccpa|hipaa|anonymi\w*|pseudonymi\w*|de-?identif\w*|access control\w*|restrict\w*|strip\w*|remov\w*|scrub\w*|exclud\w*|drop\w*|kept|keep|stays?|on-device|opt\w*|only|not|no)\b/;
/** "…, age, gender, and other PII", "PII such as email domain": PII listed as one more input of the model. */
const PII_LISTED = /,\s*(?:and |or )?(?:other |more |some |any )?(?:pii|personal(?:ly identifiable)? (?:data|information))\b|\b(?:pii|personal(?:ly identifiable)? (?:data|information)) (?:such as|like|e\.g\.?|\(e\.g\.?)/g;

/** `re` (global) names personal data in `low` and nothing else in it says what is done about it. */
function piiNamedOnly(low: string, re: RegExp): boolean {
  const rest = low.replace(re, ' ');
  return rest !== low && !PRIVACY_HANDLING.test(rest);
}

const SECURITY_OUT_OF_SCOPE = /\b(?:security|privacy|authentication|access control)(?: and (?:security|privacy))? (?:was|is|were|are) (?:not in(?: the)? scope|out of(?: the)? scope|not (?:a )?(?:concern|priority|considered|covered|addressed))\b/;

const CONSENT_REQUIRED =
  /\b(?:caution\w* against|warn\w* against|advise\w* against|must not|should not|shall not|may not|never|do not|don'?t|cannot|can'?t|not allowed to|forbidden to|prohibit\w*)\b[^.;]{0,100}\bwithout (?:their|the (?:user|person|individual|subject|customer|patient|owner)'?s?|users'?|customers'?|patients'?|explicit|prior|informed|written) consent\b/;

/** Where a reader's own API key goes to run the code: ".env", "free to obtain", "necessary to download". */
const SETUP_KEY = /\.env\b|\bregistration\b|\bregister\b|\bsign(?:ing)?[- ]?up\b|\bfree to (?:obtain|get|create)|\b(?:get|obtain|create|add|paste|put|insert|set) (?:your|an?|the)? ?(?:own )?(?:[\w-]+ )?api key|\b(?:necessary|needed|required) to (?:run|download|access|use|call)\b|\bsecrets? files?\b|\bwandb\b|\benv(?:ironment)? variables?\b/;

/** How data or a service is secured: access, authentication, encryption, personal data and the rules on it. */
const SECURITY_MEANS = /\b(?:access|auth\w*|encrypt\w*|iam|roles?|permissions?|credentials?|secrets?|keys?|vpc|firewall|tls|https|ssl|pii|personal|private|privacy|gdpr|hipaa|ccpa|anonymi\w*|mask\w*|redact\w*|consent\w*|retention|audit\w*|vault)\b/;

/** An "Authentication and authorization" heading: what is under it says how access is controlled. */
const AUTH_HEADING = /^(?:(?:user |api |endpoint |service )?(?:authentication|authori[sz]ation|access control|auth)(?: (?:and|&) (?:authentication|authori[sz]ation|access control|security))?)$/;
const AUTH_DONE = /\b(?:authenticat\w*|authori[sz](?:ed|er|ers|ation)|api keys?|tokens?|iam|roles?|permissions?|credentials?|signed[- ]in|logged[- ]in|oauth|jwt|cognito)\b/;
/** "a preliminary lambda function handles authentication", "a Lambda authorizer", "delete records of a user who opted out": access and deletion done. */
const PRIVACY_ACTION =
  /\b(?:handl(?:es|ed|ing)|perform(?:s|ed|ing)?|enforc(?:es|ed|ing)|requir(?:es|ed|ing)|check(?:s|ed|ing)?|verif(?:y|ies|ied)|enabl(?:e|es|ed|ing)|turn(?:s|ed|ing)? on)\s+(?:the |all |every |each |key[- ]based |token[- ]based )?(?:user |request |api |client |endpoint )?(?:authentication|authori[sz]ation)\b|\b(?:lambda|custom|jwt|token|request) authori[sz]ers?\b|\b(?:(?:api[- ])?key|token|certificate|oauth ?2?|jwt|mtls|sso|password)[- ]based (?:authentication|auth(?:ori[sz]ation)?|access(?: control)?)\b|\bdelet(?:e|es|ed|ing) (?:the |all |any )?(?:individual |a |an )?(?:users?'?s?|clients?'?s?|customers?'?s?|members?'?s?|their) (?:personal )?(?:data|records|profiles?|histor(?:y|ies))\b/;

/** Protected attributes of people; the strict list has no everyday words ("black and white images", "men's shoes"). */
const PROTECTED_STRICT = String.raw`(?:sex|gender|race|racial|ethnic\w*|religio\w*|disabilit\w*|demographic\w*|protected (?:groups?|attributes?|classes?|characteristics?))`;
const PROTECTED = String.raw`(?:${PROTECTED_STRICT}|female|male|women|men|black|white|hispanic|asian)`;
/**
 * An ethics check done on protected groups: "Accuracy of Female Slice: 0.8905", "we check for bias by
 * comparing recall across gender and age slices", "false positive rates are audited by race".
 */
const FAIRNESS_CHECK = new RegExp(
  String.raw`\b${PROTECTED}\b[^.;]{0,30}\b(?:slices?|subgroups?|groups?|cohorts?)\b[^.;]{0,30}(?:\d|\b(?:accuracy|recall|precision|auc|f1|error rates?|false (?:positive|negative) rates?|tpr|fpr)\b)` +
    String.raw`|\b(?:bias\w*|fairness|disparit\w*|parity)\b[^.;]{0,60}\b(?:across|between|by|per|for)\b[^.;]{0,20}\b${PROTECTED_STRICT}\b[^.;]{0,60}(?:\b(?:compar\w*|measur\w*|check\w*|audit\w*|evaluat\w*|test\w*|slices?)\b|\d)` +
    String.raw`|\b(?:compar\w*|measur\w*|check\w*|audit\w*|evaluat\w*|report\w*|monitor\w*)\b[^.;]{0,40}\b(?:across|between|by|per|for each|for every)\b[^.;]{0,20}\b${PROTECTED_STRICT}\b`,
);

/** A caption over what is kept out: "Never Logged", "Not stored:", "Excluded from logs". */
const NEVER_KEPT_CAPTION = /^(?:never|not|nothing) (?:logged|stored|persisted|retained|kept|sent|shared|saved)\b|^(?:excluded|redacted|masked|stripped) (?:from|in) (?:the )?(?:logs?|storage|database|records)\b|^(?:do not|don'?t|never) (?:log|store|persist|retain|keep|send|share|save)\b/;
const PERSONAL_DATA = /\b(?:personally identifiable|pii|personal (?:data|information|details)|raw (?:customer |user |patient )?(?:features|inputs|data|text|images)|(?:customer|user|patient) (?:names?|ids?|identit(?:y|ies)|emails?|addresses|phone numbers?)|emails?|phone numbers?|addresses)\b/;
function privacyEvidence(u: Unit, doc: ParsedDoc): boolean {
  // "| **On-device Ranking** | Privacy, zero server cost | Limited compute |" under "| Choice | Pro | Con |": a pro of an option weighed, not a measure taken
  if (u.kind === 'row' && PROS_CONS_HEADER.test(u.parentText) && !CHOSEN_ROW.test(u.low)) return false;
  // "Scaling strategy: multiple API keys per provider can multiply these limits": keys used to raise a
  // provider's rate limits, not access control
  if (/\bapi keys?\b/.test(u.low) && /\b(?:rate[- ]?limits?|limits|quotas?|tpm|rpm|throughput|multipl\w*|scal\w*)\b/.test(u.low) && !/\b(?:secrets?|vault|rotat\w*|encrypt\w*|stor(?:e|ed|ing) (?:securely|in)|leak\w*|auth\w*|permissions?|privacy|pii|gdpr)\b/.test(u.low)) return false;
  // an ethics check on protected groups (not a question, not ruled out)
  const fair = FAIRNESS_CHECK.exec(u.low);
  if (fair && !u.uncommitted && !isNegated(u.low, fair.index, fair[0].length, 'strong') && !asksAt(u.low, fair.index)) return true;
  if (AUTH_HEADING.test(headingOf(u, doc)) && AUTH_DONE.test(u.low) && contentWords(u.low) >= 4 && !u.uncommitted && !isNegated(u.low, AUTH_DONE.exec(u.low)!.index, 4, 'strong')) return true;
  // "## Deleting individual user data from all TAAR resources" → "… all that is required is to delete records from TAAR"
  if (u.headingIdx >= 0 && PRIVACY_ACTION.test(headingOf(u, doc)) && /\b(?:delet\w*|remov\w*|eras\w*|purg\w*|authenticat\w*|authori[sz]\w*)\b/.test(u.low) && contentWords(u.low) >= 4 && !u.uncommitted) return true;
  const act = stated(u.low, PRIVACY_ACTION);
  // ("we did not enable authentication": the verb itself negated)
  if (act && !u.uncommitted && !verbNegatedAt(u.low, act.index)) return true;
  if ((NO_PERSONAL_DATA.test(u.low) || PII_NOT_USED.test(u.low)) && contentWords(u.low) >= 3) return true;
  // "### Never Logged" → "- Personally identifiable information": personal data kept out of the logs by rule
  if (u.kind === 'item' && PERSONAL_DATA.test(u.low) && NEVER_KEPT_CAPTION.test(u.parentText.trim() || headingOf(u, doc))) return true;
  if (RETENTION_RULE.test(u.low) && contentWords(u.low) >= 4) return true;
  // "Comments are public anyway, so no privacy problem here": waved away, nothing done
  if (PRIVACY_DISMISSED.test(u.low) && !PRIVACY_HANDLING.test(u.low.replace(PRIVACY_DISMISSED, ' '))) return false;
  // "embargoed copy can't be sent to a third-party API": data kept in-house by rule
  if (findAffirmed(u.low, NOT_SENT_OUT, 'none')) return true;
  // "we caution against using Whisper models to transcribe recordings of individuals taken without their consent": consent required
  if (CONSENT_REQUIRED.test(u.low)) return true;
  const m = affirmed(u, PRIVACY, 'strong');
  if (!m || isDataDictionary(u.low)) return false;
  if (/^secur/.test(m[1])) {
    const ss = sentenceAt(u.low, m.index);
    // "Pipfile.lock … adds security benefits of tracking the packages hashes": the code's dependencies, not the data
    if (/\b(?:pipfile|lock ?files?|packages?|dependenc(?:y|ies)|requirements\.? ?txt|pip)\b/.test(ss)) return false;
    // "Tests for type hinting, lint, security vulnerabilities, unit tests": a code scan among the build's checks
    if (/^ (?:vulnerabilit\w*|scan\w*|lint\w*|checks?|audits?)\b/.test(u.low.slice(m.index + m[1].length, m.index + m[1].length + 16)) && /\b(?:tests?|lint\w*|ci|build|pipeline|pre-?commit|type[- ]?(?:hint\w*|check\w*))\b/.test(ss) && !SECURITY_MEANS.test(u.low)) return false;
    // "this data was excluded from the training process, ensuring data security and minimizing overfitting risks": a word in passing, nothing secured
    if (/\b(?:ensur|guarante|maintain|improv|enhanc)\w* (?:the )?(?:data )?security\b/.test(ss) && !SECURITY_MEANS.test(u.low)) return false;
    // "High coverage can give a false sense of security": the idiom, nothing secured
    if (/\b(?:false|misleading|illusory|a) sense of security\b|\billusion of security\b/.test(u.low.slice(Math.max(0, m.index - 24), m.index + 8)) && !SECURITY_MEANS.test(u.low)) return false;
  }
  // "Security was not in the scope of this project. For deploying this in production please ensure
  // proper credentials are set …": security ruled out, and advice to whoever deploys it instead
  if (SECURITY_OUT_OF_SCOPE.test(u.low) && /\bplease (?:ensure|make sure|check|verify|remember|consider|note)\b/.test(u.low)) return false;
  if (/^opt/.test(m[1]) && /\b(?:notifications?|push|reminders?|alerts?|emails?|sms|marketing)[- ]$/.test(u.low.slice(Math.max(0, m.index - 16), m.index)) && !/\b(?:respect\w*|honou?r\w*|exclud\w*|never|suppress\w*|consent\w*|privacy|gdpr|ccpa)\b/.test(u.low)) return false;
  // "a `.env` file … all of the API keys are free to obtain", "our WandB API key (necessary to download our
  // trained model)": keys a reader supplies to run the code, not access control on the system
  if (/^api key/.test(m[1]) && SETUP_KEY.test(sentenceAt(u.low, m.index)) && !/\b(?:authenticat\w*|rotat\w*|callers?|clients?|access control|only (?:authori[sz]ed|internal)|revok\w*)\b/.test(u.low)) return false;
  // "it can be hosted anywhere on premise": where it runs, with nothing about the data
  if (/^on[- ]?prem/.test(m[1]) && !/\b(?:data|pii|privacy|private|sensitive|personal|regulat\w*|complian\w*|gdpr|hipaa|confidential\w*|secur\w*|leave|leaves|stays?|kept|keep|resid\w*|images?|records?|accounts?|customers?|patients?|users?)\b/.test(u.low)) return false;
  // "to be compliant with general code formatting rules": code style, not a regulation
  if (/^complian/.test(m[1]) && (/^[\w ]{0,30}?\b(?:code|coding|formatting|style|lint\w*|pep ?8|naming|conventions?)\b/.test(u.low.slice(m.index + m[1].length, m.index + m[1].length + 40)) || /\b(?:formatting|style|lint\w*|pep ?8|naming conventions?)(?: and)? $/.test(u.low.slice(Math.max(0, m.index - 24), m.index)))) return false;
  // "audited for … budget constraint compliance", "SLA compliance": an operating limit kept, not a regulation
  if (/^complian/.test(m[1]) && /\b(?:budget|constraints?|sla|slo|latency|schema|contract|format|capacity|quota|alert[- ]rate|threshold) $/.test(u.low.slice(Math.max(0, m.index - 16), m.index))) return false;
  // "maintaining compliance with policies, protecting users": a platform's content rules kept, no privacy or security constraint
  if (/^complian/.test(m[1]) && /^\w{0,3} with (?:the |our |their |its |platform |community |content )?(?:content |platform |community |company |internal |moderation |house |usage )?(?:policies|policy|guidelines|rules|terms(?: of (?:service|use))?|standards)\b/.test(u.low.slice(m.index + m[1].length, m.index + m[1].length + 50)) && !PRIVACY_SPECIFIC.test(u.low)) return false;
  // "…, ensuring accurate decision-making, regulatory compliance, and a superior overall experience": a
  // benefit in a list of benefits, with no rule named and nothing done to comply
  if (/^(?:complian|regulat)/.test(m[1]) && !PRIVACY_SPECIFIC.test(u.low)) {
    const s = sentenceAt(u.low, m.index);
    // (after another item of the list: "We operate in a regulated industry, so …" lists nothing)
    const listed = /,\s*(?:and\s+)?(?:[\w-]+\s+)?$/.test(u.low.slice(Math.max(0, m.index - 20), m.index));
    if (listed && !/\b(?:must|shall|required?|requires|requirements?|comply|complian\w* with|regulations? (?:on|of|for)|laws?|act|rules?)\b/.test(s)) return false;
  }
  // "Fairness, bias, etc" in a list of examples: topics named, nothing committed to
  if (/^(?:fair|bias|ethic)/.test(m[1]) && (contentWords(u.low) < 3 || /\betc\.?\s*$/.test(u.low))) return false;
  // "We have removed the system's bias against new posts": a skew of the model toward a kind of content, not people treated unfairly
  if (/^bias/.test(m[1]) && /^bias\w* (?:against|towards?|in favou?r of) (?:the )?(?:[\w-]+ )?(?:posts?|items?|content|articles?|products?|videos?|documents?|images?|classes|class|labels?|categories|tokens?|queries|listings?)\b/.test(u.low.slice(m.index, m.index + 50))) return false;
  // "using dynamic batching for regulation" of the load: a flow regulated, not a law
  if (/^regulat/.test(m[1]) && /\b(?:concurrency|batching|traffic|load|throughput|rate[- ]limit\w*|flow|temperature|voltage|pressure|speed|back-?pressure)\b/.test(sentenceAt(u.low, m.index)) && !/\b(?:legal|laws?|complian\w*|gdpr|hipaa|privacy|personal|regulators?|financial|medical|health\w*|banking)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "intercepting encrypted API traffic with a proxy": someone else's encryption got round, not a constraint kept
  if (/^encrypt/.test(m[1]) && /\b(?:intercept\w*|decrypt\w*|crack\w*|sniff\w*|bypass\w*|break(?:s|ing)? (?:the |their )?encrypt\w*)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "On-device (conceptual evaluation): … feasibility of on-device serving": where the model runs, not what happens to the data
  if (/^on-?device/.test(m[1]) && !/\b(?:data|privacy|private|personal|pii|never leaves?|stays? on|local(?:ly)?|uploaded|sent|raw|photos?|audio|voice|messages|locations?|coordinates|servers?|permissions?|coarsen\w*|never)\b/.test(u.low)) return false;
  // "we can't ethically randomize smoke alerts": why there is no A/B test, not a constraint on the data
  if (/^ethic/.test(m[1]) && /^ethic\w* (?:randomi[sz]\w*|run\w*|withhold\w*|hold\w* back|test\w*|a\/b|split\w*|experiment\w*)/.test(u.low.slice(m.index))) return false;
  // how a published dataset was released, not something this design does (unless the sentence commits: "we", "must")
  if (/^(?:anonymi[sz]|de-?identif)/.test(m[1]) && !/\b(?:we|our|must|will|should|shall)\b/.test(sentenceAt(u.low, m.index))) {
    const at = u.low.slice(m.index);
    // "MarkDown1-5 - anonymized data related to promotional markdowns", "Anonymized information about
    // the 45 stores"; "work with hundreds of anonymized features to predict …": a competition's columns
    // ("| markdown1-5 | NUMERIC | Anonymized promotional data. |": a column's description, ending there)
    if (/^anonymi[sz]ed (?:(?:data|information|fields?|columns?|records|details|codes?|ids?|identifiers?|values?|names?)\b (?:related to|about|regarding|on|of|for|describing)\b|(?:features?|variables?|attributes?|predictors?)\b)/.test(at)) return false;
    if (u.kind === 'row' && /^anonymi[sz]ed (?:[\w-]+ ){0,2}(?:data|information|fields?|columns?|values?|codes?|ids?|names?)\s*(?:[.;|]|$)/.test(at)) return false;
    // "This dataset was gathered by the NIH and contains over 100,000 anonymized chest x-ray images"
    if (/\b(?:datasets?|data ?sets?|corpus|corpora)\b[^.;]{0,80}\b(?:contains?|contained|includes?|included|consists? of|comprises?|has|have|had|holds?|provides?|offers?)\b[^.;]{0,40}$/.test(u.low.slice(Math.max(0, m.index - 140), m.index))) return false;
    // "financial data of 307511 anonymized customers, provided in seven tables": a count of the rows a published dataset holds
    if (/^anonymi[sz]ed (?:customers|users|clients|patients|people|individuals|persons|accounts|members|applicants|borrowers|households|subjects|drivers|riders|shoppers|buyers|sellers)\b/.test(at) && /\d[\d,.]*\s*(?:k|m|million|thousand)?\s*$/.test(u.low.slice(Math.max(0, m.index - 20), m.index).trimEnd())) return false;
  }
  // "ensure port 5000 is open in your EC2 instance's security rules": a setup step that opens a port
  if (/^secur/.test(m[1]) && /\b(?:open(?:s|ed|ing)?|allow\w*|expos\w*|add\w*) (?:the |a )?(?:inbound )?(?:ports?|tcp)\b|\bports? \d+ (?:is |are )?(?:open|opened|allowed|exposed)\b/.test(sentenceAt(u.low, m.index)) && !/\b(?:only|restrict\w*|block\w*|den(?:y|ied)|clos\w*|private|least|authori[sz]\w*|authenticat\w*)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "OnlineSecurity: String - Whether the customer has online security or not": a dataset column, not a constraint
  if (/\bwhether (?:the |a |an )?[\w-]+ (?:has|have|had|is|was|uses|used|bought|subscribed to) (?:an? |the )?(?:[\w-]+ ){0,2}$/.test(u.low.slice(Math.max(0, m.index - 60), m.index))) return false;
  // "Calls contain PII and health information. TBD: redaction approach.": a fact, nothing done about it
  if (piiNamedOnly(u.low, HOLDS_PII)) return false;
  // "Metadata about the post author like violations, age, gender, and other PII": a feature list, no limit on the data
  if (/^(?:pii|personal)/.test(m[1]) && piiNamedOnly(u.low, PII_LISTED)) return false;
  if (PRIVACY_SPECIFIC.test(u.low)) return contentWords(u.low) >= 2;
  // "privacy", "security", "legal" named without a decision ("…, or legal and privacy constraints")
  return contentWords(u.low) >= 3 && PRIVACY_DECISION.test(u.low);
}

export const REQUIREMENTS_RULES: readonly ItemSpec[] = [
  {
    id: 'requirements.business-objective',
    topic: /business (?:objective|goal)|\bgoals?\b|\bobjective\b|\bwhy\b|\bmotivation\b/,
    triggers: ['business', 'goal', 'objective', 'productivity', 'toil', 'point', 'value', 'proposition'],
    test: businessObjective,
    keyPatterns: [BIZ_NOUN, GOAL_PHRASE, LEGAL_WHY, MONEY_SAVED, SYSTEM_PURPOSE, IMPORTANT_BECAUSE, PURPOSE_SO_THAT, PROJECT_AIMED, PREDICTIONS_USED_FOR, GOAL_SO_THAT, BURDEN_EASED, AIDS_PEOPLE, SCORES_USED_FOR],
    doc: {
      present: 'A sentence that names the business outcome to move (revenue, engagement, bookings, fraud losses, cost, safety) with a direction ("increase", "reduce"), or a "Business objective:" / "Goal:" line with a real answer; what it lets people do ("help those seeking to buy or sell flats make better decisions", "alleviate the burden on radiologists"); business needs listed under why the predictions matter ("crucial for making informed decisions related to: Revenue planning, Reducing overstock").',
      absent: 'A heading or label with nothing after it; "Design a fraud system" with no why; ML-only goals ("maximise AUC"); the goal only asked as a question; a business word listed with no verb acting on it ("Domain features: growth rates, economic stress indicators", "Speed, congestion (Google Maps API)"); the "Purpose:" of one component outside the requirements ("Purpose: establish performance floor" under the baseline).',
    },
  },
  {
    id: 'requirements.latency-p99',
    topic: /latenc|\bms\b|response time|\bp9\d\b|percentile|\bsla\b|millisecond/,
    triggers: ['ms', 'msec', 'p99', 'p95', 'p90', 'p50', 'p999', 's', 'sec', 'secs', 'second', 'seconds', 'latency', 'sla', 'slo', 'sub'],
    test: latencyEvidence,
    keyPatterns: [LAT_ANY, LAT_KW],
    doc: {
      present: 'A number with a time unit for serving latency: "p99 ≤ 150 ms", "99th percentile under 200ms", "latency < 0.2 s", a requirements-table row "p99 latency | 80 ms", a time limit in seconds on each piece of work ("each image must be processed in under 2 s"). A target without a percentile, or with only a mean, is present but reported as weak (info): state p95/p99. A processing time in seconds ("1-2 second processing time is acceptable"; not a processing time of days).',
      absent: '"Low latency", "real-time", "fast" with no number (reported as vague); "p99 latency < y ms" / "TODO ms" placeholders; "What is the latency budget?" left unanswered; "latency is not a concern"; a statistic one run measured, in a sample log or JSON ("avg_latency_ms": 1942.0); any number in a code block captioned as what a run printed ("Each run produces:", "Sample output:") unless its key names a target ("max_latency_ms").',
    },
  },
  {
    id: 'requirements.throughput-qps',
    topic: /\bqps\b|\brps\b|\btps\b|\bfps\b|per second|throughput|requests? (?:per|\/)|traffic|\bpeak\b/,
    triggers: ['qps', 'rps', 'tps', 'fps', 'throughput', 'second', 'per', 'day', 'daily', 'hourly', 'nightly', 'night', 's', 'sec', 'peak', 'traffic', 'load', 'thousand', 'million', 'billion', 'every'],
    test: throughputEvidence,
    readsDoc: true, // asks whether the doc scores the counted items
    keyPatterns: [RATE],
    doc: {
      present: 'A number with a rate: "50k QPS", "3,000 transactions per second", "2B predictions per day", "10M requests/day", a "Peak QPS | 60k" table row.',
      absent: '"High throughput", "heavy traffic", "scalable" with no number; "TODO req/s"; "How many requests per second?" left open; a count of positives ("about 100 spam posts per day").',
    },
  },
  {
    id: 'requirements.scale',
    topic: /\bdau\b|\bmau\b|how many (?:users|items|customers)|\bscale\b|catalog|data volume|\b(?:gb|tb|pb)\b/,
    triggers: ['dau', 'mau', 'users', 'items', 'catalog', 'catalogue', 'million', 'millions', 'billion', 'billions', 'thousand', 'thousands', 'hundred', 'gb', 'tb', 'pb', 'mb', 'megabytes', 'k', 'm', 'b', 'bn', 'mm', 'scale', 'volume', 'corpus', ...LARGE_NUMBER_KEYS],
    test: scaleEvidence,
    keyPatterns: [SCALE_KEYS, DATA_MB],
    doc: {
      present: 'The size of the user base, catalogue or data: "500M DAU", "10M items", "~4 TB of logs per day", "billions of images".',
      absent: '"Large scale", "a large number of users", "scalable" with no number; "thousands of events per minute" (a rate, so throughput); "top 10 items" (a result size); "700 features", "100 binary labels" (the width of one example); memory sizes (those are budget); Docker image footprints and a disk allotted ("Persistent Volume (10GB)"); an HTTP status ("503 Service Unavailable"); a course ranking ("top 10 of 183 participants").',
    },
  },
  {
    id: 'requirements.budget-cost',
    topic: /(?:compute|storage|serving|training|infra\w*|cloud|hardware|gpu|money|cost) budget|\bbudget:|\bcosts?\b|\$\s?\d|\bgpus?\b|\bram\b/,
    triggers: ['kb', 'mb', 'dsp', '$', 'usd', 'budget', 'cost', 'costs', 'gpu', 'gpus', 'cpu', 'cpus', 'vcpu', 'tpu', 'cores', 'instances', 'nodes', 'machines', 'servers', 'replicas', 'pods', 'ram', 'memory', 'vram', 'storage', 'a100', 'h100', 'v100', 't4', 'capacity', 'dollars', 'month', 'x', 'thousand', 'hundred', 'pounds', 'euros', '€', '£', 'quota', 'tier', 'hrs', 'allowance'],
    test: (u) => budgetEvidence(u),
    keyPatterns: [MONEY, COST_CTX, HARDWARE, MEMORY, RELATIVE_COMPUTE],
    doc: {
      present: 'A compute/storage budget or cost estimate with a number: "$40k/month", "8 GPUs for training", "64 GB RAM per node", "≤ 20 CPU pods", "cost per 1k predictions ≈ $0.02", "a GPU cluster with a minimum of 24GB", a table of compute set aside ("| Resource | Allocation Plan |" → "| A100 | 6-hour blocks, 2x per week |"), or a free tier as the ceiling ("training and inference constrained to AWS Free Tier").',
      absent: '"Budget is limited", "cheap", "cost-efficient" without a number; money amounts that are not costs (transaction amounts, fraud losses, revenue, "€4.10 per returned parcel", "saving 300000 euro per year", what forecast errors cost when "each loaf costs $2", the mean of an amount column); a rejected option\'s "10× serving cost"; the hardware a training run uses ("4 epochs on 8 GPUs") or the memory it consumed ("training consumed roughly 30 GB of memory") unless it is capped or reserved; unit economics of the business ("Cost per Retained Customer: $167", "Retention cost = $50/customer").',
    },
  },
  {
    id: 'requirements.scope-functional',
    topic: /\bscope\b|use cases?|functional|non-?goals?/,
    triggers: ['proposal', 'covers', 'scope', 'use', 'case', 'cases', 'functional', 'goal', 'goals', 'system', 'service', 'users', 'user', 'support', 'focus', 'limited', 'mvp', 'v1', 'deliverable', 'shown', 'surface', 'surfaced', 'appears', 'assume', 'assumption', 'only', 'product', 'feature', 'requirements', 'story', 'stories', 'cover', 'handle', 'build', 'include', 'consider', 'rank', 'score', 'recommend', 'predict', 'model', 'classifier', 'ranker', 'recommender', 'pipeline', 'api', 'tool', 'automatically', 'arrives', 'each', 'every', 'solution', 'app', 'application', 'platform', 'bot', 'assistant', 'program', 'algorithm', 'endpoint', 'provide', 'provides', 'supply', 'supplies', 'equip', 'equips', 'annotate', 'annotates'],
    test: scopeEvidence,
    keyPatterns: [SCOPE, SYSTEM_DOES],
    scopeLists: true,
    doc: {
      present: 'What the system does for the user and/or what is out of scope: "In scope: ranking ads in the home feed. Out of scope: auction pricing", "The system must flag a transaction inside the authorization call", a use-case line, a "Non-goals" list.',
      absent: 'A "Scope" heading or label with nothing under it; scope asked as a question.',
    },
  },
  {
    id: 'requirements.privacy-security',
    topic: /privacy|\bpii\b|gdpr|ccpa|hipaa|anonymi|encrypt|consent|compliance|security|fairness|ethic/,
    triggers: ['iam', 'rbac', 'ldap', 'kerberos', 'acl', 'acls', 'ranger', 'least', 'permission', 'permissions', 'privacy', 'private', 'pii', 'personal', 'gdpr', 'ccpa', 'hipaa', 'coppa', 'pci', 'soc', 'anonymize', 'anonymise', 'anonymized', 'pseudonymized', 'deidentified', 'encrypt', 'encrypted', 'encryption', 'consent', 'opt', 'retention', 'deletion', 'deleted', 'purged', 'kept', 'keep', 'store', 'retain', 'persist', 'save', 'saving', 'log', 'transcripts', 'recordings', 'access', 'authentication', 'authorization', 'authorized', 'authorizer', 'authorised', 'authoriser', 'delete', 'deleting', 'oauth', 'differential', 'federated', 'device', 'hash', 'hashed', 'hashing', 'tokenized', 'compliance', 'compliant', 'regulation', 'regulations', 'regulatory', 'regulated', 'legal', 'ethics', 'ethical', 'fairness', 'bias', 'disparate', 'protected', 'sensitive', 'demographic', 'equal', 'equalized', 'security', 'forgotten'],
    test: (u, doc) => privacyEvidence(u, doc),
    keyPatterns: [PRIVACY, FAIRNESS_CHECK],
    doc: {
      present: 'A privacy, security, compliance or fairness constraint the design commits to: "no raw PII in features; user IDs hashed", "EU users without consent get no cross-site signals (GDPR)", "card numbers are tokenised (PCI)", a check of the model on protected groups ("Accuracy of Female Slice: 0.89", "recall compared across gender").',
      absent: 'A bare "Privacy" bullet or heading; "privacy is out of scope"; PII listed as one more model input ("age, gender, and other PII"); a bare "Fairness, bias, etc"; a dataset field anonymized by its publisher ("MarkDown1-5 - anonymized data related to promotional markdowns"); a data dictionary\'s columns ("OnlineSecurity: String - whether the customer has online security"); a template prompt mentioning GDPR; "regulatory compliance" listed among a pitch\'s benefits; the constraint asked as a question; a dataset column described as "Anonymized promotional data."; "geo-sensitive features"; "dynamic batching for regulation" of the load.',
    },
  },
];
