/**
 * 2. Frame the problem as an ML task: the ML objective, the model's input/output, the ML category.
 */
import type { ParsedDoc, Unit } from '../parse';
import { affirmed, anyMatch, asksAt, listCaptionOf, sentenceAt, splitTest, TARGET_WANTED, TARGET_NAMED, valueNegated, valueOf, WORK_STAGE_VALUE } from './helpers';
import { contentWords, findAffirmed, isNegated } from '../text';
import type { ItemSpec, LocalVerdict } from './types';
import { features } from './data';

/** What the model predicts ("Produce churn probability and churn risk classification"). ("We generate this with the Invoke task `invoke coverage`": a report made by a tool, no prediction.) */
const OBJECTIVE =
  /\bproduc(?:e|es|ing) (?:an? |the )?(?:[\w-]+ ){1,2}(?:probabilit(?:y|ies)|risk scores?)\b(?! (?:plots?|distributions?|charts?|curves?|calibration|thresholds?)\b)|\b(?:binary |multi-?class |multi-?label )?classification (?:problem|task)s?,? ?(?:\(|:|—|–|-)? ?(?:of |on |predicting )?(?:whether|if) (?:the |a |an |each |this )?[a-z][\w-]* (?:will |would |is |are |has |gets? )?[a-z]|\b(?:machine learning|ml|deep learning) (?:is|will be|was|can be) used to (?:predict|forecast|estimate|classify|identify|detect|recogni[sz]e) (?!(?:whether|if|how|what|which|patterns?|trends?|insights?)\b)(?:the |each |a |an )?[a-z][\w-]+|\b(?:ml|machine learning|model)[- ](?:based )?(?:scoring|classification|detection) (?:(?:designed|built|used|intended|meant) )?(?:specifically )?to (?:detect|predict|flag|identify|classify|catch) (?!(?:whether|if|how|what|which|drift|errors?|bugs?|outages?|issues?|problems?|regressions?)\b)(?:both |all |the |each |an? )?[a-z][\w-]+|\b(?:uses?|using|leverag(?:e|es|ing)|appl(?:y|ies|ying)) (?:machine learning|ml|deep learning) (?:models? )?to (?:predict|forecast|estimate|classify|provide (?:an? |the )?(?:estimate|prediction|forecast)s? (?:of|for)) (?!(?:whether|if|how|what|which)\b)(?:the |each |a |an )?[a-z][\w-]+|\b(?:model|classifier|regressor|network|ensemble) (?:which|that),?(?: [^,.;]{1,30},)? (?:will |would |can )?(?:predicts?|estimates?|forecasts?|classif(?:y|ies)) (?!(?:well|better|worse|poorly|accurately)\b)[a-z]|\b(?:return|rank|retrieve|find|select|surface)s? (?:the )?(?:[\w-]+ ){1,6}most likely to [a-z]|\b(?:produc|return|output|predict|pick|choos|select)(?:e|es|s|ing)? (?:the |a )?(?:single )?most likely (?:correct |true |right )?[\w-]+|(?:→|->|=>) ?(?:an? |the )?(?:calibrated )?(?:[a-z]+_)?(?:probability|likelihood|p\() ?(?:that |of |the |an? )?[a-z\[]|\b(?:classif(?:y|ies|ying) (?:each |every |the |an? |incoming )?[\w-]+(?: [\w-]+)? (?:as|into) (?:one of |either )?[\w"'-]+|differentiat\w* between [\w-]+(?: [\w-]+)? and [\w-]+|generat\w* (?:a |the )?forecast (?:for|of) (?:the )?(?:next|coming) \d+|ml objective|machine learning objective|ml (?:task|goal|problem) is|(?:the )?(?:model|we|system|classifier|ranker|network|solution) (?:will |would |should |can |then )?(?:predicts?|estimates?|scores?|outputs?|learns?|ranks?|classif(?:y|ies)|forecasts?|regress(?:es)?|detects?|generates?|retrieves?|computes?)\b(?! (?:improvements?|gains?|distributions?|thresholds?|drift|changes?|calibration|cut-?offs?|buckets?|bands?|deltas?|shifts?)\b)(?! (?:this|these|that|it|them|(?:the |our )?(?:reports?|coverage|docs|documentation|figures?|plots?|charts?)) (?:with|using|via|through|by running) (?:the |an? |our )?(?:[\w-]+ )?(?:invoke|make|scripts?|commands?|tasks?|cli|tools?|actions?|workflows?|notebooks?)\b)|predict(?:s|ing|ed)? (?:the |a |an |its |their |whether|if|how|which|what|p\(|probabilit|likelihood|expected|eta|time|number|click|churn|fraud|will|user|each|future|demand|arrival|delivery|rating|relevance|engagement|watch|conversion|label|score)|estimat(?:e|es|ing) (?:the |a |an |p\(|probabilit|likelihood|expected|eta|time|how|arrival|delivery|demand)|p\(\s*[a-z]|predict(?:s|ing|ed)? (?:the |a |an )?[\w-]+(?: [\w-]+)? (?:probabilit(?:y|ies)|likelihood|odds)\b|predict(?:s|ing|ed)? (?:the |a |an |each [\w-]+'s )?(?:\d+[- ](?:day|week|month|year|hour)s? )?(?:[\w-]+ ){1,2}(?:risk|propensity)\b(?! (?:factors?|management|appetite|assessment|of (?:over|under)fit\w*)\b)|predict(?:s|ing)? (?:one|1) of (?:the )?(?:~|≈|about |around )?\d+ [\w-]+|probability (?:that|of)|likelihood (?:that|of)|(?:optimi[sz]e|maximi[sz]e|minimi[sz]e) (?:for |the )?(?:predicted|p\(|expected|probabilit|likelihood|ndcg|log loss|relevance|mae|error|cross[- ]entropy|(?:[\w-]+ )?(?:accuracy|recall|precision|f1|auc|wape|mape|rmse)\b)|rank(?:ed|ing|s)? (?:\w+ ){0,3}by (?:predicted|p\(|probabilit|score|relevance|expected|likelihood|model score)|predict(?:s|ing)? (?:the |a |an |each |final |future |next )?(?:[\w-]+ ){0,3}?[\w-]+(?: ?\([\w, ]+\))? given (?:the |all |everything |its |their |a |an |each )?[\w-]+|each (?:word|token|pixel|frame|sentence|character|span) (?:gets|is assigned|receives) (?:a |an |one )?(?:bio |bioes |iob |io )?(?:tag|label|class)|(?:target(?![^.;,]{0,32}?(?:\d\s*(?:ms|%)|[<≤>≥]\s*\d))|label) (?:variable )?(?:is|=|:)|proxy (?:for|objective|target|label|metric)|learn (?:an? )?(?:embedding|representation|ranking|similarity|mapping)s?|regress(?:ion)? (?:on|of) (?:the )?\w+|classify (?:each |the |a |whether|if|posts?|transactions?|users?|images?|videos?|content|messages?|emails?)|objective (?:function )?(?:is|:) (?:to )?\w+|(?:find|detect|locate|locali[sz]e|segment|identify) (?:the |all |each )?(?:bounding boxes|boxes|objects|faces|regions|pixels|instances|entities|anomal\w*|outliers)|(?:bounding )?boxes (?:\+ (?:class|label|score)\w* )?(?:for|around) (?:the |each |every )?["'\w]|forecast\w* (?:[\w-]+ ){0,3}(?:demand|sales|units|volume|load|traffic|arrivals|orders)|forecast(?:s|ing)? (?:the |a )?(?:daily |weekly |hourly |monthly |total )?(?:number|count|amount|volume) of [\w-]+|embed\w* [^.;]{0,80}(?:nearest neighbou?rs?|most similar|similar (?:items|products|images|listings|videos))|(?:contrastive|triplet|ranking|pairwise) loss on (?:pairs|triplets)|(?:fine-?tuned?|trained) (?:with|using|on) (?:a |an )?[\w-]+ (?:loss|objective) (?:on|over|to)|embeddings? (?:are |is )?(?:trained|learned|learnt) (?:on|from|with|like|so that|such that)|(?:image |text |binary |multi-?class |multi-?label )?classification (?:per|of|into) |classif(?:y|ies|ied) (?:each|every|the|a) [\w-]+ (?:into|as)|returns? (?:a |the )?probabilit\w* (?:per|for|of|that))|\bfor (?:each|every) (?:input |incoming |new |video |camera )?[\w-]+,? (?:the (?:model|system|detector|classifier|network) )?(?:outputs?|returns?|predicts?|produces?|emits?) (?:a |an |the )?(?:(?:ranked |sorted )?lists?|sets?|bounding box\w*|labels?|class\w*|scores?|probabilit\w*|masks?|boxes|tags?|categor\w*)\b|\b(?:object |anomaly |defect |intent |image |text |sentiment )?(?:detection|classification|segmentation|recognition|tagging) (?:of|for|into|with|over) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?(?:classes|categories|labels|types|kinds)\s*[:(]\s*[\w"'*-]/g;
/** A reinforcement-learning agent's objective: what the bot, agent or policy maximises. */
const RL_OBJECTIVE =
  /\b(?:goal|aim|objective|task) (?:for|of) (?:the |our |each |an? )?(?:bots?|agents?|polic(?:y|ies)|players?|rl (?:agents?|models?))(?: is| will be| was)? to (?:maximi[sz]e|minimi[sz]e|optimi[sz]e) (?:the |its |their |such |a |an |total |overall |cumulative |expected |discounted |long-term |final )*(?:[\w-]+ )?(?:scores?|rewards?|returns?|points|profits?|wins?|win rates?|utility)\b|\b(?:agents?|polic(?:y|ies)|bots?) (?:learns?|(?:is|are|will be|gets?) trained|will learn|tries|try|aims?) to (?:maximi[sz]e|minimi[sz]e|optimi[sz]e) (?:the |its |their |a |an |total |overall |cumulative |expected |discounted |long-term |final )*(?:[\w-]+ )?(?:scores?|rewards?|returns?|points|profits?|wins?|win rates?|utility)\b/;
const OBJ_LABEL = /^(?:ml |machine learning |model |training )?(?:objective|obj|task|goal|target|formulation|ml formulation|prediction target|what we predict)$/;

/** A target that is a number to hit ("Target: p95 < 200 ms", "Target: 0.9% → 0.4%"), not a prediction target. */
const NUMERIC_TARGET = /[<>≤≥]|\d\s*(?:%|ms\b|s\b|sec)|\bp\d\d\b/;
const ML_TASK_WORD = /\b(?:predict\w*|estimat\w*|classif\w*|rank\w*|scor(?:e|es|ing)\b|probabilit\w*|likelihood|p\(|detect\w*|forecast\w*|recommend\w*|retriev\w*|learn\w*|model\w*|regress\w*|label\w*|embed\w*|optimi[sz]e\w*|maximi[sz]e\w*|minimi[sz]e\w*|generat\w*|match\w*|tag\w*|extract\w*|find\w*|flag\w*|spot\w*|identif\w*|rout(?:e|es|ing)\b)/;
const OBJ_LABEL_PHRASE = /\bin ml terms\b|\bas an? (?:ml|machine learning) (?:task|problem)\b|^(?:the )?ml (?:framing|formulation|problem|task)\b|^what (?:the model|we) (?:predicts?|learns?|optimi[sz]es?|(?:are|'re) (?:solving|predicting|learning))\b/;

const OUTPUT_PROBABILITY = /\b([a-z][\w-]+) (?:probabilit(?:y|ies)|likelihood|propensity)\b|\b(?:probabilit(?:y|ies)|likelihood) (?:of|that) (?:an? |the )?([a-z][\w-]+)/;
/** "AI classifies comment into:" → "- Safe" / "- Mild Toxic" / "- Severe Toxic": one of the classes the model sorts its input into. */
const CLASSES_CAPTION =
  /(?:^|\b(?:ai|ml|model|classifier|system|service|llm|network|engine|it|pipeline|agent|bert|\w*bert) (?:then |first |will |would |must |should |automatically )?)(?:classif(?:y|ies|ied|ying)|categori[sz](?:e|es|ed|ing)) (?:each |every |the |a |an |incoming |new |a given |the user'?s? )?(?:[\w-]+ ){1,3}(?:in ?to|as)(?: one of)?(?: (?:the following|these|two|three|four|five|\d+)(?: (?:classes|categories|labels|levels|buckets))?)?\s*:\s*$/;
function classUnderCaption(u: Unit): boolean {
  return u.kind === 'item' && !u.uncommitted && CLASSES_CAPTION.test(u.parentText.trim()) && /^[a-z][\w -]{1,40}$/.test(u.low.trim()) && contentWords(u.low) <= 4;
}

/**
 * A drawn path whose model step gives a named probability or score: "… -> fraud model -> fraud probability ->
 * decision threshold" (not "-> model -> output" or "-> model -> score", which name nothing).
 */
const ARROW_MODEL_OUTPUT =
  /(?:->|→|⟶)\s*(?:[\w-]+ ){0,3}?(?:model|classifier|ranker|regressor|scorer|detector)s?\s*(?:->|→|⟶)\s*(?!(?:the|a|an|model|raw|predicted|output|final|class|confidence)\b)[a-z][\w-]* (?:probabilit(?:y|ies)|scores?|likelihood|propensity)\b/;

function mlObjective(u: Unit): boolean {
  if (classUnderCaption(u)) return true;
  // "Output: 1 sigmoid neuron for fraud probability": the network's output is the probability of the event
  if (/^outputs?(?: layer)?$/.test(u.label) && !valueNegated(u)) {
    const p = OUTPUT_PROBABILITY.exec(valueOf(u));
    if (p && !/^(?:class|output|the|a|an|each|per|predicted|softmax|sigmoid|raw|final)$/.test(p[1] ?? p[2] ?? '')) return true;
  }
  if (u.label && OBJ_LABEL.test(u.label) && contentWords(valueOf(u)) >= 2 && !valueNegated(u) && !WORK_STAGE_VALUE.test(valueOf(u))) {
    // a bare "Goal:" / "Target:" label often holds the business goal ("Goal: increase bookings by
    // 3%") or a number ("Target: 0.9% → 0.4%"): it frames the ML task only when its value does
    const v = valueOf(u);
    if (u.label === 'target' ? !NUMERIC_TARGET.test(v) : u.label !== 'goal' || ML_TASK_WORD.test(v)) return true;
  }
  // "What we are solving, in ML terms: given a question, retrieve the passages that answer it …"
  if (u.label && OBJ_LABEL_PHRASE.test(u.label) && contentWords(valueOf(u)) >= 4 && !valueNegated(u)) return true;
  // ("a 5% probability that the variation we see is by chance": a significance test's p-value, not a prediction)
  if (anyMatch(u.low, OBJECTIVE, 'any', (m) => !/^(?:probability|likelihood)/.test(m[0]) || !SIGNIFICANCE.test(sentenceAt(u.low, m.index)))) return true;
  // "the goal for the bot is to maximize such game score", "the agent learns to maximize the cumulative reward"
  if (affirmed(u, RL_OBJECTIVE, 'strong')) return true;
  // "a decision derived from a risk score between 0 and 1": the model's output, a probability-like score
  if (affirmed(u, SCORE_IN_UNIT, 'strong')) return true;
  // "Model built for credit risk PD estimation": a credit-risk model of the probability of default (PD),
  // the loss given default (LGD) or the exposure at default (EAD)
  if (anyMatch(u.low, CREDIT_RISK_PARAMETER, 'strong', (m) => CREDIT_WORDS.test(sentenceAt(u.low, m.index)))) return true;
  if (statesPrediction(u)) return true;
  // "Transaction -> FastAPI /predict -> … -> fraud model -> fraud probability -> decision threshold": the model's output in a drawn path
  if (ARROW_MODEL_OUTPUT.test(u.low)) return true;
  if (anyMatch(u.low, INTO_N_CLASSES, 'any', (m) => ML_FRAMING.test(sentenceAt(u.low, m.index)))) return true;
  // "the goal is to assign each support query to the most appropriate department": an ML framing
  // (not the product's "the system should assign each transaction to a category")
  return !!anyMatch(u.low, TASK_PHRASE, 'any', (m) => ML_FRAMING.test(sentenceAt(u.low, m.index)));
}
/** A score of some risk, bounded to [0, 1]: "a risk score between 0 and 1", "fraud score in [0, 1]", "churn propensity score (0–1)". */
const SCORE_IN_UNIT = /\b(?:risk|fraud|churn|default|spam|toxicity|propensity|anomaly|abuse|match|relevance|click) (?:probability |likelihood |propensity )?scores? (?:between 0(?:\.0)? and 1(?:\.0)?|from 0(?:\.0)? to 1(?:\.0)?|in \[0(?:\.0)?, ?1(?:\.0)?\]|\(?0(?:\.0)? ?[–-] ?1(?:\.0)?\)?)(?!\.?\d)/;
/** A credit-risk parameter estimated by a model: "PD estimation", "LGD (loss given default) model". */
const CREDIT_RISK_PARAMETER = /\b(?:pd|lgd|ead)(?: \([a-z ]{10,30}\))? (?:estimation|estimates?|models?|modell?ing|predictions?|scores?)\b/g;
const CREDIT_WORDS = /\b(?:credit|default|loans?|lend\w*|borrowers?|applicants?|basel|ifrs ?9|underwrit\w*|mortgages?)\b/;
/** Words of a statistical test, whose "probability that …" is a p-value. */
const SIGNIFICANCE = /\b(?:by chance|p-?values?|significan\w*|(?:null|alternative) hypothesis|h_?0|h_[a1]|confidence (?:level|interval)|type (?:i|1|ii|2) error|statistical power|power of (?:the|a) test|detect(?:ing)? (?:an|the|a true) effect|effect size)\b/;
/** What the model predicts, said in passing (the ML objective; the output of the I/O spec). */
function statesPrediction(u: Unit): boolean {
  // "a CatBoost classifier for predicting patient non-attendance", "musical genre (class) is predicted
  // at the output", "predicted prices based on the carrier, …"
  if (affirmed(u, PREDICTED_THING, 'strong')) return true;
  // "Input: extracted resume text features. Output: Predicted salary range": what the model predicts, as its labelled output
  if (affirmed(u, OUTPUT_PREDICTED, 'strong')) return true;
  // "trained a Temporal Fusion Transformer (TFT) model to predict vaccination events over a 15-day horizon"
  if (affirmed(u, TRAINED_TO_PREDICT, 'strong')) return true;
  // "produce a probability distribution among three classes (positive, negative or neutral) for each news item"
  if (affirmed(u, CLASS_DISTRIBUTION, 'strong')) return true;
  // "the goal of the project is to predict insurance premium charges", "with an aim of predicting
  // patients' survival", "a binary classification model to help predict customer churn"
  if (affirmed(u, GOAL_PREDICT, 'strong')) return true;
  // "… best practices aimed at making house price prediction": the work's aim named as a prediction task
  if (affirmed(u, AIMED_AT_TASK, 'strong')) return true;
  // "develop models that identify and flag insincere questions": what the model picks out, by its use
  if (affirmed(u, MODEL_THAT_DETECTS, 'strong')) return true;
  // "A positive label means the account is a spam bot": the event the classifier predicts
  if (affirmed(u, POSITIVE_MEANS, 'strong')) return true;
  // "Binary classifier (fraud = 1, legitimate = 0)": the classes it tells apart, coded
  if (affirmed(u, CLASSES_CODED, 'strong')) return true;
  // "The variable we want to predict is from the column charges"
  if (affirmed(u, TARGET_WANTED, 'strong') && contentWords(u.low) >= 4) return true;
  // "uses YOLOv11-L to both classify pathologies and localize abnormalities": a named model put to a task
  if (affirmed(u, MODEL_PUT_TO_TASK, 'strong')) return true;
  // "returns a fraud probability for each transaction", "Return prediction (0 or 1) + fraud_probability (0-1)"
  if (affirmed(u, PROBABILITY_RETURNED, 'strong')) return true;
  // "three models for a binary classification task. I chose `pchembl_value` as the target variable"
  return /\b(?:classification|regression)\b/.test(u.low) && !!affirmed(u, TARGET_NAMED, 'strong');
}

const MODEL_PUT_TO_TASK = /\b(?:uses?|using|leverag(?:e|es|ing)|employ(?:s|ing)?|runs?) (?:an? |the |our )?(?:fine-?tuned |pre-?trained |custom )?(?:[a-z][\w.-]*\d[\w.-]*|bert|roberta|distilbert|yolo\w*|resnet\w*|efficientnet\w*|xgboost|lightgbm|catboost|random forest|logistic regression|gbdt|svm|isolation forest|prophet|arima|u-?net) (?:model |classifier |detector |network )?to (?:both )?(?:classify|detect|predict|forecast|estimate|segment|locali[sz]e|recogni[sz]e|identify|score|rank) (?!(?:whether|if|how|what|which|it|them|this|that)\b)(?:the |each |every |an? |all )?[a-z][\w-]+/;
const PROBABILITY_RETURNED = /\b(?:returns?|outputs?|produces?|emits?|gives?|assigns?)\b[^.;]{0,40}?\b(?:fraud|churn|click|conversion|default|spam|toxicity|risk|anomaly|purchase|abuse|propensity|relevance|match|no-?show|readmission|attrition)[ _-](?:probability|likelihood|propensity|score)\b(?:[^.;]{0,20}?\b(?:for|of|per|to) (?:each|every|a|an|the|incoming|new) [\w-]+|\s*\(0(?:\.0)?\s*[–-]\s*1(?:\.0)?\))/;
const OUTPUT_PREDICTED = /\b(?:model )?outputs?\s*[:=—–]\s*(?:the |a |an )?(?:predicted|estimated|forecast(?:ed)?) (?!(?:values?|outputs?|results?)\b)[a-z][\w-]+/;
const TRAINED_TO_PREDICT = /\b(?:train(?:ed|s|ing)?|buil(?:d|ds|t|ding)|creat(?:e|es|ed|ing)|develop(?:s|ed|ing)?|fit(?:s|ted|ting)?) (?:an? |the |our |my )?(?:[\w()-]+ ){0,4}?(?:model|classifier|regressor|network|ranker|detector|transformer|gbm|xgboost|lightgbm)s? to (?:predict|forecast|estimate|classify|detect|rank|score) (?!(?:whether|if|how|what|which|it|them|this|that)\b)(?:the |each |a |an |future |daily |weekly )?[a-z][\w-]+/;
const CLASS_DISTRIBUTION = /\b(?:produc|output|return|predict|give|emit)\w* (?:a |the )?probability distribution (?:over|among|across|for) (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|all|possible) (?:[\w-]+ )?(?:classes|categories|labels|intents|classes)\b/;
const PREDICTED_THING =
  /\b(?:classifier|regressor|model|network|ensemble)s? for (?:the |an? )?(?:[\w-]+ ){1,3}(?:predictions?|forecasts?|forecasting|classification|estimation)\b(?! (?:of the model|tasks?|pipelines?|services?|servers?|endpoints?|apis?|jobs?)\b)|\b(?:classifier|regressor|model|network|ensemble)s? (?:(?:trained|fitted|fine-?tuned|built) (?:on|with|using) [^.;]{1,60}? )?(?:(?:for|to) (?:predicting|forecasting|estimating|classifying|identifying|detecting|recogni[sz]ing|identify|detect|recogni[sz]e)|(?:that|which) (?:will )?(?:predicts?|forecasts?|estimates?|classif(?:y|ies)|detects?)) (?!(?:well|better|worse|it|them|this|that|the best|which|what|how|when|where|any|changes?|drift|problems?|issues?|errors?|bugs?)\b)(?:the |whether |if |an? )?['"‘“]?[a-z][\w-]+|\b(?!(?:it|this|that|what|which|nothing|something|everything|anything|who|how|output|outputs|value|values|result|results|label|labels|class|score|scores|one|each|all|everything)\b)[a-z][\w-]+(?: \([\w\s-]{1,20}\))? (?:is|are|will be|gets?) predicted (?:at the output|as the output|by the model|for each|from|based on|given|using)\b|\bpredicted (?!(?:value|values|probabilit\w*|score|scores|output|outputs|label|labels|class|classes|result|results)\b)[a-z][\w-]+ based on (?:the )?(?:provided |given |available |submitted )?(?:information|data|details|attributes|characteristics|parameters|features|inputs?)\b/g;
const GOAL_PREDICT =
  /\b(?:goal|aim|objective|purpose)s? (?:of (?:the|this|our|my) (?:[\w-]+ )?(?:project|work|model|system|challenge|competition|task|study|analysis) )?(?:is|was|will be|here is) (?:to|for) (?:(?:build|create|develop|train|make|design|implement) (?:an? |the )?(?:[\w-]+ ){0,3}(?:model|classifier|regressor|system|network|algorithm|predictor|service)\b[^.;]{0,60}?\b(?:can |will |would |could |to |that |which )?(?:help (?:to )?)?)?(?:predict|forecast|estimat|classif|detect|identif)\w* (?:it (?=if |whether |as |into ))?(?!(?:well|better|worse|it|them|this|that)\b)[a-z]|\b(?:an? |the )?aim of (?:predicting|forecasting|estimating|classifying|detecting) [a-z]|\b(?:model|classifier|regressor|algorithm|network) (?:to|that|which) (?:helps?|can|will|would) (?:help (?:to )?)?(?:predict|forecast|estimat|classif|detect)\w* (?:the |an? |whether |if )?[a-z]|\boutputs? (?:a |the )?(?:prediction|classification|decision) (?:of|on|about) (?:whether|if) [a-z]|\b(?:project|model|system|app|application|tool|service|classifier) (?:is|was|will be) (?:intended|designed|meant|built|developed) to (?:predict|forecast|estimat|classif|detect)\w* (?!(?:well|better|worse|it|them|this|that)\b)[a-z]|\b(?:this|the|our|my) (?:[\w-]+ )?(?:project|work|study|thesis|capstone|challenge|competition) (?:aims|aimed|seeks|sought|sets out|set out|attempts|attempted|tries|tried) to (?:predict|forecast|estimat|classif|detect)\w* (?!(?:well|better|worse|it|them|this|that)\b)[a-z]/;
/** "(a project) aimed at making house price prediction", "aims at churn forecasting". */
const AIMED_AT_TASK = /\baim(?:ed|s|ing)? at (?:making |doing |performing |enabling |accurate |better )?(?:an? |the )?(?:[\w-]+ ){1,3}(?:predictions?|forecast(?:s|ing)?|classification|detection|estimation)\b(?! (?:tools?|platforms?|pipelines?|services?|systems?|apis?|infrastructure)\b)/;
/** "models that identify and flag insincere questions", "a classifier which detects fraudulent transactions". */
const MODEL_THAT_DETECTS = /\b(?:models?|classifiers?|detectors?|networks?) (?:that|which) (?:can |will |would |should )?(?:automatically )?(?:identif(?:y|ies)|detects?|flags?|classif(?:y|ies)|recogni[sz]es?|spots?|catch(?:es)?)(?: (?:and|or) (?:identif(?:y|ies)|detects?|flags?|removes?|blocks?|filters?|reports?))? (?:the |all |potential |likely |possible |new |incoming )?(?!(?:it|them|this|that|what|patterns?|features?|relationships?)\b)[a-z-]{3,}(?: [a-z-]{3,}){0,2}\b/;
/** "A positive label means the account is a spam bot", "the positive class = the customer churned within 30 days". */
const POSITIVE_MEANS = /\b(?:an? |the )?positive (?:label|class|example|target|outcome)s? (?:means|is when|indicates|denotes|=|:) (?:that )?(?:the |an? )?(?:[\w-]+ ){1,3}(?:is|was|will|has|had|did|does|gets?|got|churned|converted|clicked|defaulted)\b/;
/** "Binary classifier (fraud = 1, legitimate = 0)", "classification (churned: 1 / stayed: 0)". */
const CLASSES_CODED = /\b(?:classifier|classification|model)\b[^.;]{0,40}\(\s*[a-z][\w' -]{1,30}?\s*[:=]\s*1\s*[,;/]\s*[a-z][\w' -]{1,30}?\s*[:=]\s*0\s*\)/;
/** A sentence that frames the work as an ML task (so "assign each query to a department" is the objective). */
const ML_FRAMING = /\b(?:model|classifier|classification|detector|task|framed|goal|problem|solution|ml|learn\w*|predict\w*|tackle|verification|algorithm|competition)\b|\b(?:project|we) aims? to\b|\b(?:role|aim|purpose) of (?:the|this|our) (?:project|work|model)\b|\bbased (?:up)?on (?:the |historical |past )?data\b/;
/** What the model tells apart or assigns: "detect whether …", "verifies whether …", "assign each query to a department". */
// (not "route a portion of traffic to a canary model version": a rollout)
const TASK_PHRASE = /\b(?:detect|identif|predict|find|flag)\w* which (?:[\w-]+ ){1,3}(?:are|is|will|would) (?:most )?(?:likely|going|about) to [a-z]{3,}|\b(?:detect|determin|decid|categori[sz]|classif(?:y|ies|ying)|evaluat|identif(?:y|ies|ying)|verif(?:y|ies|ying))\w* (?:if|whether)(?: or not)? (?:an? |the |each |this |every |incoming |any |two )?[\w-]+(?: [\w-]+){0,3} (?:is|are|was|were|contains?|has|have|will|would|belongs?)\b|\b(?:determin|estimat|assess|calculat)\w* (?:the )?(?:chances?|probability|likelihood|odds) (?:of|that) (?:an? |the |each |this |every )?[\w-]+(?: [\w-]+){0,3} (?:being|is|are|will|would|gets?|getting)\b|\b(?:assign(?:s|ing)?|rout(?:e|es|ing)) (?:each|every|an?|the|incoming) (?!(?:portion|share|fraction|percentage|part|slice|subset|small|few|bit|traffic)\b)[\w-]+(?: [\w-]+){0,3} to (?:the |an? |one of |its )[\w-]+/g;

const IO =
  /\b(?:predict(?:s|ing)? (?:whether|if|the|an?|each|which|how (?:many|much|long)) [^.;]{3,100}? (?:based on|from|using|given) (?:the |its |their |his |her |several |a few |various |multiple |some |a set of |\d+ )?(?:[\w-]+ ){0,3}(?:parameters|features|attributes|variables|inputs|signals|characteristics|figures|measurements|readings|history|records|data (?:available |collected |recorded )?(?:from|on|about|of) (?:the |its |their |each |a |an )?[a-z][\w-]+)\b|inputs?\s*(?::|=|→|->|is|are|consists? of|includes?|will be)|outputs?\s*(?::|=|→|->|is|are|consists? of|includes?|will be)|i\/o\s*:\s*\w|(?=takes?|receives?)(?:(?<=\b(?:model|system|service|ranker|classifier|network|encoder|tower|api|endpoint|scorer|detector|pipeline|function|it)s? )|(?<=(?:^|[.;:—–>-] ?)))(?:takes?|receives?) (?:as input|in (?:a|an|the)|an? |the )(?!(?:(?:quick |closer |brief |short )?(?:look|peek|glance|moment|minute|second|break|step back|stab|note|seat|while)\b|alerts?|notifications?|triggers?|webhooks?|pings?|docker images?|trained models?|signals? to (?:re)?train)\b)|(?:receives?|accepts?) [^.;]{1,80}? and (?:outputs?|returns?|responds? with) (?:whether|if|(?:the |an? )?(?:predict\w*|estimat\w*|probabilit\w*|scores?|class(?:es)?|labels?|categor(?:y|ies)|risk|sentiment|forecasts?))\b|(?:takes?|consumes?|reads?) [^.;]{1,80}? and (?:outputs?|returns?|produces?|emits?|gives?|predicts?) (?:an? |the |one )?[\w-]+|gets?(?<=\b(?:model|system|service|ranker|classifier|network|encoder|it|api|endpoint|scorer|detector)s? gets?) (?:as input|an? |the )|as (?:the |an? )?inputs?\b|predict(?:s|ing)? (?:the )?[\w -]{3,50}? from (?:the |its |their |these |those )?(?:[\w-]+ ){0,3}(?:features?|inputs?|signals|history|text|images?|photos?|audio)\b|given (?:an? |the |each )?[\w\s,()<>⟨⟩-]{1,140}?(?:predict|return|output|produce|rank|score|estimate|classif|retriev|generat|extract|forecast|recommend(?!ation)|detect(?!ion))|predict(?:s|ing)? (?:whether|if) (?:an? |the |each |every |this )[\w-]+(?: [\w-]+)? (?:is|will|was|has|gets|contains|belongs|should)\b|returns? (?:an? |the )?(?:ranked|sorted|list|score|probabilit|label|top|set|embedding|eta|estimate|prediction|class|bounding|vector|number)|produces? (?:an? |the )?(?:ranked|list|score|probabilit|label|top|embedding|vector)|(?:→|->)\s*(?:output|score|probabilit|p\(|label|ranked|list|top|click|fraud|eta|\[0,\s?1\]|0\/1|yes\/no|binary)|[<⟨(]\s*(?:user|query|item|ad|post|video|image|transaction)\s*,\s*\w+|p\(\s*[^|)]{1,60}\|\s*[^)]{2,80}\)|(?:predict|forecast|estimat|model)\w* [^.;]{0,80}\bas a function of\b|(?:classification|classif\w*) (?:of |per )?(?:each |every |a |the )?[\w-]+ (?:into|as one of)|classif(?:y|ies|ying) (?:each|every|an?|the) [\w-]+(?: [\w-]+)? as (?:an? )?[\w-]+ or (?:as )?(?:an? )?(?:not |non-?)?[\w-]+|returns? (?:a |the )?probabilit\w* (?:per|for|of)|(?:each|given|for|input:?|per|every)\s+(?:\w+\s+){0,2}[(<⟨]\s*[\w-]+\s*,\s*[\w-]+[^)>⟩]{0,60}[)>⟩]|inputs? \([^)]{2,60}\),? and (?:the )?outputs? \([^)]{2,60}\)|(?:predict|estimat|comput|output|return|(?:interpreted|read) as)\w* (?:the |a )?(?:relevance |similarity |engagement |match )?(?:score|probability|likelihood)(?: of (?:an? )?(?:engagement|interaction|click|match|relevance|purchase|connection))? (?:between|of) (?:a|the|each) (?:user|query|member|viewer) and (?:a|an|the|each) [\w-]+|for (?:each|every|a|an) (?:[\w()-]+ ){1,8}(?:we |the model |the system |it )?(?:predicts?|estimates?|scores?|computes?|outputs?|returns?|forecasts?)\b|(?:comput|output|return|produc|generat|assign)\w* (?:the |a |an )?(?:predicted |estimated )?[\w-]+ (?:probabilit(?:y|ies)|risk scores?|propensity scores?) (?:for|of|per) (?:each|every) (?:[\w-]+ ){0,2}[\w-]+|(?:predict|estimat|forecast|scor|classif)\w* [^.;]{1,80}\bgiven (?:an? |the |each )?\w+|(?:upload|send|submit|enter|type|search)(?:s|es)? (?:a |an |the )?[\w-]+[^.;]{0,60}\b(?:we|the system|the model|it) (?:show|return|rank|display|recommend|suggest)s?|(?:query|queries|look(?:s)? up|retriev\w*) (?:the |an? )?(?:index|ann index|vector (?:index|store|db)|faiss|catalog\w*|embedding index)[^.;]{0,30}(?:top|nearest|k\b)|(?:estimated|predicted|computed|scored|inferred) (?:\w+ ){0,4}from (?:the |an? )?[\w-]+|(?:outputs?|returns?|finds?|produces?|predicts?) (?:a |the )?(?:set of |list of )?(?:bounding )?boxes|assign(?:s|ing)? (?:each|every|an?|the|incoming) [\w-]+(?: [\w-]+){0,3} to [^.;]{2,60}?\bbased on (?:its |their |the )?[\w-]+|(?:^|[\s;(])in\s*:\s*[^;.]{2,80}[;,]\s*out(?:put)?\s*:\s*\S|(?:outputs?|returns?|emits?|produces?|gives?) (?:an? |the |one )?(?:[\w-]+ )?(?:scores?|probabilit\w*|labels?|class(?:es)?|estimates?|forecasts?|embeddings?)\b[^.;]{0,60}?\b(?:for|per|of) (?:each|every|a|an|the) [\w-]+|dependent variable (?:here |in this (?:problem|case) )?(?:is|are|=|:) [^;]{1,160}?\bindependent variables? (?:here )?(?:is|are|=|:|include)|independent variables? (?:here )?(?:is|are|=|:|include)[^;]{1,160}?\bdependent variable (?:here )?(?:is|=|:)|regress(?:es|ed|ing)? (?:the )?dependent variable\b[^.;]{0,80}\bon (?:the )?(?:independent|explanatory) variables)/g;
const IO_LABEL = /^(?:model |ml )?(?:inputs?|outputs?|i\/o|input ?\/ ?output|inputs? (?:and|&) outputs?|signature|interface)$|^(?:inputs?|outputs?) (?:of|from|to) (?:the )?(?:[\w-]+ ){0,2}(?:thing|model|system|pipeline|service|classifier|detector|ranker|scorer)$|^(?:what )?(?:goes in|comes out)$|^what (?:it|the model|the system|we) (?:takes|sees|gets|returns|produces|outputs|predicts)$|^what (?:the )?(?:client|caller|consumer|user|app|application|service|frontend)s? (?:gives|sends|provides|passes|submits|gets|receives|gets back)$/;

/**
 * What is classified and into how many classes: "to classify kitchenware images to 6 classes",
 * "classify the time_to_merge values into one of 10 bins" (the input, the output and a multi-class task).
 */
const INTO_N_CLASSES =
  /\b(?:classif(?:y|ies|ying)|categori[sz](?:e|es|ing)|tag(?:s|ging)?) (?:the |each |every |incoming |an? |new )?(?:[\w-]+ ){0,3}?(?:(?:in)?to|using (?:an? |the )?(?:[\w-]+ ){0,2}(?:vocabulary|set|taxonomy|list) of) (?:one of )?(?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:[\w-]+ )?(?:classes|categories|types|labels|bins|groups|tags)\b/g;

const PREDICT_BY_USING =
  /\bpredict(?:s|ing)? (?!(?:whether|if|how)\b)[^.;]{3,60}? by using (?:the |its |their )?(?:[\w-]+ ){0,4}(?:prices?|values?|data|features?|history|records|measurements|readings|attributes|variables|signals|counts?|scores?|images?|text)\b/g;
const OUTPUT_CLASS_VALUE = /^(?:the )?(?:output|target)(?: class| variable| label)?\b\s*(?:[:=(]|\w)/;

/**
 * io-spec, split: the unit gives input and output (1), or says only what the model predicts (2:
 * "a binary classification model that predicts whether the customer will buy", "the goal is to
 * predict the sale price"), which gives the I/O when the doc lists the inputs somewhere
 * (docListsInputs): a write-up states the output in its overview and the inputs in its data section.
 */
function ioLocal(u: Unit, doc: ParsedDoc): LocalVerdict {
  if (ioSpec(u, doc)) return 1;
  // a response table's prediction field ("| prediction | String | The result of the prediction can be …"):
  // the output, whose inputs the request table lists
  if (u.kind === 'row' && RESPONSE_TABLE.test(u.parentText) && PREDICTION_FIELD.test((u.cells?.[0] ?? '').replace(/[`*]/g, '').trim())) return 2;
  return statesPrediction(u) ? 2 : 0;
}
const RESPONSE_TABLE = /^\s*(?:response|output|returns?)(?: (?:field|parameter|attribute|key|property))?s?\s*\|/;
const PREDICTION_FIELD = /^(?:predictions?|predicted[_ ]?\w*|scores?|probabilit(?:y|ies)|labels?|class(?:es)?|confidence|forecasts?|categor(?:y|ies)|risk[_ ]?score)$/i;

/** The inputs and outputs only stored or logged ("writes its inputs and outputs to the storage"). */
const IO_LOGGED = /\b(?:writes?|writing|logs?|logged|logging|stores?|stored|storing|saves?|saved|persists?|records?|recorded)\b (?:all |both )?(?:of )?(?:its |their |the |model |every )?(?:inputs? and outputs?|inputs?\/outputs?|i\/o)\b/;
const IO_LOGGED_ALL = new RegExp(IO_LOGGED.source, 'g');

/** "<input> in, <output> out", the output a prediction: "entire CSV dataset in, entire CSV dataset out with an added probability column". */
const IN_THEN_OUT = /\b(?!garbage\b)(?:[\w-]+ ){1,4}in,? (?:and |then )?(?:[\w-]+ ){1,5}out\b(?= (?:with|plus|including|holding|carrying)\b(?! (?:no|none|nothing|zero)\b)[^.;]{0,60}\b(?:probabilit\w*|scores?|predictions?|predicted|labels?|class(?:es)?|forecasts?|tags?)\b)/g;

/** A caption over a list of the model's inputs ("The features are:", "Input variables:", "the following attributes"). */
const INPUT_CAPTION = /\b(?:features|attributes|variables|columns|fields|inputs|predictors|covariates)\b[^.;]{0,40}:\s*$|\b(?:the )?following (?:[\w-]+ ){0,2}(?:features|attributes|variables|columns|fields|inputs|predictors)\b/;
/** A table of the data's columns ("| Variable | Definition |", "| Feature | Type | Description |"). */
const COLUMN_TABLE = /^\s*\|?\s*(?:[\w ]+ )?(?:features?|variables?|columns?|attributes?|fields?|inputs?|predictors?)\s*\|/;
/** "Features: amount, merchant category, device age": the inputs listed in one line. */
const FEATURES_LISTED = /\b(?:features?|inputs?|independent variables?|explanatory variables?|predictors|covariates)\b\s*(?::|=|include|including|such as|are)\s*[^.:]*,[^.:]*,/;

/**
 * Does the doc name the model's inputs: three items under an inputs caption, three rows of a column
 * table, a line of them, or any line the data.features item counts.
 */
function docListsInputs(doc: ParsedDoc): boolean {
  let items = 0;
  let rows = 0;
  for (const u of doc.units) {
    if (!u.low || u.uncommitted) continue;
    // (a short caption such as "Input variables:" is read as a heading)
    if (u.kind === 'item' && (INPUT_CAPTION.test(u.parentText) || INPUT_CAPTION.test(doc.headings[u.headingIdx]?.norm ?? '')) && ++items >= 3) return true;
    if (u.kind === 'row' && COLUMN_TABLE.test(u.parentText) && ++rows >= 3) return true;
    if (FEATURES_LISTED.test(u.low)) return true;
    // "title and body vectorised with TF-IDF": the model's inputs, named as the data.features item counts them
    if (features(u, doc)) return true;
  }
  return false;
}

const CLASSIFY_OBJECT_AS = /\b(?:classif(?:y|ies|ying)|label(?:s|ling|ing)?|tag(?:s|ging)?) (?:an? |the |each |every |any |incoming |new |a given )(?:[\w-]+ ){0,2}[\w-]+ as (?:either )?(?:an? )?['"‘“]?[\w-]+['"’”]?(?: [\w-]+)? or (?:an? )?(?:not )?['"‘“]?[\w-]+/g;
const IO_SERVICE = /\b(?:accepts?|takes?|receives?) (?:an? |the |one )?(?:[\w-]+ ){0,4}(?:pdfs?|images?|photos?|pictures?|texts?|documents?|audio|recordings?|videos?|files?|urls?|quer(?:y|ies)|questions?|emails?|messages?|frames?)\b[^.;]{0,80}?\b(?:returns?|outputs?|produces?|responds? with|gives? back)\b[^.;]{0,80}?\b(?:detect\w*|predict\w*|labels?|class(?:es|ified)?|scores?|probabilit\w*|annotat\w*|bounding box\w*|tags?|categor\w*|transcri\w*|summar\w*|answers?)\b/g;
/** A key of a response that carries the model's output: "fraud_probability", "predicted_label", "risk_score". */
const PREDICTION_KEY = /["']?[\w-]*(?:probabilit|score|predict|label|class|risk|forecast|categor|sentiment|intent|decision)[\w-]*["']?\s*[:=]/;
/** "# Request" / "// input" heading a part of a code block. */
const REQUEST_MARK = /(?:^|\n)[ \t]*(?:#+|\/\/)[ \t]*(?:example )?(?:request|input)s?(?: (?:body|payload|schema|example))?[ \t]*:?[ \t]*\n/;
const RESPONSE_MARK = /(?:^|\n)[ \t]*(?:#+|\/\/)[ \t]*(?:example )?(?:response|output)s?(?: (?:body|payload|schema|example))?[ \t]*:?[ \t]*\n/;
/** A caption naming the block under it a response ("**Response:**", "Example output:", "It returns:"). */
const RESPONSE_CAPTION = /\b(?:responses?|outputs?|returns?)\b[^.;]{0,30}:\s*$/;
const REQUEST_CAPTION = /\b(?:requests?|inputs?|payload)\b[^.;]{0,30}:\s*$/;
/**
 * A request given as the command or call that sends it: "curl -X POST …/predict -d '{…}'",
 * "POST /v1/score", "requests.post(url, json=…)". A curl needs a body or a query to be a request that
 * carries input (a bare "curl …/health" is a probe); its options may go on over "\\" line breaks.
 */
const HTTP_REQUEST = /(?:^|\n)[ \t$>]*(?:curl\b(?:[^\n\\]|\\[\s\S])*?(?:\s(?:-d|--data(?:-raw|-binary)?|-f|--form|--json)\b|\?[\w-]+=)|(?:post|get|put) +(?:https?:\/\/|\/)\S*(?=\n|$)|[\w.]*\b(?:requests|httpx|session|client)\.(?:post|get)\()/;

/**
 * The service's contract as an example: a code block with a request part and a response part whose
 * keys carry the prediction ("# Request {…amount…} # Response {"fraud_probability": 0.87}"), or a
 * response block right after a request block, each under its caption.
 */
function apiContractInCode(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  const req = REQUEST_MARK.exec(low) ?? HTTP_REQUEST.exec(low);
  if (req) {
    const after = low.slice(req.index + req[0].length);
    const res = RESPONSE_MARK.exec(after);
    if (res && PREDICTION_KEY.test(after.slice(res.index + res[0].length))) return true;
    // "curl … -d '{…}'" then the JSON it prints, in the same block
    if (!res && outputAfterCommand(after)) return true;
  }
  if (!PREDICTION_KEY.test(low) || !RESPONSE_CAPTION.test(captionOf(doc, u.line))) return false;
  const k = doc.codeUnits.indexOf(u);
  const prev = k > 0 ? doc.codeUnits[k - 1] : undefined;
  return prev !== undefined && u.line - prev.endLine <= 6 && (REQUEST_CAPTION.test(captionOf(doc, prev.line)) || HTTP_REQUEST.test(prev.low));
}

/**
 * Whether the rest of a request's command (`after`: the block's text from inside the command on) is
 * followed by the JSON it prints, holding the prediction: the command ends at the first line break
 * outside quotes and not escaped by "\\" (a body spread over lines in quotes stays in the command);
 * the next non-blank line must open an object or array.
 */
function outputAfterCommand(after: string): boolean {
  let quote = '';
  let i = 0;
  for (; i < after.length; i++) {
    const c = after[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '\n') break;
  }
  const out = /^\s*[{[]/.exec(after.slice(i));
  return out !== null && PREDICTION_KEY.test(after.slice(i + out[0].length - 1));
}

/** The text of the paragraph or item that ends right above `line` (a code block's caption), or ''. */
function captionOf(doc: ParsedDoc, line: number): string {
  for (let k = doc.units.length - 1; k >= 0; k--) {
    const v = doc.units[k];
    if (v.endLine < line) return v.endLine >= line - 2 && v.kind !== 'comment' && v.kind !== 'mermaid' ? v.raw.toLowerCase().replace(/[*_`]/g, '') : '';
  }
  return '';
}

/**
 * An API table's row with its request and its response ("| `/predict` | POST | `{metrics, periods}` |
 * Forecasts + confidence |"): what goes in and what comes out, the output a prediction.
 */
function ioRow(u: Unit): boolean {
  if (u.kind !== 'row' || u.cells === undefined) return false;
  const header = u.parentText.split(' | ');
  const inCol = header.findIndex((h) => IN_COLUMN.test(h.trim()));
  const outCol = header.findIndex((h) => OUT_COLUMN.test(h.trim()));
  if (inCol < 0 || outCol < 0 || inCol === outCol) return false;
  const given = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/i.test(c) && !/^\s*(?:n\/?a|none|tbd|todo|-+|—)\s*$/i.test(c);
  return given(u.cells[inCol]) && given(u.cells[outCol]) && PREDICTION_OUT.test(u.cells[outCol].toLowerCase());
}
const IN_COLUMN = /^(?:request(?: body)?|inputs?|payload|in|takes|params|parameters)$/;
const OUT_COLUMN = /^(?:response(?: body)?|outputs?|returns?|out|result)$/;
const PREDICTION_OUT = /\b(?:predict\w*|forecasts?|scores?|probabilit\w*|labels?|class(?:es)?|anomal\w*|detect\w*|recommend\w*|rank\w*|classif\w*|sentiment|categor\w*|risk|flags?|confidence|embeddings?|answers?|summar\w*|transcri\w*|tags?|estimates?)\b/;

/** An output named only by a generic noun ("our predictions", "the results"). */
/** A caption naming the model's input or output: "**Input:**", "Outputs:". */
const IO_CAPTION = /^[*_\s]*(?:model |ml )?(?:inputs?|outputs?)[*_\s]*:[*_\s]*$/i;
const GENERIC_OUTPUT = /^(?:(?:our|the|my|their|its|model|all|benchmark) )?(?:predictions?|results?|outputs?|forecasts?|scores?)\.?$/;
function ioSpec(u: Unit, doc: ParsedDoc): boolean {
  if (classUnderCaption(u)) return true;
  if (u.label && IO_LABEL.test(u.label)) {
    // ("**Outputs:**" → "Our predictions", "Benchmark predictions": a generic noun names nothing the model takes or gives)
    if (GENERIC_OUTPUT.test(valueOf(u).trim())) return false;
    if (contentWords(valueOf(u)) >= 1 && !valueNegated(u)) return true;
  }
  // "**Input:**" → "- JSON payload of 46 features defined by `ChurnInput`": the caption's list item says what goes in
  if (u.kind === 'item' && u.depth === 1 && IO_CAPTION.test(listCaptionOf(u, doc)) && contentWords(u.low) >= 3 && !GENERIC_OUTPUT.test(u.low.trim()) && !u.uncommitted && !valueNegated(u)) return true;
  if (ioRow(u)) return true;
  // "Each deployed model will write its inputs and outputs to the storage component": logging plumbing, nothing said of what they are
  if (IO_LOGGED.test(u.low) && !/\b(?:inputs?|outputs?)\b/.test(u.low.replace(IO_LOGGED_ALL, ' '))) return false;
  if (anyMatch(u.low, INTO_N_CLASSES, 'any')) return true;
  // "Entire CSV dataset in, entire CSV dataset out with an added probability churn column": what goes
  // in and what comes out, the output a prediction
  if (anyMatch(u.low, IN_THEN_OUT, 'strong', (m) => !asksAt(u.low, m.index))) return true;
  // "predict today's closing price by using the opening and closing prices of the last day": the output from the inputs
  if (anyMatch(u.low, PREDICT_BY_USING, 'strong')) return true;
  // "It contains the following attributes:" → "HeartDisease: output class (1: heart disease, 0: normal)": the output among the inputs listed
  if (u.kind === 'item' && OUTPUT_CLASS_VALUE.test(valueOf(u)) && /\b(?:attributes|features|columns|variables|fields|inputs)\b/.test(u.parentText)) return true;
  // "- in: subject, body, plan tier" / "- out: top-3 queues + probs": in the framing section, or
  // next to its counterpart label
  if ((u.label === 'in' || u.label === 'out') && contentWords(valueOf(u)) >= 2 && !valueNegated(u)) {
    const other = u.label === 'in' ? 'out' : 'in';
    if (u.sections.includes('framing') || doc.units[u.index - 1]?.label === other || doc.units[u.index + 1]?.label === other) return true;
  }
  if (affirmed(u, IO, 'none')) return true;
  // "Transaction -> FastAPI /predict -> … -> fraud model -> fraud probability": what goes in at the path's start, what the model gives out
  const arrow = ARROW_MODEL_OUTPUT.exec(u.low);
  if (arrow && /[a-z]/.test(u.low.slice(0, arrow.index))) return true;
  // "a model that will classify a news article as either fake or not fake": the input object and its two classes
  if (affirmed(u, CLASSIFY_OBJECT_AS, 'strong')) return true;
  // "a service that accepts a PDF of architectural drawings and returns the same PDF annotated with detected floor-plans"
  if (affirmed(u, IO_SERVICE, 'strong')) return true;
  // "at the input we get some record and musical genre is predicted at the output"; "features into the
  // model: carat, cut, … with the target as price"; "predicted prices based on provided information
  // about the carrier, …"; "classifying emails as either spam or ham based on their content"
  if (affirmed(u, IO_PROSE, 'strong')) return true;
  // "The input of the game is each frame … 210 x 160 pixels"; "the model maps a product photo to one
  // of 40 categories", "employ neural networks to map k frames and all possible actions to rewards"
  const io = findAffirmed(u.low, IO_OF, 'strong') ?? findAffirmed(u.low, IO_MAP, 'strong');
  if (io && (io[0].startsWith('input') || io[0].startsWith('output') || IO_MAP_ML.test(sentenceAt(u.low, io.index)))) return true;
  // "Using only the text from the comments, … a model which will predict the probability of …",
  // "the encoded image … concatenated with the incidence angle, … will output the probability that …":
  // the input and the output in prose, the input at most a sentence or two before
  const out = findAffirmed(u.low, IO_OUT_PROSE, 'strong');
  if (out && IO_IN_PROSE.test(u.low.slice(Math.max(0, out.index - 250), out.index + 150))) return true;
  // the service's contract: "The request will contain the amount and the PCA components. The
  // service will respond with a boolean indicating whether the transaction is fraudulent."
  const req = findAffirmed(u.low, API_IN, 'strong');
  if (req && API_OUT.test(u.low.slice(req.index))) return true;
  // "looking at the last 7 days of data and generating a forecast for the next 14 days": a
  // forecaster's history window in and its horizon out, in one sentence
  return !!anyMatch(u.low, FORECAST_WINDOW, 'strong', (m) => {
    // the forecasting verb leads to the horizon ("to forecast demand for the next 7 days"), not
    // "monitor predictions over the next 2 weeks"
    const h = m.index + m[0].search(FORECAST_HORIZON);
    return FORECAST_VERB.test(u.low.slice(Math.max(0, h - 50), h));
  });
}
const SPAN = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|sixty|ninety) (?:minutes?|hours?|days?|weeks?|months?|quarters?|years?)`;
const FORECAST_WINDOW = new RegExp(String.raw`\b(?:last|past|previous|prior|preceding|trailing) ${SPAN}\b[^.;?]{0,120}?\b(?:next|following|coming|upcoming) (?:${SPAN}|day|hour|week|month)\b|\b(?:next|following|coming|upcoming) ${SPAN}\b[^.;?]{0,120}?\b(?:last|past|previous|prior|preceding|trailing) ${SPAN}\b`, 'g');
/** Where a forecast's horizon starts in a window match ("… for the next 14 days"). */
const FORECAST_HORIZON = /\b(?:next|following|coming|upcoming) /;
const FORECAST_VERB = /\b(?:forecast(?:s|ing|ed)?|predict(?:s|ing|ed)?|estimat(?:e|es|ing|ed))\b[^.;?]{0,40}$/;
const IO_PROSE =
  /\b(?:[\w-]+ ){1,3}(?:is|are) (?:given|predicted|estimated|modell?ed|explained|recorded) (?:against|from|by|in terms of|as a function of) (?:the )?(?:following|these|\d+|several|a set of) (?:[\w-]+ )?(?:attributes|features|variables|inputs|parameters|predictors|covariates)\b|\b(?:at|as) (?:the )?inputs?\b[^.;?]{3,120}\b(?:at|as) (?:the )?outputs?\b|\bfeatures?\b[^.;?]{5,200}?\b(?:with|and) (?:the |our )?(?:target|label|output|dependent variable) (?:as|being|=|is)\s+[`"'“]?[a-z]|\bpredict\w* (?:the )?[\w-]+(?: [\w-]+)? based on (?:the )?(?:provided |given |available |submitted |user-?provided )?(?:information|data|details|attributes|characteristics|parameters|features) (?:about|on|of|such as|like|including) [^.;?]{8,}|\bclassif\w* (?:the |each |incoming |new )?[\w-]+ (?:as|into) (?:either )?['"‘“]?[\w-]+[^.;?]{0,40}? or ['"‘“]?[\w-]+(?: [\w-]+)?['"’”]?(?: \([^)]*\))? (?:based on|from|using) (?:their|its|the|various|several|multiple|different|a set of|a few|a number of) [\w-]+/g;
const IO_OF = /\b(?:inputs?|outputs?) (?:of|to|for) (?:the |our |this |each |a |an )?(?:'[^'\s]{1,30}' |"[^"\s]{1,30}" |[\w-]+ )?(?:model|network|net|classifier|regressor|system|pipeline|agent|game|environment|detector|ranker|recommender|service|algorithm|api|endpoint|function|problem|task|encoder|decoder|cnn|rnn|lstm|transformer|policy) (?:is|are|will be|consists? of|(?:needs? to|must|should|has to|will) (?:have|contain|follow|match|include)|=|:)\s+(?:an? |the |each |every |one |all )?[\w-]+/g;
const IO_MAP = /\b(?<!\b(?:config|configuration|feature|heat|saliency|attention|activation|site|road|mind|bit|hash|tree|key|value|depth|texture|segmentation|probability|density|concept|colou?r|shadow|memory|source|self-organi[sz]ing|tone|bump|normal|disparity|occupancy|street|google|interactive) )map(?:s|ping)? (?:the |an? |each |every |its |their )?(?:[\w(),-]+ ){1,10}?(?:to|onto|into) (?:an? |the |one of |its |their |each |every |a set of |a (?:probability|distribution) (?:over|of) )?(?!(?:find|identify|understand|help|see|make|get|improve|show|plan|build|better|ensure|visuali[sz]e|discover|spot|track)\b)[\w-]+/g;
const IO_MAP_ML = /\b(?:models?|networks?|classifier|regressor|learn\w*|inputs?|outputs?|predict\w*|(?:goal|aim|objective|task|idea|problem) (?:here )?(?:is|will be) to)\b/;
const API_IN = /\b(?:(?:request|payload|call)s? (?:body )?(?:will )?(?:contains?|includes?|carr(?:y|ies)|holds?|consists? of)|(?:accepts?|receives?|takes?) (?:an? |the )?(?:http |https |rest |post |get |api |json )?requests? (?:with|containing|that contains|carrying)|requests? (?:is|are) (?:received|sent|made) (?:from|by) [^.;]{1,40}? with)\b(?= [^.;]{3})/g;
const API_OUT = /\b(?:respond(?:s|ed)? with|generat(?:es|ed|ing)? (?:a |the )?predictions? (?:of|on|about) (?:whether|if)|(?:issues?|sends?|returns?) (?:back )?an? response with|response (?:body )?(?:will )?(?:contains?|includes?|is|holds?|carries)|returns? (?:a |an |the )?(?:short |brief )?(?:boolean|score|probability|label|list|json|flag|value|class|ranked|summary|summaries|ids?|top|answer|translation|caption|category|prediction))\b/;
const IO_OUT_PROSE = /\b(?:outputs?|predicts?|returns?|produces?|emits?|gives?) (?:the |a |an )?(?:probabilit(?:y|ies)|likelihood|score|labels?|class(?:es)?) (?:(?:determining|indicating|estimating|saying|of) )?(?:that|of|for|whether)\b|\b(?:outputs?|returns?|produces?|provides?|gives?) (?:back )?(?:a |the )?(?:ranked |sorted |short )?list of (?:[\w-]+ ){0,2}(?:items|products|movies|songs|tracks|videos|posts|recommendations|candidates|documents|results|events|jobs)\b/g;
const IO_IN_PROSE = /\b(?:using (?:only )?(?:the |its |their )?[\w-]+(?: [\w-]+){0,3} (?:from|of) (?:the |each |a |an )?[\w-]+|(?:concatenated|combined|together) with (?:the |an? )?[\w-]+|(?:takes?|receives?|consumes?) (?:as input )?(?:the |an? |each )?[\w-]+|(?:fuses?|combines?|merges?) (?:all )?(?:the )?[\w-]+(?: [\w-]+){0,2} (?:from|of) (?:the |each |a |an )?[\w-]+|from (?:the |its |each )?(?:text|images?|photos?|audio|features?|history|inputs?)\b)/;

const CATEGORY =
  /\b(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)[- ]class (?:[\w-]+ )?classif\w*|binary (?:[\w-]+ ){1,2}classif(?:ication|ier)\b|predict\w* [^.;]{0,60}?\bone (?:out )?of (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:possible |distinct )?(?:classes|categories|labels|options|levels|grades|outcomes|ratings)\b|rag(?= (?:application|app|system|pipeline|chatbot|chat ?bot|assistant|bot|solution|service)s?\b)|semantic search (?:over|across|on|of) |(?:image|video) captioning (?:task|problem|model|app|application|system|project|pipeline)\b|(?:^|: ?)(?:image|video) captioning\s*$|(?:image|object|speech|face|character|scene|handwriting) recognition (?:task|problem|model|system)|(?:abstractive|extractive) summar(?:i[sz]ation|ies|y)|summari[sz]ation (?:task|problem|model)|(?:task|problem) is (?:\w+ )?summari[sz]ation|(?:conditional )?text[- ]gen(?:eration)?\b(?! inference\b)|(?:code|image|sql|caption|reply|response|answer|description) generation (?:task|problem|model)|(?:a |as (?:a )?|is )(?:code|image|sql|caption|reply|description) generation|semantic parsing|text[- ]to[- ](?:sql|image|speech)\b(?= (?:task|problem|model|generation|translation))|(?:latent )?diffusion model|in-?painting|out-?painting|retrieval[- ]augmented generation|generative (?:task|problem)|(?:named[- ]entity recognition|ner) (?:task|model|problem)|(?:field|entity|information|key[- ]value) extraction|token (?:classification|tagging)|sequence (?:labell?ing|tagging)|(?:extractive )?question answering|(?:machine )?translation (?:task|problem|model)|binary classif\w*|binary (?:predictions?|outcomes? (?:variable|target|label)|targets?|labels?)|predict\w* [^.;]{0,40}?\b\d+(?:(?: to |-|–)\d+)? (?:hours?|days?|weeks?|months?|steps?|minutes?) ahead\b|(?:a|an) (?:simple|basic|standard|typical|straightforward|classic) (?:binary |multi-?class |multi-?label )?(?:classification|regression|ranking) (?:scenario|problem|task|setting|setup)|supervised learning ?\((?:binary |multi-?class |multi-?label )?(?:classification|regression|ranking)(?=\))|forecast(?:s|ing)? (?:for|of) (?:the )?(?:next|coming|following) \d+|(?:binary|multi-?class|multi-?label) clf|(?:point|probabilistic|quantile|multi-?horizon|multi-?step|day-ahead|intraday) forecasts?|quantile (?:regression|models?)|direct multi-?horizon|multi-?class(?: classification)?|multi-?label(?: classification)?|classification (?:problem|task|approach|formulation)|(?:a |as (?:a )?|is )classification|supervised (?:learning|model)[^.;]{0,60}\b(?:target|label|outcome) is (?:a )?binary (?:flag|indicator|variable|label)|classifiers?|regression (?:problem|task|model)|regression (?:predicting|that predicts|to predict|which predicts|estimating|that estimates|to estimate)\b|(?:a |as (?:a )?|is )regression(?<!\b(?:represents?|indicates?|means|signals?|causes?|introduces?|prevents?|avoids?|catch(?:es)?|detects?|flags?|blocks?) (?:a |as (?:a )?|is )regression)(?! (?:in|of) (?:the )?(?:metric|quality|performance|accuracy|latency))|(?=matrix)(?<!-)matrix factori[sz]ation|factori[sz]ation recommenders?|(?:vector|embedding|nearest[- ]neighbou?r) similarity search|collaborative filtering|content[- ]based (?:filter(?:ing|s)?|recommend\w*)|hybrid filtering|learning[- ]to[- ]rank|ltr|point-?wise|pair-?wise|list-?wise|ranking (?:problem|task|model)|(?:a |as (?:a )?|is )ranking|retrieval (?:problem|task)|recommendation (?:problem|task)|object detect(?:ion|ors?)|(?:censored|ordinal|count|poisson|tobit)(?: \([a-z -]{1,30}\))? regression|(?:semantic|instance|image) segmentation|segmentation (?:models?|tasks?|problems?|networks?)|clustering|anomaly detection|outlier detection|unsupervised (?:problem|task|learning problem|approach|anomaly)|(?:a |as (?:a )?|is )unsupervised|supervised (?:problem|classification|task|binary)|(?:a |as (?:a )?|is (?:a )?)supervised (?:learning )?(?:problem|task)|sequence[- ]to[- ]sequence|seq2seq|(?:time[- ]series )?forecasting|time[- ]series (?:model|problem|task|regression)|regression (?:of|on) (?:the )?[\w-]+|retrieval\b[^.;]{0,100}(?:\bthen|\band|\+|→|->|\bfollowed by) ?(?:a |an )?(?:ranker|ranking|re-?rank(?:er|ing))|uplift (?:problem|model\w*|task)|causal (?:inference|problem|model\w*)|(?:this|it) is (?:a|an) (?!hard|difficult|common|classic|big|interesting|tricky|simple|known|important|new|real|business|good|great|fairness|bias|privacy|security|scal|latency|cold-start|coordination|design|people|product|engineering|ux|trust|safety|policy|legal|ethic|logistics|marketplace|chicken-and-egg)[\w-]+ (?:problem|task)|(?:demand|sales|load|traffic) forecast\w*|forecast(?:s|ing)? (?:the )?(?:next|daily|weekly|hourly|\w+-day|unit|future)|survival (?:analysis|model)|(?:contextual )?(?:multi-armed )?bandits?|reinforcement[- ]learning|representation learning|metric learning|similarity learning|link prediction|edge prediction|named[- ]entity[- ]recognition|sentiment (?:analysis|classification)|sequence labell?ing|text classification|image classification|intent (?:classification|detection|recognition)|entity resolution|matching problem|two[- ]tower retrieval|embedding[- ]based retrieval|(?:dense|semantic|neural|vector) retrieval)\b/g;

/** A label defined by its two values ("Blue Team win (=1) or loss (=0)", "the class of interest (`label=1`)"): a binary task. */
const BINARY_LABEL = /\(\s*=\s*1\s*\)[^.;]{1,40}\(\s*=\s*0\s*\)|\blabel\s*=\s*1\b/;
const USED_TO_CLASSIFY = /\b(?:model|network|classifier|bert|cnn|lstm|transformer|svm)s? (?:is |are |was |were |will be )?(?:used|trained|built|fine-?tuned|developed) to classify (?:the |each |every |incoming |new )?[\w-]+/;

/** Several models of one task compared: "the 4 main classification models", "three regression algorithms". */
const TRIED_FAMILY = /\b(?:\d+|two|three|four|five|six|seven|eight|several|various|multiple|different) (?:main |standard |common |popular |baseline |candidate |classical |classic |supervised )?(?:binary |multi-?class )?(?:classification|regression) (?:models|algorithms|classifiers|regressors|methods|techniques)\b|\b(?:classification|regression) (?:machine learning |ml |deep learning )?(?:models?|algorithms?|classifiers?|regressors?) (?:will be |are |were |was |is |get |got )(?:trained|fit(?:ted)?|built|developed)\b|\b(?:custom|linear|simple|a|the) (?:regression|classification) head\b|\b(?:applied|used|tried|employed|leveraged) (?:several |various |different |some |standard |common )?(?:machine learning |ml |supervised )?(?:classification|regression) (?:techniques|methods|algorithms|models)\b|\b(?:classification|regression) (?:models|algorithms|classifiers|regressors|methods|techniques) (?:such as|like|including|e\.g\.?,?) (?:logistic|linear|ridge|lasso|knn|k-nearest|k nearest|naive|decision|random|gradient|xgboost|lightgbm|catboost|svm|support vector|neural|mlp)\b/;

/** "Regression: predict minutes…" — a category as the lead of a line. */
/** The ML categories a line can lead with or a category label can be answered by. */
const CATEGORY_NAME = String.raw`(?:(?:binary|multi-?class|multi-?label) )?(?:classification|regression|ranking|learning[- ]to[- ]rank|forecasting|clustering|retrieval|object detection|segmentation|anomaly detection)`;
const CATEGORY_LEAD = new RegExp(String.raw`^${CATEGORY_NAME}\s*[:.—–-]`);

/** A category answering a label that asks for one ("Classification or regression: classification, …"). */
const CATEGORY_ANSWER = new RegExp(String.raw`^${CATEGORY_NAME}\b(?! or\b)`);
const CATEGORY_LABEL = /^(?:ml |problem |task |learning )?(?:category|type|task(?: type)?|problem type|formulation|framing)$/;
const CATEGORY_WORD = /\b(?:summari[sz]ation|text generation|extraction|tagging|classification|regression|ranking|learning[- ]to[- ]rank|forecasting|clustering|retrieval|detection|segmentation|recommendation|bandit|reinforcement learning|seq2seq|sequence[- ]to[- ]sequence)\b/;

/** "We treat this as count regression with a Poisson likelihood", "framed as multi-label tagging". */
const CATEGORY_AS = /\b(?:treat\w*|fram(?:e|es|ed|ing)|cast|pos(?:e|es|ed|ing)|formulat\w*|model(?:l?ed|l?ing|s)?|approach\w*) (?:this|it|the (?:problem|task)) as (?:an? )?(?:[\w-]+ ){0,3}?(?:regression|classification|ranking|forecasting|clustering|retrieval|detection|segmentation|recommendation|generation|tagging|extraction)\b/g;

/**
 * A library's model class fixes the category ("MLPRegressor", "XGBClassifier", sklearn's
 * "LogisticRegression"), as does "this regressor" (one model; "weather regressors" are inputs), and a
 * model that only regresses ("Linear Regression, Lasso, XGBoost"), and a detector architecture ("a
 * YOLOv5 detector fine-tuned on …", "Mask R-CNN trained on …": object detection / segmentation).
 */
const CATEGORY_CLASS =
  /\b(?:mlp|xgb|lgbm|lgb|lightgbm|catboost|randomforest|extratrees?|gradientboosting|histgradientboosting|decisiontree|kneighbors|adaboost|bagging|sgd|ridge|svm|voting|stacking)(?:regressor|classifier)\b|\b(?:logistic|linear)regression\b|\b(?:linear|ridge|lasso|poisson|quantile) regression(?! (?:of|on|between|line|coefficients?|slope)\b)|\b(?:a|an|the|this|our|that) (?:[\w-]+ ){0,2}regressor\b(?!s)|\b(?:yolo ?(?:v\d+|x)?|faster r-?cnn|mask r-?cnn|retina-?net|detr|efficientdet)\b(?= (?:[\w-]+ )?(?:detector|model|network|architecture|is|was|fine-?tuned|trained|pre-?trained|with|on|for|to)\b)/g;

const EITHER_CLASS = /\b(?:classif(?:y|ies|ying|ied)|categori[sz](?:e|es|ing|ed)|label(?:s|ing|ling|ed|led)?) (?:the |each |every |incoming |an? |new )?(?:[\w-]+ ){0,2}(?:as|into) (?:either |having )?(?:an? )?[\w-]+(?: \([^)]{1,20}\))? or (?:an? )?[\w-]+/g;
/** "classify an article whether it's fake", "classifies whether the message is spam": a yes/no class, so binary classification. */
const CLASSIFY_WHETHER = /\bclassif(?:y|ies|ying)(?: (?:the |each |every |an? |incoming |new )?[\w-]+(?: [\w-]+)?)? (?:whether|if) (?:it|they|the|an?|each|this|that|these)\b[^.;?]{0,60}?(?:\b(?:is|are|was|were|will be)\b|'s\b)/g;
/** "build a simple classification model to predict the credit risk": the model's family, put to the task. */
const FAMILY_MODEL_FOR = /\b(?:an?|the|our|this) (?:simple |basic |binary |multi-?class |multi-?label |supervised )?(?:classification|regression) (?:model|algorithm|network|pipeline)s? (?:to|that|which|for|in order to) (?:will |can |would )?(?:predict|classif|estimat|forecast|detect|identif|determin)\w*/g;

/** A model library or family named as the label of a row or line whose value is the category ("XGBoost | Regressor"). */
const MODEL_FAMILY_LABEL = /^(?:xgboost|lightgbm|catboost|random ?forest|gradient[- ]boost(?:ing|ed trees)?|decision ?trees?|svm|mlp|knn|k-?nearest neighbou?rs|neural (?:network|net)|scikit-learn|sklearn)$/;
const CATEGORY_ROLE = /^\s*(?:(?:binary|multi-?class|multi-?label) )?(?:regressor|classifier)s?\s*$/;

/** An XGBoost objective that fixes the task: "reg:squarederror" (regression), "binary:logistic", "multi:softprob", "rank:ndcg". */
const BOOSTING_TASK_OBJECTIVE = /(?<![\w-])(?:reg:(?:squarederror|squaredlogerror|absoluteerror|pseudohubererror|quantileerror|logistic|tweedie|gamma)|binary:(?:logistic|logitraw|hinge)|multi:(?:softmax|softprob)|rank:(?:pairwise|ndcg|map)|count:poisson|survival:(?:cox|aft))(?![\w-])/;

function mlCategory(u: Unit): boolean {
  const low = u.low;
  if (classUnderCaption(u)) return true;
  // "| `objective` | `reg:squarederror` |": the booster's objective names the task
  if (BOOSTING_TASK_OBJECTIVE.test(low) && !u.uncommitted && !isNegated(low, 0, low.length, 'strong')) return true;
  // "**Stage 2 (Ranking)**: Accurately score/rank those candidates with expensive ML": a stage of a retrieval and ranking funnel
  if (/^stage \d \((?:ranking|re-?ranking|retrieval|candidate (?:generation|retrieval))\)$/.test(u.label) && contentWords(valueOf(u)) >= 3) return true;
  if (u.label && MODEL_FAMILY_LABEL.test(u.label) && CATEGORY_ROLE.test(valueOf(u))) return true;
  if (CATEGORY_LEAD.test(low) || (u.label && CATEGORY_LEAD.test(u.label + ':'))) return true;
  // "Classification or regression? Classification: stock-out within 7 days, yes/no.": the lead of a later sentence
  if (low.includes('? ') && low.split(/(?<=[?.;!])\s+/).some((seg, k) => k > 0 && CATEGORY_LEAD.test(seg))) return true;
  // (… or as the label of its answer: "Classification or regression: classification, stock-out …")
  if (u.label && CATEGORY_WORD.test(u.label) && CATEGORY_ANSWER.test(valueOf(u))) return true;
  if (anyMatch(low, CATEGORY_AS, 'strong')) return true;
  // "Category: quantile regression", "Problem type: multi-class classification"
  if (u.label && CATEGORY_LABEL.test(u.label) && CATEGORY_WORD.test(low.slice(u.label.length))) return true;
  if (anyMatch(low, CATEGORY_CLASS, 'strong')) return true;
  // "classifying emails as either spam or legitimate (ham)": two classes, so binary classification
  if (anyMatch(low, EITHER_CLASS, 'strong') || anyMatch(low, CLASSIFY_WHETHER, 'strong')) return true;
  if (anyMatch(low, FAMILY_MODEL_FOR, 'strong')) return true;
  // "classify kitchenware images to 6 classes": a multi-class task
  if (anyMatch(low, INTO_N_CLASSES, 'any')) return true;
  // "The model used to classify the texts", "Untuned BERT model used to classify sentiment per candidate": a classifier by its use
  if (anyMatch(low, USED_TO_CLASSIFY, 'strong')) return true;
  // "the performance of the 4 main classification models with default parameters": the models tried fix the task
  if (anyMatch(low, TRIED_FAMILY, 'strong')) return true;
  if (affirmed(u, BINARY_LABEL, 'strong')) return true;
  return !!anyMatch(low, CATEGORY, 'any', (m) => {
    // "classification metrics" is a list of metrics, not a framing
    // ("as more research is developed on fraud/anomaly detection": a field of research, not this task)
    return !/^\s*(metrics?|loss)/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 12))
      && !/\b(?:research|literature|papers?|studies|work|advances|progress) (?:(?:is|are|has been|have been) )?(?:(?:being )?(?:developed|done|published|made|conducted) )?(?:on|in|into) (?:the )?(?:field of )?(?:[\w-]+\/)?$/.test(low.slice(Math.max(0, m.index - 70), m.index));
  });
}

export const FRAMING_RULES: readonly ItemSpec[] = [
  {
    id: 'framing.ml-objective',
    topic: /\bml objective\b|\bobjective\b|\bpredict\w*|target variable|\bproxy\b/,
    triggers: ['pd', 'lgd', 'ead', 'risk', 'fraud', 'churn', 'spam', 'toxicity', 'propensity', 'anomaly', 'abuse', 'match', 'relevance', 'click', 'find', 'detect', 'locate', 'localize', 'segment', 'identify', 'forecast', 'embed', 'embeddings', 'contrastive', 'triplet', 'fine', 'trained', 'objective', 'predict', 'predicts', 'estimate', 'probability', 'likelihood', 'p', 'proxy', 'target', 'label', 'optimize', 'optimise', 'maximize', 'maximise', 'minimize', 'minimise', 'rank', 'ranked', 'ranking', 'classify', 'learn', 'model', 'regress', 'regression', 'task', 'goal', 'formulation'],
    test: (u) => mlObjective(u),
    keyPatterns: [OBJECTIVE, RL_OBJECTIVE, TASK_PHRASE, PREDICTED_THING, GOAL_PREDICT, TARGET_WANTED],
    doc: {
      present: 'What the model predicts or optimises, stated as a commitment: "Predict P(click | user, ad, context)", "the model estimates the probability that a transaction is fraudulent", "rank posts by predicted engagement", an "ML objective:" line with an answer.',
      absent: 'Only the business goal; "ML objective" as a bare bullet; the objective asked as a question; the case-study pitch the scaffold writes under the title.',
    },
  },
  {
    id: 'framing.io-spec',
    topic: /\binputs?\b|\boutputs?\b|\bi\/o\b/,
    triggers: ['classify', 'input', 'inputs', 'output', 'outputs', 'out', 'emits', 'gives', 'i', 'o', 'p', 'given', 'each', 'every', 'per', 'for', 'upload', 'uploads', 'type', 'types', 'query', 'queries', 'retrieve', 'boxes', 'box', 'returns', 'return', 'produces', 'takes', 'receives', 'signature', 'interface', 'user', 'query'],
    ...splitTest(ioLocal, docListsInputs),
    code: (u, doc) => apiContractInCode(u, doc),
    keyPatterns: [IO, IO_OUT_PROSE, API_IN, IO_OF, IO_MAP, FORECAST_VERB, IO_PROSE, PREDICTED_THING, GOAL_PREDICT, TARGET_WANTED, CLASSIFY_OBJECT_AS],
    doc: {
      present: 'The model\'s input and output: "Input: user, ad and context features. Output: click probability in [0, 1]", "given a query and a video, return a relevance score", "⟨user, ad⟩ → P(click)"; the service contract ("the request will contain the amount and the PCA components; the service will respond with a boolean …"), or an example of it in a code block (a request — under a "Request" caption or as the curl command that sends it — then a response holding the prediction, "fraud_probability": 0.87).',
      absent: '"ML I/O" as a bare bullet; "What are the inputs?" unanswered; the scaffold prompt.',
    },
  },
  {
    id: 'framing.ml-category',
    topic: /classif|regression|rank|retrieval|detection|segmentation|clustering|supervised|forecast|bandit|reinforcement|representation|link prediction|recommendation|time[- ]series/,
    triggers: ['squarederror', 'squaredlogerror', 'absoluteerror', 'pseudohubererror', 'quantileerror', 'logitraw', 'softprob', 'poisson', 'tweedie', 'gamma', 'cox', 'aft', 'binary', 'rag', 'semantic', 'multi', 'multiclass', 'multilabel', 'classification', 'classifier', 'regression', 'learning', 'ltr', 'pointwise', 'pairwise', 'listwise', 'ranking', 'retrieval', 'recommendation', 'object', 'detection', 'segmentation', 'clustering', 'anomaly', 'outlier', 'unsupervised', 'supervised', 'self', 'semi', 'sequence', 'seq2seq', 'forecasting', 'survival', 'bandit', 'bandits', 'reinforcement', 'representation', 'metric', 'similarity', 'link', 'edge', 'named', 'entity', 'text', 'image', 'matching', 'two', 'embedding', 'point', 'pair', 'list', 'forecast', 'forecasts', 'series', 'demand', 'category'],
    test: (u) => mlCategory(u),
    keyPatterns: [CATEGORY, CATEGORY_LEAD, CATEGORY_CLASS, EITHER_CLASS, CLASSIFY_WHETHER, FAMILY_MODEL_FOR, TRIED_FAMILY, USED_TO_CLASSIFY],
    doc: {
      present: 'The ML category named as the choice: "binary classification", "pointwise learning-to-rank", "regression on minutes of delay", "object detection", "two-tower retrieval + ranking"; a library model class that fixes it ("MLPRegressor", "XGBClassifier", "this regressor"). "8-class classification", "binary scan-level classification"; a "Stage 2 (Ranking)" step with its work (not "a fairness problem").',
      absent: '"Classification metrics: …" (a metric list, not a framing); "classification or regression?" unanswered; the template\'s list of categories.',
    },
  },
];
