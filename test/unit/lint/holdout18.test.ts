/**
 * Agreement with independent reviewers on two blind sets written in session 9 (test/fixtures/
 * holdout18 and holdout19) by reviewers who read only the rubric — never the engine, its docs or the
 * other fixtures. 10 + 10 design docs (wildfire-smoke sensor anomalies, grocery substitutions,
 * food-delivery ETA, podcast chaptering, dating "Top Picks", ATM cash demand, insurance call
 * summarisation, returns fraud, code-review comment ranking, translation quality estimation; hotel
 * price anomalies, support-ticket routing, playlist continuation, keyboard next-word prediction,
 * neobank card fraud, hospital readmission, visual product search, grocery demand forecasting, forum
 * spam, LLM news headlines) in new shapes (a Notion export with callouts and toggles, every
 * requirement in one table, a terse bullet answer, "Step 1..9", a mock-interview Q&A, headings out
 * of order with appendices, a template left full of TODO/TBD, a narrative, an RFC with Mermaid +
 * YAML + Python, a non-native speaker; an RFC with "Alternatives considered", idiosyncratic section
 * titles, a cheat-sheet of arrows, numbers in tables, a half-finished draft, a senior long-form,
 * front matter with "- [x]" / "- [ ]" checklists, an interview transcript, seven Mermaid diagrams,
 * British English with typos), and four non-design files (a team retro, a training repo's README,
 * a CONTRIBUTING.md, an OKR review). Traps: questions only, placeholders ("p99 < ?? ms", "TBD QPS"),
 * negations, "phase 2" and nice-to-haves, unchecked checklist items, vague words, numbers that are
 * not targets (UI animations, GMV, forecast quantiles), word-sense traps ("backfill" of raw data,
 * "channels A/B").
 *
 * Blind first contact (nothing tuned on them):
 *   holdout18 (engine 3c52f83): named precision 0.902 / recall 0.806, error-severity 0.762
 *   holdout19 (engine 92303fc): named 0.889 / 0.750, error-severity 0.917
 * Fixed since (general, mechanisms.test.ts "session 9"): unchecked task-list items and what nests
 * under them are to-dos; "Nice to have:" / "Future work:" labels, "@ana to fill in:", "planned for
 * phase 2", "maybe later", "Open question —", "we'll figure out … after launch", "TBD: …", a value
 * that "depends on" something; a template prompt in angle brackets; a diagram node with a question
 * or deferral; backfill of training features only; "channels A/B"; UI timings; fallbacks when the
 * model is down; monotonic constraints; memory and work-rate labels in requirement tables; a choice
 * after the comparison it settles; a quoted question inside a statement; data that merely contains
 * PII. No longer blind: holdout18 0.970 / 0.942 (error-severity 0.958), holdout19 0.946 / 0.917 (0.966).
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

describeReviewerAgreement('holdout18 (reviewed in session 9)', join(FIXTURES, 'holdout18'), {
  folderPrecision: 0.96,
  folderRecall: 0.93,
  namedPrecision: 0.96,
  namedRecall: 0.93,
  errorPrecision: 0.95,
  recognitionRecall: 1,
});

describeReviewerAgreement('holdout19 (reviewed in session 9)', join(FIXTURES, 'holdout19'), {
  folderPrecision: 0.94,
  folderRecall: 0.91,
  namedPrecision: 0.94,
  namedRecall: 0.91,
  errorPrecision: 0.96,
  recognitionRecall: 1,
});
