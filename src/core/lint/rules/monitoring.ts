/**
 * 7. Monitoring: drift, data quality, operational metrics, model performance, retraining.
 * A mention counts when the doc commits to watching it (a monitoring verb, a threshold, a
 * dashboard, or a list under a monitoring heading) — not when drift is only a reason for
 * something else ("tastes drift, so…").
 */
import type { ParsedDoc, Unit } from '../parse';
import { affirmed, anyMatch, ctxHas, listCaptionOf, headingOf, inSection, isBare, isSchemaRow, sentenceAt, stated, subtreeLow, valueOf } from './helpers';
import { contentWords, DROP_PLACEHOLDER, findAffirmed, isNegated, sentenceBounds } from '../text';
import { metricWordUsedAsModifier, OFFLINE_METRIC, ONLINE_METRIC } from './evaluation';
import type { ItemSpec } from './types';

/** After "watch": a noun ("watch-time", "watch history"), not the verb of monitoring. */
const NOT_A_WATCH = String.raw`(?![- ](?:time|history|list|later|page|party|rate|through|count|percentage|sessions?|minutes|hours|duration))`;
/** What a product or a model tracks in its own domain ("sleep tracking", "eye tracking", "object tracking"), no watch on a model. */
const TRACKED_THING = String.raw`(?:sleep|fitness|activity|habit|location|gps|motion|hand|pose|face|vehicle|asset|calorie|eye|object)`;
/** "tracked", "tracking", "tracks the …" (not "tracks" alone: music tracks, train tracks). */
const TRACK_WORD = String.raw`(?:tracked|(?=tracking)(?<!\b(?:issue|bug|ticket|experiment|package|order|shipment|${TRACKED_THING})[- ])tracking(?! (?:systems?|tools?|software|platforms?|numbers?|ids?)\b)|tracks? (?:the |daily |weekly |hourly |online |per |each |how |it|them|all ))`;
/** A word of watching over time, for a unit under an Abstract or Conclusion heading. */
const WATCH_OVER_TIME = new RegExp(String.raw`\b(?:monitor\w*|alert\w*|dashboards?|(?<!\b${TRACKED_THING}[- ])track\w*|drift\w*|daily|weekly|hourly|monthly|live|deployed|post-?deployment)\b`);
const WATCH =
  new RegExp(String.raw`\b(monitor\w*|detect\w*|${TRACK_WORD}|alert\w*|alarm\w*|measur\w*|check\w*|compar\w*|comput\w*|dashboards?|thresholds?|psi|ks|daily|weekly|hourly|trigger\w*|watch(?:es|ed|ing)?${NOT_A_WATCH}|flag\w*|pag(?:e|ed|es|ing)|notify|notif\w*|tests?|tested|evidently|whylabs|arize|fiddler|tfdv|great expectations|datadog|grafana|prometheus|log(?:ged|ging)?|report\w*|audit\w*|inspect\w*|sample\w*|review\w*|exceed\w*|above|below|>|<)\b|[<>≥≤]`);
// ("Framing the Task Around Alert Budgets": the alerts the model raises, no watch)
const MONITOR_CTX = new RegExp(String.raw`\b(monitor\w*|observab\w*|alert\w*(?! (?:budgets?|rates?|fatigue)\b)|alarm\w*|dashboards?|watch${NOT_A_WATCH})\b`);

/** Monitoring commitment: a watch verb in the sentence, or a list under a monitoring heading/label. */
function watched(u: Unit, doc: ParsedDoc, index: number, match: string): boolean {
  const s = sentenceAt(u.low, index).replace(match, ' ');
  if (WATCH.test(s)) return true;
  if (ctxHas(u, doc, MONITOR_CTX)) return true;
  return inSection(u, 'monitoring') && !isBare(u, 3) && contentWords(u.low) >= 2;
}

const DRIFT =
  /\b((?:column|dataset|embeddings?|target|prediction)driftmetric|(?:data|target)drift(?:preset|tab|table)|testshareofdriftedcolumns|testnumberofdriftedcolumns|(?:track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|watch(?:es|ed|ing)?) (?:the )?(?:[\w-]+ ){0,3}(?:and )?(?:rating|score|prediction|label|feature|input|output)s? distributions?\b|(?:compar\w*|track\w*|check\w*|monitor\w*|watch\w*) (?:the )?(?:(?:daily|weekly|hourly|monthly|nightly|live|online|production) )?distributions? of (?:the )?(?:[\w-]+ ){0,3}(?:scores?|inputs?|features?|predictions?|outputs?)\b|(?:data|feature|concept|label|prediction|score|model|covariate|prior|input|output|target|distribution(?:al)?|embedding|population)[- ](?:drift|shift)s?|drift\w*|distribution shifts?|covariate shift|population stability(?: index)?|psi|ks[- ]?(?:test|statistic)|kolmogorov\w*|kl[- ]divergence|js[- ]divergence|jensen\w*|wasserstein|chi-?squared? tests?|(?:feature|score|prediction|input|output|label) distributions?|(?:input|feature|traffic|language|category|class|query|device|country) (?:mix|distribution|composition|shares?)s?|out[- ]of[- ]distribution (?:signal|rate|share|inputs?|queries|detection|alerts?|monitor\w*)|ood (?:rate|signal|share|detection|alerts?))\b/g;

const DETECT_SENSE =
  /\b(monitor\w*|detect\w*|alert\w*|alarm\w*|measur\w*|compar\w*|check\w*|track\w*|thresholds?|dashboards?|psi|ks|distributions?|histograms?|watch\w*|flag\w*|tests?|pag(?:e|ed|es|ing)|notif\w*|report\w*|quantif\w*|statistic\w*|divergence)\b|[<>≥≤]/;
const REMEDY = /\b(reset|wash(?:es)? out|fix\w*|correct\w*|counter\w*|combat\w*|absorb\w*|reduc\w*|avoid\w*|prevent\w*|handl\w*|mitigat\w*|compensat\w*|undo|clear\w*)\b/;

const OFFLINE_SET = /\b(?:test|holdout|held-out|validation|out-of-time|oot|backtest)(?: set| sample| data| month| period)?\b|\boffline\b/;

/** Comparing inputs with earlier periods is drift monitoring without the word ("NDVI per band vs previous seasons, flag large shifts"). */
const DRIFT_HISTORY =
  /\bcompar\w* (?:[\w-]+ ){1,6}?(?:against|with|to|vs\.?) (?:the )?(?:same [a-z]+ (?:in|of|from) )?(?:the )?(?:previous|prior|past|last|earlier|historical) (?:seasons?|years?|periods?|months?|weeks?|quarters?)\b/;
const DRIFT_HISTORY_ACT = /\b(shifts?|deviat\w*|anomal\w*|flag\w*|alert\w*|distributions?|histograms?)\b/;
const NOT_INPUT = /\b(revenue|sales|gmv|profit|margin|kpis?|conversion|bookings|cost)\b/;

/**
 * "- Monitor for drift": a bare intention, with no signal, method or threshold; "- Drift" alone
 * (heading a nested note, which says what is done: "we will not monitor drift").
 */
const BARE_DRIFT = /^(?:(?:(?:we|i) (?:will|should|would|need to|must) )?(?:monitor|track|watch|check|alert|look out|keep an eye)(?:ing|s)?(?: (?:for|on|out for))? (?:any |the |data |model |feature |concept |input )?drifts?\s*[.!]?|(?:(?:data|feature|concept|model|input|prediction|score) )?drifts?\s*:?)$/;

const PHYSICAL_DRIFT = /^drift\w*\s+(?:by |of |up to |about |around |~)*(?:a few |several |\d[\d.,]*\s*)(?:cm|mm|m|metres?|meters?|seconds?|secs?|s|ms|minutes?|degrees?|°|ppm)\b|^drift\w*\s+(?:from|out of|off|away from|across|into|toward|towards)\s+(?:their |the |its |his |her |our |a |an )?(?:own )?(?:lanes?|road|course|track|path|route|position|target|centre|center|setpoint|station)\b/;

/** What a chi-square test measures when it is feature analysis, not a comparison over time. */
const ASSOCIATION_TEST = /\b(?:relationship|association|independen\w*|dependen\w*|correlat\w*|feature selection|select\w* (?:the )?features|importan\w*)\b/;
const OVER_TIME = /\b(?:monitor\w*|drift\w*|production|live|alert\w*|daily|weekly|serving|over time)\b/;

/** KS read as how well scores separate the classes (credit scoring), not as a test between two periods. */
const KS_SEPARATION = /\btpr\b|\bfpr\b|\b(?:true|false) positive rates?\b|\bseparat\w* (?:between )?(?:the )?(?:two )?(?:classes|goods? and bads?|defaulters and non-defaulters|positives and negatives)\b|\bdiscriminat\w* power\b/;
const DRIFT_TEST_NAMED = /\b(?:psi|kl|ks|kolmogorov|wasserstein|chi|jensen|js|evidently|whylogs|alibi|nannyml|population stability|adwin|ddm|page[- ]hinkley)\b/;
/** A short list of bare noun phrases ("monitoring, drift detection, and alerting"): each part at most three words, no preposition or verb. */
function bareNounList(low: string): boolean {
  const parts = low.replace(/^[\s*_-]+|[\s*_.!]+$/g, '').split(/\s*(?:,|;|\/|&|\band\b|\bor\b)\s*/).filter((p) => p.length > 0);
  return parts.length >= 1 && parts.length <= 5 && parts.every((p) => p.split(/\s+/).length <= 3 && !/\b(?:on|with|when|if|using|via|by|for|of|per|in|at|to|is|are|will|we|every|each|daily|weekly|hourly|monthly|nightly)\b/.test(p));
}

/** "more robust to distribution shift than calibrated probabilities": a property of a choice, no watch for shift. */
const ROBUST_TO_SHIFT = /\b(?:more |less )?robust(?:ness)? (?:to|against) (?:the |any )?(?:[\w-]+ )?(?:distribution|data|covariate|concept|dataset|domain) (?:shifts?|drift)\b/g;

