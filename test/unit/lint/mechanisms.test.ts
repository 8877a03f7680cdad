/**
 * One case per general mechanism fixed after the independent holdout review (negation scope,
 * answered questions, hedges, word sense, numbers in words, free-form and bold headings). The
 * sentences are written for these tests, not copied from the holdout docs.
 */
import * as assert from 'node:assert/strict';
import { isDesignDoc } from '../../../src/core/lint';
import { fixTypos, spellNumbers } from '../../../src/core/lint/text';
import { lint } from '../../../src/core/lint';
import { docWith, docWithAllSections, isPresent } from './helpers';
import { classifyHeadingAll } from '../../../src/core/outline';

const yes = (heading: string, body: string, id: string): void => assert.equal(isPresent(docWith(heading, body), id), true, body);
const no = (heading: string, body: string, id: string): void => assert.equal(isPresent(docWith(heading, body), id), false, body);
/** Whether the linter takes the text for an ML design doc (and lints it). */
const recognised = (text: string): boolean => lint(text, {}).isDesignDoc;

describe('lint mechanisms (holdout review)', () => {
  it('recognises docs structured by bold pseudo-headings and by free-form headings, not meeting notes', () => {
    assert.ok(isDesignDoc('**Goal**\n\n- cut fraud losses 20%\n\n**Reqs:**\n\n- p99 < 50 ms\n\n__Data__\n\n- card logs\n\n**Model**\n\n- GBDT\n'));
    assert.ok(isDesignDoc('# Churn\n\n## Why we are doing this\n\nx\n\n## Where the data comes from\n\nx\n\n## How we will know it works\n\nx\n\n## Keeping it healthy\n\nx\n'));
    assert.ok(!isDesignDoc('# Weekly sync\n\n## Agenda\n\nx\n\n## Latency regression\n\nx\n\n## A/B test readout\n\nx\n\n## Action items\n\nx\n'));
  });

  it('negation: reported speech, list scope after a comma, label-colon values', () => {
    no('Deployment', '- *Never brought up shadow traffic, canary or rollback.*', 'deployment.rollout-strategy');
    no('Monitoring', "- Didn't mention drift at all, even though the inputs change every season.", 'monitoring.drift');
    no('Monitoring', '- Drift checks: not in v1.', 'monitoring.drift');
    no('Evaluation', '- Talked about A/B testing only when I prompted; no details.', 'evaluation.ab-test-plan');
  });

  it('not a negation: a purpose clause, or a negation that gives the mechanism', () => {
    yes('Data', 'We split by calendar week so we do not leak future prices into training.', 'data.split-leakage');
    yes('Deployment', 'Training-serving skew is not an issue here, because one shared library computes features for both the batch job and the API.', 'deployment.training-serving-skew');
  });

  it('questions: a bare-term question labels its answer; a hedge is not an answer', () => {
    yes('Requirements', '- Throughput? ~8k requests per second at the evening peak.', 'requirements.throughput-qps');
    no('Requirements', '- Privacy: not sure we store anything personal? Perhaps we should check with legal.', 'requirements.privacy-security');
    no('Evaluation', '- A/B test? I guess so, at some point.', 'evaluation.ab-test-plan');
  });

  it('word sense: business losses, a bare optimizer, "in parallel", money lost, vague retraining, an unstaged pilot', () => {
    no('Model', 'The goal is to reduce shrinkage losses by 10% in the first year.', 'model.loss-function');
    yes('Model', 'Loss: quantile (pinball) loss at the 0.5 and 0.9 levels.', 'model.loss-function');
    no('Model', 'Thresholds are picked by the pricing optimizer we already run.', 'model.training');
    no('Deployment', 'The old heuristic keeps running in parallel as a fallback.', 'deployment.scaling-efficiency');
    no('Requirements', 'A stalled line costs about €40k per day in lost output.', 'requirements.budget-cost');
    no('Monitoring', 'We will retrain the model as needed.', 'monitoring.retraining-plan');
    no('Deployment', 'Rollout: pilot in 2 warehouses. No canary, no shadow phase.', 'deployment.rollout-strategy');
  });

  it('numbers in words feed the numeric rules', () => {
    assert.equal(spellNumbers('about twelve thousand dollars a month'), 'about 12000 dollars a month');
    assert.equal(spellNumbers('a billion rows'), '1000000000 rows');
    assert.equal(spellNumbers('no one model'), 'no one model');
    yes('Requirements', 'The pricing API has to come back in under two seconds.', 'requirements.latency-p99');
    yes('Requirements', 'Serving must stay under nine hundred pounds a month.', 'requirements.budget-cost');
  });
  // ---- E. template text, placeholders rescued by another sense, label-colon answers; online vs batch
  it('template/placeholder: a base rate is not an online metric; a TBD drift row is not rescued by "drift" in another sense', () => {
    no('Serving', '- Batch vs Online prediction\n  - Batch: every Sunday we score all members, and the retention emails go out on Monday.', 'evaluation.online-metrics');
    no('Model Development and Offline Evaluation', '- Class imbalance\n  - only ~5% of accounts churn in the training data, so we reweight the positive class', 'evaluation.online-metrics');
    no('Monitoring', '| Signal | How |\n|---|---|\n| Drift | TBD |\n| Latency | p95 in Grafana, paged |\n\nWe retrain every Sunday to wash out drift in the user embeddings.', 'monitoring.drift');
    no('Model', 'Full retrain monthly to reset drift in the item embedding tables.', 'monitoring.drift');
    yes('Monitoring', 'A weekly job compares live feature distributions with the training window and alerts when PSI > 0.2.', 'monitoring.drift');
    yes('Monitoring', '- Drift: we detect shifts in the score histogram against last month and post them to Slack.', 'monitoring.drift');
  });

  it('online vs batch: label-colon answers and implied-but-committed choices count; the bare question does not', () => {
    yes('Prediction Service', '- Batch vs Online prediction\n  - Batch: the retention team emails at-risk customers every Friday, so all accounts get scored Thursday night and the scores land in the CRM.', 'deployment.online-vs-batch');
    yes('Serving', '- Online: each search is ranked as it comes in, since the query is only known at that moment.', 'deployment.online-vs-batch');
    yes('Serving', 'Risk scores are computed every night and kept in Redis for the checkout page.', 'deployment.online-vs-batch');
    yes('Serving', '- Sync check on upload → the photo is held back before anyone can see it\n- Nightly batch rescan of older photos with the newest model', 'deployment.online-vs-batch');
    yes('Serving', 'Replies are generated on demand, online, since every question is different.', 'deployment.online-vs-batch');
    yes('Serving', 'A streaming job scores each sensor reading as it arrives and raises an alert.', 'deployment.online-vs-batch');
    yes('Serving', 'The ranking call happens per request, inside the feed service.', 'deployment.online-vs-batch');
    no('Serving', '- Online or batch?', 'deployment.online-vs-batch');
    no('Serving', '- Batch vs Online prediction\n  - Batch: TBD', 'deployment.online-vs-batch');
    no('Serving', 'Should scoring be real-time or batch? To be decided with the platform team.', 'deployment.online-vs-batch');
  });

  // ---- G. recall
  it('scale: open-ended count nouns, singular or plural', () => {
    yes('Requirements', 'The fleet is 520 wind turbines, each with ~40 sensors.', 'requirements.scale');
    yes('Requirements', 'The city has 48,000 parking bays.', 'requirements.scale');
    yes('Requirements', 'The knowledge base holds 12,000 help articles and 2M past tickets.', 'requirements.scale');
    yes('Requirements', 'Around 3 million active customer and 90 thousands driver today.', 'requirements.scale');
    no('Requirements', 'Each turbine has 3 blades.', 'requirements.scale');
  });

  it('backfill as "as it was known at", skew as "training sees what serving saw"', () => {
    yes('Data', 'Holiday flags are joined as they were known at prediction time, so history is never rewritten with later edits.', 'data.feature-backfill');
    yes('Deployment', 'We log the feature vector the server used and train on that log, so training sees exactly what serving saw.', 'deployment.training-serving-skew');
  });

  it('io spec as "in: …; out: …" or "Input → Output"', () => {
    yes('Framing', '- in: a product photo; out: a probability per category', 'framing.io-spec');
    yes('Framing', 'Input → Output: the text of a support email → the queue it should go to', 'framing.io-spec');
  });

  it('scope as "only X (no Y, no Z)"', () => {
    yes('Requirements', '- Card-present transactions only (no online payments, no refunds).', 'requirements.scope-functional');
  });

  it('monitoring: paging on-call, stale feeds with fallbacks, forecast vs actual, tracked precision', () => {
    yes('Monitoring', 'If the endpoint stops answering, Opsgenie pages whoever is on call.', 'monitoring.operational-metrics');
    yes('Monitoring', 'Page the on-call engineer through PagerDuty when the scorer returns errors.', 'monitoring.operational-metrics');
    yes('Monitoring', 'If the weather feed is more than 30 minutes stale, the service falls back to yesterday\'s forecast.', 'monitoring.data-quality');
    yes('Monitoring', 'We compare predicted vs. actual arrivals every day in a dashboard.', 'monitoring.model-performance');
    yes('Monitoring', 'Track precision on a reviewed sample of 200 flagged items each week.', 'monitoring.model-performance');
    yes('Rollout', 'While the pilot runs, the planner checks each day\'s forecasts against actuals in a notebook.', 'monitoring.model-performance');
    no('Requirements', '- Low latency alerts.', 'monitoring.operational-metrics');
  });

  // ---- precision extras
  it('metric words used as ordinary words are not misplaced metrics; non-requirements are not vague', () => {
    const findings = (heading: string, body: string, kind: string) => lint(docWith(heading, body)).findings.filter((f) => f.kind === kind);
    assert.deepEqual(findings('Offline evaluation', '| Option | Pros | Cons |\n|---|---|---|\n| Hosted LLM | best answers on our eval | transcripts leave our cloud (mitigated by zero-retention) |', 'misplaced'), []);
    assert.deepEqual(findings('Offline evaluation', '- Offline metrics: AUC on a held-out month; we also check that retention emails go out on time.', 'misplaced'), []);
    assert.equal(findings('Offline evaluation', '- Offline metrics: AUC, retention', 'misplaced').length, 1);
    assert.deepEqual(findings('Serving', 'Answers are produced online (real-time) because queries are free text.', 'vague').length, 0);
    assert.deepEqual(findings('Requirements', '- Scoring has to be online (real-time) since the basket changes with every scan.', 'vague').length, 0);
    assert.equal(findings('Requirements', '- Scoring has to be real-time.', 'vague').length > 0, true);
    assert.deepEqual(findings('Requirements', 'Stores reorder weekly, so no decision needs a forecast faster than that.', 'vague').length, 0);
    assert.deepEqual(findings('Data', 'We have a very large number of related time series (one per store and item).', 'vague').length, 0);
    assert.equal(findings('Requirements', 'The API must be fast and scalable.', 'vague').length > 0, true);
  });
  it('evidence lines point at the unit that commits, not at a neighbour using the same words', () => {
    const lineOf = (heading: string, body: string, id: string): string => {
      const text = docWith(heading, body);
      const st = lint(text).items.find((i) => i.id === id);
      assert.ok(st?.present, `${id} present`);
      return text.split('\n')[st.line ?? -1] ?? '';
    };
    assert.match(lineOf('Evaluation', 'Offline: PR-AUC, and the share of fraud dollars caught on the test month.\n\nOnline: approval rate and net fraud loss per 1k transactions.', 'evaluation.online-metrics'), /^Online/);
    assert.match(lineOf('Monitoring', '- Data quality: null-rate checks on every feature; a stale feed alerts and falls back to defaults.\n- Model quality: precision on the reviewed cases, weekly.', 'monitoring.model-performance'), /Model quality/);
    assert.match(lineOf('Model', 'Baseline: the current rules engine plus the v1 logistic regression; every number below is a delta against it.\n\n| Model | Pros | Cons |\n|---|---|---|\n| GBDT | fast on CPU | no sequence signal |\n| Transformer | sees order of events | needs GPUs |', 'model.selection-tradeoffs'), /Pros|GBDT/);
  });
});

describe('lint mechanisms (holdout2 review)', () => {
  it('recognises short proposals and interview notes that put the framework in line labels', () => {
    assert.ok(isDesignDoc('Invoice matching — proposal\n\n## Context\n\nFinance matches invoices by hand.\n\n## Approach\n\nPairwise classifier. Training data: two years of matched invoices. Features: amount gap, vendor id.\n\nCompare against: the current fuzzy-match script.\n\n## Success\n\n- Offline: precision at 95% recall.\n- After launch: hours saved per week.\n'));
    assert.ok(isDesignDoc('# Loop feedback\n\n## What they proposed\n\n- Goal: fewer fake reviews.\n- Labels: reviews removed by moderators.\n- Features: account age, text embeddings.\n- Model: logistic regression first.\n- Serving: score each review on submit.\n'));
    assert.ok(!isDesignDoc('# Team onboarding\n\n## Week 1\n\n- Laptop: ask IT.\n- Accounts: request VPN.\n\n## Week 2\n\nShadow the on-call.\n'));
  });

  it('template hints in italics or parentheses are placeholders, not answers', () => {
    no('Requirements', '- Privacy/compliance: *e.g. GDPR, PII handling*', 'requirements.privacy-security');
    no('Evaluation', '- Online: *(e.g. CTR, conversion, revenue lift)*', 'evaluation.online-metrics');
    no('Monitoring', '*Data drift, model performance, alerts*', 'monitoring.drift');
  });

  it('a question followed by a hedge is not a commitment', () => {
    no('Evaluation', 'Do we A/B test against the old ranker? Probably, but the split is not decided.', 'evaluation.ab-test-plan');
    no('Requirements', '- Is GDPR a concern for the chat logs? Probably yes.', 'requirements.privacy-security');
  });

  it('negations: ruled-out A/B test replaced by shadow mode, drift not monitored yet, numbers in an interviewer quote', () => {
    no('Evaluation', 'We will not run a randomized A/B test for safety reasons. Instead the model runs in silent mode next to the nurses for a month.', 'evaluation.ab-test-plan');
    no('Monitoring', 'We do not track input drift yet; dashboards only show request counts.', 'monitoring.drift');
    no('Evaluation', "We won't run an A/B test because a control arm would see worse fraud screening; we use shadow scoring instead.", 'evaluation.ab-test-plan');
    no('Monitoring', "We don't monitor input drift yet, since the model is refit every night anyway.", 'monitoring.drift');
    yes('Deployment', 'Training-serving skew is not a concern because the same feature code runs online and offline.', 'deployment.training-serving-skew');
    no('Feedback', '- Never gave any throughput figure, even after I mentioned "about 300 orders per second".', 'requirements.throughput-qps');
  });

  it('word sense: KS on a test set is an offline metric; a quoted prompt is not data quality; a failing check that blocks a run is a gate', () => {
    no('Evaluation', 'We report AUC and the KS statistic on the out-of-time test set.', 'monitoring.drift');
    no('Notes', 'They asked about data drift and I said the weekly accuracy report covers it.', 'monitoring.drift');
    no('Notes', 'Prompt: "Detect fake accounts on a social network"', 'monitoring.data-quality');
    yes('Deployment', 'Before scoring, the nightly job checks that the upstream file arrived and that no column has more than 1% nulls; if any check fails the run stops and nobody is scored that night.', 'monitoring.data-quality');
  });

  it('recall wording real people use', () => {
    yes('Experiment', 'We switch half the stores to the new model for 3 weeks, randomized at store level, and compare basket size.', 'evaluation.ab-test-plan');
    yes('Rollout', 'After shadow, put 20% of the depots on the new planner for a month with depot-level randomization and compare on-time rate against the rest.', 'evaluation.ab-test-plan');
    no('Serving', 'We move half the batch jobs to spot instances to save cost.', 'evaluation.ab-test-plan');
    yes('Model', 'Tried a random forest on the tabular features only; it stalled at 0.68 AUC, so we dropped it for the CNN.', 'model.selection-tradeoffs');
    yes('Data', 'Split: train on weeks 1..N, test on week N+1.', 'data.split-leakage');
    yes('Framing', 'Category: quantile regression.', 'framing.ml-category');
    yes('Data', '3 years of historical claims from the billing system (around 4 million).', 'data.sources');
    yes('Background', '- 18 months of call transcript from Genesys, about 2 million calls.', 'data.sources');
    yes('Deployment', 'Real-time per order because the fraud check must finish before payment.', 'deployment.online-vs-batch');
    yes('Goals', '- Reduce median time-to-merge from 30h to under 12h.', 'requirements.business-objective');
  });

  it('template hints in table cells, a quoted interview prompt, a retrain with no trigger', () => {
    no('Requirements', '| Requirement | Target |\n|---|---|\n| Privacy | *e.g. HIPAA, consent* |', 'requirements.privacy-security');
    no('Notes', 'Candidate: #12 · Prompt: "Find duplicate photos and corrupt uploads in a photo app"', 'monitoring.data-quality');
    no('Weak', '- Never discussed drift or alerting. Candidate said "we retrain as needed", no schedule.', 'monitoring.retraining-plan');
    no('Weak', '- Asked about model decay (I hinted "what if users change?") — candidate said "retrain if needed", no cadence or trigger.', 'monitoring.retraining-plan');
  });

  it('an Overview flowchart of the pipeline is a serving architecture', () => {
    yes('Overview', 'Each new invoice is checked on arrival.\n\n```mermaid\nflowchart LR\n  W[Invoice webhook] --> Q[Queue]\n  Q --> R[Candidate retriever]\n  R --> S[Match scorer]\n  S --> P[Post match]\n```', 'deployment.serving-architecture');
  });

  it('scope: the behaviour and the moment it happens, not a deployment sentence', () => {
    yes('What we want', 'Automatically tag each invoice with its cost centre when an invoice arrives.', 'requirements.scope-functional');
    yes('Why', 'Before every checkout, predict the chance the card is stolen; risky orders go to manual review.', 'requirements.scope-functional');
    no('Deployment', 'Scores are computed online when the order is submitted, through the payments gateway.', 'requirements.scope-functional');
  });

  it('champion/challenger as the experiment is not a rollout; as a staged launch it is', () => {
    no('Experiment', 'We run a champion/challenger test: 10% of accounts, picked at random, get the new model.', 'deployment.rollout-strategy');
    yes('Deployment', 'Launch as champion/challenger on 5% of traffic, then widen to 50% once loss rates hold.', 'deployment.rollout-strategy');
  });

  it('training procedure in the words people use', () => {
    yes('Model', 'We fine-tune BioClinicalBERT on the labelled notes, with oversampling of the rare class during training.', 'model.training');
    yes('Ops', '- Incremental updates every 30 minutes, full refit on Sundays.', 'model.training');
    yes('Monitoring', '- Retrain weekly on the previous 60 days; ship only if offline AUC holds.', 'model.training');
  });

  it('an item missing from a doc without its section is reported as not found anywhere', () => {
    const f = lint(docWith('How', 'Training data: the last 6 months of resolved chats.')).findings.find((x) => x.ruleId === 'monitoring.drift');
    assert.match(f?.message ?? '', /not found anywhere in the doc, which has no "Monitoring" section/);
  });

  it('items stated outside their own section still count', () => {
    yes('How', 'Training data: the last 6 months of resolved chats, labelled by the team that closed them.', 'data.sources');
    yes('How', 'Compare against: the regex rules we run today.', 'model.baseline');
    yes('Summary', '- Goal (after prompting): reduce scam listings, tied to buyer conversion.', 'requirements.business-objective');
    yes('What the candidate proposed', '- Goal (once nudged): cut fake listings that confuse buyers.', 'requirements.business-objective');
  });
});

describe('lint mechanisms (holdout3 review)', () => {
  it('bold run-in labels ending in a period work like "Label:"', () => {
    yes('Data', '**Labels.** Each row is labelled with the number of units sold that week.', 'data.labels');
    yes('Model', '**Baseline.** What we do today is a 4-week moving average per store.', 'model.baseline');
    yes('Requirements', '**Latency.** p99 under 120 ms at the API edge.', 'requirements.latency-p99');
  });

  it('vocabulary: audio features, cascades, ops metrics, footprints, named losses, scope, skew, feed checks', () => {
    yes('Features', 'Inputs are 40-dim log-mel filterbank frames over a 1 s sliding window.', 'data.features');
    yes('Serving', 'A tiny on-device model wakes a larger cloud model, a cascade from device to cloud.', 'deployment.serving-architecture');
    yes('Monitoring', 'Battery and DSP load dashboards, crash rate per firmware version.', 'monitoring.operational-metrics');
    yes('Requirements', 'The model must fit in < 250 KB and use < 5% of one DSP core.', 'requirements.budget-cost');
    yes('Model', 'We minimise Poisson deviance on weekly counts.', 'model.loss-function');
    yes('Model', 'Trained with a triplet objective on (anchor, positive, negative) image crops.', 'model.loss-function');
    yes('Model', 'BPR on implicit clicks, one sampled negative per positive.', 'model.loss-function');
    yes('Overview', 'This proposal covers ranking the home feed for logged-in users. It does not cover search.', 'requirements.scope-functional');
    yes('Features', 'Features are computed by exactly the code that computes them at serving time.', 'deployment.training-serving-skew');
    yes('Monitoring', 'If the GPS ping stream drops below 70% of its usual rate, we stop publishing ETAs.', 'monitoring.data-quality');
    yes('Monitoring', 'Open-event volume per day; alert if down > 20% against the weekly mean.', 'monitoring.data-quality');
    yes('Monitoring', 'Track realised error (WAPE) per city every hour and page when it doubles.', 'monitoring.model-performance');
    yes('Evaluation', 'Claim cycle time for non-fraud claims must not increase.', 'evaluation.guardrail-metrics');
    yes('Deployment', 'The nightly scoring job fans out across 12 VMs in parallel.', 'deployment.scaling-efficiency');
    yes('Monitoring', 'Each week we compare NDVI per band against the same week in previous seasons and flag large shifts.', 'monitoring.drift');
    yes('Goals', 'Increase gross margin per delivered order by 3%.', 'requirements.business-objective');
  });

  it('typos in key terms', () => {
    yes('Model', 'Losss: weighted cross-entropy over the 5 classes.', 'model.loss-function');
    yes('Requirements', 'Lantency: p99 below 80 ms.', 'requirements.latency-p99');
    yes('Monitoring', 'We moniter daily feature distributions against the training window with PSI, alerting above 0.2.', 'monitoring.drift');
    yes('Framing', 'We frame it as binary clasification: returned vs kept, per order.', 'framing.ml-category');
    yes('Requirements', 'Lantency must stay below 80 ms for the ranking call.', 'requirements.latency-p99');
    yes('Model', 'Trained with weighted cross-entropy lossses on the five classes.', 'model.loss-function');
    yes('Monitoring', 'Dashbaords for p99 latency and error rate, with a pager alert.', 'monitoring.operational-metrics');
  });

  it('Q&A format: the "A:" answer answers the bold question', () => {
    yes('Notes', '**Q: Baseline?**\n\nA: A logistic regression on last-month spend, which is what finance uses today.', 'model.baseline');
    yes('Notes', '**Q: Latency?**\n\nA: p95 under 200 ms for the checkout call.', 'requirements.latency-p99');
  });

  it('rates of domain nouns are throughput when each one is scored', () => {
    yes('Requirements', 'We score every inbound email; that is around thirty million emails per day.', 'requirements.throughput-qps');
    yes('Requirements', 'Each transaction is scored before authorisation, ~4k transactions per second at peak.', 'requirements.throughput-qps');
    no('Background', 'The bank receives about 20k loan applications per month, reviewed by hand.', 'requirements.throughput-qps');
  });

  it('no false credit: template guidance, hedges, money that is not a budget, data splits, refusals', () => {
    no('Privacy', '> e.g. GDPR, PII handling, consent', 'requirements.privacy-security');
    no('Evaluation', '> Describe the experiment design: unit of randomisation, traffic split, duration.', 'evaluation.ab-test-plan');
    no('Monitoring', '- drift?? — not sure, skip for v1', 'monitoring.drift');
    no('Data', 'Random split is surely optimistic, but we have not decided what to do instead.', 'data.split-leakage');
    no('Background', 'Today we pay a vendor ~$1.1M/quarter for manual review.', 'requirements.budget-cost');
    no('Background', 'The field survey costs €2M per season.', 'requirements.budget-cost');
    no('Data', 'Random split 80/10/10 by user.', 'evaluation.ab-test-plan');
    no('Serving', 'We target recall@50 for candidate generation.', 'deployment.serving-architecture');
    no('Evaluation', '**Q: A/B test?**\n\nA: Doesn\'t really apply — the model only runs once a year.', 'evaluation.ab-test-plan');
    no('Monitoring', 'Drift monitoring: not needed, since the inputs are fixed sensor calibrations.', 'monitoring.drift');
  });

  // ---- F. after blind holdouts 4 and 5 (sentences written for these tests)
  it('recognition: a repo README is not a design doc; a design written as prose is', () => {
    const readme = [
      '# churn-model', '', '## Requirements', '', '- Python 3.11, poetry', '', '## Setup', '', '```', 'poetry install', '```', '',
      '## Data', '', 'Run `make data` to pull the parquet files.', '', '## Training', '', '`make train` fits the model.', '',
      '## Evaluation', '', '`make eval` prints AUC on the test split.', '', '## License', '', 'MIT',
    ].join('\n');
    assert.ok(!isDesignDoc(readme));
    const prose = [
      '# Catching failed parcel scans before the truck leaves',
      '',
      'Missed scans cost us about 3% of next-day deliveries, and the goal is to cut those missed deliveries in half this year.',
      'So the model predicts the probability that a parcel on the belt will not be scanned; it is a binary classification per parcel.',
      'Inputs are the belt camera frame and the manifest row; the output is a probability that the sorter reads.',
      'The sorter needs the answer within 80 ms at p99, at about 300 parcels per second per hub, for 12 hubs and 4 million parcels a week.',
      'Training data comes from the scan logs of the last year; labels are parcels flagged by the driver app as unscanned.',
      'We split by week so that no future week leaks into training. Missed parcels are rare (1%), so we weight them 20 times in the loss.',
      'The baseline is the current rule that flags parcels with a damaged barcode; a gradient-boosted tree must beat it on recall at 90% precision.',
      'Offline we report PR-AUC; online we read the missed-scan rate per hub in a two-week A/B test across hubs.',
      'The model runs online in the sorter service, behind a small gRPC endpoint, and we ramp it hub by hub with a shadow week first.',
      'We monitor the daily share of parcels scored above 0.5 and the input image brightness for drift, and retrain every month on the new logs.',
    ].join('\n\n');
    assert.ok(isDesignDoc(prose), 'a prose design doc is recognised by its content');
    assert.ok(!isDesignDoc('# Sprint 14 retro\n\nThe A/B test of the new ranker won; p99 regressed to 180 ms; we should retrain weekly?\n'));
  });

  it('baselines listed under a Baselines heading; parity of feature code in any words', () => {
    yes('Baselines', '1. The rule engine running in production today.', 'model.baseline');
    yes('Model', '**Baselines:**\n\n- last-week average per store', 'model.baseline');
    no('Baselines', '1. TBD', 'model.baseline');
    yes('Serving', 'The online store and the training set are filled by the same Spark transforms.', 'deployment.training-serving-skew');
    yes('Serving', 'Offline and online feature values are identical because both call one featurizer package.', 'deployment.training-serving-skew');
    no('Serving', 'We ship the same model artifact to the batch job and the online service.', 'deployment.training-serving-skew');
    no('Serving', 'Training and serving do not use the same feature code yet.', 'deployment.training-serving-skew');
  });

  it('incoming work per day is throughput; what people can handle is not', () => {
    yes('Requirements', 'We receive around 12k claims per day, more at month end.', 'requirements.throughput-qps');
    no('Background', 'The review team has capacity to reach about 500 customers a month.', 'requirements.throughput-qps');
  });

  it('a placeholder followed by "need to discuss" is still not an answer', () => {
    no('Evaluation', '- A/B test: TBD — need to discuss with the sales leadership.', 'evaluation.ab-test-plan');
    no('Evaluation', '- A/B test: to be discussed with the growth team', 'evaluation.ab-test-plan');
    yes('Evaluation', '- A/B test: 50/50 by account for three weeks; we need to discuss the start date with sales.', 'evaluation.ab-test-plan');
  });

  it('the serving mode and the ML objective said in everyday words', () => {
    yes('How it works', 'The matcher is an online service: it runs for every incoming order.', 'deployment.online-vs-batch');
    yes('How it works', 'Scores are computed per transaction, before the payment is authorised.', 'deployment.online-vs-batch');
    no('How it works', 'We have not decided whether this is an online service or a nightly job.', 'deployment.online-vs-batch');
    yes('Overview', '- **In ML terms:** given a support ticket, pick the team most likely to resolve it first time.', 'framing.ml-objective');
    no('Overview', '- **In ML terms:** TBD', 'framing.ml-objective');
  });

  it("a model's decision rate checked on a cadence is performance monitoring", () => {
    yes('Monitoring', '- every week compare the override rate of cases the model routed with cases routed by people', 'monitoring.model-performance');
    no('Monitoring', '- every week check the p99 latency and error rate of the model service', 'monitoring.model-performance');
  });

  // G: after blind holdouts 6 and 7 (session 3)
  it('a label whose value declines, defers or shrugs is not an answer', () => {
    no('Monitoring', '**Drift:** we will not watch for drift in the first release; the weekly report has to do.', 'monitoring.drift');
    no('Monitoring', 'Drift checks on the inputs and outputs: not planned yet.', 'monitoring.drift');
    no('Monitoring', '- Drift, retraining and alerts: the usual approaches.', 'monitoring.drift');
    no('Deployment', 'Training-serving skew: ran out of time here, said something vague about features.', 'deployment.training-serving-skew');
    no('Interview feedback', '- Missed: drift monitoring, canary rollout, any retraining plan.', 'monitoring.drift');
    // a hyphenated metric is not "skip"
    yes('Evaluation', '- Guardrails: skip-after-10s rate, hides, app start time.', 'evaluation.guardrail-metrics');
    yes('Monitoring', '- Drift: daily PSI on the 30 top features, alert above 0.2.', 'monitoring.drift');
  });

  it('placeholders with letters and digits, blanks, and a hedge after a TODO are not answers', () => {
    no('Evaluation', '- Offline metric: <choose: ROC-AUC / F1 / MAE>', 'evaluation.offline-metrics');
    no('Requirements', '| Requirement | Target |\n|---|---|\n| Latency | p99 < ___ ms |', 'requirements.latency-p99');
    no('Monitoring', '- Retraining cadence: TODO. Probably monthly, once we see how fast it decays.', 'monitoring.retraining-plan');
    yes('Monitoring', '- Retraining cadence: monthly, on a rolling 12-month window.', 'monitoring.retraining-plan');
  });

  it('word sense: a moment of prediction, a substitution that is not a typo, a fixed fleet, a metric change, an incentive budget', () => {
    no('Problem', 'Predict the probability that a train leaves more than 10 minutes late, as seen from a prediction time three hours before.', 'requirements.latency-p99');
    // "calling" is two edits from "scaling"
    no('Background', 'Dispatchers re-plan the shift by calling in reserve drivers and swapping routes.', 'deployment.scaling-efficiency');
    no('Serving', 'There is no need for autoscaling at 3 req/s; two fixed replicas behind the gateway are enough.', 'deployment.scaling-efficiency');
    yes('Serving', 'The deployment scales between 2 and 12 pods on CPU load; 2–12 replicas at peak.', 'deployment.scaling-efficiency');
    no('Goals', '- Raise the self-service resolution rate from 31% to 40%.', 'deployment.rollout-strategy');
    yes('Rollout', '- Ramp 1% → 10% → 50% of users over two weeks.', 'deployment.rollout-strategy');
    no('Requirements', '**Cost:** the voucher incentive budget is $500k per quarter.', 'requirements.budget-cost');
    yes('Requirements', '**Cost:** serving must stay under $3k per month on CPU instances.', 'requirements.budget-cost');
  });

  it('the serving mode as the answer to a "mode" label or row, and event-driven scoring', () => {
    yes('Serving', '**Inference mode:** real-time — the classifier sits in the checkout path.', 'deployment.online-vs-batch');
    yes('Serving', '| Aspect | Choice |\n|---|---|\n| Mode | batch, every night at 02:00 for all stores |', 'deployment.online-vs-batch');
    yes('Serving', 'Scoring is event-driven rather than a nightly batch, because reviewers read within the hour.', 'deployment.online-vs-batch');
    no('Serving', '**Inference mode:** TBD with the platform team.', 'deployment.online-vs-batch');
  });

  it("what a Mermaid diagram's boxes and arrows say counts, at the diagram's line", () => {
    const diagram = ['```mermaid', 'flowchart LR', '  raw["Store camera images"] -->|split by store, never by image| sets[(Train / val / test)]', '  sets --> m([Detector trained with focal loss])', '```'].join('\n');
    yes('Data', diagram, 'data.split-leakage');
    yes('Model', diagram, 'model.loss-function');
    // syntax alone says nothing
    no('Data', ['```mermaid', 'flowchart LR', '  a --> b', '  subgraph split', '  end', '```'].join('\n'), 'data.split-leakage');
  });
});

describe('lint mechanisms (holdout8/9 review)', () => {
  // H: after blind holdouts 8 and 9 (session 4)
  it('headings: "Clarifying (…)", a bare "Why", "Operation"; "Didn\'t get to" holds nothing committed', () => {
    const doc = (h: string, body: string) => `# Parking demand\n\n## ${h}\n\n${body}\n\n## Model\n\nGBDT.\n\n## Data\n\nMeter logs.\n`;
    assert.equal(isPresent(doc('Clarifying (questions I asked the PM)', '- Riders? -> commuters in two cities only, no tourists'), 'requirements.scope-functional', { force: true }), true);
    assert.equal(isPresent(doc('Operation', '- p95 latency and 5xx rate of the scorer on the Grafana board, paging the on-call above 2%'), 'monitoring.operational-metrics', { force: true }), true);
    assert.equal(isPresent(doc("Didn't get to", '- We alert when the PSI of any input feature goes above 0.25.'), 'monitoring.drift', { force: true }), false);
  });

  it('scope said the way interview notes say it', () => {
    yes('Requirements', '- Markets? -> UK only for now; France and Spain next year, not part of this', 'requirements.scope-functional');
    yes('Requirements', '- Voice ordering stays out for v1.', 'requirements.scope-functional');
  });

  it('generative and extraction tasks are ML categories', () => {
    yes('Framing', 'The task is extractive summarization of each support thread into three bullets.', 'framing.ml-category');
    yes('Framing', 'Field extraction from scanned invoices: vendor, date, total.', 'framing.ml-category');
    no('Framing', 'We summarise the results for the steering committee every month.', 'framing.ml-category');
  });

  it('rollout: a first cohort then the rest, and switching units back', () => {
    yes('Rollout', 'First 15 stores in the north region for three weeks, then all stores in the region, then nationwide.', 'deployment.rollout-strategy');
    yes('Rollout', 'Store managers can switch their store back to the old replenishment sheet from the admin page.', 'deployment.rollout-strategy');
    no('Rollout', 'First we clean the data, then we train.', 'deployment.rollout-strategy');
  });

  it('monitoring: a validation step that fails the run, metrics once actuals arrive, sampled outputs rated by people', () => {
    yes('Pipeline', '- The validation step fails the nightly run if the schema changed or a store sent no rows.', 'monitoring.data-quality');
    yes('Monitoring', '- Weekly MAPE per store cluster on the ops dashboard, once actuals come in.', 'monitoring.model-performance');
    yes('Monitoring', '- Each Monday 40 randomly sampled answers are reviewed by a support lead on the same rubric as offline.', 'monitoring.model-performance');
  });

  it('baselines named the way forecasters name them', () => {
    yes('Model', '| Model | MAPE |\n|---|---|\n| Seasonal naive (same day last week) | 24% |\n| LightGBM global | 17% |', 'model.baseline');
  });

  it('a hedged sentence in a hedging paragraph is not a commitment; one "probably" is still a choice', () => {
    no('Evaluation', 'What should we measure? F1, probably, or recall at the top 5%. Maybe both.', 'evaluation.offline-metrics');
    no('Data', 'Positives are rare so the data might be skewed and we might need to oversample maybe.', 'data.class-imbalance');
    yes('Evaluation', 'Offline we report PR-AUC and recall at 1% FPR; we will probably add calibration plots.', 'evaluation.offline-metrics');
  });
});

describe('lint mechanisms (holdout10/11 review)', () => {
  // I: after blind holdouts 10 and 11 (session 5). My own sentences, not the holdout docs'.
  it('a checked task-list box is not part of what the item says (an unchecked one is a to-do: session 9)', () => {
    yes('Evaluation', '- [x] Online: share of sessions with a saved cart; weekly repeat orders.', 'evaluation.online-metrics');
    yes('Evaluation', '- [x] **Offline:** PR-AUC on the last two weeks of orders', 'evaluation.offline-metrics');
  });

  it("the asker's words in Q&A notes and transcripts are not commitments, unless answered in the same paragraph", () => {
    no('Serving', '**Interviewer:** You would log the features the model saw at serving time and train on those.', 'deployment.training-serving-skew');
    no('Serving', 'Q (Dana): train/serve mismatch? The features at serving time may differ from training.', 'deployment.training-serving-skew');
    yes('Serving', 'Q: how do you avoid train/serve skew? A: the scorer logs the exact feature values it used, and training reads those logs.', 'deployment.training-serving-skew');
  });

  it('feedback, self-reviews and "not reached" sections hold nothing committed', () => {
    const doc = (caption: string, body: string) => `# Fraud\n\n## Requirements\n\nCut chargebacks 10%.\n\n## Data\n\nCard logs.\n\n## Model\n\nGBDT.\n\n${caption}\n\n${body}\n`;
    assert.equal(isPresent(doc("**Interviewer's feedback:**", '- Should have given a p99 target of about 80 ms for the auth call.'), 'requirements.latency-p99', { force: true }), false);
    assert.equal(isPresent(doc('**Self-review afterwards:** Missed drift: we alert when the PSI of any input goes above 0.2.', ''), 'monitoring.drift', { force: true }), false);
    assert.equal(isPresent(doc('**6) Monitoring** — not reached. We would alert when PSI of any input goes above 0.2.', ''), 'monitoring.drift', { force: true }), false);
    no('Evaluation', '- online: ... (ran out of time)', 'evaluation.online-metrics');
  });

  it('a table row whose every value is a placeholder commits to nothing', () => {
    no('Deployment', '| Concern | Plan |\n|---|---|\n| Train/serve consistency | TBD |', 'deployment.training-serving-skew');
    yes('Deployment', '| Concern | Plan |\n|---|---|\n| Train/serve consistency | one feature package imported by the trainer and by the scoring job |', 'deployment.training-serving-skew');
  });

  it('a label whose value starts with "no" is not a refusal when the "no" is the content', () => {
    yes('Data', '- Split by customer: no customer appears in both train and test, so repeat buyers cannot leak.', 'data.split-leakage');
    no('Data', '- Split: no, we did not get to it.', 'data.split-leakage');
  });

  it('the serving mode said as a requirement, a contrast, a one-word sentence or an event', () => {
    yes('Serving', 'Ranking must happen online, at search time, because every feature depends on the query text.', 'deployment.online-vs-batch');
    yes('Serving', 'Scoring has to be online, at checkout, since the basket only exists then.', 'deployment.online-vs-batch');
    yes('Serving', 'Batch rather than online: the forecasts are consumed once a morning by planners.', 'deployment.online-vs-batch');
    yes('Serving', 'Asynchronous. When an upload finishes, a message lands on a queue and a worker scores it.', 'deployment.online-vs-batch');
    yes('Serving', 'We check each new listing as soon as it is submitted, before buyers can see it.', 'deployment.online-vs-batch');
    yes('Serving', 'Suggestions are computed asynchronously when OCR finishes, so they are ready before the clerk opens the invoice.', 'deployment.online-vs-batch');
    no('Serving', 'The dashboard is online. Batch.', 'deployment.online-vs-batch');
  });

  it('train/serve consistency said through shared code, one job or logged feature vectors', () => {
    yes('Serving', 'Feature transforms live in one Python package that both the training pipeline and the scoring job import.', 'deployment.training-serving-skew');
    yes('Serving', 'To avoid a training/serving mismatch we log the exact feature vector used at serving time and train on those logs.', 'deployment.training-serving-skew');
    yes('Serving', 'The scoring job uses the same feature SQL that built the development sample.', 'deployment.training-serving-skew');
    no('Serving', 'We use the same model artifact in staging and production.', 'deployment.training-serving-skew');
  });

  it('framing and data: "predict whether …", a long "given …, generate …", data windows, "everything else = …"', () => {
    yes('Framing', 'Predict whether a review is fake before it is shown.', 'framing.io-spec');
    yes('Framing', 'Given the ticket text (subject, body and the first agent reply), the product area and the customer tier, generate a draft answer.', 'framing.io-spec');
    yes('Data', '- Agent escalations from the last 18 months, exported from the help desk.', 'data.sources');
    yes('Data', '- Orders refunded within 30 days = bad, everything else = good.', 'data.labels');
    yes('Data', '**Positive pair:** (query, article the user opened and read for over 30 s)', 'data.labels');
  });

  it('baselines, retraining and training procedures in other words', () => {
    yes('Model', 'Compare against the keyword blocklist alone to see if the model is worth it.', 'model.baseline');
    yes('Monitoring', 'Redevelopment: annual redevelopment on the latest matured cohorts, or earlier if PSI exceeds 0.25.', 'monitoring.retraining-plan');
    yes('Monitoring', '- Refresh: monthly LoRA refresh on newly annotated items, shipped only if the judge score does not drop.', 'monitoring.retraining-plan');
    yes('Model', 'The two towers are trained with in-batch sampled softmax on (user, purchased item) pairs.', 'model.training');
  });

  it('metrics: "success is measured on …", time from one event to another, a results table, a "don\'t increase" check', () => {
    yes('Evaluation', 'Success is measured on time-to-resolution per ticket from the help-desk analytics.', 'evaluation.online-metrics');
    yes('Evaluation', 'In the pilot we track the median minutes from first alert to confirmed report.', 'evaluation.online-metrics');
    yes('Evaluation', '| Model | Recall@5 | MRR |\n|---|---|---|\n| BM25 | 0.41 | 0.30 |\n| Bi-encoder | 0.58 | 0.44 |', 'evaluation.offline-metrics');
    no('Evaluation', '| Owner | Precision of the plan |\n|---|---|\n| Ana | 2 |', 'evaluation.offline-metrics');
    yes('Evaluation', 'We also check that the hang-up rate in the IVR does not increase.', 'evaluation.guardrail-metrics');
  });

  it('requirements: the goal as a time from one event to another; batch volume; a processing rate on given hardware', () => {
    yes('Requirements', 'The goal is to shorten the time from first visible smoke to a confirmed report.', 'requirements.business-objective');
    yes('Requirements', '- ~4.2M listings scored per nightly run.', 'requirements.throughput-qps');
    yes('Requirements', '- At ~3,000 tiles/minute on 16 T4s the backlog clears in a day.', 'requirements.throughput-qps');
    no('Requirements', '- The team reviews about 40 listings per day by hand.', 'requirements.throughput-qps');
  });

  it('data quality as inputs rejected for what they lack, a stale feed, an input gate, low recognition confidence', () => {
    yes('Monitoring', '- Scans with missing pages or an empty OCR layer are rejected and counted on the intake dashboard.', 'monitoring.data-quality');
    yes('Monitoring', '- Alert the data team if the price feed for a market is older than 3 hours.', 'monitoring.data-quality');
    yes('Monitoring', '- Calls with ASR confidence below 0.5 are skipped and logged, not summarised.', 'monitoring.data-quality');
    yes('Serving', 'An on-device photo quality gate rejects blurry or dark photos before the model runs.', 'monitoring.data-quality');
    no('Data', 'Orders with missing addresses are filled with the store address.', 'monitoring.data-quality');
  });

  it('scope as a use limitation, languages only, "scope to", and a "Not doing" list', () => {
    yes('Requirements', 'The score will not be used for any automatic decision; it only orders the review queue.', 'requirements.scope-functional');
    yes('Requirements', '- Dutch and French only in the first release.', 'requirements.scope-functional');
    const doc = `# Story clusters\n\n## Framing\n\nCluster articles.\n\n## Not doing (v1)\n\n- Cross-lingual merging of stories\n- We alert when the PSI of any input goes above 0.2\n\n## Model\n\nHDBSCAN.\n`;
    assert.equal(isPresent(doc, 'requirements.scope-functional', { force: true }), true);
    assert.equal(isPresent(doc, 'monitoring.drift', { force: true }), false);
  });

  it('interpretability shown to users as evidence, and a retrieval + re-ranking category', () => {
    yes('Model', 'Each suggested reply has a "why" link that jumps to the evidence sentences in the ticket.', 'model.interpretability');
    yes('Framing', 'Retrieval + re-ranking over the help-center articles.', 'framing.ml-category');
  });
});

describe('lint mechanisms (holdout12/13 review)', () => {
  it('a study plan for the interview is not a design doc, though its weeks and to-dos name every section', () => {
    const weeks = [
      '# Interview revision',
      '',
      '## Week 1 — requirements and framing',
      '',
      '- [ ] clarifying questions: latency p99 targets, QPS from DAU, budget, privacy',
      '- [ ] turning the business goal into an ML objective',
      '',
      '## Week 2 — data and models',
      '',
      '- [ ] labels, class imbalance (downsampling), splits by time; baselines; GBDT vs two-tower',
      '',
      '## Week 3 — evaluation, serving and monitoring',
      '',
      '- [ ] offline NDCG vs online CTR, A/B test power, canary rollout, drift with PSI, retraining',
      '',
    ].join('\n');
    assert.ok(!isDesignDoc(weeks));
    const titled = weeks.replace('# Interview revision', '# ML design: my study plan').replace(/## Week (\d)/g, '## Part $1');
    assert.ok(!isDesignDoc(titled));
    // the same weeks in a doc its author marks as a design doc are still linted
    assert.ok(isDesignDoc(`---\nmldesign: true\n---\n\n${weeks}`));
    // a design doc with a three-week plan under its rollout heading is still a design doc
    const design = '# Churn model\n\n## Requirements\n\nCut churn 5%.\n\n## Data\n\nEvents.\n\n## Model\n\nGBDT.\n\n## Evaluation\n\nAUC.\n\n## Deployment\n\n### Week 1\n\nShadow.\n\n### Week 2\n\n5% canary.\n\n### Week 3\n\nFull rollout.\n\n## Monitoring\n\nPSI.\n';
    assert.ok(isDesignDoc(design));
  });

  it("a team's onboarding page (setup, who to ask, links) is a README, not a design doc", () => {
    const onboarding = [
      '# Ranking team onboarding',
      '',
      '## Dev box setup',
      '',
      'Install the CLI and run `make env`.',
      '',
      '## Useful links',
      '',
      '- Experiments: the A/B test dashboard in Grafana',
      '- Feature store: the Feast UI',
      '- Model registry: MLflow',
      '- Serving: the ranker service runbook',
      '- Monitoring: drift and latency dashboards',
      '',
      '## Who to ask',
      '',
      'Priya for data access, Tom for serving.',
      '',
    ].join('\n');
    assert.ok(!isDesignDoc(onboarding));
  });
});

describe('lint mechanisms (holdout13 item review, session 7)', () => {
  it('online metrics named as domain KPIs under an "Online:" / "(live)" caption, or as an experiment\'s primary metric', () => {
    yes('Evaluation', 'Offline:\n- MAE in minutes\n\nOnline:\n- refund tickets per 10k orders', 'evaluation.online-metrics');
    yes('Evaluation', '- Business (live): warehouse overtime hours per week', 'evaluation.online-metrics');
    yes('Evaluation', 'During the pilot (live):\n- shelf gaps found per audit', 'evaluation.online-metrics');
    yes('Evaluation', 'We ran a three-week A/B test on 10% of sellers with listing fixes accepted per seller as the primary metric.', 'evaluation.online-metrics');
    // not metrics: an unmeasured caption item, a question, a serving caption, an offline primary metric
    no('Evaluation', 'Online:\n- the new ranking model', 'evaluation.online-metrics');
    no('Evaluation', 'Online:\n- refund tickets per order?', 'evaluation.online-metrics');
    no('Deployment', 'Online inference:\n- one request per order, 40 ms per call', 'evaluation.online-metrics');
    no('Evaluation', 'The primary metric is recall@10 on the held-out test set.', 'evaluation.online-metrics');
  });

  it('splits typed as notes with arrows, and a split given as year ranges', () => {
    yes('Data', '- split -> by store, 20% of stores held for test', 'data.split-leakage');
    yes('Data', 'Validation: temporal — train 2019–2022, validate 2023, test 2024.', 'data.split-leakage');
    no('Data', '- split -> TBD', 'data.split-leakage');
  });

  it('a label that names a guardrail, whatever its value starts with', () => {
    yes('Evaluation', '- Guardrail: no region may see late deliveries rise by more than 2%', 'evaluation.guardrail-metrics');
    yes('Evaluation', '- Counterbalance: complaints per 1k rides, driver cancellations', 'evaluation.guardrail-metrics');
    no('Evaluation', '- Guardrail: none for now', 'evaluation.guardrail-metrics');
    no('Evaluation', '- Guardrails: no, not in the first test', 'evaluation.guardrail-metrics');
  });

  it('categories as notes write them, and forecasting by its kind', () => {
    yes('Framing', '- multi-class clf over 12 intents', 'framing.ml-category');
    yes('Framing', 'We produce a probabilistic forecast of hourly calls per queue (P50 and P90).', 'framing.ml-category');
    no('Framing', '- clf? not decided', 'framing.ml-category');
  });

  it('the serving mode as the first word of a note, with a dash', () => {
    yes('Deployment', '- batch, obviously — the scores are only read the next morning', 'deployment.online-vs-batch');
    yes('Deployment', '- Online - each checkout is scored before payment', 'deployment.online-vs-batch');
  });

  it('training, serving and monitoring in the words other stacks use', () => {
    yes('Model', 'XGBoost with the binary:logistic objective and early stopping.', 'model.loss-function');
    yes('Model', 'Inspectors see a Grad-CAM heatmap over each flagged weld.', 'model.interpretability');
    yes('Monitoring', 'The classifier head is re-fine-tuned every quarter on the newly labelled tickets.', 'monitoring.retraining-plan');
    yes('Deployment', 'A semantic cache answers near-duplicate questions; about 30% of traffic hits it.', 'deployment.scaling-efficiency');
    yes('Monitoring', 'Readings outside the sensor ranges (temperature > 150 °C) are rejected and counted.', 'monitoring.data-quality');
    yes('Requirements', 'About 2.5M forecast values per day across all stores.', 'requirements.throughput-qps');
  });
});

describe('lint mechanisms (holdout12 item review, session 7)', () => {
  it('scope as nested bullets under a "Scope" bullet, and "What\'s covered:"', () => {
    yes('Requirements', '- Scope\n  - v1\n    - web checkout suggestions only, no app\n  - not v1\n    - gift cards', 'requirements.scope-functional');
    yes('Requirements', "What's covered: returns filed through the web portal. Not covered: in-store returns.", 'requirements.scope-functional');
    no('Requirements', '- Scope\n  - v1\n    - TBD', 'requirements.scope-functional');
  });

  it('terse "in:" / "out:" notes are the input/output spec', () => {
    yes('Notes', '- in: listing title, photos, seller tier\n- out: category id + confidence', 'framing.io-spec');
    no('Notes', '- out: of office until May', 'framing.io-spec');
  });

  it('serving mode on an event hook, a suggest-only phase, sizing for a peak, a cached ranked list', () => {
    yes('Deployment', 'Serving: online, on the order.placed webhook, one call per order.', 'deployment.online-vs-batch');
    yes('Deployment', 'We start in suggest-only mode for 3 weeks, then let it assign automatically queue by queue.', 'deployment.rollout-strategy');
    yes('Deployment', 'The scorer runs 4 pods per AZ, sized for 3x the holiday peak.', 'deployment.scaling-efficiency');
    yes('Deployment', 'We cache the final ranked list per (city, hour) for 5 minutes.', 'deployment.scaling-efficiency');
  });

  it('back-tests, month-range splits, nightly volumes, a grid over a parameter, distributions compared over time', () => {
    yes('Data', 'The model was trained on claims up to June 2024 and back-tested on July–September 2024.', 'data.split-leakage');
    yes('Data', '- by order date: train Mar–Aug, validate Sep, test Oct', 'data.split-leakage');
    yes('Requirements', 'Every night we score all open invoices (~90k invoices per night).', 'requirements.throughput-qps');
    yes('Model', '- tuning: small grid over max_depth and learning rate, picked on the validation month', 'model.training');
    yes('Monitoring', 'Each month the analyst will compare the distribution of risk scores and of the inputs against the training period and flag big moves.', 'monitoring.drift');
  });
});

describe('lint mechanisms (holdout14/15 first contact, session 7)', () => {
  it("an experiment log (a log title, or mostly dated entries) is not a design doc, though its entries name baselines and A/B tests", () => {
    const entries = [
      '### 2025-02-03 — requirements',
      '',
      '- p99 under 50 ms, 20k QPS at peak.',
      '',
      '### 2025-02-04 — data sources',
      '',
      '- Click logs and the follow graph.',
      '',
      '### 2025-02-06 — leakage',
      '',
      '- Found label leakage through the "viewed_after" feature; split by time now.',
      '',
      '### 2025-02-10 — model',
      '',
      '- Two-tower; recall@20 0.34 offline against a popularity baseline.',
      '',
      '### 2025-02-17 — A/B test',
      '',
      '- 10% of users, CTR as primary metric, two weeks.',
      '',
      '### 2025-02-20 — serving',
      '',
      '- Online behind the feed API.',
      '',
      '### 2025-02-24 — monitoring',
      '',
      '- Added PSI drift alerts on the embedding norms; retrain weekly.',
      '',
    ].join('\n');
    assert.ok(!isDesignDoc(`# Feed ranking — notes\n\n${entries}`), 'dated entries');
    assert.ok(!isDesignDoc(`# Feed ranking experiment log\n\n## Baseline\n\nPopularity.\n\n## Model\n\nTwo-tower.\n\n## Evaluation\n\nA/B test on 10% of users.\n\n## Monitoring\n\nPSI alerts.\n`), 'log title');
    // marked as a design doc, it is one; and a design doc with a dated revision history is still one
    assert.ok(isDesignDoc(`---\nmldesign: true\n---\n\n# Feed ranking — notes\n\n${entries}`));
    const design = '# Feed ranking\n\n## Requirements\n\np99 < 50 ms.\n\n## Data\n\nClicks.\n\n## Model\n\nTwo-tower.\n\n## Evaluation\n\nRecall@20.\n\n## Deployment\n\nOnline.\n\n## Monitoring\n\nPSI.\n\n## Revision history\n\n### 2025-02-03\n\nDraft.\n\n### 2025-02-10\n\nReview comments.\n\n### 2025-02-17\n\nApproved.\n';
    assert.ok(isDesignDoc(design));
  });
});

describe('lint mechanisms (holdout14/15 item review, session 7)', () => {
  it('a value that only points elsewhere commits to nothing; a bare "None." still says no', () => {
    no('Data', '- **Features:** → see 📄 *Ranking feature list v2* (linked page)', 'data.features');
    no('Data', '- Features: unchanged from the search ranker; see go/search-ranker-features.', 'data.features');
    no('Data', '- Data sources: see the data contract (linked page)', 'data.sources');
    yes('Data', '- Features: same as v1 plus seller tenure, listing age and price relative to category median.', 'data.features');
    no('Data', '- **Backfill:** none. Features are logged at serving time (see below), so new features need 2 weeks of logs.', 'data.feature-backfill');
  });

  it('regret in a self-review and a choice left open are not commitments; what comes before an open clause is', () => {
    no('Data', '*I forgot to say how I would split the data. Should have said time-based split.*', 'data.split-leakage');
    no('Framing', 'The part we have not settled is what the learned model should predict.', 'framing.ml-objective');
    yes('Framing', 'This is a binary classification problem (will the invoice be paid late), but we have not settled the exact horizon.', 'framing.ml-category');
  });

  it('a refusal by the team negates what follows it in the clause', () => {
    no('Model', 'We will also not build a keyword or regex baseline first.', 'model.baseline');
    no('Data', 'Fraud is rare (0.3%) but we will not rebalance or reweight anything, because the vendor model is used as is.', 'data.class-imbalance');
  });

  it('word sense: traffic splits, conversion attribution, reported losses, notification opt-outs, capped shares, "gets an advantage", a sanity check of a metric', () => {
    no('Evaluation', 'Online: A/B test, 50/50 split randomized by user id, 14 days.', 'data.split-leakage');
    no('Data', '- orders table (attribution: order within 24h of the email)', 'model.interpretability');
    no('Framing', '- Input: claim attributes (line, reported loss amount, channel) and policy tenure', 'model.loss-function');
    no('Requirements', '- reminder opt-out is the most common complaint in app reviews', 'requirements.privacy-security');
    no('Deployment', '- manual review rate capped at 3% of orders', 'deployment.scaling-efficiency');
    no('Risks', '- Popular sellers get an advantage (more past sales). The cap helps.', 'framing.io-spec');
    no('Evaluation', 'Offline: nDCG@10 on the test month; as a sanity check, the rank of hired candidates.', 'monitoring.data-quality');
    no('Monitoring', '- Monitor for drift', 'monitoring.drift');
    yes('Monitoring', '- Monitor for drift in the top 20 features with PSI, alert above 0.2', 'monitoring.drift');
  });

  it('objectives: the model\'s task under an "Objective:" label is not the business goal; an outcome moved between two numbers is', () => {
    no('Requirements', '- **Objective:** given a query prefix, order candidate completions by the probability of selection.', 'requirements.business-objective');
    yes('Requirements', '- Deflect more chats from live agents: raise the self-service resolution rate from 28% to 36%.', 'requirements.business-objective');
    no('Requirements', '- Bring p99 latency down from 240 ms to 90 ms.', 'requirements.business-objective');
  });

  it('inputs and outputs said as "takes … and outputs …" or "What goes in / What comes out"', () => {
    yes('Approach', 'A second model takes both listing embeddings and outputs a probability that they are duplicates.', 'framing.io-spec');
    yes('Approach', 'What goes in: the last 8 weeks of opens per hour and the time zone.\n\nWhat comes out: 24 scores per person, one per hour.', 'framing.io-spec');
  });
});

describe('lint mechanisms (session 8)', () => {
  it('a statement that introduces a block with a colon keeps its words; a bare caption says nothing', () => {
    yes('Serving', 'Scores are refreshed by a Spark job every night:\n\n```\n02:00 ingest\n02:30 features\n```', 'deployment.online-vs-batch');
    yes('Deployment', 'Nightly scoring scheduled by Dagster:\n\n```\n01:00 score\n```', 'deployment.online-vs-batch');
    no('Deployment', 'Batch scoring:\n\n```\nTODO\n```', 'deployment.online-vs-batch');
  });

  it('a choice put off until later is not a commitment; what the sentence settles before it is', () => {
    no('Monitoring', "We won't retrain for now — v1 is trained once and evaluated in the A/B test before deciding on a retraining cadence.", 'monitoring.retraining-plan');
    yes('Monitoring', 'Retrain weekly on the last 8 weeks; we will decide on the exact weekday later.', 'monitoring.retraining-plan');
  });

  it('"pick the one that works best" and "since it gives the best results" justify no choice', () => {
    no('Model', 'We will use deep learning since it gives the best results. We could also try a random forest or XGBoost and pick the one that works best.', 'model.selection-tradeoffs');
    yes('Model', 'We could use a random forest or XGBoost; XGBoost is faster to train, so we pick it.', 'model.selection-tradeoffs');
  });

  it('a pro in an options table ("fast CPU inference") is a property of a candidate, not a scaling plan', () => {
    no('Model', '| Option | Pros | Cons |\n|---|---|---|\n| GBDT | fast CPU inference, handles missing values | needs hand features |\n| DNN | learns crosses | needs GPU serving |', 'deployment.scaling-efficiency');
    yes('Model', '| Option | Pros | Cons |\n|---|---|---|\n| DistilBERT quantized to int8 on CPU | 4x cheaper than BERT-base | 1 pt lower F1 |\n| BERT-base | best F1 | needs GPUs |', 'deployment.scaling-efficiency');
  });

  it('a post about preparing for the interview is not a design doc, even when it lists every section; a blog post about a system is', () => {
    const blog = [
      '# How I prepared for the ML system design interview',
      '',
      'Six weeks, two mocks a week. Here is what worked.',
      '',
      '## My checklist',
      '',
      '1. **Requirements**: business objective, p99 latency (e.g. 100 ms), QPS, scale of 100M DAU, budget, privacy.',
      '2. **Framing**: ML objective, inputs and outputs, binary classification vs ranking.',
      '3. **Data**: sources, labels from clicks, features, class imbalance (downsample negatives), a time-based split.',
      '4. **Model**: a logistic regression baseline, GBDT vs two-tower trade-offs, log loss, training with early stopping.',
      '5. **Evaluation**: AUC and nDCG offline, CTR online, an A/B test on 5% of users for two weeks, guardrails.',
      '6. **Serving**: online vs batch prediction, a feature store, canary rollout, autoscaling.',
      '7. **Monitoring**: PSI drift alerts, data quality checks, latency dashboards, weekly retraining.',
      '',
      '## What I would do differently',
      '',
      'Start the mocks earlier, and say the numbers out loud.',
    ].join('\n');
    assert.equal(isDesignDoc(blog), false);
    const system = blog.replace('# How I prepared for the ML system design interview', '# How we rebuilt the home feed ranker');
    assert.equal(isDesignDoc(system), true);
  });

  it('Q&A in one paragraph, and a bold question answered "Yes, …": the question labels its answer', () => {
    yes('Model', '**Q: Is there a baseline?**\nA: Yes, the keyword rules the support team maintains (~120 patterns). Macro-F1 0.38 on our test set.', 'model.baseline');
    yes('Model', '**Do we have a baseline?** Yes, the keyword rules the support team maintains.', 'model.baseline');
    no('Model', '**Q: Is there a baseline?**\nA: No, not for this version.', 'model.baseline');
    yes('Serving', '**Q: Online or batch?**\nA: Per ticket, asynchronous, triggered when the ticket is created.', 'deployment.online-vs-batch');
    yes('Notes', '**Q: Baseline?**\n\nA: The keyword rules the support team maintains today.', 'model.baseline');
  });

  it('training/serving parity said through a shared library, prompt builder, pinned upstream model or logged input tensors', () => {
    yes('Serving', 'The crop-and-resize library is the same package used to build the training images, so normalisation is identical in training and in production.', 'deployment.training-serving-skew');
    yes('Serving', 'The prompt builder is one library used both to generate training examples and at serving time.', 'deployment.training-serving-skew');
    yes('Data', 'Training transcripts are always produced by the same speech-recognition model version that runs in production.', 'deployment.training-serving-skew');
    yes('Serving', 'We log the exact input tensor on the device for 5% of requests and use it for training and to check that offline and online predictions are the same.', 'deployment.training-serving-skew');
    no('Serving', 'We use the same model in shadow mode and in production.', 'deployment.training-serving-skew');
  });

  it('a business goal stated as an outcome to move, in any domain words; not a model or service target', () => {
    yes('Goals', '1. Cut missed pickups caused by empty docks by 25% in the 4 cities.\n2. Reduce truck-kilometres per rebalancing run by 10%.', 'requirements.business-objective');
    yes('Overview', 'The goal of this project is to reduce the number of manual overrides per 1000 parcels, so one dispatcher can supervise more lanes.', 'requirements.business-objective');
    no('Overview', 'The ML objective is to maximize the likelihood of the reply the user picked.', 'requirements.business-objective');
    no('Goals', '- Reduce p99 latency to 80 ms.', 'requirements.business-objective');
  });

  it('hedged future work ("Later we might add …", "We might add … once …") is not a plan', () => {
    no('Monitoring', 'Later we might add drift monitoring once the catalogue grows.', 'monitoring.drift');
    no('Monitoring', 'We might add drift monitoring on the input features later.', 'monitoring.drift');
    yes('Monitoring', 'We monitor drift with daily PSI on the top 30 features; later we might add per-region views.', 'monitoring.drift');
  });

  it('an answer that says no to its question negates the question\'s topic', () => {
    no('Evaluation', '**Q: Will we A/B test it?**\nA: Not this quarter — with 30 users we would never reach significance.', 'evaluation.ab-test-plan');
    no('Evaluation', '**Q: A/B test?**\n\nA: No. We compare handling time with the month before launch.', 'evaluation.ab-test-plan');
    yes('Evaluation', '**Q: Will we A/B test it?**\nA: Yes: 50/50 by agent team for 3 weeks, primary metric handling time.', 'evaluation.ab-test-plan');
  });

  it('"would have said …", a "Later / maybe" list, "watch-time" and a "freshness boost" commit to no monitoring', () => {
    no('Monitoring', 'ran out of time here. would have said drift + retraining + dashboards.', 'monitoring.drift');
    no('Later / maybe', '- model quality dashboard\n- drift monitoring on input features', 'monitoring.model-performance');
    no('Model', '- ranker = DNN with 2 heads\n  - watch-time head: weighted logistic regression', 'monitoring.model-performance');
    no('Model', '- re-rank: dedupe same channel, drop clickbait-flagged, freshness boost', 'monitoring.data-quality');
    yes('Monitoring', '- freshness alerts on the feature tables (page if older than 2 h)', 'monitoring.data-quality');
    yes('Monitoring', '- we watch online CTR per surface on a dashboard, alert on a 10% drop', 'monitoring.model-performance');
  });

  it('a content rate stated as the load of the whole fleet is throughput; the same rate of one device is not asked', () => {
    yes('Requirements', 'So 1,500 stores × 30 cameras, one frame per 10 minutes each, is about 75 images per second across the chain.', 'requirements.throughput-qps');
    no('Background', 'The bank receives about 20k loan applications per month, reviewed by hand.', 'requirements.throughput-qps');
  });

  it('domain vocabulary: Gini and double-lift as offline metrics, A/E as live model quality, "Hourly batch:" as the mode, a "-svc" as the serving side', () => {
    yes('Evaluation', 'Normalized Gini on the 2023 holdout (current GLM: 0.29); double-lift chart against the GLM.', 'evaluation.offline-metrics');
    yes('Monitoring', 'A/E ratio by quarterly cohort as claims develop; outside [0.95, 1.05] we open a recalibration ticket.', 'monitoring.model-performance');
    yes('Serving', 'Hourly batch: an Airflow DAG at :10 scores the next 24 h for all zones and writes them to a table.', 'deployment.online-vs-batch');
    yes('FAQ', 'Why is the tokenizer packaged inside the model artifact? So the training pipeline and ranking-svc always run the exact same normalizer version.', 'deployment.training-serving-skew');
  });

  it('the comments of a code block are prose: what they commit to counts, code alone does not', () => {
    yes('Data', '```sql\n-- split by store, never by frame: frames of one store are near-duplicates\n-- and would leak between train and test\nSELECT * FROM frames WHERE store_id % 10 < 8;\n```', 'data.split-leakage');
    yes('Serving', '```yaml\nscoring:\n  mode: batch   # scores are precomputed nightly and served from Redis\n```', 'deployment.online-vs-batch');
    no('Data', '```sql\nSELECT * FROM frames WHERE split = \'test\';\n```', 'data.split-leakage');
    no('Serving', '```js\nfetch("http://scoring/batch-inference");\n```', 'deployment.online-vs-batch');
  });

  it('the typo corrector leaves real words one letter away from a key term alone', () => {
    for (const w of ['throughout the day', 'a trailing 4-week mean', 'we retain logs for 30 days', 'retaining', 'online banking', 'employment history']) assert.equal(fixTypos(w), w);
    assert.equal(fixTypos('p99 lantency under 80 ms'), 'p99 latency under 80 ms');
    assert.equal(fixTypos('trainning data'), 'training data');
  });
});

describe('lint mechanisms (session 9)', () => {
  it('a business noun the model predicts ("the probability of a click") is the ML objective, not the business goal', () => {
    no('ML objective', '- Maximize the predicted probability of a click', 'requirements.business-objective');
    no('Framing', 'Maximise P(click | user, ad) for each impression.', 'requirements.business-objective');
    no('Framing', 'We optimise the purchase probability of each recommended item.', 'requirements.business-objective');
    yes('Business objective', 'Maximize revenue by showing ads with a high predicted probability of a click.', 'requirements.business-objective');
    yes('Goals', 'Increase clicks on the home feed by 5% without hurting retention.', 'requirements.business-objective');
  });

  it('a time bound met for a share of requests ("within 2 seconds for 95% of uploads") is a latency target with a percentile', () => {
    yes('Requirements', 'A verdict must be back within 2 seconds for 95% of uploads.', 'requirements.latency-p99');
    yes('Requirements', '- Fraud decisions within 10 minutes of checkout for 99% of orders.', 'requirements.latency-p99');
    no('Requirements', 'Labels arrive within 30 days for 95% of orders.', 'requirements.latency-p99');
    no('Requirements', 'About 95% of users open the app within 3 days of signing up.', 'requirements.latency-p99');
  });

  it('a choice stated after the comparison it settles (a "vs" heading, a table of options) is a justified selection', () => {
    const cols = '|  | two-stage cascade | single end-to-end model |\n|---|---|---|\n| labels | reusable | need new ones |\n| cost | cheap | 3x GPU |\n\nWe go with the cascade.';
    yes('Model', cols, 'model.selection-tradeoffs');
    const rows = '| Option | Strength | Weakness |\n|---|---|---|\n| XGBoost | fast on CPU | hand features |\n| Two-tower | learns embeddings | needs GPUs |\n\nWe choose XGBoost for the first version.';
    yes('Model', rows, 'model.selection-tradeoffs');
    yes('Model', '### Heuristics vs learned ranker\n\nWe go with the learned ranker.', 'model.selection-tradeoffs');
    // a choice with nothing compared before it
    no('Model', 'We go with the cascade.', 'model.selection-tradeoffs');
    no('Model', '| Metric | Target |\n|---|---|\n| AUC | 0.8 |\n| Recall | 0.6 |\n\nWe choose XGBoost.', 'model.selection-tradeoffs');
  });

  it('once the A/B test is ruled out, a control group or experiment mentioned after it explains why, it plans nothing', () => {
    no('Evaluation', "We won't run a randomized A/B test for v1. Leaving a control group on the old rules means accepting more fraud, and any experiment would take months.", 'evaluation.ab-test-plan');
    no('Online evaluation', 'There is no A/B test: we cannot show unblurred images to a control group.', 'evaluation.ab-test-plan');
    yes('Online evaluation', 'A/B test: 10% of users in treatment vs a 10% control group for 2 weeks, primary metric conversion.', 'evaluation.ab-test-plan');
    yes('Online evaluation', 'Offline metrics cannot replace an A/B test, so we keep a 5% control group for 3 weeks and compare conversion.', 'evaluation.ab-test-plan');
  });

  it('put off or left to someone: a "Nice to have:" label, "@ana to fill in:", "maybe later", "Online testing: TBD — depends on …"', () => {
    no('Monitoring', '- Nice to have: drift detection on the transcript language mix.', 'monitoring.drift');
    yes('Monitoring', '- Drift: PSI on the transcript language mix, alert above 0.2.', 'monitoring.drift');
    no('Model', '_@ana to fill in: HP search, how we group candidates per request, negatives._', 'model.training');
    no('Evaluation', 'A/B test maybe later, for now it is not possible because of client contracts.', 'evaluation.ab-test-plan');
    no('Evaluation', '- Online testing: TBD — depends on whether the player team can support experiments this quarter.', 'evaluation.ab-test-plan');
    yes('Evaluation', '- Online testing: 50/50 A/B test by user for two weeks, primary metric chapter taps.', 'evaluation.ab-test-plan');
  });

  it('a template prompt in angle brackets is dropped whole, however long and whatever it asks', () => {
    no('Evaluation', '<How will you validate the approach offline and online? A/B test design, duration, metrics.>', 'evaluation.ab-test-plan');
    no('Monitoring', '<Describe drift monitoring: which features, which statistic (PSI, KS), thresholds and who gets paged.>', 'monitoring.drift');
  });

  it('an unchecked task-list item ("- [ ] drift monitoring") is a to-do, and so is what is nested under it; a checked one counts', () => {
    no('Monitoring', '- [ ] data quality checks on the auth stream\n- [ ] model performance on matured labels', 'monitoring.data-quality');
    no('Monitoring', '- [ ] model performance on matured labels', 'monitoring.model-performance');
    no('Monitoring', '- [ ] Drift\n  - PSI per feature, alert above 0.2', 'monitoring.drift');
    yes('Monitoring', '- [x] PSI per feature on the daily scoring input, alert above 0.2', 'monitoring.drift');
    yes('Monitoring', '- [x] Drift\n  - PSI per feature, alert above 0.2', 'monitoring.drift');
  });

  it('planned for a later phase, a nice-to-have, an open question, a cadence that is TBD: not commitments', () => {
    no('Risks', '- **Drift.** Supplier behaviour changes. Drift monitoring is planned for phase 2.', 'monitoring.drift');
    no('Monitoring', '- Data quality checks would be nice to have at some point.', 'monitoring.data-quality');
    no('Cost', 'Backfilling rolling medians for the full archive is a nice-to-have for phase 2.', 'data.feature-backfill');
    no('Evaluation', "Should we A/B test suppression? Open question — suppression affects supply shared by all users, and we haven't worked out an alternative design yet.", 'evaluation.ab-test-plan');
    no('Monitoring', "- **Retraining.** We won't retrain automatically in v1; retraining cadence is TBD once we have shadow data.", 'monitoring.retraining-plan');
    yes('Monitoring', '- Drift: PSI per feature, daily; alerting is scheduled to go live with the launch.', 'monitoring.drift');
    yes('Monitoring', '- Retraining: weekly on the last 90 days; the exact weekday is TBD.', 'monitoring.retraining-plan');
  });

  it('a diagram node asked or put off ("Drift checks?<br/>phase 2", "A/B test (tbd)") commits to nothing; a decision diamond asks nothing', () => {
    no('Monitoring', '```mermaid\nflowchart LR\n  LOG[Prediction log] -.-> DRIFT[Drift checks?<br/>phase 2]\n```', 'monitoring.drift');
    no('Evaluation', '```mermaid\ngantt\n    title Launch\n    section Later\n    A/B test (tbd)  :crit, a5, after a4, 14d\n```', 'evaluation.ab-test-plan');
    yes('Monitoring', '```mermaid\nflowchart LR\n  LOG[Prediction log] --> DRIFT[Daily PSI drift check per feature]\n```', 'monitoring.drift');
  });

  it('a comparison in the sentence checks a data quantity only when it follows it ("duplicates < 0.1%")', () => {
    no('Requirements', '- The call must return in p95 < 800 ms — the webhook retries after 10 s, which would create duplicate events.', 'monitoring.data-quality');
    yes('Monitoring', '- Duplicate events < 0.1% of the hourly input, else the batch is held.', 'monitoring.data-quality');
  });

  it('numbers in requirement tables: a size under a memory label is a budget, a rate under a work label is throughput', () => {
    const table = (row: string) => `| Requirement | Target | Notes |\n|---|---|---|\n${row}`;
    yes('Requirements', table('| Runtime memory | ≤ 40 MB resident while the keyboard is open | low-end devices |'), 'requirements.budget-cost');
    no('Requirements', table('| Runtime memory | TBD | ask the platform team |'), 'requirements.budget-cost');
    yes('Requirements', table('| Predictions | ~6B/day fleet-wide | all on device |'), 'requirements.throughput-qps');
    no('Requirements', table('| Predictions | one per keystroke | all on device |'), 'requirements.throughput-qps');
  });

  it('UI timings ("500 ms fade-in animation", "debounced at 200 ms") are not latency targets; a p99 next to one is', () => {
    no('Requirements', '- UI → 500 ms fade-in animation when the shelf refreshes (design spec)', 'requirements.latency-p99');
    no('Requirements', 'Suggestions are debounced at 200 ms while the user types.', 'requirements.latency-p99');
    yes('Requirements', '- Budget: **50 ms p99 server-side**, otherwise the transition animation stutters.', 'requirements.latency-p99');
  });

  it('a fallback when the model is down or slow is availability, not a rollout; a fallback on regression is a rollback', () => {
    no('Requirements', '| Availability | 99.95%; on timeout we fall back to the rules engine decision |\n|---|---|', 'deployment.rollout-strategy');
    no('Serving', 'If the ranker is unavailable, fall back to the current category-map list.', 'deployment.rollout-strategy');
    yes('Serving', 'If the guardrail metrics regress, we fall back to the previous model with one flag.', 'deployment.rollout-strategy');
  });

  it('a monotonic constraint is not a guardrail; "stop early if the challenger\'s delinquency rate exceeds the champion\'s" is', () => {
    no('Model', '- Monotonic constraints where the direction is known (risk must not decrease as utilisation rises).', 'evaluation.guardrail-metrics');
    yes('Evaluation', 'Champion/challenger on 10% of accounts. Stop early if the challenger 30+ DPD rate exceeds the champion by more than 0.3 points.', 'evaluation.guardrail-metrics');
  });

  it('data that may not be sent to a third party is a privacy constraint', () => {
    yes('Requirements', "Legal were clear that embargoed copy can't be sent to a third-party API, so whatever we do runs in our account.", 'requirements.privacy-security');
    no('Requirements', 'The copy is sent to the CMS and then to the app.', 'requirements.privacy-security');
  });

  it('a choice after a list of the options looked at ("So we decided to go with the fine-tuned Llama") is a justified selection', () => {
    const list = 'Options I looked at:\n\n- **Hosted API model** — best zero-shot quality, but third-party.\n- **Self-hosted open model, fine-tuned** — runs in our account.\n- **Small seq2seq fine-tuned** — cheap, but bland.\n\nSo we decided to go with the fine-tuned Llama-8B, mainly because of the embargo rule.';
    yes('Model', list, 'model.selection-tradeoffs');
    no('Model', 'Steps:\n\n- collect data\n- fine-tune\n\nSo we decided to go with the fine-tuned Llama-8B.', 'model.selection-tradeoffs');
  });

  it('a backfill counts when it rebuilds training features or history, not late raw data or old items run through the model', () => {
    no('Data', 'Ingestion backfills late-arriving readings (sensors offline for up to 6 h) into the raw table.', 'data.feature-backfill');
    no('Scope', '- In scope: chapters for new episodes, and backfill the top 200k shows\' back catalogue.', 'data.feature-backfill');
    yes('Data', 'We backfilled the forecast archive by issue time, so training never sees weather that was not yet known.', 'data.feature-backfill');
    yes('Data', 'Rolling 7-day counters are backfilled from the event log for the two training years.', 'data.feature-backfill');
  });

  it('"channels A/B disagree" names two channels; "skip episodes where …" is a check, "Data quality: skipped" is not', () => {
    no('Labels', '- `sensor_fault`: a ticket closed as HW_FAULT within 7 days, or channels A/B disagree by > 70% for ≥ 30 min.', 'evaluation.ab-test-plan');
    yes('Monitoring', '- Data quality: skip episodes where mean ASR confidence < 0.6 or audio < 5 minutes.', 'monitoring.data-quality');
    no('Monitoring', '- Data quality: skipped.', 'monitoring.data-quality');
    no('Monitoring', '- Drift\n  - We will not monitor drift initially; revisit after the first season.', 'monitoring.drift');
  });

  it('deferred with "we will figure out … after launch"; a quoted question inside a statement is cited, not asked', () => {
    no('Monitoring', "**Updates:** we'll figure out the retraining cadence after launch.", 'monitoring.retraining-plan');
    yes('Evaluation', '- **Offline:** ROUGE-L against reference summaries, plus a human faithfulness rating (1–5, "does the summary state anything not said in the call?") on a 500-call set.', 'evaluation.offline-metrics');
  });

  it('numbers in other words: "ML obj:", "split: time-based, last 2 wks = test", forecasts per run, agent time freed', () => {
    yes('Frame', '- ML obj: predict total delivery duration (order placed → handed over), minutes', 'framing.ml-objective');
    yes('Data', '- Split: time-based, last 2 wks = test, prior 2 wks = val', 'data.split-leakage');
    yes('Serving', 'Nightly: predict 14 horizons × 9,400 ATMs ≈ 132k forecasts per run.', 'requirements.throughput-qps');
    yes('Requirements', '- Average after-call work is 4.5 minutes per call; with generated summaries the target is 1.5 minutes, freeing about 20% of agent time.', 'requirements.business-objective');
    no('Requirements', '- Average after-call work is 4.5 minutes per call; with generated summaries the target is 1.5 minutes.', 'requirements.latency-p99');
    no('Requirements', '- Online: adjuster call-backs per 100 claims.', 'requirements.scale');
  });

  it('data that contains PII, with nothing done about it, is not a privacy commitment', () => {
    no('Privacy', 'Calls contain PII and, for disability claims, health information. TBD: redaction approach.', 'requirements.privacy-security');
    yes('Privacy', 'Calls contain PII, so transcripts are redacted before they are stored.', 'requirements.privacy-security');
  });
});

describe('lint mechanisms (session 10)', () => {

  it('a grouped split keeps its purpose clause out of the split ("split by vehicle id so … isn\'t in train and test")', () => {
    yes('Data', "- split by vehicle id so the same driver's phrasing isn't in train and test", 'data.split-leakage');
    yes('Data', '- Split by patient so no patient is in both train and test.', 'data.split-leakage');
    no('Data', '- We did not split by patient, so the same patient can be in train and test.', 'data.split-leakage');
  });

  it('interview shorthand for the objective: "given (…) -> predict 1 of ~40 intents"', () => {
    yes('ML task', '- given (ASR transcript, car state) -> predict 1 of ~40 intents (navigate_to, call_contact, set_temp) + fill slots', 'framing.ml-objective');
    yes('ML task', '- ticket text + product area -> predict one of the 12 queues', 'framing.ml-objective');
    no('ML task', '- what do we predict? one of ~40 intents, or free text?', 'framing.ml-objective');
  });

  it('a teacher distilled into a student is a training procedure', () => {
    yes('Model', '- train a BERT-base teacher in the cloud, distill into the 4-layer student, then quantize', 'model.training');
    yes('Model', 'We distil the large ranker into a small student that fits the phone.', 'model.training');
    no('Model', '- Distillation into a student: maybe later, if the latency budget is tight.', 'model.training');
  });

  it('on-device runtimes and a dialog manager are serving components; an export path is not a serving architecture', () => {
    yes('Serving', '- ASR (existing) -> transcript + car state -> NLU model on ONNX runtime -> dialog manager executes the action', 'deployment.serving-architecture');
    yes('Serving', '| Runtime | TFLite interpreter inside the keyboard process, single thread, XNNPACK delegate |', 'deployment.serving-architecture');
    no('Training', 'Export path: PyTorch → ONNX → vendor compiler.', 'deployment.serving-architecture');
  });

  it('the prediction mode said in passing: "X is online because …", "hourly batch forecasts", "computed in real time, not in advance", "batch, event-triggered"', () => {
    yes('Serving', 'Sync classifier is online because the user is waiting on "posted" vs "held for review".', 'deployment.online-vs-batch');
    yes('Serving', 'Hourly batch forecasts. No user is waiting on a model call; the dashboard reads the latest forecast table.', 'deployment.online-vs-batch');
    yes('Serving', 'We compute the recommendations in real time when the user opens the app, not in advance, because restaurants open and close during the day.', 'deployment.online-vs-batch');
    yes('Serving', 'Batch, event-triggered on upload. Audio is static; nothing to decide at play time.', 'deployment.online-vs-batch');
    no('Features', 'We compute features in real time from the click stream.', 'deployment.online-vs-batch');
    no('Serving', 'Is the classifier online or batch? Not decided.', 'deployment.online-vs-batch');
  });

  it('an event bus is a serving component; an "L1 objective" is the loss', () => {
    yes('Serving', 'FNOL service publishes claim.photos.uploaded to the event bus.', 'deployment.serving-architecture');
    yes('Model', 'Using L1 objective: planners care about absolute minutes, and the durations have a long right tail.', 'model.loss-function');
    no('Model', 'We will not use an L1 objective.', 'model.loss-function');
  });

  it('a <details> summary is the heading of what the collapsible holds (it ends an "Out of scope" list before it)', () => {
    const doc = [
      '# Size recommendation', '', '**Out of scope**', '', '- Children\'s sizes.', '',
      '<details>', '<summary><strong>2. Numbers</strong></summary>', '',
      '| What | Value |', '|---|---|', '| Product-page views, peak | ~9,000/s (campaign launches) |', '', '</details>', '',
      '<details>', '<summary><strong>4. Problem framing</strong></summary>', '',
      '- **ML category:** ordinal (3-class) classification.', '', '</details>', '',
    ].join('\n');
    const r = lint(doc, { force: true });
    const present = new Set(r.items.filter((i) => i.present).map((i) => i.id));
    assert.ok(present.has('requirements.throughput-qps'), 'the peak rate under "2. Numbers" counts');
    assert.ok(present.has('framing.ml-category'), 'the category under "4. Problem framing" counts');
    const framing = r.sections.find((s) => s.id === 'framing');
    assert.equal(framing?.line, 16, 'the summary line is the framing section\'s heading');
  });

  it('musing is not deciding: "it might make sense to split by time, though …", "we could perhaps try …", "something we should think about later", a "Things I haven\'t worked out" heading', () => {
    no('Evaluation', 'As for how to hold out data — it might make sense to split by time, though a random split could also be fine given the volume.', 'data.split-leakage');
    no('Model', 'After that, we could perhaps try gradient boosted trees, or maybe even a small neural network with diner embeddings.', 'model.selection-tradeoffs');
    no('Evaluation', 'Online metrics like the share of seats filled are something we should think about later, once restaurants use the badge.', 'evaluation.online-metrics');
    no("Things I haven't worked out", '- **Keeping the model up to date.** Retrain every month on the last 90 days.', 'monitoring.retraining-plan');
    yes('Monitoring', '- **Keeping the model up to date.** Retrain every month on the last 90 days.', 'monitoring.retraining-plan');
    yes('Data', 'Split by time: the last 4 weeks are the test set, so no future reservations leak into training.', 'data.split-leakage');
  });

  it('"easy to explain" is a property of a model; "so the adjuster can see why a panel is priced" is an explanation', () => {
    no('Model', "We'll start with logistic regression as a baseline, because it's easy to explain to restaurants.", 'model.interpretability');
    yes('Model', 'Masks are rendered on the photos in the adjuster UI, so the adjuster can see why a panel is priced.', 'model.interpretability');
  });

  it('other words for drift, skew, job health, field metrics, exclusions, point-in-time inputs and a dated split', () => {
    yes('Monitoring', 'We track the share of queries whose best retrieval score falls below 0.4 as an out-of-distribution signal, per product area, daily.', 'monitoring.drift');
    yes('Serving', 'The training pipeline imports the same censuscast.features module, so feature logic cannot diverge between training and the hourly job.', 'deployment.training-serving-skew');
    yes('Monitoring', '| Job health | DAG duration, failed tasks and row counts on the platform dashboard; pager alert if the table is not written by 05:30 |', 'monitoring.operational-metrics');
    yes('Evaluation', '- Field: aggregate opt-in counter of the Best Shot swap rate — how often users change the crowned frame, reported weekly.', 'evaluation.online-metrics');
    yes('Requirements', 'Not included in this phase: field-level yields, wheat and cotton, and anything outside the US.', 'requirements.scope-functional');
    yes('Data', 'For each historical season we rebuild the inputs as they would have been available on each forecast date.', 'data.feature-backfill');
    yes('Data', 'By time: pairs from tickets before 1 Oct for training, Oct–Nov for validation, December for test.', 'data.split-leakage');
  });

  it('hardware that runs training and money per unit of the business are not the system\'s budget', () => {
    no('Model', '- Both fine-tuned from public checkpoints (e5-base, MiniLM-L12); 4 epochs on 8 GPUs with data parallelism.', 'requirements.budget-cost');
    yes('Requirements', '- Training budget: at most 8 GPUs for 4 hours per weekly run.', 'requirements.budget-cost');
    yes('Requirements', '- Serving runs on 6 CPU instances behind the load balancer.', 'requirements.budget-cost');
    no('Background', 'Size-related returns cost us roughly €4.10 per returned parcel in logistics alone.', 'requirements.budget-cost');
    yes('Requirements', 'Inference must cost under $0.002 per request, about $4k per month at peak.', 'requirements.budget-cost');
  });
});

describe('lint mechanisms (session 11: real interview notes)', () => {
  it('"No. of …" in notes is "number of", not a negation', () => {
    assert.equal(fixTypos('no. of friend requests accepted'), 'number of friend requests accepted');
    assert.equal(fixTypos('no of clicks per user'), 'number of clicks per user');
    assert.equal(fixTypos('no. of course not'), 'no. of course not');
    yes('Metrics', '- Online\n  - No. of connection invites accepted over 30 days\n  - No of invites sent per active member', 'evaluation.online-metrics');
    no('Metrics', '- Online\n  - none yet', 'evaluation.online-metrics');
  });

  it('a noun followed by "as" is no rate ("clicks as relevance", "frame as well"), a count with a modifier or a "thousand" is', () => {
    no('Requirements', '- Offline: nDCG@10 with long clicks as relevance labels, 5 raters per query', 'requirements.throughput-qps');
    no('Model', '- regress the box over the current frame as well as 3 frames into the future', 'requirements.throughput-qps');
    yes('Requirements', '- Volume: around 40 thousand inspection images per day across both lines', 'requirements.throughput-qps');
    yes('Requirements', 'Roughly 9,500 motor claims per day reach the intake queue.', 'requirements.throughput-qps');
    yes('Requirements', 'That comes to about 300 grasp evaluations a second in total.', 'requirements.throughput-qps');
  });

  it('a prediction horizon is not a latency target', () => {
    no('Problem', '- Goal: predict whether the cyclist will cut across the lane over a short horizon (e.g. 2 sec) in real time.', 'requirements.latency-p99');
    yes('Problem', '- Goal: flag the cyclist in real time: the warning must reach the planner in under 2 sec.', 'requirements.latency-p99');
  });

  it('a bandit that explores new items serves recommendations; it is no A/B test plan', () => {
    no('Exploration vs exploitation', '- Multi-armed bandit: show some fresh items to learn their appeal while exploiting known favourites', 'evaluation.ab-test-plan');
    yes('Online testing', '- Multi-armed bandit across the three ranker variants on 10% of traffic, compared with the current ranker on watch time', 'evaluation.ab-test-plan');
  });

  it('FPR named in the explanation of ROC AUC is no guardrail', () => {
    no('Metrics', '- Offline\n  - ROC AUC (trade-off b/w TPR and FPR)', 'evaluation.guardrail-metrics');
    yes('Metrics', '- Guardrail: false positive rate on legitimate orders must stay under 1%', 'evaluation.guardrail-metrics');
  });

  it('how the training set is built, under the model section, is the training procedure; so is how negatives are drawn', () => {
    yes('Model development', '- Model training\n  - Dataset\n    - for each (member, group) pair compute features, label 1 if they joined within 7 days', 'model.training');
    yes('Model development', '- Dataset\n  - neg samples: randomly choose 50 groups the member never saw', 'model.training');
    yes('Model development', 'Minimise cross-entropy over each positive and sampled negative examples.', 'model.training');
    no('Data preparation', '- Dataset\n  - clicks, impressions and group metadata from the event log', 'model.training');
    no('Model development', '- Dataset\n  - TBD', 'model.training');
  });

  it('"two options … (choose this)" and "we choose X" with its reasons nested are a justified model choice', () => {
    yes('Model development', '- Model selection\n  - Two options:\n    - N separate NN classifiers, one per action\n    - one multi-task NN (choose this)', 'model.selection-tradeoffs');
    yes('Model development', '- Model selection\n  - We choose a GNN\n    - operates on the graph of members and connections\n    - outputs an embedding per node', 'model.selection-tradeoffs');
    no('Model development', '- Model selection\n  - We use a GNN', 'model.selection-tradeoffs');
  });

  it('services named for their job, or listed under "components", are a serving architecture', () => {
    yes('Prediction service', '- spam scoring service (calls the model)\n- quarantine service (holds the flagged mail)', 'deployment.serving-architecture');
    yes('Prediction service', '- Main components:\n  - fraud scoring service\n  - case management tool', 'deployment.serving-architecture');
    no('Prediction service', '- the service is fast', 'deployment.serving-architecture');
  });

  it('"budget limitations, or legal and privacy constraints" lists kinds of constraint, it addresses no privacy', () => {
    no('Requirements', '- Constraints\n  - budget limitations, hardware limitations, or legal and privacy constraints', 'requirements.privacy-security');
    yes('Requirements', '- Constraints\n  - privacy: comply with GDPR; raw messages are deleted after 30 days', 'requirements.privacy-security');
  });

  it('"first relevant element" is no time cue for a split', () => {
    no('Metrics', '- we use MRR (rank of the first relevant result) because the eval data has one relevant video per query', 'data.split-leakage');
    yes('Data', '- eval data: the last 2 weeks, train on everything before', 'data.split-leakage');
  });

  it('a guide to the interview (formula, sample questions, topics, resources) is not a design doc', () => {
    const sections = ['1. Problem formulation', '2. Metrics', '3. Data preparation', '4. Model development', '5. Serving', '6. Monitoring'];
    const body = sections.map((s) => `## ${s}\n\n- what to ask and what to cover here\n`).join('\n');
    const guide = `# ML system design\n\n# 1. The 6-step formula\n\n${body}\n# 2. Sample questions\n\n- Design a feed ranker\n\n# 3. More resources\n\n- a book\n`;
    assert.ok(!isDesignDoc(guide));
    assert.ok(isDesignDoc(`# Feed ranking\n\n${body}\n## Open questions\n\n- cold start?\n`));
  });

  it('"CE" and "Normalized CE" under offline metrics are metrics; components under a "prediction pipeline" caption are the serving path', () => {
    yes('Evaluation', '4.1 Offline metrics:\n\n- CE\n- Normalized CE', 'evaluation.offline-metrics');
    no('Model', '- Loss: CE', 'evaluation.offline-metrics');
    yes('Service', '5.3 prediction pipeline\n\n- candidate generation: targeting rules set by the advertiser (age, country)\n- ranking model scores the candidates', 'deployment.serving-architecture');
  });

  it('a pointer to reading ("read more about A/B testing") plans nothing; metrics set aside ("instead of CTR") are not the online metrics', () => {
    no('Deployment and testing', '- Related to this topic, read more about A/B testing and bandits.', 'evaluation.ab-test-plan');
    yes('Deployment and testing', '- A/B test the new ranker on 5% of users for two weeks against the current one.', 'evaluation.ab-test-plan');
    no('Metrics', '- In training we look at ML metrics instead of revenue or CTR.', 'evaluation.online-metrics');
  });

  it('a table of contents is an outline, not content; focal loss against overfitting is not class-imbalance handling; "time-consuming" is no split cue', () => {
    const doc = '---\nmldesign: true\n---\n\n# Harmful posts\n\n# Table of contents\n\n- Late fusion vs early fusion of text and image models\n\n## Model\n\n- NN\n';
    assert.equal(isPresent(doc, 'model.selection-tradeoffs'), false);
    no('Model', '- Challenge: overfitting (one modality dominates)\n  - gradient blending and focal loss', 'data.class-imbalance');
    yes('Model', '- Positives are rare (0.3%): focal loss and negative downsampling', 'data.class-imbalance');
    no('Model', '- Late fusion requires separate training data for each modality, which is time-consuming to label.', 'data.split-leakage');
  });

  it('a guide to answering the interview and notes on a book\'s chapters are not design docs', () => {
    const sections = ['Problem formulation', 'Metrics', 'Data preparation', 'Model development', 'Serving', 'Monitoring'];
    const body = sections.map((x) => `## ${x}\n\n- what to cover\n`).join('\n');
    assert.ok(!isDesignDoc(`# How to answer machine learning system design questions?\n\n${body}`));
    const book = ['Chapter 2. Requirements', 'Chapter 3 - Data engineering', 'Chapter 4 - Training data', 'Chapter 6 - Model development and evaluation', 'Chapter 7 - Deployment', 'Chapter 8 - Monitoring'];
    assert.ok(!isDesignDoc(`# Designing ML systems\n\n${book.map((x) => `# ${x}\n\n- notes\n`).join('\n')}`));
  });

  it('the brief with what the system must do is the functional scope; a bare title is not', () => {
    yes('Brief', 'Design a streaming system that recommends podcasts to listeners in real time, detecting when they lose interest (skips, pauses) and suggesting the next episode.', 'requirements.scope-functional');
    no('Brief', 'Design a podcast recommendation system.', 'requirements.scope-functional');
  });
});

describe('lint mechanisms (session 12: more real design docs)', () => {
  it('a goal to protect something is a business goal; a system described by what it does, among the requirements, is the functional scope', () => {
    yes('Clarifying requirements', '- Business goal is to protect the privacy of people who appear in dashcam footage', 'requirements.business-objective');
    yes('Clarifying requirements', '- A dashcam anonymisation system that blurs faces and licence plates before footage is shared.', 'requirements.scope-functional');
    yes('Clarifying requirements', '- storefront search system that ranks products for shoppers as they type a query', 'requirements.scope-functional');
    no('Model development', '- A two-tower system that ranks products by cosine similarity of the embeddings.', 'requirements.scope-functional');
    no('Clarifying requirements', '- A system that ranks.', 'requirements.scope-functional');
  });

  it('input and output given in parentheses, "for every frame output …" and "predict the score between a user and an item" are the model I/O', () => {
    yes('Framing', '- Model input (a dashcam frame) and output (box coordinates and a class per box)', 'framing.io-spec');
    yes('Framing', 'Supervised detection. For every camera frame (or still photo) output a list of bounding boxes with a class label.', 'framing.io-spec');
    yes('Framing', '- Train a model to predict the relevance score between a user and a podcast episode.', 'framing.io-spec');
    no('Framing', '- Specify the input and output', 'framing.io-spec');
  });

  it('a serving section that lists services named for their job is the serving architecture', () => {
    yes('Serving', '- abuse detection service\n- takedown service (removes posts the model is very sure about)\n- downranking service (demotes borderline posts)', 'deployment.serving-architecture');
    no('Serving', '- service', 'deployment.serving-architecture');
  });

  it('numbers that illustrate a metric\'s weakness are no scale; "divided into subsamples" and hard negative mining alone are no imbalance handling', () => {
    no('Evaluation', 'A drawback of prevalence is that it weighs every post the same, for example a post with 2M views and one with 12 views.', 'requirements.scale');
    yes('Clarifying requirements', '- 2M new posts per day; 400M daily active users.', 'requirements.scale');
    no('Data preparation', '- The interactions are divided into subsamples by week for training, validation and test.', 'data.class-imbalance');
    no('Data preparation', '- Data pipeline + hard negative mining', 'data.class-imbalance');
    yes('Data preparation', '- Background boxes vastly outnumber faces (rare positives), so we use hard negative mining.', 'data.class-imbalance');
  });

  it('"both training and inference" in a cost target is no skew guard; consistent preprocessing for a fair comparison neither; the same preprocessing on the phone is', () => {
    no('Requirements', '- Cut memory use during both training and inference by at least 20% against the GNN baseline.', 'deployment.training-serving-skew');
    no('Evaluation', '- All candidates are compared on identical datasets with consistent preprocessing and training settings, for fairness.', 'deployment.training-serving-skew');
    yes('Deployment', '- Resize and normalisation are baked into the exported model, so the phone runs exactly the same preprocessing as training.', 'deployment.training-serving-skew');
  });

  it('switching back to the previous model on an alert is a rollback; automatic node scaling and caching of frequently requested data are scaling', () => {
    yes('Deployment', '- When the quality alerts fire: switch to the previous model version.', 'deployment.rollout-strategy');
    yes('Infrastructure and scalability', '- Inference runs in a Kubernetes cluster with automatic node scaling driven by load.', 'deployment.scaling-efficiency');
    yes('Infrastructure and scalability', '- Distributed caching (Redis) of frequently requested recommendations.', 'deployment.scaling-efficiency');
  });

  it('deferred lists ("planned technical debt", "can be included in the document", "Potential improvements") and a paragraph that ends "Out of scope for this project." commit to nothing', () => {
    no('Monitoring', 'The planned technical debt includes the following:\n\n- drift monitoring with PSI on the top 20 features, alerting above 0.2', 'monitoring.drift');
    no('Framing', 'The following information can be included in the document:\n\n- a description of the regression model used for the forecast', 'framing.ml-category');
    no('Potential improvements', '- Fine-tuning a pre-trained BERT could improve recall.', 'model.training');
    no('Performance', 'The model shall be made faster with pruning and quantization. Out of scope for this project.', 'deployment.scaling-efficiency');
    yes('Performance', 'The model is made faster with int8 quantization before deployment.', 'deployment.scaling-efficiency');
  });

  it('"safeguard metrics" and a "Control metrics" heading are guardrails; training and validation data are no data-quality check', () => {
    yes('Metrics', '- Safeguard metrics such as reported posts and blocked creators must not go up.', 'evaluation.guardrail-metrics');
    yes('Control metrics', '- No significant deterioration in the p95 response time of the feed.', 'evaluation.guardrail-metrics');
    no('Model', '- While preparing the training and validation data we keep equal numbers of positive and negative examples.', 'monitoring.data-quality');
    yes('Monitoring', '- We validate the input schema of every batch and alert on null rates above 2%.', 'monitoring.data-quality');
  });

  it('"y=1 if …" defines the label and "supervised … target is a binary flag" the category; "enough information to start with" is no baseline', () => {
    yes('Model', 'We train a supervised model where the target is a binary flag. y=1 if the member cancels in the next 60 days.', 'data.labels');
    yes('Model', 'We train a supervised model where the target is a binary flag. y=1 if the member cancels in the next 60 days.', 'framing.ml-category');
    no('Requirements', 'Candidate: Okay, I have enough information to start with.', 'model.baseline');
    yes('Model', '- To start with, a logistic regression on the same features.', 'model.baseline');
  });

  it('a course "Systems Plan" (Why are we solving this problem? / Why is our solution viable? / Risks and uncertainties) is a design doc', () => {
    const plan = '# Systems Plan\n\n## Motivation\n\n### Why are we solving this problem?\n\nParking enforcement misses 30% of violations.\n\n### Why is our solution a viable one?\n\nCameras already cover the lots.\n\n## Requirements\n\n### Scope\n\nRead plates from lot cameras.\n\n### Risks and Uncertainties\n\nNight images are dark.\n\n## Implementation\n\nA detector then an OCR model.\n';
    assert.ok(isDesignDoc(plan));
    assert.ok(!isDesignDoc('# Plate reader\n\n## Motivation\n\nParking enforcement misses violations.\n\n## Requirements\n\n- Python 3.11\n\n## Risks and uncertainties\n\nNone known.\n'));
  });

  it('lists and paragraphs written in HTML are read like Markdown ones, at their own lines; scripts, code and comments in them are not', () => {
    const html = '---\nmldesign: true\n---\n\n# Card fraud\n\n## Monitoring\n\nWhat we watch:\n\n<ol>\n    <li>\n        <b>Drift:</b> PSI on the top 20 features, computed daily, alert above 0.2\n    </li>\n    <li><b>Retraining:</b> retrain weekly on the last 90 days of labelled transactions</li>\n</ol>\n';
    const r = lint(html);
    const drift = r.items.find((i) => i.id === 'monitoring.drift')!;
    assert.equal(drift.present, true);
    assert.equal(html.split('\n')[drift.line].trim().startsWith('<b>Drift:</b>'), true);
    assert.equal(r.items.find((i) => i.id === 'monitoring.retraining-plan')!.present, true);
    const hidden = '---\nmldesign: true\n---\n\n# Card fraud\n\n## Monitoring\n\n<div><p>Watched by the on-call team.</p>\n<script>/* drift: PSI on the top features daily, alert above 0.2 */</script>\n<pre>drift: PSI on the top features daily, alert above 0.2</pre>\n<!-- drift: PSI on the top features daily, alert above 0.2 --></div>\n';
    assert.equal(isPresent(hidden, 'monitoring.drift'), false);
  });

  it('words in another sense: an "80%, 10%, 10%" data split is no ramp, "explaining each part" no interpretability, drift as the reason to retrain no monitor, data cleaning no data-quality check', () => {
    no('Development', '- The dataset class splits the reviews into training, testing and validation sets using an 80%, 10%, 10% split.', 'deployment.rollout-strategy');
    yes('Deployment', '- Canary: 5%, 25%, 100% of traffic over three days.', 'deployment.rollout-strategy');
    no('Methodology', '- Several methods are listed below, explaining each part of the pipeline.', 'model.interpretability');
    yes('Model', '- A scorecard, so that analysts can explain each decision to the applicant.', 'model.interpretability');
    no('Operations', '- New data is used to retrain the model periodically to address any model drift that occurs.', 'monitoring.drift');
    yes('Operations', '- We retrain monthly and alert when PSI on the input features exceeds 0.2 to catch drift early.', 'monitoring.drift');
    no('Data preparation', '- Cleaning data: missing data, outliers, duplicates, dropping irrelevant features.', 'monitoring.data-quality');
  });
});

describe('lint mechanisms (session 13: more real design docs)', () => {
  it('a model served behind a request/response API (REST, Flask, FastAPI) is online prediction; an API for something else is not', () => {
    yes('Model deployment', 'The FastAPI library is used to create a web application that wraps the model in a REST API.', 'deployment.online-vs-batch');
    yes('Methodology', '- Deployment strategy: we packaged the classifier into a Flask app. This app exposes a REST API interface that returns the fraud prediction for a transaction.', 'deployment.online-vs-batch');
    yes('Goals', 'A docker container runs a web server where people send a date to the server and receive the predicted number of transactions.', 'deployment.online-vs-batch');
    no('Team', 'The billing team exposes a REST API for invoices; we read it to build labels.', 'deployment.online-vs-batch');
    no('Model deployment', 'We will not wrap the model in a REST API.', 'deployment.online-vs-batch');
  });

  it('lecture notes comparing the options every design chooses among ("Batch prediction vs online prediction", "When to use ML?") are no design doc', () => {
    const notes = '# Design a ML System\n\n## Reliability\n\nx\n\n## Scalability\n\nx\n\n# Different type of ML systems\n\n## Batch prediction vs online prediction\n\nx\n\n## Cloud computing vs edge computing\n\nx\n\n# Iterative process\n\n## Project scoping\n\nx\n\n## Data management\n\nx\n\n## Model development\n\nx\n\n## Deployment\n\nx\n\n## Monitoring and maintenance\n\nx\n\n## When to use ML?\n\nx\n';
    assert.equal(isDesignDoc(notes), false);
    const doc = '# Ride ETA\n\n## Requirements\n\nx\n\n## Framing\n\nx\n\n## Data\n\nx\n\n## Model: GBDT vs DNN\n\nx\n\n## Evaluation\n\nx\n\n## Serving: online vs batch\n\nx\n\n## Monitoring\n\nx\n';
    assert.equal(isDesignDoc(doc), true);
  });

  it('in a transcript, an assumption the interviewer confirms is agreed ("Can I assume … 200 milliseconds?" / "Interviewer: That sounds good."); one left unconfirmed or turned down is not', () => {
    const t = (q: string, a: string): string => `---\nmldesign: true\n---\n\n# Video recommendations\n\n## Clarifying requirements\n\n${q}\n\n${a}\n`;
    const ask = 'Candidate: How fast should the system recommend videos? Can I assume the recommendation should not take more than 200 milliseconds?';
    assert.equal(isPresent(t(ask, 'Interviewer: That sounds good.'), 'requirements.latency-p99'), true);
    assert.equal(isPresent(t(ask, '**Interviewer:** Yes.'), 'requirements.latency-p99'), true);
    assert.equal(isPresent(t(ask, 'Interviewer: How many users do we have?'), 'requirements.latency-p99'), false);
    assert.equal(isPresent(t(ask, 'Interviewer: No, latency is not a concern here.'), 'requirements.latency-p99'), false);
    assert.equal(isPresent(t(ask, 'Interviewer: Sounds good, but we have no latency requirement.'), 'requirements.latency-p99'), false);
    assert.equal(isPresent(t(ask, 'Candidate: That sounds good.'), 'requirements.latency-p99'), false);
  });

  it('a web address says only its host ("…/search?q=false+positive+rate" is no label); a References section is cited, not designed, but a footnote with its own words is said', () => {
    no('Notes', '- https://www.google.com/search?q=breast+cancer+false+positive+rate&ie=UTF-8', 'data.labels');
    yes('Notes', '- A false positive is a healthy eye flagged for referral; labels come from two graders.', 'data.labels');
    const refs = (body: string): string => `---\nmldesign: true\n---\n\n# Reviews\n\n## Serving\n\nSee the footnotes.\n\n## References\n\n${body}\n`;
    assert.equal(isPresent(refs('- [Building a RAG Batch Inference Pipeline with Anyscale](https://www.anyscale.com/blog/rag-batch)'), 'deployment.online-vs-batch'), false);
    assert.equal(isPresent(refs('[^3]: Capacity: the daily Spark job is sized at 400 vCPU for about three hours, about $9k/month.'), 'requirements.budget-cost'), true);
    assert.equal(isPresent(refs('[^7]: Google, Rules of Machine Learning, rule #29 on training-serving skew: https://developers.google.com/machine-learning/guides/rules-of-ml'), 'deployment.training-serving-skew'), false);
  });

  it('a numbered serving pipeline under Deployment whose step runs the model is the serving architecture', () => {
    yes('Deployment', 'Batch, nightly. Per-site pipeline:\n\n1. 01:00 — OMOP refresh completes.\n2. Criteria parser refreshes new trials.\n3. The cross-encoder scores the criterion checks for surviving pairs on the GPU pool.\n4. Patient scores are written to the worklist table.', 'deployment.serving-architecture');
    no('Deployment', 'Training pipeline:\n\n1. Export last month of labels.\n2. Fit the model.', 'deployment.serving-architecture');
  });

  it('from a third batch of real docs: measured quantities under an "Online metrics" heading, guardrails said as "is the same or not falling" / "will not increase"', () => {
    yes('Online metrics', '- (Number of user complaints about unblurred faces for the last week) / (Total number of users for the last week)', 'evaluation.online-metrics');
    no('Offline metrics', '- (Number of user complaints about unblurred faces for the last week) / (Total number of users for the last week)', 'evaluation.online-metrics');
    yes('What we consider a successful pilot', '- Contr metrics (retention, AOV, DAU) is the same or not falling', 'evaluation.guardrail-metrics');
    yes('What success will look like', '- Click-through rate on the top 3 results will go up\n- Search latency will not increase much', 'evaluation.guardrail-metrics');
    no('Data', '- Our revenue will not increase without new markets, which is why we build this.', 'evaluation.guardrail-metrics');
  });

  it('from a third batch of real docs, words in another sense: repos "r1 and r2" are no R² metric; interpretable as another option\'s virtue, or "an explanation of what LTR is", is no interpretability; an A/B test "which is not provided in the pilot" is no plan; a "(future)" heading or "What will not be closed by the Data Scientist" commits to nothing', () => {
    no('Method', '- e.g. same user commits to two repos r1 and r2, then relationship(r1,r2) += 5', 'evaluation.offline-metrics');
    yes('Evaluation', '- R2 and MAE on the last month, held out.', 'evaluation.offline-metrics');
    no('Alternatives', 'Rule-based systems, while interpretable and straightforward, lack the adaptability we need, so users get stale lists.', 'model.interpretability');
    no('Context', 'There is a good explanation on what LTR is here: https://example.com/ltr', 'model.interpretability');
    no('Success criteria', '2. The business metric is higher by X%. To assess it, it is recommended to conduct an A/B controlled experiment, which is not provided in the pilot.', 'evaluation.ab-test-plan');
    no('Human-in-the-loop *(future)*', '- Reviewers relabel low-confidence drawings every week and we retrain on the corrected set monthly.', 'monitoring.retraining-plan');
    no('Scope', '- What will not be closed by `Data Scientist`.\n  1. Evaluation of business metrics as the proof of improvements after the implementation of the model', 'monitoring.model-performance');
  });

  it('from a third batch of real docs, items said without their keywords: the mode by when the model runs, balancing by samples per class, the cost function, the current algorithm as the baseline', () => {
    yes('Approach', '- Model Serving: Deploy the model to classify real-time queries.', 'deployment.online-vs-batch');
    yes('Overview', 'By leveraging real-time data, the system predicts fraud risks as transactions occur, allowing for immediate action.', 'deployment.online-vs-batch');
    yes('System', 'Once we had the embeddings, COVID-19 predictions were inferred in-app.', 'deployment.online-vs-batch');
    yes('Data flow', 'User actions -> Data Storage (PostgreSQL) -> Cron Job triggered -> Rec System (model inference, ranking) -> Save recs to db -> For You Page', 'deployment.online-vs-batch');
    no('Data', 'We classify real-time data quality issues by hand today.', 'deployment.online-vs-batch');
    yes('Data', 'After cleaning and balancing the dataset, we ended up with 699 samples for each class.', 'data.class-imbalance');
    no('Data', 'A balanced diet of sources: 699 news articles and 300 blog posts.', 'data.class-imbalance');
    yes('Experimentation & Validation', 'Categorical cross-entropy will be used as the cost function.', 'model.loss-function');
    no('Background', 'Glaucoma causes irreversible vision loss in three million people.', 'model.loss-function');
    yes('Proposal', 'In a validation spike we built a model that gave a better nDCG score than our current search algorithm.', 'model.baseline');
  });

  it('a risk named is not handled ("Risks: potential data quality issues, model drift"), unless the line says how; a course self-assessment claims coverage; statistical skew is no training-serving skew', () => {
    no('Risks and uncertainties', '- Risks: Potential data quality issues, model drift over time, and scalability challenges.', 'monitoring.data-quality');
    yes('Risks and uncertainties', '- Risks: data quality issues, caught by schema checks on every nightly batch with an alert to on-call.', 'monitoring.data-quality');
    no('Model training', '6. *Unit Requirements Satisfied:* Unit 4 (Train/Retrain model, Modeling choices justified).', 'monitoring.retraining-plan');
    no('Data exploration', 'Descriptive statistics are collected and feature columns checked for missing values, normality, and skew.', 'deployment.training-serving-skew');
    yes('Serving', 'Training-serving skew: the same feature code runs in training and serving.', 'deployment.training-serving-skew');
  });

  it('from a third batch of real docs: HTTP 4xx/5xx alerts and job-failure messages are operational monitoring; graded relevance judgements are labels; a weekly active-learning refresh or quarterly updates with new data are a retraining plan', () => {
    yes('Monitoring & Alarms', '- HTTP responses with 400 and 500 codes will be logged in a Splunk dashboard, with an alert above 5% in 15 minutes.', 'monitoring.operational-metrics');
    yes('Monitoring & Alarms', '- Betterstack for logs.\n- Send telegram message on job fail + info about inference.', 'monitoring.operational-metrics');
    no('Data', '- The nightly job fails when the vendor feed is late, and we rerun it by hand.', 'monitoring.operational-metrics');
    yes('Data', 'We assign relevancy judgements to the results of a query in the range 0-3, with 0 being irrelevant and 3 being perfect.', 'data.labels');
    no('Background', 'Human ratings of the app in the store average 4 stars, from 1 to 5.', 'data.labels');
    yes('Risks', '- Overfitting on small dataset → weekly active-learning refresh.', 'monitoring.retraining-plan');
    yes('Quality', '- The service must receive updates at least quarterly to incorporate new data.', 'monitoring.retraining-plan');
    no('Data', '- The vendor updates the price list monthly.', 'monitoring.retraining-plan');
  });

  it('the ML objective said as what the model tells apart or assigns ("classifying eyes as glaucomatous and not", "the goal is to assign each query to a department", "a forecast for the next 14 days"); the product\'s own "assign each transaction to a category" is not', () => {
    yes('Methodology', 'This project will evaluate the accuracy of a VGG16 network in classifying eyes as glaucomatous and non-glaucomatous.', 'framing.ml-objective');
    yes('Requirements', 'The model must be able to differentiate between normal and glaucomatous eyes with an accuracy of at least 90%.', 'framing.ml-objective');
    yes('Problem', 'The problem is framed as a supervised classification task where the goal is to assign each support query to the most appropriate department based on its content.', 'framing.ml-objective');
    yes('Problem', 'The problem is framed as a supervised classification task where the goal is to assign each support query to the most appropriate department based on its content.', 'framing.io-spec');
    yes('Design', 'A forecast will be produced by looking at the last 7 days of data and generating a forecast for the next 14 days.', 'framing.ml-objective');
    no('Overview', 'The system should automatically assign each transaction to one of about 15 spending categories.', 'framing.ml-objective');
  });

  it('words in another sense, third batch: "cascade into" a phase is no model cascade, user-experience experiments and a bandit formulation are no A/B test, what ChatGPT said is not adopted', () => {
    no('Background', 'New year resolutions cascade into a phase of comfort food for many shoppers.', 'deployment.scaling-efficiency');
    yes('Serving', 'A cascade: a cheap logistic model first, the heavy transformer only on the top 5%.', 'deployment.scaling-efficiency');
    no('User interface', 'To make the app easier to use, we have run a series of user experience experiments with test users.', 'evaluation.ab-test-plan');
    no('Model', 'We restructure our search problem as a multi-armed bandit problem, where the arms are taste preferences.', 'evaluation.ab-test-plan');
    yes('Evaluation', 'Bandit test: a multi-armed bandit allocates traffic among 3 variants for two weeks, CTR primary.', 'evaluation.ab-test-plan');
    no('Evaluation', 'ChatGPT said: Precision @ K, Recall @ K, Diversity Score. Need to explore where to get data.', 'evaluation.offline-metrics');
  });

  it('from course proposals (Udacity, Projector, NYU): a "Benchmark Model" heading names the baseline and its "(approximately 1-2 paragraphs)" hint is no answer; "detect whether …" is the objective; "a label of whether …" defines labels; "stratified approach" is a split; YAU is an online metric; "same preprocessing as used for training" guards skew', () => {
    yes('Benchmark Model', '_(approximately 1-2 paragraphs)_\n\nOur benchmark model will be the third place winner of the competition, a logistic regression with polynomial features.', 'model.baseline');
    no('Benchmark Model', '_(approximately 1-2 paragraphs)_', 'model.baseline');
    yes('Problem', 'Ideally the solution would be able to detect whether a question is a duplicate of an existing question.', 'framing.ml-objective');
    no('Problem', 'Ideally the solution would be able to detect whether a question is a duplicate of an existing question.', 'monitoring.data-quality');
    yes('Data', 'Quora released a dataset that gives question pairs and a label of whether they are considered to be duplicates or not.', 'data.labels');
    yes('Data', 'During the dataset split we will use a stratified approach: each part keeps the class ratio.', 'data.split-leakage');
    no('Data', 'Split the dataset into clusters by skin color and use stratified sampling while training.', 'data.split-leakage');
    yes('Success metrics', 'Our choice is YAU (yearly active users).', 'evaluation.online-metrics');
    yes('Online data', 'These images will undergo the same preprocessing steps as those used for training data to maintain consistency.', 'deployment.training-serving-skew');
  });

  it('words in another sense, course proposals: "accuracy loss" from quantization and "a huge loss in the businesses" are no training loss; "standardization bodies" are no features; "textual explanations" of a document are no interpretability; "clean, format, and validate the data" is preparation; money saved is no budget; a canary on simulated traffic is no A/B test', () => {
    no('Optimization', 'We will experiment with different quantization levels and tolerance for accuracy loss.', 'model.loss-function');
    no('Motivation', 'Flight delays cause a huge loss in the businesses of airlines.', 'model.loss-function');
    no('Stakeholders', '- Standardization bodies and legislators: Section 3.5 (Scenarios).', 'data.features');
    no('Overview', 'The illustration is complemented by detailed textual explanations.', 'model.interpretability');
    no('Sprint plan', '- Sprint 3 Data Preparation: Clean, format, and validate the data.', 'monitoring.data-quality');
    no('Business', 'It is much cheaper than paying 300000 Euro per year to the external party.', 'requirements.budget-cost');
    no('Evaluation', 'Online Evaluation in Canary: 10% of artificial requests will simulate radiologists uploading images; Prometheus will track latency.', 'evaluation.ab-test-plan');
    yes('Evaluation', 'Online evaluation: an A/B test of the new model against the current one on 10% of traffic for two weeks.', 'evaluation.ab-test-plan');
  });

  it('a capstone template\'s "In this section, propose at least one evaluation metric …" is an instruction; "for a better explanation of f1 score see …" points the reader elsewhere', () => {
    no('Evaluation Metrics', 'In this section, propose at least one evaluation metric that can be used to quantify the performance of both the benchmark model and the solution model.', 'evaluation.offline-metrics');
    yes('Evaluation Metrics', 'In this section we report precision and recall on the held-out month.', 'evaluation.offline-metrics');
    no('Evaluation Metrics', 'For a better explanation of f1 score see the Wikipedia page.', 'model.interpretability');
  });

  it('throughput is the system\'s load: a share of users ("90% of users run predictions daily") or one user\'s or item\'s rate ("a feed of 5 items per day", "a story gets 1.169 upvotes per minute") is not; "scoring 12M rows/day" is', () => {
    no('Customer metrics', '- 90% of users run predictions daily', 'requirements.throughput-qps');
    no('Requirements', 'Users should receive a personalized feed with at least 5 recommended items per day.', 'requirements.throughput-qps');
    no('Data', 'On average a story gets 1.169 upvotes per minute on the front page.', 'requirements.throughput-qps');
    yes('Requirements', 'Each user sends about 3 queries per second while typing; 40k users at peak.', 'requirements.throughput-qps');
    yes('Cost', '- Scoring 12M rows/day with XGBoost on one warehouse takes ~15 min.', 'requirements.throughput-qps');
  });

  it('telegraphic answers under template headings: "supervised learning(classification)" is the category, "Parsing data from abit-poisk.org" the source, "a forecast for the next 14 days" forecasting; rejecting malformed inputs with an error is input validation', () => {
    yes('Problem statement', 'supervised learning(classification) + probability calibration', 'framing.ml-category');
    yes('Data', 'Parsing data from abit-poisk.org', 'data.sources');
    yes('Design', 'Generating a forecast for the next 14 days from the last 7 days of hourly counts.', 'framing.ml-category');
    yes('User stories', '| 6 | The model accepts fundus images in JPEG format | A request with a PNG image results in an error code |', 'monitoring.data-quality');
    yes('API', 'The endpoint rejects images smaller than 224x224 with a 400 error.', 'monitoring.data-quality');
    no('Moderation', 'The classifier rejects posts that contain slurs.', 'monitoring.data-quality');
  });

  it('words in another sense, MLOps proposals: the platform\'s transparency about labelled content, trying optimizations, a response-time cap among the requirements, the team\'s velocity', () => {
    no('Value proposition', '- By clearly labeling AI-generated images, Flickr can help users make informed decisions about the content they consume, increasing trust and transparency.', 'model.interpretability');
    yes('Model', '- Reviewers see why each image was flagged (the top regions), for transparency of the model.', 'model.interpretability');
    no('Optimization', '- We will experiment with different model-level optimizations like quantization and reduced precision to keep inference time low for our users.', 'evaluation.ab-test-plan');
    no('Requirements', '- The total end-to-end response time, from image upload to processed output, should not exceed 10 minutes.', 'evaluation.guardrail-metrics');
    yes('Launch criteria', '- Complaint rate should not exceed 0.5% during the experiment.', 'evaluation.guardrail-metrics');
    no('Training', '- Use distributed training to increase velocity: we will experiment with FSDP/DDP.', 'data.features');
    yes('Features', '- Card velocity: transactions per card in the last hour and day.', 'data.features');
  });

  it('the mode and the rollout said by the product plan: moderated "the moment the user makes the post" is online; "a small subset of users with access to the model" first is a staged rollout', () => {
    yes('Overview', 'Every post will be automatically moderated for offensive content the moment the user makes the post.', 'deployment.online-vs-batch');
    yes('Sprints', '- Sprint 6 Evaluation: Monitor and collect feedback from a small subset of users with access to the model for evaluation', 'deployment.rollout-strategy');
    no('Data', 'A small subset of users have no history, so we fall back to popularity.', 'deployment.rollout-strategy');
  });

  it('from team docs (TFX, Twitter, Community Notes, Netdata): a metric "regression" is no ML category; matrix factorization is one; "interpretable vectors" describe a representation; a note "reverted back" to a status is no rollback; "1-2% additional CPU at most" is a resource budget', () => {
    no('Validation', 'If the CI lower endpoint is above zero, the new model metric is significantly higher, and thus this represents a regression.', 'framing.ml-category');
    yes('Framing', 'The task is a regression, on minutes to delivery.', 'framing.ml-category');
    yes('Model', 'We rank notes with matrix factorization of the rater-note matrix.', 'framing.ml-category');
    no('Overview', 'Users and content are captured as sparse, interpretable vectors to support recommendation tasks.', 'model.interpretability');
    no('Status', 'If fewer than two raters used a tag, the note status is reverted back to needs more ratings.', 'deployment.rollout-strategy');
    yes('Rollout', 'On a guardrail breach the model is reverted to the previous version automatically.', 'deployment.rollout-strategy');
    yes('Performance', 'Typical overhead ranges from 1-2% additional CPU at most.', 'requirements.budget-cost');
    yes('Implementation', '- Inferrer instances scale to zero when not in use.', 'deployment.scaling-efficiency');
  });

  it('"on-device" is privacy only when it keeps data local: the feasibility of on-device serving is not', () => {
    no('Serving', '- On-device (conceptual evaluation): we will evaluate the feasibility of on-device serving on a Raspberry Pi 5.', 'requirements.privacy-security');
    yes('Privacy', 'Inference runs on-device so raw photos never leave the phone.', 'requirements.privacy-security');
    yes('Privacy', 'The device location is coarsened to a county on-device; precise coordinates never reach our servers.', 'requirements.privacy-security');
  });

  it('a verification task is an objective ("classifying whether or not speaker A and speaker B are the same person"); the equal error rate is an offline metric', () => {
    yes('Problem', 'The problem I want to tackle is speaker verification (classifying whether or not SpeakerA and SpeakerB are the same person) in noisy environments.', 'framing.ml-objective');
    yes('Solution', 'I am planning to develop a deep learning classifier that verifies whether two speakers are the same person or not.', 'framing.ml-objective');
    yes('Evaluation', 'I will be using the Equal Error Rate (EER) as my evaluation metric.', 'evaluation.offline-metrics');
  });

  it('from portfolio design docs: content-based filtering is an ML category; bare "response time" / "up-time" bullets under Monitoring & Alarms are operational metrics; assessing the quality of each voice sample is input validation; a version string is no v0 baseline', () => {
    yes('Problem type', 'Content based filter for recommendations.', 'framing.ml-category');
    yes('Monitoring & Alarms', '- response time\n- up-time', 'monitoring.operational-metrics');
    no('Requirements', '- p99 response time under 200 ms.', 'monitoring.operational-metrics');
    yes('Non-functional requirements', '- The system should assess the quality of a voice sample (pre-classification of input).', 'monitoring.data-quality');
    no('Authors', 'Author: Jane (v0.1.0-dev)', 'model.baseline');
  });

  it('meeting notes appended to a project doc ("Kick-off meeting notes 10/06", "Weekly meeting updates") record a discussion, not the design; a doc about meeting notes is still a design', () => {
    no('Kick-off meeting notes 10/06', '* Attendance: all team members, Freddie, Tom\n* We will track the weekly accuracy of the model on newly labelled sheets.', 'monitoring.model-performance');
    yes('Monitoring', '* We will track the weekly accuracy of the model on newly labelled sheets.', 'monitoring.model-performance');
    yes('Design: action-item extraction for meeting notes', '* We will track the weekly accuracy of the model on newly labelled sheets.', 'monitoring.model-performance');
  });

  it('a lone carriage return ends a line, as in markdown-it and VS Code: findings and evidence point at the line an editor shows', () => {
    const doc = '---\rmldesign: true\r---\r# Ranking\r## 1. Clarify requirements\r- p99 ≤ 150 ms\r<!-- mldesign-disable requirements.latency-p99 nope.rule -->\r';
    const r = lint(doc);
    const lines = doc.split(/\r\n|\r|\n/);
    assert.equal(lines[r.items.find((i) => i.id === 'requirements.latency-p99')!.line], '- p99 ≤ 150 ms');
    const unknown = r.findings.find((f) => f.ruleId === 'config.unknown-rule')!;
    assert.ok(lines[unknown.range.startLine].includes('nope.rule'));
  });

  it('a GPU or machine sized by its memory is a resource budget ("GPUs with at least 24GB of video memory"); a README\'s free disk is not', () => {
    yes('Costs', '- Costs for a GPU cluster with a minimum of 24GB (calculated for current datasets).', 'requirements.budget-cost');
    yes('Constraints', '- Resources: GPUs with at least 24GB of available video memory.', 'requirements.budget-cost');
    no('Setup', '- ~40 GB free disk for the full image cache', 'requirements.budget-cost');
    no('Data', '- The graph has 24 nodes with at least 3 edges each.', 'requirements.budget-cost');
  });

  it('an inference pipeline drawn in Mermaid from its input through two model stages is a serving architecture; a preprocessing or training flow is not', () => {
    const diagram = (body: string): string => `---\nmldesign: true\n---\n\n# Plates\n\n## Design\n\n\`\`\`mermaid\ngraph TD;\n${body}\n\`\`\`\n`;
    assert.equal(isPresent(diagram('    A[Video Input] --> B[Extract frames];\n    B --> C[Detect plates via YOLO v3];\n    C --> D[Crop to boxes];\n    D --> E[Read characters via EasyOCR];'), 'deployment.serving-architecture'), true);
    assert.equal(isPresent(diagram('    A[Normalization] --> B[Resize to 300 PPI];\n    B --> C[Remove noise];\n    C --> D[Sharpen];\n    D --> E[Grayscale];'), 'deployment.serving-architecture'), false);
    assert.equal(isPresent(diagram('    A[Image input] --> B[Label images];\n    B --> C[Train detector model];\n    C --> D[Evaluate classifier];'), 'deployment.serving-architecture'), false);
  });
});

describe('lint mechanisms (session 14)', () => {
  it('scope as a bare "In:" / "Out:" pair, "what\'s in and out", "scope-wise … leave out", "not in the scope of the first version"; the model\'s own "in:" / "out:" is its I/O, and leaving weeks out for validation is a split', () => {
    yes('Requirements', '- **In:** sponsored posts in the home feed on both apps.\n- **Out:** stories, the auction itself, creator payouts.', 'requirements.scope-functional');
    yes('FAQ', "**Q: What's in and out?**\nA: In: the main results list on every platform. Out: paid slots and the map view.", 'requirements.scope-functional');
    yes('Approach', "Scope-wise I'll cover weekly forecasts per warehouse. I'll leave out the staffing plan itself.", 'requirements.scope-functional');
    yes('Requirements', 'Languages: Dutch and French tickets. Arabic tickets exist but are not in the scope of the first version.', 'requirements.scope-functional');
    no('Data', "We'll leave out the last four weeks for validation and testing.", 'requirements.scope-functional');
    no('Notes', '- in: 3 user feature vecs + item embedding\n- out: score [0,1] for each pair', 'requirements.scope-functional');
  });

  it('services named "<job>-svc" are serving components ("quote-svc → pricing-svc → …"); an ASCII tree of calls in a fence ("|--", "<--") is a serving diagram', () => {
    yes('Serving', 'Quotes are scored online: checkout-svc → risk-svc (LightGBM held in memory) → features from the orders replica.', 'deployment.serving-architecture');
    no('Notes', 'We talked to the team that runs payments-svc about their logs.', 'deployment.serving-architecture');
    yes('Serving', '```\nTicketDesk --(webhook)--> routing-svc (FastAPI)\n                 |-- account lookup (Postgres replica)\n                 \'-- XGBoost model (MLflow registry)\n            <-- {queue, confidence}\n```', 'deployment.serving-architecture');
    no('Layout', '```\nrepo/\n  |-- src/\n  \'-- docs/\n```', 'deployment.serving-architecture');
  });

  it('a cap on false alarms is a guardrail ("false pages must stay under ~5 per week", "more than 8 wasted truck rolls a month means we raise the threshold"); "so we don\'t make things worse"; a metric that "must stay ≥ 0.95" in an evaluation; a latency that must stay under 100 ms among the requirements is a target', () => {
    yes('Notes', '- Whatever the model does, false alarms must stay under ~3 per week or the night shift will mute it.', 'evaluation.guardrail-metrics');
    yes('Thresholds', 'We agreed with field ops that more than 8 wasted truck rolls a month means we raise the threshold.', 'evaluation.guardrail-metrics');
    no('Thresholds', 'Last year there were 8 wasted truck rolls in total.', 'evaluation.guardrail-metrics');
    yes('Success', 'The number we watch so we don\'t make things worse is the reopen count of merged tickets.', 'evaluation.guardrail-metrics');
    yes('Evaluation', 'Recall on the three critical clause types must stay ≥ 0.95 on the test set.', 'evaluation.guardrail-metrics');
    no('Requirements', 'p99 latency must stay under 100 ms at peak.', 'evaluation.guardrail-metrics');
  });

  it('input checks before scoring are data quality: "every scan is checked before inference", "Ingest validation: …", "refuses to publish the index if fewer than 95% …", "more than 20% of its readings missing", quarantined rows, a quality check that rejects frames; flaky tests that get quarantined are not', () => {
    yes('Serving', '- Every scan is checked before inference: readable file, expected resolution, not all black.', 'monitoring.data-quality');
    yes('Pipeline', '- Ingest validation: listings without a city are kept out of the candidates, with an alert when a partner sends none for a day.', 'monitoring.data-quality');
    yes('Index', 'The nightly job refuses to publish a new index if fewer than 95% of live products got an embedding.', 'monitoring.data-quality');
    yes('Scoring', 'A meter with more than 20% of its hourly readings missing in the last week gets no score that day.', 'monitoring.data-quality');
    yes('Pipeline', 'Rows with a negative amount are quarantined and the load fails above 1%.', 'monitoring.data-quality');
    yes('Edge', 'The quality check rejects frames that are blurry or where the lens is blocked.', 'monitoring.data-quality');
    no('Contributing', 'Flaky tests get quarantined and an issue is opened.', 'monitoring.data-quality');
  });

  it('Notion callouts (<aside> blocks) are read as text, as other HTML paragraphs are; nothing of the HTML runs', () => {
    yes('Privacy', '<aside>\n⚠️ Rider names are **pseudonymised** in everything the model and the dashboard touch.\n\n</aside>', 'requirements.privacy-security');
    no('Privacy', '<aside>\n⚠️ Privacy: to be discussed with legal.\n\n</aside>', 'requirements.privacy-security');
  });

  it('"predicting" is not read as a typo of "prediction" (two edits), while a real swap ("dashbaord") still is', () => {
    assert.equal(fixTypos('a regression predicting minutes'), 'a regression predicting minutes');
    assert.equal(fixTypos('evaluating the ranker'), 'evaluating the ranker');
    assert.equal(fixTypos('weekly dashbaord'), 'weekly dashboard');
    yes('Approach', '1. **Expected-duration model** — LightGBM regression predicting minutes per stop from the features above.', 'framing.ml-category');
    yes('Approach', '1. **Expected-duration model** — LightGBM regression predicting minutes per stop from the features above.', 'framing.io-spec');
  });

  it('a rejected model with its reason and the choice ("We also tried an isolation forest … ours is easier to explain and scored better, so we are going with it"); a mode chosen by ruling out the other ("Nightly batch, no online inference needed"); a timed batch schedule whose step runs the model; a pilot at some sites "first"', () => {
    yes('Approach', 'We also tried an Isolation Forest on the raw readings. It flagged many odd but harmless days. The residual approach is easier to explain and scored better on the confirmed faults, so we are going with it.', 'model.selection-tradeoffs');
    yes('Pipeline', 'Nightly **batch**, no online inference needed: planners read the list in the morning.', 'deployment.online-vs-batch');
    no('Pipeline', 'There is no online inference and no batch job yet.', 'deployment.online-vs-batch');
    yes('Pipeline', '```\n01:00  Airflow: build sessions from raw logs\n01:30  join the catalogue and prices\n02:10  score sessions with the propensity model → scores\n02:30  write the top 100 per store to a table\n```', 'deployment.serving-architecture');
    no('Pipeline', '```\n01:00  backup the database\n01:30  rotate logs\n02:10  vacuum tables\n```', 'deployment.serving-architecture');
    yes('Launch', 'We will pilot at the Lyon and Lille warehouses first.', 'deployment.rollout-strategy');
    no('Results', 'The pilot in Lyon came first in the ranking of sites.', 'deployment.rollout-strategy');
  });

  it('a business goal\'s money ("cut fuel spend by 4% (≈ £1.9M/yr)") is no compute budget; a serving cost is; "we can\'t ethically randomize" explains a missing A/B test, not a privacy constraint; an algorithm\'s "re-fit the model" step is no retraining plan', () => {
    no('Goal', 'Goal for FY25: cut fuel spend per 100 km by 4% across the fleet (≈ £1.9M/yr).', 'requirements.budget-cost');
    yes('Cost', 'Reduce serving cost by 30% to about $12k/month on GPUs.', 'requirements.budget-cost');
    no('Evaluation', 'No A/B test: we can\'t ethically randomize flood warnings across towns.', 'requirements.privacy-security');
    no('Algorithm', '1. Fit the model on all ratings.\n2. Drop raters with low scores.\n3. Re-fit the model on the ratings filtered in step 2.', 'monitoring.retraining-plan');
    yes('Retraining', 'We re-fit the model every Sunday on the last 12 weeks of data.', 'monitoring.retraining-plan');
  });

  it('a course syllabus ("Course description", "Prerequisites", "Learning outcomes", "Grading") and a post of lessons ("Lessons from 3 years of ML monitoring") are not design docs, though they walk through every section', () => {
    const body = '\n\nWe predict churn with a GBDT classifier; p99 under 50 ms at 2k QPS; A/B test on 5% of users; drift monitored with PSI; retrain weekly.\n';
    assert.equal(isDesignDoc(`# ML Systems (CS 101)\n\n## Course description${body}\n## Prerequisites${body}\n## Learning outcomes${body}\n## Grading${body}\n## 1. Requirements${body}\n## 2. Framing${body}\n## 3. Data${body}\n## 4. Model${body}\n## 5. Evaluation${body}`), false);
    assert.equal(isDesignDoc(`---\ntitle: "Lessons from 3 years of ML monitoring"\n---\n\n## 1. Requirements${body}\n## 2. Framing${body}\n## 3. Data${body}\n## 4. Model${body}\n## 5. Evaluation${body}`), false);
    assert.equal(isDesignDoc(`---\ntitle: "Churn model"\n---\n\n## 1. Requirements${body}\n## 2. Framing${body}\n## 3. Data${body}\n## 4. Model${body}\n## 5. Evaluation${body}`), true);
  });

  it('not committed: an italic template prompt with its examples left unanswered; "we should add X at some point"; "monitoring: the usual — drift, dashboards etc."', () => {
    no('Requirements', '_Privacy / security / compliance considerations (e.g. GDPR, PII, faces in photos):_', 'requirements.privacy-security');
    no('Monitoring', '- We should add schema checks on the click log at some point.', 'monitoring.data-quality');
    yes('Monitoring', '- We run schema checks on the click log every hour.', 'monitoring.data-quality');
    no('Notes', '- monitoring: the usual — drift, latency dashboards etc.', 'monitoring.drift');
    no('Notes', '- monitoring: the usual — drift, latency dashboards etc.', 'monitoring.operational-metrics');
    yes('Monitoring', '- Drift: PSI on the top features daily, as usual for our models.', 'monitoring.drift');
  });

  it('word sense: a sensor\'s "baseline offset" is no model baseline; money paid out on bets and an offer budget are no compute budget; a promotion gate ("push the new model only if offline AUC ≥ current") is not production monitoring, while a KPI dashboard of drop-off is', () => {
    no('Sensors', '- The CO cells have a zero-air baseline offset that wanders with temperature.', 'model.baseline');
    no('Why', 'Pricing errors cost us **£3.4M** last season in paid-out bets we could not void.', 'requirements.budget-cost');
    no('Monitoring', '- retrain the ranker daily; push the new model only if offline AUC on yesterday\'s data >= the current model\'s', 'monitoring.model-performance');
    yes('Monitoring', '- daily AUC on yesterday\'s clicks, alert on a 2% drop', 'monitoring.model-performance');
    yes('After launch', '- Weekly dashboard: drop-off after the second ad break per show category, treatment vs rule-based shows.', 'monitoring.model-performance');
  });

  it('more shapes: a retention limit and blurred faces are privacy; features from data strictly before the snapshot date are point-in-time; "the split is by property"; "the top three features that drove the estimate"; "batch processed overnight"; an app that prompts a re-shoot; realised uplift by decile', () => {
    yes('Privacy', 'Raw GPS traces of trips not under investigation can only be kept 30 days.', 'requirements.privacy-security');
    yes('Privacy', 'Faces blurred on the handheld before upload.', 'requirements.privacy-security');
    yes('Features', 'Customer features are recomputed using only data before the offer date.', 'data.feature-backfill');
    yes('Data', 'The split is by hotel, so no review of a test hotel appears in a few-shot example.', 'data.split-leakage');
    no('Experiment', 'The traffic split is by user, 50/50.', 'data.split-leakage');
    yes('Alerts', 'Each alert shows the top three features that drove the fair price.', 'model.interpretability');
    yes('Serving', 'Shelf photos are batch processed overnight.', 'deployment.online-vs-batch');
    yes('Capture', 'The app prompts a re-shoot when the blur score is low.', 'monitoring.data-quality');
    yes('Monitoring', 'Realised uplift by predicted-uplift decile, against the permanent holdout after each campaign.', 'monitoring.model-performance');
  });

  it('skew: "the same resampling/VAD code is used in both", a component "identical in training and serving"; a "50/50 split" of a second online test is no data split; "quantisation is future work" and "we dont know yet" are not commitments', () => {
    yes('Consistency', 'We replay 500 archived calls through the live gateway every month; the same resampling/VAD code is used in both.', 'deployment.training-serving-skew');
    yes('Serving', '- The OCR engine version is pinned and identical in training and serving.', 'deployment.training-serving-skew');
    no('FAQ', '**Q: How will we test it?**\nBefore full launch we will run the March cycle as a second test with a 50/50 split to confirm.', 'data.split-leakage');
    yes('Data', 'We use a 50/50 split of users into train and test.', 'data.split-leakage');
    no('Performance', 'A single T4 is ~3% utilised. We did not optimise further; INT8 quantisation is future work.', 'deployment.scaling-efficiency');
    yes('Performance', 'INT8 quantisation keeps p99 under 20 ms.', 'deployment.scaling-efficiency');
    no('Privacy', 'About users under 16: the legal team must tell us if we can use their data for personalisation, we dont know yet.', 'requirements.privacy-security');
  });

  it('a one-word heading selects the lines under it ("## Baseline" > "- Template titles: …"); a row labelled "(baseline)"; "On-device, online."; "comes with its top reasons"; "LoRA on the 410k pairs"', () => {
    yes('Baseline', '- Template titles: "{Top genre} {mood} Mix"\n- The LLM has to beat **templates**, not the generic name.', 'model.baseline');
    yes('Evaluation', '| Scorer | MRR | nDCG@10 |\n|---|---|---|\n| Legacy (baseline) | 0.612 | 0.688 |\n| LambdaMART | 0.701 | 0.764 |', 'model.baseline');
    yes('Serving', '- **On-device, online.** The ranker is compiled to a flat array of trees and evaluated in Kotlin.', 'deployment.online-vs-batch');
    yes('FAQ', 'Each suggestion comes with its top reasons, e.g. "similar to the jeans you kept".', 'model.interpretability');
    yes('Options', '→ **Fine-tuned 7B** (LoRA on the 410k + 1.9M pairs).', 'model.training');
    no('Options', 'LoRA on the roadmap maybe.', 'model.training');
  });

  it('word sense: two variants named "A/B" are no experiment; a business goal to "cut losses by half" or "halve losses" is no training loss; an italic template prompt with a list in parentheses, answered "N/A for v1", is no A/B plan', () => {
    no('Scope', 'In: price tags of our two current layouts (the "A/B" layouts: A = standard white, B = yellow promo).', 'evaluation.ab-test-plan');
    yes('Evaluation', 'A/B test: 50/50 by user for two weeks, primary metric CTR.', 'evaluation.ab-test-plan');
    no('Goals', 'Goal for the year: cut chargeback losses by half without hurting honest buyers.', 'model.loss-function');
    no('Why', 'Goal: halve losses from mispriced bets next season.', 'model.loss-function');
    yes('Model', 'We train with focal loss to handle the imbalance.', 'model.loss-function');
    no('Evaluation', '_Experiment plan (A/B test design, duration, success criteria):_\n\nN/A for v1: this is a backfill job.', 'evaluation.ab-test-plan');
  });

  it('throughput as new work arriving, with up to two words before the noun or "submitted" after it ("~3,000 new inbound leads per week", "1,500 headline variants submitted per day"), and a batch that "scores roughly 40M pairs (…) per night"; one user\'s items per day are not', () => {
    yes('Requirements', '- ~3,000 new inbound leads per week (demo requests, trial sign-ups).', 'requirements.throughput-qps');
    yes('Volume', '- Around 1,500 headline variants submitted per day.', 'requirements.throughput-qps');
    yes('Volume', '- After blocking, the nightly run scores roughly 40M patient–trial pairs (~900M criterion checks) per night.', 'requirements.throughput-qps');
    no('Feed', 'A user sees 5 new items per day in the feed.', 'requirements.throughput-qps');
  });

  it('inference efficiency: a GBDT compiled with treelite/lleaves, features cached in Redis; raw logs stored in S3 are not', () => {
    yes('Serving', '3. ranking service (Java, LightGBM model with lleaves / treelite compiled) reads the features.', 'deployment.scaling-efficiency');
    yes('Serving', 'Listing features are cached in Redis.', 'deployment.scaling-efficiency');
    no('Data', 'Raw logs are stored in S3.', 'deployment.scaling-efficiency');
  });

  it('a non-native writer\'s shapes: "the service log all features exactly like it used them, and we train on these logged features" (skew); "we count how many are filtered; if more as 5%, alert" (data quality); "we retrain every day with the last 8 weeks" (training window)', () => {
    yes('Serving', 'This time the pricing service log all features exactly like it used them, and we train on these logged features.', 'deployment.training-serving-skew');
    yes('Monitoring', '- We drop fares outside [0.3 × median, 5 × median] and we count how many are filtered; if more as 5% for one airline, alert to the airline team.', 'monitoring.data-quality');
    yes('Retraining', '- We retrain every day with the last 8 weeks.', 'model.training');
  });

  it('HTML tables are read row by row, the first cell as the label ("<tr><td>Scoring latency</td><td>p99 &lt; 5 ms</td></tr>"); nothing of the HTML runs', () => {
    const table = (rows: string): string => `<table>\n  <tr><th>Requirement</th><th>Value</th></tr>\n${rows}\n</table>`;
    yes('Requirements', table('  <tr><td>Scoring latency</td><td>p99 &lt; 5 ms per batch of 1,000 users</td></tr>'), 'requirements.latency-p99');
    yes('Requirements', table('  <tr><td>Throughput</td><td>~70k user scores/s during a fan-out</td></tr>'), 'requirements.throughput-qps');
    no('Requirements', table('  <tr><td>Throughput</td><td>TBD</td></tr>'), 'requirements.throughput-qps');
    yes('Metrics', '<table>\n  <tr><th>Type</th><th>Metric</th><th>Target</th></tr>\n  <tr><td rowspan="2">Guardrail</td><td>Push opt-out rate</td><td>must not increase</td></tr>\n</table>', 'evaluation.guardrail-metrics');
  });

  it('not design docs: a team\'s OKRs ("OKRs Q2 2026", "## O1. …") and coding standards, though they name every section; deferrals: "let\'s think about this after launch", "we should retrain at some point"', () => {
    const body = '\n\nWe predict churn with a GBDT classifier; p99 under 50 ms at 2k QPS; A/B test on 5% of users; drift monitored with PSI; retrain weekly.\n';
    assert.equal(isDesignDoc(`# ML Platform — OKRs Q2 2026\n\n## 1. Requirements${body}\n## 2. Framing${body}\n## 3. Data${body}\n## 4. Model${body}\n## 5. Evaluation${body}`), false);
    assert.equal(isDesignDoc(`# Platform goals\n\n## O1. Serving is fast${body}\n## O2. Features are trustworthy${body}\n## 3. Data${body}\n## 4. Model${body}\n## 5. Evaluation${body}`), false);
    assert.equal(isDesignDoc(`# Data Science Team — Coding Standards\n\n## 1. Requirements${body}\n## 2. Framing${body}\n## 3. Data${body}\n## 4. Model${body}\n## 5. Evaluation${body}`), false);
    no('Evaluation', "Online metrics — let's think about this after launch (analytics already tracks clicks).", 'evaluation.online-metrics');
    no('Monitoring', '- Retraining: styles change, so we should retrain at some point when the catalogue turns over.', 'monitoring.retraining-plan');
    yes('Monitoring', '- We retrain every Monday on the last 12 weeks.', 'monitoring.retraining-plan');
  });

  it('an assumption tagged "[unconfirmed]" is a guess, one tagged "[confirmed]" a decision; a worker alerting on queue age is operational monitoring, a predicted vs observed failure rate is not', () => {
    no('Operations', '**G5. We assume someone will be on call if the nightly job fails.** [unconfirmed] Not yet assigned.', 'monitoring.operational-metrics');
    yes('Scope', '**A2. We assume the system covers grades 8–12 in the 14 secondary schools.** [confirmed] Grade 8 is included.', 'requirements.scope-functional');
    yes('Operations', 'The worker also alerts on queue age > 6 h.', 'monitoring.operational-metrics');
    no('Monitoring', 'We will compare the daily predicted failure rate with the observed failure rate per site.', 'monitoring.operational-metrics');
  });

  it('drift in another sense: a device that "drifts up to ~30 cm", clocks that "drift by a few seconds a day", the word quoted (\'Note on "drift":\'); not reached: "I ran out of time before drift"; ruled out: "A/B testing is awkward here"', () => {
    no('Monitoring', 'Note on "drift": the GPS on the drones drifts up to ~30 cm over a long flight, which shifts the georeference; this is handled in post-processing.', 'monitoring.drift');
    no('Monitoring', 'The on-bus units\' clocks drift by a few seconds a day.', 'monitoring.drift');
    yes('Monitoring', '- "Drift" dashboard: PSI of the top 20 features daily, alert at 0.2.', 'monitoring.drift');
    no('Monitoring', '*(I ran out of time before drift. If you get there: road works are the big ones.)*', 'monitoring.drift');
    no('Evaluation', 'A/B testing is awkward here — you cannot show two different countdowns on one physical sign.', 'evaluation.ab-test-plan');
    yes('Evaluation', 'A/B test: 50/50 by stop for two weeks, primary metric rider complaints.', 'evaluation.ab-test-plan');
  });
});

describe('lint mechanisms (session 15)', () => {
  /** A design sketched in a reply, with no section headings, that never gets to monitoring. */
  const REPLY =
    'Hi Sam,\n\nAnswers inline, then the sketch.\n\n> Can you sketch the ML side of the reorder reminders?\n\n' +
    'The business goal is repeat purchases; we raise reorders by reminding people before they run out. Success is a 3% lift in reorder rate. v1 only times the reminder for consumables; it does not pick which products to show.\n\n' +
    'We have ~12M buyers and schedule about 4M reminders per day; the scheduler lookup has to answer in p99 under 200 ms, and we have $3k a month of compute.\n\n' +
    'For each buyer and product we predict the days until the next purchase, a regression on the gap. Input: buyer history and product features. Output: predicted days to reorder.\n\n' +
    'The data is two years of order logs; labels are the observed gaps between orders. Features: past gaps, basket size, price band, season. We split by time: the last two months are the test set.\n\n' +
    "The baseline is the buyer's median gap. Then a LightGBM regressor with quantile loss, trained weekly on the last year; we chose it over an RNN because it trains in minutes and is easy to explain.\n\n" +
    'Offline we report MAE in days and coverage of the 80% interval. Online, an A/B test, 50/50 by buyer for two weeks, primary metric reorder rate; unsubscribe rate is the guardrail.\n\n' +
    'It runs as a nightly batch: a Spark job scores every buyer and writes reminder dates to the scheduler table; rollout to 5% of buyers first, then everyone.\n\nThanks,\nA.\n';

  it('a design in a reply with no section headings is recognised by what it commits to, even with one section (monitoring) missing; a Kaggle solution write-up is not a design doc', () => {
    assert.ok(isDesignDoc(REPLY));
    // framing, data and model are what a README, changelog or postmortem never has: without them
    // six sections are not enough ("a LightGBM regressor" would name the category: it goes too)
    assert.ok(isDesignDoc(REPLY.replace(/For each buyer[^\n]*\n/, '')));
    assert.ok(!isDesignDoc(REPLY.replace(/For each buyer[^\n]*\n/, '').replace('LightGBM regressor', 'LightGBM model')));
    assert.ok(!isDesignDoc('# 7th place solution — Store Sales Forecasting\n\n## Cross-validation\n\nTime-based folds, the last 3 months held out.\n\n## Features\n\nLags and rolling means.\n\n## Models\n\nLightGBM with tweedie loss, baseline a seasonal naive forecast.\n\n## Ensembling\n\nMean of 5 seeds.\n'));
    assert.ok(isDesignDoc('# Store sales forecasting — design\n\n## Cross-validation\n\nTime-based folds, the last 3 months held out.\n\n## Features\n\nLags and rolling means.\n\n## Models\n\nLightGBM with tweedie loss, baseline a seasonal naive forecast.\n\n## Serving\n\nNightly batch.\n'));
  });

  it('the title tagged with the doc\'s version ("— design (v2)") does not defer the whole doc; a section heading tagged "(v2)" still does', () => {
    const fm = '---\nmldesign: true\n---\n\n';
    // "Numbers" names no section of its own, so it takes the title's commitment
    assert.equal(isPresent(fm + '# Address correction — design (v2)\n\n## Numbers\n\n- Checkout peak: ~900 requests/s\n', 'requirements.throughput-qps'), true);
    assert.equal(isPresent(fm + '# Address correction\n\n## Later ideas (v2)\n\n- Peak load: ~900 requests/s at checkout.\n\n## Data\n\nOrders.\n\n## Model\n\nGBDT.\n', 'requirements.throughput-qps'), false);
  });

  it('struck-through text is a decision taken back: "~~A/B test by city~~" does not count, the replacement next to it does', () => {
    no('Evaluation', '~~**Experiment:** A/B test by city for 4 weeks, 50/50.~~\n**Update:** dropped; the depot pilot already showed the effect.', 'evaluation.ab-test-plan');
    yes('Evaluation', '~~Pre/post comparison only.~~ **Update:** A/B test by city for 4 weeks, 50/50.', 'evaluation.ab-test-plan');
    yes('Requirements', '| Metric | Target |\n|---|---|\n| Latency at checkout | ~~p99 50 ms~~ **p99 120 ms** |', 'requirements.latency-p99');
    no('Requirements', '| Metric | Target |\n|---|---|\n| Latency at checkout | ~~p99 50 ms~~ |', 'requirements.latency-p99');
  });

  it('an unchecked task that holds its specification (two numbers or more, nothing left to decide) is a plan; a bare to-do is not', () => {
    yes('Plan', '- [ ] A/B test: 50/50 randomised by engineer id, 2 weeks, primary = search success rate', 'evaluation.ab-test-plan');
    no('Plan', '- [ ] A/B test plan (owner: @lena)', 'evaluation.ab-test-plan');
    no('Plan', '- [ ] A/B test: decide whether 50/50 or 90/10 works for 2 weeks', 'evaluation.ab-test-plan');
  });

  it('deferrals: "would like to … at some point", "yes, but details later", a heading "(not committed)"; "TBD w/ legal" is a placeholder', () => {
    no('Evaluation', 'Experiment: we would like to run this as a proper experiment with the growth team at some point.', 'evaluation.ab-test-plan');
    no('Evaluation', 'A/B test: yes of course, but details later with the PM.', 'evaluation.ab-test-plan');
    no('Phase 3 — Ideas (not committed)', '- Drift monitoring on the input features, e.g. after tariff changes.', 'monitoring.drift');
    no('Requirements', '| Item | Value |\n|---|---|\n| PII | TBD w/ legal |', 'requirements.privacy-security');
    yes('Requirements', '| Item | Value |\n|---|---|\n| PII | hashed user ids only, raw text dropped after 30 days |', 'requirements.privacy-security');
  });

  it('work arriving: "180k images are uploaded per day", "~70k uploads a day"; a stage that "runs online in the ingest path"', () => {
    yes('Volume', 'About 180k images are uploaded per day across all brands.', 'requirements.throughput-qps');
    yes('Requirements', '- Volume: ~70k uploads a day.', 'requirements.throughput-qps');
    no('Requirements', '- Each user uploads about 3 photos a day.', 'requirements.throughput-qps');
    yes('Serving', 'Clustering runs online in the ingest path: each article gets its cluster when it arrives.', 'deployment.online-vs-batch');
  });

  it('word sense: a weight "capped at 5×" is no scaling; a model "kept as a sanity check" is no data check; a survey baseline or a grid\'s baseline load is no model baseline', () => {
    no('Model', 'Class weights inversely proportional to class frequency (capped at 5×).', 'deployment.scaling-efficiency');
    yes('Serving', 'Requests are capped at 200 per second per tenant.', 'deployment.scaling-efficiency');
    no('Model', '| Option | Verdict |\n|---|---|\n| Logistic regression | Rejected as primary, kept as sanity check |', 'monitoring.data-quality');
    yes('Pipeline', 'Every batch gets a sanity check on row counts and null rates before training.', 'monitoring.data-quality');
    no('Problem', 'From the user survey baseline (Q3), 61% of job seekers skip postings with no salary.', 'model.baseline');
    no('Context', 'For context, the system baseline load is around 2.1 GW overnight.', 'model.baseline');
    yes('Model', 'We compare against a baseline model that predicts the median salary per title.', 'model.baseline');
  });

  it('budget: what the problem costs the business ("settlement cost us €14.2M"), a risk appetite for charge-offs and a latency benchmark ("50 pairs in ~45 ms on 8 vCPUs") are no compute budget; "inference costs us $3k a month" and a job that "takes ~25 minutes on a 32-core machine" are', () => {
    no('Context', 'Last year imbalance settlement cost us €14.2M.', 'requirements.budget-cost');
    no('Risk', 'Risk appetite: incremental annual charge-offs of at most $14M.', 'requirements.budget-cost');
    no('Serving', '- Cross-encoder exported to ONNX and quantised to int8: 50 pairs in ~45 ms on 8 vCPUs.', 'requirements.budget-cost');
    yes('Cost', 'Inference costs us about $3k per month on GPUs.', 'requirements.budget-cost');
    yes('Production', 'The forecast run takes ~25 minutes on a 32-core machine.', 'requirements.budget-cost');
  });

  it('a pilot compared before/after has no control group, so it is no A/B test; "something to think about later" defers; "let me loop in legal", "I don\'t know the answer" answer nothing', () => {
    no('Rollout', '2. Pilot with 10 coders at one hospital for 6 weeks (the before/after comparison).', 'evaluation.ab-test-plan');
    yes('Rollout', 'Pilot with 10 stores for 6 weeks against 10 matched control stores.', 'evaluation.ab-test-plan');
    no('Evaluation', '**Online success.** Editor acceptance rate is probably the right thing, something to think about later.', 'evaluation.online-metrics');
    no('Questions', "3. Let me loop in Privacy on that one; I don't know the answer.", 'requirements.privacy-security');
  });

  it('configuration blocks (YAML, TOML, INI) are read setting by setting: "p99_latency_ms: 120" is a latency target, "peak_qps: 900" a throughput, a retraining schedule and a PSI alert are plans; a setting left "TBD" is not', () => {
    yes('Serving', '```yaml\nserving:\n  endpoint: /v2/valuations\n  p99_latency_ms: 120   # at the gateway\n```', 'requirements.latency-p99');
    yes('Serving', '```yaml\nserving:\n  peak_qps: 900\n```', 'requirements.throughput-qps');
    yes('Ops', '```toml\n[retraining]\nschedule = "weekly, Sunday 02:00"\npromote_if = "val_mape <= current"\n```', 'monitoring.retraining-plan');
    yes('Ops', '```yaml\nalerts:\n  - name: feature_psi\n    expr: psi(feature) > 0.2\n```', 'monitoring.drift');
    no('Ops', '```yaml\nrollout:\n  strategy: TBD   # TODO(ana): decide with platform team\n```', 'deployment.rollout-strategy');
    // inverse-propensity weights correct who got labelled, not rare classes
    no('Training', '```yaml\ntraining:\n  sample_weight: ipw_states_salary\n```', 'data.class-imbalance');
  });

  it('data split by a group in any words ("split the photos by farm, not by image", "split train/validation/test by repository", "no speaker appears in more than one of train/val/test"); traffic split for a test and a bill split by team are not', () => {
    yes('Data', 'I split the agent photos by farm, not by image, so near-duplicates never land on both sides.', 'data.split-leakage');
    yes('Data', 'We split train/validation/test by repository, so the model cannot memorise a repo.', 'data.split-leakage');
    yes('Data', 'Speaker-disjoint: no speaker appears in more than one of train/val/test.', 'data.split-leakage');
    no('Evaluation', 'We split traffic by user for the A/B test.', 'data.split-leakage');
    no('Cost', 'We split the GPU bill by team.', 'data.split-leakage');
    no('Data', 'We did not split the data by user.', 'data.split-leakage');
  });

  it('more wordings: dogfooding first is a rollout stage, "fine-tune an open-weights 7B code model with LoRA" is training, "treat this as count regression" a category, TreeSHAP contributions explain, "at most 3 negatives per positive" handles imbalance', () => {
    yes('Rollout', 'Dogfood on the 3 repos our team owns for two weeks, then 10% of repositories, then all.', 'deployment.rollout-strategy');
    yes('Model', 'We fine-tune an open-weights 7B code model with LoRA on (diff hunk → comment) pairs.', 'model.training');
    yes('Framing', 'We treat this as count regression with a Poisson likelihood.', 'framing.ml-category');
    yes('Explanations', 'Agents see the top three TreeSHAP contributions next to each score.', 'model.interpretability');
    yes('Data', 'We keep at most 3 negatives per positive so easy negatives do not dominate.', 'data.class-imbalance');
  });

  it('not commitments: a row of an "Option | Pros | Cons" table unless marked chosen, "later maybe fine-tune …", "the usual stuff — drift, latency", A/B pillars and sensor kit A/B revisions', () => {
    no('Model options', '| Option | Pros | Cons |\n|---|---|---|\n| Fine-tune an open-weights 8B model on ticket pairs | cheap | needs GPUs |', 'model.training');
    yes('Model options', '| Option | Pros | Cons |\n|---|---|---|\n| Fine-tune an open-weights 8B model on ticket pairs (chosen) | cheap | needs GPUs |', 'model.training');
    no('Model', '- later maybe fine-tune a cross-encoder on (comment, diff hunk)', 'model.training');
    no('Monitoring', 'Ran out of time here. I said I would monitor "the usual stuff — drift, latency, and retrain periodically".', 'monitoring.drift');
    no('Data', 'The microphone array is mounted at the A/B pillars, so recordings from those seats are tagged.', 'evaluation.ab-test-plan');
    no('Data', 'Sensor kit A/B revisions differ in sampling rate.', 'evaluation.ab-test-plan');
  });

  it('an onboarding guide and a talk proposal are not design docs', () => {
    // headings that name three sections: without the genre check, both would be taken for design docs
    const stack = '\n\n## Data\n\nFeatures come from the feature store; click logs split by day.\n\n## Models\n\nThe LightGBM ranker trains weekly in Airflow.\n\n## Serving\n\nBehind the ranking service at p99 under 80 ms.\n\n## Monitoring\n\nDrift dashboards page on-call.\n';
    assert.ok(!isDesignDoc('# Welcome to the Ranking ML team\n\n## Week 1 checklist\n\n- laptop' + stack + '\n## People to know\n\n- Ana (tech lead)\n'));
    assert.ok(!isDesignDoc('# Talk proposal: monitoring ML in production\n\n## Abstract\n\nMost incidents are data quality, not drift.' + stack + '\n## Speaker bio\n\nAna runs the ranking team.\n'));
  });

  it('a job that flags records with impossible values checks data quality ("flags intervals with negative occupancy"); "without a rise in complaints" is a guardrail', () => {
    yes('Monitoring', 'Gate controllers sometimes drop events; the nightly job flags intervals with negative occupancy or occupancy above capacity.', 'monitoring.data-quality');
    no('Model', 'The model flags listings with suspicious prices for review.', 'monitoring.data-quality');
    no('Data', 'We drop rows with missing labels before training.', 'monitoring.data-quality');
    yes('Goal', 'Cut post-editing spend by 30% without a rise in customer-reported quality issues.', 'evaluation.guardrail-metrics');
  });

  it('words in another sense: "shadow inventory" is no shadow deployment, an experiment\'s holdout group ("gets no blocking") is no data split, "product pages" page nobody, rates listed as features are no load, a "baseline fitness assessment" is no model baseline', () => {
    no('Features', 'Note: "shadow inventory" means homes owned but not listed.', 'deployment.rollout-strategy');
    yes('Rollout', 'Two weeks in shadow, then a 10% canary.', 'deployment.rollout-strategy');
    no('Experiment', '**Experiment.** A 2% subscriber holdout (random by hashed id) gets no blocking for 4 weeks.', 'data.split-leakage');
    yes('Data', 'We hold out the last 4 weeks as the test set, split by time.', 'data.split-leakage');
    no('Context', 'Our product pages show a strip that is mostly near-duplicates of the item on the page.', 'monitoring.data-quality');
    yes('Monitoring', 'Duplicate events above 0.1% page the on-call.', 'monitoring.data-quality');
    no('Data', '- **Features**: visits/week over the last 4 weeks, days since the last visit, plan type.', 'requirements.throughput-qps');
    yes('Requirements', '- **Load**: 300 requests/s at peak.', 'requirements.throughput-qps');
    no('Data', '- Whether they did the baseline fitness assessment at signup.', 'model.baseline');
  });

  it('from holdout30: the serving mode as "Online (synchronous) path for uploads", "batch/offline per video", "everything runs on-device, streaming"; splits as "Split: train on months 1–10, validate on 11, test on 12" and "hold out by channel"; "the same extraction container as production"; "top-3 channels by reconstruction error"; "~18,000 events per second"; dogfooding as a stage, not "internal meetings (dogfood)" as data', () => {
    yes('Serving', '- **Online** (synchronous) path for candidate uploads: the apply page waits for the profile.', 'deployment.online-vs-batch');
    yes('Serving', '- Runs as a step in the upload pipeline, batch/offline per video (not at view time).', 'deployment.online-vs-batch');
    yes('Serving', 'Everything runs on-device, streaming, in real time; there is no server-side inference.', 'deployment.online-vs-batch');
    no('Serving', 'There is no online path for bulk imports.', 'deployment.online-vs-batch');
    yes('Data', 'Split: train on notifications from months 1–10, validate on 11, test on 12.', 'data.split-leakage');
    yes('Data', '- Hold out by channel (no channel in both train and test)', 'data.split-leakage');
    yes('Data', 'Training data is generated by exactly the same extraction container as production, pinned by version.', 'deployment.training-serving-skew');
    yes('Explanations', 'Each alert shows the top-3 channels by reconstruction error.', 'model.interpretability');
    yes('Requirements', '- Edge to central: ~18,000 feature events per second across all plants.', 'requirements.throughput-qps');
    yes('Rollout', 'Before that: two weeks of internal dogfooding by support agents.', 'deployment.rollout-strategy');
    no('Data', '- internal meetings (dogfood), ~12k', 'deployment.rollout-strategy');
  });

  it('from holdout31: an option marked "← chosen" among listed siblings is a model choice; "<stage> runs online, synchronously" is the serving mode; a quoted "A/B" being named is no test; a "baseline fee" is no model baseline', () => {
    yes('Model', 'We compared:\n\n- **Logistic regression** on hand features: AUC 0.86\n- **XGBoost** on hand features: AUC 0.93\n- **XGBoost + graph features:** AUC 0.95 ← chosen', 'model.selection-tradeoffs');
    no('Model', '- XGBoost ← chosen', 'model.selection-tradeoffs');
    yes('Serving', 'QU runs **online**, synchronously, in the SERP request path.', 'deployment.online-vs-batch');
    no('Experiments', '> Note on "A/B": before launch, UX compared two overlay designs, variant **A** and variant **B**.', 'evaluation.ab-test-plan');
    yes('Experiments', 'We will run an A/B test: 50/50 by user for two weeks.', 'evaluation.ab-test-plan');
    no('Pricing', 'The fee the customer pays is the **baseline fee** ($1.99) plus the distance component.', 'model.baseline');
  });

  it('a row of a table of options marked as what runs today ("(current)", "existing … limits") is the baseline; under a "Training" label a named loss is the training loss even where the section also evaluates', () => {
    yes('Models', '| | Pairwise acc. | NDCG@3 |\n|---|---|---|\n| Sharpest mid-video frame (current) | 0.54 | 0.41 |\n| Pairwise ranker | 0.66 | 0.58 |', 'model.baseline');
    yes('Models', '| | What | Pros | Cons |\n|---|---|---|---|\n| Static thresholds | existing SCADA alarm limits | in place | fire late |\n| Isolation Forest | on windows | fast | noisy |', 'model.baseline');
    no('Requirements', '| Metric | Target |\n|---|---|\n| Latency (current) | 300 ms |', 'model.baseline');
    yes('Model Development and Offline Evaluation', '**Training.** Token-level cross-entropy over BIO tags.', 'model.loss-function');
    no('Model Development and Offline Evaluation', 'Offline we report cross-entropy and accuracy on the test set.', 'model.loss-function');
  });
});

describe('lint mechanisms (session 16)', () => {
  const forced = (text: string, id: string): boolean | undefined => lint(text, { force: true }).items.find((i) => i.id === id)?.present;
  it('a word-processor outline ("7. **Evaluation**", then "a." and "i." lines) reads as nested items under a section', () => {
    const doc = [
      '# Overbooking model',
      '',
      '1. **Requirements**',
      '   a. **Latency.** Scoring returns within 120 ms at p99.',
      '2. **Evaluation**',
      '   a. **Experiment**',
      '      i. Randomization unit is the hotel, so we run a cluster-randomized test.',
      '      ii. 80 matched pairs for 6 weeks; primary metric is revenue per room.',
      '3. **Monitoring**',
      '   a. Weekly PSI on the top 20 features; alert above 0.2.',
      '',
    ].join('\n');
    const r = lint(doc, { force: true });
    const at = (id: string) => r.items.find((i) => i.id === id);
    assert.equal(at('evaluation.ab-test-plan')?.present, true);
    assert.equal(at('monitoring.drift')?.present, true);
  });

  it('GitHub alerts: the "[!NOTE]" marker is neither text nor a placeholder, and the bold label after it labels the quote', () => {
    yes('Monitoring', '> [!NOTE]\n> **Image quality checks** before scoring: exposure within range, lens not occluded; failing frames are skipped.', 'monitoring.data-quality');
    yes('Requirements', '> [!IMPORTANT]\n> **Target.** Risk report ready ≤ 2 h after the batch of claims is available (p90 over batches).', 'requirements.latency-p99');
    // a tokenizer token in brackets is not a placeholder either
    yes('Data', 'Input is subject + first 128 tokens of the ticket; stack traces replaced by a `[CODE]` token.', 'data.features');
  });

  it('YAML front matter holding the design is read setting by setting, folded text included; its metadata is not', () => {
    const doc = (fm: string) => `---\n${fm}\n---\n\n# Store traffic\n\n## Data\n\nOrders.\n`;
    assert.equal(forced(doc('title: "Store traffic"\nrequirements:\n  privacy: >\n    Only store-level weekly totals are used. No shopper IDs\n    or card numbers leave the payments vault.'), 'requirements.privacy-security'), true);
    assert.equal(forced(doc('title: "Store traffic"\nrequirements:\n  lookup_p99_ms: 40'), 'requirements.latency-p99'), true);
    assert.equal(forced(doc('title: "Store traffic"\nstatus: draft'), 'requirements.latency-p99'), false);
  });

  it('a numbered decision ("**D4.** ML task: regression.") is labelled by what follows the number', () => {
    yes('Decisions', '**D7.** ML task: regression. Output = expected litres sold per pump-hour.', 'framing.ml-category');
    yes('Decisions', '**D12.** Monitoring: weekly predicted-vs-actual litres per station on a dashboard, alert if MAPE > 30%.', 'monitoring.model-performance');
  });

  it("in an interview transcript, the interviewer's answer to the candidate's question states facts; a question stays one", () => {
    const t = (answer: string) => `# Ride matching — mock interview\n\n## Requirements\n\n**Candidate:** Scale. How many riders do we serve?\n\n**Interviewer:** ${answer}\n`;
    assert.equal(forced(t('Roughly 8 million monthly riders, 900k daily.'), 'requirements.scale'), true);
    assert.equal(forced(t('How many do you think, 8 million monthly riders?'), 'requirements.scale'), false);
    // without the candidate's question before it, the interviewer's line is the prompt
    assert.equal(forced('# X\n\n## Requirements\n\n**Interviewer:** Roughly 8 million monthly riders.\n', 'requirements.scale'), false);
  });

  it('unchecked boxes under acceptance criteria are requirements; elsewhere they are to-dos', () => {
    const body = '- [ ] Voice notes are never used for training unless the driver opted in; EU drivers get the GDPR consent screen.';
    yes('User stories & acceptance criteria', body, 'requirements.privacy-security');
    no('Privacy', body, 'requirements.privacy-security');
  });

  it('not a design doc: a system design with no ML in it, a lecture, a CV; a short ML sketch still is', () => {
    const urlShortener = ['# URL shortener', '', '## Requirements', '', '- p99 < 20 ms, 400k redirects/s peak.', '- Availability 99.99%.', '- Cost under $25k/month.', '', '## Data model', '', '- links(id, url, created)', '- clicks(id, day, count)', '', '## Deployment', '', '- Canary 1% then 100%; roll back on 5xx.', '- Three regions behind a global load balancer.', '', '## Monitoring', '', '- Dashboards for p99 latency, 5xx and cache hit rate.', '- Page on-call when 5xx > 1% for 5 minutes.', '- Alert on key-space exhaustion.', '- Weekly capacity review.', '- Synthetic probes every minute.', ''].join('\n');
    assert.equal(isDesignDoc(urlShortener), false);
    assert.equal(isDesignDoc(urlShortener.replace('- Weekly capacity review.', '- A GBDT model predicts link spam from click features.').replace('- Synthetic probes every minute.', '- The spam model is retrained weekly on labels from abuse reports.')), true);
    assert.equal(isDesignDoc('# Lecture 7 — Offline vs online evaluation\n\n## Requirements\n\nx\n\n## Evaluation\n\nAUC offline, CTR online.\n\n## Deployment\n\nx\n\n## Monitoring\n\nx\n'), false);
    assert.equal(isDesignDoc('# Jordan Kim\n\n## Experience\n\nBuilt a fraud model: p99 20 ms, A/B tested.\n\n## Skills\n\nPython\n\n## Education\n\nMSc\n\n## Data\n\nx\n\n## Model\n\nx\n\n## Monitoring\n\nx\n'), false);
  });

  it('a "Backlog" heading defers what it holds; a heading that only mentions a backlog does not', () => {
    no('Backlog', 'Nightly batch scoring of the catalogue.', 'deployment.online-vs-batch');
    yes('Catalog flow (backlog + re-score)', 'Nightly batch scoring of the catalogue; the agent-facing path is online.', 'deployment.online-vs-batch');
  });

  it('more wordings: randomisation units, splits by a group after a label, modes chosen by ruling out the other, audits and feedback correlation', () => {
    yes('Pilot', '- **Unit of randomisation: the branch**, randomised 1:1 into assisted (treatment) and manual (control).', 'evaluation.ab-test-plan');
    no('Data', 'Random split 80/10/10; randomised into train and test.', 'evaluation.ab-test-plan');
    yes('Data', 'Splits: by **household**, not by meter reading.', 'data.split-leakage');
    yes('Serving', 'Online, as the agent drafts a reply, because a suggestion is only useful before sending.', 'deployment.online-vs-batch');
    yes('Serving', 'Scoring runs in the upload handler right after the file lands, per document, not as a nightly batch.', 'deployment.online-vs-batch');
    yes('Serving', 'This is offline / batch-style inference per invoice, triggered by month end.', 'deployment.online-vs-batch');
    yes('Serving', 'online only, no precompute (queries are free text)', 'deployment.online-vs-batch');
    yes('Evaluation', '- Refund requests per 1k orders (guardrail — we must not annoy buyers).', 'evaluation.guardrail-metrics');
    yes('In use', '- **Weekly audit:** a claims lead re-reviews 30 claims that went through the triage model.', 'monitoring.model-performance');
    yes('Monitoring', '| Quality vs ratings | monthly correlation between predicted quality and user ratings |', 'monitoring.model-performance');
    yes('Monitoring', 'The yield model is refit at the start of each season, and its backtest RMSE must pass before it replaces the old one.', 'monitoring.retraining-plan');
    yes('Requirements', 'That is the whole point of the project: fewer empty seats on off-peak trains.', 'requirements.business-objective');
    yes('Scope', '- Not doing: fare pricing; seat maps for partner airlines.', 'requirements.scope-functional');
    yes('Framing', '- Output of the whole thing: one {sku, reorder_qty, confidence} row per store.', 'framing.io-spec');
    yes('Framing', '- Match: score each (invoice, payment) pair with a GBDT → probability the payment settles the invoice.', 'framing.ml-objective');
    yes('Shipping', 'The Spark training job calls that same Rust library through bindings to build training features.', 'deployment.training-serving-skew');
    no('Shipping', 'Training and serving do not use the same feature code yet.', 'deployment.training-serving-skew');
    yes('Requirements', 'Quote preview: response in under 2 s for a single route.', 'requirements.latency-p99');
    no('Requirements', '(typed live, 40 min slot, interviewer = staff eng)', 'requirements.latency-p99');
  });
});

describe('lint mechanisms (session 17)', () => {
  const forced = (text: string, id: string): boolean | undefined => lint(text, { force: true }).items.find((i) => i.id === id)?.present;
  const doc = (...lines: string[]): string => ['# Parts demand', '', ...lines, ''].join('\n');

  it('an HTML table is read like a Markdown one: its header, its cells, an "Online" cell naming an online metric', () => {
    const html = ['<table>', '  <tr><th>Measure</th><th>Kind</th><th>Goal</th></tr>', '  <tr><td>Mean absolute error</td><td>offline</td><td>≤ 4 units</td></tr>', '  <tr><td>Technician call-outs per depot per month</td><td>online</td><td>−20% vs control depots</td></tr>', '</table>'].join('\n');
    assert.equal(forced(doc('## Evaluation', '', html), 'evaluation.online-metrics'), true);
    assert.equal(forced(doc('## Evaluation', '', html.replace('<td>online</td>', '<td>offline</td>')), 'evaluation.online-metrics'), false);
    // the same table in Markdown
    yes('Evaluation', '| Measure | Kind | Goal |\n|---|---|---|\n| MAE | offline | ≤ 4 |\n| Technician call-outs per depot per month | online | −20% |', 'evaluation.online-metrics');
  });

  it('a heading written as an HTML element on its own line is a heading of the outline', () => {
    const text = doc('<h2>1. Requirements</h2>', '', 'Forecasts are refreshed nightly.', '', '<h2>2. Monitoring</h2>', '', '- Weekly PSI per input feature, alert above 0.25.', '');
    const r = lint(text, { force: true });
    const drift = r.items.find((i) => i.id === 'monitoring.drift');
    assert.equal(drift?.present, true);
    // the finding for a missing item points at the HTML heading's line, as for "## Requirements"
    const latency = r.findings.find((f) => f.ruleId === 'requirements.latency-p99');
    assert.equal(latency?.range.startLine, 2);
  });

  it('a plain code block of "label: value" lines is read line by line; a JSON or Python dict by its quoted keys', () => {
    const numbers = ['```', 'Depots:          310', 'Latency:         p99 < 250 ms per forecast read', 'Peak reads:      ~40 req/s', 'Compute budget:  ≤ $1,800/month', '```'].join('\n');
    assert.equal(forced(doc('## Numbers', '', numbers), 'requirements.latency-p99'), true);
    assert.equal(forced(doc('## Numbers', '', numbers), 'requirements.budget-cost'), true);
    // an ASCII sketch in a plain block is not a list of settings
    assert.equal(forced(doc('## Numbers', '', '```\n[depot] --> [forecast job] : p99 < 250 ms\n[forecast job] --> [planner]\n[planner] --> [trucks]\n```'), 'requirements.latency-p99'), false);
    yes('Model', '```python\nparams = {\n    "objective": "binary:logistic",\n    "max_depth": 6,\n}\n```', 'model.loss-function');
  });

  it('a status mark before a label ("✅ **Framing:**") is not part of the label', () => {
    yes('Approach', '✅ **Framing:** top-N ranking from implicit feedback (past orders), no ratings.', 'framing.ml-category');
    yes('Approach', '🟡 **Split:** tuning data come only from orders placed before the frozen test month, which nobody looks at until the end.', 'data.split-leakage');
  });

  it('"placeholder tokens" are a preprocessing step, not a template placeholder', () => {
    yes('Data', 'Part numbers in the text are replaced by placeholder tokens `⟦PN⟧` before tokenisation and restored afterwards.', 'data.features');
  });

  it('serving diagrams drawn with "─►" arrows are read like "→" ones', () => {
    yes('Serving', '```\nrequest ─► api gateway ─► forecast service (GPU) ─► feature store\n```', 'deployment.serving-architecture');
  });

  it('a step of a batch prediction pipeline built with the training code has no training/serving skew', () => {
    yes('Deployment', 'Batch prediction, nightly:\n\n1. Build features for all depots (same SQL used for the backtest training sets).\n2. Score all depots.', 'deployment.training-serving-skew');
    no('Deployment', 'Batch prediction, nightly:\n\n1. Build features for all depots.\n2. Score all depots.', 'deployment.training-serving-skew');
  });

  it('wordings: monitored score distributions, production accuracy per field, excluded identifiers, resident memory, censored regression, point-in-time features', () => {
    yes('Monitoring', "You'd monitor the daily distribution of scores and of the top five inputs, and alert on jumps.", 'monitoring.drift');
    yes('Monitoring', 'A random 1% of auto-filled invoices are re-entered blind every week to estimate production field accuracy per supplier.', 'monitoring.model-performance');
    yes('Requirements', 'The model only sees depot-day totals. No card numbers or account IDs enter the feature pipeline.', 'requirements.privacy-security');
    yes('Requirements', 'Footprint: model + lookup tables ≤ 6 MB download; ≤ 40 MB resident memory on the handheld.', 'requirements.budget-cost');
    yes('Framing', 'ML task: time until the part fails → censored (survival-style) regression, not a yes/no classifier.', 'framing.ml-category');
    yes('Framing', 'To us it is an object detector with a fixed contract: image in, boxes out.', 'framing.ml-category');
    yes('Data', 'For training we rebuild weather features from the forecast run that was available at the order time, not from later observations.', 'data.feature-backfill');
  });

  it('wordings: checks on the inputs, an A/B caption\'s lines, inverse-frequency class weights, cited evidence, "success is X per Y"', () => {
    yes('Monitoring', 'Input sanity: if the number of new orders ingested is below 50% of the 7-day average, the job pauses.', 'monitoring.data-quality');
    yes('Monitoring', '| Risk | Mitigation | Detection |\n|---|---|---|\n| Blurry scans | capture hints | image QA rejects (resolution < 900 px) tracked per app version |', 'monitoring.data-quality');
    yes('Evaluation', 'A/B:\n\n- unit = depot; each depot\'s orders split 50/50 into ctrl / treat arms by a hash of the order id.', 'evaluation.ab-test-plan');
    yes('Data', 'We weight the rare *urgent* and *cancelled* classes up in the loss, roughly in inverse proportion to their frequency.', 'data.class-imbalance');
    yes('Model', 'Every answer carries citations to the manual pages that support it, so a technician can see exactly which page produced a step.', 'model.interpretability');
    yes('Evaluation', 'Operationally, success is emergency orders per depot (target: from 9 to under 6 a month), compared with last year.', 'evaluation.online-metrics');
    yes('Model', 'Why not a GBDT? Fine for one target, but 2 heads + image embeddings → the NN wins; GBDT kept as the fallback.', 'model.selection-tradeoffs');
  });
});

/** The body of a short design doc, under any title: genres are told apart by their titles. */
const SEVEN_SECTIONS = ['## Requirements', '', 'p99 under 200 ms at 3k QPS; budget $20k/month.', '', '## Data', '', 'Two years of orders; labels are returns within 30 days.', '', '## Model', '', 'GBDT baseline, then a two-tower model trained with in-batch negatives.', '', '## Evaluation', '', 'Offline AUC; online A/B test on 10% of users for two weeks, primary metric conversion.', '', '## Deployment', '', 'Online scoring behind the checkout service, canary 5% then 50%.', '', '## Monitoring', '', 'Daily PSI on inputs; retrain weekly.', ''].join('\n');

describe('lint mechanisms (session 17: genres that are not designs)', () => {
  const design = SEVEN_SECTIONS;
  it('a hiring committee debrief, a datasheet, a glossary: not design docs, whatever sections they name', () => {
    // (a model card whose headings cover six of the seven sections is the system's write-up since
    // session 45, when reviewers of real38 and real39 called such cards design docs: see "session 45")
    for (const title of ['Hiring committee debrief — ML engineer, candidate 17', 'Datasheet: StreetSounds-2025', 'Glossary of ML system design terms']) {
      assert.equal(isDesignDoc(`# ${title}\n\n${design}`), false, title);
    }
    // a practice answer titled with the interview's feedback is still the answer
    assert.equal(isDesignDoc(`# Interview feedback: design a returns predictor\n\n${design}`), true);
    assert.equal(isDesignDoc(`# Returns predictor\n\n${design}`), true);
  });
});

describe('lint mechanisms (session 17: taken back, ruled out, put off)', () => {
  it('an answer taken back by the next paragraph ("Actually, scratch that — …") says nothing; the correction is the decision', () => {
    const body = 'My first plan: price every cart online behind an API with p99 under 40 ms.\n\nActually, scratch that — a nightly batch job is enough: prices are precomputed at midnight.';
    no('Serving', body, 'requirements.latency-p99');
    yes('Serving', body, 'deployment.online-vs-batch');
    yes('Serving', 'My first plan: price every cart online behind an API with p99 under 40 ms.\n\nThe cache in front of it holds the last price per cart.', 'requirements.latency-p99');
  });

  it('an A/B test skipped, "nothing to A/B", or an A/B of two settings of something else is no A/B plan', () => {
    no('Evaluation', 'About experiments: I would skip the A/B test for v1. Splitting the depots is hard to defend.', 'evaluation.ab-test-plan');
    no('Evaluation', '- Q: do we A/B this? A: nothing to A/B — it is an internal report.', 'evaluation.ab-test-plan');
    no('Evaluation', 'We also want to run an A/B comparison of the two label printer settings on two depots to see which prints sharper.', 'evaluation.ab-test-plan');
    yes('Evaluation', 'We run an A/B test of the two ranking models on 10% of depots for three weeks; primary metric is fill rate.', 'evaluation.ab-test-plan');
  });

  it('put off or left open: "we\'ll probably … at some point", "think about X after launch", "would be nice to", "Not decided.", "needs agreeing with"', () => {
    no('Evaluation', "- We'll probably A/B test this at some point once the platform team has capacity.", 'evaluation.ab-test-plan');
    no('Monitoring', "We'll think about drift and dashboards after launch — the pilot will tell us what to watch.", 'monitoring.drift');
    no('Model', '- **Explainability:** would be nice to show planners why the model flagged a depot (feature attributions).', 'model.interpretability');
    no('Model', '- Do planners need to see why a depot was flagged (feature attributions)? Not decided.', 'model.interpretability');
    no('Evaluation', '- ??? online metric — needs agreeing with Operations', 'evaluation.online-metrics');
    no('Monitoring', 'Ran out of time here. I said I would add the standard stuff — drift etc.', 'monitoring.drift');
    no('Monitoring', 'Retraining cadence and who signs off on a new model version: to discuss with the operations lead.', 'monitoring.retraining-plan');
  });
});

describe('lint mechanisms (session 17: choices, goals, guardrails, parity)', () => {
  it('a pick written as a label after a candidates table, or a "Why not X?" answered with reasons, compares models', () => {
    yes('Model', '| model | + | − |\n|---|---|---|\n| Moving average | trivial | no covariates |\n| Prophet per depot | seasonality built in | slow to fit 300 series |\n| Global GBDT | shares strength | needs lag features |\n\nChoice: global GBDT (one model, depot id as a feature).', 'model.selection-tradeoffs');
    yes('Model', '**Why not a deep sequence model over raw order history?** It would fit large depots well, but we have two years of weekly data per depot and would lose the ability to explain a forecast to planners.', 'model.selection-tradeoffs');
  });

  it('goals set by someone ("the board has set a goal of more X"), or under "What we want:"', () => {
    yes('Background', 'The county board has set a goal of more visits per registered member (currently 6 a year).', 'requirements.business-objective');
    yes('Background', 'What we want: planners only review the depots the model flags, so a season is planned in days and fewer stock-outs reach the shelves.', 'requirements.business-objective');
  });

  it('a counter-metric held "at equal or lower cost"; evidence stated to the user; features byte-identical on the device; a per-user last-month hold-out', () => {
    yes('Evaluation', 'Success means a lower stock-out rate at equal or lower total holding cost per depot.', 'evaluation.guardrail-metrics');
    yes('Model', 'Each suggestion states the evidence in plain words: "you reorder filters about every 6 weeks (5 of the last 6 orders)".', 'model.interpretability');
    yes('Deployment', 'The feature code is written once in Rust and shared, so the features the model is trained on are byte-identical to what the mobile app computes.', 'deployment.training-serving-skew');
    yes('Evaluation', 'Offline: hold out each member\'s last month of visits; report recall@10 against the popularity baseline.', 'data.split-leakage');
  });
});

describe('lint mechanisms (session 17: second round of blind sets)', () => {
  it('a diff block holding the design is read: kept and added lines count, removed ones do not', () => {
    const diff = ['```diff', '~ Latency: p99 scoring latency 150 ms → 90 ms (checkout path)', '+ Throughput: peak 2,400 orders/s, average ~700/s', '- Drift: weekly PSI on the top features, alert above 0.2', '-        (dropped: the platform team owns it now)', '```'].join('\n');
    yes('Requirements', diff, 'requirements.latency-p99');
    yes('Requirements', diff, 'requirements.throughput-qps');
    no('Requirements', diff, 'monitoring.drift');
  });

  it('a decimal outline without list markers ("2 Framing", "2.1 …", "2.1.1 …") reads as sections and items', () => {
    const text = ['# Depot parts forecast (outline)', '', '1 Purpose', '1.1 Parts run out at the depots about twice a month.', '1.2 Objective: cut emergency orders by 30% within a year.', '', '2 Monitoring', '2.1 Inputs', '2.1.1 Weekly PSI per input feature; alert above 0.25.', '2.2 Retraining', '2.2.1 Retrain monthly on a rolling 24 months.', ''].join('\n');
    const r = lint(text, { force: true });
    assert.equal(r.sections.find((x) => x.id === 'requirements')?.line, 2);
    assert.equal(r.sections.find((x) => x.id === 'monitoring')?.line, 6);
    assert.equal(r.items.find((i) => i.id === 'monitoring.drift')?.present, true);
    assert.equal(r.items.find((i) => i.id === 'monitoring.retraining-plan')?.present, true);
    // numbered paragraphs with a blank line between them stay paragraphs, never code blocks
    const paras = ['# Parts', '', '## 4.3 Losses', '', '4.3.1 **Ranker:** pairwise logistic loss on (query, part) pairs with the', 'hard negatives appended to each batch.', '', '4.3.2 **Classifier:** binary cross-entropy, positive weight 4.', '', '4.3.3 **Tuning:** grid over the learning rate.', ''].join('\n');
    assert.equal(lint(paras, { force: true }).items.find((i) => i.id === 'model.loss-function')?.present, true);
  });

  it('a request for proposals, a tutorial and a tools review are not design docs', () => {
    const design = SEVEN_SECTIONS;
    for (const title of ['Request for Proposals: returns prediction service', 'Tutorial: your first model registry with MLflow', 'I tried three feature stores so you don\'t have to']) {
      assert.equal(isDesignDoc(`# ${title}\n\n${design}`), false, title);
    }
  });

  it('"Q: …? → answer" is answered on its line; results "within 30 s of submitting" are a latency target', () => {
    yes('Clarifying questions', '- Q: Do we need a "try it in your kitchen" AR view? → No, out of scope.', 'requirements.scope-functional');
    no('Clarifying questions', '- Q: Do we need a "try it in your kitchen" AR view?', 'requirements.scope-functional');
    yes('Requirements', 'Non-functional:\n\n- Suggested grades should be available to the tutor within 20 seconds of the learner submitting.', 'requirements.latency-p99');
    no('Data', '- Label: the first open within 48 hours of a send.', 'requirements.latency-p99');
  });

  it('parity through a nightly job or a single library; checks on audio, focus and feature vectors', () => {
    yes('Deployment', 'The depot-level stats are calculated by the same SQL definitions for both the nightly batch feature job and the training set builder.', 'deployment.training-serving-skew');
    yes('Deployment', 'Tile preprocessing is a single C++ library used both by the training data export and by the edge runtime.', 'deployment.training-serving-skew');
    yes('Monitoring', 'Before scoring, every recording goes through audio checks: decodable, duration ≥ 10 s, not silence.', 'monitoring.data-quality');
    yes('Monitoring', 'Camera health: the focus score is checked on each frame; below the calibrated threshold a "clean lens" message appears.', 'monitoring.data-quality');
    yes('Monitoring', 'Inputs: validation on the feature vector (GPS age < 60 s, counts not negative); invalid features fall back and are counted.', 'monitoring.data-quality');
  });

  it('left to others or to later: "Need to confirm with legal whether …", "we will think about X later", "— think about later"', () => {
    no('Requirements', 'Need to confirm with legal whether the model touches the consent store.', 'requirements.privacy-security');
    no('Evaluation', 'Online: we will think about the right online metrics later, once tutors use it.', 'evaluation.online-metrics');
    no('Monitoring', '* drift / monitoring — think about later, after the pilot', 'monitoring.drift');
    yes('Monitoring', '* drift: weekly PSI on the top 20 inputs, alert above 0.2', 'monitoring.drift');
  });

  it('a web "page" is not paging; a bare "Monitor model performance."; a section "with more time"; an A/B of a page layout', () => {
    no('Requirements', '- Latency: low latency, the page has to load fast.', 'monitoring.operational-metrics');
    yes('Monitoring', '- p99 latency and 5xx rate on a dashboard; errors above 1% page the on-call.', 'monitoring.operational-metrics');
    no('Monitoring', '- Monitor model performance.', 'monitoring.model-performance');
    yes('Monitoring', '- Weekly precision of flagged orders from a 200-order audit sample, on a dashboard.', 'monitoring.model-performance');
    const more = ['# Parts', '', '## Stuff I would add with more time', '', '- SHAP summaries per depot so planners can see why a forecast jumped', ''].join('\n');
    assert.equal(lint(more, { force: true }).items.find((i) => i.id === 'model.interpretability')?.present, false);
    no('Evaluation', 'Design is also running an A/B of the results layout (grid vs. carousel) — that is their call.', 'evaluation.ab-test-plan');
    assert.equal(isDesignDoc(`# ML interview prep checklist\n\n## Requirements\n\n- [ ] p99 latency, QPS\n\n## Data\n\n- [ ] labels, splits\n\n## Model\n\n- [ ] baselines\n\n## Evaluation\n\n- [ ] offline vs online metrics\n\n## Deployment\n\n- [ ] batch vs online\n\n## Monitoring\n\n- [ ] drift\n`), false);
  });

  it('typical work docs: spot capacity, periods in time order, sources shown for why, graded production samples, sync lag, "most likely to"', () => {
    yes('Deployment', 'Inference is partitioned by region and runs on spot instances; the step takes ~40 min.', 'deployment.scaling-efficiency');
    yes('Model', 'Train on orders in 2022–2023, validate on orders in Q1 2024; no random splitting.', 'data.split-leakage');
    yes('Model', 'Trust: every answer shows its sources so users can check why the assistant said something.', 'model.interpretability');
    yes('Monitoring', '- Quality: weekly sample of 50 production answers graded by two reviewers; thumbs-down rate trend.', 'monitoring.model-performance');
    yes('Monitoring', '- Index: document counts per source, sync lag.', 'monitoring.data-quality');
    yes('Framing', '- Retrieval: return the passages most likely to answer the question.', 'framing.ml-objective');
    assert.equal(isDesignDoc('# Model review — returns predictor, 6 weeks after launch\n\n## Requirements\n\np99 200 ms.\n\n## Data\n\nOrders.\n\n## Model\n\nGBDT.\n\n## Evaluation\n\nAUC 0.81 offline; conversion +1.2% in the A/B test.\n\n## Deployment\n\nOnline.\n\n## Monitoring\n\nPSI weekly.\n'), false);
  });

  it('"TBD (talk to the CRM team)" after a long label, "…, but we will see", "Maybe … in phase 2 / later" commit to nothing', () => {
    no('Deployment', 'Where the scores land and how the campaign tool picks them up: TBD (talk to CRM team).', 'deployment.serving-architecture');
    no('Monitoring', 'Later. Probably needs retraining when recipes change, but we will see.', 'monitoring.retraining-plan');
    no('Model', '- Maybe add SHAP explanations for the call-centre agents in phase 2 so they know what to talk about.', 'model.interpretability');
    no('Evaluation', 'Maybe an A/B test of prompt variants later, once traffic is stable.', 'evaluation.ab-test-plan');
    yes('Model', '- SHAP explanations for the call-centre agents so they know what to talk about.', 'model.interpretability');
  });

  it('a question asked in parentheses is an aside, not a question around the sentence; "mention if time" defers', () => {
    yes('Model', 'We train LightGBM with binary cross-entropy (focal?) on 30 days of clicks.', 'model.loss-function');
    no('Model', 'Model not decided yet. Probably some anomaly detection method (isolation forest? autoencoder?), tuned on last year.', 'framing.ml-category');
    no('Deployment', '- tr/serv skew? (normalizer same lib?) — mention if time', 'deployment.training-serving-skew');
  });

  it('work docs, third round: a design doc titled as one, goals "by N%", PII not used as features, one feature package, dense retrieval, highlighted tokens', () => {
    assert.equal(isDesignDoc(`# ML Design Doc: Personalised onboarding checklist\n\n${SEVEN_SECTIONS}`), true);
    yes('Requirements', 'Reduce support contact volume by 15% and penalty credits by 10% in 12 months.', 'requirements.business-objective');
    yes('Requirements', 'Recipient name, address and phone are not used as features; address is reduced to a geohash.', 'requirements.privacy-security');
    yes('Deployment', 'The feature package is the only place features are built, called by the backtest harness and by production.', 'deployment.training-serving-skew');
    yes('Approach', 'Dense retrieval. Split code into chunks, embed chunks and queries into the same vector space.', 'framing.ml-category');
    yes('Model', 'Moderators get the top label and the highlighted tokens that drove the score (attention-rollout) so they decide faster.', 'model.interpretability');
  });

  it('wiki links are links, not placeholders; "Label = …" defines the label; "Online:" right after "Offline:"', () => {
    yes('Data', 'Label = parts_used_qty for closed work orders; cancelled orders are dropped (see [[Open questions]]).', 'data.labels');
    yes('Notes', '**model**: GBDT on depot-week rows.\n\n- offline: WAPE per depot, backtest on 2024\n- online: technician call-outs per depot per month vs control depots', 'evaluation.online-metrics');
  });
});

describe('lint mechanisms (session 18)', () => {
  it('a question followed by a note to ask someone is still open ("retrain monthly?? — ask")', () => {
    no('Monitoring', 'drift?? retrain monthly?? — ask', 'monitoring.retraining-plan');
    no('Requirements', 'QPS? — need to check with the infra team', 'requirements.throughput-qps');
    yes('Requirements', 'QPS? — about 3k at peak, 800 on average.', 'requirements.throughput-qps');
    yes('Monitoring', 'Retrain monthly? Yes, on the last 90 days, after a validation gate.', 'monitoring.retraining-plan');
  });

  it('a "Goal:" that is the business goal or a "Target:" that is a number is not the ML objective; one that frames the task is', () => {
    no('Requirements', 'Goal: increase bookings by 3% this year.', 'framing.ml-objective');
    no('Requirements', '- Target: search endpoint p95 < 200 ms on the current database box.', 'framing.ml-objective');
    yes('Framing', 'Goal: predict which trial users convert within 30 days.', 'framing.ml-objective');
    yes('Framing', '| Field | Value |\n| --- | --- |\n| Target | Units sold per store and day, for the next 14 days |', 'framing.ml-objective');
    yes('Overview', '| | |\n| --- | --- |\n| Goal | Shorten time to first reply by routing each new email to the right team queue |', 'framing.ml-objective');
  });

  it('a clause before a comma does not negate a main verb after it; boxes for a class, "optimise for accuracy", "the most likely X" frame the task', () => {
    yes('Framing', '- for each pair of members not yet connected, predict P(invite sent and accepted within 14 days).', 'framing.ml-objective');
    no('Monitoring', 'No mention of drift, retraining or alerts.', 'monitoring.retraining-plan');
    yes('Framing', '- object detection: boxes for "crack" and "rust" on each inspection photo', 'framing.ml-objective');
    yes('Framing', 'We optimise for exact-match accuracy of the extracted (field, value) pairs.', 'framing.ml-objective');
    yes('Framing', 'The matcher produces the most likely canonical address for each raw input line.', 'framing.ml-objective');
  });

  it('typical answers, round 5: italic template instructions, "that\'s the label", class_weight, tuning by CV, GenAI task categories', () => {
    no('Privacy', '*Describe PII handling, consent and data retention for this feature.*', 'requirements.privacy-security');
    no('Monitoring', '_Outline drift detection, alert thresholds and owners._', 'monitoring.drift');
    yes('Data', 'We export 9,000 resolved chats with the reason code the agent picked when closing the chat. That is our label.', 'data.labels');
    yes('Data', 'Set class_weight="balanced" so the two rare intents are not drowned out.', 'data.class-imbalance');
    yes('Model', 'Regularisation strength picked with 5-fold CV on the training weeks.', 'model.training');
    yes('Framing', 'This is semantic parsing: map (question, schema) to one SQL query.', 'framing.ml-category');
    yes('Approach', 'An image generation model (latent diffusion) fills the background around the product cut-out.', 'framing.ml-category');
  });

  it('round 5: ramps written as "N% of X …, then M%", event-triggered scoring, "batch is enough — no online serving"', () => {
    yes('Launch', 'Beta to 3% of paying teams for ten days, then 30%, then everyone.', 'deployment.rollout-strategy');
    no('Data', 'We train on 80% of the weeks, then test on the rest.', 'deployment.rollout-strategy');
    yes('Serving', 'Scoring has to happen when the claim is submitted, so the adjuster sees the flag on first open.', 'deployment.online-vs-batch');
    yes('Serving', 'We classify each message as soon as the message arrives, in the ingestion worker.', 'deployment.online-vs-batch');
    no('Serving', 'Checklist is built once when the account is created (batch or online?).', 'deployment.online-vs-batch');
    no('Data', 'Labels arrive when the dispute is filed, 30–90 days later.', 'deployment.online-vs-batch');
    yes('Serving', 'Prices change weekly, so a weekly batch job is enough — no online inference needed.', 'deployment.online-vs-batch');
  });

  it('round 5: word senses — survey baselines, backfill roles, grey "shadow" text, A/B of a form, guardrails that filter', () => {
    no('Context', 'The 2023 baseline commuter survey gives modal share per district.', 'model.baseline');
    no('Goals', '- Satisfaction: NPS baseline from the last survey is 31; leadership wants it higher.', 'model.baseline');
    no('Features', 'A req is either a new role or a backfill (replacing someone who left); backfill roles close faster, so the req type is a feature.', 'data.feature-backfill');
    no('Product', 'The top suggestion appears as grey "shadow" text in the search box; Tab accepts it.', 'deployment.rollout-strategy');
    no('Context', 'Note: growth is running an A/B test on the signup form right now (variant A asks for the phone number first).', 'evaluation.ab-test-plan');
    no('Serving', 'Guardrails in the request path: a parser rejects any statement that is not a single SELECT.', 'evaluation.guardrail-metrics');
    yes('Experiment', '- Guardrails: p95 latency, suggestion dismiss rate, extension uninstall rate.', 'evaluation.guardrail-metrics');
  });

  it('round 5: put off with legal, a label that declines, "X maybe, or just Y", a question answered by "need to check"', () => {
    no('Privacy', 'Recordings are sensitive. Privacy matters and we should think about it with the legal team before launch.', 'requirements.privacy-security');
    no('Requirements', '- HIPAA / privacy: TBD, ask legal', 'requirements.privacy-security');
    yes('Requirements', '| Privacy | no patient-level data in features or logs |', 'requirements.privacy-security');
    no('Model', '- Loss: triplet loss maybe, or just softmax over the classes.', 'model.loss-function');
    no('Scale', '- Catalogue: maybe 20M+ tracks? need to check', 'requirements.scale');
  });

  it('round 5, take-homes: XGB is a model not "X GB", a results table with any metric column, text-tree pipelines, "same modules as training", "<name> = 1 if", forecasts as issued', () => {
    yes('Offline results', '| model | precision | recall | PR-AUC |\n| --- | --- | --- | --- |\n| XGB all features | 0.90 | 0.71 | 0.84 |', 'evaluation.offline-metrics');
    no('Offline results', '| model | precision | recall |\n| --- | --- | --- |\n| rules | 0.62 | 0.55 |', 'evaluation.offline-metrics');
    yes('Deployment', '```\nCron (every hour)\n   ├─ pull orders from the warehouse as of run time\n   ├─ features (same SQL modules as the training backfill)\n   └─ write scores to Postgres\n```', 'deployment.training-serving-skew');
    yes('Serving', 'The image preprocessing library is the same C++ package used to build the training crops.', 'deployment.training-serving-skew');
    yes('Data', 'Each lead gets converted = 1 if an opportunity reaches the Discovery stage within 90 days.', 'data.labels');
    yes('Features', 'Training uses only the rain forecasts as they were issued on the previous evening.', 'data.feature-backfill');
    yes('Framing', 'Forecast the number of calls per queue for each of the next 14 days.', 'framing.ml-objective');
    assert.equal(isDesignDoc('# What I learned failing 4 ML system design interviews\n\n## 1. Clarify requirements first\n\nI jumped to models.\n\n## 2. Frame the problem\n\nx\n\n## 3. Data\n\nLabels come late.\n\n## 4. Model\n\nx\n\n## 5. Evaluation\n\nA/B.\n\n## 6. Serving\n\nx\n\n## 7. Monitoring\n\nDrift.\n'), false);
  });

  it('round 5, work docs and GenAI designs: quantile "P50 model", correlation pruning, row subsampling, "probably X, need to check", GenAI metrics, click/tap rates, retention rules, diagrams with an LLM judge', () => {
    no('Explainability', 'SHAP values are computed for the P50 model (TreeSHAP, ~20 min extra per run) and stored with the forecast.', 'requirements.latency-p99');
    no('Data', '- Bureau: ~250 attributes reduced to 70 by IV filtering and correlation pruning.', 'deployment.scaling-efficiency');
    yes('Serving', 'We prune 30% of the attention heads and quantize the encoder to int8.', 'deployment.scaling-efficiency');
    no('Training', 'rows: ~1.8M series × 300 origins, subsampled to ~400M rows (1 in 4 origins)', 'data.class-imbalance');
    no('Privacy', 'Member data — HIPAA? (we are in the EU so probably GDPR, need to check with the DPO). TBD.', 'requirements.privacy-security');
    yes('Evaluation', '- Unsupported-claim hallucination rate on the 400-item golden set: target < 2%.', 'evaluation.offline-metrics');
    yes('Approach', 'We compare prompts by pass@1 on 300 held-out tasks.', 'evaluation.offline-metrics');
    no('Intro', 'We wer going to do this for the shop.', 'evaluation.offline-metrics');
    yes('Evaluation', '- After launch, look at how often people tap a suggestion (suggestion click rate).', 'evaluation.online-metrics');
    yes('Privacy', 'Children get a stricter filter and we do not keep chat transcripts after the recap; adult transcripts are kept for 30 days and then deleted.', 'requirements.privacy-security');
    no('Data', 'Raw events are kept for 13 months in the warehouse.', 'requirements.privacy-security');
    yes('Serving', '```mermaid\nflowchart TB\n  P[New comment] --> E[Encoder scoring<br/>GPU pool]\n  E -->|uncertain| Q[(Async queue)]\n  Q --> L[LLM judge]\n  L --> H[Human review]\n```', 'deployment.serving-architecture');
  });

  it('round 5, answers by non-native writers: "did not give", privacy waved away, an A/B of a form to its sentence end, default hyperparameters, "when user …, show …"', () => {
    no('Feedback', '- I did not give baseline', 'model.baseline');
    no('Requirements', '**Privacy.** Reviews are public anyway, so no privacy problem here.', 'requirements.privacy-security');
    yes('Requirements', 'Privacy: no privacy issue because user ids are hashed and PII is dropped before training.', 'requirements.privacy-security');
    no('Experiment', '- Product team already made A/B of the signup form (variant A short form, variant B long form), variant B won. New model launches after.', 'evaluation.ab-test-plan');
    yes('Experiment', 'We ran an A/B of two layouts last year. For the model we run an A/B test: 50/50 by user for 2 weeks on CTR.', 'evaluation.ab-test-plan');
    no('Model', '- Hyperparameters: default first.', 'model.training');
    yes('Requirements', '- when user write new answer, before he click "post", show 3 similar answers from the archive', 'requirements.scope-functional');
    no('Data', 'When the user clicked, we log the event.', 'requirements.scope-functional');
  });

  it('round 5, drafts: "maybe also try X", "— get from the dashboards", "might be worth … if there is time", "their experiment, not ours"', () => {
    no('Model', 'Roughly the above; maybe also try fine-tuning the image encoder end-to-end. Need to benchmark.', 'model.training');
    no('Requirements', 'Throughput: XX orders/sec at peak — get from the checkout dashboards.', 'monitoring.operational-metrics');
    no('Notes', 'The clinic team ran a survey in March; might be worth re-running it after the pilot at some point, if there is time.', 'deployment.rollout-strategy');
    no('Context', 'Note: marketing is running an A/B test on the signup form right now (variant A = email first, variant B = phone first). That is their experiment, not ours, but it changes the flow.', 'evaluation.ab-test-plan');
    yes('Rollout', 'Pilot in 2 clinics for 4 weeks, then all 12 if no-show calls go up.', 'deployment.rollout-strategy');
  });

  it('round 6: a time of day is no traffic count, cheat sheets are not designs, clinical baselines, "the A/B onboarding", an A/B test on a page that designs an experiment', () => {
    no('Clarifications', '- Traffic: big peak around lunch (12–2 pm), much lower at night.', 'requirements.throughput-qps');
    yes('Requirements', '- Traffic: ~2k requests/s at peak (7–9 pm).', 'requirements.throughput-qps');
    assert.equal(isDesignDoc(`# Cheat Sheet: Offline vs Online Metrics by Problem Type\n\n${SEVEN_SECTIONS}`), false);
    no('Features', '- Labs at discharge: potassium, baseline creatinine vs discharge creatinine', 'model.baseline');
    no('Product', 'The app has two sign-up flows, "A" and "B" (we call it the A/B onboarding), with different photo screens.', 'evaluation.ab-test-plan');
    yes('Experiment', 'A/B test on the product page and checkout: 50/50 split by visitor id, 3 weeks, primary metric conversion.', 'evaluation.ab-test-plan');
    no('Model', 'We also want an A/B comparison of the two lens settings the vendor offered (A: 1/1000 s, B: 1/2000 s).', 'evaluation.ab-test-plan');
  });

  it('round 6, team one-pagers: italic topic lists and instructions, batch runs with the other mode ruled out, mode captions, ramps "then everywhere", "objective for this project", today\'s latency, declined questions', () => {
    no('Monitoring', '_Data drift, model performance, operational metrics, retraining cadence_', 'monitoring.drift');
    no('Data', 'Features: _list features and how they are processed_', 'data.features');
    yes('Serving', 'Daily batch run at 05:00 before shops open; the output is a ranked list per shop. No online calls.', 'deployment.online-vs-batch');
    yes('Serving', 'Streaming, scored every minute per active sensor.', 'deployment.online-vs-batch');
    yes('Serving', 'Both online and event-driven:\n\n1. Extraction done, then the matcher worker scores the invoice.', 'deployment.online-vs-batch');
    yes('Launch', '- Week 3: all agents in Austria, then everywhere from week 5 if support tickets look sane.', 'deployment.rollout-strategy');
    no('Data', 'We train on last year, then all other stores.', 'deployment.rollout-strategy');
    yes('Goals', 'The objective for this project is more buyer inquiries per listing.', 'requirements.business-objective');
    no('Questions', '5. What latency is acceptable? Current search takes ~600 ms end to end and people complain.', 'requirements.latency-p99');
    yes('Requirements', 'Search currently takes 600 ms; target p95 under 200 ms.', 'requirements.latency-p99');
    no('Monitoring', '- Model performance: we will think about tracking precision once we have seen how the first months go.', 'monitoring.model-performance');
    no('Explainability', '**Can we explain to users why they got the alert at that time?** Not planned.', 'model.interpretability');
    no('Framing', 'Classification or regression? Leaning towards classification because it is simpler.', 'framing.ml-category');
    yes('Framing', 'Classification or regression? Classification: stock-out within 7 days, yes/no.', 'framing.ml-category');
  });

  it('round 7, terse interview notes: plain section lines over lists, numbered setext titles, "retrain weekly", abbreviations, Python settings, metric baselines, "ignore for now", "— standard stuff"', () => {
    const terse = ['video search', '', 'reqs??', '- text only? voice?', '', 'data', '- (query, clicked video) pairs from search logs', '', 'model', '- text encoder + video encoder, contrastive loss', '', 'eval', '- MRR, recall@k offline; online CTR', '', 'serve', '- ANN index (faiss)', ''].join('\n');
    assert.equal(isDesignDoc(terse), true);
    const setext = ['# ad ctr', '', '1. reqs', '--------', '- p99 < 50 ms, 100k qps peak', '', '2. data', '--------', '- impressions + clicks, 30 min window', '', '3. model', '--------', '- DCN', '', '4. monitoring', '-------------', '- calibration per segment, hourly', ''].join('\n');
    assert.equal(lint(setext, { force: true }).items.find((i) => i.id === 'monitoring.model-performance')?.present, true);
    yes('Monitoring', '- retrain weekly', 'monitoring.retraining-plan');
    no('Monitoring', '- retrain?', 'monitoring.retraining-plan');
    yes('Model', '- lgbm lambdarank, tune lr / num_leaves on the val week', 'model.training');
    yes('Eval', '- ab 2wk 50/50 by user, control = current email', 'evaluation.ab-test-plan');
    no('Intro', 'We fetched the ab 2 data.', 'evaluation.ab-test-plan');
    yes('Eval', '- also watch cancellation rate in the test', 'evaluation.guardrail-metrics');
    yes('Eval', '- without pushing unsubscribes up -> unsub rate', 'evaluation.guardrail-metrics');
    yes('Requirements', '- ~2k CPU servers today; new model must fit in ≤ +15% compute', 'requirements.budget-cost');
    yes('Model', '```python\nimport torch\nloss = bce(y, sigmoid(logit), weight=w)\n```', 'model.loss-function');
    no('Model', '```python\nx = 3\nprint(x)\n```', 'model.loss-function');
    no('Requirements', '* baseline: open rate 22%, click 2.1% on the current email', 'model.baseline');
    yes('Model', '- baseline: popularity ranker (top sellers per category)', 'model.baseline');
    no('Evaluation', '- creative A/B: advertisers test creative variants A vs B -> ignore for now', 'evaluation.ab-test-plan');
    no('Monitoring', '- retrain, drift, etc. — standard stuff', 'monitoring.retraining-plan');
    no('Evaluation', '- online: win rate, CPM paid, spend vs budget', 'evaluation.offline-metrics');
  });

  it('round 7, prose-heavy docs: "still to be agreed", "is open", "ideally we would", "an ongoing debate", "would be nice to have", "somehow"; retrospectives and chapter notes are not designs', () => {
    no('Evaluation', 'We should measure the ranking quality somehow before launch, but the right offline metric is still to be agreed.', 'evaluation.offline-metrics');
    no('Model', 'Which model to use is open. Gradient boosting is one candidate.', 'model.selection-tradeoffs');
    no('Evaluation', 'Ideally we would A/B test this, but how to do that without confusing agents is a question for another team.', 'evaluation.ab-test-plan');
    no('Model', 'Explainability would be nice to have, maybe SHAP values for the plant managers.', 'model.interpretability');
    no('Framing', 'There is an ongoing debate on the team about whether we should instead be estimating the remaining useful life of each press.', 'framing.ml-objective');
    yes('Evaluation', 'Offline: AUC on the last month, target 0.8; the threshold is open.', 'evaluation.offline-metrics');
    assert.equal(isDesignDoc(`# Three feature stores, one migration: what we learned\n\n${SEVEN_SECTIONS}`), false);
    assert.equal(isDesignDoc(`# Chapter 7 — Event recommendations (notes)\n\n${SEVEN_SECTIONS}`), false);
    assert.equal(isDesignDoc(`# Event recommendations\n\n${SEVEN_SECTIONS}`), true);
  });

  it('round 7, filled-in scaffolds: a label naming the item with a value that declines it, "we take a fee", a leakage split is not a data check, drops counted before inference, ingestion validation, "pros/cons later"', () => {
    no('Data', '- **Point-in-time feature backfill:** n/a — the model takes pixels only, nothing to backfill.', 'data.feature-backfill');
    no('Model', '- **Interpretability:** not needed for v1; nobody reads per-prediction explanations here.', 'model.interpretability');
    yes('Data', '- Backfill: no feature computed after the label time; point-in-time joins in the feature store.', 'data.feature-backfill');
    yes('Evaluation', '- Counter-metrics: skip rate of added tracks in the next 7 days.', 'evaluation.guardrail-metrics');
    yes('Monitoring', '- Data quality: skip episodes where mean ASR confidence < 0.6; validate the chapter output.', 'monitoring.data-quality');
    no('Goals', '- **Business objective:** sell more tickets (we take a fee per paid ticket).', 'framing.io-spec');
    yes('Framing', 'Takes the last 20 watched videos as input, outputs a ranked list.', 'framing.io-spec');
    no('Data', '- Split: 80/10/10 by city, so near-duplicate views of the same face never land in both train and test.', 'monitoring.data-quality');
    yes('Data', 'Frames that are black or without a GPS fix are dropped before inference and counted in the nightly report.', 'monitoring.data-quality');
    yes('Monitoring', '- **Catalogue health**: ingestion validates every listing on import; empty titles and missing prices are flagged.', 'monitoring.data-quality');
    no('Model', '- GNN vs. GBDT on hand-made pair features — pros/cons later', 'model.selection-tradeoffs');
  });

  it('round 7 leftovers: a reason code that is a data field, "power loss", a Flink checkpoint, "parameters tuned on months 1–6"', () => {
    no('Data', '- User reports with reason code "duplicate".', 'model.interpretability');
    yes('Model', 'Every decline comes with reason codes for the adverse-action notice.', 'model.interpretability');
    no('Features', '- compressor current mean and share of time at zero (power loss signature);', 'model.loss-function');
    no('Monitoring', '- **Pipeline health:** Kafka consumer lag and Flink checkpoint age on Grafana; page the on-call.', 'model.training');
    yes('Training', 'Warm-start from yesterday\'s checkpoint, 2 epochs on the new day.', 'model.training');
    yes('Evaluation', 'Offline backtest on the last 12 months (walk-forward; parameters tuned on months 1–6 only, evaluated on months 7–12).', 'model.training');
  });

  it('prose: a retraining plan needs its detail in its own sentence, the next, or the one "then" points back to', () => {
    no('Operating it', 'Once the model is live it will need looking after. Machines get overhauled and production schedules change. The model will be retrained when needed. We will also keep an eye on the sensors.', 'monitoring.retraining-plan');
    no('Operating it', 'Shopping habits change with the seasons and with the offers each week, so the model must stay fresh. We will retrain it regularly.', 'monitoring.retraining-plan');
    yes('Operating it', 'We retrain the ranker. It runs weekly on the last 90 days of clicks.', 'monitoring.retraining-plan');
    yes('After the season', 'When harvest data arrives we compare every weekly forecast with the realised yield. The model is then retrained on all years including the new one.', 'monitoring.retraining-plan');
  });
});

describe('lint mechanisms (session 19)', () => {
  it('public docs, round 2: evaluation is not monitoring, error bands are not a ramp, an API endpoint serves online, "determine if" frames the task, a paragraph of options "we did not implement"', () => {
    no('Document selection', '- compare model performance with AUC / ROC', 'monitoring.model-performance');
    no('Metrics', 'Online metrics will measure the performance of the larger system that uses the linker. (A/B experiments)', 'monitoring.model-performance');
    yes('Operations', 'We compare model performance (AUC on last week labels) daily against the training baseline.', 'monitoring.model-performance');
    no('Evaluation', 'Models are scored on the share of predictions within 5%, 10%, 15%, 20%, 25% and 30% of the true values.', 'deployment.rollout-strategy');
    yes('Rollout', 'Traffic 5% → 25% → 100%, rolled back if the error rate rises.', 'deployment.rollout-strategy');
    yes('Deployment', 'We expose the model as the API endpoint for the GET requests: recommend/<userid>, implemented in Flask.', 'deployment.online-vs-batch');
    yes('Service', 'The service keeps the model in memory, making predictions in response to incoming requests.', 'deployment.online-vs-batch');
    no('Notes', 'In response to the requests from legal, we removed names.', 'deployment.online-vs-batch');
    yes('Goal', 'The primary role of the project is to determine if a case status would be approved or denied.', 'framing.ml-objective');
    yes('Intro', 'Our project aims to determine the chances of a case being approved or denied, based upon the data from 2015-2020.', 'framing.ml-objective');
    yes('Success metrics', 'An ensemble model which, after training, predicts resale flat prices within $50,000 of the actual price.', 'framing.ml-objective');
    no('Login', 'The service should determine if the session is valid.', 'framing.ml-objective');
    no('Discussion', 'We deliberated on scaling: a load balancer could spread requests, and we can use caching for popular users. It is to be noted that we did not implement their resolutions.', 'deployment.scaling-efficiency');
    yes('Serving', 'We cache the top 1,000 users. We did not implement sharding, since one node suffices.', 'deployment.scaling-efficiency');
  });

  it('public docs, words in another sense: a car drifting, a CNN subsampling, rows as "instances", "Page 2 - Machine learning", system cost, feature cardinality, "% of time"', () => {
    no('Motivation', 'Lane detection could alert an inattentive driver when they drift from their lane.', 'monitoring.drift');
    yes('Monitoring', 'Alert when the input distribution drifts from the training window (PSI > 0.2).', 'monitoring.drift');
    no('Model', 'I could use larger strides/subsamples, or larger pooling, to cut parameters.', 'data.class-imbalance');
    yes('Data', 'Fraud is 0.3% of rows, so we subsample the legitimate class to 10%.', 'data.class-imbalance');
    no('Data', 'We have 0 instances of a city without a state.', 'requirements.budget-cost');
    no('Plan', '- Deploy Web Page 2 - Machine learning model with outcome prediction in Streamlit.', 'requirements.budget-cost');
    yes('Constraints', 'We run 3 instances of the scorer behind the load balancer.', 'requirements.budget-cost');
    yes('Constraints', 'The model must require under 12gbs of RAM to train and serve.', 'requirements.budget-cost');
    no('Approach', 'Only use complex models at the last stage. This keeps computation cost in check for a large search system.', 'requirements.business-objective');
    no('Scenario', 'This scenario prefers a model with lower training cost, lower inference time, and smaller size.', 'requirements.business-objective');
    yes('Goals', 'We want to cut fraud losses and support cost by 20%.', 'requirements.business-objective');
    no('Data', 'business_type is messy: in US data alone there are 6.7k unique values.', 'requirements.scale');
    yes('Data', 'The data has 901,116 resale transactions.', 'requirements.scale');
    no('Evaluation', 'SR@K: % of time the intended query is in the top K completions, estimated from the prefix eval set.', 'data.split-leakage');
    yes('Data', 'The test set is the last 30 days; training uses everything before.', 'data.split-leakage');
  });


  it('a how-to that talks to its reader and works examples under their own headings is a guide, not a design', () => {
    const guide = [
      '# How to approach an ML design round',
      '',
      '## Requirements',
      '',
      'The first thing you want to do is ask questions, so that you know what the interviewer expects.',
      '',
      '### Example 1',
      '',
      'Say you are asked for a product search ranker. You may want to ask whether it is a general engine or one shop.',
      '',
      '## Metrics',
      '',
      'You should pick offline metrics (AUC, NDCG) and online metrics (CTR). Your choice depends on the product.',
      '',
      '### Example: a feed',
      '',
      'If you rank a feed, you would measure engagement online and log loss offline.',
      '',
      '## Model',
      '',
      'Start with a baseline you can explain, then a GBDT; you can add a neural ranker later.',
      '',
      '## Serving',
      '',
      'Decide whether you score online or in batch; you will be asked about latency.',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(guide), false);
    // one worked example in a design that also says "you" stays a design
    const design = SEVEN_SECTIONS.replace('## Data', '### Example request\n\nYou send the basket; you get a score back. You can retry; you should not cache. You will see a 200.\n\n### Example response\n\nA JSON body.\n\n## Data');
    assert.equal(isDesignDoc(`# Returns predictor\n\n${design}`), true);
  });
  it('a short question answered on its own line labels its answer ("Baseline? Logistic regression on counts.")', () => {
    yes('Model', 'Baseline? Logistic regression on counts.', 'model.baseline');
    yes('Model', '- Is there a baseline? Popularity by genre, last 30 days.', 'model.baseline');
    yes('Serving', 'Batch or online? Batch, nightly.', 'deployment.online-vs-batch');
    yes('Serving', '- Online vs batch? online (p99 < 100 ms)', 'deployment.online-vs-batch');
    // a declined, hedged, objected or musing answer labels nothing
    no('Model', 'Baseline? None yet.', 'model.baseline');
    no('Model', 'What baseline should we use? I would ask the interviewer.', 'model.baseline');
    no('Serving', '- scale horizontally? probably.', 'deployment.scaling-efficiency');
    no('Evaluation', '- A/B test? I guess yes, but not sure how to size it.', 'evaluation.ab-test-plan');
    no('Evaluation', '- MAE on won auctions? but that is biased', 'evaluation.offline-metrics');
    // a guide's question with examples or an instruction after it is no answer
    no('Requirements', '- What are the success criteria? (increased customer engagement, revenue, or reduced cost)', 'evaluation.online-metrics');
    no('Framing', '- Output? Think/draw a very simple diagram with an input/output line between stages.', 'framing.io-spec');
    // the question as the label of its answer: the category answered, whichever way it is written
    yes('Framing', 'Classification or regression: classification, stock-out within 7 days.', 'framing.ml-category');
    yes('Framing', 'Classification or regression? Classification, stock-out within 7 days.', 'framing.ml-category');
    no('Framing', 'Classification or regression? Classification or regression, depends on the data.', 'framing.ml-category');
  });
});

const yesFull = (heading: string, body: string, id: string): void => assert.equal(isPresent(docWithAllSections(heading, body), id), true, body);
const noFull = (heading: string, body: string, id: string): void => assert.equal(isPresent(docWithAllSections(heading, body), id), false, body);
/** A whole document, linted as if forced ("Lint This Document"). */
const yesDoc = (text: string, id: string): void => assert.equal(isPresent(text, id, { force: true }), true, text);
const noDoc = (text: string, id: string): void => assert.equal(isPresent(text, id, { force: true }), false, text);

describe('lint mechanisms (session 20)', () => {
  it('labels, features and I/O in regression wording; a class coded (1)/(0); ratings as training targets', () => {
    yes('Data', 'The dependent variable is the rate score given by the user (1 to 5).', 'data.labels');
    yes('Data', 'The independent variables are age, gender, occupation and the movie genre.', 'data.features');
    yes('Framing', 'We regress the dependent variable (loan amount repaid) on independent variables such as income and age.', 'framing.io-spec');
    yes('Data', 'Each session is labelled submitting (1) vs not submitting (0).', 'data.labels');
    yes('Data', 'The target is whether the user submits the query.', 'data.labels');
    yes('Data', 'Users rate each movie from 1 to 5 stars; these ratings are our training targets.', 'data.labels');
    // a project target, a question, an open decision
    no('Requirements', 'The target is whether we can ship by March.', 'data.labels');
    no('Data', 'Is the dependent variable the rating?', 'data.labels');
    no('Data', 'We have no labels yet; the target variable is undecided.', 'data.labels');
  });
  it('logging features as they are served guards against skew; refusing to does not', () => {
    yes('Serving', 'We log all feature values each time they are served and train on those logs.', 'deployment.training-serving-skew');
    no('Serving', 'We do not log features when they are served.', 'deployment.training-serving-skew');
    no('Serving', 'Should we log features when they are served?', 'deployment.training-serving-skew');
  });
  it('PII listed as a model input is no privacy constraint; PII handled is', () => {
    no('Data', 'Metadata about the post author like violations, user reports, profane word rate, age, gender, and other PII.', 'requirements.privacy-security');
    no('Data', 'Features: account age, number of followers, PII such as email domain and phone country code.', 'requirements.privacy-security');
    yes('Requirements', 'We must not store PII such as emails; all identifiers are hashed.', 'requirements.privacy-security');
    yes('Requirements', 'PII handling: emails, phones and other PII are dropped before training.', 'requirements.privacy-security');
  });
  it('a comparison with actual outcomes under "Benchmark Model" is no baseline; a model named there is', () => {
    const doc = (body: string): string => `---\nmldesign: true\n---\n\n# Loan default\n\n## 4. Model\n\n### Benchmark Model\n\n${body}\n`;
    assert.equal(isPresent(doc('The results of the model can be benchmarked against actual loan defaults in the past.'), 'model.baseline'), false);
    assert.equal(isPresent(doc('A logistic regression on the bureau score, the model the credit team uses today.'), 'model.baseline'), true);
  });
  it('data exploration is not a data-quality check; a recurring check in the same words is', () => {
    no('Data', '1. Data Exploration: understand the data types, clean data if necessary (e.g. handle missing values and outliers), check for relations between features.', 'monitoring.data-quality');
    yes('Monitoring', 'Data exploration dashboards are refreshed daily and alert when missing values exceed 2%.', 'monitoring.data-quality');
  });
  it('a model-accuracy target under "Success metrics" is no online metric; a business one is', () => {
    no('Evaluation', 'Success metrics: the model should reach 90% accuracy on the test set.', 'evaluation.online-metrics');
    no('Goals', 'The key success metric is a model which predicts resale prices within $50 000 of the actual price, more than 85% of the time.', 'evaluation.online-metrics');
    yes('Evaluation', 'Success metrics: 10% fewer support tickets per 1k orders.', 'evaluation.online-metrics');
    yes('Evaluation', 'Success metrics: conversion rate up 2% with no more than 1% drop in accuracy of search.', 'evaluation.online-metrics');
  });
  it('engagement events mapped to label grades are where labels come from, not an online metric', () => {
    no('Training data', '- (online) user engagement: "no click" -> 0, "clicked & stayed to 10 sec" -> 3, "clicked & signed up" -> 4', 'evaluation.online-metrics');
    yes('Evaluation', '- Online: user engagement (clicks per search session), measured in an A/B test', 'evaluation.online-metrics');
  });
  it('a bank of interview questions is not a design doc', () => {
    const bank = [
      '## Practice questions',
      '',
      ...[
        'How would you build a model to decide who should get a credit card?',
        'Given a dataset of card purchases labelled fraud or not, how would you build a fraud detection algorithm?',
        'How would you build a system that suggests trending hashtags on Twitter?',
        'How would you create a model that ranks all the answers to a Quora question?',
        'How would you design a system to display the top 10 rental listings for a search?',
      ].flatMap((q, i) => [`### ${i + 1}. ${q}`, '', 'Requirements: clarify the goal. Data: logs and labels. Model: start with logistic regression. Evaluation: AUC offline, A/B test online. Serving: batch. Monitoring: drift.', '']),
    ].join('\n');
    assert.equal(isDesignDoc(bank), false);
    // one system's design with question headings about its parts stays a design
    const design = ['# Fraud detector', '', '## How would you build the labels for this model?', '', 'Chargebacks within 60 days.', '', '## Requirements', '', 'p99 < 50 ms.', '', '## Data', '', 'Transactions.', '', '## Model', '', 'GBDT.', '', '## Evaluation', '', 'PR-AUC.', '', '## Serving', '', 'Online.', '', '## Monitoring', '', 'PSI daily.', ''].join('\n');
    assert.equal(isDesignDoc(design), true);
  });
  it('a list item whose label is a statement ("Linear regression as a baseline:") says it, whatever is nested under it', () => {
    yesFull('4. Model', '- Linear regression as a baseline:\n  - Easier to interpret the feature importance by using coefficients.', 'model.baseline');
    noFull('4. Model', '- Options considered as a baseline:\n  - TBD', 'model.baseline');
    noFull('4. Model', '- Boosting algorithm:\n  - Non-linear.', 'model.baseline');
  });
  it('training: gradients averaged across devices', () => {
    yesFull('4. Train the model', '- data parallelism:\n  - each device uses a different portion of the data and we get average of the gradients.', 'model.training');
  });
  it('online prediction as scoring in real time, on each arrival, or as a stream consumer', () => {
    yesFull('6. Serving', 'We predict a unique label using the pre-built model in real time.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'This model is used to predict the label whenever a new ticket comes in.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'The final implementation is an asynchronous streaming classifier with incoming messages read from an Apache Kafka cluster.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'Inference for real-time use.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'Should we score in real time or in batch?', 'deployment.online-vs-batch');
    noFull('2. Framing', 'We want to detect fraud in real time.', 'deployment.online-vs-batch');
  });
  it('input and output in prose: what the model uses and the probability it outputs', () => {
    yesFull('2. Framing', 'The encoded image will be concatenated with the incidence angle, and a single node with a sigmoid activation will output the probability that the image contains an iceberg.', 'framing.io-spec');
    yesFull('2. Framing', 'Using only the text from the comments, we will build a classification model, which will predict the probability of true for each of the seven labels.', 'framing.io-spec');
    noFull('2. Framing', 'The model outputs the probability that the image contains an iceberg.', 'framing.io-spec');
    noFull('2. Framing', 'Should the model output the probability that the image contains an iceberg, using the pixels from the scan?', 'framing.io-spec');
  });
  it('a "What\'s next:" paragraph is future work', () => {
    yesFull('3. Data', 'Features: busy-ness lags, weather, holidays and seasonality.', 'data.features');
    noFull('3. Data', "What's next:\nWe would like to add features such as weather regressors, holidays and seasonality.", 'data.features');
  });
  it('word sense: a date "as of", early stopping, a model\'s sensitivity, an A/B hypothesis, encryption got round, "fairness, bias, etc"', () => {
    noFull('3. Data', 'This project is taken from a Kaggle competition, ongoing as of the above date.', 'data.feature-backfill');
    yesFull('3. Data', 'Training rows use feature values as of the impression time.', 'data.feature-backfill');
    noFull('4. Model', 'We use early stopping, with the validation log loss monitored to see when the model is sufficiently trained but not overfitting.', 'monitoring.model-performance');
    noFull('4. Model', '- Neural network:\n  - Can learn complex relations between features.\n  - Also sensitive to data quality e.g. null values, outliers.', 'monitoring.data-quality');
    yesFull('7. Monitoring', '- We check nulls and outliers in every batch before scoring.', 'monitoring.data-quality');
    noFull('7. Deploy and monitor the model', '- We want to measure if the new model increases the CTR, conversion or bookings.', 'monitoring.model-performance');
    yesFull('7. Monitoring', '- Track CTR of the live model daily and alert on a 10% drop.', 'monitoring.model-performance');
    noFull('3. Data', 'We reverse engineered the official app by intercepting encrypted API traffic with a proxy.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'All traffic is encrypted in transit with TLS.', 'requirements.privacy-security');
    noFull('6. Serving', 'Examples:\n* Age restriction filter\n* Freshness\n* Fairness, bias, etc', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Fairness: approval rates must not differ by more than 5% across gender groups.', 'requirements.privacy-security');
  });
  it('"uses machine learning to predict X" states the ML objective', () => {
    yesFull('2. Framing', 'The app leverages machine learning to predict dining hall busy-ness for the next 24 hours.', 'framing.ml-objective');
    noFull('1. Requirements', 'We do not use machine learning to predict prices.', 'framing.ml-objective');
    noFull('1. Requirements', 'Could we use machine learning to predict churn?', 'framing.ml-objective');
  });
});

describe('lint mechanisms (session 21)', () => {
  it('scoring each new item as it comes is online prediction; labelling data per release is not', () => {
    yesFull('6. Serving', 'The bot predicts three types of labels, questions, features and bugs, for each new issue of installed repositories.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'Labels are added to issues while new issues are filed in the installed repositories.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'Should we predict labels for each new issue or nightly?', 'deployment.online-vs-batch');
    noFull('3. Data', 'We label a sample of 200 for each new release.', 'deployment.online-vs-batch');
    noFull('3. Data', 'Reviewers: ask "what did we know at prediction time?" for every new feature.', 'deployment.online-vs-batch');
  });
  it('the service contract (what the request contains, what the service responds with) is the I/O', () => {
    yesFull('6. Serving', 'The request will contain the transaction amount and the principal components obtained with PCA. The service will respond with a boolean value indicating whether the transaction is fraudulent.', 'framing.io-spec');
    noFull('6. Serving', 'The request will contain the user id.', 'framing.io-spec');
    noFull('6. Serving', 'Will the request contain the amount? What does the service respond with?', 'framing.io-spec');
  });
  it('RMSLE, MSLE and WMAE, named or spelled out, are offline metrics', () => {
    yesFull('5. Evaluation', 'The evaluation metric is Root Mean Squared Logarithmic Error, calculated as E = sqrt(1/n * sum((log(p+1) - log(a+1))^2)).', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'We evaluate with RMSLE on a held-out month.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Metric: WMAE over the last 8 weeks, holiday weeks weighted 5x.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'Which metric should we use, RMSLE or MAE?', 'evaluation.offline-metrics');
  });
  it('a library model class names the category ("MLPRegressor", "XGBClassifier", "this regressor"); time-series regressors are inputs', () => {
    yesFull('4. Model', 'The solution uses MLPRegressor, trained to output the trip duration in seconds.', 'framing.ml-category');
    yesFull('4. Model', 'We fit an XGBClassifier on the engineered features.', 'framing.ml-category');
    yesFull('4. Model', 'This regressor is trained with the Adam optimizer.', 'framing.ml-category');
    noFull('3. Data', 'We would like to add weather regressors and holidays to the forecast.', 'framing.ml-category');
    noFull('4. Model', 'We will not use an XGBClassifier.', 'framing.ml-category');
  });
  it('an optimizer called "loss function" is no loss; "cross-entropy as loss function" is', () => {
    noFull('4. Model', 'This regressor will use the Adam stochastic gradient-based optimizer as loss function to update weights.', 'model.loss-function');
    yesFull('4. Model', 'We use binary cross-entropy as loss function.', 'model.loss-function');
  });
  it('"time travel" as words swapped for travel time is no point-in-time feature read', () => {
    noFull('4. Model', 'The network is trained to output the estimate time travel (in seconds) from the pick-up time and place.', 'data.feature-backfill');
    yesFull('3. Data', 'Training rows are built with Delta time travel, reading each feature table as of the label date.', 'data.feature-backfill');
  });
  it('a dataset field "anonymized" by its publisher is no privacy constraint of the design', () => {
    noFull('3. Data', '* MarkDown1-5 - anonymized data related to promotional markdowns.', 'requirements.privacy-security');
    noFull('3. Data', 'Anonymized information about the 45 stores, including type and size.', 'requirements.privacy-security');
    yesFull('3. Data', 'We only train on anonymized data about users; names and emails are dropped.', 'requirements.privacy-security');
  });
  it('the target variable named as such is the label', () => {
    yesFull('3. Data', 'The test file has the same columns but no "Weekly_Sales", as this will be our dependent variable.', 'data.labels');
    yesFull('3. Data', 'is_duplicate - the target variable, set to 1 if the two questions have the same meaning.', 'data.labels');
    noFull('3. Data', 'Which column will be our target variable?', 'data.labels');
  });
  it('class imbalance answered by the metric it rules out and the one chosen', () => {
    yesFull('3. Data', 'Because of the high class imbalance, accuracy is not a good metric. AUPRC will be used instead.', 'data.class-imbalance');
    noFull('3. Data', 'Because of the high class imbalance, accuracy is not a good metric. We have not decided what to use.', 'data.class-imbalance');
  });
  it('candidates named with the problem type as the only reason, or "find which model performs best", are no trade-off', () => {
    noFull('4. Model', 'For training models I will compare logistic regression and SVM since this is a binary classification problem. Using cross-validation I can find which model performs best.', 'model.selection-tradeoffs');
    noFull('4. Model', 'I plan to choose 2-3 different models to compare: logistic regression, decision trees, SVM.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We compare logistic regression and SVM: logistic regression is easier to explain, SVM was 2 points better on AUC, so we pick SVM.', 'model.selection-tradeoffs');
  });
  it('"duplicate" as the class predicted is no data check', () => {
    noFull('7. Monitoring', 'The solution will be predictions of either duplicate or not in the test dataset.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'We check every batch for duplicate rows and alert above 1%.', 'monitoring.data-quality');
  });
  it('a count of positives ("100 spam posts per day") is no throughput; the volume scored is', () => {
    noFull('1. Requirements', 'Our statistics show that we see about 100 spam posts per day.', 'requirements.throughput-qps');
    noFull('1. Requirements', 'About 3k fraudulent transactions a day get through today.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'We score about 2M card transactions per day; about 3k of them are fraudulent.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'We receive about 40k new posts per day, every one of them scored.', 'requirements.throughput-qps');
  });
  it('redeploying code is no retraining plan; redeploying the model on new data is', () => {
    noFull('6. Serving', 'With the plugin we have to redeploy whenever we make changes to the ranking code.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'When new data and features are obtained, the model will be redeployed.', 'monitoring.retraining-plan');
  });
  it('load and performance tests under headings are serving work, not model evaluation: talk notes on an inference platform are no design', () => {
    const notes = [
      '# Notes: a high-scale inference platform (conference talk)',
      '',
      '- Use cases differ a lot between teams:',
      '  - Some need GPUs, most run on CPU.',
      '- Load testing',
      '  - Customer requirements: e.g. 20 ms at p999, 1k requests/s per CPU.',
      '  - Sweep threads, RAM and batch size.',
      '- Performance testing framework',
      '  - Nightly runs on a golden set of models; latency, RAM and CPU tracked.',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(notes), false);
    // a design whose serving section holds a "Load testing" subsection is still a design, its tests counted as serving
    const design = ['# Fraud scoring', '', '## Requirements', '', 'p99 under 50 ms at 2k QPS.', '', '## Data', '', 'Card transactions with chargeback labels.', '', '## Model', '', 'GBDT on 40 features.', '', '### Load testing', '', 'k6 at 3k QPS against staging.', ''].join('\n');
    assert.equal(isDesignDoc(design), true);
  });
  it('study notes on the interview with recommended resources and mock interviews are a guide, not a design', () => {
    const guide = [
      '# ML system design: my prep notes',
      '',
      '## The design flow',
      '',
      '### Problem statement and business metrics',
      '',
      '- Ask about the business goal first.',
      '',
      '### Data collection and labelling',
      '',
      '- Internal vs external labellers; data versioning.',
      '',
      '### Model training',
      '',
      '- Data vs model parallelism; saving models to a registry.',
      '',
      '### Deployment',
      '',
      '- Inference service behind a REST API.',
      '',
      '### Monitoring',
      '',
      '- Drift, latency, alerts.',
      '',
      '## Recommended Resources',
      '',
      '- Designing Machine Learning Systems (Chip Huyen)',
      '',
      '## Mock Interviews and Discussions',
      '',
      '- Practise with a friend once a week.',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(guide), false);
  });
  it('a heading naming four sections at once titles a whole, as a doc title does: it recognises no section', () => {
    const notes = [
      '# Platform notes',
      '',
      '## Case 2: MLOps, a unified platform to train, deploy, maintain features, version models and monitor health',
      '',
      '- Notebooks for development; GitHub for code.',
      '- Data pipelines in Spark on Kubernetes.',
      '- Airflow for orchestration; Datadog for infra monitoring.',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(notes), false);
    const design = ['# Churn model', '', '## Data and features', '', 'Billing events; 30-day churn labels.', '', '## Model training', '', 'Logistic regression, then GBDT.', '', '## Deployment and monitoring', '', 'Nightly batch scoring; PSI alerts.', ''].join('\n');
    assert.equal(isDesignDoc(design), true);
  });
  it('one list element hedged with "?" keeps the rest of the line; a list of questions stays questions', () => {
    yesFull('1. Requirements', '- Business objective?\n  - Increase user engagement (play, like, click, share), purchase?, create a better gaming experience', 'requirements.business-objective');
    noFull('1. Requirements', '- Increase user engagement?, retention?, revenue?', 'requirements.business-objective');
    noFull('1. Requirements', '- What is the goal, increase engagement?, or revenue', 'requirements.business-objective');
  });
});

describe('lint mechanisms (session 22)', () => {
  it('a named dataset the design uses is its data source; a generic one ("a labelled dataset") is not', () => {
    yesFull('3. Data', 'The dataset used will be the Attribute Prediction subset of the DeepFashion dataset [5].', 'data.sources');
    yesFull('3. Data', 'We will use the MovieLens 20M dataset, which contains 20 million ratings.', 'data.sources');
    yesFull('1. Requirements', 'I will use the UCI Adult dataset.', 'data.sources');
    yesFull('3. Data', 'We use the **Criteo** dataset.', 'data.sources');
    noFull('3. Data', 'We will not use the Criteo dataset.', 'data.sources');
    noFull('3. Data', 'Should we use the Criteo dataset?', 'data.sources');
    noFull('3. Data', 'We use a labelled dataset.', 'data.sources');
    noFull('3. Data', 'We Will Use The Training Dataset.', 'data.sources');
  });
  it('a better experience for the people the product serves is a business outcome; a developer experience is not', () => {
    yesFull('1. Requirements', 'Doing so will make it easier to find high quality answers to questions resulting in an improved experience for Quora writers, seekers, and readers.', 'requirements.business-objective');
    noFull('4. Model', 'The new encoder gives a better experience when debugging.', 'requirements.business-objective');
    noFull('6. Serving', 'Caching improves the developer experience for our engineers.', 'requirements.business-objective');
    noFull('1. Requirements', 'Improve the experience?', 'requirements.business-objective');
  });
  it('what the literature did is background, not the design: research as subject, author-year citations, and the sentences that go on about it', () => {
    noFull('5. Evaluation', 'Several approaches have been proposed to mitigate this issue. The first approach tries extracting normalization properties of the URLs to detect duplication rules. The second approach uses similarity techniques between documents and determine duplicate pages using a threshold.', 'monitoring.data-quality');
    noFull('3. Data', 'He et al. (2014) downsampled negatives to 10% and recalibrated.', 'data.class-imbalance');
    yesFull('3. Data', 'Class imbalance: we downsample negatives as proposed by He et al. (2014).', 'data.class-imbalance');
    yesFull('4. Model', 'Loss: focal loss (Lin et al., 2017) with gamma 2, as positives are 0.5%.', 'model.loss-function');
    // the design's own sentence after the literature ones is kept
    yesFull('3. Data', 'Several methods have been proposed for skewed click data. We downsample negatives to 10% and re-weight them.', 'data.class-imbalance');
  });
  it('a representation learned from the raw input is the feature representation', () => {
    yesFull('3. Data', 'We will learn a representation from the URL sequence of characters with a character-level LSTM.', 'data.features');
    noFull('3. Data', 'Should we learn a representation from the raw pixels?', 'data.features');
  });
  it('an index page whose section headings hold only links, or a README with prerequisites and local-run steps, is not a design doc', () => {
    const hub = '# Telco churn capstone\n\n## Project flow\n\n### Original dataset\n\nhttps://example.com/churn/raw.csv\n\n### Objective 2 - Data preparation\n\nhttps://example.com/churn/prep.ipynb\n\n### Objective 3 - Modeling\n\nhttps://example.com/churn/model.ipynb\n\n### Objective 4 - Deployment\n\nhttps://example.com/churn-deploy\n';
    assert.ok(!isDesignDoc(hub));
    // the same headings with the sections written out are a design
    assert.ok(isDesignDoc(hub.replace('https://example.com/churn/raw.csv', 'Telco logs of 7,000 customers, 26 columns.').replace('https://example.com/churn/prep.ipynb', 'Drop rows with missing charges; one-hot the contract type.').replace('https://example.com/churn/model.ipynb', 'Logistic regression baseline, then XGBoost.').replace('https://example.com/churn-deploy', 'A nightly batch job scores every account.')));
    assert.ok(!isDesignDoc('# Overview\n\nMy final project for the course.\n\n## Infra related folders\n\n* terraform: files to provision the infrastructure.\n\n# Pre-requisites\n\n* Install terraform\n\n## Working locally\n\n* Set PYTHONPATH.\n\n## Remote training\n\n* Run the playbook to train on EC2.\n'));
  });
  it('proposal shapes: a solution that would predict, ML used to provide an estimate, a REST API as the deployment, a regression-only model list', () => {
    yesFull('2. Framing', 'The solution would predict cuisine by its ingredients.', 'framing.ml-objective');
    yesFull('2. Framing', 'We use ML to provide an estimate of the delay of a bus.', 'framing.ml-objective');
    yesFull('6. Serving', '- Model deployment: REST API (Flask)', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'As a Flask application with an endpoint.', 'deployment.online-vs-batch');
    noFull('6. Serving', '- Model deployment: not decided', 'deployment.online-vs-batch');
    yesFull('4. Model', '- Model training: Linear Regression, Lasso, XGBoost', 'framing.ml-category');
    noFull('4. Model', '- Model training: Logistic Regression, XGBoost', 'framing.ml-category');
  });
  it('the imbalance then the metric chosen for it in the next sentence; the same transformations as in training', () => {
    yesFull('3. Data', 'Our problem presents a class imbalance, although it is not as serious: around 80% are still clients and 20% closed the account. To evaluate performance, the F1 Score is used.', 'data.class-imbalance');
    noFull('3. Data', 'Our problem presents a class imbalance. The data has 20 columns.', 'data.class-imbalance');
    yesFull('6. Serving', 'Prepare the dataset, apply the same transformation that we execute in the training stage.', 'deployment.training-serving-skew');
    yesFull('6. Serving', 'The pipeline keeps the same transformations in training data as in new data.', 'deployment.training-serving-skew');
  });
  it('background and how-to words are not items: a UI click, an image conversion, a ±ms tolerance, market revenue, a year, image pixels, regulated fees, a security group', () => {
    noFull('1. Requirements', 'On a browser, choose Add Block and then click the Add + button.', 'requirements.business-objective');
    yesFull('1. Requirements', 'We want users to click the recommended items more often, increasing engagement.', 'requirements.business-objective');
    noFull('3. Data', 'Experiment preprocessing methods such as normalization and black and white conversion.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online we track conversion and revenue per session.', 'evaluation.online-metrics');
    noFull('3. Data', 'The six label columns are either zero or one, depending on whether the event has occurred within ±150ms (±75 frames).', 'requirements.latency-p99');
    noFull('1. Requirements', 'The movie industry reached $38.3 billion in revenues in 2015, whereas the video games industry reached $91.5 billion.', 'requirements.scale');
    noFull('1. Requirements', 'The movie industry reached $38.3 billion in revenues in 2015, whereas the video games industry reached $91.5 billion.', 'requirements.budget-cost');
    noFull('2. Framing', 'Each image is an RGB image with 210 x 160 pixels.', 'requirements.scale');
    yesFull('1. Requirements', 'We serve 20M DAU and a catalog of 5M items.', 'requirements.scale');
    noFull('1. Requirements', 'In Peru, the electricity bill includes charges for generation, transmission, and other regulated fees such as subsidies.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'We operate in a regulated industry, so all model decisions are logged for audit.', 'requirements.privacy-security');
    noFull('6. Serving', '> **Note:** Make sure ports 4200, 5000 and 5432 are added to the inbound rules. Security group of RDS must be linked with EC2 server instance.', 'requirements.privacy-security');
  });
});


describe('lint mechanisms (session 23)', () => {
  it('a regression target named without the word "label" is the label; a goal or a latency target is not', () => {
    yesFull('3. Data', 'The model predicts my target (cumulative transactions) from demographics and offer type.', 'data.labels');
    yesFull('3. Data', '$y_i$ is the actual experimental pMIC value of peptide i.', 'data.labels');
    yesFull('3. Data', 'The target is the sale price of each house, taken from the Ames dataset.', 'data.labels');
    yesFull('3. Data', 'It contains individual user ratings of movies on a 5-star scale (with 5 being the best and 1 being the lowest).', 'data.labels');
    noFull('3. Data', 'Our target is to reach 90% accuracy on the test set.', 'data.labels');
    noFull('1. Requirements', 'The target is the response time under 200 ms for each request.', 'data.labels');
  });
  it('input and output said in prose: "the input of the game is …", "maps X to Y", "given X, forecast Y"; not a mapping of tables or a project output', () => {
    yesFull('2. Framing', 'The input of the game is each frame that is drawn on the screen, an RGB image of 210 x 160 pixels.', 'framing.io-spec');
    yesFull('2. Framing', 'We employ neural networks to map k frames and all possible actions to rewards.', 'framing.io-spec');
    yesFull('2. Framing', 'The goal is to map the input (EEG up to now) to a set of movements.', 'framing.io-spec');
    yesFull('2. Framing', 'Given features about the player, forecast the engagement level.', 'framing.io-spec');
    noFull('2. Framing', 'Map the user journey to find pain points.', 'framing.io-spec');
    noFull('1. Requirements', 'The output of the project is a report.', 'framing.io-spec');
    noFull('2. Framing', 'Our sync task maps columns to field names from a config file.', 'framing.io-spec');
    noFull('4. Model', 'SSD combines predictions from feature maps with different resolutions to handle objects of various sizes.', 'framing.io-spec');
  });
  it('imbalance handled by the metric: "useful for unequal class distribution", imbalance then AUC chosen in the next sentence', () => {
    yesFull('5. Evaluation', 'We report F1. It is useful for problems of unequal class distribution.', 'data.class-imbalance');
    yesFull('5. Evaluation', 'I noticed that the dataset was imbalanced. Moreover, for business reasons, therefore the Area Under the Curve (AUC) score will be used for evaluating the model.', 'data.class-imbalance');
    noFull('3. Data', 'The class distribution is highly uneven: only 3% of reviews are negative.', 'data.class-imbalance');
  });
  it('a rule that forbids future data or leakage is a leakage guard, and a split given as counts or years is a split', () => {
    yesFull('3. Data', 'When predicting, data from the future may NOT be used!', 'data.split-leakage');
    yesFull('3. Data', 'Data leakage must not be included. Instead, one must use the mean based on frame 0 to 10.', 'data.split-leakage');
    yesFull('3. Data', 'The data in the year 2015 and 2016 is the training set and the year 2017 is the test set.', 'data.split-leakage');
    yesFull('3. Data', 'Split 1,000 images dataset to be 900 train dataset, 100 for validation dataset and 30 for test dataset.', 'data.split-leakage');
    noFull('3. Data', 'We did not think about data leakage.', 'data.split-leakage');
    noFull('3. Data', 'This dataset will be used to train the network. After, the test dataset will be used to evaluate it.', 'data.split-leakage');
  });
  it('a metric of its own named as the evaluation metric (an agent\'s score, F2 in LaTeX); not a business number or a folder name', () => {
    yesFull('5. Evaluation', 'The evaluation metric is straightforward for this game: as far as I know it is just the scoreboard.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'The evaluation metric will be the mean absolute difference between predicted and actual days.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'So the chosen evaluation metric is the $F_2$-score.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'The evaluation metric is still to be decided.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'The primary metric is the number of tickets resolved per agent hour.', 'evaluation.offline-metrics');
    noFull('3. Data', 'Stored in folder f_2 on the drive.', 'evaluation.offline-metrics');
  });
  it('money the system would save is the business why; time an algorithm cost is not', () => {
    yesFull('1. Requirements', 'Such a system, if even only 75% accurate at halting fraudulent transactions, would save the industry over 15,000,000 dollars annually!', 'requirements.business-objective');
    noFull('4. Model', 'These results are satisfactory if we ignore the computational cost of the algorithm. Unfortunately, it cost hours to cluster on the entire dataset.', 'requirements.business-objective');
    noFull('6. Serving', 'Batching requests saves $200 per month on GPU hours.', 'requirements.business-objective');
  });
  it('a random classifier as control group is a baseline; a promotion gate after retraining is not', () => {
    yesFull('4. Model', 'Finally we test on four models: random forest, ordinal logistic regression and random classifier as control group.', 'model.baseline');
    noFull('6. Serving', 'If the new model performs better than the current model, it will become the new production model.', 'model.baseline');
    yesFull('4. Model', 'We compare the new model against the current rules engine, which flags 2% of orders.', 'model.baseline');
  });
  it('not evidence: instances of data, what customers spend, RAM and container sizes, customer retention, a load balancer between tools, a chi-square test of association, one-off cleaning, reported loss values', () => {
    noFull('3. Data', 'There are 284,807 transactions in total and 492 instances of fraud.', 'requirements.budget-cost');
    yesFull('6. Serving', 'We run 2 instances of ml.m5.large behind the endpoint.', 'requirements.budget-cost');
    noFull('3. Data', 'The second row shows after viewing this offer, a user spends 49.39 dollars.', 'requirements.budget-cost');
    noFull('1. Requirements', 'Hardware: RAM: minimum 16GB.', 'requirements.scale');
    noFull('6. Serving', 'The ECS task uses a 4096 CPU and 8192 GB container.', 'requirements.scale');
    yesFull('1. Requirements', 'We store 20 TB of logs and serve 3M users.', 'requirements.scale');
    noFull('1. Requirements', '3) Increase the retention period of customers', 'requirements.privacy-security');
    noFull('6. Serving', 'Amazon Load Balancer: an application balancer to direct traffic to one of three containers (Mage, MLflow, Evidently UI).', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'A load balancer spreads requests across three model server replicas.', 'deployment.scaling-efficiency');
    noFull('3. Data', 'So we measure the direct relationship of fit and all of these features by Chi-square test.', 'monitoring.drift');
    noFull('3. Data', 'Before diving into each input column, we first drop the 190 samples corrupted by the byte order mark.', 'monitoring.data-quality');
    noFull('5. Evaluation', 'For resnet18, after 3 epochs we had an accuracy of 76.1%, a training set loss of 0.85, and a validation set loss of 1.05.', 'model.loss-function');
    noFull('5. Evaluation', 'We will need probabilities to determine the propensity to churn.', 'evaluation.online-metrics');
    noFull('5. Evaluation', 'It is impossible to compare predicted sales forecast against real sales.', 'evaluation.online-metrics');
    noFull('1. Requirements', 'A typical user is interested in two particular features: search and summaries of the reviews.', 'data.features');
  });
  it('model choices left to the results ("explore how models like SVM or xgboost perform", "decide which model works best") weigh nothing', () => {
    noFull('4. Model', 'I will then explore how using models like SVM or xgboost perform. This will allow direct comparison between complex and simple techniques.', 'model.selection-tradeoffs');
    noFull('4. Model', 'It seems that XGBoost is an algorithm I should also consider, instead of plain regression. I will compare the performance of these methods and decide which model works best.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We will try logistic regression and XGBoost; XGBoost handles the non-linear interactions but is harder to explain, so we chose it with SHAP values.', 'model.selection-tradeoffs');
  });
  it('acknowledgements and related-work sections are read, not designed; a "logical inference" heading is not serving', () => {
    const doc = '# Fraud\n\n## Problem Statement\n\nDetect fraud in card transactions with a classifier.\n\n## Datasets and Inputs\n\nKaggle credit card data.\n\n## Evaluation Metrics\n\nPR-AUC on a held-out week.\n\n## Acknowledgements\n\nDal Pozzolo et al. Calibrating Probability with Undersampling for Unbalanced Classification.\n';
    assert.ok(!isPresent(doc, 'data.class-imbalance'));
    assert.ok(isPresent(doc.replace('PR-AUC on a held-out week.', 'PR-AUC on a held-out week; negatives are undersampled to 10% because fraud is rare.'), 'data.class-imbalance'));
    assert.deepEqual(classifyHeadingAll('Logical inference'), []);
    assert.deepEqual(classifyHeadingAll('Statistical inference'), []);
    assert.deepEqual(classifyHeadingAll('Inference'), ['deployment']);
  });
});

describe('lint mechanisms (session 24)', () => {
  it('the items of a list introduced as what the solution must do are its functional scope', () => {
    const doc = [
      '# Card counter',
      '',
      '## 1. Problem statement',
      '',
      'Casinos want to count cards dealt at blackjack tables automatically. The solution should:',
      '',
      '1. Take a photo of the table from the overhead camera.',
      '2. Locate every playing card in the photo.',
      '3. Return the rank and suit of each card.',
      '',
    ].join('\n');
    assert.equal(isPresent(doc, 'requirements.scope-functional', { force: true }), true);
    const notes = doc.replace('The solution should:', 'Things I tried on the way:');
    assert.equal(isPresent(notes, 'requirements.scope-functional', { force: true }), false);
  });
  it('"binary classify" and a detector architecture name the ML category; "classify each X as A or B" is the I/O', () => {
    yesFull('2. Framing', 'The task is just to binary classify each transaction as fraud or not fraud from its anonymised features.', 'framing.ml-category');
    yesFull('4. Model', 'A YOLOv5 detector fine-tuned on the photos, compared with a Faster R-CNN baseline.', 'framing.ml-category');
    noFull('4. Model', 'We read about YOLO in a blog post last year.', 'framing.ml-category');
    yesFull('2. Framing', 'The task is to classify each transaction as fraud or not fraud.', 'framing.io-spec');
    noFull('2. Framing', 'The task is to detect fraud.', 'framing.io-spec');
  });
  it('a negatives-to-positives sampling ratio handles imbalance; a split made by the data\'s publisher is a split', () => {
    yesFull('3. Data', 'We use hard negative mining with a background to foreground ratio of 3:1 when sampling region proposals.', 'data.class-imbalance');
    yesFull('3. Data', 'Negatives are sampled at 3:1 against positives.', 'data.class-imbalance');
    noFull('3. Data', 'We use hard negative mining on the region proposals.', 'data.class-imbalance');
    yesFull('3. Data', 'The dataset is already split into training and validation sets by the publisher.', 'data.split-leakage');
    yesFull('3. Data', 'Kaggle provides separate train.csv and test.csv files.', 'data.split-leakage');
    noFull('3. Data', 'The images were not split into train and test sets.', 'data.split-leakage');
  });
  it('a percentage in a table row is no request rate, even beside the word "peak"', () => {
    const doc = [
      '# Yield',
      '',
      '## 4. Model',
      '',
      '| Approach | Pros | Cons |',
      '|---|---|---|',
      '| GBDT on seasonal features (NDVI peak, GDD) | fast, easy to debug | plateaued at 13% RMSE |',
      '',
    ].join('\n');
    assert.equal(isPresent(doc, 'requirements.throughput-qps', { force: true }), false);
    assert.equal(isPresent(doc.replace('plateaued at 13% RMSE', 'peak 40k QPS'), 'requirements.throughput-qps', { force: true }), true);
  });
  it('R Markdown / Quarto front-matter settings (`output: html_document`) are page settings, not the model\'s output', () => {
    const doc = ['---', 'title: "Churn analysis"', 'author: "Manuel"', 'date: "2021-03-01"', 'output: html_document', '---', '', '# Churn', '', '## Data', '', 'We use the telco churn dataset.', ''].join('\n');
    assert.equal(isPresent(doc, 'framing.io-spec', { force: true }), false);
    assert.equal(isPresent(doc.replace('output: html_document', 'model_output: churn probability per subscriber'), 'framing.io-spec', { force: true }), true);
  });
  it('money a system saves is no budget; options listed after an open question are no choice', () => {
    noFull('1. Requirements', 'Cost reduction: saving 300000 euro per year (according to the business department).', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving budget: at most 3000 euro per month for the GPU nodes.', 'requirements.budget-cost');
    noFull('5. Evaluation', 'Do we need to clearly define a ranking metric at this stage? Possible variants: MAP@k, AP@k, MRR, NDCG', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Which ranking metric? NDCG@10, because the top of the list matters most.', 'evaluation.offline-metrics');
  });
  it('the evidence line of a paragraph is the line that says it, not its bold label line', () => {
    const doc = docWithAllSections('5. Evaluation', '**Technical Metric**\nAll 10 categories are equally important, so we use the macro-averaged F1 score.');
    const item = lint(doc, { force: true }).items.find((i) => i.id === 'evaluation.offline-metrics')!;
    assert.equal(item.present, true);
    assert.match(doc.split('\n')[item.line], /macro-averaged F1/);
  });
  it('file names, test suites, tuning refits and ML-only goals are not the items their words name', () => {
    noFull('6. Deployment', '![int8.png](integer feat. 8)', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'The model is quantized to int8 before it is shipped to the phones.', 'deployment.scaling-efficiency');
    noFull('5. Evaluation', 'For testing, two test masks exist: `online` tests (run with `pytest -m online`) test the infrastructure, offline tests everything else.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Online test: 50/50 split by user for two weeks, success metric is CTR.', 'evaluation.ab-test-plan');
    noFull('7. Monitoring', 'Get the best (default 10) runs from the previous experiment and retrain them, logging the validation metrics.', 'monitoring.retraining-plan');
    noFull('1. Requirements', 'Goal: develop an ML system that can accurately predict if a pedestrian is going to jaywalk within 1 second.', 'requirements.business-objective');
    yesFull('1. Requirements', 'Goal: build a model that predicts churn so that we can cut churn by 5%.', 'requirements.business-objective');
  });
  it('the retraining cadence answered under a heading that asks for it', () => {
    const doc = ['# Hotel ranking FAQ', '', '## 4. Model', '', '### How often is it retrained?', '', 'Weekly, on the most recent 8 weeks, automatically.', ''].join('\n');
    assert.equal(isPresent(doc, 'monitoring.retraining-plan', { force: true }), true);
    assert.equal(isPresent(doc.replace('Weekly, on', 'Not decided; we will look at'), 'monitoring.retraining-plan', { force: true }), false);
  });
  it('a request/response contract in prose is the I/O; a request sent to a model service on an event is the serving path', () => {
    yesFull('2. Framing', 'The goal is an endpoint that accepts an http request with a text document of 1000 words or less and will return a short summary of its main topics.', 'framing.io-spec');
    yesFull('2. Framing', 'A request is received from the system database with data about the history of user actions. In response, the system issues a response with the ID numbers of the relevant products.', 'framing.io-spec');
    yesFull('6. Deployment', 'Once an issue report is filed, we send a request to the BugBug http service to classify it. Depending on its prediction and confidence threshold, we close the issue.', 'deployment.serving-architecture');
    noFull('6. Deployment', 'We send a request to the vendor to ask about the licence.', 'deployment.serving-architecture');
  });
  it('imbalance said as "skewed towards" a class and given as the reason for an F-beta metric', () => {
    yesFull('5. Evaluation', 'The dataset is highly skewed towards clients not churning, so we use the F5 score (fbeta with beta=5).', 'data.class-imbalance');
    const doc = docWithAllSections('5. Evaluation', "I'll be using an f5 score (fbeta with beta=5). The reasons for this are:\n\n- The dataset is highly skewed (as usual for churn) towards clients not churning\n- Recall matters more than precision");
    assert.equal(isPresent(doc, 'data.class-imbalance'), true);
    noFull('3. Data', 'The price data is skewed to the right, so we log-transform it.', 'data.class-imbalance');
  });
  it('a function triggered by an upload to a bucket scores in batch; an alert on the live score is performance monitoring', () => {
    yesFull('6. Deployment', "The model is deployed as a Cloud Function that's triggered by the data bucket: when a file is uploaded, it gets the model from the model bucket and runs it on the file.", 'deployment.online-vs-batch');
    yesFull('7. Monitoring', 'In case the reference score is considerably better than the current score, it will send an email alert.', 'monitoring.model-performance');
    noFull('7. Monitoring', 'An email alert is sent when the nightly job fails.', 'monitoring.model-performance');
  });
  it('a corpus counted in words is the data scale; the length of one document is not', () => {
    yesFull('3. Data', 'The model was trained on up to approximately a million words.', 'requirements.scale');
    noFull('3. Data', 'Each request carries a text document of 1000 words or less.', 'requirements.scale');
    noFull('3. Data', 'The context window is 512 tokens.', 'requirements.scale');
  });
  it('a funnel for latency and scale, a light-then-heavy cascade, a model run in the browser are inference efficiency', () => {
    yesFull('6. Deployment', 'We use a three stage recommender (funnel architecture) in order to meet latency requirements and scale the system to billions of items.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'A light model is used for candidate generation and the heavy model is only run on a smaller subset.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'We went with a small CNN (Tiny-VGG) so that it runs directly in the browser with TensorFlow JS.', 'deployment.scaling-efficiency');
    noFull('4. Model', 'Then a two-stage system: retrieval with a two-tower model, then a DNN ranker.', 'deployment.scaling-efficiency');
  });
  it('"experimental research", an API rate limit and a compressed artifact are not an A/B test, a load or model compression', () => {
    noFull('1. Requirements', 'Dr. Smith works in a lab that conducts experimental research using new technologies and treatments.', 'evaluation.ab-test-plan');
    noFull('3. Data', 'As per GitHub API rate limiting rules we can make up to 5,000 authenticated requests per hour.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'The service must handle 5,000 requests per hour at peak.', 'requirements.throughput-qps');
    noFull('7. Monitoring', 'The model is retrained by a scheduled task and the compressed model is saved as an artifact of the task.', 'deployment.scaling-efficiency');
  });
  it('"the program should return …" among the requirements is functional scope; "Using the model" is the serving section', () => {
    yesFull('1. Requirements', "Given the sequence 'Alice went to the', the program should return a list of words likely to follow.", 'requirements.scope-functional');
    noFull('1. Requirements', 'The program should not be slow.', 'requirements.scope-functional');
    assert.deepEqual(classifyHeadingAll('3. Using the model'), ['deployment']);
    assert.notDeepEqual(classifyHeadingAll('Using the model for feature selection'), ['deployment']);
  });
  it('segmentation architectures (U-Net, Mask R-CNN) are model names a choice can weigh', () => {
    yesFull('4. Model', 'Both MaskRCNN and UNet appear to be reasonable approaches. In favor of its simplicity, we picked UNet.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We use a UNet.', 'model.selection-tradeoffs');
  });
});

describe('lint mechanisms (session 25)', () => {
  it('"the first model" of a pipeline run is not a baseline; a first model that is named or compared against is', () => {
    noFull('6. Deployment', 'Airflow orchestrates the download of the dataset, the modeling and deployment of the first model by using MLflow for experiment tracking and model registry; the model is set to production stage.', 'model.baseline');
    yesFull('4. Model', 'Our first model is a logistic regression on the same features.', 'model.baseline');
    yesFull('4. Model', 'The gradient-boosted model is compared against the first model we shipped.', 'model.baseline');
  });
  it('background tasks "run in the background" are not a shadow deployment; a new model running silently beside the old is', () => {
    noFull('6. Deployment', 'Some other tasks run in the background to guarantee that the service will run smoothly when started.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', 'The new model runs in the background next to the current one for two weeks before it takes traffic.', 'deployment.rollout-strategy');
  });
  it('Grafana showing drift reports is not operational monitoring; Grafana for service latency or "operational metrics" is', () => {
    noFull('7. Monitoring', 'Whenever the ratio of drifting variables passes a threshold, it triggers alerts. Meanwhile, drift reports can be observed using Grafana.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'We use Evidently for reports and Prometheus/Grafana for operational metrics.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'Grafana dashboards show drift and p99 latency of the endpoint.', 'monitoring.operational-metrics');
  });
  it('predictions on new data watched against metrics; online and offline predictions compared; results interpreted for the user', () => {
    yesFull('6. Deployment', 'Evaluation layer: monitor the model prediction results on the new unseen data based on certain metrics.', 'monitoring.model-performance');
    noFull('6. Deployment', 'Evaluation layer: monitor the latency of the scoring endpoint.', 'monitoring.model-performance');
    yesFull('6. Deployment', 'We compare the online and offline predictions for the same users every day.', 'deployment.training-serving-skew');
    noFull('5. Evaluation', 'We compare the offline metrics of both models.', 'deployment.training-serving-skew');
    yesFull('6. Deployment', 'Results interpretations and feature understandings will be made after predictions and shown on the webpage.', 'model.interpretability');
    noFull('3. Data', 'Interpretation of the data plots is left to the appendix.', 'model.interpretability');
  });
  it('what the system is used to help with, and why its prediction is important to the people it serves, in the opening lines', () => {
    yesDoc('# Issue triage\n\nThis document describes the ML pipeline that is used to help with triaging issues filed on our site.\n', 'requirements.business-objective');
    yesDoc('# Category prediction\n\nKnowing the category of each product is critically important, as category is used to compute the Nutri-Score and to compare the product to similar ones.\n', 'requirements.business-objective');
    noDoc('# Notes\n\nFeature scaling is important because gradient descent converges faster when users standardise inputs.\n', 'requirements.business-objective');
    noDoc('# Runbook\n\nDuring storm events the nightly is critical because claim volume spikes.\n', 'requirements.business-objective');
  });
  it('"predict whether X … based on several parameters" gives the I/O; a language list is the scope; automation turned on behind a precision gate is a rollout', () => {
    yesFull('2. Framing', 'I will try to predict whether or not a client is going to churn in this quarter based on several parameters on the client themselves, as well as their consumption figures.', 'framing.io-spec');
    noFull('2. Framing', 'We want to predict churn.', 'framing.io-spec');
    yesFull('1. Requirements', 'The matcher currently works for the following languages: fr, en, de, es, it, nl.', 'requirements.scope-functional');
    yesFull('6. Deployment', 'If the experiment is successful (precision >= 0.99 on the reviewed questions), we will turn on automatic categorization on above-threshold predictions.', 'deployment.rollout-strategy');
    noFull('6. Deployment', 'If the user agrees, we turn on automatic updates of the app.', 'deployment.rollout-strategy');
  });
  it('a year before a singular noun is an edition, not a count', () => {
    noFull('1. Requirements', 'This project was developed as the final project for the Full Stack Deep Learning (FSDL) 2021 course.', 'requirements.scale');
    yesFull('1. Requirements', 'The catalogue holds 2021 courses and about 40k learners a month.', 'requirements.scale');
  });
  it('a model file converted, a model registered, time wasted are not online metrics', () => {
    noFull('5. Evaluation', 'We evaluated the model before and after TFJS conversion; during the conversion process the accuracy did not go down.', 'evaluation.online-metrics');
    noFull('5. Evaluation', 'Nodes generated on irrelevant topics waste users\' time, so we want to minimise them.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online we read the checkout conversion rate in the A/B test.', 'evaluation.online-metrics');
    noFull('7. Monitoring', 'The workflow: 1. download the data 2. run tuning experiments with MLflow 3. selection and registration of best model.', 'monitoring.model-performance');
  });
  it('a paragraph quoted whole is an example input; a quote after a label, or a quoted task prompt, is kept', () => {
    const quote = '*\u201cThe notion that the cancer industry is not looking for a cure may seem crazy to many, but the proof seems to be in the numbers. If any of the low-cost treatments were approved, the industry\u2019s cornerstone revenue producer would vanish within months, and conversion rates of clinics would fall.\u201d*';
    noFull('5. Evaluation', quote, 'evaluation.online-metrics');
    const prompt = '"Our code host shows PR review comments from humans and from about 15 bots. Authors complain about noise. Design a system that ranks the comments so that the useful ones come first, for every pull request, when the page loads."';
    yesFull('1. Requirements', `Prompt: ${prompt}`, 'requirements.scope-functional');
    yesFull('1. Requirements', prompt, 'requirements.scope-functional');
  });
  it('a paragraph that opens "With more time and resources" is future work throughout', () => {
    noFull('4. Model', 'With more time and resources, the first component to improve would be the model. For example, if a positive result is returned, we should return an analysis of the waveform explaining the model\u2019s decision.', 'model.interpretability');
    yesFull('4. Model', 'For a positive result we return an analysis of the waveform explaining the model\u2019s decision.', 'model.interpretability');
  });
  it('interval coverage tracked once the model is live is performance monitoring', () => {
    yesFull('5. Evaluation', 'Weekly tracking once live: coverage and width on orders delivered that week, so we see when delivery times stop matching our windows.', 'monitoring.model-performance');
    noFull('5. Evaluation', 'Offline: coverage and width of the P10-P90 window on the test set.', 'monitoring.model-performance');
  });
  it('training on a schedule and a model rebuild on poor fit are a retraining plan; "at regular intervals" alone is not', () => {
    yesFull('7. Monitoring', 'Training the model should happen on search machines on a schedule, using the latest relevancy judgements.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'If the model fit is poor, the performance monitor can schedule a model rebuild.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'Model training runs generally at regular intervals.', 'monitoring.retraining-plan');
  });
  it('instances spawned as load grows are scaling; "a simple classification scenario" is the category; public datasets are the source', () => {
    yesFull('6. Deployment', 'SageMaker automatically handles increasing scale by spawning new instances to perform inference as necessary.', 'deployment.scaling-efficiency');
    noFull('6. Deployment', 'The model is hosted on a SageMaker endpoint.', 'deployment.scaling-efficiency');
    yesFull('2. Framing', 'Our objective was to exercise end-to-end ML workflows in a simple classification scenario.', 'framing.ml-category');
    yesFull('3. Data', 'We pre-processed cough recordings from two open-sourced COVID-19 related datasets, Coswara and COUGHVID.', 'data.sources');
    noFull('3. Data', 'We did not use any public datasets.', 'data.sources');
  });
  it('"The typical usage of the system is:" introduces the functional scope; resampling to estimate performance is no imbalance handling', () => {
    const usage = docWithAllSections('1. Requirements', 'The typical usage of the system is:\n\n1. A bus user issues a request to the delay prediction service for line X at stop Y\n2. The service replies with a current estimate of the delay, in minutes');
    assert.equal(isPresent(usage, 'requirements.scope-functional'), true);
    noFull('4. Model', 'The core concern is RMSE performance under modern data splitting and resampling approaches.', 'data.class-imbalance');
    yesFull('3. Data', 'Fraud is 0.2% of transactions, so we use resampling of the minority class in training.', 'data.class-imbalance');
  });
});

describe('lint mechanisms (session 26)', () => {
  it('a forecaster\'s history window and horizon in one sentence are its input and output', () => {
    yesFull('2. Framing', 'A forecast will be produced by looking at the last 7 days of data and generating a forecast for the next 14 days.', 'framing.io-spec');
    yesFull('2. Framing', 'We forecast the next 14 days of counts from the previous 7 days of hourly counts.', 'framing.io-spec');
    noFull('2. Framing', 'We trained on the last 30 days and will monitor predictions over the next 2 weeks.', 'framing.io-spec');
    noFull('2. Framing', 'Over the last 3 months we collected data, and in the next 2 weeks we will clean it.', 'framing.io-spec');
  });
  it('a scheduled task that generates the forecasts is batch; asking the re-ranker for new scores per search is online', () => {
    yesFull('6. Deployment', 'For V1 we will be creating a periodic task that will query for issues marked as archived-until-escalating to generate the forecasts.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Forecasts are generated by a cron task every week and cached per issue.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'After the user searches, Search API will make a request for new scores from the re-ranker for the top 100 results.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'A periodic task will clean up old log files.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We will make a request for new labels from the annotation vendor every quarter.', 'deployment.online-vs-batch');
  });
  it('work that "completes in under 30 seconds" is a latency bound; how long training or a batch run takes is not, unless it is a deadline', () => {
    yesFull('1. Requirements', 'Our deployment guarantees graph generation completes in under 30 seconds for user inputs of reasonable length.', 'requirements.latency-p99');
    yesFull('1. Requirements', 'Generation must finish in under 30 seconds.', 'requirements.latency-p99');
    noFull('1. Requirements', 'Training is done within 3 hours on one GPU.', 'requirements.latency-p99');
    noFull('1. Requirements', 'The nightly run takes about 2 hours end to end, including the CRM sync.', 'requirements.latency-p99');
    yesFull('1. Requirements', 'The nightly batch job must finish within 90 minutes so the table is ready by 04:30.', 'requirements.latency-p99');
  });
  it('storage buckets are not bucketed features; a dashboard tool named with no service signal and no service it watches is no operational monitoring', () => {
    noFull('3. Data', 'Firstly, we create an AWS S3 bucket and an RDS service (PostgreSQL database) for the backend of our MLflow experiment tracking.', 'data.features');
    noFull('3. Data', 'Create 4 buckets in Google Cloud Storage for the raw data, the models and the reports.', 'data.features');
    yesFull('3. Data', 'Age is put into 10 buckets and the merchant id goes through a hashed embedding.', 'data.features');
    noFull('7. Monitoring', 'In addition we have access to a Prometheus database which is serving data for a dashboarding service implemented with Grafana.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'The prediction service is monitored with Prometheus and Grafana.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'Operational: the batch job posts completion and row counts to the Datadog board; alert if the job has not finished by 06:00.', 'monitoring.operational-metrics');
  });
  it('a service rolled out gradually, or a random share of issues sent to the new service, is a rollout', () => {
    yesFull('6. Deployment', 'We plan to roll out the repo-specific label microservice gradually instead of replacing the existing flask app with the new service directly.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', 'We would randomly select a proportion of issues from the specified repositories and send them to the new repo-specific service.', 'deployment.rollout-strategy');
    noFull('6. Deployment', 'We send a sample of issues to the annotators every week.', 'deployment.rollout-strategy');
  });
  it('a label that names a key (a config value under a "label microservice", a label in an input dict) is no training label', () => {
    noDoc('# Label bot\n\n## 6. Deployment\n\n1. Repo-specific label microservice\n    - **cluster**: workers\n    - **namespace**: default\n', 'data.labels');
    noFull('3. Data', 'Proposed label in the input dict: "model" (same as current evaluator) and/or "baseline_model" if there is a baseline model.', 'data.labels');
    yesFull('3. Data', 'Labels come from chargebacks reported within 90 days of the transaction.', 'data.labels');
  });
  it('losses to minimise, plural and unqualified, are money lost unless the sentence is about training', () => {
    noFull('4. Model', 'Our goal is to place the predicted amount of scooters needed to rent, to minimize losses from either scenario.', 'model.loss-function');
    yesFull('4. Model', 'We sum the two losses with weights 1 and 0.5 during training.', 'model.loss-function');
  });
  it('a model chosen by its lowest error at prediction time, or a metric chosen for an imbalanced set, is offline evaluation, not production monitoring', () => {
    noFull('4. Model', 'Each time we request a prediction, the script pulls the last model of each DL model and takes the model with lowest MAE, then performs the prediction.', 'monitoring.model-performance');
    yesFull('4. Model', 'Each time we request a prediction, the script pulls the last model of each DL model and takes the model with lowest MAE, then performs the prediction.', 'evaluation.offline-metrics');
    noFull('4. Model', 'The dataset was no longer balanced. So to measure model performance G-Mean Score was used.', 'monitoring.model-performance');
    yesFull('4. Model', 'The dataset was no longer balanced. So to measure model performance G-Mean Score was used.', 'evaluation.offline-metrics');
    yesFull('4. Model', 'The model with the best test accuracy will be promoted to production.', 'evaluation.offline-metrics');
    noFull('6. Deployment', 'Model development, experiment tracking, and registration - Darts and MLflow', 'evaluation.online-metrics');
  });
  it('a part the author "did not have time for" is not done', () => {
    noFull('6. Deployment', 'Model will be deployed with Triton Inference Server or Seldon Core, I did not have time for this :(', 'deployment.serving-architecture');
    yesFull('6. Deployment', 'The model is deployed with Triton Inference Server behind the API gateway, which calls it per request.', 'deployment.serving-architecture');
  });
  it('input and output said in prose; what is predicted said in passing', () => {
    yesFull('2. Framing', 'The task is to define music genre by wav record: at the input we get some record and musical genre (class) is predicted at the output.', 'framing.io-spec');
    yesFull('2. Framing', 'I included the following features into the model: carat, cut, volume, color, and clarity with the target as price.', 'framing.io-spec');
    yesFull('2. Framing', 'The user can request predicted prices based on provided information about the carrier, source and destination towns and number of stops.', 'framing.io-spec');
    yesFull('2. Framing', 'This project focuses on classifying emails as either spam or legitimate (ham) based on their content.', 'framing.io-spec');
    noFull('2. Framing', 'What is predicted at the output?', 'framing.io-spec');
    yesFull('2. Framing', 'Train, test and validate a CatBoost classifier for predicting patient non-attendance.', 'framing.ml-objective');
    yesFull('2. Framing', 'At the input we get some record and the musical genre is predicted at the output.', 'framing.ml-objective');
    noFull('2. Framing', 'The output is predicted by the model.', 'framing.ml-objective');
  });
  it('a test period after the training period is a split; a split made in code counts', () => {
    yesFull('3. Data', 'The dataset holds taxi rides throughout all 2018 calendar months. I will validate and test the model using the first six calendar months\' data from 2019.', 'data.split-leakage');
    noFull('3. Data', 'We tested the app with users in 2021.', 'data.split-leakage');
    yesDoc('# DNA\n\n## 3. Data\n\n```python\ndata = splitData(df, target="status", train_size=0.7, test_size=0.15, val_size=0.15)\n```\n', 'data.split-leakage');
  });
  it('the schedule of a job under a "Continuous training" heading is a retraining plan', () => {
    yesDoc('# Churn\n\n## Continuous training workflow\n\nThis workflow runs the following commands:\n\n1. Install the requirements.\n2. Train the model.\n3. Push the new model to the repository.\n4. This workflow will run every day.\n', 'monitoring.retraining-plan');
    noDoc('# Churn\n\n## Continuous integration workflow\n\n1. Run the tests.\n2. This workflow will run every day.\n', 'monitoring.retraining-plan');
  });
  it('the opening says the system to build and what it does: "would like to build a new label microservice that can predict …"', () => {
    yesDoc('# Label bot\n\nWe would like to build a new label microservice that can predict repo-specific labels for the issues of different repositories.\n', 'requirements.scope-functional');
    yesDoc('# Covid deaths\n\n## Objective\n\nThe project utilizes MLOps to create a system that predicts the number of deaths due to covid19 in France and is updated every day.\n', 'requirements.scope-functional');
    noDoc('# Notes\n\nWe would like to build a new dashboard for the team.\n', 'requirements.scope-functional');
  });
  it('a config map is no input-to-output mapping; a dataset named with whose data it is counts as a source', () => {
    noFull('6. Deployment', 'Deleting a model leads to removing the model from the config map, which causes the model agent to unload the model.', 'framing.io-spec');
    yesFull('3. Data', 'The original dataset is a bike rental dataset from the city of Austin Texas.', 'data.sources');
    noFull('3. Data', 'Our dataset is small and noisy.', 'data.sources');
  });
  it('reducing the backlog is a business outcome; data recorded through a tool that forms a dataset is a source; "as either X or Y" is binary classification', () => {
    yesFull('1. Requirements', 'The goal is to substantially reduce the backlog of edits awaiting review while maintaining a high level of accuracy.', 'requirements.business-objective');
    yesFull('3. Data', 'Data recorded through the use of Flagged Revisions constitutes a large, human-labeled dataset of accepted and rejected edits.', 'data.sources');
    yesFull('2. Framing', 'This project is aimed at classifying emails as either spam or legitimate (ham) based on their content.', 'framing.ml-category');
    noFull('2. Framing', 'Emails are either spam or legitimate.', 'framing.ml-category');
  });
  it('the experiment-tracking server is no serving architecture; "to ensure the model\'s accuracy and reliability" names no metric', () => {
    noFull('6. Deployment', 'We then run ./ml_train/mlflow.sh to launch the MLflow experiment tracking UI with an RDS + S3 backend store.', 'deployment.serving-architecture');
    yesFull('6. Deployment', 'Requests go from the API gateway to the FastAPI scoring service, which loads the model from the MLflow registry and reads features from Redis.', 'deployment.serving-architecture');
    noFull('5. Evaluation', 'To ensure the model\'s accuracy and reliability, I will validate and test it using held-out data.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'We report accuracy and macro-F1 on the held-out test set.', 'evaluation.offline-metrics');
    noFull('1. Requirements', 'We will streamline the development, deployment, and monitoring of the model. To ensure the model\'s accuracy and reliability, I will validate and test it.', 'monitoring.model-performance');
  });
  it('the evidence line of a question answered in the same paragraph is the answer, not the question', () => {
    const doc = '# Photos\n\n## 2. Framing\n\nQ: Inputs and outputs?\nA: Input: one photo resized to 224x224 plus metadata. Output: an aesthetic score in [0, 1].\n';
    const item = lint(doc, { force: true }).items.find((i) => i.id === 'framing.io-spec');
    assert.equal(item?.present, true);
    assert.equal(item?.line, 5, 'the answer line (0-based 5), not the question on line 4');
  });
  it('"online evaluation" by a dashboard is no A/B test; handling errors gracefully is no operational metric', () => {
    noFull('5. Evaluation', 'For the online evaluation, we have built a monitoring dashboard that tracks how the system is performing.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'For the online evaluation, 10% of users get the new model and we compare conversion against the control group for two weeks.', 'evaluation.ab-test-plan');
    noFull('7. Monitoring', 'What is the fall-back if our model fails? The system should handle errors gracefully.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'We alert when the error rate of the scoring service exceeds 1% over five minutes.', 'monitoring.operational-metrics');
  });
});

describe('lint mechanisms (session 27)', () => {
  it('megabytes of data are a data volume; one upload\'s, one model\'s or one bundle\'s megabytes are not', () => {
    yesFull('3. Data', 'The data used for training is available at a public URL (offers.csv file of 85MB).', 'requirements.scale');
    yesFull('3. Data', 'The training data is 85 MB.', 'requirements.scale');
    yesFull('3. Data', 'We collected a 300 MB dataset of product reviews.', 'requirements.scale');
    noFull('3. Data', 'Uploads are limited to 10 MB per image.', 'requirements.scale');
    noFull('6. Deployment', 'The model is 50 MB, so it fits in the Lambda package.', 'requirements.scale');
    noFull('6. Deployment', 'The app bundle grew by 20 MB.', 'requirements.scale');
  });
  it('a model library labelled with its role ("XGBoost | Regressor") names the category', () => {
    yesFull('4. Model', '| Name | Scope |\n| --- | --- |\n| Pandas | Feature engineering |\n| XGBoost | Regressor |', 'framing.ml-category');
    yesFull('4. Model', '- LightGBM: binary classifier', 'framing.ml-category');
    noFull('4. Model', '| Name | Scope |\n| --- | --- |\n| Pandas | Feature engineering |\n| XGBoost | Training |', 'framing.ml-category');
    noFull('4. Model', '| Name | Scope |\n| --- | --- |\n| Flask | Web server |\n| Regressor | XGBoost |', 'framing.ml-category');
  });
  it('a bullet led by "(out-of-scope this round)" commits to nothing', () => {
    noFull('7. Monitoring', '- (out-of-scope this round) Choice of apps/tools for continuous delivery and monitoring of model performance after deployment', 'monitoring.model-performance');
    noFull('7. Monitoring', '- (future work) We retrain weekly on fresh labels.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- (weekly) We retrain on fresh labels.', 'monitoring.retraining-plan');
  });
  it('a split given as shares of train, validation and test is a split', () => {
    yesFull('3. Data', 'Data was split into Train (70%), Validation (20%), Test (10%).', 'data.split-leakage');
    yesFull('3. Data', '- Input data is split into 66%, 33%, 33% for training, validation and test data.', 'data.split-leakage');
    noFull('3. Data', 'We did not split into train (70%), validation (20%) and test (10%).', 'data.split-leakage');
    noFull('5. Evaluation', 'Traffic is split into control (50%) and treatment (50%).', 'data.split-leakage');
  });
  it('the goal or aim of predicting something, and a model to help predict it, is the ML objective', () => {
    yesFull('1. Requirements', 'The goal of the project is to predict insurance premium charges in US using Kedro framework.', 'framing.ml-objective');
    yesFull('1. Requirements', 'For this midterm project, a binary classification model is implemented on the case of heart failure with an aim of predicting patients\' survival.', 'framing.ml-objective');
    yesFull('1. Requirements', 'Step 1: Creating a binary classification model to help predict customer churn.', 'framing.ml-objective');
    yesFull('1. Requirements', 'The goal of this project is to create a classifier, which, given a tweet with some metadata, would classify it if it tells about a disaster or not.', 'framing.ml-objective');
    yesFull('1. Requirements', 'The model will take as input the text of an article and output a prediction of whether it is relevant (Class 1) or not (Class 0).', 'framing.ml-objective');
    noFull('1. Requirements', 'The goal of the project is to increase revenue.', 'framing.ml-objective');
    noFull('1. Requirements', 'Our goal is to detect it better than the old rules did.', 'framing.ml-objective');
    noFull('1. Requirements', 'The goal is not to predict prices.', 'framing.ml-objective');
  });
  it('where the data is taken from: "comes from the user\'s Gmail account", "gather bugs from Bugzilla", a crawler of selected repositories', () => {
    yesFull('1. Requirements', 'The data for this project comes from the user\'s Gmail account.', 'data.sources');
    yesFull('1. Requirements', 'The dataset is taken from an open Kaggle competition.', 'data.sources');
    yesFull('1. Requirements', '- Gather bugs from the project\'s Bugzilla\n- Mine commits from the repository', 'data.sources');
    yesFull('1. Requirements', 'We wrote a GitHub crawler which automatically crawls the issues from manually selected GitHub repositories and saves them into .json files.', 'data.sources');
    noFull('4. Model', 'We trained the model from scratch.', 'data.sources');
  });
  it('a column picked as the target defines the label', () => {
    yesFull('3. Data', 'In AutoML, Classification was selected and the \'churn\' column was picked as the target.', 'data.labels');
    yesFull('3. Data', 'The target is the DEATH_EVENT column.', 'data.labels');
    noFull('3. Data', 'The target column is not yet chosen.', 'data.labels');
  });
  it('candidates compared on a named metric with the winner taken is a justified model choice; a pick deferred to the results is not', () => {
    yesFull('4. Model', '- train and optimize hyperparameters of linear regression, ridge regression and random forest model\n\n  Random forest is the best performing model based on RMSE score. Thus, it is used for inference.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We have tried 3 classifiers Random Forest, Gradient Boosting and Ada Boosting. Of these we found Random Forest to have the best metrics across different folds.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We compared logistic regression, random forest and XGBoost; XGBoost had the best AUC, so we use it.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We will try logistic regression and XGBoost and pick the one with the best AUC.', 'model.selection-tradeoffs');
    noFull('4. Model', 'Random forest is the best performing model based on RMSE score. Thus, it is used for inference.', 'model.selection-tradeoffs');
  });
  it('word sense: a data-normalisation project, pointers to an explanation for the reader, feature importance from mutual information, EDA of the class distribution, experiments with a RandomForestClassifier', () => {
    noFull('3. Data', 'No blockers, this work can begin immediately (though some may conflict with the data normalization and ingestion server removal projects).', 'data.features');
    noFull('3. Data', '```python\n# Normalize the labels into a table, then get only the name and confidence values\nrows = explode(labels)\n```', 'data.features');
    yesFull('3. Data', 'Numeric inputs are normalized to zero mean and unit variance.', 'data.features');
    noFull('4. Model', '_For a full explanation on this exploration, see: [Analysis explanation](https://example.org/analysis)._', 'model.interpretability');
    noFull('4. Model', '> Further explanation in [5. Train the model](#train-model)', 'model.interpretability');
    yesFull('4. Model', 'Each decline comes with an explanation of the top three features that drove the score.', 'model.interpretability');
    noFull('3. Data', '- EDA was performed analysing missing data, target imbalance and feature importance using mutual information between categorical features.', 'model.interpretability');
    noFull('3. Data', 'Because the dataset contains images, the EDA is limited to class distribution to check for imbalances and image size distribution.', 'monitoring.drift');
    yesFull('7. Monitoring', 'We track the class distribution of predictions daily and alert when it moves.', 'monitoring.drift');
    noFull('4. Model', '- Evaluated using other models - DecisionTreeClassifier, RandomForestClassifier and XGBoost - with similar experiments as above (feature dropping, scaling etc.)', 'evaluation.ab-test-plan');
  });
  it('a README-shaped project report (table of contents, installation) is a design doc when what it says covers the framework; meeting notes are not', () => {
    assert.ok(isDesignDoc("# Loan Default Prediction (capstone)\n\n## Table of Contents\n\n- [Problem description](#problem-description)\n- [Installation](#installation)\n\n## Problem description\n\nThe bank loses about $2M a year on personal loans that default, so the goal is to cut default losses by 10% without rejecting more good applicants. The goal of the project is to predict whether an applicant will default within 12 months; this is a binary classification problem.\nThe model takes the application form (income, loan amount, term, employment length) as input and outputs a default probability.\nThe service must answer in under 200 ms at p99 and handle 50 requests per second at peak. The portfolio has about 40,000 applications a year.\nPersonal data stays in the bank's VPC and the model never sees names or addresses (GDPR).\n\n## Installation\n\nRun `pipenv install` and then `python train.py`.\n\n## Dataset\n\nThe data comes from the bank's loan book: 120,000 closed loans from 2015\u20132022. The label is 1 when the loan defaulted within 12 months of origination, 0 otherwise. Defaults are only 6% of loans, so we use class weights and report PR-AUC.\nData was split by origination date: train on 2015\u20132020, validate on 2021, test on 2022.\nCategorical features are one-hot encoded and income is log-transformed.\n\n## Model Selection\n\nThe baseline is the current scorecard. We compared logistic regression, random forest and XGBoost; XGBoost had the best PR-AUC, so we use it. Training minimises log loss with early stopping.\n\n## How it runs\n\nOffline: PR-AUC and recall at 5% false positive rate. Online: a 4-week A/B test on 10% of applications, comparing default rate and approval rate against the scorecard.\n\nThe model is served online behind a FastAPI endpoint in Docker on AWS ECS, rolled out as a shadow deployment first.\n\nEvidently compares the feature distributions of live applications against training data weekly; we alert when PSI > 0.2 and retrain monthly on newly closed loans.\n"), 'a project report with install steps is still a design');
    assert.ok(!isDesignDoc("# Loan Default Prediction\n\n## Table of Contents\n\n- [Installation](#installation)\n\n## Problem description\n\nPredict loan default.\n\n## Installation\n\nRun `pipenv install`.\n\n## Dataset\n\nDownload it from Kaggle.\n\n## Model\n\nRun `python train.py`.\n\n## Usage\n\nStart the server with `make run`.\n"), 'a setup README is not');
    assert.ok(!isDesignDoc("# TeamA Meeting Note G1\n\n## 1. Agenda\n\n#### 1.1 Review and select recommendation approach\n\n#### 1.2 Review and select evaluation metric\n\n## 2. Deliverables\n\n#### 2.1 Recommendation approach\n\nChoose content-based as baseline (easy to implement).\n\n#### 2.2 Evaluation metric\n\nRMSE on held-out ratings.\n\n#### 2.3 Project requirement\n\nResponse under 800 ms.\n"), 'meeting notes are not');
    assert.ok(isDesignDoc("# Design: LLM action-item extraction for meeting notes\n\n## Requirements\n\np99 under 2 s.\n\n## Data\n\nTranscripts.\n\n## Model\n\nA fine-tuned 7B model.\n\n## Evaluation\n\nPrecision of extracted items.\n"), 'a design about meeting notes is');
  });
  it('items said in a student report\'s words: accuracy ruled out by the imbalance, the highest ROC, ordinal codes, a pretrained network as feature extractor, an image recognition task', () => {
    yesFull('5. Evaluation', 'Of these, ROC AUC, F1 and Balanced Accuracy are what we deemed relevant. Accuracy is ruled out since given the heavy imbalance of the class labels, we can get high accuracy even when the model is performing poorly.', 'data.class-imbalance');
    noFull('5. Evaluation', 'Accuracy is ruled out since given the heavy imbalance of the class labels, we can get high accuracy even when the model is performing poorly.', 'data.class-imbalance');
    noFull('5. Evaluation', 'The heavy imbalance of the class labels is typical of fraud data.', 'data.class-imbalance');
    yesFull('4. Model', 'Note: Four models were trained and best one was chosen with highest ROC', 'evaluation.offline-metrics');
    noFull('4. Model', 'We plot the ROC curve in the notebook.', 'evaluation.offline-metrics');
    yesFull('3. Data', 'Categories that can be ordered hierarchically are converted into ints, like \'income\' or \'education level\'.', 'data.features');
    yesFull('3. Data', 'The dataset is very small, so the project relies exclusively on Transfer Learning for image feature extraction.', 'data.features');
    yesFull('4. Model', 'I chose a base transformer (distilBERT) to process the text data. My model takes the output from this transformer and adds a regression head.', 'data.features');
    yesFull('2. Framing', 'I opted for a simple image recognition task due to time constraints and inexperience.', 'framing.ml-category');
  });
  it('a goal paragraph under "Goals", a scheduled job that builds models, and queues with workers that take from them', () => {
    yesDoc('# Rekognition tags\n\n## Goals\n\nImprove Search Relevancy\n\n## Data\n\nLabels from AWS Rekognition.\n\n## Model\n\nNo training.\n', 'requirements.business-objective');
    noDoc('# Rekognition tags\n\n## Goals\n\nThe goals of this document are explained below, and the team that owns each goal is listed in the appendix with a short note on how it was chosen.\n\n## Data\n\nLabels.\n\n## Model\n\nNone.\n', 'requirements.business-objective');
    yesFull('7. Monitoring', 'Every few hours, Prefect Agent will start and read the training data from S3, it will build models using XGBoost by running hyperparameter search, and the best model is registered.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We train new models every week on the latest labels.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'We trained the models once, last week.', 'monitoring.retraining-plan');
    yesFull('6. Deployment', 'One runs the image and puts messages in the queue, afterwards a worker picks them up, vectorizes them, puts them in another queue and the classifier tree starts.', 'deployment.serving-architecture');
  });
  it('security out of scope with advice to whoever deploys it, a VM\'s storage setting, a Kinesis shard iterator: none of them commits to the item', () => {
    noFull('1. Requirements', 'Note: this is a personal project. Security was not in the scope of this project. For deploying this infrastructure in a production environment please ensure proper credentials are set for each service and no endpoint is exposed to the public internet.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Credentials live in Vault and no endpoint is exposed to the public internet; PII is dropped before logging.', 'requirements.privacy-security');
    noFull('1. Requirements', 'Increase **Configure storage** to 30 Gb.', 'requirements.scale');
    yesFull('1. Requirements', 'The click logs hold about 30 GB of data per day.', 'requirements.scale');
    noFull('6. Deployment', '```bash\n# copy shard iterator without quotes\naws kinesis get-records --shard-iterator $IT\n```', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'The embedding index is sharded across 4 nodes.', 'deployment.scaling-efficiency');
  });
  it('what is given against which attributes is the input and output', () => {
    yesFull('3. Data', 'This dataset contains 1338 rows of insured data, where the insurance charges are given against the following attributes of the insured: age, sex, BMI, number of children, smoker, region.', 'framing.io-spec');
    noFull('3. Data', 'This dataset contains 1338 rows of insured data with many attributes.', 'framing.io-spec');
  });
  it('a pipeline diagram with a retraining step and its cadence is a retraining plan', () => {
    yesFull('6. Deployment', '```mermaid\nflowchart TD\n    D{Weekly Batch Process}\n    H[Fetch emails & predict]\n    E[Review & Label via UI]\n    F[Re-train & deploy new model]\n    D --> H --> E --> F --> D\n```', 'monitoring.retraining-plan');
    noFull('6. Deployment', '```mermaid\nflowchart TD\n    A[Train initial model] --> B[Deploy]\n    B --> C[Weekly report]\n```', 'monitoring.retraining-plan');
  });
  it('notes on what to monitor for "almost any ML task" are lecture notes, not a design', () => {
    assert.ok(!isDesignDoc("# Metrics to monitor in production\n\n## Applicable to almost any ML task\n\n- Service health\n- Model performance\n- Data quality and integrity\n- Data/concept drift\n\n## Applicable to certain ML tasks\n\n- Performance by segment\n- Model bias/fairness\n\n### Problem: some metrics require batch mode deployment\n\n- Drift detection\n- Quality metrics (precision, recall etc)\n\n### Solution: for non-batch deployments use a window function\n\n- Statistical tests: use a window function\n\n# Monitoring implementation scheme\n\nThe idea is to create the monitoring system on top of the logs.\n"));
  });
  it('the purpose of the project said as what it lets people do ("so that banks … can make unbiased decisions"), typo and all', () => {
    yesDoc('# Loan Prediction Service\nThe prupose of this project is to provide a loan prediction for people so that banks and finance providers can make unbiased decisions.\n\n# Data Source\n\nKaggle.\n\n# Model\n\nXGBoost.\n', 'requirements.business-objective');
    noDoc('# Loan Prediction Service\nThe purpose of this project is to build a pipeline so that the model can be trained nightly.\n\n# Data Source\n\nKaggle.\n\n# Model\n\nXGBoost.\n', 'requirements.business-objective');
  });
});

describe('lint mechanisms (session 28)', () => {
  it('a leak looked for and ruled out is a leakage guard, not a negated item', () => {
    yesFull('5. Evaluation', 'I have verified that there was no data leakage from the test set while tuning the models.', 'data.split-leakage');
    yesFull('5. Evaluation', 'We double-checked that there is no target leakage in the engineered features.', 'data.split-leakage');
    noFull('5. Evaluation', 'There was no data leakage discussion in the interview.', 'data.split-leakage');
  });
  it('an ambiguous metric word read as the metric that ranks models ("best model in terms of accuracy", "perform poorly in terms of spam recall")', () => {
    yesFull('4. Model', 'The nightly job picks the best model in terms of accuracy among logistic regression, SVM and random forest.', 'evaluation.offline-metrics');
    yesFull('4. Model', 'The rule-based filters perform poorly in terms of spam recall.', 'evaluation.offline-metrics');
    noFull('4. Model', 'All models beat our expectations, both in terms of accuracy and inference time.', 'evaluation.offline-metrics');
  });
  it('metrics chosen to account for a disproportionate class distribution handle the imbalance, and that distribution is not drift', () => {
    yesFull('5. Evaluation', 'Precision and recall were used to account for the disproportionate class distribution.', 'data.class-imbalance');
    noFull('5. Evaluation', 'Precision and recall were used to account for the disproportionate class distribution.', 'monitoring.drift');
    noFull('5. Evaluation', 'Precision and recall were reported for every model.', 'data.class-imbalance');
    yesFull('7. Monitoring', 'We monitor the class distribution of live predictions daily and alert on a shift.', 'monitoring.drift');
  });
  it('the prediction mode said of the deployment itself', () => {
    yesFull('7. Monitoring', '- /deploy: deployment of the model in a batch mode scheduled with Prefect', 'deployment.online-vs-batch');
    yesFull('7. Monitoring', 'The Lambda running the inference code is scheduled to run daily at 06:00.', 'deployment.online-vs-batch');
    noFull('7. Monitoring', 'Should the deployment of the model be in batch mode?', 'deployment.online-vs-batch');
  });
  it('classifying things into N classes states the objective, the input and output, and a multi-class task; "classifiy" is read through', () => {
    for (const id of ['framing.ml-objective', 'framing.io-spec', 'framing.ml-category']) {
      yesFull('1. Requirements', 'Using a convolutional network with transfer learning to classifiy bird photos into 12 species classes.', id);
      noFull('1. Requirements', 'Last year a vendor sold us a tool that sorted invoices by date.', id);
    }
    yesFull('1. Requirements', 'A model that we will use to classify the review times into one of 5 bins.', 'framing.ml-category');
    noFull('1. Requirements', 'We will not classify the tickets into 3 classes.', 'framing.ml-category');
  });
  it('word sense: a repository guide, an EDA step, a console option, software sizes, a cause of harm, evaluation code, product alerts, an issue-tracking system', () => {
    noFull('4. Model', 'For more details see the section below "Explanation of the folders and scripts".', 'model.interpretability');
    noFull('4. Model', '- notebook.ipynb: exploratory data analysis, checking of missing values, feature importance analysis, correlation between features', 'model.interpretability');
    yesFull('4. Model', 'We report SHAP feature importance for each prediction so that reviewers see why a loan was declined.', 'model.interpretability');
    noFull('6. Deployment', '- Select Author from scratch > set the function name and runtime > Create function', 'model.training');
    yesFull('4. Model', 'We train the CNN from scratch for 30 epochs with Adam.', 'model.training');
    noFull('6. Deployment', 'TensorFlow is a large library of 1.2gb size, so we convert the model to TF Lite.', 'requirements.scale');
    noFull('6. Deployment', 'The platform limits uploads to 50mb per file and 10gb for docker image.', 'requirements.scale');
    yesFull('3. Data', 'The training images are 1.2gb in total.', 'requirements.scale');
    noDoc('# Fraud plan\n\n## Requirements\n\nx\n\n## Data\n\nx\n\n## Model\n\nx\n\n## Risks\n\n- Causes:\n  - Poor data quality\n  - Overfitting\n', 'monitoring.data-quality');
    noFull('5. Evaluation', '- `recall()`: computes the recall of predictions against actual labels.', 'monitoring.model-performance');
    noFull('5. Evaluation', 'High precision keeps unnecessary alerts for legitimate transactions low, so precision is the metric we report.', 'monitoring.model-performance');
    noFull('2. Framing', 'Prior work on automated tagging in issue tracking systems trains a model to predict bug or feature and reports accuracy.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We keep tracking precision of the live model weekly on a labelled sample.', 'monitoring.model-performance');
  });
  it('a target column with its class codes defines the label; a data source updating is not retraining', () => {
    yesFull('3. Data', '- Outcome: output class (1: readmitted within 30 days, 0: not readmitted)', 'data.labels');
    yesFull('3. Data', 'target (0 = paid back, 1 = defaulted)', 'data.labels');
    noFull('3. Data', '- Age: age of the patient in years', 'data.labels');
    noFull('7. Monitoring', 'The vendor provides an API to acquire continuous updates of the bill texts.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'Continuous updates of the model: it is retrained every night on the latest labels.', 'monitoring.retraining-plan');
  });
  it('what a project is intended to predict is the ML objective', () => {
    yesFull('1. Requirements', 'The project is intended to predict cardiovascular disease based on patient measurements.', 'framing.ml-objective');
    noFull('1. Requirements', 'The project is intended to help nurses plan their shifts.', 'framing.ml-objective');
  });
  it('an endpoint that runs the request through preprocessing and the model to the response is the serving path', () => {
    yesFull('6. Deployment', '- **API endpoint (`/score`):** processes incoming JSON data through the feature pipeline and model to return a churn probability.', 'deployment.serving-architecture');
    noFull('6. Deployment', '- The notebook processes the CSV files and plots the churn rate per month.', 'deployment.serving-architecture');
  });
  it('a bold caption on its own line labels the text under it ("**Value Proposition**"); a duty to ensure data security is a constraint', () => {
    yesDoc('# Toll plates\n\n## Motivation\n\n**Value Proposition**  \nEliminating manual collection will improve traffic flow through toll gates.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    noDoc('# Toll plates\n\n## Motivation\n\n**Camera Setup**  \nEliminating glare needs a polariser on every camera.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    yesFull('1. Requirements', '**Regulations**  \nThe operator would have to ensure driver data security, and a separate team audits plate reads.', 'requirements.privacy-security');
  });
  it('a path to operationalization is the deployment section', () => {
    assert.deepEqual(classifyHeadingAll('D. Outline a path to operationalization.'), ['deployment']);
    assert.ok(isDesignDoc('# CI failure types\n\n## Problem Statement\n\nWe classify failing test runs into four failure types so that engineers triage faster.\n\n## Approach\n\nHeuristics on the pass/fail grid first, then a classifier on those labels.\n\n## Path to operationalization\n\nA nightly notebook pipeline writes the labels to S3 and a dashboard shows them.\n'));
  });
  it('word sense: the model retraining replaces, model metadata, speeding tickets', () => {
    noFull('7. Monitoring', 'If the current model has been trained on older data, its performance drops. Therefore a new model is trained when one of three conditions is met.', 'model.baseline');
    noFull('7. Monitoring', '- the new data has columns with drift compared to the dataset used for training of the current model', 'model.baseline');
    yesFull('4. Model', 'We compare the new ranker against the current production model on last week\'s traffic.', 'model.baseline');
    noFull('6. Deployment', '- One should be able to attach general metadata to a model. Key-value pairs should be fine.', 'data.sources');
    yesFull('3. Data', '- Item metadata (title, brand, price) comes from the catalog service.', 'data.sources');
    noDoc('# Violations\n\n## Problem\n\nClassify a violation into 4 types:\n\n- **Citation:** Examples: speeding tickets, running a red light\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    yesDoc('# Triage\n\n## Problem\n\n- Goal: cut support tickets by 20% this year\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
  });
  it('input and output in a student write-up\'s words: predict X by using Y, an output class among listed attributes, an app that generates predictions of whether …', () => {
    yesFull('1. Requirements', 'The model will predict tomorrow\'s demand by using the sales counts of the last 14 days.', 'framing.io-spec');
    noFull('1. Requirements', 'We will predict demand by using XGBoost.', 'framing.io-spec');
    yesFull('3. Data', 'It contains the following attributes:\n\n* Age: age of the patient (years)\n* Outcome: output class (1: readmitted, 0: not readmitted)', 'framing.io-spec');
    noFull('3. Data', 'It contains the following attributes:\n\n* Age: age of the patient (years)\n* Ward: the hospital ward', 'framing.io-spec');
    yesFull('6. Deployment', '- predict.py deploys a Flask app which accepts post requests with json payload and generates predictions of whether the patient will be readmitted', 'framing.io-spec');
  });
  it('a dataframe\'s shape gives the rows; an image captioning model is the category; annotation said with what it marks defines the labels', () => {
    yesFull('3. Data', 'Dataframe dimensions: (1010737, 28)', 'requirements.scale');
    noFull('3. Data', 'The input shape is (224, 224).', 'requirements.scale');
    yesFull('2. Framing', 'Our first image captioning model is an encoder-decoder transformer.', 'framing.ml-category');
    noFull('2. Framing', '[3] D. Zhao et al., "Understanding racial biases in image captioning," ICCV 2021.', 'framing.ml-category');
    yesFull('3. Data', 'The photographs are fully annotated for both bounding box and plate character truths.', 'data.labels');
    noFull('3. Data', 'We have not annotated the photographs with bounding boxes yet.', 'data.labels');
  });
  it('what a product lets its users do is its scope', () => {
    yesFull('4. Model', 'We built a web-based app that allows users to upload photos of a receipt and get the expense category back.', 'requirements.scope-functional');
    noFull('4. Model', 'The app does not allow users to upload photos of a receipt yet.', 'requirements.scope-functional');
    noFull('4. Model', 'The notebook allows us to compare models.', 'requirements.scope-functional');
  });
});

describe('lint mechanisms (session 29)', () => {
  it('one preprocessing pipeline named as serving both training and predictions guards against skew', () => {
    yesFull('6. Deployment', '- Data preprocessing: utilizes the `ETL_Pipeline` class for extracting and transforming data, ensuring it is in the correct format for model training and predictions.', 'deployment.training-serving-skew');
    yesFull('6. Deployment', 'The fitted scaler is saved with the model, so the same transform is applied for both training and inference.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'We need GPUs for model training and predictions.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'The ETL pipeline prepares the data for model training and evaluation.', 'deployment.training-serving-skew');
  });
  it('a training workflow that runs on a schedule is a retraining plan', () => {
    yesFull('6. Deployment', 'It downloads the updated dataset and picks the best model. The training workflow can also be executed immediately without waiting for the schedule.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We schedule the training pipeline in Airflow; each run compares the new model against the current one.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'The training pipeline has no schedule yet.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'The training pipeline is a notebook we ran once.', 'monitoring.retraining-plan');
  });
  it('what the product gives to whom is its scope ("can provide newly submitted PRs with a time to merge estimate")', () => {
    yesFull('6. Deployment', 'This service once integrated with a Github repo, can provide newly submitted PRs with a time to merge estimate.', 'requirements.scope-functional');
    yesFull('6. Deployment', 'The bot will annotate each incoming ticket with a priority label.', 'requirements.scope-functional');
    noFull('6. Deployment', 'The vendor provides us with a CSV export every week.', 'requirements.scope-functional');
  });
  it('word sense: explanations of the write-up\'s own steps, a data source\'s telemetry, the world\'s data, "controlling for" a variable, social services, a file converted, an S3 bucket, a churn model', () => {
    noFull('3. Data', 'We will omit explanations for the data cleaning methods we used, but curious readers can check the notebook.', 'model.interpretability');
    yesFull('4. Model', 'Each decline comes with explanations for the decision that the applicant can read.', 'model.interpretability');
    noFull('3. Data', 'We used SMART metrics collected from hard drives as our training data. SMART is a monitoring system that reports indicators such as read error rate.', 'monitoring.operational-metrics');
    noFull('1. Requirements', 'More than a million terabytes of data gets generated every day, and every bit of it is valuable.', 'requirements.scale');
    yesFull('1. Requirements', 'Our logs grow by 2 terabytes every day.', 'requirements.scale');
    noFull('5. Evaluation', 'We experimented with controlling for equity among agency types.', 'evaluation.ab-test-plan');
    noFull('3. Data', 'The warehouse holds previous evictions and interactions with mental, behavioral, and physical health services.', 'deployment.serving-architecture');
    noFull('6. Deployment', 'notebook.ipynb: image preparation, model training, hyperparameter tuning and conversion into tflite format.', 'requirements.business-objective');
    noFull('3. Data', 'First, create a new S3 bucket using Terraform. Open 01_terraform/main.tf and change the bucket name.', 'data.features');
    yesFull('3. Data', 'Age is bucketed into 5 buckets before training.', 'data.features');
    noFull('5. Evaluation', 'They wish to use the churn predictive model to make daily predictions and build dashboards in Tableau for stakeholder reporting.', 'evaluation.online-metrics');
  });
  it('plain statements of the split, the label, the input and output, and what the model identifies', () => {
    yesFull('3. Data', 'The script splits it into a training, testing and validation set using an 80%, 10%, 10% split.', 'data.split-leakage');
    noFull('3. Data', 'The script loads the training and testing files into memory.', 'data.split-leakage');
    yesFull('3. Data', 'The target column `is_bad` - whether the loan was repaid or not.', 'data.labels');
    noFull('3. Data', 'Our target is to reach 90% whether or not it rains.', 'data.labels');
    yesFull('3. Data', 'Corruption is not labelled itself. However, we can use effective complaints as a proxy.', 'data.labels');
    noFull('3. Data', 'We use page views as a proxy for popularity in the dashboard.', 'data.labels');
    yesFull('2. Framing', 'A web service that receives the applicant\'s features and returns whether the loan will be repaid.', 'framing.io-spec');
    noFull('2. Framing', 'The server receives requests and returns 200.', 'framing.io-spec');
    yesFull('2. Framing', 'This is a supervised multi-class classifier trained on the dermatology dataset to identify "erythemato-squamous" diseases.', 'framing.ml-objective');
    yesFull('2. Framing', '- given data about product ingredients\n- predict its NOVA group.', 'framing.ml-objective');
    noFull('2. Framing', 'We use a model to detect drift in the inputs.', 'framing.ml-objective');
    yesFull('4. Model', 'Our model also provides a list with the top risk factors influencing each individual decision.', 'model.interpretability');
  });
  it('what a project is for, and what its predictions buy, said in its opening lines', () => {
    yesDoc('# Homelessness prevention\n\nRepository for a project to prioritize individuals facing eviction for rental assistance based on their predicted risk.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    yesDoc('# Trucks\n\nThis was an experimental project aimed at identifying possible faster trade indicators.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    noDoc('# Trucks\n\nThis project aims to build a CNN to classify images.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    yesFull('4. Model', 'These predictions can then be used by Ceph to create or destroy replicas accordingly, thus making it more resource efficient.', 'requirements.business-objective');
    noFull('4. Model', 'The predictions are used to compute the F1 score, thus making evaluation easy.', 'requirements.business-objective');
  });
  it('PPV as a metric, a list produced on a schedule, what the system selects each year, a named dataset on its own line, a restricted scope', () => {
    yesFull('5. Evaluation', 'Evaluate all models for each validation time according to each metric (PPV at top k).', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'Evaluate all models for each validation time.', 'evaluation.offline-metrics');
    yesFull('6. Deployment', 'Using these predictions, every week we provide the county with a list of individuals who are at highest risk.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Every week we send the team a report of the bugs.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'At the beginning of each year, our system selects the 300 active large quantity generator handlers most likely to be the subject of formal enforcement.', 'requirements.scope-functional');
    yesFull('6. Deployment', 'At the beginning of each year, our system selects the 300 active large quantity generator handlers most likely to be the subject of formal enforcement.', 'framing.ml-objective');
    noFull('6. Deployment', 'At the beginning of each year, the team reviews the budget.', 'requirements.scope-functional');
    yesFull('3. Data', '- A large corpus of unlabelled spoken data:\n  - [OpenSubtitles Dataset](https://huggingface.co/datasets/open_subtitles)', 'data.sources');
    noFull('3. Data', '- The full dataset', 'data.sources');
    yesFull('1. Requirements', 'Therefore, we restrict the scope of this work to monologue documents with single speakers.', 'requirements.scope-functional');
  });
  it('the model in use today as what was beaten, a feature vector per sliding window, understanding whom the model ranks high', () => {
    yesFull('5. Evaluation', 'A random forest performed best and outperformed the SVM based sample model currently used as default on Ceph.', 'model.baseline');
    noFull('5. Evaluation', 'The model currently used is an SVM.', 'model.baseline');
    yesFull('3. Data', 'For each 6-day sliding window, create a feature vector characterizing the multidimensional time series.', 'data.features');
    noFull('3. Data', 'We keep the raw readings of each day.', 'data.features');
    yesFull('4. Model', '9. Explore the high performing models to understand who they rank high and how they compare to the cohort.', 'model.interpretability');
    noFull('4. Model', 'We want to understand how users feel about the product.', 'model.interpretability');
  });
  it('a repository layout\'s notes on files, "the features … were a, b, c", a score "computed by summing"', () => {
    const tree = '```\n├── Dockerfile      <- Blueprint for building docker container.\n├── Pipfile         <- Contains list of python packages used in this project.\n├── Pipfile.lock    <- Encrypted files list of python package.\n└── README.md       <- The top-level README.\n```';
    noFull('6. Deployment', tree, 'requirements.privacy-security');
    yesFull('6. Deployment', '```\n├── ingest   (hourly)\n├── features (encrypted at rest, PII hashed)\n└── score\n```', 'requirements.privacy-security');
    yesFull('3. Data', 'The features from this dataset used to build the model were number of beds, number of bathrooms, size of land, zip code and a derived variable from state and city.', 'data.features');
    noFull('3. Data', 'For features whose inputs were still in the warehouse, we re-ran the transformations over two years of data, which took most of a month of cluster time and found two bugs.', 'data.features');
    noFull('4. Model', '> The compound score is computed by summing the valence scores of each word in the lexicon, and then normalized to be between -1 and +1.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The scores are computed nightly and written to Redis.', 'deployment.online-vs-batch');
  });
  it('an interview answer in short lines: a label question answered at once, a split "based on", a guardrail that stops the experiment, a small share widened later, an "FT" heading', () => {
    yesFull('3. Data', 'How to define that user is bot? He/she was blocked for bot-like behaviour and did not appeal the blocking during one month, or the appeal failed and no new attempts were made.', 'data.labels');
    noFull('3. Data', 'How to define that user is bot? We need to think about it.', 'data.labels');
    yesFull('3. Data', 'Train/val/split based on user_id and bot campaigns (bots from the same campaign must belong to either train or val datasets).', 'data.split-leakage');
    yesFull('5. Evaluation', 'Control number of complaints, appeals and churn rate: if something of that is growing rapidly - stop the experiment and find out why.', 'evaluation.guardrail-metrics');
    noFull('5. Evaluation', 'If the experiment is growing too long, we stop the meeting.', 'evaluation.guardrail-metrics');
    yesFull('6. Deployment', 'Control complaints: if they grow - stop the experiment.\nIf all okay - increase the number of users.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', 'Try the model on 1-5% of users first, then increase the share week by week.', 'deployment.rollout-strategy');
    noFull('6. Deployment', 'Then try the model on 1-5% of users and measure time spent.', 'deployment.rollout-strategy');
    yesDoc('# Bot detector\n\n## FT\n\n- in case of high confidence block the corresponding account automatically\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.scope-functional');
  });
  it('stalled data detected, a cron job that runs the model, "batch deployment", hours of audio, consent required, a schedule on a day of the month, retraining many times a day', () => {
    yesFull('7. Monitoring', 'We also must detect the situation when data from some shop are stalled and skip predictions for that shop.', 'monitoring.data-quality');
    noFull('7. Monitoring', 'The project stalled for a month while the data team was away.', 'monitoring.data-quality');
    yesFull('6. Deployment', 'Use a cron job: for each item category we fire with some period, prepare features, send them to model, make prediction and notify analysts.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Solution type: **batch deployment** for the model training and inference.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Batch deployment vs online deployment?', 'deployment.online-vs-batch');
    yesFull('3. Data', 'The models are trained on 680,000 hours of audio and the corresponding transcripts.', 'requirements.scale');
    noFull('3. Data', 'We collected 24hrs of traffic video for the test.', 'requirements.scale');
    yesFull('1. Requirements', 'We caution against using the models to transcribe recordings of individuals taken without their consent.', 'requirements.privacy-security');
    yesFull('7. Monitoring', 'It will make a schedule to train the model every 15th of any month, at 2 am.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '* Training: ability to retrain many times within one day to increase model performance.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'Pretrain a single view model in 1280x1280 resolution with an external dataset.', 'monitoring.retraining-plan');
  });
  it('what the work is for: the burden eased, a goal with "so that they lose less", comparatives listed under what we want, who it can aid; not a verb read as a fine or a spend', () => {
    yesDoc('# CovidBot\n\nCovidBot provides easy access to Covid-19 information and, as a result, eases the burden of medical providers.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    yesDoc('# Crop disease\n\nThe main objective is to help farmers detect diseases early so that they lose less of their crop.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    yesFull('1. Requirements', 'What we want out of it:\n\n- find potholes earlier\n- fewer damage claims', 'requirements.business-objective');
    yesDoc('# BMI\n\nBetter equipment, in turn, can aid patients who have gone through amputation.\n\n## Data\n\nx\n\n## Model\n\nx\n', 'requirements.business-objective');
    noFull('4. Model', 'Freeze the backbone for 5 epochs, then unfreeze and fine-tune everything with a lower learning rate.', 'requirements.business-objective');
    noFull('4. Model', 'The rest of the challenge was spend doing multiple optimizations to the model.', 'requirements.business-objective');
  });
  it('metrics and splits said plainly, the label as "the value to predict", features "created by shifting"; a metric defined with loss words is not the loss; a folder name, an accuracy range, "which explains why", a tool description are not items', () => {
    yesFull('5. Evaluation', 'We only have pF1 score for fold 0 locally.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'The relative error of the adjusted close will denote the success factor.', 'evaluation.offline-metrics');
    yesFull('3. Data', 'For validation 10% of the matches from the best leaderboard agent were used.', 'data.split-leakage');
    yesFull('3. Data', 'A training set and a validation set are created out of this data using sklearn\'s train_test_split.', 'data.split-leakage');
    yesFull('3. Data', 'The number of rings is the value to predict.', 'data.labels');
    yesFull('3. Data', 'The features will be created by shifting the data.', 'data.features');
    noFull('4. Model', '* Normalized Cross Entropy: predictive log loss divided by the cross entropy of the background CTR.', 'model.loss-function');
    yesFull('4. Model', 'We train with log loss, minimised with Adam.', 'model.loss-function');
    noFull('3. Data', '```yaml\ndata:\n  train_path: /mnt/hdd0/models/seed0_threshold1700_512x4_oversample2/train.csv\n```', 'data.class-imbalance');
    noFull('5. Evaluation', 'Accuracy went from 57% to 67% on validation.', 'deployment.rollout-strategy');
    noFull('5. Evaluation', 'The model is not performing as well as one may think, which explains why the scores look low.', 'model.interpretability');
    noFull('7. Monitoring', 'Grafana: Grafana is an open-source data visualization and monitoring tool. It allows you to create dashboards.', 'monitoring.operational-metrics');
  });
  it('capstone reports: classes evened out or weighted "balanced", a column coded "1 if …, 0 otherwise", "machine learning is used to identify …"; not a loss of data, a parameter grid in percent, "trust" as a verb, a change argued for', () => {
    yesFull('3. Data', 'I kept only the 20,000 most recent so that I would have an equal number of articles for each prediction class.', 'data.class-imbalance');
    yesFull('4. Model', 'Weighting will be balanced when appropriate, which will aid with the biased dataset (60:1 negative:positive).', 'data.class-imbalance');
    noFull('4. Model', 'Weighting of the two losses will be tuned on validation.', 'data.class-imbalance');
    yesFull('3. Data', '- clicked (1 if clicked, 0 otherwise)', 'data.labels');
    yesFull('2. Framing', 'Machine learning is used to identify dog breeds from images of dogs.', 'framing.ml-objective');
    noFull('2. Framing', 'Machine learning is used to identify patterns in the logs.', 'framing.ml-objective');
    noFull('4. Model', 'Audio suffers partial or complete loss of data during recording.', 'model.loss-function');
    noFull('5. Evaluation', 'The alpha parameter is being tested with 25%, 50%, 75% and 100% values.', 'deployment.rollout-strategy');
    noFull('5. Evaluation', 'This taught me not to trust the peak AMS on the public leaderboard.', 'requirements.business-objective');
    noFull('5. Evaluation', 'I only accepted changes that improved the AMS and I could explain why it would be better.', 'model.interpretability');
  });
});

describe('lint mechanisms (session 30)', () => {
  it('a two-word heading selects the units under it: "### Benchmark Model", "### Options considered"; the baseline stated before the options is not the comparison', () => {
    yesFull('4. Model', '### Benchmark Model\n\nThe CNN model created from scratch.', 'model.baseline');
    noFull('4. Model', '### Related Work\n\nThe CNN model created from scratch.', 'model.baseline');
    const doc = docWithAllSections('4. Model', '### Models considered\n\nThe baseline is what we run today: Elasticsearch fuzzy matching and a popularity tiebreak. It fixes the easy ones but misses brand names.\n\n1. **SymSpell candidates + gradient-boosted ranker.** Fast and debuggable, but bound to the vocabulary.\n2. **A seq2seq speller.** Handles unseen words, but slower and can hallucinate drug names.');
    const item = lint(doc).items.find((i) => i.id === 'model.selection-tradeoffs')!;
    assert.equal(item.present, true);
    assert.match(doc.split('\n')[item.line], /SymSpell/);
  });
  it('student project write-ups: shares given per part, a model trained every month, money spent on cloud credits, a dataset from UCI or "this Kaggle problem", an API deployed to Heroku', () => {
    yesFull('3. Data', 'It then splits it into three groups. The training data (60%) is for training the model. The validation data (20%) is for checking the trained model. Finally, the testing data (20%) is set aside.', 'data.split-leakage');
    noFull('3. Data', 'The training data (60%) is for training the model.', 'data.split-leakage');
    yesFull('7. Monitoring', '- a model is trained at the start of every month with data up to and including the previous month', 'monitoring.retraining-plan');
    yesFull('1. Requirements', 'We used 14€ Credits in total on Google Cloud.', 'requirements.budget-cost');
    noFull('1. Requirements', 'Customers get 14€ credits in total when they refer a friend.', 'requirements.budget-cost');
    yesFull('3. Data', 'I used the red wine quality data set from UCI.', 'data.sources');
    yesFull('3. Data', 'Our data was obtained from this [Kaggle problem on Medical Cost](https://www.kaggle.com/mirichoi0218/insurance).', 'data.sources');
    noFull('3. Data', 'Second place solution for the Data Science Bowl competition on Kaggle.', 'data.sources');
    yesFull('6. Serving', 'The API was deployed to the cloud using Heroku.', 'deployment.serving-architecture');
  });
  it('setup text is not a design decision: how to retrain by hand, an API key for the code, formatting compliance, a model version set in a script, the current model\'s tooling, a promotion gate, "a baseline for how much", a quantity\'s values in percent, the ML task as the goal', () => {
    noFull('7. Monitoring', 'Our project already has the .bin file for the model, but if you want to retrain the model and resave the model you can do it by running python train.py.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'To add or remove features, change the file models/feature_list.txt and then run each cell to re-train the model.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We retrain weekly on the last 90 days; to retrain by hand, run python train.py.', 'monitoring.retraining-plan');
    noFull('1. Requirements', 'A .env file is required to run the program. An example of one is below. All of the API keys are free to obtain.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'The scoring API requires API keys, rotated every 90 days, and only internal callers are allowed.', 'requirements.privacy-security');
    noFull('1. Requirements', 'The second workflow checks the code for formatting errors to be compliant with general code formatting rules.', 'requirements.privacy-security');
    noFull('1. Requirements', 'We have implemented a pre-commit hook to enforce code formatting and PEP 8 compliance.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'The system must be compliant with GDPR: user data is deleted after 30 days.', 'requirements.privacy-security');
    noFull('4. Model', '- The model version needs to be set manually in the predict.py script!', 'model.baseline');
    noFull('4. Model', 'The current model orchestration can be done in a local Prefect server or on Prefect Cloud.', 'model.baseline');
    noFull('4. Model', '- stage the model to Production if no model exists already or if the AUC PR score is better then the current Production model', 'model.baseline');
    noFull('4. Model', 'This will create a new model that will be compared to the existing one and the worst one will be archived.', 'model.baseline');
    yesFull('4. Model', 'The new model is compared to the existing rules engine that flags transactions today.', 'model.baseline');
    noFull('4. Model', 'This price prediction is useful for the insurer and the buyer, so every party can have a baseline for how much they would pay.', 'model.baseline');
    noFull('7. Monitoring', 'Batch monitoring requires a reference dataset to compare with the latest batch. Drift only makes sense if we have a starting point to begin with.', 'model.baseline');
    noFull('3. Data', '- X7 Glazing Area (0%, 10%, 25%, 40% (of floor area))', 'deployment.rollout-strategy');
    noFull('1. Requirements', 'Goal: prediction task is to determine whether a person makes over 50K a year.', 'requirements.business-objective');
  });
  it('more of what student write-ups say: the financial benefit of the prediction, scores used to filter out risky customers, two classes kept in equal proportions, label values in parentheses, "the variable we want to predict is …"', () => {
    yesFull('1. Requirements', 'Predicting changes in the value of gold has obvious financial benefit including knowing when to buy or sell.', 'requirements.business-objective');
    yesFull('1. Requirements', '- the applications received daily are scored as a batch job every night and used for filtering out risky customers', 'requirements.business-objective');
    noFull('5. Evaluation', 'The predictions are used to compute the calibration curve for the risky customers.', 'requirements.business-objective');
    yesFull('3. Data', 'It also automatically maintains equal proportions of spam and ham samples to provide fair training.', 'data.class-imbalance');
    yesFull('3. Data', 'We sample an equal number of positive and negative examples for training.', 'data.class-imbalance');
    yesFull('3. Data', 'We need a dataset with features and training labels (true link, false link).', 'data.labels');
    yesFull('2. Framing', 'The variable we want to predict is the insurance charge of each customer.', 'framing.ml-objective');
    yesFull('3. Data', 'The variable we want to predict is from the column **charges**.', 'data.labels');
  });
  it('software words are not business outcomes or items: "by default", "the default setup", the cost of compute, a quoted example answer with blanks, a quoted assignment question', () => {
    noFull('1. Requirements', 'This module is explicitly disabled by default, so you need to enable it in the override configuration.', 'requirements.business-objective');
    noFull('1. Requirements', 'Note that the default setup uses the spark cluster from stat1008.', 'requirements.business-objective');
    yesFull('1. Requirements', 'The goal is to reduce the loan default rate by 10% next year.', 'requirements.business-objective');
    noFull('1. Requirements', '- be mindful of cost of compute/memory for your model; wanted to use serverless for cost savings but the model memory usage was too big', 'requirements.business-objective');
    noFull('4. Model', '> Example:\n>\n> *The starting point of the diagram is our local setup, where we integrated ... and ... and ... into our code.*', 'model.baseline');
    noFull('4. Model', '> **Include a figure of your system.** **You can take inspiration from [this figure](figures/overview.png). Additionally in your own words, explain the** **overall steps in figure.**', 'model.interpretability');
  });
  it('a grid of hyperparameter values under "with the following parameters:" is training; an embedded device, a cascade classifier, an Evidently metrics script on Grafana, a promotion by validation AUC are not the items they name', () => {
    yesFull('4. Model', '- **training_model** flow. Trains and registers runs of a Logistic Regression with the following parameters:\n\n    - C in [1, 2, 4, 8].\n    - max_iter in [20, 50, 100, 200].', 'model.training');
    noFull('4. Model', '- **training_model** flow. Trains a Logistic Regression with the following parameters:\n\n    - C = 1.\n    - max_iter = 200.', 'model.training');
    noFull('3. Data', 'It shall have a low memory footprint because resources on embedded devices are sparse.', 'data.features');
    yesFull('3. Data', 'Product IDs are embedded into 64-d vectors learned with the model.', 'data.features');
    noFull('6. Serving', 'The human face detector we used is a [Cascade Classifier](https://docs.opencv.org/3.4/db/d28/tutorial_cascade_classifier.html).', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'A cascade: a cheap logistic model filters 95% of requests, and only the rest go to the transformer.', 'deployment.scaling-efficiency');
    noFull('7. Monitoring', 'To calculate the monitoring metrics with evidently_metrics.py, a docker-compose file was created for postgres, adminer and grafana services.', 'monitoring.operational-metrics');
    noFull('7. Monitoring', '- **model_stage** flow. This function compares the newest registered model with the actual model in production, and selects the registered model with greater validation AUC.', 'monitoring.model-performance');
  });
  it('a pointer to another report ("For information on model training, see our Milestone 3 report") and where training takes place are not a training procedure; "abstractive summaries generated by an LLM" name the task', () => {
    noFull('4. Model', '- For information on model training, see our [Milestone 3 report](reports/milestone3.md). Model training takes place in the **train** Docker container.', 'model.training');
    yesFull('4. Model', 'Model training takes about 3 hours on one A100; we tune the learning rate with a small grid over lr.', 'model.training');
    yesFull('2. Framing', 'We aim to build an app that captures cultural differences in restaurant reviews using abstractive summaries generated by a large language model.', 'framing.ml-category');
  });
  it('competition and course write-ups: a leaderboard rank, a port, a citation, a GPU card\'s memory are not the scale; dataset rows are not compute instances; music quantized, trees pruned, counts capped are not serving efficiency', () => {
    noFull('1. Requirements', '57th place of 1702 teams.', 'requirements.scale');
    noFull('1. Requirements', '- app.py: hosts a flask prediction web service over localhost:8000 and uses the best registered model.', 'requirements.scale');
    noFull('1. Requirements', '- Moro, R. Laureano and P. Cortez. Using data mining for bank direct marketing. In P. Novais et al. (Eds.), Proceedings of the ESM 2011, pp. 117-121, Guimaraes, Portugal, October 2011.', 'requirements.scale');
    noFull('1. Requirements', 'All batch sizes are tuned for an NVIDIA GTX 1080 Ti 11 GB card.', 'requirements.scale');
    yesFull('1. Requirements', 'We have 1.2M users and 40k new listings a day.', 'requirements.scale');
    noFull('1. Requirements', 'I will use the Cleveland database because it has the fewest missing values; it has 297 instances with 14 features each.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving runs on 4 instances on AWS, about $600 a month.', 'requirements.budget-cost');
    noFull('6. Serving', 'Before checking if melodies are monophonic, I will quantize the notes to some arbitrary precision.', 'deployment.scaling-efficiency');
    noFull('6. Serving', 'The max_depth parameter sets the maximum depth of the tree before it is pruned, to avoid overfitting.', 'deployment.scaling-efficiency');
    noFull('6. Serving', 'The data was organized so that the number of mosquitoes in each record was capped at 50.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'The LLM runs with AWQ 4-bit weights under vLLM with continuous batching.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'timing-api runs 4 replicas behind the HPA (scales to 12).', 'deployment.scaling-efficiency');
  });
  it('more false friends in write-ups: "on premise" hosting, SVMs used for outlier detection, a leaderboard outlier, a tunable class weight, an explanation "given in the section above", explainable AI as a later improvement, a grading rubric\'s levels, "improve our model performance", pre-computed files to download, "Pri-matrix Factorization"; a web service that gets the newest model from the registry is serving', () => {
    noFull('1. Requirements', 'Everything is hosted locally on an ubuntu server. It can be hosted anywhere on premise, but it does not use cloud tools.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Scans contain customer names and signatures. All scans stay in our on-prem cluster; raw scan data never leaves it.', 'requirements.privacy-security');
    noFull('7. Monitoring', 'Support vector machines are supervised learning methods used for classification, regression and outliers detection.', 'monitoring.data-quality');
    noFull('4. Model', 'The following parameters can be tuned to affect the final results:\n\n* Number of cluster centers\n* SVM class weight', 'data.class-imbalance');
    noFull('4. Model', 'First we trained the benchmark model, Gaussian naive Bayes. The explanation for this model is given in the section above.', 'model.interpretability');
    noFull('4. Model', '- Model interpretation: the network is a blackbox model, but it can be improved by using explainable AI techniques to extract insights.', 'model.interpretability');
    noFull('7. Monitoring', '* [x] 4 points: Comprehensive model monitoring that sends alerts or runs a conditional workflow (e.g. retraining, switching to a different model)', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'We checked the feature importance to see if removing features can improve our model performance.', 'monitoring.model-performance');
    noFull('6. Serving', '(You can skip this procedure. Pre-computed files are available on the Kaggle dataset.)', 'deployment.online-vs-batch');
    noFull('2. Framing', '# Solution for Pri-matrix Factorization DrivenData competition (2nd place)', 'framing.ml-category');
    yesFull('6. Serving', 'The web service will automatically connect to the registry and get the most updated model.', 'deployment.serving-architecture');
  });
  it('a preprocessing function named "for training (train.py) and prediction (app.py)" guards against skew; data listed under a "Training" caption in the data section are its sources', () => {
    yesFull('6. Serving', "- __unit_test.py__: Tests the function 'preprocess_data' that is stored in src/helper.py and is used for training (hyperopt_register_model.py) and prediction (app.py).", 'deployment.training-serving-skew');
    noFull('6. Serving', "- __unit_test.py__: Tests the function 'preprocess_data' that is stored in src/helper.py and is used for training (hyperopt_register_model.py).", 'deployment.training-serving-skew');
    yesFull('3. Data', '**Training**\n- .mp3 samples of healthy people speaking\n- .mp3 files of Parkinson\'s patients speaking', 'data.sources');
    noFull('4. Model', '**Training**\n- 20 epochs with Adam\n- early stopping on validation loss', 'data.sources');
  });
});

describe('lint mechanisms (session 31)', () => {
  it('a "Risks" section that only names risks ("Model accuracy", "Training time") commits to no metric or training plan; a risk with its mitigation still counts', () => {
    noFull('Risks and uncertainties', 'Model accuracy\nLabel quality\nTraining time\nHosting cost', 'evaluation.offline-metrics');
    noFull('Risks', '- Model accuracy\n- Training time on GPUs', 'model.training');
    yesFull('Risks', 'Recall may drop on new fraud patterns; we track recall@1% FPR on last week\'s labelled sample.', 'evaluation.offline-metrics');
  });
  it('course and README wording: GridSearchCV as tuning, encoders of categorical columns, an expanding-window validation, a yes/no label "indicating if", "the application has been deployed in an EC2", an electricity bill to reduce', () => {
    yesFull('4. Model', 'I ran GridSearchCV over max_depth and n_estimators to pick the final parameters.', 'model.training');
    yesFull('3. Data', 'A DictVectorizer turns the route and airline columns into one-hot vectors.', 'data.features');
    yesFull('3. Data', 'The encoder converts every categorical column into numerical values before training.', 'data.features');
    noFull('3. Data', 'The encoder is saved next to the model file.', 'data.features');
    yesFull('3. Data', 'Because sales are a time series, an expanding window scheme for validation was used (train on months 1..k, validate on k+1).', 'data.split-leakage');
    yesFull('2. Framing', 'We train a classifier that outputs a yes/no label, indicating if the customer will buy the add-on.', 'data.labels');
    yesFull('6. Serving', 'The application has been deployed on AWS EC2 behind nginx.', 'deployment.serving-architecture');
    noFull('6. Serving', 'An application has many users.', 'deployment.serving-architecture');
    yesFull('1. Requirements', 'The forecasts should help plants shift load off the evening peak and reduce their electricity bill.', 'requirements.business-objective');
  });
  it('dataset columns are not privacy constraints ("whether the customer has online security", "anonymized code for the region"); "free users" frees nothing and "expenses it" is no expense', () => {
    noFull('1. Requirements', '**TechSupport**: String - whether the customer has online security or tech support (Yes, No)', 'requirements.privacy-security');
    noFull('1. Requirements', '| Region_Code | Anonymized code for the region of the policy holder |', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Customer IDs are hashed and no raw PII reaches the feature store (GDPR).', 'requirements.privacy-security');
    noDoc('# Tooling note\n\nFree users of the product pay a monthly electricity bill to their supplier.\n', 'requirements.business-objective');
    noDoc('# Tracking tools\n\nThe vision team pays for the tool on a personal card and expenses it.\n', 'requirements.business-objective');
  });
  it('a data dictionary written as lines is not a serving design or a privacy rule; pre-trained weights as "a starting point" are no baseline; a "standardized environment", a platform\'s "features such as automatic scaling" and the width of an example (700 features, 100 binary labels) are no features or scale', () => {
    const dictionary = '**plan_type**: String - the plan the account is on (Basic, Pro)\n**PhoneService**: String - whether the account has a phone service (Yes, No)\n**StreamingService**: String - whether the account has a streaming service (Yes, No)\n**BackupSecurity**: String - whether the account has backup security or not (Yes, No)';
    noFull('6. Serving', dictionary, 'deployment.serving-architecture');
    noFull('1. Requirements', dictionary, 'requirements.privacy-security');
    yesFull('6. Serving', 'The ranking service reads features from the feature service, then the scoring service returns the top 20.', 'deployment.serving-architecture');
    noFull('4. Model', 'We assume open pre-trained language models can be used as a starting point and tuned on our labelled tickets.', 'model.baseline');
    yesFull('4. Model', 'A popularity ranker is the starting point; the two-tower model must beat it on recall@50.', 'model.baseline');
    noFull('3. Data', 'The docker-shell script creates a container with all dependencies in a standardized environment.', 'data.features');
    yesFull('3. Data', 'Numeric inputs are standardized to zero mean and unit variance.', 'data.features');
    noFull('3. Data', 'Using SageMaker endpoints we benefit from features such as automatic scaling, monitoring, and version control.', 'data.features');
    noFull('1. Requirements', 'We predict more than 200 binary labels at once from 800 features per sample.', 'requirements.scale');
    yesFull('1. Requirements', 'The catalogue holds 3 million products and 40 million users.', 'requirements.scale');
  });
  it('what is predicted, in a write-up\'s words: "a model for weekly demand predictions"; "predict the chance of approval based on the data available from phase 2 trials" gives input and output', () => {
    yesFull('2. Framing', 'In this project I built a model for weekly store demand predictions from past sales.', 'framing.ml-objective');
    noFull('2. Framing', 'The model for predictions of the model server is stored in S3.', 'framing.ml-objective');
    yesFull('2. Framing', 'Teams had to predict the probability of approval for each drug based on the data available from phase 2 trials.', 'framing.io-spec');
    noFull('2. Framing', 'Teams had to predict the probability of approval for each drug.', 'framing.io-spec');
  });
  it('input and output spread over a write-up: what the model predicts in the overview, the inputs listed in the data section (a column table, a features caption, a features line); either one alone is not the I/O', () => {
    const overview = '# Churn\n\n## Overview\n\nWe train a binary classification model that predicts whether a subscriber cancels within 30 days.\n';
    const table = '\n## Data\n\n| Variable | Definition |\n| --- | --- |\n| tenure | months since sign-up |\n| plan | Basic or Pro |\n| tickets | support tickets in the last 90 days |\n';
    const caption = '\n## Data\n\nThe features are:\n\n- tenure in months\n- plan tier\n- support tickets in the last 90 days\n';
    const line = '\n## Data\n\nFeatures: tenure in months, plan tier, support tickets in the last 90 days.\n';
    yesDoc(overview + table, 'framing.io-spec');
    yesDoc(overview + caption, 'framing.io-spec');
    yesDoc(overview + line, 'framing.io-spec');
    noDoc(overview, 'framing.io-spec');
    noDoc('# Churn\n\n## Overview\n\nChurn hurts revenue.\n' + table, 'framing.io-spec');
  });
  it('hindsight is not done: "I should have removed the outliers", "we could have used a time-based split"; "the pipeline should have a null-rate check" is still a requirement', () => {
    noFull('7. Monitoring', 'Looking back, I should have removed the outliers and checked the null rates of the input columns.', 'monitoring.data-quality');
    noFull('3. Data', 'In hindsight we could have used a time-based split instead of a random one.', 'data.split-leakage');
    yesFull('3. Data', 'We use a time-based split: train on Jan–Sep, validate on Oct, test on Nov.', 'data.split-leakage');
    yesFull('7. Monitoring', 'The ingestion job should have a null-rate check on every input column and reject batches above 5%.', 'monitoring.data-quality');
  });
});

describe('lint mechanisms (session 32)', () => {
  it('a repository layout, lab experiments and a bare dashboard are no A/B plan and no operational metrics: "experiment: notebook to run …", "the drug experiments in two groups (control and vehicle)", "a Grafana dashboard can be viewed"', () => {
    noFull('5. Evaluation', '* experiment: notebook to run and evaluate experiments\n* exploration: notebook with the main results of the data exploration', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', '* experiment: 50/50 split of users between the old and the new ranker for two weeks, CTR as the primary metric', 'evaluation.ab-test-plan');
    noFull('3. Data', 'Splitting the drug experiments in two groups (control and vehicle), we can see which compounds change the cell response.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We run an experiment where a random 10% of users get the new model and a control group keeps the old one.', 'evaluation.ab-test-plan');
    noFull('7. Monitoring', 'The Evidently report runs every night. A Grafana dashboard can be viewed by running docker-compose up in the mage directory.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'A Grafana dashboard shows the p95 latency and error rate of the prediction service, and alerts fire above 300 ms.', 'monitoring.operational-metrics');
  });
  it('an RL agent\'s objective ("the goal for the bot is to maximize such game score") is the ML objective; a load under its own caption ("number of concurrent users: 1-10") is scale, however small', () => {
    yesFull('2. Framing', 'The sum of such bonuses gives the game score, and the goal for the bot is to maximize such game score.', 'framing.ml-objective');
    yesFull('2. Framing', 'The agent learns to maximize the cumulative reward over an episode.', 'framing.ml-objective');
    noFull('2. Framing', 'The goal for the team is to maximize revenue this quarter.', 'framing.ml-objective');
    yesFull('1. Requirements', '- number of concurrent users: 1-10\n- response time: under 2 s', 'requirements.scale');
    noFull('1. Requirements', '- number of concurrent users: TBD\n- response time: under 2 s', 'requirements.scale');
    noFull('1. Requirements', '- number of models: 2\n- response time: under 2 s', 'requirements.scale');
  });
  it('the models tried name the task: "the 4 main classification models with default parameters"; "regression models" in a sentence with no count does not', () => {
    yesFull('4. Model', '- optional step: run initial_models.ipynb to see the performance of the 4 main classification models with default parameters;', 'framing.ml-category');
    yesFull('4. Model', 'We compared three regression algorithms on the validation weeks.', 'framing.ml-category');
    noFull('4. Model', 'Regression models are a staple of statistics courses.', 'framing.ml-category');
  });
  it('a short README with install steps is not a design doc; "pip install -r requirements.txt" is no requirement; a bucket layout\'s "#Bucket to store model information" says nothing of scope or features', () => {
    const readme = '# Introduction\nPlease study the report under docs/report/report.pdf.\n\n# Installation\n\n1. Install python 3.6\n2. Install packages from requirements.txt file:\n\n    ```pip install -r requirements.txt```\n\n# Train & Evaluate Models\nTo train and evaluate a model, run the respective model script.\n\nEvaluation logs are saved to the logs folder.\n';
    assert.ok(!isDesignDoc(readme));
    assert.ok(isDesignDoc('# Churn\n\n## Requirements\n\nFlag accounts likely to cancel within 30 days; p95 under 200 ms.\n\n## Installation\n\npip install -e .\n\n## Data\n\nBilling events and support tickets of 2 years.\n\n## Model\n\nA LightGBM classifier against a logistic-regression baseline.\n\n## Evaluation\n\nPR-AUC on a time-based holdout.\n'));
    noDoc(readme, 'requirements.scope-functional');
    yesFull('1. Requirements', '- Requirements:\n  - The system flags every new listing whose photos show a prohibited item before it goes live', 'requirements.scope-functional');
    const bucket = '\n## Storage\n\nGCP bucket structure:\n\n```\n├── milestone2bucket       #Archived bucket with milestone 2 deliverables\n├── models-lnt             #Bucket to store model information\n│   ├── bert_label\n│   └── bert_summarize\n└── data-lnt               #Bucket to store all data\n```\n';
    noDoc('# Candidates\n\n## Overview\n\nCourse milestone.\n' + bucket, 'data.features');
    noDoc('# Candidates\n\n## Overview\n\nCourse milestone.\n' + bucket, 'requirements.scope-functional');
  });
  it('options surveyed are not chosen: "embedding-based approaches" among ways to recommend, "SoftRank, LambdaRank are some ways of performing ListwiseLTR", "there could be a better loss function"; online metrics of the evaluation plan are not production monitoring', () => {
    noFull('4. Model', 'There are generally three ways to recommend items to users:\n- Rule-based systems\n- Embedding-based approaches/Collaborative filtering\n- Solving a ranking problem', 'data.features');
    yesFull('3. Data', 'User and event IDs are mapped to 32-d embeddings; distance to the event is bucketized.', 'data.features');
    noFull('4. Model', '- ListwiseLTR - the most complicated method. SoftRank, LambdaRank, LambdaMart are some ways of performing ListwiseLTR.', 'model.loss-function');
    noFull('4. Model', '- There could be a better loss function, in which we penalize predictions in the wrong direction more.', 'model.loss-function');
    yesFull('4. Model', 'We train the ranker with a LambdaRank loss on the graded relevance labels.', 'model.loss-function');
    noFull('5. Evaluation', 'Here mAP makes most sense.\n\nFor online evaluation, CTR, user registrations can be tracked.', 'monitoring.model-performance');
    yesFull('5. Evaluation', 'Online metrics (CTR, registrations) are tracked daily on a dashboard once the model is live.', 'monitoring.model-performance');
  });
  it('background and explainers are not the design: a third-party site\'s traffic, a scraping rate, "data available on Kaggle", concept drift defined, "sources of error", a tool introduced ("Grafana, a popular open-source analytics and monitoring platform"); "this project aims to predict stress" is the objective', () => {
    noFull('1. Requirements', 'Trustpilot.com is a consumer review website founded in Denmark in 2007. It hosts reviews of businesses worldwide and nearly 1 million new reviews are posted each month.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'We receive about 30k new reviews per day, and the sentiment model scores each one.', 'requirements.throughput-qps');
    noFull('3. Data', 'We can automate this script to run every day and capture 50-100 records per day to get the latest records added into our dataset.', 'requirements.throughput-qps');
    noFull('3. Data', 'The project utilises data available on Kaggle.', 'data.feature-backfill');
    yesFull('3. Data', 'Training rows only use information available at the booking time.', 'data.feature-backfill');
    yesFull('2. Framing', 'This project aims to predict stress using social media posts combined with numerical tabular data.', 'framing.ml-objective');
    noFull('7. Monitoring', 'Data drift occurs when the statistical properties of the input data change, while concept drift refers to changes in the relationship between the input data and the target variable.', 'data.labels');
    noFull('7. Monitoring', 'The dashboard of the Evidently UI allowed me to follow the drift reports and to find any potential sources of error.', 'monitoring.operational-metrics');
    noFull('7. Monitoring', 'With the data logged, I imported the table as a data source into Grafana, a popular open-source analytics and monitoring platform.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'Grafana, a popular open-source monitoring platform, shows the p95 latency and the 5xx rate of the API.', 'monitoring.operational-metrics');
  });
  it('a glossary defines words and commits to nothing; an A/B test only entertained ("consideration of A/B testing options", "a possibility of conducting an A/B test") is no plan; security of packages or "ensuring data security" in passing is no privacy constraint', () => {
    const glossary = '\n## Terms and explanations\n\n- Edge - connecting two nodes, with a weight for the strength or type of interaction (for example, a positive or negative feedback).\n- Shadow - running a new model on live traffic without showing its output.\n';
    noDoc('# Recommender\n\n## Goals\n\nAn MVP for a research article.\n' + glossary, 'deployment.rollout-strategy');
    yesDoc('# Recommender\n\n## Rollout\n\nThe new ranker runs in shadow mode on live traffic for two weeks before any user sees it.\n', 'deployment.rollout-strategy');
    noFull('5. Evaluation', '- Step 4: preparation of the article. Consideration of A/B testing options. Presentation of results.', 'evaluation.ab-test-plan');
    noFull('5. Evaluation', 'The main testing is expected to be based on historical data. There is a possibility of conducting an A/B test.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We will run an A/B test: 50% of sessions get the GNN recommendations for two weeks, with listening time as the primary metric.', 'evaluation.ab-test-plan');
    noFull('1. Requirements', 'Pipfile.lock - this file replaces the requirements.txt file and adds security benefits of tracking the packages hashes that were last locked.', 'requirements.privacy-security');
    noFull('1. Requirements', 'A separate set of unseen data was stored as batch_test.csv and excluded from training, ensuring data security and minimizing overfitting risks.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Ensuring data security: customer records are encrypted at rest and only the scoring service role can read them.', 'requirements.privacy-security');
  });
  it('a short interview answer\'s framing in its own words: scope under "Design constraints", "fuses the modalities of each post and outputs a probability determining whether …", "detecting which customers are likely to leave", "a critical prediction because acquiring new clients costs more", a model "used to classify the texts", LightGBMClassifier; the churn a model predicts is no online metric', () => {
    yesFull('1. Requirements', '## Design constraints\n- Posts to be flagged\n- Classify if posts contain violent content, prohibited content, sensitive content.', 'requirements.scope-functional');
    yesFull('2. Framing', 'Early fusion fuses all the modalities from each post and outputs a probability determining whether the post is harmful or not.', 'framing.io-spec');
    noFull('2. Framing', 'The model outputs a probability determining whether the post is harmful or not.', 'framing.io-spec');
    yesFull('2. Framing', 'Churn prediction means detecting which customers are likely to leave or cancel a service subscription.', 'framing.ml-objective');
    yesFull('1. Requirements', 'It is a critical prediction for many businesses because acquiring new clients often costs more than retaining existing ones.', 'requirements.business-objective');
    yesFull('2. Framing', 'The model used to classify the texts is an LSTM over word embeddings.', 'framing.ml-category');
    yesFull('4. Model', 'For this project we use `LightGBMClassifier` on the customer table.', 'framing.ml-category');
    noFull('5. Evaluation', 'The project provides the online service for the prediction of customers who will churn from the company.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online, we compare the monthly churn rate of the treated customers with the control group.', 'evaluation.online-metrics');
  });
  it('a project write-up\'s data and model in its own words: a split listed under "divided as follows", "Exited: Main outcome; indicates if …", "classify customers as \'exited\' or \'not exited\' based on various features", "the same imputations are also done to data entered by users", "the initial Linear Regression model was giving an r2 of 52%"; AdaBoost\'s sample weights explained are no imbalance handling', () => {
    yesFull('3. Data', 'My data was divided as follows:\n\n- 63,000 examples for training the model\n- 27,000 examples to validate the model\n- 40,000 examples to test the model', 'data.split-leakage');
    noFull('3. Data', 'The reviews were collected as follows:\n\n- 63,000 examples from the books category\n- 27,000 examples from the music category', 'data.split-leakage');
    yesFull('3. Data', 'Tenure: years with the bank.  \nExited: Main outcome; indicates if customer left the bank.', 'data.labels');
    yesFull('2. Framing', 'The goal is to classify customers as \'exited\' or \'not exited\' based on various features and behavioral patterns.', 'framing.io-spec');
    yesFull('6. Serving', 'Applying log transformation reduced the skewness. The same imputations are also done to data entered by users and the exponent of the prediction is taken.', 'deployment.training-serving-skew');
    yesFull('4. Model', '- The initial Linear Regression model was giving a poor r2_score of 52%.\n- After the regression tests I got the r2_score up to 73%.', 'model.baseline');
    noFull('4. Model', '- The new sample weight = old sample weight * e^amount of say.\n- Next we decrease the sample weights of the correct rows for the next stump.', 'data.class-imbalance');
    yesFull('3. Data', 'Fraud is 0.2% of transactions, so we use class weights inversely proportional to class frequency.', 'data.class-imbalance');
  });
  it('input and output named or not: "receives input about the user\'s behaviour and provides a list of items" is the I/O; inputs and outputs only written to storage, a component that "receives an alert", and a platform\'s "three main features: horizontal scaling …" are not', () => {
    yesFull('2. Framing', 'During a session the model receives input information about the user\'s behavior and interaction with items and provides a list of items that are suitable for the user.', 'framing.io-spec');
    noFull('6. Serving', 'Each deployed model will write its inputs and outputs to the storage component.', 'framing.io-spec');
    yesFull('2. Framing', 'Inputs and outputs: the model takes the last 20 listens of a user and returns the top 50 tracks.', 'framing.io-spec');
    noFull('6. Serving', 'The training component, once it receives an alert from the monitoring component, will retrain a model on recent labelled data.', 'framing.io-spec');
    noFull('6. Serving', 'Serverless architectures can greatly simplify serving. This is because of three main features: horizontal scaling to zero/infinity, zero-downtime deployments, and container-based deployments.', 'data.features');
    yesFull('3. Data', 'Features: bike rentals of the last 3 hours, temperature, hour of day and holiday flag.', 'data.features');
  });
  it('a client\'s request to the service that runs the model is the serving path: "the Dash app will make http requests to the Flask API, which will in turn interact with … the ML model"', () => {
    yesFull('6. Serving', 'The Dash app will make http requests to the Flask API, which will in turn interact with either the PostgreSQL database by writing or reading records, or the ML model by serving it.', 'deployment.serving-architecture');
    noFull('6. Serving', 'The Dash app will make http requests to the Flask API, which will in turn read and write records in the PostgreSQL database.', 'deployment.serving-architecture');
  });
  it('"our evaluation metric is to simply measure how far the prediction is to the actual closing price" names the offline metric', () => {
    yesFull('5. Evaluation', 'Our evaluation metric is to simply measure how far the prediction is to the actual closing price on a given date, reported as the absolute difference.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'Our evaluation plan is to simply look at the predictions and see if they make sense.', 'evaluation.offline-metrics');
  });
});

describe('lint mechanisms (session 33)', () => {
  it('"ML operates on the principle of a request-response system" chooses online serving; a request-response API described in general does not', () => {
    yesFull('6. Serving', 'Machine learning operates on the principle of a request-response system. The user initiates a session, and the model returns a list of items.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'HTTP is a request-response protocol between a client and a server.', 'deployment.online-vs-batch');
  });
  it('"a separate set of entirely unseen data … used to assess the performance of the deployed model" is a hold-out split; a separate subset for unit tests is not', () => {
    yesFull('3. Data', '- Unseen data for deployment testing: a separate set of entirely unseen data was curated and stored as \'batch_test.csv\'. This data was exclusively used to assess the performance of the deployed model.', 'data.split-leakage');
    noFull('3. Data', '- Unit testing data: a separate subset of data was extracted and saved as \'unit_test.csv\' for the unit and integration tests.', 'data.split-leakage');
  });
  it('a data subset "carefully selected" before a list naming two models compares no models', () => {
    const steps = '1) Data handling: a subset of the original dataset was carefully selected and organized into a file for training and testing.\n2) Logging: implemented a singleton logger.\n3) Preprocessing: encoding and scaling.\n4) Model training: baseline Logistic Regression and Random Forest models.';
    noFull('4. Model', steps, 'model.selection-tradeoffs');
    yesFull('4. Model', steps + '\n5) We chose Random Forest over Logistic Regression because it was more accurate on the validation set.', 'model.selection-tradeoffs');
  });
  it('errors written to a logger ("robust logging … ensuring transparent error tracking") are no operational metric; an error rate on a dashboard is', () => {
    noFull('7. Monitoring', '- Robust logging: implemented a robust logging mechanism using a singleton logger, ensuring transparent error tracking and management throughout the process.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', '- The API\'s error rate and p99 latency are tracked on a Grafana dashboard, with an alert above 1% errors.', 'monitoring.operational-metrics');
  });
  it('a decision tree\'s node split is no data split; a skills list ("I got hands-on experience in … cross validation") commits to nothing', () => {
    noFull('4. Model', '- DecisionTreeRegressor models tend to overfit. Since this is a regression problem the split happens on the mean of the column and gini is used only by the classifier.', 'data.split-leakage');
    noFull('4. Model', '* I got hands-on experience in web scraping, EDA, feature engineering, Flask, git, xgboost, cross validation and grid search CV.', 'data.split-leakage');
    yesFull('4. Model', '* We used 5-fold cross validation on the training set for grid search.', 'data.split-leakage');
  });
  it('"flask … to deploy this app and connect the front end to the python code" is the serving path', () => {
    yesFull('6. Deployment', '* The front end is written with Bootstrap.\n* I am using flask that allows me to deploy this app and connect the front end to the python code.', 'deployment.serving-architecture');
    noFull('6. Deployment', '* The front end is written with Bootstrap and shows the charts of the analysis.', 'deployment.serving-architecture');
  });
  it('a heading "What we wanted to do but hadn\'t time to" lists work not done: its paragraphs commit to nothing', () => {
    const md = (h: string) => `# Review classifier\n\n## 1. Requirements\nWe classify reviews.\n\n## ${h}\n\nWhen building this application, we thought of many improvements that we hadn't time to successfully add, to reduce churn of our customers by 5%.\n`;
    noDoc(md('6 - What we wanted to do but hadn\'t time to'), 'requirements.business-objective');
    yesDoc(md('6 - What we built'), 'requirements.business-objective');
  });
  it('multi-label metrics (Jaccard score, Hamming loss) are offline metrics; Jaccard scoring as the method is not', () => {
    yesFull('5. Evaluation', '* Evaluate on the validation set and log the results.\n  * The main metrics are the jaccard score and the hamming loss.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'My first idea was to implement a jaccard scoring on word-based n-grams to find duplicates.', 'evaluation.offline-metrics');
  });
  it('an MLOps README\'s pipelines: a training flow called when live performance falls below a threshold is a retraining plan; an inference pipeline "scheduled to be executed regularly, e.g. once a day" is batch', () => {
    yesFull('7. Monitoring', '* Calculate the model performance metrics.\n* If the model performance is below some predefined thresholds, call the complete training pipeline as a subflow.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '* Calculate the model performance metrics.\n* If the model performance is below some predefined thresholds, send an email to the team.', 'monitoring.retraining-plan');
    yesFull('6. Deployment', 'The inference pipeline is scheduled to be executed regularly, e.g. once a day. At every run it predicts the genres for one day\'s worth of tracks.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The inference pipeline loads the model from the registry and predicts the genres of the tracks.', 'deployment.online-vs-batch');
  });
  it('LaTeX math ("256 $\\times$ 256 pixels") is no dollar amount', () => {
    noFull('1. Requirements', 'The preprocessing script pulls an image from our local machines, center crops it, and resizes it to 256 $\\times$ 256 pixels, then uploads it to the GCP bucket.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving costs about $ 256 per month on one small instance.', 'requirements.budget-cost');
  });
  it('training made fast (all CPU cores "when training", serverless training jobs, Optuna pruning unpromising trials) is no inference scaling; a semantic cache for answers is', () => {
    noFull('6. Deployment', 'XGBoost is designed for efficient multi-core parallel processing, which lets it use all of the CPU cores in our system when training.', 'deployment.scaling-efficiency');
    noFull('4. Model', '```python\n# add pruning callback which prunes unpromising trials\nstudy.optimize(objective, n_trials=100)\n```', 'deployment.scaling-efficiency');
    noFull('6. Deployment', '- Attempts for serverless training with Vertex AI', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'To keep latency in check, a semantic cache stores answers for the 500 most frequent questions.', 'deployment.scaling-efficiency');
    // a word in another sense is passed over for the next one in the same paragraph
    yesFull('6. Deployment', 'Below are the results of our serverless training experiments on an A100 chip. The smaller models performed inference faster, and we found a useful compromise using model distillation.', 'deployment.scaling-efficiency');
    noFull('3. Data', 'Quantization is a balancing act. Quantizing to lower precision pushes notes that did not overlap into overlapping, and polyphonic sequences are left out of the training data for the model. I went with quantizing to eighth notes.', 'deployment.scaling-efficiency');
  });
  it('no business objective from a "cost function" minimised, an "Impact:" line about p99, or "a safety mechanism"; a model-monitoring idea put off to "a future blog" is not monitoring', () => {
    noFull('4. Model', 'When trying to minimize the cost function, Lasso regression will automatically select the useful features.', 'requirements.business-objective');
    noFull('6. Deployment', '- Impact: 1% hedging requests bring down the p99 by 20%\n- Latency can spiral out of control: a safety mechanism is needed to avoid these loops.', 'requirements.business-objective');
    yesFull('1. Requirements', '- Impact: fewer missed fraud cases, cutting chargeback losses by 20%.', 'requirements.business-objective');
    noFull('7. Monitoring', 'Model drift is the degradation of model performance over time. So it\'s important to check every now and then whether the model is still performing at an adequate level. Maybe this is a topic for a future blog though.', 'monitoring.model-performance');
  });
  it('a capstone\'s model steps: "first, base model LogisticRegression is used to test overall performance" is a baseline; "various parameters tune using cross-validation" is training', () => {
    yesFull('4. Model', '* First, base model `LogisiticRegression` algorithm is used to test overall performance. Next, 10-fold cross validation is performed on several algorithms.', 'model.baseline');
    noFull('4. Model', '* The base model is a pretrained BERT checkpoint that we fine-tune on the tickets.', 'model.baseline');
    yesFull('4. Model', '* Various parameters tune using cross-validation on training data. The value that gives a higher f1-score is selected.', 'model.training');
  });
  it('"target is scoring 50 items < 100ms" is a latency target and an online choice, not an ML objective; "predict final yield y(f) given everything observed up to week w" and "each word gets a BIO tag" are', () => {
    noFull('1. Requirements', '- Customer-facing: fast and reliable, target is scoring 50 items < 100ms', 'framing.ml-objective');
    yesFull('1. Requirements', '- Customer-facing: fast and reliable, target is scoring 50 items < 100ms', 'deployment.online-vs-batch');
    yesFull('2. Framing', 'For field f at week w of the season, predict final yield y(f) given everything observed up to week w.', 'framing.ml-objective');
    yesFull('2. Framing', 'Token classification with LayoutLMv3: each word gets a BIO tag for one of the 14 fields (or O).', 'framing.ml-objective');
  });
  it('softmax among the layers ("a classifier (linear and softmax)") is no loss; "interleaved-artists tie-breaker" is no interleaving experiment; "I chose pchembl_value as the target variable" chooses no model; "tokenize user input in the same way that article data was" guards against skew', () => {
    noFull('4. Model', 'In the end, I made a neural net with a dimensionality reduction step (1-d convolution, batch norm, and max pool), and then a classifier (linear and softmax).', 'model.loss-function');
    yesFull('4. Model', 'The classifier is trained with softmax cross-entropy over the 17 sites.', 'model.loss-function');
    noFull('5. Evaluation', 'Sort the final list for each user based on the final p-level, with an interleaved-artists tie-breaker.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We run an interleaving experiment between the current and the new ranker on 5% of searches for two weeks, measuring the win rate.', 'evaluation.ab-test-plan');
    noFull('4. Model', 'For this project, I tested three machine learning models, including Logistic Regression, Random Forest, and XGBoost. I chose `pchembl_value` as the target variable.', 'model.selection-tradeoffs');
    yesFull('6. Deployment', 'It is necessary to pre-process and tokenize user input in the same way that article data was before modeling, so the serving function copies the tokenizer code.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'It is necessary to pre-process and tokenize user input before it reaches the model.', 'deployment.training-serving-skew');
  });
});

describe('lint mechanisms (session 34)', () => {
  it('a scaling word read with its paragraph when its sentence is silent ("n_jobs: … multi-core parallel processing. This allows it to use all of the CPU cores when training"); serverless jobs "with CPU and WandB" are training; a fast filter before a slower verification step is a cascade', () => {
    noFull('4. Model', '- n_jobs (chosen value = 8)\n  - The XGBoost library is designed for efficient multi-core parallel processing. This allows it to efficiently use all of the CPU cores in our system when training.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'The API is designed for parallel processing. This allows it to use all of the CPU cores in our system when serving requests.', 'deployment.scaling-efficiency');
    noFull('4. Model', 'Our quota request for GPU access has not been approved. We have been able to successfully create serverless jobs with CPU and WandB integration.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'Anomaly detection is computationally expensive, which is why we divide the overall process into a faster filtering process and a slower but more careful verification process.', 'deployment.scaling-efficiency');
    noFull('6. Deployment', 'We divide the work into a planning process and a careful verification process.', 'deployment.scaling-efficiency');
  });
  it('a classifier process reading from a queue is the serving path; a heartbeat watched by a watchdog is operational alerting', () => {
    yesFull('6. Deployment', 'The main process records a sample of audio and saves it to a file; it then pops the path onto a queue. On the other side, a classifier process reads from that queue and classifies any file that is popped onto it.', 'deployment.serving-architecture');
    noFull('6. Deployment', 'The main process records a sample of audio and saves it to a file for later listening.', 'deployment.serving-architecture');
    yesFull('7. Monitoring', 'The worker sends a heartbeat every minute; a watchdog messages me when none arrives for 10 minutes.', 'monitoring.operational-metrics');
    noFull('4. Model', 'The heartbeat of the dataset is the daily sales volume.', 'monitoring.operational-metrics');
  });
  it('scikit-learn class names (RandomForestClassifier, GradientBoostingClassifier) are candidate models; "performs well … with an f1-score of 0.78. Hence it is selected as a final model" picks among the candidates listed before it; "the f1-score is selected for model evaluation" picks a metric, not a model', () => {
    const candidates = '* 10-fold cross validation is performed on several algorithms. Among these `RandomForestClassifier`, `LogisticRegression`, `GradientBoostingClassifier` and `SupportVectorMachine` perform well.';
    const params = Array.from({ length: 6 }, (_, i) => `* **Model ${i}**\n  > * n_estimators = ${100 + i}`).join('\n\n');
    const pick = '* `GradientBoostingClassifier` performs well on both validation and test data with an f1-score of 0.7789 and 0.7801 respectively. Hence it is selected as a final model.';
    yesFull('4. Model', `${candidates}\n\n${params}\n\n${pick}`, 'model.selection-tradeoffs');
    noFull('4. Model', `${params}\n\n${pick}`, 'model.selection-tradeoffs');
    noFull('5. Evaluation', '* ***F1-Score***: The f1-score is selected for model evaluation since the class distribution of the response variable is imbalanced.\n\n* Logistic regression and random forest are trained on the same folds.', 'model.selection-tradeoffs');
  });
  it('a slow manual step the project automates is a business objective ("takes a long time to complete. We can automate this process"), as is reducing "the time it takes to approve a loan"; a slow training run automated is not', () => {
    yesFull('1. Requirements', 'The loan approval is the most crucial stage of a loan process and takes a long time to complete. We can automate this process by using a Machine Learning algorithm.', 'requirements.business-objective');
    yesFull('1. Requirements', 'We want to reduce the time it takes to approve a loan by automating the eligibility check.', 'requirements.business-objective');
    noFull('1. Requirements', 'Training takes a long time, so we automate the hyper-parameter search.', 'requirements.business-objective');
    noFull('3. Data', 'We split the data into 30 files, which allowed 30 jobs in parallel, reducing the processing time for feature extraction to less than 7 hours.', 'requirements.business-objective');
  });
});

describe('lint mechanisms (session 34, real26 round)', () => {
  it('word sense: "Hartwig Adam" in an author list and "ex) Adam Lambert" are no optimiser; "mixed precision training" is no metric; a product built "from scratch" trains nothing', () => {
    noFull('4. Model', '* **Authors**: Andrew G. Howard, Menglong Zhu, Marco Andreetto, Hartwig Adam', 'model.training');
    noFull('3. Data', '- artist: Name of artist of the song played, ex) Adam Lambert', 'model.training');
    yesFull('4. Model', '* Optimizer: Adam with initial LR 0.0009', 'model.training');
    noFull('5. Evaluation', '* NVIDIA apex 0.1 (for mixed precision training)', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'We report precision and recall at the 0.5 threshold on the held-out week.', 'evaluation.offline-metrics');
    noFull('4. Model', 'In this first post in a series on how to build a complete machine learning product from scratch, I describe how to set up your project and tooling.', 'model.training');
    yesFull('4. Model', 'The CNN is trained from scratch for 30 epochs, since no pre-trained weights exist for spectrograms.', 'model.training');
  });
  it('dashboards that show drift (Evidently, Adminer, Grafana in one paragraph) or "the metrics" of no named kind are no operational monitoring; Grafana on p99 latency is', () => {
    noFull('7. Monitoring', 'Evidently AI for calculating metrics including data drift, missing value and quartile metrics.\nAdminer for collecting monitoring data. Prometheus UI: http://localhost:8080\nGrafana for Dashboards UI. Grafana UI: http://localhost:3000', 'monitoring.operational-metrics');
    noFull('6. Deployment', 'All the mentioned processes will be orchestrated with the Prefect platform, and the visualization of the metrics will be through Grafana.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'Grafana dashboards show p99 latency and the error rate of the prediction API.', 'monitoring.operational-metrics');
  });
  it('no scale from a disease\'s death toll or from a demo that simulates 100 records; a dataset of 918 records is', () => {
    noFull('1. Requirements', 'Cardiovascular diseases claim approximately 17.9 million lives annually.', 'requirements.scale');
    noFull('6. Deployment', '- If you don\'t provide the S3 URI of the data, the project will simulate 100 records by sampling values from the training dataset.', 'requirements.scale');
    yesFull('3. Data', 'The dataset has 918 records with 11 attributes.', 'requirements.scale');
  });
  it('"As a starting point, we use the one-hot encoding strategy" is no baseline; a paragraph ending "Out of scope for this design document." commits to nothing', () => {
    noFull('4. Model', 'There are many ways to deal with categorical data. As a starting point, we use the one-hot encoding strategy.', 'model.baseline');
    yesFull('4. Model', 'As a starting point, a logistic regression on the same features is the baseline to beat.', 'model.baseline');
    noFull('6. Deployment', 'Realtime, X ms for frame. The model shall be optimized for inference time by industry-standard techniques (pruning, transfer learning, quantization). Out of scope for this design document.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'The model is optimized for inference time with int8 quantization, which halves latency.', 'deployment.scaling-efficiency');
  });
  it('"data available at https://github…" is no point-in-time rule; "links to raw data and brief explanation" is no interpretability', () => {
    noFull('3. Data', 'Source code and data available at https://github.com/someone/project', 'data.feature-backfill');
    yesFull('3. Data', 'Features use only data available at prediction time.', 'data.feature-backfill');
    noFull('4. Model', '(See attached data in appendix for links to raw data and brief explanation)', 'model.interpretability');
  });
  it('framing said in passing: "regression machine learning models will be trained", "a custom regression head"; "For every frame output list of object bounding boxes"; a classification task with "X as the target variable"', () => {
    yesFull('2. Framing', 'To predict the price per unit area, regression machine learning models will be trained.', 'framing.ml-category');
    yesFull('4. Model', 'All transformers feature a custom regression head that uses a concatenated output of multiple hidden layers.', 'framing.ml-category');
    noFull('4. Model', 'Regression models are a broad topic.', 'framing.ml-category');
    yesFull('2. Framing', 'Object detection, supervised. For every frame output list of object bounding boxes with assigned label.', 'framing.ml-objective');
    yesFull('4. Model', 'I tested three models for a binary classification task. I chose `pchembl_value` as the target variable.', 'framing.ml-objective');
    noFull('4. Model', 'I chose `pchembl_value` as the target variable.', 'framing.ml-objective');
  });
  it('labels, features, skew and split said the way write-ups say them', () => {
    yesFull('3. Data', 'HeartDisease: Output class indicating the presence of heart disease (1: heart disease, 0: Normal).', 'data.labels');
    yesFull('4. Model', 'Instead of predicting the number of bikes directly, we trained the models to predict the residual (difference) between the current number of bikes and the number of bikes in one hour.', 'data.labels');
    noFull('3. Data', 'Sex: (1: male, 0: female) of the patient.', 'data.labels');
    yesFull('3. Data', 'The preprocessing (ETL) to create a dataframe for the ML pipeline:\n1. Remove rows whose `userId` is blank\n2. Create `os-system` column from userAgent column', 'data.features');
    noFull('6. Deployment', '- Create a script of variables from Repository URI:', 'data.features');
    yesFull('6. Deployment', 'I used NVTabular, which allows me to save workflows of pre-processing operations during development and deploy them in production.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'We save the model during development and deploy it in production.', 'deployment.training-serving-skew');
    yesFull('4. Model', '### Training\n\n* 5 random folds\n* Loss: BCE', 'data.split-leakage');
    noFull('4. Model', 'Weights chosen by minimising OOF RMSLE over all 4 folds; 3 seeds per model.', 'data.split-leakage');
    yesFull('4. Model', '`calibrate_and_predict.py` calibrates the model on a hold-out set of the training data to find the best threshold.', 'data.split-leakage');
    yesFull('4. Model', 'These models were built using a set of 500 images excluded from the training of the neural network model.', 'data.split-leakage');
  });
});

describe('lint mechanisms (session 34, real26 round 2)', () => {
  it('"The hyperparameters of GBTclassifier were not optimized" takes the tuning back; "inferred in-app as this was not computationally expensive" and "conditions that were not seen before" take nothing back', () => {
    noFull('4. Model', 'The hyperparameters of GBTclassifier were not optimized.', 'model.training');
    yesFull('4. Model', 'The hyperparameters of GBTclassifier were optimized with a grid search over depth and learning rate.', 'model.training');
    yesFull('6. Deployment', 'COVID-19 predictions were inferred in-app as this was not computationally expensive.', 'deployment.online-vs-batch');
    yesFull('4. Model', 'Finally, the model is evaluated on a test split with initial conditions that were not seen before by the model.', 'data.split-leakage');
  });
  it('"data is preprocessed in the same way during training and testing" guards against skew when the testing side is the browser or the app', () => {
    yesFull('6. Deployment', 'To ensure that data is preprocessed in the same way during training and testing, we use a custom preprocessing model trained to emulate the browser FFT performed by WebAudio.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'Data is preprocessed in the same way during training and testing.', 'deployment.training-serving-skew');
  });
  it('a service that "accepts a PDF … and returns the same PDF annotated with detected floor-plans" gives input and output; "object detection for three classes: floor-plan, elevation, section" and "tag audio data using a vocabulary of 80 categories" give the objective; annotations converted to YOLO labels are the labels', () => {
    yesFull('1. Requirements', 'Build a service that accepts a PDF of architectural drawings and returns the **same PDF annotated** with detected *floor-plans, elevations, sections*.', 'framing.io-spec');
    noFull('1. Requirements', 'Build a service that accepts a PDF and returns it.', 'framing.io-spec');
    yesFull('2. Framing', 'Supervised **object detection** for three classes: floor-plan, elevation, section.', 'framing.ml-objective');
    yesFull('2. Framing', 'The target of the competition is to develop an algorithm to tag audio data automatically using a diverse vocabulary of 80 categories.', 'framing.ml-objective');
    yesFull('3. Data', '2. Extract annotation coordinates and convert them to YOLO-TXT (`x_center y_center width height class`).', 'data.labels');
    noFull('3. Data', '2. Rasterize pages into PNG at 300 dpi.', 'data.labels');
  });
});

describe('lint mechanisms (session 35, real27 round)', () => {
  const SECTIONS4 = ['## Data', '', 'Two years of ratings from the Kafka stream; the label is the 1–5 star rating.', '', '## Model', '', 'Matrix factorisation (SVD) trained every two days on the cumulative ratings.', '', '## Evaluation', '', 'Offline RMSE on the last day of ratings; we deploy only if RMSE < 1.', '', '## Deployment', '', 'A Flask service behind a load balancer answers each request online.', ''];
  it('a report whose two issues each have a "Detection" heading, with "What went well" in its retrospective, is no postmortem; a postmortem still is one', () => {
    const report = ['# Milestone 3 report', '', ...SECTIONS4, '## Feedback loops', '', '### Issue 1: echo chamber', '', '#### Detection', '', 'We compare the genre mix of recommendations with the catalogue each week.', '', '### Issue 2: popularity bias', '', '#### Detection', '', 'We count how often the top 50 movies are recommended.', '', '## Teamwork', '', '### What went well', '', 'Pair programming on the pipeline.', ''].join('\n');
    assert.equal(isDesignDoc(report), true);
    const postmortem = ['# Ranker served stale scores', '', ...SECTIONS4, '## Timeline', '', '09:00 alert fired.', '', '## Root cause', '', 'A feature job wrote an empty partition.', '', '## Impact', '', 'CTR fell 4% for two hours.', '', '## Action items', '', 'Add a row-count check.', ''].join('\n');
    assert.equal(isDesignDoc(postmortem), false);
  });
  it('a "Contents" heading is no README evidence ("Contents" … "Acknowledgements" in a competition write-up); a README with "Table of contents", "Installation and usage" and "Install with pip" still is one', () => {
    const writeup = ['# What we did in the retinopathy contest', '', '## Contents', '', '- [The contest](#the-contest)', '', '## Image preprocessing', '', 'We resized every image to 512×512 and kept the green channel.', '', '## Choosing training / validation sets', '', 'We held out 10% of the patients, both eyes together.', '', '## Convolutional network architecture', '', 'Ten convolutional layers, then two dense layers.', '', '## Loss function', '', 'We trained on mean squared error and scored with quadratic weighted kappa.', '', '## Acknowledgements', '', 'Thanks to the organisers.', ''].join('\n');
    assert.equal(isDesignDoc(writeup), true);
    const readme = ['# drift-kit', '', '## Table of contents', '', '- Installation', '', '## Installation and usage', '', 'See below.', '', '### Install with pip', '', '`pip install drift-kit`', '', '## Data', '', 'Loaders for common datasets.', '', '## Model', '', 'Detectors built on autoencoders.', '', '## Evaluation', '', 'Benchmarks on public datasets.', '', '## Deployment', '', 'Serve a detector with the bundled server.', ''].join('\n');
    assert.equal(isDesignDoc(readme), false);
  });
  it('notes on a book whose headings are "Ch1. …", "Ch2. …" are lecture notes, not a design', () => {
    const notes = ['# Building ML powered applications', '', '## Ch1. From product goal to ML framing', '', 'Start from the product goal, then frame it as an ML task.', '', '## Ch2. Create a plan', '', 'Pick offline metrics that track the business metric.', '', '## Data', '', 'Look at your data before modelling it.', '', '## Model', '', 'Start with a simple baseline.', '', '## Evaluation', '', 'Compare offline metrics with online ones.', '', '## Deployment', '', 'Decide between batch and online inference.', ''].join('\n');
    assert.equal(isDesignDoc(notes), false);
  });
  it('what sits under "Contributions by <name>", "Who was involved?" or "Troubleshooting" is no evidence of the design', () => {
    noFull('7. Monitoring', '### Contributions by Priya\n\nPriya: automatic model updates and deployment every night.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '### Automated model updates\n\nThe model is retrained and redeployed every night on the new ratings.', 'monitoring.retraining-plan');
    noFull('6. Deployment', '## Troubleshooting\n\n- Run `docker system prune --all --force --volumes` to free space and scale down unused containers.', 'deployment.scaling-efficiency');
  });
  it('a hospital\'s outcomes are a business objective: shorter stays, fewer readmissions', () => {
    yesFull('1. Requirements', 'The tool should decrease the length of hospital stays and reduce readmission rates.', 'requirements.business-objective');
    noFull('1. Requirements', 'The tool shows a risk score on every patient record.', 'requirements.business-objective');
  });
  it('"10-fold stratified CV" and "a 7-fold CV with 6 repetitions" split the data; "a 3-fold increase" does not', () => {
    yesFull('3. Data', 'We compared models with 10-fold stratified CV.', 'data.split-leakage');
    yesFull('3. Data', 'I used a 7-fold CV with 6 repetitions.', 'data.split-leakage');
    noFull('3. Data', 'A 3-fold increase in traffic is expected next year.', 'data.split-leakage');
  });
  it('"work with hundreds of anonymized features" describes a competition\'s data, not a privacy measure; "we only use anonymized features" is one', () => {
    noFull('1. Requirements', "In this competition, you'll work with hundreds of anonymized features to predict if a customer is satisfied.", 'requirements.privacy-security');
    yesFull('1. Requirements', 'We only use anonymized features; raw PII never leaves the bank.', 'requirements.privacy-security');
  });
  it('"good guardrails for threshold verification" and "without sacrificing user privacy" name no guardrail metric; "guardrails for the test: p95 latency and hide rate" does', () => {
    noFull('5. Evaluation', 'We trained it with good guardrails for threshold verification to obtain high precision in cross-validation.', 'evaluation.guardrail-metrics');
    noFull('5. Evaluation', 'Moving the model to the cloud lets us process even more images without sacrificing user privacy.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'Guardrails for the test: p95 latency and hide rate.', 'evaluation.guardrail-metrics');
  });
});

describe('lint mechanisms (session 35, real27 round 2)', () => {
  it('a model behind an endpoint or a model server, or an app that returns its prediction for an upload, is served online', () => {
    yesFull('6. Deployment', 'After training, we deployed it using a SageMaker endpoint and queried one image from the endpoint.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'We built a FastAPI application that allows users to upload images which the model predicts and returns the classification.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The prediction service answers at the `/predict` entry-point.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'For hosting the model, we use TensorFlow Serving on a small cluster of virtual machines.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We did not deploy the model to an endpoint.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We deployed the model.', 'deployment.online-vs-batch');
  });
  it('quadratic weighted kappa is an offline metric; a kappa architecture is not', () => {
    yesFull('5. Evaluation', 'Submissions were scored with quadratic weighted kappa.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Our best model reached a kappa score of 0.85 on the validation set.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'The data platform follows a kappa architecture.', 'evaluation.offline-metrics');
  });
  it('rebalancing said in plain words handles the imbalance; "we did not address the class imbalance" does not', () => {
    yesFull('3. Data', 'Only 2% of the images belong to the last class, so we had to make the classes more or less equal.', 'data.class-imbalance');
    yesFull('3. Data', 'We built a training set of about 100K images with equally distributed classes.', 'data.class-imbalance');
    yesFull('3. Data', 'Recall jumped only by addressing the dataset unbalance.', 'data.class-imbalance');
    noFull('3. Data', 'We did not address the class imbalance.', 'data.class-imbalance');
  });
  it('training losses, product version numbers and availability zones are no business or budget facts', () => {
    noFull('4. Model', 'The model is learning and correctly converging, as the decreasing losses show.', 'requirements.business-objective');
    yesFull('1. Requirements', 'The goal is decreasing fraud losses for the bank by 20%.', 'requirements.business-objective');
    noFull('6. Deployment', '- Select the Availability Zones to enable for your load balancer.', 'requirements.business-objective');
    noFull('6. Deployment', 'Follow the installation instructions for Amazon Linux 2 instances.', 'requirements.budget-cost');
    yesFull('6. Deployment', 'Serving runs on 2 instances of m5.large.', 'requirements.budget-cost');
  });
  it('"ease of explainability" as a reason to choose a model is no interpretability; explanations shown to analysts are', () => {
    noFull('4. Model', 'I chose LogisticRegression as the model of choice for its simplicity, ease of explainability (which feature it weighs more) and speed.', 'model.interpretability');
    yesFull('4. Model', 'We show the top three SHAP reasons for each decline to the analysts.', 'model.interpretability');
  });
  it('no baseline from a feature set called "the best baseline we have", the starting point of a diagram, or a rule-based attempt given up', () => {
    noFull('3. Data', 'I will use the features selected by the data scientist as-is, because it is the best baseline we have.', 'model.baseline');
    noFull('6. Deployment', 'The starting point of the diagram is our local setup.', 'model.baseline');
    noFull('4. Model', 'I first tried writing a rule based agent, but after some weeks without improvements I switched to imitation learning.', 'model.baseline');
    yesFull('4. Model', 'A rule-based scorer is the baseline; the GBDT beats it by 4 points of recall.', 'model.baseline');
  });
  it('missing values found once and imputed, or "clean and prepare the data; check duplicates", are preprocessing, not data-quality checks', () => {
    noFull('3. Data', 'Some missing values were detected for three days and were replaced with the mean.', 'monitoring.data-quality');
    noFull('3. Data', '- Clean and prepare the data; check duplicates, missing values, imbalanced dataset.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'Each incoming batch is validated: rows with missing prices are rejected and the null rate is alerted on.', 'monitoring.data-quality');
  });
  it('a forecast target named ("the target to forecast is stored in the column …") and a threshold that makes the class ("considered delayed when …") are labels', () => {
    yesFull('3. Data', "The target to forecast is stored in the column 'grid_load'.", 'data.labels');
    yesFull('3. Data', "The numeric value of the time series target ('grid_load') is what we forecast.", 'data.labels');
    yesFull('3. Data', 'A flight is considered delayed when it departs more than 15 minutes after schedule.', 'data.labels');
    noFull('3. Data', 'Their flight was considered late by the press.', 'data.labels');
  });
});

describe('lint mechanisms (session 35, real27 round 3)', () => {
  it('"the explanation for this could be …" accounts for a result, it explains no prediction; availability of the service is no business outcome, availability of the turbines is', () => {
    noFull('5. Evaluation', 'The explanation for this could be that our demographic filter removes most older users.', 'model.interpretability');
    yesFull('4. Model', 'Each prediction comes with an explanation for the reviewer listing the top features.', 'model.interpretability');
    noFull('6. Deployment', 'We keep the old container running, as this will increase availability of our service.', 'requirements.business-objective');
    yesFull('1. Requirements', "Predicting failures early will increase availability of the fleet's turbines.", 'requirements.business-objective');
  });
  it('the number of predictions in a test run is no scale; a dataset\'s size still is', () => {
    noFull('5. Evaluation', 'The MAPE over the test period was 3.1% (5136 predictions).', 'requirements.scale');
    yesFull('3. Data', 'The dataset has 535,234 images of bins.', 'requirements.scale');
  });
  it('a config key pointing at a folder names no data source; matches "used for training" and history "in the datalake" do', () => {
    noFull('3. Data', "dataset: 'data/processed'", 'data.sources');
    yesFull('3. Data', 'dataset: the public MovieLens 20M ratings', 'data.sources');
    yesFull('3. Data', 'All matches from agents with a leaderboard score higher than 1700 were used for training, close to 16k matches.', 'data.sources');
    yesFull('3. Data', 'We had years of history in the datalake of which ads the operators approved or rejected.', 'data.sources');
  });
  it('under "Automated model updates", a scheduler that "triggers the auto deployment pipeline every 2 days" is the retraining cadence; "our team-4 server" is no hardware count', () => {
    yesFull('7. Monitoring', '### Automated model updates\n\nA scheduler script runs in the background on our server and triggers the auto deployment pipeline every 2 days.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '### Model updates\n\nWe update the dashboard every 2 days.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'A scheduler script runs in the background on our team-4 server and triggers the pipeline every 2 days.', 'requirements.budget-cost');
  });
});

describe('lint mechanisms (session 35, real27 round 4)', () => {
  it('a contest\'s field ("the largest competition, with 5,123 teams") and a model\'s file size are no scale; a catalogue\'s size is', () => {
    noFull('3. Data', 'It was the largest competition in terms of competitors at the time, with 5,123 teams.', 'requirements.scale');
    noFull('6. Deployment', 'Each model is roughly 2GB in size, so the server disk fills up.', 'requirements.scale');
    yesFull('3. Data', 'The image catalog is 2 TB.', 'requirements.scale');
  });
  it('what sits under "Improvement", "What next?" or "Further ideas" is not committed', () => {
    noFull('4. Model', '### Improvement\n\nWe could use focal loss to handle the class imbalance.', 'data.class-imbalance');
    yesFull('4. Model', '### Training\n\nWe use focal loss to handle the class imbalance.', 'data.class-imbalance');
  });
  it('"classify a news article as either fake or not fake" gives the input and the output', () => {
    yesFull('2. Framing', 'The goal is a classification model that will classify a news article as either fake or not fake.', 'framing.io-spec');
    noFull('2. Framing', 'We classify tickets by urgency.', 'framing.io-spec');
  });
});

describe('lint mechanisms (session 35, real28 round)', () => {
  it('a REST API a user invokes to get a prediction, or an app that performs inference on the model endpoint, is online; batch processing through the network is a mini-batch', () => {
    yesFull('6. Deployment', 'A user can invoke the REST API to upload an image and get a prediction.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'We will also build a Streamlit app to perform inference on the model endpoint.', 'deployment.online-vs-batch');
    noFull('4. Model', 'I added batch processing through the network, as the default implementation seems to process images one at a time.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Scores are batch processed every night for all users.', 'deployment.online-vs-batch');
  });
  it('a loss set in code (`loss="binary_crossentropy"`, `nn.CrossEntropyLoss()`) is the training loss; a bare fit call is not', () => {
    yesFull('4. Model', '```python\nmodel.compile(optimizer=opt, loss="binary_crossentropy", metrics=["accuracy"])\n```', 'model.loss-function');
    yesFull('4. Model', '```python\ncriterion = nn.CrossEntropyLoss()\n```', 'model.loss-function');
    noFull('4. Model', '```python\nmodel.fit(X, y)\n```', 'model.loss-function');
  });
  it('"we don\'t have the data and time to apply cross-validation" is no split; "don\'t need too much explanation" is no interpretability', () => {
    noFull('4. Model', "We don't have the data and time to apply cross-validation for model selection.", 'data.split-leakage');
    yesFull('4. Model', "We don't have the time to tune much. We split by time: the last month is the test set.", 'data.split-leakage');
    noFull('4. Model', "My initial iterations don't need too much explanation.", 'model.interpretability');
  });
});

describe('lint mechanisms (session 36)', () => {
  it('"40 TB of images" is a data volume; a size "per file" or "for docker image" is a platform limit', () => {
    yesFull('1. Clarify requirements', 'We store 40 TB of images.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'About 40 TB of images are stored in S3.', 'requirements.scale');
    noFull('6. Deployment', 'The platform limits uploads to 50mb per file and 10gb for docker image.', 'requirements.scale');
    noFull('6. Deployment', 'An upload may hold up to 2 GB of the zip file.', 'requirements.scale');
  });
});

describe('lint mechanisms (session 36, loss)', () => {
  it('a quantile regression trains on the pinball loss; one not tried or only wished for names no loss', () => {
    yesFull('4. Model development', 'We use quantile regression (q = 0.9) to get the upper bound.', 'model.loss-function');
    yesFull('4. Model development', 'The model is a LightGBM quantile regression with alpha 0.95.', 'model.loss-function');
    noFull('4. Model development', 'We did not try quantile regression.', 'model.loss-function');
    noFull('4. Model development', 'Quantile regression could give us intervals later.', 'model.loss-function');
  });
});

describe('lint mechanisms (session 36, real29 round)', () => {
  it('work tagged as not done yet ("--> pending", "(in progress)") is no plan', () => {
    noFull('7. Monitoring', 'Continuous integration, continuous deployment, and continuous training --> pending', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'We retrain weekly on the last 90 days (pending).', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'Retraining: weekly, on the last 90 days — in progress', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We retrain weekly on the last 90 days; the pending labels are excluded.', 'monitoring.retraining-plan');
  });
  it('"the best valid loss", "a confidentiality loss", "the correct loss function" name no training loss', () => {
    noFull('4. Model development', 'We keep the checkpoint with the best valid loss.', 'model.loss-function');
    noFull('4. Model development', 'Vulnerabilities that produce a confidentiality loss are rated higher.', 'model.loss-function');
    noFull('4. Model development', 'The tests check that the model uses the correct loss function.', 'model.loss-function');
    yesFull('4. Model development', 'We train with a focal loss (gamma 2).', 'model.loss-function');
  });
  it('the Dice coefficient is an offline metric (not when it is the loss); code coverage is not', () => {
    yesFull('5. Evaluation', 'Private/public score: 0.658/0.670 (Sørensen–Dice coefficient)', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Our score was 0.658 Dice.', 'evaluation.offline-metrics');
    noFull('4. Model', 'We roll the dice to pick the next player.', 'evaluation.offline-metrics');
    noFull('4. Model', 'The segmentation model is trained with loss = Dice + CE.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'The total code coverage of code is 75%.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Catalog coverage is 40% of items at k=10.', 'evaluation.offline-metrics');
  });
  it('train_test_split into X_train / X_test is a split; "the target parameter for the project is time duration" is the label', () => {
    yesFull('3. Data preparation', 'Using train_test_split I generated the X_train, y_train, X_test, y_test data sets.', 'data.split-leakage');
    noFull('3. Data preparation', 'I imported train_test_split.', 'data.split-leakage');
    yesFull('3. Data preparation', 'The target parameter for the project is time duration.', 'data.labels');
  });
  it('a speed in bytes per second is no request rate', () => {
    noFull('1. Clarify requirements', 'It processes about 800 KB/s for training and 4.5 MB/s for classifying.', 'requirements.throughput-qps');
    yesFull('1. Clarify requirements', 'We expect 2,000 requests/s at peak.', 'requirements.throughput-qps');
  });
  it('a model wrapped into an API with FastAPI is online; suggestions made in real time are online', () => {
    yesFull('6. Deployment', 'We wrapped our model into an API using FastAPI in a Docker container.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We wrapped the data loader into an API.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The extension highlights non-inclusive words and suggests alternatives in real-time.', 'deployment.online-vs-batch');
  });
  it('users authenticated through OAuth is a security measure; "access control" as where data comes from is not', () => {
    yesFull('1. Clarify requirements', 'Authentication is done via OAuth 2.0 so the user authorizes the app to open his messages.', 'requirements.privacy-security');
    noFull('3. Data', '| Occupancy | badge-in counts per floor per hour (from access control) |', 'requirements.privacy-security');
  });
  it('explaining the project\'s architecture to the reader is not interpretability', () => {
    noFull('4. Model development', 'To explain the overall architecture of our project, see the figure below.', 'model.interpretability');
    noFull('4. Model development', 'As these models are complex to explain, the principal model being used will be explained in details.', 'model.interpretability');
    yesFull('4. Model development', 'We use SHAP to explain each prediction to the reviewer.', 'model.interpretability');
  });
  it('"Hardware used:" is the machine a run used, not a budget; money spent on the project\'s cloud is, in any currency', () => {
    noFull('1. Clarify requirements', 'Hardware used: Ryzen 5 3600, RTX 2060 Super (8 GB VRAM), 32 GB RAM', 'requirements.budget-cost');
    yesFull('1. Clarify requirements', 'Hardware: at most 2 T4 GPUs for serving.', 'requirements.budget-cost');
    yesFull('1. Clarify requirements', 'In total, 223.81 kr were spent on the project. Training the model via Vertex AI cost around 8 kr.', 'requirements.budget-cost');
    noFull('1. Clarify requirements', 'Last year we spent $2M on marketing.', 'requirements.budget-cost');
  });
  it('"a retraining schedule as needed" names no schedule', () => {
    noFull('7. Monitoring', 'We will establish a retraining schedule as needed to maintain accuracy.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We will establish a weekly retraining schedule.', 'monitoring.retraining-plan');
  });
});

describe('lint mechanisms (session 36, Evidently)', () => {
  it('Evidently metric classes name what is monitored: drift metrics are drift, missing-value metrics are data quality', () => {
    yesFull('7. Monitoring', 'We report `ColumnDriftMetric(column_name="prediction")` and `DatasetDriftMetric()` to Grafana.', 'monitoring.drift');
    yesFull('7. Monitoring', 'We report DatasetMissingValuesMetric() to Grafana every run.', 'monitoring.data-quality');
    noFull('7. Monitoring', 'We report DatasetMissingValuesMetric() to Grafana every run.', 'monitoring.drift');
  });
});

describe('lint mechanisms (session 37)', () => {
  // A course report template quotes each question with a length hint and an example answer, then an
  // answer slot ("> Answer:"); the group writes its answer below. The prompts here are written for the test.
  const qa = (question: string, example: string, answer: string, slot = true): string =>
    `### Question\n\n> **${question}**\n>\n> Recommended answer length: 100-200 words.\n>\n> Example:\n> *${example}*\n${slot ? '>\n> Answer:\n' : ''}\n${answer}\n`;
  const report = (...parts: string[]): string => `# Project report\n\n## Overview\n\nA bird species classifier fine-tuned on 20,000 photos.\n\n${parts.join('\n')}`;
  const present = (text: string, id: string): boolean => lint(text, { force: true }).items.find((i) => i.id === id)?.present ?? false;

  it('a quoted template question and its example answer are prompt, not answer; the answer below the slot counts', () => {
    const monitoring = 'Did you manage to implement monitoring of your deployed model? If not, explain how it would help.';
    const example = 'We did not manage to implement monitoring. We would track data drift with Evidently and retrain the model every week.';
    const unfilled = report(qa(monitoring, example, '--- question fill here ---'));
    assert.equal(present(unfilled, 'monitoring.drift'), false);
    assert.equal(present(unfilled, 'monitoring.retraining-plan'), false);
    const answered = report(qa(monitoring, example, 'Yes: a nightly Evidently job compares the input embeddings with the training set and alerts on data drift.'));
    assert.equal(present(answered, 'monitoring.drift'), true);
    // the answer written inside the quote, after the slot, is the answer
    const inQuote = report(`### Question\n\n> **${monitoring}**\n>\n> Answer:\n>\n> A nightly Evidently job checks the inputs for data drift and alerts the team.\n`);
    assert.equal(present(inQuote, 'monitoring.drift'), true);
    // a quoted "Example:" is the template's, with or without an answer slot
    const noSlot = report(qa('Which metrics did you use?', 'We report macro F1 on a held-out test set and compare with a logistic regression baseline.', 'We did not get that far.', false));
    assert.equal(present(noSlot, 'model.baseline'), false);
    assert.equal(present(noSlot, 'evaluation.offline-metrics'), false);
  });
  it('"we are not storing user data" is a privacy commitment; not saving to a file in a notebook is not', () => {
    yesFull('6. Deployment', 'We are not storing user data: queries are processed in memory and discarded.', 'requirements.privacy-security');
    yesFull('6. Deployment', 'We never log users search queries.', 'requirements.privacy-security');
    noFull('6. Deployment', 'We did not save the user data to a file for this notebook.', 'requirements.privacy-security');
    noFull('6. Deployment', 'The model does not store its weights on disk.', 'requirements.privacy-security');
  });
  it('checking the dataset once for missing values is exploration, not a data-quality check that keeps running', () => {
    noFull('3. Data', 'We checked the dataset for missing values and duplicates; there were none.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'We check every incoming batch for missing values and alert when more than 2% of rows fail.', 'monitoring.data-quality');
  });
  it('"the same preprocessing as training" at serving guards skew; for the validation set it does not', () => {
    yesFull('6. Deployment', 'The vectorizer is pickled with the classifier, so the API applies exactly the same preprocessing as training.', 'deployment.training-serving-skew');
    noFull('3. Data', 'We used the same preprocessing as training for the validation set.', 'deployment.training-serving-skew');
  });
});

describe('lint mechanisms (session 37, real30 round)', () => {
  it('a table of contents linking to the headings is not where the sections are', () => {
    // (a nested table of contents, as Markdown TOC generators write it)
    const text = '# Inference service\n\n- [Requirements](#requirements)\n  * [Functional](#functional)\n- [Proposed solution](#proposed-solution)\n\n## Requirements\n\n### Functional\n\n- Predictions within 10 seconds.\n\n## Proposed solution\n\nA Lambda behind API Gateway.\n';
    const req = lint(text, { force: true }).sections.find((s) => s.id === 'requirements');
    assert.equal(req?.line, 6);
  });
  it('a latency measured on the system built counts; the status quo being replaced does not', () => {
    yesFull('1. Clarify requirements', 'The current latency is ~2sec, from uploading a cough sound to getting a result.', 'requirements.latency-p99');
    noFull('1. Clarify requirements', 'Current search takes ~600 ms end to end.', 'requirements.latency-p99');
    yesFull('1. Clarify requirements', '- **NFR-5** Model inference should give prediction within 10 seconds.', 'requirements.latency-p99');
    noFull('1. Clarify requirements', 'Users get their recommendations within 2 hours of signing up.', 'requirements.latency-p99');
  });
  it('a load test\'s burst and the size of one call are not the system\'s scale', () => {
    noFull('1. Clarify requirements', '- [X] 500 predictions within 4s (tested with 5 asynchronous calls of 100 images).', 'requirements.scale');
    yesFull('1. Clarify requirements', 'We index 2 million documents in under 3 minutes.', 'requirements.scale');
  });
  it('a year in a date is not a count', () => {
    noFull('1. Clarify requirements', 'Since July 2019, related links have been generated by a machine learning model.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'In May 2023 we had 2000 users.', 'requirements.scale');
  });
  it('the task named by the model\'s family or by the classes a record carries', () => {
    yesFull('2. Framing', 'We build a simple classification model to predict the credit risk of a person.', 'framing.ml-category');
    yesFull('3. Data', 'Each person is classified as having good or bad credit risk according to a set of attributes.', 'framing.ml-category');
    yesFull('3. Data', 'Each person is classified as having good or bad credit risk according to a set of attributes.', 'data.labels');
    noFull('6. Serving', 'Each request is classified as spam or ham by the model.', 'data.labels');
    noFull('3. Data', 'The corpus is every document tagged as a contract or template.', 'data.labels');
  });
  it('tuning with k-fold cross-validation and a count of parameter combinations describe training', () => {
    yesFull('4. Model', 'Model tuning and model evaluation using 10-fold cross-validation.', 'model.training');
    yesFull('4. Model', 'Only 5 different parameter combinations are evaluated, to keep the runtime short.', 'model.training');
  });
  it('serving: an API wrapping predict, an API call that triggers a Lambda, real time ruled out', () => {
    yesFull('6. Deployment', 'Locally serves an API that is essentially a wrapper around the `predict` function.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The API request goes to API Gateway, which triggers a Lambda function that loads the model and makes the prediction.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Our system does not require real-time data processing, so predictions are written once a week.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We did not deploy the model.', 'deployment.online-vs-batch');
  });
  it('rollout to a limited number of stores; scaling in and out; preprocessing "as done in training"', () => {
    yesFull('6. Deployment', 'Introduction of the uplift service to a limited number of stores in one region.', 'deployment.rollout-strategy');
    noFull('6. Deployment', 'The app was released to a few friends.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', '- **NFR-3** Solution should be able to scale in/out as the data volumes vary during the day.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', 'The API normalises the data in the range [0,1] as done in training.', 'deployment.training-serving-skew');
  });
  it('a contributor credited for "the baseline model" is no baseline', () => {
    const text = '# Recs\n\n## Model\n\nA two-tower model.\n\n## Contributors\n\n- Jane Doe: local flow and baseline model\n';
    assert.equal(lint(text, { force: true }).items.find((i) => i.id === 'model.baseline')?.present, false);
    const credited = text.replace('## Contributors', '## Notes');
    assert.equal(lint(credited, { force: true }).items.find((i) => i.id === 'model.baseline')?.present, true);
  });
});

describe('lint mechanisms (session 38, real30 disagreements)', () => {
  it('"MLOps" names the monitoring section when it is the heading\'s subject, not in a project\'s title', () => {
    assert.deepEqual(classifyHeadingAll('MLOps'), ['monitoring']);
    assert.deepEqual(classifyHeadingAll('Monitoring & MLOps'), ['monitoring']);
    assert.deepEqual(classifyHeadingAll('MLOps Project - Credit Risk Prediction'), []);
    assert.deepEqual(classifyHeadingAll('I Tried Four MLOps Platforms So You Don\'t Have To'), []);
  });
  it('a to-do under a titled project is not in the monitoring section the title would make', () => {
    const text = '# MLOps Project - Credit Risk\n\nA classifier for credit risk.\n\n## Plan\n\n- [x] Evaluate and Analyse Model Performance\n\n# Overview\n\n## Monitoring\n\nGrafana shows data drift.\n';
    const r = lint(text, { force: true });
    assert.equal(r.sections.find((s) => s.id === 'monitoring')?.line, 10);
    assert.equal(r.items.find((i) => i.id === 'monitoring.model-performance')?.present, false);
  });
  it('models compared on a holdout set in the production environment are evaluated, not monitored', () => {
    noFull('5. Evaluation', 'The ResNet reaches a sensitivity of 0.79 in production. Analysis was performed using a separate holdout dataset.', 'monitoring.model-performance');
    yesFull('5. Evaluation', 'We track precision on the reviewed sample in production every week, and compare it with the holdout set.', 'monitoring.model-performance');
  });
  it('an APM tool or telemetry on the service is operational monitoring; an error log for debugging is not', () => {
    yesFull('7. Monitoring', 'Our API application is monitored by signoz, which provides us with telemetric data.', 'monitoring.operational-metrics');
    noFull('3. Data', 'We use vehicle telemetry from 2,000 trucks, monitored hourly.', 'monitoring.operational-metrics');
    noFull('7. Monitoring', 'The system also has an error-tracking log file in the server that could be used to debug the system.', 'monitoring.operational-metrics');
  });
  it('the current implementation of the authors\' own tool is no baseline', () => {
    // (the doc compares something elsewhere, which would make "the current system" a baseline)
    noFull('4. Model', 'We test the approach against a dataset of health records.\n\nSeveral limitations are known regarding the current implementation of the tool.', 'model.baseline');
    yesFull('4. Model', 'The new ranker must beat the current implementation of the search ranking on nDCG.', 'model.baseline');
  });
  it('"the goal is to predict the time spent" is the ML target, not a business outcome', () => {
    noFull('1. Clarify requirements', 'The goal is to predict the time spent on the clicked video.', 'requirements.business-objective');
    yesFull('1. Clarify requirements', 'The goal is to increase the time spent on the site.', 'requirements.business-objective');
  });
  it('an A/B test named as an example of a kind of metric is no plan; one with a design is', () => {
    noFull('5. Evaluation', 'Offline measures such as precision or recall give very different results compared to live metrics such as A/B testing.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We validate online with experiments such as an A/B test with a 50/50 split by user for two weeks.', 'evaluation.ab-test-plan');
  });
  it('the probability of a significance test is not what a model predicts', () => {
    noFull('5. Evaluation', 'A p-value of 0.05 means there is a 5% probability that the variation we see is by chance.', 'framing.ml-objective');
    yesFull('2. Frame the problem', 'The model predicts the probability that a transaction is fraudulent; we report confidence intervals.', 'framing.ml-objective');
  });
  it('acting on an item within seconds of its posting is online prediction', () => {
    yesFull('6. Deployment', 'The bot deletes spam within seconds of it being posted.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Moderators review reports within 2 days.', 'deployment.online-vs-batch');
  });
});

describe('lint mechanisms (session 38, recognition)', () => {
  it('notes on a paper whose linked title is the paper are not a design doc; a design doc citing a paper in its title is', () => {
    const notes = '## [Deep Neural Networks for Video Recommendations](https://research.google.com/pubs/pub45530.html)\n\nTLDR; candidate generation then ranking.\n\n### Detailed Notes:\n\n- Candidate generation uses embeddings of watch history.\n- Ranking uses logistic regression weighted by watch time.\n\n### Training\n\n- They train on all watches, not only recommendations.\n\n### Evaluation\n\n- Offline precision and recall differ from A/B tests.\n\n### Serving\n\n- Nearest neighbours in the embedding space.\n';
    assert.equal(isDesignDoc(notes), false);
    const ours = notes.replace('## [Deep Neural Networks for Video Recommendations](https://research.google.com/pubs/pub45530.html)', '## Video recommendations (after [the YouTube paper](https://research.google.com/pubs/pub45530.html))').replace('### Detailed Notes:', '### Plan');
    assert.equal(isDesignDoc(ours), true);
  });
  it('an infrastructure design doc for serving a model is a design doc; one for a web app is not', () => {
    const infra = '# Lambda inference monitoring\n\n## Requirements\n\n### Functional requirements\n\n- FR-1 The solution provides inference for an ML model.\n- FR-2 It is called via an API request.\n\n### Non-functional requirements\n\n- NFR-1 Model inference should give a prediction within 10 seconds.\n\n## Proposed solution\n\nAPI Gateway triggers a Lambda that loads the model and makes the prediction.\n\n### Cost breakdown\n\nAbout $20 a month.\n';
    assert.equal(isDesignDoc(infra), true);
    const web = infra.replace(/ML model|Model inference|the model and makes the prediction/g, 'the web page');
    assert.equal(isDesignDoc(web), false);
  });
});

describe('lint mechanisms (session 38, real31 round)', () => {
  it('mirrored traffic is a shadow rollout; observability with metrics and tracing is operational monitoring', () => {
    yesFull('6. Deployment', 'New versions receive mirrored traffic first: the router mirrors 100% of requests to the candidate and discards its answers.', 'deployment.rollout-strategy');
    noFull('6. Deployment', 'We mirror the database nightly to a replica.', 'deployment.rollout-strategy');
    yesFull('7. Monitoring', 'Improve the model server observability with metrics and distributed tracing.', 'monitoring.operational-metrics');
  });
  it('a dataset named with its acronym in parentheses is a source; a cleaned dataset is not named', () => {
    yesFull('3. Data', '- Use the [Form Understanding in Noisy Scanned Documents (FUNSD) dataset](https://example.org/funsd)', 'data.sources');
    noFull('3. Data', 'We use the (cleaned) dataset.', 'data.sources');
  });
  it('split sizes written as "train (5096), validation (2315) and test (2332)" are a split; losses reported that way are no loss function', () => {
    yesFull('3. Data', 'The dataset is split into train (5096), validation(2315) and test (2332).', 'data.split-leakage');
    noFull('3. Data', 'Train loss: 0.68, test loss: 0.81.', 'data.split-leakage');
    noFull('4. Model', 'Train Loss (0.681), Validation Loss (0.777) and Test Loss (0.819).', 'model.loss-function');
  });
  it('a model served with FastAPI or Flask, or exposed at its own endpoint, is online', () => {
    yesFull('6. Deployment', 'The model is served using the FastAPI framework, which retrieves the model from the registry.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', '- app.py - Flask app that exposes an endpoint to productionise the model', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'A Flask application (app.py) is included to expose the model in a dedicated endpoint.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The dashboard is built with Flask and shows training curves.', 'deployment.online-vs-batch');
  });
  it('a machine\'s recommended memory is no scale', () => {
    noFull('1. Clarify requirements', '- Minimum 8GB RAM, 16GB+ recommended', 'requirements.scale');
    yesFull('1. Clarify requirements', 'Machines have 8GB RAM, and we store 40GB of images.', 'requirements.scale');
  });
  it('notes that open by saying they are on a paper are not a design doc', () => {
    const body = '\n\n## Candidate generation\n\nThe model embeds watch history and search tokens; the output is a softmax over videos.\n\n## Ranking\n\nWeighted logistic regression on watch time; they evaluate with A/B tests on watch time.\n\n## Training data\n\nAll watches, including those from other surfaces, to avoid a feedback loop. They hold out the last watch.\n\n## Serving\n\nNearest-neighbour search over video embeddings, 100s of candidates per request.\n\n## Monitoring\n\nDrift is not covered.\n';
    assert.equal(isDesignDoc('My notes and summary on paper [Deep Neural Networks for Recommendations](https://example.org/p.pdf)' + body), false);
    assert.equal(isDesignDoc('This paper talks about two-stage recommendations.' + body), false);
    assert.equal(isDesignDoc('Our plan for two-stage recommendations.' + body), true);
  });
  it('a decision record about serving a model is a design doc; one about a message queue is not', () => {
    const adr = '# 4. api-server-selection\n\n## Status\n\nAccepted\n\n## Context\n\nWe need an API server in front of the LLM. Candidates: OpenLLM, a custom FastAPI server, Text Generation Inference.\n\n## Decision\n\nA custom FastAPI server in front of the LLM, streaming tokens with SSE.\n\n## Rationale\n\nThe LLM output streams to the chat client; the model server must implement our API contract.\n\n## Consequences\n\nWe maintain the server code.\n';
    assert.equal(isDesignDoc(adr), true);
    assert.equal(isDesignDoc(adr.replace(/LLM|model server|the LLM output/g, 'queue')), false);
  });
  it('the serving contract: an endpoint with its method, a serving platform given its role, the API server chosen, an endpoint the app calls', () => {
    yesFull('6. Deployment', '- Endpoint: POST /predict', 'deployment.serving-architecture');
    yesFull('6. Deployment', '- Sagemaker: AWS Managed service for model inference', 'deployment.serving-architecture');
    yesFull('6. Deployment', 'We have decided to proceed with a custom FastAPI server as the initial choice for our API server.', 'deployment.serving-architecture');
    yesFull('6. Deployment', "It's possible to expose an endpoint and then call it from our application.", 'deployment.serving-architecture');
    noFull('6. Deployment', 'We use Flask for the admin pages.', 'deployment.serving-architecture');
  });
  it('a service address whose path predicts, and requests sent to a port, are online', () => {
    yesFull('6. Deployment', 'Read how to use the prediction service API (default address http://0.0.0.0:8080/predict).', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The model is deployed locally and requests can be sent through port 9696.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'See the service https://github.com/x/y/blob/main/src/predict.py for the code.', 'deployment.online-vs-batch');
  });
});


describe('lint mechanisms (session 39, recognition)', () => {
  it('an interview guide titled by its first heading, at any level, is not a design doc', () => {
    const guide = '### ML Design Interview Guide\n\n#### Overview\n\nML design questions test how you build a model end to end.\n\n#### Steps to Answer an ML Design Question\n\n1. Clarify requirements: ask about latency, QPS and users.\n2. Frame the problem: pick the label and the model type.\n3. Data: sources, features, labels and the split.\n4. Model: start with a baseline, then a GBDT or a neural net.\n5. Evaluation: offline metrics such as AUC, online metrics in an A/B test.\n6. Deployment: batch or online serving.\n7. Monitoring: drift and retraining.\n\n## Resources\n\n- A book on ML system design\n';
    assert.equal(isDesignDoc(guide), false);
    // the same level-3 title on a design of its own is no guide
    const design = '### Fraud scoring design\n\n#### Requirements\n\np99 under 50 ms at 2k QPS.\n\n#### Problem framing\n\nBinary classification of a payment as fraud.\n\n#### Data\n\nCard transactions with chargeback labels.\n\n#### Model\n\nA GBDT against a rules baseline.\n\n#### Evaluation\n\nPR-AUC offline; an A/B test on fraud losses.\n';
    assert.equal(isDesignDoc(design), true);
  });
  it('a README of setup steps is not a design doc, though its headings name training and serving', () => {
    const readme = '## Environment Setup Instructions\n\n### Exploratory Data Analysis (EDA)\n\nThe notebook explores the features and the target.\n\n### Model Training and Deployment Setup\n\n### 1. Setting Up MLflow with Object Storage\n\nRun `make mlflow` to start the tracking server.\n\n### 2. Running the Training Step\n\nRun `make train`; the model is logged to the registry.\n\n### 3. Serving the Model from the Model Registry\n\nRun `make serve`; the endpoint listens on port 8000.\n\n### 4. Terminating Docker Containers\n\nRun `make down`.\n\n# Deployment Architecture\n\nThe model is served by a container behind a load balancer.\n';
    assert.equal(isDesignDoc(readme), false);
    assert.equal(isDesignDoc(readme.replace(/### \d\. (?:Setting Up|Running|Terminating) /g, '### ').replace('## Environment Setup Instructions\n\n', '')), true);
  });
  it("a library's enhancement proposal is not an ML design doc", () => {
    const rep = '# Revamping the batch inference API\n\n## Summary\n\nA simpler API for offline batch inference with a trained model.\n\n## Stewardship\n\n### Required Reviewers\n\nTwo committers.\n\n## Design and Architecture\n\nThe predictor loads the model once per worker and scores batches of the dataset.\n\n## User facing API Changes\n\n`BatchPredictor.predict(ds)` replaces `Predictor.run`.\n\n## Data\n\nAny dataset of tensors.\n\n## Model\n\nAny trained checkpoint.\n\n## Compatibility, Deprecation, and Migration Plan\n\nThe old API stays for two releases.\n\n## Test Plan and Acceptance Criteria\n\nUnit tests on each predictor.\n';
    assert.equal(isDesignDoc(rep), false);
  });
  it('a decision note that weighs options in pros and cons and concludes is a design doc when it decides about a model', () => {
    const note = '# LLM hosting options\n\nWe use a large language model to summarise our files and must decide how to host the model.\n\n## 1) Self-hosting an LLM server\n\nWe run the model inference on our own GPU box.\n\nPros\n- Full control over data and model\n\nCons\n- We maintain the hardware\n\n## 2) A managed model endpoint\n\nThe cloud provider serves the LLM behind an endpoint.\n\nPros\n- Less to run\n\nCons\n- The data leaves our network\n\n# Conclusion\n\nWe go with the managed endpoint for the LLM and revisit once usage grows.\n';
    assert.equal(isDesignDoc(note), true);
    // the same note choosing where to host a wiki is no ML design
    assert.equal(isDesignDoc(note.replace(/large language model|LLM server|LLM|model inference|the model|data and model/g, 'wiki')), false);
    // pros and cons without a conclusion are a comparison, not a decision
    assert.equal(isDesignDoc(note.replace(/# Conclusion[\s\S]*$/, '')), false);
  });
});

describe('lint mechanisms (session 39, real31 items)', () => {
  it('what the client sends and gets, and the input an endpoint requires, are the I/O spec', () => {
    yesFull('2. Frame the problem', '- What client gives: one payment event with amount, country and device type.\n- What client gets: a risk score and a decision.', 'framing.io-spec');
    yesFull('2. Frame the problem', "Based on tests the input of our '/predict' endpoint needs to have this structure always:", 'framing.io-spec');
    noFull('2. Frame the problem', 'The input of the model should be fast to compute.', 'framing.io-spec');
  });
  it('a risk score bounded to [0, 1] is what the model predicts', () => {
    yesFull('2. Frame the problem', 'The service returns a decision (approve / review / decline) derived from a fraud score between 0 and 1.', 'framing.ml-objective');
    noFull('2. Frame the problem', 'The service returns a decision (approve / review / decline).', 'framing.ml-objective');
  });
  it('a predictor that always gives the average or the majority class is a baseline; a model that collapses to it is not', () => {
    yesFull('4. Model', 'We compare the model to a predictor which would always predict the average of the ratings.', 'model.baseline');
    yesFull('4. Model', 'A majority-class classifier already reaches 91% accuracy.', 'model.baseline');
    noFull('4. Model', 'On imbalanced data the model always predicts the majority class, which we must avoid.', 'model.baseline');
  });
  it('parts of a split given with their shares in bullets under a sentence that divides the data are a split', () => {
    yesFull('3. Data', 'We divided the ratings into two parts:\n\n- A test dataset that corresponds to 20% of all ratings.\n- A train dataset that corresponds to 80% of all ratings.', 'data.split-leakage');
    noFull('3. Data', 'The ratings come in two files:\n\n- A test dataset that corresponds to 20% of all ratings.', 'data.split-leakage');
  });
  it('least privilege and access restricted to a role are security', () => {
    yesFull('1. Clarify requirements', 'Each service gets its own role with least-privilege permissions.', 'requirements.privacy-security');
    yesFull('1. Clarify requirements', 'Access to the feature bucket is restricted to the training job.', 'requirements.privacy-security');
    noFull('1. Clarify requirements', 'Create an IAM user and run aws configure.', 'requirements.privacy-security');
  });
  it('answers streamed to the client are made online', () => {
    yesFull('6. Deployment', 'SSE enables real-time message updates to clients, so the chat never waits for the whole answer.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', "The LLM's tokens are streamed back to the chat UI.", 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We use websockets for the admin dashboard.', 'deployment.online-vs-batch');
  });
  it('inputs rejected or validated at the door are data-quality checks; a model release rejected on accuracy is not', () => {
    yesFull('6. Deployment', 'Every request is validated against the schema; invalid requests get a 400.', 'monitoring.data-quality');
    yesFull('6. Deployment', '### Reject with Error 400 if:\n\n- request_id missing or not a UUID\n- amount <= 0', 'monitoring.data-quality');
    noFull('6. Deployment', 'Every int8 release is evaluated against the float model and is rejected if top-3 accuracy drops by more than 0.5 pt.', 'monitoring.data-quality');
    noFull('5. Evaluation', 'We reject the null hypothesis if p < 0.05.', 'monitoring.data-quality');
  });
  it("a machine's disk and memory are no scale; a server named after text generation is no ML category", () => {
    noFull('1. Clarify requirements', 'The free tier includes a 4-core, 24GB machine with a 200GB disk.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'We store 200GB of images.', 'requirements.scale');
    noFull('2. Frame the problem', 'We compared OpenLLM and Text Generation Inference as API servers.', 'framing.ml-category');
  });
  it("an option's pros are not the business objective", () => {
    noFull('1. Clarify requirements', 'Self-hosting:\n\nPros\n- Lower cost\n- No vendor lock-in', 'requirements.business-objective');
    yesFull('1. Clarify requirements', 'Goals:\n- Lower the cost of manual review by 30%', 'requirements.business-objective');
  });
  it('a transformation applied during training and the same at serving time guards against skew', () => {
    yesFull('6. Deployment', "Missing categories are mapped to 'unknown' during training, and the same mapping is applied at serving time.", 'deployment.training-serving-skew');
    noFull('6. Deployment', "Missing categories are mapped to 'unknown' during training.", 'deployment.training-serving-skew');
  });
  it('common practice described and then set aside commits to nothing', () => {
    noFull('5. Evaluation', 'Usually, online evaluation involves A/B tests against another model. But in our case, instead of comparing with another model, we look at the ratings in real time.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Usually, online evaluation involves A/B tests. We run one for two weeks with 5% of traffic per arm on conversion.', 'evaluation.ab-test-plan');
  });
});

describe('lint mechanisms (session 39, evidence)', () => {
  it("a list item that links to someone else's titled page says nothing of this design; a tool linked by its name still does", () => {
    noFull('2. Frame the problem', '- [Instagram ML question: design a ranking model with learning to rank](https://www.youtube.com/watch?v=abc)', 'framing.ml-category');
    noFull('7. Monitoring', 'Further reading:\n\n- [Detecting data drift in production](https://example.com/drift) - how to compare feature distributions', 'monitoring.drift');
    yesFull('7. Monitoring', '- [Evidently](https://evidentlyai.com): drift reports on the features every night', 'monitoring.drift');
    yesFull('2. Frame the problem', 'We frame it as learning to rank, like [the Instagram ranking talk](https://www.youtube.com/watch?v=abc).', 'framing.ml-category');
  });
});

describe('lint mechanisms (session 39, real32 recognition)', () => {
  const body = '\n\n## Deployment\n\nModels are served behind an endpoint; canary releases go to 5% of traffic first.\n\n## Monitoring\n\nDrift in the inputs is checked daily against the training data.\n\n## Data\n\nLabels come from user reports; the split is by time.\n\n## Model\n\nA baseline of logistic regression, then a GBDT.\n\n## Evaluation\n\nAUC offline and an A/B test online.\n';
  it('study notes that teach how to test your ML system and the difference between two ideas are not a design doc', () => {
    const notes = '# ML system design notes' + body + '\n## How to test your machine learning system?\n\nWrite unit tests for the features and the model.\n\n## Difference between model testing and model evaluation\n\nEvaluation measures quality; tests check behaviour.\n';
    assert.equal(isDesignDoc(notes), false);
    assert.equal(isDesignDoc('# Toxic comment filter design' + body), true);
  });
  it('a post that opens by saying its writer read a paper is a paper summary', () => {
    const post = 'I read the original paper that came with the platform\'s release, to understand the problems it solved.' + body;
    assert.equal(isDesignDoc(post), false);
    assert.equal(isDesignDoc('We build a platform for our ranking models; this doc is the plan.' + body), true);
  });
  it("a tool's README whose steps tell the reader to deploy, configure and monitor their model is not a design doc", () => {
    const readme = '# Model serving infrastructure\n\n## Key features\n\n- Autoscaling, rolling updates, GPU support.\n\n## Deploying a model\n\n### Implement your predictor\n\nWrite a class with a predict method.\n\n### Configure your deployment\n\nSet the compute and the number of replicas.\n\n### Deploy your model\n\nRun the deploy command.\n\n### Monitor your deployment\n\nThe CLI shows latency and request counts.\n\n## Data\n\nAny.\n\n## Evaluation\n\nAny.\n';
    assert.equal(isDesignDoc(readme), false);
  });
  it('a model card is not a design doc', () => {
    const card = '# Toxicity classifier\n\nThe model classifies whether a comment is rude.\n\n## Overview\n\nA small model for in-browser classification.\n\n## Intended use\n\nFlagging comments for human review.\n\n## Uses to avoid\n\nFully automated moderation.\n\n## Model details\n\n### Training data\n\nComments labelled by raters.\n\n### Model architecture\n\nA sentence encoder and a dense layer.\n\n## Evaluation data\n\nA held-out set of rated comments; AUC 0.96.\n\n## Caveats\n\nIdentity terms bias the scores.\n';
    assert.equal(isDesignDoc(card), false);
  });
  it('an engineering RFC (motivation, drawbacks, unresolved questions) for a forecast is a design doc; one for a database is not', () => {
    const rfc = '# Escalating issues\n\n- RFC Type: informational\n\n## Summary\n\nFlag an archived issue when its events exceed a forecast.\n\n## Motivation\n\nUsers archive noisy issues and miss when they get worse.\n\n## Option\n\nA weekly job writes a 14-day forecast per issue from its last 7 days of events; each day the count is compared with the forecast.\n\n## Drawbacks\n\nStoring a forecast for every archived issue costs storage.\n\n## Unresolved questions\n\nHow often to refresh the forecasts.\n';
    assert.equal(isDesignDoc(rfc), true);
    assert.equal(isDesignDoc(rfc.replace(/forecasts?/g, 'threshold')), false);
  });
});

describe('lint mechanisms (session 39, real32 items)', () => {
  it('a model that takes images as an input and yields a count as an output states its I/O', () => {
    yesFull('2. Frame the problem', 'The model takes images as an input and yields the count of objects in the image as an output.', 'framing.io-spec');
    noFull('2. Frame the problem', 'The model counts objects.', 'framing.io-spec');
  });
  it('named entity recognition with a hyphen and sentiment analysis are ML categories', () => {
    yesFull('2. Frame the problem', 'We use pre-trained models for Named Entity-Recognition on news feeds.', 'framing.ml-category');
    yesFull('2. Frame the problem', 'A sentiment analysis model scores each review.', 'framing.ml-category');
  });
  it('training the model periodically on new data is a retraining plan', () => {
    yesFull('7. Monitoring', 'New data must be used to train the model periodically to address model drift.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'New data is stored in the warehouse.', 'monitoring.retraining-plan');
  });
  it('fine-tuning on labelled data, one model per training window and augmentation with named transforms are training; augmentation given as feature engineering is not', () => {
    yesFull('4. Model', 'Take a pre-trained language model and tune it with labeled data.', 'model.training');
    yesFull('4. Model', 'Train models on each training set and score everyone in the matching validation set.', 'model.training');
    yesFull('4. Model', 'Data augmentation (crop, scale, mirror, brightness, cutmix) while training.', 'model.training');
    noFull('4. Model', '- **Feature engineering:** images resized to 1024×1024. Augmentation: random crop, horizontal flip.', 'model.training');
  });
  it('a gain weighed against the complexity it adds is a model trade-off', () => {
    yesFull('4. Model', 'A third layer of blenders with majority voting did not increase the accuracy enough to justify the added complexity.', 'model.selection-tradeoffs');
    noFull('4. Model', 'The budget is enough to justify a second GPU.', 'model.selection-tradeoffs');
  });
  it('incoming messages checked for validity, and invalid records skipped, are data-quality checks', () => {
    yesFull('6. Deployment', 'The valid_json method checks whether the incoming message is valid json and has the expected attributes.', 'monitoring.data-quality');
    yesFull('6. Deployment', 'Malformed records are skipped before scoring.', 'monitoring.data-quality');
  });
  it('a web app that receives requests, and a cloud function that loads the model, are serving; the first is online', () => {
    yesFull('6. Deployment', 'The model runs in a flask app that receives and processes input data from requests.', 'deployment.serving-architecture');
    yesFull('6. Deployment', 'The model runs in a flask app that receives and processes input data from requests.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', "The model is deployed with a Cloud Function triggered by the data bucket. When a file lands, the function gets the model and the preprocessors and runs them on it.", 'deployment.serving-architecture');
    noFull('6. Deployment', 'A cloud function sends the weekly report email.', 'deployment.serving-architecture');
  });
});

describe('lint mechanisms (session 40, real32 leftovers)', () => {
  it('a metric tracked for the training and validation sets during tuning sweeps is evaluation, not production monitoring', () => {
    noFull('5. Evaluation', 'The evaluation metrics chosen for this task are:\n1. The accuracy in retrieving the exact number of objects.\n2. The RMSE obtained by comparing the inferred number of objects with the true one.\nThe metrics are tracked for training and validation sets during hyperparameter optimization sweeps.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'RMSE of the live predictions against the true counts is tracked weekly on a dashboard.', 'monitoring.model-performance');
  });
  it('an input the model takes "only … considered" is not a comparison of candidate models', () => {
    noFull('4. Model', 'This model takes as inputs (all inputs are optional):\n\n- the product name (`product_name` field)\n- the ingredient list (`ingredients` field): only the ingredients of depth one are considered (sub-ingredients are ignored)\n- the ingredients extracted from OCR texts: ingredients present in the taxonomy are detected using the flashtext library.\n- the most common nutriments: salt, proteins, fats, energy\n- up to the most 10 recent images: we generate an embedding for each image using the clip-vit-base-patch32 model, and generate a single vector using a multi-head attention layer + GlobalAveragePooling1d.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We considered XGBoost and a neural network; the neural network is more accurate but slower to train.', 'model.selection-tradeoffs');
  });
  it('"errors or degradations in performance" are the model\'s mistakes, not a service error rate', () => {
    noFull('7. Monitoring', 'The model must be monitored for any errors or degradations in performance to upkeep maintenance.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'We alert on p99 latency, errors or degradations in performance.', 'monitoring.operational-metrics');
  });
  it('"not latency critical" with the work done later is an asynchronous mode; the question alone is not', () => {
    yesFull('1. Clarify requirements', "- Is system latency critical? Don't think so, users can use previous photos until new photos are processed, not latency critical for the blurring pipeline.", 'deployment.online-vs-batch');
    noFull('1. Clarify requirements', '- Is the system latency critical? Not latency critical for training.', 'deployment.online-vs-batch');
  });
  it('the model logged with its preprocessors, or loaded with them at serving, guards against skew', () => {
    yesFull('6. Deployment', 'Retrain the best runs and log the entire model along with inference time and validation metrics with preprocessors in the registry.', 'deployment.training-serving-skew');
    yesFull('6. Deployment', 'The function gets the model and preprocessors from the model bucket and runs them on the new file.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'The function gets the model from the model bucket and runs it on the new file.', 'deployment.training-serving-skew');
  });
  it('the previous solution the model replaces is the baseline', () => {
    yesFull('1. Clarify requirements', 'The previous solution has been a simple list of keywords that block the user. It is neither scalable nor accurate, so we needed a better solution.', 'model.baseline');
    noFull('1. Clarify requirements', 'The previous solution has been retired and the team moved on.', 'model.baseline');
  });
});

describe('lint mechanisms (session 40, recognition)', () => {
  it('a book chapter ("Chapter 5" above the title, "Further Readings" at the end) is not a design doc', () => {
    const body = '## Setting Goals\n\nWe set goals for the chatbot: latency under 2 seconds, answer accuracy measured offline on 200 questions.\n\n## Measuring Goals\n\nThe model is evaluated offline, then in an A/B test on real users.\n\n## Deployment\n\nThe model is served online behind an API.\n\n## Monitoring\n\nDrift in the questions is monitored weekly.\n\n';
    assert.equal(recognised('<div class="chapter">Chapter 5</div>\n\n# Setting and Measuring Goals\n\n' + body + '## Further Readings\n\n- A book on goals.\n'), false);
    assert.equal(recognised('# Setting and Measuring Goals\n\n' + body + '## Further Readings\n\n- A book on goals.\n'), true);
  });
  it('a production checklist whose headings are questions for any team is not a design doc; a design checklist for one system still is', () => {
    const qs = ['Is there a Well-Defined Baseline?', 'Are Machine Learning Performance Metrics Defined for Both Training and Scoring?', 'Can Ground Truth be Obtained or Inferred in Production?', 'How Will Incoming Data Quality be Monitored?', 'How Will Drift in Data Characteristics be Monitored?', 'How Will Performance be Monitored?'];
    const checklist = '# ML Model Production Checklist\n\nThe purpose of this checklist is to make sure that the team assessed if the model is ready for production.\n\n' + qs.map((q) => `### ${q}\n\nThe team should define the baseline, the metrics for training and scoring, the data quality checks and the drift monitoring before the model goes to production.\n`).join('\n');
    assert.equal(recognised(checklist), false);
    const design = '# Telematics driver risk score — design checklist\n\n## Requirements\n\nScore 2M drivers nightly; p99 under 200 ms for the quote API.\n\n## Framing\n\nBinary classification: will the driver file a claim in 12 months.\n\n## Data\n\nTrip logs from the app, claims from the policy system.\n\n## Model\n\nGBDT on trip aggregates; baseline is the current rating table.\n\n## Evaluation\n\nAUC offline, claim rate by decile online.\n\n## Deployment\n\nNightly batch scoring to the pricing DB.\n\n## Monitoring\n\nPSI on trip features, weekly.\n';
    assert.equal(recognised(design), true);
  });
});

describe('lint mechanisms (session 40, captions)', () => {
  it('a sub-bullet under a bare labelled caption answers it ("- Input:" → "- viewer interaction history")', () => {
    yesFull('2. Frame the problem', '- Input:\n  - viewer interaction history\n  - post creator features\n- Output:\n  - probability of a like or comment', 'framing.io-spec');
    yesFull('2. Frame the problem', '- ML Objective:\n  - maximise the probability that the viewer likes or comments on the post', 'framing.ml-objective');
    noFull('2. Frame the problem', '- Input:\n  - none yet', 'framing.io-spec');
    noFull('2. Frame the problem', '- Input:\n  - TBD\n- Output:\n  - <fill in>', 'framing.io-spec');
  });
  it('a consequence listed under "Positive:" is not a positive label', () => {
    noFull('3. Data preparation', '- Positive:\n  - Order placement no longer waits on downstream consumers.\n- Negative:\n  - One more service to run.', 'data.labels');
  });
});

describe('lint mechanisms (session 40, real33 items)', () => {
  it('things "split across variants" are no data split; a split by user still is', () => {
    noFull('3. Data preparation', 'It lowers search relevance (relevant works are split across variants).', 'data.split-leakage');
    yesFull('3. Data preparation', 'Split by user so that no user is in both train and test.', 'data.split-leakage');
  });
  it('monthly or daily active customers are the scale; a handful of sign-ups a day is not', () => {
    yesFull('1. Clarify requirements', 'The store has over 90k unique customers per month.', 'requirements.scale');
    noFull('1. Clarify requirements', 'About 2 users per day sign up.', 'requirements.scale');
    noFull('1. Clarify requirements', 'The retention team can contact about 20,000 customers a week.', 'requirements.scale');
  });
  it('the concordance index (C-index) is an offline metric', () => {
    yesFull('5. Evaluation', 'The core metric is the Concordance Index (C-index), since the model ranks users by churn risk.', 'evaluation.offline-metrics');
  });
  it('a user request answered by the model, a service fed by HTTP that loads the model, and a /predict route of a web app are online serving', () => {
    yesFull('6. Deployment', 'The last step is to build the Fast API. When the user sends a book features to the uvicorn server which interacts with the API to trigger the prediction model. As a result, the model returns the result that is shown to the user in a JSON format.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', '- Build a Fargate based Service that takes input from HTTP service and then uses the MLFlow API to load and use the currently active model.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The prediction is made by a Flask application, written in python with the routes:\n\n- List of client ids: /clients/\n- Prediction (default probability): /predict/<id>', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The users send their feedback to the support team by email.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The repository is organised as:\n\n- Notebooks: /notebooks/\n- Prediction code: /predict/', 'deployment.online-vs-batch');
  });
  it('a loss given as a framework class name ("CrossEntropyLoss to ArcFaceLoss") or in a Keras loss dict is the loss; a "Metric learning" heading is model work, not evaluation', () => {
    yesFull('4. Model', 'I changed CrossEntropyLoss to `ArcFaceLoss` (later improved with label smoothing) and added ArcMarginProduct after the encoder.', 'model.loss-function');
    yesFull('4. Model', 'Training code:\n\n```python\nmodel.compile(optimizer=Adam(), loss={"prediction": "categorical_crossentropy", "activation_map": None})\n```', 'model.loss-function');
    assert.deepEqual(classifyHeadingAll('Metric learning'), ['model']);
    assert.deepEqual(classifyHeadingAll('Offline metrics'), ['evaluation']);
  });
  it('a tensor resampled to a size, or a fresh review sample, is not class rebalancing; resampling the classes is', () => {
    noFull('4. Model', 'We need to resample the dot product output to the same size as the input image (160x160) so that we can overlay the heat map. We use the UpSampling2D layer for this purpose.', 'data.class-imbalance');
    noFull('7. Monitoring', '- A re-sample may also be initiated if monitoring shows drift (e.g. a sharp change in the proportion of empty outputs).', 'data.class-imbalance');
    yesFull('3. Data preparation', 'We resample the training set so that each class has about 5k examples.', 'data.class-imbalance');
    yesFull('3. Data preparation', 'Bad rate in the sample is about 2.8%. We do not resample the data; instead we use scale_pos_weight in XGBoost.', 'data.class-imbalance');
  });
});

describe('lint mechanisms (session 41, real33 leftovers)', () => {
  it('a retraining heading over a time- or event-based trigger is a retraining plan; a hedged or unrelated trigger is not', () => {
    yesFull('7. Monitoring', '### Re-build Existing Model with Updated Data\n\nLaunch previous task on a time based or event based trigger.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '### Retraining\n\nThe training job is triggered by drift alerts.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We re-build the existing model with updated data every month.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '### Retraining\n\nNot decided yet; maybe on a time based trigger.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '### Alerts\n\nThe report job runs on a time based trigger.', 'monitoring.retraining-plan');
  });
  it('a published dataset counted in anonymized customers is no privacy commitment; anonymizing or hashing what we store is', () => {
    noFull('3. Data preparation', 'It consists of financial data of 307511 anonymized customers, provided in seven tables, with a target column.', 'requirements.privacy-security');
    yesFull('3. Data preparation', 'We store 300k anonymized users; raw ids are hashed before they reach the feature store.', 'requirements.privacy-security');
  });
  it('a named guard on a failure mode, read from a watched measure with a bound, is a guardrail; a route guard is not', () => {
    yesFull('7. Monitoring', '* False positive guard: monitor proportion of empty reconciliation outputs (too high => overly strict threshold; too low => likely drift).', 'evaluation.guardrail-metrics');
    noFull('6. Deployment', '* Route guard: every request is checked for an auth token.', 'evaluation.guardrail-metrics');
    noFull('6. Deployment', '* Auth guard: we track the number of requests per user.', 'evaluation.guardrail-metrics');
  });
  it('"all data sources required by the model" and "input user data" name no source; a named dataset whose name starts with a capital a few words before does', () => {
    noFull('6. Deployment', 'a. Data Layer: access to all data sources required by the model.', 'data.sources');
    noFull('6. Deployment', 'c. Scoring Layer: use saved scikit-learn model to make predictions based on input user data.', 'data.sources');
    yesFull('6. Deployment', 'We integrate various data sources: CRM, web logs and billing.', 'data.sources');
    yesFull('4. Model', 'The project uses the [European car prices dataset](https://example.org/cars) by [Frank Verboven](https://example.org/fv) from K.U. Leuven (Belgium).', 'data.sources');
    noFull('4. Model', 'Using the car prices dataset we train a regressor.', 'data.sources');
  });
});

describe('lint mechanisms (session 41, recognition)', () => {
  const body = '## Problem definition\n\nRestate the business goal as an ML objective; ask about latency and QPS.\n\n## Data\n\nList data sources and how labels are collected.\n\n## Evaluation\n\nPick offline metrics and plan an A/B test.\n\n## Model\n\nStart with a baseline, then pick a model.\n\n## Deployment\n\nBatch or online serving.\n\n## Monitoring\n\nWatch drift and plan retraining.\n';
  it('interview-prep notes with a "main resources" list, a "framework for solving … cases" and "overall tips" are a guide, not a design doc', () => {
    assert.equal(recognised('# Machine learning design primer\n\n## The main resources\n\n- A course on ML systems.\n\n# Framework for solving MLSD cases\n\n## Overall tips\n\n- Ask questions.\n\n' + body), false);
    assert.equal(recognised('# Churn model design\n\n' + body), true);
  });
});

describe('lint mechanisms (session 41, real34 items)', () => {
  it('"Ethical and Diversity Considerations" is a value weighed, not a diversity metric; diversity measured on the test set is one', () => {
    noFull('5. Evaluation', '- GDPR Compliance:\nWe obtain consent.\n-Ethical and Diversity Considerations:\nWhile optimizing business metrics is important, it is also essential to avoid filter bubbles.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Offline we report nDCG@10 and intra-list diversity on the held-out week.', 'evaluation.offline-metrics');
  });
  it('a company blog\'s "Join us" footer says nothing about the system', () => {
    noFull('1. Clarify requirements', '## Join us\n\nAcme is the leading superapp platform, serving 2 million users in 428 cities in eight countries.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'The search service handles 2 million users in 428 cities.', 'requirements.scale');
  });
  it('a money cap with the amount before the sign ("< 50$") is a budget when said of the system; a price a user filters on is not', () => {
    yesFull('1. Clarify requirements', '* System need to be very cheap to deploy, train, run. < 50$ for whole project', 'requirements.budget-cost');
    noFull('1. Clarify requirements', 'Users browse with a stable intent (Lisbon, first week of June, two adults, under €150), and results must come back fast.', 'requirements.budget-cost');
    noFull('1. Clarify requirements', 'Effective predictive maintenance could yield $30B of savings in the aviation sector.', 'requirements.budget-cost');
  });
  it('"class weighting" is a class-imbalance technique, unless someone only asked whether it explains something', () => {
    yesFull('3. Data preparation', 'Because the dataset is imbalanced, techniques such as class weighting during training will be applied.', 'data.class-imbalance');
    noFull('3. Data preparation', "- Femi asked whether the fraud team's class-weighting change explains the precision drop.", 'data.class-imbalance');
  });
  it('"at a point in time prior to failure" is plain words, not point-in-time features', () => {
    noFull('3. Data preparation', 'For the training data, each series terminates at a point in time prior to fleet engine failure.', 'data.feature-backfill');
    yesFull('3. Data preparation', 'Features are computed as of a point in time before the label date.', 'data.feature-backfill');
    yesFull('3. Data preparation', 'Training features are read with a point in time join from the feature store.', 'data.feature-backfill');
  });
  it('explaining a report\'s approach or an FAQ\'s content is not model interpretability; explaining predictions to reviewers is', () => {
    noFull('4. Model', 'To explain the analytical approach taken, this report walks through each step.', 'model.interpretability');
    noFull('6. Deployment', 'An automatic reply is sent pointing to a FAQ explaining the required information.', 'model.interpretability');
    yesFull('4. Model', "We use SHAP to explain the model's predictions to reviewers.", 'model.interpretability');
    yesFull('4. Model', 'Every score is explained to the loan officers on the review screen.', 'model.interpretability');
    noFull('4. Model', 'A simple tree is easy to explain to the loan officers.', 'model.interpretability');
  });
  it('"loss of useful data" is something lost, not a training loss', () => {
    noFull('4. Model', 'These help address the first problem without any leak of abstraction or loss of useful data.', 'model.loss-function');
    yesFull('4. Model', 'We train with cross-entropy or focal loss on the labelled clips.', 'model.loss-function');
  });
  it('a job that runs "4 times a day" is a schedule, not the load served', () => {
    noFull('7. Monitoring', 'So we configured a prefect deployment to run 4 times a day to check drift.', 'requirements.throughput-qps');
    yesFull('1. Clarify requirements', 'Users call the pricing API about 2,000 times a day.', 'requirements.throughput-qps');
  });
  it('opening a port in the security rules is a setup step, not a security constraint', () => {
    noFull('6. Deployment', "The MLFlow UI is reachable at http://localhost:5000; ensure port 5000 is open in your EC2 instance's security rules.", 'requirements.privacy-security');
    yesFull('6. Deployment', 'Security rules only allow port 443 from the VPC; everything else is blocked.', 'requirements.privacy-security');
  });
  it('AutoML "input guardrails" on the training data are no guardrail metric', () => {
    noFull('4. Model', 'The data has passed AzureML input guardrails, being a class-balanced dataset without missing values.', 'evaluation.guardrail-metrics');
  });
  it('a "Further Work" heading holds what is not done', () => {
    noFull('6. Deployment', '### Further Work\n\n* The best models can be stored in ONNX format to be able to use it on multiple platforms.', 'deployment.scaling-efficiency');
  });
  it('reverting one\'s own code or experiments is no rollback of a deployment', () => {
    noFull('4. Model', 'I also used WandB to monitor experiments, which helped me keep track of scores and easily revert to an older version of the code.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', 'If the error rate rises, we revert to the previous model version in production.', 'deployment.rollout-strategy');
  });
  it('prediction modes named in parentheses after "predictions" are a mode chosen; asked, they are not', () => {
    yesFull('6. Deployment', 'The API lets users:\n\n1. Upload datasets\n2. Request model predictions (real time and batched)', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Should we offer predictions (real time and batched)?', 'deployment.online-vs-batch');
  });
  it('authentication done (under an "Authentication and authorization" heading, "a lambda function handles authentication") and user data deleted are privacy and security', () => {
    yesFull('6. Deployment', '### Authentication and authorization\n\nWe keep track of who uses the system, who is authorized and who is not. A preliminary lambda function handles authentication.', 'requirements.privacy-security');
    yesFull('6. Deployment', 'Calls go through API Gateway with a Lambda authorizer in front of the model.', 'requirements.privacy-security');
    yesFull('6. Deployment', '## Deleting individual user data\n\nOnce a user disables telemetry, all that is required is to delete their records from the recommender tables.', 'requirements.privacy-security');
    noFull('6. Deployment', '### Authentication\n\nTBD.', 'requirements.privacy-security');
    noFull('6. Deployment', 'Who handles authentication?', 'requirements.privacy-security');
  });
});

describe('lint mechanisms (session 42, recognition)', () => {
  it('a model card ("Model details", "Model date", "Model version", "Where to send questions") is not a design doc', () => {
    const card = '# Sentiment-7B model card\n\n## Model details\n\nA 7B decoder fine-tuned for review sentiment by the Applied team.\n\n### Model date\n\nMarch 2026.\n\n### Model version\n\nv3, trained on reviews up to January.\n\n## Data\n\nThe model was trained on 40M public product reviews.\n\n## Performance\n\nAccuracy 0.91 on our held-out reviews.\n\n## Deployment\n\nServed behind the reviews API.\n\n## Where to send questions or comments about the model\n\nOpen an issue on the repo.\n';
    assert.equal(recognised(card), false);
    // the same sections under a design doc\'s own headings are one
    assert.equal(recognised(card.replace('## Model details', '## Model').replace('### Model date', '### Timeline').replace('### Model version', '### Versions').replace('## Where to send questions or comments about the model', '## Monitoring')), true);
  });
  it('a serving tool\'s README ("Quick start with <tool>", "Quick start with Docker", "Contributing") is not a design doc', () => {
    const readme = '# Servo\n\nServo serves PyTorch models in production.\n\n## Quick start with Servo\n\n```bash\npip install servo\n```\n\n## Quick start with Docker\n\n```bash\ndocker run servo\n```\n\n## LLM deployment\n\nServo runs vLLM engines.\n\n## Security policy\n\nServo binds to localhost by default.\n\n## Model development\n\nWrite a handler class.\n\n## Contributing\n\nPull requests welcome.\n';
    assert.equal(recognised(readme), false);
    assert.equal(recognised(readme.replace('## Quick start with Servo', '## Requirements').replace('## Quick start with Docker', '## Data').replace('## Contributing', '## Monitoring')), true);
  });
  it('a production service\'s README ("Build and run tests", "Pinning dependencies", "Production environment variables required for X") is not a design doc', () => {
    const readme = '# Addon recommender\n\nRecommends add-ons to browser users.\n\n## Supported models\n\nCollaborative, locale and ensemble recommenders.\n\n## Build and run tests\n\n```\nmake test\n```\n\n## Pinning dependencies\n\nUse pip-compile.\n\n## Releasing updates to production\n\nTag a release and the pipeline deploys it.\n\n## Production environment variables required for the recommender\n\nSet BIGTABLE_PROJECT.\n\n## Deleting individual user data\n\nRun the deletion script with the client id.\n';
    assert.equal(recognised(readme), false);
    assert.equal(recognised(readme.replace('## Build and run tests', '## Evaluation').replace('## Pinning dependencies', '## Framing')), true);
  });
  it('a library README whose headings carry ⏩ / ▶ marks ("⏩ Getting started", "Quickstarts", "<Tool> monitoring installation") is not a design doc', () => {
    const readme = '# Checkit\n\nTest and monitor ML models.\n\n## ⏩ Getting started\n\n```\npip install checkit\n```\n\n#### Checkit testing installation\n\nRun the test suite locally.\n\n#### Checkit monitoring installation\n\nDeploy the monitoring service with Docker.\n\n### ▶ Quickstarts\n\nLoad data and run a suite.\n\n## Open source vs paid data features\n\nThe paid plan adds SSO.\n';
    assert.equal(recognised(readme), false);
    assert.equal(recognised(readme.replace('## ⏩ Getting started', '## ⏩ Requirements').replace('#### Checkit testing installation', '#### Evaluation').replace('### ▶ Quickstarts', '### ▶ Model')), true);
  });
  it('a competition write-up with no telling title (organisers thanked, CV against LB, "in this competition") is not a design doc', () => {
    const body = '# 1. Dataset\n\nI changed the wiki dump to a cleaner one.\n\n# 2. Retrieval model\n\nI tried e5 and bge embeddings and kept bge.\n\n# 3. Model\n\nDeBERTa-v3 large, trained for 2 epochs.\n\n# 4. Evaluation\n\nMAP@3 on 500 questions.\n';
    const writeup = 'First of all, thanks to the competition organizers for hosting this competition.\n\n' + body + '\nCV is not correlated with LB, so I trusted CV.\n';
    assert.equal(recognised(writeup), false);
    assert.equal(recognised('# Science QA assistant design\n\nThe assistant answers exam questions for students.\n\n' + body), true);
    // a load balancer ("LB") in a serving design is no leaderboard
    assert.equal(recognised('# Science QA assistant design\n\n' + body + '\n# 5. Deployment\n\nTwo replicas behind an LB. The LB health-checks every 5 s.\n'), true);
  });
  it('a blog tutorial titled in its front matter ("A Deep Dive into A/B Testing Fundamentals", "An introduction to …") is not a design doc', () => {
    const body = '\nAcme sells widgets and wants a better click-through rate on its banner.\n\n## The challenge\n\nWe serve version A and version B at random and compare CTR.\n\n## Statistical power\n\nWith alpha 0.05 and power 0.9 we need 6,256 visitors per arm.\n\n## Early peeking\n\nPeeking daily raises the false positive rate to 21%.\n';
    const post = (title: string): string => `---\nlayout: post\ntitle: ${title}\n---\n` + body;
    const fakeDoc = (title: string): string => post(title) + '\n## Requirements\n\np99 under 100 ms.\n\n## Data\n\nClick logs.\n\n## Model\n\nLogistic regression.\n\n## Deployment\n\nOnline scoring.\n\n## Monitoring\n\nDrift alerts.\n';
    assert.equal(recognised(fakeDoc('A Deep Dive into A/B Testing Fundamentals')), false);
    assert.equal(recognised(fakeDoc('An introduction to drift detection')), false);
    assert.equal(recognised(fakeDoc('Banner ranking model')), true);
    assert.equal(recognised(fakeDoc('Design proposal: ranking fundamentals')), true);
  });
  it('a model README with "Repository content" and "Contact" headings is a README; "Loss over time" is a training curve, not monitoring', () => {
    const readme = '# Foot-risk model\n\n## Overview\n\nA competing-risks model of foot ulcer risk for discharged patients.\n\n## Repository content\n\n**Model object:** the fitted model.\n\n**Data:** 107,836 patients from 20 hospitals.\n\n## Contact\n\nMail the authors.\n';
    assert.equal(recognised(readme), false);
    assert.equal(recognised(readme.replace('## Repository content', '## Model').replace('## Contact', '## Deployment')), true);
    const sections = (h: string): string[] => lint('# Doc\n\n' + h + '\n\nText here.\n', { force: true }).sections.filter((s) => s.line !== undefined).map((s) => s.id);
    assert.ok(!sections('### Loss over time').includes('monitoring'));
    assert.ok(!sections('### Learning rate over time').includes('monitoring'));
    assert.ok(sections('## Keeping it accurate over time').includes('monitoring'));
  });
  it('a checklist whose headings and lines ask the reader is not a design doc; an answer under an interviewer\'s questions is', () => {
    const heads = ['What problem are you trying to solve?', 'Do you have the data?', 'Do you have a baseline?', 'Is the model ready for deployment?', 'How would you monitor it?'];
    const checklist = '# Before you ship that model\n\n' + heads.map((h) => `## ${h}\n\n- Is it documented?\n- Did you check the latency?\n- Have you agreed on metrics?\n`).join('\n');
    assert.equal(recognised(checklist), false);
    const answers = ['Churn: we target the 5% riskiest accounts.', 'Two years of CRM events.', 'A logistic regression on tenure.', 'Yes: AUC 0.81 offline, canary 5%.', 'Drift on tenure with PSI, weekly.'];
    assert.equal(recognised('# Churn model\n\n' + heads.map((h, k) => `## ${h}\n\n${answers[k]}\n`).join('\n')), true);
  });
  it('a challenge write-up form ("Who are you (mini-bio)…?", "What motivated you to compete in this challenge?") and "interview prep" notes are not design docs', () => {
    const body = '## High level summary of your approach\n\nGradient-boosted trees on sensor features.\n\n## Data\n\nSNOTEL stations and MODIS.\n\n## Model\n\nLightGBM, RMSE objective.\n\n## Evaluation\n\nTime-based split, RMSE 3.9.\n\n## Deployment\n\nA daily batch job.\n';
    assert.equal(recognised('# Model documentation and writeup\n\n### Who are you (mini-bio) and what do you do professionally?\n\nAn ML engineer.\n\n### What motivated you to compete in this challenge?\n\nSnow.\n\n' + body), false);
    assert.equal(recognised('# Snow water forecast\n\n' + body), true);
    assert.equal(recognised('# Machine learning system design interview prep\n\n' + body), false);
  });
  it('a tool README with "Configurations" and "Using the pre-built container image" headings is a README', () => {
    const readme = '# Anomaly detection in Prometheus metrics\n\n## Use case\n\nFlag anomalies in metrics.\n\n## Configurations\n\nSet FLT_PROM_URL.\n\n## Using the pre-built container image\n\nRun the image.\n\n## Data\n\nMetrics scraped from Prometheus.\n\n## Model training\n\nProphet and Fourier models, retrained every 15 minutes.\n\n## Model testing\n\nRun the tests.\n';
    assert.equal(recognised(readme), false);
    assert.equal(recognised(readme.replace('## Configurations', '## Deployment').replace('## Using the pre-built container image', '## Monitoring')), true);
  });
});

describe('lint mechanisms (session 42, real33 and real34 leftovers)', () => {
  it('seconds per inference step is a latency even without the word; minutes of a nightly scoring run are not', () => {
    yesFull('1. Clarify requirements', 'For the final submission it takes 0.06 seconds to run one inference step, 0.02 of which are data processing.', 'requirements.latency-p99');
    yesFull('1. Clarify requirements', 'Inference takes 80 ms per image on the edge box.', 'requirements.latency-p99');
    noFull('1. Clarify requirements', 'Scoring takes 20 minutes every night.', 'requirements.latency-p99');
    noFull('1. Clarify requirements', 'An inference pass over the whole catalogue takes 2 hours.', 'requirements.latency-p99');
  });
  it('content sent to the moderation (or scoring, inference) service is scored as it comes: online', () => {
    yesFull('6. Deployment and serving', 'The system integrates with upstream sources through a REST API. Text content is sent to the moderation service.', 'deployment.online-vs-batch');
    yesFull('6. Deployment and serving', 'Every listing is posted to the scoring API when the seller saves it.', 'deployment.online-vs-batch');
    noFull('6. Deployment and serving', 'Is each post sent to the moderation service?', 'deployment.online-vs-batch');
    noFull('6. Deployment and serving', 'Weekly reports are sent to the finance reporting service.', 'deployment.online-vs-batch');
  });
  it('"Key-based authentication" chosen for the endpoint is a security measure; asked or not yet done, it is not', () => {
    yesFull('6. Deployment and serving', '- choose a name, the compute type *"Managed"*, and *"Key-based authentication"*', 'requirements.privacy-security');
    noFull('6. Deployment and serving', 'Should we add token-based authentication?', 'requirements.privacy-security');
    noFull('6. Deployment and serving', 'No key-based authentication yet.', 'requirements.privacy-security');
  });
  it('sampling a fixed number per class balances the classes; a count per class in the data does not', () => {
    yesFull('3. Data preparation', 'We sample ~130 images per class so the classes are balanced.', 'data.class-imbalance');
    noFull('3. Data preparation', 'The dataset has ~130 images per class.', 'data.class-imbalance');
    noFull('3. Data preparation', 'We kept 50 images per class for the test set.', 'data.class-imbalance');
  });
});

describe('lint mechanisms (session 42, real35 items)', () => {
  it('shares given part by part ("80% would be used for training and the other 20% for validation") are a split', () => {
    yesFull('3. Data preparation', 'The data would be split as follows. 80% would be used for training and the other 20% for validation.', 'data.split-leakage');
    yesFull('3. Data preparation', '80% of the labelled calls are used for training and 20% for testing.', 'data.split-leakage');
    noFull('3. Data preparation', 'Should 80% go to training and 20% to testing?', 'data.split-leakage');
  });
  it('a committed three-way split counts even with no strategy; a two-way one, a question or a negation does not', () => {
    yesFull('3. Data preparation', '`fraudTrain.csv` will be split into the `train`, `validation`, & `test` sets.', 'data.split-leakage');
    yesFull('3. Data preparation', '- Partition data into training, validation and test dataset', 'data.split-leakage');
    noFull('3. Data preparation', 'Split the data into training and test sets.', 'data.split-leakage');
    noFull('3. Data preparation', 'Should we split the data into train, validation and test?', 'data.split-leakage');
    noFull('3. Data preparation', 'We do not split the recordings into train, validation and test.', 'data.split-leakage');
  });
  it('"data resampling techniques will be needed" is a technique for the rare class; a network\'s up-sampling layer is not', () => {
    yesFull('3. Data preparation', '`reality`: Data resampling techniques will be needed for our model to learn patterns in the data', 'data.class-imbalance');
    noFull('4. Model development', 'Generally, up-sampling is used to increase the spatial dimensions of a feature map.', 'data.class-imbalance');
    yesFull('3. Data preparation', 'We up-sample the rare defect images 5x.', 'data.class-imbalance');
  });
  it('a target given under "For the target, we will calculate:" is the label', () => {
    yesFull('3. Data preparation', 'For the target, we will calculate:\n- Total sales for the next N days.', 'data.labels');
    yesFull('3. Data preparation', 'As the target we compute total sales over the next 7 days.', 'data.labels');
    noFull('3. Data preparation', 'For the target, we use TBD.', 'data.labels');
  });
  it('a pilot on one store or city before the full launch is a staged rollout; "could be rolled out to a scenario with more items" is not', () => {
    yesFull('6. Deployment and serving', 'First, we will use the service for one store and a limited number of products to evaluate the model before a full-scale launch for all stores.', 'deployment.rollout-strategy');
    yesFull('6. Deployment and serving', 'Launch in one city first, then expand to all cities.', 'deployment.rollout-strategy');
    noFull('6. Deployment and serving', 'Should we pilot in one city before the launch?', 'deployment.rollout-strategy');
    noFull('6. Deployment and serving', 'Our solution could be rolled out to a scenario with an increased number of items and products.', 'deployment.rollout-strategy');
    yesFull('6. Deployment and serving', 'The model is rolled out to 5% of users, then 50%.', 'deployment.rollout-strategy');
  });
  it('tests written to check data quality are kept, even beside a one-off cleaning; a gold holdout set or columns left out are no data check', () => {
    yesFull('7. Monitoring', 'We will address this issue by cleaning data before training and writing tests to check data quality.', 'monitoring.data-quality');
    noFull('7. Monitoring', 'We clean the data and check for missing values.', 'monitoring.data-quality');
    noFull('7. Monitoring', '- _Data validation_ to create a gold standard holdout set to continually evaluate and have confidence in model re-training.', 'monitoring.data-quality');
    noFull('3. Data preparation', '- Excluded Features: features used only for labelling and those with majority null values.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'Incoming records with null values are rejected.', 'monitoring.data-quality');
  });
  it('"before its real-time deployment" says when, not how it serves', () => {
    noFull('5. Evaluation', "Offline metrics allow assessing the model's quality on historical data before its real-time deployment.", 'deployment.online-vs-batch');
    yesFull('6. Deployment and serving', 'The model uses a batch deployment scheduled with Prefect.', 'deployment.online-vs-batch');
  });
  it('features stored in a Redis cache, and a queue that keeps the load off an API, are scaling measures; a cache folder is not', () => {
    yesFull('6. Deployment and serving', 'Pre-computed batch features are stored in cache (e.g. Redis) for quick retrieval.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment and serving', 'A queue management system such as Redis lists would be used. This helps the system handle many hooks without overloading the GitLab API.', 'deployment.scaling-efficiency');
    noFull('6. Deployment and serving', 'The model is saved in the cache folder.', 'deployment.scaling-efficiency');
  });
  it('"We use Flask for serving the application as an API" is online serving, in any section', () => {
    yesFull('4. Model development', 'We use Flask for serving the application as an API.', 'deployment.online-vs-batch');
    noFull('4. Model development', 'Flask serves the docs as an API reference page.', 'deployment.online-vs-batch');
  });
  it('the basic version measured first is a baseline; the control arm of an A/B test and a loaded model file are not', () => {
    yesFull('5. Evaluation', 'The basic approach - using `minsearch` without any boosting - gave the following metrics: hit rate 94%, MRR 82%.', 'model.baseline');
    noFull('5. Evaluation', 'The avg revenue per day per user between the baseline and variant ranking algorithms.', 'model.baseline');
    noFull('6. Deployment and serving', 'The conversion steps:\n1. Load the existing model.\n2. Transform it to a graph definition.', 'model.baseline');
    yesFull('5. Evaluation', 'The new ranker beats the baseline (BM25) by 4% nDCG.', 'model.baseline');
  });
  it('"Output: Predicted salary range" states the ML objective; a test\'s power ("probability of detecting an effect if H_a is true") does not', () => {
    yesFull('2. Frame the problem', '**Regression Task** – Input: Extracted resume text features. Output: Predicted salary range', 'framing.ml-objective');
    noFull('2. Frame the problem', 'Output: predicted values', 'framing.ml-objective');
    noFull('2. Frame the problem', 'Power: The probability of detecting an effect if H_a is true', 'framing.ml-objective');
    yesFull('2. Frame the problem', 'We predict the probability that a customer churns in H1 2027.', 'framing.ml-objective');
  });
  it('"testing different loss functions" names no loss; a custom loss described does', () => {
    noFull('4. Model development', 'After identifying AllRank as the best model, we explored testing different loss functions to optimize NDCG.', 'model.loss-function');
    yesFull('4. Model development', 'We train with a custom loss that penalises late sends twice as much.', 'model.loss-function');
  });
  it('online evaluation that sets predictions against what really happened is no A/B test; one with variants and traffic is', () => {
    noFull('5. Evaluation', 'Online evaluation refers to how our model performs in production. We need to evaluate transactions predicted as fraud versus whether they actually were fraud.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Online evaluation: the new model versus the current model on 10% of traffic for two weeks.', 'evaluation.ab-test-plan');
  });
  it('a model\'s explanation of tensor dimensions is no interpretability', () => {
    noFull('4. Model development', 'These outputs have the form (1, 13, 13, 3*(5+C)), whereby an explanation of the dimensions follows.', 'model.interpretability');
    yesFull('4. Model development', 'Each prediction comes with an explanation of the top features (SHAP).', 'model.interpretability');
  });
});

describe('lint mechanisms (session 42, real36 items)', () => {
  it('a model trained to predict a named quantity, or a probability distribution over N classes, states the ML objective', () => {
    yesFull('4. Model development', 'We have trained a Temporal Fusion Transformer (TFT) model to predict vaccination events over a 15-day horizon.', 'framing.ml-objective');
    yesFull('2. Frame the problem', 'The model will produce a probability distribution among three classes (positive, negative or neutral) for each news item.', 'framing.ml-objective');
    noFull('4. Model development', 'We trained a model to predict whether it helps at all?', 'framing.ml-objective');
  });
  it('outperforming the previous method is a baseline; a promotion gate after retraining is not', () => {
    yesFull('5. Evaluation', 'The outcome is a production-ready forecasting model that outperforms the previous deterministic method.', 'model.baseline');
    noFull('7. Monitoring', 'If the retrained model outperforms the previous model, it is promoted to production.', 'model.baseline');
  });
  it('labels said to come from something ("success labels based on prior hires") are a label source; a Target heading over what is predicted names the label', () => {
    yesFull('3. Data preparation', '- Prepare labeled data for model training, including success labels based on prior hires.', 'data.labels');
    noFull('3. Data preparation', '- Are the labels based on prior hires?', 'data.labels');
    yesFull('3. Data preparation', '### Target\n\nThe daily count of trips starting at each station, which we are predicting.', 'data.labels');
  });
  it('request validation with Pydantic is a data check at the door', () => {
    yesFull('6. Deployment and serving', '- Handles request validation using Pydantic models', 'monitoring.data-quality');
    noFull('6. Deployment and serving', '- Should we add request validation using Pydantic models?', 'monitoring.data-quality');
  });
  it('a module that accepts incoming points and classifies them scores online', () => {
    yesFull('6. Deployment and serving', 'The Outlier Detection module accepts incoming metric points and classifies them.', 'deployment.online-vs-batch');
    noFull('6. Deployment and serving', 'Does the module accept incoming metric points and classify them?', 'deployment.online-vs-batch');
  });
  it('trained on one period and validated on a later one is a time split', () => {
    yesFull('5. Evaluation', 'The model is trained on vaccination events across ~6,000 sites during the spring and autumn-winter 2024 campaign, then validated on the spring 2025 campaign.', 'data.split-leakage');
    noFull('5. Evaluation', 'The model is trained on vaccination events during the 2024 campaigns.', 'data.split-leakage');
  });
  it('a machine spec row under CPU/RAM columns and a tool\'s Docker pulls are no scale of the system; a data size row is', () => {
    noFull('6. Deployment and serving', '| Component | CPU | RAM | Disk | Network |\n|---|---|---|---|---|\n| Frontend | 2 cores | 2GB | 1GB | 100Mbps |', 'requirements.scale');
    noFull('1. Clarify requirements', 'Over the last year, interest grew: from 2M pulls to 11M vespaengine/vespa pulls.', 'requirements.scale');
    yesFull('1. Clarify requirements', '| Table | Rows | Size |\n|---|---|---|\n| events | 2B | 3TB |', 'requirements.scale');
  });
});

describe('lint mechanisms (session 43, real35 and real36 leftovers)', () => {
  it('a model card whose headings caption commands ("Execute inference:", "Override the train config to execute evaluation:") is not a design doc', () => {
    const card = '# Model Overview\n\nA segmentation model for in-body frames of endoscopy video, trained with MONAI.\n\n## Data\n\nThe dataset has 1,600 labelled frames.\n\n## Preprocessing\n\nFrames are resized to 736x480.\n\n## Training configuration\n\nAdam, lr 1e-4, 100 epochs on one A100.\n\n## Input\n\nAn RGB frame.\n\n## Training Loss\n\nDice loss.\n\n## MONAI Bundle Commands\n\n#### Execute training:\n\n```\npython -m monai.bundle run --config_file configs/train.json\n```\n\n#### Override the train config to execute evaluation with the trained model:\n\n```\npython -m monai.bundle run --config_file configs/evaluate.json\n```\n\n#### Execute inference:\n\n```\npython -m monai.bundle run --config_file configs/inference.json\n```\n\n# License\n\nApache 2.0.\n';
    assert.equal(recognised(card), false);
    // the same steps as a design's own headings are sections
    assert.equal(recognised(card.replace('#### Execute inference:', '## Serving').replace('#### Override the train config to execute evaluation with the trained model:', '## Evaluation')), true);
  });
  it('real-time with a response-time bound ("analyze resumes in real-time (response time < 30 seconds)") chooses online scoring; bare "real-time" does not', () => {
    yesFull('1. Clarify requirements', '- Process and analyze resumes in real-time (response time < 30 seconds)', 'deployment.online-vs-batch');
    yesFull('1. Clarify requirements', 'Real-time (<100ms) scoring of each payment.', 'deployment.online-vs-batch');
    noFull('1. Clarify requirements', 'We want low latency and real-time features.', 'deployment.online-vs-batch');
  });
  it('an annotation tool in the stack ("| Label Studio | 8080 | Annotation interface |") defines no labels; people marking each item with its class do', () => {
    noFull('6. Deployment and serving', '| Service | Port | Purpose |\n|---|---|---|\n| Label Studio | 8080 | Annotation interface |\n| MLflow | 5000 | Tracking |', 'data.labels');
    noFull('3. Data preparation', '- Use MinIO+Label Studio to trigger Airflow pipelines', 'data.labels');
    yesFull('3. Data preparation', 'Two radiologists annotated each image as benign or malignant.', 'data.labels');
    yesFull('3. Data preparation', 'We use Label Studio to label each ticket with its category.', 'data.labels');
    noFull('3. Data preparation', 'The model labels each image as benign or malignant.', 'data.labels');
  });
  it('what something costs the economy or an industry is no budget of the system', () => {
    noFull('1. Clarify requirements', 'Each additional ton of carbon will cost the global economy $1,056.', 'requirements.budget-cost');
    yesFull('1. Clarify requirements', 'Serving must cost under $2,000 per month.', 'requirements.budget-cost');
  });
  it('feature flags said to be not needed are no rollout', () => {
    noFull('5. Evaluation', 'We ran it without the need for engineering work traditionally required for experiments such as adding feature flags and relevant data logging.', 'deployment.rollout-strategy');
    yesFull('6. Deployment and serving', 'The new ranker ships behind a feature flag so we can turn it off if there are issues.', 'deployment.rollout-strategy');
  });
});

describe('lint mechanisms (session 43, real37 items)', () => {
  it('a number set in TeX math ("$100$ million users") is that number, not dollars', () => {
    yesFull('1. Clarify requirements', '- Scale: $100$ million users', 'requirements.scale');
    noFull('1. Clarify requirements', '- $40$k ad requests per second or $100$ billion per month', 'requirements.budget-cost');
    yesFull('1. Clarify requirements', '- $40$k ad requests per second or $100$ billion per month', 'requirements.throughput-qps');
    yesFull('1. Clarify requirements', 'Serving costs $5 per day and $2,000 per month.', 'requirements.budget-cost');
  });
  it('a figure number, a model\'s parameter count and a device\'s memory are no scale of the system', () => {
    noFull('6. Deployment and serving', 'Figure 3.1 Sample flow for factorized models.', 'requirements.scale');
    noFull('1. Clarify requirements', 'The code is easily extended to the 13b, 30b, and 65b models.', 'requirements.scale');
    noFull('1. Clarify requirements', '* **Memory**:  4 GB 64-bit LPDDR4 25.6 GB/s', 'requirements.scale');
    yesFull('1. Clarify requirements', 'We train on 3.1M samples.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'The dataset is 4 GB of images.', 'requirements.scale');
  });
  it('frames per second of a video model are its throughput', () => {
    yesFull('1. Clarify requirements', 'Real-time object detection at **40 FPS** from 720p video streams.', 'requirements.throughput-qps');
    noFull('1. Clarify requirements', 'FPS games are popular with our users.', 'requirements.throughput-qps');
  });
  it('a loss reported as better or worse names no loss function', () => {
    noFull('4. Model development', 'We can see that our model achieves better loss for learning rates around 0.0005.', 'model.loss-function');
    yesFull('4. Model development', 'We train with a ranking loss.', 'model.loss-function');
  });
  it('a published dataset that contains anonymized images is no privacy constraint of the design', () => {
    noFull('3. Data preparation', 'This dataset was gathered by the NIH and contains over 100,000 anonymized chest x-ray images from more than 30,000 patients.', 'requirements.privacy-security');
    yesFull('3. Data preparation', 'We anonymize all chest x-ray images before training.', 'requirements.privacy-security');
  });
  it('retraining named as a shortcoming or as what follows a retraining is no plan; a model rebuilt on a trigger is', () => {
    noFull('7. Monitoring', '3. Unclear Handling of Data Drift and Model Retraining', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '5. API Deployment & if retrained with new data, redeploy with a pipeline.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'If there are more than 50 verified comments the model gets rebuilt automatically and reanalyses the comments in the database.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'The model was rebuilt.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'If drift exceeds 0.2 PSI, the model is retrained on the last 30 days.', 'monitoring.retraining-plan');
  });
  it('"predicts win probability" states the objective; a segmentation model names the category', () => {
    yesFull('2. Frame the problem', 'The app predicts win probability after 15 minutes of a match.', 'framing.ml-objective');
    yesFull('4. Model development', '1. Trained segmentation model on clean data', 'framing.ml-category');
  });
  it('clustering quality indices are offline metrics', () => {
    yesFull('5. Evaluation', '* identify optimum k using Silhouette/Davies-Bouldin/Calinski-Harabasz index', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'We pick k by the silhouette score.', 'evaluation.offline-metrics');
  });
  it('classes said to be no longer balanced, with the metric chosen for it, is imbalance handled', () => {
    yesFull('3. Data preparation', 'The dataset was balanced, but after some classes were supplemented with data from ISMIR, the dataset was no longer balanced. So to measure model performance G-Mean Score was used.', 'data.class-imbalance');
    noFull('3. Data preparation', 'The dataset is not balanced.', 'data.class-imbalance');
  });
  it('counter metrics with no metric named, or the health metrics a server exposes, are no guardrail', () => {
    noFull('5. Evaluation', '- Counter metrics, tracking this to see if the ads are negatively impacting the platform.', 'evaluation.guardrail-metrics');
    noFull('6. Deployment and serving', 'Triton supports HTTP/GRPC requests and produces service health metrics which can be collected with Prometheus.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', '- Counter metrics: hide rate and report rate must not rise.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', '- Counter metrics\n  - hide rate\n  - reports per 1k impressions', 'evaluation.guardrail-metrics');
  });
  it('an FAQ page, by its title, is not a design doc', () => {
    const body = '\n\n## What is Cody?\n\nAn AI coding assistant.\n\n#### How does Cody work?\n\n1. A user asks a question.\n2. Cody fetches relevant code snippets from the search index.\n3. The LLM generates an answer.\n\n## Data\n\nCustomer code is never used for training.\n\n## Evaluation\n\nWe track answer acceptance.\n\n## Deployment\n\nAnthropic serves the model behind our gateway.\n';
    assert.equal(lint('# About Cody FAQ' + body, {}).isDesignDoc, false);
    assert.equal(lint('# Frequently asked questions' + body, {}).isDesignDoc, false);
    assert.equal(lint('# Cody answers: design' + body, {}).isDesignDoc, true);
    // a design written as questions and answers, whose headings map to most sections, is one
    assert.equal(lint('# Answer ranking v3 — FAQ' + body + '\n## Requirements\n\np99 under 2 s.\n\n## Framing\n\nWe rank snippets by relevance.\n\n## Monitoring\n\nDrift alerts on query embeddings.\n', {}).isDesignDoc, true);
  });
  it('components listed under a "System Components" or "Data Flow" heading are the serving architecture', () => {
    yesFull('6. Deployment and serving', '### System Components\n\n1. **Frontend**: React-based chat interface\n2. **Backend**: Node.js microservices with prompt-chaining architecture\n3. **AI Services**: Azure OpenAI GPT models', 'deployment.serving-architecture');
    yesFull('6. Deployment and serving', '### Data Flow\n\n1. User submits question through chat interface\n2. Search tools gather relevant content\n3. Answer service generates response with citations', 'deployment.serving-architecture');
    noFull('4. Model development', '### Model components\n\n1. An encoder\n2. A decoder', 'deployment.serving-architecture');
  });
  it('partitions replicated by load, and several servers handling requests, are horizontal scaling', () => {
    yesFull('6. Deployment and serving', '- System scale: the number of partitions depends on the size of the index; the system load (QPS) decides how many times the partition is replicated.', 'deployment.scaling-efficiency');
    yesFull('6. Deployment and serving', 'Keep the word scores on a central Redis server. Allow multiple servers to access it and process post requests.', 'deployment.scaling-efficiency');
    noFull('6. Deployment and serving', 'The model runs on one server.', 'deployment.scaling-efficiency');
  });
  it('a model run on the stored items every N minutes is batch scoring', () => {
    yesFull('6. Deployment and serving', 'Each 10 minutes the app analyses comments in the database with the logistic regression model and marks comments as rude if necessary.', 'deployment.online-vs-batch');
    noFull('6. Deployment and serving', 'Each 10 minutes the app fetches new comments from the public API.', 'deployment.online-vs-batch');
  });
  it('an initial simple model is a baseline; a first model only deployed is not', () => {
    yesFull('4. Model development', 'Below we can see the results from our initial simple model created in Keras.', 'model.baseline');
    noFull('4. Model development', 'We deploy the first model with MLflow.', 'model.baseline');
  });
  it('LDAP, Kerberos or RBAC for who may reach the data is a security constraint; access control as a product feature is not', () => {
    yesFull('1. Clarify requirements', '### Security\n\n- User credentials (LDAP, Kerberos keytab).', 'requirements.privacy-security');
    yesFull('6. Deployment and serving', 'Enforcing of RBAC policies is handled at the REST API layer using service accounts.', 'requirements.privacy-security');
    noFull('6. Deployment and serving', '* Manage versioning, access control, and rollbacks painlessly', 'requirements.privacy-security');
  });
  it('attention maps shown for a prediction are interpretability; an attention layer alone is not', () => {
    yesFull('4. Model development', 'This aids the interpretability of our model by visualizing the attention layer.', 'model.interpretability');
    yesFull('4. Model development', 'The attention maps show where the network looks: here it attended to the top left corner, outside the X-ray.', 'model.interpretability');
    noFull('4. Model development', 'We add an attention layer to the model.', 'model.interpretability');
  });
  it('"user" beside "training data" is no split key unless the data is split by it; all of one contributor\'s items in the same split is a group split', () => {
    noFull('3. Data preparation', '- Training data generation through online user engagement', 'data.split-leakage');
    yesFull('3. Data preparation', 'Test data comes from unseen users.', 'data.split-leakage');
    yesFull('3. Data preparation', 'Training data covers users active in the last 30 days; the test set is the following week.', 'data.split-leakage');
    yesFull('3. Data preparation', 'By contributor: all photos of one donor/participant go to the same split (train 80 / val 10 / test 10).', 'data.split-leakage');
  });
  it('labels put on Kubernetes resources are no training labels', () => {
    noFull('6. Deployment and serving', 'Annotate/Label the ISVC with indexed model information, like RegisteredModel and ModelVersion IDs.', 'data.labels');
    noFull('6. Deployment and serving', 'The controller monitors InferenceService CRs having pre-defined labels.', 'data.labels');
  });
  it('a "source:" link under a technique is a citation, not a data source; under Data it is one', () => {
    noFull('4. Model development', '* Morphological close  \n  source: [OpenCV](https://docs.opencv.org/4.x/d9/tutorial.html)', 'data.sources');
    yesFull('3. Data preparation', '- Source: [Kaggle](https://www.kaggle.com/c/home-credit)', 'data.sources');
  });
  it('a binary prediction, or a quantity predicted N hours ahead, names the category', () => {
    yesFull('6. Deployment and serving', '* Stores churn probability and binary prediction', 'framing.ml-category');
    yesFull('2. Frame the problem', 'DstLive predicts Dst from 1 to 6 hours ahead, with associated probabilities.', 'framing.ml-category');
    noFull('2. Frame the problem', 'Emails are either spam or legitimate.', 'framing.ml-category');
  });
  it('"Features:" listing what a product offers ("Game Victory prediction + early-game analysis") are no model features', () => {
    noFull('2. Frame the problem', '• Features: Game Victory prediction + early-game analysis.', 'data.features');
    yesFull('3. Data preparation', 'Features: gold difference, kills, towers destroyed at 15 minutes.', 'data.features');
    yesFull('3. Data preparation', 'Features: purchase prediction score, user age, basket size.', 'data.features');
  });
});

describe('lint mechanisms (session 44, real37 leftovers)', () => {
  it('what the model predicts in the overview, and the inputs named only as its features (no inputs caption or column table), give the I/O', () => {
    const overview = '# Issue triage\n\n## Overview\n\nWe train a classifier that predicts whether a new issue needs diagnosis.\n';
    const feats = '\n## Data\n\nThe issue title and first comment are vectorised with TF-IDF and concatenated.\n';
    yesDoc(overview + feats, 'framing.io-spec');
    noDoc(overview + '\n## Data\n\nWe collected 20,000 closed issues from the tracker.\n', 'framing.io-spec');
    noDoc('# Issue triage\n\n## Overview\n\nTriage takes our maintainers hours each week.\n' + feats, 'framing.io-spec');
  });
  it('what a named part of the product lets a role do is the functional scope, whatever the subject', () => {
    yesFull('6. Deployment', "The **Risk-O-Meter**, as it's called, allows the user to upload a .csv file with data about a list of clients and receive a prediction about their credit risk.", 'requirements.scope-functional');
    yesFull('6. Deployment', 'A web-based app that allows users to upload images of their meals and get a calorie estimate.', 'requirements.scope-functional');
    noFull('6. Deployment', 'A feature-attribution chart helps an engineer debug a model and helps an auditor look for proxies.', 'requirements.scope-functional');
    noFull('6. Deployment', 'Should the dashboard allow the user to upload a .csv file of clients?', 'requirements.scope-functional');
  });
  it('a label defined by its two values is a binary task: "win (=1) or loss (=0)", "the class of interest (`label=1`)"', () => {
    yesFull('3. Data preparation', 'Labels : Blue Team win (=1) or loss (=0), labeled with match outcome.', 'framing.ml-category');
    yesFull('3. Data preparation', 'Individuals belong to the class of interest (`label=1`) if they interact with homeless services within a year.', 'framing.ml-category');
    noFull('3. Data preparation', 'Labels: match outcome, taken from the Riot API.', 'framing.ml-category');
    noFull('3. Data preparation', 'Set label smoothing to 0.1 and seed=1 for every run.', 'framing.ml-category');
  });
  it('prose that follows a lone tag on the line before ("<br>", "<img …>") is read: CommonMark makes that paragraph an HTML block', () => {
    const body = '<br>\nWe use a clustering approach, we predict the cluster for a given user, then recommend songs from its playlists.';
    yesFull('2. Framing', body, 'framing.ml-objective');
    yesFull('2. Framing', '<img src="arch.png" width="400">\nThe model predicts the probability that a user skips a song.', 'framing.ml-objective');
    noFull('2. Framing', '<script>\nconst note = "we predict the cluster for a given user";\n</script>', 'framing.ml-objective');
    noFull('2. Framing', '<br>\n<br>', 'framing.ml-objective');
  });
  it('a section word misspelt by one letter still names its section ("Evalutaion", "Deployement", "Montoring"); short words are not corrected', () => {
    assert.deepEqual(classifyHeadingAll('Evalutaion'), ['evaluation']);
    assert.deepEqual(classifyHeadingAll('6. Deployement'), ['deployment']);
    assert.deepEqual(classifyHeadingAll('Montoring'), ['monitoring']);
    assert.deepEqual(classifyHeadingAll('Requirments'), ['requirements']);
    assert.deepEqual(classifyHeadingAll('Farming'), []);
    assert.deepEqual(classifyHeadingAll('Trailing'), []);
    assert.deepEqual(classifyHeadingAll('Interface'), []);
    const doc = '# Recs\n\n## Evalutaion\n\nPrecision @ K and Recall @ K on the last week of orders.\n';
    assert.equal(lint(doc, { force: true }).findings.some((f) => f.ruleId === 'structure.section-missing' && /evaluation/i.test(f.message)), false);
  });
});

describe('lint mechanisms (session 44, real38 items)', () => {
  it('a split given as shares in a write-up\'s words: "60% data used for training and 40% used for testing", "chose 80% … to train … the remaining 20% … to assess"', () => {
    yesFull('3. Data', 'The data has been split into train and test datasets with 60% data used for training and 40% used for testing purpose.', 'data.split-leakage');
    yesFull('3. Data', 'We shuffled the list of vectors and randomly chose 80% of these vectors to train both models. We used the remaining 20% of these vectors to assess the quality of each model.', 'data.split-leakage');
    noFull('3. Data', 'We used 80% of the budget to train the models and the rest for serving.', 'data.split-leakage');
    noFull('3. Data', 'The data has been split into train and test datasets.', 'data.split-leakage');
  });
  it('a data dictionary\'s column whose role is the target, or a column "this is … what you should model", defines the label', () => {
    const table = '| Variable | Role | Type | Description |\n|---|---|---|---|\n| temp | Feature | Continuous | Average temp in kelvin |\n';
    yesFull('3. Data', table + '| traffic_volume | Target | Integer | Hourly reported westbound traffic volume |', 'data.labels');
    noFull('3. Data', table + '| rain_1h | Feature | Continuous | Amount in mm of rain that occurred in the hour |', 'data.labels');
    yesFull('3. Data', '| Column | Type | Description |\n|---|---|---|\n| prep_time_seconds | Integer | (order_ready_at - order_acknowledged_at) in seconds. This is the food preparation time and what you should model. |', 'data.labels');
    noFull('3. Data', 'This is not what you should model: the order value only correlates with the basket size.', 'data.labels');
  });
  it('a heading that carries a value after its label is also a line of content ("#### Overall Performance: accuracy: 0.7599", "### Endpoint: POST /predict"); a topic heading is not', () => {
    yesFull('5. Evaluation', '#### Overall Performance: accuracy: 0.7599; fbeta: 0.006; recall: 0.001; precision: 0.227', 'evaluation.offline-metrics');
    yesFull('6. Serving', '### Endpoint: POST /predict\n\nValidates the request and returns the fraud score.', 'deployment.serving-architecture');
    noFull('5. Evaluation', '#### Metrics: accuracy and recall', 'evaluation.offline-metrics');
    noFull('6. Serving', '### Example: Multi-stage Inference Pipeline from pre-trained model', 'deployment.serving-architecture');
  });
  it('a need denied is no plan ("so it will not need to retrain the model each time"); "not enough to minimize MAE" names no loss; an explanation of the author\'s own work is no interpretability', () => {
    noFull('7. Monitoring', 'We saved the trained model with pickle, so it will not need to retrain the model each time a user uploads a new file.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'We retrain the model each time 500 new labelled emails arrive.', 'monitoring.retraining-plan');
    noFull('4. Model', 'It’s not enough to minimize mean absolute error. The prediction system must align with business constraints.', 'model.loss-function');
    yesFull('4. Model', 'We minimize mean absolute error on the log of the delivery time.', 'model.loss-function');
    noFull('4. Model', 'The following is the explanation of our Data pipeline DAG', 'model.interpretability');
    yesFull('4. Model', 'Loan officers get an explanation of each decision: the top three SHAP features.', 'model.interpretability');
  });
});

describe('lint mechanisms (session 45, real38 leftovers)', () => {
  it('a term defined is no guardrail ("Scalability refers to the ability … without degrading performance")', () => {
    noFull('7. Monitoring', 'Scalability refers to the ability of a data system to handle growing amounts of data, users, or workload without degrading performance.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'The new ranker ships only if it lifts CTR without degrading p99 latency or the hide rate.', 'evaluation.guardrail-metrics');
  });
  it('coverage beside code checks, or under a test-job heading, is the tests\' coverage, not a metric', () => {
    noFull('5. Evaluation', '- `./run_tests.sh` — helper script for common runs (unit/integration/coverage/lint)', 'evaluation.offline-metrics');
    noFull('5. Evaluation', '### Test Job — Unit Tests & Coverage\n\n- Run `flake8` for syntax checks\n- Generate coverage reports', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', '### Offline metrics\n\n- Catalog coverage and nDCG@10 on the last week of sessions', 'evaluation.offline-metrics');
  });
  it('a tool that supports A/B testing plans none; the same words with a design, even after a semicolon, do', () => {
    noFull('6. Serving', '- Supports canarying new versions and A/B testing experimental models', 'evaluation.ab-test-plan');
    noFull('6. Serving', 'Our serving layer allows A/B testing of models.', 'evaluation.ab-test-plan');
    yesFull('6. Serving', 'Our platform supports A/B testing; the new ranker gets 5% of traffic for two weeks.', 'evaluation.ab-test-plan');
    yesFull('6. Serving', 'The gateway allows us to A/B test the new ranker against the current one on CTR.', 'evaluation.ab-test-plan');
  });
  it('a pipeline\'s runs, task durations and success/failure rates are operational metrics, not the model\'s performance', () => {
    const body = 'The use of Airflow provides built-in observability, because we can visually monitor DAG runs, task durations, and success/failure rates.';
    yesFull('7. Monitoring', body, 'monitoring.operational-metrics');
    noFull('7. Monitoring', body, 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We monitor the approval rate per region on a dashboard and alert on a 15% drop.', 'monitoring.model-performance');
  });
  it('a server that groups inference requests into batches scales its serving', () => {
    yesFull('6. Serving', '- Features a scheduler that groups individual inference requests into batches for joint execution on GPU, with configurable latency controls', 'deployment.scaling-efficiency');
    noFull('6. Serving', '- The scheduler runs the nightly scoring job on the latest batch of transactions.', 'deployment.scaling-efficiency');
  });
  it('a number in a sentence that cites its source is the cited work\'s, not this system\'s scale', () => {
    noFull('1. Requirements', 'This link collected the login information of more than 50,000 Snapchat users [@snap2016].', 'requirements.scale');
    noFull('1. Requirements', 'Other researchers trained on a data set of 2,893 messages [3].', 'requirements.scale');
    yesFull('1. Requirements', 'We have 50,000 daily users and 2M emails per day.', 'requirements.scale');
  });
  it('experiment tracking is no online experiment, even beside "version control"', () => {
    noFull('6. Serving', "We've adopted containerization with Docker and continuous deployment with GitHub Actions. Version control with Git and experiment tracking with MLflow ensure reproducibility.", 'evaluation.ab-test-plan');
    yesFull('6. Serving', 'We log every run with MLflow experiment tracking, then A/B test the winner against production on 10% of users.', 'evaluation.ab-test-plan');
  });
  it("what a customer's order costs is a price, not the system's budget", () => {
    noFull('3. Data', 'Let us consider a small example: a customer orders a pizza which costs £10, so the price per item is 10.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving may cost at most £500 per month.', 'requirements.budget-cost');
  });
  it('"regulatory compliance" listed among a pitch\'s benefits is no constraint; compliance required, or with a rule named, is', () => {
    noFull('1. Requirements', "We're poised to transform credit risk assessment, ensuring accurate decision-making, regulatory compliance, and a superior overall experience for all stakeholders.", 'requirements.privacy-security');
    yesFull('1. Requirements', 'The scoring service must meet regulatory compliance, audit logging and explainability requirements for lenders.', 'requirements.privacy-security');
  });
  it('a prediction returned per request is online serving: "a POST request to /predict … returns the prediction", "a REST service that predicts …", results returned to the user', () => {
    yesFull('6. Serving', 'The app is deployed live on Heroku; a POST request to /predict with a JSON record returns the prediction.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'We created a REST service that predicts which rookies will score the most fantasy points.', 'deployment.online-vs-batch');
    yesFull('6. Serving', "Our server has one endpoint called 'upload', a REST POST operation. The results of the classification are then returned and displayed to the user as an HTML page.", 'deployment.online-vs-batch');
    noFull('6. Serving', 'The /health endpoint returns the model version and its labels.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'Should the API return the predicted class or the probability?', 'deployment.online-vs-batch');
  });
  it("a model card's \"Intended use\" of the model is its scope; a dataset card's is not", () => {
    yesFull('1. Requirements', '### Intended use for the model and the intended users\n\nThe model is used for predicting income based on census data for users who want to know how to earn more.', 'requirements.scope-functional');
    noFull('1. Requirements', '## Intended use / not intended for\n\n- Fleet performance analysis, condition-monitoring research, feature building for the POC.', 'requirements.scope-functional');
  });
  it('a check of the model on protected groups is an ethics constraint addressed; the risk only named, or everyday words, are not', () => {
    yesFull('5. Evaluation', '### Bias inherent either in data or model\n\nPotentially, the model may be biased by sex.\n\n#### Accuracy of Female Slice: 0.8905\n#### Accuracy of Male Slice: 0.7151', 'requirements.privacy-security');
    yesFull('5. Evaluation', 'We check for bias by comparing recall across gender and age slices.', 'requirements.privacy-security');
    noFull('5. Evaluation', 'Potentially, the model may be biased by sex.', 'requirements.privacy-security');
    noFull('5. Evaluation', 'We compare accuracy on black and white images versus color images.', 'requirements.privacy-security');
    noFull('5. Evaluation', 'Should we compare error rates across gender groups?', 'requirements.privacy-security');
  });
  it('a model card that also covers its data, evaluation, serving and monitoring is the system\'s write-up; a standard model card is not a design doc', () => {
    assert.equal(isDesignDoc(`# Model Card for Loan Default Prediction

## Model Details

Gradient-boosted trees (LightGBM) predicting the probability that a new personal loan defaults within 12 months.

## Intended Use

Used by the credit team to rank applications for manual review; not for automatic rejection.

## Data

### Training Data

120k loans issued 2019-2023 from the loan ledger; label = 90+ days past due within 12 months.

### Features Used

Income, debt-to-income ratio, bureau score, loan amount, term.

## Evaluation

AUC 0.81 on a 2023 hold-out set; recall at the review threshold 0.62.

## Deployment

Served behind a REST endpoint; p99 latency 80 ms at 20 requests per second.

## Model Maintenance

### Monitoring Requirements

PSI of the top 10 features weekly; alert above 0.2.

### Retraining Triggers

Quarterly, or when AUC on matured loans drops below 0.76.
`), true);
    assert.equal(isDesignDoc(`# Model Card for Loan Default Prediction

## Model Details

Gradient-boosted trees (LightGBM) predicting the probability that a new personal loan defaults within 12 months.

## Intended Use

Used by the credit team to rank applications for manual review; not for automatic rejection.

## Factors

Age band, region.

## Metrics

AUC and recall at the review threshold.

## Evaluation Data

A 2023 hold-out set of 20k loans.

## Training Data

120k loans issued 2019-2023 from the loan ledger.

## Ethical Considerations

Recall is compared across age bands.

## Caveats and Recommendations

Not validated for business loans.
`), false);
    assert.equal(isDesignDoc(`# Model card: returns classifier v3\n\n${SEVEN_SECTIONS}`), true, 'a card titled so, over the seven sections');
  });
  it('a course page of exercises with their solutions folded in admonitions is a tutorial, not a design doc', () => {
    const page = `# Data drifting in production

## Data

The iris data set is the reference: 150 labelled flowers with four measurements each.

## Model training

A random forest is trained on the reference data and saved to a bucket.

## Serving

A FastAPI app on Cloud Run loads the model and logs each request's features and prediction.

## Monitoring

An Evidently report compares the logged requests with the reference data every day.
`;
    const exercises = `
## ❔ Exercises

1. Train the classifier and save it.

    ??? success "Solution"

        Run \`python train.py\`, which saves \`model.pkl\`.

2. Log each request in a background task.

    ??? success "Solution"

        Append the row to \`requests.csv\` from a background task of the \`/predict\` endpoint.

3. Build the drift report.

    ??? success "Solution"

        Use \`Report(metrics=[DataDriftPreset()])\` on the two data frames.
`;
    assert.equal(isDesignDoc(page), true, 'the write-up alone is one');
    assert.equal(isDesignDoc(page + exercises), false);
  });
  it('candidates compared with the pick marked in a table, combined after a comparison, or hyphenated ("random-forest") are a justified model choice', () => {
    const table = '### Model Comparison\n\n| Model | Accuracy | ROC-AUC | Rank |\n|---|---|---|---|\n| **XGBoost** | 93.12% | 0.953 | 🥇 **Best** |\n| **Random Forest** | 92.44% | 0.953 | 🥈 Runner-up |\n| **Logistic Regression** | 83.33% | 0.879 | Baseline |';
    yesFull('4. Model', table, 'model.selection-tradeoffs');
    noFull('4. Model', table.replace('🥇 **Best**', 'Good'), 'model.selection-tradeoffs');
    yesFull('4. Model', 'KNN, SVM with a RBF kernel, and GBR had the highest accuracy. An ensemble voting classifier of these three models was used.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We trained KNN and an SVM. One of the models was used in the demo.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'A gradient-boosted classifier was trained with default parameters. Its ROC-AUC on the test set slightly outperformed the optimized random-forest model, but was much closer to that of the train set.', 'model.selection-tradeoffs');
  });
});

describe('lint mechanisms (session 46, real39 leftovers)', () => {
  it('"Predict 30-day readmission risk" states the ML objective; "predict market risk factors" does not', () => {
    yesFull('2. Frame the problem', 'Predict 30-day hospital readmission risk for diabetic patients to support discharge planning.', 'framing.ml-objective');
    noFull('2. Frame the problem', 'It is hard to predict market risk factors.', 'framing.ml-objective');
  });
  it('"baseline bias and variance" of the same model, and a prompt as the "starting point" of generation, are no baseline model', () => {
    noFull('4. Model', 'Evaluates the model on both training and holdout datasets to establish baseline bias and variance for future improvement.', 'model.baseline');
    yesFull('4. Model', 'A majority-class predictor is the baseline; the model must beat its recall.', 'model.baseline');
    noFull('4. Model', 'We use GPT. When you provide GPT with a prompt, it uses that as a starting point and keeps predicting the next word until it completes the response.', 'model.baseline');
    yesFull('4. Model', 'As a starting point, a logistic regression on the same features is the model to beat.', 'model.baseline');
  });
  it('software footprints, an allotted volume, an HTTP status and a course ranking are no scale', () => {
    noFull('1. Clarify requirements', 'The Docker images required for the following components occupy approximately 5.4 GB of local disk space.', 'requirements.scale');
    noFull('1. Clarify requirements', '| Resource | When | Why |\n|---|---|---|\n| Persistent Volume (10GB) | Entire duration | Stores datasets, model checkpoints, training logs |', 'requirements.scale');
    noFull('1. Clarify requirements', 'If any of the URLs return an error (e.g. 503 Service Unavailable), check the logs of the failing task.', 'requirements.scale');
    noFull('1. Clarify requirements', 'This project earned the highest-tier score (top 10 of 183 participants) in the course.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'The raw clickstream takes about 40 TB of storage per year.', 'requirements.scale');
    yesFull('1. Clarify requirements', 'The service handles 503 services calling it and 2M users a day.', 'requirements.scale');
  });
  it('a field test\'s "30-day test period" is no train/test split', () => {
    noFull('3. Data preparation', 'Available offers that are sent during a 30-day test period are held within portfolio.json, containing 10 offers each with 6 fields.', 'data.split-leakage');
    yesFull('3. Data preparation', 'Train on the first 60 days; the last 30-day test period is held out for evaluation.', 'data.split-leakage');
  });
  it('a prototype\'s missing piece with what a real deployment would need commits to nothing', () => {
    noFull('7. Monitoring', '* The service doesn\'t have any external logging.  In a real deployment, it is absolutely necessary to log predictions and monitor system errors.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'The service does not have any external logging yet, but we log p99 latency and error rate to Prometheus.', 'monitoring.operational-metrics');
  });
  it('users\' thumbs up/down and approval rate watched on a dashboard are online metrics; a churn rate on an analytics dashboard is not', () => {
    yesFull('7. Monitoring', 'The Grafana dashboard tracks:\n\n- Feedback Approval Rate – percentage of positive feedback', 'evaluation.online-metrics');
    yesFull('7. Monitoring', 'The Grafana dashboard tracks:\n\n- Feedback Trends – 👍 thumbs-up vs 👎 thumbs-down over time', 'evaluation.online-metrics');
    noFull('6. Deployment and serving', 'The Looker dashboard contains:\n\n* Overall churn rate\n* Churn trends by contract and tenure bucket', 'evaluation.online-metrics');
  });
  it('users\' feedback on predictions counted and watched, or tied to the questions the model gets wrong, is model-quality monitoring', () => {
    yesFull('6. Deployment and serving', '- After a prediction, the user can provide feedback indicating satisfaction or dissatisfaction.\n- If dissatisfied, a counter is incremented, which is monitored to determine if retraining should be triggered.', 'monitoring.model-performance');
    yesFull('6. Deployment and serving', 'Users get feedback buttons under each answer, and each click is stored with the question asked, which tells us which questions the AI gets right or wrong.', 'monitoring.model-performance');
    noFull('6. Deployment and serving', 'Users can leave feedback through a form on the help page.', 'monitoring.model-performance');
  });
  it('sections under "# Table of Contents" (an H1 before the content\'s H2s) are the doc\'s own, not part of the contents', () => {
    const doc = `# Chest X-ray classification\n\n# Table of Contents\n\n- [Requirements](#requirements)\n- [Anomalies Detection](#anomalies-detection)\n\n## Requirements\n\np99 latency under 300 ms for 2M images a day.\n\n## Anomalies Detection:\n\nThe \`anomaly_detection.py\` script validates every new batch against a predefined TFDV schema and reports anomalies before training.\n\n## Model\n\nA DenseNet classifier.\n\n## Evaluation\n\nAUC on the test set.\n\n## Deployment\n\nA Vertex AI endpoint.\n\n## Monitoring\n\nInput drift is watched daily.\n`;
    assert.equal(isPresent(doc, 'monitoring.data-quality'), true);
    assert.equal(isPresent(doc.replace('# Table of Contents', '# Future work'), 'monitoring.data-quality'), false, 'under a "Future work" H1 the H2s are still future work');
  });
  it('a how-to step ("click ctrl+c") is no business outcome; easing the burden of professionals is', () => {
    noFull('1. Clarify requirements', 'To stop the docker containers: click ctrl+c in the terminal to kill all the containers.', 'requirements.business-objective');
    yesFull('1. Clarify requirements', 'Automating the reading of chest X-rays has the potential to alleviate the burden on radiologists in underserved areas.', 'requirements.business-objective');
  });
  it('inputs made "suitable for model interpretation" are no interpretability plan', () => {
    noFull('4. Model', 'These steps enhance image clarity, making them more suitable for model interpretation, especially critical in medical imaging.', 'model.interpretability');
    yesFull('4. Model', 'Model interpretation for each prediction is shown to the doctor with Grad-CAM heat maps.', 'model.interpretability');
  });
  it('"a RAG application" and "semantic search over" name retrieval as the ML category', () => {
    yesFull('2. Frame the problem', 'This is a RAG application over five music theory books.', 'framing.ml-category');
    yesFull('2. Frame the problem', 'We use semantic search over embeddings of the FAQ answers.', 'framing.ml-category');
    noFull('2. Frame the problem', 'The RAG team meets on Mondays to review the roadmap.', 'framing.ml-category');
  });
  it('the existing model that retraining fine-tunes is no baseline', () => {
    noFull('7. Monitoring', 'The retraining pipeline is initiated when dissatisfaction feedback exceeds a predefined threshold. This pipeline fine-tunes the existing model using additional data collected from inference. It follows these steps:\n\n- Metrics such as test accuracy are compared between the original and retrained models.', 'model.baseline');
    yesFull('4. Model', 'The existing model is a hand-tuned scorecard; the new model must beat it on AUC.', 'model.baseline');
  });
  it('page markup is never evidence: front-matter settings (nested or a path), site-generator tags, table-of-contents entries', () => {
    const doc = `---
layout: post
title: "Learning to rank for product search"
image:
  feature: "/articles/images/learning-to-rank/feature.png"
  display: false
---

# Learning to rank for product search

- [Ranking model](#ranking-model)
- [Pairwise logistic loss](#pairwise-loss)

## Requirements

p99 under 120 ms at 3,000 QPS; the catalogue has 40M products.

## Framing

{% capture imblock_flow %}
    {{ site.url }}/articles/images/learning-to-rank/flow.png
{% endcapture %}
{% capture imcaption_flow %}
  The ranker scores each (query, product) pair and returns the top 50 products sorted by score.
{% endcapture %}

We frame it as pointwise learning to rank.

## Ranking model

A gradient-boosted tree ranker. Features: BM25 text match, product price, 30-day click-through rate and brand.

## Pairwise loss

The model is trained with a pairwise logistic loss on clicked-over-skipped product pairs.

## Evaluation

NDCG@10 offline; an A/B test on add-to-cart rate.

## Serving

Online, per query, behind the search API.

## Monitoring

Daily feature drift checks.
`;
    const lines = doc.split('\n');
    const at = (id: string): string => {
      const item = lint(doc, { force: true }).items.find((i) => i.id === id);
      assert.equal(item?.present, true, id);
      return lines[item.line];
    };
    assert.doesNotMatch(at('framing.ml-category'), /feature\.png|^\s*-\s*\[/);
    assert.doesNotMatch(at('data.features'), /feature\.png/);
    assert.match(at('framing.io-spec'), /scores each \(query, product\) pair/);
    assert.doesNotMatch(at('model.loss-function'), /^\s*-\s*\[/);
  });
});

describe('lint mechanisms (session 46, real40 round)', () => {
  it('a qualified target defined ("continuous target = daily sales quantity") and ratings used to estimate how much users liked items are labels', () => {
    yesFull('3. Data preparation', '- Regression task, continuous target = daily sales quantity', 'data.labels');
    noFull('1. Clarify requirements', 'The prediction target is 150 ms p99.', 'data.labels');
    yesFull('3. Data preparation', 'To estimate how much a user liked a movie, we use the ratings given by that user.', 'data.labels');
    noFull('3. Data preparation', 'To estimate how much a user liked a movie, we look at the movie page.', 'data.labels');
  });
  it('"800 million of those examples for training and 200 million for validation" is a split', () => {
    yesFull('3. Data preparation', 'We use 800 million of those examples for training and 200 million for validation.', 'data.split-leakage');
    noFull('3. Data preparation', 'We have 800 million examples for training the model.', 'data.split-leakage');
  });
  it('"monitors model drift and performance over time" watches performance too', () => {
    yesFull('7. Monitoring', '- Monitors model drift and performance over time', 'monitoring.model-performance');
    noFull('7. Monitoring', '- Monitors model drift over time', 'monitoring.model-performance');
  });
  it('an A/B test on a small portion of traffic, then deployment to all users, is a gradual rollout', () => {
    yesFull('6. Deployment and serving', 'We start by running A/B tests on a smaller portion of the online traffic, and once the model is ready it is deployed to all production users.', 'deployment.rollout-strategy');
    noFull('6. Deployment and serving', 'We run an A/B test on a small portion of the traffic to compare CTR.', 'deployment.rollout-strategy');
  });
  it('helping people make better decisions, and business needs listed under why the forecasts matter, are the business objective', () => {
    yesFull('1. Clarify requirements', 'I created this project as a means to help those seeking to buy or sell resale flats make better decisions regarding the valuations of the flats.', 'requirements.business-objective');
    noFull('1. Clarify requirements', 'The dashboard helps us make better decisions about the model.', 'requirements.business-objective');
    yesFull('1. Clarify requirements', 'In the retail industry, accurate sales forecasting is crucial for making informed decisions related to:\n\n- 💸 Revenue planning\n- ❌ Reducing overstock and understock situations', 'requirements.business-objective');
    noFull('1. Clarify requirements', 'Feature scaling is important for these models used by customers:\n\n- Reducing the variance of the estimates', 'requirements.business-objective');
  });
  it('with SageMaker Model Monitor, "model baseline" steps and jobs are the drift baseline, not a model to beat', () => {
    const monitor = 'A Model Monitor schedule checks the endpoint\'s data quality every hour.\n\n';
    noFull('4. Model development', monitor + 'The pipeline includes the following steps: data processing, model baseline, model training, model evaluation, and conditional model registration.', 'model.baseline');
    noFull('4. Model development', monitor + 'The three baseline, training and evaluation jobs run for about 20 minutes.', 'model.baseline');
    noFull('7. Monitoring', 'The endpoint is monitored to detect drift compared against the baseline.', 'model.baseline');
    yesFull('4. Model development', monitor + 'A linear model on the same features is the baseline the XGBoost model must beat.', 'model.baseline');
  });
  it('a model version\'s registry status ("marked as Approved") is no label; "whenever" is not "when"', () => {
    noFull('3. Data preparation', 'The deployment pipeline triggers whenever a new model version is added to the model registry and the status is marked as Approved.', 'data.labels');
    yesFull('3. Data preparation', 'A transaction is marked as fraud when the card holder files a chargeback within 60 days.', 'data.labels');
  });
  it('notes taken while following a course, as their author says, are not a design doc', () => {
    const notes = `# Disclaimer

I do not claim the ownership of the code. The code was given by the course that I ran to learn and reproduce the result. I have added notes here as I executed the steps as instructed in the session.

${SEVEN_SECTIONS}`;
    assert.equal(isDesignDoc(notes), false);
    assert.equal(isDesignDoc(notes.replace(/# Disclaimer[\s\S]*?session\.\n/, '# Taxi duration service\n')), true);
  });
  it('each feature\'s importance in explaining the target, or models chosen to be white box, is an interpretability plan', () => {
    yesFull('4. Model development', 'The report covers:\n\n- The relative importance of each feature in explaining Price.', 'model.interpretability');
    yesFull('4. Model development', 'Models were selected to maximise performance, but also be white box in themselves.', 'model.interpretability');
    noFull('4. Model development', 'The service is covered by white box tests.', 'model.interpretability');
  });
  it('labels on log streams (Loki, Prometheus) are no training labels', () => {
    noFull('3. Data preparation', 'We came across Grafana Loki, a log aggregation system. Quoting from their description, "It does not index the contents of the logs, but rather a set of labels for each log stream." Considering the volume of data, we decided to use Loki as our logs database.', 'data.labels');
    yesFull('3. Data preparation', 'MES repair station log: the operator verdict for each alarm (this is our label).', 'data.labels');
  });
});

describe('lint mechanisms (session 47, real40 leftovers)', () => {
  it('a dataset provided by someone, or a dataset described with its size, names the data source', () => {
    yesFull('3. Data preparation', 'The data was provided by Jigsaw (an Alphabet subsidiary) in a kaggle competition.', 'data.sources');
    yesFull('3. Data preparation', 'The dataset consisted of ~225K Wikipedia comments, roughly 10% of which were considered toxic.', 'data.sources');
    noFull('3. Data preparation', 'The predictions are provided by the model to the front-end.', 'data.sources');
    noFull('3. Data preparation', 'The dataset is split into training and test sets.', 'data.sources');
  });
  it('a dummy model among the candidates is a baseline', () => {
    yesFull('4. Model development', 'We train 5 models:\n\n1. Dummy model (always predicts Standard credit rating)\n2. Logistic Regression\n3. XGBoost', 'model.baseline');
    noFull('4. Model development', 'We train 2 models:\n\n1. Logistic Regression\n2. XGBoost', 'model.baseline');
  });
  it('three or more models scored side by side under a results caption, one of them then taken forward, are a choice by results', () => {
    const list = 'Final results on test set (metric is averaged accuracy between 3 classes):\n\n1. Logistic Regression: 63.48%\n2. Decision Tree: 71.45%\n3. Random Forest: 81.12%\n4. XGboost: 82.1%';
    const table = '| Model | ROC-AUC |\n|---|---|\n| Logistic Regression | 0.71 |\n| Random Forest | 0.80 |\n| XGBoost | 0.82 |';
    yesFull('4. Model development', `${list}\n\nThe training script then trains the XGboost model on the preprocessed data.`, 'model.selection-tradeoffs');
    yesFull('4. Model development', `${table}\n\nXGBoost is used in production.`, 'model.selection-tradeoffs');
    // scores alone pick nothing (as with an unmarked table, session 45); a sentence naming them all is no pick
    noFull('4. Model development', list, 'model.selection-tradeoffs');
    // the pick must sit under the same heading: the rule's verdict is remembered per heading, and a warm re-lint must agree with a cold one
    assert.equal(isPresent(`# Credit scores\n\n${SEVEN_SECTIONS}\n\n## Model training\n\n${list}\n\n## Exporting the notebook\n\nThe script then trains the XGboost model on the preprocessed data.\n`, 'model.selection-tradeoffs'), false);
    noFull('4. Model development', `${table}\n\nWe trained logistic regression, random forest and XGBoost.`, 'model.selection-tradeoffs');
    // a price list of models is no measured comparison; two models scored are too few to call the pick
    noFull('4. Model development', '| Model | Cost per 1k tokens |\n|---|---|\n| GPT-4 | 0.03 |\n| Llama 2 | 0.001 |\n| BERT | 0.0001 |\n\nWe use GPT-4.', 'model.selection-tradeoffs');
    noFull('4. Model development', 'Final results on test set:\n\n1. Logistic Regression: 63.48%\n2. XGboost: 82.1%\n\nWe then train the XGboost model.', 'model.selection-tradeoffs');
  });
  it('"of the models I explored, X performed the best" with its score is a choice by results', () => {
    yesFull('4. Model development', 'I explored LSTMs with pretrained word embeddings (GloVe) as well as BERT and DistilBERT based models. Of the deep learning models I explored, the GloVe+LSTM performed the best. I achieved an AUC-PR of 0.86.', 'model.selection-tradeoffs');
    noFull('4. Model development', 'We use a GloVe+LSTM model. I achieved an AUC-PR of 0.86.', 'model.selection-tradeoffs');
  });
  it('pretrained weights kept frozen, or layers frozen, is how training runs', () => {
    yesFull('4. Model development', 'The models use GloVe word embeddings. To date, I have kept them frozen.', 'model.training');
    yesFull('4. Model development', 'We freeze the first ten layers of the backbone.', 'model.training');
    noFull('4. Model development', 'The frozen food category has the most orders.', 'model.training');
  });
  it('an API reachable by POST, a web-service deployment, or a user request answered by the service is online prediction', () => {
    yesFull('6. Deployment and serving', 'The toxic comment classifier will be deployed as an API accessible through a POST request.', 'deployment.online-vs-batch');
    yesFull('6. Deployment and serving', "Model is deployed in a 'web-service' and 'containerized' fashion.", 'deployment.online-vs-batch');
    yesFull('6. Deployment and serving', "1. A bus user issues a request towards a 'always-on' bus delay prediction service, requesting a delay estimate for bus line X at stop Y", 'deployment.online-vs-batch');
    noFull('6. Deployment and serving', 'The API documentation is accessible through the project wiki.', 'deployment.online-vs-batch');
  });
  it('features listed as (a) …; (b) …; (c) … are features', () => {
    yesFull('1. Clarify requirements', 'The project provides an estimate of the delay of a bus, given features such as (a) the bus line; (b) a station where to catch the bus; (c) the time of the day; (d) day of the week.', 'data.features');
  });
  it('"predict X, one out of three options" is a multi-class task, and no use case by itself', () => {
    yesFull('2. Frame the problem', "We want to predict customer's credit score which can be one out of three options: Poor, Standard or Good.", 'framing.ml-category');
    noFull('1. Clarify requirements', "We want to predict customer's credit score which can be one out of three options: Poor, Standard or Good.", 'requirements.scope-functional');
    yesFull('1. Clarify requirements', 'We want to predict which orders will be late so that support agents can contact the customer early.', 'requirements.scope-functional');
  });
  it('"rate-limiting" and "real time from the stream" are no business goal', () => {
    noFull('1. Clarify requirements', 'Due to possible rate-limiting or outages for the google cloud function, it is possible to see 429 or 500 status codes.', 'requirements.business-objective');
    noFull('1. Clarify requirements', 'The logs can be exposed over an API so that they can be used as a dataset updated in real time from the Kafka stream.', 'requirements.business-objective');
    yesFull('1. Clarify requirements', 'We want to cut the time from order to delivery so that customers order again.', 'requirements.business-objective');
  });
  it('comparing user ratings with our recommendations on a random sample of users is no A/B test', () => {
    noFull('5. Evaluation', 'So our online evaluation works like this: We look at the latest ratings provided by a user. Then we compare them with what our recommendation is and calculate a score for each recommendation, across a random sample of users.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Online evaluation: a random 10% of users get the new ranker and we compare their watch time against the control group.', 'evaluation.ab-test-plan');
  });
  it('one CI pipeline for model files is no shared feature pipeline', () => {
    noFull('6. Deployment and serving', 'We decided to add the model.pkl.dvc file for tracking in the same pipeline as auto-deployment.', 'deployment.training-serving-skew');
    yesFull('6. Deployment and serving', 'Training and serving run the same pipeline, so there is no skew between them.', 'deployment.training-serving-skew');
  });
  it('a heading written as prose is read as content too', () => {
    const doc = `# Resale prices\n\n${SEVEN_SECTIONS}\n\n### The data used for this analysis was sourced from the housing board. It was extracted as a set of .csv files, containing 901116 entries and the following columns:\n\n- month\n- town\n`;
    assert.equal(isPresent(doc, 'requirements.scale'), true);
    assert.equal(isPresent(doc.replace('901116 entries', 'entries'), 'requirements.scale'), false);
  });
});

describe('lint mechanisms (session 48, real40 and real41 leftovers)', () => {
  it('the data trained on and the data scored said to differ is the train/serve mismatch named', () => {
    yesFull('6. Deployment', 'The data used to train the models and the data that the model is scoring is qualitatively different, Wikipedia comments vs. Twitter comments.', 'deployment.training-serving-skew');
    yesFull('6. Deployment', 'The training data differs from the production data: product reviews vs tweets.', 'deployment.training-serving-skew');
    // denied, split over two sentences, or training vs test data: no train/serve mismatch
    noFull('6. Deployment', 'The training data is not different from production data.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'We train on data from 2020. The production data is different.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'Training data and test data are different years.', 'deployment.training-serving-skew');
  });
  it('a response crafted or generated in real time, per request, is the online mode', () => {
    yesFull('6. Deployment', 'Instead of simply picking a pre-written answer, the chatbot can handle more complex questions by crafting a response in real-time.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The service is generating forecasts on demand for each store manager.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The chatbot crafts a friendly response that links the FAQ entry.', 'deployment.online-vs-batch');
  });
  it('a model built or developed to predict something states the ML objective, as a trained one does', () => {
    yesFull('1. Overview', 'The challenge is to build a _binary classification model_ to predict who have been transported to an alternate dimension when the ship ran into an anomaly.', 'framing.ml-objective');
    yesFull('2. Frame the problem', 'We developed a gradient-boosted classifier to predict late payments.', 'framing.ml-objective');
    // asked, or with nothing said of what is predicted
    noFull('2. Frame the problem', 'Could we build a model to predict churn?', 'framing.ml-objective');
    noFull('2. Frame the problem', 'I built a model to predict it.', 'framing.ml-objective');
  });
  it('a rule book of numbered advice is no design doc, though its headings name the sections', () => {
    const rule = (n: number, text: string): string => `### Rule ${n}-${text}\n\nIf you are ranking posts, ${text.toLowerCase()}; most teams learn this the hard way.\n`;
    const book = `## Overview\n\nNotes on practical ML engineering advice.\n\n## Data\n\n${rule(1, "Don't be afraid to launch without a model")}\n${rule(2, 'Keep the first model simple')}\n\n## Model development\n\n${rule(3, 'Choose a simple, observable metric')}\n${rule(4, 'Know the freshness requirements of your system')}\n\n## Monitoring\n\n${rule(5, 'Watch for silent failures')}\n${rule(6, 'Measure the delta between models')}\n`;
    assert.equal(isDesignDoc(book), false);
    // business rules numbered in a fraud design are the design's own
    const design = book.replace(/### Rule (\d)-[^\n]*/g, (_m, n: string) => `### Rule ${n}: block transfers over the velocity limit`);
    assert.equal(isDesignDoc(design), true);
  });
  it('a split stratified because the data is unbalanced handles the imbalance', () => {
    yesFull('3. Data', "Note: since we are dealing with unbalanced data (24% of 1's and 76% of 0's), we are stratifying train/test split across target value, to keep same proportions of 0/1 in train and test.", 'data.class-imbalance');
    noFull('3. Data', 'The data is unbalanced (24% positives). We split train/test 80/20 at random.', 'data.class-imbalance');
  });
  it('predictions triggered by a user request, or enabled by POST requests, are the online mode', () => {
    yesFull('6. Deployment', 'The request to run Prediction Service is triggered by user request.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'POST requests enable a prediction for a given customer/date.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Retraining is triggered by a user request.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The health endpoint triggers a status check.', 'deployment.online-vs-batch');
  });
  it("beating today's measured rate is beating a baseline", () => {
    yesFull('4. Model', 'Success will be if the conversion rate significantly exceeds the original rate of 0.0925.', 'model.baseline');
    // a business figure or a volume, not a model's rate
    noFull('4. Model', 'Our revenue exceeds the original revenue of 2020 by far.', 'model.baseline');
    noFull('4. Model', 'Traffic exceeds the current levels by 20%.', 'model.baseline');
  });
});

describe('lint mechanisms (session 49, real41 leftovers)', () => {
  // a project write-up whose section titles are ALL-CAPS lines right over their text, no Markdown heading
  const capsReadme = [
    'Problem statement:',
    'the aim of this project is to predict the price of a flat in Lyon from its surface, rooms and district.',
    '',
    'MODEL CHOOSING',
    'the data is read from the bucket and several regressors are compared on a hold-out year',
    'the best model is kept in the model registry',
    '',
    'WEBSERVICE',
    'we test the predict.py file with test.py',
    'everything is packaged into a container ready for deployment',
    '',
    'MONITORING',
    'we compute a drift report on the inputs every week with evidently',
    '',
  ].join('\n');
  it('an ALL-CAPS line over its text is a section title when the Markdown headings name too few sections', () => {
    assert.equal(isDesignDoc(capsReadme), true);
    // the same text with the titles in lower case is plain prose: no section named
    assert.equal(isDesignDoc(capsReadme.replace(/^(MODEL CHOOSING|WEBSERVICE|MONITORING)$/gm, (m) => m.toLowerCase())), false);
    // the title is no part of the text under it: the serving item is read from the lines below
    assert.equal(isPresent(capsReadme, 'deployment.serving-architecture'), true);
    // capitals that name no section ("NOTES", "BEST PRACTICES") make no heading
    assert.equal(isDesignDoc(capsReadme.replace(/^(MODEL CHOOSING|WEBSERVICE|MONITORING)$/gm, 'NOTES')), false);
  });
  it('a "Web service" heading names the deployment section', () => {
    assert.deepEqual(classifyHeadingAll('Webservice'), ['deployment']);
    assert.deepEqual(classifyHeadingAll('Web service'), ['deployment']);
  });
  it('everything packaged into a container for deployment, under a deployment heading, is the serving package', () => {
    yesFull('6. Deployment', 'Everything is packaged into a container ready for deployment.', 'deployment.serving-architecture');
    // the training job's container, or one outside the deployment section, says nothing of serving
    noFull('6. Deployment', 'The training job is packaged into a container.', 'deployment.serving-architecture');
    noFull('4. Model', 'Everything is packaged into a container ready for deployment.', 'deployment.serving-architecture');
  });
  it('a request received, then the model run on it, is the request path', () => {
    yesFull('1. Overview', 'Once received, the system identifies the user and combines the transaction data with the user information to run inference using a selected pre-existing model.', 'deployment.serving-architecture');
    noFull('1. Overview', 'Once the data is received, the pipeline cleans it and stores it in the warehouse.', 'deployment.serving-architecture');
  });
  it('helping people so that they make better decisions is the business objective, however far apart', () => {
    yesFull('1. Problem statement', 'the dataset was chosen in the interest of helping people living in paris to be able to estimate the cost of house, in order make better decisons, as houses are expensive there.', 'requirements.business-objective');
    noFull('1. Problem statement', 'the dataset was chosen in the interest of helping people living in paris to be able to estimate the cost of house.', 'requirements.business-objective');
  });
  it("a machine's memory beside its CPUs, or a language model's parameter count, is no data scale", () => {
    noFull('1. Requirements', '1 node, total of 2 vCPUs with 7.5 GB. idle CPU utilization: 19%.', 'requirements.scale');
    noFull('1. Requirements', '- llma 3B trains on the plant categories', 'requirements.scale');
    noFull('1. Requirements', 'We use Qwen2.5-7B for the answers.', 'requirements.scale');
    yesFull('1. Requirements', 'The chat logs are 7.5 GB of text.', 'requirements.scale');
    yesFull('1. Requirements', 'We have 3B impressions per month.', 'requirements.scale');
    // (a word that merely starts like a model family's name is none: "yields", "options")
    yesFull('1. Requirements', 'The campaign yields 3B impressions per month.', 'requirements.scale');
    noFull('1. Requirements', 'We fine-tune Llama-2 7B on the tickets.', 'requirements.scale');
  });
});

describe('lint mechanisms (session 49, front matter)', () => {
  it("a paper's keyword list in front matter (IEEEkeywords, keywords) names no task", () => {
    const doc = (key: string): string => `---\ntitle: A chat filter\n${key}: toxic comment, web, chat, detection, classifier, distributed\n---\n\n# Chat filter\n\n## Requirements\n\nWe filter chat messages.\n\n## Data\n\nJigsaw comments.\n\n## Model\n\nNaive Bayes.\n`;
    assert.equal(isPresent(doc('IEEEkeywords'), 'framing.ml-category'), false);
    assert.equal(isPresent(doc('keywords'), 'framing.ml-category'), false);
    // a setting of the design's own is still read
    assert.equal(isPresent(doc('task'), 'framing.ml-category'), true);
  });
});

describe('lint mechanisms (session 49, real42 round)', () => {
  it('a Contact section (names, job titles, a street address) commits to nothing', () => {
    const doc = `# Water demand forecasting\n\n${SEVEN_SECTIONS.replace('p99 under 200 ms at 3k QPS; budget $20k/month.', 'Forecast daily citywide water use for the utility.')}\n\n## Contact\n\n**Matt Ross**  \nManager, Artificial Intelligence  \nCity of London  \nSuite 300 - 201 Queens Ave, London, ON. N6A 1J1\n`;
    assert.equal(isPresent(doc.replace('Two years of orders;', 'Two years of orders from 12 million customers;'), 'requirements.scale'), true);
    assert.equal(isPresent(doc, 'requirements.scale'), false);
  });
  it('a cloud subscription in setup steps is no online metric; subscriptions counted are', () => {
    noFull('5. Evaluation', '1. Obtain an active Azure subscription.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online we track new subscriptions per week.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online, the subscription rate of users who saw the new ranking.', 'evaluation.online-metrics');
  });
  it("a training script's EXPERIMENT setting is no online test", () => {
    noFull('5. Evaluation', "- **EXPERIMENT**: The type of training experiment you would like to perform if executing train.py. Choices are 'train_single', 'train_all', 'hparam_search' or 'cross_validation'.", 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Experiment: 50/50 split of users for 2 weeks; we compare CTR of the new ranker against control.', 'evaluation.ab-test-plan');
  });
  it('classifying whether something is X names a (binary) classification', () => {
    yesFull('2. Framing', "I used the Kaggle Fake News data to classify an article whether it's fake given the title, author and text.", 'framing.ml-category');
    yesFull('2. Framing', 'The model classifies whether a message is spam.', 'framing.ml-category');
    noFull('2. Framing', 'Can we classify whether an article is fake?', 'framing.ml-category');
    noFull('2. Framing', 'We classify the logs if the job fails.', 'framing.ml-category');
  });
  it("a POST request whose handler has the model make a prediction is the online mode", () => {
    yesFull('6. Deployment', 'If you press Submit, a POST request will be sent to the same route, where model will make a prediction using preprocessors and model.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'A GET request returns the model card.', 'deployment.online-vs-batch');
  });
  it('bullets under a "Functional requirements" heading state the scope; under "Non-functional requirements" they do not', () => {
    const doc = (h: string): string => `# Churn model\n\n${SEVEN_SECTIONS}\n\n### ${h}\n\n- Given a numerical dataset, build a multiclass classification model\n- Store inference results in a structured database\n`;
    assert.equal(isPresent(doc('Functional requirements'), 'requirements.scope-functional'), true);
    assert.equal(isPresent(doc('Non-functional requirements'), 'requirements.scope-functional'), false);
  });
  it("a baseline for the model monitor is the monitor's reference statistics, not a model to beat", () => {
    noFull('4. Model', '- Create a _baseline_ for the model monitor using a SageMaker processing job', 'model.baseline');
    yesFull('4. Model', 'A logistic regression baseline for the model, which the GBDT must beat.', 'model.baseline');
  });
  it("a dataset's size in brackets after it is its volume", () => {
    yesFull('3. Data', 'Since the compressed dataset is slow to read, I have created parquet equivalent of all files in Kaggle (660MB).', 'requirements.scale');
    noFull('3. Data', 'The docker image (660MB) holds the parquet reader.', 'requirements.scale');
  });
  it('a dataset named by an acronym, or trained on after the model is named, is a data source', () => {
    yesFull('3. Data', 'The team trained a mitosis detection model (a modified ResNet-50 model) on the [TUPAC16 auxiliary mitosis dataset](http://example.org/3).', 'data.sources');
    noFull('3. Data', 'The model was trained on the auxiliary mitosis dataset.', 'data.sources');
    noFull('3. Data', 'We trained a model on the dataset.', 'data.sources');
  });
  it('false accepts per hour and false reject rates are offline metrics', () => {
    yesFull('5. Evaluation', 'With the wake-word benchmark the model has a false accept per hour rate of 0.204 and a false reject rate of 0.06.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'The bouncer may false reject a guest.', 'evaluation.offline-metrics');
  });
  it('a classification approach names the category', () => {
    yesFull('2. Framing', 'In general the solution is based on a frame-by-frame classification approach.', 'framing.ml-category');
    noFull('2. Framing', 'Is a classification approach right here?', 'framing.ml-category');
  });
  it('retraining once enough new data is added has its trigger', () => {
    yesFull('7. Monitoring', 'The model will be re-trained only after a sufficient amount of correctly predicted data is added.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'The model will be retrained once enough new labelled data is added.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', 'We retrained the model.', 'monitoring.retraining-plan');
  });
  it("the model's predicted labels, or its false positives, say nothing of the training labels", () => {
    noFull('3. Data', 'Users get predicted labels for the image from the API.', 'data.labels');
    noFull('3. Data', 'False positives or false negatives can occur, leading to mistaken identity and potential legal implications.', 'data.labels');
    yesFull('3. Data', 'Positives are confirmed chargebacks; false positives cost us a manual review.', 'data.labels');
    yesFull('3. Data', 'Labels come from moderators; the predicted labels are logged.', 'data.labels');
  });
});

describe('lint mechanisms (session 49, real42 round, part 2)', () => {
  it('the sub-headings of an Acknowledgements section still credit others; a glossary level slip does not hide the doc', () => {
    const base = SEVEN_SECTIONS.replace('Offline AUC; online A/B test on 10% of users for two weeks, primary metric conversion.', 'Online A/B test on 10% of users for two weeks, primary metric conversion.');
    const credits = `# Counts\n\n${base}\n\n# Acknowledgements\n\n## Open camera imagery\n\n### Transport for London\n\nData is provided by TfL; the detector was validated with a precision of 0.91 on their images.\n`;
    assert.equal(isPresent(credits, 'evaluation.offline-metrics'), false);
    // the same sub-heading under a heading of the doc's own is read
    assert.equal(isPresent(credits.replace('# Acknowledgements', '# Validation'), 'evaluation.offline-metrics'), true);
  });
  it('an outcome moved, said as the result ("would be higher profit", "leads to fewer chargebacks"), is the business objective', () => {
    yesFull('1. Requirements', 'Predicting clicks well places the right ads in front of the right user. The result would be higher profit for websites, and a better user experience.', 'requirements.business-objective');
    yesFull('1. Requirements', 'Catching fraud earlier leads to fewer chargebacks.', 'requirements.business-objective');
    // a cost of a design choice, or asked
    noFull('1. Requirements', 'A bigger model would mean higher costs.', 'requirements.business-objective');
    noFull('1. Requirements', 'Would this result in higher revenue?', 'requirements.business-objective');
  });
  it('a model fed a live stream is the online mode; processing runs on a clock are batch', () => {
    yesFull('6. Deployment', 'We need fast processing time for the object detection, since the input will be real-time streaming video data from traffic cameras.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', "The daily and 'every 10 minutes' processing bursts are orchestrated using GCP's Scheduler to trigger a Pub/Sub topic.", 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Is the input a real-time video stream?', 'deployment.online-vs-batch');
    noFull('6. Deployment', "The input is a CSV of last year's sales.", 'deployment.online-vs-batch');
  });
  it('an input found bad and marked faulty is a data-quality check; the model flagging what it finds is not', () => {
    yesFull('7. Monitoring', 'Once this is over a threshold, we determine the image is synthetic and mark it as faulty.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'If the number of matching rows is above a threshold, the image is unlikely to give useful data and hence is flagged as faulty.', 'monitoring.data-quality');
    noFull('7. Monitoring', 'The model flags the transaction as fraudulent.', 'monitoring.data-quality');
    noFull('7. Monitoring', 'Should the image be marked as faulty?', 'monitoring.data-quality');
  });
});

describe('lint mechanisms (session 49, real40 leftover)', () => {
  it('a simple or classical model scored first is the mark to beat', () => {
    yesFull('4. Model', "I explored more 'classical' NLP techniques like bag-of-words models using simple word counts with a Naive Bayes model. These model performed surprisingly well (AUC for PR-curve of 0.71).", 'model.baseline');
    yesFull('4. Model', 'A simple logistic regression got an AUC of 0.71; the GBDT reached 0.80.', 'model.baseline');
    // asked, or "simple" with no model scored
    noFull('4. Model', 'Could a simple model reach an AUC of 0.7?', 'model.baseline');
    noFull('4. Model', 'We keep the model simple. Accuracy must exceed 0.9.', 'model.baseline');
  });
  it("the training data's size is scale even when the test set's size shares the sentence", () => {
    yesFull('3. Data', 'The train data set contains 8693 rows and the test set contains 4277 rows.', 'requirements.scale');
    yesFull('3. Data', 'The original data had 32,561 rows and a 80-20 split was used to break this into a train-test set.', 'requirements.scale');
    // the size of an evaluation run alone is not
    noFull('5. Evaluation', 'MAPE over the test period was 3.1% (5136 predictions).', 'requirements.scale');
  });
  it('a label column whose 1 and 0 are each said to mean a class defines the label', () => {
    yesFull('3. Data', 'The column Class with value 1 indicate fradulent transaction and with value 0 indicate a legitimate transaction.', 'data.labels');
    yesFull('3. Data', 'Class 1 indicates a fraudulent transaction and 0 a legitimate one.', 'data.labels');
    noFull('3. Data', 'The priority flag 1 means urgent and 0 normal.', 'data.labels');
  });
});

describe('lint mechanisms (session 49, real39 leftovers)', () => {
  it('a vector similarity search and a factorization recommender name the category', () => {
    yesFull('2. Framing', 'We perform a vector similarity search over the documentation embeddings to find the relevant sections.', 'framing.ml-category');
    yesFull('2. Framing', 'The ML model uses a ranked factorization recommender for the next notification.', 'framing.ml-category');
    noFull('2. Framing', 'We search the documentation with Ctrl+F.', 'framing.ml-category');
  });
  it("users' actions logged and used as feedback for the model are its labels", () => {
    yesFull('3. Data', 'The notification status is captured (swiped, opened, timestamp) using the mobile app and used as feedback for our iterative ML model.', 'data.labels');
    noFull('3. Data', 'Server errors are logged and used as feedback for the model team.', 'data.labels');
    noFull('3. Data', 'Clicks are logged.', 'data.labels');
  });
});

describe('lint mechanisms (session 49, real38 leftovers)', () => {
  it('the target column named beside the input features defines the label', () => {
    yesFull('3. Data', 'Train.csv: the training data, comprising time series of features store_nbr, family, and onpromotion as well as the target sales.', 'data.labels');
    noFull('3. Data', 'Which features and target should we use?', 'data.labels');
  });
  it('a REST service that predicts is where the model is served', () => {
    yesFull('6. Deployment', 'We created a REST service that predicts which 2019 NFL Rookies will score the most fantasy football points.', 'deployment.serving-architecture');
    noFull('6. Deployment', 'We created a REST service that lists the rookies.', 'deployment.serving-architecture');
  });
  it('the model whose error is least, hence used, is a choice made by measured results', () => {
    yesFull('4. Model', 'From the table, Mean Squared Error and Root Mean Squared Error is least for the Polynomial Regression machine learning technique and hence this would be used for the prediction purposes.', 'model.selection-tradeoffs');
    noFull('4. Model', 'Latency is lowest for the cache, hence it is used.', 'model.selection-tradeoffs');
  });
});

describe('lint mechanisms (session 50, evidence lines)', () => {
  const lineOf = (text: string, id: string): string | undefined => {
    const item = lint(text, { force: true }).items.find((i) => i.id === id);
    return item?.present ? text.split('\n')[item.line] : undefined;
  };
  const doc = (...body: string[]): string => ['# Water demand forecasting', '', '## 5. Evaluation', '', ...body, ''].join('\n');
  it("a unit whose lines never name the topic is shown on the line where the rule's own pattern matches", () => {
    const text = doc(
      'A tradeoff for the efficiency of k-prototypes is the fact that the',
      'number of clusters must be specified a priori. Different clusterings are',
      'computed for a range of values of k. A graph plots the average',
      'silhouette score versus k; the higher it is, the better k is.',
    );
    assert.equal(lineOf(text, 'evaluation.offline-metrics'), 'silhouette score versus k; the higher it is, the better k is.');
  });
  it('a phrase wrapped across two source lines is shown on the line where it starts', () => {
    const text = doc(
      'We run a rolling-origin backtest with six folds, each training on all data up to a cut-off.',
      'Each fold is scored on the four weeks that follow it; the offline',
      'metrics are WAPE on the median and pinball loss per category.',
    );
    assert.equal(lineOf(text, 'evaluation.offline-metrics'), 'Each fold is scored on the four weeks that follow it; the offline');
  });
  it('a fence line is never the evidence line', () => {
    const text = ['# Claims triage', '', '## 6. Deployment', '', '```', 'ClaimCenter --(REST, FNOL event)--> scoring-svc (FastAPI, k8s) --> claims queue', '```', ''].join('\n');
    const line = lineOf(text, 'deployment.serving-architecture');
    assert.ok(line !== undefined, 'the diagram in the fence is the serving path');
    assert.doesNotMatch(line, /^```/);
  });
});

describe('lint mechanisms (session 50, real42 leftovers)', () => {
  it('a thing named in a parenthesised list of what to log is no split strategy', () => {
    noFull('7. Monitoring', 'Solution: log as much information as we can (date/time, input data, output prediction, true label, model version, historical data used as training data, min/max/average serving times, etc.)', 'data.split-leakage');
    yesFull('3. Data', 'We hold out the last 30 days as the test set (about 1.2M rows, 8% of the data, never used in training).', 'data.split-leakage');
  });
  it('a requirement only asked about in a question, then answered with something else, is no business objective', () => {
    noFull('7. Monitoring', 'Are we meeting uptime, latency, auditing, and compliance requirements? Solution: log for different services/applications.', 'requirements.business-objective');
    yesFull('1. Requirements', 'Keeping audit trails of every decision is a regulatory requirement for the bank. We log each score.', 'requirements.business-objective');
  });
  it('a sentence that asks is not stated, whatever follows it in the unit', () => {
    noFull('3. Data', 'Should we split the data into train, validation and test? We have two years of orders.', 'data.split-leakage');
    yesFull('3. Data', 'We split the data into train, validation and test. We have two years of orders.', 'data.split-leakage');
  });
});

describe('lint mechanisms (session 50, real42 items)', () => {
  it('the model run at an interval under a minute is a prediction rate', () => {
    yesFull('6. Deployment', 'The streaming model performs inferences every 20 ms on the newest audio stride.', 'requirements.throughput-qps');
    yesFull('6. Deployment', 'The detector is invoked every 200 ms per camera.', 'requirements.throughput-qps');
    noFull('6. Deployment', 'The model runs every 10 minutes.', 'requirements.throughput-qps');
    noFull('6. Deployment', 'Features are computed every 20 ms.', 'requirements.throughput-qps');
    noFull('6. Deployment', 'Does the model run inference every 20 ms?', 'requirements.throughput-qps');
  });
  it('each new item checked by the model as it comes is online prediction', () => {
    yesFull('6. Deployment', 'Checks new message if a model for that language exists. If it is spam, it shows a keyboard to mark it as spam.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Each new order is scored by the model.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Each new hire is checked by HR.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Every new post is checked; verdicts are written to a log table and not shown.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Is each new order scored by the model?', 'deployment.online-vs-batch');
  });
});

describe('lint mechanisms (session 50, real43 recognition)', () => {
  it("a course's week notes are notes, whatever sections their headings name", () => {
    const notes = ['# Course 2 Week 3: Data Pipelines and Deployment', '', '## Data stage', '', '- Define the data and establish a baseline.', '- Label and organise data.', '', '## Modeling', '', '- Pick a model, tune hyperparameters, run error analysis.', '', '## Deployment', '', '- Shadow mode first, then canary.', '', '## Monitoring', '', '- Track input drift and server load on a dashboard.', ''].join('\n');
    assert.equal(isDesignDoc(notes), false);
    // the same headings under a design's title are a design
    assert.equal(isDesignDoc(notes.replace('# Course 2 Week 3: Data Pipelines and Deployment', '# Returns prediction for the web shop')), true);
  });
  it("a competition write-up that reports its test-leaderboard scores is no design doc", () => {
    const writeUp = ['My solution to the whale identification challenge', '', '### Requirements', '', 'Ranked retrieval of fluke photos: list the 20 most similar whales for each query image.', '', '### Data preprocessing', '', 'I trained a fluke detector, cropped every image and resized it to 448 px.', '', 'The top score I could achieve on the test leaderboard with ImageNet backbones was about 1270.', '', '### Training pipeline', '', 'ArcFace loss on a DenseNet121 backbone; this jumped to 1300 on the test leaderboard.', ''].join('\n');
    assert.equal(isDesignDoc(writeUp), false);
    assert.equal(isDesignDoc(writeUp.replace(/ on the test leaderboard/g, ' on the held-out week').replace('My solution to the whale identification challenge', '# Whale photo matching service')), true);
  });
});

describe('lint mechanisms (session 50, prose indented as code)', () => {
  const present = (text: string, id: string): boolean | undefined => lint(text, { force: true }).items.find((i) => i.id === id)?.present;
  it('prose indented by four spaces after a heading or a label line is read as text', () => {
    const text = ['## Approach ##', '', 'Technical problems:', '', '    Multi-label classification against a large label set. Scikit-learn was built for this type of problem.', '', 'Testing the classifier:', '', '    Choose 1000 documents at random, use 800 for training and 200 for testing.', ''].join('\n');
    assert.equal(present(text, 'framing.ml-category'), true);
    assert.equal(present(text, 'data.split-leakage'), true);
    // the evidence line is the indented line, where the text stays
    const r = lint(text, { force: true });
    assert.equal(r.items.find((i) => i.id === 'framing.ml-category')?.line, 4);
  });
  it('indented code, shell commands and text under a list item are left as they are', () => {
    const code = ['## Model', '', 'Training:', '', '    model = LogisticRegression(class_weight="balanced")', '    model.fit(X_train, y_train)  # multi-label classification', ''].join('\n');
    assert.equal(present(code, 'framing.ml-category'), false);
    const shell = ['## Setup', '', 'Run:', '', '    python train.py --task multi-label classification --test-size 0.2', ''].join('\n');
    assert.equal(present(shell, 'framing.ml-category'), false);
    // under a list item the indented paragraph is the item's own text (Markdown reads it so already)
    const listed = ['## Framing', '', '- Task', '', '    Multi-label classification against a large label set of subject tags for each document.', ''].join('\n');
    assert.equal(present(listed, 'framing.ml-category'), true);
  });
});

describe('lint mechanisms (session 50, real43 items)', () => {
  it('"crossfold validation" is cross-validation', () => {
    yesFull('4. Model', 'Model selection (pipeline, grid search, hyperparameter tuning, crossfold validation).', 'data.split-leakage');
    yesFull('4. Model', 'We used 5-fold cross-fold validation.', 'data.split-leakage');
  });
  it('a base model that later models improve on is a baseline; a pre-trained base model fine-tuned is not', () => {
    yesFull('4. Model', 'Basemodel: logistic regression. Model 1 improves on each step from the Base Model with XGBoost.', 'model.baseline');
    noFull('4. Model', 'The base model is BERT; we improve it with domain data.', 'model.baseline');
  });
  it('a pre-trained model retrained once on our own data is transfer learning, not a retraining plan', () => {
    noFull('4. Model', 'The Tensorflow Model Zoo offers pretrained models for the application of transfer learning. Tony607 presents a way on how to use these models and retrain them with own data.', 'monitoring.retraining-plan');
    yesFull('4. Model', 'We start from a pretrained ResNet and retrain it on our own images every month as new labels arrive.', 'monitoring.retraining-plan');
  });
  it('"<input> in, <output> out with a probability column" is the I/O spec', () => {
    yesFull('6. Deployment', 'Serialize & deploy (Entire CSV dataset in, entire CSV dataset out with an added probability churn column).', 'framing.io-spec');
    noFull('6. Deployment', 'Garbage in, garbage out with no labels at all.', 'framing.io-spec');
    noFull('6. Deployment', 'Text in, text out with no labels.', 'framing.io-spec');
  });
  it('users who would pay (monetizable) are a business outcome', () => {
    yesFull('1. Requirements', 'We want to understand which of our users are monetizable.', 'requirements.business-objective');
    noFull('1. Requirements', 'We want to understand which of our users are left-handed.', 'requirements.business-objective');
  });
  it('a kind of model preferred for reasons given against another is a choice with its trade-offs', () => {
    yesFull('4. Model', 'Currently, statistical peak prediction models are preferred since they are practical to implement in the online scheduling system, have less overhead of metrics collection than the ML approaches, and more simple to analyze and debug.', 'model.selection-tradeoffs');
    noFull('4. Model', 'Python is preferred since the team knows it better than Java.', 'model.selection-tradeoffs');
    noFull('4. Model', 'Are tree models preferred since they are faster than neural networks?', 'model.selection-tradeoffs');
  });
  it("a contributor's starting point is no baseline", () => {
    noFull('4. Model', 'Check out our issues labeled help-wanted, they will be the perfect starting point!', 'model.baseline');
    yesFull('4. Model', 'A popularity ranker is our starting point; the two-tower model must beat it on recall@50.', 'model.baseline');
  });
});

describe('lint mechanisms (session 51, real43 leftovers and real44 items)', () => {
  it('the bullets under a lead "Our online metrics are …:" are online metrics, whatever their names', () => {
    const body = ['Our online metrics are more business focused:', '', '- **Ops time saved**: Ops spends hours reviewing spam each week.', '- **Spam fraction**: the percent of Tweets that are spam.'].join('\n');
    yesFull('5. Evaluation', body, 'evaluation.online-metrics');
    // an offline lead is not
    const offline = ['Our offline metrics are simple:', '', '- **Ops time saved**: Ops spends hours reviewing spam each week.', '- **Spam fraction**: the percent of Tweets that are spam.'].join('\n');
    noFull('5. Evaluation', offline, 'evaluation.online-metrics');
  });
  it('"401k benefits" is a retirement plan, not 401 thousand of anything', () => {
    noFull('1. Requirements', 'For example if a job on the site removed its 401k benefits, that might change how often people click on the job.', 'requirements.scale');
    yesFull('1. Requirements', 'We index 401k job postings.', 'requirements.scale');
    yesFull('1. Requirements', 'We index 400k benefits pages.', 'requirements.scale');
  });
  it('"pre-split test and training data" and a "time-split test set" are data splits, not split tests', () => {
    noFull('5. Evaluation', 'This data also includes pre-split test and training data, pre-trained models, predictions, and smoothed errors.', 'evaluation.ab-test-plan');
    noFull('5. Evaluation', 'Offline gate: nDCG@20 on a time-split test set must beat the current BM25 search.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We will split test the new ranker against the current one for 2 weeks on 10% of traffic.', 'evaluation.ab-test-plan');
  });
  it('work "aimed at making house price prediction" names the prediction task', () => {
    yesFull('2. Framing', 'The end goal is an end-to-end machine learning project with tracking, deployment and hosting, aimed at making house price prediction.', 'framing.ml-objective');
    noFull('2. Framing', 'This course is aimed at making prediction tools easier to use.', 'framing.ml-objective');
  });
  it('a line of its own in the data section naming a dataset ("[IBM DataSet](…)") is the source', () => {
    yesFull('3. Data', '[IBM DataSet](https://community.ibm.com/telco-customer-churn)', 'data.sources');
    noFull('3. Data', 'The final dataset', 'data.sources');
    noFull('4. Model', '[IBM DataSet](https://community.ibm.com/telco-customer-churn)', 'data.sources');
  });
  it('the model run on each login or checkout is online prediction; predictions "generated at each time step" are a sequence model\'s output, no serving mode', () => {
    yesFull('6. Deployment', 'As soon as the first model is trained, the app will start classifying (IP, uid) tuples on login.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The fraud model scores each order at checkout.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'We log every login event to the warehouse.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Will we score users at checkout?', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Predictions are generated at each time step using the past 250 values.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Predictions are generated nightly for every store.', 'deployment.online-vs-batch');
  });
  it('data split "at the account level" is a grouped split; traffic split so is not', () => {
    yesFull('5. Evaluation', "We don't have to worry much about leaking data between our holdout sets if we split at the account level.", 'data.split-leakage');
    noFull('5. Evaluation', 'The traffic is split at the user level for the experiment.', 'data.split-leakage');
  });
  it('what a positive label means is the event the classifier predicts (ML objective)', () => {
    yesFull('2. Framing', 'In this case a _positive label_ means the account is a spam bot.', 'framing.ml-objective');
    yesFull('2. Framing', 'The positive class = the customer churned within 30 days.', 'framing.ml-objective');
    noFull('2. Framing', 'Is a positive label when the account is a spam bot?', 'framing.ml-objective');
  });
  it('"classification algorithms such as Logistic Regression, KNN …" fix the task as classification', () => {
    yesFull('4. Model', 'As part of the project, extensive classification algorithms such as Logistic Regression, KNN, Decision Trees and Support Vector Machines were evaluated.', 'framing.ml-category');
    noFull('4. Model', 'Do classification algorithms such as Logistic Regression work here?', 'framing.ml-category');
  });
  it('a quoted method (\'*"POST"* request … where model will make a prediction\') is still a request answered by the model', () => {
    yesFull('6. Deployment', 'If you press "Submit" button on this form, *"POST"* request will be sent to the same route, where model will make a prediction using preprocessors and model.', 'deployment.online-vs-batch');
  });
  it('"5 core components" are parts of a system, not CPU cores', () => {
    noFull('1. Requirements', 'The demo is comprised of 5 core components:', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving runs on 16 cores at most.', 'requirements.budget-cost');
  });
  it('the reference data a drift tool compares against is no baseline model', () => {
    noFull('4. Model', 'The reference dataset is used as the baseline data by Evidently.', 'model.baseline');
    noFull('4. Model', 'The training distribution serves as the baseline for drift checks.', 'model.baseline');
    yesFull('4. Model', 'Baseline: a majority-class predictor that the model must beat on F1.', 'model.baseline');
  });
  it('a training set evened to 50-50 positives and negatives handles class imbalance', () => {
    yesFull('3. Data', 'The training set contains a 50-50 positive-negative split of pneumonia cases with 2290 images in total.', 'data.class-imbalance');
    yesFull('3. Data', 'A random sample of negative cases were selected and thrown out, thus creating a 50-50 training set split.', 'data.class-imbalance');
    noFull('3. Data', 'The data is split 80-20 into train and validation sets.', 'data.class-imbalance');
    noFull('3. Data', 'The training set contains a 50/50 split of old and new users.', 'data.class-imbalance');
  });
  it('a kit\'s "starting point to create your own model" is no baseline; predicting the larger class for all is one', () => {
    noFull('4. Model', '* Modeling - The starting point to create your own custom model', 'model.baseline');
    yesFull('4. Model', 'None of them gave an accuracy significantly higher than the one obtained by simply predicting all calls not to be received, which is the larger class.', 'model.baseline');
    yesFull('4. Model', 'That is no better than predicting that all the labels will be 0.', 'model.baseline');
  });
  it('feature code implemented "from scratch" is no model trained from scratch', () => {
    noFull('4. Model', 'The main challenge was the necessity to implement feature engineering (previously done on Spark) from scratch.', 'model.training');
    yesFull('4. Model', 'We implemented and trained the network from scratch.', 'model.training');
  });
  it('"applied classification techniques" names the category; "models that identify and flag insincere questions" the objective', () => {
    yesFull('4. Model', 'I applied machine learning classification techniques to see if the pick up can be predicted.', 'framing.ml-category');
    yesFull('2. Framing', 'In this competition, we are challenged to develop models that identify and flag insincere questions.', 'framing.ml-objective');
    noFull('2. Framing', 'A model that identifies patterns in data.', 'framing.ml-objective');
    noFull('2. Framing', 'Could we build a model that flags spam?', 'framing.ml-objective');
  });
  it('training "in less than 1 minute of GPU time" is no latency target', () => {
    noFull('4. Model', 'Thanks to the small model, we can train the end-to-end network in less than 1 minute of GPU time.', 'requirements.latency-p99');
    yesFull('1. Requirements', 'End-to-end latency must stay under 2 seconds.', 'requirements.latency-p99');
  });
  it('a preprocessing that serving must repeat ("lowercased -> take this into account at inference time in prod") is skew handling, not drift monitoring', () => {
    const body = 'The text is lowercased -> need to take this into account at inference time in prod to avoid data shift.';
    yesFull('3. Data', body, 'deployment.training-serving-skew');
    noFull('3. Data', body, 'monitoring.drift');
    noFull('3. Data', 'The text is lowercased for the word cloud.', 'deployment.training-serving-skew');
    yesFull('7. Monitoring', 'We monitor data shift in production with PSI to avoid silent degradation.', 'monitoring.drift');
  });
  it("a load test's simulated users are no user base", () => {
    noFull('6. Deployment', 'We configured Locust to simulate 1000 users with spawn rate equals to 10 users per second.', 'requirements.scale');
    noFull('6. Deployment', 'User Load: successfully maintained service for 100 concurrent users.', 'requirements.scale');
    yesFull('1. Requirements', 'We serve 10 million users.', 'requirements.scale');
  });
  it('authentication enabled on the endpoint is a security measure; "did not enable" is none', () => {
    yesFull('6. Deployment', 'We need to make sure to enable authentication before deploying the model endpoint.', 'requirements.privacy-security');
    noFull('6. Deployment', 'We did not enable authentication.', 'requirements.privacy-security');
  });
  it('"security monitoring" as the field a product serves is no watch on the service', () => {
    noFull('1. Requirements', 'Object search is widely used in security monitoring, intelligent transportation, etc. Generally, online object search applications have stringent latency constraints.', 'monitoring.operational-metrics');
    yesFull('1. Requirements', 'Uptime: production environment monitoring with CloudWatch alarms on p99 latency.', 'monitoring.operational-metrics');
    // the system's own infrastructure, health or traffic watched is operations, not a product's field
    yesFull('1. Requirements', 'We use Datadog for infrastructure monitoring and track p99 latency and error rate.', 'monitoring.operational-metrics');
    yesFull('1. Requirements', 'Health monitoring of the endpoint reports latency and 5xx errors.', 'monitoring.operational-metrics');
  });
  it('text split into pieces ("how well the section was split") is no data split; a passage split on headings neither', () => {
    noFull('5. Evaluation', 'We can see how well the section was split by looking at how similar the numbers of references are.', 'data.split-leakage');
    yesFull('5. Evaluation', 'The judged set is split by query (no query in both train and test).', 'data.split-leakage');
  });
  it('search hits on the web ("google for … you will find 143 million pages") are no scale of the system', () => {
    noFull('1. Requirements', 'If you google for "retirement investing today", you will find around 143 million related web pages on the WWW.', 'requirements.scale');
    yesFull('1. Requirements', 'Our index holds 143 million web pages.', 'requirements.scale');
  });
  it('online applications and offline jobs a scheduler places are workloads, no prediction mode', () => {
    noFull('6. Deployment', 'The traffic of online applications is very low at night, and the offline jobs are run during this time.', 'deployment.online-vs-batch');
    noFull('6. Deployment', '| Training | Kubernetes batch jobs on the train cluster (CPU + A100/L4 GPU node pools) |', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Scoring runs as offline jobs every night.', 'deployment.online-vs-batch');
  });
  it('an agent that "runs daily and outputs" its decisions predicts in batch; "reinforcement-learning based" names the category', () => {
    yesFull('4. Model', 'The agent learns a trading strategy from historical data and then runs daily and outputs the percentage amounts to buy or sell.', 'deployment.online-vs-batch');
    noFull('4. Model', 'The backup job runs daily and writes a snapshot.', 'deployment.online-vs-batch');
    yesFull('4. Model', 'I would like to suggest a reinforcement-learning based agent as a solution.', 'framing.ml-category');
  });
  it('"intent classification" names the category', () => {
    yesFull('4. Model', 'We chose to use spaCy for our intent classification model.', 'framing.ml-category');
    yesFull('1. Requirements', 'Creating an NLU API for intent classification.', 'framing.ml-category');
  });
  it("serving features that mimic the feature engineering done during modeling is skew handling", () => {
    yesFull('6. Deployment', 'The streaming job extracts features from the incoming telemetry. This exactly mimics the feature engineering process performed during modeling.', 'deployment.training-serving-skew');
    noFull('3. Data', 'Our notebook mimics the feature engineering done during modeling in the paper.', 'deployment.training-serving-skew');
  });
  it('"a very good baseline for many tasks" is a model\'s reputation, no baseline of this design', () => {
    noFull('4. Model', 'xlm-align-base from Microsoft, 280 M parameters. I have found this model to be a very good baseline for many tasks.', 'model.baseline');
    yesFull('4. Model', 'We use logistic regression as the baseline, a strong baseline for many tasks.', 'model.baseline');
  });
  it('results pasted as console output (a row of metric names over a row of numbers, in a code block) are offline metrics', () => {
    yesFull('5. Evaluation', ['Training results', '', '```', 'LOSS       P        R        F1', '0.096    0.860    0.857    0.858', '```'].join('\n'), 'evaluation.offline-metrics');
    yesFull('5. Evaluation', ['```', '  P  \t  R  \t  F1', '0.826\t0.824\t0.825', '```'].join('\n'), 'evaluation.offline-metrics');
    noFull('5. Evaluation', ['```', 'p r', '0.1 0.2', '```'].join('\n'), 'evaluation.offline-metrics');
    noFull('5. Evaluation', ['```', 'loss', '0.1 0.2', '```'].join('\n'), 'evaluation.offline-metrics');
  });
  it('"Check …" steps under an input-checking caption are data-quality checks', () => {
    yesFull('6. Deployment', ['**DICOM Checking Steps:**', '1. Check modality is an X-Ray scan (DX)', '2. Check it is a scan of the chest', '3. Check view angle is PA or AP'].join('\n'), 'monitoring.data-quality');
    noFull('6. Deployment', ['Next steps:', '- Check the model card', '- Check the results'].join('\n'), 'monitoring.data-quality');
  });
  it('"the first version of the service should be ready within one month" is a release date, no baseline', () => {
    noFull('1. Requirements', '- **Timeframe**: The first version of the service should be ready within one month.', 'model.baseline');
    yesFull('4. Model', 'The first version of the model is a logistic regression that later models must beat.', 'model.baseline');
  });
  it('"the metric to compare both strategies will be percentage returns per time period" names an offline metric', () => {
    yesFull('5. Evaluation', 'The actual metric to compare both strategies will be percentage returns per time period.', 'evaluation.offline-metrics');
    noFull('5. Evaluation', 'The main metric is the number of users in the app.', 'evaluation.offline-metrics');
  });
  it('an allowance of compute hours (a free plan, a quota) is a compute budget', () => {
    yesFull('1. Requirements', "Limited by Google Colab's free plan that only allows 12hrs of free usage, we could only train up to 12.000 batches.", 'requirements.budget-cost');
    yesFull('1. Requirements', 'We have a quota of 40 hours of GPU time a week.', 'requirements.budget-cost');
    noFull('1. Requirements', 'Training took 12 hours on the free tier.', 'requirements.budget-cost');
    noFull('1. Requirements', 'The free plan allows users to export 3 reports.', 'requirements.budget-cost');
  });
});

describe('lint mechanisms (session 52, real45 items)', () => {
  it('a non-ML design doc whose only "ML word" is one shared with other fields (Prometheus labels) is not recognised', () => {
    const proposal = [
      '# Per-tenant series limits for the ingest router',
      '',
      '## Why',
      '',
      'Tenants can push unbounded numbers of series and take the whole ingest ring down.',
      '',
      '## Goals',
      '',
      '- Reject writes of a tenant that is above its limit, with a clear error.',
      '- Keep the extra cost of each write under a millisecond.',
      '',
      '## Non-goals',
      '',
      '- Limits per metric name.',
      '',
      '## Proposal',
      '',
      '- The router asks the meta-monitoring stack for the current head series of each tenant.',
      '- Each series is identified by its set of labels, which the router hashes.',
      '- A write whose labels would create a new series over the limit is rejected with HTTP 429.',
      '- The limit is read from the tenant configuration file and reloaded without restarts.',
      '- Counts are refreshed every 15 seconds; between refreshes the router keeps a local estimate.',
      '',
      '## Deployment',
      '',
      'Rolled out behind a flag, first in the staging cluster, then per region.',
      '',
      '## Monitoring',
      '',
      'We alert on the number of rejected writes per tenant and on refresh failures.',
      'A dashboard shows each tenant against its limit.',
      '',
      '## Alternatives',
      '',
      'Validating in each receiver was considered; it needs a consistent view across replicas.',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(proposal), false);
    // the same shape about a model is a design doc
    const ml = proposal.replace('- Each series is identified by its set of labels, which the router hashes.', '- A gradient-boosted model predicts the series count of each tenant for the next hour.');
    assert.equal(isDesignDoc(ml), true);
  });
  it('"millions of users globally" is the product\'s user base; "internet users worldwide" stays a world statistic', () => {
    yesFull('1. Requirements', '- Millions of users globally (real-time scale)', 'requirements.scale');
    noFull('1. Requirements', 'There are 5 billion internet users worldwide.', 'requirements.scale');
  });
  it('a cache\'s capacity is not the size of the data', () => {
    noFull('6. Deployment', '- Cache stored in `cache/cache.json` (max 100 entries)', 'requirements.scale');
    yesFull('1. Requirements', 'The catalogue has 10M items.', 'requirements.scale');
  });
  it('a template instruction used as a label, answered after the colon, keeps its answer', () => {
    yesFull('2. Framing', '- Define the ML objective: Protect user privacy by blurring plates and faces, so the model must find every face and plate in an image.', 'framing.ml-objective');
    noFull('2. Framing', '- Define the ML objective: what the model optimises, e.g. CTR.', 'framing.ml-objective');
    noFull('2. Framing', '- Describe the experiment design: unit, split, duration, metrics, power analysis…', 'evaluation.ab-test-plan');
  });
  it('"the outcome can be interpreted as the likelihood of engagement between the user and the post" is the output of the I/O spec', () => {
    yesFull('2. Framing', 'The last layer takes a dot product of the user and post embeddings through a sigmoid. The outcome can be interpreted as the likelihood of engagement between the user and the post.', 'framing.io-spec');
    noFull('2. Framing', 'Engagement between the user and the post matters to the business.', 'framing.io-spec');
  });
  it('an API contract in a code block (request, then a response holding the prediction) gives the model\'s input and output', () => {
    yesFull('6. Deployment', ['**API Contract:**', '```python', '# Request', '{"transaction_id": "tx_1", "amount": 12.5, "merchant_id": "m_4"}', '', '# Response', '{"transaction_id": "tx_1", "fraud_probability": 0.87, "decision": "BLOCK"}', '```'].join('\n'), 'framing.io-spec');
    yesFull('6. Deployment', ['**Request:**', '', '```json', '{"user_id": 42, "amount": 120.5}', '```', '', '**Response:**', '', '```json', '{"fraud_probability": 0.12}', '```'].join('\n'), 'framing.io-spec');
    noFull('6. Deployment', ['**Request:**', '', '```json', '{"user_id": 42}', '```', '', '**Response:**', '', '```json', '{"status": "ok", "model_version": "v2"}', '```'].join('\n'), 'framing.io-spec');
  });
  it('a model picked with its reasons: "Why LogReg as meta-learner: …", "slower but more accurate, so we use two-stage"', () => {
    yesFull('4. Model', '**Why LogReg as meta-learner:** Naturally calibrated outputs, prevents overfitting on 4-7 inputs, coefficients show which specialist matters most.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'Two-stage network is slower but more accurate; we only have 1M images, so we use two-stage.', 'model.selection-tradeoffs');
    noFull('4. Model', '**Why this matters:** calibrated outputs make the thresholds easier to set for the operations team.', 'model.selection-tradeoffs');
  });
  it('people spot-checking what the live model got wrong watch its performance', () => {
    yesFull('5. Evaluation', '- human annotators to spot-check the percentage of incorrectly blurred images', 'monitoring.model-performance');
    noFull('3. Data', 'Annotators spot-check a sample of images before training.', 'monitoring.model-performance');
  });
  it('answers served through a REST API are online predictions', () => {
    yesFull('6. Deployment', 'This system returns structured JSON responses via a FastAPI REST API with endpoints for querying and answer evaluation.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'The model is served behind a FastAPI REST API.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'Results are exported nightly via a REST API to the BI tool.', 'deployment.online-vs-batch');
  });
  it('validating each question or request with a schema or a length cap is a data-quality check', () => {
    yesFull('6. Deployment', '1. Validate question (max 100 words, Pydantic validation)', 'monitoring.data-quality');
    yesFull('6. Deployment', '- Request validation (Pydantic models)', 'monitoring.data-quality');
    noFull('6. Deployment', '- Validate the idea with the sales team', 'monitoring.data-quality');
  });
  it('a "baseline release" is a first version, and a fallback heuristic is not a baseline', () => {
    noFull('6. Deployment', 'V1 is a **baseline release** designed to validate the pipeline end to end.', 'model.baseline');
    noFull('6. Deployment', '- On-device fallback uses raw heuristics', 'model.baseline');
    yesFull('4. Model', 'If the model times out we fall back to the rules engine, which is also the baseline we compare against.', 'model.baseline');
  });
  it('a quoted definition of A/B testing is no plan, nor an out-of-time holdout', () => {
    noFull('5. Evaluation', 'Read more about A/B testing.\n\n> A/B testing: compares the performance of two versions of content to see which one appeals more to visitors.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'A/B test: compares the new ranker with the current one on 5% of users for two weeks.', 'evaluation.ab-test-plan');
    noFull('5. Evaluation', '- Holdout test: 2025-07 to 2025-12 (6 months out-of-time)', 'evaluation.ab-test-plan');
  });
  it('what a "Use Case" heading holds is the scope', () => {
    yesFull('1. Requirements', '### Use Case\n\nReal-time autocomplete suggestions in mobile messaging apps to reduce typing effort.', 'requirements.scope-functional');
    noFull('1. Requirements', '### Use Case\n\nTBD.', 'requirements.scope-functional');
  });
  it('a ranker that optimises a listwise metric names its training objective', () => {
    yesFull('4. Model', 'The model optimises for nDCG.', 'model.loss-function');
    noFull('4. Model', 'The model does not optimise for nDCG.', 'model.loss-function');
  });
  it('augmenting the training data is a training detail', () => {
    yesFull('4. Model', '### Augmentations\n\n- Add noisy versions of partial messages (typos, abbreviations)', 'model.training');
    yesFull('4. Model', 'We augment the training data with noisy copies of messages.', 'model.training');
    noFull('4. Model', '### Augmentations\n\n- TBD', 'model.training');
  });
  it('work precomputed for fast responses is serving efficiency; "precomputed, so it\'ll be fast enough" is not', () => {
    yesFull('6. Deployment', '3. **SHAP reasons pre-computed at scoring time** — stored as JSONB for fast API responses', 'deployment.scaling-efficiency');
    noFull('6. Deployment', "Since lists are precomputed, I'd not worry too much here — the app just reads a list, so it'll be fast enough.", 'deployment.scaling-efficiency');
  });
  it('"… from source" and "Open source" headings name code, not the data\'s sources; a README with its directory structure and packages required is not a design doc', () => {
    assert.deepEqual(classifyHeadingAll('Building an image for the Pico from source'), []);
    assert.deepEqual(classifyHeadingAll('Open source'), []);
    assert.deepEqual(classifyHeadingAll('Data source'), ['data']);
    const readme = [
      '# Crop classifier on a microcontroller',
      '',
      '## About the project',
      '',
      'A CNN that classifies satellite tiles, small enough to run on a microcontroller board.',
      '',
      '## Directory structure of the project',
      '',
      '- `notebooks/` the training notebooks',
      '- `firmware/` the C code for the board',
      '',
      '## Packages required for this project',
      '',
      '- tensorflow 2.15',
      '- numpy',
      '',
      'Other requirements:',
      '',
      '- the board SDK',
      '',
      '## Setup instructions',
      '',
      '1. Install the SDK.',
      '2. Build the firmware with `make`.',
      '',
      '## Deploying an image to the board',
      '',
      'Hold the BOOT button and copy the `.uf2` file to the drive that appears.',
      '',
      '## The architecture of the final model',
      '',
      'Three convolution layers and a dense layer, quantised to int8.',
      '',
      '### Diagram of the final model',
      '',
      '![model](model.png)',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(readme), false);
  });
  it('where the model is trained (a training job on SageMaker, the training script in a Docker image) is not the serving architecture', () => {
    noFull('6. Deployment', 'The training job is launched in the cloud using AWS Sagemaker.', 'deployment.serving-architecture');
    noFull('6. Deployment', 'The `spellcheck/src/` package, containing the training script, is built into a Docker image.', 'deployment.serving-architecture');
    yesFull('6. Deployment', 'The training pipeline runs on Airflow and writes the model to S3; a FastAPI service loads it and serves predictions behind the API gateway.', 'deployment.serving-architecture');
  });
  it('a sub-heading that names a section under "Technical debt & roadmap" is still work put off; the doc\'s title is no such parent', () => {
    const doc = [
      '# Card fraud scoring',
      '',
      '## Model',
      '',
      'LightGBM on transaction features.',
      '',
      '## Technical Debt & Roadmap',
      '',
      "### What's not in the MVP",
      '',
      '#### 1. Advanced Monitoring: Concept Drift Detection',
      '',
      '- **Action**: Auto-trigger retraining when drift is detected.',
      '- **Timeline**: Q2 2026.',
      '',
    ].join('\n');
    assert.equal(isPresent(doc, 'monitoring.retraining-plan', { force: true }), false);
    assert.equal(isPresent(doc.replace('## Technical Debt & Roadmap', '## Operations'), 'monitoring.retraining-plan', { force: true }), true);
    // a title that happens to match ("Backlog …") does not make the doc's sections work put off
    yesDoc('# Backlog triage model\n\n## Monitoring\n\nWe retrain weekly on the last 90 days and promote only if AUC beats production.\n', 'monitoring.retraining-plan');
  });
  it('unchecked boxes under an "Acceptance Criteria:" caption are what the release must meet, not to-dos', () => {
    yesFull('6. Deployment', '**Acceptance Criteria:**\n- [ ] FastAPI app\n- [ ] Request validation (Pydantic models)', 'monitoring.data-quality');
    noFull('6. Deployment', '**Next:**\n- [ ] FastAPI app\n- [ ] Request validation (Pydantic models)', 'monitoring.data-quality');
  });
  it('training features built like serving\'s ("Feature engineering pipeline (same as real-time)") guard against skew', () => {
    yesFull('6. Deployment', '**Acceptance Criteria:**\n- [ ] Training dataset prepared (6 months historical data)\n- [ ] Feature engineering pipeline (same as real-time)', 'deployment.training-serving-skew');
    yesFull('3. Data', 'Offline features use the same code as the online path.', 'deployment.training-serving-skew');
    noFull('3. Data', 'The features are the same as last year.', 'deployment.training-serving-skew');
  });
  it('baseline metrics kept for comparison with future versions are no model to beat; a holdout giving "temporal evaluation" is offline', () => {
    noFull('6. Deployment', '2. Establish baseline metrics for comparison with future versions', 'model.baseline');
    yesFull('4. Model', 'Establish baseline metrics with a logistic regression, then compare GBDT against it.', 'model.baseline');
    noFull('5. Evaluation', '- 6-month holdout test provides robust temporal evaluation', 'evaluation.ab-test-plan');
  });
  it('model options turned down with their reasons ("doesn\'t work because", "is not good because") weigh the choice', () => {
    yesFull('4. Model', '- Single binary head: does not work because we would not know what was harmful\n- One binary classifier per harmful class: not ideal because different labels need different processing\n- Multi-task classifier: one head per label.', 'model.selection-tradeoffs');
    yesFull('4. Model', '### Late fusion\n\nIs not good because each modality might not be harmful by its own but the combination may be harmful.\n\n### Early fusion\n\nWe fuse the features of all modalities and pass them through a shared backbone.', 'model.selection-tradeoffs');
    noFull('4. Model', '- Kafka: not ideal because we have no ops team for it\n- Redis queue: fine, we already run it', 'model.selection-tradeoffs');
  });
  it('what a heading that names the prediction mode holds ("### Real-time inference", "### Batch inference") chooses the mode', () => {
    yesFull('6. Serving', '### b. Server Side Inference\n\n- Receives partial tokens + context\n- Calls next-token prediction model', 'deployment.online-vs-batch');
    yesFull('6. Serving', '### Batch inference\n\n- Runs nightly over all users\n- Writes scores to the warehouse', 'deployment.online-vs-batch');
    noFull('6. Serving', '### Server-side inference\n\n- Model is quantised to int8 on the GPU', 'deployment.online-vs-batch');
    noFull('6. Serving', '### Batch inference\n\nTBD', 'deployment.online-vs-batch');
  });
  it('"It makes it easier for customers to …" is what the system lets people do (the business objective)', () => {
    yesFull('1. Requirements', 'It makes it easier for customers to move known issues out of the Issue Stream without losing the ability of becoming aware when the issue gets worse.', 'requirements.business-objective');
    noFull('1. Requirements', 'Docker makes it easier to run the model.', 'requirements.business-objective');
  });
  it('the writers\' own model scored in a table against named LLMs (GPT-4o, Gemini, Claude) weighs the choice', () => {
    const table = ['| Model | Correction Precision | Correction Recall | Correction F1', '|---|---|---|---|', '| GPT-3.5-Turbo | 0.557 | 0.727 | 0.631 |', '| GPT-4o | 0.311 | 0.702 | 0.431 |', '| Gemini-1.5-flash | 0.544 | 0.596 | 0.569 |', '| Claude3-Sonnet-3.5 | 0.178 | **0.810** | 0.292 |', '| **Our model** | **0.664** | 0.630 | **0.647** |'];
    yesFull('4. Model', table.join('\n'), 'model.selection-tradeoffs');
    noFull('4. Model', table.slice(0, 4).join('\n'), 'model.selection-tradeoffs');
  });
  it('one thing given to the model at both ends ("provided to the model during the training and inference") guards against skew', () => {
    yesFull('6. Deployment', 'A text *instruction* is provided to the model during the training and inference, which you can find in the same model repository.', 'deployment.training-serving-skew');
    yesFull('6. Deployment', 'The same tokenizer is used for both training and serving.', 'deployment.training-serving-skew');
    noFull('6. Deployment', 'GPUs are used during training and inference.', 'deployment.training-serving-skew');
  });
  it('an option listed among others ("- Option 4: Serverless (FaaS)") is no scaling plan until it is picked', () => {
    noFull('6. Deployment', '- Option 3: Gunicorn + Flask on a VM\n- Option 4: Serverless (FaaS)', 'deployment.scaling-efficiency');
    yesFull('6. Deployment', '- Option 3: Gunicorn + Flask on a VM\n- Option 4: Serverless (FaaS) — chosen: it scales to zero when idle', 'deployment.scaling-efficiency');
  });
  it('"# General Framework of ML System Design" is a guide to any system, not one system\'s design', () => {
    const notes = ['# General Framework of ML System Design', '', '## 1. Clarifying questions', '', '- What is the business goal? e.g. increase watch time.', '- How many users? e.g. 100M DAU.', '', '## 2. Metrics', '', '### Online', '', '- CTR, watch time, session length.', '', '### Offline', '', '- AUC, log loss, nDCG@10.', '', '## 3. Data', '', '- Sources: logs, user table, item table.', '- Labels: clicks as positives.', '', '## 4. Model', '', '- Start with logistic regression as a baseline, then GBDT.', '', '## 5. Serving', '', '- Online ranking behind an API, features from a feature store.', '', '## 6. Monitoring', '', '- Feature drift (PSI), retrain weekly.', ''].join('\n');
    assert.equal(isDesignDoc(notes), false);
    assert.equal(isDesignDoc(notes.replace('# General Framework of ML System Design', '# Video recommendations for the home feed')), true);
  });
  it('a rate given by its order of magnitude ("Millions of QPS") is a throughput', () => {
    yesFull('1. Requirements', '- Scalability: Millions of QPS', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'The service must handle millions of requests per second.', 'requirements.throughput-qps');
    noFull('1. Requirements', 'We have millions of users.', 'requirements.throughput-qps');
  });
  it('a classifier\'s coded classes ("Binary classifier (fraud = 1, legitimate = 0)") state what it predicts, not where its labels come from', () => {
    yesFull('2. Framing', '- **Model Type**: Binary classifier (fraud = 1, legitimate = 0)', 'framing.ml-objective');
    noFull('2. Framing', '- **Model Type**: Binary classifier (fraud = 1, legitimate = 0)', 'data.labels');
  });
  it('the event predicted with its window ("readmitted within 30 days of discharge") defines the label', () => {
    yesFull('1. Requirements', 'Hospitals aim to predict whether a patient will be readmitted within 30 days of discharge.', 'data.labels');
    noFull('1. Requirements', 'We predict whether the job will finish soon.', 'data.labels');
  });
  it('attributes listed by group under a "Data Inputs" heading are the features; sources listed there are not', () => {
    yesFull('3. Data', '### Data Inputs\n\n- **Transaction metadata**: Amount, timestamp, location, merchant ID\n- **Device information**: IP address, device fingerprint, browser metadata', 'data.features');
    noFull('3. Data', '### Data Inputs\n\n- **Sources**: the transactions table, the device log, the chargeback feed', 'data.features');
  });
  it('"CE marking" is the EU conformity mark, neither a cross-entropy loss nor a metric', () => {
    noFull('1. Requirements', 'OBJECTIVE AS PER PHASE 2: To develop prototypes and generate early clinical safety/efficacy data towards CE marking', 'model.loss-function');
    noFull('1. Requirements', 'OBJECTIVE AS PER PHASE 2: To develop prototypes and generate early clinical safety/efficacy data towards CE marking', 'evaluation.offline-metrics');
    yesFull('4. Model', 'We train with CE loss.', 'model.loss-function');
  });
  it('a metric named and defined ("Revenue lift: Percentage of revenue changes over a period of time") sets no business goal', () => {
    noFull('5. Evaluation', '- Revenue lift: Percentage of revenue changes over a period of time.', 'requirements.business-objective');
    yesFull('5. Evaluation', '- Revenue lift: we want to increase revenue by 5% this year.', 'requirements.business-objective');
  });
  it('"false alarms" a model raises are no alarms watching it', () => {
    noFull('4. Model', 'High recall ensures we catch most at-risk patients. Precision ensures we don\'t flood doctors with false alarms.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We alert when weekly precision drops below 0.7.', 'monitoring.model-performance');
  });
  it('a table of compute set aside ("| Resource | Allocation Plan |") gives the budget', () => {
    yesFull('6. Deployment', '### Planned Infrastructure\n\n| Resource | Allocation Plan | Justification |\n| --- | --- | --- |\n| `gpu_a100` | 6-hour blocks, 2x per week | Needed for fast multi-GPU training runs |', 'requirements.budget-cost');
    noFull('6. Deployment', '| Resource | Allocation Plan |\n| --- | --- |\n| Data engineer | 2 days a week |', 'requirements.budget-cost');
  });
  it('models exposed as endpoints for inference requests, or deployed as a service, are served online', () => {
    yesFull('6. Deployment', '- **Step**: Develop APIs to expose machine learning models as endpoints for inference requests.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', 'Model are deployed as a service in Vertex AI platform via GCP Compute Engine.', 'deployment.online-vs-batch');
    noFull('6. Deployment', 'The docs list the endpoints for every service.', 'deployment.online-vs-batch');
  });
  it('"Host model on an internal cloud or local server" among the deployment steps is a step of the serving path', () => {
    yesFull('6. Deployment', '**Deployment Steps:**\n\n1. Integrate with the hospital EHR system via secure APIs\n2. Host model on an internal cloud or local server\n3. Display readmission risk scores in doctors\' dashboards', 'deployment.serving-architecture');
    noFull('6. Deployment', '**Open questions:**\n\n1. Who owns the dashboards?\n2. Which team signs off?', 'deployment.serving-architecture');
  });
  it('"compliance with policies" in a platform\'s pitch is no privacy constraint; ways labels "can be obtained", none picked, define no label', () => {
    noFull('1. Requirements', 'These businesses ensure that harmful content is not published, thereby maintaining compliance with policies, protecting users, and preventing reputational damage.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Compliance with our data retention policy: raw text is deleted after 30 days.', 'requirements.privacy-security');
    noFull('3. Data', '- Features are computed offline in batches, while labels can be obtained through hand labeling or natural labeling.', 'data.labels');
    yesFull('3. Data', 'Labels are obtained through hand labeling by trained moderators.', 'data.labels');
  });
  it('"a relevant business metric such as client complaints" names the online metric', () => {
    yesFull('5. Evaluation', 'These calculations should be based on a relevant business metric such as client complaints and at least one model metric such as the F1 score.', 'evaluation.online-metrics');
    noFull('5. Evaluation', 'We still need to pick a business metric.', 'evaluation.online-metrics');
  });
});

describe('lint mechanisms (session 53, real46 and real47 items)', () => {
  it('"real-time, hyper-local (ward level), short term forecasts" chooses online prediction', () => {
    yesFull('6. Serving', 'We will generate real-time, hyper-local (ward level), short term forecasts of bed demand.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'We use real-time traffic, weather and event features.', 'deployment.online-vs-batch');
  });
  it('a model named on its own line, then "Why:" and its reasons listed, is a pick with its reasons', () => {
    yesFull('4. Model', 'Chosen model: 🧠 Random Forest Classifier\n\n**Why:**\n\n- Works well with tabular EHR data\n- Handles non-linear relationships', 'model.selection-tradeoffs');
    noFull('4. Model', 'Chosen model: Random Forest Classifier\n\n**Why:**\n\n- TBD', 'model.selection-tradeoffs');
    noFull('4. Model', 'The data is tabular EHR data.\n\n**Why:**\n\n- Works well with tabular EHR data\n- Handles non-linear relationships', 'model.selection-tradeoffs');
  });
  it('the efficiency of code is no business goal; "a false sense of security" secures nothing', () => {
    noFull('1. Requirements', 'To improve efficiency, we focused on optimizing our code in specific areas, such as managing our model more effectively.', 'requirements.business-objective');
    yesFull('1. Requirements', 'The tool will improve the efficiency of claims processing staff.', 'requirements.business-objective');
    noFull('1. Requirements', 'High coverage can give a false sense of security, as it does not always mean the code is correct.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Access to the scores is restricted for security: only the fraud team can read them.', 'requirements.privacy-security');
  });
  it('a "Target:" that is a number or a system goal to meet defines no label; label drift watched defines none either', () => {
    noFull('3. Data', '- **Target:** <200ms per request.', 'data.labels');
    noFull('3. Data', '- **Target:** Sufficient throughput to efficiently re-rank large candidate sets during batch processing.', 'data.labels');
    yesFull('3. Data', '- **Target:** 1 if the user clicked, else 0', 'data.labels');
    noFull('7. Monitoring', 'Detecting data and label drift early allows the engineering team to take corrective action.', 'data.labels');
    yesFull('7. Monitoring', 'Labels come from chargebacks within 60 days; we also watch label drift.', 'data.labels');
  });
  it('"Labels — …" with a dash, and "each row contains … and one disease label", define the labels', () => {
    yesFull('3. Data', 'Labels — 3 obs types per imp:\n\n| case | what we know |\n|---|---|\n| win | price paid |', 'data.labels');
    noFull('3. Data', 'Labels — none yet, we have no labelled data', 'data.labels');
    yesFull('3. Data', '- Each row contains a set of symptoms and one disease label.', 'data.labels');
    noFull('3. Data', '- Each row contains a set of symptoms and the visit date.', 'data.labels');
  });
  it('telemetry of the deployed service is no data source; containers of 3 GB each are no scale', () => {
    noFull('3. Data', '* [X] Setup monitoring for the system telemetry of your deployed model', 'data.sources');
    yesFull('3. Data', 'We train on vehicle telemetry from 2,000 trucks.', 'data.sources');
    noFull('1. Requirements', 'This was primarily due to the construction of numerous containers, each averaging around 3 GB in size.', 'requirements.scale');
    yesFull('1. Requirements', 'The click logs hold about 3 TB per month.', 'requirements.scale');
  });
  it('a textual explanation the frontend displays with a recommendation is interpretability', () => {
    yesFull('4. Model', '- Frontend displays textual explanation: e.g., "Recommended because you clicked X"', 'model.interpretability');
    noFull('4. Model', 'The slides are complemented by detailed textual explanations.', 'model.interpretability');
  });
  it('notes written one statement per line keep an answer apart from the next question', () => {
    const notes = [
      '## 1. Requirements',
      '',
      'Clarifying questions:',
      '    What is the main business objective?',
      '    Increase ticket sales',
      '    How many users? 100 million DAU',
      '    Latency requirements - 200msec?',
      '',
      '## 2. Framing',
      '',
      '## 3. Data',
    ].join('\n');
    const doc = `---\nmldesign: true\n---\n\n# Event recommendation\n\n${notes}\n`;
    assert.equal(isPresent(doc, 'requirements.scale'), true);
    // the question left open stays a question
    assert.equal(isPresent(doc, 'requirements.latency-p99'), false);
    // prose wrapped at a width is one sentence across its lines
    const wrapped = docWithAllSections('1. Requirements', 'We expect roughly 100 million daily active users, most of them on\nAndroid phones in India.');
    assert.equal(isPresent(wrapped, 'requirements.scale'), true);
  });
});

describe('lint mechanisms (session 54, real48 items)', () => {
  it('a bare "**Why:**" after a labelled model, in a doc without section headings, captions its reasons', () => {
    const doc = (model: string): string =>
      [
        '---',
        'mldesign: true',
        '---',
        '',
        '# Churn prediction for a telco',
        '',
        'Retention calls the subscribers most likely to cancel next month.',
        '',
        model,
        '',
        '**Why:**',
        '',
        '- handles mixed tabular features well',
        '- fast to train, easy to explain with SHAP',
        '',
        '**Serving:** a nightly batch job scores all subscribers and writes the scores to the CRM.',
        '',
      ].join('\n');
    const r = lint(doc('**Model:** gradient boosted trees (LightGBM).'));
    assert.equal(r.items.find((i) => i.id === 'model.selection-tradeoffs')?.present, true);
    // "Why:" opened no requirements section: the batch job is not read as the business goal
    const goal = r.items.find((i) => i.id === 'requirements.business-objective');
    assert.notEqual(goal?.present && goal.line, 15);
    // the reasons explain nothing when no model is named above them
    assert.equal(isPresent(doc('**Data:** two years of billing records.'), 'model.selection-tradeoffs'), false);
  });
  it('a business noun needs a verb besides itself: "growth rates" and "speed, congestion" listed as data set no goal', () => {
    noFull('1. Requirements', '- **Domain Features:** Growth rates, economic stress indicators', 'requirements.business-objective');
    noFull('1. Requirements', '- Speed, congestion (Google Maps API)', 'requirements.business-objective');
    yesFull('1. Requirements', '- Reduce congestion at the depot gates.', 'requirements.business-objective');
  });
  it('goals said as "goal = …", "what moves retention", "bring the injury count down", "renew their subscription" are business goals', () => {
    yesFull('1. Requirements', 'So biz goal = employer renewal / revenue, via apply quality for seekers.', 'requirements.business-objective');
    yesFull('1. Requirements', 'Listening time is what moves subscriber retention.', 'requirements.business-objective');
    yesFull('1. Requirements', 'We hope to bring the injury count down before the insurance renewal.', 'requirements.business-objective');
    yesFull('1. Requirements', 'People who practise more often renew their subscription far more often.', 'requirements.business-objective');
    yesFull('1. Requirements', '1. **Business:** reduce detention and redelivery fees by giving shippers an ETA they can plan around.', 'requirements.business-objective');
    noFull('1. Requirements', 'Goal = p99 under 100 ms.', 'requirements.business-objective');
  });
  it('"Purpose:" of one part of the system, under the model, is no business goal unless it names an outcome', () => {
    noFull('4. Model', '- **Purpose:** Establish performance floor', 'requirements.business-objective');
    yesFull('4. Model', '- **Purpose:** cut fraud losses on card-not-present payments', 'requirements.business-objective');
  });
  it('"subsample=0.8", a boosting hyperparameter, is no rebalancing of classes', () => {
    noFull('4. Model', 'Hyperparameters: n_estimators=100, max_depth=6, learning_rate=0.1, subsample=0.8 (row sampling).', 'data.class-imbalance');
    noFull('4. Model', "Params: {'max_depth': 6, 'subsample': 0.8, 'eta': 0.1}", 'data.class-imbalance');
    yesFull('4. Model', 'Fraud is 0.2% of rows, so we subsample the negatives to 10%.', 'data.class-imbalance');
  });
  it('"context loss" from chunking and a lost GPU node are no training loss', () => {
    noFull('4. Model', '- Continuity: Higher overlap prevents context loss', 'model.loss-function');
    noFull('6. Serving', '- GPU node loss: retry to alternate pool; degrade to a smaller model.', 'model.loss-function');
    yesFull('4. Model', 'We train with a contrastive loss over in-batch negatives.', 'model.loss-function');
  });
  it('a drift check "vs. trailing 7-day baseline" or "compare vs baseline, flag if degradation" names no model baseline', () => {
    noFull('7. Monitoring', '| Score distribution shift | Adversarial drift | Hourly KL-divergence of model score distributions vs. trailing 7-day baseline |', 'model.baseline');
    noFull('7. Monitoring', 'Check data drift daily: calculate current AUC, compare vs baseline, flag if degradation >5%.', 'model.baseline');
    yesFull('4. Model', 'We compare the GBDT against a logistic regression baseline.', 'model.baseline');
  });
  it('a batch size set for serving is no training plan', () => {
    noFull('6. Serving', '- Routing: batch size 8–16 to keep utilization > 60% without harming latency; autoscale on queue depth.', 'model.training');
    yesFull('4. Model', 'Batch size 512 keeps GPU utilization high during training.', 'model.training');
  });
  it('interview study notes by subject (probability, calculus, hypothesis testing, resume) are no design doc', () => {
    const notes = (subjects: string[]): string =>
      [
        '## ML Conceptual',
        '',
        '## Data Exploration',
        '',
        '- check missing values, outliers, class balance; plot distributions of each feature',
        '',
        '## Model Evaluation',
        '',
        '- precision = TP / (TP + FP); recall = TP / (TP + FN); F1 is their harmonic mean',
        '- ROC AUC: probability a random positive ranks above a random negative',
        '',
        '## Machine Learning',
        '',
        '### Models',
        '',
        '- logistic regression: linear model of the log-odds, trained with log loss',
        '- random forest: bagged trees on bootstrapped samples; lower variance than one tree',
        '',
        ...subjects.flatMap((h) => [`## ${h}`, '', `- notes on ${h.toLowerCase()} go here, with two worked examples`, '']),
      ].join('\n');
    assert.equal(isDesignDoc(notes(['Probability', 'Helpful Calculus', 'Hypothesis Testing', 'Resume'])), false);
    // two subject headings (a design may show its statistics) leave the notes to what they say
    assert.equal(isDesignDoc(notes(['Probability', 'Serving', 'Monitoring'])), true);
  });
  it('a non-ML system design saying "predictable" and "embedding" once each is ML-free', () => {
    const para = (k: number): string => `Replica ${k} writes its prepare messages to the journal before it acknowledges the primary, so a crash loses nothing it acknowledged.`;
    const doc = (extra: string): string =>
      [
        '# Designing an OLTP database for financial transactions',
        '',
        '## Design Goals',
        '',
        '- 1M transfers per second on commodity hardware; strict serializability',
        '',
        '## Storage Data Structures',
        '',
        'Embedding `VSRState` directly into the superblock solves split-brain at the storage layer.',
        '',
        '## The Performance Result',
        '',
        '- Predictable memory usage: everything is allocated at startup',
        ...Array.from({ length: 12 }, (_, k) => ['', para(k)]).flat(),
        '',
        extra,
        '',
      ].join('\n');
    assert.equal(isDesignDoc(doc('## Replication\n\nView changes follow Viewstamped Replication.')), false);
    // the same doc that predicts something and trains a model for it is read by what it says
    const mlDoc = doc('## Anomaly model\n\nWe train a gradient-boosted model to predict which transfers are fraudulent.');
    assert.equal(isDesignDoc(mlDoc), true);
  });
  it("an API table's row with its request and a predicted response is the I/O spec", () => {
    const table = (row: string): string => `| Endpoint | Method | Request | Response |\n|---|---|---|---|\n| \`/health\` | GET | - | \`{status}\` |\n${row}`;
    yesFull('6. Serving', table('| `/predict` | POST | `{metrics, periods}` | Forecasts + confidence |'), 'framing.io-spec');
    noFull('6. Serving', table('| `/users` | POST | `{name, email}` | user id |'), 'framing.io-spec');
    noFull('6. Serving', table('| `/predict` | POST | - | Forecasts + confidence |'), 'framing.io-spec');
  });
  it('a named model put to a task, or a fraud probability returned per transaction, frames the ML task', () => {
    yesFull('1. Requirements', 'Our system uses YOLOv11-L to both classify pathologies and localize abnormalities with bounding boxes.', 'framing.ml-objective');
    yesFull('6. Serving', 'The service returns a fraud probability for each transaction.', 'framing.ml-objective');
    yesFull('6. Serving', 'On each request: (3) Run XGBoost inference. (4) Return prediction (0 or 1) + fraud_probability (0-1) + latency_ms.', 'framing.ml-objective');
    noFull('6. Serving', 'We use Python 3.11 to run the service.', 'framing.ml-objective');
    noFull('6. Serving', 'The dashboard shows the risk score history of each account.', 'framing.ml-objective');
  });
  it('"the primary real-time anomaly detection model" chooses online prediction', () => {
    yesFull('6. Serving', 'The anomaly-detector InferenceService is the primary real-time anomaly detection model, deployed to production via KServe.', 'deployment.online-vs-batch');
    noFull('1. Requirements', 'Real-time anomaly detection research has grown a lot.', 'deployment.online-vs-batch');
  });
  it('candidate counts of a stage ("Filters 500 → 200 candidates", "Top-K (e.g., 500–1000 candidates)") are no scale', () => {
    noFull('4. Model', '- Filters 500 → 200 candidates', 'requirements.scale');
    noFull('4. Model', '- Limit final output to Top-K (e.g., 500–1000 candidates)', 'requirements.scale');
    yesFull('1. Requirements', 'The catalogue holds 2 million candidates.', 'requirements.scale');
  });
  it('"(fast, interpretable)" of one option and a candidate\'s "Architecture Explanation" plan no interpretability', () => {
    noFull('4. Model', 'Other options:\n\n- Logistic regression (fast, interpretable)\n- Gradient boosted trees (more accurate)', 'model.interpretability');
    noFull('4. Model', '1. **LLM Architecture Explanation**\n   - Can explain inference serving', 'model.interpretability');
    yesFull('4. Model', 'We chose logistic regression because it is interpretable: reviewers see each feature weight.', 'model.interpretability');
  });
  it('"Target: 100k concurrent sessions" is a capacity to meet, no label; a serving batch size in the unit plans no training', () => {
    noFull('1. Requirements', '- Target: 100k concurrent sessions, TTFT < 200 ms, 50 tokens/s median decode.', 'data.labels');
    yesFull('3. Data', '- Target: 1 if the user renews within 30 days, else 0', 'data.labels');
    noFull('6. Serving', '- 100k concurrent streams @ 50 tok/s → 5M tok/s; plan GPU count for model throughput; batch size 8–16.', 'model.training');
  });
  it('"Monitor ETA vs Actual arrival times" watches the model in production', () => {
    yesFull('7. Monitoring', '- Monitor ETA vs Actual arrival times', 'monitoring.model-performance');
    noFull('7. Monitoring', '- Monitor API latency and error rates', 'monitoring.model-performance');
  });
  it('a simple moving average scored beside the models is a baseline; one used as a feature is not', () => {
    const table = '| Model | Estimated R² | Key Trade-off |\n|---|---|---|\n| Simple Moving Avg | ~0.42 | Too simple |\n| SARIMAX | ~0.74 | Linear assumptions |\n| **Ensemble** | **0.96** | **Best of both** |';
    yesFull('4. Model', table, 'model.baseline');
    noFull('3. Data', 'We add the simple moving average of sales over 7 days as a feature.', 'model.baseline');
  });
  it('a pilot cohort, then a beta and a full rollout below it, is a staged rollout', () => {
    const plan = (later: string): string => `### Phase 2: Pilot (Weeks 5-8)\n\n- 10 pilot users\n- Weekly model updates\n\n${later}`;
    yesFull('6. Serving', plan('### Phase 3: Beta (Weeks 9-12)\n\n- 50 users across 3 departments\n\n### Phase 4: GA\n\n- Full company rollout'), 'deployment.rollout-strategy');
    noFull('6. Serving', plan('### Phase 3: Hardening\n\n- API integration'), 'deployment.rollout-strategy');
    // a pilot against a control group is an experiment; "for all stores" is the scope, no later stage
    noFull('5. Evaluation', '- Forecasts for all stores with 6 months of history.\n- 120 pilot stores schedule from the forecast; 120 control stores keep their current process. 8 weeks.', 'deployment.rollout-strategy');
    // "Phase 4: GA" is a later stage; "tracked in GA" (the analytics tool) is not
    yesFull('6. Serving', plan('### Phase 4: GA (Week 13+)\n\n- 24/7 support'), 'deployment.rollout-strategy');
    noFull('6. Serving', plan('### Phase 3: Analytics\n\n- Clicks are tracked in GA.'), 'deployment.rollout-strategy');
  });
});

describe('lint mechanisms (session 54, real49 items)', () => {
  it('a quoted brief "Design a system that decides …" and "a recommendation system for YouTube that handles …" state the scope', () => {
    yesFull('1. Requirements', '> "Design a system that decides within 100ms whether to approve, reject, or escalate a credit card transaction, and can explain that decision."', 'requirements.scope-functional');
    yesFull('1. Requirements', 'Design a recommendation system for YouTube that effectively handles the cold-start problem for newly uploaded videos.', 'requirements.scope-functional');
    noFull('1. Requirements', 'Design a system that handles 10k QPS.', 'requirements.scope-functional');
  });
  it('an API that handles recommendation requests serves online', () => {
    yesFull('6. Serving', '**API Service**:\n\n- FastAPI-based REST API\n- Handles recommendation requests', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'A FastAPI REST API serves recommendation requests for each user.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'The team handles prediction requests from partners by email once a month.', 'deployment.online-vs-batch');
  });
  it('"freshness loss", a seasonal baseline level and heuristics that pre-filter candidates are no loss and no baseline', () => {
    noFull('6. Serving', '| Serving | Precompute, cache, lazy refresh | Freshness loss harms outcomes |', 'model.loss-function');
    noFull('1. Requirements', '- Handle **seasonality** — Monday 9am baseline ≠ Saturday midnight baseline', 'model.baseline');
    noFull('4. Model', 'First, you pre-filter from 500K to ~10-20K using fast heuristics (simple rules or a lightweight GBDT model).', 'model.baseline');
    yesFull('4. Model', 'We start with heuristics (most popular items in the region) and compare the ranker against them.', 'model.baseline');
  });
  it('a named system\'s design worked as an interview guide is a design doc; interview tips and a glossary are not', () => {
    const body = [
      '## Problem Statement',
      '',
      'Employees ask HR and IT policy questions; answer them from 50,000 internal documents with citations.',
      '',
      '## Requirements',
      '',
      '- p95 latency under 2 seconds, 200 QPS at peak, 10k employees',
      '',
      '## High-Level Design',
      '',
      '- Ingestion: chunk documents, embed with a sentence encoder, index in a vector store',
      '- Query: hybrid retrieval, rerank the top 50, generate the answer with an LLM',
      '',
      '## Evaluation',
      '',
      '- Offline: faithfulness and context recall on 300 labelled questions',
      '',
    ].join('\n');
    assert.equal(isDesignDoc(`# RAG (Retrieval Augmented Generation) System Design - FAANG Interview Guide\n\n${body}`), true);
    assert.equal(isDesignDoc(`# ML System Design Interview Guide\n\n${body}`), false);
    assert.equal(isDesignDoc(`# 10 Tips for the ML System Design Interview\n\n${body}`), false);
  });
  it('code documentation with function-signature headings is no design doc', () => {
    const doc = (h: (k: number) => string): string =>
      [
        '# Documentation of Assignment',
        '',
        '## Overview',
        '',
        'Tools that estimate a model\'s memory use and training time before a run.',
        '',
        '## System Design',
        '',
        ...[0, 1, 2, 3].flatMap((k) => [`### ${h(k)}`, '', `Takes the model, batch size and device; returns the estimate ${k} in megabytes or seconds.`, '']),
        '## Training',
        '',
        'We train a ResNet-50 on ImageNet for 90 epochs with SGD, batch size 256, to predict the image class.',
        '',
        '## Evaluation',
        '',
        'Top-1 accuracy on the validation split.',
        '',
      ].join('\n');
    const names = ['`get_model(model_name, pretrained=True)`', '`get_device()`', '`get_model_memory_usage(batch_size, model)`', '`estimate_time(device, batch_size, input_size=(3, 224, 224))`'];
    assert.equal(isDesignDoc(doc((k) => names[k])), false);
    // the same doc under headings of its own words is read by what it says
    const words = ['Model loading', 'Device choice', 'Memory estimate', 'Time estimate'];
    assert.equal(isDesignDoc(doc((k) => words[k])), true);
  });
  it("a Prometheus alert's annotations, a rolling update, a deadline window and HTTP status codes are no labels, features or scale", () => {
    const alert = '```yaml\n- alert: HighErrorRate\n  expr: sum(rate(errors_total[5m])) / sum(rate(requests_total[5m])) > 0.05\n  annotations:\n    summary: "Error rate > 5% for 5 minutes"\n```';
    noFull('7. Monitoring', alert, 'data.labels');
    noFull('6. Serving', 'The system uses a rolling update deployment strategy to ensure zero-downtime updates.', 'data.features');
    noFull('7. Monitoring', '**Requirement**: ≥2 model updates within 7-day window', 'data.features');
    yesFull('3. Data', '- rolling 30-day spend per card', 'data.features');
    noFull('5. Evaluation', '**Primary Metric**: Success rate (200 vs 500 status codes)', 'requirements.scale');
    yesFull('1. Requirements', 'We serve 500 stores and 200 million users.', 'requirements.scale');
  });
  it("a request table and a response table holding the prediction field give the I/O", () => {
    const tables = (field: string): string =>
      [
        '`POST /screening/v1/predict`',
        '',
        '| Request Field | Field Type | Field Description |',
        '| --- | --- | --- |',
        '| unique_id | String | Identifier of the fundus image |',
        '| image | String | Base64 encoded image |',
        '| eye | String | Left or right |',
        '',
        '**Response**',
        '',
        '| Response Field | Field Type | Field Description |',
        '| --- | --- | --- |',
        '| unique_id | String | Identifier of the fundus image |',
        '| status | String | Response status code |',
        `| ${field} | String | One of "Suspected glaucoma", "Benign" or "Further testing required" |`,
      ].join('\n');
    yesFull('6. Serving', tables('prediction'), 'framing.io-spec');
    noFull('6. Serving', tables('message'), 'framing.io-spec');
  });
});

describe('lint mechanisms (session 55)', () => {
  const curl = (cmd: string, out: string): string => ['Call the service:', '', '```bash', cmd, out, '```'].join('\n');
  it('a curl request with a body, then the JSON it prints holding the prediction, gives the I/O', () => {
    yesFull('6. Serving', curl(`curl -X POST http://localhost:8000/predict -d '{"text": "I love it"}'`, '{"sentiment": "positive", "confidence": 0.93}'), 'framing.io-spec');
    // the options go on over "\" line breaks and the body over lines inside its quotes
    yesFull('6. Serving', curl(`$ curl -X POST http://localhost:8000/predict \\\n    -H "Content-Type: application/json" \\\n    -d '{"text": "great,\n         would buy again"}'`, '{"label": "positive"}'), 'framing.io-spec');
    // a health probe (no body) and an output with no prediction in it say nothing of the model's I/O
    noFull('6. Serving', curl('curl http://localhost:8000/health', '{"status": "ok", "model_version": "v3"}'), 'framing.io-spec');
    noFull('6. Serving', curl(`curl -X POST http://localhost:8000/reload -d '{"path": "s3://models/v3"}'`, '{"status": "reloaded"}'), 'framing.io-spec');
    // the JSON must come after the command, not inside its quoted body
    noFull('6. Serving', curl(`curl -X POST http://localhost:8000/train -d '\n{"label": "spam", "text": "win money"}'`, ''), 'framing.io-spec');
  });
  it('weeks of effort beside the training data are no window of data to split by', () => {
    noFull('4. Model', '- Cons: requires labeled training data: weeks of effort.', 'data.split-leakage');
    noFull('4. Model', 'Building the training set took weeks of manual labelling.', 'data.split-leakage');
    yesFull('4. Model', '- Training data: 2M labelled clicks from the last 30 days.', 'data.split-leakage');
    yesFull('4. Model', '- Training data: the last 6 months of clicks; test on the following 2 weeks.', 'data.split-leakage');
  });
  it("'if loss becomes material' (events lost) names no training loss", () => {
    noFull('6. Serving', '6. exposure logging is unavailable: buffer durably; if loss becomes material, stop experiments before corrupting training data silently.', 'model.loss-function');
    noFull('7. Monitoring', 'Alert when event loss exceeds 0.1% of impressions.', 'model.loss-function');
    yesFull('4. Model', '- Loss: log loss with positives weighted 20x.', 'model.loss-function');
  });
  it('data checked between training and serving addresses the skew; latency, or a check not done, does not', () => {
    yesFull('6. Serving', 'It does not magically guarantee parity. Validate distributions, null/default rates, timestamps, and transformation hashes between training and serving.', 'deployment.training-serving-skew');
    yesFull('7. Monitoring', 'A nightly job compares feature statistics between offline and online.', 'deployment.training-serving-skew');
    noFull('6. Serving', 'We did not compare features between training and serving.', 'deployment.training-serving-skew');
    noFull('4. Model', 'We tested the latency difference between training and serving hardware.', 'deployment.training-serving-skew');
  });
  it('missing values encoded as defaults and flags are preprocessing, no data-quality check', () => {
    noFull('3. Data', '- **Handling missing data:** Use default indices for missing categorical values and missingness flags for numeric data.', 'monitoring.data-quality');
    yesFull('7. Monitoring', '- Alert when the share of missing values in any feature exceeds 5% in a daily batch.', 'monitoring.data-quality');
  });
  it('the softmax probabilities are an output, not the training loss', () => {
    noFull('4. Model', 'To quantify uncertainty we cannot naively use the softmax probabilities: the softmax function forces the model to make a choice.', 'model.loss-function');
    yesFull('4. Model', 'Trained end to end with softmax cross-entropy over the 40 categories.', 'model.loss-function');
  });
  it("money in a data field's distribution is no budget", () => {
    noFull('3. Data', '- `amount_usd`: exponential distribution with mean $80, minimum $10, like the right-skewed spending distribution of real shoppers', 'requirements.budget-cost');
    yesFull('1. Requirements', '- Budget: serving cost under $2,000 per month.', 'requirements.budget-cost');
  });
  it('a metric named by its own heading under the evaluation section, explained under it, is an offline metric', () => {
    const doc = (h: string, body: string): string =>
      ['# Fraud detection', '', '## Problem', '', 'Flag fraudulent card transactions.', '', '## Evaluation Metrics', '', `### ${h}`, '', body, ''].join('\n');
    yesDoc(doc('F1-Score', "An important metric, since we don't want false positives nor false negatives."), 'evaluation.offline-metrics');
    yesDoc(doc('ROC-AUC', 'Shows how well the model separates the two classes across thresholds.'), 'evaluation.offline-metrics');
    // an ambiguous word as the heading needs the body to call it a metric
    noDoc(doc('Coverage', 'We want to know how many stores we serve in the first quarter.'), 'evaluation.offline-metrics');
    yesDoc(doc('Coverage', 'The metric is the share of catalog items recommended at least once a week.'), 'evaluation.offline-metrics');
    // a metric heading outside the evaluation section names no metric of this design
    noDoc(doc('F1-Score', 'An important metric, since we want balance.').replace('## Evaluation Metrics', '## Background'), 'evaluation.offline-metrics');
  });
  it('notes on numbered papers, topic notes that never say we or I, and a README with run steps and contacts are no design docs', () => {
    const paper = (k: number, title: string): string[] => [`# Paper ${k}: ${title}`, '', 'Concept drift and class imbalance are the two challenges; features are merchant ID, amount and time.', '', 'They train a random forest with undersampling and evaluate alert precision on the last 15 days.', ''];
    const papers = [...paper(1, 'Credit Card Fraud Detection'), ...paper(2, 'Learning from Imbalanced Data'), ...paper(3, 'Graph Neural Networks for Fraud')].join('\n');
    assert.equal(isDesignDoc(papers), false);
    const stages = (title: string, opener: string): string =>
      [
        `# ${title}`,
        '',
        opener,
        '',
        '## Data Collection and Preprocessing',
        '',
        '- Identifying and integrating multiple data sources (e.g., databases, APIs).',
        '- Dividing data into training, validation, and test sets.',
        '',
        '## Model Development',
        '',
        '- Choosing the type of model (e.g., neural networks, decision trees).',
        '',
        '## Evaluation',
        '',
        '- Defining metrics like accuracy, precision, recall, F1 score, AUC.',
        '',
        '## Deployment and Serving',
        '',
        '- Serving predictions through a REST API or in batch mode.',
        '',
        '## Monitoring',
        '',
        '- Tracking data drift and model performance over time.',
        '',
      ].join('\n');
    assert.equal(isDesignDoc(stages('Machine Learning System Design', 'An ML system typically includes training, deployment and inference.')), false);
    // the same headings over a design someone commits to
    assert.equal(isDesignDoc(stages('Machine Learning System Design', 'We design the churn predictor for our telecom app: it flags subscribers likely to cancel next month.')), true);
    assert.equal(isDesignDoc(stages('Churn predictor', 'An ML system typically includes training, deployment and inference.')), true);
    const readme = (last: string): string =>
      [
        '# RNN based recommendation service',
        '',
        '## Requirements',
        '',
        'Java 8, Scala 2.11, Spark 2.3.',
        '',
        '## Model training',
        '',
        'The recommendation model is trained offline in BigDL on 90 days of clicks.',
        '',
        '## Serving',
        '',
        'The service answers each request with the top 10 items.',
        '',
        '## How to run',
        '',
        '`sbt run`',
        '',
        `## ${last}`,
        '',
        'Write to the team.',
        '',
      ].join('\n');
    assert.equal(isDesignDoc(readme('Contact & Feedback')), false);
    assert.equal(isDesignDoc(readme('Monitoring')), true);
  });
  it("a features table's row is an input, no online metric", () => {
    const table = (header: string): string =>
      [`| ${header} | Source / logic | Type | Justification |`, '| --- | --- | --- | --- |', '| `customer_seller_same_state` | compare states | int (0/1) | Geography at purchase |', '| `order_hour` | hour of purchase | int | Clock at purchase |'].join('\n');
    noFull('3. Data', table('Feature (column)'), 'evaluation.online-metrics');
    yesFull('5. Evaluation', ['| Metric | Target |', '| --- | --- |', '| Purchases per session | +2% vs control |'].join('\n'), 'evaluation.online-metrics');
  });
  it("'interpretable' among a model's reasons or properties plans no interpretability; 'logistic' is no log", () => {
    noFull('4. Model', '1. **Model:** Logistic Regression (interpretable, fast, good baseline) — implemented in `ml/train.py` with temporal train/validation/test cuts.', 'model.interpretability');
    noFull('4. Model', ['**Why LightGBM?**', '- Handles mixed feature types without preprocessing', '- Feature importance is interpretable (useful for debugging)'].join('\n'), 'model.interpretability');
    yesFull('4. Model', '- SHAP values for each flagged claim are shown to the reviewer, so they can see why it was flagged.', 'model.interpretability');
  });
  it("models in a table's Examples column and 'retrieval loss' among risks name no training loss", () => {
    noFull('4. Model', '| Model Type | Description | Examples |\n| --- | --- | --- |\n| Learning to Rank | Supervised models trained on click data | RankNet, LambdaMART |', 'model.loss-function');
    yesFull('4. Model', '| Stage | Model | Loss |\n| --- | --- | --- |\n| Ranking | GBDT | LambdaMART (lambdarank objective) |', 'model.loss-function');
    // a design's own "Model" column names the model it uses, not a survey of options
    yesFull('4. Model', '| Stage | Model |\n| --- | --- |\n| Ranking | LambdaMART on click labels |', 'model.loss-function');
    noFull('6. Serving', 'The largest risks are retrieval loss, feedback bias, stale features and tail latency.', 'model.loss-function');
  });
  it('a rolling window an alert counts over is no training scheme', () => {
    noFull('7. Monitoring', 'When a dependency fails repeatedly within a short rolling window, the monitor sends an alert email to the operations team.', 'model.training');
    yesFull('4. Model', 'We train on a rolling window of the last 90 days, refit every week.', 'model.training');
  });
  it('statistical baselines (normalisation constants) are no baseline model', () => {
    noFull('3. Data', 'All statistical baselines (`AMOUNT_MEAN`, `AMOUNT_STD`, `AMOUNT_75TH`) are computed on the full historical dataset before the split.', 'model.baseline');
    yesFull('4. Model', 'Baseline: logistic regression on the same features; the GBDT must beat it by 2 points of PR-AUC.', 'model.baseline');
  });
  it("'at 3.5% fraud prevalence' is the data's class balance, no online metric", () => {
    noFull('5. Evaluation', "ROC-AUC measures the model's ability to rank positives above negatives. At 3.5% fraud prevalence, the ROC curve is dominated by true negatives.", 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online: prevalence of harmful content seen per 10k views, and valid appeals.', 'evaluation.online-metrics');
  });
  it("'trained until its output is close', the loser's edge against the winner's balance, and one batched call are training, a trade-off and efficiency", () => {
    yesFull('4. Model', 'For the RNN predictor, all word sequences will be fed to the network and trained until its output is close to the correct final word.', 'model.training');
    noFull('4. Model', 'For the RNN predictor, all word sequences will be fed to the network.', 'model.training');
    yesFull('4. Model', '**Decision Rationale:**\nAlthough `all-mpnet-base-v2` showed slightly better recall, `all-MiniLM-L6-v2` provided a superior balance between retrieval quality, speed, and resource usage for a local system.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We use `all-MiniLM-L6-v2` for the embeddings of the local system.', 'model.selection-tradeoffs');
    yesFull('6. Serving', 'Key optimization: Score all segments in a single batched model call rather than one call per segment.', 'deployment.scaling-efficiency');
    noFull('6. Serving', 'Score each segment with the model and sum the segment times.', 'deployment.scaling-efficiency');
  });
  it("what forecast errors cost the business is no budget; a design choice's storage cost as a multiple is a cost estimate", () => {
    noFull('5. Evaluation', 'This directly translates to business costs: if each loaf costs $2 and MAE is 6 loaves, the daily forecast error cost is $12.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving must cost less than $500 per month on a single CPU instance.', 'requirements.budget-cost');
    yesFull('6. Serving', 'Logging 1,000 pre-ranked candidates instead of 20 final items is close to a 50x storage and I/O cost increase on the exposure table alone.', 'requirements.budget-cost');
    // a rejected alternative's cost, as a multiple of the chosen one's, sets no budget
    noFull('4. Model', ['| Option | Verdict | Why |', '| --- | --- | --- |', '| Deep tabular model | Rejected | +0.004 PR-AUC, 10× serving cost, harder to explain |'].join('\n'), 'requirements.budget-cost');
  });
  it('features that use only pre-discharge data are point-in-time correct', () => {
    yesFull('3. Data', 'Set index time as discharge timestamp. Define look-back windows for features. Ensure features use only pre-discharge data.', 'data.feature-backfill');
    noFull('3. Data', 'Define look-back windows for features (labs, vitals, utilisation).', 'data.feature-backfill');
  });
  it('a strawman answer set up to be knocked down commits to nothing', () => {
    noFull('2. Framing', 'The tempting answer is: train a model that predicts whether this user will watch each video, score the catalog, and return the highest scores. That answer fails before model choice matters.', 'framing.ml-objective');
    yesFull('2. Framing', 'We train a model that predicts whether this user will watch each video, score the candidates, and return the highest scores.', 'framing.ml-objective');
    // a "naive approach" is often the baseline a design keeps, not a strawman
    yesFull('2. Framing', 'The naive approach is to train a model that predicts whether this user will watch each video; we start there.', 'framing.ml-objective');
  });
  it('a ranking RFC that says score, ranking, feature and recommendation but never a model is no ML design', () => {
    const rfc = (extra: string): string =>
      [
        '- Feature Name: crates_io_default_ranking',
        '',
        '# Summary',
        '',
        'Change the default ranking of crates on the registry to recent downloads, and add badges.',
        '',
        '# Motivation',
        '',
        'Users want recommendations for which crate to pick; the current ranking by relevance shows stale crates.',
        '',
        '# Requirements',
        '',
        '- The score of a crate is its downloads in the last 90 days.',
        '- The ranking must update daily.',
        '- Badges show maintenance status and the feature flags a crate offers.',
        '',
        '# Data',
        '',
        '- Download counts per crate per day, from the registry database.',
        '- Labels for badges come from the crate metadata.',
        '',
        '# Evaluation',
        '',
        '- A community survey six months after launch asks whether the ranking helped.',
        '- We compare the share of searches that end in a download before and after.',
        '',
        '# Deployment',
        '',
        '- Behind a flag, then on for everyone.',
        '',
        '# Monitoring',
        '',
        '- Watch the bug tracker and the forum for complaints about the new order.',
        extra,
        '',
      ].join('\n');
    assert.equal(isDesignDoc(rfc('')), false);
    // the same RFC that ranks crates with a trained model is one
    assert.equal(isDesignDoc(rfc('- A GBDT ranker trained on click logs replaces the download count.\n- The model is retrained weekly on the last 30 days of clicks.')), true);
  });
  it('the classes listed under "AI classifies comment into:" frame the task', () => {
    const classes = (caption: string): string => [caption, '- Safe', '- Mild Toxic', '- Severe Toxic'].join('\n');
    for (const id of ['framing.ml-objective', 'framing.io-spec', 'framing.ml-category']) {
      yesFull('3. Flow', classes('AI classifies comment into:'), id);
      // people sorting tickets say nothing of a model
      noFull('3. Flow', classes('We categorize the incident tickets as:'), id);
    }
  });
  it('reasons under a "Why Logistic Regression?" heading justify the model choice', () => {
    const doc = (h: string): string => ['# CTR', '', '## Model', '', `### ${h}`, '- Scales well to large sparse feature spaces', '- Produces calibrated probabilities', ''].join('\n');
    yesDoc(doc('Why Logistic Regression?'), 'model.selection-tradeoffs');
    noDoc(doc('Why this matters'), 'model.selection-tradeoffs');
    noDoc(doc('Why not a deep model?'), 'model.selection-tradeoffs');
  });
  it('"identical feature engineering" as a step of the inference pipeline addresses the skew', () => {
    const doc = (step: string): string => ['# CTR', '', '## Inference Pipeline', '', 'Inference is decoupled from training.', '', '- Loads saved model artifacts', `- ${step}`, ''].join('\n');
    yesDoc(doc('Applies identical feature engineering and hashing'), 'deployment.training-serving-skew');
    noDoc(doc('Applies its own feature engineering and hashing'), 'deployment.training-serving-skew');
    noDoc(doc('The DistilBERT encoder runs in the same pod, LightGBM after it.'), 'deployment.training-serving-skew');
  });
  it("people by the million are scale; a boosting 'Objective: Binary logistic' is the loss; a named binary target is the label; a network's 'Output: … fraud probability' frames the objective", () => {
    yesFull('1. Requirements', 'Over 100 million people visit Quora every month.', 'requirements.scale');
    noFull('1. Requirements', 'A team of 4 people reviews the flagged questions.', 'requirements.scale');
    yesFull('4. Model', '- **Algorithm:** XGBoost\n- **Objective:** Binary logistic regression', 'model.loss-function');
    noFull('1. Requirements', '- **Objective:** reduce churn by 5%', 'model.loss-function');
    yesFull('3. Data', '- **Scale**:\n  - ~40 million training impressions\n  - Highly imbalanced binary target (`click`)', 'data.labels');
    noFull('3. Data', '- Highly imbalanced data, 40 million impressions', 'data.labels');
    yesFull('4. Model', '* TensorFlow MLP:\n  * Input: 30 features\n  * Output: 1 sigmoid neuron for fraud probability', 'framing.ml-objective');
    noFull('4. Model', '* TensorFlow MLP:\n  * Input: 30 features\n  * Output: softmax probabilities', 'framing.ml-objective');
  });
  it("an answer outline under an interview question, a caption's list of problems, and a throughput with no unit of time commit to nothing", () => {
    noFull('6. Serving', ['3. **"What is your approach to A/B testing ML models in production?"**', '   - Discuss gradual rollout strategies', '   - Address rollback procedures'].join('\n'), 'deployment.rollout-strategy');
    yesFull('6. Serving', ['**How do we ship it?**', '- Gradual rollout: 1%, 10%, 50%, 100% over two weeks'].join('\n'), 'deployment.rollout-strategy');
    noFull('4. Model', ['**Problems**:', '- XGBoost could not scale', '- Slow to retrain (days/weeks)'].join('\n'), 'monitoring.retraining-plan');
    yesFull('7. Monitoring', ['**Plan**:', '- Retrain weekly on the last 90 days; promote only if PR-AUC holds'].join('\n'), 'monitoring.retraining-plan');
    noFull('1. Requirements', '3. **High Throughput**: Billions of transactions', 'requirements.throughput-qps');
    yesFull('1. Requirements', '- Throughput: 5k transactions per second at peak', 'requirements.throughput-qps');
  });
  it("interpretability said to matter, with who needs it in the next sentence; fine-tuning for two language varieties", () => {
    yesFull('1. Requirements', '- Interpretability is partially - important. Business owner needs to have an idea why the pair is duplicate (or not), but customer does not care for the reasoning.', 'model.interpretability');
    noFull('1. Requirements', '- Interpretability is important.', 'model.interpretability');
    yesFull('4. Model', '- Custom fine-tuning for Hinglish & Tinglish', 'model.training');
    noFull('4. Model', '- Fine-tuning for later', 'model.training');
  });
  it("a model 'chosen for this task due to' a reason of its own; transactions going through the inference API", () => {
    yesFull('4. Model', 'We use the VADER model. It was chosen for this task due to the nature of most reviews being brief and informal, similar to social media text which VADER excels in analysing.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We use a random forest model. It was chosen because it gives the best results on our data.', 'model.selection-tradeoffs');
    yesFull('6. Serving', ['2. **Request Routing**', '   * Transactions go through the same inference API', '   * Seldon Envoy splits traffic according to weights'].join('\n'), 'deployment.online-vs-batch');
    noFull('6. Serving', '* Transactions go through the fraud rules engine', 'deployment.online-vs-batch');
  });
  it('a curl request block, then a response block under its caption, gives the I/O', () => {
    const blocks = (out: string): string =>
      ['```bash', `curl -X POST http://localhost:8000/predict -d '{"amount": 120.5, "merchant": "m_42"}'`, '```', '', 'Response:', '', '```json', out, '```'].join('\n');
    yesFull('6. Serving', blocks('{"fraud_probability": 0.87}'), 'framing.io-spec');
    noFull('6. Serving', blocks('{"status": "queued", "id": 17}'), 'framing.io-spec');
  });
});

describe('lint mechanisms (session 56)', () => {
  it('the naive answer set up as what the model must beat is a baseline', () => {
    yesFull('4. Model', 'The naive approach is to predict the same day last week; the model must beat it.', 'model.baseline');
    yesFull('4. Model', 'The simplest approach, predicting yesterday’s value, is what the model has to beat.', 'model.baseline');
    noFull('4. Model', 'The naive approach would be to scan every document, which is too slow.', 'model.baseline');
    noFull('4. Model', 'A naive approach will not beat it.', 'model.baseline');
  });
  it('features known before the outcome guard against leakage; a name shown to people is no training label', () => {
    yesFull('3. Data', 'All features are computable before claim submission (no leakage). Key engineered features:', 'data.split-leakage');
    yesFull('3. Data', 'We use only features that are known before kickoff.', 'data.split-leakage');
    noFull('3. Data', 'Not all features are available at prediction time.', 'data.split-leakage');
    noFull('3. Data', 'Features are available before the match.', 'data.split-leakage');
    noFull('3. Data', ['| Field | Type | Description |', '|---|---|---|', '| `rule_id` | UUID | Primary key |', '| `name` | String | Human-readable label |'].join('\n'), 'data.labels');
    yesFull('3. Data', 'Human raters label each pair as relevant or not; the UI shows a human-readable label.', 'data.labels');
    noFull('1. Requirements', 'Evaluation of success is positive feedback from the first test users.', 'data.labels');
    yesFull('3. Data', 'Positive feedback (likes, saves within 24 hours) makes a positive example; skips are negatives.', 'data.labels');
  });
  it('a statistic in a JSON sample is no latency target; memory a training run consumed is no budget', () => {
    const json = (key: string): string => ['```json', '{', '  "quality_summary": {', `    "${key}": 1942.0`, '  }', '}', '```'].join('\n');
    noFull('6. Serving', json('avg_latency_ms'), 'requirements.latency-p99');
    yesFull('6. Serving', json('max_latency_ms'), 'requirements.latency-p99');
    noFull('1. Requirements', 'Training on this data with cross-validation consumed roughly 30 GB of memory, at the expense of more time spending on labelling.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Inference consumes at most 4 GB of memory per pod.', 'requirements.budget-cost');
  });
  it('a rare class sampled to the count of the rest is handled imbalance', () => {
    yesFull('3. Data', 'Since most messages are not spam, a random dump would hold an unproportional amount of non-spam, so we are dumping roughly 25k reported messages and 25k random messages.', 'data.class-imbalance');
    noFull('3. Data', 'We have 500 users and 500 items; most items are not popular.', 'data.class-imbalance');
    noFull('3. Data', 'We dump roughly 25k reported messages and 25k random messages.', 'data.class-imbalance');
  });
  it('retraining "on new data" or "continuous monitoring … and retraining" names no cadence or trigger', () => {
    noFull('7. Monitoring', ['Risk management measures:', '* Develop backup methods of operation when data is unavailable.', '* Continuous monitoring of models and retraining them on new data.'].join('\n'), 'monitoring.retraining-plan');
    noFull('7. Monitoring', '- Retraining the model periodically with fresh data', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- Retrain the model whenever 10k new labels arrive', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- Continuous training: the model is retrained as new labelled data lands', 'monitoring.retraining-plan');
  });
  it('a goal to improve accuracy is no watch on the model; training on the data serving sees addresses skew; an HTTP route answering with a recommendation is online', () => {
    noFull('1. Requirements', '* Optimize and improve the accuracy of the appliance condition monitoring system.', 'monitoring.model-performance');
    yesFull('7. Monitoring', '* Precision of the live model is tracked weekly against analyst labels.', 'monitoring.model-performance');
    yesFull('6. Serving', 'The plugin needs to support training (without a cluster running) on the same data as available at runtime.', 'deployment.training-serving-skew');
    noFull('6. Serving', 'The plugin needs to support training without a cluster running.', 'deployment.training-serving-skew');
    yesFull('6. Serving', '* POST /decision/v1 -- produces recommendation for the order. Uses the features storage and the provided model.', 'deployment.online-vs-batch');
    noFull('6. Serving', '* GET /health -- returns the model version.', 'deployment.online-vs-batch');
  });
  it('"thousands of events per minute" is a rate, not scale; compiling the trees to Java and spreading the stream over workers are inference efficiency', () => {
    noFull('1. Requirements', '- Handle **thousands of events per minute** (high throughput)', 'requirements.scale');
    yesFull('1. Requirements', '- Handle billions of documents and millions of queries per day', 'requirements.scale');
    yesFull('1. Requirements', 'Millions of users a day visit the site.', 'requirements.scale');
    yesFull('6. Serving', 'In order to improve the performance of evaluating models in production we compiled RankLib regression trees to Java code.', 'deployment.scaling-efficiency');
    noFull('6. Serving', 'The compiled model is stored in S3.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'We read 2 kafka partitions, repartitioned to 10 Spark partitions since we have 10 Spark workers in the cluster for spam classification.', 'deployment.scaling-efficiency');
    noFull('6. Serving', 'The table is partitioned into 12 partitions by month.', 'deployment.scaling-efficiency');
  });
  it('the capabilities listed under "building a system that:" are the scope; cross-encoders and rerankers by name are models weighed', () => {
    yesFull('1. Problem', ['This assessment requires building an end-to-end system that:', '1. Predicts denial probability for 500 current claims using historical data', '2. Ranks claims by risk for a 25% review capacity'].join('\n'), 'requirements.scope-functional');
    noFull('1. Problem', ['We spent a week building a system that:', '1. TODO'].join('\n'), 'requirements.scope-functional');
    yesFull('4. Model', 'Among the evaluated models, `bge-reranker-v2-m3` achieved the best overall performance across all metrics. However, this improvement came with notable tradeoffs: the model required substantially more time and computational resources for both training and inference compared to the lighter `ms-marco-MiniLM-L12-v2`.', 'model.selection-tradeoffs');
    noFull('4. Model', 'Among the evaluated settings, five epochs achieved the best overall performance across all metrics.', 'model.selection-tradeoffs');
  });
  it('"before deploying" dates the evaluation, not the data; fields concatenated into the input text are the representation', () => {
    noFull('5. Evaluation', 'Before deploying, the model is evaluated on a holdout validation set:', 'data.split-leakage');
    yesFull('5. Evaluation', 'We hold out orders placed after March 1 as the test set.', 'data.split-leakage');
    yesFull('3. Data', 'The most informative columns were `description`, `neighborhood`, `cuisines`, and `tags`. I concatenated these fields to form the input text for each restaurant.', 'data.features');
    noFull('3. Data', 'We merged the columns into a single table.', 'data.features');
  });
});

describe('lint mechanisms (session 57)', () => {
  it('metrics under a guardrail heading with a note, or under "Guardrails", are guardrails; safety filters are not', () => {
    const table = ['| Metric | Baseline | Threshold |', '|---|---|---|', '| Avg Delivery Time | 35 min | ≤38 min |', '| Order Cancellation Rate | 5% | ≤6% |'].join('\n');
    yesFull('5. Evaluation', `#### Guardrail Metrics (Must Not Degrade)\n\n${table}`, 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', `#### Guardrails\n\n${table}`, 'evaluation.guardrail-metrics');
    noFull('5. Evaluation', `#### Secondary Metrics (Nice To Have)\n\n${table}`, 'evaluation.guardrail-metrics');
    noFull('6. Serving', '### Guardrails\n\n- An input filter rejects prompt injection attempts before the LLM call.\n- Output moderation blocks toxic replies.', 'evaluation.guardrail-metrics');
  });
  it('a processing time in seconds is a latency target; a processing time of days or hours is not', () => {
    yesFull('1. Requirements', '**Given measured volume** (~1,350 messages/day):\n- Peak ~5 messages/minute\n- 1-2 second processing time is acceptable', 'requirements.latency-p99');
    noFull('1. Requirements', '- Claims processing time drops from 5 days to 1 day', 'requirements.latency-p99');
    noFull('1. Requirements', '- Turnaround time of 2 hours for each ticket is acceptable', 'requirements.latency-p99');
  });
  it('reasons listed under a caption that asks why a model was picked weigh the choice', () => {
    yesFull('4. Model', 'Why LightGBM / scikit-learn:\n\n* tabular data — tree models outperform neural nets here\n* fast to train (seconds/minutes, no GPU)', 'model.selection-tradeoffs');
    noFull('4. Model', 'Why not LightGBM:\n\n* tabular data — tree models outperform neural nets here', 'model.selection-tradeoffs');
    noFull('4. Model', 'Why monitoring matters:\n\n* models drift when the data shifts over time', 'model.selection-tradeoffs');
  });
  it('a bracketed list of column names is code, not a placeholder', () => {
    yesFull('4. Model', '```\nFile: data/models/rf_model.joblib\nType: CatBoost with Quantile Loss (α=0.60)\nTargets: [item_count, order_count]\n```', 'data.labels');
    noFull('4. Model', 'Targets: [describe the target here]', 'data.labels');
  });
  it('money a person asks for, quoted from a message, is no budget', () => {
    noFull('3. Data', '```json\n{\n  "explanation": "Message appears to ask for payment. The phrase \'just £10 to cover costs\' suggests the user wants money for the item.",\n  "excerpt": "...happy to let it go for just £10 to cover my costs..."\n}\n```', 'requirements.budget-cost');
    noFull('1. Requirements', 'Volunteer input: they were asking for £20 to cover their costs, which isn\'t allowed.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Serving must cost under £200 per month to cover our hosting costs.', 'requirements.budget-cost');
  });
  it('a small share of traffic first, before the full rollout, is a staged rollout', () => {
    yesFull('6. Deployment', '- New model versions are tested on 5% of traffic before full rollout', 'deployment.rollout-strategy');
    noFull('6. Deployment', '- New model versions are tested offline before full rollout', 'deployment.rollout-strategy');
  });
  it('a first release given a share of the work, widened by a later one, is a staged rollout', () => {
    yesFull('6. Deployment', '- First go live/deployment of the classifier must replace 20% of the manually classified emails.\n- Second deployment of the classifier (in half a year) must replace 40% of the manually classified emails.', 'deployment.rollout-strategy');
    noFull('6. Deployment', '- First go live/deployment of the classifier must replace 20% of the manually classified emails.', 'deployment.rollout-strategy');
    noFull('6. Deployment', '- The first release improved accuracy by 20%.\n- The second release improved it by 5%.', 'deployment.rollout-strategy');
  });
  it('a prediction route that returns a prediction is online serving', () => {
    yesFull('6. Deployment', '- `/predict`: Takes in flight data and returns a prediction of whether the flight will be delayed.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', '- POST /predict returns a prediction for the flight.', 'deployment.online-vs-batch');
    noFull('6. Deployment', '- `/data/export`: returns labels for the annotators.', 'deployment.online-vs-batch');
  });
  it('an N-class or binary task classification is the ML category; "forecast accuracy" with no measure is no offline metric', () => {
    yesFull('4. Model', '- Replaced final FC layer for 8-class classification', 'framing.ml-category');
    yesFull('2. Framing', '* Binary scan-level classification (does the CT slice show intracranial hemorrhage - ICH?)', 'framing.ml-category');
    noFull('4. Model', '- The binary cross-entropy classification loss', 'framing.ml-category');
    noFull('2. Framing', '- This is a **fairness problem**: Popular users get over-recommended, others get ignored', 'framing.ml-category');
    yesFull('2. Framing', 'This is a ranking problem over candidate posts.', 'framing.ml-category');
    yesFull('2. Framing', '**A two-stage approach**:\n- **Stage 1 (Retrieval)**: Quickly narrow down millions of users to 100-500 candidates\n- **Stage 2 (Ranking)**: Accurately score/rank those candidates with expensive ML', 'framing.ml-category');
    noFull('2. Framing', '- **Stage 2 (Ranking)**: TBD', 'framing.ml-category');
    noFull('4. Model', '6. Train the model\n7. Evaluate forecast accuracy', 'evaluation.offline-metrics');
    noFull('5. Evaluation', '- **Model prediction accuracy** (offline metrics)', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', '- Forecast accuracy: 92% within ±10% of actual demand', 'evaluation.offline-metrics');
  });
  it('a pick justified by its edge, or set against the models it was preferred to, weighs the choice; SARIMA is a model', () => {
    yesFull('4. Model', '- XGBoost selected for superior PR-AUC and interpretability via SHAP.', 'model.selection-tradeoffs');
    noFull('3. Data', '- Features were selected for higher information gain.', 'model.selection-tradeoffs');
    yesFull('4. Model', '**Model:** Logistic Regression with L2 regularization\n\nIn high-stakes healthcare settings interpretability is paramount. Unlike black-box models (e.g., deep neural networks), Logistic Regression provides:\n\n- Clear probability outputs\n- Interpretable coefficients', 'model.selection-tradeoffs');
    noFull('4. Model', 'Unlike black-box models, the dashboard is easy to read.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'The project uses a Seasonal ARIMA (SARIMA) model.\n\n### Why SARIMA?\n\n- Explicit modeling of seasonality (`m = 24` for hourly data)\n- Strong statistical foundation', 'model.selection-tradeoffs');
  });
  it('a prediction triggered when a person acts, a per-request model call or a hot-path budget is online serving', () => {
    yesFull('6. Deployment', '2. **EHR System Hook:**\n   Integrate with the EHR via HL7/FHIR. Trigger prediction when a clinician finalizes a discharge order.', 'deployment.online-vs-batch');
    noFull('6. Deployment', '2. **EHR System Hook:**\n   Integrate with the EHR via HL7/FHIR.', 'deployment.online-vs-batch');
    yesFull('6. Serving', '1. Per-request model timeout is mandatory (default 40ms classifier, 50ms embedding).', 'deployment.online-vs-batch');
    yesFull('6. Serving', '- Hot-path latency budget remains P95 `<150ms`.', 'deployment.online-vs-batch');
  });
  it('missingness and new categorical levels watched are data-quality checks; approval and decline rates are online metrics', () => {
    yesFull('7. Monitoring', '- Track missingness shift per key fields (`AMT_INCOME_TOTAL`, `AMT_CREDIT`).', 'monitoring.data-quality');
    yesFull('7. Monitoring', '- Alert on new categorical levels.', 'monitoring.data-quality');
    noFull('3. Data', '- The dataset has high missingness in income.', 'monitoring.data-quality');
    yesFull('7. Monitoring', '- Track approval and decline rates weekly.', 'evaluation.online-metrics');
  });
  it('links under "Related Topics" are cited, not designed; the cost of today\'s manual process is no budget; "core ML readiness" is no Core ML', () => {
    noFull('7. Monitoring', '### Related Topics\n\n- [Model Monitoring](../../ops/01-model-monitoring.md) — Drift in open rate, fatigue', 'monitoring.drift');
    yesFull('7. Monitoring', '### Alerts\n\n- [Model Monitoring](../../ops/01-model-monitoring.md) — Drift in open rate, fatigue', 'monitoring.drift');
    noFull('1. Requirements', '**Cost**: $500K annually in labor + $2M in defect-related returns', 'requirements.budget-cost');
    yesFull('1. Requirements', '**Cost**: $2k per month for the GPU node', 'requirements.budget-cost');
    noFull('10. Alternatives', '1. Keep deterministic baseline only.\n   - Rejected: leaves core ML readiness gaps unresolved.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', '- The model is converted to Core ML and runs on the device.', 'deployment.scaling-efficiency');
  });
  it('remembered per text, metric names and vague phrases still follow the section the text sits in', () => {
    const misplaced = (mode: string): number =>
      lint(`# Ranking\n\n## 5. Evaluation\n\n### ${mode} metrics\n\n- CTR and conversion rate on the held-out week.\n`, { force: true }).findings.filter((f) => f.ruleId === 'style.metric-misplaced').length;
    // the same bullet, read under "Offline" (misplaced) and under "Online" (in place), in both orders
    for (const order of [['Offline', 'Online'], ['Online', 'Offline']]) {
      const counts = order.map((m) => misplaced(m));
      assert.deepEqual(counts, order.map((m) => (m === 'Offline' ? 2 : 0)), order.join(' then '));
    }
    const vague = (section: string): number =>
      lint(`# Ranking\n\n## ${section}\n\nResponses are fast.\n`, { force: true }).findings.filter((f) => f.ruleId === 'style.vague-requirement').length;
    for (const order of [['1. Requirements', '6. Serving'], ['6. Serving', '1. Requirements']]) {
      assert.deepEqual(order.map((x) => vague(x)), order.map((x) => (x.startsWith('1.') ? 1 : 0)), order.join(' then '));
    }
  });
});

describe('lint mechanisms (session 58)', () => {
  it('a cache\'s hit rate is a system measure, not an offline metric; a retrieval hit rate@k still is', () => {
    noFull('5. Evaluation', '#### ML System Metrics\n- **Recommendation latency** (p50, p95, p99)\n- **Feature computation time**\n- **Cache hit rate**', 'evaluation.offline-metrics');
    noFull('5. Evaluation', '- Redis hit-rate target 95% of what reaches the origin.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', '- Hit rate@10 of the retrieval stage on the held-out week.', 'evaluation.offline-metrics');
  });
  it('a log loss computed from labels and predictions in an evaluation function is a metric, not the training loss', () => {
    const evalCode = '```python\ndef evaluate(predictions, labels):\n    from sklearn.metrics import roc_auc_score, log_loss\n    return {\n        "auc": roc_auc_score(labels, predictions),\n        "log_loss": log_loss(labels, predictions),\n    }\n```';
    noFull('5. Evaluation', `### Offline Evaluation\n\n${evalCode}`, 'model.loss-function');
    yesFull('5. Evaluation', `### Offline Evaluation\n\n${evalCode}`, 'evaluation.offline-metrics');
    yesFull('4. Model', '```python\nconfig = {\n    "loss": focal_loss(y_true, y_pred, gamma=2),\n}\n```', 'model.loss-function');
  });
  it('a batch size in the request body of a backfill endpoint is no training setting; under a training heading it is', () => {
    noFull('6. Serving', '### New Endpoint: POST /api/embeddings/backfill\n\nAdmin endpoint to backfill embeddings for existing summaries.\n\n**Request:**\n```json\n{\n  "batch_size": 10,\n  "dry_run": false\n}\n```', 'model.training');
    yesFull('4. Model', '### Training configuration\n\n```json\n{\n  "batch_size": 256,\n  "epochs": 10\n}\n```', 'model.training');
  });
  it('a before/after table of business impact holds outcomes, not the system\'s budget', () => {
    noFull('1. Requirements', '### Business Impact\n\n| Metric | Before | After | Improvement |\n|--------|--------|-------|-------------|\n| **Inspection Time** | 10 sec | 1.5 sec | -85% |\n| **Labor Cost** | $500K/yr | $100K/yr | -80% |', 'requirements.budget-cost');
    yesFull('1. Requirements', '| Item | Cost |\n|---|---|\n| GPU serving | $5K/month |', 'requirements.budget-cost');
  });
  it('a credit-risk PD (probability of default) model states what the model estimates', () => {
    yesFull('2. Overview', '- Model built for credit risk PD estimation using `application_train` data.', 'framing.ml-objective');
    noFull('2. Overview', '- Results go to the PD model registry page.', 'framing.ml-objective');
  });
  it('a to-do that names the retraining cadence without giving one is no retraining plan', () => {
    noFull('7. Monitoring', '### Decision monitoring\n- Track approval and decline rates weekly.\n- Review outcome feedback loop for delayed labels and retraining cadence.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '- Decide retraining frequency with the risk team.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- Review retraining cadence monthly; retrain when PSI > 0.2.', 'monitoring.retraining-plan');
  });
  it('"model score improvements" is a noun phrase, not the model scoring something', () => {
    noFull('6. Results', 'These “human metrics” mattered more than model score improvements.', 'framing.ml-objective');
    yesFull('2. Framing', 'The model scores each transaction for fraud risk.', 'framing.ml-objective');
  });
  it('a README whose headings are run steps ("Run API …", "API: http://localhost:8000") and a model card are not design docs; a design keeps its headings', () => {
    const runSteps = '## A predictive intelligence layer\n\nHospital readmission risk.\n\n## build ML dataset\n\npython build.py\n\n# Run API to predict for a scenario\n\nuvicorn app:api\n\n## Test\n\npytest\n\n# START ML-FLOW\n\nmlflow ui\n\n## Docker Deployment\n\ndocker compose up\n\n# Test for data drifting\n\npython drift.py\n\n# API: http://localhost:8000\n# MLflow UI: http://localhost:5000\n\n## Deployment\n\nSee CI.\n';
    assert.equal(isDesignDoc(runSteps), false);
    const card = '# Model Description\n\nA wake word model for "hey mycroft".\n\n# Model Architecture\n\nA small DNN over melspectrogram embeddings.\n\n# Training Data\n\nSynthetic clips.\n\n# Test Data\n\nReal recordings.\n\n# Performance\n\nFalse-accept rate under 0.5 per hour.\n\n# Other Considerations\n\nMay not work for all accents.\n';
    assert.equal(isDesignDoc(card), false);
    assert.equal(isDesignDoc(card.replace('# Other Considerations', '# Serving').replace('# Model Description', '# Requirements')), true);
  });
  it('"A/B testing … was not feasible" and "success cannot be measured in terms of revenue lift" take the item back', () => {
    noFull('5. Evaluation', 'While formal A/B testing or shadow deployment was not feasible in this simulation-only environment, the entire infrastructure is compatible with such practices.', 'evaluation.ab-test-plan');
    noFull('5. Evaluation', 'While formal A/B testing or shadow deployment was not feasible in this simulation-only environment, the entire infrastructure is compatible with such practices.', 'deployment.rollout-strategy');
    noFull('1. Goals', 'Because this project does not operate in a live deployment context, its success cannot be measured in terms of revenue lift or downtime reduction.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'An A/B test on 5% of traffic for two weeks is feasible, and we run it in March.', 'evaluation.ab-test-plan');
  });
  it('a later top-level "Future Work" heading holds back the numbered headings under it', () => {
    const doc = (top: string): string => `# SMA complaints\n\n## 1. Requirements\n\nTriage complaints.\n\n## 4. Model\n\nWe train a random forest.\n\n${top}\n\n## 1. The models should be re-trained at regular intervals\n\nAs new data becomes available, each model should be re-trained regularly to ensure that the best possible model is produced.\n`;
    noDoc(doc('# Future Work'), 'monitoring.retraining-plan');
    yesDoc(doc('# Operations'), 'monitoring.retraining-plan');
  });
  it('actual vs predicted churn rate is a calibration check, not an online metric; a subsample row of a hyperparameter table is no rebalancing', () => {
    noFull('7. Monitoring', '- Monitor actual churn rate vs predicted churn rate (calibration tracking).', 'evaluation.online-metrics');
    yesFull('7. Monitoring', '- Monitor actual churn rate vs predicted churn rate (calibration tracking).', 'monitoring.model-performance');
    yesFull('5. Evaluation', '- Online: churn rate of treated customers over 90 days.', 'evaluation.online-metrics');
    noFull('4. Model', '| Hyperparameter | Value |\n|---|---|\n| `subsample` | 0.8 |\n| `max_depth` | 6 |', 'data.class-imbalance');
  });
  it('"Batch and real-time inference" and "Monitoring, drift detection, and alerting" in a capability list choose nothing', () => {
    noFull('8. Production Readiness', '- Global forecasting using LightGBM\n- Batch and real-time inference\n- Monitoring, drift detection, and alerting', 'deployment.online-vs-batch');
    noFull('8. Production Readiness', '- Global forecasting using LightGBM\n- Batch and real-time inference\n- Monitoring, drift detection, and alerting', 'monitoring.drift');
    yesFull('6. Serving', '- Real-time inference', 'deployment.online-vs-batch');
    yesFull('7. Monitoring', '### Model Monitoring\n\n- Data drift detection', 'monitoring.drift');
    yesFull('8. Production Readiness', '- PSI drift', 'monitoring.drift');
  });
  it('how often something happens, a user bucket and a product\'s features are no model features; grayscaled crops and long feature lists are', () => {
    noFull('1. Business goals', '- **Drive app opens:** Increase DAU (Daily Active Users) and session frequency', 'data.features');
    noFull('1. Requirements', 'For system health monitoring (no content stored):\n\n- Edge case frequency', 'data.features');
    noFull('3. Splitting', '- **Cold-start bucket**: hold out users with ≤N edges', 'data.features');
    noFull('1. Overview', '### Core Features\n\n1. **User Management**\n   - Create profile (demographics, bio, interests, photos)', 'data.features');
    yesFull('3. Data', '- Purchase frequency and recency per customer are model inputs.', 'data.features');
    yesFull('3. Data', 'Between models, the license plates crops are grayscaled, deskewed, color inverted, and stripped of extraneous characters.', 'data.features');
    yesFull('3. Data', "The most useful features, in our prototype, were the user's hour-of-day histograms of app sessions over the last 7 and 28 days, the hour of the last three organic opens, the day-of-week pattern, how many notifications the user already received that day, and the notification category.", 'data.features');
  });
  it('integration friction is no guardrail; classes evened out are no drift; AUROC on a holdout cohort is no A/B test; stratified by component is no rebalancing', () => {
    noFull('1. Business objective', 'This allows the company to validate its architectural posture and reduce future integration friction once physical reactors come online.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'Guardrail: checkout friction must not rise.', 'evaluation.guardrail-metrics');
    noFull('4. Limitations', 'The small dataset was an issue because undersampling and oversampling data to even out the class distribution left us with little data.', 'monitoring.drift');
    noFull('1. Use case', '- **Key Performance Indicator:** AUROC on holdout cohort ≥ 0.85.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', '- Keep a holdout cohort of 5% of users without the model for 4 weeks and compare retention.', 'evaluation.ab-test-plan');
    noFull('3. Data', 'It was partitioned into training, validation, and test splits using stratified sampling by component and site.', 'data.class-imbalance');
    yesFull('3. Data', 'Fraud is 0.5% of rows, so we use stratified sampling by class.', 'data.class-imbalance');
  });
  it('a time limit on each piece of work is a latency target; training for N steps is a training setting', () => {
    yesFull('4. Model', 'In this case, model processing time is crucial. The operator, in cooperation with the script, must perform all the steps in a time not exceeding 7 seconds.', 'requirements.latency-p99');
    yesFull('6. Serving', 'Each image must be processed in under 2 seconds.', 'requirements.latency-p99');
    noFull('6. Serving', 'Each image was processed in under 2 seconds.', 'requirements.latency-p99');
    yesFull('4. Model', 'In the first step, the model was trained on the basis of 120,000 runs with the most important pipeline settings as below.', 'model.training');
    yesFull('4. Model', 'We train for 200k iterations with a cosine schedule.', 'model.training');
    noFull('4. Model', 'The pipeline runs for 3 steps.', 'model.training');
  });
  it('a booster objective names the task; a feature-importance table read under its heading is interpretability; a client call to /predict is online serving', () => {
    yesFull('4. Model', '| Hyperparameter | Value |\n|---|---|\n| `objective` | `reg:squarederror` `reg:absoluteerror` |', 'framing.ml-category');
    noFull('4. Model', 'We use a regular schedule for reg updates.', 'framing.ml-category');
    yesFull('5. Results', '### Top 10 Feature Importances\n\n| Rank | Feature | Importance |\n|------|---------|------------|\n| 1 | `pub_ctr_mean` | 0.0027 |\n| 2 | `pub_avg_opens` | 0.0022 |', 'model.interpretability');
    noFull('5. Results', '### Top 10 Publishers\n\n| Rank | Publisher | Opens |\n|------|---------|------------|\n| 1 | `acme` | 27000 |', 'model.interpretability');
    yesFull('6. Serving', 'A user could also access the predict endpoint directly by making the following call:\n\n```\nrequests.post("http://129.114.25.90/predict", json={"borough": borough})\n```', 'deployment.online-vs-batch');
    noFull('6. Serving', '```\nrequests.get("http://129.114.25.90/health")\n```', 'deployment.online-vs-batch');
  });
  it('model conversions applied by scripts are no business outcome; fewer operator injuries are one', () => {
    noFull('4. Model', '<p> In order to apply all the above conversions, a number of commands were applied using the appropriate python scripts as follows </p>', 'requirements.business-objective');
    yesFull('1. Goal', 'We want to increase conversions on the checkout page by 3%.', 'requirements.business-objective');
    yesFull('1. Problem', 'These burrs are sharp, as a result of which the operator is sometimes injured. The goal is to reduce operator injuries.', 'requirements.business-objective');
  });
  it('a stratified train/val/test split is no rebalancing (a loss robust to class imbalance is); a bare "Multi-layer guardrails" bullet measures nothing', () => {
    noFull('3. Data', '- **Split dataset**: `train/val/test` using stratified sampling', 'data.class-imbalance');
    yesFull('3. Data', 'Fraud is rare (0.3%), so the train/val/test split uses stratified sampling by label.', 'data.class-imbalance');
    yesFull('4. Model', 'Dice computes a ratio of overlap mask and real object to total mass of both — it is robust to class imbalance. That is why Dice is combined with BCE.', 'data.class-imbalance');
    noFull('5. Evaluation', '- Multi-layer guardrails', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', '- Guardrails\n    - false county alerts ≤ 1 per county per week\n    - duty-officer dismiss rate on alert cards', 'evaluation.guardrail-metrics');
  });
  it('sensitive information leakage is security, counterfactual evaluation and logged bandit data are offline, a backtest loss scores forecasts', () => {
    noFull('6. Safety', '- **Output Filtering**: Prevent sensitive information leakage', 'data.split-leakage');
    yesFull('3. Data', 'Split by time so no future information leaks into training.', 'data.split-leakage');
    noFull('1. Overview', 'This project implements a full recall → rank → re-rank pipeline with **counterfactual evaluation** and latency-aware inference.', 'model.interpretability');
    yesFull('4. Model', 'Reviewers see counterfactual explanations for each declined loan.', 'model.interpretability');
    noFull('5. Evaluation', '> This system evaluates **ranking policies** using logged bandit data.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We run a multi-armed bandit over the three rankers in production.', 'evaluation.ab-test-plan');
    noFull('5. Forecasting', 'Both models are evaluated with rolling-origin backtesting using pinball loss.', 'model.loss-function');
    yesFull('4. Model', 'LightGBM quantile regression trained with pinball loss, validated on the last 4 weeks.', 'model.loss-function');
  });
  it('an A/B test only suggested as a next step is no plan; API keys that raise rate limits are no access control', () => {
    noFull('7. Next steps', 'The next step would be to make classifier more accurate, cheaper, and faster. I would suggest using A/B testing to roll out improvements.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We would recommend an A/B test on 10% of users for two weeks, measuring CTR.', 'evaluation.ab-test-plan');
    noFull('6. Scaling', '- **Scaling strategy**: Multiple API keys per provider can multiply these limits', 'requirements.privacy-security');
    yesFull('6. Security', '- API keys are stored in Vault and rotated monthly.', 'requirements.privacy-security');
  });
});

describe('lint mechanisms (session 59)', () => {
  it('a pilot in one department before a hospital-wide deployment is a staged rollout; a bare "Shadow Mode" label value is not', () => {
    yesFull('6. Deployment', '4. **Pilot Testing:** Implement controlled rollout in one department before hospital-wide deployment', 'deployment.rollout-strategy');
    noFull('6. Deployment', '4. **Pilot Testing:** Implement controlled rollout in one department.', 'deployment.rollout-strategy');
    noFull('6. Deployment', '* **Architecture:** "Shadow Mode" Deployment.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', '* **Rollout:** shadow mode for two weeks, then a 5% canary.', 'deployment.rollout-strategy');
  });
  it('REST endpoints for model inference, a model deployed via FlaskAPI and a model run synchronously for some requests choose online serving', () => {
    yesFull('6. Deployment', '1. **System Architecture Design:** Develop RESTful API endpoints for model inference integrated with the hospital information systems', 'deployment.online-vs-batch');
    yesFull('6. Deployment', '* **Serving Layer:** Trained models are deployed via FlaskAPI . Predictions are logged for monitoring.', 'deployment.online-vs-batch');
    yesFull('6. Deployment', '* **Trade-off Decision:** We will run the ML model *asynchronously* for low-risk payments, but *synchronously* for payments above $500.', 'deployment.online-vs-batch');
    noFull('6. Deployment', '- REST API documentation for the admin endpoints.', 'deployment.online-vs-batch');
  });
  it('an in-memory store, a prediction log, raw data being parsed and performance on historical data name no data source', () => {
    noFull('3. Data', '* **Choice:** Redis (In-Memory Database).', 'data.sources');
    noFull('6. Serving', '```mermaid\nflowchart LR\n  G[ALLOW / FLAG] --> H[Prediction Database / Logs]\n```', 'data.sources');
    noFull('1. Requirements', '- The service must not crash in case of technical issues (e.g. with parsing raw data)', 'data.sources');
    noFull('5. Evaluation', '- Testing and validation:\n  - Performance on historical data', 'data.sources');
    yesFull('3. Data', 'Transactions are stored in a PostgreSQL database; we train on two years of them.', 'data.sources');
    yesFull('3. Data', 'We train on the raw data exported from the CRM: tickets, replies and their queues.', 'data.sources');
  });
  it('a column of a schema table is not a dashboard; a service metric row is', () => {
    noFull('4. Storage', '| Field | Type | Description |\n|:---|:---|:---|\n| `risk_score` | FLOAT | 0.0 to 1.0 |\n| `latency_ms` | INT | Processing time tracking |', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', '| Metric | Type | Alert |\n|:---|:---|:---|\n| p99 latency | service | page when > 200 ms |', 'monitoring.operational-metrics');
  });
  it('false positives capped by a "must" are a guardrail; a false positive rate among the metrics of a cross-validated comparison is not', () => {
    yesFull('1. Constraints', '* **False Positives:** Must be < 0.1% (Block fraud, not real users).', 'evaluation.guardrail-metrics');
    noFull('5. Evaluation', '- Compare the baseline and advanced models using cross-validation to determine model accuracy, false positive rate, and overall performance.', 'evaluation.guardrail-metrics');
    noFull('4. Model', 'On the hold-out set the false positive rate must be below 5%.', 'evaluation.guardrail-metrics');
  });
  it('a drawn path from a transaction through the model to a fraud probability states the objective and the I/O; a labelled-data step of another path defines no label', () => {
    const path = 'Transaction\n-> FastAPI /predict\n-> input validation\n-> feature preparation\n-> fraud model\n-> fraud probability\n-> decision threshold\n-> ALLOW / FLAG';
    yesFull('6. Serving', path, 'framing.ml-objective');
    yesFull('6. Serving', path, 'framing.io-spec');
    noFull('6. Serving', 'Request -> model -> score -> response', 'framing.io-spec');
    noFull('7. Retraining', 'Monitor\n-> investigate\n-> obtain sufficient labeled data\n-> train candidate\n-> compare with champion', 'data.labels');
    yesFull('3. Data', '* Fact-check verdicts (true/false/missing context) joined to posts → labels', 'data.labels');
  });
  it('the service\'s availability and its cloud cost are no business objective; a goal only asked is not one either', () => {
    noFull('6. Serving', '### Cost vs Scalability\n\nMore compute and always-on services can improve capacity and availability but increase cloud cost.', 'requirements.business-objective');
    yesFull('1. Requirements', 'The goal is to improve product availability on the shelves.', 'requirements.business-objective');
    noFull('1. Clarify', '**Ask first, design second** — spend real time here.', 'requirements.business-objective');
    noFull('1. Clarify', '- **Business goal:** what are we optimizing — engagement, revenue or retention? This drives everything downstream.', 'requirements.business-objective');
    yesFull('1. Clarify', '- **Business goal:** raise 7-day retention by 2 points.', 'requirements.business-objective');
  });
  it('routing a portion of traffic to a canary is no ML task; routing each ticket to a queue is', () => {
    noFull('6. Deployment', 'Gradually route a portion of traffic to a canary model version for online evaluation.', 'framing.ml-objective');
    yesFull('2. Framing', 'The model will route each support ticket to the right team queue.', 'framing.ml-objective');
  });
  it('a product-management list of features, an embedding-based model name and a data arrival frequency are no model features', () => {
    noFull('1. Motivation', 'Our product management team compiles a list of features to help the platform gain popularity among users:\n\n- Usability studies show that users want near-real-time insights to make financial decisions.', 'data.features');
    noFull('1. Materials', '| Name | How it was created |\n|---|---|\n| Stochastic Shared Embedding-based Personalized Transformer | created for a course project |', 'data.features');
    noFull('4. Training', '- The incoming data frequency is 10 MB per second, which will create a voluminous amount of data.', 'data.features');
    yesFull('3. Data', '- Purchase frequency over the last 30 days is a model input.', 'data.features');
  });
  it('"AES-256" is no scale; "256 GB of images" is', () => {
    noFull('1. Requirements', '- **Data Encryption:** end-to-end encryption for all data transmission and storage using AES-256 standards', 'requirements.scale');
    yesFull('1. Requirements', 'We store 256 GB of images.', 'requirements.scale');
  });
  it('counterfactual / off-policy evaluation is no interpretability', () => {
    noFull('5. Evaluation', '- **Counterfactual / off-policy** evaluation (IPS) to estimate online impact offline.', 'model.interpretability');
    yesFull('4. Model', 'Declined applicants get counterfactual explanations.', 'model.interpretability');
  });
  it('labelling a sample of incoming data to evaluate it is model monitoring; a domain rate tracked after deployment is an online metric', () => {
    yesFull('5. Evaluation', ' - Manually label a subset of incoming data to evaluate periodically.', 'monitoring.model-performance');
    noFull('3. Data', ' - Manually label a subset of the training data.', 'monitoring.model-performance');
    yesFull('5. Evaluation', '### Reduction in Readmission Rates\n\n- **Post-Implementation Monitoring**: Track readmission rates following deployment to assess changes.', 'evaluation.online-metrics');
    noFull('5. Evaluation', '- We track error rates after deployment.', 'evaluation.online-metrics');
  });
  it('"scheduled periodic retraining and evaluation" gives no cadence; a schedule with its day does', () => {
    noFull('7. Monitoring', '- Scheduled periodic retraining and evaluation to ensure the model remains accurate and relevant.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- Scheduled retraining every Sunday, evaluated on the last week before promotion.', 'monitoring.retraining-plan');
  });
  it('training data read at the end of each day is no time-based split', () => {
    noFull('4. Training', '- The Spark Dataframe API can be used to access the batch training data at the end of each day.', 'data.split-leakage');
    yesFull('3. Data', 'We train on the first 10 months and test on the last 2 months.', 'data.split-leakage');
  });
  it('audio turned into mel-spectrograms is a feature representation (not a spectrogram tool); edge devices that only record are no on-device inference', () => {
    yesFull('2. Architecture', '* **Edge Layer:** Microphones capture and preprocess sounds. Audio is converted into Mel-spectrograms and sent to Kafka.', 'data.features');
    yesFull('3. Data', 'We compute MFCCs from each one-second clip.', 'data.features');
    noFull('3. Labels', 'Annotators used a spectrogram + audio tool; disagreements were resolved by a third expert.', 'data.features');
    noFull('4. Workflow', '1. Edge devices record and preprocess audio.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'The detector runs on edge devices, quantized to int8.', 'deployment.scaling-efficiency');
  });
  it('notes on papers whose sections open on the paper\'s reference, and a user guide, are not design docs', () => {
    const cite = (title: string, ref: string, body: string): string => `## ${title}\n\n${ref}\n\n${body}\n\n`;
    const notes =
      '# Machine learning for ranking\n\nSeveral algorithms and how industry uses them.\n\n' +
      cite('Model: gradient boosting', 'Tianqi Chen and Carlos Guestrin. XGBoost: A Scalable Tree Boosting System. 2016.', 'Trees are added one at a time; the split gain uses first and second order gradients. Missing values get a default direction. We train on sparse features.') +
      cite('Features for ads click prediction', 'H. B. McMahan, G. Holt, D. Sculley. Ad click prediction: a view from the trenches. In KDD, 2013.', 'Logistic regression with FTRL, trained online on billions of features; the model predicts the probability of a click. Latency under 10 ms per request.') +
      cite('Monitoring sponsored search', 'Thore Graepel, Joaquin Candela, Thomas Borchert, Ralf Herbrich. Web-Scale Bayesian Click-Through Rate Prediction. ICML 2010.', 'A probit model updated per impression; calibration is monitored daily and the model is retrained when it drifts.') +
      cite('Evaluation of wide and deep', 'Heng-Tze Cheng, Levent Koc, Jeremiah Harmsen. Wide & Deep Learning for Recommender Systems. 2016.', 'Candidates are retrieved, then ranked by a wide and deep network; an A/B test showed +3.9% app acquisitions.') +
      cite('Metrics', 'Olivier Chapelle, Yi Chang. Yahoo! Learning to Rank Challenge Overview. 2011.', 'NDCG@10 and ERR on the held-out queries; the click model gives the labels.') +
      cite('Serving and deployment', 'Denis Baylor, Eric Breck, Heng-Tze Cheng. TFX: A TensorFlow-Based Production-Scale Machine Learning Platform. KDD 2017.', 'Data validation checks each batch of training data against a schema; models are pushed to TF Serving behind a REST endpoint.');
    assert.equal(isDesignDoc(notes), false);
    // the same sections, with no references opening them, are a design
    assert.equal(isDesignDoc(notes.replace(/\n\n[^\n]*(?:2017|2016|2013|2011|2010)\.\n\n/g, '\n\n')), true);
    const guide = '# SpeciesNet User Guide\n\n## Overview\n\nThe model detects animals in camera-trap images; we process 10 million images a year on batch GPU jobs.\n\n## Install the package\n\npip install speciesnet\n\n## Run the detector on a folder\n\nThe batch script writes a JSON of detections with confidence scores; a threshold of 0.2 works for most projects.\n\n## Evaluation\n\nPrecision 0.96 and recall 0.92 on the held-out camera locations.\n\n## Monitoring\n\nUsers report false positives through the issue tracker; we retrain each release.\n';
    assert.equal(isDesignDoc(guide), false);
    assert.equal(isDesignDoc(guide.replace('SpeciesNet User Guide', 'SpeciesNet design')), true);
  });
});

describe('lint mechanisms (session 59, round real58)', () => {
  it('sync-engine and crawler "models", "data loss" and "a regression in capability" are no ML words', () => {
    const crawler = '# Hashtag popularity over time\n\n## Requirements\n\nShow how popular a hashtag was over the last 30 days, updated hourly, for 500 million tweets a day.\n\n## Assumptions\n\nWe have no special API, so this is a web crawler: we crawl the timeline page of each hashtag. This is a regression in capability compared to the firehose.\n\n## Ingestion\n\nKafka topics per region; consumers write hourly files to object storage. How to guarantee no data loss or duplication? Exactly-once writes with idempotent keys.\n\n## Storage\n\nThis data layout works best with a map-reduce compute model like Spark, which aggregates files per hour.\n\n## Serving\n\nA cache in front of the query service; each query reads at most 720 hourly rows.\n\n## Scaling\n\nPartition by hashtag hash; add brokers as volume grows.\n\n## Monitoring\n\n- Consumer lag per partition\n- Error rate of the crawlers\n- p99 query latency\n- Disk usage of the brokers\n\n## Cost\n\n- About $4k a month of storage\n- Two brokers per region\n- One Spark cluster, autoscaled\n';
    assert.equal(isDesignDoc(crawler), false);
    // (the same words in their ML sense)
    assert.equal(isDesignDoc(crawler.replace('This is a regression in capability compared to the firehose.', 'A regression model forecasts each hashtag\'s next-day count.').replace('a map-reduce compute model like Spark', 'the forecasting model\'s training job on Spark')), true);
  });
  it('an A/B test the design could allow, sameness of mock and live runs, and retraining that "can be incorporated" are no plans', () => {
    noFull('8. Extensibility', '| **Prompt optimization** | Templates can be externalized for fine-tuning or A/B testing. |', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Traffic can be split 50/50 for an A/B test on CTR over two weeks.', 'evaluation.ab-test-plan');
    noFull('1. Goals', '- **Reproducibility** – same code supports mock & live OpenAI runs', 'deployment.training-serving-skew');
    noFull('6. Edge', 'The API abstracts the hardware away, so you can use the same code to do inference on any Intel processor with OpenVINO support.', 'deployment.training-serving-skew');
    yesFull('6. Serving', 'Both the worker and the API import `matchfeat`, the same library the training pipeline uses.', 'deployment.training-serving-skew');
    noFull('9. Future work', 'Future models can be integrated without modifying the core. Automated retraining pipelines can be incorporated.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'Retraining pipelines can be triggered weekly or when PSI > 0.2.', 'monitoring.retraining-plan');
  });
  it('run metadata logged beside latency names no source; budget compliance is no privacy; optional explanations are no interpretability', () => {
    noFull('5. Flow', '6. **Logging:** Captures token usage, latency, and metadata in `metrics.json`', 'data.sources');
    yesFull('3. Data', 'We use listing metadata (title, price, photos) from the catalog.', 'data.sources');
    noFull('7. Audit', '**Guarantee:** Production model is audited for label leakage, temporal correctness, and budget constraint compliance.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'The service must keep HIPAA compliance: PHI is encrypted at rest.', 'requirements.privacy-security');
    noFull('2. Framing', '- Outputs: risk_score in [0,1], risk_label (thresholded), optional categories/explanations.', 'model.interpretability');
    yesFull('2. Framing', '- Outputs: risk_score in [0,1] and SHAP explanations for the top 3 features.', 'model.interpretability');
  });
  it('Prometheus counters and duration histograms are service metrics', () => {
    yesFull('7. Monitoring', '- Metrics: expose risk_requests_total{method}, a risk_score_value histogram and drift gauges.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', '- `ml_inference_duration_seconds{backend="onnx"}`', 'monitoring.operational-metrics');
    noFull('7. Monitoring', '- `risk_score_value` histogram', 'monitoring.operational-metrics');
  });
  it('an abstract\'s evaluation is no production monitoring; "due to the prevalence of toxic comments" is no online metric', () => {
    noFull('Abstract', 'This research evaluates model performance, runtime, and computational trade-offs, providing actionable insights for production moderation.', 'monitoring.model-performance');
    noFull('Introduction', 'Online platforms face a growing challenge in moderating user-generated content due to the prevalence of toxic, abusive, or otherwise harmful comments.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online, we read the prevalence of harmful comments per 10k views in the experiment.', 'evaluation.online-metrics');
  });
  it('train vs validation scores are no split; a label mapping is a label definition; class balancing is rebalancing', () => {
    noFull('5. Results', '- Some overfitting (train: 92.1% vs val: 67.6%)', 'data.split-leakage');
    yesFull('3. Data', 'Train: 8000 images, validation: 1000 images, test: 1000 images.', 'data.split-leakage');
    yesFull('3. Data', '4. **Label mapping:** Consolidated similar queues (e.g., IT Support → Tech Support) into 7 departments', 'data.labels');
    yesFull('4. Model', '- XGBoost with feature importance and class balancing.', 'data.class-imbalance');
    yesFull('3. Data', 'This way, the model sees positive and negative pneumonia cases with equal frequency.', 'data.class-imbalance');
    noFull('4. Model', '- We did not use class balancing.', 'data.class-imbalance');
  });
  it('a one-time look at missing values while exploring is no data-quality monitor; the radiologists\' average is a baseline to reach', () => {
    noFull('3. Data', '### Load & Inspect Data\n\n- Loaded `historical_data.csv` and parsed datetime columns.\n- Checked for missing values, outliers, and data types.', 'monitoring.data-quality');
    yesFull('7. Monitoring', '- Each incoming batch is checked for missing values and schema drift; bad batches are rejected.', 'monitoring.data-quality');
    yesFull('5. Evaluation', 'If our F1 is comparable to or greater than 0.387, the model performs up to standards; 0.387 is the average performance of radiologists.', 'model.baseline');
    noFull('5. Evaluation', 'We report the average performance of radiologists in the appendix.', 'model.baseline');
  });
});

describe('lint mechanisms (session 60)', () => {
  it('a number in a code block shown as what a run printed sets no latency target; a target key or a config still does', () => {
    noFull('6. Metrics & Evaluation', 'Each run produces:\n\n```json\n{\n  "mode": "live",\n  "latency_sec": 8.41\n}\n```', 'requirements.latency-p99');
    noFull('6. Metrics & Evaluation', 'Sample output:\n\n```yaml\nlatency_ms: 412\n```', 'requirements.latency-p99');
    yesFull('6. Metrics & Evaluation', 'Each run produces:\n\n```json\n{\n  "max_latency_ms": 500\n}\n```', 'requirements.latency-p99');
    yesFull('6. Serving', 'Serving config:\n\n```yaml\nlatency_sec: 0.2\n```', 'requirements.latency-p99');
    yesFull('6. Serving', 'Each run produces a report.\n\nTarget:\n\n```yaml\nlatency_ms: 150\n```', 'requirements.latency-p99');
  });
  it('"What I would do next" is future work; items under "Alternative:" are options weighed, not the plan', () => {
    noFull('7. What I Would Do Next in Production', '1. **Fairness Audit**: Ensure no discriminatory patterns by demographics', 'requirements.privacy-security');
    yesFull('1. Requirements', '1. **Fairness Audit**: Ensure no discriminatory patterns by demographics before launch', 'requirements.privacy-security');
    noFull('4. Model', '**Alternative:**\n\n- Monte Carlo Dropout ensembles trained for uncertainty estimation\n- Rejected: adds 5-10x inference cost', 'model.training');
    yesFull('4. Model', '**Training:**\n\n- Monte Carlo Dropout ensembles trained for uncertainty estimation', 'model.training');
  });
  it('a boosting library\'s objective setting in code is the loss; KS defined by TPR - FPR is a classifier metric, not drift', () => {
    yesFull('4. Model', '```python\nlgb_params = {\n    "objective": "binary",\n    "num_leaves": 63,\n}\n```', 'model.loss-function');
    noFull('4. Model', '```yaml\nobjective: maximize revenue\n```', 'model.loss-function');
    noFull('5. Evaluation', '| Metric | Target | Formula | Meaning |\n|---|---|---|---|\n| **KS Statistic** | ≥0.45 | `max(TPR - FPR)` | Maximum separation between classes |', 'monitoring.drift');
    yesFull('7. Monitoring', '- KS test between training and live score distributions, daily; alert when p < 0.01.', 'monitoring.drift');
  });
  it('a free tier as the ceiling is a budget; cost per retained customer or $50/customer is business money, serving cost per user is not', () => {
    yesFull('1. Constraints', '- Model training and inference constrained to **AWS Free Tier / local compute**.', 'requirements.budget-cost');
    yesFull('6. Serving', 'The demo must stay within the Vercel free tier.', 'requirements.budget-cost');
    noFull('1. Constraints', '- We tried the AWS free tier but it was too slow.', 'requirements.budget-cost');
    noFull('6. Impact', '| Metric | Baseline | ML | Improvement |\n|---|---|---|---|\n| **Cost per Retained Customer** | $167 | $125 | -25% |', 'requirements.budget-cost');
    noFull('6. ROI', '- Retention cost = $50/customer', 'requirements.budget-cost');
    yesFull('1. Constraints', 'Serving cost per user must stay under $0.01 per month.', 'requirements.budget-cost');
  });
  it('a column described as anonymized, "geo-sensitive features" and load "regulation" are no privacy constraint', () => {
    noFull('3. Data', '| Column | Type | Description |\n|---|---|---|\n| **markdown1-5** | `NUMERIC` | Anonymized promotional data. |', 'requirements.privacy-security');
    yesFull('3. Data', '| Step | What |\n|---|---|\n| Ingest | Anonymized user data is kept for 30 days. |', 'requirements.privacy-security');
    noFull('3. Features', '- **Geo-sensitive features**: Add region-specific encodings or distance-to-center features.', 'requirements.privacy-security');
    yesFull('3. Features', '- Sensitive features (race, religion) are excluded from the model.', 'requirements.privacy-security');
    noFull('6. Serving', 'For the required concurrency we plan on trying FastAPI and dynamic batching for regulation.', 'requirements.privacy-security');
    yesFull('1. Constraints', 'Banking regulation requires that every automated decline is explainable.', 'requirements.privacy-security');
  });
  it('logs a service is made to write are no data source; "accuracy checks" under monitoring name no offline metric', () => {
    noFull('7. Monitoring', '- Add logs, prediction latency tracking, and accuracy checks', 'data.sources');
    yesFull('3. Data', '- We add logs of user clicks from the web app to the training set.', 'data.sources');
    noFull('7. Monitoring', '- Add logs, prediction latency tracking, and accuracy checks', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', '- Offline: accuracy checks on the held-out week', 'evaluation.offline-metrics');
  });
  it('labels for the next period and defaults treated as unlabeled define the label', () => {
    yesFull('3. Data', '- Labels predict NEXT period, not current', 'data.labels');
    yesFull('3. Data', 'Default values (normal severity, empty priority) were treated as unlabeled.', 'data.labels');
    noFull('3. Data', '- We will add more labels in the next sprint.', 'data.labels');
  });
  it('a list under "need a system that:" or an "Objectives" list of behaviours is the scope', () => {
    yesFull('1. Problem', 'Need a **production ML system** that:\n\n1. **Predicts** churn risk months in advance\n2. **Optimizes** targeting based on expected value', 'requirements.scope-functional');
    yesFull('1. Problem Scope (5 points)', '**Objectives:**\n\n1. Identify high-risk patients at discharge.\n2. Reduce readmission rates to improve patient outcomes.', 'requirements.scope-functional');
    noFull('1. Problem', 'We need a faster laptop:\n\n1. **Predicts** nothing\n2. Just compiles', 'requirements.scope-functional');
  });
  it('a holdout that splits data into subsets is offline; "at the cost of accuracy" is a trade-off; batching while embedding sentences is serving', () => {
    noFull('5. Evaluation', 'Action Consistency Evaluation: Holdout test—split each player into two time-based subsets (Player A and Player B). Measure how often Player B is returned as the most similar to Player A.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Holdout test: 5% of users keep the old ranker for 4 weeks; we compare bookings.', 'evaluation.ab-test-plan');
    noFull('1. Assumptions', '- Simpler models like distilBert can improve speed of embedding, but it will come at the cost of accuracy.', 'requirements.business-objective');
    yesFull('1. Goals', '- Reduce support cost by 20% without hurting CSAT.', 'requirements.business-objective');
    noFull('6. Scaling', '- We can implement a batching system for embedding the sentences. The batch size can be a small value (for example 8), where we wait for samples to collect before sending them to the GPU.', 'model.training');
    yesFull('4. Training', '- Fine-tune with batch size 32 and wait for convergence.', 'model.training');
  });
  it('items under a "Business Objective" heading are the goal; a pros/cons row is not; a schema change to justify is no data check', () => {
    yesFull('2. Business Objective', 'The model supports:\n\n- Loan approval automation\n- Risk-based credit decisions', 'requirements.business-objective');
    noFull('2. Model Overview', 'The model supports:\n\n- Loan approval automation\n- Risk-based credit decisions', 'requirements.business-objective');
    noFull('4. Options', '| Option | Pros | Cons |\n|---|---|---|\n| Small embedding model | Lower cost ($0.02 / 1K tokens) | Lower recall |', 'requirements.business-objective');
    noFull('1. Constraints', '4. **Vector compatibility:** Must integrate with the existing `VECTOR(1536)` column or justify schema change.', 'monitoring.data-quality');
    yesFull('7. Monitoring', '- Alert on any schema change in the upstream events table.', 'monitoring.data-quality');
  });
  it('an ADR whose title names the ML subject, and a model card that opens on the business objective and covers monitoring, are design docs', () => {
    const adr = (title: string): string => `# ${title}\n\n- **Status:** Proposed\n- **Date:** 2026-03-02\n\n## Context\n\nThe search service needs a document embedding pipeline for German and English manuals.\n\nKey constraints:\n\n1. Batch jobs must index 20K manuals in under an hour.\n2. Spend must stay under $40 per full re-index.\n3. Vectors must fit the existing 768-dimension column.\n\n## Decision\n\nAdopt a hosted multilingual encoder as the primary embedding model.\n\n- Batches of 64 documents, retried with backoff.\n- Tokens and cost are recorded per batch.\n\n## Alternatives Considered\n\n| Option | Pros | Cons |\n|---|---|---|\n| Self-hosted encoder | No vendor lock | Needs GPUs |\n| Keyword search only | Cheap | Poor recall |\n\n## Consequences\n\n- The adapter passes the dimension setting on every call.\n- A benchmark checks recall@10 on 500 labelled queries.\n`;
    assert.equal(isDesignDoc(adr('ADR-007: Embedding Model Selection')), true);
    assert.equal(isDesignDoc(adr('ADR-007: Message Queue Selection').replace(/embedding model/g, 'queue').replace(/embedding pipeline/g, 'queue')), false);
    const card = (objective: string, ops: string): string => `# Model Card – Churn Risk Scorer\n\n## 1. Model Details\n\nGradient-boosted trees (LightGBM) scoring each subscriber's churn risk, served through a FastAPI endpoint.\n\n## 2. ${objective}\n\nThe model supports:\n\n- Retention offer targeting\n- Cutting voluntary churn in the first year\n\n## 3. Training Data\n\n- Eighteen months of billing and usage events.\n- Target: churned within 60 days (1) or not (0).\n\n## 4. Evaluation\n\nAUC 0.81 on a held-out quarter; precision 0.62 in the top decile.\n\n## 5. Intended Use\n\nRanking subscribers for the retention team; not for pricing decisions.\n\n## 6. Ethical Considerations\n\nAge and postcode are excluded from the features.\n\n## 7. Caveats and Recommendations\n\nScores drift when plans change; re-check after each pricing change.\n\n## 8. ${ops}\n\n- Monthly review of score distributions by the analytics team.\n- The owner signs off each new version.\n`;
    assert.equal(isDesignDoc(card('Business Objective', 'Governance & Monitoring')), true);
    assert.equal(isDesignDoc(card('Factors', 'Version History')), false);
  });
  it('a rate held while another is pushed ("Maintain or reduce default rates" among the goals) is a guardrail', () => {
    yesFull('1. Business Goals', '| Goal | Target | Impact |\n|---|---|---|\n| **Inclusion Expansion** | Score 30-40% more thin-file applicants | Market expansion |\n| **Risk Optimization** | Maintain or reduce default rates | Risk management |', 'evaluation.guardrail-metrics');
    yesFull('1. Goals', 'Grow approvals by 30% while keeping default rates flat.', 'evaluation.guardrail-metrics');
    noFull('3. Data', 'We keep the error rates stable across reruns.', 'evaluation.guardrail-metrics');
  });
  it('round real60: a "Budget:" of a free tier is a budget; "Improvement Ideas" are not the plan', () => {
    yesFull('1. Constraints', '- **Budget:** Accommodate with Azure Free Tier', 'requirements.budget-cost');
    noFull('1. Constraints', '- **Budget:** to be decided with finance', 'requirements.budget-cost');
    noFull('Improvement Ideas', '- API deployment: Expose the autocomplete functionality via a REST API (e.g., FastAPI) for easier integration into applications.', 'deployment.online-vs-batch');
    yesFull('6. Serving', '- API deployment: Expose the autocomplete functionality via a REST API (e.g., FastAPI) for easier integration into applications.', 'deployment.online-vs-batch');
  });
});

describe('lint mechanisms (session 61)', () => {
  it('numbered Title Case lines over their paragraphs (a page copied to plain text) are section titles', () => {
    const answer = (t: (n: number, s: string) => string): string =>
      '## Design Photo Tag Suggestions\n\nDesign a feature that suggests whom to tag when a user uploads a photo.\n\n' +
      `${t(1, 'Gathering System Requirements')}\nWe suggest tags, we do not tag automatically. Photos arrive in HDFS from a daily batch ingestion, about 300 million a day.\n\n` +
      'We rely on the existing upload UI and the inference service.\n\n' +
      `${t(2, 'Image and Label Collection')}\nWe need two samples of labelled images: with faces and without. An annotation workforce draws the boxes.\n\n` +
      `${t(3, 'Model Training')}\nWe fine-tune a pre-trained face detector, then train an embedding model with a triplet loss.\n\n` +
      `${t(4, 'Offline Evaluation')}\nWe measure precision and recall at ranks 1 to 5 on a held-out month of photos.\n\n` +
      `${t(5, 'Serving')}\nSuggestions are computed in a batch job right after each upload lands, and cached for the UI.\n\n` +
      `${t(6, 'Monitoring')}\nWe watch the rate at which users accept suggestions, daily, and alert when it falls 10% below last week.\n`;
    assert.equal(recognised(answer((n, s) => `${n}. ${s}`)), true);
    // (with a blank line under each title, each title is a one-item list over the paragraphs after it)
    assert.equal(recognised(answer((n, s) => `${n}. ${s}\n`)), true);
    // the same lines as sentences are a numbered list of steps, not titles
    assert.equal(recognised(answer((n, s) => `${n}. First we look at ${s.toLowerCase()}.`)), false);
  });
  it('emoji-led title lines of an exported page ("🎯 Business Problem", "✅ Phase 3 — Model Training & Evaluation") are section titles', () => {
    const readme = (t: (e: string, s: string) => string): string =>
      `${t('🏥', 'Readmission Risk Monitor')}\n\nAn ML system that scores 30-day readmission risk at discharge.\n\n` +
      `${t('🎯', 'Business Problem')}\n\nReadmissions are costly; care teams want to reduce them by 10% with earlier follow-up calls.\n\n` +
      `${t('🧠', 'ML Use Case')}\n\nTask: binary classification.\n\nTarget: readmitted within 30 days (yes / no).\n\n` +
      `${t('✅', 'Phase 2 — Feature Engineering')}\n\nLeakage-safe features from the stay: length of stay, prior admissions, diagnoses.\n\n` +
      `${t('✅', 'Phase 3 — Model Training & Evaluation')}\n\nA logistic regression baseline, then LightGBM; AUC on a held-out year.\n\n` +
      `${t('✅', 'Phase 4 — Production Inference API')}\n\nA FastAPI service answers /predict for each discharge.\n\n` +
      `${t('📊', 'Monitoring & Observability')}\n\nPrometheus tracks latency; the score distribution is compared with training weekly.\n`;
    assert.equal(recognised(readme((e, s) => `${e} ${s}`)), true);
    // the same lines with nothing to mark them as titles are just short paragraphs
    assert.equal(recognised(readme((_e, s) => `${s}.`)), false);
  });
  it('headings about a pricing formula in a design doc do not make it an interview guide; "The formula" among tips does', () => {
    const body =
      '## Overview\n\nAn RL agent proposes weekly premiums and runs in shadow mode beside the current pricing formula.\n\n' +
      '## 2. Data Flow\n\nEach night the agent reads the last 4 weeks of policies and claims from Postgres and writes a shadow premium per worker.\n\n' +
      '## 3. Training Pipeline\n\nA nightly job retrains the agent on the newest 90 days; 20% of the workers are held out for evaluation.\n\n' +
      '## 4. Evaluation and Monitoring\n\nWe compare expected return and loss ratio against the formula on the held-out workers, and alert when the loss ratio rises above 0.8.\n\n' +
      '## 5. Serving\n\nThe shadow premium is served by the pricing API next to the formula premium; only the formula is charged.\n\n';
    assert.equal(recognised('# RL Premium Engine (Shadow Mode)\n\n## 1. The Problem: Formula Optimization Hits a Ceiling\n\nThe formula cannot learn from claims.\n\n' + body + '## 6. Comparison: Formula vs RL\n\n| | Formula | RL |\n|---|---|---|\n| Learns | no | yes |\n'), true);
    assert.equal(recognised('# ML design interview prep\n\n## The formula\n\nClarify, frame, data, model, evaluate, serve, monitor.\n\n## Common interview questions\n\n- Design a feed.\n\n' + body), false);
  });
  it('a speed in m/s is no request rate; "AUC loss" is a metric drop, not a training loss', () => {
    noFull('4. Model', '- Simple regime split on wind speed (< 2 m/s vs ≥ 2 m/s).', 'requirements.throughput-qps');
    yesFull('1. Requirements', '- The API must handle 200 req/s at peak.', 'requirements.throughput-qps');
    noFull('4. Model', '- Quantize to INT8 and monitor accuracy degradation (typically <1% AUC loss)', 'model.loss-function');
    yesFull('4. Model', '- Trained with a focal loss to handle the 1:200 imbalance.', 'model.loss-function');
  });
  it('a model\'s parameter count or size, a hash\'s width in bits and concurrent jobs are no scale', () => {
    noFull('6. Serving', '- Model Size: The expected size of the trained model is approximately 28GB (14 billion parameters * 2 bytes per parameter in fp16).', 'requirements.scale');
    noFull('4. Model', 'We use 4096 bits in our binary semantic hash.', 'requirements.scale');
    noFull('4. Model', '- A pool of parallel training jobs (e.g., max 100 concurrent jobs) is maintained to prevent compute overcommitment.', 'requirements.scale');
    yesFull('1. Requirements', 'The model has 7 billion parameters and is trained on 3 TB of chat logs.', 'requirements.scale');
    yesFull('1. Requirements', 'We keep 4096 bits of hash per image for 1.2 billion images.', 'requirements.scale');
  });
  it('a new model gated against the current champion or in a canary is no baseline; "our current solution" is the design itself', () => {
    noFull('4. Model', '- Compare with current champion model', 'model.baseline');
    noFull('6. Deployment', '- Canary Deployments: Test new models with a small portion of live traffic while comparing performance against the current model to prevent regressions.', 'model.baseline');
    noFull('4. Model', 'We compared ResNet-50 against VGG-16 on validation accuracy; ResNet-50 is better.\n\nLinear combination allows fast computation without performance degradation. The combination weight is fixed (0.75) in our current solution, but is also configurable dynamically to adapt to changes over time.', 'model.baseline');
    yesFull('4. Model', 'We compare it against the keyword rules we run today.', 'model.baseline');
  });
  it('a "Future Plan" section is not the plan; per-request cost and event-driven metrics choose no serving mode', () => {
    noFull('8. Future Plan (Production with APIs)', '- Monitor drift (layout/vendor changes) and re-train weekly or update prompts/validators', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- Monitor drift (layout/vendor changes) and re-train weekly or update prompts/validators', 'monitoring.retraining-plan');
    noFull('4. Model', '- Using Ollama locally avoids per-request API cost and privacy issues.', 'deployment.online-vs-batch');
    noFull('3. Data', '- **Univariate Analysis:** Analyzed distributions, revealing highly skewed, sparse event-driven metrics alongside continuous, stable metrics.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'Scoring is event-driven: each transaction is scored as it arrives.', 'deployment.online-vs-batch');
  });
  it('a health endpoint in an API reference, "Data Quality" among challenges and duplicates as the task are no monitoring', () => {
    noFull('GET /health', 'Check service health status.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'A service health dashboard in Grafana alerts on-call when the error rate passes 1%.', 'monitoring.operational-metrics');
    noFull('1. Overview', '__Challenges:__\n\n* Volatile Inventory\n* Scale\n* Data Quality', 'monitoring.data-quality');
    noFull('1. Problem', 'The basic task is to identify which questions asked on Quora are duplicates of questions already asked. We will have to predict whether a pair of questions are duplicate or not. We need thresholds for the probability of a pair of questions being duplicate.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'Duplicate events in the feed are counted daily and alert when above 1%.', 'monitoring.data-quality');
  });
  it('machines a dataset was recorded on are no compute budget; "Outputs: our predictions" names no model output', () => {
    noFull('3. Data', 'I expanded the dataset to include all machines from SMD Group 1, which is 8 machines in total.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'Inference runs on at most 8 machines with 2 GPUs each.', 'requirements.budget-cost');
    noFull('1. Scope', '- **Outputs:**\n  - Our predictions\n  - Benchmark predictions', 'framing.io-spec');
    yesFull('2. Framing', '- **Output:** fraud probability per transaction', 'framing.io-spec');
  });
});

describe('lint mechanisms (session 62)', () => {
  it('a "Future Architecture Enhancements" or "Future Enhancements" section is work put off', () => {
    noFull('Future Architecture Enhancements', '### Short-term\n\n- Automated daily retraining scheduler', 'monitoring.retraining-plan');
    noFull('9. Future Enhancements', '- Retrain the forecaster every night on the newest week of readings.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '- Retrain the forecaster every night on the newest week of readings.', 'monitoring.retraining-plan');
  });
  it('residual analysis is the model\'s errors, not a service\'s; "operational observability" is no business outcome', () => {
    noFull('Design Goals', '- **Operational observability**: Residual analysis and error diagnostics', 'monitoring.operational-metrics');
    noFull('Design Goals', '- **Operational observability**: Residual analysis and error diagnostics', 'requirements.business-objective');
    yesFull('Design Goals', '- **Operational observability**: Grafana dashboards of p99 latency and error rate, paging on-call', 'monitoring.operational-metrics');
    yesFull('1. Requirements', '- **Operational cost**: cut the grid operator\'s balancing expenses by 10% with better day-ahead forecasts', 'requirements.business-objective');
  });
  it('churn rates balanced across the data splits and "unbalanced splits" describe the split, not the business or the classes', () => {
    noFull('Success Criteria', '- ✅ No data leakage between splits (CLIENT_ID overlap = 0)\n- ✅ Balanced churn rates across splits (20-60% range)', 'requirements.business-objective');
    yesFull('Success Criteria', '- ✅ Reduce monthly churn of called clients by 5%', 'requirements.business-objective');
    noFull('Common Issues', '- **Overlapping CLIENT_IDs**: Check split logic preserves uniqueness\n- **Unbalanced splits**: Verify stratification on `IS_CHURN` column', 'data.class-imbalance');
    yesFull('3. Data', '- **Imbalanced classes**: only 4% of clients churn, so we stratify the splits on `IS_CHURN`', 'data.class-imbalance');
  });
  it('baselines that are stored metrics (updated, a baseline_metrics file, degradation from baseline) are no baseline model', () => {
    noFull('7. Monitoring', '- Feedback loop: update baselines, retrain', 'model.baseline');
    noFull('5. Testing', '- No >5% accuracy degradation from baseline\n- Update baseline metrics if legitimate improvement', 'model.baseline');
    noFull('Key Files', '- [tests/fixtures/baseline_metrics.json](../../tests/fixtures/baseline_metrics.json) - Performance baselines', 'model.baseline');
    yesFull('4. Model', '- A logistic regression baseline; the GBM must beat it by 2 points of AUC.', 'model.baseline');
    yesFull('4. Model', '- Performance baselines: logistic regression (AUC 0.71) and popularity (AUC 0.64).', 'model.baseline');
    yesFull('4. Model', '- No model ships with more than 5% accuracy degradation from the baseline model.', 'model.baseline');
  });
  it('links under "Related Documentation" point elsewhere; they are not the doc\'s own design', () => {
    noFull('Related Documentation', '**Technical Details:**\n\n- [Model Explanation](../model-explanation.md) - Deep dive on scoring logic with SHAP values per client', 'model.interpretability');
    yesFull('4. Model', '- Model explanation: SHAP values per client show the CX team why a score is high.', 'model.interpretability');
  });
  it('a metric in the promotion gate of a retraining job ("The candidate replaces the current model only if:") is no production monitoring', () => {
    noFull('7. Monitoring', 'The candidate replaces the current model only if:\n\n- PR-AUC is at least as good as the current model\'s, and\n- recall has not dropped by more than 0.02.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We watch the live model:\n\n- PR-AUC on last week\'s labelled chargebacks, on a dashboard, and\n- recall, alerting when it drops by more than 0.02.', 'monitoring.model-performance');
  });
  it('the alerts a model raises (its alert rate, an alert budget) are its output, not a watch on it; robustness to shift is no drift monitor', () => {
    noFull('At a Glance', '- **Task:** rank ICU patient-hours by risk in the next 2 hours\n- **Primary metric:** precision at a fixed 0.5% alert rate', 'monitoring.model-performance');
    noFull('1. Framing the Task Around Alert Budgets', '**Decision:** Optimize and evaluate the model using precision at fixed alert rates, rather than accuracy or F1.', 'monitoring.model-performance');
    noFull('4. Model', '**Rationale:** Ranking at fixed alert rates is more robust to distribution shift than relying on calibrated probabilities.', 'monitoring.drift');
    yesFull('7. Monitoring', 'We alert when the weekly precision of fired alerts falls below 20%.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'A daily job alerts when the distribution shift of the vitals (PSI) exceeds 0.2.', 'monitoring.drift');
  });
  it('"Guardrails:" naming the filters an LLM answer passes through is no guardrail metric', () => {
    noFull('6. Serving', '4. Guardrails: Applies safety and compliance checks — PII filtering, hallucination prevention, forbidden actions, factual consistency checks.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', '- Guardrails: the refusal rate and p95 latency must not rise during the A/B test.', 'evaluation.guardrail-metrics');
  });
  it('a news feed design whose only "models" are push and pull fan-out is no ML design', () => {
    const doc = (extra: string): string =>
      '# Chapter 11. Design a News Feed System\n\n### Step 1 - Understand the problem and establish design scope\n\n' +
      '- C: Is it a mobile app, a web app, or both?\n- I: Both.\n- C: How many friends can a user have?\n- I: 5000.\n- C: What is the traffic volume?\n- I: 10 million DAU.\n\n' +
      '### Step 2 - Propose high-level design and get buy-in\n\n- Feed publishing: a user publishes a post, the data is written into cache and database.\n- Newsfeed building: aggregate friends\' posts in reverse chronological order.\n\n' +
      '### Step 3 - Design deep dive\n\n**Fanout service - Fanout on write (push model) vs. fanout on read (pull model).**\n\n' +
      '**Fanout on write (push model)**\n\n- The news feed is pre-computed during write time.\n- Fetching the feed is fast.\n\n' +
      '**Fanout on read (pull model) - news feed is generated during read time.**\n\n- For inactive users, it works better.\n\n' +
      'We\'ll adopt a hybrid approach - we\'ll pre-compute the news feed for people without many friends and use the pull model for celebrities.\n\n' +
      extra +
      '### Step 4 - wrap up\n\n- Scaling the database: vertical vs horizontal scaling, replication.\n- Keep the web tier stateless.\n- Consistency models\n';
    assert.equal(recognised(doc('')), false);
    assert.equal(recognised(doc('**Ranking**\n\n- A LightGBM model predicts the probability that the user engages with each post; it is trained daily on last week\'s clicks and served behind the feed API.\n- We evaluate it offline with AUC and online with an A/B test on time spent.\n\n')), true);
  });
  it('a recommender\'s "candidate source" is a retrieval stage, and "returns a labeled prediction" is the model\'s output, not the data', () => {
    noFull('7. Handling Freshness', '**Solution:**\n\n1. **Separate "Fresh" Candidate Source:** A simple heuristic rule ("Show trending videos in user\'s country").', 'data.sources');
    yesFull('3. Data', '1. **Data Source:** watch logs and the video catalogue, exported nightly from BigQuery.', 'data.sources');
    noFull('6. Serving', 'When the maintenance app calls /predict, the service fetches recent features, loads the model version, runs inference and returns a labeled prediction.', 'data.labels');
    yesFull('3. Data', 'Each reading is labeled 1 when the machine failed within 7 days after it, from the maintenance tickets.', 'data.labels');
  });
  it('a bug-fix note ("… Error - Fix Documentation") and personal insight notes are no design doc', () => {
    const fix = (title: string): string =>
      `# ${title}\n\n## Issue Summary\n\n**Error**: \`AttributeError: 'Prophet' object has no attribute 'stan_backend'\`\n\n**Location**: \`train_model\` task in the Airflow demand forecasting pipeline\n\n` +
      '**Root Cause**: Incompatibility between Prophet 1.1.5 and its Stan backend (cmdstanpy).\n\n## Solution Applied\n\n### 1. Updated Requirements\n\nPinned prophet==1.1.6 and cmdstanpy==1.2.4 so the model trains again.\n\n' +
      '### 2. Updated Model Training Code\n\nThe training script now passes the backend explicitly; the forecasting model is fit on 2 years of daily sales per store.\n\n' +
      '## Verification Steps\n\n1. Trigger the DAG and check the train_model task succeeds.\n2. Check the forecast table has 90 days of predictions per store.\n3. Compare the MAPE on the last 4 weeks with the previous run.\n\n' +
      '## Technical Details\n\n### Prophet + Stan Backend Architecture\n\nProphet builds the model in Python and fits it with Stan through cmdstanpy, which compiles the Stan program once.\n\n' +
      '## Prevention\n\n- Pin the versions of ML libraries.\n- Add a smoke test that fits the model on a small sample.\n\n## Next Steps\n\n- Monitor the Airflow logs for the next runs.\n- Retrain weekly as before.\n';
    assert.equal(recognised(fix('Prophet Stan Backend Error - Fix Documentation')), false);
    assert.equal(recognised(fix('Bug fix notes')), false);
    // (the same sections under a title that names the pipeline read as a design of it)
    assert.equal(recognised(fix('Demand Forecasting Pipeline')), true);
    const notes = (title: string): string =>
      `# ${title}\n\n## 1. Starting with the Right Data (and Problem)\n\nI used the MovieLens and TMDB metadata for 45,000 movies; the problem is finding movies by meaning as well as by title.\n\n` +
      '## 2. Architecture & Design Decisions\n\n- BM25 in OpenSearch for keywords, plus sentence-transformer embeddings in a k-NN index.\n- Scores are combined with reciprocal rank fusion.\n- The embedding model runs on an r5a.4xlarge instance; queries are answered online in under 300 ms.\n\n' +
      '## 3. Challenges & Lessons Learned\n\n- Hybrid ranking beat either method alone on my 50 test queries (NDCG@10 0.61 vs 0.48).\n- Reindexing 45,000 embeddings took 20 minutes.\n\n' +
      '## 4. What Could Be Next\n\n- Latency dashboards, a learning-to-rank model trained on clicks.\n';
    assert.equal(recognised(notes('📘 Companion Notes – Personal Insights from Building a Hybrid Search System')), false);
    assert.equal(recognised(notes('Error Detection in Movie Search: a Hybrid Search System')), recognised(notes('Hybrid Search System')));
  });
});

describe('lint mechanisms (session 63)', () => {
  it('a "Future Roadmap" section and a section marked "Coming Soon" are work put off', () => {
    noFull('Future Roadmap', '- **Monitoring:** Prometheus metrics for p95 latency and prediction drift (PSI per feature, weekly).', 'monitoring.drift');
    noFull('Part 4: Monitoring — Coming Soon', '- Data drift detection with PSI on every input feature, checked weekly.', 'monitoring.drift');
    yesFull('7. Monitoring', '- Data drift detection with PSI on every input feature, checked weekly.', 'monitoring.drift');
  });
  it('a "baseline of resource utilization" is capacity, not a model to beat', () => {
    noFull('6. Serving', '- **Economy of scale:** tenants share one cluster to keep a minimum baseline of resource utilization.', 'model.baseline');
    yesFull('4. Model', '- Baseline: a seasonal-naive forecast (same week last year); the model must beat its MAPE.', 'model.baseline');
  });
  it('an easy rollback when a CI pipeline fails is no rollout of a model', () => {
    noFull('6. Deployment', '**Decision:** deploy the pipeline templates with GitHub Actions.\n\n**Reasoning:**\n\n- Keeps code changes apart from the daily runs.\n- Reproducible builds and easy rollback if a pipeline fails.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', '- A new model version takes 5% of traffic first, with an easy rollback to the previous model if conversion drops.', 'deployment.rollout-strategy');
  });
  it('the document explaining its decisions, and feature-importance drift, are no interpretability of the model', () => {
    noFull('Overview', '> This document explains **why** each design decision was made for the propensity model.', 'model.interpretability');
    noFull('7. Monitoring', 'Feature Importance Drift: measure how the model\'s feature importances change from week to week.', 'model.interpretability');
    yesFull('4. Model', '- SHAP values explain each score to the marketing team, three top reasons per customer.', 'model.interpretability');
  });
  it('"keeps model performance stable" given as a reason is no watch on the live model', () => {
    noFull('7. Monitoring', '**Decision:** retrain only when data drift passes a threshold.\n\n**Reasoning:**\n\n- Avoids needless retraining costs.\n- Keeps model performance stable as seasonal traffic shifts.', 'monitoring.model-performance');
    yesFull('7. Monitoring', '- We track model performance (precision@100 on confirmed purchases) weekly on a dashboard.', 'monitoring.model-performance');
  });
  it('"Target:" naming what a stage aims to do is no label; a crowd-sourced review platform is a product, not labels', () => {
    noFull('Stage 1: Retrieval', '- **Method:** ALS matrix factorisation.\n- **Target:** Scan all 50k items to find the top-100 candidates.', 'data.labels');
    yesFull('3. Data', '- **Target:** whether the user buys the item within 7 days of the impression (1) or not (0).', 'data.labels');
    noFull('Background', 'Yelp runs a business directory service and a crowd-sourced review platform for local businesses.', 'data.labels');
    yesFull('3. Data', 'Labels are crowd-sourced: three raters mark each review as spam or not spam.', 'data.labels');
  });
  it('"potential conversion metrics" names a metric the change might move, not one read', () => {
    noFull('Results', '- The re-ranker pushed relevant items into the top 5, directly impacting potential conversion metrics.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', '- Online: conversion rate of recommended items, measured in a two-week A/B test.', 'evaluation.online-metrics');
  });
  it('a file loaded "at any time", class names in a slash list, an image margin and confidential cost data are no business objective', () => {
    noFull('Model API', '**save_model** - class method - Saves the model after training, so it can be loaded at any time from file and run inference.', 'requirements.business-objective');
    noFull('Why I did not use the Enron dataset', '- **Label mismatch with the task:** the labels were `ham/spam`, while the assignment requires `priority/default/slow`. I could have generated new labels, but under time constraints it was more reliable to use a dataset whose categories already aligned with the goal.', 'requirements.business-objective');
    noFull('Background crops', 'The script crops a square that touches no labelled box, and keeps a margin around every box so a half-visible object is never a negative.', 'requirements.business-objective');
    noFull('Non-functional requirements', '- **Data confidentiality:** pricing strategies, cost information and sales data must be protected from unauthorized access.', 'requirements.business-objective');
    yesFull('1. Requirements', '- Cut the time from order to delivery by 10% in the pilot cities.', 'requirements.business-objective');
    yesFull('1. Requirements', '- Goal: reduce the spam that reaches inboxes by 30% without hiding real mail.', 'requirements.business-objective');
    yesFull('1. Requirements', '- Protect margins: cut the cost of returns by 5% this year.', 'requirements.business-objective');
  });
  it('a model card that says how the model is scored, watched and retrained is a design doc', () => {
    const card = (ops: string): string =>
      '# Model Card: Subscription Churn (LightGBM)\n\n## Model Details\n\n- **Owner**: Growth data science\n- **Version**: 2.1\n- **Type**: LightGBM binary classifier\n\n' +
      '## Intended Use\n\n- **Primary use**: find paying members likely to cancel in the next 30 days, so the retention team can offer a discount.\n- **Out of scope**: members on a free trial.\n\n' +
      '## Training Data\n\n- **Source**: `members_daily` and `billing_events` tables in the warehouse.\n- **Target**: `cancelled_30d` (the member cancels within 30 days of the snapshot).\n- **Size**: ~120,000 members; 8% positives.\n\n' +
      '## Quantitative Analyses\n\n- **Split**: time-based, train on Jan–Sep, test on Oct–Nov.\n- **PR-AUC**: 0.41 (logistic regression baseline: 0.33).\n- **Recall@top 10%**: 0.52.\n\n' +
      ops +
      '## Caveats and Recommendations\n\n- Members with under 14 days of history get no score.\n';
    const ops =
      '## Architecture\n\n1. **Features**: dbt models build the same feature table for training and scoring.\n2. **Scoring**: a nightly batch job writes scores to `analytics.churn_scores`; a FastAPI endpoint scores on demand for the support tool.\n\n' +
      '## Monitoring\n\n- PSI on the top 10 features, weekly; retrain when any feature drifts past 0.2, and every quarter otherwise.\n\n';
    assert.equal(recognised(card(ops)), true);
    assert.equal(recognised(card('')), false);
  });
  it('a database "ACID model" or "BASE model" beside it is no ML word: a non-ML photo-sharing design is not linted', () => {
    const design = (extra: string): string =>
      '# Design a Photo Sharing App\n\n## Requirements\n\nUpload photos from a phone\nFollow other users\nShow a feed of photos from followed users\nSupport 10m monthly users\n\n' +
      '## Scaling\n\nWith 10m monthly users each uploading 2 photos of 5 MB, we store about 100 TB a month, so photos go to object storage and only their paths to the database.\n\n' +
      '## Data Model\n\nThree tables: users, photos and follows. The data is relational, so we use SQL.\n\nUsers\nuser_id pk int\nname str\n\nPhotos\nphoto_id pk int\nuser_id fk\npath str\n\n' +
      '## Overall System\n\nThe mobile client sends requests to a load balancer, which routes reads and writes to separate services. Feeds are cached per user and rebuilt when a followed user posts.\n\n' +
      extra +
      '## Notes\n\n- `Features`: the requirements above are the features the product must support.\n- `Latency`: the time a packet takes from one place to another; a CDN cuts it for images.\n' +
      '- `Eventual consistency`: an update reaches every replica eventually. A DBMS following the ACID model locks rows during a transaction, while databases with a BASE model give high availability.\n' +
      '- `Hashing`: a hash maps a key to a bucket; 10-fold replication is overkill here.\n' +
      '- `CDN`: edge caches serve images close to users.\n- `Sharding`: users are split across database shards by user_id.\n' +
      '- `Replication`: each shard has two read replicas.\n- `Load balancer`: spreads requests across the web servers.\n';
    assert.equal(recognised(design('')), false);
    assert.equal(recognised(design('## Feed Ranking\n\nA LightGBM model predicts the probability that a user likes each candidate photo; it is trained daily on last week\'s likes and evaluated offline with AUC before an A/B test on time spent.\n\n')), true);
  });
});

describe('lint mechanisms (session 64)', () => {
  it('an organisation named "Diversity …", a "Map" type in a class diagram and a sequence-diagram arrow are no offline metric', () => {
    noFull('1. Requirements', 'Diversity Tech Council is a non-profit that runs 3 training programmes for under-represented engineers.', 'evaluation.offline-metrics');
    noFull('6. Serving', '```mermaid\nclassDiagram\n    class Matcher {\n        +score(candidateSkills: Map, jobSkills: Map): float\n    }\n```', 'evaluation.offline-metrics');
    noFull('6. Serving', '```mermaid\nsequenceDiagram\n    participant U as User\n    participant CE as Candidate Endpoint\n    U->>CE: Request resume tips\n    CE->>U: Return the tips\n```', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Offline we compare rankers by diversity (distinct categories in the top 10) and NDCG@10.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', '| Model | MAP | Recall@10 |\n| --- | --- | --- |\n| ALS | 0.21 | 0.34 |', 'evaluation.offline-metrics');
  });
  it('a database split by schema is no train/test split', () => {
    noFull('6. Serving', '| # | Decision | Why |\n| --- | --- | --- |\n| 05 | Split database by schema to decouple domains | keeps candidate, employer and analytics data apart |', 'data.split-leakage');
    yesFull('3. Data', 'We split the data by user so that no user appears in both the training and the test set.', 'data.split-leakage');
  });
  it('a colon ratio of training, validation and evaluation sets is a split', () => {
    yesFull('3. Data', '- Files are assigned to a set by a hash of the file name\n- Training:Validation:Evaluation = 8:1:1', 'data.split-leakage');
    noFull('3. Data', '- Files are assigned to a folder by a hash of the file name\n- Folders: raw, processed, mel', 'data.split-leakage');
  });
  it('the probability that a loan will default is the prediction, not a business objective', () => {
    noDoc('# Pay-later default model (one-pager)\n\n## Objective\n\nThe objective of this case study is to build an early-risk model that estimates the probability that a Pay Later loan will default within 21 days from issuance.\n\n## Target definition\n\nThe target is 1 when the loan is unpaid 21 days after issuance.\n\n## Validation\n\nTime-based splits: train on older loans, test on the most recent month.\n', 'requirements.business-objective');
    yesFull('1. Requirements', 'The aim is to cut losses from loans that default within 21 days by 15% without approving fewer good customers.', 'requirements.business-objective');
  });
  it('data sources: not an enumeration under a features heading; items under "Sources" or a data dictionary; "we get …"', () => {
    noFull('3. Data', '### Delta features\n\nRather than raw totals, several variables are deltas between windows (e.g. repayments between 6m and 3m, failed payments, or exposure growth between 14d and 7d).', 'data.sources');
    yesFull('3. Data', '### Sources\n\n1. Sentinel-2 tiles from the provider\'s public bucket.\n2. County yield estimates published each February.', 'data.sources');
    yesFull('3. Data', '### Data Dictionary\n\n- **TransactionID:** integer, one per transaction\n- **Amount:** the amount in euros', 'data.sources');
    yesFull('3. Data', '- Thumbnail tests: creators upload two or three thumbnails; we get impressions and clicks per thumbnail.', 'data.sources');
  });
  it('the dial of a load generator is no expected traffic', () => {
    noFull('5. Evaluation', '#### Traffic pattern\n\n- Control the request rate (e.g. 1 req/sec to 100 req/sec for testing limits).\n- **Volume:** configurable rate (e.g. 1 req/sec to 100 req/sec).', 'requirements.throughput-qps');
    yesFull('1. Requirements', '- Peak traffic: 100 requests/sec at launch; we load test to twice that.', 'requirements.throughput-qps');
  });
  it('training without more memory per step is no guardrail metric', () => {
    noFull('4. Model', '### Gradient accumulation\n\nLets us train with larger effective batch sizes without increasing per-step memory requirements.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'The A/B test must raise answer acceptance without increasing the p95 latency by more than 10%.', 'evaluation.guardrail-metrics');
  });
  it('an item under "Possibly add …:" is not committed to', () => {
    noFull('7. Monitoring', 'Possibly add feedback loops:\n\n- Clinician feedback on each alert\n- Regular model retraining schedule (monthly/quarterly)', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'Feedback loops:\n\n- Clinician feedback on each alert\n- Regular model retraining schedule (monthly), promoted only if recall holds', 'monitoring.retraining-plan');
  });
  it('a security scan among the build\'s tests is no privacy or security measure', () => {
    noFull('6. Serving', '1. Build: `make build`.\n2. Run: `make run`.\n3. Test: `make test-docker`. Tests for type hinting, lint, security vulnerabilities, unit tests and the server build. Note: unit tests cover only a few functions, to show how testing is done.', 'requirements.privacy-security');
    yesFull('6. Serving', '- The endpoint requires an API key, and request logs drop the e-mail address before they are stored.', 'requirements.privacy-security');
  });
  it('compute reserved: a GPU block is no latency, machines asked for are no model weighed, and the reservation table is a budget', () => {
    const table = (rows: string): string => `| Requirement | How many/when | Justification |\n| --- | --- | --- |\n${rows}`;
    noFull('6. Serving', table('| `gpu_mi100` | 4 hour block twice a week | train a BERT model, which will need a GPU for reduced training and inference times |'), 'requirements.latency-p99');
    noFull('4. Model', table('| `m1.medium` VMs | 4 for the whole project | run notebooks and code |\n| `gpu_mi100` | 4 hour block twice a week | train a BERT model, an LLM that needs a GPU |'), 'model.selection-tradeoffs');
    yesFull('1. Requirements', table('| `gpu_mi100` | 4 hour block twice a week | train the CNN classifiers |'), 'requirements.budget-cost');
    yesFull('1. Requirements', '- Scoring must answer within 200 ms at p99.', 'requirements.latency-p99');
  });
  it('a usage scenario called the baseline is no model to beat', () => {
    noFull('7. Monitoring', '| Scenarios | Demand | Key metric |\n| --- | --- | --- |\n| Standard (Baseline) | low | balance of latency and accuracy |\n| Public facing | high | throughput |', 'model.baseline');
    yesFull('5. Evaluation', '| Model | Recall@10 |\n| --- | --- |\n| Popularity (baseline) | 0.12 |\n| Two-tower | 0.31 |', 'model.baseline');
  });
  it('a classification problem of whether the user will click is the ML objective', () => {
    yesFull('4. Model', 'With user and video features we turn it into a classification problem (whether the user will click on the video or watch it for 30 seconds).', 'framing.ml-objective');
    noFull('4. Model', 'With user and video features we can turn it into a classification problem later.', 'framing.ml-objective');
  });
  it('explaining why a model works better, and trading accuracy for efficiency, are neither interpretability nor a business objective', () => {
    noFull('4. Model', '- It also helps us explain why certain models work better in certain situations.', 'model.interpretability');
    noFull('4. Model', 'Retrieval is a fast step where I trade accuracy for efficiency and reduce the search space.', 'requirements.business-objective');
    yesFull('4. Model', '- SHAP values explain why the model flagged each transaction, shown to the analyst.', 'model.interpretability');
    yesFull('1. Requirements', '- Improve operational efficiency: cut the analysts\' review time per case by 20%.', 'requirements.business-objective');
  });
  it('people counted in a whole country are no user base; job candidates beside employers are', () => {
    noFull('1. Requirements', 'Regional cuisines bring a homely feeling to millions of people in the United States.', 'requirements.scale');
    yesFull('1. Requirements', 'With only 5000 candidates and several hundred employers, scale is not a driving concern.', 'requirements.scale');
    noFull('6. Serving', 'The ranker filters 500 candidates down to 50 per request.', 'requirements.scale');
  });
  it('R² by name, a route that returns the prediction, and training triggered by new data', () => {
    yesFull('5. Evaluation', 'Run the benchmark and you should get a coefficient of determination around 0.42.', 'evaluation.offline-metrics');
    yesFull('6. Serving', '- `POST /stream` : which takes one record and returns the prediction for that record.', 'deployment.online-vs-batch');
    noFull('6. Serving', '- `POST /upload` : which takes a file and stores it.', 'deployment.online-vs-batch');
    yesFull('7. Monitoring', 'The training job is set to be triggered when new data is available (every week), and the new model is exported to blob storage.', 'monitoring.retraining-plan');
  });
});
describe('lint mechanisms (session 65)', () => {
  it('a pick set against the options it beat, or an option turned down with its reason, weighs models', () => {
    yesFull('4. Model', 'For the price check I picked the median-based IQR rule over Z-scores or an Isolation Forest, because prices are skewed and the IQR is robust to extreme values.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We use an adapter on the pretrained encoder. I did consider using logistic regression, but its capacity was insufficient for so few examples.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We picked Python over Java for the service code.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We fine-tune a small BERT head on the labelled answers.', 'model.selection-tradeoffs');
  });
  it('"We chose to train X since …" is a model picked for a reason', () => {
    yesFull('4. Model', 'We chose to train a simple MLP since it can take categorical and numeric inputs side by side.', 'model.selection-tradeoffs');
    noFull('4. Model', 'We chose to train a simple MLP since it gives the best results.', 'model.selection-tradeoffs');
  });
  it('what a miss costs the business is no budget; machines asked for still are', () => {
    noFull('1. Requirements', '| Anomaly | Count | Cost of non-detection |\n| --- | --- | --- |\n| Missing freight | 3 | Port demurrage (₹15,000+/day) |', 'requirements.budget-cost');
    yesFull('1. Requirements', '| Item | Cost |\n| --- | --- |\n| GPU inference node | $1,200/month |', 'requirements.budget-cost');
  });
  it('a Z-score weighed as an outlier test is no scaled feature', () => {
    noFull('4. Model', '### Why IQR?\n\n- **Why not Z-Score?** Prices are skewed, so a mean-based z-score misses real outliers.', 'data.features');
    yesFull('3. Data', 'Numeric inputs are standardised with z-scores computed on the training split.', 'data.features');
  });
  it('calls that staff can make a day are no traffic; calls the system scores are', () => {
    noFull('5. Evaluation', 'The clinic has a hard outreach limit, so for the "100 calls/day" setting we report precision@100.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'With 18 000 calls per day reaching the claims line, each one is summarised by the model.', 'requirements.throughput-qps');
  });
  it('a figure named as the bottleneck today is no latency target', () => {
    noFull('1. Requirements', 'Scoring thousands of articles a day, the single-stage model (20-50 ms per article) is becoming a bottleneck.', 'requirements.latency-p99');
    noFull('1. Requirements', 'Context: the current model (40 ms per article) too slow for the nightly volume.', 'requirements.latency-p99');
    yesFull('1. Requirements', 'Each article must be scored in under 20 ms at p99.', 'requirements.latency-p99');
  });
  it('a row of benchmark results is no online metric', () => {
    noFull('5. Evaluation', '### Benchmark results\n\n| Metric | Before | After |\n| --- | --- | --- |\n| Skip rate | 0% | 56% |', 'evaluation.online-metrics');
    yesFull('5. Evaluation', '### Online A/B results\n\n| Metric | Control | Treatment |\n| --- | --- | --- |\n| Skip rate | 31% | 27% |', 'evaluation.online-metrics');
  });
  it('a user rating percentage is an online metric', () => {
    yesFull('5. Evaluation', '**Evaluation metrics:**\n\n- ROUGE-L against reference summaries\n- User rating %', 'evaluation.online-metrics');
    noFull('3. Data', '- Users can leave a rating on each summary.', 'evaluation.online-metrics');
  });
  it('an API response time in milliseconds, and a model\'s load, are no business objective', () => {
    noFull('1. Requirements', '### Objectives\n\n- Ensure low response time at the API layer (<300 ms, summaries are cached)', 'requirements.business-objective');
    noFull('6. Serving', '- Batch processing reduces load on the summarisation model', 'requirements.business-objective');
    yesFull('1. Requirements', '- Reduce the workload of the support agents so that tickets are answered the same day.', 'requirements.business-objective');
  });
  it('a system\'s "Key features" are not the model\'s inputs', () => {
    noFull('3. Data', '**Key features**:\n\n- Asynchronous processing for better scalability\n- Caching for improved response times', 'data.features');
    yesFull('3. Data', '**Features**:\n\n- Days since the last order, basket size and the share of discounted items', 'data.features');
  });
  it('labels: who writes them under an annotation caption, and the doc\'s class given its rule', () => {
    yesFull('5. Evaluation', '**Annotation collection:**\n\n- Human-written summaries from product testers and labelers', 'data.labels');
    noFull('5. Evaluation', '**Annotation collection:**\n\n- Stored in the warehouse', 'data.labels');
    yesDoc('# Fraud detection for ticketed events\n\n## Data\n\nWe defined `fraud` here as any account type whose name contains the word fraud; spam accounts are left out.\n', 'data.labels');
    noDoc('# Fraud detection for ticketed events\n\n## Data\n\nWe defined `latency` here as the time from request to response.\n', 'data.labels');
  });
  it('model input and output: a sample size "estimated" for each group is none; a probability computed for each appointment is', () => {
    noFull('5. Evaluation', 'With a 7% baseline CTR and a 4% minimum detectable effect, the sample size for each group of the experiment (each recommender) is estimated to be 925 users.', 'framing.io-spec');
    yesFull('6. Serving', '1. Compute the predicted no-show probability for each scheduled appointment.\n2. Call the top 100.', 'framing.io-spec');
  });
  it('a list under "improvements that could be made" is not committed to', () => {
    noFull('7. Monitoring', 'There are still improvements that could be made before production:\n\n- Implement periodical online re-training so the model takes in new interactions and to palliate any data drift', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'Before production we will add:\n\n- Weekly re-training on the last 8 weeks of interactions', 'monitoring.retraining-plan');
  });
  it('Grafana showing an experiment\'s results, or named in a table of tools, is no operational metric', () => {
    noFull('6. Serving', 'Seldon collects the clicks, and it integrates with Prometheus and Grafana, which will allow monitoring of the experiment\'s results.', 'monitoring.operational-metrics');
    noFull('6. Serving', '| Task | Tools/Package |\n| --- | --- |\n| Metrics and dashboard | Prometheus, Grafana |', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'A Grafana dashboard shows p99 latency and the 5xx error rate of the endpoint, with an alert above 1%.', 'monitoring.operational-metrics');
  });
  it('online serving: an endpoint that computes and returns recommendations; users\' prediction requests routed to the models', () => {
    yesFull('6. Serving', '- The `/recommend` POST endpoint loads the user and item embeddings into memory, computes dot-product scores, and returns the top-K recommendations', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'Recommendation prediction requests from user traffic will be routed at random to one of the two recommenders.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'Support requests from users are routed to the on-call engineer.', 'deployment.online-vs-batch');
  });
  it('on-device prediction, and a classifier run the moment a post appears, choose the serving mode', () => {
    yesFull('6. Serving', 'Clients download the trained model for their city onto their device to predict locally.', 'deployment.online-vs-batch');
    yesFull('6. Serving', 'The system is designed to react to spam instantly, at the moment it appears.', 'deployment.online-vs-batch');
    noFull('6. Serving', 'Clients download the app onto their device.', 'deployment.online-vs-batch');
  });
  it('a guardrail library, or the guardrail product the doc builds, is no guardrail metric', () => {
    noFull('4. Model', 'I considered existing solutions such as Guardrails AI for this.', 'evaluation.guardrail-metrics');
    noDoc('# Design notes for a chatbot groundedness guardrail\n\n## Approach\n\nThis guardrail checks each answer against the retrieved documents; the evaluation metrics are in the last section.\n', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'Guardrail metrics: p95 latency and the complaint rate must not rise during the test.', 'evaluation.guardrail-metrics');
  });
  it('"experiment with" as a verb is no A/B test', () => {
    noFull('6. Serving', '- **Manual testing tab:** Lets users paste a chatbot answer and see the retrieved passages. The interface enables users to experiment with different answers and watch how the guardrail judges them.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We run an online experiment: 50/50 split by user for two weeks, primary metric CTR.', 'evaluation.ab-test-plan');
  });
  it('baseline: a cost assumption, a customer\'s usual spending and the first version told as history are no model to beat', () => {
    noFull('5. Evaluation', '- **Cost per false positive**: configurable baseline assumption (₹350).', 'model.baseline');
    noFull('3. Data', '- Amount deviation: 4x-12x the customer baseline.', 'model.baseline');
    noFull('4. Model', 'In the first version of our spam filter, we used a hybrid vector of text and engagement counts.', 'model.baseline');
    yesFull('4. Model', 'The first version is a keyword rule; every model must beat its recall.', 'model.baseline');
  });
  it('a heading "… in real-time operation" names no monitoring section', () => {
    assert.deepEqual(classifyHeadingAll('The problem: a logical paradox in real-time operation'), classifyHeadingAll('The problem: a logical paradox'));
    assert.ok(classifyHeadingAll('Operations').includes('monitoring'));
  });
  it('a bias of the model against a kind of content is no fairness measure', () => {
    noFull('4. Model', '2. **Elimination of bias:** We have removed the system\'s bias against new posts. Now a good post from a new author is not flagged as spam just because it has no reactions yet.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'We measure bias across gender and age groups by comparing recall per group every release.', 'requirements.privacy-security');
  });
  it('model-performance monitoring only wished for is not planned', () => {
    noFull('7. Monitoring', '- Usage monitoring: console logs are in place, however it would be beneficial to add persistent monitoring for insights into model performance.', 'monitoring.model-performance');
    yesFull('7. Monitoring', '- We monitor model performance weekly against labelled samples.', 'monitoring.model-performance');
  });
  it('a serverless index created in a setup step is no scaling', () => {
    noFull('6. Serving', 'Navigate to Databases > Indexes and make a serverless index. This is where the embeddings are stored.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'Inference runs on serverless endpoints that scale to zero at night and out to 20 replicas at peak traffic.', 'deployment.scaling-efficiency');
  });
  it('"at the time of the event" in a coefficient read is no point-in-time feature', () => {
    noFull('4. Model', '1. `Tickets left`: 6.3 — the more tickets left at the time of the event, the more likely it is fraudulent.', 'data.feature-backfill');
    yesFull('3. Data', 'Features are computed as they were at the time of the event, from point-in-time snapshots.', 'data.feature-backfill');
  });
  it('training triggered by a count of new labelled images is a retraining plan, and that count is no scale', () => {
    const text = 'It notifies the model training service when a city has more than 100 labelled images that are not yet considered in its latest model.';
    yesFull('7. Monitoring', text, 'monitoring.retraining-plan');
    noFull('7. Monitoring', text, 'requirements.scale');
    yesFull('1. Requirements', 'The catalogue holds more than 100 million labelled images.', 'requirements.scale');
  });
  it('machine learning only under "Future enhancements" does not make a rule-based PRD an ML design', () => {
    const prd = (future: string): string =>
      `# PRD: spam filter for the pull-request feed\n\n## Overview\n\nFlag spam pull requests in the feed with a weighted score of hand-written checks.\n\n## Checks\n\n- Template left unfilled\n- Title shorter than 10 characters\n- Account younger than 7 days\n- Many pull requests to unrelated repos in one hour\n\n## Scoring\n\nEach check adds points; above 70 the pull request is hidden.\n\n## Performance requirements\n\n- 100 ms per pull request\n- Batch backfill of the last 30 days\n\n## Testing\n\n- Unit tests for every check\n- False positive rate under 5% on 200 hand-reviewed pull requests\n\n${future}`;
    assert.equal(recognised(prd('## Future enhancements\n\n### Machine learning integration\n\n- Training data collected from manual reviews\n- Pattern recognition improvements\n')), false);
    assert.equal(recognised(prd('## Machine learning\n\n### Model\n\n- A gradient-boosted classifier trained on manual reviews replaces the weights\n- Retrained weekly on the new reviews\n')), true);
  });
  it('a credits heading ends where sub-headings name the design\'s sections', () => {
    const doc = '# Restaurant recommender\n\n## Team contributions\n\n| Name | Role |\n| --- | --- |\n| Ana | data |\n\n### System diagram\n\nSee the figure.\n\n#### Model training\n\nWe chose to train a simple MLP since it can take categorical and numeric inputs side by side.\n';
    yesDoc(doc, 'model.selection-tradeoffs');
    // (a sub-heading that names no section stays part of the credits)
    noDoc('# Restaurant recommender\n\n## Team contributions\n\n| Name | Role |\n| --- | --- |\n| Ana | data |\n\n### Ana\n\nWe chose to train a simple MLP since it can take categorical and numeric inputs side by side.\n', 'model.selection-tradeoffs');
  });
  it('the ML objective: "ML scoring designed to detect …" and a pipeline arrow to a named probability', () => {
    yesFull('1. Requirements', 'The risk engine provides transaction-level ML scoring designed specifically to detect both single fraudulent payments and coordinated rings.', 'framing.ml-objective');
    yesFull('6. Serving', 'Request → feature builder (12 features) → GBDT → fraud_probability [0,1] → threshold → block or allow', 'framing.ml-objective');
    noFull('7. Monitoring', 'Model detection to detect drift runs weekly.', 'framing.ml-objective');
  });
  it('a share of traffic given to an arm is no request rate', () => {
    noFull('5. Evaluation', '**A/B testing**:\n\n- 10% traffic: v2 LambdaMART model\n- 90% traffic: v1 binary model', 'requirements.throughput-qps');
    yesFull('1. Requirements', '**Traffic**:\n\n- Peak: 2,000 queries per second', 'requirements.throughput-qps');
  });
  it('feature importance named as a step, or turned into a score\'s weights, is no interpretability', () => {
    noFull('5. Evaluation', '3. **Evaluation**\n   - Precision@10, Recall@10\n   - Feature importance analysis', 'model.interpretability');
    noFull('4. Model', 'The debt score sums six signals. Weights learned from GBDT feature importance on the seed dataset.', 'model.interpretability');
    yesFull('4. Model', 'Each flagged finding is shown with its top three SHAP features so reviewers see why it was flagged.', 'model.interpretability');
  });
  it('results cited from published research are no metric of this design, nor a research section\'s table', () => {
    noDoc('# Classifier pipeline design\n\n## Context\n\nAcademic research (Smith & Lee 2021, Wang et al. 2018, Chen 2024) shows that warning classification is "intrinsically easy" — the data lives in <2 dimensions, and simple models (GBDT, Random Forest) achieve >95% AUC.\n', 'evaluation.offline-metrics');
    noFull('7. Monitoring', '## Research foundation\n\n| Paper | Key finding |\n| --- | --- |\n| Lab report 2018 | 88-91% accuracy with alert fusion |', 'monitoring.model-performance');
    yesFull('5. Evaluation', 'Prior studies found that real warnings are rare. We evaluate on PR-AUC over a held-out month.', 'evaluation.offline-metrics');
  });
  it('how many labels a model needs is no data size', () => {
    noFull('3. Data', '- 50-100 labels sufficient for a useful per-project model', 'requirements.scale');
    yesFull('1. Requirements', '- 40 million monthly active users', 'requirements.scale');
  });
  it('code made easier for others to read is no business objective', () => {
    noFull('6. Serving', 'We follow the Python style guide; clean, consistent code makes it easier for others to read and contribute.', 'requirements.business-objective');
    yesFull('1. Requirements', 'The tool makes it easier for moderators to clear the review queue before the weekend.', 'requirements.business-objective');
  });
  it('the rating a user would give is the label', () => {
    yesFull('4. Model', 'The embeddings are fed into an MLP, which is trained to predict the rating a user would give to a book.', 'data.labels');
    noFull('4. Model', 'The embeddings are fed into an MLP.', 'data.labels');
  });
  it('the model\'s output served through cloud functions is online serving', () => {
    yesFull('6. Serving', '- the output from the model is served through cloud functions, which load the model from a bucket', 'deployment.online-vs-batch');
    noFull('6. Serving', '- the model is stored in a bucket after training', 'deployment.online-vs-batch');
  });
  it('coverage of our code is no offline metric', () => {
    noFull('5. Evaluation', 'As far as we know we have 100% coverage of our code, but edge cases may be missing.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Catalogue coverage of the top-10 lists is 62% on the held-out week.', 'evaluation.offline-metrics');
  });
  it('a paragraph that opens on what was not done commits to nothing in it', () => {
    noFull('7. Monitoring', 'We did not manage to implement monitoring for our deployed model. Monitoring would let us track the accuracy of the model over time.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We track the accuracy of the deployed model weekly against verified comments.', 'monitoring.model-performance');
  });
  it('a model described as a smaller, faster version of another weighs nothing', () => {
    noFull('4. Model', 'To describe a book and a user, we generated embeddings using BERT-tiny, a smaller and faster version of the BERT model, pretrained for language tasks. These embeddings were then fed into the MLP model, which was trained to predict the rating.', 'model.selection-tradeoffs');
    yesFull('4. Model', 'XGBoost is more accurate than logistic regression but slower to serve; we choose XGBoost because recall matters most.', 'model.selection-tradeoffs');
  });
  it('the device a training run used, and a data warehouse\'s scalability, are neither budget nor scaling', () => {
    noFull('4. Model', '| Setting | Value |\n| --- | --- |\n| **Optimizer** | AdamW |\n| **Device** | Tesla T4 (15GB VRAM) |', 'requirements.budget-cost');
    noFull('3. Data', 'BigQuery is Google\'s serverless, highly scalable data warehouse, used to store and query the sales data.', 'deployment.scaling-efficiency');
    yesFull('1. Requirements', '- Compute: one T4 GPU for inference, capped at $400 a month', 'requirements.budget-cost');
  });
  it('metrics read after training are no training loss; a "sub-2-second" response time is a latency target', () => {
    noFull('4. Model', 'Model accuracy is evaluated post-training using standard metrics (RMSE, MAE, R²).', 'model.loss-function');
    yesFull('4. Model', 'The regressor is trained with MAE as the loss.', 'model.loss-function');
    yesFull('1. Requirements', 'The service aims for a sub-2-second response time for single predictions.', 'requirements.latency-p99');
  });
  it('notes on a paper whose title carries its [pdf] link are no design', () => {
    const notes = (title: string): string =>
      `${title}\n\nNotes on a systems paper.\n\n## 1. Introduction\n\n* The system trains models on large clusters\n* A dataflow graph represents the computation\n\n## 2. Design principles\n\n* Training and serving share one runtime\n* Parameters live on parameter servers\n\n## 3. Evaluation\n\n* Throughput scales linearly to 200 workers\n* Latency of a training step is 120 ms\n\n## 4. Deployment\n\n* Models are exported and served on mobile devices\n\n## 5. Monitoring\n\n* Training jobs are restarted from checkpoints when a worker fails\n`;
    assert.equal(recognised(notes('# DataFlowX: a system for large-scale learning [[pdf]](https://www.usenix.org/system/files/dataflowx.pdf)')), false);
    assert.equal(recognised(notes('# DataFlowX: a system for large-scale learning')), true);
  });
});

describe('lint mechanisms (session 66)', () => {
  it('a split "into train and test sub-datasets with a partition of 0.8-0.2" is a data split', () => {
    yesFull('3. Data', '* Split the dataset into train and test sub-datasets with a partition of 0.8-0.2', 'data.split-leakage');
    noFull('3. Data', '* Split the dataset into train and test sub-datasets.', 'data.split-leakage');
  });
  it('a leak of money, or data collected before a model was trained, is no data split', () => {
    noFull('3. Data', 'Not only the anti-fraud prevents leakage, but should aware of balancing it false positives, which wrongly block fair sales.', 'data.split-leakage');
    yesFull('3. Data', 'We prevent leakage of fraud labels into the features by using only past transactions.', 'data.split-leakage');
    noFull('3. Data', 'After the training data (new pictures of defects and correct mops) was collected from the knitting machine, a new detection model was trained which gave remarkable results.', 'data.split-leakage');
    yesFull('3. Data', 'Training data is everything before 2024-01-01; the test set is everything after.', 'data.split-leakage');
  });
  it('an outcome\'s base rate is no baseline model', () => {
    noFull('3. Data', '- *Chargeback prevalence:* baseline fraud rate calculated from has_cbk.', 'model.baseline');
    yesFull('4. Model', 'Our baseline is a logistic regression on the same features.', 'model.baseline');
  });
  it('a report made by a tool, a total and the size of the code under test are no objective, feature or scale', () => {
    noFull('Answer', 'We generate this with the Invoke task `invoke coverage`.', 'framing.ml-objective');
    yesFull('2. Framing', 'The model generates a forecast for the next 14 days of demand per store.', 'framing.ml-objective');
    noFull('Answer', 'We cover all key files, which is valuable even if the aggregate is lower.', 'data.features');
    yesFull('3. Data', 'Per-user aggregates over the last 30 days feed the model.', 'data.features');
    noFull('Answer', 'Our total coverage is 58% (619 misses out of 1479 statements).', 'requirements.scale');
    yesFull('1. Requirements', 'The corpus holds 1479 statements from 30 million earnings calls.', 'requirements.scale');
  });
  it('a team\'s time split, and trying camera setups, are no A/B test', () => {
    noFull('Answer', 'Overall, the time was split between cloud setup, experiment plumbing, and stabilizing training.', 'evaluation.ab-test-plan');
    noFull('Results', 'Such a solution was suitable for a project, where the goal is to automate quality control and gave more time to train the algorithm and experiment with different camera setups and LED panel lighting and camera settings.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We run an experiment where traffic is split 50/50 between the old and new ranker.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We will experiment with the new ranker on 5% of users for two weeks against the current one.', 'evaluation.ab-test-plan');
  });
  it('the software\'s speed and cost are no business objective', () => {
    noFull('Answer', 'We implemented an asynchronous lifespan context manager to optimize the API\'s efficiency.', 'requirements.business-objective');
    noFull('Intro', '**How we implemented a production-ready question-answering application and reduced response time by more than two orders of magnitude.**', 'requirements.business-objective');
    noFull('Intro', 'Various optimizations like reducing the models\' precision are often introduced. While beneficial for decreasing cost and energy consumption, this, unfortunately, hurts accuracy.', 'requirements.business-objective');
    noFull('Serving', 'We evaluate the system over 3610 questions and record the average latency. Before any consideration has been made to optimize performance, the time spent in the three stages mentioned above is:', 'requirements.business-objective');
    yesFull('1. Requirements', 'The goal is to improve the efficiency of claims handling by 20%.', 'requirements.business-objective');
    yesFull('1. Requirements', 'Grow the time spent in the app by 5% per week of active use.', 'requirements.business-objective');
  });
  it('metrics tracked per epoch, and what teams usually monitor, are no watch on the live model', () => {
    noFull('7. Monitoring', 'In W&B we tracked train/val/test metrics such as loss, accuracy, precision, recall, and F1, logged per\u2011epoch curves.', 'monitoring.model-performance');
    noFull('7. Monitoring', 'In the monitoring context, we usually need to monitor system infrastructure, data pipelines, and model performance.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We track precision and recall of the deployed model weekly on reviewed cases.', 'monitoring.model-performance');
  });
  it('a data bucket, a feature contract and a feature store\'s key features are no features', () => {
    noFull('3. Data', 'You need to change this name, and update it in every step where you are required to provide the data bucket.', 'data.features');
    yesFull('3. Data', 'Trip distance is put into 10 buckets; the hour of day is one-hot encoded.', 'data.features');
    noFull('ML', '**Feature Contract Rule:**\nThe feature order defined in `features.py` is immutable once a model is trained. Any change requires retraining and version bumping.', 'data.features');
    noFull('Feature Store', '**Key Features**:\n\n* Point-in-time correct feature retrieval.\n* Feature lineage and data quality monitoring.', 'data.features');
  });
  it('interpretability put on a condition, and a platform\'s supported libraries, commit to nothing', () => {
    noFull('4. Model', 'Model auditing and interpretability (if reasoning the model matters) by using Local interpretable model-agnostic explanations (LIME), SHapley Additive exPlanation (SHAP).', 'model.interpretability');
    yesFull('4. Model', 'Model auditing and interpretability by using SHAP values shown to the credit officers.', 'model.interpretability');
    noFull('Other solutions', 'The alternative solution for this SageMaker end-to-end ML system is using Kubeflow built on top of a Kubernetes cluster. Kubeflow provides a straightforward way to deploy ML systems and supports multiple ML frameworks (PyTorch, XGBoost, etc.).', 'model.selection-tradeoffs');
  });
  it('a part added to a board is no budget', () => {
    noFull('Hardware', 'A 2 TB SSD card was added to the computer board, for better calculation for capacity.', 'requirements.budget-cost');
    yesFull('1. Requirements', 'The model must fit in 2 GB of memory on the device.', 'requirements.budget-cost');
  });
  it('a service\'s responsibilities and its input caption frame the model', () => {
    yesFull('Overview', 'The service has the following responsibilities:\n\n- Accept structured customer feature inputs\n- Produce churn probability and churn risk classification', 'framing.ml-objective');
    noFull('Overview', '- Produce probability plots for the report', 'framing.ml-objective');
    yesFull('Scoring model', '- It should produce a risk score.', 'framing.ml-objective');
    yesFull('4. API Contract', '**Input:**\n- JSON payload of 46 features defined by `ChurnInput`', 'framing.io-spec');
    noFull('4. API Contract', '**Notes:**\n- JSON payload of 46 features defined by `ChurnInput`', 'framing.io-spec');
  });
  it('personal data listed under "Never Logged" is a privacy rule', () => {
    yesFull('Logging', '### Never Logged\n- Raw customer features\n- Personally identifiable information', 'requirements.privacy-security');
    noFull('Logging', '### Safe to Log\n- Timestamps\n- Personally identifiable information', 'requirements.privacy-security');
  });
  it('a response\'s label value, prediction metadata, a diagram\'s source box and a compose image say nothing of data or serving', () => {
    noFull('4. API Contract', '**Output:**\n```json\n{\n  "probability": 0.82,\n  "churn_label": 1\n}\n```', 'data.labels');
    noFull('3. Data', '- Persist derived prediction metadata for traceability', 'data.sources');
    yesFull('3. Data', '- Product metadata (title, brand, category) comes from the catalogue service.', 'data.sources');
    noFull('Architecture', '```mermaid\nflowchart LR;\n    A[Data Source] --> B[Feature Store];\n```', 'data.sources');
    noFull('6. Deployment', '```yaml\nservices:\n  redis:\n    image: redis:alpine\n```', 'deployment.serving-architecture');
  });
  it('a design that shows sample files under "Example …" headings is no guide', () => {
    const doc = (ex1: string, ex2: string): string =>
      `# Chest X-ray triage\n\nWe build a system that flags urgent chest X-rays for radiologists.\n\n## Value proposition\n\nRadiologists read the flagged studies first, so urgent findings are reported within an hour.\n\n## Data\n\nWe train on 220,000 labelled studies from the public CheXpert set. You can download it after registering.\n\n## Model training\n\nWe fine-tune a DenseNet-121 on the 14 findings with a weighted binary cross-entropy loss. You start a run with \`make train\`.\n\n### ${ex1}\n\nYou build the image from the repository root. The image copies the training code and installs its dependencies.\n\n## Model serving and evaluation\n\nA FastAPI service loads the model and returns the 14 probabilities for each uploaded image. You call it with a POST to /predict.\n\n### ${ex2}\n\nYou apply this manifest to the staging namespace first; the canary gets 10% of requests for a day.\n\n## Monitoring\n\nGrafana shows request latency, error rate and the daily distribution of predicted classes; an alert fires when the share of urgent flags doubles.\n`;
    assert.equal(recognised(doc('Example Dockerfile for the model service', 'Example Kubernetes deployment for staging')), true);
    assert.equal(recognised(doc('Example 1', 'Example 2')), false);
  });
  it('each share given before its part is a data split; scores are not', () => {
    yesFull('Project design', 'Then I will create train, validation and test split. I plan to make 80% train, 10% validation and 10% test dataset split.', 'data.split-leakage');
    noFull('Results', 'Accuracy went from 80% train to 70% test, so the model overfits.', 'data.split-leakage');
  });
  it('a target named with its two values is a label; a "no-show" is no "no"', () => {
    yesFull('3. Data', 'Target Variable: No-show (Yes / No)', 'data.labels');
    yesFull('3. Data', 'Target: is_fraud (0/1)', 'data.labels');
    noFull('3. Data', 'Target: no', 'data.labels');
  });
  it('what production "would still require" is not done', () => {
    noFull('Limitations', '- Production deployment would still require governed ingestion, scheduled scoring, model registry and approvals, monitoring once outcomes arrive, fairness analysis, human review thresholds, and business-value measurement.', 'monitoring.model-performance');
    yesFull('7. Monitoring', '- In production we monitor precision weekly once outcomes arrive and alert the on-call when it drops below 0.8.', 'monitoring.model-performance');
  });
  it('retraining: "schedule periodic retraining" names no cadence; triggers under a "Triggers for retraining" caption are a plan', () => {
    noFull('Deployment', '4. Schedule periodic retraining with new patient data.', 'monitoring.retraining-plan');
    yesFull('Deployment', 'Schedule weekly retraining with new patient data.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', '**Triggers for retraining:**\n- Correction rate increases >5 points\n- Golden set F1 drops below 0.88\n- 30 days since last training', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '**Alerts:**\n- Golden set F1 drops below 0.88', 'monitoring.retraining-plan');
  });
  it('a solver and its iterations are training; "balanced" beside the classifier is class weighting', () => {
    yesFull('Train', '**What it does:**\n1. Loads training labels with confidence \u2265 0.8\n2. Trains LogisticRegression (balanced, LBFGS, 200 iter)', 'model.training');
    yesFull('Train', '**What it does:**\n1. Loads training labels with confidence \u2265 0.8\n2. Trains LogisticRegression (balanced, LBFGS, 200 iter)', 'data.class-imbalance');
    noFull('4. Model', 'The loop ran 200 iterations before the cache warmed.', 'model.training');
  });
  it('a service that manages user data, a metric\'s name, a per-client rate limit and a pro of an option not taken are no items', () => {
    noFull('Overview', '- An **Interface Service** to manage user data and provide RESTful endpoints for recommendations.', 'data.sources');
    noFull('Metrics', '- **nDCG (Normalized Discounted Cumulative Gain)**: Evaluates the ranking quality, giving higher importance to relevant items appearing earlier in the recommendation list.', 'data.features');
    yesFull('3. Data', 'Numeric inputs are normalized to zero mean and unit variance.', 'data.features');
    noFull('Design Decision 5: API Rate Limiting', '2. **Fixed Limit (50 requests/min)**: Balances stability and usability.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'Peak traffic is 50 requests/min.', 'requirements.throughput-qps');
    noFull('Tradeoffs', '| Choice | Pro | Con |\n| :--- | :--- | :--- |\n| **On-device Ranking** | Privacy, zero server cost | Limited compute, no global context |', 'requirements.privacy-security');
    yesFull('Tradeoffs', '| Choice | Pro | Con |\n| :--- | :--- | :--- |\n| **On-device Ranking (chosen)** | Privacy: raw photos never leave the phone | Limited compute |', 'requirements.privacy-security');
  });
  it('an article of a series on ML systems is no design', () => {
    const article = (sub: string): string =>
      `# Machine Learning Systems\n## ${sub}\n\nThis article covers the choice between batch and online prediction and how to make models small enough to ship.\n\n## Batch Prediction vs. Online Prediction\n\nOnline prediction serves each request as it arrives, under a latency budget of tens of milliseconds. Batch prediction scores everything on a schedule and stores the results.\n\n## Model Compression\n\nQuantization stores weights in 8 bits; distillation trains a small student on a large teacher's outputs. Pruning drops the weights that matter least.\n\n## Cloud vs. Edge\n\nOn the edge, inference runs on the device, so no network round trip is needed and data stays on the phone.\n\n## Monitoring\n\nDrift in the inputs is caught by comparing feature distributions week over week; accuracy is tracked once labels arrive.\n\n## Data\n\nTraining data comes from logged user interactions, labelled by whether the user clicked.\n\n## Evaluation\n\nOffline, models are compared on AUC; online, an A/B test on 5% of traffic decides.\n`;
    assert.equal(recognised(article('Article 7: Deployment - Where the Model Meets Reality')), false);
    assert.equal(recognised(article('Deployment - Where the Model Meets Reality')), true);
  });
  it('a caption line read as a heading still captions its list: "**Input:**", "**Triggers for retraining:**"', () => {
    yesDoc('# Churn service\n\n## 4. API Contract\n\n**Input:**\n- JSON payload of 46 features defined by `ChurnInput`\n', 'framing.io-spec');
    noDoc('# Churn service\n\n## 4. API Contract\n\n**Notes:**\n- JSON payload of 46 features defined by `ChurnInput`\n', 'framing.io-spec');
    noDoc('# Load test\n\n## Setup\n\nSend questions at a configurable rate.\n\n### **Output:**\n\n- Log response times, status codes, and response latencies for performance analysis.\n', 'framing.io-spec');
    yesDoc('# Email classifier\n\n## 7. Monitoring\n\n**Triggers for retraining:**\n- Correction rate increases >5 points\n- Golden set F1 drops below 0.88\n', 'monitoring.retraining-plan');
  });
});

describe('lint mechanisms (session 67)', () => {
  it('"50% will train the model and 50% will be used for testing" is a data split', () => {
    yesFull('3. Data', 'The dataset will be divided into separate training and testing sections. 50% will train the model and 50% will be used for testing the model.', 'data.split-leakage');
    noFull('3. Data', 'The dataset will be divided into separate training and testing sections.', 'data.split-leakage');
  });
  it('retraining paired with evaluation, or a digit in a name ("v1", "S3"), gives no cadence', () => {
    noFull('7. Monitoring', 'Data reuse for retraining/evaluation cycles.', 'monitoring.retraining-plan');
    noFull('7. Monitoring', '- TFLite model bundled in the APK; model updates shipped with app updates (no separate download in v1).', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'The model is retrained weekly and evaluated on the last 7 days before promotion.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'Retrain the model when PSI on the top features exceeds 0.2.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'The model is retrained on a schedule of every 14 days with the new labels.', 'monitoring.retraining-plan');
  });
  it('an unfinished sentence before a list captions it', () => {
    yesFull('4. Model', 'Transform() processes a dataframe and creates new features. The new features added are\n1. Age group: the age group of the transaction\'s card holder, from the date of birth\n2. Hour of day: the hour of the transaction time', 'data.features');
    noFull('4. Model', 'Transform() processes a dataframe and writes it out. The outputs written are\n1. Age group: the age group of the transaction\'s card holder, from the date of birth\n2. Hour of day: the hour of the transaction time', 'data.features');
  });
  it('a heading on health markers is data, not monitoring; a service\'s health still is monitoring; a value proposition is requirements', () => {
    assert.deepEqual(classifyHeadingAll('Current Interesting Health Markers'), ['data']);
    assert.deepEqual(classifyHeadingAll('Keeping it healthy'), ['monitoring']);
    assert.deepEqual(classifyHeadingAll('Service health'), ['monitoring']);
    // (a "Value Proposition" heading holds the business case)
    assert.deepEqual(classifyHeadingAll('Value Proposition'), ['requirements']);
  });
  it('today\'s process faulted under a status-quo heading weighs no models', () => {
    noFull('1. Requirements', '#### Current Status Quo (Non-ML Solution)\nMany companies still rely on manual moderation teams or rule-based automated filters to flag content. However, these approaches face several challenges:\n\n1. High operational cost – Hiring large teams of human moderators is expensive.\n\n2. Scalability issues – As content volume grows, human moderation cannot keep up in real time.\n\n3. Limited adaptability – Rule-based systems struggle with new types of harmful content.\n\nOur Content Moderation System leverages Deep Learning & NLP to automate moderation on text, ensuring:\nConsistency – This removes human bias from decision-making.\nFaster Response Time – Immediate flagging of harmful content.', 'model.selection-tradeoffs');
    yesFull('4. Model', '#### Options\n\nRule-based filters are cheap but cannot keep up with new kinds of abuse; a fine-tuned BERT classifier is slower but far more accurate, so we choose BERT.', 'model.selection-tradeoffs');
  });
  it('alternatives named as deep nets or per-group models are weighed models', () => {
    yesFull('4. Model', '### Alternatives Considered\n- Per-group hourly models lacked data for small customers.\n- Hierarchical deep nets were heavier to train and provided no lift during rapid prototyping.\n- The final hybrid balances accuracy, interpretability, and runtime.', 'model.selection-tradeoffs');
    noFull('4. Model', '### Notes\n- The final hybrid balances accuracy, interpretability, and runtime.', 'model.selection-tradeoffs');
  });
  it('group labels, row/column subsampling, planning that forecasts serve, model error by segment and feature availability are other things', () => {
    noFull('3. Data', '- **Group descriptors**: encoded region, province, contract type, and consumption level parsed from the provider\'s group labels.', 'data.labels');
    yesFull('3. Data', '- **Labels**: a customer is labelled churned when no order is placed in 60 days.', 'data.labels');
    noFull('4. Model', '- **Tuning choices**: 2 000 trees, learning rate 0.05, 128 leaves, strong row/column subsampling, early stopping after 100 rounds.', 'data.class-imbalance');
    yesFull('4. Model', 'Negatives are subsampled to 10% and re-weighted, since positives are 0.3% of rows.', 'data.class-imbalance');
    noFull('1. Requirements', '- **Hedging & budgeting**: 12-month forecasts guide long-term hedges, peak capacity planning, and financial budgeting.', 'deployment.scaling-efficiency');
    yesFull('6. Serving', 'Capacity planning: the scoring service autoscales from 2 to 12 pods at 70% CPU.', 'deployment.scaling-efficiency');
    noFull('7. Monitoring', '- MAPE (primary), MAE, and RMSE reported per group and in aggregate; highest-error segments flagged for manual review.', 'monitoring.operational-metrics');
    noFull('7. Monitoring', '- Automated checks ensure non-negative predictions, feature availability, and sufficient training rows per group.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'We watch error rates and p99 latency of the scoring API on a Grafana dashboard.', 'monitoring.operational-metrics');
    yesFull('7. Monitoring', 'Service availability must stay above 99.9%, alerting on-call when it drops.', 'monitoring.operational-metrics');
  });
  it('securing sensitive input data is a security requirement', () => {
    yesFull('1. Requirements', '- Store and secure input data. The data inputted in this system may be highly sensitive and should be protected from breaches or leaks.', 'requirements.privacy-security');
    noFull('1. Requirements', '- Store the input data in a csv format.', 'requirements.privacy-security');
  });
  it('a field of research is no ML category', () => {
    noFull('6. Serving', 'To uphold continuous deployment standards, the model should be updated with more data and improved algorithms as more research is developed on fraud/anomaly detection.', 'framing.ml-category');
    yesFull('2. Framing', 'We frame this as anomaly detection on card transactions.', 'framing.ml-category');
  });
  it('a number of categories in a taxonomy is no scale', () => {
    noFull('Answer', 'In Open Food Facts, more 12,500 categories exist in the category taxonomy (as of March 2023).', 'requirements.scale');
    yesFull('1. Requirements', 'The catalogue holds 3 million products across 12,500 categories.', 'requirements.scale');
  });
  it('a scope field further along a line of labelled fields is the scope', () => {
    yesFull('Answer', '**Team**: OwnEnergy    **Date**: 15 Nov 2025    **Scope**: 48-hour and 12-month demand forecasts for 112 customer groups.', 'requirements.scope-functional');
    noFull('Answer', '**Team**: OwnEnergy    **Date**: 15 Nov 2025    **Venue**: Junction 2025 hackathon in Espoo.', 'requirements.scope-functional');
  });
  it('"normalised discounted cumulative gain" names a metric, not normalised features', () => {
    noFull('5. Evaluation', 'We can then use a ranking quality metric, such as [normalised\ndiscounted cumulative gain (nDCG)](https://en.wikipedia.org/wiki/Discounted_cumulative_gain), to evaluate the model.', 'data.features');
    yesFull('3. Data', 'Numeric inputs are normalised to zero mean and unit variance.', 'data.features');
  });
  it('a benefit given as a reason is no functional scope', () => {
    noFull('1. Requirements', '**Scalable** because automation; but also because the model should provide better results with more data.', 'requirements.scope-functional');
  });
  it('probe queries called canaries are no rollout', () => {
    noFull('6. Serving', '- *Short:* Offline probes.\n- *Deep:* Fixed query canaries.', 'deployment.rollout-strategy');
    yesFull('6. Serving', 'The new ranker goes to a 5% canary first, then 50%, then everyone.', 'deployment.rollout-strategy');
  });
  it('"improve the training data over time" is no split by time', () => {
    noFull('3. Data', 'For our purposes, the training data will reside in MySQL so we can more easily manage and improve the training data over time through a web interface.', 'data.split-leakage');
    yesFull('3. Data', 'The training data is split by time: the last 4 weeks are held out.', 'data.split-leakage');
  });
  it('a citation of where a template came from is no data source; an idea left undone commits to nothing', () => {
    noFull('Answer', 'This is a template for EdgeX Foundry ADR.\n\nSource: https://docs.edgexfoundry.org/2.3/design/adr/template/', 'data.sources');
    yesFull('3. Data', 'Source: https://www.kaggle.com/datasets/mlg-ulb/creditcardfraud', 'data.sources');
    noFull('Answer', '**Additional (Optional) Features**\n- *Learning Mode:* I did not implement this, but using the user feedback logs you could create a feedback loop that trains the model on live data.', 'data.sources');
    yesFull('3. Data', '- *Learning Mode:* using the user feedback logs we create a feedback loop that trains the model on live data.', 'data.sources');
  });
  it('a page\'s metadata block is not its text', () => {
    const meta = 'Title: Can a machine be taught to flag comments automatically\nDate: 2017-2-19 22:51\nTags: Stack Exchange, machine learning\nSlug: can-a-machine-be-taught-to-flag-spam-automatically\nSummary: How a group of people helped eliminate spam\n\n';
    noDoc(`${meta}## Introduction\n\nSmokeDetector is a bot that reports posts.\n`, 'requirements.business-objective');
    const text = `${meta}## Introduction\n\nOur goal is to cut the spam that reaches users by 90% and save moderators 20 hours a week.\n`;
    const item = lint(text, { force: true }).items.find((i) => i.id === 'requirements.business-objective')!;
    assert.equal(item.present, true);
    assert.equal(item.line, 8, 'line numbers count the metadata lines');
    // a plan whose first lines are "Title:" and "Summary:" keeps them
    yesDoc('Title: Fraud scoring\nSummary: Our goal is to cut chargeback losses by 30% this year.\n\n## Notes\n\nMore later.\n', 'requirements.business-objective');
  });
  it('a blog post that retells a survey paper is no design doc', () => {
    const body = (open: string): string =>
      `---\ntitle: Autocompletion for Search Engines\n---\n\n${open}\n\n# Requirements\nThe why is simple: it makes search faster.\n\n# Framing\nRank completions for a prefix.\n\n# Data\nQuery logs give prefixes and the queries people typed.\n\n# Model\nHeuristic ranking by popularity, or learning to rank.\n\n# Evaluation\nMRR and success rate at top K.\n\n# Deployment\nTries keep lookups fast.\n`;
    assert.equal(isDesignDoc(body('This blog post summarizes key ideas from the survey paper [*A Survey of Query Auto Completion in Information Retrieval*](https://example.org/inr-055), recommended by a teammate.')), false);
    assert.equal(isDesignDoc(body('Autocompletion dates back half a century; it saves keystrokes as people type.')), true);
  });
});

describe('lint mechanisms (session 67, second round)', () => {
  it('a time series split with a gap, and served feature values logged and replayed as training data, are found', () => {
    yesFull('4. Model', 'Time series split, gap N minutes between train and validation.', 'data.split-leakage');
    noFull('4. Model', 'We forecast the time series with a gradient-boosted model.', 'data.split-leakage');
    const replay = 'Log the exact feature values used together with the impression, and build training data from those logs for further retraining.';
    yesFull('6. Serving', replay, 'data.feature-backfill');
    yesFull('6. Serving', replay, 'deployment.training-serving-skew');
    noFull('6. Serving', 'Log every impression and click to the warehouse for analytics.', 'data.feature-backfill');
    noFull('6. Serving', 'Log every impression and click to the warehouse for analytics.', 'deployment.training-serving-skew');
  });
  it('training ruled out, and test infrastructure built from scratch, are no training', () => {
    noFull('4. Model', 'Due to time constraints and the dataset\'s duplicated mappings between questions and answers, I avoided fine-tuning the model using LoRA or QLoRA.', 'model.training');
    yesFull('4. Model', 'We fine-tune the model using LoRA on the 20k labelled question-answer pairs for 3 epochs.', 'model.training');
    noFull('5. Evaluation', 'Since this is a new component, testing infrastructure will be built from scratch, including unit tests for the ETL pipeline.', 'model.training');
    yesFull('4. Model', 'The network is trained from scratch on the 50k labelled images.', 'model.training');
  });
  it('a performance target is no label', () => {
    noFull('5. Evaluation', '- **Performance Testing**: Target: < 5 seconds average response time. Monitor the end-to-end pipeline.', 'data.labels');
    yesFull('3. Data', '- **Outcome**: Target: 1 if the customer cancels within 30 days, else 0.', 'data.labels');
  });
  it('token counts, layer widths, a disease\'s prevalence and the world\'s population are no scale', () => {
    noFull('6. Serving', '```python\n# Implementation includes:\n# - Text chunking with 512 token chunks and 50% overlap\n```', 'requirements.scale');
    noFull('4. Model', 'As a baseline, a ResNet50 pretrained on ImageNet + Global Average Pooling + a Dense Layer with 2048 nodes.', 'requirements.scale');
    noFull('Answer', 'Millions of people suffer from diabetic retinopathy, the leading cause of blindness among working aged adults.', 'requirements.scale');
    noFull('Answer', 'Human society needs to increase food production by 70% by 2050 to feed an expected population size that is predicted to be over 9 billion people.', 'requirements.scale');
    yesFull('1. Requirements', 'The app has 2 million monthly active users across 40 countries.', 'requirements.scale');
    yesFull('1. Requirements', 'The corpus holds 3 billion tokens of support chats.', 'requirements.scale');
  });
  it('monitoring named among concerns the author chose to forgo is not committed to', () => {
    noFull('7. Monitoring', 'There are a number of related concerns that are not in this list: iteration on clean data, evaluation metrics for online and offline testing, monitoring model performance in production over time, and much more. In the interest of time, I decided to forgo some of these steps as long as they made sense for the project.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We monitor model performance in production over time: weekly precision on reviewed cases, alerting below 0.8.', 'monitoring.model-performance');
  });
  it('an LLM\'s output guardrails, prompt-injection tests and capacity without degradation are no guardrail metrics', () => {
    noFull('6. Serving', 'Agents pass through Output Guardrails (Accuracy/Harm/Bias) before producing the Answer.', 'evaluation.guardrail-metrics');
    noFull('5. Evaluation', '- **Security Testing**: RBAC enforcement validation. Prompt injection testing with guardrails. Issue spam prevention with rate limiting.', 'evaluation.guardrail-metrics');
    noFull('6. Serving', '- **Horizontal Scaling**: additional instances are deployed as demand increases, so the system can handle a growing number of users and requests without degradation in performance.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'Guardrail metrics: the misfire rate must stay below 0.1% and p99 latency must not regress.', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'This is the safety guardrail: the vehicle-function misfire rate must be < 0.1%.', 'evaluation.guardrail-metrics');
  });
  it('an example made of a user-song pair, a leaderboard\'s top 10% and the time people spent are no split', () => {
    noFull('2. Framing', 'Given a song-user pair, the algorithm predicts whether a user will like it. Overall performance will be evaluated on a test set of many user-song pairs, resulting in a single aggregate percent correct.', 'data.split-leakage');
    noFull('4. Model', 'The top score on an unknown test set is 0.747, with the top 10% scoring at 0.692 and a median submission of 0.671. While it is impossible to know how much experience the top submissions had and how much time they put into their solution, I hope to score in the top half, or above 0.671 on the test set.', 'data.split-leakage');
    yesFull('3. Data', 'The test set holds out 10% of the users; no user appears in both.', 'data.split-leakage');
  });
  it('"online applications" make no online metric', () => {
    noFull('Answer', 'Music recommendation algorithms have powered the growing dominance of audio streaming applications, so in order for online applications to efficiently scale while growing engagement with users, an automated system is needed.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online, we track engagement: listening time per user in the A/B test.', 'evaluation.online-metrics');
  });
  it('a metric\'s normalisation is no feature', () => {
    noFull('5. Evaluation', 'An N-by-N histogram matrix of expected ratings, E, is calculated as the outer product between each rater\'s histogram vector of ratings, normalized such that E and O have the same sum.', 'data.features');
    yesFull('3. Data', 'Pixel values are normalized to [0, 1] and images resized to 512x512.', 'data.features');
  });
  it('lists of interview questions and a job-hunt post are no design docs', () => {
    const questions = Array.from({ length: 10 }, (_, i) => `#### ${['What is data normalization and why do we need it? [[src]](http://x)', 'Why do we need a validation set and test set? [[src]](http://x)', 'What is an imbalanced dataset? Can you list some ways to deal with it?', 'Define f1-score. [[src]](http://x)', 'Explain how a ROC curve works.', 'What is data augmentation? Can you give some examples?', 'Why do ensembles typically have higher scores than individual models?', 'When to use a label encoding vs. one hot encoding?', 'What\u2019s the difference between a generative and discriminative model?', 'How does batch normalization work?'][i]}\nAnswer ${i}: an explanation with metrics, data, model training, deployment and monitoring words.\n`).join('\n');
    const design = '## Requirements\nWe need p99 < 100 ms.\n\n## Data\nClick logs.\n\n## Model\nGBDT.\n\n## Evaluation\nAUC offline, CTR online.\n\n## Deployment\nOnline scoring.\n\n';
    assert.equal(isDesignDoc(`# ML Interview Questions\n\n${design}${questions}`), false);
    assert.equal(isDesignDoc(`# Ads ranking design\n\n${design}`), true);
    const post = (title: string): string => `---\nlayout: post\ntitle: "${title}"\n---\n\n## What you'll need to know\n\n### Agent architecture\nKnow tool calling.\n\n### Evaluation\nKnow offline metrics.\n\n### Model selection / tradeoffs\nKnow when to pick a small model.\n\n### Clarify interview goals\nAsk what the interviewer wants.\n`;
    assert.equal(isDesignDoc(post('How To Actually Land Your Next AI/ML Role in 2025')), false);
    assert.equal(isDesignDoc(post('Support assistant: agent design')), true);
  });
});

describe('lint mechanisms (session 67, third round)', () => {
  it('"Take a look!" takes no input', () => {
    noFull('5. Evaluation', 'I covered metrics in detail in another post, [What Machine Learning Metric to Use](https://example.org/metrics). Take a look!', 'framing.io-spec');
    yesFull('2. Framing', 'The model takes the last 20 tweets of an account and returns the probability that it is a bot.', 'framing.io-spec');
  });
  it('a job that downloads model artifacts, or a script that downloads a dataset, is no download metric', () => {
    noFull('7. Monitoring', '3. Upon successful completion of the Azure ML job, a subsequent job in the workflow downloads the newly trained model artifacts (.joblib files).', 'monitoring.model-performance');
    noFull('5. Evaluation', 'The evaluation script downloads the evaluation dataset from the specified W&B Artifact, performs the evaluation and logs the results.', 'evaluation.online-metrics');
    yesFull('5. Evaluation', 'Online metrics: app downloads and 7-day retention in the A/B test.', 'evaluation.online-metrics');
  });
  it('the TDSP charter\'s prompts are template, not answers', () => {
    noFull('5. Evaluation', '* How will we measure the metric? (e.g. A/B test on a specified subset for a specified period; or comparison of performance after implementation to baseline)', 'model.baseline');
    noFull('5. Evaluation', '* What are the qualitative objectives? (e.g. reduce user churn)', 'evaluation.online-metrics');
    yesFull('5. Evaluation', '* We compare readmission rates after launch against the current baseline of 18%.', 'model.baseline');
  });
  it('a stage of the work under an "Objective" label is no objective', () => {
    noFull('Answer', '| **Name** | Otmane |\n| --- | --- |\n| **Objective** | **Milestone 1: Project inception** |', 'requirements.business-objective');
    noFull('Answer', '| **Name** | Otmane |\n| --- | --- |\n| **Objective** | **Milestone 1: Project inception** |', 'framing.ml-objective');
    yesFull('1. Requirements', '| **Name** | Otmane |\n| --- | --- |\n| **Objective** | Cut the student help desk\'s ticket load by 30% with a FAQ assistant |', 'requirements.business-objective');
  });
  it('exact-match keyword search is no metric; a bucket\'s name is no retraining detail', () => {
    noFull('5. Evaluation', 'Zoekt is employed on GitLab.com to provide exact match keyword search and regular expression search capabilities for source code.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Offline we report exact match and F1 on the 500-question dev set.', 'evaluation.offline-metrics');
    noFull('7. Monitoring', 'This could be done by storing content in an S3 bucket and regularly re-training the model on a dataset including new data.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'Retrain every 7 days on a dataset including the new reports.', 'monitoring.retraining-plan');
  });
});

describe('lint mechanisms (session 68)', () => {
  it('a runbook is no design doc', () => {
    const body = '## Hot-deploying rollbacks\nIf a buggy version gets deployed, roll it back with the deploy tool.\n\n## Recover from dataset/model build failures\nFind which dataset or model failed in Airflow.\n\n### Dealing with model failures\nRe-run the model build after the fix.\n\n## Removing bad data\nDelete the bad rows from the data store.\n';
    assert.equal(isDesignDoc(`# Runbook\n\n${body}`), false);
    assert.equal(isDesignDoc(`# Fraud scoring design\n\n## Requirements\np99 < 100 ms.\n\n## Data\nTransaction logs.\n\n## Model\nGBDT.\n\n## Deployment\nOnline scoring.\n\n## Monitoring\nWeekly drift checks.\n`), true);
  });
  it('a chosen model under the options evaluated one level up, with its reason, is a choice weighed', () => {
    const options = '- **Models Evaluated:**\n  - Singular Value Decomposition (SVD)\n  - Non-Negative Matrix Factorization (NMF)\n  - k-Nearest Neighbors (kNN)\n';
    yesFull('4. Model', `${options}- **Chosen Model:** SVD, due to lowest RMSE (0.89 offline), fastest training, and low inference cost.`, 'model.selection-tradeoffs');
    noFull('4. Model', '- **Data Source:** ratings streamed via Kafka.\n- **Chosen Model:** SVD.', 'model.selection-tradeoffs');
  });
  it('a backlog that will compare models and then select the final one has chosen nothing yet', () => {
    noFull('4. Model', '**_Epic 3: Model development_**\n- Story 1: Build and evaluate a linear regression model for forecasting as a baseline approach\n- Story 2: Build a Holt Linear model\n- Story 3: Research on ARIMA modeling and build an ARIMA model\n- Story 4: Research and build a Prophet model\n- Story 5: Research RNN modeling\n- Story 6: Build RNN Model\n- Story 7: Compare model performances and select final model\n- Story 8: Repeat modeling process at the USA state level', 'model.selection-tradeoffs');
    yesFull('4. Model', 'We compared Holt, ARIMA and Prophet; Prophet was chosen because it handles holidays and had the lowest MAPE.', 'model.selection-tradeoffs');
  });
  it('a fraction\'s denominator and an HTTP status code are no scale', () => {
    noFull('7. Monitoring', '- **Violations detected**: 18/14,712 recommendations', 'requirements.scale');
    noFull('5. Evaluation', 'The test suite checks the endpoint is running. It also tests a 404 message is returned when attempting to reach a non-existent page.', 'requirements.scale');
    yesFull('1. Requirements', 'We serve 14,712 recommendations a day to 2 million users.', 'requirements.scale');
  });
  it('an API key handed out at registration is a setup step, not a security measure', () => {
    noFull('6. Serving', 'The newsAPI is not a part of the modeling pipeline; it pulls in news headlines for the webpage. If you want a newsAPI key, please go to the following page and follow the instructions: https://newsapi.org/register. You will be able to access the API key at the end of the registration process. Next, open the __news_api_env__ file in the project root directory and enter your key where indicated.', 'requirements.privacy-security');
    yesFull('1. Requirements', 'Every caller authenticates with an API key; keys are rotated monthly and stored in the vault.', 'requirements.privacy-security');
  });
  it('explanations of settings, a documentation type and product features are no interpretability', () => {
    noFull('6. Serving', 'Set your RDS configuration. A brief explanation of these variables are below:\n* MYSQL_USER: the master username\n* MYSQL_PASSWORD: the password', 'model.interpretability');
    noFull('8. Documentation', 'Instead, I break documentation into 4 types:\n1. Tutorials (for exploration and learning)\n2. How-To Guides (for detailed tasks)\n3. Explanation (for nuanced prose of decisions made or methodologies used)\n4. Reference (for quick, searchable articles)', 'model.interpretability');
    noFull('Plan', '- training the clinical staff in the new tool\n- explaining the product features and design decisions', 'model.interpretability');
    yesFull('4. Model', 'Analysts see SHAP explanations of each flagged transaction, so they know why it was flagged.', 'model.interpretability');
  });
  it('leaking sensitive data, forward chaining and a wish given unlimited time', () => {
    noFull('1. Requirements', '**LLM safety:**\n- Output validation ensuring responses don\'t leak sensitive data', 'data.split-leakage');
    yesFull('1. Requirements', '**Success criteria:** Forecasting model achieves forward-chaining averaged MAPE of 15% or less.', 'data.split-leakage');
    noFull('8. Reflections', 'Given unlimited time and resources we would incorporate a labeling block into the system and retrain the backbone model on the centralized training set.', 'data.split-leakage');
    yesFull('3. Data', 'We retrain the backbone model on the centralized training set and keep the last month as the test set.', 'data.split-leakage');
  });
  it('a model that predicts a loss, and "without loss of", name no loss function', () => {
    noFull('6. Serving', '4. Transmit the weights of the updated loss prediction module to each client', 'model.loss-function');
    noFull('6. Serving', 'The forecasts and demand models can be replaced without loss of application functionality.', 'model.loss-function');
    yesFull('4. Model', 'The loss predictor is trained with a ranking loss against the backbone\'s per-sample losses.', 'model.loss-function');
  });
  it('a frame-extraction rate is no throughput; negative feedback loops and service health metrics are no guardrails', () => {
    noFull('5. Evaluation', 'Data is valued at 3$ per hour of video, which roughly translates to 0.1 cent per frame assuming a 1fps key-frame extraction rule.', 'requirements.throughput-qps');
    yesFull('1. Requirements', 'The detector must keep up with 30 fps per camera.', 'requirements.throughput-qps');
    noFull('Background', 'The health service is under intense pressure and \'coping but not coping\' strategies (e.g. premature discharge, outlying medical patients on surgical wards, and negative feedback loops that reduce referrals) cause harm, reduce income, and increase strain elsewhere in the system.', 'evaluation.guardrail-metrics');
    noFull('Plan', '- [X] Application Monitoring - metrics, logs, tracing (API latency, log errors, service health metrics).', 'evaluation.guardrail-metrics');
    yesFull('5. Evaluation', 'Guardrails in the A/B test: negative feedback rate and p95 latency must not regress.', 'evaluation.guardrail-metrics');
  });
  it('blue/green hospital pathways are no rollout; a retraining schedule is no serving path', () => {
    noFull('Plan', '- to adapt the model to support the COVID-19 pandemic response (e.g. separate models for blue/green pathways)', 'deployment.rollout-strategy');
    yesFull('6. Deployment', 'New models go out blue/green: the new stack takes traffic only after health checks pass.', 'deployment.rollout-strategy');
    noFull('6. Experimentation & Deployment', '- **A/B Testing**: Deterministic user-based routing (odd/even user ID split) to compare model variants.\n- **Retraining Schedule**: Models retrained every 48 hours using latest ratings from a Kafka-backed Postgres store.', 'deployment.serving-architecture');
    yesFull('6. Serving', '- **Serving**: a FastAPI endpoint loads the model from the registry and reads user features from Redis.', 'deployment.serving-architecture');
  });
  it('watching the rating distribution is drift monitoring; the size of one test call is no data source', () => {
    yesFull('7. Monitoring', 'Monitored catalog coverage and rating distribution to detect and address loop formation.', 'monitoring.drift');
    noFull('7. Monitoring', 'Monitored catalog coverage to detect loop formation.', 'monitoring.drift');
    noFull('Plan', '- [X] 500 predictions within 4s (tested in unit_test.py with 5 asynchronous calls of 100 images).', 'data.sources');
    yesFull('3. Data', 'The dataset consisted of 60,000 images of handwritten digits from MNIST.', 'data.sources');
  });
});

describe('lint mechanisms (session 68, second round)', () => {
  it('notes on a book chapter are no design doc', () => {
    const body = '# The relationship between business and ML objectives\n- Companies care about business metrics (revenue, monthly active users) more than accuracy or F1.\n\n# Requirements for ML systems\n### Reliability\nThe system should keep working at the desired level of performance.\n### Scalability\nA system can grow in traffic, model count and model complexity; autoscaling helps.\n### Maintainability\nCode, data and artifacts are versioned so models can be reproduced and monitored.\n\n# Framing ML problems\n### Classification vs regression framing\nPredicting the next app a user opens can be framed as multi-class classification with the app as the label.\n### Multi-label classification framing\nThe labels come from annotators; the data is split by time.\n';
    assert.equal(isDesignDoc(`# 2 - Project objectives, requirements and framing\n\nOnce you have determined that an ML solution is feasible for your problem (as described in [chapter 1](01-overview.md)), it is time to align the business objectives with the ML objectives. Additionally, this chapter also covers how problem framing can affect how easy or hard building and maintaining your solution will be.\n\n${body}`), false);
    assert.equal(isDesignDoc(`# 2 - Project objectives, requirements and framing\n\nThis document sets out the objectives, requirements and framing of our app-prediction service.\n\n${body}`), true);
  });
  it('a service that lives in the existing pipeline is no baseline', () => {
    noFull('Proposal', 'These suggest 3 distinct, but loosely coupled, services:\n\n- **Inferrer**: A Python service that provides a synchronous API that consumes whatever is needed to infer the new data, which it outputs.\n- **Inference Manager**: A Scala service that lives in the existing pipeline and contains "the usual" Wellcome message-passing, Akka, etc logic & libraries, which sychronously calls the `inferrer` and attaches the new data to the work/image before passing it along.', 'model.baseline');
    yesFull('4. Model', 'The new ranker must beat the existing pipeline\'s keyword rules on nDCG@10 before launch.', 'model.baseline');
  });
});

describe('lint mechanisms (session 69)', () => {
  it("a course project page's pasted requirement texts and example rows are the course's, not the team's", () => {
    const example = '### Summary of infrastructure requirements\n\n<!-- Itemize all your anticipated requirements. The table below shows an example, it is not a recommendation. -->\n\n| Requirement     | How many/when                                     | Justification |\n|-----------------|---------------------------------------------------|---------------|\n| `m1.medium` VMs | 3 for entire project duration                     | ...           |\n| `gpu_mi100`     | 4 hour block twice a week                         |               |\n| Floating IPs    | 1 for entire project duration, 1 for sporadic use |               |\n| etc             |                                                   |               |\n';
    noFull('Plan', example, 'requirements.budget-cost');
    yesFull('Plan', '| Requirement | How many/when | Justification |\n|---|---|---|\n| `m1.medium` VMs | 3 for entire project duration | 1 for MLflow, 2 for serving; about $40 a month in cloud cost |\n', 'requirements.budget-cost');
    noFull('Continuous X', '- Staged deployment: You will configure a “staging”, “canary”, and “production” environment in which your service may be deployed. You will also implement a process by which a service is promoted from the staging area to a canary environment, for online evaluation; and a process by which a service is promoted from canary to production.', 'deployment.rollout-strategy');
    yesFull('Continuous X', '- Staged deployment: our Argo workflow deploys each build to staging, promotes it to a canary that takes 10% of requests for a day, then to production if error rates hold.', 'deployment.rollout-strategy');
  });
});

describe('lint mechanisms (session 69, round real74)', () => {
  it('skewed feature distributions and imputing or excluding missing data are preprocessing', () => {
    noFull('3. Data', 'After plotting the continuous features in this dataset, many were significantly right- or left-skewed. To keep extreme values from dominating, I log-transformed all features that showed noticeable skew.', 'deployment.training-serving-skew');
    yesFull('6. Serving', 'The scoring service imports the same feature module the training pipeline uses, so features cannot diverge between training and serving.', 'deployment.training-serving-skew');
    noFull('8. Reflection', 'Overall, I prepared the dataset by imputing or excluding missing data, transforming features that were not normally distributed, and dummy-coding the categorical variables.', 'monitoring.data-quality');
    noFull('3. Data', '**- Missing Value Analysis**\nChecking for missing values is essential to ensure data quality and cleanliness.\nAs we can see in the image there are no null values for any of the features.', 'monitoring.data-quality');
    yesFull('7. Monitoring', 'Each nightly batch is checked for missing values; rows with nulls in required fields are excluded and counted on the data dashboard.', 'monitoring.data-quality');
  });
  it('toll checkpoints are no training checkpoint; a loss to toll companies is no loss function', () => {
    noFull('1. Problem', 'Detect the license plate number of the vehicle passing the toll checkpoints.', 'model.training');
    yesFull('4. Model', 'Training resumes from the last checkpoint and fine-tunes the detector for 5 epochs.', 'model.training');
    noFull('Risks', '- Poor model quality leads to many license plates not detected, leading to loss for toll companies', 'model.loss-function');
    yesFull('4. Model', 'The detector is trained with focal loss because plates are a small share of each frame.', 'model.loss-function');
  });
  it("a model accuracy target under success criteria is no online metric; rolling back one's git branches is no rollout", () => {
    noFull('Success criteria', '- Model should be able to get the license plate object 90% of the time', 'evaluation.online-metrics');
    yesFull('Success criteria', '- 90% of toll transactions are billed without a manual review', 'evaluation.online-metrics');
    noFull('Workflow', '- We will use a version control repository (git) and use different branches in order to have the ability to modularize our code and roll back if needed.', 'deployment.rollout-strategy');
    yesFull('6. Deployment', 'If the error rate doubles after a release, we roll back to the previous model version.', 'deployment.rollout-strategy');
  });
  it('comparing rankers on NDCG, a sleep-tracking conclusion and a gate on the retrained model are no production monitoring', () => {
    noFull('Ranker', '- **pairwise**\n    - LambdaMART or LambdaRank\n    - compare model performance with NDCG', 'monitoring.model-performance');
    noFull('Conclusion', 'This project serves as a basis for advancing machine learning in sleep tracking. Model training showcased XG Boost achieving the highest accuracy of 97%.', 'monitoring.model-performance');
    noFull('Maintenance', 'Retrain annually, aligned with the rate filing cycle; the new model must beat the current one on Gini before it is filed.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'We track the live Gini weekly on matured policies and alert when it drops by 5 points.', 'monitoring.model-performance');
  });
  it('whom the tool helps, and to do what, is the business objective', () => {
    yesFull('1. Requirements', 'Created a tool that estimates data science salaries (MAE ~ $11K) to help data scientists negotiate their income when they get a job.', 'requirements.business-objective');
    yesFull('1. Requirements', 'The goal of this project is to detect sleep onset from wrist-worn accelerometer data. This will enable researchers to conduct more reliable, larger-scale sleep studies.', 'requirements.business-objective');
    noFull('1. Requirements', 'Created a tool that estimates data science salaries; this README is here to help users get started.', 'requirements.business-objective');
  });
  it('columns dropped because the lender does not know them at decision time guard against leakage', () => {
    yesFull('3. Data', 'Some features irrelevant to the task, or redundant with other features, were immediately removed:\n\nThe following are internal loan identifiers: `ListingNumber`, `LoanKey`.\n\nThe following concern information that is not available to the lender at the time they are making the decision of whether to lend money: `ClosedDate`, `LP_CustomerPayments`.', 'data.split-leakage');
    noFull('3. Data', 'Much of the information is not available to the lender at the time they are making the decision, which makes the task hard.', 'data.split-leakage');
  });
  it('options under a "Bad Solution" caption are rejected; a loss written as a formula is no offline metric', () => {
    noFull('Business objective', '<font color=#f6a69c>Bad Solution</font>\n\n- Maximize the amount of harmful content removed\n- Maximize the accuracy of our model', 'requirements.business-objective');
    yesFull('Business objective', '<font color=#f6a69c>Good Solution</font>\n\n- Minimize the number of views of harmful content, subject to precision guardrails', 'requirements.business-objective');
    noFull('4. Model', 'Loss Function\n\n`L_primary = BCE(y_true, y_pred) * min(log(1+views), c)`\n\n- Binary cross-entropy\n- View-weighted loss', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'Offline: binary cross-entropy on the held-out week, and PR-AUC.', 'evaluation.offline-metrics');
  });
  it('translation and wake-word metrics are offline metrics', () => {
    yesFull('5. Evaluation', '| Metric | current | v2 |\n|---|---|---|\n| COMET-22 | 0.79 | 0.86 |\n| chrF | 52.1 | 60.4 |', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', 'We compare models on FA/day at 5% FRR on the internal test set.', 'evaluation.offline-metrics');
    yesFull('5. Evaluation', '| Metric | current | v2 |\n|---|---|---|\n| BLEU | 31.2 | 34.0 |', 'evaluation.offline-metrics');
  });
  it("a book's notes titled in front matter and a pattern catalogue's entry are no design doc", () => {
    const notes = '## Data:\n### Row/column parquet (pandas)\nOLTP vs OLAP insert vs aggregate\n\n### How to handle data?\nsampling logic\nstratified sampling, weighted sampling\n\n### class imbalance\nresampling, class weights, focal loss\n\n## model development\n### evaluation\nbaselines: random, simple heuristic\n\n### prediction service\nonline prediction vs batch prediction\n\n## monitoring: data distribution shifts\n### detect distribution shift\nstatistical methods or time windows to detect the shift\n\n## continual learning\nstateless retraining vs stateful training\n';
    assert.equal(isDesignDoc(`---\nlayout: post\ntitle: Chip ML design\n---\n\n${notes}`), false);
    assert.equal(isDesignDoc(`---\nlayout: post\ntitle: Chip ML design\n---\n\nWe build the ranking service for our shop.\n\n${notes}`), true);
    const pattern = '## Usecase\n- When several teams retrain and ship models and nobody can tell which data a served model came from.\n\n## Architecture\nA served model depends on more than its weights. Each of these parts gets its own version:\n\n- Model name\n- Input and output schema\n- Training code and inference code\n- Hyperparameters\n- Training data and its train/test split\n\n#### Model name (`NAME v.i.l-d`)\nGive every model a short name so that people can talk about it.\n\n#### Interface version for input and output (`name v.I.l-d`)\nBump it whenever the request or response schema of the prediction API changes.\n\n#### Logic version: algorithm, library and hyperparameters (`name v.i.L-d`)\nBump it when the training code, the library or a hyperparameter changes; keep the evaluation results with it.\n\n#### Data version (`name v.i.l-D`)\nStore the training and test split under a table name that carries this version.\n\n## Diagram\n![versions](./versions.png)\n\n## Pros\n- A model can be traced back to its code and data.\n\n## Cons\n- Code, models and data live in different stores.\n';
    assert.equal(isDesignDoc(`# [WIP] Model and data versioning pattern\n\n${pattern}`), false);
    assert.equal(isDesignDoc(`# Model and data versioning for the demand-forecast service\n\n${pattern}`), true);
  });
});

describe('lint mechanisms (session 70)', () => {
  it('an endpoint that returns an estimate, and an app that answers what a user enters, serve online', () => {
    yesFull('Productionization', 'I wrapped the model in a small Flask API. The endpoint takes in a request with the fields of a listing and returns an estimated price.', 'deployment.online-vs-batch');
    yesFull('User interface', 'Users will be able to enter their measurements through a short form, and the web app will provide predictions from the trained model.', 'deployment.online-vs-batch');
    noFull('User interface', 'Users will be able to enter their measurements through a short form, and the web app will store them for later analysis.', 'deployment.online-vs-batch');
    noFull('Team', 'Every team lead estimated the effort for the sprint; the API was documented by the platform team.', 'deployment.online-vs-batch');
  });
});

describe('lint mechanisms (session 70, round real75)', () => {
  it("a blog post whose front matter calls it advice, and a paper summary said so, are no design doc", () => {
    const advice = "---\nlayout: post\ntitle: \"From notebook to production\"\nexcerpt: \"A collection of practical advice for getting a tabular model from a notebook into production.\"\n---\n\nOver the years I have watched many teams repeat the same mistakes. Here is what I tell them now.\n\n## Look at your data first\n\nSpend the first day reading raw rows. Check the data sources, how the labels were made, and whether the training data leaks the outcome.\n\n## Set up evaluation and dumb baselines\n\nBefore any fancy model, build an evaluation harness with a fixed held-out set and report AUC. Compare against a majority-class baseline and a logistic regression.\n\n## Model training\n\nOverfit a small batch first, then regularize. Tune the learning rate before anything else.\n\n## Monitoring\n\nOnce a model is live, watch the input distributions for drift and retrain when they move.\n";
    assert.equal(isDesignDoc(advice), false);
    assert.equal(isDesignDoc(advice.replace(/^excerpt: .*$/m, 'excerpt: "How we moved our churn model from a notebook into production."')), true);
    const paper = "---\ntitle: \"Wide & Deep Learning for Recommender Systems\"\ndescription: Paper summary of the Wide & Deep recommender used in Google Play\n---\n\nApp stores show a few apps out of millions, so the ranking has to be both relevant and fresh.\n\n## The problem\n\nRecommendations must memorize frequent co-occurrences and generalize to unseen feature combinations.\n\n## Data and labels\n\nThe training data are app impressions; the label is 1 when the impression leads to an install.\n\n## Model\n\nA wide linear part over crossed features is trained jointly with a deep network over embeddings, with FTRL for the wide part and AdaGrad for the deep part.\n\n## Evaluation\n\nAn offline AUC comparison and a 3 week online A/B test on app acquisitions against the wide-only model.\n\n## Serving\n\nThe served model scores about 10 million apps per second at peak with multithreaded batches, under 10 ms latency.\n";
    assert.equal(isDesignDoc(paper), false);
    assert.equal(isDesignDoc(paper.replace(/^description: .*\n/m, '')), true);
    const opening = paper.replace(/^description: .*\n/m, '').replace('App stores show a few apps out of millions, so the ranking has to be both relevant and fresh.', 'I came across a paper on how Google Play ranks apps. In this post, I will summarise its key ideas.');
    assert.equal(isDesignDoc(opening), false);
  });
  it('a README whose own headings frame the ML problem is a design doc at ten items', () => {
    const readme = "# Early warning for eviction risk\n\nThis repository holds the code for a project with the county housing office.\n\n## Data\n\nThe county shares three extracts: eviction court filings since 2015, public assistance enrolment records, and the homeless shelter intake log. Records are joined on the county's master person id.\n\n## Formulation of the modeling problem\n\nEvery Monday we score all adults with an active lease who received public assistance in the last year. The model predicts whether the person will have an eviction filing within the next 6 months.\n\n### Outcome label\n\nThe label is 1 when an eviction filing appears in court records within 6 months of the scoring date, and 0 otherwise.\n\n## Methodology\n\nWe define training and validation sets over time: each model trains on cohorts before a cut-off date and is validated on the cohort that follows it.\n\nWe compare logistic regression, random forests and gradient boosted trees against a baseline that ranks people by their number of past filings. Models are chosen by precision in the top 150, because the outreach team can contact 150 households a week.\n\nEvery week the list of the 150 highest-risk people goes to the outreach team.\n\nWe check the selected model for bias across race and gender groups with recall parity.\n\n## Installation\n\n```\npip install -r requirements.txt\n```\n\n## Usage\n\nRun `python -m pipeline.run --config config.yaml`.\n\n## License\n\nMIT\n";
    assert.equal(isDesignDoc(readme), true);
    assert.equal(isDesignDoc(readme.replace('## Formulation of the modeling problem', '## Scoring')), false);
  });
  it('experiments tracked under source control and a holdout test set are no A/B test', () => {
    noFull('5. Evaluation', 'Use source control to track your Jupyter notebook experiments.', 'evaluation.ab-test-plan');
    noFull('5. Evaluation', 'Cross-validation estimates how well the model generalises, but the final model should be evaluated on a holdout test set of the data.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'Online experiment: half of the users get the new ranker for two weeks, and we compare their click-through rate with the control group.', 'evaluation.ab-test-plan');
    yesFull('5. Evaluation', 'We keep a holdout group of 5% of users on the old model and compare conversion against it every week.', 'evaluation.ab-test-plan');
  });
  it('a camera watching for dogs and a dashboard that predicts are no model monitoring', () => {
    noFull('Requirements', '- Continuous monitoring for dogs with accuracy > 90%', 'monitoring.model-performance');
    noFull('Requirements', '- The client would like the dashboard to predict if a leaf is healthy or infected with 97% accuracy.', 'monitoring.model-performance');
    yesFull('7. Monitoring', 'A dashboard shows the weekly precision of the live model on reviewed detections, with an alert below 90%.', 'monitoring.model-performance');
  });
  it('retraining named in a list of pipeline stages is no retraining plan', () => {
    noFull('Overview', 'The solution will involve a pipeline for data ingestion, model training, evaluation, and retraining. At first the model is trained on a public dataset of support tickets.', 'monitoring.retraining-plan');
    yesFull('7. Monitoring', 'The pipeline covers ingestion, training and evaluation; retraining runs every week on the latest tickets.', 'monitoring.retraining-plan');
  });
  it('a line labelled with another section is not the business objective the caption above asks for', () => {
    const answer = "---\nmldesign: true\n---\n\nClarifying questions:\n1. What does the current process look like:\n    -  How is lifetime value computed today?\n\nCoach: a good start, but say what you already know.\n\n2. What's the business objective:\n    -  Is the goal to raise lifetime value?\n3. Data sources:\n    -Customer data: (number of purchases, whether they are a member, total spent)\n\n4) Model selection\n   - Gradient boosted trees on the customer features\n";
    assert.equal(isPresent(answer, 'requirements.business-objective'), false);
    assert.equal(isPresent(answer.replace('Is the goal to raise lifetime value?', 'Raise customer lifetime value by targeting offers to customers likely to lapse.'), 'requirements.business-objective'), true);
    yesFull('Clarifying questions', "1. What's the business objective:\n    - Raise customer lifetime value by targeting offers to customers likely to lapse.", 'requirements.business-objective');
  });
  it('a target column named after a count, a temporal split, satisfaction scores, simple models first and Azure Monitor', () => {
    yesFull('Data processing', 'The resulting dataset includes 10000 observations with 118 columns.\n\n* 1 target variable: log_price\n* 2 numerical features: log_miles and num_tickets', 'data.labels');
    noFull('Data processing', '* 1 target variable: price\n* 2 numerical features', 'data.labels');
    yesFull('Methodology', '1. Define the cohort\n2. Define training and validation sets over time\n3. Train models on each training set', 'data.split-leakage');
    noFull('Methodology', '1. Define the cohort\n2. Define training and validation sets\n3. Train models on each training set', 'data.split-leakage');
    yesFull('5. Evaluation', 'A/B testing: assign treatment and control groups by session. Measure customer satisfaction scores and resolution time.', 'evaluation.online-metrics');
    noFull('Goals', 'Replies will be faster, so customer satisfaction will increase.', 'evaluation.online-metrics');
    yesFull('Model selection', 'I will work with simple algorithms first (random forests, XGBoost) and then try a fine-tuned transformer.', 'model.baseline');
    noFull('Model selection', 'I will work with random forests and XGBoost, then try a fine-tuned transformer.', 'model.baseline');
    yesFull('Operations', 'Azure dashboards, connected to Azure Monitor and App Insights, track the scoring service.', 'monitoring.operational-metrics');
    noFull('Operations', 'Power BI dashboards show the forecasts to the planners.', 'monitoring.operational-metrics');
  });
  it('a table of pinned package versions holds nothing of the design', () => {
    noFull('Environment', '| Package | Version |\n|---|---|\n| importlib-metadata | 1.7.0 |\n| imutils | 0.5.3 |\n| opencv-python | 4.4.0 |', 'data.sources');
    yesFull('3. Data', '| Source | Rows |\n|---|---|\n| clickstream logs in the warehouse | 2B |\n| product catalogue metadata | 40M |', 'data.sources');
  });
});
