/**
 * 4. Model development: baseline, model choice and trade-offs, loss, training, interpretability.
 */
import type { ParsedDoc, Unit } from '../parse';
import { affirmed, CE_MARK, CHOSEN_ROW, ctxHas, distinctMatches, docMentions, headingOf, inSection, isBare, PROS_CONS_HEADER, REGULATED_WORDS, RESOURCE_TABLE, sentenceAt, splitTest, stated, subtreeLow, valueNegated, valueOf } from './helpers';
import { contentWords, findAffirmed, isNegated } from '../text';
import type { ItemSpec, LocalVerdict } from './types';

const BASELINE =
  /\b(?:baselines?|start (?:with )?(?:a |an )?simple|simple (?:model|heuristic|rule)s? first|(?:work|start|begin) with (?:some |a few )?simple(?:r)? (?:[\w-]+ )?(?:models?|algo\w*|approach(?:es)?|methods?|classifiers?) first\b|start(?:ing)? with (?:a |an )?(?:logistic|linear|rule|heuristic|popularity|simple|gbdt|xgboost|lightgbm|bm25|tf-?idf|matrix)|heuristics?|rule[- ]based|rules engine|(?:hand-?(?:written|crafted|tuned)|manual|static|threshold) rules|(?:static|fixed|hand-?set|manual) thresholds?|threshold[- ]based (?:alerts?|rules?|system)|popularity[- ]based|most[- ]popular|by popularity|current (?:production |search |ranking |scoring |manual |in-house |legacy )?(?:system|model|rules|heuristic|approach|ranker|classifier|pipeline|process|algorithm|implementation|solution|method)|seasonal[- ]naive|simple moving av(?:g|erages?)\b(?! (?:of|over|on)\b)|naive (?:seasonal |last[- ]value )?(?:forecasts?|baselines?|models?)|existing (?:system|model|rules|heuristic|approach|ranker|classifier|pipeline|scorecard|filter)|(?:previous|legacy) (?:solution|system|rules|heuristic|approach|filter|keyword (?:list|filter)s?)|human[- ]level|(?:radiologist|doctor|clinician|physician|expert|dermatologist|pathologist)[- ]level|(?:average |mean |median )?performance of (?:the |practicing |expert |board-certified )?(?:radiologists|doctors|clinicians|physicians|dermatologists|pathologists|human (?:experts|raters|annotators|reviewers|agents))|v0|(?:random|majority[- ]class|dummy|naive|chance[- ]level|constant) (?:classifier|predictor|guess\w*|model|regressor)s? (?:as|for) (?:a |the |our )?(?:control|reference|comparison|benchmark|floor|lower bound)|hand-?(?:made|written|crafted|tuned) (?:score|rules?|heuristics?|formula|ranking|ranker)|compare (?:\w+ )?(?:against|with|to) (?:that|this|it|them|the (?:current|existing|old|baseline|heuristic|rules?))|(?:current(?:ly)?|today|existing|at present)\b[^.;]{0,50}\b(?:moving average|heuristic|rules?|hand-?made|manual(?:ly)?|popularity|rules engine|scorecard)|(?:set|tuned|chosen|picked|adjusted|priced) (?:by hand|manually)|hand-?set|compare (?:the )?(?:current|existing|old|incumbent|production|legacy)|(?:is |as )?(?:the |our )?starting point|first version|(?:v1|initial|first) (?:simple |basic |plain |naive )?model|to start with(?<!\b(?:enough|sufficient|more|the|some) (?:information|info|context|details|data|requirements) to start with))\b/g;
const MODELISH =
  /\b(model|heuristic|rules?|logistic|regression|lr|popular\w*|gbdt|xgboost|lightgbm|trees?|forest|ranker|classifier|system|approach|average|mean|median|last|historical|naive|simple|linear|bm25|tf-?idf|matrix factori[sz]ation|current|existing|production|compare|against|beat|outperform|accuracy|auc|score|engine|moving average|chronological|recency|random|constant|prior)\b/;
const BASELINE_CUE =
  /\b(baseline|start\w*|first|initial|v0(?![.\d])|mvp|before|begin\w*|compare\w*|comparison|against|beat|outperform\w*|replace\w*|improve (?:on|over|upon)|better than|benchmark|fallback|cold[- ]start|launch)\b/;
