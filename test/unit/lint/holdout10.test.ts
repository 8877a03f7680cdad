/**
 * Agreement with independent reviewers on two blind sets written in session 5
 * (test/fixtures/holdout10 and holdout11) by reviewers who read only the rubric — never the engine,
 * its docs or the other fixtures. 10 + 10 design docs in new domains (warehouse pick-path ETA,
 * credit-limit increases, invoice line coding, podcast "up next", parking availability, code-review
 * comment ranking, hotel price elasticity, support reply suggestions, crop disease photos, wildfire
 * smoke cameras; returns fraud, duplicate listings, grocery substitutions, elevator maintenance,
 * meeting action items with an LLM, call-centre intent routing, building footprints, promo abuse,
 * toxic comments in a kids' app, salary estimation) and shapes (an RFC with Context/Goals/Non-goals,
 * a Notion export with emoji headings and <details> toggles, interview answers with bold
 * "**1) Requirements**" lines and a post-mortem, a doc made of tables, slides with "---"
 * separators, heavy "Future work", mock-interview transcripts with Interviewer/Candidate turns and
 * a pasted feedback list, a 9-step template with mixed heading levels, a decision log "D1: …",
 * non-native English with typos, unusual units "a fifth of a second at the 99th pct"), and four
 * non-design files (a training-repo README, reading-group notes, an on-call runbook, a model card).
 *
 * Blind first contact (engine at 5560b63, the session's starting commit, nothing tuned on them):
 *   holdout10: named precision 0.781 / recall 0.890, error-severity 0.700
 *   holdout11: named 0.812 / 0.864, error-severity 0.667; one weak transcript not recognised as a
 *              design doc (8 items, no section headings), so folder recall is lower (0.68)
 * With the general fixes written before these sets were read (task-list boxes, asker labels,
 * serving mode and skew wordings) holdout11 was 0.815 / 0.882 at first reading.
 *
 * One round of general fixes followed (section I of mechanisms.test.ts, with sentences of my
 * own): feedback / self-review / "not reached" as uncommitted, an all-placeholder row, "no X
 * appears in both" as content, the serving mode as a requirement or a one-word sentence, shared
 * feature code and logged feature vectors, "predict whether …", data windows, "everything else =
 * …", "success is measured on …", time from one event to another, results tables, batch volume.
 * Thresholds sit just under the figures after it: a regression guard, no longer blind.
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

describeReviewerAgreement('blind holdout10', join(FIXTURES, 'holdout10'), {
  folderPrecision: 0.86,
  folderRecall: 0.9,
  namedPrecision: 0.86,
  namedRecall: 0.9,
  errorPrecision: 0.94,
  recognitionRecall: 1,
});

describeReviewerAgreement('blind holdout11', join(FIXTURES, 'holdout11'), {
  folderPrecision: 0.9,
  folderRecall: 0.68,
  namedPrecision: 0.9,
  namedRecall: 0.92,
  errorPrecision: 0.8,
  recognitionRecall: 0.9,
});
