/**
 * Agreement with independent reviewers on two blind sets written in session 14 (test/fixtures/
 * holdout22 and holdout23) by reviewers who read only the rubric — never the engine, its docs or the
 * other fixtures. 10 + 10 design docs (hotel-review summaries with an LLM, GPS-spoofing fraud, query
 * spelling correction, listing-photo room types, thumbnail personalisation, churn save-offer uplift,
 * sports-betting odds anomalies, job recommendations, air-quality sensor calibration, shelf price-tag
 * OCR; chest X-ray triage, exercise difficulty, fleet fuel anomalies, code-search ranking, a
 * subscription box, dating matches, tax-form field extraction, playlist titles with an LLM,
 * day-ahead electricity prices, contact-centre voice emotion) in new shapes (a Google-Docs export
 * with comment threads, a lab notebook, nested bullets four deep, a filled-in template with prompts
 * left blank, "v1 shipped, v2 proposal", SQL/Python/YAML blocks, question headings, hasty
 * abbreviations, sections in an odd order; an Amazon PR/FAQ, a Rust-style RFC, inline reviewer
 * threads, <details> collapsibles, a non-native writer, an interview transcript, a take-home with an
 * appendix of estimates, "2.3.1" headings, a Notion export with <aside> callouts, a slide deck), and
 * four non-design files (a talk summary, a "lessons" blog post, an on-call handbook, a syllabus).
 *
 * Blind first contact (engine a46a19e, the session's start; nothing tuned on them):
 *   holdout22: named precision 0.793 / recall 0.829, error-severity 0.821; folder 0.810 / 0.766
 *   holdout23: named 0.772 / 0.877, error-severity 0.792; folder 0.744 / 0.753
 *   2 of the 4 non-design files (the blog post, the syllabus) were recognised as design docs.
 * The session's fixes made before either set was read (scope In/Out, -svc services, false-alarm
 * caps, input checks) moved holdout22 to 0.814 / 0.829 unseen. Fixed since (general, mechanisms.test.ts
 * "session 14"): Notion callouts read, "predicting" no typo of "prediction", syllabus and lessons
 * posts not design docs, template prompts with examples, "the usual", promotion gates, and more.
 * No longer blind: holdout22 0.895 / 0.919 (error-severity 0.867), holdout23 0.937 / 0.914 (0.905).
 * Not recognised, as designed: the lab notebook (a dated log) and the heading-less transcript.
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

describeReviewerAgreement('holdout22 (reviewed in session 14)', join(FIXTURES, 'holdout22'), {
  folderPrecision: 0.87,
  folderRecall: 0.82,
  namedPrecision: 0.87,
  namedRecall: 0.89,
  errorPrecision: 0.83,
  recognitionRecall: 0.9,
});

describeReviewerAgreement('holdout23 (reviewed in session 14)', join(FIXTURES, 'holdout23'), {
  folderPrecision: 0.89,
  folderRecall: 0.76,
  namedPrecision: 0.9,
  namedRecall: 0.88,
  errorPrecision: 0.86,
  recognitionRecall: 0.9,
});
