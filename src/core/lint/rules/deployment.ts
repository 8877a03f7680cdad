/**
 * 6. Deployment and serving: online vs batch, serving architecture, rollout, training-serving
 * skew, inference scaling.
 */
import type { ParsedDoc, Unit } from '../parse';
import { asksAt, affirmed, anyMatch, distinctMatches, headingOf, isBare, isDataDictionary, sentenceAt, SERVED_FEATURES_REPLAYED, sourceText, splitTest, stated, subtreeLow, valueNegated, valueOf, verbNegatedAt } from './helpers';
import { contentWords, findAffirmed, isNegated } from '../text';
import type { ItemSpec, LocalVerdict } from './types';

const MODE =
  /\b((?:handl|serv|answer|process)(?<=^(?:handl|serv|answer|process)|\b(?:api|service|server|endpoint|backend|app|system|model)s?\b[^.;]{0,40}(?:handl|serv|answer|process))(?:es|ed|ing|e|s)? (?:incoming |each |every |live |user )?(?:recommendation|prediction|scoring|inference|classification|ranking|moderation|forecast)[- ]requests\b|(?:online|real[- ]?time|near[- ]real[- ]time)[- ](?:[a-z]+[- ]){1,2}(?:detection|classification|scoring|ranking|moderation)\b(?! (?:research|literature|papers?|courses?|tutorials?|benchmarks?|datasets?)\b)|(?:predictions?|inferences?|scoring|scores) \((?:both )?(?:real[- ]?time|online|batch(?:ed)?|offline)(?:,? (?:and|&|\+|\/) ?(?:real[- ]?time|online|batch(?:ed)?|offline))?(?=\))|batch[- ]processed|processed in (?:a |nightly |daily )?batch(?:es)?|overnight batch\w*|batch(?:ed)? overnight|(?:online|real[- ]?time|near[- ]real[- ]time|synchronous(?:ly)?|on[- ]demand|streaming|request[- ]time|low[- ]latency|live)[- ](?:model )?(?:prediction|inference|scoring|serving|predictions|ranking|recommendations?|classification|detection|scores?|decisions?|moderation|forecasts?|evaluation of the model)s?|(?:near[- ])?real[- ]?time,? (?:[\w-]+(?: \([^)]{1,30}\))?,? ){1,3}(?:forecasts|predictions|scores|recommendations)\b|(?:batch|offline|nightly|daily|hourly|weekly|periodic|scheduled|asynchronous|async)(?:[- ](?:style|mode|like))?[- ](?:model )?(?:prediction|inference|scoring|serving|job|predictions|recommendations?|pipeline|process(?:ing)?|computation|pre-?computation|scores?|ranking|classification|detection|blurring|moderation|run)s?|event[- ](?:driven|triggered)|batch[- ]forecasts?|(?:compute|generate|score|produce|rank|run|suggest|highlight|flag|translate|transcribe)[sd]? (?:the |all |each |every )?(?:[\w-]+ ){0,2}(?:in real[- ]?time|on the fly|at request time|on request|on demand|in advance|ahead of time|in (?:a |one )?batch)|(?:comput|generat|craft|produc|creat|compos)(?:ing|e[sd]?|s) (?:a |an |the |each |every |its |their )?(?:[\w-]+ ){0,2}(?:responses?|answers?|predictions?|replies|recommendations?|forecasts?) (?:in real[- ]?time|on the fly|at request time|on request|on demand)\b|pre-?comput\w*|pre-?calculat\w*|computed (?:offline|in batch|nightly|daily|hourly|ahead|in advance)|scored (?:nightly|daily|hourly|in (?:a )?batch|offline|online|in real[- ]time|at request time|synchronously|asynchronously|as (?:they|it) arrives?|on arrival)|(?:scores?|predictions?|recommendations?|embeddings?|results|candidates) (?:are|is) (?:pre-?)?(?:computed|generated|produced|refreshed|cached|stored|written)(?! (?:(?:at|for|per|in) (?:each |every |a |the )?(?:time[- ]?)?steps?\b|at time\b|by (?:summing|adding|averaging|multiplying|combining|taking|applying|using|comparing)|as (?:the|a|an)|using|from the|with the|via|based on)\b)|(?:at|per) (?:request|query|search) time|(?:has to|have to|needs? to|must) (?:happen|run|be|be (?:done|served|computed|scored|made|generated)) (?:online|in real[- ]?time|synchronously|offline|in (?:a )?batch|nightly)|(?:online|real[- ]?time|batch|offline|synchronous(?:ly)?) (?:instead of|rather than) (?:batch|offline|online|real[- ]?time|precomput\w*)|(?:scor|rank|classif|check|screen)\w* (?:[\w-]+ ){0,4}(?:when|as soon as|once) (?:it'?s|it is|they'?re|they are|it gets|they get) (?:submitted|uploaded|created|posted|filed|placed|received|opened|listed)|in the request path|on each request|on every request|per[- ]request|in the (?:authori[sz]ation|checkout|request|critical|hot) (?:path|call|flow)|hot[- ]path (?:latency|inference|budget)|inline (?:with|in) the|hybrid|served from (?:a |the )?cache|(?:scoring|inference|predictions?|serving|scores?|ranking|classification) (?:is|are|will be|happens?|runs?|is done|are done|gets? done)(?: \w+){0,2} (?:online|synchronous(?:ly)?|in real[- ]time|real[- ]time|offline|in (?:a )?batch|nightly|daily|hourly|asynchronous(?:ly)?|per request|at request time|on (?:each|every) request)|scor(?:es?|ing)(?: \w+){0,2} (?:online|offline|in batch|nightly|synchronously|in real[- ]time)|(?:nightly|daily|hourly|weekly|batch|offline|scheduled) (?:[\w-]+ ){0,2}(?:job|pipeline|run|process|dag|task)s? (?:\w+ ){0,3}(?:scores?|predicts?|computes?|generates?|produces?|writes?|classif\w*)|(?:suggestions|recommendations|predictions|scores|forecasts|results|candidates|embeddings) (?:\w+ ){0,2}(?:refresh(?:es|ed)?|are refreshed|recomputed|regenerated|updated|rebuilt) (?:daily|nightly|hourly|weekly|every)|scored (?:lazily|on login|on demand|at login|when (?:the )?\w+ (?:loads?|opens?|arrives?))|calls? (?:the )?[\w-]+ (?:service|api|endpoint|model)[^.]{0,100}\d(?<![a-z0-9.]\d)\d*\s*ms|on[- ]device (?:inference|prediction|scoring|model)|(?:runs?|running|deployed|served) (?:on|next to) (?:the |an? )?(?:edge|device|camera|phone|handset|browser)|edge (?:box|device|inference)|(?:computed|calculated|generated|scored|predicted|estimated|ranked|classified) (?:when|as soon as|each time|whenever|at the moment|the moment) (?:the |a )?(?:user|rider|driver|customer|client|page|app|request|screen|message|transaction|query|order|application)|asynchronous(?:ly)? (?:consumer|worker|job|scoring|processing|classification)|event[- ]driven (?:scoring|inference|prediction|classification|consumer)|(?:consumes?|consumer on) (?:the )?[\w-]+ (?:event )?(?:stream|queue|topic)|(?:service|server|api),? (?:[\w,'-]+ ){0,10}(?:scores?|ranks?|predicts?|classifies) (?:the |each |every |all )?(?:list|request|query|candidates?|items?|transaction|application|message|results?)|(?:batch|offline|nightly|daily|hourly|weekly|periodic|scheduled)[- ](?:re-?scans?|scans?|sweeps?|re-?scor\w*|backfills?)|(?:scor|rank|classif|predict|recomput|re-?scor|refresh)\w* (?:[\w-]+ ){0,4}(?:every|each|once a) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day |other )?(?:night|day|morning|evening|hour|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:scored|ranked|classified|predicted|computed|recomputed|refreshed) (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days? (?:night|morning|evening)|(?:generated|computed|produced|scored|predicted|answered|ranked|served|created|classified|made|run) (?:\w+ ){0,2}(?:on[- ]demand|online|in real[- ]time|(?:a)?synchronously|at (?:query|request) time|on request)|(?:scor|rank|classif|predict|check|screen|moderat)\w* (?:[\w-]+ ){0,4}(?:as (?:it|they|each \w+|the \w+) (?:arrives?|comes? in|lands?|happens?|streams? in)|on arrival)|(?:streaming|kafka|kinesis|flink|pub\/?sub)[- ](?:[\w-]+ ){0,3}(?:jobs?|consumers?|pipelines?|apps?|processors?|workers?) (?:\w+ ){0,2}(?:scores?|predicts?|classif\w*|ranks?|runs? the model)|(?:streaming|kafka|kinesis|flink)[^.;\n]{0,60}?(?:→|->) ?(?:[\w-]+ ){0,2}(?:scoring|inference|predictions?|classification|detection)|sync(?:hronous(?:ly)?)? (?:[\w-]+ )?(?:on|at|during|in) (?:the |each |every )?(?:upload|write|post|submit\w*|checkout|login|sign-?up|request|send))\b/g;
const BATCHISH = /\b(batch|offline|nightly|daily|hourly|pre-?comput|periodic|scheduled|async)/;
const ONLINEISH = /\b(online|event[- ]driven|real[- ]?time|synchronous|on[- ]demand|streaming|request[- ]time|per request|live)/;

/** "Batch: we score all subscribers every Monday night …" — the chosen mode as a label, explained. */
const MODE_LABEL = /^(?:(?:on-?device|server-?side|client-?side|in-?app),? )?(?:batch|online|offline|real[- ]?time|streaming|hybrid|on[- ]demand|(?:nightly|hourly|daily|weekly) batch)(?: (?:prediction|inference|scoring|serving|mode))?$/;
/** A label asking for the mode ("Inference mode: real-time — …", "| Mode | online, synchronous |"), answered by its value's first word. */
const MODE_QUESTION_LABEL = /^(?:(?:inference|prediction|serving|scoring|deployment|execution|processing) )?mode$|^(?:online|real[- ]?time) (?:vs\.?|or|versus) (?:batch|offline)$|^(?:batch|offline) (?:vs\.?|or|versus) (?:online|real[- ]?time)$/;
const MODE_ANSWER = /^\s*(?:per [\w-]+(?: [\w-]+)?,\s*)?(?:fully |mostly )?(?:online|real[- ]?time|near[- ]real[- ]time|synchronous(?:ly)?|asynchronous(?:ly)?|async|batch|offline|streaming|hybrid|on[- ]demand|nightly|hourly|daily|event[- ]driven)\b/;

const MODE_LEAD =
  /(?:^|[.;:—–] )(?:real[- ]?time|online|batch|offline|streaming|async(?:hronous(?:ly)?)?|synchronous(?:ly)?|nightly|hourly)(?: scoring| inference| predictions?| serving)?,? (?:(?:scored|run|computed|evaluated|predicted|refreshed) (?:every|each|once (?:a|per)) (?:\d+ )?\w+,? )?(?:per (?:active |each )?(?:message|unit|device|sensor|machine|vehicle|truck|container|request|order|event|item|transaction|ticket|query|listing|user|session|upload|call|document|image|photo|claim|application|search|scan|frame|visit)|on (?:each|every) \w+|on (?:the |an? )?[\w.-]+ (?:webhooks?|events?|triggers?|callbacks?|hooks?)|because|since)\b/;

const MODE_OVER_OTHER =
  /(?:^|[.;:—–] |\bso (?:an? )?)(?:(?:fully |purely )?(?:(?:nightly|daily|hourly|weekly|scheduled) )?(?:batch|offline)|online|real[- ]?time|synchronous|streaming)(?: scoring| inference| predictions?| serving| jobs?| runs?)?(?: at \d{1,2}:\d{2}[^.;]{0,40}?)?(?: (?:is|are) (?:enough|fine|sufficient|plenty)| suffices| will do)?(?:[,;.]|\s[—–-])? (?:so )?no (?:need for )?(?:online|real[- ]?time|live|synchronous|batch|offline|streaming) (?:inference|scoring|serving|predictions?|jobs?|pipeline|calls?|requests?|endpoints?)s?\b/;

/** "<stage> runs online, synchronously, …", "… runs on-device, in real time" (the online side: "runs nightly" may be training). */
const RUNS_ONLINE = /\b[a-z][\w-]{1,20} runs (?:fully |purely |entirely )?(?:online|synchronously|in real[- ]?time|on-?device|at request time)\b/;

const MODE_PATH =
  /(?:^|[.;:—–-] )(?:online|batch|offline|real[- ]?time|streaming|synchronous|asynchronous)(?:\/(?:online|batch|offline|real[- ]?time|streaming))?(?: \([^)]{1,30}\))? (?:path|mode|scoring|inference|step|job) (?:for|per|on) [a-z]|\b(?:batch|offline)(?:\/(?:batch|offline))? (?:per|for each|for every) (?:video|item|document|image|upload|listing|file|photo|record|product|post|order|clip|page)\b/;
const MODE_WORD_SENTENCE = /^(?:(?:on-?device|server-?side|client-?side|in-?app),? )?(?:fully |mostly )?(?:online|batch|offline|real[- ]?time|streaming|asynchronous|async|synchronous|event[- ]driven|nightly batch|hybrid)(?: (?:inference|scoring|prediction|serving|processing))?(?:[.!]|,?(?: (?:obviously|clearly|of course|definitely|for sure))?\s*[—–]|\s+-|,(?= (?:as|when|while|whenever|because|since|per|at request|in the request|on (?:each|every|request))\b))\s+\S/;

/** "Scoring runs inside the worker, per job, not as a nightly batch": one mode chosen by ruling out the other. */
const MODE_NOT_OTHER = /\b(?:scor\w*|inference|predictions?|runs?|classif\w*|model|served)\b[^.;]{0,80}\bnot (?:as |in |at )?(?:an? )?(?:(?:nightly|daily|hourly|weekly|offline|scheduled) )?(?:batch(?:es)?|real[- ]?time|online|request time)\b/;

/** "online only, no precompute (questions are open-ended)" */
const ONLY_MODE = /^(?:fully |purely )?(?:online|real[- ]?time|batch|offline)(?: only)?,? (?:no|not|never) (?:pre-?comput\w*|batch\w*|online|real[- ]?time|caching)\b/;

const MODE_CAPTION = /^(?:both |mostly |fully |purely )?(?:online|real[- ]?time|batch|offline|streaming|event[- ]driven|asynchronous|synchronous|nightly|hourly|daily)\b[^.:]{0,40}:$/;
const OTHER_RULED_OUT_ONLINE = /(?:^|[.;:—–] )no (?:online|real[- ]?time|live|synchronous) (?:calls?|requests?|inference|scoring|serving|endpoints?|predictions?|path)\b/;
const OTHER_RULED_OUT_BATCH = /(?:^|[.;:—–] )no (?:batch|offline|nightly) (?:jobs?|scoring|inference|runs?|pre-?comput\w*)\b/;

/**
 * Run when the item arrives ("has to happen when the ticket is created", "we generate suggestions
 * when the email arrives"): an event-triggered prediction, the online side of the choice.
 */
const ON_ARRIVAL =
  /\b(?:(?:has to|must|needs? to|should) (?:happen|run|be (?:done|scored|classified|computed|generated|predicted))|(?:generat(?:e|es|ed|ing)|comput(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|predict(?:s|ed|ing)?|rout(?:e|es|ed|ing)|categori[sz](?:e|es|ed|ing)|trigger(?:s|ed|ing)? (?:the |a |an )?(?:predictions?|scoring|inference|model)))(?: [\w-]+){0,6}? (?:when|whenever|as soon as|once|the moment|each time|every time) (?:the |a |an |each |every )?(?:new |incoming )?[\w-]+ (?:arrives|comes in|lands|is (?:created|submitted|uploaded|posted|received|filed|opened)|(?:finali[sz]es|submits|places|creates|uploads|opens|signs|completes|books|requests) (?:a |an |the |their |his |her )?[\w-]+)\b/;
/**
 * Scoring each item as it comes: "the bot predicts three types of labels … for each new issue",
 * "labels are added to issues while new issues are filed".
 */
const ON_EACH_NEW =
  /\b(?:predict(?:s|ed|ing)?|scor(?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|rout(?:e|es|ed|ing)|categori[sz](?:e|es|ed|ing))\b[^.;?]{0,80}?\b(?:for|on|to) (?:each|every) (?:new|incoming|newly (?:filed|created|submitted|posted|uploaded)) [\w-]+|\b(?:labels?|tags?|scores?|predictions?|flags?)\b[^.;?]{0,60}?\b(?:while|as|when|whenever) (?:the )?new [\w-]+ (?:are|is|get|gets) (?:filed|created|submitted|posted|uploaded|opened|received)\b/;
/**
 * Each new item handed to the model as it comes: "each new order is scored by the model", "the bot
 * checks each new message with the model", "Checks new message if a model for that language exists".
 */
const NEW_ITEM_CHECKED =
  /\b(?:(?:each|every) (?:new|incoming) [\w-]+ (?:is|gets) (?:scored|checked|classified|screened|run through|passed (?:to|through)|sent to)|check(?:s|ed|ing)? (?:each |every |all |the )?(?:new|incoming) (?:[\w-]+ )?(?:messages?|posts?|comments?|emails?|transactions?|requests?|orders?|events?|tickets?|issues?|logins?|images?|files?|reviews?))\b(?=[^.;?]{0,60}\b(?:model|classifier|detector|spam|fraud|predict\w*|scor\w*)\b)/;
/**
 * "an asynchronous streaming classifier with incoming messages read from a Kafka cluster", "predict the
 * label using the pre-built model in real time", "inference for real-time use": each event scored as it comes.
 */
/** ("since the input will be real-time streaming video data from traffic cameras": the model scores a live stream) */
const STREAM_SCORING =
  /\b(?:streaming|asynchronous|async) (?:classifiers?|models?|scorers?|detectors?|predictors?)\b|\b(?:classifiers?|models?|scorers?|detectors?|predictors?) (?:will )?(?:reads?|consumes?|handles?|listens? to|subscribes? to)\b[^.;]{0,60}\b(?:kafka|kinesis|pub\/?sub|queues?|streams?|topics?)\b|\b(?:predict\w*|classif\w*|scor(?:e|es|ed|ing))\b[^.;]{0,60}\bin real[- ]?time\b|\b(?:inference|predictions?|scoring) (?:for|in) real[- ]?time(?: use)?\b|\b(?:the |model'?s? |its )?inputs? (?:will be|is|are|comes? from|is taken from) (?:a |the )?(?:real[- ]?time|live) (?:streaming )?(?:video|audio|camera|sensor|telemetry)(?: data| streams?| feeds?)?\b|\b(?:models?|detectors?|classifiers?|system) (?:processes|scores|runs on|analy[sz]es|classifies) (?:the |a |each )?(?:real[- ]?time|live) (?:video |audio |camera |sensor )?(?:streams?|feeds?|video)\b/;

const FILE_TRIGGERED = /\b(?:triggered|invoked|started|fired|kicked off|runs?|executed) (?:by|when|whenever|on|each time|every time) (?:an? |the |each |every |new )?(?:[\w-]+ ){0,2}(?:bucket|file|upload|folder|s3|blob|object|csv)s?\b(?! (?:names?|paths?|formats?|sizes?|limits?)\b)/;

/**
 * The mode said of the deployment itself: "basic deployment of the model in a batch mode scheduled
 * with Prefect", "the lambda executing the prediction code is setup to run daily at 15.00". (Not "quality
 * assessed on historical data before its real-time deployment": going live, said in passing.)
 */
const DEPLOYED_MODE =
  /\b(?:batch|online|real[- ]?time|streaming)(?<!\b(?:before|prior to|ahead of) (?:its |the |our |their |any )?[a-z-]+) deployment\b(?! (?:vs\.?|versus|or)\b)|\b(?:deploy\w*|serv(?:e|ed|es|ing)) (?:of )?(?:the |our )?(?:model |predictions? )?(?:in|as|with) (?:an? )?(?:batch|online|real[- ]?time|streaming)(?: mode| fashion| manner| job| setting)\b|\bdeploy\w* (?:in|as) (?:an? )?['"]?web[- ]?service['"]?(?: (?:and|&) ['"]?[\w-]+['"]?)? (?:fashion|manner|mode|style)\b|\b(?:lambda|function|job|script|pipeline|flow|task)s? (?:executing|running|that runs|making|doing) the (?:predictions?|inference|scoring|forecasts?)(?: code| job| step| script)? (?:is |are )?(?:set ?up|scheduled|configured|triggered) to run (?:daily|nightly|hourly|weekly|monthly|every)\b/;

const SCHEDULED_LIST =
  /\b(?:every|each|once (?:a|per)) (?:week|day|night|month|morning|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.;]{0,40}?\b(?:provid|send|sent|deliver|produc|generat|publish|email|shar|select|hand|refresh|post|upload)\w* [^.;]{0,60}?\b(?:lists?|rankings?|ranked|reports?|shortlists?|top[- ](?:\d+|k)|the (?:top )?\d+)\b/;
const CRON_SCORING = /\b(?:cron(?:[- ]?jobs?)?|scheduler|airflow dag|scheduled jobs?)\b[^.;]{0,200}?\b(?:make (?:a )?predictions?|predicts?|scores?|scoring|runs? (?:the )?(?:model|inference)|send (?:them|it|the features?) to (?:the )?model)\b/;
const LIST_OF_PREDICTIONS = /\b(?:predict\w*|risk\w*|likel(?:y|ihood)|probab\w*|scor\w*|model|forecast\w*|recommend\w*)\b/;

const NO_REALTIME_NEEDED = /\b(?:does not|doesn'?t|do not|don'?t|will not|won'?t|need not) (?:require|need) (?:real[- ]?time|instant(?:aneous)?|online|immediate|low[- ]latency) (?:data )?(?:processing|inference|predictions?|scoring|serving|responses?|results?)\b/;
/** A generated answer streamed to its caller: server-sent events, websockets, tokens streamed to the client. */
/** "not latency critical … users can use previous photos until new photos are processed": no request waits, so the work runs asynchronously. */
const NOT_LATENCY_CRITICAL = /\bnot (?:very |really |that |so )?latency[- ](?:critical|sensitive|bound)\b|\blatency (?:is not|isn'?t) (?:critical|a (?:concern|priority|constraint)|important)\b/;
const PROCESSED_LATER = /\b(?:until (?:the )?(?:new |updated )?[\w-]+(?: [\w-]+)? (?:are|is|have been|has been) (?:processed|ready|computed|updated)|(?:processed|computed|scored|run) (?:later|in the background|overnight|asynchronously)|asynchronous\w*|async|in the background|queued|overnight)\b/;
/** "When the user sends a book's features to the uvicorn server … the model returns the result … in JSON": a request answered by the model. */
const USER_SENDS = /\b(?:users?|clients?|customers?|callers?|front-?ends?|dashboards?|apps?|applications?) (?:sends?|submits?|posts?|uploads?|enters?|issues?) (?:an? |the |their |its )?[^.;]{0,60}?\b(?:to|into|through|towards?) (?:the |our |an? )?(?:['"\w-]+ ){0,4}(?:server|api|endpoint|service|app)\b/;
// "Users will be able to input relevant data through a simple form, and the web app will provide
// predictions": what a user enters answered by the app with the model's output, so per request
const USER_INPUT_ANSWERED = /\busers?\b[^.;]{0,30}?\b(?:input|enter|submit|upload|type|fill in)(?:s|ed|ing)?\b[^.;]{0,80}?\b(?:web ?app(?:lication)?|app(?:lication)?|website|api|service|interface|ui|tool)\b[^.;]{0,20}?\b(?:provides?|returns?|displays?|shows?|gives?|outputs?) (?:the |a |an |instant |immediate )?(?:predicted |estimated )?(?:predictions?|estimates?|classifications?|forecasts?|recommendations?|diagnos[ie]s)\b/;
const ANSWERED = /\b(?:returns?|returned|respond(?:s|ed)?|response|sends? back|repl(?:y|ies|ied) with|shown to the user|displayed to the user|requesting (?:an? |the )?(?:[\w-]+ ){0,2}(?:estimates?|predictions?|scores?|forecasts?|classifications?|recommendations?))\b/;
/** "a Fargate based Service that takes input from HTTP service and then uses the MLFlow API to load and use the currently active model". */
const HTTP_INPUT_MODEL = /\b(?:service|server|api|app(?:lication)?|function|lambda) (?:that |which )?(?:takes?|receives?|gets?|accepts?) (?:its |the )?inputs? (?:from|over|via) (?:an? |the )?(?:http|https|rest|web|api) (?:service|requests?|calls?|endpoint|api)\b[^.;]{0,80}\b(?:load|use|run|call|invoke|quer(?:y|ies))\w* (?:the |our )?(?:[\w-]+ ){0,3}models?\b/;
/**
 * A request answered with a prediction ("the endpoint returns the predicted class"), a prediction run triggered by one ("triggered by user request"),
 * or users' prediction requests routed to a model ("recommendations prediction request from user traffic will be routed randomly to one of the two"),
 * or the model's output served through an API ("the output from the model is served through cloud functions").
 */
const REQUEST_RETURNS_PREDICTION = /\b(?:the )?(?:model(?:'s)? )?(?:outputs?|predictions?|inference) (?:from (?:the |our )?model )?(?:is |are )?(?:served|exposed) (?:through|via|over|as) (?:a |an |the )?(?:rest(?:ful)? apis?|http (?:apis?|endpoints?)|cloud (?:functions?|run)|(?:aws )?lambdas?|api endpoints?|web ?services?)\b|\b(?:prediction|recommendations?(?: prediction)?|scoring|inference) requests? (?:from|of) (?:the )?(?:live |real )?(?:users?|clients?|customers?|production)(?: traffic)?\b[^.;]{0,40}?\b(?:routed|sent|served|forwarded|answered|handled)\b|\b(?:predictions?|prediction (?:service|job|run)s?|inference|scoring|analys[ie]s|forecasts?)\b[^.;]{0,40}?\b(?:is |are |gets? )?triggered by (?:an? |the |each |every )?(?:user|client|customer|http|api|rest) requests?\b|\b(?:requests?|calls?|endpoints?|routes?|apis?)\b[^.;]{0,90}?\b(?:returns?|returning|responds? with|gives? back|sends? back|enables?|triggers?|yields?)\b[^.;]{0,40}?\b(?:predict(?:ed|ions?)|estimated|estimates?|classifications?|scores?|probabilit(?:y|ies)|labels?|forecasts?|recommendations?|categor(?:y|ies)|class(?:es)?)\b|\b(?:rest(?:ful)?|http|web) (?:service|api|endpoint|server)s? (?:that|which) (?:predicts?|classifies|scores|recommends|forecasts|detects)\b|\b(?:post|get|http|api)["'”]? requests?\b[^.;]{0,80}?\b(?:model|classifier|service|server|api|app)s? (?:will |then |would |can )?(?:makes?|computes?|returns?|runs?|gives?|outputs?) (?:a |the |its )?predictions?\b/;
/** "a POST request to /predict with a JSON record returns the prediction", "an endpoint that returns the predicted income class": a prediction per request. */
const ROUTE_RETURNS_PREDICTION =
  /(?:\b(?:post|get|put)\s+\/[\w/{}.:-]*|(?:^|[\s(])\/(?:[\w{}.:-]+\/)*(?:predict\w*|score|scoring|infer\w*|classify|recommend\w*|rank\w*|forecast\w*)\b[\w/{}.:-]*)\s*(?:--|—|–|-|:|→|->)?\s*(?:it |which |that )?(?:takes? (?:in )?[^.;]{1,60}? and )?(?:produces?|returns?|gives?|computes?|generates?|outputs?|serves?|makes?)\s+(?:an? |the )?(?:[\w-]+ ){0,2}(?:predict(?:ed|ions?)|recommendations?|scores?|decisions?|forecasts?|classifications?|labels?|probabilit(?:y|ies)|rankings?)\b/;
// ("On a POST request … the model will make a prediction using preprocessors and model": the request's handler predicts)
/** "The results of the classification are then returned and displayed to the user" (beside an endpoint or server). */
const PREDICTION_RETURNED = /\b(?:predictions?|results? of the (?:classification|prediction|model|inference)|classifications?|predicted (?:class|label|score|value|category)s?)\b[^.;]{0,30}?\b(?:is|are) (?:then |immediately )?(?:returned|sent back|displayed|shown)\b[^.;]{0,30}?\bto the (?:user|client|caller|browser|front-?end)s?\b/;
/** "Prediction (default probability): /predict/<id>" listed among a web app's routes. */
const PREDICT_ROUTE_VALUE = /(?:^|[\s:])\/(?:predict|prediction|score|scoring|infer|inference|classify)\w*(?:\/(?:<\w+>|\{\w+\}|:\w+))?\/?\s*$/;
const STREAMED_OUTPUT = /\b(?:sse|server-sent events|websockets?)\b[^.;]{0,80}?\b(?:real-?time|as (?:they|it) (?:are |is )?generated|token[- ]by[- ]token|stream\w* (?:the |each )?(?:tokens?|responses?|answers?|outputs?|messages?|updates?))|\b(?:stream(?:s|ed|ing)?|send(?:s|ing)?) (?:the )?(?:generated |model'?s? |llm'?s? )?(?:tokens|responses?|answers?|outputs?|completions?|replies) (?:back )?to (?:the )?(?:client|user|browser|ui|frontend|chat(?: ui| client| window)?)s?\b|\b(?:tokens|responses?|answers?|completions?|replies) (?:are|is|get|gets) streamed (?:back )?to (?:the )?(?:client|user|browser|ui|frontend|chat(?: ui| client| window)?)s?\b/;

/**
 * "start classifying (IP, uid) tuples on login": the model run on each user event; "designed to react to spam instantly,
 * at the moment it appears": on each new item as it arrives.
 */
const ON_USER_EVENT = /\b(?:react|respond|classif|scor|flag|detect|block|moderat)\w* (?:to )?(?:[\w-]+ ){0,2}(?:instantly|immediately|in real[- ]time),? (?:at the (?:very )?moment|as soon as|the moment|when) (?:it|they|an? [\w-]+|the [\w-]+) (?:appears?|arrives?|(?:is|are) (?:posted|created|published|submitted|uploaded))\b|\b(?:classif(?:y|ies|ied|ying)|scor(?:e|es|ed|ing)|predict(?:s|ed|ing)?|flag(?:s|ged|ging)?)\b[^.;?]{0,60}?\b(?:on|at|upon|during) (?:each |every |the |a )?(?:login|log-?in|sign-?in|sign-?up|checkout|check-?out)s?\b/;

/** "… learns a trading strategy … and then runs daily and outputs the percentage amounts to buy": a scheduled run that emits the model's outputs. */
const RUNS_ON_SCHEDULE_OUTPUTS = /\b(?:runs?|is run|executes?|is executed)\s+(?:once\s+)?(?:daily|nightly|hourly|weekly|monthly|every (?:day|night|hour|week|month|morning))\b[^.;]{0,20}?\band (?:then )?(?:outputs?|produces?|generates?|writes?|emits?|publishes?|returns?|sends?|predicts?|scores?)\b/;

/** A heading that names the prediction mode ("Real-time inference", "Batch scoring", "b. Server Side Inference"). */
const MODE_HEADING = /^(?:[a-z\d][.)] )?((?:real[- ]?time|online|batch|offline|streaming|on[- ]demand|synchronous|asynchronous|near[- ]real[- ]?time|server[- ]side)) (?:inference|serving|scoring|predictions?)(?: (?:path|pipeline|flow|service|job))?$/;
/** What a per-request path does: takes a request, a query, a keystroke. */
const PER_REQUEST = /\b(?:receives?|requests?|per (?:request|keystroke|query|call|event)|each (?:request|keystroke|query|call)|on each|queries)\b/;
/** Words of a run on a schedule, which an API or endpoint in the same sentence does not make online. */
const SCHEDULED_RUN = /\b(?:batch\w*|nightly|daily|hourly|weekly|scheduled|cron|bulk)\b/;
/** "expose machine learning models as endpoints for inference requests", "deployed as a service in Vertex AI": answered per request. */
const REQUEST_ENDPOINT = /\bendpoints? (?:for|that (?:serves?|handles?|answers?)) (?:real[- ]?time |online |incoming |live )?(?:inference|prediction|scoring) requests\b|\bdeployed as an? (?:web |rest |prediction |inference |online |micro)?service\b/;
/** The model or its answers served through a request/response API ("served behind a FastAPI REST API"). */
const SERVED_VIA_API = /\b(?:models?|predictions?|answers?|responses?|results?|scores?|classifiers?|rankers?|chatbot|assistant|system|service|app|bot|it)\b[^.;]{0,40}?\b(?:is |are |gets? )?(?:served|exposed|returned|returns?|delivered|available)\b[^.;]{0,40}?\b(?:behind|via|through|over|from|by|as) (?:an? |the |our )?(?:fastapi |flask |django |express )?(?:rest(?:ful)?|http|grpc|web) (?:api|endpoint|service)s?\b/g;

const THROUGH_INFERENCE_API =
  /\b(?:transactions|requests|payments|orders|events|queries|messages|comments|uploads|calls|applications|claims) (?:all )?(?:go|goes|flow|flows|pass|passes|are (?:sent|routed|passed)) (?:through|to|via) (?:the |an? |our )?(?:same |single |shared |online |real[- ]?time )?(?:[\w-]+ )?(?:inference|prediction|scoring|model) (?:api|endpoint|service|server)\b/;
/** An HTTP call to a prediction route in a code block. */
const PREDICT_CALL_IN_CODE = /\b(?:requests\.(?:post|get)|httpx\.(?:post|get)|fetch|axios\.(?:post|get)|curl\b[^\n]{0,80}?)\s*\(?\s*['"`]?https?:\/\/[^\s'"`]{1,80}?\/(?:v\d+\/)?(?:predict|predictions|score|scoring|infer|inference|classify|recommend|recommendations|rank)\b/;
/** Both modes named in one bare phrase: "Batch and real-time inference", "online/offline scoring". */
const BOTH_MODES = /^[\s*_-]*(?:batch|offline|online|real[- ]?time)(?: (?:and|&|\/|or|\+) |\/)(?:batch|offline|online|real[- ]?time)(?: (?:inference|predictions?|scoring|serving|processing))?[\s*_.]*$/;

/** The model shipped to the user's device and run there ("download the trained model … onto their device to predict locally"). */
const ON_DEVICE_PREDICTION = /\b(?:download\w*|ship\w*|deploy\w*|push\w*|sen[dt]s?|bundl\w*) (?:the |a |our |their )?(?:trained |latest |compressed |quantized )?models?\b[^.;]{0,60}?\b(?:on|onto|to) (?:the |their |each |a |every )?(?:user'?s? |client'?s? )?(?:device|phone|mobile|browser|edge device)s?\b[^.;]{0,30}?\b(?:to (?:predict|infer|run|classify|detect|recogni[sz]e)\w*|for (?:local|on-?device|offline) (?:prediction|inference)|(?:predict|infer|run)\w* (?:locally|offline|on-?device))\b|\b(?:offline |local |on-?device )?client-side (?:prediction|inference)\b/;

function onlineVsBatch(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "- Batch and real-time inference" in a list of capabilities: both named, neither chosen
  if (BOTH_MODES.test(low)) return false;
  const sched = RUNS_ON_SCHEDULE_OUTPUTS.exec(low);
  if (sched && /\b(?:agent|model|classifier|predictor|forecaster|policy|learn\w*|predict\w*|ml)\b/.test(sentenceAt(low, sched.index)) && !isNegated(low, sched.index, sched[0].length, 'strong')) return true;
  if (affirmed(u, ON_USER_EVENT, 'strong')) return true;
  // "they download the trained model for a city … onto their device to predict locally": inference on the device, on demand
  if (affirmed(u, ON_DEVICE_PREDICTION, 'strong')) return true;
  // "pre-computed files are available on kaggle dataset": downloadable artifacts, not a serving mode
  if (/\bpre-?comput\w* (?:files?|data(?:sets?)?|features?|embeddings?|artifacts?|weights|checkpoints?|results?|subsets?|outputs?) (?:are|is) (?:available|provided|downloadable|hosted|uploaded|included)\b/.test(low) && !/\b(?:serv\w*|requests?|latency|real[- ]?time|online|nightly|daily|hourly|scheduled)\b/.test(low)) return false;
  // "Our system does not require real-time data processing …": real time ruled out, so predictions are made in batch
  if (NO_REALTIME_NEEDED.test(low)) return true;
  const sends = USER_SENDS.exec(low);
  if (sends && ANSWERED.test(low.slice(sends.index)) && !isNegated(low, sends.index, sends[0].length, 'strong')) return true;
  if (affirmed(u, HTTP_INPUT_MODEL, 'strong') || affirmed(u, USER_INPUT_ANSWERED, 'strong')) return true;
  // "Transactions go through the same inference API": each event scored by the service as it comes
  if (affirmed(u, THROUGH_INFERENCE_API, 'strong')) return true;
  // "The model is served behind a FastAPI REST API", "returns structured JSON responses via a FastAPI
  // REST API": answered per request (not results exported through an API on a schedule)
  // "### Real-time inference" / "- Receives partial tokens + context", "### Batch scoring" / "- Runs nightly over all users": what the mode's heading holds
  const mh = MODE_HEADING.exec(headingOf(u, doc));
  if (mh && u.kind !== 'row' && !u.flags && contentWords(low) >= 3 && !valueNegated(u) && (!mh[1].startsWith('server') || PER_REQUEST.test(low))) return true;
  const endpoint = stated(low, REQUEST_ENDPOINT);
  if (endpoint && !SCHEDULED_RUN.test(sentenceAt(low, endpoint.index))) return true;
  const api = affirmed(u, SERVED_VIA_API, 'strong');
  if (api && !SCHEDULED_RUN.test(sentenceAt(low, api.index)) && !/\b(?:export\w*|downloads?)\b/.test(sentenceAt(low, api.index))) return true;
  // (not a health check or the docs page: "the /health endpoint returns the model version")
  // "POST /decision/v1 -- produces recommendation for the order": an HTTP route that answers with the prediction
  if (stated(low, ROUTE_RETURNS_PREDICTION)) return true;
  const rr = affirmed(u, REQUEST_RETURNS_PREDICTION, 'strong');
  if (rr && !/\b(?:health\w*|status|docs|swagger|version|metrics|openapi)\b/.test(rr[0]) && !asksAt(low, rr.index)) return true;
  if (affirmed(u, PREDICTION_RETURNED, 'strong') && /\b(?:endpoints?|requests?|servers?|rest|post|get|apis?|flask|fastapi|upload\w*)\b/.test(low)) return true;
  if (u.kind === 'item' && PREDICT_ROUTE_VALUE.test(low) && /\b(?:routes?|endpoints?|apis?|flask|fastapi|django|http)\b/.test(u.parentText + ' ' + headingOf(u, doc))) return true;
  if (PROCESSED_LATER.test(low) && stated(low, NOT_LATENCY_CRITICAL)) return true;
  if (stated(low, DEPLOYED_MODE)) return true;
  if (MODE_LABEL.test(u.label) && !valueNegated(u) && contentWords(valueOf(u)) >= 4) {
    // "Online: CTR, revenue per mille" under an evaluation heading is a metric list
    const metricCtx = /\b(metrics?|evaluat\w*|kpis?|measure\w*)\b/;
    if (!(metricCtx.test(u.parentText) || metricCtx.test(headingOf(u, doc)) || (u.sections.includes('evaluation') && !u.sections.includes('deployment')))) return true;
  }
  if (MODE_QUESTION_LABEL.test(u.label) && MODE_ANSWER.test(valueOf(u)) && !valueNegated(u)) return true;
  // "Real-time per message because urgent ones must be fast": a mode word leading a sentence with its unit or reason
  // "Asynchronous. When the meeting ends, …" opening a paragraph of the serving section
  if (MODE_WORD_SENTENCE.test(low) && u.sections.includes('deployment')) return true;
  // "Both online and event-driven:" over "1. … the matcher worker scores the invoice": the caption
  // chooses, its items say how
  if (MODE_CAPTION.test(u.parentText) && PREDICTION_WORD.test(u.low) && !/\b(?:metrics?|kpis?|evaluat\w*)\b/.test(u.low + ' ' + headingOf(u, doc)) && !(u.sections.includes('evaluation') && !u.sections.includes('deployment'))) return true;
  // "Daily batch run at 04:00 …. No online calls.": the other mode ruled out in its own sentence
  if (OTHER_RULED_OUT_ONLINE.test(low) ? BATCHISH.test(low.replace(OTHER_RULED_OUT_ONLINE, ' ')) : OTHER_RULED_OUT_BATCH.test(low) && ONLINEISH.test(low.replace(OTHER_RULED_OUT_BATCH, ' '))) return true;
  // "a Cloud Function triggered by the data bucket … gets the model and runs it on future.csv":
  // files scored when they land, a batch per upload
  if (FILE_TRIGGERED.test(low) && /\b(?:model|predict\w*|scor(?:e|es|ed|ing)|inference|classif\w*)\b/.test(low) && !isNegated(low, FILE_TRIGGERED.exec(low)!.index, 9, 'strong')) return true;
  // "every week we provide ACDHS with a list of individuals who are at highest risk", "at the beginning of
  // each year, our system selects the 300 handlers most likely to …": a list produced on a schedule
  // "Use something like cron job, for each item category we fire with some period …, send them to model, make prediction": a scheduled job that runs the model
  // "The inference pipeline is scheduled to be executed regularly, e.g. once a day": predictions made by a scheduled run
  if (stated(low, SCHEDULED_INFERENCE)) return true;
  if (stated(low, CRON_SCORING)) return true;
  const listed = stated(low, SCHEDULED_LIST);
  if (listed && LIST_OF_PREDICTIONS.test(sentenceAt(low, listed.index))) return true;
  // "SSE enables real-time message updates to clients", "tokens are streamed back to the chat UI": answers made per request, as they are generated
  if (affirmed(u, STREAMED_OUTPUT, 'strong') || affirmed(u, APP_RECEIVES_REQUESTS, 'strong')) return true;
  const stream = STREAM_SCORING.exec(low);
  if (stream && !isNegated(low, stream.index, stream[0].length, 'any') && !asksAt(low, stream.index) && !/\b(?:or|vs\.?|versus) (?:batch|offline)\b/.test(sentenceAt(low, stream.index))) return true;
  const arrival = ON_ARRIVAL.exec(low) ?? ON_EACH_NEW.exec(low) ?? NEW_ITEM_CHECKED.exec(low);
  // ("generated once when the workspace is created (batch vs online?)": the mode still asked)
  if (arrival && !isNegated(low, arrival.index, 4, 'strong') && !/\(maybe\)/.test(sentenceAt(low, arrival.index)) && !asksAt(low, arrival.index)) return true;
  // "Nightly batch, no online inference needed": one mode chosen by ruling out the other
  if (MODE_OVER_OTHER.test(low) || MODE_NOT_OTHER.test(low) || ONLY_MODE.test(low)) return true;
  // "QU runs online, synchronously, in the SERP request path": any stage that runs online
  const runs = RUNS_ONLINE.exec(low);
  if (runs && !isNegated(low, runs.index, 4, 'strong')) return true;
  // "**Online** (synchronous) path for candidate uploads", "batch/offline per video (not at view time)"
  const path = MODE_PATH.exec(low);
  if (path && !isNegated(low, path.index, 6, 'strong')) return true;
  const lead = MODE_LEAD.exec(low);
  if (lead && !isNegated(low, lead.index + lead[0].length - 1, 1, 'strong')) return true;
  MODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = MODE.exec(low)) !== null && guard++ < 20) {
    const s = sentenceAt(low, m.index);
    const word = m[1];
    // features computed offline / logged at request time are the feature pipeline, not the prediction mode
    if (!/predict|infer|scor|serv|rank|recommend|classif|detect|decision/.test(word) && /\bfeatures?\b/.test(s) && !/\b(predict\w*|scor\w*|recommendations?|embeddings?|inference|results|rank\w*|candidates|outputs?|model)\b/.test(s.replace(word, ' '))) continue;
    if (word === 'hybrid' && !(BATCHISH.test(s) && ONLINEISH.test(s))) continue;
    // "the traffic of online applications is very low at night, and the offline jobs are run during this time":
    // kinds of workload a scheduler places, no model's predictions
    if (/^(?:offline|batch) jobs?$/.test(word) && /\bonline (?:applications?|services?|workloads?|apps?)\b|\b(?:workloads?|colocat\w*|co-?locat\w*|scheduler|resources?|utili[sz]ation|nodes?)\b/.test(s) && !/\b(?:predict\w*|scor(?:e|es|ed|ing)|inference|model|classif\w*|forecast\w*|recommend\w*)\b/.test(s)) continue;
    // "batch processing through the network, as the default processes images one at a time": mini-batches in a forward pass
    if (/^batch/.test(word) && /\b(?:through the (?:network|model|net|gpu|cnn)|mini-?batch\w*|batch size|one (?:image |sample |example )?at a time|forward pass)\b/.test(s)) continue;
    // "avoids per-request API cost", "sparse event-driven metrics": a price per call, a kind of metric, not how predictions are made
    if (/^per[- ]request$/.test(word) && /^\s*(?:[\w-]+ )?(?:costs?|pric\w*|billing|fees?|charges?|payments?)\b/.test(low.slice(m.index + word.length))) continue;
    if (/^event[- ]driven$/.test(word) && /^\s*(?:metrics?|signals?|data|time[- ]series|variables?|features?|counters?|spikes?)\b/.test(low.slice(m.index + word.length))) continue;
    // "Real-time vs batch" with no choice is a topic, not a decision
    if (/\b(or|vs\.?|versus)\b/.test(s) && BATCHISH.test(s) && ONLINEISH.test(s) && contentWords(s) <= 5) continue;
    if (isNegated(low, m.index, word.length, 'strong')) continue;
    MODE.lastIndex = 0;
    return true;
  }
  MODE.lastIndex = 0;
  // "a periodic task that will query for the issues … to generate the forecasts": predictions made
  // ahead by a scheduled job (batch); "Search API will make a request for new scores from the
  // re-ranker": the model asked per query (online)
  if (anyMatch(low, SCHEDULED_OUTPUT, 'strong', (m) => !JOB_NOT_SERVING.test(m[0])) || anyMatch(low, REQUEST_FOR_SCORES, 'strong')) return true;
  // "accepts incoming metric points and classifies them": each item scored as it comes in
  if (anyMatch(low, ACCEPTS_AND_SCORES, 'strong', (m) => !asksAt(low, m.index))) return true;
  // "Text content is sent to the moderation service": each item handed to the model's service as it comes, so online
  if (anyMatch(low, SENT_TO_MODEL_SERVICE, 'strong', (m) => !asksAt(low, m.index))) return true;
  // "The assistant is an online service: everything runs per question"; "a nightly job writes the table"
  if (anyMatch(low, SERVICE_MODE, 'strong')) return true;
  // "classify real-time queries", "target is scoring 50 items < 100ms", "analyze resumes in real-time (response time < 30 seconds)", "predicts fraud risks as transactions occur", "predictions were
  // inferred in-app", "Cron Job triggered -> … -> Rec System (inference) -> Save recs to db"
  if (anyMatch(low, IMPLIED_MODE, 'any')) return true;
  // "Model deployment: REST API (Flask)", and in the serving section "as a Flask application with an
  // endpoint": a request/response service, so online
  if (u.label && /\b(?:deploy\w*|serv\w*|inference)\b/.test(u.label) && API_VALUE.test(valueOf(u)) && !valueNegated(u)) return true;
  if (u.sections.includes('deployment') && affirmed(u, API_APP)) return true;
  // "deployed it using a SageMaker endpoint", "hosted with TensorFlow Serving", "the /predict endpoint", "a FastAPI
  // app that allows users to upload images which the model predicts", "a UI calls the API and presents prediction
  // results": a model answering requests, so online
  if (anyMatch(low, ENDPOINT_SERVED, 'any', (m) => !asksAt(low, m.index))) return true;
  // "how to use the prediction service API (default address http://0.0.0.0:8080/predict)": a URL whose
  // path asks the model (read from the raw text: the cleaned text keeps no URL paths)
  if (/\b(?:api|endpoint|service|address|url|server|requests?|app)\b/.test(low) && !u.uncommitted && !/\?/.test(low) && PREDICT_URL.test(sourceText(doc, u))) return true;
  // "The FastAPI app wraps the model in a REST API": scored per request, so online
  // ("We use Flask for serving the application as an API": the framework named serves it, in any section)
  return !!anyMatch(low, API_SERVED, 'any', (m) => /^(?:fastapi|flask|django|bentoml)\b/.test(m[0]) || u.sections.includes('deployment') || /\b(?:deploy\w*|serv\w*|inference)\b/.test(u.label) || PREDICTION_WORD.test(sentenceAt(low, m.index)));
}

/** The inference run put on a schedule: "the inference pipeline is scheduled to be executed regularly, e.g. once a day". */
// ("The daily and 'every 10 minutes' processing bursts are orchestrated using GCP's Scheduler": runs on a clock)
const SCHEDULED_INFERENCE =
  /\b(?:inference|prediction|predict|scoring|batch[- ]prediction|batch[- ]inference) (?:pipeline|job|flow|dag|task|workflow)s? (?:is|are|will be|gets?|get) (?:scheduled|run|executed|triggered)(?: to (?:be )?(?:executed|run|triggered))? (?:(?:[\w-]+ ){0,2}?(?:regularly|periodically|daily|nightly|hourly|weekly|monthly)|(?:[\w-]+ ){0,2}?(?:every|once an?|once per|on a) (?:\d+ )?(?:day|night|hour|week|month|schedule|cron)s?)\b|\b(?:daily|hourly|nightly|weekly|every \d+ (?:minutes?|hours?|days?))\W{0,3} (?:and \W{0,3}(?:daily|hourly|nightly|weekly|every \d+ (?:minutes?|hours?|days?))\W{0,3} )?(?:processing|scoring|inference|prediction) (?:bursts?|runs?|jobs?|batches)\b/;
const SCHEDULED_OUTPUT =
  /\b(?:periodic|scheduled|cron|recurring|nightly|daily|hourly|weekly|monthly)(?:[- ](?:celery|cron|batch|airflow|background|kubernetes|k8s))? (?:tasks?|jobs?|dags?|workflows?|cron ?jobs?)\b[^.;?]{0,100}?\b(?:generat|comput|produc|refresh|recomput|regenerat|writ|updat|creat)\w* (?:the |new |all |fresh |updated )?(?:[\w-]+ ){0,2}?(?:forecasts?|predictions?|scores|recommendations|rankings)\b|\b(?:forecasts?|predictions?|scores|recommendations|rankings) (?:are|is|will be|get|gets) (?:re-?)?(?:generated|computed|produced|refreshed|updated|written) (?:by|in|with|from) (?:an? |the )?(?:[\w-]+ )?(?:periodic|scheduled|cron|recurring|nightly|daily|hourly|weekly|monthly|batch)\b/g;
/** A scheduled job that trains or evaluates (not one that makes the predictions served). */
const JOB_NOT_SERVING = /\b(?:train\w*|re-?train\w*|fit\w*|evaluat\w*|validation|metrics?|backtest\w*|report\w*|dashboards?)\b/;
const ACCEPTS_AND_SCORES = /\b(?:accepts?|receives?|consumes?|takes? in|ingests?) (?:the |each |every |all )?incoming (?:[\w-]+ ){1,3}?(?:and|then) (?:immediately )?(?:classif(?:y|ies)|scores?|ranks?|predicts?|flags?|labels?|tags?|detects?)\b/g;
const SENT_TO_MODEL_SERVICE =
  /\b(?:is|are|gets?|get) (?:sent|posted|forwarded|passed|routed|submitted) (?:\w+ ){0,2}?to (?:the |our |an? )?(?:[\w-]+ ){0,2}?(?:moderation|scoring|classification|classifier|inference|prediction|model|ranking|detection|ml) (?:service|api|endpoint|server)s?\b/g;
const REQUEST_FOR_SCORES =
  /\b(?:requests?|calls?|asks?) (?:for|of) (?:new |fresh |the |updated )?(?:scores?|predictions?|rankings?|labels?|recommendations?|classifications?|forecasts?) (?:from|to) (?:the |our |an? )?(?:[\w-]+ ){0,2}(?:model|re-?ranker|ranker|classifier|scorer|predictor|recommender|model server|inference (?:service|server|endpoint))s?\b/g;

/** The prediction mode said by when the model runs. */
const IMPLIED_MODE =
  /\b(?:(?:predict\w*|scor(?:e|es|ed|ing)|recommend\w*|classif\w*|inference|rank\w*)\b[^.;]{0,40}?\bin response to (?:the |an? |each |every )?(?:incoming |user |http |api |client |live )?(?:requests?|queries|calls|searches)\b|(?:classif(?:y|ies|ying)|scor(?:e|es|ing)|predict(?:s|ing)?|rank(?:s|ing)?|detect(?:s|ing)?|flag(?:s|ging)?|moderat(?:e|es|ing)|rout(?:e|es|ing)) (?:the |each |every |all |incoming )?(?:real[- ]?time|live|incoming) (?:quer(?:y|ies)|requests?|transactions?|events?|messages?|orders?|uploads?|payments?|tickets?|posts?|comments?|calls?)|(?:predict\w*|scor\w*|classif\w*|detect\w*|flag\w*|rank\w*|inference)\b[^.;]{0,50}?\bas (?:the |new |each )?(?:transactions?|events?|requests?|orders?|messages?|uploads?|payments?|tickets?|posts?|claims?|applications?) (?:occur|arrive|come in|happen|are (?:made|submitted|created|received|placed|posted))|(?:predictions?|inference|scores?|the model) (?:(?:is|are|was|were) )?(?:inferred|computed|run|made|scored|served) (?:in-app|on[- ]device|in the (?:app|browser|client))|cron(?:[- ]?job)?s?\b[^.;]{0,60}?\b(?:inference|predict\w*|scor(?:e|es|ing)|recs|recommendations?)\b|(?:moderat|scor|classif|flag|check|screen|review|predict|detect)\w*\b[^.;]{0,60}?\b(?:the moment|as soon as|right after|immediately (?:after|when)) (?:the |a |each )?(?:user|customer|driver|seller|member|author|buyer|rider|patient|applicant)s? (?:makes?|submits?|uploads?|posts?|sends?|places?|creates?|opens?|writes?|enters?)|(?:each|every) (?:\d+|few|couple of) (?:minutes?|hours?|days?|nights?),? (?:the |a |our )?(?:[\w-]+ ){0,2}(?:analy[sz]es|scores|classifies|predicts|ranks) (?:the )?(?:new |all |incoming |stored )?[\w-]+ (?:in the [\w-]+ )?(?:with|using) (?:the |a |an |our )?(?:[\w-]+ ){0,3}(?:model|classifier|regressor|ranker)\b|real[- ]?time,? \(?(?:(?:response|processing|inference|end-to-end) (?:time|latency):? ?)?(?:<|≤|under|below|within|in less than|in under) ?\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?)\b|scor(?:e|es|ed|ing) (?:\d+|n|all|the|each) (?:[\w-]+ )?(?:items?|candidates?|ads?|products?|documents?|results?|listings?|offers?) (?:in |with(?:in)? )?(?:<|≤|under|below|in less than|within) ?\d+ ?ms\b|(?:delet|remov|flag|catch|block|hid|moderat|scor|classif|detect|tag|label)\w*\b[^.;]{0,60}?\bwithin (?:(?:a few|several|\d+(?:-\d+)?) )?(?:seconds?|secs?|s|ms|milliseconds?) of (?:it |them |the \w+ |an? \w+ )?(?:being )?(?:posted|submitted|uploaded|created|published|sent|made|placed|arriving|edited))/g;

/** A serving label's value naming a request/response service ("REST API (Flask)", "a FastAPI app"). */
const API_VALUE = /^\s*(?:an? |the )?(?:(?:rest(?:ful)?|http|json|grpc) (?:api|endpoint|service)s?|(?:flask|fastapi|django|bentoml|torchserve) (?:app(?:lication)?|api|endpoint|service|server)s?|web[- ](?:service|api|app(?:lication)?))\b/;
const API_APP = /\b(?:as|in|into|inside) an? (?:flask|fastapi|django) (?:app(?:lication)?|api|service|server) (?:with|exposing) (?:an? |one )?(?:rest |http |prediction |inference )?(?:api|endpoint)\b/g;

/** A model behind an endpoint or a model server, or an app that returns its prediction for what a user submits. */
const PREDICT_URL = /\bhttps?:\/\/[\w.-]+(?::\d+)?\/(?:[\w-]+\/)*(?:predict|inference|infer|score|classify)\b(?![\w.-]*\.py)/i;
const ENDPOINT_SERVED =
  /\b(?:deploy(?:ed|s|ing)?|host(?:ed|s|ing)?)\b[^.;]{0,40}?\b(?:to|on|using|via|as|with|in|behind) (?:an? |the |our )?(?:(?:sagemaker|vertex|ai|azure|ml|google|aws|gcp|real[- ]?time|hosted|managed|model|online|inference|prediction|http|https|rest) )*(?:endpoints?|prediction service|model server)\b|\bfor hosting (?:the |our |this )?models?,? (?:we|i) use\b|\b(?:hosted|served|deployed) (?:on|with|by|in|using|behind) (?:an? )?(?:tf[- ]?serving|tensorflow serving|torchserve|triton(?: inference server)?)\b|(?:^|[\s`'"(])\/predict[`'"]?(?: (?:endpoint|entry-?point|route|path|api))|\b(?:requests?|queries) (?:can be |are |is |will be )?sent (?:through|to|via|on) (?:the )?(?:port \d+|localhost|(?:api|endpoint|model server|server)\b)|\b(?:app(?:lication)?|api|service|ui|user interface|front-?end|website)\b[^.;]{0,40}?\b(?:allows?|lets?|enables?) (?:the )?users? to (?:upload|submit|enter|send|paste|type)\b[^.;]{0,80}?\b(?:predict\w*|classif\w*|scor(?:e|es|ed|ing)|returns?)\b|\b(?:calls?|quer(?:y|ies|ied)|invokes?|hits?) (?:the |an? |our )?(?:[\w-]+ )?(?:api|endpoint)\b[^.;]{0,60}?\b(?:present|show|display|return|get)s? (?:the |its |an? )?(?:predict\w*|classifications?|scores?|results?)\b|\bquer(?:y|ied|ies) (?:an? |the )?[\w-]+ (?:from|against|to) the endpoint\b|\b(?:perform|run|do|make|get)s? (?:real[- ]?time )?(?:inference|predictions?) (?:on|against|with|through|via|from) (?:the |our |an? )?(?:(?:deployed|sagemaker|model|inference|prediction|live) )*(?:endpoint\b|model in (?:the |our |a )?(?:[\w-]+ )?(?:web ?app|app|ui)\b)/g;

/** The model served behind a request/response API (REST, HTTP, Flask, FastAPI, gRPC; "wrapped our model into an API using FastAPI"). */
const API_SERVED =
  /\b(?:(?:rest(?:ful)?|https?|grpc) (?:api )?endpoints? for (?:the )?(?:model |real[- ]?time |online )?(?:inference|predictions?|scoring)\b|(?:fastapi|flask|django|bentoml)\b[^.;]{0,30}?\bserv(?:e|es|ed|ing)\b[^.;]{0,40}?\b(?:as|via|through|behind) (?:an? |the )?(?:(?:rest(?:ful)?|http|web) )?(?:api|endpoint|web ?service)s?\b(?! (?:reference|docs?|documentation)\b)|(?:wraps?|wrapped|wrapping|expos(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|host(?:s|ed|ing)?|packag(?:e|es|ed|ing))\b[^.;:]{0,60}?\b(?:in|as|behind|through|via|into|to|on|by|using|with) (?:an? |the |our |its |one |single )?(?:(?:rest(?:ful)?|http|https|json|flask|fastapi|django|grpc)[- ](?:web[- ])?(?:api|endpoints?|app(?:lication)?|service|server|interface)|(?:fastapi|flask(?: ?api)?|django)(?: (?:framework|library|microframework))?(?=\s?[,.;)]|\s*$| (?:and|which|that|on|in|behind|with|inside)\b)|(?:dedicated|separate|its own|own|single) (?:rest |http )?endpoints?|web[- ](?:service|app(?:lication)?|api|endpoint)|(?:prediction|inference|scoring) (?:api|endpoint)|apis?(?=[^.;]{0,30}\b(?:fastapi|flask|django|rest(?:ful)?|http|grpc|uvicorn|gunicorn|bentoml)\b)|apis?(?= (?:accessible|reachable|available|callable|exposed) (?:through|via|by|with|over|at) (?:an? |the )?(?:post|get|http|https|rest(?:ful)?)\b))\b|(?:send|submit|post)s? [^.;]{0,40}?\bto (?:the |a |an |our )?(?:web ?server|server|api|endpoint|service)\b[^.;]{0,30}?\b(?:and )?(?:receives?|gets?|returns?|get back) (?:back )?(?:the |a |an |its )?(?:predict\w*|scores?|classifications?|results?|forecasts?)|(?:app|application|service|server|container|it) (?:exposes|provides|offers) (?:an? |the )?(?:rest(?:ful)?|http|grpc)[- ](?:api|endpoints?|interface)\b|(?:flask|fastapi|django) (?:app(?:lication)?|api|service|server)s? (?:\([\w.]+\) )?(?:that |which )?(?:exposes|provides|offers|serves) (?:an? |the )?(?:[\w-]+ )?(?:endpoints?|api|route)\b|(?:rest(?:ful)?|http|flask|fastapi|grpc) (?:api|endpoint|app|service)s? (?:that |which )?(?:returns?|serves?|scores?|responds? with|runs?|calls?) (?:the |a |an )?(?:predictions?|scores?|(?:trained )?model|classifications?|probabilit\w*|results?)|(?:api )?endpoints? (?:for|accepting|handling|serving|that (?:accepts?|handles?|serves?)) (?:the )?(?:get|post|http) requests?|(?:get|post) requests? (?:to|on|at|against) (?:the |an? |our )?(?:[\w/<>{}.-]+ )?(?:endpoint|api|route)s?\b|(?:api|endpoint|service|server) (?:that |which )?(?:is )?(?:essentially |just |simply |only )?(?:an? )?(?:thin |small |simple )?wrap(?:per|s|ping)? (?:around )?(?:the |our )?(?:model|`?predict)|(?:api|http) (?:requests?|calls?)\b[^.;]{0,60}?\b(?:triggers?|invokes?|calls?) (?:an? |the )?(?:aws )?(?:lambda|cloud function|serverless function|azure function))/g;
const PREDICTION_WORD = /\b(?:models?|classifiers?|predict\w*|inference|scor\w*|detect\w*|estimat\w*|forecast\w*|recommend\w*|rank\w*)\b/;

/** The system itself said to be online or batch, in everyday words ("the ranker is online because …", "ML operates on the principle of a request-response system"). */
const SERVICE_MODE =
  /\b(?:run(?:s|ning)? (?:the |our )?(?:[\w-]+ )?(?:model|inference|scoring|classifier|ranker|detector)s? (?:a)?synchronously|(?:classifier|model|scorer|scoring|inference|prediction|ranker|ranking|service|endpoint|detector|clustering|matching|tagging|de-?duplication|everything|it|this) (?:is|runs|stays|has to be|must be|needs to be) (?:fully |purely )?(?:online|synchronous|real[- ]?time|in real[- ]?time|on-?device|streaming|batch|offline|async\w*)(?= because| since| as | so |,|;|\.| —| –|$| in the [\w-]+ (?:path|flow|pipeline)\b)|(?:is|as|runs as|built as|deployed as) an? (?:online|real[- ]?time|synchronous|request[- ]time|low[- ]latency) (?:service|api|endpoint|microservice|system)|(?:is|as|runs as|built as|deployed as) an? (?:nightly|daily|hourly|weekly|offline|scheduled) (?:batch )?(?:job|pipeline|process)|(?:runs?|scor\w*|computed|evaluated|called|invoked) (?:once )?(?:per|on every|for every|for each|on each) (?:incoming )?(?:request|question|query|call|order|transaction|session|page ?view|message|search|event|checkout)s?|(?:operates?|works?|runs?|functions?|is built|is designed|is implemented) (?:on the principle of |as |like |on |in )?an? (?:synchronous )?request[- ](?:response|reply) (?:system|service|basis|model|pattern|fashion|mode|loop|cycle|api))\b/g;

const COMPONENT =
  /\b([a-z][a-z0-9]*(?:-[a-z0-9]+)*-svc|prediction service|inference service|scoring service|ranking service|retrieval service|recommendation service|model serv(?:er|ers|ice|ing)|serving (?:layer|stack|infra\w*|cluster|fleet|system|path)|feature stores?|online store|api gateway|gateway|load balancers?|endpoints?|rest api|grpc|http api|api|microservices?|services?|candidate generat\w*|retrieval (?:stage|layer|step)|ranking (?:stage|model|layer|step)|ranker|re-?rank\w*|ann (?:index|service|search)|approximate nearest[- ]neighbou?r|nearest[- ]neighbou?r (?:index|search|service)|faiss|scann|hnsw|annoy|milvus|pinecone|weaviate|vector (?:db|database|store|index|search)|embedding index|elasticsearch|opensearch|solr|inverted index|redis|memcached|caches?|kafka|kinesis|flink|spark streaming|stream processors?|message (?:queue|bus)|queues?|tf[- ]?serving|tensorflow serving|triton|torchserve|sagemaker|vertex ai|kserve|seldon|bentoml|ray serve|lambda|kubernetes|k8s|docker|containers?|model registry|blender|filter(?:ing)? (?:stage|layer|service|step)|business rules|two[- ]stage|multi[- ]stage|funnel|pipelines?|database|db|bigtable|dynamodb|cassandra|client|app server|backend|airflow|spark|data warehouse|warehouse|crm|dag|cron|scheduler|batch jobs?|key[- ]value stores?|kv stores?|lookup tables?|tables?|s3|bigquery|snowflake|hive|(?:cpu |gpu )?workers|worker pools?|(?:gpu|cpu|inference) pools?|llm judge|human[- ]review(?: queue)?|pods?|trie|in[- ]memory (?:index|store|trie|cache|model)|(?:campaign|crm|marketing|order|dispatch|decisioning|routing|notification|email|assignment) (?:tool|system|engine|platform|service|api)|(?:booking|web|mobile|partner|pricing) (?:site|website|app|frontend|engine)|webhooks?|(?:code |vector |document )?search index|retrievers?|scorers?|(?:comment |candidate |response )generators?|llm (?:gateway|api|endpoint|service|call)|cascade|on-?device (?:model|detector|classifier|network|keyword spotter|wake[- ]?word (?:model|detector))|(?:cloud|server)[- ]side (?:model|verifier|asr|classifier)|(?:larger |bigger |full )?cloud (?:model|verifier|asr|classifier|service)|edge (?:model|devices?|gateway)|onnx ?runtime|tflite|tensorrt|core ?ml(?! (?:readiness|gaps?|capabilit\w*|competenc\w*|skills?|team|concepts?|principles?|knowledge|work|problems?|tasks?)\b)|(?:dialog|dialogue|conversation) manager|orchestrator|event (?:bus|stream)|pub\/?sub)\b/g;
const FLOW = /→|->|=>|\b(then|calls?|sends?|fetch\w*|returns?|request\w*|pass\w*|forwards?|routes?|looks? up|reads? from|writes? (?:to|into)|written (?:to|into|back)|loaded into|stored in|push\w*|published to|serv(?:e|es|ed|ing)|runs? (?:in|on)|hosted (?:in|on)|deployed (?:to|on|as)|loaded in|quer(?:y|ies)|feeds?|hands? off|streams?|publish\w*|consum\w*|scores?|serves?)\b/;

function components(text: string): Set<string> {
  // ("data warehouse" and "warehouse" in one text are one component)
  return distinctMatches(text, COMPONENT, 60, (g) => g.replace(/s$/, '').replace(/^data (?=warehouse$|lake$)/, ''));
}

/** Components too generic to describe an architecture on their own. */
const GENERIC_COMPONENT = /^(services?|api|pipelines?|client|backend|database|db|tables?|endpoints?|queues?|caches?|containers?)$/;

/** "demoting service", "fraud scoring service": a service named for its job (not "a service", "web service"). */
const NAMED_SERVICE = /\b([a-z][a-z-]{3,})(?: services?|-svc)\b/g;
const UNNAMED_SERVICE = /^(?:this|that|each|every|other|another|some|many|more|same|single|separate|external|internal|existing|managed|cloud|web|micro|backend|customer|different|several|multiple|which|these|those|the|our|their|your|its|health|social|public|human|emergency|financial|legal|government|community|family|child|medical|welfare|housing|postal|professional|protective)$/;

function namedServices(text: string): number {
  return distinctMatches(text, NAMED_SERVICE, 30, (g) => (UNNAMED_SERVICE.test(g) ? undefined : g)).size;
}

const TRACKING_INFRA = /\b(?:experiment[- ]tracking|tracking (?:ui|server|uri|service)|mlflow (?:ui|server)|artifact store|backend store|(?:model|experiment) registry)\b/;
/** The training side's runs and code ("training job", "the training script"). */
const TRAINING_RUNS = /\b(?:(?:re-?)?training|fine-?tuning) (?:jobs?|scripts?|pipelines?|runs?|clusters?|code|loops?|steps?|instances?|containers?)\b/;
const SERVING_WORD = /\b(?:serv(?:e|es|ed|ing)|inference|predict\w*|requests?|endpoints?|apis?|scor(?:e|es|ed|ing)|users?|clients?|web ?app|app)\b/;
/** An endpoint's request path through preprocessing and the model to the response. */
const ENDPOINT_PATH =
  /\b(?:endpoints?|apis?|routes?|services?|servers?|apps?)\b[^.;]{0,60}?\b(?:process(?:es|ing)?|pass(?:es|ing)?|runs?|feeds?|sends?)\b (?:the )?(?:incoming |input |request |received )?(?:json |request |form )?(?:data|requests?|payloads?|inputs?)\b[^.;]{0,20}?\bthrough (?:the |its |our )?(?:[\w-]+ ){0,3}?(?:pipeline|preprocess\w*|model)\b[^.;]{0,50}?\breturn\w*/;

const SERVING_FRAMEWORK = String.raw`(?:fastapi|flask|django|bentoml|openllm|torchserve|triton(?: inference server)?|tf[- ]?serving|tensorflow serving|kserve|seldon(?: core)?|ray serve|vllm|tgi|text generation inference|ollama|sagemaker|vertex ai|azure ml|azure machine learning)`;
const SERVING_CONTRACT = new RegExp(String.raw`\b(?:post|get|put)\s+\/[\w/{}-]*(?:predict\w*|infer\w*|scor(?:e|ing)|classif\w*|recommend\w*|rank\w*|generate|completions?|chat)\b|\b${SERVING_FRAMEWORK}\b[^.;]{0,60}?\b(?:for|to|that|which) (?:do |run |handle |serve |host )?(?:(?:real[- ]?time|online|batch) )?(?:model )?(?:inference|serving|predictions?|host(?:s|ing)? (?:the |our )?models?)\b|\b${SERVING_FRAMEWORK}\b[^.;]{0,40}?\b(?:as|for) (?:the |our |an? )?(?:initial )?(?:choice for (?:the |our )?)?(?:api|model|inference|llm) server\b|\bexpos(?:e|es|ed|ing) (?:an? |the )?(?:http |rest |prediction |inference )?(?:api|endpoint)\b[^.;]{0,40}?\bcall(?:s|ed|ing)? (?:it|them|the (?:api|endpoint)) from (?:our|the) (?:app(?:lication)?|front-?end|back-?end|service|website|client)s?\b`);

function servingArchitecture(u: Unit, doc: ParsedDoc): boolean {
  if (isBare(u, 2) && u.lastDesc <= u.index) return false;
  if (isDataDictionary(u.low)) return false;
  // a compose file's "redis: image: redis:alpine": which container image a service runs, no request path
  if (u.kind === 'comment' && /\bimage$/.test(u.label)) return false;
  // "**Retraining Schedule**: Models retrained every 48 hours using latest ratings from a Kafka-backed Postgres store": where training reads from, no request served
  if (/^(?:re-?)?training(?: schedule| cadence| frequency| plan| pipeline)?$/.test(u.label) && !/\b(?:serv\w*|endpoints?|apis?|requests?|inference|predictions? (?:are|is) (?:served|returned))\b/.test(valueOf(u))) return false;
  const text = subtreeLow(doc, u, 1500);
  // "launch the MLflow experiment tracking UI with RDS+S3 backend": the training side's tools, no request served
  if (TRACKING_INFRA.test(text) && !SERVING_WORD.test(text)) return false;
  // "The training job is launched in the cloud using AWS Sagemaker", "the package with the training script is built into a Docker image": where the model is trained
  if (TRAINING_RUNS.test(text) && !SERVING_WORD.test(text) && !/\b(?:services?|online|live|real[- ]?time|latency)\b/.test(text)) return false;
  const c = components(text);
  let specific = 0;
  for (const x of c) if (!GENERIC_COMPONENT.test(x)) specific++;
  const stages = (text.match(/→|->|=>/g) ?? []).length;
  if (specific >= 2 && contentWords(text) >= 4) return true;
  // "3 main components: harmful content detection service, demoting service, violation service"
  if (namedServices(text) >= 2 && contentWords(text) >= 4) return true;
  // one of the components listed under "3 main components:" / "Serving architecture:", or under a "System Components" /
  // "Data Flow" heading ("2. **Backend**: Node.js microservices …", "6. Answer service generates response with citations")
  if (u.kind === 'item' && (/\b(?:components|architecture)\b/.test(u.parentText) || (!u.parentText && /\b(?:components|architecture|(?:request|data) flow|how (?:it|\w+) works)$/.test(headingOf(u, doc)))) && (namedServices(text) >= 1 || specific >= 1) && contentWords(text) >= 2) return true;
  if (specific >= 1 && c.size >= 2 && (FLOW.test(text) || stages >= 1) && contentWords(text) >= 4) return true;
  if (stages >= 2 && c.size >= 1 && contentWords(text) >= 4) return true;
  // "recall@50 for candidate generation" is a metric target for a stage, not where the model runs
  if (c.size <= 1 && /\b(?:recall|precision|ndcg|hit[- ]rate|mrr|auc|map)\s*(?:@|at)\s*\d/.test(text)) return false;
  // a bullet under a "Serving" / "Inference" heading saying where the model runs
  // "### Serving" / "- harm content detection service" / "- demoting service (demote low-confidence posts)"
  if (u.kind === 'item' && namedServices(text) >= 1 && contentWords(text) >= 3 && /^(?:serving|inference|prediction|serving (?:architecture|design|pipeline)|inference (?:architecture|pipeline))$/.test(headingOf(u, doc))) return true;
  // "Per-site pipeline:" / "1. … 4. The cross-encoder scores the checks on the GPU pool. 5. …": the model's step in a serving pipeline
  // ("**Deployment Steps:**" / "2. Host model on an internal cloud or local server": where the model runs, a step of the path)
  if (u.kind === 'item' && u.sections.includes('deployment') && PIPELINE_CAPTION.test(u.parentText) && (MODEL_STEP.test(u.low) || MODEL_HOSTED.test(u.low)) && contentWords(u.low) >= 4) return true;
  // "Once an issue report is filed, we send a request to BugBug http service to classify it.
  // Depending on its prediction and confidence threshold, we decide whether …": the request path
  // from the event to the model service and on to the action
  // "puts messages in the queue, afterwards a worker picks them up, vectorizes them, puts them in
  // another queue": the request path through queues and the workers that take from them
  if (QUEUE_WORKER.test(u.low) && contentWords(u.low) >= 8 && !u.uncommitted) return true;
  // "Endpoint: POST /predict", "Sagemaker: AWS managed service for model inference", "a custom FastAPI
  // server as our API server", "expose an endpoint and then call it from our application": where the
  // model is served and how callers reach it
  const contract = SERVING_CONTRACT.exec(u.low);
  if (contract && !u.uncommitted && !isNegated(u.low, contract.index, contract[0].length, 'strong')) return true;
  // "a prediction endpoint that processes incoming JSON data through the ETL pipeline and model to return fraud predictions": the request path
  const path = ENDPOINT_PATH.exec(u.low);
  if (path && !u.uncommitted && !isNegated(u.low, path.index, path[0].length, 'strong')) return true;
  const call = REQUEST_TO_SERVICE.exec(u.low);
  if (call && EVENT_TRIGGER.test(u.low) && /\b(?:predict\w*|scores?|confidence|threshold|probabilit\w*|labels?|class(?:es)?|result)\b/.test(u.low.slice(call.index + call[0].length)) && !isNegated(u.low, call.index, call[0].length, 'strong')) return true;
  // "The Dash app will make http requests to the Flask API, which will in turn interact with … the ML model by serving it": a client's request to the service that runs the model
  // ("flask … to deploy this app and connect the front end to the python code": the web front end wired to the model's code)
  const client = CLIENT_REQUEST.exec(u.low);
  if (client && !u.uncommitted && !isNegated(u.low, client.index, client[0].length, 'strong')) return true;
  // "The API was deployed to the cloud using Heroku", "the Flask app is deployed on AWS Elastic Beanstalk": the prediction API put on a host
  const dep = API_DEPLOYED.exec(u.low) ?? SERVICE_LOADS_MODEL.exec(u.low) ?? APP_RECEIVES_REQUESTS.exec(u.low) ?? SERVERLESS_SCORING.exec(u.low) ?? RECEIVED_THEN_INFERENCE.exec(u.low) ?? REST_SERVICE_PREDICTS.exec(u.low) ?? (u.sections.includes('deployment') ? CONTAINER_FOR_DEPLOYMENT.exec(u.low) : null);
  if (dep && !u.uncommitted && !isNegated(u.low, dep.index, dep[0].length, 'strong')) return true;
  if (specific >= 1 && contentWords(text) >= 4 && (/\b(serving|inference|architecture|prediction service|system design|deployment)\b/.test(headingOf(u, doc)) || /\b(?:prediction|inference|serving|scoring|ranking) (?:pipeline|service|path|flow)\b/.test(u.parentText))) return true;
  return false;
}

/** "We created a REST service that predicts which 2019 NFL Rookies will score the most points": the model served behind an API. */
const REST_SERVICE_PREDICTS = /\b(?:rest(?:ful)?|http|web|grpc) (?:service|api|endpoint|server|microservice)s? (?:that|which) (?:predicts?|classifies|scores|recommends|forecasts|estimates|returns (?:the |a )?predictions?)\b/;
/**
 * "Once received, the system identifies the user and combines the transaction data with the user information to run
 * inference using a selected pre-existing model": the request path from arrival to the model.
 */
const RECEIVED_THEN_INFERENCE =
  /\b(?:once|when|after|as soon as) (?:(?:an? |the |each |every )?(?:[\w-]+ ){0,2}(?:is |are )?)?received,? (?:the )?(?:system|service|api|server|backend|app(?:lication)?|pipeline|endpoint)\b[^.;]{0,120}?\b(?:to )?(?:run|runs|running|perform|performs|performing|call|calls|calling|invoke|invokes|invoking)\b[^.;]{0,20}?\b(?:inference|(?:the |a |our )?(?:[\w-]+ )?(?:model|classifier)s?\b)/;
/** "everything is packaged into a container ready for deployment" (under a Web service / Deployment heading): the service's package. */
const CONTAINER_FOR_DEPLOYMENT =
  /\b(?:packag|containeri[sz]|bundl|wrapp)\w* (?:in|into|as|inside) (?:an? |the |one |a single )?(?:docker )?container(?: images?)?s?\b[^.;]{0,40}?\b(?:ready (?:for|to be) (?:deploy|serv|ship)\w*|for (?:deployment|serving|inference|production))\b/;
const API_DEPLOYED =
  /\b(?:(?:prediction |inference |rest |flask |fastapi |web )?api|web ?service|(?:flask|fastapi|streamlit|web) app(?:lication)?|prediction service|(?=app)(?<=\b(?:the|our|this) )app(?:lication)?)\b (?:was|is|has been|gets|got|will be) (?:then )?deployed (?:to|on|in|using|with|via|as) (?:the |an? )?(?:cloud|heroku|aws|gcp|azure|google cloud|cloud run|app engine|aws lambda|lambda|sagemaker|kubernetes|k8s|render|railway|fly\.io|elastic beanstalk|ec2|vertex ai|streamlit cloud|hugging ?face spaces|docker containers?)\b/;
/** "a flask app that receives and processes input data from requests": a service answering requests. */
const APP_RECEIVES_REQUESTS = /\b(?:flask|fastapi|django|web|prediction|inference|model|ml) (?:app(?:lication)?|service|server|api|microservice)\b,? (?:that|which) (?:receives?|accepts?|handles?|takes?|serves?|process(?:es)?|answers?)\b[^.;]{0,50}?\brequests?\b/;
/** "deployed using a Cloud Function triggered by the data bucket … gets the model and preprocessors and runs them": where the model runs. */
const SERVERLESS_SCORING = /\b(?:cloud functions?|aws lambda|lambda functions?|azure functions?)\b[^;]{0,240}?\b(?:gets?|loads?|pulls?|fetch(?:es)?|runs?|calls?|invokes?)\b[^.;]{0,30}?\b(?:the |our |a )?(?:trained |latest |registered )?models?\b/;
/** "the web service will automatically connect to the registry and get the most updated model": the serving side loading its model. */
const SERVICE_LOADS_MODEL =
  /\b(?:web|prediction|inference|scoring|model|flask|fastapi) (?:service|app|server|endpoint|api)\b[^.;]{0,60}?\b(?:loads?|pulls?|gets?|fetch(?:es)?|downloads?|connects?)\b[^.;]{0,40}?\b(?:(?:latest|newest|most updated|current|production|best|registered) (?:version of the )?model|(?:model )?registry)\b/;
const QUEUE_WORKER = /\b(?:queues?|topics?|message bus)\b[^.;]{0,80}?\b(?:workers?|consumers?)\b (?:then )?(?:picks?|pulls?|consumes?|reads?|takes?|fetch\w*|dequeues?)\b|\b(?:workers?|consumers?|(?:classifier|classification|model|inference|scoring|prediction|detector|detection) (?:process(?:es)?|threads?|services?|jobs?|workers?)) (?:picks?|pulls?|consumes?|reads?|takes?|fetch\w*|dequeues?) (?:them|messages|jobs|tasks|requests|items|events)? ?(?:up )?(?:from|off) (?:the |a |an? |that |this )?(?:[\w-]+ )?(?:queues?|topics?)\b/;
/** A client's request to the service that runs the model ("the Dash app will make http requests to the Flask API, which will … interact with the ML model"). */
const CLIENT_REQUEST =
  /\b(?:app|application|front-?end|ui|dashboard|client|website)\s+(?:will |would |can )?(?:makes?|sends?|send|calls?|call|issues?) (?:an? )?(?:http |https |rest |api |post |get )?(?:requests?|calls?) to (?:the |our |a )?(?:[\w-]+ ){0,2}(?:api|service|server|endpoint|backend)\b[^.;]{0,160}?\b(?:(?:ml |trained |the )model|inference|predict\w*|classif\w*)\b|\b(?:flask|fastapi|django)\b[^.;]{0,60}?\bcon+ect\w* (?:the |my |our )?(?:front[- ]?end|ui|web ?pages?|website|html(?: pages?)?) (?:to|with) (?:the |my |our )?(?:python(?: code| scripts?)?|(?:ml |trained )?model|back[- ]?end|prediction code)\b/;
const REQUEST_TO_SERVICE = /\b(?:send|sends|sent|call|calls|called|post|posts|query|queries|hit|hits|make|makes)(?: an?| the)?(?: http| https| rest| grpc| api| post| get)?(?: requests?| calls?)? to (?:the |our |an? )?(?:[\w-]+ ){0,3}(?:service|api|endpoint|server|model server|microservice)\b[^.;]{0,40}?\b(?:to|for) (?:get |obtain )?(?:classif\w*|scor\w*|predict\w*|rank\w*|infer\w*|label\w*|detect\w*|the (?:model'?s? )?predictions?)/;
const EVENT_TRIGGER = /\b(?:once|when|whenever|as soon as|each time|every time|for (?:each|every)(?: new| incoming)?|on (?:each|every)(?: new)?) (?:an? |the |new )?(?:[\w-]+ ){0,3}(?:is|are|gets?|was)? ?(?:filed|created|submitted|posted|uploaded|arrives?|comes? in|received|opened|placed|made)\b/;
const PIPELINE_CAPTION = /\b(?:pipeline|workflow|flow|steps|request path|serving path|how it works|end[- ]to[- ]end)\s*:\s*$/;
const MODEL_HOSTED = /\b(?:host|serve|deploy|run)(?:s|ed|ing)? (?:the |our )?(?:ml |trained |final )?model\b[^.;]{0,30}?\b(?:on|in|behind|as|via|inside)\b/;
const MODEL_STEP = /\b(?:model|classifier|ranker|re-?ranker|(?:cross-|bi-|dual )?encoder|detector|scorer|network|llm|regressor|gbdt|transformer)s? (?:then )?(?:scores?|predicts?|ranks?|re-?ranks?|classif(?:y|ies)|detects?|embeds?|generates?|infers?|estimates?|labels?|tags?)\b/;

/** A diagram (Mermaid or ASCII in a fence) with labelled serving components and arrows. */
function servingDiagram(u: Unit): boolean {
  if (!u.low) return false;
  const arrows = (u.low.match(/-->|->|→|==>|-\.->|─>|▶|►|⟶|⇒|➜|➔|▼|↓|<--|<-|←|[|'`+]--|[├└]──/g) ?? []).length;
  if (arrows === 0) return false;
  if (arrows >= 2 && components(u.low).size >= 2) return true;
  // a batch run as a timed schedule whose step runs the model ("03:10  score trips with the consumption model → scores")
  if ((u.low.match(/(?:^|\n)\s*\d{1,2}:\d{2}\b/g) ?? []).length >= 3 && TIMED_MODEL_STEP.test(u.low)) return true;
  // an inference pipeline drawn from its input: "Video input --> Detect plates via YOLO --> … --> Read characters via OCR"
  return arrows >= 3 && DIAGRAM_INPUT.test(u.low) && !DIAGRAM_TRAINING.test(u.low) && distinctMatches(u.low, DIAGRAM_STAGE, 20, (g) => g).size >= 2;
}
const TIMED_MODEL_STEP = /\b(?:scor(?:e|es|ing)|predict\w*|infer\w*|rank\w*|classif\w*)\b[^\n]{0,60}\b(?:model|classifier|ranker|regressor|detector)\b|\b(?:model|classifier|ranker|regressor|detector) (?:scores?|predicts?|ranks?|inference)\b/;
const DIAGRAM_INPUT = /\b(?:inputs?|requests?|uploads?|uploaded|videos?|camera|images?|photos?|quer(?:y|ies)|users?|frames?|streams?|transactions?|events?|clients?)\b/;
const DIAGRAM_TRAINING = /\b(?:train\w*|fit|fine-?tun\w*|evaluat\w*|label\w*|backfill\w*|validation|retrain\w*|dataset)\b/;
const DIAGRAM_STAGE = /\b(detect|classif|predict|rank|scor|recogni[sz]|ocr|easyocr|tesseract|yolo|inference|embed|retriev|segment|transcri|generat|model)/g;

/** A need denied before the match, in the same sentence ("without the need for … such as adding "). */
const NOT_NEEDED = /\b(?:without (?:the )?need\w* (?:for|of|to)|no need (?:for|to)|(?:do not|don'?t|does not|doesn'?t|did not|didn'?t) (?:need|require))\b[^.;]*$/;
const ROLLOUT =
  /\b(dogfood(?:s|ed|ing)? (?:with|on|at|in|for|by|internally|first|it\b|(?:phase|period|stage|weeks?|release|build|rollout)\b)|(?:internal|weeks? of|days? of) (?:internal )?dogfood\w*|(?:suggest(?:ion)?|advisory|recommend(?:ation)?|assist(?:ive)?|read|review)[- ]only (?:mode|phase|period|stage|first|for \d)|shadow(?:[- ](?:mode|deploy\w*|traffic|test\w*|launch|scoring|run|evaluation))?|(?:traffic|request) mirroring|mirror(?:s|ed|ing)? (?:\d+ ?% of |all |the |live |production |incoming |real )*(?:traffic|requests)\b|dark[- ]launch\w*|canary(?:[- ](?:release|deploy\w*|rollout|analysis|traffic))?|canaries|gradual(?:ly)? (?:roll\w*|ramp\w*|release|increase|shift)|staged (?:roll\w*|release|launch)|phased (?:roll\w*|release|launch)|progressive (?:roll\w*|deliver\w*)|ramp(?:ed|ing|s)?(?:[- ]up)?|roll(?:ing|ed)? ?out (?:to|gradually|in stages|slowly|incrementally)|roll(?:ing|ed)? ?out (?:the |our |this |a |an )?(?:new )?(?:[\w-]+ ){1,4}(?:gradually|in stages|slowly|incrementally|step by step)|(?:randomly )?(?:select|pick|sampl|choos)\w* (?:a |an )?(?:random |small )?(?:proportion|fraction|share|percentage|subset) of (?:the |all |our )?(?:[\w-]+ ){0,8}?(?:and )?(?:send|rout|forward|direct|divert)\w* (?:them|it|those) to the new (?:[\w-]+ ){0,3}(?:service|model|version|ranker|classifier|endpoint|system|pipeline)|(?:send|rout|forward|direct|divert)\w* (?:only )?(?:a |an )?(?:random(?:ly selected)? |small )?(?:proportion|fraction|share|percentage|subset|sample|slice) of (?:the |all |our )?(?:[\w-]+ ){0,3}(?:issues|traffic|requests|users|queries|tickets|events|messages|calls|sessions|customers) (?:[\w-]+ ){0,4}?to the new (?:[\w-]+ ){0,3}(?:service|model|version|ranker|classifier|endpoint|system|pipeline)|blue[/-]green(?! (?:pathways?|zones?|areas?|wards?|routes?|teams?|sites?|colou?rs?|lights?|cohorts?|patients?|spaces?|beds?|streams?)\b)|roll(?:ing|ed)?[- ]?backs?|revert\w*|kill[- ]switch\w*|feature flags?|fall ?back to (?:the )?(?:previous|old|current|last|rules|heuristic|moving average)|champion[/ -]challenger|pilot(?:s|ed|ing)? (?:in|with|on|at) (?:the |our |two |three |a few |\d+ )?(?:[\w-]+ ){0,4}(?:depots?|stores?|sites?|regions?|markets?|cities|city|warehouses?|plants?|hospitals?|clinics?|branches|teams?|countries|country|districts?) first\b|pilot (?:in|with|on|at) (?:\d+|a few|some|one)(?=[^.;]{0,80}\b(?:then|before|expand\w*|extend\w*|wider|rest|gradual\w*|ramp\w*|compar\w*|if|once|after)\b)|(?:then |rolled out |roll out |launch\w* |expand\w* )(?:region|market|country|store|city) by (?:region|market|country|store|city)|switch(?:es|ed)? back|switch(?:es|ed|ing)? (?:over )?to (?:the |a )?(?:previous|prior|last (?:good|known[- ]good)|older|historical)(?: or (?:historical|previous|older))?(?: [\w-]+)? (?:model|version|release|checkpoint)|switch(?:es|ed)? (?:[\w-]+ ){1,4}back to\b|config(?:uration)? flag|kill[- ]switch|run(?:s|ning)? (?:silently|in silence|in the background|alongside|side by side|next to)|silent mode|(?:team|tenant|customer|group) by (?:team|tenant|customer|group)|one (?:airport|region|market|store|city|country|line|team|site|customer|tenant|cluster|plant|warehouse) at a time|to one (?:\w+ )?first|(?:as|with) (?:the |a )?fallback (?:if|when|in case|should)|(?:introduc|launch|releas|deploy|roll)\w* (?:(?:of )?(?:the |our |this )?[\w-]+ ){0,4}to (?:only )?(?:a )?(?:small|limited|select(?:ed)?|few) (?:(?:subset|group|number|set|share) of )?(?:[\w-]+ )?(?:users|customers|stores|regions|markets|cities|countries|drivers|merchants|sellers|accounts|agents|branches|sites|hospitals|clinics|schools)\b|(?:a )?(?:small|limited|select(?:ed)?) (?:subset|group|number|cohort|set|share|percentage) of (?:[\w-]+ )?(?:users|customers|stores|drivers|merchants|sellers|accounts|agents)\b(?=[^.;]{0,80}\b(?:then|before|first|beta|pilot|feedback|all (?:users|customers)|everyone|expand\w*|wider|with access to the (?:model|feature|new)|for (?:evaluation|testing))\b)|first (?:\d+|a few|a handful of|one|two|three|five|ten) (?:[\w-]+ ){0,2}(?:users|agents|stores|customers|drivers|clinics|hospitals|sites|teams|cars|vehicles|devices|accounts|sellers|merchants|schools|cities|regions|markets|branches|warehouses|plants|employees|reviewers|moderators|analysts|adjusters|pilots?)\b(?=[^.;]{0,120}\bthen\b))\b|(?:,|;|→|->)\s*(?:and )?then (?:to )?(?:everywhere|everyone|all (?:other )?(?:users|agents|stores|markets|regions|countries|customers|sites|teams|depots|clinics|brokerages|warehouses))\b|\d(?<![a-z0-9.~]\d)(?<!\b(?:from|by) ~?\d)\d* ?% ?(?:→|->|to|,|then) ?\d+ ?%|\d(?<![a-z0-9.~]\d)\d* ?% of (?:all |the |our )?[\w-]+\b[^.;]{0,60}?,? (?:and )?then (?:to )?(?:\d+ ?%|everyone|everybody|all (?:users|traffic|customers|workspaces|accounts))/g;

/** The model is down or too slow: what a fallback then covers is availability, not a rollout. */
const DEGRADED = /\b(?:time-?outs?|timed? out|unavailable|is down|goes down|outages?|errors?|fails?|failures?|crash\w*|unreachable|exceeds? (?:the |its )?(?:latency|deadline|budget))\b/;

const ERROR_BANDS = /\bwithin\b|\bof (?:the )?(?:true|actual|real|observed) (?:values?|prices?|labels?)\b|\b(?:errors?|tolerances?|accuracy|deviation)\b/;

/**
 * Automation switched on behind a quality gate: "If the experiment is successful (precision >= 0.99
 * on the reviewed questions), we will turn on automatic categorization" (predictions go out for human
 * review first, then act on their own).
 */
const AUTOMATION_GATE =
  /\b(?:if|once|when|after)\b(?:[^.;]|\.\d){3,160}?\b(?:turn(?:s|ed)? on|switch(?:es|ed)? on|enabl(?:e|es|ed|ing)|activat(?:e|es|ed|ing)) (?:the )?(?:automatic|automated|auto-?[a-z]+|full automation|fully automatic)|\b(?:automatic|automated|auto-?[a-z]+) [\w-]+(?: [\w-]+)? (?:will be|is|gets) (?:turned|switched) on (?:only )?(?:if|once|when|after)\b/;
const GATE_THRESHOLD = /\b(?:precision|recall|accuracy|f1|error rate|agreement|success\w*)\b|[<>≥≤]=?|\d ?%/;

/** "try the model on 1-5% of users …" then "If all okay - increase the number of users": a small share first, widened later. */
const SMALL_SHARE_FIRST = /\b(?:(?:test|run|try|launch|releas|deploy|start)\w* (?:[\w/-]+ ){0,4}?(?:on|to|with) (?:only )?(?:a |an )?(?:small(?:er)?|limited|tiny) (?:portion|fraction|share|percentage|subset|slice|part) of (?:the |our )?(?:online |live |production |real )?(?:traffic|users|requests|customers|members)\b)|\b(?:try|test|launch|release|roll\w* ?out|expose|show|deploy|start)\w* (?:the |our |a |with the )?(?:new |first )?(?:model|feature|version|classifier|ranker|system|it)? ?(?:on|to|with) (?:only )?(?:~|about )?\d+(?:\.\d+)?\s*(?:[-–]\s*\d+(?:\.\d+)?\s*)?% of (?:the |our |all )?(?:users|traffic|requests|customers|accounts|sessions|stores|members)\b/;
/**
 * A pilot on a small part before the wide launch: "use the service for one store and a limited number of
 * products … before a full-scale launch", "pilot in two hospitals, then roll out to the region".
 */
const PILOT_THEN_WIDER =
  /\b(?:pilot\w*|use|using|launch\w*|deploy\w*|roll\w* ?out|releas\w*|test\w*|try|trial\w*|run\w*|start\w*)\b[^.;]{0,60}?\b(?:in|for|on|at|with|to) (?:only )?(?:one|a single|a few|two|three|a (?:small|limited) (?:number|set|group) of|\d+) (?:[\w-]+ ){0,2}?(?:stores?|cit(?:y|ies)|markets?|regions?|sites?|warehouses?|hospitals?|clinics?|countr(?:y|ies)|branch(?:es)?|teams?|merchants?|restaurants?|plants?|factories|depots?|offices?|wards?|schools?|departments?|divisions?)\b[^.;]{0,100}?\b(?:before (?:a |the )?(?:full[- ]scale |full |wider |broader |(?:company|hospital|org|organi[sz]ation|enterprise|system|state|region|nation|country)[- ]wide |global |general |complete |national )?(?:launch|roll-?out|release|deployment)|before (?:rolling|expanding|extending|scaling|widening|opening)(?: it| them| this| the [\w-]+)?(?: out)? (?:to|across)|then (?:expand|extend|roll\w* ?out|scale|widen|go)\w*)/;
const WIDER_LAUNCH = /\bbefore (?:a |the )?(?:[\w-]+ )?(?:launch|roll-?out|release|deployment|rolling|expanding|extending|scaling|widening|opening)|\bthen (?:expand|extend|roll|scale|widen|go)/;
const RAMP_ON_OK =
  /\bif (?:all|everything|it|results?|metrics?|the (?:metrics|results|numbers|kpis)) (?:is |are |looks? |goes? |stays? |hold )?(?:ok(?:ay)?|good|fine|well|healthy|positive|up)\b[^.;]{0,20}?\b(?:increas|expand|grow|widen|rais|extend)\w* (?:the )?(?:number of (?:users|customers|accounts|stores)|share|traffic|percentage|exposure|rollout|audience|coverage)\b/;
const WIDEN_LATER = /\b(?:deploy\w*|roll\w* ?out|releas\w*|launch\w*|ship\w*) (?:[\w-]+ ){0,3}?to (?:all|every|100 ?%(?: of)?) (?:the |our )?(?:production |live |remaining )?(?:users|customers|traffic|members|requests)\b|\b(?:before|then|prior to|ahead of|followed by) (?:a |the )?(?:full|wide|wider|general|complete|global|company-?wide) (?:rollout|roll-out|launch|release|deployment|availability)\b|\b(?:increas|expand|grow|widen|rais|extend|scal)\w* (?:the )?(?:number of (?:users|customers|accounts|stores)|share|traffic|percentage|exposure|rollout|audience|coverage)\b/;

/** A pilot cohort counted: "10 pilot users", "pilot with 3 clinics". */
const PILOT_COHORT = /\b(?:\d+ pilot (?:users|customers|sites|stores|teams|clinics|hospitals|cities|agents)|pilot(?:ing)? (?:with|for|on|in) (?:\d+|a few|a small group of|one|two|three|five) [\w-]+)/;
/** The first release given a share of the traffic or the work: "first go live … must replace 20% of the emails". */
const FIRST_SHARE = /\b(?:first|initial|1st) (?:go[- ]live|deployment|release|launch|rollout|roll-out)\b[^.;]{0,80}?\b\d{1,2}(?:\.\d+)? ?% of (?!(?:the |our )?(?:data|dataset|training|time|budget|accuracy)\b)/;
/** A later, wider stage: "### Phase 3: Beta", "Phase 4: GA", "- Full company rollout", "Second deployment … must replace 40%", "general availability" (not "tracked in GA", the analytics tool). */
const LATER_STAGE = /\b(?:beta|general availability|(?:second|2nd|third|3rd|next|final|subsequent) (?:go[- ]live|deployment|release|launch|rollout|roll-out)\b[^.;]{0,80}?\b\d{1,3}(?= ?% of (?!(?:the |our )?(?:data|dataset|training|time|budget|accuracy)\b))|(?<=phase \d+\W{1,3})ga|ga (?:release|launch|rollout)|full (?:[\w-]+ )?(?:rollout|roll-out|launch|release)|(?:company|org(?:anisation|anization)?)[- ]wide (?:rollout|roll-out|launch|release)|(?:roll(?:ed|ing)? ?out|expand\w*|extend\w*|launch\w*) to all (?:users|customers|stores|sites|regions|clinics|hospitals)|then all (?:users|customers|stores|sites|regions))\b/;

/** "### Phase 3: Beta" / "- Full company rollout" anywhere in the doc (the fact a counted pilot needs). */
function docHasLaterStage(doc: ParsedDoc): boolean {
  for (const h of doc.headings) if (LATER_STAGE.test(h.norm)) return true;
  for (const v of doc.units) if (LATER_STAGE.test(v.low)) return true;
  return false;
}

/**
 * "### Phase 2: Pilot" / "- 10 pilot users" … "### Phase 3: Beta" / "- Full company rollout": a pilot
 * cohort counted is a staged rollout when the doc names a wider stage (1: present; 2: present if
 * docHasLaterStage; 0: absent).
 */
function rolloutLocal(u: Unit, doc: ParsedDoc): LocalVerdict {
  if (rollout(u, doc)) return 1;
  // "First go live/deployment of the classifier must replace 20% of the manually classified emails" (then
  // "Second deployment … 40%"): a first share of the work, widened at a later stage
  const first = FIRST_SHARE.exec(u.low);
  if (first && !isNegated(u.low, first.index, first[0].length, 'strong') && !u.uncommitted) return 2;
  const p = PILOT_COHORT.exec(u.low);
  // ("120 pilot stores schedule from the forecast; 120 control stores … keep their current process": an experiment against a control)
  return p && !isNegated(u.low, p.index, p[0].length, 'strong') && !u.uncommitted && !/\bcontrols?\b/.test(u.low) ? 2 : 0;
}

/** A value that only names a kind of rollout: '"Shadow Mode" Deployment.', "Canary release". */
const BARE_ROLLOUT_VALUE =
  /^[\s"'“”‘’*_]*(?:(?:shadow|canary|dark|blue[-/ ]green|staged|phased|gradual|progressive)\b[\s"'“”‘’*_-]*)+(?:(?:mode|deployments?|releases?|rollouts?|launch(?:es)?|testing|tests?|strategy|approach)\b[\s"'“”‘’*_]*){0,2}\.?\s*$/;

function rollout(u: Unit, doc: ParsedDoc): boolean {
  // (the wide launch is looked for first: the pilot's verbs are common words)
  if (WIDER_LAUNCH.test(u.low) && stated(u.low, PILOT_THEN_WIDER)) return true;
  const small = SMALL_SHARE_FIRST.exec(u.low);
  if (small && !isNegated(u.low, small.index, small[0].length, 'strong') && WIDEN_LATER.test(subtreeLow(doc, u))) return true;
  // "If all okay - increase the number of users": the share widened once the metrics hold
  const ok = RAMP_ON_OK.exec(u.low);
  if (ok && !isNegated(u.low, ok.index, ok[0].length, 'strong')) return true;
  const gate = AUTOMATION_GATE.exec(u.low);
  if (gate && GATE_THRESHOLD.test(sentenceAt(u.low, gate.index)) && !isNegated(u.low, gate.index, gate[0].length, 'strong')) return true;
  // champion/challenger with a random split under an experiment heading is the A/B test, not a rollout
  const m = anyMatch(u.low, ROLLOUT, 'any', (x) => {
    if (/^[\d,;→-]/.test(x[0])) {
      const s = sentenceAt(u.low, x.index);
      // "an 80%, 10%, 10% split into training, validation and test sets": a data split, not a traffic ramp
      if (/\b(?:train\w*|test(?:ing)?|validation|val|holdout|split)\b/.test(s)) return false;
      // "predictions within 5%, 10%, 15% … of the true values": error bands of an evaluation
      if (ERROR_BANDS.test(s) && !/\b(?:traffic|users|customers|roll\w*|ramp\w*|canary|expos\w*|stores|markets|regions)\b/.test(s)) return false;
      // "accuracy went from 57% to 67%", "99%, 98% of the values": a metric or a distribution, not a traffic ramp
      // "X7 Glazing Area (0%, 10%, 25%, 40% (of floor area))": the values a quantity takes, with its unit
      if (/^[^)]{0,12}\(of (?:the )?[a-z]+(?: [a-z]+)?\)/.test(u.low.slice(x.index + x[0].length)) && !/\b(?:traffic|users|customers|roll\w*|ramp\w*|canary|expos\w*)\b/.test(s)) return false;
      if (/\b(?:accuracy|auc|scores?|precision|recall|f1|errors?|loss|quantiles?|percentiles?|distributions?|skew\w*|improv\w*|achiev\w*|validation|outliers?|(?:hyper-?)?parameters?|values|grid)\b/.test(s) && !/\b(?:traffic|users|customers|roll\w*|ramp\w*|canary|expos\w*|stores|markets|regions|cohorts?|population|deploy\w*|releas\w*|launch\w*)\b/.test(s)) return false;
    }
    // "our solution could be rolled out to a scenario with more items": the product widened, not a staged release
    if (/^roll(?:ing|ed)? ?out to$/.test(x[0]) && !/^\s*(?:(?:a|an|the|our|all|\d+(?:\.\d+)?\s*%|\d+|one|two|few|some|more|small|larger|internal|beta|selected|early|first|select)\s+)*(?:\d+(?:\.\d+)?\s*%|percent|users?|customers?|traffic|regions?|markets?|countr(?:y|ies)|cohorts?|employees|staff|testers|beta|internal|fraction|subset|share|slice|groups?|stores?|sites?|cit(?:y|ies)|teams?|merchants?|accounts?|members|partners|production|prod|everyone|all)\b/.test(u.low.slice(x.index + x[0].length, x.index + x[0].length + 50))) return false;
    // "Deep: Fixed query canaries" (debugging ANN recall drops), "canary queries": probe inputs replayed to check the system, not a staged release
    if (/^canar/.test(x[0]) && (/\b(?:query|queries|probe|probes|synthetic|test|golden|sentinel)[ -]$/.test(u.low.slice(Math.max(0, x.index - 10), x.index)) || /^canar\w* (?:quer(?:y|ies)|probes?|inputs?|requests?|prompts?|tokens?|strings?|records?)\b/.test(u.low.slice(x.index)))) return false;
    if (/^champion/.test(x[0]) && (u.sections.includes('evaluation') || /\b(?:experiment\w*|at random|randomi[sz]\w*|randomly)\b/.test(sentenceAt(u.low, x.index) + ' ' + headingOf(u, doc)))) return false;
    // "shadow inventory", "shadow banking", "shadow IT", grey "shadow" text in a search box: the word in another sense
    if (/^shadow$/.test(x[0]) && /^["”'’]?\s*(?:inventory|inventories|pric\w*|bank\w*|economy|ban\w*|accounts?|profiles?|it\b|libraries|copies|dom\b|cast\w*|boxing|figures?|text|ghost|suggestions?|completions?|hints?|placeholders?|effects?)/.test(u.low.slice(x.index + x[0].length))) return false;
    // "WandB … helped me keep track of scores and easily revert to an older version of the code",
    // "use different branches in order to … roll back if needed": going back in one's own experiments or code
    if (/^(?:revert|roll(?:ing|ed)?[- ]?back)/.test(x[0]) && /\b(?:code|notebooks?|scripts?|commits?|experiments?|branch\w*|git|wandb|weights (?:&|and) biases|mlflow runs?)\b/.test(sentenceAt(u.low, x.index)) && !/\b(?:deploy\w*|releases?|rollouts?|traffic|canary|production|serving|endpoints?|flags?)\b/.test(sentenceAt(u.low, x.index))) return false;
    // "GitHub Actions … ensures reproducibility and easy rollback if a pipeline fails": a CI/CD build undone, not a model's release
    if (/^roll/.test(x[0]) && /\b(?:pipelines?|jobs?|builds?|code|commits?|templates?|terraform|infrastructure|iac)\b/.test(sentenceAt(u.low, x.index)) && !/\b(?:models?|traffic|canary|releases?|serv\w*|endpoints?|versions?|predictions?|production|users|shadow|flags?)\b/.test(sentenceAt(u.low, x.index))) return false;
    // "the note's status is reverted back to 'needs more ratings'": an item's state, not a deployment
    if (/^revert/.test(x[0]) && !/\b(?:models?|deploy\w*|releases?|versions?|rollouts?|traffic|canary|previous|old|baseline|checkpoints?|flags?|ranker|classifier|rules engine|launch\w*)\b/.test(sentenceAt(u.low, x.index))) return false;
    // "some other tasks run in the background to guarantee that the service will run smoothly":
    // background jobs, not a new model running silently beside the old one
    if (/^run/.test(x[0]) && !/\b(?:models?|versions?|candidates?|challengers?|classifiers?|rankers?|detectors?|predictions?|scor(?:es|ing))\b/.test(sentenceAt(u.low, x.index))) return false;
    // "without the need for engineering work traditionally required for experiments such as adding feature flags": said to be not needed
    if (/^(?:feature|config|kill)/.test(x[0]) && NOT_NEEDED.test(u.low.slice(Math.max(0, x.index - 120), x.index))) return false;
    // "on timeout we fall back to the rules engine": degradation when the model is down, not a rollout
    if (/^(?:fall|as|with)/.test(x[0])) {
      const s = sentenceAt(u.low, x.index);
      if (DEGRADED.test(s) && !/\b(?:roll\w*|regress\w*|guardrails?|kill[- ]switch|metrics?|canary|shadow)\b/.test(s)) return false;
    }
    return true;
  });
  if (!m) return false;
  // '**Architecture:** "Shadow Mode" Deployment.': a label whose value only names a kind of rollout
  if (!isBare(u, 2) && !(u.label && BARE_ROLLOUT_VALUE.test(valueOf(u)))) return true;
  // "Rollout:" with sub-bullets "shadow", "canary 5%", "rollback on alerts"
  const text = subtreeLow(doc, u);
  return text !== u.low && contentWords(text) >= 4;
}

const SAME_AS_TRAINING =
  /\b(?:pre-?process\w*|normali[sz]\w*|standardi[sz]\w*|transform\w*|scal(?:e|es|ed|ing)|resiz\w*|tokeni[sz]\w*|encod\w*)\b[^.;]{0,60}\b(?:as|like) (?:was |is |it was |it is |we )?(?:done|did|do) (?:in|during|for|at) (?:the )?training\b|\b(?:same|identical) (?:pre-?processing|transformations?|feature (?:code|pipeline|logic|engineering)|normali[sz]ation|featuri[sz]ation|tokeni[sz]ation)(?: steps?| code| pipeline)? (?:as|that) (?:those |the ones |what )?(?:(?:is|was|are|were|we|i) )?(?:used |applied |apply |ran |run |execute[ds]? |perform(?:ed)? |did |do )?(?:(?:for|in|during|at|on) )?(?:the )?training\b|\b(?:same|identical) (?:pre-?processing|transformations?|feature engineering)(?: steps?)? (?:in|on|to) (?:the )?training (?:data|set) as (?:in|on|to) (?:the )?(?:new|incoming|unseen|test|production|serving|inference) (?:data|requests?|inputs?|records?)\b|\b(?:same|identical) (?:[\w/+-]+ ){0,4}?(?:code|modules?|library|libraries|sql|functions?|package|transforms?|logic|binary) (?:as|that) (?:(?:is|was|were|we) )?(?:used |applied |ran |run )?(?:(?:for|in|during|by|at|to build|to produce|to compute) )?(?:the )?training\b|\b(?:is|are) the same (?:[\w/+-]+ ){0,3}?(?:code|modules?|library|package|binary|functions?) (?:that (?:is |was )?)?(?:used|built|produced|computed) (?:to build|to produce|to compute|for|in|by) (?:the )?training\b|\b(?:the )?same (?:pre-?processing|transformations?|imputations?|encodings?|scaling|normali[sz]ation|feature engineering)(?: steps?)? (?:is |are |gets? )?(?:also )?(?:done|applied|performed|used|run) (?:to|on|for) (?:the )?(?:data (?:entered|submitted|provided|typed|sent) by (?:the )?users?|user(?:'s|s')? (?:inputs?|data|requests?)|(?:new|incoming|unseen|live|production|serving|inference) (?:data|requests?|inputs?|records?))|\b(?:pre-?process\w*|tokeni[sz]\w*|transform\w*|encod\w*|featuri[sz]\w*|clean\w*)(?: and (?:pre-?process|tokeni[sz]|transform|encod|clean)\w*)? (?:the )?(?:user|incoming|new|live|serving|request)(?:'s)? (?:inputs?|requests?|data|text) (?:in )?(?:the )?(?:same|identical) way (?:as|that) (?:the )?(?:training|[\w-]+) data (?:was|were|is|are)\b|\b(?:save[sd]?|saving|export\w*|persist\w*|seriali[sz]\w*|pickl\w*) (?:the )?(?:fitted |trained )?(?:workflows?|pipelines?|transformers?|pre-?processors?|scalers?|encoders?|vectori[sz]ers?)(?: of (?:the )?(?:pre-?processing|feature) (?:operations|steps|transformations))?[^.;]{0,60}?\b(?:deploy|load|reuse|re-use|apply|use)\w* (?:them |it |the same )?(?:in|at|for|during) (?:production|serving|inference|prediction time|the (?:api|service|endpoint))\b|\b(?:pre-?processed|processed|transformed|featuri[sz]ed|tokeni[sz]ed|normali[sz]ed) (?:in )?(?:exactly )?the same way (?:during|in|at|for) (?:both )?training and (?:inference|serving|prediction|(?:testing|test time)(?=[^.;]{0,200}\b(?:browsers?|on-?device|in-app|apps?|phones?|production|serving|inference|clients?)\b))\b/g;
/** One preprocessing step named as serving both sides: "utilizes the `ETL_Pipeline` class …, ensuring it is in the correct format for model training and predictions". */
const PREP_FOR_BOTH =
  /\b(?:pipeline|pre-?process\w*|transform\w*|(?:label |one-?hot )?encoders?|scalers?|featuri[sz]\w*|etl)\b(?:[^.;]|\.(?=\w)){0,100}\bfor (?:both )?(?:model )?train(?:ing)?(?: \([^()]{1,60}\))? and (?:model )?(?:predictions?|inference|serving|scoring)\b/g;
// ("import `matchfeat`, the same library the training pipeline uses"; "each scored pair's feature vector is logged …; a nightly job recomputes features offline … alerts on any mismatch")
const SKEW =
  /\b(the same (?:[\w-]+ )?(?:library|module|package|code(?: path)?|functions?) (?:that |which )?(?:the )?(?:training|offline) (?:pipeline|job|code|notebook|side)s? (?:uses?|calls?|imports?|runs?)|(?:feature vectors?|feature values|features) (?:is|are) logged\b[^.;]{0,80}[.;]?[^.;]{0,80}\b(?:recomput\w*|mismatch\w*)|(?:during|in|at|for) training\b[^.;]{0,80}\b(?:the same|identical\w*)\b[^.;]{0,60}\b(?:at|during|in|for) (?:serving|inference|prediction|scoring)(?: time)?\b|log(?:s|ged|ging)? (?:all |every )?(?:the )?(?:feature values|features|feature vectors|model inputs)\b[^.;]{0,40}\b(?:(?:each|every) time|whenever|at the time|as|when) (?:they(?:'re| are| were) |it(?:'s| is| was) )?(?:served|used (?:for|at|in) (?:serving|inference|prediction|scoring))|(?:calls?|imports?|reuses?|links?|wraps?) (?:that|the) (?:very )?same [\w/+-]+ (?:code|library|module|implementation|functions?|binary)|(?:the )?same [\w/+-]+ (?:code|library|module|implementation|binary|frontend)[^.;]{0,60}\b(?:compiled|wrapped|exposed|bound) (?:as|into|for) [^.;]{0,40}\btraining|train\w* on (?:the |these |those )?logged (?:features?|feature vectors?|feature values|values|inputs)|logs? (?:all )?(?:the )?features? exactly (?:as|like) (?:it|they|the service|we) (?:used|uses|served|saw) them|(?:the )?same [\w/-]+(?: [\w/-]+)? (?:code|logic|library|module|pipeline|functions?) (?:is |are )?(?:used|run|shared|applied) (?:in|by|for) both|(?:identical|the same) (?:in|for|across|between) (?:both )?(?:training and (?:serving|inference|production)|offline and online)|(?:exactly|precisely) the (?:same )?(?:code|logic|functions?|library|pipeline|transformations?) (?:that|which|used)|(?:imports?|reuses?) the (?:very )?same (?:[\w.-]+ ){0,2}(?:module|library|package|code|functions?)|can(?:not|'t) (?:diverge|drift apart|differ) between training and|training[- /]serving skew|train[- /]serve skew|train\w* (?:reads?|uses?|runs? on|is done on|happens on) (?:those|these|the|from (?:the|those)) (?:logs|logged (?:features?|vectors?|values|inputs|snapshots?))|(?:training|train)[- /](?:serving|serve) (?:mismatch\w*|consistency|parity|discrepanc\w*|gap)|(?:the )?exact (?:feature (?:vectors?|values|snapshots?)|features|inputs)[^.;]{0,60}\blogged|online[- /]offline (?:skew|consistency|parity|mismatch|discrepanc\w*)|compar\w* (?:the )?(?:online|serving|production) (?:and|with|to|against|vs\.?|versus) (?:the )?(?:offline|training)(?:[- ]time)? (?:predictions?|scores?|outputs?|features?|feature values)|compar\w* (?:the )?(?:offline|training) (?:and|with|to|against|vs\.?|versus) (?:the )?(?:online|serving|production)(?:[- ]time)? (?:predictions?|scores?|outputs?|features?|feature values)|offline[- /]online (?:skew|consistency|parity|mismatch|discrepanc\w*)|skew|feature parity|(?:same|shared|single|identical|one|common|consistent|unified) (?:feature )?(?:code|logic|pipeline|transformations?|definitions?|feature definitions?|featuri[sz]ation|featuri[sz]er|preprocessing|feature (?:pipeline|store|computation|logic|service))|log(?:s|ged|ging)? (?:the )?(?:served |serving[- ]time )?features? (?:at|during) (?:serving|inference|prediction|request|scoring)(?: time)?|(?:features?|feature values|feature vectors?)[^.;]{0,20}\blogged (?:at|during) (?:serving|inference|prediction|request|scoring)(?: time)?|consisten\w* (?:between|across) (?:training|offline|online|serving)|(?:training|offline) and (?:serving|online) (?:use|share|compute|read|call)|same (?:code|logic|pipeline|features?|feature store) (?:for|in|at|across) (?:both )?(?:training and serving|offline and online|train and serve)|(?:used|shared|read) by both (?:the )?(?:training|offline)[^.;]{0,40}\b(?:and|&) (?:the )?(?:serving|scoring|inference|online|production)|both (?:training|offline)[^.;]{0,30}\b(?:and|&) (?:serving|scoring|inference|online)|log(?:s|ged)? (?:the )?(?:exact )?(?:served )?(?:feature (?:vector|values)|features)[^.;]{0,40}\b(?:served|serving|server|scor\w*|inference|request|decision)|(?:training|the model|the trainer) (?:sees|uses|gets|reads|trains on) (?:exactly )?(?:the same (?:values|features|inputs) )?(?:as |what )(?:serving|production|the (?:server|service|api|online model)) (?:saw|sees|used|uses|got|had)|(?:serving|production|the (?:server|service)) and training (?:see|use|read) (?:exactly )?the same (?:values|features|inputs|feature values))\b/g;

/**
 * One sentence saying the two sides share the feature code, whatever the words: "Feature code for
 * the online store and for training is the same Flink job", "offline and online features are
 * identical", "logged features are compared with the offline recomputation".
 */
/** "log the entire model … with preprocessors", "get the model and preprocessors from the model bucket": the fitted transforms ship with the model. */
const PREPROCESSORS_WITH_MODEL = /\b(?:log|save|package|serialize|serialise|store|bundle|export|pickle|register)(?:s|d|ed|ing)? (?:the )?(?:entire |whole |trained |fitted |final )?(?:model|pipeline)s?\b[^.;]{0,80}?\b(?:with|together with|along with|alongside) (?:its |the |their |all )?(?:fitted )?(?:pre-?processors|pre-?processing (?:pipelines?|steps|objects|transformers?)|transformers|encoders|scalers|feature pipelines?)\b|\b(?:gets?|loads?|fetch(?:es)?|pulls?|downloads?) (?:the )?(?:trained )?model and (?:its |the )?(?:fitted )?(?:pre-?processors|pre-?processing (?:pipelines?|objects)|encoders|scalers|transformers)\b/;
const SKEW_SAME = /\b(?:(?:rather than|instead of|never|no) re-?implement\w*|(?:the )?only place (?:where )?(?:the )?features? (?:are|is|get) (?:built|computed|defined|calculated)|same|identical|byte[- ]identical|bit[- ]identical|(?:a )?single (?:[\w+#-]+ )?(?:library|package|module|codebase|implementation)|shared|reused?|one (?:codebase|definition|implementation)|one (?:[\w-]+ )?(?:library|package|module|job|pipeline)|writes? (?:both )?to (?:both )?the online (?:and|store and to) (?:the )?offline|compar\w* (?:the )?logged)\b/g;
const SKEW_TRAIN_SIDE = /\b(?:train\w*|offline|backfill\w*|backtest\w*|recomput\w*|development (?:sample|data(?:set)?)|dev sample)\b/;
const SKEW_SERVE_SIDE = /\b(?:serv\w*|edge (?:agent|device|box|runtime)s?|(?:nightly|daily|hourly|batch) (?:batch )?(?:feature |scoring |prediction )?(?:jobs?|pipelines?)|(?:browser )?extension|on-?device|clients?|(?:mobile )?app|[\w-]*svc|online|inference|production|request[- ]time|real[- ]time|logged|scor\w*|query encoder|pricer|(?:scoring|inference|pre-?processing|online) workers?)\b/;
const SKEW_FEATURE_SIDE = /\b(?:features?|feature (?:vectors?|values|code|sql|quer(?:y|ies))|sql|transforms?|transformations?|featuri[sz]\w*|pre-?process\w*|code|logic|definitions?|normali[sz](?:ers?|ation)|tokeni[sz]ers?|librar(?:y|ies)|packages?|resiz\w*|prompt (?:builder|layout|format\w*|templates?)|formatting|transcripts?|input (?:tensors?|images?|vectors?)|containers?|extract(?:ion|ors?)|parsers?|docker images?|binar(?:y|ies))\b/;

/** `servingStep`: the unit is a step of the serving pipeline its caption names, which is the serving side. */
function skewBySentence(low: string, servingStep = false): boolean {
  return !!anyMatch(low, SKEW_SAME, 'any', (m) => {
    const s = sentenceAt(low, m.index);
    return SKEW_TRAIN_SIDE.test(s) && (servingStep || SKEW_SERVE_SIDE.test(s)) && SKEW_FEATURE_SIDE.test(s) && !/\bsame (?:model|weights|checkpoint|artifact|artefact)\b/.test(s);
  });
}

/**
 * The data trained on and the data scored said to differ, in one sentence ("the data used to train the
 * models and the data that the model is scoring is qualitatively different, Wikipedia comments vs.
 * Twitter comments"): the train/serve mismatch named, the rubric's "data mismatch" check.
 */
const TRAIN_DATA = /\b(?:data (?:used )?(?:to train|for training)|training (?:data(?:set)?|set|corpus|distribution|examples)|train(?:ed|ing)? (?:on|with) (?:the |this )?data)\b/;
const SCORED_DATA = /\b(?:(?:data|inputs?|traffic|requests|examples|comments|texts?|images?|records) (?:that |which )?(?:the model )?(?:is |are |will be )?(?:scor(?:ed|ing)|serv(?:ed|ing)|seen (?:in production|at inference|online|live))|(?:production|live|serving|online|inference[- ]time|real[- ]world|scored|incoming) (?:data|traffic|inputs?|requests|distribution|examples))\b/;
const DIFFER = /\b(?:(?:qualitatively |quite |very |significantly |substantially |markedly )?different|differs?|mismatch(?:ed|es)?|dissimilar|distribution (?:shift|mismatch))\b/g;

function trainServeDataDiffer(low: string): boolean {
  return anyMatch(low, DIFFER, 'any', (m) => {
    const s = sentenceAt(low, m.index);
    return TRAIN_DATA.test(s) && SCORED_DATA.test(s);
  }) !== undefined;
}

/**
 * "the text is lowercased -> need to take this into account at inference time in prod": a
 * preprocessing of the training data that serving must repeat, said as a requirement.
 */
const PREP_DONE = /\b(?:lower-?cased|upper-?cased|normali[sz]ed|tokeni[sz]ed|stemmed|lemmati[sz]ed|stripped|resized|rescaled|scaled|standardi[sz]ed|encoded|cleaned|pre-?processed|deduplicated|(?:punctuation|stop ?words|accents|emojis|html|urls) (?:was |were |is |are )?removed)\b/;
const REPEAT_AT_SERVING = /\b(?:take (?:this|it|that) into account|apply (?:this|it|that|the same)|(?:must|should|needs? to|has to|have to) (?:be )?(?:appl|repeat|reproduc|replicat|mirror|match)\w*|(?:repeat|reproduc|replicat|mirror)\w* (?:this|it|that|the same))\b[^.;]{0,40}?\b(?:at|during|in|for) (?:the )?(?:inference|serving|prediction|scoring|request)(?: time)?\b|\b(?:take (?:this|it|that) into account|apply (?:this|it|that|the same))\b[^.;]{0,40}?\bin prod(?:uction)?\b/;
const MIMICS_TRAINING = /\b(?:mimic|mirror|replicat|reproduc)\w* (?:exactly |precisely |closely )?(?:the |our )?(?:feature (?:engineering|extraction|computation|pipeline|logic)|pre-?processing|featuri[sz]ation|transformations?)\b[^.;]{0,60}?\b(?:during|in|at|of|for) (?:the )?(?:model(?:l?ing)?|training|development|experimentation)\b/;
function prepRepeatedAtServing(low: string): boolean {
  const r = REPEAT_AT_SERVING.exec(low);
  return r !== null && PREP_DONE.test(sentenceAt(low, r.index)) && !isNegated(low, r.index, r[0].length, 'strong');
}

/** Training's features built like serving's: "Feature engineering pipeline (same as real-time)", "offline features: same code as online". */
const SAME_AS_SERVING = /\b(?:feature(?: engineering| extraction| generation)? (?:pipelines?|code|logic|jobs?)|features|pre-?processing(?: (?:pipelines?|code|steps?))?|transformations?)\b[^.;]{0,30}?\(?(?:the )?same (?:code |logic |pipeline )?as (?:the )?(?:real[- ]?time|online|serving|production|inference|streaming)(?: (?:path|pipeline|features?|code|service))?\b/;

/** "support training (without a cluster running) on the same data as available at runtime": training reads what serving reads. */
const TRAIN_ON_RUNTIME_DATA =
  /\btrain\w*\b[^.;]{0,60}?\bon (?:exactly )?the same (?:data|features|inputs|feature (?:values|vectors)|signals) (?:as |that )?(?:(?:is|are|was|were) )?(?:available|used|seen|computed|served|logged) (?:at|in|during) (?:the )?(?:run[- ]?time|serving|inference|prediction|query|request)\b/;

/** One thing used at both ends: "A text instruction is provided to the model during the training and inference", "the same tokenizer is used for both training and serving". */
const SHARED_TRAIN_INFER = /\b(?:same|identical|shared|single)\b[^.;]{0,60}?\b(?:during|at|in|for|by) (?:both )?(?:the )?training and (?:the )?(?:inference|serving|prediction)\b|\b(?:used|provided|applied|given|run|reused|loaded) (?:to the model )?(?:during|at|in|for) both (?:the )?training and (?:the )?(?:inference|serving|prediction)\b|\b(?:provided|applied|given) to the model (?:during|at|in) (?:both )?(?:the )?training and (?:the )?(?:inference|serving|prediction)\b/;

const SAME_PREP = /\b(?:identical|the same|same) (?:[\w-]+ ){0,2}?(?:features?|feature (?:engineering|extraction|computation|pipeline|logic)|pre-?process\w*|transform(?:s|ations?)|hashing|normali[sz]\w*|tokeni[sz]\w*|encodings?|scalers?)\b/;
const SERVING_HEADING = /\b(?:inference|serving|prediction|scoring|online)(?: (?:pipeline|path|flow|service|api|time))?$/;
/** "Validate distributions, null rates and transformation hashes between training and serving": the two sides checked against each other. */
const TRAIN_SERVE_CHECKED =
  /\b(?:validat|compar|check|test|reconcil|verif|assert)\w*\b([^.;]{0,100}?)\bbetween (?:the )?(?:training|offline|train)(?: (?:data|features?|pipeline|side|time))? and (?:the )?(?:serving|online|inference|production|serve)\b/;
/** What is checked must be the data or its transformation (not "latency", "hardware"). */
const CHECKED_DATA = /\b(?:distributions?|features?|feature values|statistics|stats|schemas?|hash(?:es)?|null|defaults?|inputs?|predictions?|scores?|transform\w*|encodings?|vocab\w*|values)\b/;

const MOCK_AND_LIVE = /\b(?:mock|mocked|stub|stubbed|fake|dry[- ]run|sandbox)\b[^.;]{0,20}?(?:\s(?:and|or|vs\.?)|\s?[&/])\s*(?:the )?(?:live|real|production|prod)\b/;
const SAME_CODE_ANY_HARDWARE = /\bsame code\b[^.;]{0,40}\b(?:on|across) (?:any|all|different|every|other) (?:[\w-]+ )?(?:processors?|cpus?|gpus?|devices?|hardware|platforms?|chips?)\b/;

function trainingServingSkew(u: Unit, doc: ParsedDoc): boolean {
  const low = u.low;
  // "Reproducibility – same code supports mock & live OpenAI runs", "use the same code to do inference on any Intel
  // processor": one code for mock and live runs, or for several kinds of hardware, not training/serving parity
  if ((MOCK_AND_LIVE.test(low) || SAME_CODE_ANY_HARDWARE.test(low)) && !/\b(?:train\w*|features?|offline|pre-?process\w*)\b/.test(low)) return false;
  if (skewBySentence(low)) return true;
  if (SERVED_FEATURES_REPLAYED.test(low) && !u.uncommitted) return true;
  // "## Inference Pipeline" → "- Applies identical feature engineering and hashing": a step of the
  // serving path said to do what training did (the other side implied by "identical")
  if (u.kind === 'item' && !u.parentText) {
    const heading = headingOf(u, doc);
    const same = SERVING_HEADING.test(heading) && !SKEW_TRAIN_SIDE.test(heading) ? SAME_PREP.exec(low) : null;
    if (same && !isNegated(low, same.index, same[0].length, 'any')) return true;
  }
  const checked = TRAIN_SERVE_CHECKED.exec(low);
  if (checked && CHECKED_DATA.test(checked[1]) && !verbNegatedAt(low, checked.index) && !isNegated(low, checked.index, checked[0].length, 'strong') && !u.uncommitted) return true;
  if (stated(low, SAME_AS_SERVING) || stated(low, SHARED_TRAIN_INFER) || stated(low, TRAIN_ON_RUNTIME_DATA)) return true;
  if (prepRepeatedAtServing(low)) return true;
  // "The streaming job extracts features from the incoming telemetry. This exactly mimics the feature
  // engineering process performed during modeling.": serving's features made as training's were
  const mim = MIMICS_TRAINING.exec(low);
  if (mim && (SKEW_SERVE_SIDE.test(low) || /\b(?:streaming|incoming|live)\b/.test(low)) && !isNegated(low, mim.index, mim[0].length, 'strong')) return true;
  if (trainServeDataDiffer(low)) return true;
  // "Batch prediction, nightly:" then "2. Build features for all ATMs (same code used for the training sets)"
  if (u.kind === 'item' && (SKEW_SERVE_SIDE.test(u.parentText) || /\bpredict\w*\b/.test(u.parentText)) && !SKEW_TRAIN_SIDE.test(u.parentText) && skewBySentence(low, true)) return true;
  // "These images will undergo the same preprocessing steps as those used for training data"
  // (the validation or test set prepared like the training set is an experiment's hygiene, not serving)
  if (anyMatch(low, SAME_AS_TRAINING, 'any', (m) => {
    const s = sentenceAt(low, m.index);
    return !/\b(?:validation|test|dev|holdout|hold-out|eval\w*) (?:sets?|data(?:sets?)?|splits?|folds?)\b/.test(s) || SKEW_SERVE_SIDE.test(s);
  })) return true;
  if (anyMatch(low, PREP_FOR_BOTH, 'any')) return true;
  if (affirmed(u, PREPROCESSORS_WITH_MODEL, 'strong')) return true;
  SKEW.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = SKEW.exec(low)) !== null && guard++ < 20) {
    const s = sentenceAt(low, m.index);
    // "columns checked for missing values, normality, and skew", "features right- or left-skewed … log-transformed":
    // a distribution's skewness, not training vs serving
    if (m[1] === 'skew' && !/\b(train\w*|serv\w*|online|offline)\b/.test(s) && (!/\bfeatures?\b/.test(s) || /\b(?:normality|skewness|kurtosis|distributions?|outliers?|missing values|histograms?|descriptive statistics|mean|median|variance|skewed|log[- ]?transform\w*|normally distributed)\b/.test(s))) continue;
    // "reduce memory usage during both training and inference" is about cost, not the features
    if (/^both /.test(m[1]) && !SKEW_FEATURE_SIDE.test(s)) continue;
    // sameness between training and serving, not "identical datasets with consistent preprocessing and training" for a fair comparison
    if (/^(?:same|shared|single|identical|one|common|consistent|unified|exactly|precisely)/.test(m[1]) && !(SKEW_SERVE_SIDE.test(s) || /\b(?:both|phones?|devices?|apps?|mobile|clients?|browsers?|in-app|on-?device|tfjs|webaudio|query encod\w*|exported|deploy\w*|runtime|predict\w*|live)\b/.test(s))) continue;
    // "do not use the same feature code" negates a claim of sameness, weakly worded or not
    const sameness = /^(?:same|shared|single|identical|one|common|consistent|unified|exactly|precisely)/.test(m[1]);
    // "add the model's .dvc file for tracking in the same pipeline as auto-deployment": one CI pipeline
    // for the model files, no features or preprocessing shared by training and serving
    if (/^(?:same|shared|single|identical|one|common|consistent|unified) pipeline$/.test(m[1]) && !SKEW_FEATURE_SIDE.test(s) && !/\btrain\w*\b[^.;]{0,60}\b(?:serv\w*|inference|scor\w*|predict\w*)\b|\b(?:serv\w*|inference|scor\w*|predict\w*)\b[^.;]{0,60}\btrain\w*/.test(s)) continue;
    // "we do not log features when they are served" refuses the guard as plainly as "not the same code"
    if (isNegated(low, m.index, m[1].length, sameness || m[1].startsWith('log') ? 'any' : 'strong')) continue;
    SKEW.lastIndex = 0;
    return true;
  }
  SKEW.lastIndex = 0;
  return false;
}

const SCALING =
  /\b((?:across|on|over|to) \d+ (?:vms|virtual machines|machines|nodes|workers|instances|executors|servers|pods|gpus|containers)\b(?=[^.;]{0,40}\bparallel)|(?:in parallel|parallel(?:i[sz]ed)?|fans? out|sharded|distributed) (?:across|on|over|to) \d+ (?:vms|virtual machines|machines|nodes|workers|instances|executors|servers|pods|gpus|containers)|auto-?scal\w*|spawn(?:s|ed|ing)? (?:new |more |additional |extra )?(?:instances|replicas|pods|workers|containers|nodes|servers)|handles? (?:increasing|increased|growing|higher|more) (?:scale|load|traffic)|spot (?:instances|nodes|vms|capacity|fleet)|(?:inference|scoring|prediction|the job|the work|work) is (?:partitioned|sharded|split|parallel\w*) (?:by|across|into|over)|automatic (?:[\w-]+ )?scaling|scal(?:e|es|ed|ing)(?: down)? to zero|(?:distributed|in-memory) cach(?:e|es|ing)|cach(?:e|es|ed|ing) (?:\([^)]{1,40}\) )?(?:of |for )?(?:the )?(?:frequently|commonly|often|most) (?:accessed|requested|used|queried|viewed)|horizontal(?:ly)? scal\w*|scale[sd]? (?:out|horizontally|up|down|in ?\/ ?out|with (?:traffic|load|qps|demand))|scaling out|vertical(?:ly)? scal\w*|\d+\s*(?:[–-]|to)\s*\d+ (?:replicas|pods|instances)|(?:add|adding|more|extra) (?:\w+ )?replicas|replicas? (?:are |is )?(?:added|scaled|autoscal\w*)|load[- ]balanc\w*|shard\w*(?! (?:iterators?|ids?|keys?|numbers?)\b)|partition\w* (?:the )?(?:index|model|traffic|embeddings)|(?:partitions?|shards?|index(?:es)?|models?|services?|servers?) (?:is |are )?replicated\b|(?:multiple|several|many|more) (?:api |web |app |inference |model )?(?:servers|instances|replicas|workers) (?:to |that |which |can |will )?(?:[\w-]+ ){0,3}?(?:process|handle|serve)\w* (?:the )?(?:[\w-]+ )?(?:requests|traffic|load|queries)|cach(?:e|es|ed|ing) (?:(?:the|user|item|query|per-user|popular) ){0,2}(?:predictions?|scores?|results?|embeddings?|recommendations?|responses?|candidates?|outputs?|lists?)|(?:predictions?|scores?|results?|embeddings?|recommendations?|responses?|candidates?) (?:are |is )?cached|cach\w* (?:for|with a ttl|ttl) ?\d*|cache hit|(?:sized|provisioned|capacity) for \d+(?:\.\d+)?x|\d+ (?:pods|replicas|instances|nodes) per (?:az|zone|region|node|cluster)|cach(?:e|es|ed|ing) (?:the )?(?:[\w-]+ ){1,2}(?:predictions?|scores?|results?|recommendations?|responses?|lists?|rankings?)|semantic cach\w*|(?:response|result|answer|prediction|embedding) cach\w*|memoi[sz]\w*|quanti[sz]\w*|int8(?![\w-]*\.(?:png|jpe?g|gif|svg|webp|bmp)\b)|fp16|bf16|half[- ]precision|distill\w*|(?=prun)(?<!\b(?:correlation|feature|attribute|variable|column|tree|branch|data|candidate|index|cache|log) )prun(?:e|ed|ing)(?! (?:the |of )?(?:features?|attributes?|columns?|variables?|correlated|rows?|candidates?|logs?)\b)|model compression|compress\w* (?:the )?model(?! (?:is |was )?(?:saved|stored|uploaded|kept|archived|written)\b)|onnx|tensorrt|(?:treelite|lleaves)[^.;]{0,20}\bcompil\w*|compil\w*[^.;]{0,30}\b(?:treelite|lleaves)|(?:re-?)?partition(?:s|ed|ing)? (?:the (?:[\w-]+ )?)?(?:in)?to \d+ (?:[\w-]+ )?partitions\b[^.;]{0,60}?\b\d+ (?:[\w-]+ )?(?:workers|executors|nodes|machines|consumers)\b|compil(?:e|es|ed|ing) (?:the |our |its )?(?:[\w-]+ ){0,3}(?:trees?|models?|ensembles?|graphs?|networks?) (?:in)?to (?:java|c\+\+|c|native|rust|llvm|machine|byte)\b|[\w-]+ (?:are |is )?cached in (?:redis|memcached|memory|an? (?:in-memory |local |distributed )?cache)|(?:stored|kept|held|served|put|saved|loaded) (?:in|from|into) (?:an? |the )?(?:in-memory |local |distributed |redis |low-latency )?cache\b(?! (?:invalidation|misses|folders?|director(?:y|ies)|dirs?|paths?|files?)\b)(?!\s*\/)|openvino|tflite|core ?ml(?! (?:readiness|gaps?|capabilit\w*|competenc\w*|skills?|team|concepts?|principles?|knowledge|work|problems?|tasks?)\b)|on-?device|edge (?:inference|deployment|devices?)|batch(?:ing|ed) (?:requests|inference|predictions|calls)|(?:single|one) batched (?:model |inference |scoring |prediction )?(?:calls?|requests?|passes)|dynamic batching|(?:groups?|grouping|combines?|combining|collects?|bundles?|packs?) (?:the )?(?:[\w-]+ ){0,2}(?:requests|queries|calls) into (?:[\w-]+ )?batches|request batching|micro-?batch\w*|gpu inference|cpu inference|cpu[- ]only (?:serving|inference)|serverless|cdn|warm pool|capacity planning|two[- ]stage (?:funnel|ranking)|funnel (?:architecture|design|approach)|(?:multi|two|three|four|[234])[- ]stages? (?:funnel|recommend\w*|ranking|retrieval|architecture|system|pipeline|cascade)\b[^.;]{0,60}\b(?:to|in order to|so (?:that|we)) (?:meet|hit|keep|stay|reduce|cut|scale|serve|handle)\b|(?:light|lighter|lightweight|small|cheap) (?:[\w-]+ )?(?:model|network|ranker)\b[^.;]{0,80}\bheavy (?:[\w-]+ )?(?:model|network|ranker)|tensorflow\.?js|tfjs|in[- ]browser inference|(?:runs?|run|implemented|deployed|executed) (?:directly )?(?:in|on) the browser|cheap(?:er)? (?:first|model first)|(?:fast(?:er)?|cheap(?:er)?|quick(?:er)?) (?:[\w-]+ )?(?:filter(?:s|ing)?|pre-?filter\w*) (?:process|pass|stage|step|model)\b[^.;]{0,40}\b(?:slow(?:er)?|more expensive|costlier|heav(?:y|ier))\b|lightweight (?:first[- ]pass )?(?:model|ranker|filter)|first[- ]pass (?:ranker|model|filter)|cascade\w*(?!\s+(?:into|effects?|failures?|down|of (?:events|failures|errors)))|(?:cpu|gpu) workers|worker pools?|in parallel (?:across|on|over) (?:\d+|many|multiple|several) (?:\w+ )?(?:workers|gpus|cpus|nodes|pods|machines|shards|cores|processes|threads)|parallel (?:workers|inference|scoring|processing|calls|requests)|decoupl\w*|cap(?:ped)? (?:at|to) [\d.,]+k?(?![\d.,]*\s*(?:%|percent|×|x\b|times\b))|never score all|lazil?y|hpa|horizontal pod autoscal\w*|continuous batching|prefix caching|kv[- ]cach\w*|paged ?attention|(?:4|8|four|eight)-?bit (?:weights|quanti[sz]\w*|models?|inference)|awq|gptq)\b/g;

/** A row or list under "Pros / Cons": the properties of a candidate, not the design. */
const PROS_CONS_CTX = /\b(?:pros?|cons?|advantages?|disadvantages?|trade-?offs?|strengths?|weakness(?:es)?)\b/;

const LB_BETWEEN_SERVICES = /\b(?:to|between|among|across) (?:one of )?(?:the )?(?:two|three|four|five|\d+|different|separate|several|multiple|various) (?:different |separate )?(?:containers|services|apps|applications|uis|tools|web ?apps)\b/;

/**
 * A scaling word in another sense, told by its sentence: "I will quantize the notes to some arbitrary
 * precision" (a time grid), "max_depth … before it is pruned" (a decision tree), "the number of
 * mosquitoes in each record was capped at 50" (a count in the data).
 */
const TRAINING_SIDE = /\b(?:train(?:ing|ed)?|fit(?:ting)?|hyper-?parameter\w*|grid search|epochs?|wandb|weights (?:&|and) biases|experiment tracking)\b/;
const INFERENCE_SIDE = /\b(?:serv(?:e[sd]?|ing|ices?|ers?)|inference|infer|predict\w*|requests?|latency|endpoints?|deploy\w*|online|real[- ]?time|traffic|qps|users?)\b/;

const SCALING_WORD_ELSEWHERE: ReadonlyArray<readonly [RegExp, (s: string, para: string) => boolean]> = [
  [/^quanti[sz]/, (s) => /\bquanti[sz]\w* (?:the )?(?:notes?|melod\w*|timings?|beats?|rhythms?|midi|pitch\w*|measures?|prices?|values?)\b|\b(?:polyphonic|monophonic|midi|melod(?:y|ies)|rhythms?|eighth notes?|(?:eight|sixteenth|quarter) notes|notes that)\b/.test(s) || !/\b(?:models?|weights?|int8|int4|fp16|bf16|\d-?bits?|inference|onnx|tensorrt|tflite|core ?ml(?! (?:readiness|gaps?|capabilit\w*|competenc\w*|skills?|team|concepts?|principles?|knowledge|work|problems?|tasks?)\b)|networks?|latency|size|embeddings?|vectors?|index)\b/.test(s)],
  [/^prun/, (s) => /\b(?:trees?|max_depth|max depth|branch\w*|leaf|leaves|overfit\w*|trials?|optuna|hyper-?parameters?)\b/.test(s) && !/\b(?:inference|latency|model size|compress\w*|weights|serving)\b/.test(s)],
  [/^capped/, (s) => !/\b(?:candidates?|scor\w*|per (?:member|user|request|query|session)|requests?|qps|traffic|concurren\w*|replicas?|pods?|instances?|workers?|rate|calls?|connections?|batch(?:es)?|tokens?|threads?|gpus?|cpus?|memory|autoscal\w*|nodes?)\b/.test(s)],
  // "efficiently use all of the CPU cores in our system when training", "serverless training with Vertex AI",
  // "serverless jobs with CPU and WandB integration": the training run made fast, not inference at scale
  // (a sentence silent on both sides is read with its paragraph: "n_jobs: … multi-core parallel
  // processing. This allows it to use all of the CPU cores when training")
  [/^(?!quanti|distill|onnx|tensorrt|openvino|tflite|core ?ml(?! (?:readiness|gaps?|capabilit\w*|competenc\w*|skills?|team|concepts?|principles?|knowledge|work|problems?|tasks?)\b)|int8|fp16|bf16|prun|cach|memoi)/, (s, para) => {
    const train = TRAINING_SIDE.test(s), serve = INFERENCE_SIDE.test(s);
    if (train || serve) return train && !serve;
    return TRAINING_SIDE.test(para) && !INFERENCE_SIDE.test(para);
  }],
  // "Navigate to Databases > Indexes and make a serverless Index": a storage tier picked in a setup step, nothing served at scale
  // ("BigQuery is Google's serverless, highly scalable and cost-effective multi-cloud data warehouse": a storage product described)
  [/^(?:serverless|scal|horizontal)/, (s) => (/\bserverless (?:index(?:es)?|databases?|db|vector (?:stores?|dbs?|databases?)|tables?|storage|collections?)\b/.test(s) || /\b(?:data ?warehouses?|data lakes?|databases?|object storage|bigquery|snowflake|redshift)\b/.test(s)) && !INFERENCE_SIDE.test(s)],
  // "12-month forecasts guide long-term hedges, peak capacity planning, and financial budgeting": the business
  // planning the model's forecasts serve, not capacity planned for the serving system
  [/^capacity planning/, (s) => /\b(?:forecasts?|projections?|predictions)\b[^.;]{0,40}?\b(?:guides?|guiding|informs?|supports?|feeds?|drives?|helps?|enables?|used for|used in)\b/.test(s) && !INFERENCE_SIDE.test(s)],
  // "Edge devices record and preprocess audio": devices that capture the data, no model run on them
  [/^(?:edge|on-?device)/, (s) => !INFERENCE_SIDE.test(s) && !/\b(?:models?|predict\w*|detect\w*|classif\w*|runs?|running|quanti[sz]\w*|tflite|onnx|latency)\b/.test(s) && /\b(?:record\w*|captur\w*|collect\w*|pre-?process\w*|sens(?:e|es|ing|ors?)|upload\w*)\b/.test(s)],
];

const QUEUE_WORD = /\bqueu(?:e|es|ed|ing|eing)\b/;
const QUEUE_ABSORBS = /\bwithout (?:overload\w*|being overwhelmed|dropping (?:events|requests|messages))|\babsorb\w* (?:the )?(?:bursts?|spikes?|peaks?)|\bsmooth\w* (?:out )?(?:the )?(?:bursts?|spikes?|peaks?|load)\b/;
/** Work done ahead so serving is fast: "SHAP reasons pre-computed at scoring time — stored as JSONB for fast API responses". */
const PRECOMPUTED_FOR_SPEED = /\bpre-?comput\w*\b[^.;]{0,80}?\b(?:for|to (?:give|get|make|keep|serve|allow))\b (?:[\w-]+ ){0,2}?(?:fast(?:er)?|quick(?:er)?|instant|low[- ]latency|cheap(?:er)?|sub-?second|millisecond) (?:[\w-]+ )?(?:responses?|serving|lookups?|reads?|retrieval|inference|quer(?:y|ies)|answers?|access|scoring)\b/;

/** An item that lists one of several options ("- Option 4: Serverless (FaaS)"), with no mark that it was picked. */
const OPTION_LABEL = /^option\s*(?:\d{1,2}|[a-h])$/;
const PICKED_MARK = /\b(?:chosen|selected|picked|recommended|preferred|we (?:go|went|will go) with|our (?:choice|pick))\b|✅|✔|☑/;

function scalingEfficiency(u: Unit, doc: ParsedDoc): boolean {
  // "- Option 3: Gunicorn + Flask on a VM" / "- Option 4: Serverless (FaaS)": candidates listed, none picked here
  if (OPTION_LABEL.test(u.label) && !PICKED_MARK.test(u.low)) return false;
  if (stated(u.low, PRECOMPUTED_FOR_SPEED)) return true;
  // "A queue management system such as Redis lists … helps the system handle many hooks without overloading the API": load buffered
  if (QUEUE_WORD.test(u.low) && QUEUE_ABSORBS.test(u.low) && !isNegated(u.low, QUEUE_ABSORBS.exec(u.low)!.index, 8, 'strong')) return true;
  // (a word used in another sense — "training" made fast, a tree pruned — is passed over for the next one)
  const m = anyMatch(u.low, SCALING, 'any', (x) => !SCALING_WORD_ELSEWHERE.some(([word, elsewhere]) => word.test(x[1]) && elsewhere(sentenceAt(u.low, x.index), u.low)));
  if (!m) return false;
  // "The human face detector we used is a Cascade Classifier": OpenCV's Haar cascade, a model, not a cheap-first cascade
  if (/^cascade/.test(m[1]) && (/^\s*classifiers?\b|^[\s\]]*\(https?:\/\/docs\.opencv/.test(u.low.slice(m.index + m[1].length, m.index + m[1].length + 40)) || /\bhaar\b/.test(u.low.slice(Math.max(0, m.index - 12), m.index)))) {
    if (!findAffirmed(u.low.replace(/\b(?:haar )?cascades? classifiers?\b/g, ' '), SCALING, 'any')) return false;
  }
  // "LightGBM | fast CPU inference, handles missing values | needs hand features": a pro, not a plan
  if (/\b(?:cpu|gpu)\b|cheap|light|fast/.test(m[1]) && PROS_CONS_CTX.test(u.label + ' ' + u.parentText)) return false;
  // "an application balancer to direct traffic to one of three containers (Mage, MLflow, Evidently
  // UI)": routing between different tools, not copies of the model sharing load
  if (/^load/.test(m[1])) {
    const s = sentenceAt(u.low, m.index);
    if (LB_BETWEEN_SERVICES.test(s) && !/\b(?:replicas?|copies|identical|inference|model serv\w*|scor\w*|predict\w*)\b/.test(s)) return false;
  }
  if (!isBare(u, 2)) return true;
  const text = subtreeLow(doc, u);
  return text !== u.low && contentWords(text) >= 4;
}

export const DEPLOYMENT_RULES: readonly ItemSpec[] = [
  {
    id: 'deployment.online-vs-batch',
    topic: /online (?:or|vs\.?|versus) batch|batch (?:or|vs\.?|versus) online|real[- ]?time (?:or|vs\.?|versus) batch|(?:online|batch|real[- ]?time) (?:prediction|inference|scoring|serving)|precomput/,
    triggers: ['login', 'logins', 'checkout', 'sends', 'submits', 'uploads', 'http', 'routes', 'route', 'critical', 'sensitive', 'sse', 'server', 'websocket', 'websockets', 'tokens', 'responses', 'answers', 'completions', 'replies', 'online', 'real', 'realtime', 'time', 'near', 'synchronous', 'synchronously', 'demand', 'streaming', 'request', 'low', 'live', 'batch', 'offline', 'nightly', 'daily', 'hourly', 'weekly', 'periodic', 'scheduled', 'asynchronous', 'async', 'precompute', 'precomputed', 'precomputation', 'pre', 'precalculated', 'computed', 'scored', 'scores', 'predictions', 'recommendations', 'embeddings', 'results', 'candidates', 'per', 'path', 'inline', 'hybrid', 'cache', 'scoring', 'inference', 'prediction', 'serving', 'ranking', 'classification', 'job', 'suggestions', 'forecasts', 'scored', 'calls', 'call', 'lazily', 'refresh', 'refreshed', 'sync', 'kafka', 'flink', 'kinesis', 'ranked', 'generated', 'arrives', 'rescan', 'every', 'answered', 'classified'],
    test: onlineVsBatch,
    // `requests.post("http://…/predict", json=…)`, `curl -X POST …/score`: a client asking the service for a prediction
    code: (u) => u.kind === 'code' && PREDICT_CALL_IN_CODE.test(u.low),
    keyPatterns: [MODE, SERVICE_MODE, SERVED_VIA_API, API_SERVED, REQUEST_RETURNS_PREDICTION, PREDICTION_RETURNED, IMPLIED_MODE, STREAM_SCORING, ON_ARRIVAL, ON_EACH_NEW, SCHEDULED_OUTPUT, REQUEST_FOR_SCORES, SCHEDULED_LIST, CRON_SCORING, SCHEDULED_INFERENCE],
    doc: {
      present: 'The prediction mode chosen: "online prediction: ads and context change per request", "scores are precomputed nightly and served from a key-value store", "hybrid: candidates batch, ranking online", "scored synchronously in the authorization call"; a label with its explanation ("Batch: we score all subscribers every Monday night"); an implied choice ("answers are generated on demand", "a POST request to /predict with a JSON record returns the prediction", "a REST service that predicts …", "the model is served behind a FastAPI REST API", what a "### Real-time inference" or "### Batch inference" heading holds, "a streaming job scores each event as it arrives", "nightly batch rescan", "scoring has to be online, at checkout, because the basket only exists then", "Asynchronous. When the upload finishes, a worker scores it", "the FastAPI app wraps the model in a REST API", "classify real-time queries", "predicts fraud risk as transactions occur", "a cron job runs inference and saves the recommendations to the database"). A prediction route that answers with a prediction ("`/predict`: takes in flight data and returns a prediction"); a prediction triggered when a person acts ("trigger prediction when a clinician finalizes a discharge order"); a per-request model call or a hot-path latency budget.',
      absent: '"Real-time vs batch?" / "Batch vs online prediction" with no choice; "Batch and real-time inference" as a bare bullet in a list of capabilities; only features computed in batch or streaming (that is the feature pipeline, not the prediction mode).',
    },
  },
  {
    id: 'deployment.serving-architecture',
    topic: /serving (?:architecture|pipeline|path|system)|prediction (?:service|pipeline)|model server|architecture|candidate generation/,
    triggers: ['function', 'functions', 'receives', 'received', 'accepts', 'handles', 'post', 'predict', 'packaged', 'containerized', 'containerised', 'expose', 'exposes', 'exposed', 'fastapi', 'flask', 'sagemaker', 'vertex', 'bentoml', 'openllm', 'torchserve', 'triton', 'kserve', 'seldon', 'vllm', 'tgi', 'ollama', 'prediction', 'inference', 'scoring', 'ranking', 'retrieval', 'recommendation', 'model', 'cascade', 'device', 'cloud', 'edge', 'serving', 'server', 'service', 'services', 'microservice', 'microservices', 'feature', 'store', 'stores', 'online', 'gateway', 'load', 'balancer', 'endpoint', 'endpoints', 'rest', 'grpc', 'http', 'api', 'candidate', 'candidates', 'generation', 'ranker', 'rerank', 'reranking', 'reranker', 're', 'ann', 'approximate', 'nearest', 'faiss', 'scann', 'hnsw', 'annoy', 'milvus', 'pinecone', 'weaviate', 'vector', 'embedding', 'index', 'elasticsearch', 'opensearch', 'solr', 'inverted', 'redis', 'memcached', 'cache', 'caches', 'kafka', 'kinesis', 'flink', 'spark', 'stream', 'message', 'queue', 'queues', 'tf', 'tensorflow', 'triton', 'torchserve', 'sagemaker', 'vertex', 'kserve', 'seldon', 'bentoml', 'ray', 'lambda', 'kubernetes', 'k8s', 'docker', 'container', 'containers', 'registry', 'blender', 'filter', 'filtering', 'business', 'two', 'multi', 'stage', 'funnel', 'pipeline', 'pipelines', 'database', 'db', 'bigtable', 'dynamodb', 'cassandra', 'client', 'app', 'backend', 'airflow', 'warehouse', 'crm', 'dag', 'cron', 'scheduler', 'job', 'key', 'kv', 'lookup', 'table', 'tables', 'bigquery', 'snowflake', 'hive'],
    test: servingArchitecture,
    keyPatterns: [COMPONENT, QUEUE_WORKER, API_DEPLOYED, SERVICE_LOADS_MODEL, CLIENT_REQUEST],
    code: (u) => servingDiagram(u),
    doc: {
      present: 'How a request becomes a prediction, in words or a labelled diagram: "request → candidate generation (ANN over ad embeddings) → ranking service (features from the online feature store) → re-ranking", a Mermaid flowchart with labelled serving components, or an inference pipeline drawn from its input through two model stages ("Video input → Detect plates via YOLO → … → Read characters via OCR"); a numbered serving pipeline under Deployment whose step runs the model ("4. The cross-encoder scores the checks on the GPU pool").',
      absent: 'An image link alone; the scaffold\'s starter diagram left unchanged; a bare "Prediction service" bullet.',
    },
  },
  {
    id: 'deployment.rollout-strategy',
    topic: /shadow|canary|roll ?out|roll ?back|\bramp|blue[/-]green|dark launch|kill switch/,
    triggers: ['shadow', 'mirror', 'mirrors', 'mirrored', 'mirroring', 'dark', 'canary', 'canaries', 'gradual', 'gradually', 'staged', 'phased', 'progressive', 'ramp', 'ramped', 'ramping', 'ramps', 'roll', 'rolling', 'rolled', 'rollout', 'rollback', 'rollbacks', 'out', 'back', 'blue', 'green', 'revert', 'reverted', 'kill', 'switch', 'feature', 'flag', 'flags', 'fallback', 'fall', 'champion', 'challenger', 'pilot', 'piloted', 'piloting', 'expand', 'cities', 'stores', 'sites', 'hospital', 'hospitals', 'introduction', 'introduce', 'introduced', 'launch', 'launched', 'region', 'market', 'country', 'store', 'city', 'switch', 'config', 'configuration', '%'],
    ...splitTest(rolloutLocal, docHasLaterStage),
    keyPatterns: [ROLLOUT, AUTOMATION_GATE, SMALL_SHARE_FIRST, RAMP_ON_OK, PILOT_COHORT, FIRST_SHARE],
    doc: {
      present: 'A safe rollout with some detail: "shadow for 2 days, then canary 1% → 10% → 50% → 100%, automatic rollback on guardrail alerts", "deploy behind a feature flag with a kill switch back to the rules engine", "A/B tests on a smaller portion of the online traffic … then deployed to all production users"; a counted pilot ("Phase 2: Pilot" → "10 pilot users") when the doc names a later stage (a beta, GA, a full rollout). A first release given a share of the work and a later, wider one ("first go-live must replace 20% of the emails", "second deployment … 40%"); a small share of traffic "before full rollout".',
      absent: 'Bare template bullets ("Shadow deployment", "Canary release"); "we ship to everyone at once"; rollout asked as a question; a pilot run against a control group (the experiment, not the rollout).',
    },
  },
  {
    id: 'deployment.training-serving-skew',
    topic: /\bskew\b|training[- ]serving|parity|consisten/,
    triggers: ['preprocessors', 'exactly', 'precisely', 'training', 'train', 'serving', 'serve', 'skew', 'online', 'offline', 'consistency', 'consistent', 'parity', 'mismatch', 'discrepancy', 'feature', 'same', 'shared', 'single', 'identical', 'one', 'common', 'unified', 'log', 'logs', 'logged', 'logging', 'features', 'both', 'vector', 'used', 'reuse', 'reused', 'compare', 'compares', 'compared', 'transforms'],
    test: (u, doc) => trainingServingSkew(u, doc),
    keyPatterns: [SKEW, SAME_AS_TRAINING, SAME_AS_SERVING, SHARED_TRAIN_INFER, SERVED_FEATURES_REPLAYED],
    doc: {
      present: 'How training and serving compute features the same way: "one feature-store definition for both", "served feature values are logged and reused for training", "shared transformation code, with a daily parity check", "feature code lives in one package imported by the training pipeline and the scoring job", "we log the exact feature vector used at serving time and train on those logs".',
      absent: 'A feature store named without saying it keeps training and serving consistent; skew asked as a question, or raised only by the interviewer; a "| Train/serve consistency | TBD |" row.',
    },
  },
  {
    id: 'deployment.scaling-efficiency',
    topic: /\bscal(?:e|es|ing|able|ability)\b|autoscal|cach(?:e|ing)|quantiz|distill|replicas?|load[- ]balanc/,
    triggers: ['vms', 'machines', 'nodes', 'workers', 'parallel', 'fans', 'autoscale', 'autoscaling', 'autoscaled', 'auto', 'horizontal', 'horizontally', 'scale', 'scales', 'scaled', 'scaling', 'vertical', 'vertically', 'replica', 'replicas', 'replicated', 'load', 'balancer', 'balancing', 'shard', 'sharded', 'sharding', 'shards', 'partition', 'partitioned', 'cache', 'caches', 'cached', 'caching', 'queue', 'queues', 'queued', 'queueing', 'queuing', 'memoize', 'memoized', 'quantize', 'quantized', 'quantization', 'quantise', 'quantised', 'int8', 'fp16', 'bf16', 'half', 'distill', 'distilled', 'distillation', 'prune', 'pruned', 'pruning', 'model', 'compression', 'compress', 'onnx', 'tensorrt', 'openvino', 'tflite', 'coreml', 'core', 'device', 'edge', 'batching', 'batched', 'dynamic', 'request', 'microbatch', 'micro', 'gpu', 'cpu', 'serverless', 'cdn', 'warm', 'capacity', 'precompute', 'precomputed', 'pre', 'two', 'cheap', 'cheaper', 'lightweight', 'first', 'cascade', 'workers', 'worker', 'parallel', 'decouple', 'decoupled', 'cap', 'capped', 'never', 'lazily', 'lazy'],
    test: scalingEfficiency,
    keyPatterns: [SCALING, PRECOMPUTED_FOR_SPEED],
    doc: {
      present: 'How inference meets the latency/cost targets at scale: "stateless ranking pods autoscale on CPU", "user embeddings cached for 10 min", "model quantized to int8", "distilled student model for on-device inference".',
      absent: 'A bare "Scaling" bullet; "the system should be scalable" (reported as vague when no numbers are given); a pro of a candidate in an options table ("fast CPU inference").',
    },
  },
];
