/**
 * 3. Data preparation: sources, labels, features, class imbalance, splits and leakage, backfill.
 */
import type { ParsedDoc, Unit } from '../parse';
import { affirmed, anyMatch, ctxHas, docMentions, headingOf, inSection, isBare, RARE_POSITIVE_WORDS, saysNo, sentenceAt, SERVED_FEATURES_REPLAYED, sourceText, stated, stepAt, TARGET_WANTED, verbNegatedAt, valueNegated, valueOf } from './helpers';
import { contentWords, findAffirmed, isNegated, parenListItemAt } from '../text';
import type { ItemSpec } from './types';

const SOURCES =
  /\b(?:data sources?|raw data|(?:interaction|click|impression|event|transaction|search|query|view|watch|purchase|order|server|access|app|activity|engagement|delivery|trip|gps|payment|audit|chat|browsing|session|booking|listing|playback|request|ride|ad|report|moderation|review) (?:logs?|histor(?:y|ies)|data|tables?|records|streams?|events)|logs\b|logged (?:events|interactions|clicks|impressions|transactions)|(?:users?|items?|products?|ads?|advertisers?|merchants?|videos?|listings?|posts?|accounts?|customers?|drivers?|restaurants?|orders?|events?|transactions?|cards?|devices?|sessions?|queries|documents?|images?|authors?|creators?|stores?) (?:table|data|metadata|profiles?|catalog(?:ue)?|attributes|information|features? (?:come|are stored))|(?:user|item|merchant|account|customer|driver) profiles?|metadata|clickstream|data ?warehouse|warehouse|data ?lake|lakehouse|(?:matches|games|replays|episodes|records|logs|transactions|images|articles|reviews|posts|recordings|documents) (?:from|of|played by) [^.;]{3,80}? (?:were|was|are|is|will be) used (?:for|to|in) (?:the )?train\w*|bigquery|snowflake|redshift|hive|s3|kafka|kinesis|pub\/?sub|postgres|mysql|cassandra|dynamodb|databases?|crm|third[- ]party (?:data|signals)|historical (?:data|transactions|logs|interactions|orders|trips)|we have (?:access to )?(?:\w+ ){0,3}(?:data|logs|history|tables?|records)|available data|data (?:we have|available|comes? from|is collected|collected|is stored|lives? in)|collected from|sourced from|(?:pars|scrap|crawl|download|fetch|pull|export)(?:e|es|ed|ing)? (?:the |all |\w+ ){0,2}(?:data|records|pages|posts|reviews|listings|profiles|comments|articles) from|ingest\w*|feeds? from|event stream|catalog(?:ue)? of|(?:our|the|product|item) catalog(?:ue)?|pairs of|(?:user|customer|member) (?:reports?|feedback|clicks|ratings|reviews)|(?:inbound|incoming|historical|past) (?:mail|messages|emails|traffic|requests|applications|claims|loans)|\d+ (?:years|months|weeks|days) of (?:\w+ ){0,2}(?:data|logs|history|applications|transactions|orders|trips|sessions|events|records|searches|bookings|clicks)|(?:repayment|payment|purchase|order|trip|booking|browsing|search|watch|listening|transaction|click|credit|bureau) (?:history|reports?|records|attributes)|completed (?:trips|orders|rides|deliveries|transactions|bookings)|gps (?:traces|pings|data)|traces|telemetry|sensor data|time series|[\w-]+ (?:timelines|histories|exports|dumps|archives)|post-?mortems?|\d(?<![a-z]\d)[\d,.]*\s*(?:k|m|b|million|billion)? (?:labell?ed |positive |training |historical )?(?:pairs|examples|samples|records|rows|sessions|images|photos|transactions|orders|events))\b/g;
/** A caption or label of data sources (not "candidate sources" of a recommender's retrieval stage). */
const SOURCE_CTX = /\b(data sources?|raw data|available data|data we have|data needs|(?<!\bcandidate[- ])sources?)\b/;
const SOURCE_HEADING = /\b(data sources?|raw data|available data|data we have|data dictionary)\b/;

const PERIOD_OF_DATA =
  /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|twelve|eighteen) (?:years?|months?|weeks?|days?) of (?:historical |past |logged |archived |labell?ed |resolved |closed )?[a-z-]+(?: [a-z-]+)? (?:from|in|out of|exported from|pulled from) (?:the |our )?[a-z]/;
const TRAINING_DATA_LINE = /(?:^|[.;!] )(?:training data|training set|dataset|historical data|data sources?|data)\s*[:=]\s*(?=[^.;]{15})/;

/** "… from the last ~14 months", "the past 2 years of …": how much history a source gives. */
const DATA_WINDOW = /\b(?:from|over|covering) the (?:last|past|previous) ~?\d+(?:\.\d+)? (?:days?|weeks?|months?|years?)\b|\b(?:the )?(?:last|past|previous) ~?\d+(?:\.\d+)? (?:days?|weeks?|months?|years?) of [a-z]|\d+(?:\.\d+)? ?[km]?\b[^.;]{0,40}\b(?:since|from) (?:19|20)\d\d\b/;

