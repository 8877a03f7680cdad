/**
 * One rule per rubric item: each is checked on whole documents in the shapes people write
 * (complete, scaffold left unfilled, questions only, negated) and on short snippets that a
 * careful reviewer would and would not count.
 */
import * as assert from 'node:assert/strict';
import { lint, RULES } from '../../../src/core/lint';
import { RUBRIC } from '../../../src/core/rubric';
import { CASE_STUDIES } from '../../../src/core/cases';
import { renderNewDocument } from '../../../src/core/scaffold';
import type { SectionId } from '../../../src/core/framework';
import { docWith, fixture, isPresent, presentIds } from './helpers';

const HEADING: Record<SectionId, string> = {
  requirements: '1. Requirements',
  framing: '2. Problem framing',
  data: '3. Data',
  model: '4. Model',
  evaluation: '5. Evaluation',
  deployment: '6. Serving',
  monitoring: '7. Monitoring',
};

/** Per item: answers a reviewer counts (yes) and text that is not an answer (no). */
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  'requirements.business-objective': {
    yes: [
      'Goal: cut fraud losses by 20% without declining more good customers.',
      'We want to increase bookings from the search page; today 60% of sessions end without one.',
    ],
    no: ['- Business objective', 'What business outcome should this move?', 'Design a fraud detection system.'],
  },
  'requirements.latency-p99': {
    yes: ['- p99 ≤ 150 ms for the scoring call', 'The 99th percentile must stay under 200ms.', '| Latency | 80 ms at p99 |', 'latency < 0.2 s per request'],
    no: ['The system must have low latency.', 'What is the latency budget?', 'p99 latency < y ms', '| p99 latency | TODO ms |', 'Latency is not a concern here.', 'Training takes 6 hours on 8 GPUs.'],
  },
  'requirements.throughput-qps': {
    yes: ['Peak is about 50k QPS.', 'We score ~3,000 transactions per second at peak.', '2B predictions per day.', '- 10M requests/day'],
    no: ['It has to handle high throughput.', 'How many requests per second?', '| Peak QPS | TODO req/s |'],
  },
  'requirements.scale': {
    yes: ['500M DAU and a catalogue of 10M items.', '~4 TB of impression logs per day.', 'Billions of images in the index.'],
    no: ['Large scale, lots of users.', 'How many users do we have?', 'We show the top 10 items.'],
  },
  'requirements.budget-cost': {
    yes: ['Serving budget is $40k/month.', 'Training on 8 GPUs for at most 6 hours a day.', 'Each node has 64 GB RAM.'],
    no: ['Budget is limited.', 'Is there a compute budget?', 'Transactions above $500 are flagged for review.', 'ranking budget p99 < 50ms'],
  },
  'requirements.scope-functional': {
    yes: ['In scope: ranking ads in the home feed. Out of scope: auction pricing.', 'The system must flag a transaction inside the authorization call.'],
    no: ['- Scope', 'What is in scope?'],
  },
  'requirements.privacy-security': {
    yes: ['No raw PII in features; user IDs are hashed.', 'EU users who did not consent get no cross-site signals (GDPR).'],
    no: ['- Privacy', 'Do we have GDPR constraints?'],
  },
  'framing.ml-objective': {
    yes: ['Predict P(click | user, ad, context).', 'The model estimates the probability that a transaction is fraudulent.'],
    no: ['- ML objective', 'What exactly do we predict?'],
  },
  'framing.io-spec': {
    yes: ['Input: user, ad and context features. Output: a click probability in [0, 1].', 'Given a query and a video, return a relevance score.'],
    no: ['- ML I/O', 'What are the inputs and outputs?'],
  },
  'framing.ml-category': {
    yes: ['It is a binary classification problem.', 'Pointwise learning to rank.', 'Regression on minutes of delay.'],
    no: ['Classification or regression?', '- Classification metrics: precision, recall'],
  },
  'data.sources': {
    yes: ['Users table, ads table, and impression and click logs in the warehouse.', 'Data sources:\n- Users\n- Ads\n- User–ad interactions'],
    no: ['- Data sources', 'Which data do we have?'],
  },
  'data.labels': {
    yes: ['Positive = click within 10 minutes of the impression; negative otherwise.', 'Labels: chargebacks within 60 days plus confirmed fraud from investigations.'],
    no: ['- Labelling', 'Maybe we can use the reports as labels?', 'Labelled data is available.'],
  },
  'data.features': {
    yes: ['User and ad IDs as 32-d embeddings; age bucketized; text through a frozen BERT encoder.', 'Features: amount vs 30-day average, merchant category, device age, distance from last transaction.'],
    no: ['- Feature selection\n- Feature representation', 'Which features should we use?'],
  },
  'data.class-imbalance': {
    yes: ['CTR is 1%: downsample negatives to 10% and re-weight them by 10.', 'Fraud is 0.2%, so we train with class weights and report PR-AUC.'],
    no: ['Fraud is rare.', 'The data is imbalanced.', 'How do we handle class imbalance?'],
  },
  'data.split-leakage': {
    yes: ['Split by time: train on days 1–28, validate on 29, test on 30.', 'User-level split so no user is in both train and test.'],
    no: ['- Data splits', 'Data leakage: information from the test set influences training.', 'How do we split the data?'],
  },
  'data.feature-backfill': {
    yes: ['Training rows join features as of the impression timestamp (point-in-time joins).', 'We backfill 90 days of the new features from the raw logs.'],
    no: ['We use a feature store.', 'How do we backfill features?'],
  },
  'model.baseline': {
    yes: ['Baseline: logistic regression on hashed features (the current production model).', 'We start with a popularity ranker and compare against it.'],
    no: ['- Baseline', 'NCE (normalized over baseline CTR)', 'Which baseline should we use?'],
  },
  'model.selection-tradeoffs': {
    yes: ['GBDT (fast, no embeddings) vs DCN-v2 (learns crosses, trains continually): we choose DCN-v2.', '- XGBoost\n  - pros: strong on tabular data\n  - cons: no continual training\n- Two-tower DNN\n  - pros: learns embeddings'],
    no: ['- Model selection', 'We use XGBoost.', 'Which model should we pick?'],
  },
  'model.loss-function': {
    yes: ['Loss: binary cross-entropy.', 'Trained with focal loss to focus on hard examples.', 'Contrastive loss over in-batch negatives.'],
    no: ['Which loss function?', 'Fraud losses were $31M last year.'],
  },
  'model.training': {
    yes: ['Fine-tune a pre-trained ResNet-50 for 10 epochs; learning rate tuned with Bayesian search.', 'Train from the previous checkpoint on the last 24 hours of data.'],
    no: ['- Model training', 'How do we train it?'],
  },
  'model.interpretability': {
    yes: ['Reviewers see the top SHAP features for every removal decision.', 'Each decline comes with reason codes for the adverse-action letter.'],
    no: ['- GBDT\n  - pros: interpretable', 'Do we need explanations?'],
  },
  'evaluation.offline-metrics': {
    yes: ['Offline: PR-AUC and recall at 0.5% FPR.', 'NDCG@10 on the held-out week.', '| ROC-AUC | Offline | ≥ 0.80 |'],
    no: ['- Offline metrics', 'Which offline metrics?', '| TODO | Offline | TODO |'],
  },
  'evaluation.online-metrics': {
    yes: ['Online: CTR, conversion rate and revenue per mille.', '| Watch time per user | Online | +1% |'],
    no: ['- Online metrics', '| TODO | Online | TODO | TODO: online metric that shows the business goal moved |', 'Which online metrics?'],
  },
  'evaluation.ab-test-plan': {
    yes: ['A/B test: 5% of users randomised by user ID for 2 weeks against the current model.', 'We will A/B test the new ranker against production on CTR.'],
    no: ['- A/B test', 'How do we A/B test?', "We won't A/B test in v1."],
  },
  'evaluation.guardrail-metrics': {
    yes: ['Guardrails: hide rate and p99 latency must not regress.', 'Ship only without hurting 30-day retention.'],
    no: ['Which guardrail metrics?', 'No guardrails yet.'],
  },
  'deployment.online-vs-batch': {
    yes: ['Online prediction: context changes per request, so scores cannot be precomputed.', 'Scores are precomputed nightly and served from a key-value store.'],
    no: ['Online or batch prediction?', '- Batch vs online prediction', 'Features are computed in a nightly batch job.'],
  },
  'deployment.serving-architecture': {
    yes: ['Request → candidate generation (ANN over ad embeddings) → ranking service (features from the online feature store) → re-ranking.', '```mermaid\nflowchart LR\n  app["App"] --> gw["API gateway"]\n  gw --> svc["Ranking service"]\n  svc --> fs[("Feature store")]\n```'],
    no: ['- Prediction service', '![architecture](arch.png)', 'How does serving work?'],
  },
  'deployment.rollout-strategy': {
    yes: ['Shadow for 2 days, then canary 1% → 10% → 100% with automatic rollback.', 'Deploy behind a feature flag with a kill switch back to the rules engine.'],
    no: ['- Shadow deployment', '- Canary release', 'How do we roll out safely?'],
  },
  'deployment.training-serving-skew': {
    yes: ['Features come from one feature-store definition used for both training and serving.', 'Served feature values are logged at request time and reused for training.'],
    no: ['How do we avoid training-serving skew?', 'Training-serving skew: not applicable.'],
  },
  'deployment.scaling-efficiency': {
    yes: ['Ranking pods autoscale on CPU; user embeddings cached for 10 minutes.', 'The model is quantized to int8 for on-device inference.'],
    no: ['- Scaling', 'The system should be scalable.', 'How does inference scale?'],
  },
  'monitoring.drift': {
    yes: ['Daily PSI on the top 50 features; alert when PSI > 0.2.', 'Monitor data drift and prediction drift with a KS test.'],
    no: ['User tastes drift over time, so the model goes stale.', 'No drift monitoring yet.', 'How do we detect drift?'],
  },
  'monitoring.data-quality': {
    yes: ['Schema and null-rate checks on every partition; the pipeline stops if more than 1% of rows fail.', 'Validate input payloads and reject malformed requests.'],
    no: ['Missing values are imputed with the median.', 'Which data quality checks?'],
  },
  'monitoring.operational-metrics': {
    yes: ['Dashboards for p99 latency, QPS and error rate; page on-call when p99 > 150 ms.', 'Alert on error rate above 1% for 5 minutes.'],
    no: ['Which operational metrics do we alert on?'],
  },
  'monitoring.model-performance': {
    yes: ['Hourly calibration (predicted vs observed CTR) and daily AUC on delayed labels.', 'Track precision and recall on the reviewed sample every week.'],
    no: ['How do we track model quality in production?'],
  },
  'monitoring.retraining-plan': {
    yes: ['Retrain daily from the last checkpoint; promote only if NCE beats production.', 'Retrain when PSI > 0.2 or weekly, whichever comes first.'],
    no: ['- Updates', 'When do we retrain?', "We won't retrain in v0.", 'Each part can be retrained alone.'],
  },
};

