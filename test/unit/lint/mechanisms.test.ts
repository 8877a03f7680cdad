/**
 * One case per general mechanism fixed after the independent holdout review (negation scope,
 * answered questions, hedges, word sense, numbers in words, free-form and bold headings). The
 * sentences are written for these tests, not copied from the holdout docs.
 */
import * as assert from 'node:assert/strict';
import { isDesignDoc } from '../../../src/core/lint';
import { spellNumbers } from '../../../src/core/lint/text';
import { docWith, isPresent } from './helpers';

const yes = (heading: string, body: string, id: string): void => assert.equal(isPresent(docWith(heading, body), id), true, body);
const no = (heading: string, body: string, id: string): void => assert.equal(isPresent(docWith(heading, body), id), false, body);

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
});