/** A metric's current level given as the baseline ("open rate 22%", "CTR 1.8% today"). */
const METRIC_TODAY = /^\s*(?:the )?(?:[\w-]+ )?(?:rate|ctr|cvr|conversion|revenue|nps|csat|open rate|click(?:s| rate)?|retention|churn|aov|gmv|dau|mau)\s*(?:is|=|:|of|at)?\s*~?\d/;
/** "Baseline" said of no model to beat: an outcome's base rate ("baseline fraud rate"), resource usage, drift statistics, a customer's normal spending ("4x–12x customer baseline"), a cost assumption. */
const NOT_A_BASELINE = /\bbaseline (?:assumptions?|estimates?|spending|spend|parameters)\b|\bbaseline (?:fraud|churn|conversion|click|default|positive|event|attrition|return|purchase|response|open|chargeback|cbk|infection|disease|failure|defect|incident)s? (?:rates?|prevalence|incidence|shares?)\b|\b(?:customer|user|account|merchant|cardholder|individual|personal|behaviou?ral)(?:'s|s')? baselines?\b(?! (?:models?|classifiers?|rankers?|heuristics?|rules?)\b)|\bbaseline (?:of |for )?(?:resource|cpu|gpu|memory|compute|infrastructure|server|cluster|node)s? (?:utili[sz]ation|usage|consumption|capacity|load|allocation)\b|\b(?:updat|refresh|recomput|recalculat|reset)\w* (?:the |its |our )?baseline (?:metrics|numbers|scores|values|stats|statistics)\b|\bbaseline_metrics\b|\b(?:degradation|drops?|regressions?|declines?|deviations?) (?:from|vs\.?|versus|relative to|against) (?:the )?baseline\b(?! (?:models?|classifiers?|rankers?|heuristics?|rules?|systems?)\b)|\b(?:statistical|population|historical|summary|normali[sz]ation|feature) baselines? \(|\b(?:updat|refresh|recomput|recalculat|reset)\w* (?:the |its |our )?(?:metric |performance )?baselines\b(?! (?:models?|classifiers?|rankers?|heuristics?)\b)|\b(?:statistical|population|normali[sz]ation) baselines? (?:are|is|were|was) (?:computed|calculated|derived|estimated|fit|stored)\b|\bbaseline (?:and|&|vs\.?|versus|or) (?:the |a )?(?:variants?|treatments?|experimental|test (?:group|arm|cell|bucket))\b|\b(?:variants?|treatments?) (?:and|&|vs\.?|versus|or) (?:the |a )?baseline\b|\bbaseline (?:group|arm|bucket|cohort|cell)s?\b|\ba baseline (?:for|of) (?:how (?:much|many|long|often)|what)\b|normali[sz]ed (?:over|by|to|against) (?:the )?baseline|over baseline|baseline (?:ctr|rate|conversion|prevalence|entropy)|(?:zero[- ]air |sensor |signal |instrument )?baseline (?:offsets?|drift|corrections?|signals?|readings?|noise|currents?|voltages?|resistances?|wander\w*|subtraction)|relative to (?:the )?baseline (?:ctr|rate)|(?:survey|user research|study|census|pre-?launch) baseline|baseline (?:survey|study|load|demand|consumption|generation|usage|traffic|level|period|year|month|week|population|risk|scenario)s?|(?:system|base|grid|network) (?:baseline|base) load|baseline (?:fees?|prices?|fares?|rates? card|salar(?:y|ies)|pay|commission)|baseline (?:[\w-]+ ){0,2}(?:assessments?|questionnaires?|exams?|screenings?|visits?|interviews?|surveys?|polls?)|(?:nps|csat|satisfaction|survey|poll) baselines?|baseline (?:bias|variance)(?: (?:and|&) (?:bias|variance))?\b|\bdrift\w*\b[^.;]{0,60}\b(?:compared|relative|measured|checked) (?:against|to|with) (?:the )?(?:data |statistics |monitoring )?baseline\b|(?:trailing|rolling|moving|\d+[- ](?:day|week|hour|month)|(?:last|previous) (?:day|week|month)'?s?) baselines?\b|\bseasonality\b[^.;]{0,60}\bbaselines?\b|\b(?:drift\w*|degrad\w*)\b[^.;]{0,120}\b(?:compar\w*(?: (?:vs\.?|versus|against|to|with))?|vs\.?|versus) (?:the )?baseline\b(?! (?:models?|classifiers?|rankers?|heuristics?|rules?)\b)|\bcompar\w* (?:vs\.?|versus|against|to|with) (?:the )?baseline\b[^.;]{0,40}\b(?:flag\w*|alert\w*|degrad\w*|drops?)\b|baseline (?:release|rollout|launch|deployment|delivery|build|milestone)s?\b|baseline (?:metrics|numbers|performance|scores?|results) (?:for|to) (?:enable )?(?:compar\w* (?:with|against|to) |track\w* (?:against )?)?(?:future|later|next|subsequent|upcoming) (?:versions?|models?|releases?|iterations?)\b|baseline (?:creatinine|egfr|blood pressure|bp|vitals?|labs?|weight|bmi|heart rate|hba1c|glucose|characteristics|demographics|severity|health|functional status|comorbidit\w*)/;

const COMPARE_AGAINST =
  /\b(?:compare[ds]?|benchmark(?:ed)?|measured?) (?:it |them |this )?(?:against|to|with)\s*:?\s*(?:the |our |a |an )?[^.;]{0,60}\b(?:today|currently|current|existing|rules?|heuristics?|in production|we (?:run|use|have)|status quo|alone|by itself|on its own)\b/;
const START_MODEL =
  /\b(?:logistic regression|linear (?:regression|model)|gbdt|xgboost|lightgbm|bm25|tf-?idf|popularity|heuristics?|rules?)\b[^.;]{0,50}\b(?:to start|to begin with|as (?:a|the) first (?:version|step|cut))\b|\b(?:the|an?|my|our) (?:initial|first|starting) (?:simple |plain |vanilla )?(?:logistic regression|linear regression|linear|naive bayes|decision tree|knn|k-nn|mean|median|persistence)(?: [\w-]+)? (?:model|classifier|regressor) (?:was |is )?(?:giving|gave|got|gets|achieved|scored|reached|had|has)\b[^.;]{0,40}\d|\b(?:first|initially|to start),? (?:a |the |our |my )?base (?:model|classifier|regressor|algorithm),? [`'"]?(?:logis\w* ?regression|linear ?regression|naive ?bayes|decision ?tree\w*|dummy\w*|knn|k-nn|mean|median)\b/;

const CURRENT_ROW_LABEL = /^(?:[\w-]+(?: [\w-]+){0,5} )?\((?:the )?(?:current|today|existing|status quo|production|incumbent|in production|current system|what we do today|what runs today)\)$/;
const CURRENT_CELL = /^\s*(?:the )?(?:existing|current|today'?s|incumbent|legacy) (?:[\w-]+ ){0,3}(?:rules?|limits?|thresholds?|heuristics?|system|model|alarms?|logic|approach|process)\b/;
const OPTIONS_HEADER = /\b(?:options?|approach(?:es)?|methods?|models?|candidates?|alternatives?|variants?)\b|^\s*\|/;
const BASELINE_LABEL = /^(?:[\w-]+(?: [\w-]+){0,3} )?\((?:the )?baseline\)$|^baseline (?:models?|systems?|approach(?:es)?|rankers?|classifiers?|scorers?|heuristics?|rules?)$/;
/** "benchmarked against actual loan defaults", "compared with the observed outcomes": the truth, not a model to beat. */
const AGAINST_OUTCOMES = /\b(?:benchmark\w*|compar\w*|back-?test\w*|validat\w*|check\w*|measur\w*) (?:against|with|to|vs\.?) (?:the )?(?:actual|real|observed|true|realised|realized|historical|past|ground[- ]truth) (?:[\w-]+ ){0,2}?(?:outcomes?|defaults?|values?|labels?|results?|data|performance|sales|demand|prices?|events?)\b/;
const BASELINE_CAPTION = /^(?:[\d.]+\s*)?(?:the |our )?(?:baselines?(?: (?:models?|systems?|approach(?:es)?|to beat))?|benchmark(?: models?)?)\s*:?$/;

/** A trivial model that always gives the same answer: "always predicts the average rating", "predicting the majority class". */
const CONSTANT_PREDICTOR = /\balways (?:predict(?:s|ing)?|guess(?:es|ing)?|outputs?|returns?) (?:the )?(?:global |overall |training |historical )?(?:average|mean|median|mode|majority(?: class| label)?|most (?:frequent|common|popular) (?:class|label|value|item)s?)\b|\b(?:predict(?:s|ing)?|guess(?:es|ing)?) (?:the )?majority class\b|\b(?:constant|majority[- ]class|mean|average|median) (?:predictor|classifier|regressor|baseline)\b|\bdummy(?: |-)?(?:models?|classifiers?|regressors?|predictors?)\b|\b(?:simply |naively |just )predict(?:s|ing)? (?:that )?(?:all|every|each) (?:of the )?[\w-]+(?: [\w-]+)? (?:will )?(?:not )?(?:to )?(?:be |are |is |as )?[\w-]+(?: [\w-]+)?,? (?:which is|i\.e\.?,?|the) (?:the )?(?:larger|largest|majority|bigger|dominant|more (?:common|frequent)|most (?:common|frequent)) class\b|\bpredict(?:s|ing)? that all (?:the )?(?:labels|outputs|targets|predictions|samples|examples) (?:will be|are|=) (?:0|1|zero|one|false|true|negative|positive)\b/;

const BEATS_PREVIOUS = /\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|(?:is|was|are|were) (?:much |clearly |far )?(?:better|more accurate) than|improv(?:es|ed|ing) (?:on|over|upon)) (?:the |our |their )?(?:previous|prior|old|older|legacy|existing|incumbent|earlier)(?: [\w-]+){0,2}? (?:method|approach|system|heuristics?|rules?|logic|process|solution|forecasts?|model|version)s?\b/;
/** The measured rate of the system today, to be beaten ("exceeds the original rate of 0.0925"): the baseline is today's number. */
const BEATS_CURRENT_RATE = /\b(?:exceeds?|exceeding|beats?|beating|outperforms?|outperforming|surpass(?:es|ing)?|improves? (?:on|over|upon)|above|higher than|better than) (?:the )?(?:original|current|existing|present|historical|old|today'?s|status[- ]quo|pre-?launch) (?:[\w-]+ ){0,2}?(?:rates?|ctr|conversions?|accuracy|precision|recall|auc|performance)\b[^.;]{0,20}?(?:\d*\.\d+|\d+(?:\.\d+)?\s?%)/;
const CURRENTLY_USED = /\b(?:model|system|approach|classifier|solution|heuristic|method|algorithm|rules?)s? (?:that is |which is |that are |which are )?currently (?:used|deployed|in (?:use|production)|running|live)\b/;
/** Words of a comparison somewhere in the doc, which make "the current system" a baseline. */
const COMPARISON_WORDS = ['compare', 'compared', 'control', 'against', 'baseline'];
const docCompares = (doc: ParsedDoc): boolean => docMentions(doc, COMPARISON_WORDS);

/**
 * baseline without reading the document: present, absent, or present if the doc compares
 * (`compares` is asked in one place only, on the way to "present", so the verdict can only grow
 * with it: true when it answers false means present either way).
 */
function baselineLocal(u: Unit, doc: ParsedDoc): LocalVerdict {
  let asked = false;
  if (baselineWith(u, doc, () => ((asked = true), false))) return 1;
  return asked && baselineWith(u, doc, () => true) ? 2 : 0;
}

/** An approach tried and given up ("tried …, but … switched to", "abandoned it"). */
const ABANDONED = /\b(?:tried|attempted|started (?:by )?writing)\b[^.;]{0,120}\b(?:abandon\w*|gave up|give up|switched|dropped it|without (?:any )?(?:improvements?|success|progress|luck)|did(?:n'?t| not) work)\b/;

/** A "base model" that later models improve on or are compared with (either order in the unit). */
const BASE_MODEL_BUILT_ON = /\bbase[- ]?models?\b(?=[^]{0,200}?\b(?:improv\w*|compar\w*|beat\w*|outperform\w*|better than|model ?[12]\b))|\b(?:improv\w*|compar\w*|beat\w*|outperform\w*|better than)\b[^.;]{0,40}?\b(?:the )?base[- ]?models?\b/;

/** The plain version of the system measured, as the mark to beat: "the basic approach … gave the following metrics", "the untuned setup scored 0.71". */
const BASIC_VERSION_MEASURED = /\b(?:basic|simplest|naive|plain|vanilla|default|untuned|un-tuned|initial) (?:approach|version|setup|configuration|config|variant|pipeline|retriever|retrieval|search)\b[^.;]{0,80}?\b(?:gave|gives|got|gets|achiev(?:ed|es)|scored|scores|reached|reaches|yield(?:ed|s))\b/;

/**
 * A simple or classical model scored, the mark the later models are read against: "I explored more 'classical' NLP
 * techniques … with a Naive Bayes model. These model performed surprisingly well (AUC for PR-curve of 0.71)", "a simple
 * logistic regression got an AUC of 0.71".
 */
const SIMPLE_MODEL_SCORED =
  /\b(?:simple|simpler|classical|traditional|conventional|basic)['"’]? (?:[\w'’-]+ ){0,8}?(?:models?|regressions?|classifiers?|techniques|approaches|methods)\b[^;?]{0,200}?\b(?:auc(?:-pr|-roc)?|f1(?:[- ]score)?|accuracy|precision|recall|rmse|mae|mape|ndcg|log ?loss|r2|r²|pr-curve)\b[^.;?]{0,30}?\d/;
/**
 * The naive answer set up as the mark the model must clear: "The naive approach is to predict the same day last
 * week; the model must beat it".
 */
const NAIVE_APPROACH = /\b(?:naive|simplest|trivial|obvious|dumb) (?:approach|solution|method|strategy|rule|guess|forecast|prediction|answer)\b/;
const MUST_BEAT = /\b(?:must|has to|have to|should|needs? to|will|would|to) (?:beat|outperform|improve (?:on|over|upon)|do better than)\b/;
function baselineWith(u: Unit, doc: ParsedDoc, compares: () => boolean): boolean {
  const low = u.low;
  // "| Scenarios | Demand | Key metric |" → "| Standard (Baseline) | low | …": a usage scenario called the baseline, no model to beat
  if (u.kind === 'row' && /^(?:(?:user |usage |load |traffic |deployment )?scenarios?|tiers?|environments?|(?:load|traffic) (?:levels?|profiles?)|use cases?)(?: \||$)/.test(u.parentText)) return false;
  if (stated(low, SIMPLE_MODEL_SCORED)) return true;
  // "Build an end to end minimal viable product Base Model … improve on each step from Base Model":
  // a first model that later ones build on or are measured against (not a pre-trained "base model" fine-tuned)
  if (stated(low, BASE_MODEL_BUILT_ON) && !/\b(?:fine-?tun\w*|pre-?train\w*|backbones?|foundation|checkpoints?|bert|llama|gpt\w*|t5|llms?|weights)\b/.test(low)) return true;
  // "The basic approach - using minsearch without any boosting - gave the following metrics:": the plain version measured first
  if (stated(low, BASIC_VERSION_MEASURED)) return true;
  const naive = NAIVE_APPROACH.exec(low);
  if (naive && !isNegated(low, naive.index, naive[0].length, 'strong') && MUST_BEAT.test(low.slice(naive.index + naive[0].length))) return true;
  // ("baseline: open rate 22%, click 2.1% on the current email" is where a metric stands today)
  if (u.label === 'baseline' || u.label === 'baselines') return contentWords(valueOf(u)) >= 1 && !valueNegated(u) && !METRIC_TODAY.test(valueOf(u));
  // a row or line labelled as the baseline: "| Legacy (baseline) | 0.612 | 0.688 |", "Baseline model: …"
  if (BASELINE_LABEL.test(u.label) && (contentWords(valueOf(u)) >= 1 || /\d/.test(valueOf(u))) && !valueNegated(u)) return true;
  // a row of a table of options marked as what runs today: "| Sharpest mid-video frame (current) | 0.54 | …",
  // "| Static thresholds | existing SCADA alarm limits | in place; … |" under a models heading
  if (u.kind === 'row' && (CURRENT_ROW_LABEL.test(u.label) || CURRENT_CELL.test(valueOf(u).split('|')[0])) && (OPTIONS_HEADER.test(u.parentText) || u.sections.includes('model')) && !valueNegated(u)) return true;
  // a bullet or row under a "Baselines" heading or caption names one ("1. v2 heuristic (production today).")
  // ("The results can be benchmarked against actual loan defaults" under "Benchmark Model" compares
  // the model with what happened, which is evaluation: no model or rule to beat is named)
  if ((BASELINE_CAPTION.test(headingOf(u, doc)) || BASELINE_CAPTION.test(u.parentText.trim())) && contentWords(low) >= 2 && !valueNegated(u) && !isNegated(low, 0, Math.min(low.length, 30), 'strong') && !AGAINST_OUTCOMES.test(low)) return true;
  // "Compare against: the keyword rules we run today"; "Model: logistic regression … to start"
  const ca = COMPARE_AGAINST.exec(low) ?? START_MODEL.exec(low);
  // ("the new data has columns with drift compared to the dataset used for training of the current model": data compared, for drift)
  if (ca && !isNegated(low, ca.index, ca[0].length, 'strong') && !/\bdrift\w*\b[^.;]{0,40}\bcompared (?:to|with) the (?:data(?:set)?|distribution)/.test(sentenceAt(low, ca.index)) && !PROMOTION_GATE.test(sentenceAt(low, ca.index))) return true;
  // "outperformed the SVM based sample model currently used as default on Ceph": beaten, the model in use today
  // "compared to a predictor which would always predict the average of the ratings": a constant predictor to beat
  const cp = affirmed(u, CONSTANT_PREDICTOR, 'strong');
  if (cp && (!cp[0].startsWith('always') || /\b(?:predictor|baseline|benchmark|compar\w*|against|beat\w*|outperform\w*|than|vs\.?|versus)\b/.test(sentenceAt(low, cp.index)))) return true;
  // "the TFT outperforms the previous deterministic method": the method it replaces, measured against (not a promotion gate after retraining)
  const beaten = BEATS_PREVIOUS.exec(low);
  if (beaten && !isNegated(low, beaten.index, beaten[0].length, 'strong') && !PROMOTION_GATE.test(sentenceAt(low, beaten.index)) && !/\b(?:if|when|whenever|once|only if|unless)\b[^.;]{0,80}$/.test(low.slice(Math.max(0, beaten.index - 80), beaten.index))) return true;
  // "Success will be if the conversion rate significantly exceeds the original rate of 0.0925"
  const rate = BEATS_CURRENT_RATE.exec(low);
  if (rate && !isNegated(low, rate.index, rate[0].length, 'strong') && !PROMOTION_GATE.test(sentenceAt(low, rate.index))) return true;
  const inUse = CURRENTLY_USED.exec(low);
  if (inUse && /\b(?:outperform\w*|beat(?:s|ing)?|better than|compar\w*|against|vs\.?|versus|than)\b/.test(sentenceAt(low, inUse.index)) && !isNegated(low, inUse.index, inUse[0].length, 'strong')) return true;
  BASELINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = BASELINE.exec(low)) !== null && guard++ < 20) {
    if (isNegated(low, m.index, m[0].length, 'strong')) continue;
    const s = sentenceAt(low, m.index);
    // "On-device fallback uses raw heuristics": what answers when the model cannot, not a model to beat
    if (!m[0].startsWith('baseline') && /\b(?:fall ?-?backs?|backups?|back-ups?)\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|better than|vs\.?|versus|benchmark)\b/.test(s)) continue;
    // "A Scala service that lives in the existing pipeline": where a new part is put, not a model to beat
    if (/^existing (?:system|pipeline|platform)/.test(m[0]) && /\b(?:lives?|living|sits?|runs?|plugs?|fits?|hooks?|integrat\w*|deployed|added|embedded|placed|slots?) (?:in|into|within|inside|on|to) (?:the |our )?$/.test(low.slice(Math.max(0, m.index - 30), m.index)) && !/\b(?:compar\w*|against|beat|outperform\w*|better than|vs\.?|versus|benchmark)\b/.test(s)) continue;
    // "pre-filter from 500K to ~10-20K using fast heuristics": heuristics that filter candidates, not a model to beat
    if (/^heuristics?$/.test(m[0]) && /\b(?:pre-?filter\w*|filter\w*|prun\w*)\b[^.;]{0,60}\bheuristics?\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|better than|vs\.?|versus|benchmark)\b/.test(s)) continue;
    if (m[0].startsWith('baseline')) {
      if (NOT_A_BASELINE.test(s)) continue;
      // "I have found this model to be a very good baseline for many tasks": a model's reputation, no baseline of this design
      if (/\bbaselines? for (?:many|most|various|a lot of|lots of|all kinds of|several|numerous|a (?:wide )?(?:range|variety) of) (?:[\w-]+ )?(?:tasks|problems|use cases|applications|datasets|domains|benchmarks)\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|vs\.?|versus|our baseline|as (?:the|a|our) baseline)\b/.test(s)) continue;
      // SageMaker Model Monitor's words: "model baseline" as a pipeline step, "the baseline, training and
      // evaluation jobs", "baseline statistics/constraints", "a baseline for the model monitor" are what drift is checked against, not a model to
      // beat (read in the sentence alone: a verdict kept per paragraph must not hang on the rest of the doc)
      if (/\b(?:model baseline|baseline,? (?:(?:and )?(?:a |the )?[\w-]+,? ){0,3}(?:jobs?|steps?)|baseline (?:statistics|constraints|data(?:sets?)?|distributions?|windows?|snapshots?)|(?:reference|training) (?:data(?:sets?)?|distributions?) (?:is |are )?(?:used |serves )?as (?:the |a )?baseline|baseline_? (?:for|of) (?:the )?(?:model |data |drift )?monitor\w*)\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|vs\.?|versus)\b/.test(s)) continue;
      // "I will use the features selected by the DS as-is, it's the best baseline we have": a feature set kept, no model to beat
      if (/\bfeatures?\b/.test(s) && !MODELISH.test(s.replace(/baselines?|features?/g, ' ')) && !/\b(?:compar\w*|against|beat|outperform\w*|vs\.?|versus|score[sd]?|accuracy|auc|f1|rmse|mae)\b/.test(s)) continue;
      if (MODELISH.test(s.replace(/baselines?/g, ' ')) || contentWords(s) >= 3) {
        BASELINE.lastIndex = 0;
        return true;
      }
      continue;
    }
    // "The first version of the service should be ready within one month": a release date, not a model to beat
    if (m[0] === 'first version' && /^first version of (?:the |our |this |a |an )?(?:[\w-]+ )?(?:service|system|app|application|product|api|tool|pipeline|platform|website|site|dashboard|solution|project|feature|bot)\b/.test(low.slice(m.index)) && !/\b(?:compar\w*|against|beat|outperform\w*|baseline|benchmark|accuracy|precision|recall|f1|auc|rmse|mae|error)\b/.test(s)) continue;
    // "deployment of the first model by using MLflow" is the first run of a pipeline, not a starting
    // point a better model is measured against: a first/initial model needs a name or a comparison
    if (/^(?:first|v1|initial) (?:(?:simple|basic|plain|naive) )?model/.test(m[0]) && !MODEL_NAMES_ONE.test(s) && !/\b(compar\w*|against|beat|outperform\w*|improve\w*|better|simple|baseline|benchmark|starting point)\b/.test(s)) continue;
    // "I first tried writing a rule based agent, but after some weeks without improvements I switched to imitation
    // learning": an approach tried and dropped, never measured against
    if (!m[0].startsWith('baseline') && ABANDONED.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|better than|vs\.?|versus|baseline)\b/.test(s)) continue;
    // "The starting point of the diagram is our local setup": where a figure or a workflow begins
    if (/starting point/.test(m[0]) && /^(?:(?:is|as) )?(?:(?:a|the|our) )?starting point (?:of|in|for) (?:the |our |this |a )?(?:[\w-]+ )?(?:diagram|figure|chart|workflow|pipeline|flow|process|graph|architecture|setup|journey|tutorial|guide|walkthrough)\b/.test(low.slice(m.index))) continue;
    // "Check out our issues labeled help-wanted, they will be the perfect starting point!": where a contributor begins
    if (/starting point/.test(m[0]) && /\b(?:issues?|contribut\w*|pull requests?|prs?|docs|documentation|tutorials?|examples?|good first)\b/.test(s) && !MODELISH.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|baseline|benchmark)\b/.test(s)) continue;
    // "Modeling - The starting point to create your own custom model": where a user of a kit begins, no model to beat
    if (/starting point/.test(m[0]) && /^(?:the |a )?starting point (?:to|for) (?:creat|build|develop|writ|mak)\w* (?:your|their) own\b/.test(low.slice(m.index))) continue;
    // "drift only makes sense if we have a starting point to begin with": the reference data of a drift check
    if (/starting point/.test(m[0]) && /\b(?:drift\w*|reference (?:data(?:set)?|distribution|window|batch))\b/.test(s)) continue;
    // "As a starting point, we use the one-hot encoding strategy": a first data preparation, not a model to beat
    if (/starting point/.test(m[0]) && /\b(?:encod\w*|one-?hot|pre-?process\w*|imput\w*|normali[sz]\w*|tokeni[sz]\w*|representations?|pivot\w*|clean\w*)\b/.test(s) && !MODEL_NAMES_ONE.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|baseline|benchmark|model)\b/.test(s)) continue;
    // "When you provide GPT with a prompt, it uses that as a starting point and keeps predicting the next word": where generation begins
    if (/starting point/.test(m[0]) && /\b(?:prompts?|seed (?:text|words?|tokens?)|query|input text)\b[^.;]{0,60}\bas (?:a |the |its )?starting point\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|baseline|benchmark)\b/.test(s)) continue;
    // "existing pre-trained language models can be used as a starting point": the weights fine-tuning starts from, not a model to beat
    if (/starting point/.test(m[0]) && /\b(?:pre-?trained|foundation models?|checkpoints?|weights|fine-?tun\w*|warm[- ]start\w*|initiali[sz]\w*)\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|baseline|benchmark)\b/.test(s)) continue;
    // "If this is comparable to or greater than 0.387 …; the F1 score 0.387 is the average performance of radiologists": experts' level, the mark to reach
    if (/^(?:[a-z]+[- ]level|(?:average |mean |median )?performance of)/.test(m[0]) && /\b(?:compar\w*|greater|better|match\w*|exceed\w*|beat\w*|outperform\w*|than|vs\.?|versus|reach\w*|up to)\b/.test(low)) {
      BASELINE.lastIndex = 0;
      return true;
    }
    // "In the first version of our Spam Guard system, we used a hybrid approach": the design this write-up replaced, told as history
    if (m[0] === 'first version' && /^ of (?:our|the|this|my) /.test(low.slice(m.index + m[0].length, m.index + m[0].length + 9)) && /\b(?:we|i|it) (?:used|had|relied|built|stored|computed)\b|\b(?:was|were)\b/.test(s) && !/\b(?:compar\w*|against|beat|outperform\w*|better than|vs\.?|versus|benchmark)\b/.test(s)) continue;
    if (/^(?:start|simple|hand|compare|is |as |the |our |first|v1|initial|to start|seasonal|naive|random|majority|dummy|chance|constant)/.test(m[0])) {
      BASELINE.lastIndex = 0;
      return true;
    }
    // "the combination weight is fixed (0.75) in our current solution": the design itself as it stands, not a model to beat
    if (/^current/.test(m[0]) && /\bin (?:our|the|this) $/.test(low.slice(Math.max(0, m.index - 8), m.index)) && !/\b(?:compar\w*|against|beat|outperform\w*|better than|vs\.?|versus|replac\w*|baselines?|benchmark)\b/.test(s)) continue;
    // "if the new model performs better than the current model, it will become the new production
    // model": a champion/challenger promotion gate after retraining, not a baseline to build against
    if (/^current/.test(m[0]) && PROMOTION_GATE.test(s)) continue;
    // "If the current model has been trained on older data, its performance drops. Therefore, the training of a model happens if …": the model being replaced by retraining
    if (/^(?:current|existing) (?:production )?model/.test(m[0]) && /\b(?:fine-?tun\w*|trained on (?:older|old|stale|outdated|previous)|re-?train\w*|(?:older|old|stale|outdated) data|training of a (?:new )?model|(?:used for|for the) training of the current model|drift\w*|performance drops?)\b/.test(s) && !/\b(?:baselines?|benchmark|beat|outperform\w*)\b/.test(s)) continue;
    // "The current model orchestration can be done in a local Prefect server": the model's tooling, not a model
    if (/^current (?:production )?model$/.test(m[0]) && /^\s*(?:orchestration|registry|versions?|versioning|artifacts?|pipelines?|deployment|serving|card|files?|paths?|weights|checkpoints?|config\w*|tracking|storage|folder|directory)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "limitations are known regarding the current implementation of the tool": the state of the
    // authors' own code, not a system the model is measured against
    if (/^current (?:\w+ )?(?:implementation|solution|approach|pipeline|method)$/.test(m[0]) && /^\s*of (?:the |this |our )?(?:tool|project|code|codebase|repo\w*|package|library|app\w*|cli|notebook|scripts?|prototype|poc|demo)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "the model version needs to be set manually in the predict.py script": a setting of the code
    if (/^set (?:by hand|manually)/.test(m[0]) && /\b(?:versions?|scripts?|files?|\.py|config\w*|variables?|paths?|env\w*|parameters?)\b/.test(s)) continue;
    // "1. Load the existing model. 2. Transform it to a graph definition": the model file handled, not one to beat
    if (/^(?:current|existing|previous)/.test(m[0]) && /\b(?:load|export|convert|sav|import|download|copy|restor|open|transform|serializ|quantiz)\w* (?:the |our |an? )?$/.test(low.slice(Math.max(0, m.index - 16), m.index))) continue;
    // ("The previous solution has been a simple list of keywords … so we needed a better solution": what the model replaces)
    if (/^(?:current|today|existing|at present|previous|legacy|set |tuned |chosen |picked |adjusted |priced |hand-?set)/.test(m[0]) && (/\b(compar\w*|against|control|switch back|fall ?back|replace|beat|improve|outperform\w*|(?:better|higher|lower|worse)\b[^.;]{0,30}\bthan|(?:need(?:ed|s)?|want(?:ed|s)?) a better (?:solution|system|approach|way|method|model))\b/.test(s + ' ' + low) || compares())) {
      BASELINE.lastIndex = 0;
      return true;
    }
    if (BASELINE_CUE.test(s) && contentWords(s) >= 3) {
      BASELINE.lastIndex = 0;
      return true;
    }
  }
  BASELINE.lastIndex = 0;
  return false;
}

const PROMOTION_GATE = /\b(?:stag|promot|transition|mov)\w* (?:the |a |this )?(?:new |latest |retrained )?models? (?:in)?to (?:the )?(?:production|prod)\b|\bnew models?\b[^.;]{0,60}\bcompared (?:to|with|against) the (?:existing|current|old|previous)(?: one| model)?\b[^.;]{0,60}\b(?:archiv\w*|promot\w*|replac\w*|kept|keep|wins?|best|worst)\b|\b(?:new|retrained|candidate|challenger|newly trained|fresh) models?\b[^.;]{0,120}\b(?:becomes?|replaces?|promot\w*|(?:is|gets|will be) (?:deployed|registered|swapped in)|(?:new|next) (?:production|champion)|takes? over)\b|\b(?:current|existing|production|reigning) champion\b|\b(?:canary|shadow)\b[^.;]{0,100}\bcompar\w* (?:[\w-]+ ){0,3}(?:against|to|with) the (?:current|existing|previous|old|production) (?:model|version)s?\b/;

const MODEL_NAMES =
  /\b(logistic regression|logreg|linear regression|lr|gemini|claude|mistral|mixtral|llama|gemma|qwen|phi-\d|(?:fast(?:er)? )?r-?cnns?|(?:one|two|single|multi)[- ]stage (?:networks?|detectors?|models?|architectures?)|ada ?boost\w*|(?:complement|multinomial|gaussian|bernoulli)nb|svc|lasso|ridge regression|elastic ?net|gbdts?|gbms?|gradient[- ]boost\w*|boosted trees|xgboost|lightgbm|catboost|random[- ]forests?|decision trees?|tree[- ]based|neural (?:net(?:work)?s?|rankers?|models?)|nns?|dnns?|mlps?|cnns?|rnns?|lstms?|grus?|transformers?|bert|gpt\w*|llms?|two[- ]tower|dual[- ]encoder|dcn(?:-?v2)?|deep ?& ?cross|deep and cross|deep ?fm|factori[sz]ation machines?|fm|matrix factori[sz]ation|mf|wide (?:&|and) deep|gnns?|graphsage|gcn|gat|isolation forest|autoencoders?|k-?nn|knn|svms?|naive bayes|resnet\w*|vit|yolo\w*|faster r-?cnn|mask ?r-?cnn|retinanet|efficientnet|u-?nets?|deeplab\w*|vgg\w*|mobilenet\w*|s?arimax?|holt[- ]winters|prophet|dlrm|bm25|collaborative filtering|content[- ]based|ensembles?|heuristics?|rule[- ]based|lambdamart|ranknet|word2vec|skip-?gram|siamese|clip|mixture of experts|mmoe|deep learning|linear models?|kalman|survival model|cox|ets|exponential smoothing|deepar|tft|temporal fusion transformer|n-?beats|seq2seq|sequence models?|deep (?:tabular|sequence|global) (?:models?|nets?)|(?:hierarchical )?deep nets?|global models?|per-series models?|per-(?:group|segment|store|region|customer|sku|product) (?:hourly |daily |weekly |monthly )?models?|quantile (?:regression|models?)|faster r-?cnn|retinanet|one-stage detectors?|two-stage detectors?|graph neural networks?|early fusion|late fusion|logistic (?:model|classifier)|uplift trees?|causal forests?|t-?learner|s-?learner|x-?learner|two-model approach|bayesian (?:structural )?(?:time[- ]series )?models?|structural time[- ]series|bsts|gaussian process(?:es)?|bayesian regression|efficientnet[\w-]*|mobilenet[\w-]*|distil\w*bert|(?:ro|de)berta\w*|cross[- ]encoders?|bi[- ]encoders?|(?:ms-marco-)?minilm[\w-]*|bge(?:-[\w-]+)?|colbert\w*|mpnet[\w-]*|sbert|sentence[- ]transformers?|keyword[- ]rules?(?: router)?|(?:randomforest|logisticregression|gradientboosting|histgradientboosting|decisiontree|extratrees|kneighbors|adaboost|mlp|sgd|linearsvc|svc|svr)(?:classifier|regressor)?|linearregression|supportvectormachines?|xgb(?:classifier|regressor)|lgbm(?:classifier|regressor))\b/g;
const MODEL_NAMES_ONE = new RegExp(MODEL_NAMES.source);
const TRADE =
  /\b(pros?|cons?|trade-?offs?|advantages?|disadvantages?|drawbacks?|downsides?|upsides?|benefits?|limitations?|weakness\w*|strengths?|vs\.?|versus|compared (?:to|with)|comparison|alternatives?|instead of|rather than|outperform\w*|better than|worse than|prefer\w*|chose|choose|chosen|pick\w*|go with|went with|going with|opt(?:ed)? for|select\w*|because|since|due to|at the cost of|faster|slower|cheaper|simpler|more expressive|less interpretable|more interpretable|scales? better|considered|would need|not worth|isn'?t worth|overkill|enough for|too (?:slow|complex|expensive|heavy))\b/;

/** Judgement words: a model named with one of these under "Alternatives" is being compared. */
const EVALUATIVE = /\b(but|however|poor|poorly|promising|expensive|costly|slow|slower|fast|faster|accurate|harder|easier|simpler|complex|needs?|requires?|can'?t|cannot|won'?t|worse|better|overkill|insufficient|too|lacks?|misses|weaker|stronger|heavier|lighter)\b/;

/** "only the ingredients of depth one are considered": what the model takes into account, not candidates weighed. */
/** A model described as a variant of another ("BERT-tiny, a smaller and faster version of the BERT model"): one model named twice, nothing weighed. */
const VARIANT_OF = /\b(?:an? |the )?(?:(?:smaller|lighter|faster|cheaper|distilled|compressed|tiny|mini|reduced|quantized)(?:,? (?:and )?(?:smaller|lighter|faster|cheaper|distilled|compressed))*) (?:version|variant|edition|flavou?r) of (?:the )?[\w.-]+(?: model)?/g;
const ONLY_CONSIDERED = /\bonly (?:the )?(?:[\w-]+ ){1,5}(?:are|is|were|was|get|gets) (?:being )?considered\b/g;

/** "I chose the IQR method over Z-scores or Isolation Forest": the pick set against the alternatives it beat. */
const CHOSE_OVER = /\b(?:i|we) (?:chose|picked|selected|went with|opted for|preferred) (?:the |an? )?[^.;]{2,60}? (?:over|instead of|rather than) (?:the |an? )?[^.;]{2,60}/;
/** A reason given for such a pick, in its sentence or the units after it ("Why not Z-Score? … sensitive to extreme outliers"). */
const PICK_REASON = /\b(?:why|because|since|due to|robust\w*|sensitive|simpler|faster|cheaper|easier|better|worse|interpretab\w*|explainab\w*|overfit\w*|scal(?:es|able))\b/;
/** "I did consider using logistic regression, but its capacity was insufficient": a candidate turned down with its reason. */
const CONSIDERED_BUT = /\b(?:i|we) (?:did |also |first |initially )?(?:consider(?:ed)?|thought about|looked at|tried) (?:using |an? |the )?[^.;]{2,50}?,? but (?:it|its|they|their|this|that)\b[^.;]{3,80}?\b(?:insufficient|too|not|lack(?:s|ed)?|couldn'?t|can'?t|could not|cannot|worse|lower|fail\w*|underfit\w*)\b/;

const TRIED_DROPPED =
  /\b(?:tried|experimented with|tested|prototyped|evaluated)\b(?:[^.;]|\.\d){0,120}[.;,]?(?:[^.;]|\.\d){0,80}\b(?:dropped|abandoned|ruled (?:it )?out|rejected|discarded|gave up on|shelved)\b/;

/**
 * A choice put off to "whatever works best", or a reason that says only that ("since it gives the
 * best results"): no pros or cons, no justified choice.
 * Data picked for a subset ("a subset of the original dataset was carefully selected") is not a model chosen either.
 */
const TARGET_CHOSEN = /\b(?:i|we) (?:chose|choose|selected|picked) (?:the )?[`'"]?[\w.-]+[`'"]?(?: column| variable| field)? as (?:the |our )?(?:target|label|response|outcome|dependent)(?: variable| column| feature)?\b|\b(?:the )?(?:[\w*-]+ )?(?:f1[- ]?score|f1|auc|roc[- ]auc|accuracy|precision|recall|rmse|mae|mape|r2|log ?loss|ndcg|metric)\W{0,6}(?: \w+){0,2} (?:is|was|has been) (?:selected|chosen|picked|used) (?:for|as) (?:the )?(?:model )?(?:evaluation|evaluation metric|main metric|primary metric|metric|scoring)\b/g;
const VACUOUS_CHOICE =
  /\b(?:pick|choose|select|go with|use|keep) (?:the one|whichever|whatever|the (?:model|approach|option) that)(?: (?:that|which))? (?:works|performs|does|scores|is) (?:the )?best\b|\b(?:since|because|as) (?:it|they) (?:gives?|has|have|is|are|works?|performs?) (?:the )?best(?: results?| performance| accuracy)?\b|\b(?:find|see|determine|decide|figure out|check|learn) (?:out )?which (?:model|one|approach|algorithm|method|classifier)s? (?:works|performs|does|scores|is) (?:the )?best\b|\b(?:since|because|as) (?:this|it) is an? (?:[\w-]+ ){0,2}(?:classification|regression|ranking|forecasting|clustering) (?:problem|task)\b|\bselect(?:s|ed|ing)? (?:the |some |relevant |important |useful |a few |good )?(?:features?|columns?|variables?|attributes|predictors)\b|\b(?:choose|pick|select|try|train) (?:\d+(?:\s*[-–]\s*\d+)?|two|three|a few|several|some|different|multiple)(?: different)? (?:models|algorithms|approaches|classifiers|methods) to (?:compare|try|test|evaluate)\b|\b(?:[\w-]+ )?feature selection\b|\b(?:sub-?sets?|samples?|portions?|slices?) of (?:the )?(?:original |raw |whole |full |entire )?(?:data(?:set)?|records|rows|examples)\b[^.;]{0,30}?\b(?:was|were|is|are) (?:carefully |randomly |manually )?selected\b|\bselect(?:s|ed|ing)? (?:a |the )?(?:random |small |smaller )?(?:sub-?sets?|samples?|portions?) of (?:the )?(?:data|records|rows|examples|images)/g;

/** "We go with the cascade.": a choice named in a sentence of its own. Group 1 = what is chosen. */
const CHOICE = /^(?:so,? |hence,? |therefore,? |thus,? |in the end,? |overall,? |decision:? |verdict:? )?(?:we|i)(?:'ll| will| would|'ve| have)?(?: (?:decided|chosen|chose) to)? (?:go(?:ing)? with|went with|choose|chose|pick(?:ed)?|select(?:ed)?|opt(?:ed)? for|settled? on|prefer)\s+(?:the |a |an |option )?([a-z0-9][\w-]*)/;
const COMPARISON_HEADING = /\b(?:vs\.?|versus|options?|alternatives?|trade-?offs?|comparison|choices?|candidates?|model selection)\b/;

/**
 * A choice stated after the comparison it settles: under a heading that compares ("Cascade vs
 * end-to-end") or right after a table with two or more option columns, and naming one of them.
 */
function choiceAfterComparison(u: Unit, doc: ParsedDoc): boolean {
  const m = CHOICE.exec(u.low) ?? CHOICE_LABEL.exec(u.low);
  if (!m || m[1].length < 2) return false;
  const chosen = m[1];
  const heading = headingOf(u, doc);
  if (COMPARISON_HEADING.test(heading) && heading.includes(chosen)) return true;
  const prev = u.index > 0 ? doc.units[u.index - 1] : undefined;
  if (!prev || prev.headingIdx !== u.headingIdx) return false;
  if (prev.kind === 'item' || (prev.kind === 'para' && prev.depth > 0)) return choiceAfterOptionList(u, doc, chosen);
  if (prev.kind !== 'row') return false;
  // options as columns ("| | cascade | end-to-end |") …
  const header = prev.parentText.split('|').map((c) => c.trim()).slice(1).filter((c) => c.length > 0);
  if (header.length >= 2 && header.some((c) => c.includes(chosen))) return true;
  // … or as rows ("| GBDT | fast on CPU | … |"), two or more of them
  let rows = 0;
  let named = false;
  for (let k = u.index - 1; k >= 0 && rows < 30; k--) {
    const r = doc.units[k];
    if (r.kind !== 'row' || r.parentText !== prev.parentText || r.headingIdx !== u.headingIdx) break;
    rows++;
    if (r.label.startsWith(chosen)) named = true;
  }
  return rows >= 2 && named;
}

/** "Choice: LN-param DNN (…)", "Picked — two-tower": the pick as a label. */
const CHOICE_LABEL = /^(?:choice|(?:chosen|selected|final|picked) (?:model|approach|algorithm|architecture)|chosen|pick(?:ed)?|selected|selection|winner|decision)\s*[:=—–-]\s*(?:the |a |an |option )?([a-z0-9][\w-]*)/;
const WHY_NOT_REASON = /\b(?:but|because|since|so|lose|gain|instead|rather|worse|better|cheaper|simpler|smaller|larger|slower|faster|needs?|would need|overkill|not worth)\b/;
const DEFERRED_CHOICE =
  /\b(?:i|we)(?: will|'ll| would| might| may| could| plan to| intend to)(?: then| also| first| further)? (?:explore|try|consider|test|check|experiment with|look at|look into|investigate|compare|evaluate)\b|\b(?:decide|determine|find out|figure out) (?:on )?(?:which|the best) (?:model|one|approach|algorithm|method|classifier)s?\b|\bshould also consider\b|\b(?:compare|evaluate) (?:the )?(?:models?'? |their )?(?:performances?|results|scores) and (?:then )?(?:select|pick|choose) (?:the |a )?(?:best|final)\b|\b(?:will|would) (?:allow|enable|let us|let me) (?:a |us to |me to )?(?:direct |fair )?compar\w*/;
const CHOICE_REASONED =
  /\b(?:pros?|cons?|trade-?offs?|advantages?|disadvantages?|drawbacks?|downsides?|because|due to|at the cost of|rather than|chose|chosen|went with|opted for|going with|(?:we|i) (?:pick|choose|prefer)|better at|worse at|but (?:it|they|this|that|its|their)|however)\b/;
const CHOSE = /\b(?:choose|chose|chosen|pick(?:s|ed)?|select(?:s|ed)?|go(?:ing)? with|went with|opt(?:ed)? for)\b/;
/** The best of the candidates by a named measure ("the best performing model based on RMSE", "the winner model"). */
const BEST_BY_METRIC = /\b(?:best|highest|lowest)(?:[- ]performing| scoring)?\b[^.;]{0,50}?\b(?:rmse|mae|mape|auc|roc|f1|f-score|accuracy|precision|recall|r2|r²|log ?loss|ndcg|metrics)\b|\b(?:winner|winning) model\b|\bperform(?:s|ed)? (?:the )?(?:well|better|best|strongly)\b[^;]{0,60}?\b(?:rmse|mae|mape|auc|roc|f1|f-score|accuracy|precision|recall|r2|r²|log ?loss|ndcg)\b[^.;]{0,20}?\d/;
/** That best candidate taken ("was selected to be trained and served", "thus, it is used for inference"). */
const PICKED_WINNER = /\b(?:(?:was|is|got|been) (?:selected|chosen|picked|promoted|deployed)|(?:is|was|will be) used (?:for|in) (?:inference|serving|production|deployment|the (?:final|web) (?:model|service|app))|(?:so|thus|hence|therefore),? (?:we |i )?(?:use|used|chose|choose|pick|picked|went with|go with|deploy(?:ed)?|kept|keep)|(?:we|i) (?:chose|selected|picked|went with|kept|deployed) (?:it|this|that)\b|\bfound (?:[\w-]+ ){1,3}to (?:have|be|give|perform) (?:the )?best\b|\b(?:of|among|from) (?:the |all |these |those )?(?:[\w-]+ ){0,3}(?:models?|approaches|architectures|candidates|variants|methods) (?:i|we) (?:explored|tried|tested|compared|evaluated|trained|built),? (?:the )?[\w+.-]+(?: [\w+.-]+)? (?:performed|did|worked|scored) (?:the )?best\b|\b(?:of|from|combining) (?:these|the|those) (?:(?:two|three|four|five|\d+) )?(?:best |top )?models? (?:was|were|is|are) (?:then )?(?:used|chosen|selected|deployed|built|kept))/;
const OPTION_COUNT = /\b(?:two|three|four|five|\d) (?:options|approaches|alternatives|choices|candidates)\b/;
const WE_CHOSE = /\b(?:we|i) (?:choose|chose|pick|picked|select|selected|go with|went with|opt for|opted for)\b/;
const OPTIONS_CAPTION = /\b(?:options?|alternatives?|approaches|candidates?|choices|considered|looked at|evaluated|compared)\b/;

/**
 * "Options I looked at:" / "- A — …" / "- B — …", then "So we decided to go with B": two or more, one named
 * (or one level down: "- Models evaluated:" / "  - SVD" / "  - NMF", then "- Chosen model: SVD, due to …").
 */
function choiceAfterOptionList(u: Unit, doc: ParsedDoc, chosen: string): boolean {
  let items = 0;
  let named = false;
  let caption = '';
  for (let k = u.index - 1; k >= 0 && items < 30; k--) {
    const v = doc.units[k];
    if (v.headingIdx !== u.headingIdx || v.depth <= u.depth) {
      caption = v.headingIdx === u.headingIdx ? v.raw : '';
      break;
    }
    if (v.depth === u.depth + 1 && v.kind === 'item') {
      items++;
      caption = v.parentText;
    }
    if (v.low.includes(chosen)) named = true;
  }
  return items >= 2 && named && OPTIONS_CAPTION.test(caption);
}

/** The units next to `u`, walking out one way and then the other, each way while `within` holds. */
function* around(u: Unit, doc: ParsedDoc, within: (v: Unit) => boolean): Generator<Unit> {
  for (const step of [-1, 1]) {
    for (let k = u.index + step; k >= 0 && k < doc.units.length && within(doc.units[k]); k += step) yield doc.units[k];
  }
}

/** A list item marked as the pick among its siblings ("- XGBoost + graph features: AUC 0.95 ← chosen"). */
const CHOICE_MARK = /(?:←|<-+|⬅)\s*(?:chosen|picked|selected|going with (?:this|it)|we go with (?:this|it)|this one|winner|our pick)\b|\((?:chosen|picked|selected|our pick|winner)\)/;

/** An option turned down with its reason: "doesn't work because …", "not ideal because …", "is not good because …". */
const REJECTED_WITH_REASON = /^(?:(?:it |this )?(?:(?:does|do|will|would) ?n[o']?t|doe?n?st|wont) (?:work|scale|fit|perform well)|(?:it'?s |its |it is |this is |is |are )?not (?:ideal|good|great|suitable|a good (?:fit|choice|option)|optimal|enough|viable)|(?:is |are )?(?:too (?:slow|expensive|costly|complex|heavy|big|large)|worse))\b[^.;]{0,30}?\b(?:because|since|as|due to|given)\b/;

/** An option's label that names a model or a part of one ("Multi-task classifier", "Single binary head", "Two-tower"). */
const MODEL_OPTION = new RegExp(String.raw`${MODEL_NAMES.source}|\b(?:heads?|classifiers?|models?|networks?|architectures?|encoders?|towers?|rankers?|detectors?|regressors?|embeddings?)\b`);

/**
 * Options weighed with their reasons: sibling items naming approaches, one turned down with its
 * reason ("- Single binary head: doesn't work because we would not know what was harmful", "- One
 * classifier per class: not ideal because …", "- Multi-task classifier: one head per label"), or a
 * paragraph under an approach's heading that turns it down ("### Late fusion" / "is not good because …").
 */
function rejectedWithReason(u: Unit, doc: ParsedDoc): boolean {
  if (u.kind === 'item' && u.label) {
    if (!REJECTED_WITH_REASON.test(valueOf(u).trimStart())) return false;
    let labelled = 0;
    let modelish = MODEL_OPTION.test(u.label);
    for (const v of around(u, doc, (v) => v.headingIdx === u.headingIdx && v.kind === 'item' && v.depth >= u.depth)) {
      if (v.depth !== u.depth || !v.label) continue;
      labelled++;
      modelish ||= MODEL_OPTION.test(v.label);
    }
    return labelled >= 2 && modelish;
  }
  return u.kind === 'para' && REJECTED_WITH_REASON.test(u.low) && MODEL_NAMES_ONE.test(headingOf(u, doc));
}

function markedChoiceAmongSiblings(u: Unit, doc: ParsedDoc): boolean {
  if (u.kind !== 'item' || !CHOICE_MARK.test(u.low)) return false;
  let siblings = 0;
  for (const v of around(u, doc, (v) => v.headingIdx === u.headingIdx && v.kind === 'item' && v.depth >= u.depth)) if (v.depth === u.depth) siblings++;
  return siblings >= 2;
}

/** A table cell that marks its row as the pick ("🥇 **Best**", "Chosen", "✅ selected", "winner"). */
const PICK_CELL = /^(?:[^\w\s]+\s*)?(?:best|winner|chosen|selected|picked|our pick|deployed|final(?: model| choice)?)(?:\s*(?:model|choice|overall))?\s*[^\w\s]*$/;

/**
 * A table of candidate models scored side by side, the row marked as the pick ("| XGBoost | 93.1% | 0.953 | 🥇 Best |"
 * among rows for random forest and logistic regression): two or more other rows name models.
 */
function markedRowAmongRows(u: Unit, doc: ParsedDoc): boolean {
  if (u.kind !== 'row' || !u.cells || !MODEL_NAMES_ONE.test(u.label) || !u.cells.slice(1).some((c) => PICK_CELL.test(c.toLowerCase()))) return false;
  if (!/\d/.test(u.low)) return false;
  let others = 0;
  for (const v of around(u, doc, (v) => v.kind === 'row' && v.parentText === u.parentText && v.headingIdx === u.headingIdx)) if (MODEL_NAMES_ONE.test(v.label)) others++;
  return others >= 2;
}

/** A caption or table header over measured results ("Final results on test set (metric is accuracy):", "| Model | AUC |"). */
const SCORES_CAPTION = /\b(?:results?|scores?|accuracy|auc|roc|pr-?auc|f1|f-score|precision|recall|rmse|mae|mape|smape|r2|r²|log ?loss|ndcg|map@?\d*|mrr|metrics?|leaderboard|comparison|compared)\b/;
const SCORE_VALUE = /\b\d{1,3}(?:[.,]\d+)?\s?%|(?:^|[\s|(:=])0?\.\d+\b|\b\d\.\d+\b/;

/** A model taken forward: trained, used, deployed, saved, or named as the pick. */
const TAKEN_FORWARD = /\b(?:trains?|trained|training|uses?|used|using|deploy\w*|serv(?:e|es|ed|ing)|saved?|export\w*|final|chos(?:e|en)|selected|picked|winner|best|went with|go with|production)\b/;

/**
 * Three or more candidate models measured side by side, one per list item or table row, under a
 * caption or header that names the results or the metric ("1. Logistic Regression: 63.48%" …
 * "5. XGboost: 82.1%" after "Final results on test set"), and one of them taken forward under the
 * same heading ("XGBoost is then trained on all the data"): the choice rests on the numbers.
 * Scores alone, with no pick, compare but choose nothing.
 */
/** A results row for the writers' own model ("Our model", "Ours", "Proposed model", "Fine-tuned Mistral (ours)"). */
const OUR_MODEL_ROW = /^[\s*_]*(?:our (?:model|approach|system|method|fine-?tuned \S+)|ours|proposed (?:model|approach|method)|[\w .-]{1,30}\(ours\))[\s*_]*$/;

function scoredModelsSideBySide(u: Unit, doc: ParsedDoc): boolean {
  if ((u.kind !== 'item' && u.kind !== 'row') || u.uncommitted || !SCORES_CAPTION.test(u.parentText)) return false;
  const scored = (v: Unit): string => {
    const name = v.kind === 'row' ? (v.cells?.[0] ?? '').toLowerCase() : v.label || v.low;
    return SCORE_VALUE.test(v.kind === 'row' ? v.low.slice(name.length) : v.low) ? name : '';
  };
  const own = scored(u);
  if (!own || !MODEL_NAMES_ONE.test(own)) return false;
  const names = modelNames(own);
  for (const v of around(u, doc, (v) => v.headingIdx === u.headingIdx && v.kind === u.kind && v.parentText === u.parentText && v.depth === u.depth)) {
    for (const n of modelNames(scored(v))) names.add(n);
    if (names.size >= 3) break;
  }
  // "| **Our model** | **0.664** | 0.630 | **0.647** |" under rows for GPT-4o, Gemini and Claude: the
  // writers' own model scored against the candidates they weighed it with
  if (names.size >= 2 && u.kind === 'row') {
    for (const v of around(u, doc, (v) => v.kind === 'row' && v.parentText === u.parentText && v.headingIdx === u.headingIdx)) {
      if (OUR_MODEL_ROW.test((v.cells?.[0] ?? '').toLowerCase()) && scored(v)) return true;
    }
  }
  if (names.size < 3) return false;
  // (only under the same heading: the rule's verdicts are remembered per heading, memo.ts)
  for (const v of around(u, doc, (v) => v.headingIdx === u.headingIdx)) {
    if (v.uncommitted || v.parentText === u.parentText || !TAKEN_FORWARD.test(v.low)) continue;
    if ([...modelNames(v.low)].filter((n) => names.has(n)).length === 1) return true;
  }
  return false;
}

/** The distinct model families a text names ("random forests", "random forest" and scikit-learn's "RandomForestClassifier" are one). */
function modelNames(text: string): Set<string> {
  return distinctMatches(text, MODEL_NAMES, 50, (g) => g.replace(/s$/, '').replace(/(?<=\w)(?:classifier|regressor)$/, '').replace(/[\s-]+/g, ''));
}

/** Libraries a platform supports, listed: "supports multiple ML frameworks (PyTorch, XGBoost, etc.)". */
const FRAMEWORKS_SUPPORTED = /\b(?:supports?|supporting|works with|integrates with|compatible with) (?:multiple |many |various |all |popular |major |common )?(?:ml |machine learning |deep learning )?(?:frameworks|libraries|toolkits)\s*(?:\([^)]{0,120}\)|(?:such as|like|including|e\.g\.,?) [^.;]{0,120})/g;

/** A gain weighed against its cost: "did not increase the accuracy enough to justify the added complexity". */
const JUSTIFIES_COST = /\b(?:accuracy|auc|recall|precision|f1|performance|quality|gains?|improvements?|lift)\b[^.;]{0,60}\b(?:enough|sufficient(?:ly)?) to justify (?:the |its )?(?:added |extra |additional |increased |higher )?(?:complexity|cost|latency|overhead|compute|maintenance)\b|\b(?:not|isn'?t|wasn'?t) worth (?:the |its )?(?:added |extra |additional |increased )?(?:complexity|cost|latency|overhead|compute|maintenance)\b/;

/** "Mean Squared Error and Root Mean Squared Error is least for the Polynomial Regression machine learning technique and hence this would be used": picked by a measured result. */
const BEST_HENCE_USED =
  /\b(?:least|lowest|highest|best|smallest|minimal|maximal)\b[^.;]{0,20}?\bfor (?:the )?[\w-]+(?: [\w-]+){0,2}\b[^.;]{0,40}?\b(?:hence|so|therefore|thus)\b[^.;]{0,20}?\b(?:it|this|that|the model|this model)\b[^.;]{0,12}?\b(?:(?:would|will) be|is|was|gets?) (?:used|chosen|selected|picked|kept|deployed)\b/;
/**
 * A kind of model preferred for stated reasons, against another: "statistical peak prediction models
 * are preferred since they are practical to implement …, have less overhead … than the ML approaches".
 */
const PREFERRED_FOR_REASONS = /\b(?:models?|approach(?:es)?|methods?|algorithms?|classifiers?|regressors?|estimators?|networks?)\b (?:is|are) (?:preferred|favou?red|chosen|picked|selected) (?:since|because|as|due to|given)\b[^.;]{0,200}?\b(?:than|over|compared (?:to|with)|instead of|rather than)\b/;

/** "X is slower but more accurate, … so we use X": a cost weighed against a gain, then the pick. */
const TRADEOFF_THEN_PICK = /\b(?:is|are|being|runs?) (?:much |a bit |slightly )?(?:slower|faster|cheaper|costlier|simpler|larger|smaller|heavier|lighter|more expensive|less expensive|more complex) (?:but|while|yet|though|and) (?:much |a bit |slightly )?(?:more|less) (?:accurate|robust|interpretable|expressive|precise|stable)\b[^.]{0,160}?\b(?:so|hence|therefore|thus|which is why),? (?:we|i)(?:'ll| will| would)? (?:use|choose|chose|pick|picked|go with|went with|opt for|opted for|prefer|select|selected)\b/;

/** A caption that gives the reasons for what was just named: "**Why:**", "Rationale:", "Reasons for this choice:". */
const WHY_CAPTION = /^(?:why(?: (?:this|it|we chose (?:it|this)|this (?:model|approach|choice|algorithm)))?|rationale|reasoning|justification|reasons?(?: for (?:the |this )?(?:choice|pick))?)\s*:?$/;

/**
 * "🧠 **Random Forest Classifier**" then "**Why:**" and its reasons ("- Works well with tabular EHR
 * data", "- Handles non-linear relationships"): a model named on a short line of its own, the reasons
 * for it listed under the caption that follows it (same heading).
 */
function reasonsUnderWhy(u: Unit, doc: ParsedDoc): boolean {
  if (u.kind !== 'item' || !WHY_CAPTION.test(u.parentText) || contentWords(u.low) < 3) return false;
  for (let k = u.index - 1, n = 0; k > 0 && n < 12; k--, n++) {
    const cap = doc.units[k];
    if (cap.headingIdx !== u.headingIdx) return false;
    if (cap.kind === 'item') continue;
    // (the caption is a label with no value of its own: "**Why:**")
    if (!WHY_CAPTION.test(cap.low === '' ? cap.label : cap.low)) return false;
    const named = doc.units[k - 1];
    return named.headingIdx === u.headingIdx && named.kind !== 'item' && MODEL_NAMES_ONE.test(named.low) && named.low.split(/\s+/).length <= 6 && !isNegated(named.low, 0, named.low.length, 'any');
  }
  return false;
}

const CHOSEN_FOR_REASON =
  /\b(?:it|this|that|the model|this model|which) (?:was|is|has been) (?:chosen|selected|picked|preferred) (?:for (?:this|the|our) (?:task|problem|use case|project|data(?:set)?) )?(?:due to|because(?: of)?|since|given) (?!(?:it|they) (?:gives?|has|have|is|are|works?|performs?|had|gave) (?:the )?(?:best|highest|better)\b|this is an? (?:[\w-]+ ){0,2}(?:classification|regression|ranking) (?:problem|task)\b)[^.;]{25,}/;
/** "We chose to train a simple MLP since it can handle a diverse range of input features": the pick and its reason, said by the team. */
const WE_CHOSE_BECAUSE =
  /\b(?:we|i) (?:chose|decided|opted|picked|selected) (?:to (?:train|use|build|go with|employ|adopt|fine-?tune) )?(?:an? |the )?[\w.-]+(?: [\w.-]+){0,3}? (?:since|because|as|due to|given that) (?!(?:it|they) (?:gives?|has|have|is|are|works?|performs?|had|gave) (?:the )?(?:best|highest|better)\b|this is an? (?:[\w-]+ ){0,2}(?:classification|regression|ranking) (?:problem|task)\b)[^.;]{20,}/;
const BETTER_BUT_BALANCE =
  /\b(?:although|though|while|even though|despite)\b[^.;]{1,80}?\b(?:better|higher|more accurate|stronger|slightly better)\b[^.;]{0,60}?,[^.;]{1,80}?\b(?:provided|provides|offered|offers|gave|gives|struck|strikes|had|has|was|is) (?:a |the )?(?:better|superior|best|good|nicer|more favou?rable) (?:balance|trade-?off|compromise)\b/;
/** A heading or caption that asks why a pick was made ("Why Logistic Regression?", "Why we chose XGBoost:"; not "Why not …"). */
const WHY_PICK = /^why (?!not\b)(?:use |choose |pick |go with |we (?:use|chose|picked) )?(?:an? |the )?\S/;
/** "selected for superior PR-AUC", "chosen for its lower latency": a pick justified by an edge over the others. */
const PICKED_FOR_EDGE = /\b(?:selected|chosen|picked|preferred) (?:for|because of|due to|given|on account of) (?:its |their |the )?(?:superior|better|higher|lower|stronger|best|highest|lowest|greater|faster|smaller|cheaper)\b/;
/**
 * "Unlike black-box models (e.g., deep neural networks), Logistic Regression provides: …": the pick set
 * against the alternatives it was preferred to (group 1: what follows the comma, which names the pick).
 */
const UNLIKE_ALTERNATIVES = /\bunlike (?:the |most |other |many |more )?(?:[\w-]+ ){0,3}(?:models?|networks?|approaches|methods|algorithms|ensembles?|learners|architectures)\b(?:e\.g\.|i\.e\.|[^.;]){0,80}?,\s*([^.;:]{3,60}?) (?:provides?|offers?|gives?|is|has|allows?|keeps?|yields?|remains?|stays?)\b/;
const STATUS_QUO_HEADING = /^(?:the )?(?:current |existing )?status quo\b|^(?:the )?(?:current|existing|today'?s) (?:non-ml |manual )?(?:solution|approach|process|system|state|workflow)s?\b/;

function selectionTradeoffs(u: Unit, doc: ParsedDoc): boolean {
  // "| Requirement | How many/when | Justification |" → "| `m1.medium` VMs | 4 for entire project duration | …": machines asked for, no model weighed
  if (u.kind === 'row' && RESOURCE_TABLE.test(u.parentText)) return false;
  // "#### Current Status Quo (Non-ML Solution)" → "Scalability issues – … human moderation cannot keep up": today's
  // process faulted, the case for the project, not candidate models weighed
  if (STATUS_QUO_HEADING.test(headingOf(u, doc))) return false;
  if (stated(u.low, BEST_HENCE_USED) && MODELISH.test(u.low)) return true;
  if (stated(u.low, PREFERRED_FOR_REASONS)) return true;
  // "XGBoost selected for superior PR-AUC and interpretability via SHAP": the pick and the edge it won on
  const edge = PICKED_FOR_EDGE.exec(u.low);
  if (edge && MODEL_NAMES_ONE.test(sentenceAt(u.low, edge.index)) && !isNegated(u.low, edge.index, edge[0].length, 'any')) return true;
  const unlike = UNLIKE_ALTERNATIVES.exec(u.low);
  if (unlike && MODEL_NAMES_ONE.test(unlike[1]) && !isNegated(u.low, unlike.index, unlike[0].length, 'any')) return true;
  if (markedChoiceAmongSiblings(u, doc) || markedRowAmongRows(u, doc) || scoredModelsSideBySide(u, doc) || rejectedWithReason(u, doc) || reasonsUnderWhy(u, doc)) return true;
  if (affirmed(u, JUSTIFIES_COST, 'none') && MODELISH.test(u.low)) return true;
  // "**Why not a gradient-boosted model?** It would work for …, but …": an alternative answered with its reasons
  if (/^why not\b/.test(u.label) && MODEL_NAMES_ONE.test(u.label) && contentWords(valueOf(u)) >= 8 && WHY_NOT_REASON.test(valueOf(u))) return true;
  // "**Why LogReg as meta-learner:** Naturally calibrated outputs, prevents overfitting on 4-7 inputs, …": the pick with its reasons
  if (/^why (?:use |choose |pick |go with )?(?:an? |the )?\S/.test(u.label) && !/^why not\b/.test(u.label) && MODEL_NAMES_ONE.test(u.label) && contentWords(valueOf(u)) >= 6 && !valueNegated(u)) return true;
  // "### Why Logistic Regression?" → "- Scales well to large sparse feature spaces": the pick's reasons under a heading
  // that asks why, or under a caption that does ("Why LightGBM / scikit-learn:" → "* fast to train (seconds/minutes, no GPU)")
  if (u.kind !== 'row' && contentWords(u.low) >= 3 && !u.uncommitted) {
    const h = headingOf(u, doc);
    if (WHY_PICK.test(h) && MODEL_NAMES_ONE.test(h)) return true;
    const cap = u.parentText;
    if (u.kind === 'item' && cap.length <= 80 && WHY_PICK.test(cap) && MODEL_NAMES_ONE.test(cap)) return true;
  }
  // "Two-stage network is slower but more accurate, … so we use two-stage": the trade-off and the pick in one sentence
  if (stated(u.low, TRADEOFF_THEN_PICK)) return true;
  // "Although `mpnet` showed slightly better recall, `MiniLM` provided a superior balance between
  // retrieval quality, speed, and resource usage": the loser's edge, then the winner's balance
  if (stated(u.low, BETTER_BUT_BALANCE)) return true;
  // "We use the VADER model. … It was chosen for this task due to the nature of most reviews being brief and
  // informal, similar to social media text which VADER excels in analysing": the pick with a reason of its own
  if (stated(u.low, CHOSEN_FOR_REASON) && MODELISH.test(u.low)) return true;
  const because = stated(u.low, WE_CHOSE_BECAUSE);
  if (because && MODEL_NAMES_ONE.test(because[0])) return true;
  // a comparison can run over a few sibling paragraphs or a nested pros/cons list
  let text = subtreeLow(doc, u);
  for (let k = Math.max(u.lastDesc, u.index) + 1, n = 0; k < doc.units.length && n < 3; k++, n++) {
    const v = doc.units[k];
    if (v.headingIdx !== u.headingIdx) break;
    text += ' ' + v.low;
  }
  // ("only the ingredients of depth one are considered": an input the model takes, not candidates weighed)
  text = text.replace(ONLY_CONSIDERED, ' ').replace(VARIANT_OF, ' ');
  // "Linear, ridge and random forest … Random forest is the best performing model based on RMSE. Thus,
  // it is used for inference": candidates compared on a named metric and the winner taken
  const own = subtreeLow(doc, u);
  // (or the candidates in this unit, the pick among them in the paragraphs after it)
  if (BEST_BY_METRIC.test(text) && PICKED_WINNER.test(text) && !DEFERRED_CHOICE.test(text) && modelNames(own).size >= 2) return true;
  if (BEST_BY_METRIC.test(own) && PICKED_WINNER.test(own) && !DEFERRED_CHOICE.test(text)) {
    // the candidates may be listed in the paragraphs before the pick (same heading, hyper-parameter
    // lists of each candidate in between)
    let around = text;
    for (let k = u.index - 1, n = 0; k >= 0 && n < 40; k--, n++) {
      if (doc.units[k].headingIdx !== u.headingIdx) break;
      around = doc.units[k].low + ' ' + around;
    }
    if (modelNames(around).size >= 2) return true;
  }
  if (/\bbest\b| is an? |\bselect|\bcompare\b/.test(text)) text = text.replace(VACUOUS_CHOICE, ' ');
  // "I chose `pchembl_value` as the target variable": a column picked as the label, not a model
  // ("The f1-score is selected for model evaluation": a metric picked, not a model)
  if (/\b(?:chose|choose|chosen|selected|picked)\b/.test(text)) {
    // (a paragraph whose only pick is its metric or target, naming no model, is not the evidence for
    // the models compared in the paragraphs after it)
    if (own.search(TARGET_CHOSEN) >= 0 && modelNames(own).size === 0) return false;
    text = text.replace(TARGET_CHOSEN, ' ');
  }
  const altCtx = ctxHas(u, doc, /\b(alternatives?|(?:two|three|four|\d) options|options? considered|considered|candidates?|model (?:selection|choice)|trade-?offs?|pros|cons)\b/);
  // "Tried GBDT on tabular only; it plateaued at 0.71 AUC, so we dropped it": a rejected candidate with its reason
  if (TRIED_DROPPED.test(u.low) && MODEL_NAMES_ONE.test(u.low)) return true;
  const over = CHOSE_OVER.exec(u.low);
  if (over && MODEL_NAMES_ONE.test(over[0]) && PICK_REASON.test(text) && !u.uncommitted && !isNegated(u.low, over.index, over[0].length, 'any')) return true;
  const turnedDown = CONSIDERED_BUT.exec(u.low);
  if (turnedDown && MODEL_NAMES_ONE.test(turnedDown[0]) && !u.uncommitted) return true;
  if (choiceAfterComparison(u, doc)) return true;
  if (!TRADE.test(text) && !EVALUATIVE.test(text)) return false;
  // "I will then explore how models like SVM or xgboost perform … will allow direct comparison",
  // "XGBoost is an algorithm I should also consider … and decide which model works best": candidates
  // to try later, with the choice left to the results and nothing weighed
  if (DEFERRED_CHOICE.test(text) && !CHOICE_REASONED.test(text)) return false;
  // a paragraph that compares nothing itself ("Baseline: the current stack …") is not the evidence
  // for the comparison that follows it; the following units are tried on their own
  // (nor is the baseline stated before the options: "The baseline is what we run today: …" under "Models considered")
  if (text.length > own.length && /^(?:(?:the|our) )?baseline\b/.test(u.label || u.low) && !TRADE.test(own) && modelNames(own).size <= 1) return false;
  if (text.length > u.low.length && !altCtx && !TRADE.test(subtreeLow(doc, u)) && !EVALUATIVE.test(subtreeLow(doc, u)) && !/:\s*$/.test(u.low) && contentWords(u.low) > 6) return false;
  // ("Kubeflow … supports multiple ML frameworks (PyTorch, XGBoost, etc.)": a platform's supported libraries, no model weighed)
  const names = modelNames(/framework|librar|toolkit/.test(text) ? text.replace(FRAMEWORKS_SUPPORTED, ' ') : text);
  // "We also tried an Isolation Forest … The residual approach is easier to explain and scored better, so we're going with it"
  if (names.size >= 1 && /\b(?:tried|experimented with|prototyped)\b/.test(text) && /\b(?:better|worse|easier|harder|simpler|faster|slower|cheaper|more accurate)\b/.test(text) && CHOSE.test(text)) return true;
  if (names.size >= 2 && (TRADE.test(text) || altCtx || /\b(more|less|better|worse|but|however|enough|need\w*)\b/.test(text))) return true;
  if (names.size === 1 && altCtx && EVALUATIVE.test(text) && contentWords(text) >= 4) return true;
  // "Two options: N classifiers / multi-task NN (choose this)"; "Model selection" → "We choose GNN" with its reasons nested under it
  if (names.size >= 1 && altCtx && CHOSE.test(text) && (OPTION_COUNT.test(text + ' ' + u.parentText) || (u.lastDesc > u.index && WE_CHOSE.test(u.low) && contentWords(text) >= 6))) return true;
  if (names.size === 1 && (/\b(pros?|cons?|trade-?offs?|advantages?|disadvantages?|drawbacks?|downsides?|alternatives?)\b/.test(text) || (/\bconsidered\b/.test(text) && EVALUATIVE.test(text))) && contentWords(text) >= 6) return true;
  return false;
}

/**
 * "Explanation" meant for the reader of the document: "a good explanation of what LTR is (link)",
 * "for a better explanation of f1 score see …", "_For a full explanation on this exploration, see:",
 * "Further explanation in [5. Train the model]", "see: Analysis explanation" (a linked page's title).
 */
function explanationForReader(low: string, index: number, length: number): boolean {
  const before = low.slice(Math.max(0, index - 24), index);
  const after = low.slice(index + length, index + length + 80);
  // "**LLM Architecture Explanation**" (what a candidate is judged on), "the design explanation": the design explained to a person
  if (/\b(?:architecture|design|system|solution|approach|code|concept|trade-?off)s? $/.test(before)) return true;
  // "the explanation for this model is given in the section above": a pointer within the document
  if (/^\s*(?:for|of) (?:this|the|our|each) [\w-]+(?: [\w-]+)? (?:is|are|was|were|can be) (?:given|provided|found|described|shown) (?:in|above|below|earlier|later)\b/.test(after)) return true;
  if (/^\s*(?:on|of|about)\s+(?:what|how)\b/.test(after.slice(0, 14))) return true;
  // "My initial iterations don't need too much explanation": the write-up's own prose
  if (/\b(?:do(?:n'?t| not)|does(?:n'?t| not)|won'?t|will not) (?:really )?(?:need|require|deserve|warrant)(?: (?:too|much|any|a lot of|an?))* $/.test(before)) return true;
  // "The explanation for this could be that our demographic filter …": the authors account for a result they saw
  if (/^\s*(?:for|of|behind) (?:this|that|these|it|the (?:drop|rise|increase|decrease|gap|difference|result|behaviou?r|pattern|trend|discrepancy))\b[^.;]{0,20}?\b(?:could|might|may|would|is|was|seems|lies)\b/.test(after)) return true;
  // "Please return your code and explanation of your approach", "the explanation of our Data pipeline
  // DAG": the author's (or candidate's) own work explained, not the model's predictions
  if (/^\s*(?:of|for) (?:your|my|our|the|this) (?:[\w-]+ ){0,2}(?:approach|code|solution|work|dags?|pipelines?|answer|reasoning|thought process|choices|decisions)\b/.test(after)) return true;
  // "the section below 'Explanation of the folders and files in order'": a guide to the repository
  if (/^\s*(?:of|for) (?:the |all |each )?(?:folders?|files?|code|repo\w*|director(?:y|ies)|structure|notebooks?|scripts?)\b/.test(after)) return true;
  // "To explain the overall architecture of our project", "the model will be explained in detail below",
  // "these models are complex to explain": the write-up explains its own design to the reader
  if (/^\s*(?:the |our |this |its |each |all )?(?:overall |whole |general |high-level )?(?:architecture|project|code(?:base)?|pipeline|set-?up|design|workflow|structure|repo\w*|folders?|files?|steps|process|approach|methodology|implementation|infrastructure|tools?)\b(?!'s)/.test(after)) return true;
  if (/^\s*(?:in (?:more |great |full |further )?details?|below|above|later|in (?:the )?(?:next|following) (?:section|chapter|part))\b/.test(after) || /\b(?:complex|hard|difficult|easy|simple|tricky) to $/.test(before)) return true;
  // "We will omit explanations for the data cleaning methods we used": the write-up's own steps
  if (/^\s*(?:of|for|on) (?:the |our |all |each |these |those )?(?:data )?(?:cleaning|clean-?up|pre-?processing|wrangling|methods?|methodology|steps?|approach(?:es)?|procedures?|process(?:es)?|derivations?|math\w*|equations?|formulas?|terms?|concepts?|terminology|dimensions?|shapes?|symbols?|notation|abbreviations?|acronyms?|fields?|columns?|arguments?|(?:hyper-?)?parameters?|options?|flags?)\b/.test(after)) return true;
  if (/\b(?:for|see) (?:an? |the )?(?:better|good|great|nice|detailed|full|thorough|more|longer|short|quick) $/.test(before)) return true;
  if (/(?:^|[\s_*(>])(?:for |see )?(?:an? |the )?(?:further|more|full|fuller|detailed|longer|short|quick|better|good) $/.test(before) && /^\s*(?:in|at|on|of|about)\b[^.;]{0,60}?(?:\bsee\b|[[:(#]|\bbelow\b|\babove\b|\bsection\b|\bnotebook\b)|^\s*(?:in|at) /.test(after)) return true;
  // "(See attached data in appendix for links to raw data and brief explanation)"
  if (/\b(?:brief|short|quick) $/.test(before) && /\b(?:see|appendix|attached|links?)\b/.test(low.slice(Math.max(0, index - 80), index))) return true;
  return /\bsee:? (?:the |our |this )?(?:[\w-]+ ){0,3}["'“‘]?$/.test(low.slice(Math.max(0, index - 40), index));
}

const LOSS_NAMED =
  /(?<![\w-])(?:binary:logistic|binary:hinge|multi:softmax|multi:softprob|reg:squarederror|reg:logistic|reg:pseudohubererror|reg:quantileerror|reg:tweedie|count:poisson|rank:pairwise|rank:ndcg|rank:map)(?![\w-])|\b((?:crossentropy|bcewithlogits|bce|mse|l1|smoothl1|nll|kldiv|huber|focal|arcface|cosface|sphereface|tripletmargin|triplet|contrastive|ctc|dice|marginranking|supcon|ntxent)loss|arcface|cosface|cross[- ]?entropy|ce|bce|log[- ]?loss|logistic loss|focal loss|contrastive loss|triplet loss|hinge(?: loss)?|huber(?: loss)?|mse|mean squared error|mae|mean absolute error|rmse|softmax(?: loss| cross[- ]entropy)?|sampled softmax|info-?nce|nce loss|pairwise (?:loss|hinge|logistic)|bpr|lambda-?(?:rank|mart|loss)|ranknet|listnet|nll|negative log[- ]likelihood|kl[- ]divergence|quantile loss|pinball(?: loss)?|quantile regression|poisson loss|(?:poisson|tweedie|gamma|binomial|multinomial) deviance|triplet(?: objective| margin(?: loss)?)?|tweedie|dice loss|iou loss|smooth l1|l1 loss|l2 loss|(?:l1|l2|quantile|poisson|tweedie|huber|pinball|mae|mse|rmse|log[- ]?loss|cross[- ]entropy|lambdarank|pairwise|listwise) objective|[a-z-]+ \([a-z -]{2,20}\) loss|squared (?:loss|error)|margin (?:ranking )?loss|cosine (?:embedding )?loss|multi-?task loss|weighted (?:sum of )?(?:losses|bce|cross[- ]entropy)|[a-z-]+ loss(?:es)?)\b/g;
// ("evaluated post-training using standard metrics (RMSE, MAE)": after training, not how it trains)
const LOSS_WORDS = /\b(loss(?:es)?|objective function|cost function|(?<!post-)train(?:ed|ing)? (?:with|on|using|against)|optimi[sz]\w*|minimi[sz]\w*)\b/;

const BUSINESS_LOSS = /[$€£¥]|\b(?:reduc|cut|lower|decreas|prevent|sav|avoid)\w*\b[^.;]{0,60}\b(?:by|to) (?:≥|>|at least |about |~)?\s*\d|\b(?:reduc|cut|lower|decreas)\w*\b[^.;]{0,60}\b(?:by|in) half\b|\bhalv(?:e|es|ing)\b|\b(?:revenue|money|dollars?|euros?|pounds?|customers?|business(?:es)?)\b/;

const ML_LOSS_QUALIFIER = /^(?:contrastive|classification|regression|ranking|reconstruction|box|focal|triplet|hinge|huber|pairwise|listwise|pointwise|auxiliary|adversarial|perceptual|distillation|ctc|segmentation|detection|localization|bbox|mask|dice|softmax|sampled|weighted|multi-?task|joint|quantile|pinball|poisson|tweedie|margin|cosine|l[12]|nce|info-?nce|logistic|squared|absolute|log|ce|bce|nll|kl)\b/;

/** A loss named among options surveyed, or wished for ("are some ways of", "there could be a better loss function"). */
const LOSS_SURVEYED = /\b(?:are|is) (?:some|a few|several|examples|common|popular|typical|various|one) (?:of (?:the )?)?(?:(?:common|popular|typical|possible|well-known) )?(?:ways|methods|approaches|options|techniques|algorithms|variants|examples)\b|^there (?:could|might|may|would) be (?:an? )?(?:better|different|other|another|more suitable|custom)\b/;

/** A quantile regression put to use, or given its quantile ("LightGBM quantile regression with alpha 0.95"). */
const QUANTILE_USED = /\b(?:use[sd]?|using|train(?:ed|ing)|fit(?:ted|ting)?|chos(?:e|en)|with (?:q|alpha|tau|τ)\b|(?:q|alpha|tau|τ)\s*(?:=|<|>|≤|≥))/;
/** ... or only tried or wished for ("quantile regression could give us intervals later"). */
const QUANTILE_HEDGED = /\b(?:could|might|would|may|try|trying|consider\w*)\b/;

/** The training loss set in code: a Keras `loss=` argument or a PyTorch criterion. */
const LOSS_IN_CODE = /\bloss\s*=\s*(?:\{\s*(?:['"][\w-]+['"]\s*:\s*)?)?['"](?:binary_crossentropy|categorical_crossentropy|sparse_categorical_crossentropy|mse|mae|mean_squared_error|mean_absolute_error|huber(?:_loss)?|hinge|kld|kullback_leibler_divergence|poisson|cosine_similarity|log_?loss|focal(?:_loss)?)['"]|\b(?:criterion|loss_fn|loss_func(?:tion)?|loss)\s*=\s*(?:torch\.)?nn\.(?:bcewithlogitsloss|bceloss|crossentropyloss|mseloss|l1loss|smoothl1loss|huberloss|nllloss|marginrankingloss|tripletmarginloss|cosineembeddingloss|kldivloss)\s*\(/;

/** A ranker trained on a listwise ranking metric: "The model optimises for nDCG", "the LTR model directly optimizes MAP". */
const OPTIMISES_RANK_METRIC = /\b(?:models?|rankers?|ltr|learning[- ]to[- ]rank|lambda ?(?:mart|rank)|algorithm) (?:will |is trained to |directly )?(?:optimi[sz]es?|optimi[sz]ing) (?:directly )?(?:for )?(?:the )?(?:n?dcg|mean average precision|map|mrr)\b/;

const BOOSTING_OBJECTIVE = /^\s*(?:binary logistic(?: regression)?|(?:multi-?class )?softmax|multi-?class (?:log-?loss|cross[- ]entropy)|squared (?:error|loss)|regression with squared (?:error|loss)|poisson(?: regression)?|tweedie(?: regression)?|gamma regression|pairwise (?:ranking|logistic)|lambdarank|rank:\w+|binary cross[- ]entropy)\b/;
/** A gradient-boosting library's objective setting in code ('objective': 'binary', objective="reg:squarederror"): the loss it trains on. */
const CONFIG_OBJECTIVE = /^\s*['"`]?(?:binary|multiclass(?:ova)?|softmax|regression(?:_l[12])?|huber|fair|quantile|mape|poisson|tweedie|gamma|cross_entropy(?:_lambda)?|xentropy|lambdarank|rank_xendcg|(?:binary|reg|multi|count|rank|survival):[a-z]+)['"`]?\s*,?\s*$/;
/** Is `word` in a cell of the row's "Examples" / "Options" column? */
function inExamplesCell(u: Unit, word: string): boolean {
  if (u.cells === undefined) return false;
  const header = u.parentText.split(' | ');
  return header.some((h, k) => /^(?:(?:popular |common |typical )?examples?|e\.g\.?|options?|alternatives?|candidates?|(?:example|popular|common|typical) (?:models?|algorithms?))$/.test(h.trim()) && (u.cells?.[k] ?? '').toLowerCase().includes(word));
}

/** A dict entry whose value computes a score from labels and predictions ('"log_loss": log_loss(labels, predictions)'). */
const METRIC_CALL = /^[\w. ]{1,40}\(\s*(?:y ?true|y|labels?|targets?|actuals?|truth|gold|y ?(?:test|val|valid))\s*,\s*(?:y ?pred\w*|y ?hat|y ?scores?|y ?probs?|preds?|predictions?|predicted|probs?|probabilities|scores?|outputs?)\b/;

function lossFunction(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // '"log_loss": log_loss(labels, predictions)' in the dict an evaluation function returns: a metric
  // computed from the predictions, not the loss the model trains on
  if (u.kind === 'comment' && !/^(?:train\w* )?(?:loss|criterion|objective)(?: fn| func(?:tion)?)?$/.test(u.label) && METRIC_CALL.test(valueOf(u))) return false;
  // "- **Objective:** Binary logistic regression" in a gradient-boosting model's settings: XGBoost's
  // binary:logistic, the log loss
  if (/^(?:training )?objective(?: function)?$/.test(u.label) && BOOSTING_OBJECTIVE.test(valueOf(u)) && !valueNegated(u)) return true;
  if (u.kind === 'comment' && u.label === 'objective' && CONFIG_OBJECTIVE.test(valueOf(u))) return true;
  if (stated(low, OPTIMISES_RANK_METRIC)) return true;
  LOSS_NAMED.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  // ("**Training.** Token-level cross-entropy over BIO tags": under a training label a named loss is the training loss, even in a section that also evaluates)
  const lossCtx = /\bloss\b|objective|^(?:model )?train(?:ing)?(?: (?:setup|procedure|details|recipe))?$/.test(u.label) || /\bloss\b/.test(u.parentText);
  while ((m = LOSS_NAMED.exec(low)) !== null && guard++ < 20) {
    const word = m[0];
    if (/^(?:or|and|nor|the|a|as|no|low|high|lower|higher|total|training|validation|valid|val|best|lowest|final|test|correct|right|proper|appropriate|suitable|wrong|better|worse|good|bad|smaller|minimal|minimum|similar|comparable|same|decreasing|increasing|stable|train|eval|confidentiality|integrity|data|information|revenue|fraud|financial|money|dollar|catastrophic|weight|memory|packet|customer|user|class|model|our|this|their|its|of|any|less|more|sales|profit|business|card|credit|expected|potential|annual|monthly|reported|claimed|incurred|insured|paid|actual|net|gross|average|estimated|covered|property|vehicle|crop|hearing|vision|sight|blood|hair|bone|muscle|tooth|life|habitat|appetite|job|signal|accuracy|auc|f1|ndcg|mrr|metric|score|quality|performance|precision|recall|huge|big|great|heavy|significant|major|power|heat|pressure|energy|stock|inventory|product|spoilage|shipment|cargo|load|yield|line|connection|network|frame|gps|message|subscriber|market|share|different|various|several|multiple|alternative|many|candidate|possible|context|node|gpu|pod|server|host|machine|instance|replica|worker|disk|cluster|broker|leader|quorum|partition|region|zone|session|cache|state|freshness|coverage|diversity|engagement|traffic|if|when|whether|unless|once|until|event|exposure|impression|retrieval|without|updated|to) loss(?:es)?$/.test(word)) continue;
    // "| Learning to Rank | Supervised models trained on click data | RankNet, LambdaMART |": named in
    // an "Examples" column of a table of approaches, a survey of options
    if (u.kind === 'row' && inExamplesCell(u, word)) continue;
    if (isNegated(low, m.index, word.length, 'strong')) continue;
    // "towards CE marking": the EU conformity mark, not cross-entropy
    if (/^b?ce$/.test(word) && CE_MARK.test(low.slice(m.index + word.length, m.index + word.length + 14))) continue;
    // "the local loss-prediction model", "the updated loss prediction module": a model that predicts a loss, named by it
    if (/^[-\s](?:predict(?:ion|ions|or|ors|ing)|estimat(?:ion|or|ors))\b/.test(low.slice(m.index + word.length, m.index + word.length + 14))) continue;
    // "Partial or complete loss of data during recording": something lost, not a training loss
    if (/^[a-z-]+ loss$/.test(word) && !ML_LOSS_QUALIFIER.test(word) && /^ of (?:the |a |an |all |some |any )?(?:useful |valuable |important |relevant |critical |user |customer |historical |raw )?(?:data|information|signal|packets?|samples?|audio|frames?|records?|customers?|revenue|life|privacy|control|accuracy|quality|context|detail|resolution|precision)\b/.test(low.slice(m.index + word.length, m.index + word.length + 30))) continue;
    // "a training set loss of 0.85, and a validation set loss of 1.05": a loss value reported, not the loss chosen
    if (/\bloss$/.test(word) && /^\s*(?:(?:of|was|is|=|:|at|reached|went down to|dropped to)\s*)?\(?\s*(?:~|about |around |≈)?\d/.test(low.slice(m.index + word.length, m.index + word.length + 24))) continue;
    // "reduce chargeback losses by 25%", "€2M in losses": money lost, not a training loss
    if (/^[a-z-]+ loss(?:es)?$/.test(word) && !ML_LOSS_QUALIFIER.test(word) && BUSINESS_LOSS.test(sentenceAt(low, m.index))) continue;
    // "to minimize losses from either scenario": losses, plural and unqualified, are money or units
    // lost unless the sentence is about training
    if (/(?:^| )losses$/.test(word) && !ML_LOSS_QUALIFIER.test(word) && !/\b(?:train\w*|gradient\w*|epochs?|back-?prop\w*|optimi[sz]ers?|adam\w*|sgd|networks?|weights|auxiliary|heads?|terms?)\b/.test(sentenceAt(low, m.index))) continue;
    // "a softmax activation" is a layer, not the loss; "the softmax probabilities" are its output
    // (nor is softmax listed among the layers: "a classifier (linear and softmax)", "conv → batch norm → softmax")
    if (/^softmax$/.test(word) && (/^\s*(activation|layer|function|output|head|probabilit|scores?\b|logits|values|distribution|temperature)/.test(low.slice(m.index + word.length, m.index + word.length + 12)) || (/\b(?:linear|dense|conv\w*|batch ?norm\w*|max ?pool\w*|relu|dropout|fully[- ]connected|layers?)\b/.test(sentenceAt(low, m.index)) && !/\b(?:loss|cross[- ]?entropy|objective|optimi[sz]\w*|minimi[sz]\w*)\b/.test(sentenceAt(low, m.index))))) continue;
    // a quantile regression trains on the pinball loss, when it is used or its quantile is set ("quantile
    // regression with q <= 0.01"), not when only named, tried or wished for ("Type: quantile regression")
    if (word === 'quantile regression') {
      const qs = sentenceAt(low, m.index);
      if (isNegated(low, m.index, word.length, 'any') || QUANTILE_HEDGED.test(qs) || !QUANTILE_USED.test(qs)) continue;
      LOSS_NAMED.lastIndex = 0;
      return true;
    }
    // an XGBoost objective ("binary:logistic"), an "L1 objective": the loss by construction
    if (word.includes(':') || word.endsWith(' objective')) {
      LOSS_NAMED.lastIndex = 0;
      return true;
    }
    const s = sentenceAt(low, m.index);
    // "SoftRank, LambdaRank, LambdaMart are some ways of performing ListwiseLTR": options surveyed;
    // "there could be a better loss function, in which we can penalize …": one wished for; "learning_rate:
    // … gradient descent … looking for global minima for loss": a hyperparameter's concept explained
    if (LOSS_SURVEYED.test(s) || /^learning[_ ]rate$/.test(u.label)) continue;
    // "evaluated with rolling-origin backtesting using pinball loss": the loss scores forecasts, nothing is trained on it
    if (!lossCtx && /\b(?:backtest\w*|evaluat\w*|validat\w*|measured|scored|reported|compared)\b/.test(s) && !/\b(?:train\w*|fine-?tun\w*|optimi[sz]\w*|minimi[sz]\w*|objective|fit(?:s|ted|ting)?|learn\w*|epochs?|lr|early stopping|weighted|head)\b/.test(s)) continue;
    const rest = s.replace(word, ' ');
    const metricCtx = inSection(u, 'evaluation') || ctxHas(u, doc, /\b(metrics?(?! learning)|evaluat\w*|offline|measure)\b/);
    // "Normalized Cross Entropy: predictive log loss divided by the cross entropy of the background CTR"
    // under "Metrics evaluation": a metric defined with loss words, nothing trained with it
    if (!lossCtx && !/\b(?:train\w*|optimi[sz]\w*|minimi[sz]\w*|objective|(?:loss|cost) functions?|fine-?tun\w*)\b/.test(rest) && (metricCtx ? /\b(?:divided by|ratio|normali[sz]ed|formula|computed as|defined as|calculated as)\b/ : /\b(?:divided by|formula|defined as|calculated as)\b/).test(rest)) continue;
    if (lossCtx || LOSS_WORDS.test(rest)) {
      LOSS_NAMED.lastIndex = 0;
      return true;
    }
    if (!metricCtx && /loss|entropy|deviance|focal|contrastive|triplet|hinge|huber|softmax|info-?nce|bpr|lambda|ranknet|listnet|nll|likelihood|pinball|tweedie|dice|smooth/.test(word) && !/^ce$|^mse$|^mae$|^rmse$/.test(word)) {
      LOSS_NAMED.lastIndex = 0;
      return true;
    }
  }
  LOSS_NAMED.lastIndex = 0;
  return false;
}

/** How training runs ("Trains LogisticRegression (balanced, LBFGS, 200 iter)", "train until the validation loss stops falling", …). */
const TRAINING =
  /\b((?:l-?bfgs|liblinear|newton-cg)\b|\d+ ?(?:iter|iterations|boosting rounds)\b(?<=\btrain\w*\b[^.;]{0,80})|train(?:ed|s|ing)? until (?:its |the |it |convergence|the (?:loss|error|validation))\w*|(?:data )?augment\w*\s*(?:\(|:|\s(?:with|using|such as|like|including|by|via))\s*[^.;]{0,40}?\b(?:crop\w*|flip\w*|mirror\w*|rotat\w*|jitter\w*|cutmix|mixup|cutout|gaussian noise|random eras\w*)|tun(?:e|es|ed|ing) (?:it|them|the model|the models) (?:with|on) (?:the |our )?labell?ed (?:data|examples|samples)|train\w* (?:the )?models? on each (?:training|train) (?:set|fold|window|split)\b|q?lora (?:fine-?tun\w* )?(?:on|over|with) (?:the |our )?[\w.+-]*\d[\w.+-]*|(?:small |coarse |full |random )?grid (?:over|on|of) (?:the )?[a-z_]+|sampled softmax|in-?batch (?:sampled )?softmax|trained (?:with|using) (?:an? |the )?(?:in-?batch|sampled|hard|contrastive|triplet|focal|class-?weighted|weighted) [a-z]|hyper-?parameters?(?: tuning| search| optimi[sz]ation| sweeps?)?|hp (?:tuning|search|sweeps?)|(?:hyper-?)?param(?:eter)?s? (?:are |were |is )?(?:tuned|chosen|selected|picked|searched) (?:on|with|by|using|via|over)\b|tun(?:e|ed|ing) (?:the )?(?:lr|learning rate|num_leaves|max_depth|tree depth|depth|alpha|lambda|regulari[sz]ation|dropout|hyper-?params?|hps?|params?)\b|(?:\d+|k)[- ]fold (?:cv|cross[- ]validation)\b[^.;]{0,30}? (?:for|to (?:tune|pick|choose|select|set)) \w|tun(?:e|ed|ing) (?:the )?[\w-]+ (?:with|via|using|by) (?:\d+[- ]fold )?(?:cv|cross[- ]validation)\b|(?:hyper-?)?parameters? (?:are |were |is |was )?tun(?:e|ed|ing)? (?:with|via|using|by) (?:\d+[- ]fold )?(?:cv|cross[- ]validation|grid search|random search)\b|(?:model |hyper-?parameter )?tuning (?:and (?:model )?(?:evaluation|selection|validation) )?(?:using|with|via|by) (?:\d+|k)[- ]fold (?:cv|cross[- ]validation)\b|\d+ (?:different |distinct )?(?:hyper-?)?param(?:eter)? (?:combinations|settings|configurations|sets)|(?:train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|ran|run) (?:it |the model |the network |the detector )?(?:for|on the basis of|over) (?:~|about |around )?\d[\d,.]*\s*k? (?:(?:training |gradient |optimi[sz]ation )?steps|iterations|runs)\b|(?:max_depth|n_estimators|num_leaves|learning_rate|min_child_\w+|min_samples_\w+|max_features|subsample|colsample_\w+|reg_(?:alpha|lambda))`? (?:of|=|:|set to) ?\d|grid search|random search|(?:halving)?gridsearchcv|randomi[sz]edsearchcv|bayesian (?:optimi[sz]ation|search)|optuna|hyperopt|fine-?tun(?:e|es|ing) (?:[\w-]+ ){0,4}?(?:pre-?trained|model|\w*bert|resnet|backbone|encoder|llm|layers?|on|from|weights|checkpoint|vit|clip|head|for (?:the )?[a-z][\w&-]+ (?:and|&|or) [a-z][\w-]*)|fine-?tuned (?:\w+ ){0,2}(?:on|from|with|for \d)|from scratch|pre-?train(?:ing|s)?\b|pre-?trained (?:on|with|from|for)|(?:from|start(?:ing)? from|initiali[sz]ed? (?:from|with)) (?:a |the )?pre-?trained|transfer learning|distributed training|data[- ]parallel\w*|model[- ]parallel\w*|horovod|parameter servers?|all-?reduce|epochs?|batch size|learning rate|lr schedule|optimi[sz]er(?:s)?(?=[^.;]{0,40}\b(?:learning rate|lr|epochs?|momentum|weight decay|batch)\b)|(?=adam)(?<=\b(?:optimi[sz]\w*|learning[- ]rates?|lr|epochs?|batch(?:es)?|train\w*|fine-?tun\w*|loss|gradients?|weight decay|momentum|beta\d?|β\d?)\b[^.;]{0,60})adam(?:w|ax)?\b|adam(?:w|ax)?\b(?=[^.;]{0,60}\b(?:optimi[sz]\w*|learning[- ]rates?|lr|epochs?|batch(?:es)?|train\w*|fine-?tun\w*|loss|gradients?|weight decay|momentum|beta\d?|β\d?)\b)|sgd|adagrad|early stopping|warm[- ]start\w*|(?=checkpoint)(?<!\b(?:flink|kafka|spark|streaming|stream|job|consumer|db|database|wal|toll|border|security|police|traffic|military|road|inspection) )checkpoint\w*(?! (?:age|lag|interval|duration|failures?|size|storage))|negative sampling|(?:sample|sampled) negatives|hard negatives?|in-?batch negatives|training (?:data|set|dataset|examples?|window|pipeline|job|runs?) (?:is|are|consists?|built|constructed|covers?|spans?|uses?|contains?|of|from)|(?:re)?train(?:ed|ing|s)? (?:daily |weekly |nightly |hourly |monthly |every (?:day|week|night|month|hour) )?(?:on|over|with) (?:the )?(?:last|past|previous|most recent|\d)|incremental (?:updates?|training|learning|fine-?tuning)|(?:over|under|down)-?sampl\w* (?:\w+ )?(?:in|during) training|(?:sliding|rolling) window|curriculum|mixed precision|gpus? for training|train(?:ing)? (?:on|with) \d+ ?(?:x ?)?(?:gpus?|a100s?|v100s?|h100s?|tpus?)|dropout|regulari[sz]ation|l2 penalty|(?:kept|keep|keeping|left|leave|leaving) (?:them|it|(?:the |all )?(?:[\w-]+ ){0,2}(?:layers?|weights|embeddings?|encoders?|backbones?|base models?)) (?:frozen|fixed|non-?trainable)|(?:freez(?:e|es|ing)|froze) (?:the |all )?(?:[\w-]+ ){0,3}(?:layers?|weights|embeddings?|encoders?|backbones?|base models?)|(?:layers?|weights|embeddings?|encoders?|backbones?) (?:are |were |is |was |stay |remain |stayed |remained )(?:kept )?frozen|knowledge distillation|distil\w* (?:[\w-]+ ){0,3}(?:into|to) (?:an? |the )?(?:[\w-]+ ){0,2}students?|teacher[- ]student|(?:train|fine-?tune)\w* (?:an? |the )?(?:[\w-]+ ){0,2}teacher|weight decay|gradient clipping|trained (?:daily|weekly|nightly|offline|in batch)|training (?:takes(?! place)|time)|(?:negatives?|neg(?:ative)? (?:samples?|examples?|pairs?)) ?(?:are|is|=|:) (?:\w+ )?(?:random\w*|sampl\w*|drawn|taken|chos\w*|choose|other|pick\w*)|sampled negative (?:samples|examples|pairs)|random negatives|random negative (?:samples|examples)|(?:in-?batch|sampled) negatives|sample \d+ negatives|(?:sample|sampled|keep|kept) \d+ ?% of (?:the )?(?:negatives?|them|impressions|non-\w+)|reject inference|monotonic(?:ity)? constraints?|sample weights|dataset construction|training (?:set|data) (?:consists|is built|includes)|(?:get|take|compute|use|all-?reduce) (?:the )?(?:mean|average) of the gradients|averag\w* (?:the |their )?gradients|gradients (?:are |get )?(?:averaged|all-?reduced))\b/g;

/** "C in [1, 2, 4, 8]", "max_iter: [20, 50, 100]": a hyperparameter with the values tried. */
const PARAM_VALUES = /(?:^|[\s(])[a-z_][\w.]*\s*(?:in|=|:|∈)\s*[[{(][^\]})]*,[^\]})]*[\]})]/g;

/** "augment the training data with …", "training set augmented by back-translation". */
const TRAINING_AUGMENTED = /\b(?:augment(?:s|ed|ing)? (?:the |our )?(?:training )?(?:data(?:set)?|set|examples|corpus|samples|messages|images|texts?|sentences)|(?:training )?(?:data(?:set)?|set|examples|corpus|samples) (?:is |are |was |were )?augmented) (?:with|by|using|via|through)\b/;

function training(u: Unit, doc: ParsedDoc): boolean {
  // "… a Logistic Regression with the following parameters:" / "- C in [1, 2, 4, 8]." / "- max_iter in [20, 50, …]": the grid searched
  if (/\b(?:following|these) (?:hyper-?)?param(?:eter)?s?(?: values)?\s*:?\s*$/.test(u.low) && u.lastDesc > u.index && (subtreeLow(doc, u).match(PARAM_VALUES)?.length ?? 0) >= 2 && !u.uncommitted) return true;
  // bullets under "Training dataset:" describe how the training set is built
  if (/\b(training (?:data ?set|dataset|data|set|examples)|dataset construction)\b/.test(u.label + ' ' + u.parentText.slice(0, 60)) && contentWords(u.low) >= 3 && !valueNegated(u)) return true;
  // "Model training" → "Dataset:" → "for each user and event pair, compute features, and label 1 if …"
  if (/^(?:the )?data ?sets?:?$/.test(u.parentText) && u.sections.includes('model') && contentWords(u.low) >= 3 && !valueNegated(u)) return true;
  // "Hyperparameters: default first", "HP: library defaults": no tuning at all
  if (/^(?:hyper-?param\w*|hps?|tuning|hp tuning)$/.test(u.label) && /^\s*(?:the |library |sklearn |lightgbm |xgboost |framework )?defaults?\b/.test(valueOf(u))) return false;
  // "We augment the training data with noisy copies of messages"; "### Augmentations" → "- Add noisy versions of partial messages (typos, abbreviations)"
  const aug = stated(u.low, TRAINING_AUGMENTED);
  if (aug && !/\bfeatures?\b|\bpre-?process/.test(u.label)) return true;
  if (/^(?:data |training |text |image )?augmentations?$/.test(headingOf(u, doc)) && u.kind === 'item' && !u.flags && contentWords(u.low) >= 4 && !valueNegated(u)) return true;
  const m = findAffirmed(u.low, TRAINING, 'any');
  if (!m) return false;
  // "I avoided fine-tuning the model using LoRA or QLoRA": the training ruled out
  if (/\b(?:avoided|decided against|chose not to|opted not to|refrained from)\s+$/.test(u.low.slice(Math.max(0, m.index - 24), m.index))) return false;
  // "**Feature engineering:** images resized …. Augmentation: random crop, flip": given as how the inputs are prepared
  if (/^(?:data )?augment/.test(m[0]) && /\bfeatures?\b|\bpre-?process/.test(u.label)) return false;
  // "Select Author from scratch > assign Function name, Runtime": a console option (AWS Lambda), not a model trained from scratch
  if (m[0] === 'from scratch' && /\b(?:author|create|build|start|select|choose|click)\w* (?:\w+ )?$/.test(u.low.slice(Math.max(0, m.index - 24), m.index)) && !/\b(?:train\w*|model|weights|network|epochs?)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "how to build a complete machine learning product from scratch": a product built, no weights trained
  if (m[0] === 'from scratch' && /\b(?:products?|projects?|apps?|applications?|systems?|websites?|pipelines?|platforms?|services?|series|tools?|detectors?|stack|infrastructure|testing|tests|test suites?|frameworks?|codebase|front-?end|back-?end|ui)\b[^.;]{0,20}$/.test(u.low.slice(Math.max(0, m.index - 40), m.index)) && !/\b(?:train\w*|weights|pre-?trained|initiali[sz]\w*|epochs?|fine-?tun\w*)\b/.test(sentenceAt(u.low, m.index))) return false;
  // "implement feature engineering (previously done on Spark) from scratch": code rewritten, no model trained
  if (m[0] === 'from scratch' && /\b(?:implement\w*|rewrit\w*|re-?writ\w*|re-?implement\w*|cod(?:e|ed|ing)|port\w*)\b[^.;]{0,80}$/.test(u.low.slice(Math.max(0, m.index - 90), m.index)) && !/\b(?:train\w*|weights|pre-?trained|initiali[sz]\w*|epochs?|fine-?tun\w*|models?|networks?)\b/.test(u.low.slice(Math.max(0, m.index - 90), m.index))) return false;
  // a row of an "Option | Pros | Cons" table is an alternative weighed, not the plan, unless marked chosen
  if (u.kind === 'row' && OPTIONS_TABLE.test(u.parentText) && !CHOSEN_ROW.test(u.low)) return false;
  // "when a dependency fails repeatedly within a short rolling window, the monitor sends an alert": a
  // window of time an alert counts over, not a rolling-window training scheme
  if (/\bwindows?$/.test(m[0]) && !/\b(?:train\w*|fit\w*|retrain\w*|backtest\w*|validat\w*|forecast\w*|epochs?|models?|modell?ing)\b/.test(sentenceAt(u.low, m.index).replace(m[0], ' '))) return false;
  // "Routing: batch size 8–16 to keep utilization > 60% without harming latency": requests batched at
  // serving time, not a training batch
  // '"batch_size": 10' in the request body of "POST /api/embeddings/backfill": how many records a job or
  // endpoint handles at once, not a training batch
  if (/^(?:mini-?)?batch(?:[- ]?size| sizes)/.test(m[0]) && u.kind === 'comment' && JOB_HEADING.test(headingOf(u, doc)) && !TRAINING_HEADING.test(headingOf(u, doc))) return false;
  if (/^(?:mini-?)?batch(?:[- ]?size| sizes)/.test(m[0]) && SERVING_BATCH.test(u.low) && !/\b(?:train\w*|epochs?|learning rate|lr|optimi[sz]er|gradients?|fine-?tun\w*)\b/.test(u.low)) return false;
  return !isBare(u, 2);
}
/** Headings of an endpoint, a data job or a request format, whose settings are no training settings. */
const JOB_HEADING = /\b(?:endpoints?|apis?|requests?|responses?|backfill\w*|inference|serving|index(?:ing|er)?|ingest\w*|imports?|exports?|etl|webhooks?|routes?)\b/;
const TRAINING_HEADING = /\b(?:train\w*|fine-?tun\w*|epochs?|learning rate|optimi[sz]\w*|hyper-?param\w*)\b/;
/** A heading over the trained model's feature importances or attributions. */
const IMPORTANCE_HEADING = /^(?:(?:top|most) (?:\d+ |important |predictive )?)?(?:feature|variable|predictor) (?:importances?|attributions?|contributions?)$|^shap(?: values| analysis| summary)?$/;
const SERVING_BATCH = /\b(?:latency|throughput|utili[sz]ation|inference|serving|requests?|qps|rps|ttft|decod\w*|queue\w*|routing|autoscal\w*|replicas?|wait(?:s|ing)? (?:for|time)|before sending|embedding (?:the |incoming |new )?(?:sentences|texts|documents|queries|messages))\b/;
const OPTIONS_TABLE = new RegExp(String.raw`${PROS_CONS_HEADER.source}|\b(?:options?|alternatives?|candidates?)\b.*\b(?:verdict|why not|rejected)\b`);

const INTERP =
  /\b(explainab\w*|(?:relative )?importance of (?:each|every|the|individual) (?:group of )?(?:features?|variables?|predictors?|inputs?)\b[^.;]{0,40}?\bin (?:explaining|predicting|driving|determining)\b|white[- ]box (?:models?|in themselves|algorithms?|approach(?:es)?|methods?)\b|(?:be|are|is) white[- ]box\b(?! test\w*)|understand (?:who|what|why|how) (?:the |our |these |those )?(?:models?|they|it|classifiers?|rankers?) (?:rank|rate|predict|score|flag|select|classif|recommend)\w*|(?:results?|predictions?|model(?:'s)?) interpretations?(?! (?:of|for) (?:the )?(?:data|dataset|eda|plots?|charts?|graphs?)\b)|interpretations? of (?:the |its |each |every )?(?:results|predictions?|scores?|model(?:'s)? (?:outputs?|decisions?|predictions?))|attention[- ]rollout|(?:highlight\w*|shows?|marks?) (?:the )?(?:tokens|words|phrases|features|pixels|regions|spans) that (?:drove|drive|explain\w*|contribut\w*|triggered)|(?:shows?|cites?|lists?|links? to) (?:its |their |the )?sources\b(?=[^.;]{0,60}\bwhy\b)|(?:carr(?:y|ies)|with|includ(?:e|es|ing)|attach(?:es)?) citations? (?:to|of) (?:the )?(?:[\w-]+ ){0,3}(?:that|which) (?:supports?|backs?|justif(?:y|ies))|(?:comes? with|shows?|lists?|includes?|displays?) (?:its |their |the )?top (?:\d+ |two |three |few )?reasons|top (?:(?:three|two|five|3|2|5|k|few|\d+) )?(?:risk |contributing |predictive )?(?:features|factors|reasons|drivers|contributors|signals) (?:that )?(?:drove|drive|drives|driving|explain\w*|behind|contribut\w*|influenc\w*)|grad-?cam|saliency (?:maps?|heatmaps?)|(?:attribution|activation) heatmaps?|attention (?:maps?|heat-?maps?|weights are visuali[sz]ed)|visuali[sz](?:e|es|ed|ing) (?:the )?attention(?: layers?| maps?| weights)?|integrated gradients|"?why"? (?:link|button|panel|tooltip|popover)s?|(?:states?|shows?) (?:its |the )?evidence (?:in (?:plain )?(?:words|language|english)|behind (?:it|each|the))|(?:shows?|cites?|links? to|jumps? to|highlights?) (?:its |the )?(?:evidence|source|supporting) (?:utterances?|sentences?|passages?|spans?|snippets?|documents?)|interpretab\w*|explanations?|explain(?:s|ed|ing)? (?:why|the (?:[\w'-]+ ){0,2}?(?:models?|predictions?|decisions?|scores?|results?|outputs?|classifications?|recommendations?|rankings?|flags?|alerts?|reasons?|factors?|features?|drivers?|risks?|forecasts?|estimates?|answers?|labels?|matches?|choices?|outcomes?|rejections?|approvals?|denials?)\b|(?:each|individual) (?:predictions?|decisions?|scores?|recommendations?|flags?|alerts?|results?|outputs?|cases?|transactions?|users?|drivers?|factors?|features?|variables?|coefficients?|reasons?|loans?|applicants?|claims?)|decisions?|predictions?|to (?:the |our |its )?(?:end[- ]|[\w-]+ )?(?:users?|customers?|clients?|agents?|reviewers?|analysts?|moderators?|applicants?|doctors?|clinicians?|patients?|stakeholders?|regulators?|auditors?|people|them|merchants?|sellers?|drivers?|borrowers?|operators?|engineers?|teams?|officers?|underwriters?|adjusters?|clinical staff))|(?:tree|kernel|deep)?shap(?: values| contributions)?|top[- ](?:\d+|two|three|five|few|k) (?:[\w-]+ ){1,2}by (?:their )?(?:reconstruction error|contributions?|importance|attributions?|shap\w*|saliency|weights?)|lime|feature importances?|reason codes?(?! ?["'“‘(]| field| column)|(?:feature|shap|score|token|pixel|input|per-feature|model) attributions?|attribution (?:scores?|maps?|methods?|values?)|integrated gradients|saliency|counterfactual\w*(?! ?\/ ?off-?policy\b)(?! (?:evaluation|estimation|estimators?|learning|policy|policies|risk|ips|logging|data|reasoning|ranking|learning-to-rank|ltr)\b)|partial dependence|transparen\w*|adverse action|(?:can|could|to) (?:see|understand|tell) why (?:a|an|the|this|each|it)\b|why (?:a|the|this) (?:transaction|post|user|ad|item|loan|claim|video|listing|application|account) (?:was|is|got)|(?:sees?|shown|told|notified of|informed of|receives?) (?:the |which )?(?:policy|reason|rule|category|violation)s?(?: (?:it|they|that|was|were))?|(?:top )?contributing features|feature contributions?)\b/g;
/** After "explain": "why it would be better", a change argued for. */
const CHANGE_ARGUED = /^why (?:it|this|that|they|the (?:change|tweak|fix|idea|new version)) (?:would|will|is|was|works?|helps?|improves?|should)\b|^why (?:a |the |one |some |certain |each )?(?:[\w-]+ )?(?:models?|algorithms?|approach(?:es)?|architectures?) (?:works?|performs?|does|do|fits?) (?:better|worse|best|well)\b/;
const INTERP_NEED =
  /\b(need\w*|required?|requires|must|should|regulat\w*|complian\w*|users?|customers?|reviewers?|analysts?|moderators?|agents?|auditors?|investigators?|stakeholders?|trust|debug\w*|so that|shap|lime|feature importance|reasons?|explain\w*|transparen\w*|show\w*|surface\w*|display\w*|log(?:s|ged|ging)?|report\w*|appeal\w*|adverse|disput\w*|see (?:exactly )?(?:which|why|what))\b/;

function interpretability(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "### Top 10 Feature Importances" → "| 1 | `pub_ctr_mean` | 0.0027 |" … "publisher historical CTR and
  // audience size are the most predictive features": the trained model's importances shown and read
  if (IMPORTANCE_HEADING.test(headingOf(u, doc)) && !u.uncommitted && (u.kind === 'row' ? /\d/.test(low) && /\b(?:importance|gain|shap|weight|contribution)s?\b/.test(u.parentText) : u.kind === 'para' && contentWords(low) >= 6)) return true;
  if (/^(?:interpretability|explainability|explanations?)$/.test(u.label) && contentWords(valueOf(u)) >= 3 && !valueNegated(u)) return true;
  // "GBDT — pros: interpretable" is a property of a model, not a plan; so are the reasons under
  // "Why LightGBM?" ("Feature importance is interpretable (useful for debugging)")
  if (/\b(pros?|cons?|advantages?|disadvantages?)\b/.test(u.label + ' ' + u.parentText)) return false;
  if (u.kind === 'item' && /^why\b/.test(u.parentText) && MODEL_NAMES_ONE.test(u.parentText) && !/\b(?:shap|lime|explain\w*|explanations?)\b/.test(low)) return false;
  // "- Feature importance analysis" in a task list: the step named, nothing said of what it shows or to whom
  if (u.kind === 'item' && /^(?:(?:run |do )?(?:a )?(?:feature importance|shap|lime)(?: values?)?(?: analysis| plots?| checks?| review)?|explainability|interpretability)\s*\.?$/.test(low.trim())) return false;
  INTERP.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  // "A brief explanation of these variables are below:" → "* MYSQL_USER: …": settings described, no model explained
  if (/\bexplanations? of (?:these|the|each|all|those) (?:environment |env |config(?:uration)? )?(?:variables|fields|columns|parameters|settings|options|arguments|flags)\b/.test(low) && !/\b(?:models?|predictions?|shap|lime)\b/.test(low)) return false;
  // "3. Explanation (for nuanced prose of decisions made …)" beside tutorials, how-to guides and reference: a kind of documentation
  if (u.kind === 'item' && /^explanations?\b/.test(low) && /\bdocument\w*|\btutorials?\b|\bhow-?to\b/.test(u.parentText)) return false;
  while ((m = INTERP.exec(low)) !== null && guard++ < 20) {
    if (isNegated(low, m.index, m[0].length, 'strong')) continue;
    // "explaining the product features and design decisions": a product shown to its users, no model explained
    if (/\bproduct features?\b/.test(m[0])) continue;
    const s = sentenceAt(low, m.index);
    if (/\b(pros?|cons?)\b\s*:/.test(s)) continue;
    // "Weights learned from GBDT feature importance on the seed dataset": importances turned into a score's weights, explaining nothing to anyone
    if (/\b(?:weights?|coefficients?|scores?) (?:are |were )?(?:learned|derived|taken|computed|set) from (?:the )?(?:[\w-]+ )?$/.test(low.slice(Math.max(0, m.index - 50), m.index))) continue;
    // "risk_label (thresholded), optional categories/explanations": an output the design may add, none committed
    if (/\boptional(?:ly)? (?:[\w-]+ ?\/ ?|[\w-]+ (?:and|or) )?$/.test(low.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Model auditing and interpretability (if reasoning the model matters) by using LIME, SHAP": put on a condition, not committed
    if (/\b(?:interpretab|explainab|auditing)\w*\s*\((?:only )?(?:if|when|where) [^)]{3,60}\)/.test(s)) continue;
    // "labeling AI-generated images helps users make informed decisions, increasing trust and transparency": the platform's, not the model's
    if (/^transparen/.test(m[0]) && !/\b(?:model|predictions?|scores?|algorithm\w*|why|reasons?|explain\w*|rankings?|recommendations?)\b/.test(s)) continue;
    // "sparse, interpretable vectors", "an interpretable embedding space": a property of the representation
    if (/^interpretab/.test(m[0]) && /^\s*(?:(?:sparse|dense|low-dimensional|community) )?(?:vectors?|embeddings?|representations?|latent (?:factors?|space)|spaces?|layers?|clusters?|factors?)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    if (/^(?:interpretab|explainab|transparen)/.test(m[0])) {
      // ("Interpretability is partially important. Business owner needs to have an idea why the pair is
      // duplicate": said to matter, and who needs it said in the next sentence)
      const mattersThenWho = /^\s*(?:is|are)\b[^.;]{0,30}\b(?:important|required|needed|necessary|essential|critical|crucial|a must|key)\b/.test(low.slice(m.index + m[0].length)) && INTERP_NEED.test(low.slice(m.index + m[0].length)) && contentWords(low) >= 8;
      if (!mattersThenWho && (!INTERP_NEED.test(s.replace(m[0], ' ')) || contentWords(s) < 4)) continue;
    }
    // "enhance image clarity, making them more suitable for model interpretation": inputs made easier for the model to read
    if (/^model(?:'s)? interpret/.test(m[0]) && /\b(?:suitable|ready|easier|better|fit|optimi[sz]ed|prepared|useful|clearer) for $/.test(low.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "- Logistic regression (fast, interpretable)" among other options: a property of a model, no plan to explain it
    if (/^interpretab/.test(m[0]) && /\([^()]{0,30}$/.test(low.slice(Math.max(0, m.index - 30), m.index)) && /^[^()]{0,30}\)/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 31)) && contentWords(s.replace(/\([^()]*\)/g, ' ')) <= 4) continue;
    // "Rule-based systems, while interpretable and straightforward, lack …": a property of another option
    if (/\b(?:while|although|though|albeit|if|whilst)\s+(?:(?:more|less|very|quite|highly|fairly|easily|somewhat|being)\s+)?$/.test(low.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "complemented by detailed textual explanations": the document explains itself to its reader
    // ("Frontend displays textual explanation: e.g., 'Recommended because you clicked X'": shown with the output)
    if (/^explan/.test(m[0]) && /\b(?:textual|written|explanatory|detailed|accompanying) $/.test(low.slice(Math.max(0, m.index - 14), m.index)) && !/\b(?:predictions?|decisions?|model|scores?|users?|reviewers?|recommend\w*|front-?end|displays?|shown)\b/.test(s.replace(m[0], ' '))) continue;
    // an explanation for the reader, not of the model's outputs (see explanationForReader)
    if (/^explanations?$/.test(m[0]) && explanationForReader(low, m.index, m[0].length)) continue;
    // ("to explain the overall architecture": the verb's object read after the verb itself)
    if (/^explain(?:s|ed|ing)? /.test(m[0]) && explanationForReader(low, m.index, m[0].indexOf(' '))) continue;
    // "feature importance using mutual information between categorical features": an EDA statistic of the data, not of the model
    if (/importances?$/.test(m[0]) && /^\s*(?:using|via|by|with|from|based on) (?:the )?(?:mutual information|correlations?|chi-?squared?|anova|f-?tests?|information gain)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "exploratory data analysis, which entails … checking of missing values, feature importance analysis, …": a step of the EDA listed with data checks
    if (/importances?$/.test(m[0]) && /\b(?:exploratory (?:data )?analysis|eda)\b/.test(sentenceAt(low, m.index)) && !/\b(?:shap|lime|explain\w*|interpret\w*|predictions?|trained model|the model'?s?)\b/.test(sentenceAt(low, m.index))) continue;
    // "it is a blackbox model, but it can be improved by using explainable AI techniques": an improvement left for later
    if (/\b(?:can|could|might|may) be (?:improved|extended|enhanced|made (?:more )?\w+) (?:by|with|using|through)\b|\bfuture (?:work|improvements?|directions?)\b/.test(s)) continue;
    // "This document explains **why** each major decision was made": the write-up explaining itself to its reader
    if (/^explain/.test(m[0]) && /\b(?:this|the|our|my) (?:design )?(?:document|doc|section|readme|write-?up|report|page|post|guide|chapter|notes?|article|proposal)s? (?:also |further |briefly )?$/.test(low.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "Feature Importance Drift: Measure the change in the model's feature importance over time": a watch on the model, under monitoring
    if (/importances?/.test(m[0]) && /\bimportances? (?:drift|shift|change)s?\b|\b(?:change|drift|shift)s? in (?:the )?(?:model'?s? )?feature importances?\b/.test(u.label + ' ' + s) && !/\b(?:shap|lime|explain\w*|reason codes?)\b/.test(s)) continue;
    // "I … explained the repository structure": the write-up explaining its own files
    if (/^explain/.test(m[0]) && /^\w+\s+(?:the |our |my |how (?:to|the) )?(?:repo\w*|code|folders?|director(?:y|ies)|project|structure|files?|setup|steps|process|instructions?|approach|methodology)\b/.test(low.slice(m.index))) continue;
    // "I could explain why it would be better": a change argued for, not a prediction explained
    if (m[0].startsWith('explain') && CHANGE_ARGUED.test(low.slice(m.index + m[0].length).replace(/^\s*/, m[0].endsWith('why') ? 'why ' : ''))) continue;
    // "…, which explains why the scores look low": the sentence explains something to the reader
    if (m[0].startsWith('explain') && /\b(?:which|this|that|it|what|also) $/.test(low.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "I choose LogisticRegression for its simplicity, ease of explainability and speed": a reason to pick a model, not explanations given
    if (/^(?:interpretab|explainab)/.test(m[0]) && /\b(?:for|because of|due to|given) (?:its|their|the) (?:[\w-]+,? (?:and )?){0,4}$|\b(?:ease|easiness|simplicity) of $/.test(low.slice(Math.max(0, m.index - 50), m.index)) && /\b(?:cho(?:ose|se|sen)|pick\w*|select\w*|prefer\w*|went with|opt(?:ed)? for|model of choice)\b/.test(s)) continue;
    // "logistic regression … because it's easy to explain to restaurants": a property of a model
    if (m[0].startsWith('explain') && /\b(?:easy|easier|easiest|simple|simpler|hard|harder|difficult|straightforward) to $/.test(low.slice(Math.max(0, m.index - 20), m.index))) continue;
    INTERP.lastIndex = 0;
    return true;
  }
  INTERP.lastIndex = 0;
  return false;
}

export const MODEL_RULES: readonly ItemSpec[] = [
  {
    id: 'model.baseline',
    topic: /baseline/,
    triggers: ['basic', 'classical', 'traditional', 'conventional', 'naive', 'vanilla', 'untuned', 'previous', 'legacy', 'original', 'exceeds', 'exceed', 'always', 'majority', 'constant', 'predictor', 'baseline', 'baselines', 'start', 'starting', 'simple', 'heuristic', 'heuristics', 'rule', 'rules', 'popularity', 'popular', 'current', 'currently', 'today', 'existing', 'human', 'v0', 'manual', 'static', 'threshold', 'hand', 'compare', 'compared', 'benchmark', 'present'],
    // "the current system" is a baseline when the doc compares anywhere: remembered per unit as "present if"
    ...splitTest(baselineLocal, docCompares),
    keyPatterns: [BASELINE],
    doc: {
      present: 'A simple baseline the complex model must beat: "Baseline: logistic regression on hashed features (the current production model)", "start with a popularity ranker", "compare against the existing rules engine", "the naive approach is to predict the same day last week; the model must beat it", "a better nDCG than our current search algorithm", a logistic regression under a "Benchmark Model" heading.',
      absent: 'A bare "Baseline" bullet; "NCE (normalized over baseline CTR)"; heuristics used as filters rather than as a baseline; "pre-trained language models can be used as a starting point" (weights to fine-tune, not a model to beat); "benchmarked against actual defaults" (the truth, not a model to beat); "baseline bias and variance" of the same model; with SageMaker Model Monitor, the "model baseline" step or job (the statistics drift is checked against); the existing model that retraining fine-tunes.',
    },
  },
  {
    id: 'model.selection-tradeoffs',
    topic: /\bpros\b|\bcons\b|trade-?offs?|alternatives?|which model|model (?:choice|selection)/,
    triggers: ['unlike', 'justify', 'worth', 'best', 'winner', 'highest', 'lowest', 'least', 'hence', 'why', 'choice', 'pros', 'pro', 'cons', 'con', 'tradeoff', 'tradeoffs', 'trade', 'advantages', 'disadvantages', 'drawback', 'drawbacks', 'downside', 'benefits', 'limitations', 'vs', 'versus', 'compared', 'comparison', 'alternative', 'alternatives', 'instead', 'rather', 'outperforms', 'better', 'worse', 'prefer', 'chose', 'choose', 'chosen', 'pick', 'picked', 'go', 'going', 'went', 'settle', 'settled', 'opt', 'select', 'selected', 'because', 'since', 'considered', 'candidate', 'candidates', 'options', 'faster', 'slower', 'cheaper', 'simpler', 'tried', 'dropped', 'abandoned', 'rejected', 'discarded', 'wins', 'winner', 'results', 'accuracy', 'auc', 'f1', 'rmse', 'mae'],
    test: selectionTradeoffs,
    readsDoc: 'heading', // reads the paragraphs, list items and table rows around the unit, under its heading
    keyPatterns: [TRADE],
    doc: {
      present: 'At least two candidate models compared, or one model with its pros/cons and a reason for the choice: "GBDT (fast, no embeddings) vs DCN-v2 (learns crosses, trains continually): choose DCN-v2"; a choice stated right after the comparison it settles ("We go with the cascade." under "Cascade vs end-to-end", or after a table of the options); candidates compared on a named metric with the winner taken ("linear, ridge and random forest … random forest is the best performing model based on RMSE, thus it is used for inference").; the reasons listed under a "Why Logistic Regression?" heading; "it was chosen for this task due to the nature of most reviews being brief and informal" A pick justified by its edge ("XGBoost selected for superior PR-AUC") or set against what it was preferred to ("Unlike black-box models (e.g., deep neural networks), Logistic Regression provides: …"); reasons listed under a caption that asks why ("Why LightGBM / scikit-learn:").',
      absent: 'A list of model names with no comparison; a model named with no reason; "Model selection" as a bare bullet; "we will pick the one that works best", "find which model performs best", "since it gives the best results" or "since this is a classification problem" as the only reason; feature selection.',
    },
  },
  {
    id: 'model.loss-function',
    topic: /loss function|training loss|\bloss\s*:|which loss|objective function/,
    triggers: ['arcface', 'arcfaceloss', 'cosface', 'crossentropyloss', 'loss', 'losses', 'entropy', 'crossentropy', 'cross', 'ce', 'bce', 'log', 'logloss', 'logistic', 'focal', 'contrastive', 'triplet', 'hinge', 'huber', 'mse', 'mae', 'rmse', 'squared', 'absolute', 'softmax', 'sampled', 'infonce', 'nce', 'pairwise', 'bpr', 'lambdarank', 'lambdamart', 'ranknet', 'listnet', 'nll', 'likelihood', 'kl', 'quantile', 'pinball', 'poisson', 'deviance', 'gamma', 'tweedie', 'dice', 'smooth', 'margin', 'cosine', 'objective'],
    test: lossFunction,
    // `model.compile(loss="binary_crossentropy")`, `criterion = nn.BCEWithLogitsLoss()`: the loss set in code
    code: (u) => LOSS_IN_CODE.test(u.low),
    keyPatterns: [LOSS_NAMED, OPTIMISES_RANK_METRIC],
    doc: {
      present: 'The training loss: "binary cross-entropy (log loss)", "focal loss", "contrastive loss with in-batch negatives", "Loss: MSE on minutes", "trained with pairwise hinge loss", a quantile regression used with its quantile ("quantile regression with q <= 0.01"); a gradient-boosting objective set in code (\'objective\': \'binary\', "reg:squarederror").',
      absent: 'Log loss or MAE listed only as an offline metric; "fraud losses", "a confidentiality loss"; a loss value ("the best valid loss"); "the correct loss function" with no loss named; an optimizer called the loss ("Adam optimizer as loss function"); the loss asked as a question.',
    },
  },
  {
    id: 'model.training',
    topic: /train(?:ing)? (?:procedure|process|details|setup)|hyper-?param|fine-?tun|distributed training|how (?:do|will) we train/,
    triggers: ['augment', 'augmentation', 'augmentations', 'augmented', 'retrain', 'retrained', 'incremental', 'oversampling', 'undersampling', 'downsampling', 'hyperparameter', 'hyperparameters', 'hyper', 'hp', 'tuning', 'grid', 'random', 'bayesian', 'optuna', 'hyperopt', 'fine', 'finetune', 'finetuned', 'finetuning', 'scratch', 'pretrained', 'pretrain', 'pretraining', 'pre', 'transfer', 'distributed', 'data', 'model', 'parallel', 'horovod', 'parameter', 'allreduce', 'epoch', 'epochs', 'batch', 'learning', 'lr', 'optimizer', 'optimiser', 'adam', 'adamw', 'sgd', 'adagrad', 'early', 'warm', 'checkpoint', 'checkpoints', 'negative', 'sample', 'sampled', 'hard', 'training', 'train', 'trained', 'sliding', 'rolling', 'curriculum', 'mixed', 'gpus', 'dropout', 'regularization', 'regularisation', 'l2', 'frozen', 'freeze', 'freezing', 'froze', 'knowledge', 'distillation', 'weight', 'gradient', 'negatives', 'random', 'drawn', 'in', 'lbfgs', 'liblinear'],
    test: (u, doc) => training(u, doc),
    keyPatterns: [TRAINING, TRAINING_AUGMENTED],
    doc: {
      present: 'How training runs: "train from the previous checkpoint on the last 24 h; tune learning rate and embedding size with Bayesian search", "fine-tune a pre-trained ResNet", "negative sampling: 4 random negatives per positive".',
      absent: 'Bare bullets ("Model training", "HP tuning"); training asked as a question.',
    },
  },
  {
    id: 'model.interpretability',
    topic: /explainab|interpretab|explanations?|\bexplain\b|\bshap\b|reason codes?/,
    triggers: ['attention', 'white', 'evidence', 'citations', 'explainability', 'explainable', 'interpretability', 'interpretable', 'explanation', 'explanations', 'explain', 'explains', 'explained', 'shap', 'lime', 'feature', 'importance', 'importances', 'reason', 'codes', 'attribution', 'attributions', 'integrated', 'saliency', 'counterfactual', 'counterfactuals', 'partial', 'transparency', 'transparent', 'adverse', 'why'],
    test: (u, doc) => interpretability(u, doc),
    keyPatterns: [INTERP],
    severityFor: (doc) => (docMentions(doc, REGULATED_WORDS) ? 'warning' : undefined),
    doc: {
      present: 'Who needs to understand predictions and how: "reviewers see the top SHAP features for each decision", the trained model\'s feature importances shown and read under a "Feature Importances" heading, "reason codes for every decline (adverse-action notices)", "explanations shown to users for removed posts", "the relative importance of each feature in explaining Price", models chosen to "be white box". Severity is warning in regulated / trust-and-safety domains.',
      absent: '"GBDT: interpretable" in a pros list, under "Why LightGBM?" or in parentheses beside a model ("Logistic Regression (interpretable, fast)"), or another option\'s virtue ("rule-based systems, while interpretable, lack …"); "interpretable" as a bare word; "a good explanation of what LTR is" (for the reader); images made "suitable for model interpretation"; interpretability asked as a question.',
    },
  },
];