describe('lint rules: one per rubric item', () => {
  it('has a rule per rubric item with the rubric severity, and snippet cases for each', () => {
    for (const item of RUBRIC) {
      const rule = RULES.find((r) => r.id === item.id);
      assert.ok(rule, item.id);
      assert.equal(rule.kind, 'item');
      assert.equal(rule.section, item.section);
      assert.equal(rule.severity, item.severity);
      assert.ok(CASES[item.id], `snippet cases for ${item.id}`);
    }
  });

  for (const item of RUBRIC) {
    const cases = CASES[item.id];
    if (!cases) continue;
    describe(item.id, () => {
      for (const yes of cases.yes) {
        it(`counts: ${JSON.stringify(yes.slice(0, 70))}`, () => {
          assert.ok(isPresent(docWith(HEADING[item.section], yes), item.id), 'should be present');
        });
      }
      for (const no of cases.no) {
        it(`does not count: ${JSON.stringify(no.slice(0, 70))}`, () => {
          assert.ok(!isPresent(docWith(HEADING[item.section], no), item.id), 'should be missing');
        });
      }
    });
  }
});

describe('lint rules: whole documents', () => {
  it('a complete 9-step answer has every item', () => {
    const result = lint(fixture('lint', 'complete-9step.md'), { force: true });
    const missing = result.items.filter((i) => !i.present).map((i) => i.id);
    assert.deepEqual(missing, []);
  });

  it('a complete 7-section doc has every item', () => {
    const result = lint(fixture('labelled', 'fraud-card-strong.md'));
    assert.deepEqual(result.items.filter((i) => !i.present).map((i) => i.id), []);
    assert.equal(result.findings.filter((f) => f.kind === 'missing').length, 0);
  });

  it('a scaffolded doc left unfilled has no item, and every section is reported unfilled', () => {
    for (const caseId of [undefined, ...CASE_STUDIES.map((c) => c.id)]) {
      const result = lint(renderNewDocument({ title: 'T', caseId, date: '2026-01-01' }));
      assert.equal(result.isDesignDoc, true);
      assert.deepEqual([...presentIds(result)], [], `${caseId ?? 'blank'}: nothing present`);
      const unfilled = result.findings.filter((f) => f.kind === 'unfilled-section').map((f) => f.section);
      assert.deepEqual(unfilled, ['requirements', 'framing', 'data', 'model', 'evaluation', 'deployment', 'monitoring'], caseId);
      const expectedItems = 35 + (caseId ? 5 : 0);
      assert.equal(result.findings.filter((f) => f.kind === 'missing').length, expectedItems, caseId);
    }
  });

  it('a doc of questions only has no item, and every section holds only open questions', () => {
    const result = lint(fixture('lint', 'questions-only.md'));
    assert.equal(result.isDesignDoc, true);
    assert.deepEqual([...presentIds(result)], []);
    const unfilled = result.findings.filter((f) => f.kind === 'unfilled-section');
    assert.equal(unfilled.length, 7);
    assert.ok(unfilled.every((f) => f.message.includes('open questions')));
    const latency = result.findings.find((f) => f.ruleId === 'requirements.latency-p99');
    assert.match(latency?.message ?? '', /only asked as a question/);
  });

  it('negated items are missing: "latency is not a concern", "we won\'t A/B test", "no monitoring"', () => {
    const result = lint(fixture('lint', 'negated.md'));
    const present = presentIds(result);
    for (const id of [
      'requirements.latency-p99', 'requirements.throughput-qps', 'requirements.budget-cost', 'requirements.privacy-security',
      'data.labels', 'data.class-imbalance', 'data.split-leakage', 'model.baseline', 'model.selection-tradeoffs',
      'model.loss-function', 'model.training', 'model.interpretability', 'evaluation.offline-metrics',
      'evaluation.online-metrics', 'evaluation.ab-test-plan', 'evaluation.guardrail-metrics', 'deployment.rollout-strategy',
      'deployment.training-serving-skew', 'deployment.scaling-efficiency', 'monitoring.drift', 'monitoring.data-quality',
      'monitoring.operational-metrics', 'monitoring.model-performance', 'monitoring.retraining-plan',
    ]) {
      assert.ok(!present.has(id), `${id} should be missing`);
    }
  });

  it('a template of instructions to the writer ("Briefly describe…", "List the…") has no item', () => {
    const result = lint(fixture('lint', 'instructions-template.md'), { force: true });
    assert.deepEqual([...presentIds(result)], []);
    assert.equal(result.findings.filter((f) => f.kind === 'unfilled-section').length, 7);
  });

  it('a 9-step template copy keeps its outline bullets out of the answer', () => {
    // the search doc keeps steps 5–9 as the template's bare bullets
    const result = lint(fixture('labelled', 'search-ranking-9step.md'), { force: true });
    const present = presentIds(result);
    for (const id of ['model.training', 'evaluation.ab-test-plan', 'deployment.rollout-strategy', 'monitoring.drift', 'monitoring.retraining-plan']) {
      assert.ok(!present.has(id), id);
    }
    for (const id of ['requirements.latency-p99', 'evaluation.offline-metrics', 'deployment.serving-architecture']) assert.ok(present.has(id), id);
  });
});

