/**
 * Agreement with independent reviewers on the blind sets of session 18 (test/fixtures/holdout48–56),
 * written to be typical, by reviewers who read only the rubric:
 * holdout48: ten practice answers in the book's 7 sections by candidates whose first language is not
 * English (dropped articles, "we will do the A/B", "latency should be maximum 100ms"): wallet fraud,
 * e-commerce search, ride ETA, toxic comments, playlists, job recommendations, autocomplete, telecom
 * churn, hotel pricing, duplicate questions; plus a study plan and a blog post on failed interviews.
 * holdout49: ten work design docs in a Google-style template (context and scope, goals and non-goals,
 * detailed design, alternatives, cross-cutting concerns, launch plan, open questions): notification
 * ranking, fake reviews, SKU demand, recipe search, credit limits, ticket routing, gateway anomalies,
 * product categorisation, a short-video re-ranker, appointment no-shows; plus an OKR page and the
 * notes of a platform sync.
 * holdout50: ten take-home write-ups and small-company proposals (notebook results, "how I would
 * deploy it", "if I had more time"): loan default, news recommendations, support-email triage, house
 * prices, factory defects, late deliveries, lead scoring, bike-share demand, resume matching, forum
 * bots; plus a Kaggle solution README and a reading list.
 * holdout51: ten generative-AI designs (RAG support bot, code completion, meeting summaries, semantic
 * search, product descriptions, email replies, text-to-SQL, ad image generation, LLM moderation, a
 * language tutor); plus a prompt-engineering cheat sheet and an LLM API price comparison.
 *
 * Blind first contact (session-start engine 3e892fb), named precision / recall: holdout48 0.942 /
 * 0.851 (the blog post taken for a design doc), holdout49 0.955 / 0.841, holdout50 0.853 / 0.899,
 * holdout51 0.877 / 0.925; the other seven non-design files left alone. Fixed since
 * (mechanisms.test.ts "session 18"): template instructions in italics, GenAI categories and metrics,
 * ramps, event-triggered scoring, text-tree blocks, "XGB" read as a placeholder, results tables,
 * survey baselines, backfill roles, safety guardrails, retention rules, word senses and wordings.
 * Then holdout48 0.955 / 0.921, holdout49 0.957 / 0.881, holdout50 0.937 / 0.915, holdout51 0.927 /
 * 0.952.
 * A second round, written after those fixes, to see whether they carry over to new writers:
 * holdout52: ten practice answers in the 9-step template (Explore page, restaurant recommendations,
 * insurance claims fraud, grocery search relevance, messaging spam, keyboard next word, dating-app
 * image moderation, driver cancellations, app store search, hospital readmission), plus a metrics
 * cheat sheet and mock-interview feedback notes. holdout53: ten product-team one-pagers (smart
 * replies, push timing, invoice-PO matching, photo quality, cold-chain alerts, delivery windows,
 * duplicate listings, upgrade propensity, wiki search, pharmacy stock-outs), plus a model-incident
 * postmortem and coding guidelines. First contact (engine 3e018bd, round-5 fixes in): holdout52
 * 0.975 / 0.874, holdout53 0.922 / 0.822 (the session-start engine: 0.975 / 0.867, 0.929 / 0.814) —
 * the round-5 fixes carried over by about one finding per set; the cheat sheet taken for a design
 * doc. Fixed since (mechanisms.test.ts "round 6"): italic template lists and instructions, batch runs
 * with the other mode ruled out, declined questions, today's latency, cheat-sheet titles, wordings.
 * Then holdout52 0.976 / 0.896, holdout53 0.974 / 0.860.
 * A third round: holdout54: ten docs that started from this extension's scaffold (blank or with a
 * case study's lines) and were filled in by candidates practising the book's ten case studies,
 * nearly complete to barely started (prompts replaced, answered after, or left; table rows filled
 * or left "TODO"), plus a practice repo's README and notes on a chapter of the book. holdout55: ten
 * prose-heavy design docs by senior engineers (decisions argued in running text, alternatives
 * rejected, deferrals), four thorough, three medium, three long but vague, plus an essay on ranking
 * people and a blog post on a feature-store migration. holdout56: ten sets of terse interview notes
 * (lowercase, abbreviations, arrows, "??", plain "reqs"/"data"/"eval" lines instead of headings,
 * numbered titles underlined like setext headings), plus a glossary of abbreviations and a to-do
 * list. First contact (session-start engine 3e892fb; the engine of the time scored the same within
 * one finding): holdout54 0.994 / 0.900 (the chapter notes taken for a design doc), holdout55 0.933
 * / 0.804 (the blog post taken for one), holdout56 0.901 / 0.944 named, and one set of notes with no
 * Markdown headings not recognised in a folder run. Fixed since (mechanisms.test.ts "round 7"):
 * plain section lines over lists, numbered setext titles, terse abbreviations, a label that names
 * an item with a value that declines it, prose deferrals, retrospectives and chapter notes. Now
 * holdout54 0.994 / 0.929, holdout55 0.935 / 0.833, holdout56 0.959 / 0.972.
 * At the end of session 18: holdout48 0.955 / 0.930, holdout49 0.966 / 0.913, holdout50 0.937 /
 * 0.915, holdout51 0.927 / 0.952, holdout52 0.976 / 0.911, holdout53 0.974 / 0.884, holdout54 0.994 /
 * 0.929, holdout55 0.936 / 0.848, holdout56 0.959 / 0.972.
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

const SETS: Array<[string, string, number, number]> = [
  ['holdout48', 'session 18, practice answers by non-native writers, blind at first', 0.9, 0.85],
  ['holdout49', 'session 18, Google-style work design docs, blind at first', 0.9, 0.85],
  ['holdout50', 'session 18, take-home write-ups, blind at first', 0.9, 0.85],
  ['holdout51', 'session 18, generative-AI designs, blind at first', 0.9, 0.9],
  ['holdout52', 'session 18, 9-step practice answers, blind at first', 0.95, 0.85],
  ['holdout53', 'session 18, product-team one-pagers, blind at first', 0.9, 0.8],
  ['holdout54', 'session 18, filled-in scaffolds, blind at first', 0.95, 0.88],
  ['holdout55', 'session 18, prose-heavy design docs, blind at first', 0.9, 0.8],
  ['holdout56', 'session 18, terse interview notes, blind at first', 0.9, 0.9],
];

for (const [dir, what, precision, recall] of SETS) {
  describeReviewerAgreement(`${dir} (${what})`, join(FIXTURES, dir), {
    folderPrecision: precision,
    folderRecall: recall,
    namedPrecision: precision,
    namedRecall: recall,
    errorPrecision: 0.9,
    recognitionRecall: 1,
  });
}
