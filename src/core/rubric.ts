/**
 * The 35 items a strong ML system design answer holds, grouped by framework section.
 * Ids, descriptions and severities follow the team's rubric (shared/rubric.json); the prompts,
 * stubs and examples are ours. How an item is *detected* lives with the rules in ./lint.
 */
import type { SectionId } from './framework';

export type Severity = 'error' | 'warning' | 'info';

export interface RubricItem {
  /** Rule id, e.g. "requirements.latency-p99". */
  readonly id: string;
  readonly section: SectionId;
  readonly severity: Severity;
  /** Short noun phrase: "p99 latency target". Used in messages, quick-fix titles, the checklist. */
  readonly label: string;
  readonly description: string;
  /** Why a reviewer cares, one sentence. Completes "No <label>: <why>". */
  readonly why: string;
  /**
   * The scaffold's guiding question. Written into new documents after "TODO:"; the linter treats a
   * line that still holds it as unfilled.
   */
  readonly prompt: string;
  /** What a strong answer looks like, one or two lines (hover, docs). */
  readonly example: string;
  /**
   * Whether the scaffold asks for this item through a table row (requirements or metrics table)
   * rather than a bullet prompt.
   */
  readonly table?: 'requirements' | 'metrics';
}

export const RUBRIC: readonly RubricItem[] = [
  // 1. Clarify requirements
  {
    id: 'requirements.business-objective',
    section: 'requirements',
    severity: 'error',
    label: 'business objective',
    description: 'Business objective / why stated (increase bookings, revenue, engagement, reduce fraud loss, cost).',
    why: 'every later choice (ML objective, metrics, trade-offs) has to trace back to it.',
    prompt: 'What business outcome should this system move (revenue, engagement, bookings, fraud loss)?',
    example: 'Increase ad revenue by raising click-through rate without hurting user retention.',
  },
  {
    id: 'requirements.latency-p99',
    section: 'requirements',
    severity: 'error',
    label: 'p99 latency target',
    description: 'Explicit numeric latency target for serving, ideally a tail percentile.',
    why: 'model size, feature fetching and online-vs-batch all depend on a numeric tail-latency budget.',
    prompt: 'p99 latency budget for one prediction, in ms',
    example: 'p99 ≤ 150 ms end-to-end for the ranking call (p50 ≈ 40 ms).',
    table: 'requirements',
  },
  {
    id: 'requirements.throughput-qps',
    section: 'requirements',
    severity: 'error',
    label: 'throughput (QPS)',
    description: 'Request/prediction rate (QPS, req/s, predictions/day, peak).',
    why: 'peak load sizes the serving fleet and rules model families in or out.',
    prompt: 'Peak requests per second (or predictions per day)',
    example: 'Peak 50k QPS at evening prime time; ~2B predictions per day.',
    table: 'requirements',
  },
  {
    id: 'requirements.scale',
    section: 'requirements',
    severity: 'warning',
    label: 'scale (users, items, data volume)',
    description: 'Size of user base / item catalog / data volume (DAU, #items, TB).',
    why: 'the number of users, items and events decides candidate generation, storage and training cost.',
    prompt: 'Users (DAU), catalogue size, data volume',
    example: '500M DAU, 10M active ads, ~4 TB of impression logs per day.',
    table: 'requirements',
  },
  {
    id: 'requirements.budget-cost',
    section: 'requirements',
    severity: 'warning',
    label: 'compute/storage budget',
    description: 'Compute/storage budget or cost estimate (monthly $, GPU count, memory).',
    why: 'without a budget any model is acceptable and no trade-off can be justified.',
    prompt: 'Compute and storage budget (GPUs, $/month, memory)',
    example: 'Training: 8×A100 for ≤ 6 h/day; serving: CPU only, ≤ $40k/month.',
    table: 'requirements',
  },
  {
    id: 'requirements.scope-functional',
    section: 'requirements',
    severity: 'warning',
    label: 'scope and functional requirements',
    description: 'Functional requirements / use case / in- and out-of-scope stated.',
    why: 'a design with no stated scope cannot be judged complete or over-built.',
    prompt: 'What does the system do for the user, and what is explicitly out of scope?',
    example: 'In scope: ranking ads in the home feed. Out of scope: ad auction pricing and creative generation.',
  },
  {
    id: 'requirements.privacy-security',
    section: 'requirements',
    severity: 'warning',
    label: 'privacy, security and compliance constraints',
    description: 'Privacy, security, compliance or ethics constraints addressed (PII, GDPR, consent, auth, on-device).',
    why: 'PII, consent and regulation constrain which data and features may be used at all.',
    prompt: 'Which privacy, security or compliance constraints apply (PII, GDPR/CCPA, consent)?',
    example: 'No raw PII in features; user IDs hashed; EU users excluded from cross-site signals (GDPR consent).',
  },
  // 2. Frame the problem as an ML task
  {
    id: 'framing.ml-objective',
    section: 'framing',
    severity: 'error',
    label: 'ML objective',
    description: 'Business objective translated into an explicit ML objective (what is predicted/optimised).',
    why: 'the model can only optimise what is stated; a business goal alone is not a training target.',
    prompt: 'What exactly does the model predict or optimise, and why is it a good proxy for the business goal?',
    example: 'Predict P(click | user, ad, context); ranking by pCTR × bid maximises expected revenue.',
  },
  {
    id: 'framing.io-spec',
    section: 'framing',
    severity: 'warning',
    label: 'model input and output',
    description: 'Model input and output specified.',
    why: 'the input/output contract fixes the features available at serving time and the label needed for training.',
    prompt: 'Model input and output (e.g. input: ⟨user, ad, context⟩ → output: click probability)',
    example: 'Input: user features, ad features, context (time, device). Output: probability of a click in [0, 1].',
  },
  {
    id: 'framing.ml-category',
    section: 'framing',
    severity: 'warning',
    label: 'ML category',
    description: 'ML category named (binary/multi-label classification, regression, LTR/ranking, object detection, retrieval).',
    why: 'the category decides the label shape, the loss and the offline metrics.',
    prompt: 'Which ML category is this (binary classification, ranking, regression, retrieval, detection)?',
    example: 'Pointwise learning-to-rank framed as binary classification.',
  },
  // 3. Data preparation
  {
    id: 'data.sources',
    section: 'data',
    severity: 'warning',
    label: 'data sources',
    description: 'Available raw data / data sources and entities enumerated.',
    why: 'features and labels can only come from data that exists and can be joined.',
    prompt: 'Which raw data is available (users, items, interaction logs, context), and where does it live?',
    example: 'Users table (age, country), ads table (advertiser, category), impression and click logs in the warehouse.',
  },
  {
    id: 'data.labels',
    section: 'data',
    severity: 'error',
    label: 'label definition',
    description: 'Label definition / labelling strategy (natural vs human labels, positive/negative definition, delayed labels).',
    why: 'a supervised model is only as good as the definition of its positives and negatives.',
    prompt: 'How are labels defined and obtained (natural vs human labels, positive/negative definition, label delay)?',
    example: 'Positive: click within 10 minutes of the impression; negative: impression with no click in that window.',
  },
  {
    id: 'data.features',
    section: 'data',
    severity: 'warning',
    label: 'feature engineering',
    description: 'Feature engineering & representation (embeddings, one-hot, bucketize, normalization, text/image encoders).',
    why: 'how raw data is represented usually matters more than the model family.',
    prompt: 'Which features, and how is each represented (embeddings, one-hot, bucketized, normalised)?',
    example: 'Ad and user IDs as learned 32-d embeddings; age bucketized; text via a frozen BERT encoder.',
  },
  {
    id: 'data.class-imbalance',
    section: 'data',
    severity: 'warning',
    label: 'class imbalance handling',
    description: 'Class imbalance handled (resampling, down-sampling negatives, class weights, focal loss, PR-AUC).',
    why: 'with rare positives a model can look accurate while never predicting the class that matters.',
    prompt: 'Are the classes imbalanced, and how is that handled (down-sampling, class weights, focal loss)?',
    example: 'CTR ≈ 1%: down-sample negatives to 10% and re-weight them by 10× so probabilities stay calibrated.',
  },
  {
    id: 'data.split-leakage',
    section: 'data',
    severity: 'warning',
    label: 'train/validation/test split and leakage',
    description: 'Train/val/test split strategy (time-based) and leakage prevention.',
    why: 'a random split of time-ordered data leaks the future and inflates offline metrics.',
    prompt: 'How is data split into train/validation/test, and how is leakage prevented?',
    example: 'Split by time: train on days 1–28, validate on day 29, test on day 30; no user-level features computed after the impression.',
  },
  {
    id: 'data.feature-backfill',
    section: 'data',
    severity: 'info',
    label: 'point-in-time feature backfill',
    description: 'Historical feature values backfilled / point-in-time-correct joins for training data.',
    why: 'training on today\'s feature values for yesterday\'s events leaks information the model will not have online.',
    prompt: 'How are historical feature values reconstructed for training (point-in-time joins, backfill)?',
    example: 'Training rows join features as of the impression timestamp from the feature store\'s offline log.',
  },
  // 4. Model development
  {
    id: 'model.baseline',
    section: 'model',
    severity: 'warning',
    label: 'baseline',
    description: 'Simple baseline (heuristic, popularity, logistic regression, existing system, human level) before complex models.',
    why: 'without a simple baseline nobody can tell whether the complex model earns its cost.',
    prompt: 'Which simple baseline comes first (heuristic, popularity, logistic regression, current system)?',
    example: 'Baseline: logistic regression on hashed features — the current production model — at 0.80 ROC-AUC.',
  },
  {
    id: 'model.selection-tradeoffs',
    section: 'model',
    severity: 'warning',
    label: 'model choice and trade-offs',
    description: 'Candidate models compared with pros/cons and a justified choice.',
    why: 'a choice without alternatives and trade-offs cannot be defended.',
    prompt: 'Which candidate models, their pros and cons, and which one is chosen and why?',
    example: 'GBDT (fast, no embeddings) vs DCN-v2 (learns crosses, handles sparse IDs): choose DCN-v2 for continual training.',
  },
  {
    id: 'model.loss-function',
    section: 'model',
    severity: 'warning',
    label: 'loss function',
    description: 'Training loss / objective function specified.',
    why: 'the loss is what the model actually optimises; it has to match the ML objective.',
    prompt: 'Which loss function is trained on, and why does it fit the objective?',
    example: 'Binary cross-entropy (log loss), which keeps predicted probabilities calibrated for the auction.',
  },
  {
    id: 'model.training',
    section: 'model',
    severity: 'info',
    label: 'training procedure',
    description: 'Training procedure details: dataset construction, negative sampling, HP tuning, fine-tune vs scratch, distributed training.',
    why: 'how the model is trained (data construction, tuning, scale) decides whether it can be reproduced and refreshed.',
    prompt: 'How is the model trained (dataset construction, negative sampling, hyperparameter tuning, distributed training)?',
    example: 'Train from the previous checkpoint on the last 24 h of data; tune learning rate and embedding size with Bayesian search.',
  },
  {
    id: 'model.interpretability',
    section: 'model',
    severity: 'info',
    label: 'interpretability',
    description: 'Interpretability/explainability discussed where relevant (regulated, trust & safety, medical, credit).',
    why: 'regulated and trust-and-safety decisions need reasons a human can check.',
    prompt: 'Does anyone need to understand individual predictions (users, reviewers, regulators)? How?',
    example: 'Reviewers see the top SHAP features for each removal decision.',
  },
  // 5. Evaluation
  {
    id: 'evaluation.offline-metrics',
    section: 'evaluation',
    severity: 'error',
    label: 'offline metrics',
    description: 'Offline metrics named and tied to the task (ROC-AUC, PR-AUC, F1, log loss, NCE, nDCG, mAP, MRR, MAE, RMSE).',
    why: 'offline metrics decide which model is good enough to test on real users.',
    prompt: 'Offline metric(s) that match the ML task',
    example: 'Normalized cross-entropy (NCE) and ROC-AUC on the time-split test day.',
    table: 'metrics',
  },
  {
    id: 'evaluation.online-metrics',
    section: 'evaluation',
    severity: 'error',
    label: 'online metrics',
    description: 'Online/business metrics (CTR, conversion, revenue lift, watch time, prevalence, NPS).',
    why: 'only online metrics show whether the model moved the business objective.',
    prompt: 'Online/business metric(s) that show the business goal moved',
    example: 'CTR, conversion rate and revenue per thousand impressions.',
    table: 'metrics',
  },
  {
    id: 'evaluation.ab-test-plan',
    section: 'evaluation',
    severity: 'error',
    label: 'A/B test plan',
    description: 'Online experiment plan: A/B test (or interleaving/bandit) with what is compared, traffic split/unit, success metric, duration/significance.',
    why: 'offline gains often do not transfer; a controlled experiment is the only proof.',
    prompt: 'How is the new model tested online (A/B test: control vs treatment, traffic split, randomisation unit, duration, significance)?',
    example: 'A/B test: 5% of users (randomised by user ID) get the new model for 2 weeks; ship if revenue/user rises at p < 0.05.',
  },
  {
    id: 'evaluation.guardrail-metrics',
    section: 'evaluation',
    severity: 'info',
    label: 'guardrail metrics',
    description: 'Guardrail/counter metrics (hide/report rate, valid appeals, latency, false-positive rate, customer friction).',
    why: 'a model can win its primary metric while hurting users in ways no one measured.',
    prompt: 'Which guardrail metrics must not get worse (hide/report rate, latency, false positives)?',
    example: 'Guardrails: ad hide rate and p99 latency must not regress by more than 1%.',
  },
  // 6. Deployment and serving
  {
    id: 'deployment.online-vs-batch',
    section: 'deployment',
    severity: 'error',
    label: 'online vs batch prediction',
    description: 'Prediction mode chosen: online/real-time vs batch/precomputed (or hybrid), with reason.',
    why: 'online vs batch prediction shapes the whole serving architecture, its cost and its freshness.',
    prompt: 'Online (real-time) or batch (precomputed) prediction, or a hybrid — and why?',
    example: 'Online prediction: ads and context change per request, so scores cannot be precomputed.',
  },
  {
    id: 'deployment.serving-architecture',
    section: 'deployment',
    severity: 'warning',
    label: 'serving architecture',
    description: 'Serving/prediction pipeline described (services, candidate generation -> ranking -> re-ranking, ANN index, feature store, API).',
    why: 'reviewers need to see how a request becomes a prediction: services, stores and stages.',
    prompt: 'Describe the prediction pipeline: services, feature store, candidate generation → ranking → re-ranking.',
    example: 'Request → candidate generation (ANN over ad embeddings, 1k ads) → ranking service (DCN-v2, features from the online feature store) → re-ranking (budget, diversity).',
  },
  {
    id: 'deployment.rollout-strategy',
    section: 'deployment',
    severity: 'warning',
    label: 'rollout strategy',
    description: 'Safe rollout: shadow deployment, canary, gradual ramp, rollback.',
    why: 'a bad model shipped to everyone at once is an outage; a staged rollout limits the blast radius.',
    prompt: 'How is a new model rolled out safely (shadow, canary, gradual ramp, rollback)?',
    example: 'Shadow for 2 days, then canary at 1% → 10% → 50% → 100%, with automatic rollback on guardrail alerts.',
  },
  {
    id: 'deployment.training-serving-skew',
    section: 'deployment',
    severity: 'warning',
    label: 'training-serving skew',
    description: 'Training-serving skew addressed (same feature code offline/online, log served features, train/serve data mismatch checks).',
    why: 'features computed differently online and offline silently degrade a model that looked good offline.',
    prompt: 'How do training and serving compute features the same way (shared feature code, logging served features)?',
    example: 'Features come from one feature-store definition; served feature values are logged and reused for training.',
  },
  {
    id: 'deployment.scaling-efficiency',
    section: 'deployment',
    severity: 'info',
    label: 'inference scaling and efficiency',
    description: 'Scaling/efficiency of inference (horizontal scaling, autoscaling, caching, model compression/quantization, on-device vs cloud).',
    why: 'the latency and cost targets are met by scaling and compressing inference, not by hoping.',
    prompt: 'How does inference scale and stay within budget (autoscaling, caching, quantization, distillation)?',
    example: 'Stateless ranking pods autoscale on CPU; user embeddings cached for 10 min; model quantized to int8.',
  },
  // 7. Monitoring
  {
    id: 'monitoring.drift',
    section: 'monitoring',
    severity: 'error',
    label: 'drift monitoring',
    description: 'Data/concept/prediction drift monitoring (PSI, KS, distribution shift).',
    why: 'input and label distributions move over time, and a drifting model fails silently.',
    prompt: 'How are data, prediction and concept drift detected (PSI, KS test, thresholds)?',
    example: 'Daily PSI on the top 50 features and on the score distribution; alert when PSI > 0.2.',
  },
  {
    id: 'monitoring.data-quality',
    section: 'monitoring',
    severity: 'warning',
    label: 'data quality checks',
    description: 'Data quality/validation checks on inputs and pipelines (schema, missing values, ranges, input validation).',
    why: 'broken upstream data is the most common cause of a bad model in production.',
    prompt: 'Which data quality checks run on inputs and pipelines (schema, missing values, ranges)?',
    example: 'Schema and null-rate checks on every training partition; the pipeline stops if more than 1% of rows fail.',
  },
  {
    id: 'monitoring.operational-metrics',
    section: 'monitoring',
    severity: 'warning',
    label: 'operational metrics and alerting',
    description: 'Operational metrics & alerting (latency, throughput, error rate, uptime, dashboards, pager).',
    why: 'the service has to be watched like any other: latency, errors and saturation, with alerts.',
    prompt: 'Which operational metrics are dashboarded and alerted on (latency, error rate, throughput)?',
    example: 'Dashboards for p99 latency, QPS and error rate; page on-call when p99 > 150 ms for 5 minutes.',
  },
  {
    id: 'monitoring.model-performance',
    section: 'monitoring',
    severity: 'warning',
    label: 'model performance monitoring',
    description: 'Online model-quality monitoring (metrics on delayed labels, prediction distribution, business KPI dashboards).',
    why: 'model quality in production has to be measured, not assumed from offline results.',
    prompt: 'How is model quality tracked in production (metrics on delayed labels, business KPI dashboards)?',
    example: 'Hourly calibration (predicted vs observed CTR) and daily NCE on delayed click labels.',
  },
  {
    id: 'monitoring.retraining-plan',
    section: 'monitoring',
    severity: 'error',
    label: 'retraining plan',
    description: 'Retraining / continual learning plan: cadence or trigger, and how new models are validated.',
    why: 'every model goes stale; the doc must say when it is retrained and how a new one is validated.',
    prompt: 'When is the model retrained (cadence or trigger), and how is a new model validated before it ships?',
    example: 'Retrain daily from the last checkpoint; promote only if NCE on the held-out day beats production.',
  },
];

const BY_ID = new Map<string, RubricItem>(RUBRIC.map((i) => [i.id, i]));

export function rubricItem(id: string): RubricItem | undefined {
  return BY_ID.get(id);
}

export function itemsOfSection(section: SectionId): RubricItem[] {
  return RUBRIC.filter((i) => i.section === section);
}