describe('lint rules: case-study items', () => {
  it('apply only when the front matter or the config names the case', () => {
    const text = fixture('labelled', 'ads-ctr-bold-headings.md');
    const withCase = lint(text, { force: true });
    assert.ok(withCase.items.some((i) => i.id.startsWith('case.ad-click-prediction.')));
    const noCase = lint(text.replace('case: ad-click-prediction', 'case: ""'), { force: true });
    assert.ok(!noCase.items.some((i) => i.id.startsWith('case.')));
    const viaConfig = lint(text.replace('case: ad-click-prediction', 'case: ""'), { force: true, config: { caseId: 'ad-click-prediction' } });
    assert.equal(viaConfig.items.filter((i) => i.id.startsWith('case.')).length, 5);
  });

  it('finds the ad-click case items in a terse answer, and not in the scaffold prompts', () => {
    const result = lint(fixture('labelled', 'ads-ctr-bold-headings.md'), { force: true });
    const caseItems = result.items.filter((i) => i.id.startsWith('case.'));
    assert.deepEqual(caseItems.filter((i) => !i.present).map((i) => i.id), []);
    const scaffold = lint(renderNewDocument({ title: 'T', caseId: 'ad-click-prediction', date: '2026-01-01' }));
    assert.ok(scaffold.items.filter((i) => i.id.startsWith('case.')).every((i) => !i.present));
  });

  it('has a rule for every case item of every case study', () => {
    for (const cs of CASE_STUDIES) for (const ci of cs.items) assert.ok(RULES.some((r) => r.id === ci.id && r.kind === 'case'), ci.id);
  });
});
