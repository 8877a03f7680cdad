/**
 * Agreement with independent reviewers on two blind sets written in session 4
 * (test/fixtures/holdout8 and holdout9) by reviewers who read only the rubric — never the engine,
 * its docs or the other fixtures. 10 + 10 design docs in new domains (car voice intents, recipe
 * feeds, potholes from dashcams, call summaries with an LLM, ATM cash, fake listings, school
 * dropout, seat upgrades, forklift near-misses, code search; next lesson, bed occupancy,
 * background removal, geocoding, voice-chat toxicity, mortgage documents, driver destinations,
 * clickbait, inverter failures, menu embeddings) and shapes (terse interview notes with
 * "Q? -> answer" lines, non-native English, a hedging draft, numbers without units, an
 * interviewer/me transcript, nested bullets three deep, narrative paragraphs, a checklist doc),
 * and four non-design files (a sprint retro, a library README, a postmortem, a weekly update).
 *
 * Blind first contact (engine at 4e642b1, nothing tuned on them yet):
 *   holdout8: named precision 0.662 / recall 0.839, error-severity 0.580
 *   holdout9: named 0.813 / 0.865, error-severity 0.737
 * Together about 0.73 / 0.85: the honest estimate on unseen docs stays near 0.7–0.8 precision.
 *
 * One round of general fixes followed (section H of mechanisms.test.ts, with sentences of my
 * own): "Clarifying…", "Why" and "Operation" headings, "Didn't get to" as uncommitted, scope in
 * interview shorthand, summarisation/extraction as ML categories, first-cohort-then rollouts,
 * schema changes and failing validation steps, metrics once actuals arrive, sampled outputs rated
 * by people, seasonal-naive baselines, and hedged sentences ("F1, probably, or … Maybe both").
 * Thresholds sit just under the figures after it: a regression guard, no longer blind. Raised in
 * session 5 after the holdout10/11 fixes (holdout8 0.733 / 0.863, holdout9 0.845 / 0.865).
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

describeReviewerAgreement('blind holdout8', join(FIXTURES, 'holdout8'), {
  folderPrecision: 0.72,
  folderRecall: 0.85,
  namedPrecision: 0.72,
  namedRecall: 0.85,
  errorPrecision: 0.62,
  recognitionRecall: 1,
});

describeReviewerAgreement('blind holdout9', join(FIXTURES, 'holdout9'), {
  folderPrecision: 0.83,
  folderRecall: 0.85,
  namedPrecision: 0.83,
  namedRecall: 0.85,
  errorPrecision: 0.78,
  recognitionRecall: 1,
});