function drift(u: Unit, doc: ParsedDoc): boolean {
  // ("precision at a fixed alert rate": the alerts the model raises; "robust to distribution shift": no watch)
  let low = modelAlertsAsPositives(u.low);
  if (low.includes('robust')) low = low.replace(ROBUST_TO_SHIFT, 'robust');
  if (BARE_DRIFT.test(low.trim())) return false;
  // "- Monitoring, drift detection, and alerting" in a list of what production will have: capabilities
  // named, no signal, test or threshold chosen
  // (under a monitoring heading or caption, "Model Monitoring" → "- Data drift detection", the plan commits to it)
  if (u.kind === 'item' && !/\d/.test(low) && bareNounList(low) && /\bdrift\b/.test(low) && !DRIFT_TEST_NAMED.test(low) && !inSection(u, 'monitoring') && !ctxHas(u, doc, /\bmonitor\w*|\bobservab\w*|\bstability\b/)) return false;
  const h = DRIFT_HISTORY.exec(low);
  if (h) {
    const s = sentenceAt(low, h.index);
    if (DRIFT_HISTORY_ACT.test(s) && !NOT_INPUT.test(s) && !isNegated(low, h.index, h[0].length, 'any')) return true;
  }
  // "| Drift | TBD |": a placeholder row keeps its label, which says nothing
  if ((u.flags & DROP_PLACEHOLDER) && u.label && !valueOf(u).trim()) return false;
  DRIFT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = DRIFT.exec(low)) !== null && guard++ < 20) {
    if (isNegated(low, m.index, m[1].length, 'any')) continue;
    // "the interviewer asked about drift — I said X covers it": the topic of a question, not a monitor
    if (/\b(?:asked|asks|asking|prompted|pushed|probed) (?:me |him |her |them )?(?:about|for|on|whether|if|how)(?: the| we| to)? (?:\w+ )?$/.test(low.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = sentenceAt(low, m.index);
    // "lowercased -> take this into account at inference time in prod to avoid data shift": a preprocessing
    // serving must repeat (training-serving skew), no monitor of production data
    if (/\b(?:avoid|prevent)\w* (?:any |a )?(?:data |distribution |feature )?(?:shift|skew)\b/.test(s) && /\b(?:at|during) (?:the )?(?:inference|serving|prediction)(?: time)?\b|\bin prod(?:uction)?\b/.test(s) && !/\b(?:monitor\w*|detect\w*|track\w*|alert\w*|psi|ks|kolmogorov|compare\w*|dashboards?)\b/.test(s)) continue;
    // 'Note on "drift": …': the word quoted is talked about, not used
    if (/["'“‘]$/.test(low.slice(Math.max(0, m.index - 1), m.index)) && /^["'”’]/.test(low.slice(m.index + m[1].length))) continue;
    // "the RTK GPS drifts up to ~30 cm", "the units' clocks drift by a few seconds a day": a device's error, not data drift
    if (/^drift/.test(m[1]) && (PHYSICAL_DRIFT.test(low.slice(m.index, m.index + 40)) || /\b(?:gps|clocks?|compass|gyro\w*|imu|oscillator|odometer|thermometer|position(?:ing)?)\b[^.;]{0,40}$/.test(low.slice(Math.max(0, m.index - 50), m.index)))) continue;
    // "tastes drift over time, so we retrain" is a reason, not a monitor
    if (/^drift/.test(m[1]) && /\b(so|therefore|hence|which is why)\b/.test(s) && !/\b(monitor|detect|track|alert|psi|ks|measure|check)/.test(s)) continue;
    // "retrain periodically to address any model drift": drift as the reason to retrain, not a monitor
    if (/\b(?:to|and) (?:address|handle|combat|counter|mitigate|account for|avoid|prevent|fight|reduce|correct|compensate for) (?:any |the |possible |potential )?(?:\w+ )?$/.test(low.slice(Math.max(0, m.index - 48), m.index)) && /\bretrain\w*|\btrain\w* (?:the model )?(?:periodically|regularly|again)|\bre-?fit\w*|\bupdat\w* the model/.test(s) && !/\b(monitor|detect|track|alert|psi|ks|measur|check|dashboard)/.test(s.replace(m[1], ' '))) continue;
    // bare "drift" needs a detection sense: "retrain weekly to reset drift in the embeddings" is a
    // remedy, and a monitoring heading alone does not make it a monitor
    if (/^drift/.test(m[1]) && !DETECT_SENSE.test(s.replace(m[1], ' '))) {
      if (REMEDY.test(s) || !ctxHas(u, doc, MONITOR_CTX) || /\bretrain\w*\b/.test(s)) continue;
    }
    // "to account for the disproportionate class distribution": the class imbalance of the data, not a shift over time
    if (/^class (?:mix|distribution)/.test(m[1]) && /\b(?:disproportionate|imbalanced|unbalanced|skewed|uneven|unequal|imbalance (?:in|of)(?: the)?|even(?:s|ed|ing)? out(?: the)?|(?:re-?)?balanc(?:e|es|ed|ing)(?: the)?)\s*$/.test(low.slice(Math.max(0, m.index - 32), m.index))) continue;
    // "the EDA is limited to class distribution to check for imbalances": a look at the training data, not a monitor
    if (!/drift|shift|psi|ks|kolmogorov|stability/.test(m[1]) && /\b(?:eda|exploratory (?:data )?analysis)\b/.test(s) && !/\b(?:monitor\w*|production|live|serving|alert\w*|drift\w*|over time|daily|weekly|hourly)\b/.test(s)) continue;
    // KS as a score-separation metric on a test set (credit risk) is an offline metric, not drift
    if (/^(?:ks|kolmogorov)/.test(m[1]) && (u.mode === 'offline' || OFFLINE_SET.test(s)) && !/\b(?:monitor\w*|drift\w*|production|live|alert\w*|daily|weekly|between|serving)\b/.test(s)) continue;
    // "| KS Statistic | ≥0.45 | max(TPR - FPR) | Maximum separation between classes |": defined as the gap between the classes' score curves
    if (/^(?:ks|kolmogorov)/.test(m[1]) && KS_SEPARATION.test(s) && !/\b(?:monitor\w*|drift\w*|production|live|alert\w*|daily|weekly|serving|over time)\b/.test(s)) continue;
    // "we measure the direct relationship of `fit` and all of these features by Chi-square test": a
    // test of association for feature analysis, not a comparison over time
    if (/^chi/.test(m[1]) && ASSOCIATION_TEST.test(s) && !OVER_TIME.test(s)) continue;
    if (/^(psi|ks|kolmogorov|population stability|chi)/.test(m[1]) || watched(u, doc, m.index, m[1])) {
      DRIFT.lastIndex = 0;
      return true;
    }
  }
  DRIFT.lastIndex = 0;
  return false;
}

const DATA_QUALITY =
  /\b((?:dataset|column)missingvaluesmetric|dataqualitypreset|testshareofmissingvalues|testnumberofmissingvalues|ingest\w* validat\w*|validat(?:es|ed|ing)? (?:every|each|all|incoming|new) (?:[\w-]+ ){0,2}(?:on|at|before|during) (?:import|ingest\w*|upload|load\w*|arrival)|(?:dropped|rejected|skipped|filtered(?: out)?|excluded|quarantined) (?:before|prior to|ahead of) (?:inference|scoring|prediction|serving)[^.;]{0,30}\b(?:count\w*|logged|reported|tracked|alert\w*)|assess(?:es|ing)? the quality of (?:the |each |a |an |every |incoming )?(?:inputs?|voice samples?|samples?|images?|photos?|audio|recordings?|requests?|uploads?|documents?|scans?)|pre-?classification of (?:the )?inputs?|(?:is|are|gets?|get) (?:checked|validated|verified|screened|sanity-checked) (?:before|prior to|ahead of) (?:inference|scoring|prediction|serving|use|training)|(?:input|ingest(?:ion)?|pre-?scoring|pre-?inference) (?:checks?|validation)|quality checks? (?:rejects?|drops?|flags?|blocks?|skips?)|quality checks? (?:before|prior to|ahead of) (?:the )?(?:inference|scoring|prediction|serving|training|ingest\w*)|refus(?:es|ed|e)? to (?:publish|score|load|promote|swap|ship)[^.;]{0,60}\b(?:if|when|unless)\b|(?:more than|over|>|≥) \d+ ?% (?:of (?:its |the |their |a |an )?(?:[\w'-]+ ){0,4})?(?:missing|null|empty|nan|blank)\b|quarantin\w*|count\w* how many (?:[\w-]+ )?(?:are|were|get|got) (?:filtered|dropped|rejected|removed|quarantined)|prompts? (?:the (?:user|driver|agent|associate|customer) |users? |them )?(?:to |for )?(?:an? )?re-?(?:shoot|take|capture|scan|upload|record)\b|(?:rejects?|refuses?|rejected|refused) (?:the |an? |any |all )?(?:inputs?|requests?|images?|files?|uploads?|payloads?|photos?|records?|rows|messages|frames?|tiles?|scans?|pings?|readings?)\b[^.;]{0,40}?\b(?:smaller|larger|bigger|outside|without|missing|malformed|invalid|corrupt\w*|not|that|which|with|in|over|under|above|below)\b|(?:requests?|inputs?|uploads?|images?|files?|payloads?) (?:with|in|of) (?:an? )?[\w-]+ (?:format|size|shape|type|image|file)[^.;]{0,40}?\b(?:results? in|returns?|gets?|yields?) (?:an? )?(?:error|4\d\d|rejection)|(?:with|has|have|having) (?:an? )?(?:missing|empty|blank|null|corrupt\w*|invalid|unreadable|blurry|all-?zero|flat-?lined?) [a-z]+|(?:older|staler) than (?:~|about )?\d+ ?(?:h|hrs?|hours?|min|minutes?|days?)\b|(?:input|data|photo|image|quality) (?:quality )?gates?|(?:sync|ingestion|ingest|replication|feed|consumer|connector) lag\b|(?:image|photo|input|data|scan|audio) (?:qa|quality) (?:rejects?|rejections?|checks?|filters?)|(?:audio|image|photo|file|format|integrity) checks?\b|(?:focus|blur|exposure|sharpness|glare) (?:scores?|checks?)\b(?=[^.]{0,80}\b(?:check\w*|below|above|threshold|reject\w*|flag\w*|alert\w*|back to))|validation (?:on|of) (?:the )?(?:feature vectors?|inputs?|payloads?|requests?)|number of (?:new |incoming |daily )?[a-z-]+ (?:ingested|received|arriving|loaded|landed)\b[^.;]{0,30}\b(?:is |are |falls? |drops? )?(?:below|under|less than)|(?:asr|ocr|transcription|recognition) confidence|schema (?:failures?|errors?|violations?)|(?:[a-z-]+[- ])?(?:events?|pings?|streams?|feeds?|records?|rows|messages|logs?|inputs?) (?:volume|counts?|rates?)(?=[^.]{0,50}(?:alert|drop|below|down|[<>]|%))|(?:streams?|feeds?|pings?|signals?|inputs?|coverage|volume) (?:drops?|falls?|dips?) (?:below|under|by)|data (?:quality|validation|checks?|contracts?|tests?|sanity)|schema (?:checks?|validation|changes?|changed|drift|enforcement|registry|mismatch\w*)|validation (?:step|stage|task|job|gate) (?:fails|blocks|stops|halts|rejects|checks)|(?:validat(?:e|es|ed|ing|ors?)|validation of) (?:the )?(?:inputs?|schema|data|features?|payloads?|requests?|rows|partitions?|coverage|completeness)|input validation|(?:null|missing|nan)[- ]?(?:values?|rates?|ratio|checks?|fraction|counts?)|nulls|nans|range checks?|out[- ]of[- ]range|(?:outside|out of) (?:the )?(?:\w+ )?(?:ranges?|bounds)|sanity checks?|anomal\w* (?:in|on) (?:the )?(?:inputs?|features?|data|pipeline|volumes?)|great expectations|tfdv|deequ|soda|freshness(?! (?:boost|bonus|score|features?|signals?|weights?|priors?|decay|factor))|stale (?:data|features?)|(?:feeds?|data|features?|inputs?|tables?|sources?|signals?|snapshots?|partitions?) (?:is|are|gets?|becomes?|goes|runs?) (?:more than |over |older than |at least )?(?:[\d.]+ ?[a-z]+ )?(?:stale|late|missing|empty)|row counts?|volume (?:checks?|drops?|anomal\w*)|duplicates?|corrupt\w*|malformed|outliers?|unit tests? (?:for|on) (?:features|data|pipelines?)|feature (?:validation|checks?|health)|upstream (?:changes?|breaks?|failures?|outages?)|late[- ]arriving data|missing (?:partitions?|data)|(?:files?|feeds?|tables?|partitions?|snapshots?|extracts?) (?:has |have )?(?:arrived|landed))\b/g;
/** A word that checks something; CHECK also takes a comparison sign. */
const CHECK_WORD = /\b(not scored|exclud\w*|discard\w*|check\w*|validat\w*|monitor\w*|alert\w*|assert\w*|expectations?|tests?|detect\w*|(?:tracked|tracking|tracks? (?:the |daily |weekly |hourly |online |per |each |how |it|them|all ))|guard\w*|reject\w*|quarantin\w*|block\w*|fail\w*|stop\w*|halt\w*|flag\w*|dashboards?|thresholds?|pause\w*|skip\w*|drop\w*|pag(?:e|es|ed|ing) (?:the |an? |our )?(?:on-?call|oncall|engineers?|team|someone|us|sre|owners?|whoever)|paging|pager\w*|falls? back|falling back|fallback)\b/;
const CHECK = new RegExp(String.raw`${CHECK_WORD.source}|[<>]`);

const COMPARISON_AFTER = /^[^.;<>]{0,30}[<>≤≥]/;

const THRESHOLD_NO = /\b(?:no|none of the) [a-z-]+(?: [a-z-]+)? (?:has|have|is|are|gets?) (?:more|higher|over|above|greater|larger|worse) (?:than )?(?:about |~)?[\d.]+/;

/** "the nightly job flags intervals with negative occupancy", "rejects rows whose price is missing": a validity check. */
const FLAGS_INVALID = /\b(?:flag(?:s|ged|ging)?|reject(?:s|ed|ing)?|quarantin\w*|alert(?:s|ed|ing)? on) (?:[\w-]+ ){0,3}?(?:with|that have|having|where|whose) (?:an? )?(?:[\w-]+ )?(?:negative|missing|null|empty|impossible|invalid|out-of-range|corrupt\w*|malformed)\b/g;

/**
 * "we determine the image is synthetic and mark it as faulty", "the image … is flagged as faulty": an input found bad
 * before it is scored (the model's own finding is its task: "the model flags the transaction as fraudulent" names no fault).
 */
const INPUT_MARKED_FAULTY =
  /\b(?:(?:images?|inputs?|frames?|records?|rows?|samples?|readings?|feeds?|files?|requests?|it|them) (?:is |are |gets? |get )?(?:then |hence |automatically )?(?:flagged|marked|tagged|labell?ed)|(?:flag|mark|tag)(?:s|ged|ed|ging|ing)? (?:it|them|the (?:images?|inputs?|frames?|records?|rows?|samples?|readings?|feeds?|files?))|(?:hence|thus|then|so) (?:is|are|gets?|get) (?:flagged|marked|tagged)) as (?:faulty|invalid|corrupt(?:ed)?|broken|unusable|defective|bad (?:data|input|quality))\b/g;
/** "must detect the situation when data from some shop are stalled", "detects … drift or stalled data": input freshness checked. */
const DATA_STALLED = /\b(?:detect\w*|alert\w*|check\w*|monitor\w*|flag\w*|notif\w*|watch\w*)\b[^.;]{0,80}?\b(?:stal(?:e|led) (?:data|feeds?|inputs?|partitions?|tables?)|data (?:from [^.;]{1,30}? )?(?:is|are|was|were|gets?|becomes?) (?:stale|stalled|late|delayed|missing|not (?:arriving|updated|refreshed)))\b/;

/** Data cleaned once before modelling: "missing values were detected … and replaced with the mean", "Clean and prepare the data". */
const FOUND_ONCE = /\b(?:was|were) (?:detected|found|identified|spotted)\b/;
const IMPUTED = /\b(?:imput\w*|replaced? (?:with|by)|fill(?:ed)? (?:with|in)|dropped|removed)\b/;
const CLEAN_THE_DATA = /\bclean(?:ed|ing)?(?: and (?:prepare|prepared|preparing|pre-?process\w*))? (?:the )?data(?:set)?\b/;
/** "… cleaning data before training and writing tests to check data quality": tests kept in the code, which run again. */
const TESTS_WRITTEN = /\b(?:writ(?:e|es|ing)|add(?:s|ing)?|implement\w*|automat\w*|set(?:ting)? up) (?:\w+ ){0,2}?(?:tests?|checks?|assertions?|expectations?)\b/;
/** A check that keeps running (not a one-off cleaning step). */
/** "We checked the dataset for missing values and duplicates; there were none": one look at the data before modelling. */
const CHECKED_ONCE = /\b(?:we|i) (?:first |also |then )?(?:checked|inspected|examined|looked (?:at|into)|explored|analy[sz]ed|verified|went through) (?:the |our |each |every )?(?:raw |training |whole |entire )?(?:data ?(?:sets?|frames?)?|csv|tables?|columns?|features?|records|rows|images)\b/;
const COLUMNS_LEFT_OUT = /\b(?:exclud|drop|remov|discard|omit)\w* (?:the |all |any )?(?:(?!(?:before|after|during|at|in|from|for|by|on|when|if|prior|ahead|until)\b)[\w-]+ )?(?:features?|columns?|variables?|attributes?|fields?)\b|\b(?:features?|columns?|variables?|attributes?|fields?) (?:were |are |got |get )?(?:excluded|dropped|removed|discarded|omitted)\b/;
/** "Checking for missing values is essential … As we can see in the image there are no null values": an EDA finding read off once. */
const SEEN_ONCE = /\bas (?:we|you) can see\b|\bthere (?:are|were|is|was) no (?:null|missing|nan|empty|duplicate)\b/;
const KEEPS_RUNNING = /\b(?:monitor\w*|alert\w*|every (?:day|night|batch|run|hour)|daily|nightly|hourly|in production|incoming|new data|each (?:batch|run|request))\b/;

/**
 * Inputs checked at the door: "reject the request if amount <= 0", "every request is validated against
 * the schema", "invalid requests get a 400".
 */
const INPUT_REJECTED = /\breject(?:s|ing)? (?:the |any |an? |all |incoming )?(?:requests?|inputs?|events?|records?|rows?|payloads?|transactions?|messages?|submissions?)(?: with (?:an? )?(?:error |http |status )?(?:code )?4\d\d)? (?:if|when|whose|where)\b|\breject(?:ed|s)? with (?:an? )?(?:error |http |status )?(?:code )?4\d\d\b|\b(?:requests?|inputs?|payloads?|events?|records?|rows?) (?:are|is|get|gets) rejected\b(?: with [^.;]{0,30}?)? (?:if|when|whose|where)\b|\b(?:requests?|inputs?|payloads?|events?) (?:is |are |get |gets )?(?:validated|checked) against (?:the |a |an |its |their |our )?(?:[\w-]+ )?(?:schemas?|contracts?|spec\w*)\b|\binvalid (?:requests?|inputs?|payloads?) (?:get|gets|return|returns|are rejected|is rejected|receive|yield)\b|\b(?:checks?|validat\w*|verif(?:y|ies)) (?:whether|that|if) (?:or not )?(?:the |each |every |an? )?(?:incoming |input )?(?:messages?|records?|events?|requests?|payloads?|rows?|inputs?) (?:is|are) valid\b|\b(?:invalid|malformed|corrupt(?:ed)?) (?:messages?|records?|events?|requests?|rows?|inputs?|payloads?) (?:are|is|get|gets) (?:skipped|dropped|discarded|rejected|quarantined)\b|\bskip(?:s|ped|ping)? (?:the |any |all )?(?:invalid|malformed|corrupt(?:ed)?) (?:messages?|records?|events?|requests?|rows?|inputs?|payloads?)\b/;
/** A caption over the conditions that reject an input: "Reject with Error 400 if:". */
/** A caption over the checks an input goes through ("DICOM Checking Steps:", "Input validation:", "Sanity checks on each request:"). */
const INPUT_CHECK_CAPTION = /^\W*(?:[\w-]+ ){0,3}(?:check(?:ing)?|validation|sanity|pre-?flight|input) (?:steps|checks|rules)\W*$|^\W*(?:input|request|data|image|file|dicom) (?:validation|checks?)\b[^.;]{0,30}$/;
const REJECT_CAPTION = /^\W*reject(?:ed)?\b[^.;]{0,40}\b(?:if|when)\W*$/;

const REQUEST_VALIDATION = /\b(?:request|payload|input) (?:schema )?validation (?:using|with|via|through|by|\() ?(?:pydantic|json ?schema|marshmallow|a schema|schemas?)\b|\bvalidat(?:e|es|ed|ing) (?:the |every |each |all |incoming |user )?(?:questions?|quer(?:y|ies)|prompts?|messages?|requests?|inputs?|payloads?) \((?:[^()]{0,40}[,;] ?)?(?:max(?:imum)? \d+ (?:words|tokens|characters|chars)|pydantic|json ?schema)|\bvalidat(?:es?|ed|ing) (?:the |every |each |all |incoming )?(?:requests?|payloads?|inputs?) (?:with|using|against|via|through) (?:pydantic|json ?schema|marshmallow|(?:a |the )?schemas?)\b/;
const MISSING_ENCODED = /\bhandl(?:e|es|ing) (?:of )?(?:the )?missing\b|\bmissing(?:ness)? (?:flags?|indicators?)\b|\bdefault (?:values?|indices|index|categor(?:y|ies)) for missing\b/;
const MISSINGNESS_WATCHED =
  /\b(?:track|monitor|watch|alert|check|flag|log)\w*(?: on)? (?:the )?(?:missingness|missing[- ]value (?:rates?|shares?|shifts?)|(?:new|unseen|unknown|unexpected) categor(?:y|ies|ical) (?:levels|values)|(?:new|unseen|unknown|unexpected) (?:categorical )?levels)\b/;
/** A heading over exploring the data once ("Load & Inspect Data", "Exploratory data analysis", "EDA"). */
const EXPLORATION_HEADING = /\b(?:explor\w*|eda|inspect\w*|data understanding|first look|data analysis)\b/;

function dataQuality(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "### Load & Inspect Data" → "- Checked for missing values, outliers, and data types.": a look at the data once, while exploring it
  if (/^(?:checked|inspected|explored|examined|looked|analy[sz]ed|verified|plotted|reviewed)\b/.test(low.replace(/^[\s*_-]+/, '')) && EXPLORATION_HEADING.test(headingOf(u, doc)) && !/\b(?:monitor\w*|alert\w*|pipeline|every|each|daily|hourly|incoming|production|serving|reject\w*|block\w*)\b/.test(low)) return false;
  // "Handles request validation using Pydantic models": every input checked against a schema at the door
  if (stated(low, REQUEST_VALIDATION)) return true;
  // "Track missingness shift per key fields", "Alert on new categorical levels": the inputs' completeness and
  // categories watched in production
  if (stated(low, MISSINGNESS_WATCHED)) return true;
  if (affirmed(u, INPUT_REJECTED, 'strong')) return true;
  if (u.kind === 'item' && contentWords(low) >= 2 && (REJECT_CAPTION.test(u.parentText.trim()) || REJECT_CAPTION.test(headingOf(u, doc)))) return true;
  // "DICOM Checking Steps:" → "1. Check modality is an X-Ray scan (DX)": checks each input passes before it is scored
  if (u.kind === 'item' && /^\W*check(?:s)?\b (?:that |if |whether )?(?:the )?[\w'-]+/.test(low) && contentWords(low) >= 3 && INPUT_CHECK_CAPTION.test(u.parentText.trim())) return true;
  const stalled = DATA_STALLED.exec(low);
  if (stalled && !isNegated(low, stalled.index, stalled[0].length, 'strong')) return true;
  // (the model flagging what it is built to find is its task, not a check on its inputs)
  if (anyMatch(low, FLAGS_INVALID, 'strong', (m) => !/\b(?:model|classifier|detector|scorer|ranker|ml)\b/.test(sentenceAt(low, m.index)))) return true;
  if (anyMatch(low, INPUT_MARKED_FAULTY, 'strong')) return true;
  // "Causes:" → "* Poor data quality": a risk named in a list of causes, not a check on the data
  // (or "Challenges:" → "* Data Quality": the bare topic named among the problems)
  if ((/^\W*(?:poor|bad|low|inconsistent|insufficient|noisy|lack of)\b/.test(low) || /^\W*(?:data|input|label) quality\W*$/.test(low)) && contentWords(low) <= 4 && /\b(?:causes?|risks?|harms?|challenges?|limitations?|issues?|problems?|threats?|failure modes?|pitfalls?)\b/.test(u.parentText + ' ' + headingOf(u, doc))) return false;
  DATA_QUALITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = DATA_QUALITY.exec(low)) !== null && guard++ < 20) {
    // "no column has more than 2% nulls" is a threshold, not a negation
    // ("frames … without a GPS fix are dropped before inference": the "without" describes what is dropped)
    if (!/^(?:dropped|rejected|skipped|filtered|excluded|quarantined) (?:before|prior to|ahead of)/.test(m[1]) && isNegated(low, m.index, m[1].length, 'any') && !THRESHOLD_NO.test(sentenceAt(low, m.index))) continue;
    const s = sentenceAt(low, m.index).replace(m[1], ' ');
    // "Clean, format, and validate the data" (a preparation task); "detect whether a question is a duplicate" (the task itself)
    if (/^validat/.test(m[1]) && /\b(?:clean\w*|format\w*|prepar\w*|preprocess\w*|wrangl\w*)\b/.test(s) && !CHECK_WORD.test(s)) continue;
    // "SVMs are used for classification, regression and outliers detection" (a method's uses), "excluding
    // an outlier in first place with a score of .67" (a leaderboard): not a check on the data
    if (/^outlier/.test(m[1]) && (/\b(?:classification|regression|clustering)\b/.test(s) || /\b(?:leaderboard|lb|first place|rank\w*)\b/.test(s))) continue;
    // "Data validation to create a gold standard holdout set to continually evaluate": a set kept to evaluate models, not a check on the data
    if (/^(?:data validation|validat)/.test(m[1]) && /\bto (?:create|build|make|construct|curate|assemble|keep) (?:a |an |the )?(?:gold(?:en)?[- ]standard |labell?ed |clean |trusted )?(?:hold-?out|held[- ]out|test|evaluation|validation|benchmark|reference) (?:set|data(?:set)?|sample)\b/.test(s)) continue;
    // "Excluded features: … those with majority null values": columns left out once when building the model, not a check on incoming data
    if (COLUMNS_LEFT_OUT.test(s + ' ' + u.label) && !KEEPS_RUNNING.test(low)) continue;
    // flaky tests "get quarantined" in a CI, not data
    if (/^quarantin/.test(m[1]) && /\b(?:flaky|tests?|ci|builds?)\b/.test(s)) continue;
    if (/^duplicat/.test(m[1]) && /\b(?:detect|determin|decid|classif|predict|identif|find|flag)\w* (?:if|whether|which)\b/.test(s)) continue;
    // "predictions of either duplicate or not": the class the model outputs
    if (/^duplicat/.test(m[1]) && (/\b(?:predictions?|predict\w*|classif\w*|label(?:l?ed)?|tagged|marked|being) (?:of |as )?(?:either |a |an )?$|\bprobabilit(?:y|ies) (?:of|that) [^.;]{0,40}$/.test(low.slice(Math.max(0, m.index - 50), m.index)) || /^(?:\w+ )?or not\b/.test(low.slice(m.index + m[1].length + 1)))) continue;
    // "near-duplicate views never land in both train and test": a split that avoids leakage, not a data check
    if (/^(?:near-?)?duplicat/.test(m[1]) && /\b(?:train\w*|test|split|leak\w*|fold)\b/.test(s) && /\b(?:both|same side|across|never|split)\b/.test(s)) continue;
    // a model "kept as a sanity check" next to the chosen one is a comparison of models, not a check on data
    if (/^sanity/.test(m[1]) && /\b(?:kept|used|keep|serves?|run) as (?:a |the )?$/.test(low.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "missing values are imputed with the median", "by imputing or excluding missing data" is preprocessing, not a check
    // (counting what was dropped is a check: "we drop fares outside [..] and count how many are filtered")
    if (!/^count/.test(m[1]) && /\b(imput\w*|fill(?:ed)? (?:with|in)|replaced? (?:with|by)|handled by|dropped|(?:we|i) (?:first |then |also )?(?:drop|remove|delete|discard)|dropping|cleaning|clean(?:ed|s)? (?:up|out))\b/.test(s) && !CHECK.test(s.replace(/\b(?:drop|exclud)\w*/g, ' '))) continue;
    // "Some missing values were detected for three days and were replaced with the mean", "Clean and prepare
    // the data; check duplicates, missing values": the data cleaned once before modelling, not a check that keeps running
    if ((FOUND_ONCE.test(s) && IMPUTED.test(s) && !KEEPS_RUNNING.test(s)) || (CHECKED_ONCE.test(s) && !KEEPS_RUNNING.test(s) && !/\bpipeline\b/.test(s)) || (CLEAN_THE_DATA.test(low) && !KEEPS_RUNNING.test(low) && !TESTS_WRITTEN.test(low)) || (SEEN_ONCE.test(low) && !KEEPS_RUNNING.test(low) && !TESTS_WRITTEN.test(low))) continue;
    // "Handling missing data: use default indices for missing categoricals and missingness flags for
    // numerics": how the features encode a gap, not a check on the data
    if (MISSING_ENCODED.test(s + ' ' + u.label) && !KEEPS_RUNNING.test(s) && !ctxHas(u, doc, MONITOR_CTX)) continue;
    // "integrate with the existing column or justify schema change": a migration made, not a change watched for
    if (/^schema chang/.test(m[1]) && /\b(?:justify|justifies|justified|plan|plans|planned|propose|proposes|proposed|perform|performs|apply|applies|make|makes|made|require|requires|required|avoid|avoids|needs?)\s+(?:a |any |the )?$/.test(low.slice(Math.max(0, m.index - 20), m.index)) && !/\b(?:detect\w*|alert\w*|monitor\w*|watch\w*|flag\w*|catch\w*|check\w*)\b/.test(s)) continue;
    // "Neural network: … also sensitive to data quality e.g. null values": a property of a candidate model
    if (/\b(?:sensitive|robust|prone|vulnerable|susceptible) to (?:the )?(?:[\w-]+ ){0,2}$/.test(low.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "Data Exploration: … clean data if necessary (e.g. handle missing values and outliers)": a look at
    // the data once, before modelling, not a check that keeps running
    if (/\b(?:eda|exploratory(?: data)? analysis|data exploration|explor(?:e|ing) the (?:data(?:set)?|datasets))\b/.test(s) && !/\b(?:monitor\w*|alert\w*|every (?:day|night|batch|run|hour)|daily|nightly|hourly|in production|pipeline)\b/.test(s)) continue;
    // a comparison is a check on this quantity only when it follows it ("duplicates < 0.1%"), not
    // anywhere in the sentence ("p95 < 800 ms …, which would create duplicate events")
    const checked = CHECK_WORD.test(s) || (CHECK.test(s) && COMPARISON_AFTER.test(low.slice(m.index + m[1].length, m.index + m[1].length + 40)));
    if (/^(data quality|data validation|input validation|schema|great expectations|tfdv|deequ|data contracts?|data tests?|data checks?|validat|range checks?|feature validation|feature checks?|reject|refus|assess|pre-?classification|(?:is|are|gets?) (?:checked|validated|verified|screened|sanity)|input|ingest|pre-?scoring|pre-?inference|quality check|more than|over|>|≥|prompt|count|(?:dropped|rejected|skipped|filtered|excluded|quarantined) (?:before|prior to|ahead of)|(?:requests?|inputs?|uploads?|images?|files?|payloads?) (?:with|in|of) )/.test(m[1]) || checked || ctxHas(u, doc, MONITOR_CTX)) {
      DATA_QUALITY.lastIndex = 0;
      return !isBare(u, 1) || ctxHas(u, doc, MONITOR_CTX);
    }
  }
  DATA_QUALITY.lastIndex = 0;
  return false;
}

// (Prometheus names count: `risk_requests_total{method}`, `ml_inference_duration_seconds{backend="onnx"}`)
const OPS =
  /\b([a-z0-9_]*_(?:requests|errors|failures|exceptions)_total|[a-z0-9_]*_(?:duration|latency)_(?:seconds|ms|milliseconds)|latenc\w*|p9\d|p50|throughput|qps|rps|error[- ]rates?|errors?|5xx|4xx|timeouts?|heartbeats?|liveness(?: probes?| checks?)?|watchdogs?|up-?time|response[- ]times?|availability|cpu(?: usage| utili[sz]ation| load)?|gpu(?: usage| utili[sz]ation| memory)?|memory(?: usage)?|saturation|system (?:metrics|health)|service health|sla|slo|health ?checks?|infra(?:structure)? metrics|sw system metrics|grafana|prometheus|datadog|cloudwatch|new relic|signoz|opentelemetry|opencensus|azure monitor|app(?:lication)? insights|stackdriver|distributed tracing|(?:service|server|system|platform|api|endpoint) observability|observability (?:with|via|through) (?:[\w-]+ ){0,2}(?:metrics|traces|tracing|logs|dashboards?)|application performance monitoring|apm|telemetr(?:y|ic)|pagerduty|opsgenie|victorops|on-?call|pager|request (?:rate|volume)|queue (?:depth|length|age|lag|backlog)|golden signals|crash(?:es| rates?|[- ]free (?:rate|sessions))|battery (?:drain|usage|load|impact)|(?:dsp|npu|tpu) (?:load|usage|utili[sz]ation|cycles)|power (?:draw|usage|consumption)|oom (?:kills|errors)|(?:dag|job|pipeline|batch|task) (?:durations?|runtimes?|run ?times?|success rates?|failures?|health)|(?:success\/failure|failure\/success) rates? of (?:the )?(?:dags?|jobs?|tasks?|pipelines?|runs?)|failed (?:tasks|jobs|runs|dags)|(?:job|pipeline|dag|task)s? miss(?:es|ed)? (?:\w+ ){0,3}(?:runs?|deadlines?|slots?|windows?)|(?:job|task|run|pipeline|dag)s? fail(?:s|ed)?|(?:http )?(?:responses?|requests?) with (?:a )?[45](?:\d\d|xx)(?: (?:and|or|\/) [45](?:\d\d|xx))? (?:status )?codes?|http (?:status )?(?:errors?|codes?)|(?:service|api|endpoint|server|model server) (?:goes|is|went) down)\b/g;
const OPS_WATCH_WORD = new RegExp(String.raw`\b(monitor\w*|dashboards?|alert\w*|alarm\w*|${TRACK_WORD}|paged|paging|pages? (?:the |an? |our )?(?:on-?call|oncall|engineers?|team|someone|sre|owners?|us)|on-?call|grafana|prometheus|datadog|cloudwatch)\b`);
const OPS_WATCH = new RegExp(String.raw`\b(monitor\w*|dashboards?|alert\w*|alarm\w*|${TRACK_WORD}|paged|paging|pages? (?:the |an? |our )?(?:on-?call|oncall|engineers?|team|someone|sre|owners?|us)|on-?call|observ\w*|grafana|prometheus|datadog|cloudwatch|slos?|slas?|instrument\w*|logged|logging|metrics|watch(?:es|ed|ing)?${NOT_A_WATCH}|exceeds?|breach\w*)\b|[<>≥≤]`);

/** A service-health signal named beside an alerting tool or on-call (not the data or the model). */
const DATA_REPORT = /\b(drift\w*|evidently\w*|distributions?|data quality|data reports?)\b/;
const SERVICE_SIGNAL =
  /\b(latenc\w*|p9\d|errors?|error rates?|5xx|timeouts?|uptime|availability|throughput|qps|cpu|memory|saturation|health\w*|(?:operational|ops|service|system|infra\w*) metrics|down|outages?|unavailable|unreachable|stops? (?:answering|responding|serving)|fail\w*|crash\w*|slow\w*|(?:has ?n[o']t|not|never) (?:finished|completed|landed|run)|deadlines?|miss(?:es|ed)? (?:its|the) (?:deadline|slot|window|sla)|stuck|stale)\b/;

/** A dashboard tool named for what it shows (a service, the data or the model). */
const DASHBOARD_TOOL = /^(?:grafana|prometheus|datadog|cloudwatch|new relic)\b/;
/** The tool's name with its own dashboard ("a Grafana dashboard can be viewed" names no watched signal). */
const DASHBOARD_TOOL_G = /\b(?:grafana|prometheus|datadog|cloudwatch|new relic)(?: dashboards?)?\b/g;
/** The service a dashboard tool watches ("the prediction service can be monitored via: Grafana"). */
const TOOL_ON_SERVICE = /\b(?:(?:prediction|inference|model|web|scoring|serving|ml|rest|flask|fastapi|backend) (?:services?|servers?|endpoints?|apis?|apps?)|(?:the|our|each|every) (?:services?|apis?|endpoints?|servers?|apps?|containers?|pods?|clusters?|hosts?|nodes?|machines?|infra\w*)|systems?)\b/;
/** A table that lists the tools used per task ("| Task | Tools/Package |", "| Purpose | Library |"). */
const TOOL_TABLE_HEADER = /^(?:tasks?|purpose|use|area|component|category|step|stage|function)s? \| (?:tools?|packages?|librar(?:y|ies)|technolog(?:y|ies)|frameworks?|stack)(?:\s*\/\s*(?:tools?|packages?|librar(?:y|ies)))?(?: \||$)/;

function operationalMetrics(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "| `latency_ms` | INT | Processing time tracking |" in a "Field | Type" table: a column, not a dashboard
  if (isSchemaRow(u)) return false;
  // "| Task | Tools/Package |" → "| Metrics and dashboard | Prometheus, Grafana |": a stack listed, nothing said to be watched
  if (u.kind === 'row' && TOOL_TABLE_HEADER.test(u.parentText) && !SERVICE_SIGNAL.test(low)) return false;
  OPS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = OPS.exec(low)) !== null && guard++ < 20) {
    if (isNegated(low, m.index, m[1].length, 'any')) continue;
    // "### GET /health" → "Check service health status.": an API reference's endpoint, which nothing watches
    if (/health/.test(m[1]) && /^(?:get|head|post)\s+\/[\w/.-]*health\w*$/.test(headingOf(u, doc))) continue;
    if (/(?:absolute|squared|percentage|mean|standard|prediction|forecast|estimation|calibration) $/.test(low.slice(Math.max(0, m.index - 12), m.index)) && /^errors?$/.test(m[1])) continue;
    // ("checks ensure non-negative predictions, feature availability, and sufficient training rows": inputs present, not the service up)
    if (m[1] === 'availability' && /\b(?:feature|data|label|input|stock|product|inventory|seat|room|driver|courier)s? $/.test(low.slice(Math.max(0, m.index - 10), m.index))) continue;
    // ("MAPE, MAE, and RMSE reported per group; highest-error segments flagged for manual review": the model's error by segment)
    if (/^errors?$/.test(m[1]) && /(?:highest|lowest|largest|biggest|smallest|high|low|large)[- ]$/.test(low.slice(Math.max(0, m.index - 9), m.index)) && /^ (?:segments?|groups?|cohorts?|slices?|series|regions?|classes|categories|customers?|stores?|skus?|products?)\b/.test(low.slice(m.index + m[1].length, m.index + m[1].length + 12))) continue;
    // "Residual analysis and error diagnostics": the model's errors (its residuals), not a service's
    if (/^errors?$/.test(m[1]) && /\bresiduals?\b/.test(low) && !SERVICE_SIGNAL.test(low.replace(/\berrors?\b/g, ' '))) continue;
    // "identifying any potential sources of error", "the margin of error": no error rate of a service
    if (/^errors?$/.test(m[1]) && /\b(?:sources?|margins?|types?|kinds?|causes?) of (?:\w+ )?$/.test(low.slice(Math.max(0, m.index - 24), m.index))) continue;
    const s = sentenceAt(low, m.index);
    // "a robust logging mechanism using a singleton logger, ensuring transparent error tracking",
    // "structured exception handling … comprehensive error logging": errors written to the logs of a
    // script, not an error rate watched on a service
    if (/^errors?$/.test(m[1]) && /^[\s-]*(?:tracking|logging|handling|management|messages?|reporting|logs?)\b/.test(low.slice(m.index + m[1].length, m.index + m[1].length + 12)) && /\b(?:logg(?:er|ing)|logs?|log files?|exceptions?|traceback|debug\w*|modularity)\b/.test(s) && !/\b(?:rates?|latenc\w*|uptime|availability|dashboards?|alert\w*|p9\d|5xx|per (?:second|minute|hour|day))\b/.test(s)) continue;
    // "our API application is monitored by signoz, which provides us with telemetric data": telemetry
    // of the service, not of the vehicles or devices whose telemetry is the data
    if (/^telemetr/.test(m[1]) && !TOOL_ON_SERVICE.test(s)) continue;
    // on-call / pager alone is alerting on something — count it when a service metric is named
    if (/^(on-?call|pager|pagerduty|opsgenie|victorops)/.test(m[1]) && !SERVICE_SIGNAL.test(s)) continue;
    // "drift reports can be observed using Grafana": a dashboard tool showing drift or data reports
    // watches the data, not the service
    const dashboardTool = DASHBOARD_TOOL.test(m[1]);
    // ("Evidently AI for calculating metrics including data drift … Adminer for collecting monitoring
    // data. Prometheus UI: … Grafana for Dashboards UI": the paragraph's dashboards show the data)
    if (dashboardTool && ((DATA_REPORT.test(s) && !SERVICE_SIGNAL.test(s)) || (DATA_REPORT.test(low) && !SERVICE_SIGNAL.test(low)))) continue;
    // "Grafana: Grafana is an open-source data visualization and monitoring tool. It allows you to …",
    // "into Grafana, a popular open-source analytics and monitoring platform": the tool described, nothing watched
    if (dashboardTool && /(?:\b(?:is|are) |, )an? (?:(?:open[- ]source|popular|free|powerful|widely[- ]used|leading)(?: and|,)? )*(?:[\w-]+ )?(?:(?:data )?visuali[sz]ation|monitoring|analytics|dashboard\w*|observability|metrics|time[- ]series)\b[^.;]{0,40}\b(?:tool|platform|system|software|solution|stack|database|toolkit|application)s?\b/.test(low) && !SERVICE_SIGNAL.test(low)) continue;
    // "Grafana and Postgres … to track, visualize, and analyze the performance and behavior of machine learning models": the models watched, not the service
    if (dashboardTool && /\b(?:performance|behaviou?r|accuracy|quality|predictions?)(?: and (?:performance|behaviou?r|accuracy|quality|predictions?))? of (?:the |our |its )?(?:ml |machine learning |deployed |trained )?models?\b/.test(s) && !SERVICE_SIGNAL.test(s)) continue;
    // "integrates well with Prometheus and Grafana which will allow monitoring of the experiment's results": an A/B test's read-out, not the service
    if (dashboardTool && /\b(?:experiment|a\/b test|test)(?:'s|s'|s)? (?:results?|outcomes?|metrics)\b/.test(s) && !SERVICE_SIGNAL.test(s)) continue;
    // "Prometheus … serving data for a dashboarding service implemented with Grafana": a dashboard
    // tool named, with no service signal and no service it watches
    // ("the visualization of the metrics will be through Grafana": metrics of no named kind)
    if (dashboardTool && !SERVICE_SIGNAL.test(low) && !TOOL_ON_SERVICE.test(s + ' ' + u.parentText) && !OPS_WATCH.test(s.replace(DASHBOARD_TOOL_G, ' ').replace(/\bmetrics\b/g, ' '))) continue;
    // "monitored for any errors or degradations in performance": the model's mistakes, beside its quality
    if (/^errors?$/.test(m[1]) && /^\s*(?:or|and|\/) (?:any )?(?:degradations?|drops?|declines?|decreases?|deteriorations?) (?:in|of) (?:the )?(?:model'?s? )?(?:performance|accuracy|quality|predictions?)\b/.test(low.slice(m.index + m[1].length, m.index + m[1].length + 60)) && !SERVICE_SIGNAL.test(s.replace(/\berrors?\b/g, ' '))) continue;
    // "the system should handle errors gracefully": behaviour on failure, not a watched error rate
    if (/^errors?$/.test(m[1]) && /\b(?:handl\w*|catch\w*|recover\w* from|retr(?:y|ies) on|gracefully|fall(?:s|ing)? ?back)\b/.test(s) && !OPS_WATCH_WORD.test(s)) continue;
    // "we used SMART metrics … as our training data. SMART is a monitoring system that reports … read error rate": the data's own telemetry, described in the data section
    if (inSection(u, 'data') && /\b(?:training data|data ?sets?|as (?:input )?features|collected from)\b/.test(low) && !/\b(?:our|the) (?:service|api|endpoint|model server|serving|inference)\b/.test(s)) continue;
    // "low latency alerts" asks for fast alerts (a requirement), it does not watch latency
    if (/^latenc/.test(m[1]) && /^\s*(?:alerts?|alarms?|notifications?|warnings?)\b/.test(low.slice(m.index + m[1].length, m.index + m[1].length + 16))) continue;
    // "widely used in security monitoring, intelligent transportation": the application's domain, no watch of the service
    if (!inSection(u, 'monitoring') && DOMAIN_MONITORING.test(low) && !MONITOR_CTX.test(low.replace(DOMAIN_MONITORING_G, ' ')) && !MONITOR_CTX.test(u.parentText)) continue;
    if (dashboardTool || /^(pagerduty|opsgenie|victorops|on-?call|pager|golden signals)/.test(m[1]) || OPS_WATCH.test(s.replace(m[1], ' '))) {
      // a requirement ("p99 ≤ 100 ms") outside monitoring is a target, not a monitor
      if (!inSection(u, 'monitoring') && !ctxHas(u, doc, MONITOR_CTX) && !OPS_WATCH_WORD.test(s)) continue;
      OPS.lastIndex = 0;
      return true;
    }
    if (ctxHas(u, doc, MONITOR_CTX) || (inSection(u, 'monitoring') && !isBare(u, 0))) {
      OPS.lastIndex = 0;
      return true;
    }
  }
  OPS.lastIndex = 0;
  return false;
}
/** Monitoring as a field the product serves ("security monitoring", "patient monitoring"), not a watch on the system. */
const DOMAIN_MONITORING_SRC = String.raw`\b(?:security|video|environmental|patient|wildlife|crop|weather|border|perimeter|surveillance|home|structural|air quality|water quality|condition|remote patient|fleet|asset) monitoring\b`;
const DOMAIN_MONITORING = new RegExp(DOMAIN_MONITORING_SRC);
const DOMAIN_MONITORING_G = new RegExp(DOMAIN_MONITORING_SRC, 'g');

const MODEL_PERF =
  /\b(predicted[- ](?:vs\.?|versus|against)[- ](?:actual|observed|realised|realized)s?|(?:monitor|track|compar|log)\w* (?:the )?(?:predicted |forecast )?(?:etas?|forecasts?|predictions?|scores?|estimates?|demand|prices?|delivery times?) (?:vs\.?|versus|against) (?:the )?(?:actual|observed|realised|realized)\b|(?:thumbs[- ]?(?:up|down)|dissatisf\w*|feedback (?:buttons?|forms?|widgets?)|(?:positive|negative|user|users'?) feedback)\b[^;]{0,240}?\b(?:(?:counter|count|rate|share|ratio)s? (?:is |are )?(?:[\w,]+ ){0,4}?(?:monitored|tracked|watched|charted|alerted on)|which (?:questions|answers|queries|predictions|responses|outputs) (?:the (?:ai|model|assistant|bot|system) )?(?:gets?|got|is|are) (?:right|wrong|correct|incorrect))|sample of \d+ (?:prod(?:uction)?|live|real) [\w-]+[^.;]{0,30}\b(?:grade[sd]?|grading|label(?:s|led|ed)|review(?:s|ed)|rated|judged|annotat\w*)|\d+ (?:random(?:ly sampled)? |sampled )(?:prod(?:uction)?|live) [\w-]+[^.;]{0,20}\b(?:grade[sd]?|grading|label(?:s|led|ed)|review(?:s|ed)|rat(?:ed|es|ings?)|annotat\w*)|correlation (?:between|of) (?:the )?predicted [\w -]{0,30}(?:and|with) (?:the )?(?:actual|observed|real|user|users'|customer|human|thumbs|feedback|ratings?|labels?|outcomes?)|(?:re-?reviews?|audits?|spot-?checks?) (?:a (?:random )?sample of )?\d+ (?:[\w-]+ ){0,2}(?:that|which) (?:went through|were (?:scored|flagged|processed|handled|approved|routed|tagged))|(?:realised|realized|live|observed|production) (?:[a-z]+[- ]level |field[- ]level |field |per-[a-z]+ )?(?:uplift|lift|error|errors|accuracy|wape|mape|smape|mae|rmse|bias|precision|recall)|a\/e ratio|actual[- ](?:to|vs\.?|versus)[- ]expected|model (?:performance|quality|accuracy|metrics|health|decay|degradation|staleness)|model (?:drift|predictions|outputs) (?:and|&) (?:its )?performance|monitor\w* (?:the )?(?:model(?:'s)? )?(?:prediction results|predictions|results|outputs) on (?:the )?(?:new|unseen|live|production|incoming|fresh|real)\b[^.;]{0,60}\b(?:metrics?|accuracy|precision|recall|auc|f1|error)|performance (?:degradation|decay|drops?|monitoring|dashboards?)|online (?:metrics|auc|precision|recall|accuracy|evaluation)|delayed labels?|labels? (?:arrive|delay|lag)|(?:prediction|score|output) distributions?|predicted (?:vs\.?|versus|against) (?:observed|actual)|business (?:kpis?|metrics)|kpi dashboards?|ground[- ]truth (?:labels? )?(?:arrive|come|lag|join)|feedback loop|calibration (?:drift|monitor\w*|plots?|over time|checks?)|metric dashboards?|ml metrics|shadow (?:evaluation|metrics)|canary metrics|(?:sample|samples|sampled|audit\w*) \d+ [^.;]{0,40}\b(?:to estimate|to measure|to check|for) (?:the )?(?:missed|false|recall|precision|errors?|accuracy|quality|mistakes)|estimate (?:missed|recall|precision|accuracy|errors?)|(?:once|when|as|after) (?:the )?(?:actuals|actual values|labels|ground[- ]truth|outcomes|true values) (?:come in|arrive|land|are (?:in|known|available))|\d+ (?:random(?:ly)? )?(?:sampled )?(?:drafts|predictions|outputs|summaries|decisions|answers|responses|cases|extractions|classifications|scores|alerts|flags) (?:are|get|is|will be) (?:re-?)?(?:rated|reviewed|graded|checked|audited|labell?ed|annotated|scored by (?:a |an )?(?:human|senior|expert|reviewer|agent|analyst))|(?:volume|bookings|demand|sales) against the forecast|(?:forecasts?|predictions?|predicted|estimates?|estimated) (?:\w+ )?(?:vs\.?|versus|against|to|with) (?:the )?(?:observed|actuals?|realized|realised|true|ground truth)(?: \w+)?)\b/g;
/** Words that say a metric is watched in production (and not only evaluated). */
const WATCH_HERE_WORDS = String.raw`monitor\w*|${TRACK_WORD}|dashboards?|alert\w*|alarm\w*|in production`;
/**
 * What a camera or sensor product watches, not a model ("Continuous monitoring for dogs with accuracy > 90%"),
 * and a dashboard that is the product itself ("the client would like the dashboard to predict if a leaf is healthy").
 */
const SCENE_WATCHED = String.raw`(?! (?:for|of) (?:the |my |our |a )?(?:[\w-]+ )?(?:dogs?|cats?|animals?|pets?|birds?|wildlife|intruders?|pedestrians?|vehicles?|motion|movements?|fires?|smoke|leaks?|bab(?:y|ies)|crops?|plants?|leaves|livestock|cattle|yards?|gardens?|premises|property)\b)`;
const PRODUCT_DASHBOARD = String.raw`(?! (?:to|that|which|will|would|should|can|must) (?:predict|classify|detect|identify|recogni[sz]e|determine|tell)\b)`;
/** A watch word in the unit; not the alerts a model raises ("minimizing unnecessary alerts for legitimate transactions"). */
const WATCH_HERE = new RegExp(String.raw`\b(monitor\w*${SCENE_WATCHED}|${TRACK_WORD}|dashboards?${PRODUCT_DASHBOARD}|(?=alert)(?<!\b(?:unnecessary|false|spurious|fewer|fraud|customer|user)\s+)alert\w*|alarm\w*|in production)\b`);
const PERF_WATCH = new RegExp(String.raw`\b(monitor\w*|check\w*|plot\w*|notebooks?|${TRACK_WORD}|dashboards?|alert\w*|alarm\w*|measur\w*|comput\w*|report\w*|watch(?:es|ed|ing)?${NOT_A_WATCH}|daily|weekly|hourly|over time|drops?|degrad\w*|compare\w*|page\w*|review\w*)\b`);

/** Words of a watch that keeps going in production (a dashboard, an alert, a cadence). */
const ONGOING_WATCH = /\b(?:monitor\w*|dashboards?|alert\w*|alarm\w*|in production|production|live|daily|weekly|hourly|nightly|over time|degrad\w*|drops?|decay\w*)\b/;

/** Watch words that are not also evaluation words ("compare", "measure", "check" are both). */
const STRONG_PERF_WATCH = new RegExp(String.raw`\b(${WATCH_HERE_WORDS}|watch(?:es|ed|ing)?${NOT_A_WATCH}|daily|weekly|hourly|over time|live|page\w*|degrad\w*)\b`);
/** An offline comparison or an online experiment: evaluation, not production monitoring. */
/** What teams do in general: "we usually need to monitor …", "one typically has to track …". */
const PRACTICE_NEED = /\b(?:we|one|you|teams?|companies|people) (?:usually|typically|generally|normally|often) (?:need|needs|have|has|want|wants|should|must)\b/;
const TRAINING_RUN_WATCH = /\b(?:early[- ]stopping|overfit\w*|sufficiently trained|during training|(?:training|validation) (?:loss|log loss|curves?)|(?:per|each|every)[\s‑-]epoch|train(?:ing)?\/val(?:idation)?(?:\/test)? (?:metrics|loss(?:es)?|curves?|scores?)|hyper-?parameter (?:optimi[sz]ation|tuning|search) (?:sweeps?|runs?|trials?)|(?:for|on) (?:the )?(?:training|train) and (?:validation|val|test) (?:sets?|splits?|data))\b/;
/** "measure if the new model increases the CTR": the experiment's hypothesis, not watching the live model. */
const NEW_VS_OLD = /\b(?:if|whether) (?:the )?new model\b|\b(?:new|candidate|retrained|challenger) (?:model|version|ranker|classifier)s? (?:must|should|has to|have to|needs? to|will have to) (?:beat|outperform|match|exceed|improve on)\b|\bcompar\w* (?:the )?(?:newest|new|latest|candidate)(?: [\w-]+)? models? (?:with|to|against) (?:the )?(?:actual|current|old|existing|production|deployed)\b|\bnew model (?:vs\.?|versus|against|compared (?:to|with)) (?:the )?(?:old|current|existing|control)\b|\bcontrol (?:group|arm)\b/;
const EVALUATION_SENSE = /\b(?:offline|a\/b|ab tests?|experiments?|test set|validation set|held[- ]out|hold-?out|auc|roc|ndcg|mrr|f1|cross[- ]validation|(?:scores?|metrics?) (?:was|were|is|are|will be) (?:used|chosen|selected|picked))\b/;

const PROMOTION_GATE = /\b(?:take|takes|taking|pick\w*|select\w*|choos\w*|chose|use|uses|keep\w*|promot\w*) (?:the |a )?(?:(?:registered|trained|newest|new|latest|candidate) )?(?:model|version|candidate|run|checkpoint)s? with (?:the )?(?:lowest|highest|best|smallest|largest|minimum|maximum|min|max|greater|greatest|better|higher|lower)\b|\b(?:push|promot|deploy|ship|swap|releas)\w* (?:the |a )?(?:new|candidate|retrained|challenger) (?:model|version|ranker|classifier|checkpoint)s? (?:is |are )?(?:only )?(?:if|when|after)\b|\bonly (?:promote|push|deploy|ship|swap in|release)\b|\b(?:new|candidate|retrained) (?:model|version|ranker|classifier)s? (?:is|are|gets?) (?:only )?(?:promoted|pushed|deployed|shipped|released) (?:automatically )?(?:only )?(?:if|when)\b|\bpromot\w* (?:only )?if\b|\b(?:candidate|challenger|new model|retrained model)s? (?:only )?replaces? (?:the )?(?:current|deployed|production|existing|old|live|champion)(?: model)? (?:only )?(?:if|when)\b/;

/** "- Monitor model performance.", "Keep an eye on model performance over time": an intention with no metric, signal or cadence. */
const BARE_PERF = /^(?:(?:we|i) (?:will|should|would|need to|must) )?(?:monitor|track|watch|check|keep an eye on)(?:ing|s)? (?:the )?(?:model(?:'s)? )?(?:performance|quality|accuracy|metrics)(?: over time| in production| closely)?\s*[.!]?$/;

const SCORE_ALERT = /\b(?:current|live|production|deployed|reference|model'?s?) (?:model(?:'s)? )?(?:scores?|accuracy|performance|f1|auc|metrics?)\b[^.;]{0,80}\b(?:alerts?|alarms?|e-?mails?|notif\w*|pages?|warn\w*)\b|\b(?:alerts?|alarms?|e-?mails?|notif\w*)\b[^.;]{0,60}\b(?:current|live|production|deployed|model'?s?) (?:model(?:'s)? )?(?:scores?|accuracy|performance|f1|auc)\b/;

/** "spot-check the percentage of incorrectly blurred images", "spot checks of production predictions". */
const SPOT_CHECK_OUTPUTS = /\bspot[- ]?check\w* (?:of )?(?:the |a )?(?:(?:random )?samples? of |percentage of |share of |rate of |number of |fraction of )?(?:the )?(?:(?:(?:in)?correctly|wrongly|falsely) [a-z]+ |misclassified |model'?s? |live |production |prod |served |deployed |automated |predicted |flagged |blurred |moderated )*(?:predictions?|outputs?|decisions?|results?|answers?|responses?|images?|photos?|flags?|classifications?|recommendations?|transcripts?|summaries)\b/;

const LABEL_LIVE_SAMPLE =
  /\b(?:manually |human[- ])?(?:label|annotat|review)\w* (?:a |the )?(?:small |random |weekly |daily )?(?:subset|sample|portion|fraction|percentage|share) of (?:the )?(?:incoming|live|production|prod|new|recent|daily|weekly|served) (?:data|traffic|requests|predictions|items|content|inputs|cases|transactions)\b[^.;]{0,40}?\b(?:to |and |for )(?:evaluat|measur|monitor|assess|check|estimat|track)\w*/;
/** Wrong alerts the model raises, and the rate at which it raises them ("precision at a fixed 0.5% alert rate"): its output, no watch on it. */
const FALSE_ALARMS = /\b(?:false|spurious|unnecessary|needless|fewer|too many|excessive) (?:alarms?|alerts?)\b|\b(?:alarm|alert) (?:rates?|fatigue)\b/g;
/** The unit's text with the alerts a model raises (false alarms, its alert rate) said as false positives, so that no watch word is read in them. */
function modelAlertsAsPositives(low: string): string {
  return low.includes('alarm') || low.includes('alert') ? low.replace(FALSE_ALARMS, 'false positives') : low;
}

const IMPROVE_ACCURACY_GOAL = /^\W*(?:to |we (?:will |want to |aim to )?)?(?:optimi[sz]e|improve|increase|boost|enhance|raise)(?: and (?:optimi[sz]e|improve|increase|boost|enhance|raise))? (?:the )?(?:overall )?(?:accuracy|precision|recall|performance|quality) of\b/;

/** A wish, not a plan: "it would be beneficial to implement …". */
const WOULD_BE_GOOD = /\bwould be (?:beneficial|nice|good|useful|helpful|worthwhile|interesting) to\b/;

function modelPerformance(u: Unit, doc: ParsedDoc): boolean {
  // ("Precision ensures we don't flood doctors with false alarms": wrong alerts the model raises, no watch on it)
  const low = modelAlertsAsPositives(u.low);
  if (BARE_PERF.test(low.trim())) return false;
  // "## Abstract" → "This research evaluates model performance, runtime, and computational trade-offs": a study's evaluation, not a watch in production
  if (/^(?:abstract|summary|introduction|conclusions?|tl;?dr)$/.test(headingOf(u, doc)) && !WATCH_OVER_TIME.test(low)) return false;
  // "Optimize and improve the accuracy of the appliance condition monitoring system": a goal for the product's accuracy, no watch on the model
  if (IMPROVE_ACCURACY_GOAL.test(low) && !/\b(?:alert\w*|dashboards?|daily|weekly|hourly|monthly|nightly|every|track\w*|drops?|falls? below)\b/.test(low)) return false;
  // "human annotators to spot-check the percentage of incorrectly blurred images": people checking
  // what the live model got wrong (not the training labels: "spot-check the annotations")
  const spot = stated(low, SPOT_CHECK_OUTPUTS);
  if (spot && (/\b(?:incorrect|wrong|mis|production|prod|live|served|deployed|model)/.test(spot[0]) || inSection(u, 'monitoring'))) return true;
  // "Manually label a subset of incoming data to evaluate periodically": production traffic labelled to score the live model
  if (stated(low, LABEL_LIVE_SAMPLE)) return true;
  // "`recall()`: Computes the recall of predictions against actual labels": a function of the evaluation code documented
  if (/^[a-z_][\w.]*\(\)\s*:/.test(low.trim()) && !/\b(?:production|prod|live|deployed|serving|online|monitor\w*|alert\w*|dashboards?)\b/.test(low)) return false;
  // "the validation log loss monitored to see when the model is sufficiently trained but not
  // overfitting": a training run watched, not the model in production
  if (TRAINING_RUN_WATCH.test(low) && !/\b(?:production|prod|live|deployed|serving|online)\b/.test(low)) return false;
  // "in case the reference score is considerably better than the current score, it will send an
  // email alert": the live model's score compared and alerted on
  const sa = SCORE_ALERT.exec(low);
  if (sa && /\b(?:better|worse|drops?|falls?|fell|below|above|degrad\w*|lower|higher|than|exceeds?)\b/.test(sentenceAt(low, sa.index)) && !isNegated(low, sa.index, sa[0].length, 'strong')) return true;
  const mp = findAffirmed(low, MODEL_PERF, 'any');
  // "to see if removing features can improve our model performance": what tuning aims at, not a watch on the live model
  // ("Keeps model performance stable in dynamic traffic": a reason given for retraining, no watch)
  if (mp && !/\b(?:improv|increas|boost|optimi[sz]|maximi[sz]|tun|enhanc|better|keep|maintain|preserv|sustain|stabili[sz])\w*\s+(?:the |our |its |their )?(?:overall )?$/.test(low.slice(Math.max(0, mp.index - 30), mp.index))) {
    const s = sentenceAt(low, mp.index);
    // "console logs are implemented, however it would be beneficial to implement a form of persistent usage monitoring for
    // generating insights into model performance": a watch wished for, further back in the sentence than a negation is looked for
    if (WOULD_BE_GOOD.test(low.slice(sentenceBounds(low, mp.index)[0], mp.index))) return false;
    // "In the monitoring context, we usually need to monitor system infrastructure, data pipelines, and model performance": what is done in general
    if (PRACTICE_NEED.test(low.slice(sentenceBounds(low, mp.index)[0], mp.index))) return false;
    // re-reviewing a sample of what went through the live model is watching its quality
    // ("compare model performance with AUC / ROC", "online metrics … measuring the performance …
    // (A/B experiments)": a comparison or an experiment evaluates; it does not watch production)
    const rest = s.replace(mp[1], ' ');
    // "For online evaluation, CTR, user registrations can be tracked", in the evaluation section: the
    // online metrics of the evaluation plan, not the live model watched over time
    if (/^online (?:evaluation|metrics)/.test(mp[1]) && inSection(u, 'evaluation') && !ONGOING_WATCH.test(s)) return false;
    const watchVerb = PERF_WATCH.test(rest) && (!EVALUATION_SENSE.test(low) || STRONG_PERF_WATCH.test(rest));
    if (/^(?:re-?review|audit|spot|monitor|thumbs|dissatisf|feedback (?:button|form|widget)|(?:positive|negative|users?'?) feedback)/.test(mp[1]) || watchVerb || ctxHas(u, doc, MONITOR_CTX) || inSection(u, 'monitoring')) return true;
  }
  // "Data quality: null-rate checks…" / "Service: error rate…" are another item's line
  if (/\b(?:data quality|data validation|data checks?|drift|service|system|infra\w*|ops|operational|latency|errors?|retrain\w*|pipeline)\b/.test(u.label)) return false;
  // a business rate watched with an alert under Monitoring ("Applies per impression by region, daily, alerts on a 15% drop")
  // (not the runs of a pipeline: "monitor DAG runs, task durations, and success/failure rates")
  if (inSection(u, 'monitoring') && /\b(alert\w*|alarm\w*|dashboards?|drops?|monitor\w*)\b/.test(low) && /\b(per (?:impression|user|member|session|query|request|visit|search)|rates?|conversion|ctr|accuracy|precision|recall|auc|confusion matri\w*|drop-?offs?|abandonment|retention|churn)\b/.test(low) && !/\b(latenc\w*|errors?|error rates?|cpu|memory|uptime|qps|timeouts?|5xx|(?:dag|job|task|pipeline)s? (?:runs?|durations?|failures?)|success\/failure|failure\/success)\b/.test(low)) return true;
  // a rate of the model's own decisions checked on a cadence ("every week check reassignment rate of
  // tickets that model routed vs triage routed")
  if (inSection(u, 'monitoring') && /\b(?:check\w*|compar\w*|review\w*|measur\w*|watch\w*|report\w*|track\w*|look at)\b/.test(low) && /\b(?:every|each|daily|weekly|hourly|monthly|nightly|per (?:day|week|month))\b/.test(low) && /\b(?:rates?|share|accuracy|precision|recall|error|hit rate|%)\b/.test(low) && /\b(?:model|predict\w*|scor\w*|routed|flagged|recommend\w*|classif\w*|auto)\b/.test(low) && !/\b(latenc\w*|cpu|memory|uptime|qps|timeouts?|5xx|null|schema|drift)\b/.test(low) && !isNegated(low, 0, low.length, 'strong')) return true;
  // a model metric named with a watch verb, or listed under a monitoring heading
  const watchHere = WATCH_HERE.test(low);
  // "a specificity of 0.59 in production … Analysis was performed using a separate holdout
  // dataset": models compared on a held-out set in the production environment, an offline evaluation
  const onlyInProduction = watchHere && !WATCH_HERE.test(low.replace(/\bin production\b/g, ' ')) && OFFLINE_SET.test(low) && !/\b(?:track\w*|daily|weekly|hourly|nightly|monthly|every (?:day|week|hour|month|night)|over time)\b/.test(low);
  if ((watchHere && !onlyInProduction) || ctxHas(u, doc, MONITOR_CTX) || inSection(u, 'monitoring')) {
    OFFLINE_METRIC.lastIndex = 0;
    ONLINE_METRIC.lastIndex = 0;
    const hit = OFFLINE_METRIC.exec(low) ?? ONLINE_METRIC.exec(low);
    OFFLINE_METRIC.lastIndex = 0;
    ONLINE_METRIC.lastIndex = 0;
    // "push new model only if offline AUC on yesterday's data >= current": a promotion gate of the retraining job, not production monitoring
    if (hit && !isNegated(low, hit.index, hit[1].length, 'any') && (!/^(within|coverage|diversity|novelty)/.test(hit[1]) || LIVE_NOW.test(low)) && !metricWordUsedAsModifier(low, hit.index, hit[1])) {
      const s = sentenceAt(low, hit.index);
      // ("The candidate replaces the current model only if:" → "- PR-AUC is at least as good as the current model's")
      if (!PROMOTION_GATE.test(s) && !NEW_VS_OLD.test(s) && !(u.kind === 'item' && PROMOTION_GATE.test(u.parentText))) return true;
    }
  }
  return false;
}

/** "Weekly tracking once live: coverage and width on orders delivered that week": the metric read on live traffic. */
const LIVE_NOW = /\b(?:once live|(?:once|after|when) (?:it is |it's |we are |we're )?(?:live|launched|deployed)|in production|post-launch|after launch)\b/;

/** A training run started when live quality falls below a bar: "if the model performance is below some predefined thresholds, call the complete training pipeline". */
const PERF_TRIGGERED_TRAINING =
  /\b(?:if|when|whenever|once) (?:the )?(?:model(?:'s)? |live |production )?(?:performance|accuracy|metrics?|f1(?:[- ]score)?|auc|scores?|precision|recall)(?: metrics)? (?:is |are |drops? |falls? |goes? |gets? )?(?:below|under|less than|beneath|lower than) (?:[\w-]+ ){0,3}?(?:thresholds?|bars?|levels?|limits?)\b[^.;]{0,30}?\b(?:call|run|trigger|start|kick off|launch|execute|re-?run)(?:s|ed)? (?:the |a )?(?:[\w-]+ ){0,2}(?:training|re-?training) (?:pipeline|flow|job|dag|workflow|subflow|run)s?\b/;
const RETRAIN =
  /\b((?:daily|weekly|nightly|monthly|quarterly) (?:active[- ]learning|incremental) refresh\w*|(?:notif(?:y|ies|ied)|trigger(?:s|ed)?|starts?|kicks? off|launch(?:es)?) (?:the )?(?:model )?training (?:service|jobs?|pipelines?|runs?)\b[^.]{0,160}?\b(?:more than|over|at least|exceeds?) \d[\d,]* (?:new |labell?ed |fresh )*(?:images|samples|examples|records|rows|labels|data points)(?: (?:that|which) (?:are|were|have|has) (?:yet |still )?not (?:yet )?(?:been )?(?:considered|used|included|seen|trained on))?\b|train(?:ing)? (?:code|jobs?|pipelines?|runs?)\b[^.;]{0,40}?\b(?:be |is |are |gets? )?triggered (?:when|whenever|each time|every time|as soon as) (?:new|fresh|more) (?:data|labels|examples)|updat(?:e|es|ed) (?:at least |every |once an? )?(?:daily|weekly|monthly|quarterly|month|quarter|week)\b[^.;]{0,80}?\b(?:new|fresh|latest|recent) (?:data|labels|examples)|re-?train\w*|continual(?:ly)? (?:learn\w*|train\w*|updat\w*)|continuous(?:ly)? (?:learn\w*|train\w*|updat\w*)|incremental(?:ly)? (?:learn\w*|train\w*|updat\w*)|online learning|model (?:updates?|refresh\w*|re-?fresh|re-?builds?|(?:gets?|is|are|will be|was) (?:automatically )?re-?built)|re-?build(?:s|ing)? (?:the |a )?(?:existing |current |production )?models?|train(?:ing)? (?:of )?(?:the )?(?:models? )?(?:should |will |must |is |are )?(?:happens?|runs?|occurs?|be done|takes? place)\b(?=[^.;]{0,80}\bon a (?:daily |weekly |nightly |monthly |regular )?schedule\b)|refresh(?:es|ed|ing)? (?:the )?(?:model|weights|embeddings)|fine-?tun\w* (?:on|with) (?:new|recent|fresh|latest|the last|incoming)|re-?fine-?tun\w*|warm[- ]start\w*|train(?:ed|s)? (?:daily|weekly|nightly|hourly|monthly|every|each)|train(?:ed|s|ing)? (?:the |our )?models? (?:periodically|regularly|on a (?:regular )?schedule)|periodically re-?train\w*|(?:daily|weekly|nightly|hourly|monthly) (?:re-?train\w*|training|model updates?|refresh\w*|fine-?tun\w*)|update (?:the )?model (?:daily|weekly|every|when|if|on)|redeploy\w*|re-?fit\w*|(?:daily|weekly|nightly|monthly|quarterly|annual|yearly) (?:model )?(?:re-?development|re-?build|re-?estimation|re-?calibration|(?:lora|adapter|model) (?:refresh|update)\w*)|re-?develop(?:ed|ment)? (?:the )?(?:model|scorecard)s?|(?:lora|adapter) refresh\w*)\b/g;
const RETRAIN_DETAIL =
  /\b(daily|weekly|nightly|hourly|monthly|quarterly|every|each|cadence|schedul\w*|frequen\w*|per (?:day|week|hour)|when|whenever|if|trigger\w*|drift\w*|degrad\w*|drops?|threshold\w*|evaluat\w*|validat\w*|compar\w*|promot\w*|champion|challenger|shadow|canary|holdout|held-?out|beats?|outperform\w*|only if|gate\w*|backtest\w*|minutes|hours|days|weeks|months|streaming|stream|continu\w* (?:re-?)?(?:train\w*|learn\w*|fine-?tun\w*)|checkpoint\w*|last \d+|(?:new|fresh|recent|latest|more) (?:data|labels|examples) (?:arriv\w*|comes? in|lands?|accumulat\w*|(?:is|are|becomes?|become) (?:available|collected|labell?ed))|(?:a )?sufficient (?:amount|number|volume|quantity) of|enough (?:new |more |labell?ed |fresh ){0,2}(?:data|examples|samples|labels)|automated|automatic\w*|pipeline|times (?:a|per|within (?:one |a |each )?)(?:day|week|hour|month))\b|(?<![a-z])\d/;

const RETRAIN_QUESTION_HEADING = /^(?:how often|when|how)\b[^?]{0,40}\bre-?train\w*|\bre-?train(?:ing)? (?:cadence|schedule|frequency)\b/;
const RETRAIN_CADENCE = /^(?:[\s*_-]*)(?:every (?:day|night|week|month|quarter|\d+ (?:days|weeks|months|hours))|daily|nightly|weekly|bi-?weekly|monthly|quarterly|hourly|once (?:a|per) (?:day|week|month|quarter))\b/;
const RETRAIN_JOB_HEADING = /^(?:model )?re-?training$|\bre-?build(?:ing)? (?:the |an? )?(?:existing |current |production )?models? (?:with|on) (?:new|updated|fresh|latest|recent|more) data\b|\b(?:continuous|continual|scheduled|periodic|automated|automatic) (?:re-?)?training\b|\bre-?training (?:workflow|pipeline|job|dag|schedule|loop)s?\b|\bmodel refresh\b|\b(?:automated|automatic|continuous|scheduled|periodic) model (?:updates?|refresh(?:es)?|re-?training)\b/;
const RETRAIN_RUNS_EVERY = /\b(?:runs?|run|triggers?|triggered|executed|scheduled|kicks? off)\b[^.;]{0,40}\b(?:every (?:day|night|week|month|quarter|\d+ (?:days|weeks|months|hours))|daily|nightly|weekly|bi-?weekly|monthly|quarterly|hourly|once (?:a|per) (?:day|week|month|quarter)|on a (?:daily|weekly|nightly|monthly|cron) (?:basis|schedule))\b|\bon (?:a |an )?(?:(?:time|event|schedule|drift|metric|performance)[- ]based(?:,? (?:or|and) )?)+ (?:triggers?|schedules?)\b|\b(?:triggered|kicked off|started|launched) (?:by|when|on|whenever) (?:a |the )?(?:drift|schedule|cron|new data|performance drop|degradation)\b/;
const HPO_REFIT = /\b(?:best|top)(?: \([^)]{1,30}\))? (?:\d+ |few |n |k )?(?:runs?|configs?|configurations?|trials?|candidates?|hyper-?parameter (?:sets?|settings?|configs?)|models? (?:from|of) (?:the )?(?:previous |last )?(?:search|sweep|experiment|tuning|grid|study))\b/;

const SCHEDULED_TRAINING = /\bmodels? (?:is |are |will be |gets |get )?trained (?:(?:at|on|by) (?:the )?(?:start|beginning|end|first day|last day) of )?(?:every|each) (?:day|night|week|month|quarter|year)\b|\bmodels? (?:is |are |will be |gets |get )?trained (?:daily|nightly|weekly|monthly|quarterly)\b|\b(?:every (?:few |couple of |\d+ )?(?:hours?|days?|nights?|weeks?|months?)|daily|nightly|weekly|monthly|on a (?:daily |weekly |nightly |monthly )?schedule|(?:a |the )?cron(?: job)?)\b[^.;]{0,100}?\b(?:build|train|fit|re-?build)(?:s|ing)? (?:(?:a |the |new |fresh |\d+ |several |candidate )+)?models?\b|\b(?:build|train|fit)(?:s|ing)? (?:(?:a |the |new |fresh )+)?models? (?:every (?:few |\d+ )?(?:hours?|days?|nights?|weeks?|months?)|every \d+(?:st|nd|rd|th)(?: day)? of (?:the |each |every |any )?month|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|nightly|weekly|monthly|on a schedule)\b/;

/** "the training workflow can also be immediately executed without waiting the schedule": a training job that runs on a schedule. */
const TRAINING_JOB_SCHEDULE =
  /\b(?:(?:re-?)?training|train) (?:workflow|pipeline|job|flow|dag)s?\b[^.;]{0,80}\bschedul\w*|\bschedul\w* (?:the |a |our )?(?:re-?)?training (?:workflow|pipeline|job|flow|dag)s?\b/;

/** A reader told how to retrain: "if you want to retrain the model, run …", "run each cell to re-train the model". */
const RETRAIN_HOWTO =
  /\b(?:if you (?:want|wish|need|would like) to|you can|in order to|to) re-?train\w*\b[^.;]{0,100}?\b(?:run(?:ning)?|execut\w*|launch\w*|invok\w*)\b|\b(?:run(?:ning)?|execut\w*) (?:each|every|all|all the|the) (?:cells?|notebooks?|scripts?|commands?)\b[^.;]{0,30}?\bto re-?train\b/;

/** A to-do about the retraining cadence: "Review … retraining cadence", "Decide retraining frequency with the risk team". */
const CADENCE_TODO = /^[\s*_-]*(?:review|revisit|reassess|re-?evaluate|decide|determine|define|agree on|figure out|work out|settle|discuss)\b[^.;]*\b(?:cadence|frequency|schedule|policy|strategy|triggers?)\b/;
const CONCRETE_CADENCE = /\b(?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annual(?:ly)?|every \w+|\d+ (?:hours?|days?|weeks?|months?)|cron|psi|drift\w*|threshold|[<>≤≥]|when|whenever|once)\b/;

/** A caption over the conditions that start a retraining ("**Triggers for retraining:**", "Retraining triggers:", "When to retrain:"). */
const RETRAIN_TRIGGER_CAPTION = /^[*_\s]*(?:(?:re-?training|retrain) (?:triggers?|cadence|schedule|criteria|conditions)|triggers? (?:for|of) (?:re-?training|retrain\w*)|when to re-?train|re-?train (?:when|if))[*_\s]*:[*_\s]*$/i;

function retraining(u: Unit, doc: ParsedDoc): boolean {
  // "**Triggers for retraining:**" → "- Golden set F1 drops below 0.88", "- 30 days since last training": a trigger with its threshold
  if (u.kind === 'item' && /\d/.test(u.low) && contentWords(u.low) >= 3 && !u.uncommitted && RETRAIN_TRIGGER_CAPTION.test(listCaptionOf(u, doc))) return true;
  // "each part can be retrained alone" is a property, not a plan
  const modal = /\b(?:can|could|may|might|would|easier to|easy to|able to|ability to)(?: be)? (?:re-?train|retrained|refreshed|updated|fine-?tuned)/.test(u.low);
  if (modal && !/\b(daily|weekly|nightly|hourly|monthly|every|cadence|schedul\w*|trigger\w*|times (?:a|per|within (?:one |a |each )?)(?:day|week|hour|month))\b/.test(u.low)) return false;
  // "GBDT — cons: inefficient for continual training" is a model property, not a plan
  if (/\b(pros?|cons?|advantages?|disadvantages?)\b/.test(u.label + ' ' + u.parentText.slice(0, 40))) return false;
  // "### How often is it retrained?" / "Weekly, on the most recent 8 weeks, automatically.": the
  // answer under a heading that asks for the retraining cadence
  if (RETRAIN_QUESTION_HEADING.test(headingOf(u, doc)) && RETRAIN_CADENCE.test(u.low) && contentWords(u.low) >= 3 && !u.uncommitted) return true;
  // "## Continuous training workflow" → "4. This workflow will run every day": the retraining job's
  // schedule under a heading that names it
  const runs = RETRAIN_JOB_HEADING.test(headingOf(u, doc)) ? RETRAIN_RUNS_EVERY.exec(u.low) : null;
  // ("maybe on a time based trigger", "not decided yet") is no schedule
  if (runs && !u.uncommitted && !isNegated(u.low, runs.index, 4, 'strong') && !/\b(?:maybe|perhaps|possibly|might|could|(?:not|never) (?:yet )?(?:decided|settled|chosen)|undecided|tbd|to be (?:decided|determined))\b/.test(sentenceAt(u.low, runs.index))) return true;
  // "Every few hours, Prefect Agent will … build models using XGBoost …": a scheduled job that trains new models
  const sched = u.kind === 'mermaid' || u.kind === 'comment' ? null : SCHEDULED_TRAINING.exec(u.low);
  if (sched && !u.uncommitted && !isNegated(u.low, sched.index, sched[0].length, 'strong') && !modal) return true;
  const job = u.kind === 'mermaid' || u.kind === 'comment' ? null : TRAINING_JOB_SCHEDULE.exec(u.low);
  if (job && !u.uncommitted && !isNegated(u.low, job.index, job[0].length, 'strong') && !/\b(?:no|not|never|without) (?:a )?schedul/.test(u.low.slice(0, job.index + job[0].length).slice(-60)) ) return true;
  // "If the model performance is below some predefined thresholds, call the complete training pipeline as a subflow"
  const triggered = u.kind === 'mermaid' || u.kind === 'comment' ? null : PERF_TRIGGERED_TRAINING.exec(u.low);
  if (triggered && !u.uncommitted && !isNegated(u.low, triggered.index, triggered[0].length, 'strong')) return true;
  const m = findAffirmed(u.low, RETRAIN, 'any');
  if (!m) return false;
  const lead = u.low.slice(Math.max(0, m.index - 60), m.index);
  // "Automated retraining pipelines can be incorporated": something the design could add, not a plan
  if (/^[\w-]*(?: [\w-]+){0,2} (?:can|could|may|might) (?:also |later |easily |eventually )?be (?:incorporated|added|integrated|introduced|implemented|considered|explored|built|set up|enabled)\b/.test(u.low.slice(m.index)) && !/\b(daily|weekly|nightly|hourly|monthly|quarterly|every|cadence|trigger\w*|drift\w*|threshold\w*)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "Review outcome feedback loop for delayed labels and retraining cadence": the cadence is still to be
  // worked out (a to-do that names it, with no cadence or trigger given)
  if (CADENCE_TODO.test(sentenceAt(u.low, m.index)) && !CONCRETE_CADENCE.test(sentenceAt(u.low, m.index))) return false;
  // "3. Unclear Handling of Data Drift and Model Retraining": a shortcoming named, not a plan
  if (/\b(?:unclear|undefined|undecided|lack of|missing|no clear|poor|insufficient|inadequate) (?:[\w-]+ ){0,6}$/.test(lead)) return false;
  // "if retrained with new data, redeploy with a pipeline": what follows a retraining, with no word on when it happens
  if (/\b(?:if|once|in case) (?:the model is |it is |it's |we |you )?$/.test(lead) && !/\b(?:hourly|daily|nightly|weekly|monthly|quarterly|every|cadence|schedul\w*|trigger\w*|drift\w*|cron|threshold\w*)\b/.test(u.low)) return false;
  // "if you want to retrain the model … you can do it by running python train.py", "run each cell to
  // re-train the model": how a reader retrains by hand, not when the system is retrained
  const how = sentenceAt(u.low, m.index);
  if (RETRAIN_HOWTO.test(how) && !/\b(?:hourly|daily|nightly|weekly|monthly|quarterly|every|cadence|schedul\w*|trigger\w*|drift\w*|cron)\b/.test(how)) return false;
  // "LegiScan provides an API to acquire continuous updates": the data source updating, not the model
  if (/^continu\w* updat/.test(m[1]) && /\b(?:apis?|feeds?|acquire|fetch\w*|download\w*|provides?|sources?|data(?:set|base)?s?)\b/.test(sentenceAt(u.low, m.index)) && !/\b(?:models?|re-?train\w*|weights|classifier)\b/.test(sentenceAt(u.low, m.index))) return false;
  const text = subtreeLow(doc, u);
  // "weekly active-learning refresh", "updates at least quarterly to incorporate new data": the cadence is in the words
  if (/^(?:(?:daily|weekly|nightly|monthly|quarterly) (?:active|incremental)|updat)/.test(m[1])) return true;
  // "4. Re-fit the matrix factorization model on the filtered ratings": a step of the algorithm, not a retraining plan
  if (/^re-?fit/.test(m[1]) && !/\b(?:daily|weekly|nightly|hourly|monthly|quarterly|yearly|annual\w*|every|(?:each|every) (?:day|week|month|night|quarter|year|season|cycle|release|campaign|sprint)|cadence|schedul\w*|trigger\w*|drift\w*|new data|fresh data)\b/.test(text)) return false;
  // "we have to redeploy whenever we make changes": shipping code again is no retraining; "when new
  // data is obtained, the model will be redeployed" is
  if (/^redeploy/.test(m[1]) && !/\b(?:new|fresh|latest|recent|more|incoming) (?:data|labels?|features|examples|samples)\b|\bre-?(?:train|fit)\w*/.test(text)) return false;
  // "get the best (default 10) runs from the previous experiment and retrain them": a tuning search's
  // winners refit once, not a retraining plan for production
  if (/^re-?train/.test(m[1]) && HPO_REFIT.test(sentenceAt(u.low, m.index)) && !/\b(?:daily|weekly|nightly|hourly|monthly|quarterly|every (?:day|week|month|night|quarter)|cadence|schedul\w*|trigger\w*|drift\w*|new data|fresh data)\b/.test(u.low)) return false;
  // "pretrained models for the application of transfer learning … retrain them with own data": a
  // pre-trained model fitted once to the project's data, not a retraining plan
  if (/^re-?train/.test(m[1]) && /\b(?:pre-?trained|transfer learning|model zoo)\b/.test(u.low) && /\bre-?train\w* (?:[\w-]+ ){0,3}?(?:with|on) (?:our |their |your |its )?own\b/.test(how) && !/\b(?:daily|weekly|nightly|hourly|monthly|quarterly|every (?:day|week|month|night|quarter)|cadence|schedul\w*|trigger\w*|drift\w*|new data|fresh data)\b/.test(u.low)) return false;
  // "retrain when needed", "periodically", "as required": no cadence or trigger
  // in a paragraph of prose the detail belongs to the retraining sentence or the one after it
  // ("Machines get overhauled and schedules change. The model will be retrained when needed.")
  const near = u.kind === 'para' && text === u.low ? retrainSentences(u.low, m.index) : text;
  // ("a retraining schedule as needed" names no schedule)
  const rest = near.replace(STAGE_LIST, (list) => (/\bre-?training\b/.test(list) ? ' ' : list)).replace(m[1], ' ').replace(/\bschedules? (?=(?:as|when|if|whenever) (?:needed|necessary|required|appropriate)\b)/g, ' ').replace(/\b(?:when|if|as|whenever) (?:needed|necessary|required|appropriate|useful|possible)\b|\b(?:periodically|regularly|from time to time|occasionally|as needed)\b|\bno (?:clear )?(?:cadences?|schedules?|triggers?|thresholds?|frequency)(?:,? (?:or|and|nor) (?:a )?\w+)?|(?:^|[.;] )(?:(?:the )?candidate )?(?:did not|didn'?t|never|does not|doesn'?t) (?:mention|discuss|talk about|cover|bring up)[^.;]*/g, ' ');
  // ("Scheduled periodic retraining and evaluation to ensure the model remains accurate", "Schedule periodic retraining with new patient data": a schedule with no interval,
  // an evaluation with no criterion)
  // ("retraining/evaluation cycles" pairs the two with no criterion)
  const vague = rest.replace(/\bschedul(?:e|es|ed|ing)(?= (?:periodic|regular)\b)|\b(?:and|&) (?:re-?)?evaluation(?= (?:to ensure|to make sure|so that)\b)|(?:^|\s|\bre-?train\w*)\/\s?(?:re-?)?evaluat\w*/g, ' ');
  if (!RETRAIN_DETAIL.test(vague) && !RETRAIN_DETAIL.test(u.label + ' ' + u.parentText)) return false;
  // "retrain weekly": two words, but the cadence is the plan
  return !isBare(u, 2) || text !== u.low || /\b(?:hourly|daily|nightly|weekly|bi-?weekly|monthly|quarterly)\b/.test(u.low);
}

/**
 * A list of a pipeline's stages ("a pipeline for data ingestion, model training, evaluation, and
 * retraining"): each stage named, none planned, so the list's words are no detail of a retraining.
 */
const STAGE = String.raw`(?:[\w-]+ )?(?:ingestion|collection|pre-?processing|processing|training|evaluation|validation|deployment|serving|inference|monitoring|re-?training|testing|labell?ing)`;
const STAGE_LIST = new RegExp(String.raw`\b(?:(?:an? |the )?(?:[\w-]+ )?(?:pipelines?|workflows?|platform|process|loop) (?:for|covering|of) )?(?:${STAGE}(?:, and |, | and )){2,}${STAGE}\b`, 'g');

/** The sentence holding `i` and the one after it, and the one before when it says "then" ("… The model is then retrained"). */
function retrainSentences(low: string, i: number): string {
  const s = sentenceAt(low, i);
  const at = low.indexOf(s, Math.max(0, i - s.length));
  if (at < 0) return low;
  const end = at + s.length;
  const before = at > 1 && /\b(?:then|after (?:that|this)|afterwards|at that point|at which point)\b/.test(s) ? sentenceAt(low, at - 2) + ' ' : '';
  return before + s + ' ' + sentenceAt(low, Math.min(low.length - 1, end + 2));
}

export const MONITORING_RULES: readonly ItemSpec[] = [
  {
    id: 'monitoring.drift',
    topic: /drift|distribution shift|covariate shift|\bpsi\b|\bks\b/,
    triggers: ['compare', 'compared', 'compares', 'comparing', 'drift', 'drifts', 'drifting', 'shift', 'shifts', 'covariate', 'population', 'stability', 'psi', 'ks', 'kolmogorov', 'kl', 'js', 'jensen', 'wasserstein', 'chi', 'distribution', 'distributions', 'concept'],
    test: drift,
    keyPatterns: [DRIFT],
    doc: {
      present: 'Watching data, prediction or concept drift: "daily PSI on the top 50 features and the score distribution; alert when PSI > 0.2", "KS test on input features", "data drift" listed under a Monitoring heading.',
      absent: '"Monitoring, drift detection, and alerting" as a bare bullet in a list of capabilities outside any monitoring heading; drift only as a reason ("user tastes drift, so we retrain") or a remedy ("retrain weekly to reset drift") with no detection or measurement; a "| Drift | TBD |" row; "no drift monitoring yet" (whatever reason follows); drift asked as a question; a KS statistic reported on a test set (an offline metric) or defined as the separation between the classes ("max(TPR - FPR)").',
    },
  },
  {
    id: 'monitoring.data-quality',
    topic: /data quality|data validation|schema|null rate|missing values|sanity checks?|freshness/,
    triggers: ['missingness', 'categorical', 'reject', 'rejects', 'rejected', 'invalid', 'malformed', 'corrupt', 'corrupted', 'skip', 'skipped', 'skips', 'volume', 'stream', 'streams', 'feed', 'feeds', 'ping', 'pings', 'coverage', 'data', 'quality', 'validation', 'validate', 'validated', 'validates', 'checks', 'check', 'contract', 'contracts', 'tests', 'sanity', 'schema', 'input', 'null', 'nulls', 'missing', 'nan', 'nans', 'range', 'out', 'anomaly', 'anomalies', 'great', 'expectations', 'tfdv', 'deequ', 'soda', 'freshness', 'stale', 'row', 'rows', 'volume', 'duplicate', 'duplicates', 'feed', 'feeds', 'corrupt', 'corrupted', 'malformed', 'outlier', 'outliers', 'unit', 'feature', 'upstream', 'late', 'empty', 'blank', 'invalid', 'unreadable', 'blurry', 'zero', 'flat', 'flatlined', 'older', 'staler', 'gate', 'gates', 'confidence', 'asr', 'ocr', 'failures', 'errors', 'violations'],
    test: dataQuality,
    keyPatterns: [DATA_QUALITY, DATA_STALLED, INPUT_MARKED_FAULTY],
    doc: {
      present: 'Checks on inputs and pipelines: "schema and null-rate checks on every training partition; the pipeline stops if > 1% of rows fail", "input validation on the scoring request", "every scan is checked before inference", "freshness alerts on the feature tables". Missingness and new categorical levels watched in production ("Track missingness shift per key fields", "Alert on new categorical levels").',
      absent: 'Handling missing values during feature engineering or data exploration (that is preprocessing, not a check); a candidate model "sensitive to data quality"; a bare "Data quality" bullet.',
    },
  },
  {
    id: 'monitoring.operational-metrics',
    topic: /operational metrics|dashboards?|\balert|\bon-?call|error rate|uptime|availability|grafana|prometheus|service health/,
    triggers: ['crash', 'crashes', 'tracing', 'observability', 'signoz', 'opentelemetry', 'apm', 'telemetry', 'telemetric', 'battery', 'dsp', 'npu', 'tpu', 'oom', 'latency', 'latencies', 'p99', 'p95', 'p90', 'p50', 'throughput', 'qps', 'rps', 'error', 'errors', 'rate', 'rates', '5xx', '4xx', 'timeout', 'timeouts', 'heartbeat', 'heartbeats', 'liveness', 'watchdog', 'watchdogs', 'uptime', 'availability', 'cpu', 'gpu', 'memory', 'saturation', 'system', 'service', 'health', 'sla', 'slo', 'healthcheck', 'infra', 'infrastructure', 'sw', 'grafana', 'prometheus', 'datadog', 'cloudwatch', 'opencensus', 'insights', 'azure', 'stackdriver', 'new', 'relic', 'pagerduty', 'opsgenie', 'victorops', 'oncall', 'on', 'call', 'pager', 'request', 'queue', 'golden'],
    test: operationalMetrics,
    keyPatterns: [OPS],
    doc: {
      present: 'Service metrics that are dashboarded or alerted on: "dashboards for p99 latency, QPS and error rate; page on-call when p99 > 150 ms for 5 minutes", latency/error rate listed under a Monitoring heading, "HTTP responses with 400 and 500 codes logged in Splunk, alert above 5% in 15 minutes", "a Telegram message on job failure".',
      absent: 'The latency requirement itself (a target, not a monitor); a bare "SW system metrics" bullet; a `latency_ms` column of a "Field | Type" schema table.',
    },
  },
  {
    id: 'monitoring.model-performance',
    topic: /model (?:performance|quality)|monitor\w* (?:the )?model|delayed labels?|in production/,
    triggers: ['realised', 'realized', 'observed', 'wape', 'model', 'performance', 'quality', 'forecast', 'forecasts', 'actual', 'actuals', 'accuracy', 'metrics', 'health', 'decay', 'degradation', 'staleness', 'online', 'delayed', 'labels', 'label', 'prediction', 'score', 'output', 'distribution', 'distributions', 'predicted', 'business', 'kpi', 'kpis', 'ground', 'feedback', 'calibration', 'metric', 'ml', 'shadow', 'canary', 'auc', 'precision', 'recall', 'ctr', 'conversion', 'f1', 'ndcg', 'nce', 'mae', 'rmse', 'map', 'mrr', 'revenue', 'engagement', 'prevalence', 'approval', 'fraud'],
    test: modelPerformance,
    keyPatterns: [MODEL_PERF, SPOT_CHECK_OUTPUTS, OFFLINE_METRIC, ONLINE_METRIC],
    doc: {
      present: 'Model quality tracked in production: "hourly calibration (predicted vs observed CTR) and daily NCE on delayed click labels", "precision/recall on the reviewed sample, weekly", a model metric listed under Monitoring.',
      absent: 'Offline evaluation only; a promotion gate of the retraining job ("push the new model only if offline AUC ≥ current"); "ML metrics (accuracy related, predictions, features)" template line.',
    },
  },
  {
    id: 'monitoring.retraining-plan',
    topic: /re-?train|continual (?:learning|training)|model (?:updates?|refresh)/,
    triggers: ['retrain', 'retrained', 'retraining', 'retrains', 're', 'train', 'trained', 'trains', 'training', 'continual', 'continually', 'continuous', 'continuously', 'incremental', 'incrementally', 'online', 'learning', 'model', 'updates', 'update', 'refresh', 'refreshed', 'refreshes', 'refreshing', 'fine', 'finetune', 'finetuned', 'finetuning', 'warm', 'daily', 'weekly', 'nightly', 'hourly', 'monthly', 'redeploy', 'redeployed', 'refit', 'refitted', 'annual', 'yearly', 'quarterly', 'redevelopment', 'redeveloped', 'redevelop', 'lora', 'adapter'],
    test: retraining,
    // a pipeline diagram with a retraining step and its cadence ("Weekly Batch Process" … "Re-train & deploy new model")
    code: (u) => u.kind === 'mermaid' && /\bre-?train\w*/.test(u.low) && /\b(?:hourly|daily|nightly|weekly|monthly|quarterly|every (?:hour|day|night|week|month|quarter)|cron|scheduled?)\b/.test(u.low),
    keyPatterns: [RETRAIN, SCHEDULED_TRAINING, PERF_TRIGGERED_TRAINING],
    doc: {
      present: 'When the model is retrained and how a new one is validated: "retrain daily from the last checkpoint; promote only if NCE on the held-out day beats production", "retrain when PSI > 0.2 or weekly, whichever first".',
      absent: '"Continuous model training and updating", "continuous monitoring of models and retraining them on new data", "retrain periodically with fresh data" with no cadence, trigger or validation; "Updates" as a bare bullet; "no retraining yet"; a cadence left for later ("before deciding on a retraining cadence"); redeploying code ("we have to redeploy whenever we make changes"); "Scheduled periodic retraining and evaluation" (no interval); retraining that "can be incorporated".',
    },
  },
];
