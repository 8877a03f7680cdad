/**
 * 5. Evaluation: offline metrics, online metrics, the A/B test plan, guardrails. Also the metric
 * vocabularies the misplaced-metric check uses.
 */
import type { ParsedDoc, Unit } from '../parse';
import { anyMatch, CE_MARK, ctxHas, headingOf, inSection, isBare, isDefinition, saysNo, sentenceAt, stated, subtreeLow, valueNegated, valueOf } from './helpers';
import { contentWords, findAffirmed, isNegated } from '../text';
import type { ItemSpec } from './types';

/** Offline (model-quality) metric names. Group 1 is the name. */
export const OFFLINE_METRIC =
  /\b(g-?mean(?: score)?|coefficients? of determination|concordance index|c-index|c-statistic|harrell'?s c|roc[- ]?auc|(?=roc)(?<=\b(?:highest|best|max(?:imum)?|higher|better) )roc(?: scores?)?(?! curves?)\b|silhouette(?: scores?| coefficients?| index)?|davies[- ]bouldin(?: index| scores?)?|calinski[- ]harabas[sz](?: index| scores?)?|pr[- ]?auc|auc(?:-?roc|-?pr)?|auroc|auprc|area under (?:the )?(?:roc|precision[- ]recall|pr)(?: curve)?|f1(?:[- ]score)?|f-?beta|f-?score|f_\{?\\beta\}?\$?(?:[- ]?score)?|f_\{?\d(?:\.\d)?\}?\$?[- ]?score|f[02-9](?:\.[0-9])?[- ]?score|precision(?:\s?@\s?k|\s?@\s?\d+| at k| at \d+| at (?:a |the )?\d)?|p-?f1(?:[- ]score)?|(?:mean )?relative (?:absolute )?errors?|probabilistic f1(?:[- ]score)?|ppv(?:\s?@\s?k|\s?@\s?\d+| at (?:top )?(?:k|\d+))?|npv|positive predictive values?|negative predictive values?|recall(?:\s?@\s?k|\s?@\s?\d+| at k| at \d+| at (?:a |the )?\d)?|log[- ]?loss|cross[- ]?entropy|normali[sz]ed cross[- ]?entropy|nce|(?:normali[sz]ed )?b?ce|n?dcg(?:\s?@\s?k|\s?@\s?\d+)?|mean average precision|map(?:\s?@\s?k|\s?@\s?\d+)?|mrr|mean reciprocal rank|mae|mape|smape|rmse|mse|rmsle|msle|wmae|(?:root )?mean squared? log(?:arithmic)? error|mean (?:absolute|squared) (?:percentage )?error|r-?squared|r²|equal error rate|eer|false (?:acceptance|rejection) rates?|false (?:accepts?|rejects?) (?:per hour(?: rates?)?|rates?)|false alarms? per hour|r2(?<!\br1\b[^.;]{0,6}r2)|accuracy|top-?\d+ accuracy|hit[- ]?rate(?:\s?@\s?k|\s?@\s?\d+)?|hits@\d+|iou|mean iou|miou|(?:s[øo]rensen[- –]?)?dice(?: coefficient| score| similarity| index)?|bleu|rouge(?:-\w+)?|perplexity|brier(?: score)?|jaccard (?:score|index)|hamming (?:loss|score)|matthews correlation(?: coefficient)?|mcc(?= (?:score|of)\b)|cohen'?s kappa|(?:quadratic(?:ally)? )?weighted (?:cohen'?s )?kappa|qwk|kappa (?:scores?|statistics?|coefficients?)|subset accuracy|calibration(?: error| curve| plot)?|expected calibration error|ece|false positive rate|fpr|true positive rate|tpr|specificity|sensitivity|confusion matrix|average rank|mean rank|coverage|diversity|novelty|kendall|spearman|pinball loss|quantile loss|qini(?: curve| coefficient)?|auuc|uplift curve|macro[- ]f1|micro[- ]f1|top-?1 accuracy|ks statistic|(?:normali[sz]ed )?gini(?: coefficient)?|double[- ]lift(?: charts?)?|lift charts?|deviance|hallucination rate|faithfulness(?: score)?|groundedness|factual (?:consistency|accuracy)|answer relevan(?:ce|cy)|context (?:precision|recall)|pass@(?:k|\d+)|exact[- ]match(?: accuracy)?|execution accuracy|bert-?score|meteor|cider|fid|clip[- ]?score|llm[- ]as[- ]an?[- ]judge(?: score)?|judge score|word error rate|wer|character error rate|cer|comet(?:-\d+)?|chrf(?:\+\+)?|mqm|frr|fa\/(?:day|hour|device-day)|fa per (?:hour|day|device-day)|det curves?)(?![\w-])/g;
/** A heading that is one metric's name ("F1-Score", "ROC-AUC", "Precision@10"). */
const METRIC_HEADING = new RegExp(`^(?:${OFFLINE_METRIC.source})\\s*$`);
/** METRIC_HEADING's match of a heading, remembered (a doc's units share a few headings). */
const metricHeadings = new Map<string, RegExpExecArray | null>();
function metricHeading(heading: string): RegExpExecArray | null {
  let m = metricHeadings.get(heading);
  if (m === undefined) {
    if (metricHeadings.size > 2000) metricHeadings.clear();
    metricHeadings.set(heading, (m = METRIC_HEADING.exec(heading)));
  }
  return m;
}
/** Names that are also ordinary words: they need a metric context. */
const AMBIGUOUS_OFFLINE = /^(precision|recall|accuracy|coverage|diversity|novelty|calibration|sensitivity|specificity|map|mse|mae|b?ce|wer|cer|fid|meteor|cider|dice$)/;
/** A capitalised name of an organisation ("Diversity Cyber Council", "Precision Health Institute"). */
const ORG_NAME = /^[A-Z][a-z]+(?: (?:[A-Z][\w&-]*|&|of|for|and)){0,4} (?:Council|Foundation|Institute|Inc\.?|Corp(?:oration|\.)?|Labs?|Group|Society|Association|Alliance|Network|University|College|Center|Centre|Agency|Fund|Coalition|Company|LLC|Ltd\.?|Partners|Collective|Consortium)\b/;
const METRIC_CTX =
  /\b(metrics?|evaluat\w*|offline|measur\w*|kpis?|success|test set|held-?out|holdout|validation|benchmark\w*|report\w*|track\w*|targets?|@|≥|>=|at least|goal|score|(?:model|run|version|checkpoint|candidate)s? with (?:the )?(?:lowest|highest|best|smallest|largest|min(?:imum)?|max(?:imum)?)|(?:best|lowest|highest) (?:test|validation|val|cv|held-?out) |(?:best|worst|better|worse|poorly|badly|compar\w*) (?:[\w-]+ ){0,2}in terms of|perform\w* (?:poorly|badly|well|better|worse|best|worst) (?:on|in|at|by))\b|[≥>]|\d/;

/** A result attributed to published work ("research (Yang & Menzies 2021) shows …", "Wang et al. report …"). */
const CITED_RESULT = /\b(?:research|studies|papers?|literature|et al\.?(?: \(?\d{4}\)?)?)\b[^.;]{0,80}\b(?:shows?|showed|shown|finds?|found|reports?|reported|demonstrat\w*)\b/;

/** Is the sentence up to `at` a result cited from published work? (Read back from `at` to the sentence's start, where "et al." ends no sentence.) */
function citedBefore(low: string, at: number): boolean {
  const back = low.slice(Math.max(0, at - 200), at).replace(/\bet al\./g, 'et al');
  if (!CITED_RESULT.test(back)) return false;
  return CITED_RESULT.test(back.slice(Math.max(back.lastIndexOf('. '), back.lastIndexOf('; ')) + 1));
}

export function offlineMetricAt(u: Unit, doc: ParsedDoc): RegExpExecArray | undefined {
  const low = u.low;
  // "Offline: Qini curve on a held-out week" in the evaluation section
  if (/^offline(?: metrics?| evaluation)?$/.test(u.label) && inSection(u, 'evaluation') && contentWords(valueOf(u)) >= 2 && !valueNegated(u)) {
    return /.+/.exec(low) ?? undefined;
  }
  // "## Evaluation Metrics" → "### F1-Score" → "An important metric, since we don't want false
  // positives nor false negatives": a metric named by its own heading, explained under it
  if (u.kind !== 'row' && inSection(u, 'evaluation') && contentWords(low) >= 4 && !u.uncommitted && !isNegated(low, 0, Math.min(low.length, 24), 'strong')) {
    const heading = headingOf(u, doc);
    const h = heading.length <= 40 ? metricHeading(heading) : null;
    if (h && (!AMBIGUOUS_OFFLINE.test(h[1]) || /\b(?:metrics?|measures?|scores?)\b/.test(low))) return /.+/.exec(low) ?? undefined;
  }
  // a results table: "| Model | Recall@3 | MRR |" over rows of numbers
  if (u.kind === 'row' && /\d/.test(low) && u.parentText) {
    // any column will do ("| model | precision | recall | PR-AUC |": "precision" alone is ambiguous, PR-AUC is not)
    OFFLINE_METRIC.lastIndex = 0;
    let h: RegExpExecArray | null;
    let found: RegExpExecArray | undefined;
    while ((h = OFFLINE_METRIC.exec(u.parentText)) !== null) {
      if (!AMBIGUOUS_OFFLINE.test(h[1]) || /@|\bat\b/.test(h[1])) {
        found = h;
        break;
      }
    }
    OFFLINE_METRIC.lastIndex = 0;
    if (found) return found;
  }
  OFFLINE_METRIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  const lossCtx = /\bloss\b/.test(u.label) || /\bloss\b/.test(u.parentText);
  while ((m = OFFLINE_METRIC.exec(low)) !== null && guard++ < 30) {
    const name = m[1];
    if (name === 'map' && /^(?:map|Map(?!@))/.test(u.text.slice(m.index, m.index + 4))) continue; // "map tokens to ids", "jobSkills: Map"
    if (isNegated(low, m.index, name.length, 'strong')) continue;
    // "towards CE marking": the EU conformity mark, not cross-entropy
    if (/^b?ce$/.test(name) && CE_MARK.test(low.slice(m.index + name.length, m.index + name.length + 14))) continue;
    // "mixed precision training", "half precision", "fp16 precision": a number format, not a metric
    if (name === 'precision' && /\b(?:mixed|half|full|single|double|reduced|arbitrary|numerical|numeric|floating[- ]point|fp\d+|bf16|int\d+|\d+-?bits?)[- ]$/.test(low.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "the total code coverage is 75%", "`./run_tests.sh` (unit/integration/coverage/lint)", "Generate coverage
    // reports" under "Test Job — Unit Tests & Coverage": a software test measure
    if (name === 'coverage' && (/\b(?:code|test|unit[- ]tests?|line|branch|statement)\s$/.test(low.slice(Math.max(0, m.index - 12), m.index)) || /^\s*of (?:our |the |all (?:of )?(?:our |the )?)?(?:code|codebase|source|tests?|functions?|lines?|modules?)\b/.test(low.slice(m.index + name.length, m.index + name.length + 30)) || CODE_CHECKS.test(sentenceAt(low, m.index)) || ctxHas(u, doc, CODE_CHECKS))) continue;
    // "Cache hit rate", "CDN hit-rate", "buffer pool hit ratio": how often a cache answers, a system measure
    if (/^hit/.test(name) && /\b(?:cache|caching|cdn|buffer(?: pool)?|memcached|redis|lookup|page|tlb)\s$/.test(low.slice(Math.max(0, m.index - 14), m.index))) continue;
    // "Ethical and Diversity Considerations: … business metrics …", "diversity and inclusion": a value weighed, not a measure
    if (/^(?:diversity|novelty|coverage)$/.test(name) && (/^\s(?:considerations?|concerns?|issues?|(?:and|&) inclusion|of thought|statements?|initiatives?|policy)\b/.test(low.slice(m.index + name.length, m.index + name.length + 16)) || /\bethic(?:s|al) (?:and|&) $/.test(low.slice(Math.max(0, m.index - 14), m.index)))) continue;
    // "Zoekt … provides exact match keyword search and regular expression search": a kind of search, not a score
    if (/^exact[- ]match$/.test(name) && /^\s(?:keyword|text|string|term|search|lookups?|queries|query|filter\w*)\b/.test(low.slice(m.index + name.length, m.index + name.length + 12))) continue;
    const s = sentenceAt(low, m.index);
    // "Academic research (Yang & Menzies 2021, …) shows that … simple models achieve >95% AUC": a published result cited, not this design's measure
    if (citedBefore(low, m.index) && !/\b(?:we|our|us)\b/.test(s)) continue;
    if (lossCtx && /entropy|log|mse|mae|^b?ce$|dice/.test(name)) continue; // the training loss, not a metric
    // "loss: BCE", "`L_primary = BCE(y_true, y_pred) * …`": the loss written as a formula
    if (/\bloss(?: function)?\s*(?:is|:|=)|(?:^|[\s`])l(?:_\w+)?\s*=\s*[^=]/.test(s) && /entropy|log[- ]?loss|mse|mae|^b?ce$|dice/.test(name)) continue;
    // "- Binary cross-entropy" listed under the model's loss: a training loss unless the line speaks of measuring
    if (/entropy|^b?ce$|^mse$|^mae$|log[- ]?loss/.test(name) && inSection(u, 'model') && !inSection(u, 'evaluation') && !/\b(?:metrics?|evaluat\w*|offline|measur\w*|report\w*|scor\w*|validation|test|lowest|highest|best|lower|higher|compar\w*|select\w*|choos\w*|takes?)\b/.test(s + ' ' + u.parentText + ' ' + u.label)) continue;
    if (AMBIGUOUS_OFFLINE.test(name)) {
      // "Diversity Cyber Council is a 501c3 Non-Profit": the word begins an organisation's name
      if (ORG_NAME.test(u.text.slice(m.index, m.index + 80))) continue;
      const ctx = inSection(u, 'evaluation') || ctxHas(u, doc, /\b(metrics?|evaluat\w*|offline|kpis?)\b/) || METRIC_CTX.test(s.replace(name, ' '));
      if (!ctx) continue;
      if (name === 'recall' && /\brecall (?:that|how|the)\b/.test(s)) continue;
      if (name === 'accuracy' && /\b(improv|increas|better|higher|high|good|more) accura/.test(s) && !/\b(metric|measur|offline|evaluat)/.test(s)) continue;
      if (name === 'accuracy' && accuracyAsQuality(s)) continue;
      // "Add logs, prediction latency tracking, and accuracy checks" under monitoring: accuracy watched live, no metric named to evaluate with
      if (name === 'accuracy' && !inSection(u, 'evaluation') && /^\s(?:checks?|monitoring|tracking|drops?|degradation|decay)\b/.test(low.slice(m.index + name.length, m.index + name.length + 14)) && !/\d/.test(s)) continue;
      // "7. Evaluate forecast accuracy", "Model prediction accuracy (offline metrics)": how good the predictions are, in
      // general words, with no metric that measures it (no number, no named kind of accuracy)
      if (name === 'accuracy' && /\b(?:forecast(?:ing)?|predictions?|predictive)\s+$/.test(low.slice(Math.max(0, m.index - 16), m.index)) && !/\d|\b(?:top|balanced|per-class|weighted|exact|mean|within)\b/.test(s)) continue;
    }
    OFFLINE_METRIC.lastIndex = 0;
    return m;
  }
  OFFLINE_METRIC.lastIndex = 0;
  // an agent's or a domain's own measure named as the metric: "the evaluation metric … is just the
  // scoreboard", "the metric will be the average reward per episode"
  const own = GAME_SCORE.exec(low) ?? METRIC_IS.exec(low);
  if (own && (inSection(u, 'evaluation') || /\bmetrics?\b/.test(sentenceAt(low, own.index))) && !isNegated(low, own.index, own[0].length, 'strong')) return own;
  return undefined;
}
/** An RL agent's or a game's score as its metric. */
const GAME_SCORE = /\b(?:scoreboard|(?:average|mean|total|cumulative|median|max(?:imum)?|final) (?:game |episode |episodic |discounted )?(?:scores?|rewards?|returns?)(?= (?:per|over|across|of|in|on|achieved|obtained|reached|the agent)\b)|(?:scores?|rewards?|returns?) per (?:episode|game|level|run))\b/;
/** "The evaluation metric will be the mean time saved per ticket": the metric named as a definition. */
const METRIC_IS = /\b(?:(?:evaluation|offline|performance) metric (?:we (?:will )?use |used |chosen )?|metric to compare (?:the |both |all |our |these )?(?:[\w-]+ )?(?:strategies|models|approaches|methods|policies|agents|algorithms) )(?:is|will be)(?: just| simply)? (?:the |an? )?(?!(?:same|following|one|most|best|key|main|only)\b)[a-z][\w-]*(?: [\w-]+){0,3} (?:of|per|over|on|across|between|for|in)\b|\b(?:evaluation|offline|performance) metric (?:is|will be|was) (?:to )?(?:simply |just )?(?:measure|compute|calculate|count)s? (?:how (?:far|close|often|many|much)|the (?:distance|difference|gap|error)) [a-z]/;

/** Online (business) metric names. Group 1 is the name. */
export const ONLINE_METRIC =
  /\b(ctr|click[- ]?through(?: rate)?|(?:click|tap|open|reply|usage|adoption|thumbs[- ]?(?:up|down)|regenerat\w*|send(?:[- ]without[- ]edit\w*)?) rates?|thumbs[- ]?up (?:vs\.?|versus|\/|and|or) (?:👎 ?)?thumbs[- ]?down|(?:positive|negative) feedback (?:rate|share|ratio|percentage)|(?:percentage|share|ratio) of (?:positive|negative|thumbs[- ]?up) (?:feedback|ratings?|votes?)|conversions?(?: rate)?|cvr|revenue(?: lift| per (?:user|session|mille|thousand|impression))?|rpm|gmv|watch[- ]?time|dwell[- ]?time|time spent|session (?:length|duration|time)|retention(?: rate)?|churn rate|dau|mau|wau|yau|(?:daily|weekly|monthly|yearly) active users|engagement(?: rate)?|like rate|share rate|comment rate|bookings?|book(?:ing)? rate|purchases?|purchase rate|add[- ]to[- ]cart(?: rate)?|orders? per \w+|completion rate|completed (?:videos|views)|acceptance rate|connection requests? accepted|prevalence|harmful impressions|valid appeals|appeal rate|proactive rate|hide rate|report rate|unsubscribe rate|nps|csat|user satisfaction|(?:customer|client|patient|guest|member|rider) satisfaction (?:scores?|ratings?|surveys?)|satisfaction surveys?|surveys?|cancell?ation rate|chargeback rate|fraud (?:loss(?:es)?|rate|dollars|basis points|bps)|(?:dollar|\$) loss(?:es)?|false decline rate|decline rate|approval rate|(?:approval|decline|cancell?ation|chargeback|unsubscribe|complaint|refund|booking|purchase|conversion) (?:and|&|\/) (?:approval|decline|cancell?ation|chargeback|unsubscribe|complaint|refund|booking|purchase|conversion) rates|manual review rate|review rate|on-?time rate|customer complaints|complaint rate|support tickets|contact rate|queries per session|abandonment(?: rate)?|zero[- ]result rate|successful sessions?|session success(?: rate)?|clicks? per (?:query|session|user)|registrations?|registration rate|attendance|downloads(?! (?:the|a|an|its|their|our|all|newly|trained|model|weights|artifacts?|files?|data)\b)|installs|subscriptions|subscription (?:rates?|conversions?|revenue|growth|renewals?|starts)|renewals?|tickets sold|sales|profit|margin|eta accuracy|late (?:deliveries|delivery rate)|reaction rate|reactions|time to (?:first )?(?:click|book|purchase)|churn|waste|spoilage|stock-?outs?|refunds?|refund rate|late (?:orders|rate)|on-?time (?:delivery|rate)|delivered (?:late|on time|more than)|invitations? accepted|invite acceptance|sign-?ups?|activation rate|skip rate|rescue rate|listening time|session length|rephrase rate|escalation rate|escalat\w* to (?:a )?human|containment rate|false rejects?|(?:user|customer) ratings? (?:%|rate|share)|revenue per available \w+|occupancy|(?:median |mean |average |p\d\d )?(?:time|minutes|hours|days) from (?:the |first |a )?[a-z-]+(?: [a-z-]+){0,4} (?:to|until) (?:a |the )?[a-z-]+)(?![\w-])/g;
/** A clear-cut subset used by the misplaced-metric check. */
export const CLEAR_ONLINE = /^(ctr|click[- ]?through(?: rate)?|conversions?(?: rate)?|cvr|revenue.*|rpm|gmv|watch[- ]?time|dwell[- ]?time|time spent|retention.*|bookings?|book(?:ing)? rate|session (?:length|duration|time)|dau|mau)$/;
export const CLEAR_OFFLINE = /^(roc[- ]?auc|pr[- ]?auc|auc.*|auroc|auprc|f1.*|log[- ]?loss|nce|n?dcg.*|mrr|mean reciprocal rank|rmse|rmsle|msle|wmae|mae|mse|map.+|mean average precision|precision\s?@.*|recall\s?@.*|hit[- ]?rate.*|normali[sz]ed cross[- ]?entropy|brier.*)$/;
// ("in order for online applications to efficiently scale while growing engagement with users": online services, no online metric)
const ONLINE_CTX =
  /\b(metrics?|online(?! (?:applications?|apps?|services?|platforms?|stores?|shops?|shopping|retail\w*|businesses|presence|communities|forums?|games?|marketplaces?|news|content|conversations?)\b)|a\/b|ab test|experiment\w*|kpis?|success|measur\w*|track\w*|monitor\w*|dashboards?|guardrails?|primary|secondary|north[- ]star|lift|uplift|treatment|control|significan\w*|compar\w*|holdout|held-?out|groups?|cohorts?|pilot|simulat\w*|replay)\b/;

const SUCCESS_MEASURED = /\b(?:success|impact|the (?:pilot|launch|rollout|experiment)) (?:is|will be|gets?) (?:measured|judged|tracked|read) (?:on|by|as|in|with|through)\b|\bsuccess (?:is|means|will be) (?=(?:[\w-]+ ){1,4}(?:per|rates?|ratios?|share|hours|minutes|days)\b)/;

/** Headings/labels that introduce business metrics ("Success metrics", "Online metrics", "KPIs"). */
/** A target on the model's own accuracy ("within $50 000 of the actual price", "95% accuracy", "RMSE below 3"). */
const MODEL_ACCURACY_TARGET = /^(?:the |our |an? )?(?:ml |trained )?models? (?:should|must|shall|will|needs? to|has to|is (?:expected|required) to)\b|\b(?:within [^.;]{1,30}? of the (?:actual|true|real|observed)\b|accura(?:cy|te)|(?:prediction |forecast |absolute |squared )?errors?|rmse|mae|mape|r2|r-squared|auc|f1|precision|recall|test set|held-?out)/;
/** Two events mapped to grades: "no click" -> 0, "clicked & stayed" -> 3. */
const LABEL_GRADES = /(?:->|→|=>)\s*[-+]?\d+\b[^;]{0,80}?,[^;]{0,80}?(?:->|→|=>)\s*[-+]?\d/;
const SUCCESS_CTX = /\b(success (?:metrics?|criteria|measures?)|online metrics?|business metrics?|kpis?|north[- ]star)\b/;

/**
 * A metric word used as an ordinary word: part of a compound ("zero-retention", "data-retention"),
 * or modifying another noun ("retention emails", "churn model", "sales team", "revenue data").
 */
/** "to ensure the model's accuracy and reliability": accuracy as a quality wished for, no metric measured. */
function accuracyAsQuality(s: string): boolean {
  return /\b(?:ensur|guarantee|maintain|preserv|keep)\w* (?:the |its |their |our |a )?(?:model'?s? |high |good )?accuracy\b|\baccuracy and (?:reliability|robustness|consistency|speed|efficiency|quality|fairness)\b/.test(s) && !/\b(?:metrics?|measur\w*|evaluat\w*)\b|\d\s*%|\b0?\.\d/.test(s);
}

export function metricWordUsedAsModifier(low: string, index: number, name: string): boolean {
  if (name === 'accuracy' && accuracyAsQuality(sentenceAt(low, index))) return true;
  if (low[index - 1] === '-' || low[index + name.length] === '-') return true;
  if (/\b(?:data|log|message|record|document|file|zero|key|cache|backup)\s$/.test(low.slice(Math.max(0, index - 10), index)) && /^retention/.test(name)) return true;
  // "selection and registration of best model", "model registration": a model put in a registry, not sign-ups
  // ("experiment tracking, and registration - Darts and MLflow": registration among MLOps steps)
  if (/^registrations?$/.test(name) && (/\b(?:model|mlflow|artifact)\s$/.test(low.slice(Math.max(0, index - 10), index)) || /\b(?:experiment tracking|tracking|training|versioning|mlflow|registry|deployment|model development)\b/.test(sentenceAt(low, index)) || /^\s(?:of|in|with) (?:the |a |an )?(?:best |new |final |trained |champion |selected |latest )?(?:models?|artifacts?|runs?|versions?)\b/.test(low.slice(index + name.length, index + name.length + 40)))) return true;
  // "black and white conversion", "format conversion", "unit conversion": a transformation, not a conversion rate
  if (/^conversions?$/.test(name) && /\b(?:black (?:and|&) white|gr[ae]y-?scale|colou?r(?:space)?|rgb|hsv|image|format|type|unit|currency|file|text|string|case|dtype|audio|video|pdf|html|markdown|speech[- ]to[- ]text|sample[- ]rate|resolution|model|onnx|tensorrt|tflite|tfjs|tensorflow\.?js|core ?ml|openvino|torchscript|precision|fp16|int8)\s$/.test(low.slice(Math.max(0, index - 24), index))) return true;
  // "during the conversion process the quality of our model would go down": the conversion of a model file
  if (/^conversions?$/.test(name) && /^\s(?:process|script|step|tool|utility|pipeline|code)\b/.test(low.slice(index + name.length, index + name.length + 12))) return true;
  // "the propensity to churn", "predict whether a customer will churn": the model's target, not a metric read online
  if (/^(?:churn|conversions?|purchases?|bookings?)$/.test(name) && /(?:\b(?:propensity|likelihood|probability|risk|chance|odds)s? (?:to|of) |\b(?:will|would) |\b(?:predict\w*|forecast\w*|classify\w*) (?:the |customer |user )?)$/.test(low.slice(Math.max(0, index - 30), index))) return true;
  // "compare predicted sales against real sales": the values the model forecasts, not a metric read online
  if (/^(?:sales|revenue|orders|bookings?|purchases?|conversions?)$/.test(name) && /\b(?:predicted|real|actual|true|observed|historical|past|forecasted|estimated)\s$/.test(low.slice(Math.max(0, index - 12), index))) return true;
  return /^\s(?:forecasts?|forecasting|history|histories|figures|volumes?|columns?|values?|records?|emails?|e-?mails?|messages?|campaigns?|offers?|coupons?|discounts?|teams?|programs?|programmes?|strateg\w*|polic\w*|periods?|windows?|days?|rules?|models?|predictions?|predictors?|risk|scores?|propensity|data|logs?|tables?|events?|labels?|calls?|flows?|journeys?|department|reps?|staff|ops|workflows?|pushes|notifications?|predictive|classifiers?|classification|detection|detectors?|analysis|analytics|estimation|estimators?)\b/.test(low.slice(index + name.length, index + name.length + 16));
}

/** Predictions compared with what happened ("actual churn rate vs predicted churn rate", "predicted vs observed CTR"). */
const PREDICTED_VS_ACTUAL = /\b(?:actual|observed|real(?:i[sz]ed)?|true)\b[^.;]{0,30}\b(?:vs\.?|versus|against|compared (?:to|with))\s+(?:the\s+)?(?:predicted|forecast(?:ed)?|expected|estimated)\b|\b(?:predicted|forecast(?:ed)?|estimated)\b[^.;]{0,30}\b(?:vs\.?|versus|against|compared (?:to|with))\s+(?:the\s+)?(?:actual|observed|real(?:i[sz]ed)?|true)\b/;

/** Sentences about the class balance of the training data, not about a business metric. */
const CLASS_BALANCE = /\b((?:at|with) (?:a |an )?(?:~|about |around |only )?\d+(?:\.\d+)?\s?% (?:[\w-]+ )?(?:prevalence|positive rate|positives)|smote|imbalanc\w*|oversampl\w*|undersampl\w*|down-?sampl\w*|up-?sampl\w*|re-?weight\w*|class weights?|positive class|minority class|base rate|class balance|training (?:set|data))\b/;

/**
 * A caption that introduces the live/business side of an evaluation ("Online:", "In the line
 * (online):", "Business (live):"), but not a serving or pipeline caption ("Online inference:").
 */
function onlineCaption(s: string): boolean {
  const c = s.replace(/[:\s]+$/, '');
  return (
    c.length > 0 &&
    c.length <= 40 &&
    (/\b(?:online|live|business|in production)\b/.test(c) || /^(?:in the )?field(?: (?:metrics?|evaluation|test|trial))?$/.test(c)) &&
    !/\b(?:offline|serving|inference|deploy\w*|pipelines?|features?|data|architecture|system|model|goals?|objectives?|context|problems?|requirements?|constraints?|stores?|updates?|learning|training)\b/.test(c)
  );
}

/**
 * A lead sentence that introduces a list of online metrics ("Our online metrics are more business
 * focused:", "The business KPIs we will track:"): its items are online metrics, whatever their names.
 */
const ONLINE_METRICS_LEAD = /\b(?:online|business|live|product) (?:success )?(?:metrics?|kpis?)\b[^.:?]{0,60}:\s*$/;
function onlineLead(s: string): boolean {
  return s.length <= 120 && ONLINE_METRICS_LEAD.test(s) && !/\boffline\b/.test(s) && !saysNo(s);
}

/** Words that make a phrase a measured quantity ("contacts per 1k parcels", "settlement cost"). */
const ONLINE_METRICS_HEADING = /^(?:\d+(?:\.\d+)*\.? )?(?:online|business|live|product)(?: (?:success|evaluation|business))? (?:metrics?|kpis?)$/;
const MEASURED_QUANTITY =
  /\b(?:rates?|ratios?|share|per|number of|counts?|time|minutes|hours|days|costs?|spend|volume|revenue|savings?|loss(?:es)?|lift|uplift|percentage|fraction)\b/;

/** "… with X as the primary metric", "the primary metric is X" (an experiment's decision metric). */
const PRIMARY_METRIC =
  /\b(?:as|is|was|be) (?:the |our )?(?:primary|main|headline|north[- ]star|decision|success) (?:online |business |success )?(?:metric|kpi|endpoint)\b|\b(?:primary|main|headline|north[- ]star|decision) (?:online |business )?(?:metric|kpi|endpoint) (?:is|was|will be|=|:)\s*[a-z"'*]/g;
const EXPERIMENT_WORD = /\b(?:a\/b|ab test\w*|experiment\w*|control|treatment|trial|pilot|launch\w*|rollout|ramp\w*|online)\b/;

/** A header row of metric names (one a named quality metric) over a row of numbers, in a code block. */
const METRIC_NAME = String.raw`(?:loss|p|r|f1|f-?score|precision|recall|acc(?:uracy)?|auc|roc[-_ ]?auc|pr[-_ ]?auc|mae|rmse|mse|mape|map|ndcg|mrr|iou|miou|bleu|rouge\w*)`;
const METRIC_HEADER = new RegExp(String.raw`^[ \t|]*${METRIC_NAME}(?:[ \t|,]+${METRIC_NAME})+[ \t|]*$`);
const QUALITY_METRIC = /\b(?:f1|f-?score|precision|recall|acc(?:uracy)?|auc|roc[-_ ]?auc|pr[-_ ]?auc|mae|rmse|mse|mape|ndcg|mrr|iou|miou|bleu|rouge\w*)\b/;
const NUMBER_ROW = /^[ \t|]*\d*\.\d+(?:[ \t|,]+\d*\.\d+)+[ \t|]*$/;
function metricTableInCode(low: string): boolean {
  const lines = low.split('\n', 200);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].length <= 200 && METRIC_HEADER.test(lines[i]) && QUALITY_METRIC.test(lines[i]) && NUMBER_ROW.test(lines[i + 1])) return true;
  }
  return false;
}

/** "a (relevant) business metric such as client complaints", "the business metric: bookings per visit". */
const BUSINESS_METRIC_NAMED = /\b(?:an?|the|one|our) (?:relevant |primary |main |key |north[- ]star )?business (?:metric|kpi)s? (?:such as|like|e\.g\.,?|:|=|is|will be|would be) ([a-z][\w -]{2,40})/;

/** A table column of the model's inputs. */
const FEATURE_COLUMN = /^(?:(?:input |model |candidate |engineered )?features?(?: (?:examples?|names?|columns?|groups?|\(column\)|set))?|(?:input )?(?:columns?|variables?|attributes?|signals?)(?: names?)?)$/;

const KPI_AFTER_LAUNCH =
  /\b(?:track|measur|monitor|compar)\w* (?:the |our )?(?:[\w-]+ ){0,3}?(?:rates?|counts?|volumes?|numbers?|shares?)\b[^.;]{0,30}?\b(?:following|after|post-?|since|before and after) (?:the )?(?:deployment|launch|implementation|rollout|roll-out|go-?live|release)\b/;

export function onlineMetricAt(u: Unit, doc: ParsedDoc): RegExpExecArray | undefined {
  const low = u.low;
  // "Online:" then "- WISMO contacts per 1k parcels": under a live/business caption in the
  // evaluation section, a measured quantity is the online metric, whatever its name
  if (inSection(u, 'evaluation') && (onlineCaption(u.label) || (u.kind !== 'para' && (onlineCaption(u.parentText) || onlineLead(u.parentText))))) {
    const v = valueOf(u);
    if (MEASURED_QUANTITY.test(v) && contentWords(v) >= 2 && !saysNo(v) && !/\?\s*$/.test(v)) return /.+/.exec(low) ?? undefined;
  }
  // "## Online metrics" / "- (Number of user complaints … for the last week) / (Total number of users …)": a
  // measured quantity listed under an online-metrics heading is one, whatever its name
  if (u.kind !== 'para' && u.mode === 'online' && inSection(u, 'evaluation') && ONLINE_METRICS_HEADING.test(headingOf(u, doc))) {
    const v = valueOf(u);
    if (MEASURED_QUANTITY.test(v) && contentWords(v) >= 3 && !saysNo(v) && !/\?\s*$/.test(v)) return /.+/.exec(low) ?? undefined;
  }
  // "| Write-off $ per 1,000 disputes | online | −15% vs control |": a table row that says it is
  // online in a cell of its own names an online metric in its first cell
  if (u.kind === 'row' && u.mode === 'online' && inSection(u, 'evaluation') && u.cells?.some((c) => /^online(?: metrics?)?$/i.test(c.trim()))) {
    const v = u.label;
    if (MEASURED_QUANTITY.test(v) && contentWords(v) >= 2 && !saysNo(v)) return /.+/.exec(low) ?? undefined;
  }
  // "we ran an A/B test … with qualified applications per active seeker as the primary metric"
  const pm = anyMatch(low, PRIMARY_METRIC, 'strong', (m) => {
    const s = sentenceAt(low, m.index);
    return EXPERIMENT_WORD.test(s) && !/\b(?:offline|held-?out|test set|validation set|backtest\w*)\b/.test(s) && contentWords(s) >= 5;
  });
  if (pm) return pm;
  // a measurable statement under "Success metrics" is the business metric, whatever its name
  // (not a model-accuracy target written there: "… predicts resale prices within $50 000 of the
  // actual price, more than 85% of the time", "90% accuracy on the test set", "Model should be able to get the
  // license plate object 90% of the time")
  if (ctxHas(u, doc, SUCCESS_CTX) && contentWords(low) >= 3 && (/\d|%|\brate\b|\bshare\b|\bper\b/.test(low)) && !(MODEL_ACCURACY_TARGET.test(low) && low.search(ONLINE_METRIC) < 0)) {
    return /.+/.exec(low) ?? undefined;
  }
  // "based on a relevant business metric such as client complaints", "the business metric: bookings per visit": the business metric named
  const bm = stated(low, BUSINESS_METRIC_NAMED);
  if (bm && contentWords(bm[1]) >= 1 && !/^(?:the |a |an )?(?:metrics?|kpis?|numbers?|ones?)\b/.test(bm[1])) return bm;
  // "Success is measured on time-to-approve per invoice from product analytics."
  const sm = SUCCESS_MEASURED.exec(low);
  if (sm && contentWords(low.slice(sm.index + sm[0].length)) >= 2 && !isNegated(low, sm.index, sm[0].length, 'strong')) return sm;
  // "online: A/B …; metric = % searches using a suggestion"
  if ((u.mode === 'online' || /\bonline\b/.test(u.label)) && /\bmetrics?\b\s*(?:=|:|is|are)\s*\S/.test(low) && contentWords(low) >= 3) {
    return /.+/.exec(low) ?? undefined;
  }
  // "Online: applies per member per week, recruiter response rate" in the evaluation section, or
  // right after its "Offline: …" line wherever the two stand
  if (/^online(?: metrics?| evaluation)?$/.test(u.label) && (inSection(u, 'evaluation') || /^offline\b/.test(doc.units[u.index - 1]?.label ?? '')) && contentWords(valueOf(u)) >= 3 && !valueNegated(u)) {
    return /.+/.exec(low) ?? undefined;
  }
  // … "Online: median time-to-first-response and …" as a sentence of a paragraph
  if (inSection(u, 'evaluation')) {
    const s = /(?:^|[.;]\s+)online(?: metrics?)?\s*[:—,-]\s*([^.;]+)/.exec(low);
    if (s && contentWords(s[1]) >= 3 && !saysNo(s[1])) return s;
  }
  // "Post-Implementation Monitoring: Track readmission rates following deployment to assess changes": a domain rate
  // read once the system is live (not the model's accuracy or the service's latency)
  const kpi = KPI_AFTER_LAUNCH.exec(low);
  if (kpi && !/\b(?:accuracy|precision|recall|auc|f1|errors?|latency|loss|drift|uptime|cpu|memory|false|true|model)\b/.test(kpi[0]) && !isNegated(low, kpi.index, kpi[0].length, 'strong')) return kpi;
  // "Offline: PR-AUC, share of fraud dollars caught" is the offline list, whatever words it uses
  if (/^offline\b/.test(u.label)) return undefined;
  // a row of a features table ("| Feature (column) | Source / logic | …": "customer_seller_same_state |
  // … | geography at purchase", "time spent daily ($F_7$)"): an input of the model, not a metric read
  if (u.kind === 'row' && u.parentText.split(' | ').slice(0, 2).some((c) => FEATURE_COLUMN.test(c.trim()))) return undefined;
  // a row of "### Benchmark results" ("| Skip rate | 0% | 56% |": the share of articles a cascade skips): an offline run's figures
  if (u.kind === 'row' && /\bbenchmark/.test(headingOf(u, doc)) && !/\b(?:online|live|a\/b|production|users?)\b/.test(headingOf(u, doc))) return undefined;
  ONLINE_METRIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = ONLINE_METRIC.exec(low)) !== null && guard++ < 30) {
    if (isNegated(low, m.index, m[1].length, 'strong')) continue;
    // "directly impacting potential conversion metrics": a metric the change might move, none read
    if (/\b(?:potential(?:ly)?|possible|hypothetical|eventual) (?:[\w-]+ )?$/.test(low.slice(Math.max(0, m.index - 30), m.index)) && /^\s*(?:metrics?|kpis?|numbers?|gains?|uplift|lift|impact)\b/.test(low.slice(m.index + m[1].length, m.index + m[1].length + 12))) continue;
    // "we focus on ML metrics instead of revenue metrics or CTR": named to be set aside
    if (/\b(?:instead of|rather than)\s+(?:[\w-]+,?\s+){0,4}$/.test(low.slice(Math.max(0, m.index - 50), m.index))) continue;
    const s = sentenceAt(low, m.index);
    // "only ~4% churn, so we use SMOTE on the training set" is the class balance of the data
    if (!/rate|per|lift/.test(m[1]) && CLASS_BALANCE.test(s)) continue;
    if (metricWordUsedAsModifier(low, m.index, m[1])) continue;
    // "a growing challenge … due to the prevalence of toxic, abusive, or otherwise harmful comments": how common the problem is, not a metric read
    if (/^prevalence$/.test(m[1]) && /\b(?:due to|because of|given|with|amid) the (?:high |growing |increasing |rising |widespread )?$/.test(low.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Monitor actual churn rate vs predicted churn rate (calibration tracking)": the model's predictions
    // checked against outcomes, a model-quality check, not a business metric moved by the model
    if (PREDICTED_VS_ACTUAL.test(s)) continue;
    // "nodes generated on irrelevant topics waste users' time": the verb, not food or stock waste
    if (m[1] === 'waste' && /^\s(?:(?:users?|people|customers?|readers?)['’]?s?|time|the|our|their|your|his|her|its|resources|money|compute|effort|space|a lot)\b/.test(low.slice(m.index + 5, m.index + 20))) continue;
    // "(online) user engagement: "no click" -> 0, "clicked & stayed 10 sec" -> 3": events mapped to
    // label grades, where the training data comes from, not a metric read in an experiment
    if (LABEL_GRADES.test(s) && !inSection(u, 'evaluation')) continue;
    // "the online service for the prediction of customer who will … Churn": what the model predicts, not a metric read
    if (!/rate|per|lift|%/.test(m[1]) && /\b(?:predict\w*|detect\w*|classif\w*|identif\w*)\b[^.;]{0,40}\b(?:who|which|whether|if) (?:[\w-]+ ){0,6}$/.test(low.slice(Math.max(0, m.index - 90), m.index)) && !/^\s*(?:rates?|per|lift|%)/.test(low.slice(m.index + m[1].length))) continue;
    const ctx =
      inSection(u, 'evaluation') || u.mode === 'online' || ctxHas(u, doc, /\b(metrics?|online|a\/b|experiment\w*|kpis?|success|measur\w*)\b/) || ONLINE_CTX.test(s) ||
      // "The Grafana dashboard tracks:" then "- Feedback Approval Rate – percentage of positive feedback": users' verdicts watched live
      // (not "- Overall churn rate" on an analytics dashboard: the data described)
      (u.kind === 'item' && (/thumbs|feedback/.test(m[1]) || /\b(?:user |users'? )?feedback\b/.test(s)) && ctxHas(u, doc, /\b(?:dashboards?|grafana|kibana|looker|tracks|tracked|monitor(?:s|ed|ing)?)\b/));
    if (!ctx) continue;
    OFFLINE_METRIC.lastIndex = 0;
    ONLINE_METRIC.lastIndex = 0;
    return m;
  }
  ONLINE_METRIC.lastIndex = 0;
  return undefined;
}

const AB =
  /\b(a\/b(?:[- ]?test\w*|[- ]experiment\w*)?|ab[- ]test\w*|ab(?= (?:\d+ ?(?:wks?|weeks?|d|days?)\b|\d{1,2}\/\d{1,2}\b))|(?<!\bpre-?)split[- ]test\w*\b(?! (?:and|&|\/) | (?:data|sets?|size|ratio)\b)|bucket test\w*|online (?:experiment\w*|test(?:s|ing)?|controlled experiment\w*|evaluation)|controlled experiment\w*|randomi[sz]ed (?:controlled )?(?:experiment|trial|test)s?|control (?:group|arm|and treatment|vs\.? treatment|bucket|cohort)|treatment (?:group|arm|bucket|cohort)|holdout group|interleav\w*(?![- ](?:artists?|brands?|sellers?|categories|authors?|tie-?breakers?)\b)|multi-?armed bandits?|bandits?|traffic split|experiment(?:ation)? platform|experiment\w*|(?:randomly|random(?:ly)?) (?:keep|hold|assign|split|allocat|bucket)\w*|held-?out group|holdout (?:group|experiment|test(?!s? (?:sets?|data|splits?|partitions?|samples?)\b)|cohort|set of (?:users|customers|stores|members))|champion[/ -]challenger|randomi[sz]e[sd]? (?:by|at|per|across|over) (?:the )?[\w-]+|\d(?<![a-z0-9.]\d)\d* ?% of (?:the )?(?:applications|users|traffic|sessions|requests|customers|orders|members|stores|accounts|queries) (?:are |is )?(?:decided|served|routed|assigned|get|gets|see|sees|go|goes|scored)|run a holdout|matched control|control (?:stores|markets|regions|cities|users|customers|members)|pilot (?:in|with|on) (?:\d+|a few|some)|units? of randomi[sz]ation|randomi[sz]ation units?|randomi[sz]ed (?:\d+ ?: ?\d+ )?(?:in)?to (?:the )?(?:[\w-]+ ){0,2}\(?(?:treatment|control|arms?|groups?|variants?))\b/g;
const AB_DETAIL =
  /(\d|%|percent|\busers?\b|\bsessions?\b|\brequests?\b|\bqueries\b|\bcookies?\b|\bdevices?\b|\baccounts?\b|\bmerchants?\b|\bregions?\b|\bmarkets?\b|\bcities\b|\bstores?\b|\btraffic\b|\bsplit\b|\bcontrol\b|\btreatment\b|\bagainst\b|\bvs\.?\b|\bversus\b|\bcompar\w*|\bbaseline\b|current (?:model|system|production|ranker)|\bexisting\b|\bold model\b|\bnew model\b|\bproduction\b|\bmetrics?\b|\bctr\b|\bconversion|\brevenue|\bengagement|\bwatch time|\bsignifican\w*|p-?value|confidence|\bpower\b|\bduration\b|\bweeks?\b|\bdays?\b|\bmeasure\w*|\bsuccess\b|\bship\w*|\blaunch\w*|\bramp\w*|\bguardrail|\bhypothes\w*|\bmde\b|\brandomi[sz]\w*|\bbucket\w*|\bholdout|\bcohorts?\b|\bwinner\b|\blift\b)/;

/** The A/B test ruled out before ("no A/B test", "we won't run a randomized A/B test"). */
const AB_RULED_OUT = /\b(?:no|without|skip|nothing to|(?:won'?t|will not|don'?t|do not|cannot|can'?t|not|never) (?:run|do|use|need|have|afford|ran|did))\s+(?:an? |any |the )?(?:randomi[sz]ed |online |proper |real |classic |user-level |traditional )?(?:a\/b|ab[- ]test|controlled experiment|online experiment)/;

const AB_SPLIT =
  /\b(?:[\w-]+[- ]level randomi[sz]ation|randomi[sz]ation (?:by|at|per|across) (?:the )?[\w-]+|(?:switch|move|put|assign|route|give) (?:half|a third|a quarter|\d+ ?%) (?:of )?(?:the |our )?[\w-]+)/g;

/** After "A/B": " comparison of the two camera settings", " of the results layout" — two of something else. */
const AB_OF_OTHER =
  /^(?:[- ]?(?:test(?:s|ing)?|comparisons?|experiments?))? (?:of|between|on) (?:the |our |their |its )?(?:two |\d |both )?(?:[\w-]+ ){0,2}(?:settings?|layouts?|designs?|forms?|colou?rs?|configurations?|cameras?|lenses|lens|templates?|copy|copies|subject lines?|buttons?|drones?|vendors?|contractors?|shutter speeds?|exposures?|questionnaires?|landing pages?|banners?|fonts?|page|pages|ui|screens?|flows?|emails?|e-mails?|notifications? (?:copy|text|wording)|onboarding|sign-?up|checkout|pricing page)\b/;
/** Where the sentence holding `i` ends (after its terminator). */
function sentenceEndAfter(low: string, i: number): number {
  const s = sentenceAt(low, i);
  const at = low.indexOf(s, Math.max(0, i - s.length));
  return at < 0 ? i + 3 : at + s.length;
}
/** Words of an experiment's design: a split, a share, a duration, a metric. */
const AB_DESIGN = /\b(?:split|\d+ ?%|\d{1,2}\/\d{1,2}\b|\d+ (?:weeks?|days?)|primary metric|randomi[sz]\w*|control group|treatment group|power|significan\w*|mde)\b/;
const MODEL_WORDS = /\b(?:models?|rankers?|classifiers?|algorithms?|predictions?|recommendations?)\b/;

/** Checks run on the code, beside which "coverage" is the tests' ("unit/integration/coverage/lint", "pytest-cov"). */
const CODE_CHECKS = /\b(?:pytest|unit[- ]?tests?|integration tests?|unit\/integration|lint(?:ing|ers?)?|flake8|ruff|mypy|run_tests|pytest-cov|codecov|coveralls|test suites?)\b/;

const SOFTWARE_TESTS = /\b(?:pytest|unit[- ]?tests?|integration tests?|smoke tests?|end-to-end tests?|test (?:suites?|masks?|markers?|cases?|files?|runner)|tests? (?:the )?(?:infrastructure|infra|code(?:base)?|api|endpoints?|deployment|lambda|functions?)|make test|npm test|tox|ci pipeline|github actions|mocks?)\b/;

/** Predictions set against what really happened ("predicted as fraud versus whether they actually were fraud"): a comparison with the truth, not between variants. */
const AGAINST_TRUTH = /\b(?:vs\.?|versus|against|compar\w* (?:with|to|against)) (?:whether (?:they|it) (?:actually |really )?(?:were|was|are|is)\b|(?:the )?(?:actual|true|real|ground[- ]truth|observed)\b|(?:the )?(?:outcomes?|labels?)\b)|\bcompar\w* (?:them|it|this|these|those|(?:the|their|user|users'?) (?:ratings?|feedback|behaviou?r|clicks|watch[\w-]*)) (?:with|to|against) (?:what )?(?:our|the) (?:recommendations?|predictions?|forecasts?|outputs?|suggestions?)\b/g;
const ONLINE_EVAL_DESIGN = /\b(?:control|treatment|split|traffic|random\w*(?! samples?\b)|cohorts?|variants?|arms?|compar\w*|vs\.?|versus|against|baseline|old model|current model|new model|buckets?|\d+ ?%|significan\w*|power\w*|duration|weeks?|days?)\b/;

/** What a tool can do, said before the test it offers ("Supports canarying new versions and A/B testing experimental models"). */
const AB_CAPABILITY = /\b(?:supports?|supporting|enables?|enabling|allows?|allowing|lets (?:you|users|teams)|capable of|facilitates?|makes? it (?:easy|easier|simple|possible) to)\s+(?:[\w/-]+,?\s+){0,4}$/;

/** From `i` to the end of its sentence, read past semicolons ("supports A/B testing; the new ranker gets 5% of traffic"). */
function toFullStop(low: string, i: number): string {
  const end = low.slice(i).search(/[.!?](?:\s|$)/);
  return end < 0 ? low.slice(i) : low.slice(i, i + end);
}

/** Words that only entertain a test ("consideration of", "a possibility of conducting"). */
const AB_ENTERTAINED = /\b(?:consideration of|consider(?:ing)?|possibility of|possibly|perhaps|maybe|potentially|(?:i|we) (?:would|could|might) (?:suggest|recommend|propose))\s+(?:[\w-]+\s+){0,2}$/;

/** A value that describes a file of a repository ("notebook to run …", "scripts for …", "folder with …"). */
const REPO_ENTRY = /^(?:an? |the )?(?:jupyter |python |ipython )?(?:notebooks?|scripts?|folders?|director(?:y|ies)|files?|modules?|sub-?folders?)\b/;

/** What an "Experiment:" setting of a training script says of itself ("the type of training experiment …; choices are …"). */
const EXPERIMENT_SETTING = /\b(?:choices are|can be set to|(?:must|should) be (?:one|any) of|(?:the )?(?:type|kind|name) of (?:the )?(?:training |offline )?experiment|if executing|defaults? to)\b|\b(?:training|hparam|hyper-?parameter|cross[-_ ]validation|offline) experiments?\b/;
/** A label's value that defines its term ("A/B testing: compares the performance of two versions …", "… refers to …"). */
/** A held-out stretch of past data: "out-of-time", a date range, a backtest. */
const OFFLINE_HOLDOUT = /\b(?:roc[- ]?auc|auroc|auc|pr[- ]?auc|auprc|f1|log[- ]?loss|rmse|mae|mape|ndcg\S*|brier)\b[^.;]{0,12}\bon (?:the |a |our )?(?:held[- ]?out|holdout) (?:cohort|test|set|data)|\bout[- ]of[- ](?:time|sample)\b|\btemporal (?:evaluation|validation|back-?test\w*)\b|\bsplit (?:each |every |the |our )?(?:[\w-]+ )?(?:in)?to (?:two |2 |three |3 |k )?(?:time-based |temporal |random |disjoint )?(?:subsets|halves|parts|folds|splits)\b|\bback-?test\w*|\b(?:19|20)\d\d-\d\d(?:-\d\d)? (?:to|through|until|–|-) (?:19|20)\d\d-\d\d\b/;
/** What a planned test says and a definition does not: numbers, the unit split, arms, a duration, a metric. */
const DEFINITION_DETAIL = /\d|%|\bpercent|\b(?:users?|sessions?|traffic|split|control|treatment|weeks?|days?|randomi[sz]\w*|bucket\w*|holdout|ctr|conversion|revenue|our|we)\b/;
const TERM_DEFINED = /^\s*(?:compares|is (?:a|an|the) (?:method|way|technique|process|practice|type|form|kind|experiment(?:al)? (?:method|technique|design))|refers? to|means|is (?:when|where) |describes)\b/;

const ALLOWS_LATER = /\b(?:can|could|may|might) (?:later |easily |also |then |eventually )?be [\w-]+ (?:[\w-]+ )?(?:for|to (?:allow|enable|support|permit)|so that)\b[^.;]*$/;

function abTestPlan(u: Unit, doc: ParsedDoc): boolean {
  if (u.label && /^(?:a\/b(?: test(?:ing)?)?(?: plan)?|ab test(?:ing)?|online (?:test(?:ing)?|experiments?|evaluation)|experiment(?:ation)?(?: plan)?)$/.test(u.label)) {
    // "experiment: notebook to run and evaluate experiments": a repository layout names a file, not a plan
    if (/^(?:experiments?)$/.test(u.label) && REPO_ENTRY.test(valueOf(u).trim())) return false;
    // "EXPERIMENT: The type of training experiment you would like to perform … Choices are 'train_single', …": a
    // setting of the training script, not an online test
    if (/^(?:experiments?)$/.test(u.label) && EXPERIMENT_SETTING.test(valueOf(u)) && !AB_DETAIL.test(u.low)) return false;
    // "> A/B testing: compares the performance of two versions of content to see which one appeals more": the term defined, no test planned
    if (TERM_DEFINED.test(valueOf(u)) && !DEFINITION_DETAIL.test(valueOf(u)) && !MODEL_WORDS.test(valueOf(u))) return false;
    return contentWords(valueOf(u)) >= 3 && !valueNegated(u);
  }
  // "A/B:" then "- unit = campaign; spend split 50/50 into ctrl / treat arms": a line of the plan the caption names
  if (u.kind === 'item' && /^(?:a\/b(?: test(?:ing)?)?(?: plan)?|ab test(?:ing)?|online (?:test(?:ing)?|experiments?)|experiment(?:ation)?(?: plan| design)?)\s*:?$/.test(u.parentText.trim()) && AB_DETAIL.test(u.low) && contentWords(u.low) >= 4 && !valueNegated(u)) return true;
  // "switch half the stores for 2 weeks with store-level randomization and compare X"
  const sw = findAffirmed(u.low, AB_SPLIT, 'any');
  if (sw && /\b(?:compar\w*|against|vs\.?|versus|control|randomi[sz]\w*)\b/.test(sentenceAt(u.low, sw.index))) return true;
  let m = findAffirmed(u.low, AB, 'any');
  if (!m) return false;
  // "enables users to experiment with different responses", "time to train the algorithm and experiment with different
  // camera setups": the verb, someone trying things out, not an experiment run
  if (m[0] === 'experiment' && /^experiment (?:with|on|by|freely|around)\b/.test(u.low.slice(m.index, m.index + 24)) && (/\b(?:to|can|could|may|might|users?|you|we|i|they)\s+$/.test(u.low.slice(Math.max(0, m.index - 8), m.index)) || /\bto (?:[\w-]+ ){1,4}(?:and|or) $/.test(u.low.slice(Math.max(0, m.index - 50), m.index)))) {
    const from = m.index + m[0].length;
    const next = findAffirmed(u.low.slice(from), AB, 'any');
    if (!next) return false;
    next.index += from;
    m = next;
  }
  // "Templates can be externalized for fine-tuning or A/B testing": what the design would allow, no test planned
  if (ALLOWS_LATER.test(u.low.slice(Math.max(0, m.index - 80), m.index)) && !findAffirmed(u.low.slice(sentenceEndAfter(u.low, m.index)), AB, 'any')) return false;
  // "evaluates ranking policies using logged bandit data": off-policy evaluation on logs, offline
  if (/^bandits?$/.test(m[0]) && (/\blogged\s+$/.test(u.low.slice(Math.max(0, m.index - 8), m.index)) || /^\s(?:data|feedback|logs?|datasets?)\b/.test(u.low.slice(m.index + m[0].length, m.index + m[0].length + 12)))) {
    const from = m.index + m[0].length;
    const next = findAffirmed(u.low.slice(from), AB, 'any');
    if (!next) return false;
    next.index += from;
    m = next;
  }
  // "For the online evaluation, we have built a monitoring dashboard …": online evaluation with no
  // comparison, split or control is watching, not an experiment
  if (m[0] === 'online evaluation' && !ONLINE_EVAL_DESIGN.test(u.low.replace(AGAINST_TRUTH, ' ')) && !findAffirmed(u.low.slice(m.index + m[0].length), AB, 'any')) return false;
  // "channels A/B disagree", "Option A/B/C": two things named A and B, not an experiment;
  // 'Note on "A/B": UX compared two overlay designs': the term quoted is being named, not planned
  const quoted = /["“'‘]$/.test(u.low.slice(Math.max(0, m.index - 1), m.index)) && /^["”'’]/.test(u.low.slice(m.index + 3));
  // "an A/B comparison of the two camera settings": two settings of something else, not two models
  const abSentence = sentenceAt(u.low, m.index);
  // ("an A/B test on the checkout page: 50/50 split by visitor, 3 weeks" designs a real experiment)
  const ofOther = /^a\/b/.test(m[0]) && AB_OF_OTHER.test(u.low.slice(m.index + 3, m.index + 90)) && !MODEL_WORDS.test(abSentence) && !AB_DESIGN.test(abSentence);
  if (ofOther || (m[0] === 'a/b' && (quoted || /^\/[a-z]\b/.test(u.low.slice(m.index + 3)) || /^["'”’]?\s*(?:layouts?|variants?|versions?|designs?|forms?|templates?|onboarding|flows?|screens?|funnels?|tags?|labels?|colou?rs?|styles?|formats?|shelves|sides?|rooms?|buildings?|shifts?|teams?|pillars?|partitions?|slots?|revisions?|kits?|boards?|firmware)\b/.test(u.low.slice(m.index + 3)) || /\b(?:channels?|sensors?|options?|plans?|sides?|ports?|slots?|columns?|lanes?|phases?|types?|parts?|variants? [a-z]\b|scenarios?|cases?|paths?|tracks?|feeds?|cameras?|mics?|microphones?|kits?|revisions?|boards?|firmware|partitions?)\s+$/.test(u.low.slice(Math.max(0, m.index - 16), m.index))))) {
    // (an A/B of something else speaks of that test to its sentence's end: "variant A … variant B")
    const from = ofOther ? sentenceEndAfter(u.low, m.index) : m.index + 3;
    let again = findAffirmed(u.low.slice(from), AB, 'any');
    // "… that's their experiment, not ours": the same test named again
    if (again && ofOther && /^experiment/.test(again[0]) && /\b(?:their|that|this|its|the same)\s+$/.test(u.low.slice(Math.max(0, from + again.index - 12), from + again.index))) {
      again = findAffirmed(u.low.slice(from + again.index + again[0].length), AB, 'any');
    }
    if (!again) return false;
  }
  // "Holdout test: 2025-07 to 2025-12 (6 months out-of-time)": a held-out period of past data, scored offline
  if (/^(?:held|holdout)/.test(m[0]) && OFFLINE_HOLDOUT.test(sentenceAt(u.low, m.index)) && !findAffirmed(u.low.slice(sentenceEndAfter(u.low, m.index)), AB, 'any')) return false;
  // "Consideration of A/B testing options", "there is a possibility of conducting an A/B test": a test
  // entertained, with nothing of its design
  if (/^(?:a\/b|ab[- ]test)/.test(m[0]) && (AB_ENTERTAINED.test(u.low.slice(Math.max(0, m.index - 40), m.index)) || /^(?:[- ]?test(?:ing|s)?)? options\b/.test(u.low.slice(m.index + 3))) && !AB_DETAIL.test(sentenceAt(u.low, m.index))) return false;
  // "Supports canarying new versions and A/B testing experimental models": a tool's feature, not a test planned
  if (/^(?:a\/b|ab[- ]test|online (?:experiment|test)|experiment|bandit|interleav|multi-?armed)/.test(m[0]) && AB_CAPABILITY.test(u.low.slice(Math.max(0, m.index - 60), m.index)) && !AB_DETAIL.test(toFullStop(u.low, m.index)) && !findAffirmed(u.low.slice(sentenceEndAfter(u.low, m.index)), AB, 'any')) return false;
  // "offline measures … give very different results compared to live metrics such as A/B testing":
  // the test named as an example of a kind of measure, with nothing of its design
  if (/^(?:a\/b|ab[- ]test)/.test(m[0]) && /\b(?:such as|e\.g\.,?|like|including|for example|for instance)\s+(?:[\w/-]+,?\s+){0,4}$/.test(u.low.slice(Math.max(0, m.index - 50), m.index)) && !AB_DETAIL.test(u.low.slice(m.index, sentenceEndAfter(u.low, m.index)))) return false;
  // "I would skip the A/B test for v1.": ruled out in its sentence, and not planned after it
  if (/^(?:a\/b|ab[- ]test|experiment)/.test(m[0])) {
    const s = sentenceAt(u.low, m.index);
    if (AB_RULED_OUT.test(s) && !findAffirmed(u.low.slice(u.low.indexOf(s) + s.length), AB, 'any')) return false;
  }
  // "A/B testing is awkward here — you can't show two countdowns on one sign": ruled out, not planned
  if (/^(?:a\/b|ab[- ]test)/.test(m[0]) && /^(?:[- ]?test(?:ing|s)?)?\s+(?:is|are|would be|will be|seems?)\s+(?:\w+ )?(?:awkward|hard|difficult|tricky|impossible|not possible|not feasible|infeasible|impractical|not practical)\b/.test(u.low.slice(m.index + m[0].length))) return false;
  // "We won't run a randomized A/B test. Leaving a control group on the old rules means …": once
  // the test is ruled out, a control group or experiment later in the text explains why
  if (/^(?:control|treatment|experiment|held|holdout)/.test(m[0]) && AB_RULED_OUT.test(u.low.slice(0, m.index))) return false;
  // "Pilot with 10 coders for 6 weeks (the before/after comparison)": no control group, so no A/B test
  if (/^pilot/.test(m[0]) && /\b(?:before[/ -](?:and[- ])?after|pre[/ -](?:and[- ])?post)\b/.test(sentenceAt(u.low, m.index)) && !/\b(?:control|random\w*|holdout|held[- ]out|matched)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "Exploration/exploitation: multi-armed bandit …" serves recommendations, it tests no model
  if (/^(?:multi-?armed bandits?|bandits?)$/.test(m[0]) && /\bexplor\w*/.test(sentenceAt(u.low, m.index) + ' ' + u.parentText + ' ' + headingOf(u, doc))) return false;
  // "works in a lab that conducts experimental research using new treatments": the adjective, no experiment planned
  if (/^experimental$/.test(m[0]) && !/^ (?:groups?|arms?|conditions?|cohorts?|buckets?|variants?)\b/.test(u.low.slice(m.index + m[0].length)) && !findAffirmed(u.low.slice(m.index + m[0].length), AB, 'any')) return false;
  // "`online` tests (run with `pytest -m online`) test the infrastructure": a software test suite, not an experiment
  if (/^online test/.test(m[0]) && SOFTWARE_TESTS.test(abSentence) && !findAffirmed(u.low.slice(sentenceEndAfter(u.low, m.index)), AB, 'any')) return false;
  // "Version control with Git and experiment tracking with MLflow": training runs logged, not an online experiment
  if (m[0].startsWith('experiment') && /^[- ]?(?:tracking|trackers?|management|logging|logs?|registry|metadata)\b/.test(u.low.slice(m.index + m[0].length, m.index + m[0].length + 14)) && !findAffirmed(u.low.slice(m.index + m[0].length), AB, 'any')) return false;
  // ("a thorough experiment on train split aggregation": a data split tried offline, not traffic split between arms;
  // "the time was split between cloud setup, experiment plumbing, …": the team's time)
  if (m[0].startsWith('experiment') && !/\b(online|a\/b|(?<!\b(?:source|version|access|quality|flow) )control(?:led)?\b|(?<!\b(?:source|version|access|quality|flow) )controls\b|treatment|users?|traffic|(?=split)(?<!\b(?:train(?:ing)?|test|validation|val|data|dev|random) |\b(?:time|effort|work|budget|hours|days|weeks) (?:was |is |got |gets |were |are )?)split(?! aggregation)|random(?! ?(?:split|forest|seed|search|crop))\w*)/.test(sentenceAt(u.low, m.index))) return false;
  // "Online evaluation in canary: 10% of simulated requests …": a staged rollout, with no control to compare against
  if (/^online/.test(m[0]) && /\b(?:canary|shadow|simulat\w*|synthetic|artificial)\b/.test(sentenceAt(u.low, m.index)) && !/\b(?:control|compar\w*|against|vs\.?|versus|treatment|baseline|current model|old model)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "we will experiment with model-level optimizations like quantization": trying settings offline, not an online experiment
  if (m[0].startsWith('experiment') && /^\s*(?:with|on) (?:different |various |several |multiple |a few |some )?(?:[\w-]+ ){0,2}(?:optimi[sz]ations?|techniques|settings|hyper-?parameters|parameters|architectures|configurations|approaches|backends?|precisions?|quantization|batch sizes?|values|combinations|thresholds|learning rates?)\b/.test(u.low.slice(m.index + m[0].length, m.index + m[0].length + 60))) return false;
  // "we have run a series of user experience experiments" (usability tests of the UI) compare no models
  if (m[0].startsWith('experiment') && /\b(?:user experience|ux|usability|user research|user interviews?) $/.test(u.low.slice(Math.max(0, m.index - 20), m.index))) return false;
  // "splitting the drugs experiments in two groups (control and vehicle)": the lab experiments the data records
  if (m[0].startsWith('experiment') && /\b(?:drugs?|lab(?:oratory)?|wet[- ]lab|chemical|chemistry|biological|biology|cell(?:ular)?|assay|physics|scientific|clinical) $/.test(u.low.slice(Math.max(0, m.index - 20), m.index)) && !findAffirmed(u.low.slice(m.index + m[0].length), AB, 'any')) return false;
  // "we restructure our search problem as a multi-armed bandit problem": the recommender's algorithm, not an experiment
  if (/^(?:multi-?armed bandits?|bandits?)$/.test(m[0]) && /^\s*(?:problem|algorithm|approach|formulation|model|policy|setting|framework)\b/.test(u.low.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false;
  // "Random split 80/10/10 by user" divides the data for training, it randomises no experiment
  if (/^random/.test(m[0])) {
    const s = sentenceAt(u.low, m.index);
    if (!/\b(traffic|control|treatment|a\/b|online|arms?|experiment\w*|buckets?|cohorts?)\b/.test(s) && (/\d+\s*\/\s*\d+\s*\/\s*\d+|\b(?:train\w*|test set|validation|val|dev set|folds?|leak\w*|optimistic)\b/.test(s) || inSection(u, 'data'))) return false;
  }
  const text = subtreeLow(doc, u);
  const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  return AB_DETAIL.test(rest) || contentWords(rest) >= 5;
}

const GUARDRAIL =
  /\b(guard-?rails?(?: metrics?)?|at (?:equal|the same|unchanged|no (?:higher|worse)) or (?:lower|better|less|higher|smaller) (?:total )?[a-z-]+ (?:[a-z-]+ )?(?:cost|rate|time|spend|latency|complaints|returns)s?\b|safe-?guard metrics?|(?:if|when) [^.;]{2,60}?\b(?:grow\w*|rises?|rising|goes up|increas\w*|spikes?|jumps?)\b[^.;]{0,20}?(?:[-—–:,] ?|then )(?:we )?(?:stop|halt|abort|pause|roll ?back)\w* (?:the )?(?:test|experiment|rollout|ramp)|(?:stop|halt|abort|pause)\w* (?:the (?:test|experiment|rollout|ramp) )?(?:early )?(?:if|when) [^.;]{2,60}?\b(?:exceeds?|rises?|goes up|increases?|drops?|falls?|worsens?|is worse|degrades?)\b|(?:check|verify|ensure|make sure|confirm) (?:that )?(?:the )?[\w -]{2,40}? (?:does|do|did)(?: ?not|n'?t) (?:increase|go up|get worse|regress|drop|decrease|degrade|rise)|counter[- ]?metrics?|counter-?balanc\w*(?= ?(?:metrics?)?\s*:)|health metrics|do[- ]no[- ]harm|(?:so|to make sure|to ensure)(?: that)? we (?:do not|don'?t|won'?t) make (?:things|it|anything|matters) worse|(?:must|should|has to|have to|needs? to) (?:stay|remain) (?:at or )?(?:≥|>=|>|≤|<=|<|above|below|under|over|at least|at most) [~≈]?\d|must not (?:regress|drop|decrease|increase|degrade|hurt|get worse|exceed|go up|go down)|(?:should|must|can)(?: ?not|n'?t) (?:regress|degrade|hurt|get worse|drop|increase)|without (?:hurting|harming|degrading|increasing|decreasing|reducing|regressing|sacrificing|tanking)|maintain(?:s|ed|ing)? or (?:reduc|lower|improv|decreas|cut)\w* (?:the )?[a-z-]+(?: [a-z-]+)? (?:rates?|costs?|times?|latency|complaints|returns|losses)\b|keep(?:s|ing)? (?:the )?[a-z-]+(?: [a-z-]+)? (?:rates?|costs?|latency|complaints|losses) (?:flat|stable|unchanged|steady|constant)\b|(?:no|without (?:a |any )?)(?:significant |stat\w* significant )?(?:regression|drop|increase|degradation|decrease|rise|uptick|jump) (?:in|of)|hide rate|report rate|unsubscribe rate|unsub rate|(?:also )?(?:watch|track|monitor)(?:ing)? (?:the )?[\w-]+(?: [\w-]+)? rates? (?:in|during) the (?:test|experiment|a\/b)|negative feedback(?! loops?)|complaints?|valid appeals|appeal rate|false positive rate|fpr|false declines?|false decline rate|customer friction|(?<!\b(?:integration|engineering|development|onboarding|deployment|migration|organi[sz]ational|process|team|tooling|developer) )friction|dislikes?|skip rate|bounce rate|block rate|opt-?out rate|not (?:exceed|regress|falling|dropping|decreasing|declining)|(?:is|are|stays?|remains?) (?:the same|unchanged|flat|stable) or (?:better|higher|improv\w*|not (?:falling|dropping|decreasing|declining|worse))|(?:latency|p9\d(?: latency)?|error rates?|costs?|churn|complaints?|retention|revenue|engagement|bounce rate|unsubscribes?)(?: [a-z]+){0,1} (?:will|should|must|does|do|may)(?: ?not|n'?t) (?:increase|rise|go up|regress|drop|decrease|degrade|get worse|fall|suffer))\b/g;

/** False positives held under a stated cap: "False Positives: Must be < 0.1%", "the false positive rate must stay below 1%". */
const FALSE_POSITIVES_CAPPED =
  /\bfalse[- ]positives?(?: rates?)?\b[\s*_:]*(?:(?:is|are) )?(?:must|should|shall|has to|have to|needs? to) (?:be |stay |remain |not exceed )(?:kept )?(?:<|≤|<=|below|under|less than|at most|no more than|lower than)\s*~?\d/;
const FALSE_ALARM = /\b(?:false|wasted|unnecessary|needless|spurious|bogus|unneeded) (?:alerts?|alarms?|pages?|paging|visits?|trips?|dispatch(?:es)?|wakes?|call-?outs?|truck rolls?)\b/;
const ALARM_CAP = /(?:≤|<=|<|\b(?:under|below|at most|no more than|more than|fewer than|tolerate|cap\w*|stay\w*|budget|limit\w*|max(?:imum)?)\b)[^.;]{0,40}\d|\d[^.;]{0,40}\b(?:per|a|an|each) (?:hour|day|week|month|shift|night|year)\b/;

/** Words that are guardrails by themselves, vs metric names that need a metric context. */
const GUARDRAIL_INHERENT = /^(guard|safe-?guard|counter|health metrics|do[- ]no|must|should|can|without|no |not |check|verify|ensure|make sure|confirm|stop|halt|abort|pause)/;
const GUARDRAIL_CTX = /\b(metrics?|guardrails?|must not|should not|monitor\w*|track\w*|rates?|kpis?|evaluat\w*|online|experiment\w*|a\/b|measur\w*|alert\w*|increase|regress\w*)\b/;

/** Something measured beside the word "guardrails" (a metric, a rate, a number). */
const GUARDRAIL_MEASURE = /\b(?:metrics?|rates?|kpis?|regress\w*|drops?|worse|breach\w*|latency|revenue|retention|churn|engagement|ctr|complaints|errors?|costs?|time)\b|\d/;

/** What safety guardrails in a request path do (filter, reject, redact), as opposed to guardrail metrics. */
const SAFETY_FILTER = /\b(?:in the (?:request |serving |inference )?path|filters?|rejects?|refuses?|blocks?|redact\w*|pars(?:er|es)|sanitiz\w*|moderat\w*|prompt injection|jailbreak\w*|offensive|toxic\w*|pii|hallucination (?:prevention|filter\w*|checks?)|forbidden actions)\b/;

/** The doc's title names a guardrail as what is built ("# Design Considerations for Chatbot LLM Guardrail"). */
function guardrailProduct(doc: ParsedDoc): boolean {
  const title = doc.titleLine === undefined ? undefined : doc.headings.find((h) => h.line === doc.titleLine);
  return !!title && /\bguard-?rails?\b/.test(title.norm);
}

function guardrails(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "(counter-metric)", "(guardrail — we don't want to make episodes worse)": the metric tagged as one
  if (/\((?:as )?(?:an? )?(?:counter(?:[- ]metric)?\)|guard-?rail(?: metric)?\s*(?:\)|[—–:]|-\s))/.test(low)) return true;
  // "Guardrail: no cluster may have WAPE worse than the vendor" — the label names it, the value states it
  if (/^(?:guard-?rails?|counter-?metrics?|counter-?balance(?:s| metrics?)?)(?: metrics?)?$/.test(u.label.replace(/^\W+/, ''))) {
    // ("Guardrails: applies safety and compliance checks — PII filtering, hallucination prevention": the
    // filters an LLM product runs on each answer, nothing measured)
    if (!valueNegated(u) && contentWords(valueOf(u)) >= 2 && !(SAFETY_FILTER.test(valueOf(u)) && !GUARDRAIL_MEASURE.test(valueOf(u)))) return true;
  }
  // "False positive guard: monitor proportion of empty outputs (too high => overly strict threshold)": a named
  // guard on a failure mode, read from a measure that is watched
  if (/^(?:[\w-]+ ){1,3}(?:safe-?)?guards?$/.test(u.label.replace(/^\W+/, '')) && /\b(?:monitor|track|watch|alert|measur)\w*/.test(valueOf(u)) && (GUARDRAIL_MEASURE.test(valueOf(u)) || /\b(?:proportion|share|fraction|percentage|count|number) of\b/.test(valueOf(u))) && /\b(?:too (?:high|low|many|few)|above|below|exceed\w*|thresholds?|must not|should not|regress\w*|worse|drops?|spikes?)\b|=>|→/.test(valueOf(u)) && !valueNegated(u)) return true;
  // "##### Control Metrics" / "No significant deterioration in system response time."
  // ("#### Guardrail Metrics (Must Not Degrade)": a note on the heading does not change what is under it)
  const heading = headingOf(u, doc);
  if (/^(?:control|safe-?guard|guard-?rail|counter) metrics(?: \([^()]{1,40}\))?$/.test(heading) && contentWords(low) >= 3 && !isBare(u, 1)) return true;
  // "### Guardrails" over "| Avg delivery time | 35 min | ≤38 min |": a measure held to a bound (not the
  // filters an LLM product runs in its request path)
  if (/^guard-?rails?(?: \([^()]{1,40}\))?$/.test(heading) && GUARDRAIL_MEASURE.test(low) && !SAFETY_FILTER.test(low) && contentWords(low) >= 3 && !isBare(u, 1)) return true;
  // a cap on false alarms ("false pages must stay under ~5 per week", "more than 8 wasted visits a month
  // means we raise the threshold"): the harm the system must not cause
  const fa = FALSE_ALARM.exec(low);
  if (fa && !isNegated(low, fa.index, fa[0].length, 'any')) {
    const s = sentenceAt(low, fa.index);
    if (/\d/.test(s) && ALARM_CAP.test(s)) return true;
  }
  // "False Positives: Must be < 0.1% (Block fraud, not real users)": a cap the system is held to
  const fp = FALSE_POSITIVES_CAPPED.exec(low);
  if (fp && !isNegated(low, fp.index, fp[0].length, 'any') && !/\b(?:cross[- ]validation|validation set|test set|hold-?out)\b/.test(sentenceAt(low, fp.index))) return true;
  return !!anyMatch(low, GUARDRAIL, 'none', (m) => {
    // "Scalability refers to the ability of a data system to handle growing … without degrading performance": a term defined
    if (isDefinition(sentenceAt(low, m.index))) return false;
    // "no guardrails" is a negation; "without hurting retention" is the guardrail itself
    if (/^(guard|safe-?guard|counter|health metrics)/.test(m[1])) {
      // "Guardrails in the request path: a SQL parser rejects …": safety filters an LLM product runs,
      // not metrics an experiment watches
      if (/^(?:guard|safe)/.test(m[1]) && SAFETY_FILTER.test(sentenceAt(low, m.index)) && !/\b(?:metrics?|rates?(?![- ]limit)|kpis?|regress\w*|drops?|worse|breach\w*|\d+ ?%)\b/.test(low)) return false;
      // "The data has passed AzureML input guardrails, being a class-balanced dataset without missing values": checks on the training data
      // ("Agents pass through Output Guardrails (Accuracy/Harm/Bias) before producing the Answer": an LLM's filter)
      if (/^guard/.test(m[1]) && /\b(?:input|output|prompt|content|llm|data|dataset|automl|azureml|azure ml|training data)\s+$/.test(low.slice(Math.max(0, m.index - 20), m.index)) && !/\b(?:metrics?|kpis?|regress\w*|worse|drops?|online|experiment\w*|a\/b)\b|\d ?%/.test(sentenceAt(low, m.index))) return false;
      // "I considered using existing solutions such as Guardrails AI or NeMo for guardrail evaluation": a guardrail
      // library, and in "# Design Considerations for Chatbot LLM Guardrail" the product the doc builds, not a metric held
      if (/^guard/.test(m[1]) && (/^guardrails ai\b/.test(low.slice(m.index)) || (guardrailProduct(doc) && !/\bguard-?rails? metrics?\b/.test(low)))) return false;
      // "good guardrails for threshold verification": checks built into the code, naming nothing measured
      if (/^guard-?rails? (?:for|to|on|around|against) /.test(low.slice(m.index)) && !GUARDRAIL_MEASURE.test(low)) return false;
      // "- Multi-layer guardrails" in a list of what an LLM product has: filters named, nothing measured
      if (/^guard/.test(m[1]) && u.kind === 'item' && contentWords(low) <= 3 && !/\d/.test(low) && !GUARDRAIL_MEASURE.test(subtreeLow(doc, u))) return false;
      // "Counter metrics, tracking this to see if the ads are negatively impacting the platform": the kind named, no metric
      if (/^counter/.test(m[1]) && !GUARDRAIL_MEASURE.test(subtreeLow(doc, u).replace(/\bcounter[- ]?metrics?\b/g, ' '))) return false;
      // "Triton … produces service health metrics which can be collected with Prometheus": what a server exposes, not a launch guardrail
      if (/^health/.test(m[1]) && /\b(?:prometheus|grafana|cloudwatch|datadog|collected|scraped|exposes?|produces?|emits?|supports?|logs?|tracing|traces|dashboards?|observability|application monitoring)\b/.test(sentenceAt(low, m.index)) && !/\b(?:experiment\w*|a\/b|launch\w*|rollout|canary|regress\w*|worse|must not|treatment|variant)\b/.test(sentenceAt(low, m.index))) return false;
      return !isNegated(low, m.index, m[1].length, 'any');
    }
    // "monotonic constraints (risk must not decrease as utilisation rises)" constrain the model
    // "the total response time should not exceed 10 minutes" among the requirements is a target, not a guardrail
    if (/^(?:not exceed|(?:must|should|has to|have to|needs? to) (?:stay|remain))/.test(m[1]) && !inSection(u, 'evaluation') && !ctxHas(u, doc, /\b(metrics?|guardrails?|evaluat\w*|experiment\w*|a\/b|success\w*|launch|rollout|canary)\b/)) return false;
    // "scale horizontally … so the system can handle a growing number of users and requests without degradation in performance": capacity, not a metric watched
    if (/^without/.test(m[1]) && /^without (?:any )?(?:degradation|degrading|loss|drop)s? (?:in|of) (?:the )?(?:performance|latency|response times?|speed|throughput)\b/.test(low.slice(m.index, m.index + 50)) && /\b(?:scal\w*|demand|load|traffic|instances|replicas|growing number|more (?:users|requests))\b/.test(sentenceAt(low, m.index)) && !/\b(?:experiment\w*|a\/b|treatment|variant|launch\w*|rollout|canary)\b/.test(sentenceAt(low, m.index))) return false;
    // "process more images without sacrificing user privacy": a constraint kept, not a metric watched
    if (/^without/.test(m[1]) && /^ (?:the |our |their |user |users'? |customer )?(?:privacy|security|confidentiality)\b/.test(low.slice(m.index + m[1].length))) return false;
    // "training with larger effective batch sizes without increasing per-step memory requirements": a training technique's resource use, not a metric watched
    if (/^without/.test(m[1]) && /^ (?:the |our |any |peak |per-[\w-]+ |gpu )*(?:[\w-]+ )?(?:memory|vram|compute|parameters?|parameter counts?|model size|flops)\b/.test(low.slice(m.index + m[1].length, m.index + m[1].length + 40)) && /\b(?:train\w*|batch\w*|gradients?|fine-?tun\w*|epochs?)\b/.test(sentenceAt(low, m.index))) return false;
    if (GUARDRAIL_INHERENT.test(m[1])) return !/\bmonoton\w*|\bconstraints?\b/.test(sentenceAt(low, m.index));
    // "ROC AUC (trade-off b/w TPR and FPR)": what the offline curve plots, not a guardrail
    if (/^(?:fpr|false positive rate)$/.test(m[1]) && /\b(?:roc|auc|tpr|true positive rate)\b/.test(sentenceAt(low, m.index))) return false;
    // "Compare the MVP and advanced models using cross-validation to determine model accuracy, false positive
    // rate, and overall performance": one offline measure among others, with no bound
    if (/^(?:fpr|false positive rate)$/.test(m[1]) && /\b(?:cross[- ]validation|compar\w* (?:the |both |two |all )?(?:[\w-]+ ){0,3}?models)\b/.test(sentenceAt(low, m.index)) && !/\b(?:must|should|not (?:increase|exceed|regress|rise)|at most|below|under|no (?:more|higher)|guard\w*|\d)/.test(sentenceAt(low, m.index))) return false;
    // "Maintain or reduce default rates" among the business goals, "grow approvals while keeping default rates
    // flat": a measure held while another is pushed
    if (/^(?:maintain|keep)/.test(m[1])) return inSection(u, 'evaluation') || ctxHas(u, doc, /\b(?:goals?|objectives?|targets?|kpis?|success\w*|metrics?|guardrails?|experiment\w*|a\/b)\b/) || /\b(?:while|whilst)\b/.test(sentenceAt(low, m.index));
    // "likes/dislikes" as a data source or "complaints" as a feature are not guardrails
    return inSection(u, 'evaluation') || ctxHas(u, doc, /\b(metrics?|guardrails?|evaluat\w*|online|experiment\w*|a\/b|success\w*)\b/) || GUARDRAIL_CTX.test(sentenceAt(low, m.index).replace(m[1], ' '));
  });
}

export const EVALUATION_RULES: readonly ItemSpec[] = [
  {
    id: 'evaluation.offline-metrics',
    topic: /offline (?:metrics?|evaluation)|\bauc\b|\bndcg|\bmrr\b|\brmse\b|\bmae\b|precision|recall/,
    triggers: ['concordance', 'c', 'harrell', 'harrells', 'silhouette', 'davies', 'bouldin', 'calinski', 'harabasz', 'harabaz', 'jaccard', 'dice', 'sorensen', 'hamming', 'matthews', 'mcc', 'kappa', 'qwk', 'subset', 'auc', 'roc', 'pr', 'auroc', 'auprc', 'area', 'f1', 'fbeta', 'fscore', 'f', 'precision', 'recall', 'log', 'logloss', 'cross', 'crossentropy', 'entropy', 'normalized', 'normalised', 'nce', 'ce', 'bce', 'ndcg', 'dcg', 'mean', 'map', 'mrr', 'mae', 'mape', 'smape', 'rmse', 'mse', 'rmsle', 'msle', 'wmae', 'logarithmic', 'r2', 'r', 'squared', 'accuracy', 'top', 'hit', 'hitrate', 'hits', 'iou', 'miou', 'bleu', 'rouge', 'perplexity', 'brier', 'calibration', 'ece', 'false', 'fpr', 'true', 'tpr', 'specificity', 'sensitivity', 'confusion', 'average', 'coverage', 'diversity', 'novelty', 'kendall', 'spearman', 'pinball', 'quantile', 'within'],
    test: (u, doc) => !!offlineMetricAt(u, doc),
    // results pasted as console output: "LOSS  P  R  F1" over "0.096  0.860  0.857  0.858"
    code: (u) => metricTableInCode(u.low),
    keyPatterns: [OFFLINE_METRIC, GAME_SCORE, METRIC_IS],
    doc: {
      present: 'Named offline metrics that fit the task: "NCE and ROC-AUC on the held-out day", "PR-AUC and recall at 0.5% FPR", "nDCG@10", "MAE in minutes", "RMSLE", "Dice coefficient" (or spelled out); a measure of its own defined as the evaluation metric ("the average game score over 100 episodes"). Ambiguous words (precision, recall, accuracy) need a metric context. A metric may be named by its own heading in the evaluation section ("### F1-Score" over "An important metric, since we don\'t want false positives nor false negatives").',
      absent: '"Offline metrics" as a bare bullet or an empty table cell; log loss or Dice named only as the training loss; code coverage; the template\'s list of example metrics; options listed after an open question ("Do we need a ranking metric? Possible variants: MAP@k, MRR").',
    },
  },
  {
    id: 'evaluation.online-metrics',
    topic: /online metrics?|business metrics?|\bkpis?\b|\bctr\b|conversion rate/,
    triggers: ['ctr', 'thumbs', 'feedback', 'click', 'clickthrough', 'through', 'conversion', 'conversions', 'cvr', 'revenue', 'rpm', 'gmv', 'watch', 'watchtime', 'dwell', 'time', 'session', 'retention', 'churn', 'dau', 'mau', 'engagement', 'like', 'share', 'comment', 'booking', 'bookings', 'book', 'purchase', 'purchases', 'add', 'cart', 'orders', 'completion', 'completed', 'acceptance', 'connection', 'prevalence', 'harmful', 'valid', 'appeal', 'appeals', 'proactive', 'hide', 'report', 'unsubscribe', 'nps', 'csat', 'user', 'satisfaction', 'survey', 'surveys', 'cancellation', 'cancelation', 'chargeback', 'fraud', 'dollar', 'false', 'decline', 'approval', 'manual', 'review', 'ontime', 'on', 'customer', 'complaint', 'complaints', 'support', 'contact', 'queries', 'abandonment', 'zero', 'successful', 'clicks', 'registration', 'registrations', 'attendance', 'downloads', 'installs', 'subscriptions', 'renewals', 'tickets', 'sales', 'profit', 'margin', 'eta', 'late', 'reaction', 'reactions', '$', 'waste', 'spoilage', 'stock', 'stockouts', 'refund', 'refunds', 'delivered', 'invitation', 'invite', 'signup', 'signups', 'activation', 'reduce', 'increase', 'share', 'orders', 'online', 'live', 'business', 'primary', 'headline', 'endpoint'],
    test: (u, doc) => !!onlineMetricAt(u, doc),
    keyPatterns: [ONLINE_METRIC],
    doc: {
      present: 'Online/business metrics the experiment reads: "CTR, conversion rate and revenue per mille", "prevalence and valid appeals", "session book rate"; a domain KPI under an "Online:" / "Business (live):" caption of the evaluation section ("refund tickets per 10k orders"); "… with listing fixes accepted per seller as the primary metric" of an A/B test.',
      absent: 'Only the business goal ("increase revenue") with no metric; "Online metrics" as a bare bullet; a model-accuracy target under "Success metrics" ("within $50k of the actual price 85% of the time"); the scaffold\'s TODO table row.',
    },
  },
  {
    id: 'evaluation.ab-test-plan',
    topic: /a\/b|ab test|split test|online (?:experiment|test)|control (?:group|and treatment)|treatment group|interleav|bandit/,
    triggers: ['a/b', 'ab', 'split', 'bucket', 'online', 'controlled', 'randomized', 'randomised', 'randomly', 'random', 'control', 'treatment', 'holdout', 'held', 'interleaving', 'interleaved', 'bandit', 'bandits', 'armed', 'traffic', 'experiment', 'experiments', 'experimentation', 'test', 'testing', 'matched', 'pilot', 'randomization', 'randomisation', 'half', 'switch'],
    test: abTestPlan,
    keyPatterns: [AB],
    doc: {
      present: 'An online experiment with at least one detail — what is compared, the unit or split, the success metric, or the duration: "A/B test: 5% of users (randomised by user ID) get the new model for 2 weeks; ship if revenue/user rises at p < 0.05", "we\'ll A/B test against the current ranker on CTR", "switch half the stores for 3 weeks with store-level randomization and compare basket size".',
      absent: 'A bare "A/B test" bullet or heading; "standard approaches"; what a tool "supports" ("supports canarying new versions and A/B testing experimental models"); what the design could allow ("templates can be externalized for fine-tuning or A/B testing"); experiment tracking (MLflow runs); "we won\'t A/B test (because …)" — a shadow run instead is rollout; "How to A/B test?" left open or answered with a hedge ("Probably, but the split isn\'t decided").',
    },
  },
  {
    id: 'evaluation.guardrail-metrics',
    topic: /guardrail|counter[- ]?metric/,
    triggers: ['check', 'verify', 'ensure', 'make', 'confirm', 'maintain', 'maintains', 'maintained', 'maintaining', 'keep', 'keeps', 'keeping', 'guardrail', 'guardrails', 'safeguard', 'guard', 'guards', 'counter', 'increasing', 'hurting', 'harming', 'degrading', 'countermetric', 'health', 'harm', 'must', 'should', 'can', 'without', 'no', 'hide', 'report', 'unsubscribe', 'negative', 'complaint', 'complaints', 'valid', 'appeal', 'appeals', 'false', 'fpr', 'declines', 'friction', 'customer', 'dislike', 'dislikes', 'skip', 'bounce', 'block', 'opt', 'optout', 'not'],
    test: (u, doc) => guardrails(u, doc) && !isBare(u, 0),
    keyPatterns: [GUARDRAIL],
    doc: {
      present: 'Metrics that must not get worse: "guardrails: ad hide rate and p99 latency must not regress by more than 1%", "without hurting retention", "retention, AOV, DAU stay the same or do not fall", "search latency will not increase" under the success criteria, hide/report rate, valid appeals, false-positive rate / false declines, a cap on false alarms ("false pages must stay under ~5 per week"). A "Guardrails" or "Guardrail Metrics (Must Not Degrade)" heading over metrics held to a bound ("| Avg delivery time | 35 min | ≤38 min |").',
      absent: '"Guardrail metrics" as a bare label; the scaffold\'s TODO table row; a term defined ("Scalability refers to the ability … without degrading performance").',
    },
  },
];
