/**
 * Agreement with independent reviewers on two blind sets written in session 8 (test/fixtures/
 * holdout16 and holdout17) by reviewers who read only the rubric — never the engine, its docs or the
 * other fixtures. 10 + 10 design docs (pet-insurance claims pricing, clinical-trial matching, legal
 * clause tagging, app-store search, e-scooter battery-swap forecasting, live-stream chat moderation,
 * fake restaurant reviews, job-posting salary ranges, similar artists, local-news feed; YouTube-style
 * recommendations, event recommendations, Street-View blurring, similar listings, B2B lead scoring,
 * robot pick failures, hate speech in voice notes, fare alerts, LLM SQL autocomplete, shelf
 * out-of-stock detection) in new shapes (a Google-Docs export with "1.1" headings and escaped
 * characters, footnotes and "see Appendix B", a Q&A, requirements in tables, a fast interview answer
 * full of abbreviations, a vague beginner draft, sections out of order with FAQ and Appendix, H3/H4
 * only, emoji headings; a whiteboard of arrows, Phase 1 / Phase 2, Mermaid + YAML + SQL, a long
 * narrative, front matter with template comments left in, a non-native speaker, open questions, a
 * one-pager with a metrics table, an ADR, an interview transcript), and four non-design files (a blog
 * post on preparing for the interview, a data-pipeline migration plan, a postmortem, study notes).
 * The writers laid traps: questions only, placeholders, negations, future work, empty headings,
 * numbers that are not what they look like ("100 ms" of a frame interval, "$2M" of revenue).
 *
 * Blind first contact (engine deb064c, nothing tuned on them):
 *   holdout16: named precision 0.790 / recall 0.782, error-severity 0.720; the interview-prep blog
 *              post was recognised as a design doc
 *   holdout17: named 0.803 / 0.855, error-severity 0.788
 * Fixed since (general, mechanisms.test.ts "session 8"): a post about preparing for the interview is
 * not a design doc; Q&A in one paragraph and bold questions answered "Yes, …" label their answer, and
 * an answer saying no negates the question's topic; parity through a shared library, prompt builder,
 * pinned upstream model or logged input tensors; a business goal stated as an outcome to move;
 * hedged future work, "would have said", "Later / maybe" lists; "watch-time" and a "freshness boost"
 * are not monitoring; a content rate across the whole fleet is throughput; Gini, double-lift and A/E in
 * their places; the comments of a code block read as prose; real words kept from the typo corrector.
 * No longer blind: holdout16 0.874 / 0.822 (error-severity 0.913), holdout17 0.868 / 0.900 (0.875).
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

describeReviewerAgreement('holdout16 (reviewed in session 8)', join(FIXTURES, 'holdout16'), {
  folderPrecision: 0.86,
  folderRecall: 0.8,
  namedPrecision: 0.86,
  namedRecall: 0.8,
  errorPrecision: 0.9,
  recognitionRecall: 1,
});

describeReviewerAgreement('holdout17 (reviewed in session 8)', join(FIXTURES, 'holdout17'), {
  folderPrecision: 0.85,
  folderRecall: 0.88,
  namedPrecision: 0.85,
  namedRecall: 0.88,
  errorPrecision: 0.86,
  recognitionRecall: 1,
});
