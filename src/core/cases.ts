/**
 * The 10 case studies of Aminian & Xu (chapters 2-11) and what a strong answer to each adds on
 * top of the generic rubric. Each item belongs to a framework section; the scaffold writes its
 * prompt there, and the linter checks it when the front matter names the case.
 */
import type { SectionId } from './framework';
import type { Severity } from './rubric';

export interface CaseItem {
  /** Rule id: "case.<case-id>.<slug>". */
  readonly id: string;
  readonly section: SectionId;
  readonly severity: Severity;
  readonly label: string;
  /** The scaffold's guiding question for this item. */
  readonly prompt: string;
}

export interface CaseStudy {
  readonly id: string;
  readonly chapter: number;
  readonly title: string;
  /** Default document title offered by the New Design Document command. */
  readonly defaultTitle: string;
  /** One line describing the product, written under the H1 of a scaffolded doc. */
  readonly pitch: string;
  readonly items: readonly CaseItem[];
}

type ItemSpec = [slug: string, section: SectionId, label: string, prompt: string];

function defineCase(
  id: string,
  chapter: number,
  title: string,
  defaultTitle: string,
  pitch: string,
  items: ItemSpec[],
): CaseStudy {
  return {
    id,
    chapter,
    title,
    defaultTitle,
    pitch,
    items: items.map(([slug, section, label, prompt]) => ({
      id: `case.${id}.${slug}`,
      section,
      severity: 'warning',
      label,
      prompt,
    })),
  };
}