const MODEL_METADATA = /\bmetadata (?:to|with|about|of|for) (?:a|the|each|every) (?:model|version|run|artifact|checkpoint)s?\b|\bmodel(?:'s)? metadata\b|\bname and version\b[^.;]{0,60}\bmetadata\b/;

/** "Logging: Captures token usage, latency, and metadata in `metrics.json`": what a run records about itself. */
const RUN_METADATA = /\b(?:captur|log|record|writ|track)\w*\b[^.;]{0,60}\b(?:token usage|tokens|latency|durations?|timings?|request ids?|metrics\.json|run ids?)\b|\b(?:token usage|latency|durations?|timings?)\b[^.;]{0,40}\bmetadata\b[^.;]{0,20}\b(?:logged|captured|recorded|written|in [`'"]?[\w.-]+\.(?:json|csv|log))/;
/** Logs a service is made to write ("Add logs, prediction latency tracking, and accuracy checks"; "Logs and alerting"): its observability, no data named. */
const SERVICE_LOGS = /\b(?:add|adds|added|adding|set up|sets up|enable|enables|enabled|emit|emits|ship|ships|centrali[sz]e\w*)\s+(?:structured |request |application |api |basic |proper )?(?:logs|logging)\b(?! (?:of|from)\b)(?![^.;]{0,60}\b(?:train\w*|datasets?|labels?)\b)|^(?:logs|logging)(?: and|,| &) (?:monitoring|alerts?|alerting|metrics|tracing|dashboards?)\b/;
/** Telemetry of the service itself ("system telemetry of your deployed model"), not data to learn from. */
const SERVICE_TELEMETRY = /\b(?:system|service|server|api|app(?:lication)?|infra\w*) telemetry\b|\btelemetry (?:of|for|from) (?:the |your |our |its )?(?:deployed |production |live )?(?:model|service|api|system|server|endpoint|app(?:lication)?)\b/;

/** "Prediction Database / Logs" (a node of a serving diagram): where the model's outputs are written, not data it learns from. */
const PREDICTION_STORE = /\b(?:predictions?|inference|scoring|decisions?) (?:(?:database|db|store|table|logs?)\s*(?:\/|and|&)?\s*)*(?:database|db|store|table|logs?)$/;
/** "(e.g. with parsing raw data)", "Performance on historical data": data handled or tested on, none named. */
const DATA_HANDLED_BEFORE = /\b(?:(?:pars|process|clean|handl|transform|validat|read)\w* (?:the |of (?:the )?)?|(?:performance|perform\w*|tested|testing|evaluat\w*|validat\w*|backtest\w*|accuracy|analy\w*|reporting|insights?) on (?:the )?)$/;
/** "Redis (In-Memory Database)": a store the serving path keeps counters in, not data to learn from. */
const IN_MEMORY_STORE = /\b(?:in-?memory|key[- ]value|kv|vector|caching|cache)\s+$/;

/**
 * A source word in another sense, told by the words around it: "attach general metadata to a model" (the
 * model's own metadata), "Captures token usage, latency, and metadata" (a run's record of itself), "the system
 * telemetry of your deployed model" (the service's own signals), "Redis (In-Memory Database)" (where serving
 * keeps its counters), "Prediction Database / Logs" (where the outputs go), "(e.g. with parsing raw data)",
 * "Performance on historical data" (data handled or tested on, none named).
 */
function sourceWordElsewhere(low: string, m: RegExpExecArray): boolean {
  const word = m[0];
  if (word === 'metadata') return MODEL_METADATA.test(sentenceAt(low, m.index)) || RUN_METADATA.test(sentenceAt(low, m.index));
  if (word === 'telemetry') return SERVICE_TELEMETRY.test(sentenceAt(low, m.index));
  if (word === 'logs' && SERVICE_LOGS.test(sentenceAt(low, m.index))) return true;
  const before = low.slice(Math.max(0, m.index - 24), m.index);
  if (word === 'database' && IN_MEMORY_STORE.test(before)) return true;
  if (/^(?:raw|historical|past) data$/.test(word) && DATA_HANDLED_BEFORE.test(before)) return true;
  return PREDICTION_STORE.test(low.slice(Math.max(0, m.index - 40), m.index + word.length));
}

function dataSources(u: Unit, doc: ParsedDoc): boolean {
  // "dataset: 'data/processed'", "data_path: ./data/raw": a config key pointing at a folder names no source
  if (/^[\s`'"]*(?:data(?:set)?|data_?(?:path|dir)|(?:train|test|raw)_?(?:data|path|dir))[`'"]?\s*[:=]\s*[`'"]?\.{0,2}\/?[\w.-]+(?:\/[\w.-]+)*\/?[`'"]?\s*$/.test(u.low)) return false;
  // "* Morphological close / source: [OpenCV](https://docs.opencv.org/…)": where a technique is explained, a citation
  if (!u.sections.includes('data') && /(?:^|\s)(?:source|src|ref|reference|credits?|via)$/.test(u.label) && contentWords(valueOf(u)) <= 3 && /\]\(https?:|:\s*<?https?:\/\/\S+>?\s*$/.test(sourceText(doc, u))) return false;
  // bullets under "Data sources:" — "Users", "Ads", "User-ad interactions" (or, in the data section, under a bare "Sources")
  const heading = headingOf(u, doc);
  if (u.low && contentWords(u.low) >= 1 && (SOURCE_CTX.test(u.label) || SOURCE_CTX.test(u.parentText) || SOURCE_HEADING.test(heading) || (u.kind === 'item' && inSection(u, 'data') && /^[\d.)\s]*sources?$/.test(heading)))) {
    return true;
  }
  const m = affirmed(u, SOURCES, 'any');
  // ("A[Data Source] --> B[Feature Store]": a diagram's box for whatever source, none named)
  const genericBox = !!m && u.kind === 'mermaid' && /^data sources?$/.test(m[0]) && !/^\s*[:(]/.test(u.low.slice(m.index + m[0].length));
  if (m && !genericBox && !isBare(u, 1) && !sourceWordElsewhere(u.low, m) && !noSourceNamed(u.low, m)) return true;
  // "We will use the MovieLens 20M dataset"
  if (namedDatasetUsed(u)) return true;
  // "- [OpenSubtitles Dataset](https://…)", "- Spotify podcast datset": a named dataset listed on its own line
  if (namedDatasetItem(u)) return true;
  // "The original dataset is a bike rental dataset from the city of Austin Texas": what the data is and whose
  if (anyMatch(u.low, DATASET_IS_FROM, 'strong')) return true;
  // "The data for this project comes from the user's Gmail account", "the dataset is taken from an
  // open Kaggle competition", "Gather bugs from the project's Bugzilla", "a crawler which crawls the
  // issues from selected GitHub repositories": where the data is taken from
  if (anyMatch(u.low, DATA_TAKEN_FROM, 'strong')) return true;
  // "The dataset consisted of ~225K Wikipedia comments": what the data is, counted
  const dc = DATASET_CONTENTS.exec(u.low);
  if (dc && !isNegated(u.low, dc.index, dc[0].length, 'strong')) return true;
  // "I used the red wine quality data set from UCI": a dataset taken from a public repository
  const host = DATASET_FROM_HOST.exec(u.low);
  if (host && !isNegated(u.low, host.index, host[0].length, 'strong')) return true;
  // "We pre-processed cough recordings from two open-sourced COVID-19 related datasets"
  const pub = PUBLIC_DATASETS.exec(u.low);
  if (pub && !isNegated(u.low, pub.index, pub[0].length, 'strong')) return true;
  // "2 years of historical messages from Epic (around 11 million)": a period of data from a system
  const pd = PERIOD_OF_DATA.exec(u.low);
  if (pd && !isNegated(u.low, pd.index, pd[0].length, 'strong')) return true;
  // "Training data: the last 12 months of closed tickets" — anywhere in the doc, also mid-paragraph
  const td = TRAINING_DATA_LINE.exec(u.low);
  if (td && !isNegated(u.low, td.index, td[0].length, 'strong') && !/^\s*(?:n\/a|none|tbd|no\b|not\b)/.test(u.low.slice(td.index + td[0].length))) return true;
  if (!inSection(u, 'data')) return false;
  // "### Data" → "**Training**" → "- .mp3 samples of healthy person speaking": what the model is trained on, listed
  if (u.kind === 'item' && /^(?:training|training data|for training|train(?:ing)? set)\s*:?$/.test(u.parentText.trim()) && contentWords(u.low) >= 2 && !u.uncommitted) return true;
  // "Moderator decisions from the last ~14 months" in the data section
  if (DATA_WINDOW.test(u.low) && contentWords(u.low) >= 3 && !isNegated(u.low, 0, 30, 'strong')) return true;
  // "We have posts and user reports." in the data section
  if (/\b(?:we have|we've got|we collect|we log|we store|we get|we receive|we record|available:|there (?:is|are))\b/.test(u.low) && contentWords(u.low) >= 3) return true;
  // an enumeration of data ("Search sessions: query, dates, clicks, bookings") in the data section
  const commas = (u.low.match(/,/g) ?? []).length;
  if (commas < 2 || contentWords(u.low) < 4 || /\b(features?|labels?|split|positive|negative|train\w*|validat\w*|test)\b/.test(u.label + ' ' + u.parentText.slice(0, 40) + ' ' + u.low.slice(0, 30))) return false;
  // (not under a heading of its own about features: "### Delta features" → "… repayment or failed-payment activity between 6m and 3m, …")
  return !(/\bfeatures?\b/.test(heading) && !/\b(?:data|sources?|datasets?|inputs?)\b/.test(heading));
}

/**
 * "Data Layer: access to all data sources required by the model", "integrate various data sources":
 * sources in general, none named (a list after the words, or another source word in the unit, names them).
 * "predictions based on input user data": what a user types in at prediction time, not data to learn from.
 */
function noSourceNamed(low: string, m: RegExpExecArray): boolean {
  const before = low.slice(Math.max(0, m.index - 30), m.index);
  const after = low.slice(m.index + m[0].length);
  // "tested … with 5 asynchronous calls of 100 images": the size of one call, not data to learn from
  if (/^\d/.test(m[0]) && /\b(?:calls?|requests?|batch(?:es)?|chunks?|queries|payloads?) of (?:~|about |up to )?$/.test(before)) return true;
  // ("an Interface Service to manage user data and provide RESTful endpoints": the accounts a service keeps, no training data)
  if (m[0] === 'user data') return /\b(?:input|manag\w*|handl\w*|delet\w*|protect\w*|encrypt\w*|anonymi[sz]\w*)\s+$/.test(before) || /^\s+(?:input|entered|submitted|typed)\b/.test(after);
  // "Persist derived prediction metadata for traceability": what the service writes about its own predictions
  if (m[0] === 'metadata') return /\b(?:prediction|inference|request|response|run|experiment|model|deployment|derived)\s+$/.test(before);
  if (!/^data sources?$/.test(m[0])) return false;
  if (!/\b(?:all|any|various|multiple|different|relevant|required|necessary|needed|other|external|new|additional|more|many|several|diverse|heterogeneous)\s+(?:(?:the|of the|kinds of|types of)\s+)?$/.test(before) && !/^\s+(?:required|needed|necessary|that (?:are|the model)|which (?:are|the model))\b/.test(after)) return false;
  if (/^\s*(?:\([^)]*\w|:|,? (?:such as|like|including|e\.g|i\.e|namely)\b)/.test(after)) return false;
  SOURCES.lastIndex = 0;
  const named = SOURCES.test(low.slice(0, m.index) + ' ' + after);
  SOURCES.lastIndex = 0;
  return !named;
}

const DATASET_FROM_HOST =
  /\b(?:data ?sets?|data(?! (?:science|scientists?|engineer\w*|analy\w*))|corpus)\b[^.;]{0,40}?\b(?:from|on|at|via|off|in) (?:the |an? )?(?:uci|kaggle|openml|hugging ?face|physionet|zenodo|figshare|data\.gov|google dataset search|aws open data|uci machine learning repository)\b/;
const DATA_TAKEN_FROM =
  /\b(?:data(?:set)?s?|training data|corpus|raw data)\b(?: (?:for|of|in|used (?:in|for|by)) (?:this|the|our|my) (?:[\w-]+ )?(?:project|model|work|study|task|classifier|system))? (?:is |are |was |were |will be )?(?:taken|comes?|came|coming|obtained|downloaded|sourced|scraped|pulled|fetched|collected|gathered|retrieved|crawled|extracted|exported|mined) (?:directly |automatically |manually )?(?:from|via|through|out of|off) (?!(?:scratch|it|this(?! (?:kaggle|uci|public|open|competition|challenge|website|site|repository|repo|link|api|page|database|portal)\b)|that|them|here|there)\b)(?:an? |the |our |their |its |my |this )?[a-z]|\b(?:data(?:set)?s?|training data|corpus) (?:is |are |was |were |will be )?(?:provided|supplied|released|published|donated|shared|made available) by (?!(?:it|this|that|them|the (?:model|system|api|function|script|code))\b)(?:an? |the |our )?[a-z]|\b(?:gather|mine|mining|collect|scrape|scraping|crawl|fetch|pull|download|export|extract|harvest)(?:s|ed|ing)? (?:all |the |our |raw |historical |past |public |closed |resolved )?(?:data|bugs|issues|commits|tickets|posts|comments|reviews|tweets|articles|emails|messages|logs|records|transactions|events|pages|documents) (?:automatically |periodically |daily |weekly )?(?:from|out of|off) (?!(?:scratch|it|this|that|them)\b)(?:an? |the |our |their |its |each |every |(?:manually )?selected |public |internal )?[a-z]/;
const DATASET_IS_FROM =
  /\bdata (?:recorded|collected|logged|gathered|generated|produced) (?:through|by|in|from|via|during) (?:the )?(?:use of )?[\w-]+(?: [\w-]+){0,3} (?:constitutes|forms|is|makes up|provides|gives us) (?:an? |the )?(?:[\w,-]+ ){0,4}(?:dataset|data ?set|corpus)\b|\b(?:the|our) (?:original |raw |training |source |underlying |main )?(?:dataset|data ?set|data) (?:is|was|comes from|came from|consists of) (?:an? |the )?(?:[\w-]+ ){1,4}(?:dataset|data|records|logs|exports?|dumps?) (?:from|of|by|published by|provided by|released by|collected (?:by|from)) (?:the )?(?:city|state|government|[a-z][\w-]+ (?:of|department|agency|bureau|authority|company|ministry)|kaggle|uci|nyc|noaa|[a-z]+\.(?:gov|org|com))\b/g;

/**
 * "We will use the MovieLens 20M dataset", "the dataset used will be the Attribute Prediction subset
 * of the DeepFashion dataset": a dataset the design uses, named — the word before "dataset" is a
 * name in the original text (a capital or a digit: "MovieLens 20M", "UCI Adult"), not "a labelled
 * dataset" or "the training dataset".
 */
const PUBLIC_DATASETS =
  /\b(?:from|use[sd]?|using|combin\w*|merg\w*|on|of) (?:the |two |three |four |several |multiple |\d+ )?(?:open[- ]?sourced?|open|public(?:ly available)?|publicly[- ]released|existing|external|kaggle|benchmark)\b[^.;]{0,40}\bdata ?sets\b/;
const DATASET_USE = /\b(?:use[sd]?|using|utili[sz](?:e[sd]?|ing)|work(?:ing)? with|train(?:ed|ing)? on|trained (?:an? |the |our )(?:[\w()-]+ ){1,8}?on|based on|taken from|drawn from|comes? from|will be|(?:is|are|was|were) (?:the )?)\s*(?:the |a |an |our |this )?(?:[\w()-]+ ){0,6}?\(?([\w-]+)\)? (?:data ?sets?|corpus|corpora)\b/g;

/** "The dataset consisted of ~225K Wikipedia comments": what the data is, counted. */
const DATASET_CONTENTS =
  /\b(?:the |our |this |my )?(?:data ?set|corpus|training set|training data) (?:consists|consisted|is made up|was made up|comprises|comprised|contains|contained|includes|included) (?:of )?(?:about |around |roughly |approximately |nearly |almost |over |more than |~\s?|some )?\d[\d,.]*\s*(?:k|m|b|million|billion|thousand)?\b (?:[\w-]+ ){0,3}?(?:comments|tweets|reviews|articles|posts|documents|messages|emails|sentences|utterances|recordings|questions|images|photos|videos|records|rows|samples|examples|transactions|users|customers|patients|listings|products|pages|clips|songs|tracks|entries|observations|instances)\b/;

const GENERIC_DATASET_WORD = /^(?:training|train|test|testing|validation|eval(?:uation)?|holdout|labell?ed|unlabell?ed|new|same|whole|full|final|entire|original|raw|clean(?:ed)?|public|open|large|small|big|existing|internal|private|historical|synthetic|balanced|imbalanced|sample|benchmark|following|above|below|given|provided|custom|own|our|this|that|such|each|one|two|three)$/;

const DATASET_ITEM = /^(?:the )?([\w.-]+)(?: [\w.-]+){0,3} (?:data ?sets?|datset|corpus|corpora)$/;
function namedDatasetItem(u: Unit): boolean {
  // (or a title-cased name on a line of its own in the data section: "## Data Set" → "[IBM DataSet](https://…)")
  if ((u.kind !== 'item' && !(u.kind === 'para' && inSection(u, 'data') && /^\W*(?:[A-Z0-9][\w.-]* )+(?:data ?sets?|datset|corpus|corpora)\W*$/i.test(u.text) && /^\W*(?:[A-Z0-9][\w.-]* )+\S+\W*$/.test(u.text))) || u.uncommitted) return false;
  const m = DATASET_ITEM.exec(u.low.replace(/[.:;,]+$/, '').trim());
  if (!m || GENERIC_DATASET_WORD.test(m[1])) return false;
  // a name, capitalised or with a digit, in the text as written
  const at = u.text.toLowerCase().indexOf(m[1]);
  return at >= 0 && /[A-Z0-9]/.test(u.text.slice(at, at + m[1].length));
}

function namedDatasetUsed(u: Unit): boolean {
  const m = affirmed(u, DATASET_USE);
  if (!m) return false;
  const word = m[1];
  if (GENERIC_DATASET_WORD.test(word)) return false;
  const named = new RegExp(String.raw`((?:[\w()[*_-]+ ){0,3})\b${word}[*_\x60\])]*\s+(?:data ?sets?|corpus|corpora)\b`, 'i').exec(u.text);
  if (!named) return false;
  const at = named.index + named[1].length;
  if (/[A-Z0-9]/.test(u.text.slice(at, at + word.length))) return true;
  // "the [European car prices dataset](…)", "the TUPAC16 auxiliary mitosis dataset": a name that starts with a capital
  // (or is an acronym) a few words before
  // (not the sentence's first word: "Using the car prices dataset")
  let pos = named.index;
  for (const w of named[1].split(' ')) {
    if (/^[[(*_]*(?:[A-Z][a-z]|[A-Z][A-Z0-9]*\d[A-Z0-9]*\b|[A-Z]{2,}\b)/.test(w) && !/^[[(*_]*(?:The|A|An|Our|This|These|That|I|We)$/.test(w) && !/(?:^|[.!?:]\s*)$/.test(u.text.slice(0, pos))) return true;
    pos += w.length + 1;
  }
  return false;
}

const LABELS =
  /\b(?:outcome (?:window|definition|is|=)|(?:counted|treated|considered|marked) as (?:a )?(?:positive|negative|false|true|fraud|spam|churn|default|bad|good|harmful|violating|unlabell?ed)|(?:bad|default|churn|fraud|positive|negative|target|outcome)s? (?:is |are )?defined as|counts? as (?:a )?(?:default|positive|negative|churn|fraud|bad|conversion)|labels?|labell?(?:ed|ing)|ground[- ]truth|target (?:variable|label|parameter|column|feature|attribute|to (?:forecast|predict|estimate))|(?:time[- ]series|forecast(?:ing)?|regression) target|considered (?:as )?(?:an? )?(?:delay(?:ed)?|late|churn(?:ed)?|fraud(?:ulent)?|default(?:ed)?)\b|annotat\w*|positives?|negatives?|chargebacks?|user reports?|reported (?:by|as)|human (?:review\w*|raters?|labell?ers?|annotators?|judg\w*)|raters?|crowd\w*|weak(?:ly)? supervis\w*|implicit feedback|explicit feedback|natural labels?|delayed labels?|label (?:delay|window|lag)|(?:is|are) (?:labell?ed|marked|counted|treated) as|(?:click|purchase|booking|registration|conversion|churn|default|fraud)(?:ed|s)? (?:within|in the next|in the following) \d+|y(?<![\w=<>]y)\s*=\s*[01] (?:if|when|for|means)|[a-z_][\w-]*(?<![<>=!])\s*=\s*1 (?:if|when|means) (?:the |an? |this |that )?[\w-]+|(?:target|label) is (?:a )?binary (?:flag|indicator|variable)|(?:training|prediction|regression|learning) targets?)\b/g;
const LABEL_WHETHER = /\blabel(?:s|led|ed)?,? (?:(?:of|indicating|showing|saying|for|on|with) whether|(?:indicating|showing|saying|that (?:indicates|says|shows|tells)) if)\b/g;
const GRADED_JUDGEMENTS =
  /\b(?:relevan(?:ce|cy)|graded|human|editorial|expert|user|users'?|customer|explicit|movie|product|star) (?:judge?ments?|ratings?|grades?|scores?)\b[^.;]{0,80}?\b(?:(?:in the |on a )?(?:range|scale) (?:of |from )?\d+\s*(?:-|–|to)\s*\d+|\d+\s*(?:-|–|to)\s*\d+ (?:scale|range|grades?|points?)|\d+[- ]star (?:scale|ratings?)|\d being (?:the )?(?:irrelevant|bad|poor|perfect|excellent|relevant|best|worst|lowest|highest))/;
const LABEL_DEF =
  /\b(positive|negative|=\s*[01]\b|[01] (?:if|when|otherwise)|(?=[01]\))(?<=\()[01](?=\))|if (?:the |a )?(?:user|customer|transaction|driver|post|ad|item|video|account|session)|when\b|within|after|as (?:a )?(?:positive|negative)|from|comes? from|obtained|derived|collected|natural|human|manual|annotat|chargeback|report|click|purchas|book|watch|engag|delay|window|ground truth|feedback|raters?|crowd|weak|proxy|actual|confirmed|investigat|appeal|moderator|review|days?|hours?|minutes?|seconds?|otherwise|else|events?|impress|actions?|reactions?|shares?|likes?|comments?|hides?|vendor|adjudicat|agree|kept|reject|refund|cancel|port|churn|months?|weeks?|years?|past due|dpd|default|delinquen|verdicts?|ratings?|decisions?|outcomes?|fact-?check|flagg?(?:ed|s)?|marked|tagged|recorded|logged|(?:next|following|subsequent|future) (?:period|quarter|cycle|snapshot|billing cycle))/;
/** "…, everything else = ok": one class defined and the rest given the other. */
const REST_CLASS = /=\s*[\w-]+[^.;]{0,40}\b(?:everything|anything|all|the) (?:else|others?|rest)\s*(?:=|→|->|(?:is|are) (?:labell?ed|marked|treated|counted) as)\s*\w/;
const LABEL_VALUES =
  /\b(?:training |target |class )?labels? \((?:e\.g\.,? )?(?:[\w-]+ ){0,2}[\w-]+\s*(?:,|\/|\bor\b|\bvs\.?|\band\b)\s*(?:[\w-]+ ){0,2}[\w-]+\)|\b[\w-]+ (?:sentences|pages|examples|pairs|records|items|posts|messages|images) as (?:our|the) (?:ultimate |final |main )?(?:ground[- ]truth|labels?)\b/;
/** "each person is classified as having good or bad credit risk": the two classes a record is labelled with. */
/** People marking each item with its class: "two radiologists annotated each image as benign or malignant", "label each ticket with its category". */
const MARKED_EACH = /\b(?:annotat|label+|tag+|mark)(?:e|es|ed|s|ing)? (?:each|every|all|the) (?:[\w-]+ ){1,2}?(?:as (?:either )?(?:an? )?[\w-]+(?: \([^)]{1,20}\))? or (?:an? )?[\w-]+|with (?:its|their|a|the|one) (?:[\w-]+ )?(?:category|categories|class|classes|label|labels|sentiment|intent|topic|severity))\b/;
const CLASSED_AS = /\b(?:is|are|was|were|has been|have been) (?:classified|labell?ed|annotated) as (?:either |having |being )?(?:an? )?[\w-]+(?: \([^)]{1,20}\))? or (?:an? )?[\w-]+/;
const POINTED_LABEL = /(?:^|[.;:]\s+)(?:that|this|which|it)(?:'s| is| will be| becomes| serves as) (?:the|our) (?:label|target|ground truth)\b/;
/** "Positives are those pairs", "negatives: impressions with no click" — a definition. */
/**
 * "The dependent variable is the rating (1 to 5)", "the target is whether the user submits the
 * query": the label in regression wording, or a yes/no outcome, stated as a definition.
 */
const TARGET_DEF = /\b(?:(?:continuous|numeric(?:al)?|binary|categorical|real-valued|regression|prediction|forecast(?:ing)?) target(?: variable)? (?:is|=|:)\s*(?:the )?[a-z][\w-]*|(?:for|as) (?:the|our|a) (?:target|label)(?: variable)?,? (?:we (?:will |'ll |shall )?)?(?:calculate|compute|use|take|define)s?:? (?=[a-z])|(?:dependent|response|target|outcome) variables? (?:is|are|will be|=|:)\s*\S|[\w-]+ (?:is|are) the (?:value|variable|quantity|column|target)s? (?:to|we(?:'ll| will)?) predict\b|(?:is|will be|becomes|serves as|as) (?:our|the) (?:dependent|response|target|outcome) variable\b|[\w-]+ [-–—:] (?:the|our) (?:dependent|target) variable\b|(?:the |our )?(?:target|label|outcome) (?:is|will be) (?:whether|if) (?!(?:we|i|you|they|our|the team)\b)|(?:the |our )?(?:target|label)s? (?:is|are|will be|=|:) (?:the )?['"`]?[\w-]+['"`]? (?:column|field|attribute)\b|['"`]?[\w-]+['"`]? (?:column|field|attribute) (?:was |is |will be )?(?:picked|chosen|selected|used|taken|set|marked) as (?:the )?(?:target|label)\b|(?:the )?target to (?:forecast|predict|estimate) (?:is (?:stored |kept |given )?(?:in )?(?:the )?(?:column |field |variable )?['"`‘“]?[\w-]+|is (?:the )?(?:number|amount|price|value|count|demand|sales|load|volume)\b)|\b(?:time[- ]series|forecast(?:ing)?|regression) target \(?['"`‘“][\w-]+)/;
/**
 * A regression target named as what the model learns, without the word "label": "predicts my target
 * (cumulative transactions)", "$y_i$ is the actual experimental pMIC value", "the target is the sale
 * price of each house", "trained to predict the rating a user would give to a book". Not a goal ("our target is to reach 90%") or a requirement ("the target is a
 * response time under 200 ms").
 */
const REGRESSION_TARGET =
  /\b(?:train(?:ed|ing)? (?:the |our |a |my )?(?:models?|regressors?|networks?) to predict (?:the )?(?:residuals?|difference|change|delta|log|ratio|number|count|value|price|amount|demand|sales)\b|trained to predict (?:the |a )?(?:star )?ratings? (?:that |which )?(?:a |the |each )?(?:users?|customers?|readers?|viewers?) (?:would )?(?:give|gives|gave|assign|assigns|assigned)\b|(?:predict\w*|forecast\w*|estimat\w*) (?:my|our|the) target \((?=[a-z])|y_?\{?i?\}?\$? (?:is|=|denotes|represents) (?:the )?(?:actual|true|observed|measured|experimental|real|ground[- ]truth) [\w-]+|(?:the|our|my) target (?:column |variable |value |parameter )?(?:(?:for|of|in) (?:the|this|our|my) (?:project|model|task|problem) )?(?:is|will be) (?:the )?(?!(?:to|a|an|of|for|that|this|set|met|reached)\b)[a-z][\w-]* (?:[\w-]+ ){0,2}(?:price|prices|amount|value|values|count|number|score|rating|duration|sales|demand|revenue|class|category|categories|yield|consumption|volume|quantity|rate)\b)/;
/** What a system must meet, named: "latency", "throughput", "uptime", "budget", "SLA", "p99", "per request". */
const SYSTEM_GOAL = /\b(?:latenc(?:y|ies)|response times?|uptime|availability|throughput|qps|rps|requests? per (?:second|minute)|per request|p9\d|memory (?:footprint|usage)|budget|sla|slo)\b/;
const TARGET_AS_REQUIREMENT = new RegExp(String.raw`${SYSTEM_GOAL.source}|\d\s*(?:ms|milliseconds?|seconds?|s\b|%|qps|rps)`);
/** An output or target column with its class codes: "output class (1: heart disease, 0: normal)", "target (0 = paid, 1 = default)". */
const CLASS_CODES = /\b(?:output|target|label|class|outcome|response)(?: class| variable| column| label)?\b[^.;]{0,30}\(\s*[01]\s*[:=]\s*[a-z][\w '-]{1,30}[,;/]\s*[01]\s*[:=]\s*[a-z][\w '-]{1,30}\)/;
const LABEL_QUESTION_ANSWERED =
  /\bhow (?:to|do we|would we|should we|can we|will we|do you|would you) (?:define|label|determine|decide|know) (?:that |whether |if |what |when )?(?:an? |the |each )?[\w-]+(?: [\w-]+)? (?:is|was|are|counts as|becomes) (?:an? )?[\w-]+\?/;
const PROXY_LABEL =
  /\b(?:us(?:e|es|ed|ing)|tak(?:e|es|ing)|treat(?:s|ed|ing)?) (?:the |an? )?(?:[\w-]+ ){1,4}as (?:a |the |our )?(?:positive )?proxy( (?:label|target|outcome)|,? for (?:the |our )?(?:label|target|outcome|ground truth))?\b/;
// ("The column Class with value 1 indicate fradulent transaction and with value 0 indicate a legitimate transaction")
const BINARY_CODE_DEF = /\b[a-z][\w-]* \(\s*1 (?:if|when|=) [^)]{2,60}?,?\s*(?:and |or )?0 (?:otherwise|if not|else|when not)\s*\)|\b(?:output|target|label|response|class)\b[^.;]{0,60}\(\s*[01]\s*[:=]\s*[\w' -]{2,30}[,;/]\s*[01]\s*[:=]\s*[\w' -]{2,30}\)|\b(?:column|class|target|label|outcome|response)\b[^.;]{0,40}?\b(?:values? (?:of )?)?1 (?:indicates?|means|denotes|represents|marks|stands for)\s[^.;]{2,60}?(?:,\s*|\s(?:and|while|whereas)\s)(?:with )?(?:a )?(?:values? (?:of )?)?0\b/;
const NAMED_TARGET_WHETHER = /\b(?:target|label|outcome)(?: column| variable| field)?(?: is| will be)?\s*[`'"“]?[a-z][\w.-]*[`'"”]?\s*(?:[-–—:=(]|is|says|tells|indicates|means)\s*(?:whether|if|1 if|true if)\b/;
const POS_NEG_DEF = /\b(?:positives?|negatives?|positive (?:class|examples?|labels?|samples?)|negative (?:class|examples?|labels?|samples?))\s*(?:are|is|=|:|come from|include|consist of)\s+\S/;

const LABEL_AS_KEY = /\blabels? (?:in|of|for) (?:the |an? )?(?:input |output )?(?:dict\w*|maps?|json|yaml|config\w*|manifests?|metadata|selectors?|annotations?|pods?|resources?|kubernetes)\b|\blabel(?:s|led|ed|ing)? (?:the |an? |each )?(?:isvcs?|inferenceservices?|crs?|custom resources?|pods?|deployments?|namespaces?|nodes?|k8s objects?|kubernetes objects?) with\b|\b(?:isvcs?|inferenceservices?|crs?|custom resources?|pods?|deployments?|namespaces?|objects?) (?:having|with|carrying) (?:the |pre-?defined |specific |matching )*labels?\b/;
const LABEL_AS_KEY_G = new RegExp(LABEL_AS_KEY.source, 'g');
const DISPLAY_LABEL =
  /\b(?:human[- ]readable|display(?:ed)?|ui|button|(?:user[- ])?friendly|axis|legend|tab|menu|form|badge|aria|link|icon|column header) labels?\b|\blabels? (?:of|on|for) (?:the |a |an |each )?(?:[\w-]+ )?(?:buttons?|tabs?|menus?|axis|axes|charts?|links?|icons?|badges?|form fields?|dropdowns?|column headers?)\b/;
const DISPLAY_LABEL_G = new RegExp(DISPLAY_LABEL.source, 'g');
/** Labels named around a unit (its caption, heading); not a "label microservice" or a "label bot" (software named after its output). */
const LABEL_CTX = /\b(labels?|labell?ing|ground truth)\b(?! (?:micro-?)?services?\b| bots?\b| apis?\b| apps?\b| servers?\b| printers?\b| encod\w*| smoothing\b| names?\b| keys?\b| selectors?\b)/;

/** Annotation said with what it marks: "annotated for both bounding box and plate character truths", "annotated with bounding boxes". */
const ANNOTATED_FOR =
  /\b(?:annotated|labell?ed|hand-labell?ed|tagged) (?:for|with) (?:both |the |their |its )?(?:bounding[- ]box(?:es)?|boxes|(?:segmentation )?masks?|polygons?|keypoints?|transcriptions?|(?:[\w-]+ ){1,2}(?:truths?|labels?|classes|tags))\b/g;

/** The column a model predicts, named as such: "(the) (main|primary) outcome|target (variable|column)". */
const OUTCOME_NAME = String.raw`(?:the )?(?:main |primary )?(?:outcome|target)(?: variable| column)?`;
/** "Exited: Main outcome; indicates if customer left the bank" inside a line of column notes. */
const OUTCOME_COLUMN_LINE = new RegExp(String.raw`(?:^|\s)[a-z][\w-]*\s*:\s*${OUTCOME_NAME}\s*[;,–—-]\s*\w+`);
/** A label's value that starts by calling its column the outcome ("Exited: Main outcome; …"). */
const OUTCOME_VALUE = new RegExp(String.raw`^${OUTCOME_NAME}\s*[;:–—(-]`);
const SYSTEM_TARGET_VALUE = /^\W*target\s*:\s*(?:[<>≤≥~]|under |below |at most |at least |up to |p\d{2}\b|\d[\d.,]*\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|%|qps|rps|requests?|users?)\b)/;

const ANNOTATIONS_CONVERTED = /\b(?:extract|convert|export|pars|map|turn|transform)\w* (?:the |all |existing |embedded |their |its )*(?:human |manual )?annotations?(?: (?:coordinates|boxes|polygons|masks|labels|files))?\b[^.;]{0,60}?\b(?:yolo|coco|pascal|voc|labelme|into labels|to labels|training labels|label files?)\b/;
/** A target named with its two values: "No-show (Yes / No)", "is_fraud (0/1)". */
const BINARY_VALUES = /[\w`-]\s*\(\s*(?:yes|no|0|1|true|false|y|n)\s*\/\s*(?:yes|no|0|1|true|false|y|n)\s*\)/;
const TARGET_HEADING = /^(?:the )?(?:target|targets|target variables?|labels?|ground truth|prediction target)$/;
const LABELS_FROM = /\bto (?:estimate|measure|predict|know|capture|learn) (?:how much|whether|if|which) (?:a |the |each |every )?(?:users?|customers?|viewers?|listeners?|readers?|members?)(?: [\w-]+){0,2} (?:liked?|likes|enjoy(?:s|ed)?|prefer(?:s|red)?|lov(?:e|es|ed)|want(?:s|ed)?)\b[^.;]{0,60}?,? we (?:use|take|rely on) (?:the )?(?:explicit |star |numeric )?(?:ratings?|stars?|scores?|reviews?|likes|thumbs)\b|\blabels? (?:are |were |will be |is |gets? )?(?:based on|derived from|taken from|inferred from|generated from|computed from|built from|coming from|come from|drawn from) (?:the |our |prior |past |previous |historical |actual |real |observed |user |customer )?(?!(?:the |a )?(?:model|prediction)s?\b)[a-z][\w-]+/;
const TARGET_CAPTION = /^(?:for|as) (?:the|our|a) (?:target|label)s?(?: variables?)?,? (?:we (?:will |'ll |shall )?)?(?:calculate|compute|use|take|define)s?\s*:$/;
/** A term given its rule ("we defined `fraud` in this sense as any …"). Group 1 = the term. */
const DEFINED_AS = /\b(?:we|i) defined? [`'"]?([a-z][\w-]{2,})[`'"]? (?:in this (?:sense|context|case|project) |here |for (?:this|our) (?:project|purposes?|model|analysis) )?as (?:any|all|every|each|an?|the|those) /;
/** A caption over how labels are gathered ("Annotation Collection:", "Labels:", "Ground truth source"). */
const LABEL_CAPTION = /^(?:annotations?|labels?|labell?ing|ground[- ]truth)(?: (?:collection|sources?|process|strategy|plan|gathering))?\s*:?$/;
/** Who or what supplies labels ("human-generated", "labelers", "expert raters", "user feedback"). */
const WHO_LABELS = /\b(?:human[- ](?:generated|written|labell?ed|annotated|created)|manual(?:ly)? (?:labell?ed|annotated|written)|labell?ers|annotators|raters|(?:domain )?experts|crowd[- ]?(?:workers|sourc\w*)|testers)\b/;

/** An annotation tool named ("| Label Studio | 8080 | Annotation interface |"), and what it is for. */
const ANNOTATION_TOOL = /\b(?:label[- ]?studio|labelbox|cvat|doccano|supervisely|(?:sagemaker|amazon) ground ?truth)\b|\b(?:annotation|labell?ing) (?:interface|tool|ui|service|server|platform|app)s?\b/g;
/** A data dictionary's role cell that marks the column to predict. */
const ROLE_TARGET = /^\s*(?:target|label|outcome|response)(?: (?:variable|column))?\s*$/i;
/** "this is … what you should model", "which is what we predict": the quantity pointed at is the target. */
const WHAT_TO_MODEL = /\b(?:this|it|which) is (?:the [\w -]{1,40} and )?what (?:you|we|i) (?:should|will|want to|need to|are asked to|have to|must) (?:model|predict|forecast|estimate)\b/;

/** The model's output or its errors named with label words ("predicted labels", "false negatives"), not the training label. */
const OUTPUT_OR_ERROR_LABELS = /\b(?:(?:predicted|prediction|output|returned|inferred) labels?|labell?ed (?:predictions?|outputs?|results?|responses?)|(?:false|true) (?:positives?|negatives?))\b/;
const OUTPUT_OR_ERROR_LABELS_G = new RegExp(OUTPUT_OR_ERROR_LABELS.source, 'g');
/**
 * "The notification status is captured (swiped, opened, timestamp) … and used as feedback for our iterative ML model":
 * what users did, logged and fed back to the model as its training signal.
 */
const ACTIONS_FED_BACK =
  /\b(?:status|outcomes?|responses?|actions?|clicks?|opens?|swipes?|engagement|interactions?|reactions?|replies)\b[^.;]{0,40}?\b(?:is |are )?(?:captured|logged|recorded|collected|tracked)\b[^.;]{0,100}?\bused as (?:the )?(?:feedback|labels?|training (?:signal|data|labels?)|ground truth|targets?) (?:for|to|in|by)\b[^.;]{0,30}?\bmodels?\b/;
/** "the time series of features store_nbr, family, and onpromotion as well as the target sales": the target column named beside the inputs. */
/** Each example with its label: "each row contains a set of symptoms and one disease label". */
const EXAMPLE_WITH_LABEL = /\b(?:each|every) (?:row|record|example|sample|instance|entry|observation|image|pair|document|post|item) (?:contains|has|holds|consists of|includes|comes with|carries)\b[^.;?]{3,120}?\b(?:and|with|plus) (?:one|a|an|its|the|exactly one|a single) (?:[\w-]+ ){0,2}(?:label|target|class|diagnosis|outcome)\b/;
const FEATURES_AND_TARGET = /\bfeatures?\b[^.;?]{3,120}?\b(?:as well as|along with|together with|and|plus) (?:the )?(?:target|label)(?: (?:variable|column))?,? [`'"*_]*[a-z][\w.-]*/;
/** The event predicted and its window: "predict whether a patient will be readmitted within 30 days of discharge". */
const EVENT_WITHIN_WINDOW = /\bpredict\w* (?:whether|if) (?:an? |the |each |every )?[\w-]+(?: [\w-]+)? (?:will|would) (?:be |get |have )?[a-z]{3,}[^.;]{0,40}? within (?:the (?:next|following|first) )?(?:\d+|one|two|three|seven|thirty|ninety) (?:hours?|days?|weeks?|months?|years?)\b/;

/** "Target: Scan $N$ items to find top-K candidates": the aim of a stage, said with a verb, not what the model learns. */
const TARGET_AS_AIM = /^\W{0,3}(?:scan|find|reduce|achieve|reach|keep|maintain|serve|handle|support|deliver|improve|increase|decrease|minimi[sz]e|maximi[sz]e|cut|lower|hit|make|provide|enable|retrieve|narrow|filter)\b/;
/** A value that is a number to meet: "<200ms per request", "≥ 99.9%", "50k QPS". */
const NUMBER_TO_MEET = /^\W{0,3}(?:(?:[<>≤≥~≈]|under|below|above|at (?:most|least)|less than|more than|up to)\s*\d[\d.,]*|\d[\d.,]*\s*[kmb]?\s*(?:%|(?:ms|millisec\w*|secs?|seconds?|minutes?|qps|rps|tps|req(?:uests)?\/s|tok(?:ens)?\/s|gb|mb|tb|concurrent|requests|sessions|users|streams|dau|mau)\b))/;

/** Ways labels could be had, none picked: "labels can be obtained through hand labeling or natural labeling". */
const LABEL_OPTIONS = /\blabels? (?:can|could|may|might) be (?:obtained|collected|generated|created|gathered|acquired|sourced|produced) (?:through|via|by|from|using|with) [^.;]{2,60}? or [^.;]{2,40}/;

const TARGET_NAMED = /\b(?:binary|boolean|numeric|continuous|categorical|multi-?class|0\/1) (?:target|label|outcome)(?: variable| column)? \(\s*`?[a-z_][\w-]*`?\s*\)/;
function labelDefinition(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // a config's "annotations:" / "labels:" keys (a Prometheus alert, a Kubernetes manifest): metadata of
  // the config, not what the model learns
  if (u.kind === 'comment' && /^(?:metadata |spec |template )?(?:annotations|labels)\b/.test(u.label)) return false;
  // a response's `"churn_label": 1`: one value the API returns, not what the label means or where it comes from
  if (u.kind === 'comment' && /\blabel$/.test(u.label) && /^[\s"'`]*(?:-?\d+(?:\.\d+)?|true|false|null|"[^"]*"|'[^']*')[\s"'`,]*$/.test(valueOf(u))) return false;
  if (LABEL_OPTIONS.test(low) && !/\b(?:we|i) (?:will |would |)(?:use|chose|choose|pick|go with|rely on|start with)\b/.test(low)) return false;
  if (stated(low, FEATURES_AND_TARGET)) return true;
  // "We defined `Fraud` in this sense as any categorical that listed the words fraud in the title" under "## Fraud
  // detection for events": the class the doc is about, given its rule
  const defined = DEFINED_AS.exec(low);
  if (defined && !u.uncommitted && doc.headings.some((h) => h.norm.includes(defined[1]))) return true;
  // "**Annotation Collection:**" → "- Human-generated summaries from product testers or labelers": who makes the labels, listed under a caption that names them
  if (u.kind === 'item' && LABEL_CAPTION.test(u.parentText.trim()) && WHO_LABELS.test(low) && contentWords(low) >= 3 && !u.uncommitted && !valueNegated(u)) return true;
  // "Highly imbalanced binary target (`click`)": the target column named
  if (stated(low, TARGET_NAMED)) return true;
  // "Each row contains a set of symptoms and one disease label": every example carries its label
  if (stated(low, EXAMPLE_WITH_LABEL)) return true;
  if (stated(low, EVENT_WITHIN_WINDOW)) return true;
  if (stated(low, ACTIONS_FED_BACK) && /\b(?:open\w*|click\w*|swip\w*|dismiss\w*|lik\w*|purchas\w*|convert\w*|repl\w*|skip\w*|watch\w*|read)\b/.test(low)) return true;
  // "get predicted labels for the image from the API", "False positives or false negatives can occur": what the model
  // outputs or gets wrong, with nothing said of the labels it learns from
  if (OUTPUT_OR_ERROR_LABELS.test(low) && !/\b(?:labels?|labell?(?:ed|ing)|annotat\w*|ground truth|targets?|positives?|negatives?)\b/.test(low.replace(OUTPUT_OR_ERROR_LABELS_G, ' '))) return false;
  if (/\blabel[- ]encod/.test(low) && !/\blabels? (?:are|is|come|=)/.test(low)) return false;
  // "| Label Studio | 8080 | Annotation interface |", "Use MinIO+Label Studio to trigger Airflow pipelines": a tool
  // in the stack says nothing of what the labels are or where they come from ("annotated in CVAT by two radiologists" does)
  if (/\b(?:label|cvat|doccano|supervisely|ground|annotation|labell?ing)/.test(low)) {
    const rest = low.replace(ANNOTATION_TOOL, ' ');
    if (rest !== low && !/\b(?:labels?|labell?(?:ed|ing)|annotat\w*|ground truth|targets?|positives?|negatives?|classes)\b/.test(rest)) return false;
  }
  // "proposed label in the input dict: 'model'": a key's name in a config or API, not a training label
  if (LABEL_AS_KEY.test(low) && !/\b(?:labels?|labell?ing|ground truth)\b/.test(low.replace(LABEL_AS_KEY_G, ' '))) return false;
  // "| `name` | String | Human-readable label |", "the display label of the sort button": a name shown to people, not a training label
  if (DISPLAY_LABEL.test(low) && !/\b(?:labels?|labell?(?:ed|ing)|annotat\w*|ground truth|targets?|positives?|negatives?)\b/.test(low.replace(DISPLAY_LABEL_G, ' '))) return false;
  // ("**Target:** <200ms per request", "**Target:** Sufficient throughput to re-rank large candidate sets":
  // what the system must meet, not what the model learns)
  // ("1 target variable: log_price" under the dataset's shape: the column named as the target)
  if (u.label && /^(?:labels?|labell?ing|ground truth|targets?|target variable|label (?:definition|mapping|scheme|source)s?|positives?|negatives?|(?:positive|negative) (?:pairs?|examples?|samples?|class(?:es)?))$/.test(u.label.replace(/^(?:1|one) (?=target variable$)/, '')) && (contentWords(valueOf(u)) >= 2 || BINARY_VALUES.test(valueOf(u)) || (/\btarget variable$/.test(u.label) && /^\s*[`'"]?[a-z][a-z0-9]*_[\w.]*[`'"]?\s*$/.test(valueOf(u)))) && !valueNegated(u) && !(/^targets?$/.test(u.label) && (NUMBER_TO_MEET.test(valueOf(u)) || SYSTEM_GOAL.test(valueOf(u)) || TARGET_AS_AIM.test(valueOf(u))))) return true;
  if (ctxHas(u, doc, LABEL_CTX) && LABEL_DEF.test(low) && contentWords(low) >= 2) return true;
  // "Labels — 3 obs types per imp:" (a table of the cases follows), "Labels – clicks within 30 minutes": a run-in label with a dash
  const dashed = /^(?:the )?labels?\s*[—–]\s*(?=\S)/.exec(low);
  if (dashed && contentWords(low.slice(dashed[0].length)) >= 3 && !saysNo(low.slice(dashed[0].length)) && !isNegated(low, dashed[0].length, low.length - dashed[0].length, 'strong')) return true;
  // "Extract annotation coordinates and convert them to YOLO-TXT (x_center y_center width height class)": existing annotations made the training labels
  const conv = ANNOTATIONS_CONVERTED.exec(low);
  if (conv && !u.uncommitted && !isNegated(low, conv.index, conv[0].length, 'strong')) return true;
  if (POS_NEG_DEF.test(low) && contentWords(low) >= 3) return true;
  // "**Target**" → "This is the value you are predicting for, so in this case it's vaccination events."
  if (TARGET_HEADING.test(headingOf(u, doc)) && /\b(?:predict\w*|forecast\w*|estimat\w*|value|count|number|whether|amount)\b/.test(low) && contentWords(low) >= 4 && !u.uncommitted) return true;
  // "success labels based on prior hires", "labels derived from chargebacks": where the labels come from
  if (stated(low, LABELS_FROM)) return true;
  // "For the target, we will calculate:" → "- Total sales for the next N days.": the target, as the item under that caption
  if (u.kind === 'item' && TARGET_CAPTION.test(u.parentText.trim()) && contentWords(low) >= 2 && !valueNegated(u)) return true;
  // "the person is classified as having good or bad (`class`) credit risk": the classes each record carries
  const classed = CLASSED_AS.exec(low);
  if (classed && !/\bby (?:the |our |a |an )?(?:[\w-]+ )?(?:model|classifier|network|system|algorithm|app)\b/.test(sentenceAt(low, classed.index)) && !isNegated(low, classed.index, classed[0].length, 'strong')) return true;
  // "two radiologists annotated each image as benign or malignant" (not "the model labels each image as …", its output)
  const marked = MARKED_EACH.exec(low);
  if (marked && !/\b(?:models?|classifiers?|networks?|system|algorithms?|pipeline|predict\w*)\b/.test(sentenceAt(low, marked.index)) && !u.uncommitted && !isNegated(low, marked.index, marked[0].length, 'strong')) return true;
  // "HeartDisease: output class (1: heart disease, 0: Normal)": the classes coded, so the label is defined
  if (CLASS_CODES.test(low) && !isNegated(low, 0, 1, 'strong')) return true;
  // "corruption is not labelled itself. However, we can use effective complaints as a proxy": the proxy is the label
  const proxy = PROXY_LABEL.exec(low);
  if (proxy && (proxy[1] || /\b(?:labell?ed|labels?|target|ground truth|outcome)\b/.test(low)) && !isNegated(low, proxy.index, proxy[0].length, 'strong')) return true;
  // "How to define that user is bot? He/she was blocked for bot-like behaviour and didn't appeal …": the question answered at once
  if (LABEL_QUESTION_ANSWERED.test(u.raw) && contentWords(low) >= 8) return true;
  // "clicked (1 if clicked, 0 otherwise)": a column coded as the positive and the rest
  if (BINARY_CODE_DEF.test(low)) return true;
  // "the target column `is_bad` - whether the loan was repaid or not": a named target column and what it says
  const named = NAMED_TARGET_WHETHER.exec(low);
  if (named && !isNegated(low, named.index, named[0].length, 'strong')) return true;
  if ((TARGET_DEF.test(low) || affirmed(u, TARGET_WANTED, 'strong')) && contentWords(low) >= 4) return true;
  // "| traffic_volume | Target | Integer | Hourly reported westbound traffic volume |": a data
  // dictionary's column whose role is the target, with what it records
  if (u.cells && u.cells.some((c) => ROLE_TARGET.test(c)) && u.cells.some((c) => contentWords(c.toLowerCase()) >= 3)) return true;
  // "(order_ready_at - order_acknowledged_at) in seconds. This is the food preparation time and what you should model."
  const toModel = WHAT_TO_MODEL.exec(low);
  if (toModel && !isNegated(low, toModel.index, toModel[0].length, 'strong')) return true;
  const rt = REGRESSION_TARGET.exec(low);
  if (rt && contentWords(low) >= 4 && !TARGET_AS_REQUIREMENT.test(sentenceAt(low, rt.index)) && !isNegated(low, rt.index, rt[0].length, 'strong')) return true;
  // "Label = arrival_ts − dispatch_ts for completed pickups", "target := 1 if …": a definition as an equation
  if (/^(?:the )?(?:label|target|y)\s*:?=\s*[\w(]/.test(low) && contentWords(low) >= 3) return true;
  // "relevancy judgements in the range 0-3, with 0 being irrelevant and 3 being perfect": graded labels
  if (GRADED_JUDGEMENTS.test(low) && contentWords(low) >= 4) return true;
  // "each pair has a label of whether they are duplicates or not"
  if (anyMatch(low, LABEL_WHETHER, 'strong') && contentWords(low) >= 4) return true;
  // "comments removed after a report = toxic, everything else = ok"
  if (REST_CLASS.test(low) && contentWords(low) >= 4) return true;
  // "… the category field set by agents when they closed the ticket. That's the label.": the
  // sentence before is the definition the pointer names
  if (POINTED_LABEL.test(low) && contentWords(low) >= 6) return true;
  // "Exited: Main outcome; indicates if customer left the bank": a column named as the outcome to predict
  // (not "**Performance Testing**: Target: < 5 seconds average response time": a goal for the system, no outcome)
  if (OUTCOME_COLUMN_LINE.test(low) || (u.label && u.kind !== 'row' && OUTCOME_VALUE.test(valueOf(u)) && contentWords(valueOf(u)) >= 3 && !valueNegated(u) && !SYSTEM_TARGET_VALUE.test(valueOf(u)))) return true;
  // "training labels (true link, false link)", "labels (spam / ham)": the label's values named; "linked sentences as our ultimate ground truth"
  const lv = LABEL_VALUES.exec(low);
  if (lv && !isNegated(low, lv.index, lv[0].length, 'strong')) return true;
  // "The photographs are fully annotated for both bounding box and plate character truths": what the annotation gives
  if (anyMatch(low, ANNOTATED_FOR, 'strong') && contentWords(low) >= 4) return true;
  return !!anyMatch(low, LABELS, 'any', (m) => {
    // (in a drawn path, "monitor -> investigate -> obtain sufficient labeled data", only the step the word is in)
    const s = stepAt(low, m.index);
    // "concept drift refers to changes in the relationship between the input data and the target variable": drift defined, not the label
    if (/\bdrift\b/.test(s) && /\b(?:refers? to|is when|occurs when|means|happens when|is defined as)\b/.test(s)) return false;
    // "a new model version is added to the model registry and the status is marked as Approved": a release's status, not a label
    if (/marked as/.test(m[0]) && /\b(?:status(?:es)?|registry|model versions?|approved|approval|release)\b/.test(s)) return false;
    // "It does not index the contents of the logs, but rather a set of labels for each log stream": tags on logs, metrics or tickets
    // "consumption level parsed from Fortum's group labels", "axis labels": names of groups or of a chart's parts, not the outcome
    if (/^labels?$/.test(m[0]) && /\b(?:group|segment|region|cluster|display|axis|tick|legend|column|node|edge|tier|shipping|price|nutrition|sticky|button|ui)s?'? $/.test(low.slice(Math.max(0, m.index - 14), m.index)) && !/\b(?:train\w*|ground truth|annotat\w*|targets?|supervis\w*|classif\w*|predict\w*)\b/.test(s)) return false;
    if (/^labels?$/.test(m[0]) && /\b(?:log streams?|loki|prometheus|grafana|pods?|kubernetes|k8s|pull requests?|jira)\b/.test(s) && !/\b(?:train\w*|models?|classif\w*|predict\w*|ground truth|annotat\w*|supervis\w*|(?:our|the) label)\b/.test(s)) return false;
    // "provides … a crowd-sourced review platform": what a company's product is, no label of the model
    if (/^crowd/.test(m[0]) && /^\w*[- ]?sourced (?:reviews?|review platforms?|evaluations?|content|platforms?|knowledge|maps?|information|encyclopedias?|q&a|answers?|websites?|sites?)\b/.test(low.slice(m.index + 5, m.index + 60)) && !/\b(?:labels?|labell?(?:ed|ing)|annotat\w*|ground truth|targets?|train\w*)\b/.test(s)) return false;
    // "Detecting data and label drift early allows the team to take corrective action": label drift watched, no label defined
    if (/^(?:label|target) (?:drift|shift|distributions?)\b/.test(low.slice(m.index, m.index + 30))) return false;
    // "Evaluation of success is positive feedback from the first test users": how a pilot is judged, not a class of examples
    if (/^(?:positive|negative)$/.test(m[0]) && /^ (?:feedback|reviews?|responses?|impact|effects?|experiences?|reception|results?|outcomes?|attitudes?|comments?)\b/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 16)) && /\b(?:success\w*|criteri\w*|evaluat\w*|pilot|kpis?|goals?|satisf\w*)\b/.test(s) && !/\b(?:train\w*|labels?|labell?(?:ed|ing)|models?|classes|examples|samples|targets?)\b/.test(s)) return false;
    const rest = s.replace(m[0], ' ');
    return LABEL_DEF.test(rest) && contentWords(s) >= 3;
  });
}

// ("Audio is converted into Mel-spectrograms", "MFCCs of each clip": the audio's representation; not a "spectrogram + audio tool" annotators use)
const FEATURE_REPR =
  /\b(?:(?:log[- ]?)?mel[- ]?spectrograms?|(?<=\b(?:into|to|as|from|compute[sd]?|extract(?:s|ed)?) )spectrograms?|mfccs?|mel[- ]frequency cepstral coefficients|(?:resiz|rescal|rectifi|crop|downsampl|down-sampl)\w* (?:each [\w-]+ )?(?:to|into|at) (?:\d[\d,]*\s*(?:×|x)\s*\d+|\d[\d,]* ?(?:px|pixels)\b)|(?:(?:are|is|were|was|get|gets|got) |(?:convert\w*|turn\w*) (?:them |it |each [\w-]+ |the [\w-]+ )?(?:in)?to )gr[ae]y-?scale(?:d)?\b|deskew(?:ed|ing)?\b|learn\w* (?:a |the |its |their )?(?:[\w-]+ )?representations? (?:from|of) (?:the |raw |each |a )?[\w-]+|embeddings?|embedded(?! (?:devices?|systems?|hardware|boards?|platforms?|gpus?|cpus?|linux|software|targets?|controllers?|processors?|chips?|computers?|environments?))|one-?hot|(?:multi-?column ?)?label-?encoder|dict-?vec\w*|ordinal-?encoder|(?:convert\w*|encod\w*|transform\w*|map(?:s|ped|ping)?|categori[sz]\w*) (?:all |the |each |every )?(?:of the )?(?:categorical|string|text) (?:variables?|features?|columns?|values?) (?:in)?to (?:numer\w*|integers?|numbers?)|categorical (?:variables|features|columns) (?:are|were|get|got) (?:label[- ]|one-?hot[- ]|ordinal[- ])?encoded|bucketi[sz]\w*|buckets?|binn?(?:ed|ing)|normali[sz]\w*|standardi[sz]\w*(?! bod(?:y|ies)| organi[sz]ations?| committees?| (?:[\w-]+ )?(?:environments?|containers?|images?|formats?|templates?|process(?:es)?|procedures?|interfaces?|apis?|way|manner|tooling|setups?|workflows?|tests?|reports?))|z-?scores?|min-?max|log[- ]?transform\w*|log-scaled|tf-?idf|bag[- ]of[- ]words|n-?grams?|word2vec|glove|fasttext|(?:bert|resnet|clip|vit|cnn|transformer|efficientnet)[- ](?:embeddings?|encoders?|features?|vectors?|towers?|representations?)|(?:encoded|embedded|represented) (?:with|by|using|via|through) (?:a |an |the )?(?:frozen |pre-?trained |fine-?tuned )?[\w-]+|sentence[- ](?:encoder|transformer|embedding)s?|text encoders?|image encoders?|(?:transfer learning|pre-?trained (?:[\w-]+ ){0,2}(?:cnns?|networks?|models?|architectures?|backbones?)|(?:xception|resnet\w*|mobilenet\w*|efficientnet\w*|vgg\w*|inception\w*|nasnet\w*|densenet\w*|cnns?)) (?:[\w-]+ ){0,3}?(?:for|as) (?:the )?(?:image |text |audio |visual )?feature extract(?:ion|ors?)|(?:distil-?bert|roberta|bert|albert|deberta|electra|t5|xlnet|sentence-?bert|resnet\w*|efficientnet\w*|mobilenet\w*|vit|clip)\)? (?:to (?:process|encode|embed|represent|featuri[sz]e) (?:the )?(?:raw )?(?:text|images?|audio|reviews?|inputs?|data)|as (?:the |an? )?(?:encoder|feature extractor|backbone|text encoder|image encoder))|(?:categor\w*|levels|values|classes) (?:that can be ordered|with an? (?:natural )?order)[^.;]{0,40}\b(?:converted|encoded|mapped|turned) (?:in)?to (?:ints|integers|numbers|ordinal)|feature hashing|hashing trick|hashed (?:into|to)|crosse?d? features?|feature cross\w*|cross features?|categorical (?:features?|encoding|variables?)|target encoding|count encoding|ordinal encoding|numerical features?|continuous features?|dense features?|sparse features?|aggregates?|aggregations?|rolling|velocity(?<!\b(?:increase|increasing|improve|improving|boost|team|development|dev|engineering|sprint|average|our|delivery) velocity)(?! of \d+ story)|recency|frequency|counts? (?:of|per|over|in the (?:last|past))|time since|(?:historical|smoothed) (?:ctr|rate|average)s?|tokeni[sz]\w*|(?:first|last|up to|at most) \d+ (?:sub-?word |wordpiece |bpe )?tokens|replaced (?:by|with) (?:an? |the )?(?:special |placeholder |\[?[a-z_]+\]? )?token|impute\w*|imputation|(?:\d+|seven|thirty)[- ]?(?:day|hour|minute|d|h|min)s? (?:(?:sliding|rolling|moving|trailing|tumbling) )?(?:average|count|window|aggregate|sum|ctr|mean|rate)s?|features? (?:will be |are |were |is |was )?(?:created|built|engineered|derived|generated|computed|constructed) (?:by|from|using) (?:shifting|lagging|aggregating|averaging|combining|encoding|bucketing|binning|differencing|rolling|counting|the (?:data|history|logs|raw))\b|feature vectors? (?:characteri[sz]\w*|summari[sz]\w*|describ\w*|represent\w*|encod\w*) (?:the |each |a )?[\w-]+|(?:average|mean|sum|ratio|number|count) of [\w\s'-]{1,40}?(?:last|past|per|over|in the) (?:\d+|day|week|hour|month|session)|user features?|item features?|context(?:ual)? features?|(?:ad|video|post|listing|query|document|merchant|transaction|device|author|driver|event|product) features?)\b/g;

/** A caption for what a system offers ("Key Features", "Main features"), and the qualities such a list names. */
const KEY_FEATURES_CAPTION = /^(?:key|main|core|notable|system|platform) features\s*:?$/;
const SYSTEM_PROPERTY = /\b(?:asynchronous|async|caching|cache[sd]?|scalab\w*|response times?|latency|throughput|availability|fault[- ]toleran\w*|retr(?:y|ies)|load[- ]balanc\w*|change detection|up-to-date)\b/;

const STORAGE_BUCKET = /\b(?:s3|gcs|storage|minio|blob|artifacts?|stored?|upload\w*|download\w*|creat\w*|backend|mlflow|terraform|aws|gcp|azure|cloud|files?|folders?|paths?|uri|gs|data buckets?|(?:bucket|its|the) names?)\b/;
/** Features of a product, not of a model: "a typical user is interested in two particular features:". */
// ("our product management team compiles a list of features to help the platform gain popularity": the product's)
const PRODUCT_FEATURES = /\b(?:product (?:management|managers?|teams?|owners?)\b[^.;]{0,60}\bfeatures|(?:roadmap|backlog) (?:of |with )?(?:[\w-]+ ){0,2}features|(?:benefit\w* from|comes? with|built-in|platform|managed|sagemaker|vertex ai|databricks|mlflow|kubernetes|the service'?s?|the tool'?s?) (?:[\w-]+ ){0,2}features|(?:users?|customers?|people) (?:is |are )?(?:interested in|want|wants|need|needs|ask(?:s|ed)? for|love|like) (?:(?:two|three|a few|several|some|these|the following|particular|key|main) ){0,2}features|(?:product|app|ui|premium) features|features\s*:\s*(?:[\w/-]+ ){0,3}(?:horizontal |auto-?)?(?:scaling|downtime|zero-downtime|deployments?|hosting|load[- ]balanc\w*|high availability|rollbacks?)|features\s*:\s*(?:[\w/-]+ ){0,3}(?:prediction|analysis|analytics|dashboards?|alerts|notifications|reports?|insights)(?=\s*(?:[+,&]|and\b|\.|$)))\b/;

/** A heading over what a product offers ("Core Features" → "User Management" → "Create profile (demographics, bio, …)"). */
const PRODUCT_FEATURES_HEADING = /\b(?:core|key|main|product|app|application|platform|user[- ]facing|mvp|planned|additional|extra|new|ui|website|site|web|functional) features$/;
/** Normalisation of a database or a project named after it, not of feature values. */
const NORMALIZATION_NOT_FEATURES = /\bnormali[sz]\w* (?:and [\w-]+ )?(?:[\w-]+ ){0,3}(?:projects?|efforts?|initiatives?|migrations?|schemas?)\b|\bnormali[sz]\w* (?:the )?(?:[\w-]+ ){0,2}into (?:an? |separate |its own |their own )?(?:tables?|rows|columns|records)\b|\b(?:database|schema|db|relational|sql|table)s? normali[sz]|\bnormal forms?\b|\b(?:1nf|2nf|3nf|bcnf)\b/;

/** Fields joined into the model's input: "concatenated these fields to form the input text", "title and body are concatenated into one input text". */
const FIELDS_JOINED =
  /\b(?:concatenat|combin|join|merg)\w* (?:these |the |all |its |their |both )?(?:[\w-]+ )?(?:fields|columns|attributes)\b[^.;]{0,20}?\b(?:in)?to (?:form |create |build |make |produce )?(?:the |an? |one |a single |each )?(?:(?:model )?input|text|document|representation|prompt)s?\b|\b(?:[\w-]+,? )+(?:and|&) [\w-]+ (?:are|were|is|get) (?:concatenated|joined|combined|merged) (?:in)?to (?:the |an? |one |a single )?(?:(?:model )?input|text|document|representation|prompt)/;
const DERIVED_COLUMN = /\b(?:creat|deriv|extract|comput|engineer|convert)(?:e|es|ed|ing)? (?:an? |the |new )?[`'"]?(?:(?!scripts?\b|files?\b|folders?\b|env\w*)[\w-]+ ){0,5}[`'"]?(?:columns?|features?) (?:from|out of|based on|using) (?:the )?[`'"]?[\w-]+|\bconvert(?:s|ed|ing)? (?:the )?[`'"]?[\w-]+[`'"]? columns? (?:in)?to [`'"]?[\w ,-]{2,60}[`'"]? columns?\b/;
/** A heading over the model's inputs ("Data Inputs", "Model inputs", "Input signals"). */
const INPUTS_HEADING = /^(?:(?:data|model|input) )?(?:inputs?|signals)(?: (?:data|signals|features))?$|^input (?:data|signals|features|variables)$/;
/** Where data lives, not what the model reads: tables, logs, feeds. */
const SOURCE_NOUNS = /\b(?:tables?|logs?|databases?|db|warehouse|lake|buckets?|apis?|feeds?|streams?|topics?|files?|csvs?|exports?|dumps?)\b/;

export function features(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  const stripped = low.replace(/feature store/g, ' ');
  const value = u.label && stripped.startsWith(u.label) ? stripped.slice(u.label.length) : stripped;
  // ("## Feature / Data Pipeline" → "Training and serving should apply compatible feature-processing logic": the pipeline, not the features)
  // ("**Key Features**:" → "- Asynchronous processing for better scalability": what the system offers, not the model's inputs)
  // (nor "**Feature Contract Rule:**" → "The feature order defined in `features.py` is immutable": the schema's rule, no feature named)
  if (ctxHas(u, doc, /\b(?:features?|feats?)\b(?! store| ?(?:\/|&|and) ?data pipelines?\b| (?:contracts?|order(?:ing)?|flags?|toggles?|branch(?:es)?|requests?|freeze)\b)/) && !PRODUCT_FEATURES.test(low + ' ' + u.parentText) && !PRODUCT_FEATURES_HEADING.test(headingOf(u, doc)) && contentWords(value) >= 3 && !/^(?:feature (?:selection|representation|preprocessing|engineering))$/.test(low.trim())) {
    const keyCaption = KEY_FEATURES_CAPTION.test(u.label || u.parentText.trim()) || KEY_FEATURES_CAPTION.test(headingOf(u, doc));
    // ("### 2. Feature Store" → "**Key Features**:" → "* Point-in-time correct feature retrieval.": what the store offers)
    const systemFeature = keyCaption && (SYSTEM_PROPERTY.test(value) || /\bfeature stores?\b/.test(headingOf(u, doc)));
    if (!systemFeature) return true;
  }
  // ("create 4 buckets in Google Cloud Storage", "MinIO: S3-equivalent bucket management": storage
  // buckets, not bucketed features)
  // (nor "the data normalization and ingestion server removal projects", a database's normal forms)
  const m = anyMatch(stripped, FEATURE_REPR, 'any', (x) => (!/^buckets?$/.test(x[0]) || !(STORAGE_BUCKET.test(sentenceAt(stripped, x.index)) || /^buckets? (?:names?|policy|policies|permissions?|paths?|urls?)\b/.test(stripped.slice(x.index)))) && (!x[0].startsWith('normali') || !NORMALIZATION_NOT_FEATURES.test(stripped.slice(Math.max(0, x.index - 30), x.index + 80)))
    // ("embedding-based approaches / collaborative filtering": a family of recommenders, not how a feature is represented)
    && !(/^embedding$/.test(x[0]) && /^-based (?:approach|method|model|technique|system|recommend|retrieval|solution|personali[sz]ed|transformer|network|architecture)/.test(stripped.slice(x.index + x[0].length, x.index + x[0].length + 30)))
    // ("a rolling update deployment strategy": a deployment, not a rolling-window feature; "≥2 model updates within 7-day window": a deadline)
    // ("I chose the IQR method over Z-scores or Isolation Forest": an outlier test weighed, not a scaled input)
    && !(/^z-?scores?$/.test(x[0]) && /\b(?:iqr|interquartile|isolation forest|local outlier|one-class|dbscan|z-?scores? (?:method|test|approach|rule|threshold))\b/.test(`${sentenceAt(stripped, x.index)} ${headingOf(u, doc)}`))
    && !(x[0] === 'rolling' && /^ (?:updates?|upgrades?|deploy\w*|restarts?|releases?|out|back)\b/.test(stripped.slice(x.index + 7, x.index + 24)))
    // ("nDCG (Normalized Discounted Cumulative Gain)": a metric's name, not normalised inputs)
    && !(/^normali[sz]ed$/.test(x[0]) && /^\s+discounted\b/.test(stripped.slice(x.index + 10, x.index + 24)))
    // ("the outer product between each rater's histogram vector of ratings, normalized such that E and O have the same sum": a metric computed, outside the data and model sections)
    && !(/^normali/.test(x[0]) && !inSection(u, 'data') && !inSection(u, 'model') && /\b(?:kappa|metrics?|histograms?|matri(?:x|ces)|confusion|raters?)\b/.test(sentenceAt(stripped, x.index)))
    // ("valuable even if the aggregate is lower": a total, not an aggregated feature)
    && !(x[0] === 'aggregate' && /^ (?:is|was|number|score|coverage|figure|total|result|value)\b/.test(stripped.slice(x.index + 9, x.index + 20)))
    && !(/window$/.test(x[0]) && /\b(?:within|inside|during) (?:a |the |each |any )?$/.test(stripped.slice(Math.max(0, x.index - 12), x.index)))
    // ("Cold-start bucket: hold out users with ≤N edges", "the control bucket": a group of users or traffic, not bucketed values)
    && !(/^buckets?$/.test(x[0]) && /\b(?:cold[- ]start|hold-?out|control|treatment|test|experiment(?:al)?|a\/b|users?|traffic|canary|variant)\s$/.test(stripped.slice(Math.max(0, x.index - 14), x.index)))
    // ("Increase DAU and session frequency", "Edge case frequency" watched for system health): how often
    // something happens, a goal or a measure, unless said of the model's inputs or in the data or model section
    // ("The incoming data frequency is 10 MB per second": how fast data arrives, not a frequency feature)
    && !(x[0] === 'frequency' && /\b(?:data|arrival|ingestion|sampling|update|refresh|polling|retraining|training|event|message|request)s? $/.test(stripped.slice(Math.max(0, x.index - 14), x.index)))
    && !(/^(?:frequency|recency)$/.test(x[0]) && !inSection(u, 'data') && !inSection(u, 'model') && !inSection(u, 'framing') && !/\b(?:features?|inputs?|signals?|variables?|predictors?|attributes?|columns?|rfm)\b/.test(sentenceAt(stripped, x.index) + ' ' + u.parentText)));
  if (m) return contentWords(stripped) >= 2;
  // "### Data Inputs" → "- **Transaction metadata**: Amount, timestamp, location, merchant ID": the model's input attributes, listed by group
  if (u.kind === 'item' && u.label && INPUTS_HEADING.test(headingOf(u, doc)) && (valueOf(u).match(/,/g)?.length ?? 0) >= 2 && !SOURCE_NOUNS.test(valueOf(u)) && !valueNegated(u)) return true;
  // "Features: amount, merchant category, device age", "features such as (a) the bus line; (b) a station; (c) the time of the day"
  // "the independent variables are age, gender, occupation and genre" (regression wording)
  const f = /\b(?:features?|independent variables?|explanatory variables?|covariates)\b\s*(?::|=|include|including|such as|like|are|e\.g\.?|\()\s*([^.]+)/.exec(stripped);
  if (f && (f[1].match(/[,;]/g)?.length ?? 0) >= 1 && contentWords(f[1]) >= 3 && !PRODUCT_FEATURES.test(stripped)) return true;
  // "The features from this dataset used to build the model were number of beds, number of bathrooms, …, zip code"
  // (a list of short items, not "features whose inputs were still in the warehouse, we re-ran …")
  const fw = /\bfeatures\b(?! (?:whose|that|which|who)\b)[^.;:]{0,60}? (?:were|are|where) ([^.]+)/.exec(stripped);
  if (fw && (fw[1].match(/,/g)?.length ?? 0) >= 2 && contentWords(fw[1]) >= 4 && fw[1].split(/,| and /).every((x) => x.trim().split(/\s+/).length <= 12)) return true;
  // "Create `os-system` column from userAgent column", "Convert `timestamp` column to `number of week` columns": a derived column
  if (DERIVED_COLUMN.test(stripped) && !u.uncommitted) return true;
  // "I concatenated these fields to form the input text for each restaurant": the text the model reads, built from chosen fields
  const joined = FIELDS_JOINED.exec(stripped);
  if (joined && !u.uncommitted && !isNegated(stripped, joined.index, joined[0].length, 'strong')) return true;
  // "forecast demand as a function of price, lead time, seasonality and holidays"
  const fn = /\bas a function of ([^.;]+)/.exec(stripped);
  return !!fn && (fn[1].match(/,/g)?.length ?? 0) >= 2;
}

const IMB_TECH =
  /\b(?:weight\w* (?:the )?(?:[\w"'-]+ ){1,6}class(?:es)? up\b|inverse(?:ly)? (?:proportion(?:al)? to (?:their|the|its|each class'?s?) (?:class )?frequenc\w*|class[- ]frequenc\w*)|down-?sampl\w*|under-?sampl\w*|over-?sampl\w*|re-?sampl\w*|smote|adasyn|class[-_ ]weight(?:s|ing|ed)?|weighted (?:loss|cross[- ]entropy|bce|log ?loss)|sample weights?|scale_pos_weight|pos_weight|focal loss|class[- ]balanced|re-?weight\w*|up-?weight\w*|stratified (?:sampling|split|batches)(?! by (?!(?:the )?(?:class|label|target|outcome)\b))|subsampl\w*|sample (?:the )?negatives|negatives? (?:are |is )?(?:down|sub)-?sampled|hard negative mining|balanced (?:batches|sampling|dataset)|(?:at most|up to|max(?:imum)?(?: of)?) \d+ (?:negatives?|positives?) (?:per|for each|for every) (?:positive|negative)|up-?sampl\w*|(?:keep|kept|retain\w*|sampl\w*) (?:all |only )?[^.;]{0,40}\b\d+(?:\.\d+)?\s?% of (?:the )?(?:negatives?|legitimate|non-\w+|majority|clean|benign|good|unlabell?ed|impressions|non-clicks|them|those)|weight(?:ed|ing|s)? (?:the )?(?:kept |sampled |rare |minority |majority )?(?:negatives?|positives?|rows|samples|examples|class(?:es)?|legitimate|minority|majority)[^.;]{0,30}\b(?:by|x|×) ?\d+|1 ?: ?\d+ (?:ratio|sampling)|(?:positives?|negatives?|minority|rare class|frauds?|defects?|false posts) (?:are |is )?(?:up-?|down-?)?weighted (?:by )?\d+ ?(?:x|×)?|(?:negatives?|positives?)[^.;]{0,20}\b1 ?: ?\d+)\b/g;
const IMBALANCE = /\b(imbalanc\w*|unbalanc\w*\b(?! (?:splits?|folds?|partitions?)\b)|(?:data(?:set)?|classes|labels|target|genres|categories) (?:was|is|were|are) (?:no longer|not) (?:very |quite |well |equally )?balanced|(?:unequal|uneven|disproportionate) class(?:es)?(?: distributions?| sizes| frequenc\w*)?|class distribution is (?:very |highly |quite )?(?:unequal|uneven|skewed)|skew(?:ed)? (?:classes|labels|class distribution)|(?:data(?:set)?|labels?|target|classes) (?:is|are) (?:very |highly |heavily |strongly |quite )?skewed (?:\([^)]{0,40}\) )?(?:towards?|to) (?:the )?(?:[\w-]+ ){0,3}?(?:class(?:es)?|labels?|negatives?|positives?|majority|non-[\w-]+|not [\w-]+|no|zeros?|ones?|legitimate|genuine|normal)\b|rare (?:positives?|events?|class)|class ratio|(?:positives?|fraud|frauds|clicks?|defaults?|churners) (?:are|is) rare|minority class|\d+(?:\.\d+)?\s*% (?:positive|fraud|click|of (?:transactions|impressions|users)))/;
const IMB_CONTEXT = /\b(?:imbalanc\w*|unbalanced(?! (?:splits?|folds?|partitions?)\b)|rare|minority|skew\w*|few positives|background (?:class|boxes|regions|patches))\b/;
const IMB_DECISION = /\b(stratif\w*|dice(?: loss| coefficient)?|(?:loss|metric|objective) (?:that is |which is )?robust to|pr-?auc|au-?prc?|aucpr|average precision|(?:roc[- ]?)?auc|area under the (?:roc |precision[- ]recall |pr )?curve|balanced accuracy|macro[- ]?(?:f1|average\w*)|mcc|matthews|kappa|g-?mean|precision[- ]recall|thresholds?|calibrat\w*|weights?|sampl\w*|focal|f1|f-?beta|f[2-9](?:[- ]?score)?|recall at|precision at)\b/;

const ACCURACY_RULED_OUT = /\baccuracy (?:is|was|gets|would be|will be) (?:ruled out|dropped|discarded|not (?:a )?(?:good|useful|suitable|appropriate|meaningful|reliable|informative|used)|misleading|useless|meaningless|uninformative)\b|\b(?:rule[sd]?|ruling) out accuracy\b|\baccuracy (?:can|could|would|will|may|might) be (?:misleading|meaningless|inflated|deceptive)\b|\bhigh accuracy even (?:when|if|though)\b/;

/** "class weights set to balanced", `class_weight="balanced"`, "Trains LogisticRegression (balanced, LBFGS, 200 iter)". */
const BALANCED_WEIGHTING = /\b(?:class[- ])?weight(?:ing|s)? (?:will be |is |are |was |were )?(?:set to )?[`'"“]?balanced\b|\bclass_weight\s*=\s*[`'"“]?balanced|\b(?:logistic ?regression|linearsvc|svc|svm|random ?forest(?:classifier)?|sgdclassifier|lgbmclassifier|decision ?tree(?:classifier)?)\s*\(\s*balanced\b/;
const EQUAL_PER_CLASS = /\b(?:sampl(?:e|es|ed|ing)|tak(?:e|es|ing)|took|select(?:s|ed|ing)?|keep(?:s|ing)?|kept|cap(?:s|ped|ping)?|limit(?:s|ed|ing)?|draw(?:s|n|ing)?) (?:~|about |around |up to |at most |exactly )?\d[\d,]* (?:[\w-]+ )?(?:per|for each|from each|of each) (?:class|label|category)\b(?![^.;]{0,40}\b(?:test\w*|validation|val|hold-?out|held[- ]out|evaluation|eval)\b)|\b(?:an? )?(?:equal|same|balanced) (?:number|count|amount) of [\w-]+(?: [\w-]+)? (?:for|per|in|from) (?:each|every) (?:prediction |target |output )?(?:class|label|category)\b/;

/** "maintains equal proportions of spam and ham samples", "an equal number of positive and negative examples": two classes kept even. */
const EQUAL_TWO_CLASSES = /\b(?:equal|the same|balanced|even) (?:numbers?|counts?|amounts?|proportions?|shares?) of (?:(?:the )?[a-z-]+ (?:and|&) [a-z-]+ (?:samples|examples|instances|records|rows|images|messages|emails|transactions|cases|reviews|pairs|clips|documents)|positives? (?:and|&) negatives?)\b/;

/** Rebalancing said in plain words: "we had to make the classes more or less equal", "a dataset with equally distributed classes", "addressing the dataset unbalance". */
const PLAIN_REBALANCE = /\bmake (?:the |both |all )?(?:two |three )?classes (?:more or less |roughly |approximately |about )?(?:equal|balanced|even)\b|\b(?:equally|evenly) distributed (?:classes|labels)\b|\bclasses (?:are |were )?(?:equally|evenly) distributed\b|\baddress(?:ed|es|ing)? (?:the )?(?:dataset |data |class |label )?(?:im|un)balance\b|\b(?:with|after) (?:the )?(?:class |data(?:set)? )?(?:re-?)?balancing\b|\b(?:with|and|using|plus) (?:the )?class (?:re-?)?balancing\b|\b(?:positive|negative|minority|majority|rare)\b[^.;]{0,40}\b(?:cases|examples|samples|classes|images|records)\b (?:with|in) equal (?:frequency|numbers?|proportions?|shares?)\b/;

/** "The training set contains a 50-50 positive-negative split", "… thrown out, thus creating a 50-50 training set split". */
const EVEN_TRAINING_SET = /\btrain\w*(?: set| data(?:set)?)? (?:contains|has|had|is|was|with)\b[^.;]{0,30}?\b(?:50 ?[-/:%] ?50|1:1)\b[^.;]{0,20}?\b(?:positive|negative|class|label)|\b(?:creating|making|giving|to get|into|yielding) (?:a |an )?(?:50 ?[-/:] ?50|1:1) (?:training|train) (?:set|split|data)\b/;
/** The same count taken of two groups ("25k reported messages and 25k random messages", "5,000 fraud and 5,000 legitimate transactions"). */
const SAME_COUNT_TWO_GROUPS = /(?<![\d.,])(\d[\d,.]*\s*k?)\s+(?:[\w-]+ ){0,2}?[\w-]+ (?:and|&|plus|with) (?:roughly |about |around |~\s*)?\1\s+[a-z][\w-]*/;
/** One class said to be rare or outnumbered ("most messages are not spam", "an unproportional amount of non-spam"). */
const RARITY_SAID = /\b(?:most (?:[\w-]+ ){1,2}(?:are|is|were|was) not|unproportional|disproportionate|far (?:more|fewer)|much (?:more|fewer)|imbalanc\w*|unbalanc\w*|rare|rarely|minority|majority|skew\w*|outnumber\w*)\b/;
const CLASSES_EVENED: readonly RegExp[] = [BALANCED_WEIGHTING, EQUAL_PER_CLASS, EQUAL_TWO_CLASSES, PLAIN_REBALANCE, EVEN_TRAINING_SET];

/** Words of boosting's own reweighting (AdaBoost's "amount of say", stumps, weak learners). */
const BOOSTING_EXPLAINED = /\b(?:amount of say|stumps?|adaboost|ada boost|weak learners?|boosting rounds?)\b/;

function classImbalance(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "The following parameters can be tuned:" → "* SVM class weight": a knob listed, not imbalance handled
  if (u.kind === 'item' && contentWords(low) <= 3 && /\bparam\w*|\btun(?:e|ed|able|ing)\b|\bknobs?\b/.test(u.parentText) && !IMB_CONTEXT.test(low + ' ' + u.parentText)) return false;
  // "hard negative mining with a background to foreground ratio of 3:1", "negatives sampled at 3:1
  // against positives": the share of the abundant class fixed by sampling
  const r = NEG_POS_RATIO.exec(low);
  if (r && /\b(?:sampl\w*|mining|mined|kept|keep|ratio)\b/.test(sentenceAt(low, r.index)) && !isNegated(low, r.index, r[0].length, 'strong')) return true;
  // "Weighting will be balanced when appropriate, which will aid with the biased dataset (60:1
  // negative:positive)", "so that I would have an equal number of articles for each prediction
  // class": the classes weighted or evened out
  // "since most messages are not spam … so we're dumping roughly 25k reported messages and 25k random messages": a rare class
  // sampled to the same count as the rest
  const even = SAME_COUNT_TWO_GROUPS.exec(low);
  if (even && RARITY_SAID.test(low) && /\b(?:sampl\w*|dump\w*|tak(?:e|es|ing)|took|draw\w*|drew|select\w*|pick\w*|kept|keep\w*)\b/.test(sentenceAt(low, even.index)) && !/\b(?:not|never|no|without)\b|n't\b/.test(low.slice(Math.max(0, even.index - 30), even.index)) && !u.uncommitted) return true;
  for (const re of CLASSES_EVENED) {
    const e = re.exec(low);
    // ("we did not address the imbalance": plain words take any negation)
    if (e && !isNegated(low, e.index, e[0].length, re === PLAIN_REBALANCE ? 'any' : 'strong')) return true;
  }
  const m = findAffirmed(low, IMB_TECH, 'strong');
  // "Split dataset: train/val/test using stratified sampling", "stratified sampling when creating the
  // validation set", "Unbalanced splits: Verify stratification on `IS_CHURN`": a split kept
  // representative, with no rare class named
  if (m && /^stratif(?:ied|ication|y)/.test(m[0]) && /\b(?:split\w*|train\/val|validation (?:set|split)|test (?:set|split)|hold-?out set)\b/.test(sentenceAt(low, m.index) + ' ' + u.label) && !IMB_CONTEXT.test(low + ' ' + u.parentText) && !/\b(?:class(?:es)?|labels?|positives?|negatives?|fraud|minority|majority)\b/.test(sentenceAt(low, m.index))) return false;
  // "path: /mnt/…/seed0 threshold1700 512x4 oversample2/train.csv": a folder's name in a config path
  if (m && /\/[^/.;:]{0,40}$/.test(low.slice(Math.max(0, m.index - 40), m.index)) && /^[^/.;:]{0,20}\//.test(low.slice(m.index + m[0].length))) return false;
  if (m && /of (?:them|those)$/.test(m[0]) && !/\b(negatives?|majority|legitimate|non-\w+)\b/.test(low)) return false;
  if (m) {
    if (/^(?:re-?sampl|subsampl)/.test(m[0]) && isBare(u, 1) && !ctxHas(u, doc, /imbalanc/)) return false;
    // "subsample=0.8 (row sampling)", "'subsample': 0.8": a boosting hyperparameter (the share of rows
    // each tree sees), not a rebalancing of classes
    if (/^subsample$/.test(m[0]) && /^['"`]?\s*[:=|]\s*0?\.\d/.test(low.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !IMB_CONTEXT.test(low)) return false;
    // "the data is divided into subsamples according to a time frame": subsets, not resampling
    if (/^subsamples$/.test(m[0]) && /\b(?:into|in(?:to)? (?:two|three|several|\d+)) $/.test(low.slice(Math.max(0, m.index - 16), m.index))) return false;
    // "2.4M series × 365 origins, subsampled to ~600M rows (1 in 4 origins)": fewer rows for size, no class in sight;
    // "larger strides/subsamples, or larger pooling": a network's downsampling of its feature maps
    if (/^(?:subsampl|re-?sampl|down-?sampl|up-?sampl)/.test(m[0]) && /\b(?:rows|row\/column|column|origins|series|records|frames|timesteps|time steps|windows|pixels|points|strides?|pooling|conv\w*|kernels?|feature maps?|resolution|spatial|layers?|decoder|tensors?|dimensions)\b/.test(sentenceAt(low, m.index)) && !IMB_CONTEXT.test(low) && !/\b(?:negatives?|positives?|class(?:es)?|majority|minority|label\w*)\b/.test(sentenceAt(low, m.index))) return false;
    // "performance under modern data splitting and resampling approaches", "bootstrap resampling":
    // resampling to estimate performance (cross-validation, the bootstrap), not to rebalance classes
    if (/^re-?sampl/.test(m[0]) && /\b(?:data splitting|splitting|cross[- ]?validation|bootstrap\w*|performance estimat\w*|model selection|rmse|error estimat\w*|confidence intervals?|variance of the estimate)\b/.test(sentenceAt(low, m.index)) && !IMB_CONTEXT.test(low) && !/\b(?:negatives?|positives?|minority|majority|class(?:es)?)\b/.test(sentenceAt(low, m.index))) return false;
    // "resample the dot product output to the same size as the input image", "a re-sample may also be
    // initiated if monitoring shows drift": a tensor resized or a fresh review sample drawn, no class in sight
    // ("data resampling techniques will be needed for the model to learn": the data's classes rebalanced)
    if (/^re-?sampl/.test(m[0]) && !/\bdata $/.test(low.slice(Math.max(0, m.index - 5), m.index)) && !IMB_CONTEXT.test(low) && !ctxHas(u, doc, IMB_CONTEXT) && !/\b(?:negatives?|positives?|minority|majority|class(?:es)?|labels?|balanc\w*|spam|fraud\w*|churn\w*|defaults?|events?|cases|examples|samples per|per class|training (?:data|set)|re-?weight\w*|weight\w*|rates?|ratios?)\b|\d%|\d \d+\/\d+|\b\d+\/\d+\b/.test(sentenceAt(low, m.index)) && !findAffirmed(low.slice(m.index + m[0].length).replace(/\bup-?sampling[123]d\b/g, ' '), IMB_TECH, 'strong')) return false;
    // "Data pipeline + hard negative mining": hard examples, not rare classes, unless the imbalance is named
    if (/^hard negative/.test(m[0]) && !IMB_CONTEXT.test(low) && !ctxHas(u, doc, IMB_CONTEXT)) return false;
    // "to address overfitting: gradient blending and focal loss" fights one modality dominating, not rare classes
    if (/^focal/.test(m[0]) && /\boverfit\w*/.test(sentenceAt(low, m.index) + ' ' + u.parentText) && !/\b(?:imbalanc\w*|rare|minority|skew\w*|few positives)\b/.test(low)) return false;
    // inverse-propensity weights correct who got labelled (selection bias), not rare classes
    if (/^(?:sample weight|re-?weight|up-?weight)/.test(m[0]) && /\b(?:ipw|propensity|inverse[- ]probability|selection bias)\b/.test(sentenceAt(low, m.index)) && !IMB_CONTEXT.test(low)) return false;
    // "The new sample weight = old sample weight * e^amount of say": how AdaBoost reweights misclassified rows, explained
    if (/^(?:sample weight|re-?weight|up-?weight|subsampl)/.test(m[0]) && BOOSTING_EXPLAINED.test(low + ' ' + u.parentText) && !IMB_CONTEXT.test(low)) return false;
    return true;
  }
  const i = IMBALANCE.exec(low);
  if (i) {
    const s = sentenceAt(low, i.index);
    if (IMB_DECISION.test(s)) return true;
    // "Precision and recall were used to account for the disproportionate class distribution": metrics chosen for the imbalance
    if (/\b(?:precision|recall)\b/.test(s) && /\b(?:used|chosen|selected|picked|adopted)\b[^.;]{0,30}\bto (?:account|compensate|correct|adjust) for\b/.test(s) && !isNegated(low, i.index, i[0].length, 'strong')) return true;
    // "ROC AUC, F1 and Balanced Accuracy is what we have deemed relevant. Accuracy is ruled out since given
    // the heavy imbalance …": the metric the imbalance rules out, with the ones chosen
    if (ACCURACY_RULED_OUT.test(s) && IMB_DECISION.test(low) && !isNegated(low, i.index, i[0].length, 'strong')) return true;
    // "I'll be using an f5 score (fbeta with beta=5). The reasons for this are:" / "- The dataset is
    // highly skewed towards clients not churning": the imbalance given as the reason for the choice above it
    if (u.kind === 'item' && IMB_DECISION.test(u.parentText) && /\b(?:reasons?|because|why|since|due to)\b/.test(u.parentText) && !isNegated(low, i.index, i[0].length, 'strong')) return true;
    // "Because of the high class imbalance, accuracy is not a good metric. AUPRC will be used
    // instead.": the metric the imbalance rules out, then the one chosen
    // "Our problem presents a class imbalance … To evaluate performance, the F1 score is used": the
    // imbalance, then the metric chosen to evaluate with
    // "the F1 score is used … useful for problems of unequal class distribution": a metric chosen
    // because it suits imbalanced classes
    if (/\b(?:useful|suited|suitable|good|appropriate|robust|designed|better|preferred|recommended) (?:for|to|with|on|under|when) [^.;]{0,40}$/.test(low.slice(Math.max(0, i.index - 60), i.index)) && IMB_DECISION.test(low) && !isNegated(low, i.index, i[0].length, 'strong')) return true;
    const at = low.indexOf(s, Math.max(0, i.index - s.length));
    const next = at >= 0 && at + s.length + 2 < low.length ? sentenceAt(low, at + s.length + 2) : '';
    if (next && /\b(?:metrics?|accuracy|evaluat\w*|measur\w*|performance)\b/.test(s + ' ' + next) && /\b(?:instead|rather|better|use[sd]?|report\w*|choose|chose|pick\w*)\b/.test(next) && IMB_DECISION.test(next) && !isNegated(low, i.index, i[0].length, 'strong')) return true;
  }
  if (ctxHas(u, doc, /\b(imbalanc\w*|class balance)\b/) && /\b(sampl\w*|weights?|focal|smote|pr-?auc)\b/.test(low)) return true;
  // "after cleaning and balancing the dataset we ended up with 699 samples for each class"
  return !!anyMatch(low, BALANCED_CLASSES, 'strong');
}
const NEG_POS_RATIO =
  /\b(?:negatives?|background|bg)\s*(?:to|:|\/)\s*(?:positives?|foreground|fg)\b[^.;]{0,30}?\b\d+\s*:\s*\d+\b|\b\d+\s*:\s*\d+\s*(?:ratio )?(?:of )?(?:negatives?|background|bg)\s*(?:to|:|\/)\s*(?:positives?|foreground|fg)\b|\b(?:negatives?|background (?:boxes|regions|samples|proposals|rois))\s*(?:are |were )?(?:sampled|kept|subsampled|down-?sampled|mined)\s*(?:at|to|in)\s*(?:an? |the )?\d+\s*:\s*\d+\b/;
const BALANCED_CLASSES =
  /\bbalanc(?:ed|ing|e)\b[^.;]{0,80}?\b(?:\d[\d,]* (?:\w+ )?(?:samples|examples|images|records|rows|recordings|clips|instances|documents|items) (?:for|per|in|of) (?:each|every|both) (?:class|label|category)|(?:an )?equal (?:number|numbers|counts?|amounts?) of (?:samples|examples|images|records|rows|recordings|positives|negatives|instances)|(?:the )?same number of (?:samples|examples|images|records|rows|recordings|positives|negatives|instances))/g;

const SPLIT =
  /\b(?:train(?:ing)?\s*\/\s*(?:val(?:idation)?|dev|test)|train(?:ing)?\s*:\s*(?:val(?:idation)?|dev|test|eval(?:uation)?)\b(?=[^.;]{0,40}?\d+\s*:\s*\d)|train(?:ing)?,? (?:val(?:idation)?|dev)(?:,? (?:and )?test)?|(?:train|training|validation|val|test|holdout|hold-out|dev|eval(?:uation)?) (?:set|split|period|window|days?|weeks?|months?|data|fold)s?|time[- ]based (?:split|holdout|validation)|split\s*[:=—–]\s*(?:time[- ]based|temporal|chronological|out-of-time|random|stratified|grouped|user-?level)|split(?:\s*(?:->|→|=>|:|—|–)\s*|\s)(?:by|on|across|along) (?:time|date|day|week|user|session|merchant|account|query|region|listing|event)|(?:temporal|chronological|out-of-time|time[- ]?series|time-?ordered|random|stratified|user-?level|grouped?|forward[- ]chaining) (?:split|splits|holdout|validation|cross[- ]validation|k-?fold)|stratified (?:approach|manner|fashion|way)|k-?fold|cross[- ]?fold(?: validation)?|\d+[- ]fold (?:(?:stratified|grouped?|repeated|random|shuffled) )*(?:cv|cross[- ]validation)\b|(?=(?:\d|two|three|four|five|six|eight|ten))(?<![\d,]\s?|\ball |\bthe |\bof |\bthese |\bthose )(?:\d+|two|three|four|five|six|eight|ten) (?:random |stratified |grouped |group |time[- ]based |chronological |cv |cross[- ]validation )?folds\b|cross[- ]validation|for train(?:ing)?,? [^.;]{0,60}?\bfor (?:validation|val|dev|test(?:ing)?)\b|hold-?out|held[- ]out|back-?test\w*|walk-?forward|forward[- ]chain(?:ing|ed)|(?:expanding|rolling|sliding|growing)[- ]windows?[`'"”]?(?: (?:approach|method|scheme|strategy|splits?|cv))? (?:for|of|in) (?:the |model )?(?:validation|cross[- ]validation|evaluation|back-?test\w*)|split(?:\s*(?:->|→|=>|:|—|–)\s*|\s|\s(?:is|was|will be|happens)\s(?:done\s)?)(?:by|on|across|along|per|based on) (?:(?!(?:so|that|because|since|to|and|which|while|but|with|in|for|as)\b)[\w-]+ ){0,2}(?!(?:so|that|because|since|to|and|which|while|but|with|in|for|as)\b)[\w-]+|(?:temporal|chronological|out-of-time)(?=\s*(?:—|–|->|→|:)\s*(?:train|fit|[\w-]+ (?:for|as) train)\w*)|train(?:ing)?\s*(?:on\s*|[:=]\s*)?(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?: (?:19|20)\d\d)?|q[1-4](?: (?:19|20)\d\d)?)(?:\s*(?:–|-|to)\s*(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?: (?:19|20)\d\d)?|q[1-4](?: (?:19|20)\d\d)?))?[^.;]{0,40}?\b(?:val(?:idat\w*)?|dev|test)\w*\s*(?:on\s*|[:=]\s*)?(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?: (?:19|20)\d\d)?|q[1-4](?: (?:19|20)\d\d)?)\b|\d{2}\s*\/\s*\d{2}(?:\s*\/\s*\d{2})?(?:\s*split)?|train (?:on|with) (?:[^.;]|\.\.|\.\d){1,60}(?:test|validate|evaluate) (?:on|with)|leak\w*)\b/g;
const PUBLISHED_SPLIT =
  /\b(?:already|pre-?|comes|came|provided|given|supplied|delivered)(?: been)? split (?:in(?:to)?|between) (?:an? |the |two |three )?(?:train\w*|dev)\b[^.;]{0,40}\b(?:test\w*|validat\w*|val|dev|hold-?out)\b|\b(?:separate|distinct) (?:files? )?train(?:ing)?(?:\.csv|\.json|\.txt)?(?: (?:set|data|file))? (?:and|&) (?:test|validation|val)(?:\.csv|\.json|\.txt)?\b/;
const SPLIT_CUE =
  /\b((?<!\bof (?:the )?)time(?!-(?:consuming|intensive))|date|dates|day|days|week|weeks|month|months|years?|chronolog\w*|temporal|random\w*|stratif\w*|users?|user-?level|per user|k-?fold|cross[- ]validation|(?:last|first)(?! (?:relevant|correct|element|hit|result|match|position|rank|token|layer|stage|step)s?\b)|before|after|older|newer|most recent|cut-?off|sessions?|merchants?|accounts?|regions?|folds?|\d+\s*%|\d{2}\s*\/\s*\d{2}|out-of-time|future|past)\b/;
/**
 * How a split is made, said beside the split ("by user", "last 3 months", "random 80/20"). An entity
 * ("user", "session") counts only as the key the data is split by ("by user", "unseen users"), not
 * in "training data generation through online user engagement".
 */
/** "(after) the training data (…) was collected": a step of the work done. */
const DATA_WORK_DONE = /^\s*(?:(?:the|all|our|enough)\s+)?(?:[\w-]+\s+){0,3}(?:\([^)]{0,80}\)\s*)?(?:was|were|is|are|has been|have been|had been) (?:collected|gathered|labell?ed|annotated|cleaned|prepared|loaded|downloaded|uploaded|processed|recorded|captured|received)\b/;
const EFFORT_AFTER = /^ of (?:[\w-]+ )?(?:effort|work|labou?r|engineering|annotation|labell?ing|development|dev|manual|expert|human|data collection)\b/;
function splitCue(s: string): boolean {
  const c = SPLIT_CUE.exec(s);
  if (!c) return false;
  // "requires labeled training data: weeks of effort": how long the work takes, not a window of data
  if (/^(?:days?|weeks?|months?|years?)$/.test(c[1]) && EFFORT_AFTER.test(s.slice(c.index + c[0].length))) return splitCue(s.slice(c.index + c[0].length));
  // "improve the training data over time through a web interface": the data growing, not a cut by time
  // ("how much time they put into their solution": effort, not a cut by time)
  if (c[1] === 'time' && /\b(?:over|much|enough|more|less|little|spare|free|spent|spend|put|took|takes)\s$/.test(s.slice(Math.max(0, c.index - 7), c.index))) return splitCue(s.slice(c.index + c[0].length));
  // "access the batch training data at the end of each day": when a job runs, not a window of data
  if (/^(?:days?|weeks?|months?)$/.test(c[1]) && /\b(?:end|start|beginning|close) of (?:each|every|the|a) $/.test(s.slice(Math.max(0, c.index - 24), c.index))) return splitCue(s.slice(c.index + c[0].length));
  // "Before deploying, the model is evaluated on a holdout validation set": when the evaluation happens, not a cut in the data
  if (/^(?:before|after)$/.test(c[1]) && /^\s*(?:deploy\w*|launch\w*|release|releasing|going live|go-?live|shipping|production|rollout|rolling out|promot\w*|serving)\b/.test(s.slice(c.index + c[0].length))) return splitCue(s.slice(c.index + c[0].length));
  // "After the training data (new pictures of defects) was collected …, a new model was trained": the order of the work, not a cut in the data
  if (/^(?:before|after)$/.test(c[1]) && DATA_WORK_DONE.test(s.slice(c.index + c[0].length))) return splitCue(s.slice(c.index + c[0].length));
  if (!/^(?:users?|sessions?|merchants?|accounts?|regions?)$/.test(c[1])) return true;
  // "The top score on an unknown test set is 0.747, with the top 10% scoring at 0.692": a leaderboard's percentile, not a share held out
  if (/%$/.test(c[1]) && /\b(?:top|bottom)\s*$/.test(s.slice(Math.max(0, c.index - 8), c.index))) return splitCue(s.slice(c.index + c[0].length));
  // "evaluated on a test set of many user-song pairs": the entity is part of what an example is, not a key the data is split by
  if (/^-[a-z]/.test(s.slice(c.index + c[0].length))) return splitCue(s.slice(c.index + c[0].length));
  if (/\b(?:by|per|across|within|of|disjoint|grouped|unseen|new|held[- ]?out|different|distinct|separate|same)\s+(?:the |each |a |an |all )?(?:[\w-]+ )?$/.test(s.slice(Math.max(0, c.index - 30), c.index))) return true;
  // another cue later in the sentence ("users … in the last 30 days")
  const rest = s.slice(c.index + c[0].length);
  return splitCue(rest);
}
/** Leakage of something other than data: revenue, money, memory, gas, water. */
const NON_DATA_LEAK = /\b(?:anti-?fraud|fraud(?:sters?)?|revenue|money|cash|sales|profits?|margins?|payments?|chargebacks?|memory|gas|water|pipes?|valves?)\b/;
const LEAK_OF_DATA = /\b(?:data\w*|train\w*|test(?:ing)?|valid\w*|features?|labels?|targets?|splits?|future|hold-?out|held[- ]out|folds?|samples?|rows)\b/;
const LEAK_PREVENT =
  /\b(prevent\w*|avoid\w*|no |guard\w*|ensur\w*|careful\w*|exclud\w*|only (?:use|past|data)|point[- ]in[- ]time|before the|cut-?off|as of|so that|never|drop\w*|remov\w*|mitigat\w*|split by time|time-based|computed (?:only )?(?:from|on|using) (?:the )?(?:train|past)|after the split|fit (?:on|only on) (?:the )?train)/;

/**
 * Data split by a group, named in any words: "we split train/validation/test by repository", "I
 * split the agent photos by farm, not by image" (what the split is of, then the group), "no speaker
 * appears in more than one of train/val/test". Not "split … into clusters by skin colour" (groups to
 * sample from).
 */
const SPLIT_BY_GROUP = /\b(?:split(?:s|ting)?|hold(?:s|ing)? out) (?:(?:the|our|all|every) )?(?:[\w/-]+ ){0,2}?at the (?:[a-z-]+ )?[a-z]{3,}[- ]level\b|\ball (?:[\w-]+ ){1,3}of (?:one|a|an|each|the same) (?:[\w/-]+ ){1,2}(?:go|goes|are|stay|stays|land|end up|belong) (?:to|in|into) the same (?:split|fold|set|partition)\b|\b(?:split(?:s|ting)?|hold(?:s|ing)? out) (?:(?:the|our|all|every) )?(?:(?!into\b)[\w/-]+ ){0,3}?by (?:the |its |their )?[a-z][a-z-]{2,}\b|\bno (?:[\w-]+ ){1,2}in both (?:the )?(?:train|training)\b|\bno (?:[\w-]+ ){1,2}(?:appears?|shows? up|is) in (?:more than one of|both|two of) (?:the )?(?:train|training)\b/;
const SPLIT_OF_DATA = /\b(?:train\w*|test\w*|val(?:id\w*)?|dev|hold-?outs?|held[- ]out|folds?|leak\w*|memori[sz]\w*|data(?:set)?s?|examples|samples|rows|records|photos|images|documents|pairs|both sides)\b/;
/** What is split is a part of the software: its database, schemas, services, code. */
const SPLIT_OF_SYSTEM = /^(?:split\w*|hold\w* out) (?:(?:the|our|all|every) )?(?:[\w-]+ )?(?:databases?|dbs?|schemas?|monolith|(?:micro)?services?|codebase|repos(?:itory|itories)?|tables?|clusters?|shards?|modules?|teams?)\b/;
const SPLIT_OF_TRAFFIC = /\b(?:a\/b|ab test|experiment\w*|traffic|treatment|control|bucket\w*|rollout|canary|cost|bill\w*|budget|revenue|payments?|work|team)\b/;

const EXPERIMENT_HOLDOUT = /\b(?:a\/b|ab test|experiment\w*|treatment|control group|uplift|gets? no|get no|receives? no|no (?:outreach|treatment|intervention|blocking|emails?|offers?|messages?|notifications?))\b/;


const TRAIN_THEN_VALIDATE = /\btrain\w* on [^.;]{0,40}?\b(?:19|20)\d\d\b[^.;]{0,40}?\b(?:validat\w*|test\w*|evaluat\w*) on [^.;]{0,40}?\b(?:(?:19|20)\d\d|q[1-4])\b/;
/** "hold out each patron's last month of checkouts": a per-user temporal hold-out. */
/** "a separate set of entirely unseen data was curated … exclusively used to assess the performance of the deployed model": a hold-out kept apart for the final check. */
const UNSEEN_SET = /\b(?:separate|distinct|reserved|untouched|final) (?:sub)?(?:set|sample|portion|slice|batch) of (?:entirely |completely |totally |previously )?(?:unseen|never[- ]seen|held[- ]out) (?:data|examples|records|samples|rows|images|customers|transactions)\b/;
const HOLD_OUT_LAST = /\bhold(?:s|ing)? out (?:each|every|the) [\w-]+(?:'s|s')? (?:last|final|most recent|latest) (?:\d+ |two |three |few )?(?:days?|weeks?|months?|sessions?|orders?|purchases?|checkouts?|visits?|interactions?|events?|trips?|transactions?)\b/;

/**
 * A committed three-way split with no strategy named: "We will split the data into train, validation
 * and test", "Partition data into training, validation and test dataset". Reviewers count it (a weak
 * answer, but an answer); a two-way "train and test" alone does not.
 */
const THREE_WAY_SPLIT = /\b(?:split|divid|partition|separat)\w* (?:[\w`-]+ ){0,3}?(?:in(?:to)?|between) (?:the |a |an )?`?train(?:ing)?`?(?: sets?)?,? `?(?:validation|val|dev)`?(?: sets?)?,? (?:and |& )?`?test(?:ing)?`?/;
const TRAIN_THEN_LATER = /\btrain(?:ed|s|ing)? on\b[^.;]{0,120}?\b((?:19|20)\d\d)\b[^.;]{0,60}?\b(?:validat|test|evaluat)\w* on\b[^.;]{0,40}?\b((?:19|20)\d\d)\b/;
/** Shares given part by part: "80% would be used for training and the other 20% for validation", "80% of the data is used for training and 20% for testing". */
const SHARES_FOR_PARTS =
  /\b\d+(?:\.\d+)?\s*% (?:of (?:the |all |our |these )?(?:[\w-]+ ){0,2}?|(?:data|rows|samples|examples|records|images) )?(?:(?:is|are|was|were|would be|will be|gets?|goes|go) )?(?:(?:used|kept|held out|reserved|set aside|allocated|taken|assigned) )?(?:for|as|to) (?:the )?(?:train(?:ing)?|dev|fit(?:ting)?)\b[^.;]{0,40}?\b\d+(?:\.\d+)?\s*% (?:[\w-]+ ){0,4}?(?:for|as|to) (?:the )?(?:validat\w*|val|test\w*|hold-?out|evaluat\w*)\b/;
/** A share that trains the model, then a share that tests it: "50% will train the model and 50% will be used for testing the model". */
const SHARE_TRAINS_MODEL =
  /\b\d+(?:\.\d+)?\s*% (?:of (?:the |our )?(?:data(?:set)?|samples|rows|records|examples|images) )?(?:will|would|shall|is used to|are used to|goes to) (?:be used to )?train (?:the |our |a )?models?\b[^.;]{0,40}?\b\d+(?:\.\d+)?\s*% (?:[\w-]+ ){0,4}?(?:for|to) (?:the )?(?:validat\w*|test\w*|evaluat\w*)\b/;
/** Each share before its part: "80% train, 10% validation and 10% test dataset split". */
const SHARE_BEFORE_PART = /\b\d+(?:\.\d+)?\s*%\s*(?:train(?:ing)?|fit(?:ting)?)\b[^.;%]{0,20}?\b\d+(?:\.\d+)?\s*%\s*(?:validation|val|dev|test(?:ing)?|hold-?out)\b/;
/** "chose 80% of these vectors to train both models. We used the remaining 20% … to assess the quality": the rest held out, across a sentence. */
const SHARE_THEN_REST =
  /\b\d+(?:\.\d+)?\s*% (?:of (?:the |these |all |our )?(?:[\w-]+ ){0,2}?)?(?:to|for) train\w*\b[^;]{0,160}?\b(?:remaining|rest|other|last) (?:\d+(?:\.\d+)?\s*% )?(?:of (?:the |these |our )?[\w-]+ )?(?:(?:is|are|was|were) )?(?:used )?(?:to|for|as) (?:assess|evaluat|test|validat|measur|check)\w*/;
/** A split given as counts per part: "900 train dataset, 100 for validation dataset". */
/** "split into Train (70%), Validation (20%), Test (10%)", "split into 66%, 33%, 33% for training, validation and test". */
const SHARE_FOR_VALIDATION =
  /\bfor (?:validation|validating|testing|test|evaluation|the (?:validation|test) set),? (?:we (?:used|use|kept|keep|held out|hold out|took|take|set aside) )?(?:the (?:last|latest|most recent) )?\d+(?:\.\d+)?\s*% of (?:the |all )?[\w-]+|\b\d+(?:\.\d+)?\s*% of (?:the |all )?[\w-]+(?: [\w-]+){0,5} (?:were|was|are|is) (?:used|held out|kept|set aside|reserved) (?:for|as) (?:the )?(?:validation|testing|test|evaluation)\b/;
const SPLIT_PARTS_THEN_SHARES =
  /\bsplit\w* (?:it |them |(?:the |our )?(?:input )?(?:data(?:set)?|samples|rows|examples|images|records) )?(?:in(?:to)?|to|as) (?:an? |the )?(?:(?:train(?:ing)?|test(?:ing)?|validation|val|dev|hold-?out)(?: sets?)?,? (?:and )?){2,3}(?:(?:sub-?)?(?:data ?)?sets? )?(?:using |with |in |by |at |of )?(?:an? |the )?(?:(?:ratio|split|partition|proportion) of )?\(?\d+(?:\.\d+)?\s*%?\s*[,/:-]\s*(?:and )?\d+(?:\.\d+)?\s*%?/;
const SPLIT_SHARES =
  /\bsplit\w* (?:(?:the |our )?(?:input )?(?:data(?:set)?|samples|rows|examples|images) )?(?:in(?:to)?|to|as) (?:the )?(?:(?:train\w*|dev|validation|val|test\w*|hold-?out)(?: set)?\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)|[:=]?\s*\d+(?:\.\d+)?\s*%)[,;]?\s*(?:and\s*)?){2,}|\bsplit\w* (?:(?:the |our )?(?:input )?(?:data(?:set)?|samples|rows|examples|images) )?(?:in(?:to)?|to|as) (?:\d+(?:\.\d+)?\s*%[,/]?\s*(?:and\s*)?){2,3}(?:for |as )?(?:the )?(?:train\w*|dev)\b/;
const SCORES_NOT_SHARES = /\b(?:overfit\w*|underfit\w*|accuracy|f1|auc|scores?|precision|recall|error rate|loss)\b/;
const SPLIT_COUNTS =
  /\b\d[\d,.]*(?:k|m| (?:thousand|million|billion))? (?:of (?:those|these|the|our|all) )?(?:(?:images|samples|examples|rows|records|photos|documents|clips|sequences|patients|users|impressions|sessions) )?(?:for |as |in |to |into )?(?:the )?(?:train(?:ing)?|dev)\b[^.;]{0,60}?\b\d[\d,.]*(?:k|m| (?:thousand|million|billion))? (?:(?:images|samples|examples|rows|records|photos|documents|clips|sequences|patients|users|impressions|sessions) )?(?:for |as |in |to |into )?(?:the )?(?:validation|val|test(?:ing)?|hold-?out)\b|\b(?:train(?:ing)?|dev)(?: set)?\s*(?:\(\s*\d[\d,.]*k?\s*\)|[:=]\s*\d[\d,.]*k?\b)[^.;]{0,40}?\b(?:validation|val|test(?:ing)?|hold-?out)(?: set)?\s*(?:\(\s*\d[\d,.]*k?\s*\)|[:=]\s*\d[\d,.]*k?\b)/;
/**
 * A rule that forbids the leak, which the negation checks would otherwise read as "no split":
 * "data from the future may NOT be used", "data leakage must not be included".
 */
const LEAK_BAN =
  /\b(?:(?:data|information|frames?|values?|events?|samples?|observations?|rows|records|labels?|features?) (?:from|in|of|after) the future|future (?:data|frames?|information|values|events|samples|observations|rows|records|labels?))(?: [\w-]+){0,3} (?:may|must|can|should|will|shall)(?: ?not|n'?t) (?:ever )?(?:be )?(?:used|included|incorporated|seen|available|leak\w*|enter\w*)\b|\b(?:data )?leakage (?:may|must|can|should|will|shall)(?: ?not|n'?t) (?:be )?(?:included|introduced|allowed|happen|occur|exist)\b/;

/** "I've checked that there was no data leakage from the test set": a leak looked for and ruled out, not a negated item. */
const LEAK_CHECKED = /\b(?:checked|verified|made sure|ensured?|confirmed|double-checked)(?: that)? (?:there (?:is|was|are|were) |we have |i have )?no (?:data |target |label |information |test[- ]set )?leak(?:age|s)?\b/;

/** "I will validate and test it using the first six calendar months' data from 2019": held out by a later period. */
const LATER_PERIOD_TEST = /\b(?:validat|test|evaluat)\w*(?: and (?:validat|test|evaluat)\w*)? (?:it |them |the models? |on )?(?:on|using|with|against) (?:the )?(?:[\w'’-]+ ){0,4}(?:data|records|rows|months?'?|weeks?'?|days?'?|quarters?|year'?s?)(?: [\w'’-]+){0,2} (?:from|of|in) (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b/g;
/** A split made in code: "train_test_split(X, y, test_size=0.2)", "splitData(df, train_size=0.7, test_size=0.15, val_size=0.15)". */
const SPLIT_IN_CODE = /\b(?:train|test|val(?:id(?:ation)?)?|holdout)_size\s*=\s*0?\.\d+|\b(?:timeseriessplit|groupkfold|stratifiedkfold|kfold|groupshufflesplit)\s*\(/;

/** A part of the data with its share: "The training data (60%) is for training … the testing data (20%)". */
const PART_SHARE = /\b(train(?:ing)?|validation|val|dev|test(?:ing)?|hold-?out) (?:data|set|split|portion|subset)s?\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)/g;
/** One part with its share, in prose: "a test dataset that corresponds to 20% of all ratings". */
const PART_SHARE_PROSE = /\b(?:train(?:ing)?|validation|val|dev|test(?:ing)?|hold-?out) (?:data(?:set)?|set|split|portion|subset) (?:that |which )?(?:corresponds? to|contains?|holds?|makes? up|covers?|is|consists? of) (?:about |roughly |around |~)?\d+(?:\.\d+)?\s*% of\b/;

/** The training part and a validation or test part, each given with its share. */
function partsWithShares(low: string): boolean {
  if (!low.includes('%')) return false;
  let train = false;
  let held = false;
  PART_SHARE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PART_SHARE.exec(low)) !== null) {
    if (/^train/.test(m[1])) train = true;
    else held = true;
  }
  PART_SHARE.lastIndex = 0;
  return train && held;
}

const HELD_FROM_TRAINING = /\b(?:hold-?out|held[- ]out) (?:set|portion|subset|sample|part) (?:of|from) (?:the )?(?:training|train|labell?ed) (?:data|set|images|examples)\b|\b(?:set|sample|subset) of [\d,]+ (?:images|examples|samples|rows|records|documents|photos|texts|users|patients) (?:that (?:were|are) )?(?:excluded|held out|kept out|withheld|left out) (?:from|of) (?:the )?training\b/;
/** "how well the section was split", "the address string is split on commas": text cut into pieces, no data set divided. */
function textSplit(s: string): boolean {
  return /\b(?:sections?|sentences?|strings?|paragraphs?|words?|lines?|references?|tokens?|names?|addresses?|urls?|titles?|fields?|texts?) (?:(?:was|were|is|are|gets?|got|being|been) )?split\b/.test(s) && !/\b(?:train\w*|validat\w*|test(?:ing)? (?:set|data|split)|hold-?out|held[- ]out|folds?|leak\w*|data ?sets?)\b/.test(s);
}

/**
 * Features said to be known before the outcome: "All features are computable before claim submission (no leakage)",
 * "only inputs available at decision time". A guard against leakage when the unit names leakage or says all/only.
 */
const FEATURES_KNOWN_BEFORE =
  /\b(?:features?|inputs?|predictors?|variables?|signals?)\b[^.;]{0,30}?\b(?:computable|available|known|observable|calculable) (?:strictly )?(?:before|prior to|at the time of|at (?:the )?(?:prediction|decision|scoring|inference|request|submission|application) time)\b/;

/** Secrets or personal data leaking out of a system ("prevent sensitive information leakage", "PII leaks in answers"): security, not a data split. */
const SECURITY_LEAK = /\bleak(?:s|ing|ed|age)? (?:of )?(?:any )?(?:sensitive|personal|private|pii|phi|confidential|secret|customer|user)\b|\b(?:sensitive|personal|private|pii|phi|confidential|secret|credentials?|information|prompt|system prompt|memory|context|key|token|password|customer data|user data) (?:leak\w*)/;

/**
 * "Some features … were immediately removed:" → "The following concern information that is not available to
 * the lender at the time they are making the decision …: `ClosedDate`, …": columns dropped because they are
 * unknown when the prediction is made, a guard against leakage.
 */
const UNKNOWN_AT_DECISION =
  /\b(?:information|features?|columns?|variables?|fields?|attributes?|data)\b[^.;]{0,30}?\bnot (?:yet )?(?:available|known|observable)\b[^.;]{0,60}?\b(?:at the time|at (?:the )?(?:prediction|decision|scoring|application|inference|request) time|when (?:the |a )?(?:decision|prediction|loan|application|request|claim) (?:is|was) made|before the (?:decision|outcome|loan|event))/;
const DROPPED = /\b(?:remov|drop|exclud|discard|omit)\w*/;

function droppedAsUnknownAtDecision(u: Unit, doc: ParsedDoc): boolean {
  if (u.uncommitted || !UNKNOWN_AT_DECISION.test(u.low)) return false;
  if (DROPPED.test(u.low) || DROPPED.test(u.parentText)) return true;
  // the caption a few paragraphs up that the list of dropped groups hangs from
  for (let i = u.index - 1; i >= 0 && i >= u.index - 5; i--) {
    const prev = doc.units[i];
    if (!prev || prev.headingIdx !== u.headingIdx) break;
    if (/:\s*$/.test(prev.low) && DROPPED.test(prev.low)) return true;
  }
  return false;
}

/** "Define training and validation sets over time": the parts cut along time, a temporal split. */
const SETS_OVER_TIME = /\b(?:train(?:ing)?|validation|val|test(?:ing)?) (?:and|&|\/) (?:validation|val|test(?:ing)?) (?:sets?|splits?|windows?|periods?|data(?:sets?)?)\b[^.;]{0,20}?\b(?:over|by|across|along|based on) (?:time|dates?|calendar time)\b/;

function splitLeakage(u: Unit): boolean {
  const low = u.low;
  // "Output Filtering: prevent sensitive information leakage": guarding what an answer reveals
  if (SECURITY_LEAK.test(low) && !/\b(?:train\w*|test (?:set|data|split)|(?<!(?:output|input|schema|response|request) )validation|split|fold|future|label|target)\b/.test(low)) return false;
  const known = FEATURES_KNOWN_BEFORE.exec(low);
  if (known && (/\bleak\w*/.test(low) || /\b(?:all|only)\b/.test(sentenceAt(low, known.index))) && !u.uncommitted) {
    // ("Not all features are available at prediction time", "features are not known before the match")
    const upTo = low.slice(Math.max(0, known.index - 40), known.index + known[0].length).split(/[.;:!?]/).pop()!;
    if (!/\b(?:not|never|no|cannot|without)\b|n't\b/.test(upTo)) return true;
  }
  if (partsWithShares(low)) return true;
  const three = stated(low, THREE_WAY_SPLIT);
  if (three && !verbNegatedAt(low, three.index)) return true;
  // "trained on … the 2024 campaign, then validated on the spring 2025 campaign": held out by a later period
  const later = TRAIN_THEN_LATER.exec(low);
  if (later && Number(later[2]) >= Number(later[1]) && !isNegated(low, later.index, 8, 'strong')) return true;
  if (stated(low, SHARES_FOR_PARTS) || stated(low, SHARE_THEN_REST) || stated(low, SHARE_TRAINS_MODEL)) return true;
  // (not "accuracy went from 80% train to 70% test": scores, not shares)
  const before = stated(low, SHARE_BEFORE_PART);
  if (before && !SCORES_NOT_SHARES.test(sentenceAt(low, before.index))) return true;
  // "we divided the dataset containing the ratings into two parts:" → "- A test dataset that corresponds to 20% of all ratings."
  if (u.kind === 'item' && PART_SHARE_PROSE.test(low) && /\b(?:divid|split|partition|separat)\w*\b/.test(u.parentText) && !valueNegated(u)) return true;
  if (LEAK_BAN.test(low) || LEAK_CHECKED.test(low)) return true;
  const overTime = SETS_OVER_TIME.exec(low);
  if (overTime && !u.uncommitted && !isNegated(low, overTime.index, overTime[0].length, 'strong')) return true;
  if (anyMatch(low, LATER_PERIOD_TEST, 'strong')) return true;
  if (HOLD_OUT_LAST.test(low) && !isNegated(low, HOLD_OUT_LAST.exec(low)!.index, 8, 'strong')) return true;
  const unseen = UNSEEN_SET.exec(low);
  if (unseen && /\b(?:assess|evaluat|test|measur|validat|check)\w*/.test(low.slice(Math.max(0, unseen.index - 80), unseen.index + 240)) && !isNegated(low, unseen.index, unseen[0].length, 'strong')) return true;
  // "The dataset is already split into training and validation sets", "Kaggle provides separate
  // train.csv and test.csv files": the split exists, made by the data's publisher
  if (PUBLISHED_SPLIT.test(low) && !isNegated(low, PUBLISHED_SPLIT.exec(low)!.index, 8, 'strong')) return true;
  // "Split 1,000 images dataset to be 900 train dataset, 100 for validation": counts per part
  // (not "Some overfitting (train: 92.1% vs val: 67.6%)": scores on the two sets)
  const counts = SPLIT_COUNTS.exec(low);
  if (counts && !SCORES_NOT_SHARES.test(sentenceAt(low, counts.index))) return true;
  // "calibrates the model on a hold-out set of the training data", "a set of 500 images excluded from
  // the training of the neural network": a part of the data kept out of training
  const held = HELD_FROM_TRAINING.exec(low);
  if (held && !isNegated(low, held.index, held[0].length, 'strong') && !u.uncommitted) return true;
  // "My data was divided as follows:" → "- 63,000 examples for training the model": a part of the split, counted
  if (u.kind === 'item' && /\b(?:divided|split|partitioned|broken down|separated)\b/.test(u.parentText) && /\d[\d,.]*\s*(?:k\s+)?(?:%|examples|samples|rows|records|images|instances|observations|reviews|texts|documents)?\s*(?:on |are |were )?(?:for|to|in|as)? ?(?:the )?(?:train\w*|validat\w*|test\w*|val|dev|hold-?out)\b/.test(low)) return true;
  if (SPLIT_SHARES.test(low) && !verbNegatedAt(low, SPLIT_SHARES.exec(low)!.index)) return true;
  // "splits it into a training, testing and validation set using an 80%, 10%, 10% split": the parts, then their shares
  // "a training set and a validation set created out of this subset of data using sklearn's train_test_split"
  const tts = /\btrain[_ ]test[_ ]split\b/.exec(low);
  // ("Using train_test_split I generated the X_train, y_train, X_test, y_test data sets")
  if (tts && /\b(?:train\w*|validation|test) (?:set|data)s?\b|\b[xy]_(?:train|test|val(?:id)?)\b/.test(sentenceAt(low, tts.index)) && !isNegated(low, tts.index, tts[0].length, 'strong')) return true;
  // "For validation 10% of the matches from the best leaderboard agent were used"
  const share = SHARE_FOR_VALIDATION.exec(low);
  if (share && !isNegated(low, share.index, share[0].length, 'strong')) return true;
  const parts = SPLIT_PARTS_THEN_SHARES.exec(low);
  if (parts && !verbNegatedAt(low, parts.index) && !isNegated(low, parts.index, parts[0].length, 'strong')) return true;
  // "Train on stays in 2022–2023, validate on stays in Q1 2024": periods in time order
  if (TRAIN_THEN_VALIDATE.test(low)) return true;
  // "Split: train on months 1–10, validate on 11, test on 12"
  // "Splits: by show, not by episode"
  if (/^(?:data |train(?:ing)?[/ ]test )?splits?(?: strategy)?$/.test(u.label.trim()) && !valueNegated(u)) {
    const v = valueOf(u);
    if (/\b(?:train\w*|dev|fine-?tun\w*)\b/.test(v) && /\b(?:test\w*|validat\w*|val|hold-?out|held[- ]out)\b/.test(v)) return true;
    if (/^(?:by|per|across) (?:the |its |their )?[a-z][a-z-]{2,}\b/.test(v)) return true;
    // "Split: the gold set is sampled from the last 3 months; tuning data come only from before that"
    if (/\b(?:before|after|older|newer|earlier|prior to)\b/.test(v) && /\b(?:train\w*|fine-?tun\w*|tuning|eval\w*|gold|test\w*|dev|validat\w*)\b/.test(v) && contentWords(v) >= 6) return true;
    // "no patient contributes images to both"
    if (/\bno [a-z-]+(?: [a-z-]+)? (?:appears?|contributes?|is|ends? up|lands?|shows? up)\b[^.;]{0,50}\b(?:both|two|more than one)\b/.test(v)) return true;
  }
  const grouped = SPLIT_BY_GROUP.exec(low);
  if (grouped) {
    const s = sentenceAt(low, grouped.index);
    // ("split database by schema to decouple domains": a system's storage or code cut up, not data held out)
    if (SPLIT_OF_DATA.test(s) && !textSplit(s) && !SPLIT_OF_TRAFFIC.test(s) && !SPLIT_OF_SYSTEM.test(grouped[0]) && !verbNegatedAt(low, grouped.index) && !isNegated(low, grouped.index, 5, 'strong')) return true;
  }
  SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = SPLIT.exec(low)) !== null && guard++ < 20) {
    // "log … (date/time, input data, true label, historical data used as training data, …)": one
    // item of a list of things, read alone (the other items are no split cue)
    const s = parenListItemAt(low, m.index) ?? sentenceAt(low, m.index);
    if (textSplit(s)) continue;
    if (m[0].startsWith('leak')) {
      if (isNegated(low, m.index, m[0].length, 'strong')) continue;
      // "the anti-fraud prevents leakage, but should … not block fair sales": money lost, no data leaked
      if (NON_DATA_LEAK.test(s) && !LEAK_OF_DATA.test(s)) continue;
      if (LEAK_PREVENT.test(s)) return true;
      continue;
    }
    if (/^\d{2}\s*\//.test(m[0]) && !/(split|train|test|val)/.test(s)) continue;
    // "since this is a regression problem the split happens on the mean of the column": a decision tree's node split
    if (/^split/.test(m[0]) && /\b(?:decision ?trees?|decisiontree\w*|gini|entropy|information gain|nodes?|leaf|leaves)\b/.test(s) && !/\b(?:train\w*|validat\w*|test(?:ing)? (?:set|data)|hold-?out|held[- ]out)\b/.test(s)) continue;
    // "relevant works are split across variants": things spread out, no data set divided
    if (/^split\s+(?:across|among|between|along)/.test(m[0]) && !/\b(?:data\w*|train\w*|test\w*|validat\w*|val|dev|eval\w*|folds?|sets?|splits?|samples?|examples?|rows|records|users?|sessions?|patients?|customers?|groups?|ids?|time\w*|dates?|days?|weeks?|months?|years?|periods?|hold-?out|held[- ]out|leak\w*|stratif\w*|random\w*|chronolog\w*|\d+ ?%|\d+\/\d+)\b/.test(s.replace(m[0], ' '))) continue;
    // "we did not split by patient": the verb itself is negated
    if (m[0].startsWith('split') && verbNegatedAt(low, m.index)) continue;
    // "A/B test, 50/50 split randomized by user id" splits traffic, not the data
    if (/^(?:\d{2}\s*\/|split|random)/.test(m[0]) && /\b(?:a\/b|ab test|experiment\w*|traffic|treatment|control|bucket\w*|rollout|canary|ran an? (?:[\w-]+ ){0,3}test|\d+[- ](?:day|week|month) test|(?:a|an|another|second|first|follow-up) (?:[\w-]+ )?test (?:with|on|in|for))\b/.test(s) && !/\b(?:train\w*|validat\w*|val|dev|held-?out|holdout|test set|leak\w*)\b/.test(s)) continue;
    // "offers that are sent during a 30-day test period": the window of a field test the data came from, not a split
    if (/^test (?:period|window)/.test(m[0]) && /\b(?:\d+|one|two|three|four|six|eight|ten|twelve)[- ](?:day|week|month)s? $/.test(low.slice(Math.max(0, m.index - 14), m.index)) && !/\b(?:train\w*|validat\w*|val|dev|held-?out|holdout|test set|leak\w*|split\w*)\b/.test(s)) continue;
    // "a 2% subscriber holdout gets no blocking", "randomly hold out 20% of flagged members (no
    // outreach)": a group held out of the treatment in an experiment, not data held out of training
    if (/^(?:hold|held|random)/.test(m[0]) && EXPERIMENT_HOLDOUT.test(s) && !/\b(?:train\w*|validat\w*|val|dev|test set|leak\w*)\b/.test(s)) continue;
    if (splitCue(s.replace(m[0], ' ')) || /^(?:train(?:ing)?\s*:\s*(?:val(?:idation)?|dev|test|eval(?:uation)?)\b|k-?fold|\d+[- ]fold |(?:\d+|two|three|four|five|six|eight|ten) (?:[\w-]+ )?folds|cross|time|temporal|chronolog|out-of-time|walk|forward|back-?test|random|stratified|split(?:\s*(?:->|→|=>|:|—|–)\s*|\s|\s(?:is|was|will be|happens)\s(?:done\s)?)(?:by|on|across|along|per|based on)|train(?:ing)?\s*(?:on\s*|[:=]\s*)?(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?: (?:19|20)\d\d)?|q[1-4](?: (?:19|20)\d\d)?))/.test(m[0])) {
      // "we don't have the data and time to apply cross-validation": the split said not to be done
      if (NO_TIME_TO.test(low.slice(Math.max(0, m.index - 80), m.index))) continue;
      SPLIT.lastIndex = 0;
      return !!findAffirmed(low, new RegExp(m[0].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g'), 'strong');
    }
  }
  SPLIT.lastIndex = 0;
  return false;
}

/** "we don't have the data and time to apply …", "no budget for …": what follows is not done. */
const NO_TIME_TO = /\b(?:do(?:n'?t| not)|did(?:n'?t| not)|could(?:n'?t| not)|ca(?:n'?t|nnot)) (?:have |had |find )?(?:the |enough )?(?:[\w-]+ (?:and |or )?){0,3}(?:time|data|budget|resources|compute|capacity) (?:to|for) (?:apply|use|do|run|perform|try)?\s?(?:a |any |proper )?$/;

const BACKFILL =
  /\b(?:back-?fill\w*|(?:features?|inputs?|predictors?) (?:use|uses|using|draw on|built from|computed from|come from) only (?:pre-[a-z]+|prior|past|earlier) (?:data|information|events|records|values|history)|(?:computed|built|calculated|aggregated) (?:only )?(?:from|on|over) (?:the )?[\w-]+(?: [\w-]+)? (?:that|which) (?:ended|happened|occurred|finished|closed|completed|were (?:made|placed|played|settled)) (?:strictly )?before|point[- ]in[- ]time|(?:only|strictly) (?:data|information|events|history) (?:from )?(?:strictly )?(?:before|prior to)|(?:data|information|events|history) strictly (?:before|prior to)|as (?:it|they) (?:was|were) (?:known|available|published|recorded|seen|visible) (?:at|on|as of|before) (?:the )?[\w-]+|(?:forecasts?|predictions?|estimates?|values?|snapshots?|features?|data) (?:exactly )?as (?:it|they) (?:was|were) (?:issued|published|released|made|produced|served|known)\b|as[- ]of (?:join\w*|logic|lookups?|semantics|values|time|timestamp|the (?:event|impression|transaction|request|prediction|label) (?:time|timestamp))|time[- ]travel\w*|(?:features?|values?|forecasts?|data|snapshots?|cycles?)\b[^.;]{0,60}\b(?:that|which) (?:was|were) (?:available|known|published|issued|visible) (?:at|before|as of) (?:the )?[\w-]+(?: [\w-]+)? (?:time|timestamp|moment|date|cut-?off)\b|as (?:it|they) would have been (?:known|available|seen|visible) (?:at|on|as of|before)|historical feature values|feature snapshots?|snapshot(?:s|ted)? (?:of )?(?:the )?features|features? (?:as they were|as of|at (?:the )?(?:time|moment) of)|log(?:ged|s)? (?:the )?features? (?:at|during) (?:serving|prediction|request|inference|scoring) time[^.;]{0,40}(?:train|reuse)|reconstruct\w* (?:historical |past )?features?|as of the (?!(?:above|below|following|current|same|present|publication|writing)\b)(?:[\w-]+ ){1,2}(?:time|timestamp|date|moment)|(?:no|without|avoid\w*|prevent\w*) look-?ahead|(?:only )?(?:information|data|features?|values) (?:that (?:is|was|were) )?(?:available|known) (?:(?:at|as of|before) (?!(?:https?|www|github|gitlab|kaggle|links?|urls?|(?:the|this) (?:following |below )?(?:links?|urls?|repo\w*|page|website|site))\b)(?:the )?[\w:-]+|on (?:the )?(?:day|date|eve|morning|evening|night|\d)[\w:-]*)|snapshot(?:s|ted)? (?:of (?:the )?[\w-]+ )?(?:at|as of) (?:time |the time |date )?[\w-]+|at the time of (?:the )?(?:search|request|event|impression|prediction|transaction|application|order|booking|click|decision|scoring|authori[sz]ation)|(?:pulled|taken|computed|captured|recorded|snapshotted|frozen|as they were) (?:at|as of) (?:the )?(?:application|request|event|transaction|prediction|decision|order|search|impression|booking|scoring|label) (?:time|date|timestamp))\b/g;

const BACKFILL_OF_FEATURES = /\b(?:train\w*|by (?:issue|event|as-of|snapshot) (?:time|date)|(?:would(?:n'?t| not) have been|was|were) (?:available|known)|features?|feature (?:store|tables?|values|views?)|training (?:data|sets?|examples|rows|tables?)|embeddings? (?:for|of) (?:training|the training)|labels?|point[- ]in[- ]time|as[- ]of|historical (?:values|features?|snapshots?)|aggregates?|counters?|rolling (?:windows?|counts?|means?|medians?|averages?)|history)\b/;

const HIRING_BACKFILL = /^back-?fill\w*[*_]*\s*(?:\((?:replac\w*|for) [^)]*\)|(?:roles?|positions?|hires?|hiring|headcount|vacanc\w*|openings?|reqs?)\b)/;

function backfill(u: Unit): boolean {
  if (SERVED_FEATURES_REPLAYED.test(u.low) && !u.uncommitted) return true;
  return !!anyMatch(u.low, BACKFILL, 'any', (m) => {
    // "nothing is computed at request time" is about serving, not about training features
    // "ingestion backfills late-arriving readings into the raw table", "backfill the back catalogue":
    // late raw data, or old items run through the model, not historical feature values for training
    // a "backfill role" (a hire replacing someone who left) is a kind of job opening
    if (/^back-?fill/.test(m[0])) return BACKFILL_OF_FEATURES.test(sentenceAt(u.low, m.index)) && !HIRING_BACKFILL.test(u.low.slice(m.index, m.index + 60));
    if (/^(?:pulled|taken|computed|captured|recorded|snapshotted|frozen|as they were)/.test(m[0])) {
      return /\b(features?|attributes|values|bureau|signals?|inputs?|flags?|fields?|columns?|calendars?|promotions?|prices?|join\w*|history|historical)\b/.test(sentenceAt(u.low, m.index));
    }
    // "each series terminates at a point in time prior to failure": a moment, said in plain words, not point-in-time feature values
    if (/^point in time/.test(m[0]) && /\b(?:a|some|any|one|that|this|the same|every|each)\s$/.test(u.low.slice(Math.max(0, m.index - 10), m.index)) && !/^point in time\s*(?:correct\w*|joins?|features?|lookups?|snapshots?|values?|consisten\w*|view|semantics)\b/.test(u.low.slice(m.index)) && !/\bas of\s+\S+\s$/.test(u.low.slice(Math.max(0, m.index - 12), m.index)) && !/\bfeatures?\b/.test(sentenceAt(u.low, m.index))) return false;
    // "the more tickets left at the time of the event means the event is more likely to be fraudulent": a coefficient
    // read, with no feature value taken as of that moment
    if (/^at the time of/.test(m[0]) && !/\b(?:features?|values?|comput\w*|snapshot\w*|as (?:it|they) (?:was|were)|state|known|available|join\w*|leak\w*|train\w*|inputs?|signals?|attributes?|look-?ahead)\b/.test(sentenceAt(u.low, m.index))) return false;
    // "trained to output the estimate time travel (in seconds)": travel time, words swapped
    if (/^time[- ]travel/.test(m[0])) return !/^\s*\((?:in )?(?:seconds|minutes|hours|secs?|mins?)\b|^\s*(?:in|of) (?:seconds|minutes|hours)\b/.test(u.low.slice(m.index + m[0].length)) && !/\b(?:estimat\w*|predict\w*|expected|average|total) $/.test(u.low.slice(Math.max(0, m.index - 12), m.index));
    return true;
  });
}

export const DATA_RULES: readonly ItemSpec[] = [
  {
    id: 'data.sources',
    topic: /data sources?|raw data|available data|(?:what|which) data|data (?:do|does) we have/,
    triggers: ['data', 'datset', 'matches', 'games', 'replays', 'episodes', 'logs', 'logged', 'table', 'tables', 'history', 'histories', 'warehouse', 'lake', 'source', 'sources', 'metadata', 'profile', 'profiles', 'catalog', 'catalogue', 'clickstream', 'bigquery', 'snowflake', 'redshift', 'hive', 's3', 'kafka', 'kinesis', 'pubsub', 'postgres', 'mysql', 'cassandra', 'dynamodb', 'database', 'databases', 'crm', 'historical', 'collected', 'sourced', 'ingest', 'ingested', 'feeds', 'stream', 'records', 'events', 'attributes', 'information', 'pairs', 'have', 'collect', 'examples', 'samples', 'sessions', 'images', 'photos', 'transactions', 'orders', 'rows'],
    test: dataSources,
    keyPatterns: [SOURCES, DATASET_USE, PUBLIC_DATASETS, DATASET_IS_FROM, DATA_TAKEN_FROM, DATASET_FROM_HOST, DATASET_CONTENTS],
    doc: {
      present: 'The raw data that exists and where: "users table, ads table, impression and click logs in the warehouse", a list under "Data sources:", a named dataset the design uses ("We will use the MovieLens 20M dataset"); where the data is taken from ("the data comes from the user\'s Gmail account", "gather bugs from the project\'s Bugzilla").',
      absent: 'A bare "Data sources" bullet or heading; "What data do we have?" unanswered; a generic "a labelled dataset"; logs a service is made to write ("Add logs, prediction latency tracking, and accuracy checks").',
    },
  },
  {
    id: 'data.labels',
    topic: /\blabel|ground truth|annotat/,
    triggers: ['predicting', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'ground', 'truth', 'target', 'annotation', 'annotated', 'annotators', 'positive', 'positives', 'negative', 'negatives', 'chargeback', 'chargebacks', 'report', 'reports', 'reported', 'human', 'raters', 'crowd', 'crowdsourced', 'weak', 'weakly', 'implicit', 'explicit', 'natural', 'delayed', 'marked', 'counted', 'treated', 'click', 'clicked', 'purchase', 'booking', 'churn', 'default', 'fraud'],
    test: labelDefinition,
    keyPatterns: [LABELS, EVENT_WITHIN_WINDOW, ACTIONS_FED_BACK, FEATURES_AND_TARGET, POS_NEG_DEF, TARGET_DEF, GRADED_JUDGEMENTS, LABEL_WHETHER, REGRESSION_TARGET, LABEL_QUESTION_ANSWERED, BINARY_CODE_DEF, LABEL_VALUES, TARGET_WANTED],
    doc: {
      present: 'How positives and negatives are defined and obtained: "positive = click within 10 minutes of the impression", "labels: chargebacks within 60 days plus confirmed fraud from investigations", "human moderators label a sample for evaluation", "question pairs with a label of whether they are duplicates", "relevancy judgements in the range 0-3, 0 being irrelevant"; a regression target named as such ("the target is the sale price of each house", "user ratings on a 5-star scale"); each example said to carry its label ("each row contains a set of symptoms and one disease label").',
      absent: 'A bare "Labelling" bullet; "labelled data is available"; label encoding of a feature; a name shown to people ("| name | String | Human-readable label |"); "positive feedback from the first test users" as a success criterion; labels asked as a question; a "Target:" that is a number or a system goal to meet ("Target: <200ms per request"); label drift watched in production.',
    },
  },
  {
    id: 'data.features',
    topic: /\bfeatures?\b|feature engineering|embedding/,
    triggers: ['grayscale', 'grayscaled', 'greyscale', 'greyscaled', 'deskewed', 'deskew', 'deskewing', 'feature', 'features', 'feats', 'feat', 'embedding', 'embeddings', 'embedded', 'one', 'hot', 'onehot', 'bucketize', 'bucketized', 'bucketised', 'buckets', 'binned', 'binning', 'normalize', 'normalized', 'normalise', 'normalised', 'standardize', 'standardized', 'zscore', 'minmax', 'log', 'tfidf', 'tf', 'bag', 'ngram', 'ngrams', 'word2vec', 'glove', 'fasttext', 'bert', 'sentence', 'encoder', 'encoders', 'resnet', 'clip', 'vit', 'hashing', 'hashed', 'crossed', 'cross', 'categorical', 'encoding', 'numerical', 'continuous', 'dense', 'sparse', 'aggregates', 'aggregate', 'aggregation', 'aggregations', 'rolling', 'velocity', 'recency', 'frequency', 'counts', 'count', 'time', 'historical', 'smoothed', 'tokenize', 'tokenized', 'tokenization', 'impute', 'imputed', 'imputation', 'average', 'mean', 'sum', 'ratio', 'number', 'independent', 'explanatory', 'covariates'],
    test: features,
    keyPatterns: [FEATURE_REPR],
    doc: {
      present: 'Which features and how they are represented: "ad and user IDs as 32-d embeddings; age bucketized; ad text through a frozen BERT encoder", a features list under a "Features" label or heading.',
      absent: 'Bare template bullets ("Feature selection", "Feature representation"); "feature store" alone; a platform\'s "features such as automatic scaling"; "a standardized environment"; features asked as a question.',
    },
  },
  {
    id: 'data.class-imbalance',
    topic: /imbalanc|\brare\b|resampl|class weights?|down-?sampl|under-?sampl|over-?sampl/,
    triggers: ['inverse', 'classes', 'weight', 'imbalance', 'imbalanced', 'unbalanced', 'downsample', 'downsampled', 'downsampling', 'down', 'undersample', 'undersampling', 'under', 'oversample', 'oversampling', 'over', 'resample', 'resampling', 're', 'smote', 'adasyn', 'class', 'weighted', 'sample', 'weights', 'scale_pos_weight', 'pos_weight', 'class_weight', 'focal', 'reweight', 'reweighted', 'reweighting', 'upweight', 'stratified', 'subsample', 'subsampling', 'subsampled', 'negatives', 'hard', 'balanced', 'rare', 'skewed', 'minority', 'keep', 'kept', 'retain', 'retained', 'weight', 'weighted', 'weighting', 'ratio', 'sampled', 'sampling'],
    test: classImbalance,
    keyPatterns: [IMB_TECH, IMBALANCE, BALANCED_CLASSES, NEG_POS_RATIO, EQUAL_PER_CLASS, BALANCED_WEIGHTING, EQUAL_TWO_CLASSES, PLAIN_REBALANCE],
    severityFor: (doc) => (docMentions(doc, RARE_POSITIVE_WORDS) ? 'error' : undefined),
    doc: {
      present: 'A technique or explicit decision: "down-sample negatives to 10% and re-weight them", "class weights / focal loss", "positives are 0.3%, so we report PR-AUC and tune the threshold", "since most messages are not spam … we dump 25k reported and 25k random messages". Severity is error when the doc is about a rare-positive domain (fraud, ads/CTR, abuse, moderation).',
      absent: 'Only acknowledging rarity ("fraud is rare", "the data is imbalanced"); a bare "Resampling" bullet; imbalance asked as a question.',
    },
  },
  {
    id: 'data.split-leakage',
    topic: /\bsplit|leak|hold-?out|held[- ]out|k-?fold|backtest/,
    triggers: ['split', 'splits', 'train', 'training', 'val', 'validation', 'validate', 'test', 'dev', 'holdout', 'hold', 'out', 'kfold', 'k', 'fold', 'cross', 'leak', 'leakage', 'leaks', 'leaking', 'backtest', 'backtesting', 'walk', 'forward', 'temporal', 'chronological', 'time', 'eval', 'evaluation'],
    test: (u, doc) => splitLeakage(u) || droppedAsUnknownAtDecision(u, doc),
    keyPatterns: [SPLIT, LEAK_BAN, SPLIT_COUNTS, SPLIT_SHARES, PUBLISHED_SPLIT, LATER_PERIOD_TEST, PART_SHARE, UNSEEN_SET],
    code: (u) => SPLIT_IN_CODE.test(u.low),
    doc: {
      present: 'A split strategy or a leakage guard: "split by time: train on days 1–28, validate on 29, test on 30", "user-level split so no user is in both sets", "features computed only from data before the label cut-off to avoid leakage"; shares per part ("80% is used for training and 20% for validation"); at the least a committed three-way split ("we will split the data into train, validation and test"); features said to be known before the outcome ("all features are computable before claim submission (no leakage)").',
      absent: 'A bare "Data splits" bullet; defining leakage without saying how it is avoided; "evaluate on a test set" or "split into training and test sets" with no strategy.',
    },
  },
  {
    id: 'data.feature-backfill',
    topic: /backfill|point[- ]in[- ]time|as[- ]of join|time[- ]travel|look-?ahead/,
    triggers: ['backfill', 'backfilled', 'backfilling', 'back', 'fill', 'point', 'time', 'as', 'travel', 'historical', 'snapshot', 'snapshots', 'snapshotted', 'reconstruct', 'reconstructed', 'logged', 'log', 'logs', 'look', 'lookahead', 'available', 'known', 'information', 'were', 'was'],
    test: (u) => backfill(u),
    keyPatterns: [BACKFILL, SERVED_FEATURES_REPLAYED],
    doc: {
      present: 'How training rows get the feature values they would have had at prediction time: "point-in-time joins from the feature store\'s offline log", "backfill 90 days of the new features", "features logged at serving time are reused for training".',
      absent: 'Mentioning a feature store without saying how historical values are reconstructed; "time travel" meaning travel time ("output the estimate time travel (in seconds)").',
    },
  },
];

