/**
 * Case-study items (src/core/cases.ts): what a strong answer to one of the ten case studies adds.
 * They apply when the front matter names the case (`case: ad-click-prediction`) or
 * LintConfig.caseId does. Each is a concept regex, optionally a second concept that must appear in
 * the same unit (or its sub-bullets), and the usual commitment checks (no question, placeholder,
 * negation or bare mention).
 */
import type { ParsedDoc, Unit } from '../parse';
import { isBare, subtreeLow } from './helpers';
import { findAffirmed } from '../text';
import type { ItemDetector, RuleDoc } from './types';

interface CaseSpec {
  /** Concept the unit must affirm (no `g` flag). */
  readonly re: RegExp;
  /** A second concept required in the unit or its sub-bullets. */
  readonly need?: RegExp;
  /** At least this many distinct matches of `re` (default 1). */
  readonly distinct?: number;
  readonly present: string;
}

const SPECS: Record<string, CaseSpec> = {
  // visual search
  'case.visual-search.contrastive-learning': {
    re: /contrastive|triplet loss|simclr|siamese|positive (?:and|\/) negative (?:image )?pairs|self-supervised|info-?nce/,
    present: 'Contrastive representation learning: "contrastive loss over (query, clicked image) positives and in-batch negatives; SimCLR-style augmentations".',
  },
  'case.visual-search.ranking-metrics': {
    re: /\bmrr\b|mean reciprocal rank|\bmap\b|mean average precision|n?dcg|recall\s?@|recall at k|precision\s?@|precision at k|hit rate/,
    present: 'Ranking metrics offline: "MRR and recall@10 on held-out query images", "nDCG@20 using human relevance grades".',
  },
  'case.visual-search.ann-index': {
    re: /approximate nearest|\bann\b|faiss|scann|hnsw|annoy|\blsh\b|locality[- ]sensitive|nearest[- ]neighbou?r (?:search|index|service)|vector (?:index|db|database|search)|milvus|\bivf\b|product quantization/,
    present: 'ANN search and the index pipeline: "FAISS IVF-PQ index over 2B embeddings, rebuilt nightly; new pins appended hourly".',
  },
  'case.visual-search.online-metrics': {
    re: /\bctr\b|click[- ]through|time spent|saves?|repins?|close-?ups?/,
    present: 'Online metrics: "CTR on suggested images and time spent on them".',
  },
  'case.visual-search.re-ranking': {
    re: /re-?rank\w*|filter\w* (?:out )?(?:private|inappropriate|nsfw|unsafe|duplicates?|near-duplicates)|(?:near-?)?dedup\w*|remove (?:near-)?duplicates|private (?:images|pins)|inappropriate|nsfw/,
    present: 'Re-ranking filters: "drop private and NSFW images, dedupe near-duplicates by perceptual hash".',
  },
  // street view
  'case.street-view-blurring.object-detection': {
    re: /object detection|detectors?|bounding[- ]box(?:es)?|one[- ]stage|two[- ]stage|yolo\w*|\bssd\b|faster r-?cnn|retinanet|\bdetr\b|anchor boxes/,
    present: 'Object-detection framing: "two-stage detector (Faster R-CNN): region proposals, then box regression + classification loss".',
  },
  'case.street-view-blurring.detection-metrics': {
    re: /\biou\b|intersection over union|\bap\b|average precision|\bmap\b|mean average precision/,
    present: 'Detection metrics: "mAP at IoU 0.5; recall matters most — a missed face is a privacy incident".',
  },
  'case.street-view-blurring.nms': {
    re: /non[- ]?max(?:imum)?[- ]suppression|\bnms\b/,
    present: 'Non-maximum suppression: "NMS with IoU threshold 0.5 merges overlapping face boxes".',
  },
  'case.street-view-blurring.augmentation-annotation': {
    re: /augment\w*|annotat\w*|human[- ]label\w*|labell?ers|labell?ed boxes|bounding[- ]box labels/,
    present: 'Annotated boxes and augmentations: "human annotators draw boxes; random crops, flips and brightness jitter applied online".',
  },
  'case.street-view-blurring.batch-pipeline': {
    re: /batch (?:prediction|pipeline|processing|inference|jobs?)|offline (?:pipeline|processing|inference)|user reports?|reported (?:by users|images)|preprocess\w* [^.;]{0,40}(?:cpu|gpu)|(?:cpu|gpu) [^.;]{0,40}(?:decoupl|separate|queue)/,
    present: 'Batch pipeline and feedback: "CPU workers decode and tile images into a queue; GPU workers detect and blur; user blur reports feed the next training set".',
  },
  // youtube video search
  'case.youtube-video-search.text-visual-fusion': {
    re: /inverted index|elasticsearch|lucene|\bbm25\b|text search|visual search|fus(?:e|ion|ing)|combine[sd]? (?:the )?(?:scores|results|lists)|hybrid (?:search|retrieval)/,
    need: /text|keyword|inverted|elasticsearch|bm25|lucene/,
    present: 'Text + visual search fused: "Elasticsearch over titles/tags and ANN over video embeddings; results merged and re-ranked by a fusion model".',
  },
  'case.youtube-video-search.text-normalization': {
    re: /normali[sz]\w* (?:the )?(?:text|query|queries)|lower-?cas\w*|tokeni[sz]\w*|stemm\w*|lemmati\w*|sub-?word|wordpiece|\bbpe\b|sentencepiece|hashing trick|feature hashing|lookup table|vocabulary|\bvocab\b/,
    present: 'Query normalisation and tokenisation: "lower-case, strip accents and punctuation; WordPiece tokens mapped to IDs with a lookup table".',
  },
  'case.youtube-video-search.video-encoding': {
    re: /video[- ]level|frame[- ]level|frame sampl\w*|sampl\w* (?:\d+ )?frames|3d cnn|video encoders?|videomae|timesformer|vivit|\bx3d\b|\bi3d\b|(?:aggregate|average|pool) (?:the )?frame/,
    present: 'Video encoder choice: "frame-level ViT on 1 frame/sec, mean-pooled — cheaper than a video-level 3D CNN".',
  },
  'case.youtube-video-search.contrastive-mrr': {
    re: /contrastive|two[- ]tower|dual[- ]encoder|in-?batch negatives|\bmrr\b|mean reciprocal rank|query[- ]video (?:pairs|embeddings)|info-?nce/,
    present: 'Joint query/video embeddings: "two-tower model trained with contrastive loss on (query, watched video) pairs; MRR offline".',
  },
  'case.youtube-video-search.online-metrics': {
    re: /\bctr\b|click[- ]through|completion rate|watch time|time spent|viewing time/,
    present: 'Online metrics: "CTR, video completion rate and total watch time from search results".',
  },
  // harmful content
  'case.harmful-content-detection.multimodal-fusion': {
    re: /early fusion|late fusion|(?:multi-?modal|cross-?modal) (?:fusion|model|encoder|transformer)|fus(?:e|ion|ing) (?:the )?(?:text|image|video|modalities)|concatenat\w* (?:the )?(?:text|image|modality|embeddings)/,
    present: 'Multimodal fusion: "early fusion — text, image and author embeddings concatenated before the shared layers".',
  },
  'case.harmful-content-detection.multi-task': {
    re: /multi-?task|shared (?:layers|backbone|trunk|encoder|bottom)|per[- ](?:harm|class|category|violation)[- ]heads?|task[- ]specific heads?|separate classifiers|one (?:classifier|model) per (?:class|harm|category)|single (?:binary |multi-?label )?classifier/,
    present: 'Multi-task vs per-class: "one multi-task classifier with a head per harm class — shared layers help rare classes".',
  },
  'case.harmful-content-detection.natural-vs-human-labels': {
    re: /user reports?|reported (?:posts|content)|natural labels?|human (?:review\w*|label\w*|moderators?|annotat\w*|raters?)|moderator (?:decisions|labels)|manual(?:ly)? label\w*/,
    present: 'Label sources: "user reports as noisy training labels; moderator-reviewed samples for evaluation".',
  },
  'case.harmful-content-detection.metrics': {
    re: /pr[- ]?auc|roc[- ]?auc|prevalence|harmful impressions|valid appeals|appeals?|proactive rate/,
    present: 'Metrics: "PR-AUC per class offline; prevalence, harmful impressions, valid appeals and proactive rate online".',
  },
  'case.harmful-content-detection.enforcement': {
    re: /demot\w*|remov\w*|take[- ]?down|downrank\w*|blur\w*|warning (?:screen|label|interstitial)|human review|review queue|moderators?|explain\w* (?:to|the decision|why)|notif\w* (?:the )?(?:user|author)|appeal/,
    present: 'Enforcement: "remove above 0.95, demote between 0.7 and 0.95, send the uncertain band to human review; authors see which policy was violated".',
  },
  // video recommendation
  'case.video-recommendation.objective-choice': {
    re: /watch[- ]?time|completion|clicks?|relevance|engagement|likes?/,
    need: /objective|optimi[sz]|predict|target|labels?|proxy|rank by/,
    present: 'Objective choice: "optimise expected watch time rather than clicks (clickbait) — label = watched ≥ 50%".',
  },
  'case.video-recommendation.funnel': {
    re: /candidate generation|retrieval|two[- ]tower|matrix factori[sz]ation|ranking (?:stage|model)|re-?rank\w*|funnel|multi[- ]stage|two[- ]stage/,
    distinct: 2,
    present: 'The funnel: "candidate generation (two-tower + co-watch + trending, ~1k) → ranking (multi-task DNN) → re-ranking (diversity, freshness)".',
  },
  'case.video-recommendation.cold-start': {
    re: /cold[- ]?start|new (?:users?|videos?|items?|uploads?)/,
    present: 'Cold start: "new users get popular-in-region videos; new videos get exploration traffic and content embeddings".',
  },
  'case.video-recommendation.negative-sampling': {
    re: /negative sampl\w*|sampled? negatives|implicit feedback|(?:positives?|negatives?) (?:are|is|=)|(?:impressions?|shown) (?:without|but not|not) (?:clicked|watched)|imbalanc\w*/,
    present: 'Implicit-feedback labels: "positive = watched ≥ 50%; negatives = impressions skipped, plus random negatives".',
  },
  'case.video-recommendation.metrics': {
    re: /precision\s?@|precision at|\bmap\b|mean average precision|diversity|\bctr\b|watch time|completed videos|completion rate/,
    present: 'Metrics: "precision@10, mAP and diversity offline; CTR, watch time and completed videos online".',
  },
  // event recommendation
  'case.event-recommendation.pointwise-ltr': {
    re: /point-?wise|learning[- ]to[- ]rank|\bltr\b|binary classifi\w*|p\(\s*regist|probability (?:of|that) [^.;]{0,30}regist/,
    present: 'Pointwise LTR: "binary classifier predicting P(register | user, event), events ranked by it".',
  },
  'case.event-recommendation.feature-engineering': {
    re: /distance|location|time[- ]to[- ]event|time until|days? until|hours? until|friends? (?:attending|going|registered)|social|price|affordab/,
    distinct: 2,
    present: 'Event features: "distance to venue, time until the event, number of friends registered, price vs the user\'s usual spend".',
  },
  'case.event-recommendation.item-cold-start': {
    re: /cold[- ]?start|new events?|short[- ]lived|no (?:interaction )?history/,
    present: 'Item cold start: "every event is new — rely on content and host features, not event IDs".',
  },
  'case.event-recommendation.class-imbalance': {
    re: /imbalanc\w*|focal loss|class[- ]balanced|under-?sampl\w*|down-?sampl\w*|over-?sampl\w*|class weights?|re-?weight\w*/,
    present: 'Imbalance: "registrations are ~1% of impressions — focal loss, or undersample negatives".',
  },
  'case.event-recommendation.continual-learning': {
    re: /continual(?:ly)? (?:learn\w*|train\w*)|streaming features?|batch features?|real[- ]time features?|fine-?tun\w* (?:daily|hourly|on new)|incremental\w*/,
    present: 'Freshness: "streaming features for registrations in the last hour; the NN is fine-tuned daily (continual learning favours NNs over GBDT)".',
  },
  // ad click prediction
  'case.ad-click-prediction.class-imbalance': {
    re: /down-?sampl\w*|under-?sampl\w*|sub-?sampl\w*|re-?weight\w*|re-?calibrat\w*|sample weights?|importance weight\w*/,
    need: /negative|sampl|weight|calibrat/,
    present: 'Negative downsampling with re-weighting: "keep 10% of negatives, weight them 10× so pCTR stays calibrated".',
  },
  'case.ad-click-prediction.calibration-nce': {
    re: /calibrat\w*|normali[sz]ed cross[- ]?entropy|\bnce\b|reliability diagram|predicted (?:ctr )?(?:vs\.?|versus|against) (?:observed|actual)/,
    present: 'Calibration and NCE: "NCE offline; calibration = predicted/observed CTR per bucket, kept within ±5%".',
  },
  'case.ad-click-prediction.sparse-features': {
    re: /embeddings?|feature hashing|hashing trick|hashed|\bdcn\b|deep ?(?:&|and)? ?cross|deep ?fm|factori[sz]ation machines?|\bfm\b|feature cross\w*|cross features?|wide (?:&|and) deep/,
    present: 'Sparse IDs and crosses: "user/ad IDs hashed into 2^22 buckets with 32-d embeddings; DCN-v2 learns the crosses".',
  },
  'case.ad-click-prediction.continual-training': {
    re: /continual(?:ly)? (?:train\w*|learn\w*)|minutes?[- ]level|every \d+ minutes|fresh\w*|incremental(?:ly)? train\w*|catastrophic forgetting|online learning|warm[- ]start\w*/,
    present: 'Continual training: "fine-tune every 15 minutes on the latest clicks from the last checkpoint; replay a sample of older data against catastrophic forgetting".',
  },
  'case.ad-click-prediction.online-metrics': {
    re: /\bctr\b|click[- ]through|conversion|revenue|hide rate|label window|attribution window|within \d+ (?:s|sec|seconds|minutes?|mins?)/,
    present: 'Online metrics and label window: "CTR, conversion rate, revenue lift and hide rate; a click counts if it comes within 10 minutes".',
  },
  // similar listings
  'case.similar-listings.session-embeddings': {
    re: /skip-?gram|word2vec|session[- ]based|(?:click|browsing|search) sessions?|co-?click\w*|sliding window|listing embeddings?|item2vec/,
    present: 'Session embeddings: "skip-gram over click sessions with a window of 5; listing embeddings of 32 dims".',
  },
  'case.similar-listings.hard-negatives': {
    re: /hard negatives?|same (?:region|market|city|neighbou?rhood)|global context|booked listing [^.;]{0,40}(?:context|positive)/,
    present: 'Negatives: "random negatives plus hard negatives from the same city; the booked listing as global context".',
  },
  'case.similar-listings.metrics': {
    re: /average rank|rank of the (?:eventually[- ])?booked|\bctr\b|click[- ]through|(?:session )?book(?:ing)? rate|bookings?/,
    present: 'Metrics: "average rank of the eventually-booked listing offline; CTR and session book rate online".',
  },
  'case.similar-listings.cold-start': {
    re: /cold[- ]?start|new listings?|(?:nearby|neighbou?ring|geographically|closest) listings|average (?:of )?(?:the )?embeddings/,
    present: 'Cold start: "a new listing gets the mean embedding of the 3 closest listings of the same type and price band".',
  },
  'case.similar-listings.retraining-indexing': {
    re: /re-?train\w*|re-?index\w*|rebuild (?:the )?index|index (?:refresh\w*|rebuild\w*|updat\w*)/,
    need: /daily|nightly|hourly|weekly|every|\bann\b|nearest|faiss|index/,
    present: 'Refresh: "retrain embeddings daily, rebuild the ANN index and swap it atomically".',
  },
  // news feed
  'case.personalized-news-feed.weighted-engagement': {
    re: /weighted (?:sum|score|combination|average)|weights? (?:for|per|on) (?:each )?(?:reaction|engagement|click|like|share|comment|hide)|combine\w* [^.;]{0,40}(?:predictions|probabilities|scores)|engagement score/,
    present: 'Weighted score: "score = 1·P(click) + 5·P(like) + 10·P(share) − 20·P(hide)".',
  },
  'case.personalized-news-feed.multi-task-dnn': {
    re: /multi-?task|multiple heads|shared (?:layers|bottom|backbone)|task[- ]specific heads?|\bmmoe\b/,
    present: 'Multi-task DNN: "shared layers with one head per reaction; implicit (dwell, skip) and explicit (like, share) labels".',
  },
  'case.personalized-news-feed.affinity-features': {
    re: /affinity|(?:past|previous|historical) (?:reactions|interactions|engagement) with (?:the )?author|profile visits|friendship (?:length|duration|age)|close friends?|user[- ]author/,
    present: 'User–author affinity: "reactions to the author in the last 30 days, profile visits, friendship length".',
  },
  'case.personalized-news-feed.metrics': {
    re: /roc[- ]?auc|\bauc\b|\bctr\b|click[- ]through|reaction rate|time spent|surveys?|user satisfaction|engagement rate|like rate/,
    present: 'Metrics: "ROC-AUC per head offline; CTR, reaction rate, time spent and satisfaction surveys online".',
  },
  'case.personalized-news-feed.retrieval-ranking': {
    re: /retriev\w*|unseen posts|candidate generation|\branking\b|re-?rank\w*|business (?:rules|filters|logic)|dedup\w*/,
    distinct: 2,
    present: 'Retrieval → ranking → re-ranking: "fetch unseen posts from friends and followed pages, rank with the multi-task DNN, re-rank with business filters (misinformation, diversity)".',
  },
  // people you may know
  'case.people-you-may-know.edge-prediction': {
    re: /edge (?:prediction|classification|level)|link prediction|\bgnns?\b|graph neural|graphsage|\bgcn\b|\bgat\b|graph convolution|node embeddings?|node2vec|deepwalk/,
    present: 'Edge prediction: "GraphSAGE node embeddings; P(edge) from their dot product".',
  },
  'case.people-you-may-know.temporal-split': {
    re: /snapshot|t\s*\+\s*1|time t\b|temporal split|split by time|time-based split|future edges|edges (?:formed|created|added) (?:after|later)/,
    present: 'Temporal split: "features from the graph snapshot at t, labels = edges formed in (t, t+1]".',
  },
  'case.people-you-may-know.affinity-features': {
    re: /mutual (?:friends|connections)|common (?:friends|connections|schools?|companies|employers?)|same (?:school|company|employer|city)|shared (?:schools?|companies|employers?|connections)|time[- ]discount\w*|affinity/,
    present: 'Affinity features: "time-discounted mutual connections, schools and companies in common".',
  },
  'case.people-you-may-know.fof-candidates': {
    re: /friends?[- ]of[- ]friends?|\bfof\b|2[- ]hop|two[- ]hop|second[- ]degree|candidate generation|o\(n\s*\^?\s*2\)|o\(n²\)|n\^2|n²/,
    present: 'FoF candidates: "score only friends of friends (~1k per user) instead of all O(N²) pairs".',
  },
  'case.people-you-may-know.batch-vs-online': {
    re: /batch|pre-?comput\w*|online|real[- ]time/,
    need: /predict|recommend|pymk|suggestion|scor|comput|serv|acceptance|recall|\bmap\b/,
    present: 'Batch vs online PYMK and metrics: "precomputed nightly for active users; recall@20 / mAP offline, connection acceptance rate online".',
  },
};

/** Detector + docs for a case item id. */
export function caseDetector(id: string): (ItemDetector & { doc: RuleDoc }) | undefined {
  const spec = SPECS[id];
  if (!spec) return undefined;
  const global = new RegExp(spec.re.source, 'g');
  const test = (u: Unit, doc: ParsedDoc): boolean => {
    const m = findAffirmed(u.low, global, 'any');
    if (!m) return false;
    const text = subtreeLow(doc, u);
    if (spec.need && !spec.need.test(text)) return false;
    if (spec.distinct && spec.distinct > 1) {
      const found = new Set<string>();
      global.lastIndex = 0;
      let x: RegExpExecArray | null;
      let guard = 0;
      while ((x = global.exec(text)) !== null && guard++ < 40) found.add(x[0]);
      global.lastIndex = 0;
      if (found.size < spec.distinct) return false;
    }
    return !isBare(u, 0) && (text.length > m[0].length + 2 || /\d/.test(text));
  };
  return {
    triggers: [],
    topic: spec.re,
    keyPatterns: spec.need ? [spec.re] : [],
    test,
    doc: { present: spec.present, absent: 'Only the scaffold prompt, a question, or a bare mention.' },
  };
}

export const CASE_SPEC_IDS: readonly string[] = Object.keys(SPECS);