export const CASE_STUDIES: readonly CaseStudy[] = [
  defineCase('visual-search', 2, 'Visual search system (Pinterest-like)', 'Visual search system',
    'Given a query image, return visually similar images from a catalogue of billions.', [
      ['contrastive-learning', 'model', 'representation learning with contrastive loss',
        'How are image embeddings learned (contrastive loss, positive/negative pairs, self-supervised augmentation)?'],
      ['ranking-metrics', 'evaluation', 'ranking metrics (MRR, mAP, nDCG, recall@k)',
        'Which ranking metrics are used offline (MRR, mAP, nDCG, recall@k)?'],
      ['ann-index', 'deployment', 'approximate nearest-neighbour search and indexing pipeline',
        'Which approximate nearest-neighbour method serves queries (tree, LSH, clustering; FAISS/ScaNN), and how is the embedding index built and refreshed?'],
      ['online-metrics', 'evaluation', 'online metrics (CTR, time spent on suggested images)',
        'Which online metrics show the results help (CTR, time spent on suggested images)?'],
      ['re-ranking', 'deployment', 're-ranking filters (private/inappropriate, near-duplicates)',
        'How are results re-ranked (filter private or inappropriate images, remove near-duplicates)?'],
    ]),
  defineCase('street-view-blurring', 3, 'Google Street View blurring (faces, license plates)', 'Street View blurring system',
    'Detect and blur faces and license plates in street-level imagery before it is published.', [
      ['object-detection', 'framing', 'object detection framing',
        'How is this framed as object detection (one- vs two-stage detector, box regression + classification loss)?'],
      ['detection-metrics', 'evaluation', 'IoU and precision/AP/mAP evaluation',
        'How are detections evaluated offline (IoU threshold, precision, AP, mAP)?'],
      ['nms', 'model', 'non-maximum suppression',
        'How are overlapping boxes resolved (non-maximum suppression, its IoU threshold)?'],
      ['augmentation-annotation', 'data', 'data augmentation and human-annotated boxes',
        'Where do labelled boxes come from (human annotation), and which augmentations are used (offline vs online)?'],
      ['batch-pipeline', 'deployment', 'batch prediction pipeline and user-report feedback',
        'How does the batch pipeline run (CPU preprocessing decoupled from GPU blurring), and how do user reports feed retraining?'],
    ]),
  defineCase('youtube-video-search', 4, 'YouTube video search', 'Video search system',
    'Given a text query, return the most relevant videos from a catalogue of billions.', [
      ['text-visual-fusion', 'deployment', 'text search + visual search fusion and re-ranking',
        'How are text search (inverted index, e.g. Elasticsearch) and visual (embedding) search combined and re-ranked?'],
      ['text-normalization', 'data', 'text normalisation and tokenisation',
        'How is query text normalised and tokenised, and how do tokens map to IDs (lookup table vs hashing)?'],
      ['video-encoding', 'model', 'video encoder (video-level vs frame-level)',
        'How are videos encoded (video-level vs frame-level model), and what are the trade-offs?'],
      ['contrastive-mrr', 'model', 'contrastive training of query/video embeddings (MRR offline)',
        'How are query and video embeddings trained together (contrastive loss), and is MRR used offline?'],
      ['online-metrics', 'evaluation', 'online metrics (CTR, completion rate, watch time)',
        'Which online metrics matter (CTR, video completion rate, total watch time from search results)?'],
    ]),
  defineCase('harmful-content-detection', 5, 'Harmful content detection', 'Harmful content detection system',
    'Detect posts that violate content policies (violence, nudity, hate speech, misinformation) across text, images and video.', [
      ['multimodal-fusion', 'model', 'multimodal fusion (early vs late)',
        'How are text, image, video and author signals fused (early vs late fusion), and why?'],
      ['multi-task', 'model', 'multi-task classifier vs per-class classifiers',
        'One multi-task classifier with per-harm heads, or separate classifiers per harm class? Trade-offs?'],
      ['natural-vs-human-labels', 'data', 'natural labels for training, human labels for evaluation',
        'Which labels train the model (user reports, natural labels) and which evaluate it (human review)?'],
      ['metrics', 'evaluation', 'PR-AUC offline; prevalence, appeals, proactive rate online',
        'Offline PR-AUC/ROC-AUC; online prevalence, harmful impressions, valid appeals and proactive rate?'],
      ['enforcement', 'deployment', 'explainability, demote vs remove, human review loop',
        'What happens to a flagged post (demote at low confidence, remove at high confidence), how is the decision explained, and where do human reviewers come in?'],
    ]),
  defineCase('video-recommendation', 6, 'Video recommendation', 'Video recommendation system',
    'Recommend videos on a user\'s homepage to maximise long-term engagement.', [
      ['objective-choice', 'framing', 'ML objective choice (clicks vs completion vs watch time)',
        'Which ML objective (clicks, completions, watch time, explicit relevance), and why that one?'],
      ['funnel', 'deployment', 'candidate generation → ranking → re-ranking funnel',
        'How does the funnel work: candidate generation (two-tower/matrix factorisation, several sources) → ranking → re-ranking?'],
      ['cold-start', 'model', 'cold start for new users and videos',
        'How are new users and new videos handled (cold start)?'],
      ['negative-sampling', 'data', 'implicit-feedback labels, negative sampling and imbalance',
        'How are positives and negatives built from implicit feedback (negative sampling), and how is imbalance handled?'],
      ['metrics', 'evaluation', 'precision@k, mAP, diversity offline; CTR, watch time online',
        'Offline precision@k, mAP and diversity; online CTR, watch time and completed videos?'],
    ]),
  defineCase('event-recommendation', 7, 'Event recommendation (Eventbrite-like)', 'Event recommendation system',
    'Recommend upcoming events a user is likely to register for.', [
      ['pointwise-ltr', 'framing', 'pointwise learning-to-rank (P(register))',
        'Is this pointwise learning-to-rank with a binary classifier predicting P(register)?'],
      ['feature-engineering', 'data', 'location, time, social and price features',
        'Which location/distance, time-to-event, social (friends attending) and price-similarity features?'],
      ['item-cold-start', 'model', 'constant item cold start (short-lived events)',
        'Events are short-lived: how does the model handle constant item cold start?'],
      ['class-imbalance', 'data', 'class imbalance (focal/class-balanced loss, undersampling)',
        'Registrations are rare: focal or class-balanced loss, undersampling?'],
      ['continual-learning', 'monitoring', 'batch vs streaming features; continual learning',
        'Which features are batch vs streaming, and how does continual learning keep up (favour neural nets over GBDT)?'],
    ]),
  defineCase('ad-click-prediction', 8, 'Ad click prediction on social platforms', 'Ad click prediction',
    'Predict the probability that a user clicks an ad, to rank ads in the feed.', [
      ['class-imbalance', 'data', 'class imbalance: negative downsampling with re-weighting',
        'CTR is around 1%: how are negatives downsampled, and how are predictions re-weighted to stay calibrated?'],
      ['calibration-nce', 'evaluation', 'calibration and normalized cross-entropy (NCE)',
        'How is calibration of predicted probabilities checked, and is normalized cross-entropy (NCE) the offline metric?'],
      ['sparse-features', 'model', 'sparse IDs: embeddings/hashing and feature crosses (DCN, DeepFM, FM)',
        'How are sparse high-cardinality IDs handled (embeddings, feature hashing), and how are feature crosses learned (DCN, DeepFM, FM)?'],
      ['continual-training', 'monitoring', 'continual training (minutes-level freshness) and catastrophic forgetting',
        'How is the model continually trained for minutes-level freshness without catastrophic forgetting?'],
      ['online-metrics', 'evaluation', 'online CTR, conversion, revenue lift, hide rate; label window',
        'Online CTR, conversion rate, revenue lift and hide rate? What is the label window (t seconds after an impression)?'],
    ]),
  defineCase('similar-listings', 9, 'Similar listings on vacation rental platforms (Airbnb-like)', 'Similar listings system',
    'Show listings similar to the one a user is viewing, to help them book sooner.', [
      ['session-embeddings', 'model', 'session-based listing embeddings (skip-gram)',
        'How are listing embeddings learned from co-click session sequences (skip-gram, sliding window)?'],
      ['hard-negatives', 'model', 'hard negatives from the same region; booked listing as global context',
        'Which negatives are sampled (including hard negatives from the same region), and is the booked listing used as global context?'],
      ['metrics', 'evaluation', 'average rank of the booked listing offline; CTR, session book rate online',
        'Offline: average rank of the eventually-booked listing? Online: CTR and session book rate?'],
      ['cold-start', 'model', 'new-listing cold start via nearby listings',
        'How do new listings get embeddings (average of geographically-near listings)?'],
      ['retraining-indexing', 'monitoring', 'daily retraining, re-indexing and ANN serving',
        'How often are embeddings retrained and re-indexed, and how does nearest-neighbour serving pick them up?'],
    ]),
  defineCase('personalized-news-feed', 10, 'Personalized news feed', 'Personalized news feed',
    'Rank unseen posts in a user\'s feed by how likely they are to engage.', [
      ['weighted-engagement', 'framing', 'multiple engagement objectives as a weighted score',
        'How are click, like, share and hide predictions combined into one weighted ranking score?'],
      ['multi-task-dnn', 'model', 'multi-task DNN with implicit and explicit labels',
        'A multi-task DNN trained on implicit (dwell, skip) and explicit (like, share) labels?'],
      ['affinity-features', 'data', 'user–author affinity features',
        'Which user–author affinity features (past reactions, profile visits, friendship length)?'],
      ['metrics', 'evaluation', 'ROC-AUC offline; CTR, reactions, time spent, surveys online',
        'Offline ROC-AUC; online CTR, reaction rate, time spent and user satisfaction surveys?'],
      ['retrieval-ranking', 'deployment', 'retrieval of unseen posts → ranking → re-ranking with business filters',
        'How are unseen posts retrieved, ranked, and re-ranked with business filters?'],
    ]),
  defineCase('people-you-may-know', 11, 'People You May Know', 'People You May Know',
    'Suggest people a user may know and want to connect with.', [
      ['edge-prediction', 'framing', 'edge-level prediction on the social graph (GNN)',
        'Is this edge prediction on the social graph with a GNN (GraphSAGE, GCN, GAT)?'],
      ['temporal-split', 'data', 'graph snapshot at t predicting edges at t+1',
        'Is the training graph a snapshot at time t predicting edges at t+1 (temporal split, no leakage)?'],
      ['affinity-features', 'data', 'mutual connections and shared schools/companies',
        'Which affinity features (time-discounted mutual connections, schools and companies in common)?'],
      ['fof-candidates', 'deployment', 'friends-of-friends candidate generation',
        'How does candidate generation (friends of friends) avoid scoring O(N²) pairs?'],
      ['batch-vs-online', 'deployment', 'batch vs online PYMK; recall/mAP offline, acceptance rate online',
        'Precomputed (batch) or online PYMK? Offline recall/mAP, online connection acceptance rate?'],
    ]),
];

const BY_ID = new Map<string, CaseStudy>(CASE_STUDIES.map((c) => [c.id, c]));

export function caseStudyById(id: string): CaseStudy | undefined {
  return BY_ID.get(id);
}

export const CASE_IDS: readonly string[] = CASE_STUDIES.map((c) => c.id);
