/**
 * The lint engine: `lint(text)` judges an ML system design doc against the 35 rubric items (and
 * the case study's items when the front matter names one) the way a careful reviewer would —
 * an item is present only when the doc commits to it, not when it is asked, templated, negated
 * or merely named. Pure TypeScript: never imports `vscode`.
 *
 * Rule ids: rubric item ids ("requirements.latency-p99"), case item ids
 * ("case.ad-click-prediction.calibration-nce"), and structure.section-missing,
 * structure.section-order, structure.section-unfilled, style.vague-requirement,
 * style.metric-misplaced, config.unknown-rule, config.front-matter (see docs/rules.md).
 */
import { SECTIONS, sectionById, type SectionId } from '../framework';
import { classifyHeadingAll, normalizeHeading } from '../outline';
import { caseStudyById } from '../cases';
import type { Severity } from '../rubric';
import { parseDoc, type KeyList, type ParsedDoc, type Unit } from './parse';
import { verdictsOf, type MemoRule } from './memo';
import {
  ALL_ITEM_RULES,
  CASE_RULES,
  CONFIG_FRONT_MATTER,
  ITEM_RULE_BY_ID,
  ITEM_RULES,
  OTHER_RULES,
  STRUCTURE_SECTION_MISSING,
  STRUCTURE_SECTION_ORDER,
  STRUCTURE_SECTION_UNFILLED,
  STYLE_MISPLACED,
  STYLE_VAGUE,
  type CompiledItemRule,
} from './rules';
import { defaultsConfig, resolveConfig, fmLine, type ResolvedConfig } from './config';
import { lastContentLine, planItemFixFor, planSectionFix, sectionBody } from './fixes';
import { DROP_PLACEHOLDER, DROP_QUESTION, DROP_TEMPLATE, findAffirmed, hasSubstance, isNegated, SECOND_PERSON, stemKey, vagueIsNotRequirement } from './text';
import { latencyEvidence, latencyHasPercentile, latencyMeanOnly } from './rules/requirements';
import { CLEAR_OFFLINE, CLEAR_ONLINE, metricWordUsedAsModifier, OFFLINE_METRIC, ONLINE_METRIC } from './rules/evaluation';
import { PROS_CONS_CAPTION, sentenceAt } from './rules/helpers';
import type { Finding, Fix, ItemStatus, LintOptions, LintResult, Range, RuleLevel, SectionStatus } from './types';

export type * from './types';
export { planDisableFix, planLineDisableFix, applyFix } from './fixes';

// ---------------------------------------------------------------------------------------------
// Rule metadata

export interface RuleInfo {
  readonly id: string;
  /** item: a rubric item; case: a case-study item; structure: structure, style and config rules. */
  readonly kind: 'item' | 'case' | 'structure';
  /** Finer grouping of `structure` rules. */
  readonly family: 'item' | 'case' | 'structure' | 'style' | 'config';
  readonly section?: SectionId;
  /** Case study the rule belongs to (case rules). */
  readonly caseId?: string;
  readonly severity: Severity;
  readonly label: string;
  readonly description: string;
  /** What counts as present / what the rule reports. */
  readonly present: string;
  /** What does not count. */
  readonly absent?: string;
  /** A strong answer. */
  readonly example?: string;
}

/** Every rule, for `mldesign rules` and docs/rules.md: rubric items, case items, then the rest. */
export const RULES: readonly RuleInfo[] = [...ITEM_RULES, ...CASE_RULES, ...OTHER_RULES].map((r) => ({
  id: r.id,
  kind: r.kind,
  family: r.family,
  section: r.section,
  caseId: (r as Partial<CompiledItemRule>).caseId,
  severity: r.severity,
  label: r.label,
  description: r.description,
  present: r.doc.present,
  absent: r.doc.absent,
  example: r.doc.example,
}));

/**
 * Anchor of a rule's heading in docs/rules.md, as GitHub slugs "## requirements.latency-p99":
 * lower-case, punctuation other than "-" and "_" removed, spaces to "-" → "requirementslatency-p99".
 */
export function ruleDocAnchor(ruleId: string): string {
  return ruleId
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

// ---------------------------------------------------------------------------------------------
// Design-doc recognition

function markerValue(doc: ParsedDoc): unknown {
  const data = doc.frontMatter?.data;
  return data ? data['mldesign'] : undefined;
}

function markerTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'string') return !/^(false|no|off|0|)$/i.test(v.trim());
  if (typeof v === 'number') return v !== 0;
  return true;
}

/**
 * The sections a heading stands for when counting what a doc covers. A heading that names four or
 * more at once ("MLOps: a platform to train, deploy, maintain features, version models, monitor
 * health") titles a whole, as a doc title does: it stands for none.
 */
function countedSections(sections: readonly SectionId[] | undefined): readonly SectionId[] {
  return sections === undefined || sections.length >= 4 ? [] : sections;
}

/** A unit that is only an address (parsing leaves a link's host: "github.com"), maybe after a short label. */
const BARE_URL = /^(?:[\w ]{1,20}: )?<?(?:https?:\/\/|www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?>?$/;

/**
 * Lines of the headings whose whole content is a bare address ("#### Objective 3 - Modeling" then
 * only "https://github.com/…/modeling-report.ipynb"): an index page pointing at the work done
 * elsewhere, not a section written here.
 */
function linkOnlyHeadingLines(doc: ParsedDoc): Set<number> {
  const state = new Map<number, boolean>();
  for (const u of doc.units) {
    if (u.headingIdx < 0) continue;
    const bare = BARE_URL.test(u.raw.trim());
    state.set(u.headingIdx, (state.get(u.headingIdx) ?? true) && bare);
  }
  const lines = new Set<number>();
  for (const [i, bare] of state) if (bare) lines.add(doc.headings[i].line);
  return lines;
}

/** Distinct sections named by headings, bold pseudo-headings ("**Data**", "**Reqs:**") included. */
/** A heading that captions a command ("Execute inference:", "Override the train config to execute evaluation:"): a how-to step, not a section. */
const COMMAND_CAPTION = /^(?:execute|run|override|export|launch|invoke)\b[^:]*:$/i;
function headingSectionCount(doc: ParsedDoc): number {
  const s = new Set<SectionId>();
  const linkOnly = linkOnlyHeadingLines(doc);
  for (const h of doc.realHeadings) if (!linkOnly.has(h.line) && !COMMAND_CAPTION.test(h.text.trim())) for (const id of countedSections(h.sections)) s.add(id);
  for (const h of doc.headings) if (h.pseudo) for (const id of countedSections(h.own)) s.add(id);
  return s.size;
}

/**
 * Headings of a job posting ("About the team", "What you'll do", "Interview process"): it names
 * latency budgets, A/B tests and drift as what the team works on, and designs nothing.
 * Headings of a project README or a how-to ("Setup", "Usage", "Contributing", "License"), or of a
 * model card ("Intended use", "Ethical considerations"): a repo README also has "Requirements",
 * "Data", "Training", "Evaluation" headings, and a model card "Training data" and "Evaluation",
 * but they document commands or a released model, not a design. A team's onboarding page too
 * ("Laptop setup", "Who to ask", "Dashboards & links"). A CV too ("Experience", "Skills", "Education").
 */
const README_HEADING =
  /^(?:on-?call(?: (?:and|&) (?:support|escalation))?|requesting (?:gpus?|access|compute|quota)|how to request [\w-]+|(?:[\w-]+ )?setup|(?:[\w-]+ )?set up|who to ask|(?:getting |asking for )?help|contacts?(?: (?:and|&) (?:feedback|support|questions|help))?|onboarding(?: checklist)?|week \d+ checklist|access to request|(?:useful |important )?links|(?:dashboards?|docs?|tools?) (?:&|and) links|(?:[\w() -]{1,40} )?installation(?: (?:and|&) (?:usage|setup))?|install(?:ing)?|(?:install(?:ing)? )?(?:with|via|using) (?:pip|conda|poetry|docker|npm)|getting started|quick ?starts?(?: with [\w.-]+)?(?: \([\w-]+\))?|usage|how to (?:run|use|install|contribute)|contributing|contribute|licen[cs]e|citations?|citing|cite|acknowledge?ments|faq|troubleshooting|development|running (?:the )?tests|changelog|authors|(?:all )?contributors|credits|build(?:ing)? and (?:run(?:ning)? )?(?:the )?tests|pinning dependencies|(?:[\w-]+ ){0,2}environment (?:variables|configuration)(?: required(?: for [\w -]+)?)?|pre-?requisites|(?:working|running|run(?:ning)? it|testing) locally|(?:repository|repo|project|directory|folder|file) (?:layout|structure|contents?)(?: of (?:the|this) (?:project|repo(?:sitory)?|code(?:base)?))?|(?:packages|libraries|dependencies|modules) (?:required|needed|used)(?: (?:for|in|by) (?:the|this) (?:project|repo(?:sitory)?|code))?|required (?:packages|libraries|dependencies)|(?:(?:[\w-]+ )?(?:cli|bundle|make|useful|available|basic|common|docker|shell|terminal|bash|git) )?commands|make targets|cli|(?:using|running|run) (?:the )?(?:pre-?built )?(?:container|docker) (?:images?|containers?)|(?:test |run |runtime )?configurations|intended uses?|model (?:details|date|version|description)|other considerations|paper (?:and|&) samples|where to send (?:questions|comments|feedback)\b.*|out[- ]of[- ]scope uses?|ethical considerations|caveats and recommendations|quantitative analyses|how to cite|about (?:the |this )?(?:team|role|position|job|you|us)|what you'?ll (?:do|work on|bring)|what you will (?:do|work on|bring)|what (?:we'?re|we are) looking for|who you are|(?:key |your )?responsibilities|(?:minimum |preferred |basic )?qualifications|benefits|perks|what we offer|compensation(?: (?:&|and) benefits)?|(?:the |our )?(?:interview|hiring) process|how to apply|(?:work |professional )?experience|employment(?: history)?|education|(?:technical |core )?skills|publications|certifications|awards|languages|talks (?:&|and) (?:writing|publications))$/;


/** Headings only a software README has ("Installation", "Usage", "License"). */
const INSTALL_HEADING = /^(?:installation|install(?:ing)?|getting started|quick ?start|usage|how to (?:run|use|install)|licen[cs]e|contributing|(?:running|testing) locally)$/;

/**
 * A README's steps to run something ("Environment Setup Instructions", "1. Setting Up MLflow with
 * Object Storage", "2. Running the Training Step", "4. Terminating Docker Containers").
 */
const SETUP_STEP_HEADING = /^(?:[\w-]+ )?set ?up (?:instructions|guide|steps)$|^(?:setting up|installing|running|starting|stopping|terminating|cloning|launching)\b|^(?:run|start|stop|launch) (?:the )?(?:api|server|app|service|docker|containers?|mlflow|ml-?flow|jupyter|notebooks?|tests?|scripts?|ui|stack)\b|\blocalhost:\d/;

/** A model card's headings among README_HEADING's: `readmeLike(doc, true)` leaves them out. */
const CARD_README_HEADING = /^(?:intended uses?|model (?:details|date|version|description)|other considerations|out[- ]of[- ]scope uses?|ethical considerations|caveats and recommendations|quantitative analyses)$/;

function readmeLike(doc: ParsedDoc, exceptCard = false): boolean {
  let n = 0;
  let install = false;
  let real = 0;
  for (const h of doc.headings) {
    if (h.pseudo) continue;
    real++;
    if (exceptCard && CARD_README_HEADING.test(h.norm)) continue;
    // (not "Contents": a table of contents heads any long write-up, not only a README)
    if ((README_HEADING.test(h.norm) || SETUP_STEP_HEADING.test(h.norm)) && ++n >= 2) return true;
    if (INSTALL_HEADING.test(h.norm)) install = true;
  }
  // "# Introduction / # Installation / # Train & Evaluate Models": a short README, one of whose few headings is its install steps
  return install && real <= 4;
}

/**
 * A study plan or curriculum for the interview ("my 6-week prep plan", "## Week 2 — data"): its
 * headings and to-do items name every section of the framework, but it plans learning, not a system.
 */
const STUDY_TITLE = /\b(?:study|prep|preparation|revision|learning|reading|interview)\s+(?:plan|schedule|list|roadmap|tracker|checklist|flashcards)\b|\bsyllabus\b|\bcurriculum\b/;
/** "Week 2 — data", or a book's "Chapter 3 - Data engineering" (notes on a book walk through the framework too) */
const SCHEDULE_HEADING = /^(?:week|day|sprint|module|lesson|chapter)\s*\d+\b/;
/** A post about preparing for the interview ("How I prepared for ML system design interviews"): it names every section, and designs nothing. */
const PREP_TITLE = /\bhow (?:i|we|to) (?:prepared?|studied|study|passed|pass|cracked?|aced?|practi[cs]ed?|got ready)\b|\bhow to (?:answer|approach|tackle) (?:\w+ ){0,5}(?:questions?|interviews?)\b|\bprepar\w* for (?:\w+ ){0,5}interviews?\b|\binterviews?\b.*\b(?:tips|advice|lessons(?: learned)?|my experience|prep(?:aration)? guide)\b|\b(?:tips|advice|lessons|mistakes|pitfalls)\b.*\binterviews?\b|\bwhat (?:i|we) (?:learned|learnt)\b.*\binterviews?\b|\b(?:fail|bomb|pass|clear)(?:ed|ing)? (?:\w+ ){0,6}interviews?\b|\binterviews? (?:prep(?:aration)? )?(?:guide|handbook|primer|playbook)\b|\binterviews? prep(?:aration)?(?: notes)?$/;

/** A course syllabus ("Course description", "Prerequisites", "Learning outcomes", "Grading", "Textbooks"). */
const COURSE_HEADING = /^(?:course (?:description|overview|schedule|policies|outline|information|logistics|staff)|prerequisites?|learning (?:outcomes|objectives)|grading(?: policy)?|textbooks?|required (?:texts|readings?)|office hours|academic (?:integrity|honesty)|late (?:policy|days|submissions?)|attendance)$/;
/** A team's standards or guidelines ("Data Science Team — Coding Standards"): rules for every project, a design of none. */
const STANDARDS_TITLE = /\b(?:coding|code|engineering|team|modell?ing|ml|data science) (?:standards|guidelines|conventions|style guide|best practices|handbook|playbook)\b/;
/**
 * A competition write-up ("7th place solution — Store Item Sales Forecasting", "Kaggle: our
 * approach"): cross-validation, leakage, features and models for a leaderboard, no system to run.
 */
const COMPETITION_TITLE = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|top[- ]\d+ ?%?) place (?:solution|approach|write-?up|summary)\b|\b(?:kaggle|competition)\b.*\b(?:solution|write-?up|approach|summary)\b/;

/**
 * An onboarding guide ("Welcome to the Ranking team", "## Week 1 checklist", "## People to know") or
 * a talk proposal ("Talk proposal: …", "## Abstract", "## Speaker bio"): they name the team's stack
 * or a talk's lessons, not a design. So do a hiring committee's debrief of a candidate's design
 * interview (what they covered and missed), a dataset's datasheet or a model card, a glossary, a
 * request for proposals to vendors, a tutorial, a review of tools or platforms, and the review of a
 * launched model ("Model review — X, 6 weeks after launch").
 */
const GENRE_TITLE = new RegExp(
  [
    // onboarding guides and talk proposals
    String.raw`^welcome to\b`,
    String.raw`\bonboarding (?:guide|doc\w*|notes|checklist)\b`,
    String.raw`\b(?:talk|session|workshop|tutorial|conference) (?:proposal|abstract|outline|submission)\b`,
    String.raw`\bcfp\b`,
    // a hiring committee's debrief
    String.raw`\bhiring (?:committee|panel|debrief)\b`,
    String.raw`\b(?:committee|panel) debrief\b`,
    String.raw`\bcandidate (?:scorecard|evaluation|assessment)\b`,
    // datasheets, model cards, glossaries
    String.raw`^(?:datasheet|data ?sheet|data ?card|dataset card|model card)\b`,
    String.raw`^(?:an? |the |my )?(?:glossary|terminology|vocabulary)\b`,
    // requests for proposals
    String.raw`\brequest for (?:proposals?|information|quotes?|quotations?)\b`,
    String.raw`^(?:rfp|rfi|rfq)\b`,
    String.raw`\bstatement of work\b`,
    // tutorials
    // retrospectives and blog posts ("Two years, three feature stores, one migration: what we learned")
    String.raw`\bwhat (?:we|i) (?:learned|learnt)\b`,
    // cheat sheets
    String.raw`^(?:an? |the |my )?cheat ?sheets?\b`,
    String.raw`\bcheat ?sheet\s*[:—–-]`,
    String.raw`^tutorial\b`,
    // ("A Deep Dive into A/B Testing Fundamentals", "An introduction to drift detection")
    String.raw`\b(?:fundamentals|basics)\b(?!.*\b(?:design|proposal|rfc)\b)`,
    String.raw`^(?:an? )?(?:(?:gentle|short|quick|brief) )?(?:introduction|intro|primer|crash course) (?:to|on)\b`,
    String.raw`\btutorial\s*[:—–-]`,
    String.raw`\b(?:step-by-step|hands-on|beginner'?s?) (?:guide|tutorial|walkthrough)\b`,
    String.raw`\byour first [\w-]+(?: [\w-]+)? (?:with|in|using)\b`,
    // reviews of tools or platforms
    String.raw`\bso you don'?t have to\b`,
    String.raw`\b(?:platforms?|tools?|vendors?|frameworks?|libraries|services) (?:compared|reviewed|comparison|shoot-?out)\b`,
    String.raw`\b(?:comparing|reviewing|i tried|we tried) (?:\w+ ){0,3}(?:platforms|tools|vendors|frameworks|libraries|services)\b`,
    // the review of a launched model
    String.raw`^(?:model|post-?launch|launch|performance) review\b`,
    String.raw`\b\d+ (?:weeks?|months?|days?) (?:after|since|post[- ])launch\b`,
  ].join('|'),
);
/**
 * A tutorial's or a tool's README steps, addressed to the reader ("Implement your predictor",
 * "Configure your deployment", "Deploy your model", "Monitor your deployment"): how to use a tool,
 * not one system's design.
 */
const YOUR_STEP_HEADING = /^(?:\d+[.)]\s*)?(?:install|configure|deploy|implement|spin up|set up|create|run|monitor|build|train|serve|test|scale|package|write|define|register|launch|connect|add|update|export|load) (?:your|the cli\b)/;
/**
 * A model card (Mitchell et al.: "Model details", "Intended use", "Uses to avoid", "Factors",
 * "Quantitative analyses", "Ethical considerations", "Caveats and recommendations"): a released
 * model documented, not a system designed.
 */
const MODEL_CARD_HEADING = /^(?:model details|intended uses?|primary intended uses?|uses to avoid|out[- ]of[- ]scope uses?|(?:relevant |evaluation )?factors|group factors|quantitative analyses|ethical considerations|caveats(?: and recommendations)?|(?:unintended )?bias evaluation(?: data)?)$/;
/**
 * A library's enhancement proposal (a REP, KEP or PEP: "User facing API Changes", "Stewardship",
 * "Compatibility, Deprecation, and Migration Plan"): it designs a library's API, not a system.
 */
const LIBRARY_PROPOSAL_HEADING = /^(?:(?:user[- ]facing|developer|public|internal) api changes|compatibility,? deprecation,? (?:and|&) migration(?: plan)?|stewardship|required reviewers|shepherd of the proposal|(?:backwards? )?compatibility (?:and|&) migration|test plan (?:and|&) acceptance criteria)$/;
const GENRE_HEADING = /^(?:(?:week|day) (?:1|one)(?: checklist)?|your first (?:day|week|month)|people to know|who to ask|codebase tour|working agreements|speaker bios?|about the speakers?|abstract|notes for the (?:program|programme|review) committee|target audience|key takeaways)$/;

/** A title that names its own genre as a design: "ML Design Doc: …", "Design proposal — …". */
/**
 * "RAG (Retrieval Augmented Generation) System Design - FAANG Interview Guide": one named system's
 * design, worked through as an interview, not advice on interviews ("ML System Design Interview
 * Guide" names no system).
 */
function namedSystemDesign(title: string): boolean {
  const m = /^((?:[\w-]+ ){1,4})(?:\([^)]{1,60}\) )?system design\b/.exec(title);
  if (m === null) return false;
  const words = m[1].split(' ').filter((w) => w !== '');
  // ("10 Tips for the ML System Design Interview", "Glossary of ML System Design Terms": no system named)
  return !words.some((w) => NOT_A_SYSTEM_NAME.has(w)) && words.some((w) => !GENERIC_DESIGN_WORD.has(w));
}
const NOT_A_SYSTEM_NAME = new Set(['for', 'of', 'to', 'in', 'on', 'about', 'with', 'tips', 'glossary', 'notes', 'questions', 'interview', 'interviews', 'cheat', 'sheet', 'guide', 'primer', 'intro', 'introduction', 'how', 'what', 'why']);
const GENERIC_DESIGN_WORD = new Set(['ml', 'machine', 'learning', 'ai', 'gen', 'generative', 'genai', 'llm', 'deep', 'the', 'a', 'an', 'my', 'our', 'faang', 'mlops', 'data', 'applied']);

const DESIGN_TITLE = /\b(?:(?:ml |system |technical |tech )?design (?:doc(?:ument)?|proposal|spec(?:ification)?)|rfc)\b/;

/** A team's objectives and key results ("ML Platform group — OKRs Q2 2026", "## O1. …", "KR2 …"): goals for many systems. */
const OKR_TITLE = /\bokrs?\b|\bobjectives (?:and|&) key results\b/;
const OKR_HEADING = /^(?:o|kr)\d{1,2}\b/;
/** A post of lessons or tips ("Lessons from 3 years of ML monitoring", "10 tips for …"): advice for every system, a design of none. */
/** A job hunt told ("How To Actually Land Your Next AI/ML Role in 2025", "How I got a job as an ML engineer"). */
const CAREER_TITLE = /\b(?:land|get|got|find|found|secure|secured)(?:ing)? (?:your|a|an|my|the)? ?(?:next |first |dream |new )?(?:[\w/-]+ ){0,3}(?:role|job|position|offer)s?\b(?! (?:classifier|matching|recommend\w*|model|ranking|prediction|search)\b)|\b(?:my|our) (?:\w+ )?job (?:search|hunt)\b|\bjob[- ]hunting\b/;
const LESSONS_TITLE = /^(?:(?:\d+|some|a few|my|top \d+|five|ten|seven) )?(?:hard[- ]won |hard )?(?:lessons|things (?:i|we) (?:learned|learnt|wish)|tips|mistakes|pitfalls)\b(?!.*\b(?:design|proposal|rfc|v\d|redesign)\b)/;

/**
 * Plans, advice and rules for work in general, not a design: a study plan or interview-prep post, a
 * lessons post, a syllabus, a team's OKRs or coding standards (by title or headings).
 */
/**
 * A competition write-up without a telling title ("First of all, thanks to competition organizers for
 * hosting this competition", "CV is not correlated with LB", "public LB 0.912", "the solution and code for
 * … competition", "in this competition"): two units that speak of the leaderboard, the organisers or
 * the competition.
 */
const COMPETITION_WORDS = /\b(?:competition (?:organi[sz]ers|hosts)|(?:hosting|hosted|organi[sz]ing|organi[sz]ed) (?:this|the) competition|(?:public|private|test) (?:lb|leaderboard)|(?:weeks?|days?|months?) of the competition|cv\b[^.;]{0,40}\blb|lb\b[^.;]{0,40}\bcv|(?:cv|lb) score|(?:in|for|during|of|from) this competition|(?:solution|write-?up)\b[^.;]{0,80}\bcompetition)\b/;

/** The doc's title: a level-1 heading, or its first heading at any level ("### ML Design Interview Guide"). */
function isTitle(h: { level: number }, k: number): boolean {
  return h.level === 1 || k === 0;
}

/** A challenge platform's write-up form ("Who are you (mini-bio) …?", "What motivated you to compete in this challenge?"). */
const COMPETITION_HEADING = /\bcompete in (?:this|the) (?:challenge|competition)\b|\bmini-?bio\b|\bmachine specs and time you used\b|\bmost impactful parts of your code\b/;

function planOrAdviceLike(doc: ParsedDoc): boolean {
  if (unitsMatch(doc, COMPETITION_WORDS, 2)) return true;
  let schedule = 0;
  let course = 0;
  let okr = 0;
  let genre = 0;
  let library = 0;
  let yourSteps = 0;
  let card = 0;
  let contest = 0;
  const fmTitle = frontMatterTitle(doc);
  if (fmTitle !== undefined && (LESSONS_TITLE.test(fmTitle) || ((GENRE_TITLE.test(fmTitle) || CAREER_TITLE.test(fmTitle) || PREP_TITLE.test(fmTitle)) && !DESIGN_TITLE.test(fmTitle)))) return true;
  for (let k = 0; k < doc.realHeadings.length; k++) {
    const h = doc.realHeadings[k];
    const norm = normalizeHeading(h.text);
    // (a title that calls itself a design doc is one, whatever its topic: "ML Design Doc: Personalised Onboarding Checklist";
    // the title is the level-1 heading, or the doc's first heading at any level: "### ML Design Interview Guide")
    if (isTitle(h, k) && !DESIGN_TITLE.test(norm) && !namedSystemDesign(norm) && (STUDY_TITLE.test(norm) || PREP_TITLE.test(norm) || CAREER_TITLE.test(norm) || LESSONS_TITLE.test(norm) || OKR_TITLE.test(norm) || STANDARDS_TITLE.test(norm) || COMPETITION_TITLE.test(norm) || GENRE_TITLE.test(norm))) {
      // (a model card's title counts as three of its headings: see the end)
      if (/^model card\b/.test(norm)) card += 3;
      else return true;
    }
    if (GENRE_HEADING.test(norm) && ++genre >= 2) return true;
    if (LIBRARY_PROPOSAL_HEADING.test(norm) && ++library >= 2) return true;
    if (YOUR_STEP_HEADING.test(norm) && ++yourSteps >= 3) return true;
    if (MODEL_CARD_HEADING.test(norm)) card++;
    if (COMPETITION_HEADING.test(norm) && ++contest >= 2) return true;
    if (OKR_HEADING.test(norm) && ++okr >= 2) return true;
    if (h.level <= 2 && SCHEDULE_HEADING.test(norm) && ++schedule >= 3) return true;
    if (COURSE_HEADING.test(norm) && ++course >= 3) return true;
  }
  // a model card documents one model; one whose headings also cover six of the seven sections (its
  // serving, monitoring and retraining too) is the system's write-up, and so is one that opens on the
  // business objective and has a section on its serving or monitoring ("## 2. Business Objective" …
  // "## 8. Governance & Monitoring"), and so is one that says how its model is scored, watched and retrained
  return card >= 3 && headingSectionCount(doc) < 6 && !cardOfSystem(doc);
}

const CARD_BUSINESS_HEADING = /^(?:business (?:objectives?|goals?|problem|context|case|value)|(?:the )?objectives?|goals?)$/;

/** A model card that documents a system: business objective and serving/monitoring headings, or cardRunsAsSystem. */
function cardOfSystem(doc: ParsedDoc): boolean {
  let business = false;
  let operated = false;
  for (const h of doc.realHeadings) {
    if (CARD_BUSINESS_HEADING.test(normalizeHeading(h.text))) business = true;
    const own = countedSections(h.sections);
    if (own.includes('monitoring') || own.includes('deployment')) operated = true;
  }
  return (business && operated) || cardRunsAsSystem(doc);
}

/**
 * A model card that says how the model runs in the system: scored by a job or an endpoint, watched
 * for drift, and retrained on a rule ("**Batch**: Nightly job … **Real-time**: FastAPI endpoint";
 * "Monitoring setup to track `recency_days` shift. Retrain if drift > 10%."). A released model's
 * card documents the model; this one documents a system around it.
 */
const CARD_SERVED = /\b(?:endpoints?|nightly (?:jobs?|batch\w*)|batch (?:jobs?|scor\w*|inference|predictions?)|real-?time (?:scor\w*|inference|predictions?|api)|fastapi|flask|kafka)\b/;
function cardRunsAsSystem(doc: ParsedDoc): boolean {
  let served = false;
  let watched = false;
  let retrained = false;
  for (const u of doc.units) {
    if (u.uncommitted) continue;
    const low = u.low;
    if (!served && CARD_SERVED.test(low)) served = true;
    if (!watched && /\b(?:drift\w*|monitor\w*)\b/.test(low)) watched = true;
    if (!retrained && /\bre-?train\w*/.test(low)) retrained = true;
  }
  return served && watched && retrained;
}

/**
 * A log kept over time ("ETA model — experiment log", "### 2024-04-10 — first LightGBM"): its
 * entries name baselines, leakage and A/B tests, but it records what happened, not a design.
 */
const JOURNAL_TITLE = /\b(?:companion|personal|reflection) notes\b|\bpersonal (?:insights|reflections|takeaways|lessons)\b|\b(?:experiments?|lab|research|training|modell?ing|dev(?:elopment)?|work|project|running)\s+(?:log|logbook|journal|notebook|diary|notes)\b|\b(?:log|journal|diary) of (?:experiments|runs|work)\b|^(?:[\w-]+ ){0,3}meeting (?:notes?|minutes|log)\b|^(?:minutes|notes) (?:of|from) (?:the |our )?(?:[\w-]+ )?meeting\b/;
const DATED_HEADING = /^(?:(?:19|20)\d\d[-/.]\d\d?(?:[-/.]\d\d?)?|\d\d?[-/.]\d\d?[-/.](?:19|20)?\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d\d?(?:st|nd|rd|th)?,?(?: (?:19|20)\d\d)?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* \d\d?)\b/i;

/** Notes on somebody else's paper ("ML Reading Group — Session 14 notes", "Paper notes: …"). */
const READING_TITLE = /\b(?:reading group|journal club|paper (?:club|notes|summary|review|discussion|reading))\b|^notes on (?:the )?paper\b/;

/** Do at least `n` units (committed ones only, with `committedOnly`) match `re`? Stops at the n-th. */
function unitsMatch(doc: ParsedDoc, re: RegExp, n: number, committedOnly = false): boolean {
  let k = 0;
  for (const u of doc.units) if (!(committedOnly && u.uncommitted) && re.test(u.low) && ++k >= n) return true;
  return false;
}

/**
 * A summary of somebody else's paper whose title is the paper, linked ("## [Deep Neural Networks for
 * YouTube Recommendations](https://research.google.com/pubs/pub45530.html)", or the title followed by its
 * link: "# TensorFlow: A system for large-scale machine learning [[pdf]](https://www.usenix.org/….pdf)"), with notes under it
 * ("### Detailed Notes", "### Unique Points") or no plan of the writer's own: it reports a design,
 * it does not make one.
 */
const PAPER_TITLE_LINK = /^#{1,3}\s*(?:[^\[\]]{8,}\s\[)?\[[^\]]{3,}\]\]?\(\s*<?(?:https?:\/\/[^)\s]*(?:arxiv\.org|research\.google|doi\.org|dl\.acm\.org|ieeexplore\.ieee\.org|openreview\.net|paperswithcode\.com|semanticscholar\.org|aclanthology\.org|neurips\.cc|papers\.nips\.cc|proceedings\.|usenix\.org|vldb\.org|\/pubs?\/|\/papers?\/)[^)\s]*|[^)\s]+\.pdf)>?\s*(?:"[^"]*")?\)\s*#*\s*$/i;
const NOTES_HEADING = /^(?:(?:detailed|my|reading|paper|study) notes|(?:key|main|unique|interesting) (?:points|ideas|insights|contributions|takeaways)|takeaways|(?:paper )?summary of the paper)\b/;
const OWN_PLAN = /\b(?:we|i) (?:will|would|'ll|plan to|propose|are going to|built|deployed|trained|chose)\b|\bour (?:system|service|model|pipeline|design|approach|team|product|users|data)\b/;

/** "My notes and summary on paper [Deep Neural Networks for YouTube Recommendations](…)" as the opening line. */
const NOTES_ON_PAPER = /^(?:(?:my|some|personal|short|brief|quick) )?(?:(?:reading )?notes|summary|review|takeaways)(?: (?:and|&) (?:(?:a )?summary|notes|thoughts|comments))? (?:on|of|about|for) (?:the )?(?:paper|article|publication)\b/;

/** "This blog post summarizes key ideas from the survey paper [*A Survey of Query Auto Completion …*]": a post that retells a paper. */
const POST_SUMMARIZES_PAPER = /^(?:this|the) (?:blog )?(?:post|article|write-?up|piece|note) (?:summari[sz]es|reviews|distills|walks through|goes through|recaps) (?:[\w-]+ ){0,4}?(?:from |of |in )?(?:the |a |an |two |three |several )?(?:[\w-]+ )?(?:paper|survey|papers|surveys|book|chapter|talk)\b/;

/** "I read the original paper that accompanied its release …": the writer read a paper, and reports it. */
const READ_THE_PAPER = /\b(?:i|we) (?:read|re-?read|went through|reviewed|summari[sz]ed?) (?:the |this |a |an )?(?:original |\d{4} |recent |seminal |famous )?(?:paper|article|publication)\b/;

/** "I found a very interesting paper on [Deep Neural Networks for YouTube Recommendations](…). In this post, I will summarise the key ideas." */
const POST_WILL_SUMMARIZE = /\bin this (?:blog )?(?:post|article|write-?up|piece),? (?:i|we)(?:'ll| will| am going to| want to| try to)? (?:summari[sz]e|recap|go through|walk (?:you )?through)\b/;
const PAPER_WORD = /\b(?:paper|survey|publication)s?\b/;
/** A front-matter blurb that says so ("description: Paper summary on how to generate relevant YouTube recommendations"). */
const PAPER_SUMMARY_BLURB = /^(?:(?:a|my|some|short|brief|quick) )*(?:paper|research paper)(?: (?:summary|review|notes|walkthrough))\b|^(?:(?:a|my|short|brief|quick) )*(?:summary|review|notes|walkthrough) (?:of|on) (?:the |a )?(?:paper|research paper)\b/;
const THIS_PAPER = /^(?:this|the) (?:paper|article|publication) (?:(?:mainly|mostly|primarily) )?(?:talks|describes|presents|proposes|introduces|discusses|argues|explores|shows|is about|reviews|surveys|studies)\b/;

/** "Paper #2 Learning from Imbalanced Data", "Paper 3: Graph Neural Networks for …": one heading per paper read. */
const PAPER_NUMBERED = /^(?:paper|article|reading)\s*#?\s*\d+\b/;

/** A paper's reference: authors or a venue, and a year ("H. B. McMahan, G. Holt, … In KDD, 2013."). */
const CITATION_YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b|\barxiv:\d/i;
const CITATION_VENUE = /\b(?:In (?:Proc(?:eedings|\.)?|KDD|ICML|NeurIPS|NIPS|WWW|SIGIR|CIKM|RecSys|WSDM|ACL|EMNLP|CVPR|ICCV|AAAI|IJCAI|VLDB|SIGMOD)|KDD|ICML|NeurIPS|NIPS|SIGIR|CIKM|RecSys|WSDM|EMNLP|CVPR|ICCV|AAAI|IJCAI|VLDB|arXiv|CoRR|Proceedings of)\b/;
const CITATION_AUTHOR = /(?:^|[,;&]\s*|\band\s+)(?:[A-Z]\.\s?){0,3}[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*(?:[A-Z]\.\s?){1,3})?(?=\s*(?:[,;&.]|\band\b))/g;

/** How many headings open on a paper's reference (their first unit, short, with a year and authors or a venue). */
function citedSections(doc: ParsedDoc): number {
  let n = 0;
  let last = -2;
  for (const u of doc.units) {
    if (u.headingIdx === last) continue;
    last = u.headingIdx;
    if (u.headingIdx < 0 || u.kind !== 'para') continue;
    const start = doc.lineStarts[u.line] ?? 0;
    const end = doc.lineStarts[u.endLine + 1] ?? doc.text.length;
    const text = doc.text.slice(start, end);
    if (text.length > 500 || !CITATION_YEAR.test(text)) continue;
    if (CITATION_VENUE.test(text) || (text.match(CITATION_AUTHOR)?.length ?? 0) >= 2) n++;
  }
  return n;
}

/**
 * Notes on a book's chapter, opening on what the chapter covers ("… (as described in [chapter 1](…)), it is time to
 * align … this chapter also covers how problem framing can affect …"), not a chapter that designs a system of its own.
 */
const THIS_CHAPTER = /\bthis chapter (?:also )?(?:covers|describes|discusses|explains|introduces|looks at|presents|is about|focuses on|goes over|summari[sz]es)\b(?![^.]{0,60}\b(?:design of|we (?:design|build)|how (?:we|to) (?:design|build)) (?:an? |the )?(?:[\w-]+ ){0,3}(?:system|service|recommender|classifier|model)\b)/;

function paperSummaryLike(doc: ParsedDoc): boolean {
  // notes on several papers, one numbered heading each (at least half the headings)
  let numbered = 0;
  for (const h of doc.realHeadings) if (PAPER_NUMBERED.test(normalizeHeading(h.text))) numbered++;
  if (numbered >= 2 && numbered * 2 >= doc.realHeadings.length) return true;
  // notes on several papers, each heading opening on the paper's reference ("## XGBoost" → "Tianqi Chen and
  // Carlos Guestrin. XGBoost: A Scalable Tree Boosting System. 2016."): at least 3, a third of the headings
  const cited = citedSections(doc);
  if (cited >= 3 && cited * 3 >= doc.headings.length) return true;
  const first = doc.realHeadings[0];
  let titled = false;
  if (first && first.level <= 3) {
    const start = doc.lineStarts[first.line] ?? 0;
    const end = doc.lineStarts[first.line + 1] ?? doc.text.length;
    titled = PAPER_TITLE_LINK.test(doc.text.slice(start, end).trim());
  }
  // (the opening lines, before any heading, say it is notes on a paper: "My notes and summary on
  // paper [Deep Neural Networks for YouTube Recommendations](…)", "This paper talks about …")
  let opens = false;
  for (let k = 0; k < 3 && k < doc.units.length && !titled && !opens; k++) {
    const u = doc.units[k];
    if (first && u.line > first.line) break;
    opens = NOTES_ON_PAPER.test(u.low.trim()) || THIS_PAPER.test(u.low.trim()) || READ_THE_PAPER.test(u.low) || POST_SUMMARIZES_PAPER.test(u.low.trim()) || (POST_WILL_SUMMARIZE.test(u.low) && PAPER_WORD.test(u.low));
  }
  if (!titled && !opens) opens = frontMatterBlurbs(doc).some((b) => PAPER_SUMMARY_BLURB.test(b));
  // (or the first paragraphs, under the title too, say what the book's chapter covers)
  for (let k = 0; k < 3 && k < doc.units.length && !titled && !opens; k++) opens = THIS_CHAPTER.test(doc.units[k].low);
  if (!titled && !opens) return false;
  for (const h of doc.realHeadings) if (NOTES_HEADING.test(normalizeHeading(h.text))) return true;
  return !unitsMatch(doc, OWN_PLAN, 3);
}

function journalLike(doc: ParsedDoc): boolean {
  let dated = 0;
  for (const h of doc.realHeadings) {
    if (h.level === 1 && (JOURNAL_TITLE.test(normalizeHeading(h.text)) || READING_TITLE.test(normalizeHeading(h.text)))) return true;
    if (DATED_HEADING.test(h.text.trim())) dated++;
  }
  return dated >= 3 && dated * 2 >= doc.realHeadings.length;
}

/**
 * A guide to the interview ("The 9-step ML system design formula", "Sample questions", "ML system
 * design topics", "More resources"): it walks through every section of the framework, for every
 * system at once, and designs none.
 */
const GUIDE_HEADING =
  /\b(?:sample|practice|example|common|typical|mock|popular) (?:(?:interview|design|ml|system design) )*questions\b|\b(?:system design|interview) (?:topics|formula|framework|cheat ?sheet|template)\b|^(?:(?:the|a|my|our|this) )?(?:[\w/-]+ ){0,3}formula$|\bcheat ?sheet\b|^(?:the )?(?:main |key |more |additional |further |useful |other |recommended )?(?:resources|reading list|study resources)$|\bframework for (?:solving|answering|approaching|tackling|cracking)\b|^(?:overall |general |interview |useful |some )?tips(?: and tricks)?$|\bmock interviews?\b|\bonline courses\b|\b(?:steps|how) to (?:answer|approach|tackle|solve) (?:an? |the |any |each )?(?:[\w-]+ ){0,3}(?:questions?|interviews?|problems?)\b/;

/**
 * "Example 1", "Example – A feed-based system", "Examples": a guide's worked examples. (An "Example
 * Dockerfile for the model service" or "Example of declarative IaC using Terraform" is a sample file
 * in one system's design.)
 */
const EXAMPLE_HEADING = /^examples?(?:$|\s*(?:#?\d+|[ivx]+|[a-z])\b|\s*[:.)–—-])/;

/** "ML Model Production Checklist" with "Is there a Well-Defined Baseline?", "How Will Drift … be Monitored?": questions for any team's model. */
const CHECKLIST_TITLE = /\bchecklist\s*$/;
/** The front matter's "title:", normalised like a heading (undefined when absent or not a string). */
function frontMatterTitle(doc: ParsedDoc): string | undefined {
  const title = doc.frontMatter?.data?.['title'];
  return typeof title === 'string' ? normalizeHeading(title) : undefined;
}

/**
 * A blog post's front-matter blurb that calls it advice ("excerpt: A collection of practical advice for
 * the process of achieving strong results with neural networks"): counsel for any project, no one system.
 */
const ADVICE_BLURB = /^(?:(?:a|an|my|some) )?(?:(?:short|long|brief|small|big|personal) )?(?:collection|list|set|bunch|series|summary) of (?:(?:practical|general|hard-won|useful|opinionated|personal|common) )*(?:advice|tips(?: and tricks)?|tricks|lessons(?: learned)?|best practices|rules of thumb|recommendations|pitfalls|gotchas)\b|^(?:(?:some|my) )?(?:practical|general|hard-won|opinionated) (?:advice|tips|lessons|best practices)\b/;
/** The front matter's one-line blurbs ("excerpt:", "description:", "summary:", …), lower-cased. */
function frontMatterBlurbs(doc: ParsedDoc): string[] {
  const data = doc.frontMatter?.data;
  if (!data) return [];
  const out: string[] = [];
  for (const key of ['excerpt', 'description', 'summary', 'subtitle', 'abstract']) {
    const v = data[key];
    if (typeof v === 'string') out.push(v.trim().toLowerCase());
  }
  return out;
}

/** A title that names the topic and no system ("ML System Design", a book's notes "Chip ML design"). */
const TOPIC_TITLE = /^(?:[a-z]+ )?(?:ml|machine learning)(?: systems?)? design(?: (?:notes|overview|basics|concepts|cheat ?sheet|summary))?$/;
const FIRST_PERSON = /\b(?:we|our|us|i|my|we'(?:ll|re|d|ve)|i'(?:ll|m|d|ve))\b/;
const FRAMEWORK_TITLE = /^(?:(?:a|the|my|our) )?(?:general |generic |basic |standard )?(?:framework|template|blueprint|recipe|playbook)s? (?:of|for) (?:an? |the )?(?:ml |machine learning )?system design(?: interviews?)?$/;
const TEAM_QUESTION = /^(?:is|are|has|have|can|will|does|do|should|how (?:will|can|do|does|should|is|are)|what|which)\b[^?]*\?$/;

/** A course page's exercises ("## ❔ Exercises") with their solutions folded in admonitions (`??? success "Solution"`). */
const EXERCISES_HEADING = /^(?:[^\w\s]+\s*)?(?:exercises?|practice problems|hands-on exercises?|lab exercises?)$/;
const SOLUTION_ADMONITION = /^[ \t]*(?:\?\?\?\+?|!!!)[ \t]+[\w-]+[ \t]+"(?:solutions?|answers?)"/gim;

/**
 * A rule book's numbered advice ("Rule 1-Don't be afraid to launch a product without machine learning",
 * "Tip #4: Keep the first model simple"): counsel for any system, heading after heading.
 */
const NUMBERED_ADVICE =
  /^(?:rule|tip|lesson|principle|guideline|law|pitfall|mistake|habit)s? ?#?\d+\s*(?:[-–—:.)]\s*)?(?:don'?t|do|never|always|be|keep|use|start|choose|plan|know|watch|test|measure|avoid|make|give|turn|detect|separate|combine|clean|explore|launch|design|get|prefer|build|write|think|ask|train|monitor|log|look|reuse|remove|drop|try|beware|consider|optimi[sz]e|add|check|fix|focus|let|put|run|set|stop|treat|understand|iterate|deploy|evaluate|automate|document|version|you)\b/;

/** "# [WIP] Data model versioning pattern" over "## Usecase", "## Pros", "## Cons": a catalogue's reusable pattern, no one system. */
const PATTERN_TITLE = /\b(?:design |architecture |ml |serving |training |deployment |operation )?pattern$/;
const PATTERN_SECTION = /^(?:use ?cases?|when to use(?: it)?|pros|cons|consequences|applicability|known uses)$/;

const USER_GUIDE_TITLE = /\b(?:user'?s? (?:guide|manual)|installation guide|usage guide|getting started guide|quick ?start guide)$/;

function guideLike(doc: ParsedDoc): boolean {
  let n = 0;
  let advice = 0;
  let examples = 0;
  let checklist = false;
  let questions = 0;
  let exercises = false;
  let patternTitle = false;
  let patternSections = 0;
  for (const h of doc.realHeadings) {
    const norm = normalizeHeading(h.text);
    if (GUIDE_HEADING.test(norm) && ++n >= 2) return true;
    if (NUMBERED_ADVICE.test(norm) && ++advice >= 5) return true;
    if (EXERCISES_HEADING.test(norm)) exercises = true;
    if (EXAMPLE_HEADING.test(norm)) examples++;
    if (h.level === 1 && CHECKLIST_TITLE.test(norm)) checklist = true;
    // "# General Framework of ML System Design": the steps for any system, not one system's design
    if (h.level === 1 && FRAMEWORK_TITLE.test(norm)) return true;
    // "# MegaDetector User Guide": how to install and run a model someone built, not a design
    if (h.level === 1 && USER_GUIDE_TITLE.test(norm)) return true;
    // "# Machine Learning System Design" over notes that never say "we" or "I": the topic's notes
    // (stages, "Model Selection: choosing the type of model (e.g., …)"), no one's design
    if (h.level === 1 && TOPIC_TITLE.test(norm) && !doc.units.some((u) => FIRST_PERSON.test(u.low))) return true;
    if (TEAM_QUESTION.test(norm)) questions++;
    if (h.level === 1 && PATTERN_TITLE.test(norm.replace(/^\[[^\]]*\]\s*/, ''))) patternTitle = true;
    if (h.level > 1 && PATTERN_SECTION.test(norm)) patternSections++;
  }
  if (patternTitle && patternSections >= 2) return true;
  if (frontMatterBlurbs(doc).some((b) => ADVICE_BLURB.test(b))) return true;
  // a checklist whose headings are questions for the reader's team, about no model in particular
  if (checklist && questions >= 4) return true;
  // the same topic title given as a blog post's front-matter "title:" (no H1 in the body)
  const fmTitle = frontMatterTitle(doc);
  if (fmTitle !== undefined && !doc.realHeadings.some((h) => h.level === 1) && TOPIC_TITLE.test(fmTitle) && !doc.units.some((u) => FIRST_PERSON.test(u.low))) return true;
  // a course page: exercises, and three or more solutions to them
  if (exercises && (doc.text.match(SOLUTION_ADMONITION)?.length ?? 0) >= 3) return true;
  // a how-to that talks to its reader ("The first thing you want to do is ask questions") and
  // works two or more examples under their own headings: a guide, not one system's design
  if (examples < 2) return false;
  let you = 0;
  for (const u of doc.units) if (SECOND_PERSON.test(u.low) && ++you >= 5) return true;
  return false;
}

/**
 * A bank of interview questions ("### 1. How would you build a model to decide who gets a credit
 * card?", "### 9. How would you build a system to display top 10 results …?"): four or more headings
 * that each pose a whole new system to build. Whatever answers follow sketch many systems, none in full.
 */
const PROBLEM_HEADING = /\b(?:build|design|create|develop|construct|train|criar|criaria|construir|desenvolver)\w*\b[^?]{0,40}?\b(?:an?|um|uma) (?:[\w-]+ ){0,4}?(?:models?|systems?|algorithms?|classifiers?|detectors?|engines?|services?|chatbots?|software|modelos?|sistemas?|algoritmos?)\b/;

/**
 * A checklist whose headings ask the reader ("Do you have a baseline?", "How would you monitor it?") and
 * whose lines ask more ("Do you have a model card?"): at least 4 such headings, half of all, and half of
 * the lines questions too. (An answer under an interviewer's questions, "How would you serve it?",
 * answers them.)
 */
function askedOfReader(doc: ParsedDoc): boolean {
  let asked = 0;
  for (const h of doc.realHeadings) if (h.text.trim().endsWith('?') && /\byou(?:r|rs|rself)?\b/i.test(h.text)) asked++;
  if (asked < 4 || asked * 2 < doc.realHeadings.length) return false;
  let lines = 0;
  let questions = 0;
  for (const u of doc.units) {
    if (u.kind !== 'para' && u.kind !== 'item') continue;
    lines++;
    if (u.raw.trimEnd().endsWith('?')) questions++;
  }
  return questions * 2 >= lines;
}

/**
 * An interview question on a concept in general ("What is data normalization and why do we need it? [src]",
 * "Epoch vs. batch vs. iteration.", "What's the difference between a generative and discriminative model?"),
 * not on the system a design is about ("What does our model predict?").
 */
const CONCEPT_QUESTION = /^(?:(?:what (?:is|are|makes)|what['’]?s|why (?:do|does|is|are|would|should)|when (?:to|should|would|do)|how (?:does|do|can|would)|is it|can you)\b[^?]{3,200}\?|(?:define|list|explain|describe|implement|name|reverse|write a function|create a function|talk me through)\b[^?]{3,200}[.?])/;
const OWN_SYSTEM_QUESTION = /\b(?:our|this (?:system|model|design|service)|the (?:system|service|product|pipeline)|we (?:use|chose|serve|deploy|train|predict|build))\b/;

function questionBankLike(doc: ParsedDoc): boolean {
  let n = 0;
  if (askedOfReader(doc)) return true;
  // a list of interview questions on ML concepts, one heading each
  let concept = 0;
  for (const h of doc.realHeadings) {
    const norm = normalizeHeading(h.text);
    if (CONCEPT_QUESTION.test(norm) && !OWN_SYSTEM_QUESTION.test(norm)) concept++;
  }
  if (concept >= 8 && concept * 2 >= doc.realHeadings.length) return true;
  for (const h of doc.realHeadings) {
    const norm = normalizeHeading(h.text);
    if ((norm.includes('?') || /^(?:build|design|create|develop) an? /.test(norm)) && norm.split(' ').length >= 7 && PROBLEM_HEADING.test(norm) && ++n >= 4) return true;
  }
  return false;
}

/**
 * Lecture or book-chapter notes on ML systems in general ("Batch prediction vs online prediction",
 * "Cloud computing vs edge computing", "When to use ML?", a series' "Article 7: Deployment"): they compare the options every design
 * chooses among, for no system in particular.
 */
const VERSUS_HEADING = /\w \(?(?:vs\.?|versus)\)? \w/;
const LECTURE_HEADING = /^(?:(?:article|episode) \d+\s*[:.–—-]|when (?:not )?to use (?:ml|machine learning|ai|deep learning)\b|how to [\w-]+ (?:your|a|an) (?:[\w-]+ ){0,3}(?:ml|machine learning|models?|systems?|pipelines?)\b|(?:the )?differences? between [\w-]+(?: [\w-]+){0,3} and [\w-]+|(?:applicable|relevant|common) (?:to|for|in) (?:almost |nearly )?(?:any|all|most|many|certain|some|specific) (?:ml|machine learning|deep learning) (?:tasks?|problems?|systems?|models?|projects?)\b|(?:different )?types? of (?:ml|machine learning) (?:systems?|models?|problems?)|ch(?:apter|\.)? ?\d+\b)/;

/** A lecture's, class's or book chapter's notes by title ("Lecture 7 — Offline vs. online evaluation", "CS 412 lecture notes", "Chapter 9 — Similar listings (notes)", "Course 1 Week 1: Overview of the ML Lifecycle"). */
const LECTURE_TITLE = /^(?:lecture|lec\.?|class|seminar) \d+\b|^(?:course|module) \d+[,:]? (?:[-–—] )?week \d+\b|\blecture (?:notes|\d+)\b|^(?:ch(?:apter|\.)) ?\d+\b.*\bnotes?\b|\bnotes on (?:ch(?:apter|\.)) ?\d+\b|\b(?:reading|book|chapter) notes\b/;

/**
 * Interview study notes by their subjects ("Probability", "Helpful Calculus", "Hypothesis Testing",
 * "Resume"): three such headings make notes for an exam or an interview loop, not a design.
 */
const STUDY_SUBJECT = /^(?:(?:helpful |random |basic |useful )?(?:probability|statistics|calculus|linear algebra|math(?:s|ematics)?|combinatorics)(?: (?:review|basics|refresher|notes|cheat ?sheet))?|hypothesis testing(?: conceptual| procedure)?|bayes(?:'? (?:theorem|rule))?|resume|cv|behaviou?ral(?: questions| interview)?|leetcode|coding (?:questions|interview))$/;

/** A book's "Chapter 5" line above the title (often `<div class="chapter">Chapter 5</div>`), and its closing "Further readings". */
const CHAPTER_LINE = /^\s*chapter \d+\s*$/im;
const READINGS_HEADING = /^(?:further|suggested|recommended|additional) readings?$/;

/** Notes taken while following a course, as their author says. */
const COURSE_FOLLOWED =
  /\bi (?:do not|don'?t) claim (?:the )?ownership of (?:the |this )?code\b|\bnotes?\b[^.;]{0,60}\b(?:as i (?:executed|followed|went through|watched|worked through)|while (?:following|watching|taking|doing) (?:the |this |a )?(?:course|session|lecture|class|workshop|tutorial|module)|as instructed in the (?:session|course|lecture|video|class|workshop|module))\b|\bthe code was (?:given|provided|shared) by\b[^.;]{0,80}\b(?:i ran|to learn|to reproduce)\b/;

function lectureLike(doc: ParsedDoc): boolean {
  let versus = 0;
  let lecture = 0;
  let readings = false;
  let study = 0;
  for (const h of doc.realHeadings) {
    const norm = normalizeHeading(h.text);
    if (h.level === 1 && LECTURE_TITLE.test(norm)) return true;
    if (STUDY_SUBJECT.test(norm) && ++study >= 3) return true;
    if (VERSUS_HEADING.test(norm)) versus++;
    if (LECTURE_HEADING.test(norm)) lecture++;
    if (READINGS_HEADING.test(norm)) readings = true;
  }
  const first = doc.realHeadings[0];
  if (readings && first && CHAPTER_LINE.test(doc.text.slice(0, doc.lineStarts[first.line] ?? 0).replace(/<[^>]*>/g, '\n'))) return true;
  if (lecture >= 2 || (lecture >= 1 && versus >= 2)) return true;
  // a course's notes by what the author says of them, in the opening lines ("I have added notes here as
  // I executed the steps as instructed in the session", "The code was given by DataTalksClub that I ran
  // to learn and reproduce the result"): a course followed, not a system designed
  for (let k = 0; k < Math.min(6, doc.units.length); k++) if (COURSE_FOLLOWED.test(doc.units[k].low)) return true;
  return false;
}

/**
 * A course's "Systems Plan" design-doc template ("Motivation: Why are we solving this problem? Why
 * is our solution a viable one?", "Requirements", "Risks and uncertainties", "Implementation"):
 * a design doc whose headings name few of the framework's sections.
 */
const PLAN_TEMPLATE_HEADING = /^(?:why are we solving this problem|why is (?:our|the|this) solution (?:a )?viable(?: one)?|risks? (?:and|&) uncertaint(?:y|ies))\??$/

function planTemplateLike(doc: ParsedDoc): boolean {
  let n = 0;
  for (const h of doc.realHeadings) if (PLAN_TEMPLATE_HEADING.test(normalizeHeading(h.text)) && ++n >= 2) return true;
  return false;
}

/**
 * An incident postmortem ("Postmortem: feed ranker served constant scores", "## Timeline (UTC)",
 * "## Root cause", "## What went wrong", "## Action items"): it names monitoring gaps, rollbacks
 * and retraining, but records what broke, not a design. A bug-fix note ("Prophet Stan Backend Error -
 * Fix Documentation") is one too.
 */
const INCIDENT_TITLE = /^(?:[\w-]+ ){0,2}run-?books?$|^(?:post-?mortem|incident (?:report|review|summary|write-?up)|outage (?:report|review))\b|\b(?:errors?|bugs?|exceptions?|crash(?:es)?)\b[^:]{0,40}\b(?:fix(?:es)?|resolution) (?:documentation|docs?|notes?|report|summary|log)$|^(?:bug ?fix|hot ?fix)(?: (?:documentation|docs?|notes?|report|summary|log))?$|\b(?:post-?mortem|incident report)\s*$|\binc-\d+\b/;
const INCIDENT_HEADING = /^(?:root causes?(?: analysis)?|what went (?:well|wrong|badly)|where we got lucky|timeline(?: \(utc\))?|impact|action items|contributing factors|trigger|resolution|detection)$/;
const INCIDENT_CORE = /^(?:root causes?|what went (?:well|wrong|badly))/;

function incidentLike(doc: ParsedDoc): boolean {
  // distinct headings: a report's "Detection" under each of two issues is one incident heading
  const seen = new Set<string>();
  let core = false;
  for (const h of doc.realHeadings) {
    const norm = normalizeHeading(h.text);
    if (h.level === 1 && INCIDENT_TITLE.test(norm)) return true;
    if (INCIDENT_HEADING.test(norm)) {
      seen.add(norm);
      core ||= INCIDENT_CORE.test(norm);
    }
  }
  return seen.size >= 3 && core;
}

/**
 * Words no ML design can do without (model, training, prediction, features, ranking, ML…). A system
 * design of a URL shortener or a message queue has "Requirements", "Data model", "Deployment" and
 * "Monitoring" headings, and never says them. ("Predictable memory usage", "unpredictable eviction"
 * foresee nothing.)
 */
const ML_WORD = /\b(?:ml|ai|machine[- ]learning|deep learning|llms?|models?|modell?ing|train(?:ed|ing|s)?|re-?train\w*|classifiers?|predict(?!ab)\w*|neural|embeddings?|inference|regression|forecast\w*|scor(?:e|es|ed|ing)|rank(?:er|ing)|recommend\w*|features?|labels?|loss|lightgbm|xgboost|gbdt|auc|f1|precision|recall|datasets?|folds?|held[- ]out|hold-?out|epochs?)\b/;

/** An ML word no other field uses (the ML_WORD alternatives not in SHARED_ML_WORD). */
const CORE_ML_WORD = /\b(?:ml|ai|machine[- ]learning|deep learning|llms?|models?|modell?ing|train(?:ed|ing|s)?|re-?train\w*|classifiers?|predict(?!ab)\w*|neural|embeddings?|inference|forecast\w*|re-?rank\w*|rankers?|lightgbm|xgboost|gbdt|auc|f1|mrr|n?dcg|datasets?|held[- ]out|hold-?out|epochs?|candidate gen\w*)\b/;

/** ML words that other fields use too: Prometheus and Kubernetes "labels", a product's "features", a test's "score". */
const SHARED_ML_WORD = new Set(['label', 'feature', 'score', 'scoring', 'ranking', 'loss', 'recall', 'precision', 'fold', 'regression', 'recommendation', 'recommend', 'recommended']);

/**
 * Fewer than two units or headings say an ML word ("data model" does not count), or all that say
 * one say the same word that other fields use too ("a set of labels is passed to GetRef"): a design
 * of something else.
 */
/**
 * ML words in another field's sense: a data, compute, conflict or cursor "model" of a sync engine, a database's
 * ACID or BASE "model" (BASE only beside ACID: a "base model" is also the one an LLM is fine-tuned from), "data loss",
 * "a regression in capability".
 */
const NOT_ML_SENSE =
  /\b(?:data|compute|programming|execution|conflict|identity|ownership|ordering|file|cursor|consistency|threat|permission|concurrency|replication|bag of rows|mental|maturity|governance|actor|push|pull|threading|memory|business|operating|subscription|pub-?sub|acid|(?:high )?availability) models?\b|\bbase models?\b(?:(?<=\bacid\b[^]{0,600})|(?=[^]{0,600}\bacid\b))|\bdata loss\b|\b(?:a |no )regressions? (?:in|of)\b/g;

function mlFree(doc: ParsedDoc): boolean {
  let n = 0;
  let first: string | undefined;
  let varied = false;
  // units and headings that say an ML word only other fields use too ("Order by recent downloads",
  // "a score per crate", "Feature Name:", "badges and recommendations"): a crates.io ranking RFC says
  // them all and never a model, training or a prediction
  let core = 0;
  const says = (text: string): boolean => {
    const t = text.replace(NOT_ML_SENSE, '');
    if (CORE_ML_WORD.test(t)) core++;
    const m = ML_WORD.exec(t);
    if (m !== null) {
      const word = m[0].replace(/s$/, '');
      if (first === undefined) first = word;
      else if (word !== first) varied = true;
      n++;
    }
    return n >= 2 && first !== undefined && (varied || !SHARED_ML_WORD.has(first)) && core >= 1;
  };
  // a short sketch ("**Model** — GBDT") says too little to tell
  if (doc.units.length < 12) return false;
  // (what is put off commits the design to nothing: "## Future Enhancements" → "### Machine Learning Integration")
  for (const h of doc.headings) if (!h.uncommitted && says(h.norm)) return false;
  for (const u of doc.units) if (!u.uncommitted && says(u.raw)) return false;
  return true;
}

/**
 * Code documentation: headings that are function signatures or snake_case names ("### `get_model(model_name,
 * pretrained=True)`", "### `estimate_time(device, batch_size, epochs)`", "### `batch_size`"), three or
 * more and a third of the headings: what a library's functions take and return, not a system designed.
 */
const SIGNATURE_HEADING = /^`?[a-z_][\w.]*\(.*\)`?$|^`?[a-z]+_[a-z0-9_.]*`?$/i;
function apiReferenceLike(doc: ParsedDoc): boolean {
  let n = 0;
  for (const h of doc.realHeadings) if (SIGNATURE_HEADING.test(h.text.trim())) n++;
  return n >= 3 && n * 3 >= doc.realHeadings.length;
}

/** Recognised without its content: front matter, or the framework's sections in headings or line labels. */
/**
 * An infrastructure design doc for serving a model ("### Functional requirements", "### Non-functional
 * requirements", "## Proposed solution", "### Architecture diagram", "### Cost breakdown", about
 * "ML model inference"): the shape of a design doc, whose modelling sections are out of its scope.
 */
const REQUIREMENTS_HEADING = /^(?:(?:non-?)?functional|system|technical|business) requirements\b|^(?:nfrs?|frs?)$/;
const SOLUTION_HEADING = /^(?:proposed|recommended|chosen|high[- ]level) (?:solution|design|architecture|approach)\b|^(?:solution|system|technical) (?:design|architecture|overview)\b|^architecture(?: diagram| overview)?$/;
const ML_SUBJECT = /\b(?:ml|machine learning|deep learning)\b[^.;]{0,40}\b(?:models?|inference|predictions?|serving)\b|\bmodel (?:inference|serving|predictions?)\b|\binference (?:endpoint|service|server|api|requests?)\b/;

function infraDesignLike(doc: ParsedDoc): boolean {
  let req = false;
  let solution = false;
  for (const h of doc.realHeadings) {
    const norm = normalizeHeading(h.text);
    if (REQUIREMENTS_HEADING.test(norm)) req = true;
    else if (SOLUTION_HEADING.test(norm)) solution = true;
  }
  return req && solution && unitsMatch(doc, ML_SUBJECT, 2);
}

/**
 * An architecture decision record about a model or its serving ("## Status", "## Context",
 * "## Decision", "## Alternatives Considered", "## Consequences"; "Decision record: Learning To
 * Rank"): a design decision written down, though it maps to few of the framework's sections.
 * (ADRs about a message queue or a warehouse migration are not ML design docs: the subject decides.)
 */
const ADR_HEADING = /^(?:status|context|motivation|drawbacks|unresolved questions|prior art|decision|(?:final |the )?decision(?: outcome| drivers?)?|rationale|consequences|alternatives(?: considered)?|(?:considered )?options(?: considered)?|proposed (?:design|solution)|pros and cons(?: of the options)?|considerations)$/;
const ADR_TITLE = /\b(?:architecture )?decision records?\b|\badrs?\b|^adr[- ]?\d+/;
const ML_DECISION_SUBJECT = /\b(?:llms?|large language models?|machine learning|ml models?|(?:the |a |our )model(?:'s)? (?:serving|inference|training|selection|server|hosting)|model (?:inference|serving|server|hosting)|inference (?:server|service|endpoint)|learning to rank|rag|retrieval[- ]augmented|embeddings? (?:models?|pipelines?|services?|providers?)|classifiers?|(?:text|image) generation|fine-?tun\w*|predictions? (?:service|api)|forecasts?|forecasting)\b/;

/**
 * A decision note without an ADR's headings: options weighed in "Pros" / "Cons" lists and a
 * "Conclusion" that picks one ("LLM Hosting Options: Self-host, Cloud-host, or OpenAI API").
 */
const CONCLUSION_HEADING = /^(?:conclusions?|(?:our |final |the )?(?:decision|recommendation|verdict|choice)|summary (?:and|&) (?:decision|recommendation))$/;

function decisionRecordLike(doc: ParsedDoc): boolean {
  let adr = 0;
  let titled = false;
  let concluded = false;
  // a title that names the ML subject ("ADR-006: Embedding Model Selection") counts as one of the three mentions
  let subjectTitle = 0;
  for (let k = 0; k < doc.realHeadings.length; k++) {
    const h = doc.realHeadings[k];
    const norm = normalizeHeading(h.text);
    if (ADR_HEADING.test(norm)) adr++;
    if (h.level === 1 && ADR_TITLE.test(norm)) titled = true;
    if (CONCLUSION_HEADING.test(norm)) concluded = true;
    if (isTitle(h, k) && ML_DECISION_SUBJECT.test(h.text.toLowerCase())) subjectTitle = 1;
  }
  if (adr < 3 && !(titled && adr >= 1) && !(titled && doc.realHeadings.length >= 4) && !(concluded && unitsMatch(doc, PROS_CONS_CAPTION, 2))) return false;
  return unitsMatch(doc, ML_DECISION_SUBJECT, 3 - subjectTitle, true);
}

const FAQ_TITLE = /\bfaqs?$|^faqs?\b|\bfrequently asked questions\b/;

function recognisedByShape(doc: ParsedDoc): boolean | undefined {
  const v = markerValue(doc);
  if (v === false || (typeof v === 'string' && /^(false|no|off)$/i.test(v.trim()))) return false;
  if (markerTruthy(v)) return true;
  if (planOrAdviceLike(doc) || journalLike(doc) || paperSummaryLike(doc) || guideLike(doc) || questionBankLike(doc) || lectureLike(doc) || incidentLike(doc) || apiReferenceLike(doc)) return false;
  // headings of a system design that is not ML: what it says decides (it frames no ML problem)
  if (mlFree(doc)) return undefined;
  if (planTemplateLike(doc) || infraDesignLike(doc) || decisionRecordLike(doc)) return true;
  const headed = headingSectionCount(doc);
  if (headed >= 5) return true;
  // a product's FAQ page ("About Cody FAQ"): questions people ask about a tool, not a design (a
  // design written as questions and answers, "Hotel search ranking v3 — FAQ", maps its headings to most sections)
  if (doc.realHeadings.some((h, k) => isTitle(h, k) && FAQ_TITLE.test(normalizeHeading(h.text)))) return false;
  // (a model card that says how the model is scored, watched and retrained documents a system: its
  // card headings do not make it a README)
  if (readmeLike(doc) && (readmeLike(doc, true) || !cardRunsAsSystem(doc))) return headed >= 3 ? undefined : false;
  if (headed >= 3 || labelledSectionCount(doc) >= 4) return true;
  return undefined;
}

/**
 * A design doc written as prose or under headings of its own ("Rough shape", "Running it") is
 * still recognised by what it says: at least 13 of the 35 items committed to covering all 7
 * sections (a blog post on a model taken to production, a filled course report), or 15 covering
 * 6 with framing, data and model among them. (READMEs, retros and postmortems that mention ML land
 * well below that, and rarely frame an ML problem: over the labelled fixtures none that is not a
 * design doc reaches 12 items across all 7 sections.)
 */
const CONTENT_ITEMS = 15;
const CONTENT_ITEMS_ALL_SECTIONS = 13;

/**
 * A project README whose own headings frame the ML problem ("## Formulation of the modeling problem",
 * "### Outcome label", "## Methodology") among four or more sections: the README holds a design,
 * so 10 items over 5 sections (framing, data and model among them) are enough.
 */
const README_DESIGN_ITEMS = 10;
function framedReadme(doc: ParsedDoc): boolean {
  if (!readmeLike(doc) || headingSectionCount(doc) < 4) return false;
  return doc.realHeadings.some((h) => countedSections(h.sections).includes('framing'));
}

function recognisedByContent(doc: ParsedDoc, found?: Map<string, ItemResult>): boolean {
  const lenient = framedReadme(doc);
  const masks = ruleMasks(doc);
  let present = 0;
  const sections = new Set<SectionId>();
  for (let k = 0; k < ITEM_RULES.length; k++) {
    const rule = ITEM_RULES[k];
    const res = evaluateItem(doc, rule, masks, false);
    if (res.present) {
      // lint() reuses what is present; an absent item is evaluated again there for its reason
      found?.set(rule.id, res);
      present++;
      sections.add(rule.section);
    }
    // stop early when the threshold can no longer be reached
    if (present + (ITEM_RULES.length - k - 1) < (lenient ? README_DESIGN_ITEMS : CONTENT_ITEMS_ALL_SECTIONS)) return false;
  }
  if (lenient && present >= README_DESIGN_ITEMS && sections.size >= 5 && sections.has('framing') && sections.has('data') && sections.has('model')) return true;
  if (present < CONTENT_ITEMS_ALL_SECTIONS) return false;
  if (sections.size === SECTIONS.length) return true;
  // a design answer may leave one section out (a rushed answer never gets to monitoring, a
  // reply in a mail thread stops at the sketch); README, changelog, postmortem and runbook prose
  // that lists as many items never frames an ML problem, nor picks a model for it
  return present >= CONTENT_ITEMS && sections.size === SECTIONS.length - 1 && sections.has('framing') && sections.has('model') && sections.has('data');
}

function recognised(doc: ParsedDoc, found?: Map<string, ItemResult>): boolean {
  return recognisedByShape(doc) ?? recognisedByContent(doc, found);
}

/**
 * Short real proposals and interview notes put the framework in line labels instead of headings
 * ("Training data: …", "Features: …", "Serving: …"): distinct sections named by headings or by
 * the labels of top-level lines (at most 3 words, read strictly), when at least 4 labels name one.
 */
const LINE_LABEL = /(?:^|[.!?)] )([a-z][a-z &/-]{1,28}?)(?: \([^)]{0,30}\))? ?: /g;

function labelledSectionCount(doc: ParsedDoc): number {
  const s = new Set<SectionId>();
  let labels = 0;
  for (const u of doc.units) {
    if (u.kind !== 'para' && u.kind !== 'item') continue;
    if (u.kind === 'item' && u.depth > 1) continue;
    // a paragraph can hold several label lines ("Plan: … Training data: …")
    LINE_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LINE_LABEL.exec(u.raw)) !== null) {
      const own = classifyHeadingAll(m[1], { weak: false });
      if (own.length === 0) continue;
      labels++;
      for (const id of own) s.add(id);
    }
  }
  if (labels < 2) return 0;
  for (const h of doc.realHeadings) for (const id of countedSections(h.sections)) s.add(id);
  return s.size;
}

/**
 * Is this Markdown an ML design doc? Front matter `mldesign:` truthy (`true`, or a mapping such
 * as `{ rules: {...} }`), or at least 3 of the 7 sections recognised from headings (5 for a doc
 * with README headings such as "Setup" and "License"), or 4 from line labels, or — a doc in prose —
 * 15 of the 35 items committed to across all 7 sections (or 6 including framing, data and model).
 * `mldesign: false` opts a document out.
 */
export function isDesignDoc(text: string): boolean {
  try {
    return recognised(parseDoc(typeof text === 'string' ? text : String(text)));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Item evaluation

type Reason = 'question' | 'placeholder' | 'template' | 'future' | 'negated';

interface ItemResult {
  readonly rule: CompiledItemRule;
  readonly present: boolean;
  readonly unit?: Unit;
  readonly reason?: Reason;
}

/**
 * Candidate units of a rule: units indexed (ParsedDoc.index) under one of the rule's keys. Kept as
 * one bit per rule slot per unit (RuleMasks), so that a rule's candidates are read in doc order
 * from the units' bits instead of merging the index lists of its many keys.
 */
const VAGUE_BIT = ALL_ITEM_RULES.length;
const LATENCY_BIT = ALL_ITEM_RULES.length + 1;
const MASK_WORDS = (ALL_ITEM_RULES.length + 2 + 31) >>> 5;
const NO_BITS = new Uint32Array(MASK_WORDS);
/** Per unit: MASK_WORDS words of rule bits, then one word of section bits (SECTION_BIT). */
const UNIT_WORDS = MASK_WORDS + 1;
const SECTION_BIT = new Map<SectionId, number>(SECTIONS.map((s, k) => [s.id, 1 << k]));

/**
 * word key → the rule slots (and VAGUE_BIT / LATENCY_BIT) that look for it: an open-addressing
 * table (keys are below 40^4), filled once at load.
 */
const keyBitsList = new Map<number, Uint32Array>();
function addKeyBit(key: number, bit: number): void {
  let m = keyBitsList.get(key);
  if (m === undefined) keyBitsList.set(key, (m = new Uint32Array(MASK_WORDS)));
  m[bit >>> 5] |= 1 << (bit & 31);
}
let keySlots = new Int32Array(0);
let keySlotBits = new Uint32Array(0);
let keySlotShift = 32;

function buildKeyTable(): void {
  let size = 16;
  while (size < keyBitsList.size * 4) size *= 2;
  keySlotShift = 32 - Math.log2(size);
  keySlots = new Int32Array(size).fill(-1);
  keySlotBits = new Uint32Array(size * MASK_WORDS);
  for (const [key, bits] of keyBitsList) {
    let at = Math.imul(key, 0x9e3779b1) >>> keySlotShift;
    while (keySlots[at] !== -1) at = (at + 1) & (size - 1);
    keySlots[at] = key;
    keySlotBits.set(bits, at * MASK_WORDS);
  }
}

/** Slot of a key in the table, or -1 when no rule looks for it. */
function keySlot(key: number): number {
  const mask = keySlots.length - 1;
  let at = Math.imul(key, 0x9e3779b1) >>> keySlotShift;
  for (;;) {
    const k = keySlots[at];
    if (k === key) return at;
    if (k === -1) return -1;
    at = (at + 1) & mask;
  }
}

/** Rule bits of a key list, kept with the list (parse.ts shares lists between parses). */
function bitsOfKeys(list: KeyList): Uint32Array {
  const known = list.ruleBits;
  if (known !== undefined) return known;
  const keys = list.keys;
  let m = NO_BITS;
  for (let j = 0; j < keys.length; j++) {
    const at = keySlot(keys[j]);
    if (at < 0) continue;
    if (m === NO_BITS) m = new Uint32Array(MASK_WORDS);
    const from = at * MASK_WORDS;
    for (let w = 0; w < MASK_WORDS; w++) m[w] |= keySlotBits[from + w];
  }
  list.ruleBits = m;
  return m;
}

/**
 * Per unit, UNIT_WORDS words: bit s of the first MASK_WORDS set when the unit is a candidate of
 * the rule in slot s; then the bits of the unit's sections.
 */
type RuleMasks = Uint32Array;
const masksOfDoc = new WeakMap<ParsedDoc, RuleMasks>();
function ruleMasks(doc: ParsedDoc): RuleMasks {
  let out = masksOfDoc.get(doc);
  if (out !== undefined) return out;
  const n = doc.units.length;
  out = new Uint32Array(n * UNIT_WORDS);
  for (let i = 0; i < n; i++) {
    const a = bitsOfKeys(doc.unitKeys[i]);
    const ck = doc.unitCaptionKeys[i];
    const at = i * UNIT_WORDS;
    let secs = 0;
    for (const id of doc.units[i].sections) secs |= SECTION_BIT.get(id) ?? 0;
    out[at + MASK_WORDS] = secs;
    if (ck === undefined) {
      for (let w = 0; w < MASK_WORDS; w++) out[at + w] = a[w];
    } else {
      const b = bitsOfKeys(ck);
      for (let w = 0; w < MASK_WORDS; w++) out[at + w] = a[w] | b[w];
    }
  }
  masksOfDoc.set(doc, out);
  return out;
}

function evaluateItem(doc: ParsedDoc, rule: CompiledItemRule, masks: RuleMasks, explain = true): ItemResult {
  const verdicts = verdictsOf(doc, MEMO_SLOTS);
  // units under the rule's own section first, then the others (each in doc order), without
  // building the two lists
  const units = doc.units;
  const n = units.length;
  const sbit = SECTION_BIT.get(rule.section) ?? 0;
  const word = rule.slot >>> 5;
  const bit = 1 << (rule.slot & 31);
  for (let pass = 0; pass < 2; pass++) {
    const wantOwn = pass === 0;
    for (let i = 0, at = word; i < n; i++, at += UNIT_WORDS) {
      if ((masks[at] & bit) === 0) continue;
      // the unit is under the rule's own section (u.sections.includes(rule.section))
      if (((masks[at - word + MASK_WORDS] & sbit) !== 0) !== wantOwn) continue;
      const u = units[i];
      if (!u.low) continue;
      if (u.uncommitted && !(rule.scopeLists && u.scopeList)) continue;
      if (verdicts.test(rule, u)) return { rule, present: true, unit: u };
    }
  }
  if (rule.code) {
    for (const u of doc.codeUnits) {
      if (!u.low || u.uncommitted) continue;
      if (rule.code(u, doc)) return { rule, present: true, unit: u };
    }
  }
  return { rule, present: false, reason: explain ? whyAbsent(doc, rule, masks) : undefined };
}

/** What one unit says of a rule's item when the item is absent (whyCode), stored as 1..8. */
const enum Why {
  Unrelated = 1,
  Future,
  Negated,
  Mentioned,
  Question,
  Placeholder,
  Template,
  Dropped,
}

function whyCode(rule: CompiledItemRule, u: Unit): Why {
  if (!rule.topic.test(u.raw)) return Why.Unrelated;
  if (u.uncommitted) return Why.Future;
  // said and ruled out ("we won't A/B test"); a mere mention gives no reason
  // (u.low is often u.raw itself: the topic was just found there)
  if (u.low && (u.low === u.raw || rule.topic.test(u.low))) return findAffirmed(u.low, rule.topicG, 'any') ? Why.Mentioned : Why.Negated;
  if (u.flags & DROP_QUESTION) return Why.Question;
  if (u.flags & DROP_PLACEHOLDER) return Why.Placeholder;
  if (u.flags & DROP_TEMPLATE) return Why.Template;
  return Why.Dropped;
}

/** Why a mentioned item did not count, for the message ("only asked as a question"). */
function whyAbsent(doc: ParsedDoc, rule: CompiledItemRule, masks: RuleMasks): Reason | undefined {
  let reason: Reason | undefined;
  const verdicts = verdictsOf(doc, MEMO_SLOTS);
  const compute = (u: Unit): Why => whyCode(rule, u);
  const n = doc.units.length;
  const word = rule.slot >>> 5;
  const bit = 1 << (rule.slot & 31);
  for (let i = 0, at = word; i < n; i++, at += UNIT_WORDS) {
    if ((masks[at] & bit) === 0) continue;
    switch (verdicts.code(rule, doc.units[i], compute)) {
      case Why.Future:
        return 'future';
      case Why.Question:
        return 'question';
      case Why.Negated:
        // only decides anything while no reason is set yet
        reason ??= 'negated';
        break;
      case Why.Placeholder:
        if (reason !== 'negated') reason = 'placeholder';
        break;
      case Why.Template:
        reason ??= 'template';
        break;
      default:
        break;
    }
  }
  return reason;
}

const REASON_TEXT: Record<Reason, string> = {
  question: ' (only asked as a question)',
  placeholder: ' (only a placeholder so far)',
  template: ' (only template text)',
  future: ' (only as future work / an open question)',
  negated: ' (ruled out or negated)',
};

// ---------------------------------------------------------------------------------------------
// Ranges and findings

function lineLength(doc: ParsedDoc, line: number): number {
  const start = doc.lineStarts[line];
  if (start === undefined) return 0;
  const end = doc.lineStarts[line + 1] ?? doc.text.length;
  let len = end - start;
  if (len > 0 && doc.text[end - 1] === '\n') len--;
  if (len > 0 && doc.text[start + len - 1] === '\r') len--;
  return len;
}

function lineRange(doc: ParsedDoc, line: number): Range {
  const l = Math.max(0, Math.min(line, doc.lineStarts.length - 1));
  return { startLine: l, startCol: 0, endLine: l, endCol: lineLength(doc, l) };
}

/**
 * A source line that only names what follows or shows a picture: "**Technical Metric**", "*Data
 * fields*", "Notes:", "![diagram](arch.png)" (list markers and quote marks allowed before it).
 */
const LABEL_ONLY_LINE = /^\s*(?:(?:[-*+]|\d+[.)]|>)\s*)*(?:[*_]{1,3}[^*_\n]{1,60}[*_]{1,3}\s*:?|[^.!?:\n]{1,40}:|!\[[^\]\n]*\]\([^)\n]*\))\s*$/;

/** A source line that ends in a question mark (list marker, emphasis and closing quotes allowed). */
const QUESTION_LINE = /\?[\s*_"'”’)]*$/;

/** A fence line (```` ``` ```` or `~~~`, with or without an info string): never the evidence line. */
const FENCE_LINE = /^\s*(?:`{3,}|~{3,})/;

/** Global copies of each rule's key patterns (evidenceLine scans a unit's source with them). */
const KEY_PATTERNS_G = new WeakMap<CompiledItemRule, readonly RegExp[]>();

function keyPatternsG(rule: CompiledItemRule): readonly RegExp[] {
  let g = KEY_PATTERNS_G.get(rule);
  if (!g) KEY_PATTERNS_G.set(rule, (g = (rule.keyPatterns ?? []).map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g'))));
  return g;
}

/**
 * The line an item's evidence is shown on (checklist, JSON `line`): in a unit of several source
 * lines, the line where the item's topic is named without only being asked about, else where one
 * of the rule's key patterns matches, else the first such question, else the first line that says
 * something (not a bare label, an image or a fence line), else the unit's first line. The unit's
 * source is searched as one line (line breaks read as spaces), so a phrase wrapped across two
 * lines is found on the line where it starts.
 */
function evidenceLine(doc: ParsedDoc, u: Unit, rule: CompiledItemRule): number {
  const last = Math.min(u.endLine, u.line + 200, doc.lineStarts.length - 1);
  if (last <= u.line) return u.line;
  const from = doc.lineStarts[u.line];
  const raw = doc.text.slice(from, doc.lineStarts[last] + lineLength(doc, last));
  // the same unit text gives the same line within it (re-lints while typing look it up)
  const key = rule.slot + '\u0000' + raw;
  const known = EVIDENCE_OFFSETS.get(key);
  if (known !== undefined) return u.line + known;
  const line = evidenceLineIn(doc, u, rule, last, from, raw);
  if (EVIDENCE_OFFSETS.size >= EVIDENCE_LIMIT) EVIDENCE_OFFSETS.clear();
  EVIDENCE_OFFSETS.set(key, line - u.line);
  return line;
}

/** Evidence line offsets within a unit, by rule slot and the unit's source text (bounded). */
const EVIDENCE_OFFSETS = new Map<string, number>();
const EVIDENCE_LIMIT = 20000;

function evidenceLineIn(doc: ParsedDoc, u: Unit, rule: CompiledItemRule, last: number, from: number, raw: string): number {
  const low = raw.toLowerCase();
  // a lower-cased letter of another length ("İ") would shift every offset: read line by line then
  const src = low.length === raw.length ? low.replace(/[\r\n]/g, ' ') : undefined;
  const says = (l: number): boolean => {
    const start = doc.lineStarts[l];
    const s = doc.text.slice(start, start + lineLength(doc, l));
    return s.trim() !== '' && !LABEL_ONLY_LINE.test(s) && !FENCE_LINE.test(s);
  };
  const lineAt = (offset: number): number => {
    let l = u.line;
    while (l < last && doc.lineStarts[l + 1] <= from + offset) l++;
    return l;
  };
  const isQuestion = (l: number): boolean => {
    const start = doc.lineStarts[l];
    return QUESTION_LINE.test(doc.text.slice(start, start + lineLength(doc, l)));
  };
  let asked = -1;
  /** The first line (not a question) where `re` matches; a question line is kept in `asked`. */
  const firstMatch = (re: RegExp): number => {
    if (src === undefined) {
      for (let l = u.line; l <= last; l++) {
        const start = doc.lineStarts[l];
        re.lastIndex = 0;
        if (!says(l) || !re.test(doc.text.slice(start, start + lineLength(doc, l)).toLowerCase())) continue;
        if (!isQuestion(l)) return l;
        if (asked < 0) asked = l;
      }
      return -1;
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(src)) !== null && guard++ < 200) {
      if (m[0] === '') re.lastIndex++;
      const l = lineAt(m.index);
      if (!says(l)) continue;
      if (!isQuestion(l)) return l;
      if (asked < 0) asked = l;
    }
    return -1;
  };
  const byTopic = firstMatch(rule.topicG);
  if (byTopic >= 0) return byTopic;
  for (const re of keyPatternsG(rule)) {
    const l = firstMatch(re);
    if (l >= 0) return l;
  }
  if (asked >= 0) return asked;
  for (let l = u.line; l <= last; l++) if (says(l)) return l;
  return u.line;
}

/** The line a finding about a section is shown on: its heading, else the title, else line 0. */
function sectionLine(doc: ParsedDoc, section: SectionId): number {
  const hi = doc.sectionAnchor.get(section);
  if (hi !== undefined) return doc.headings[hi].line;
  return doc.titleLine ?? 0;
}

/** Range of `phrase` (lower-cased) inside a unit's source lines, else the unit's first line. */
function phraseRange(doc: ParsedDoc, u: Unit, phrase: string): Range {
  const start = doc.lineStarts[u.line] ?? 0;
  const end = doc.lineStarts[Math.min(u.endLine + 1, doc.lineStarts.length - 1)] ?? doc.text.length;
  const src = doc.text.slice(start, end === start ? doc.text.length : end).toLowerCase();
  const at = src.indexOf(phrase);
  if (at < 0) return lineRange(doc, u.line);
  let line = u.line;
  while (line + 1 < doc.lineStarts.length && doc.lineStarts[line + 1] <= start + at) line++;
  const col = start + at - doc.lineStarts[line];
  const endCol = Math.min(col + phrase.length, lineLength(doc, line));
  return { startLine: line, startCol: col, endLine: line, endCol: Math.max(endCol, col) };
}

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'][n - 1] ?? `${n}th`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function levelToSeverity(level: RuleLevel): Severity | undefined {
  return level === 'off' ? undefined : level;
}

// Vague requirement phrases. Group 1 = phrase.
const VAGUE =
  /\b(low[- ]latency|minimal latency|(?:very |ultra[- ])?fast(?:er)?|quick(?:ly)?|as fast as possible|instant(?:ly|aneous(?:ly)?)?|(?:near[- ])?real[- ]?time|(?:highly |very )?scalable|high[- ]throughput|high (?:traffic|volume|load|qps)|heavy (?:traffic|load)|large[- ]scale|massive scale|web[- ]scale|at scale|huge number of|large number of|lots of (?:users|traffic|requests|data))\b/g;
const VAGUE_KEYS = ['low', 'mini', 'fast', 'very', 'ultr', 'quic', 'inst', 'near', 'real', 'time', 'scal', 'high', 'heav', 'larg', 'mass', 'web', 'at', 'huge', 'lots'].map((k) => stemKey(k));
/** Keys of the units that may state a latency number (latencyUnits). */
const LATENCY_KEYS = ['ms', 'msec', 'late', 'p99', 'p95', 'p90', 'p50', 'p999', 'seco', 'sec', 's', 'sla', 'slo', 'resp'].map((k) => stemKey(k));
for (const r of ALL_ITEM_RULES) for (const k of r.keys) addKeyBit(k, r.slot);
for (const k of VAGUE_KEYS) addKeyBit(k, VAGUE_BIT);
for (const k of LATENCY_KEYS) addKeyBit(k, LATENCY_BIT);
buildKeyTable();
const REQUIREMENT_VERB = /\b(must|should|needs?|has to|have to|required?|requirements?|expect\w*|target|goal|constraint|sla|slo)\b/;

type VagueKind = 'latency' | 'throughput' | 'scale';

function vagueKind(phrase: string): VagueKind {
  if (/latency|fast|quick|instant|real[- ]?time|as fast/.test(phrase)) return 'latency';
  if (/throughput|traffic|load|qps|volume/.test(phrase)) return 'throughput';
  return 'scale';
}

interface VaguePhrase {
  readonly phrase: string;
  readonly kind: VagueKind;
}
const NO_VAGUE: readonly VaguePhrase[] = [];
/**
 * Per unit text, for text outside and under the requirements: the vague phrases in it that read as
 * requirements left without a number. They depend on the text alone, so they are remembered across
 * lints (bounded), like rule verdicts: re-linting an unchanged paragraph does not scan it again.
 */
const vagueMemo = [new Map<string, readonly VaguePhrase[]>(), new Map<string, readonly VaguePhrase[]>()];
const VAGUE_MEMO_LIMIT = 20000;

/** The vague phrases of `low` (the first eleven matches read), in order. */
function vaguePhrases(low: string, inRequirements: boolean): readonly VaguePhrase[] {
  const memo = vagueMemo[inRequirements ? 1 : 0];
  const known = memo.get(low);
  if (known !== undefined) return known;
  const found: VaguePhrase[] = [];
  VAGUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = VAGUE.exec(low)) !== null && guard++ < 10) {
    const phrase = m[1];
    const s = sentenceAt(low, m.index);
    if (/\d/.test(s)) continue;
    // "nobody is waiting on a response in real time" is not a requirement
    if (isNegated(low, m.index, phrase.length, 'any')) continue;
    const requirementish = inRequirements || REQUIREMENT_VERB.test(s);
    if (vagueIsNotRequirement(s, m.index - Math.max(0, low.lastIndexOf(s, m.index)), phrase, requirementish)) continue;
    if (/^(?:(?:very |ultra[- ])?fast(?:er)?|quick(?:ly)?|instant\w*|(?:near[- ])?real[- ]?time|(?:highly |very )?scalable|at scale)$/.test(phrase) && !requirementish) continue;
    // "real-time features" / "real-time inference" name a mode, not a requirement
    if (/real[- ]?time$/.test(phrase) && /^[- ](?:features?|inference|predictions?|serving|scoring|pipelines?|updates?|signals?|data|processing|streams?|events?|bidding)\b/.test(low.slice(m.index + phrase.length, m.index + phrase.length + 14)) && !REQUIREMENT_VERB.test(s)) continue;
    found.push({ phrase, kind: vagueKind(phrase) });
  }
  VAGUE.lastIndex = 0;
  if (memo.size >= VAGUE_MEMO_LIMIT) memo.clear();
  const list = found.length > 0 ? found : NO_VAGUE;
  memo.set(low, list);
  return list;
}

// ---------------------------------------------------------------------------------------------

const NINE_STEP = [
  /problem formulation/,
  /metrics.*offline.*online|offline (and|&) online/,
  /architectural components|mvp logic/,
  /data collection/,
  /feature engineering/,
  /model development and offline evaluation/,
  /prediction service/,
  /online testing/,
  /scaling.*monitoring/,
];

function isNineStep(doc: ParsedDoc): boolean {
  let n = 0;
  for (const h of doc.headings) if (NINE_STEP.some((re) => re.test(h.norm))) n++;
  return n >= 4;
}

/**
 * Lints a document. Never throws: malformed input yields 'config' findings, not exceptions.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  try {
    return lintUnsafe(typeof text === 'string' ? text : String(text ?? ''), options ?? {});
  } catch (err) {
    // A bug in a rule must not take the editor down; report it where the user can see it.
    return {
      isDesignDoc: !!options?.force,
      findings: [
        {
          ruleId: CONFIG_FRONT_MATTER,
          severity: 'warning',
          kind: 'config',
          message: `The linter failed on this document (${(err as Error)?.message ?? String(err)}); please report it.`,
          range: { startLine: 0, startCol: 0, endLine: 0, endCol: 0 },
        },
      ],
      items: [],
      sections: [],
      summary: { present: 0, total: 0 },
    };
  }
}

function lintUnsafe(text: string, options: LintOptions): LintResult {
  const doc = parseDoc(text);
  const found = new Map<string, ItemResult>();
  const isDoc = recognised(doc, found);
  if (!isDoc && !options.force) {
    return { isDesignDoc: false, findings: [], items: [], sections: [], summary: { present: 0, total: 0 } };
  }
  const findings: Finding[] = [];
  const config = options.config ?? {};

  // --- front matter: marker, case, rule overrides
  const fm = doc.frontMatter;
  if (fm?.error) {
    const line = Math.min(fm.error.line, fm.endLine);
    findings.push({ ruleId: CONFIG_FRONT_MATTER, severity: 'warning', kind: 'config', message: fm.error.message, range: lineRange(doc, line) });
  }
  const marker = markerValue(doc);
  const fmRules = marker && typeof marker === 'object' && !Array.isArray(marker) ? (marker as Record<string, unknown>)['rules'] : undefined;
  let caseId: string | undefined;
  const fmCase = fm?.data?.['case'];
  if (typeof fmCase === 'string' && fmCase.trim() !== '') {
    if (caseStudyById(fmCase.trim())) caseId = fmCase.trim();
    else findings.push({ ruleId: CONFIG_FRONT_MATTER, severity: 'warning', kind: 'config', message: `Unknown case study "${fmCase}" in front matter; case items are not checked.`, range: lineRange(doc, fmLine(doc, 'case')) });
  }
  if (!caseId && config.caseId && caseStudyById(config.caseId)) caseId = config.caseId;

  const itemRules = itemRulesFor(caseId);

  // --- levels
  const domainSeverities: Array<Severity | undefined> = [];
  let domainKey = '';
  for (const r of DOMAIN_SEVERITY_RULES) {
    const sev = r.severityFor!(doc);
    domainSeverities.push(sev);
    domainKey += (sev ?? '') + ',';
  }
  // no rule overrides and no inline directives: the levels are the defaults (shared by such docs)
  const plain = isEmptyRules(config.rules) && (fmRules === undefined || fmRules === null) && doc.directives.length === 0;
  let resolved = plain ? PLAIN_CONFIGS.get(domainKey) : undefined;
  if (resolved === undefined) {
    const defaults = new Map<string, Severity>(STATIC_DEFAULTS);
    for (let k = 0; k < DOMAIN_SEVERITY_RULES.length; k++) {
      const sev = domainSeverities[k];
      if (sev) defaults.set(DOMAIN_SEVERITY_RULES[k].id, sev);
    }
    resolved = plain ? defaultsConfig(defaults) : resolveConfig(doc, defaults, config.rules, fmRules);
    if (plain) PLAIN_CONFIGS.set(domainKey, resolved);
  }
  for (const p of resolved.problems) {
    const range = p.col !== undefined ? { startLine: p.line, startCol: p.col, endLine: p.line, endCol: p.endCol ?? p.col } : lineRange(doc, p.line);
    findings.push({ ruleId: p.ruleId, severity: 'warning', kind: 'config', message: p.message, range });
  }
  const levelOf = (id: string): RuleLevel => resolved.levels.get(id) ?? 'off';
  /** Level for findings with no single location: off when any directive disables the rule. */
  const docLevel = (id: string): RuleLevel => (resolved.disabledAnywhere(id) ? 'off' : levelOf(id));

  // --- items
  const masks = ruleMasks(doc);
  const results = new Map<string, ItemResult>();
  for (const rule of itemRules) results.set(rule.id, found.get(rule.id) ?? evaluateItem(doc, rule, masks));

  const items: ItemStatus[] = [];
  // where an absent item's fix would go, per section (the same for all its items)
  const fixLines = new Map<SectionId, number>();
  for (const rule of itemRules) {
    const res = results.get(rule.id)!;
    const level = docLevel(rule.id);
    let line: number;
    if (res.present && res.unit) line = evidenceLine(doc, res.unit, rule);
    else {
      const known = fixLines.get(rule.section);
      if (known !== undefined) line = known;
      else fixLines.set(rule.section, (line = fixLine(doc, rule.section)));
    }
    items.push({ id: rule.id, section: rule.section, label: rule.label, present: res.present, line, level });
    const severity = levelToSeverity(level);
    if (!res.present && severity) {
      const reason = res.reason ? REASON_TEXT[res.reason] : '';
      // items are looked for in the whole doc, not only under their own heading: say so
      const where = doc.sectionAnchor.has(rule.section) ? '' : ` (not found anywhere in the doc, which has no "${sectionById(rule.section).title}" section)`;
      findings.push(withLazyFix(
        rule.id,
        severity,
        'missing',
        `No ${rule.label}${reason}${where}: ${rule.why}`,
        lineRange(doc, sectionLine(doc, rule.section)),
        rule.section,
        () => planItemFixFor(doc, rule, caseId),
      ));
    }
  }

  // --- latency: present but weak (no percentile / mean only)
  const latency = results.get('requirements.latency-p99');
  if (latency?.present && latency.unit) {
    const level = levelOf('requirements.latency-p99');
    if (level !== 'off') {
      const ev = latencyUnits(doc);
      if (ev.length > 0 && !ev.some((u) => latencyHasPercentile(u, doc))) {
        const u = ev[0];
        if (!resolved.disabledAt('requirements.latency-p99', u.line)) {
          const mean = ev.every((x) => latencyMeanOnly(x));
          findings.push({
            ruleId: 'requirements.latency-p99',
            severity: 'info',
            kind: 'weak',
            message: mean
              ? 'Latency target is a mean/median only: state p95/p99 — the tail is what users and timeouts feel.'
              : 'Latency target has no percentile: state p95/p99 (a bare number is usually read as an average and hides the tail).',
            range: phraseRange(doc, u, numberPhrase(u.low)),
            section: 'requirements',
          });
        }
      }
    }
  }

  // --- vague phrases
  const vagueLevel = levelToSeverity(levelOf(STYLE_VAGUE));
  if (vagueLevel) {
    const missing: Record<VagueKind, boolean> = {
      latency: !results.get('requirements.latency-p99')?.present,
      throughput: !results.get('requirements.throughput-qps')?.present,
      scale: !results.get('requirements.scale')?.present || !results.get('requirements.throughput-qps')?.present,
    };
    if (missing.latency || missing.throughput || missing.scale) {
      const n = doc.units.length;
      const vw = VAGUE_BIT >>> 5;
      const vb = 1 << (VAGUE_BIT & 31);
      let count = 0;
      for (let i = 0; i < n; i++) {
        if ((masks[i * UNIT_WORDS + vw] & vb) === 0) continue;
        if (count >= 12) break;
        const u = doc.units[i];
        if (!u.low || u.uncommitted) continue;
        for (const { phrase, kind } of vaguePhrases(u.low, u.sections.includes('requirements'))) {
          if (!missing[kind]) continue;
          const range = phraseRange(doc, u, phrase);
          if (resolved.disabledAt(STYLE_VAGUE, range.startLine)) continue;
          const what = kind === 'latency' ? 'a latency target (e.g. "p99 ≤ 150 ms")' : kind === 'throughput' ? 'a rate (e.g. "peak 50k QPS")' : 'a size (e.g. "500M DAU, 10M items") or a rate ("50k QPS")';
          findings.push({
            ruleId: STYLE_VAGUE,
            severity: vagueLevel,
            kind: 'vague',
            message: `"${phrase}" is not a requirement anyone can test: give ${what}.`,
            range,
            section: u.sections[0],
          });
          count++;
        }
      }
    }
  }

  // --- misplaced metrics
  const misLevel = levelToSeverity(levelOf(STYLE_MISPLACED));
  if (misLevel) findings.push(...misplacedMetrics(doc, resolved, misLevel));

  // --- structure
  const sectionMissingLevel = docLevel(STRUCTURE_SECTION_MISSING);
  const missingSev = levelToSeverity(sectionMissingLevel);
  for (const s of SECTIONS) {
    if (doc.sectionAnchor.has(s.id) || !missingSev) continue;
    findings.push(withLazyFix(
      STRUCTURE_SECTION_MISSING,
      missingSev,
      'section-missing',
      `No "${s.title}" section (the ${ordinal(s.number)} of the framework's 7): ${s.summary}`,
      lineRange(doc, sectionLine(doc, s.id)),
      s.id,
      () => planSectionFix(doc, s.id, caseId),
    ));
  }
  const orderSev = levelToSeverity(levelOf(STRUCTURE_SECTION_ORDER));
  if (orderSev && !isNineStep(doc)) {
    const started = new Set<SectionId>();
    let maxNum = 0;
    let maxTitle = '';
    for (const h of doc.headings) {
      if (h.nested || h.own.length === 0) continue;
      let reported = false;
      for (const id of h.own) {
        if (started.has(id)) continue;
        started.add(id);
        const def = sectionById(id);
        if (def.number < maxNum && !reported && !resolved.disabledAt(STRUCTURE_SECTION_ORDER, h.line)) {
          findings.push({
            ruleId: STRUCTURE_SECTION_ORDER,
            severity: orderSev,
            kind: 'section-order',
            message: `"${def.title}" comes after "${maxTitle}"; the framework puts it ${ordinal(def.number)}, so reviewers look for it earlier.`,
            range: lineRange(doc, h.line),
            section: id,
          });
          reported = true;
        }
        if (def.number > maxNum) {
          maxNum = def.number;
          maxTitle = def.title;
        }
      }
    }
  }
  const unfilledSev = levelToSeverity(levelOf(STRUCTURE_SECTION_UNFILLED));
  if (unfilledSev) findings.push(...unfilledSections(doc, resolved, unfilledSev));

  // --- located findings respect inline directives
  // (a missing item or section has no single location: only a one-line directive on the line it
  // is shown on — its section's heading, or the title — hides it there)
  const kept = findings.filter((f) =>
    f.kind === 'config' ||
    (f.kind === 'missing' || f.kind === 'section-missing' ? !resolved.disabledOnLine(f.ruleId, f.range.startLine) : !resolved.disabledAt(f.ruleId, f.range.startLine)),
  );
  kept.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startCol - b.range.startCol || sevRank(a.severity) - sevRank(b.severity));

  // --- per-section and overall summaries
  const sections: SectionStatus[] = SECTIONS.map((s) => {
    let present = 0;
    let total = 0;
    for (const i of items) {
      if (i.section !== s.id || i.level === 'off') continue;
      total++;
      if (i.present) present++;
    }
    const hi = doc.sectionAnchor.get(s.id);
    return {
      id: s.id,
      line: hi !== undefined ? doc.headings[hi].line : undefined,
      present,
      total,
    };
  });
  let present = 0;
  let total = 0;
  for (const i of items) {
    if (i.level === 'off') continue;
    total++;
    if (i.present) present++;
  }
  return {
    // recognised, or forced ("Lint This Document", CLI file arguments), as the contract says
    isDesignDoc: isDoc || !!options.force,
    findings: kept,
    items,
    sections,
    summary: { present, total },
  };
}

/** Default levels of every rule (rubric / case / built-in severities), built once. */
const STATIC_DEFAULTS: ReadonlyMap<string, Severity> = new Map<string, Severity>([
  ...ALL_ITEM_RULES.map((r) => [r.id, r.severity] as const),
  ...OTHER_RULES.map((r) => [r.id, r.severity] as const),
]);
/** Rules whose default severity depends on the doc's domain (class imbalance in fraud). */
const DOMAIN_SEVERITY_RULES = ALL_ITEM_RULES.filter((r) => r.severityFor);
/** The levels of docs with no overrides or directives, by their domain severities (a few at most). */
const PLAIN_CONFIGS = new Map<string, ResolvedConfig>();

function isEmptyRules(rules: unknown): boolean {
  if (rules === undefined || rules === null) return true;
  if (typeof rules !== 'object') return false;
  for (const _ in rules) return false;
  return true;
}

/** The item rules checked for a case (every rubric item, and the case's own items). */
const ITEM_RULES_FOR = new Map<string | undefined, readonly CompiledItemRule[]>();
function itemRulesFor(caseId: string | undefined): readonly CompiledItemRule[] {
  let rules = ITEM_RULES_FOR.get(caseId);
  if (rules === undefined) {
    rules = ALL_ITEM_RULES.filter((r) => r.kind === 'item' || r.caseId === caseId);
    // case ids come from the case registry (caseStudyById): bounded
    ITEM_RULES_FOR.set(caseId, rules);
  }
  return rules;
}

function sevRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

/**
 * A finding whose `fix` is computed when first read (most fixes are never looked at): an own,
 * enumerable getter after the other fields, made with the object (no defineProperty).
 */
function withLazyFix(
  ruleId: string,
  severity: Severity,
  kind: Finding['kind'],
  message: string,
  range: Range,
  section: SectionId,
  make: () => Fix | undefined,
): Finding {
  let cached: Fix | undefined;
  let done = false;
  return {
    ruleId,
    severity,
    kind,
    message,
    range,
    section,
    get fix(): Fix | undefined {
      if (!done) {
        done = true;
        try {
          cached = make();
        } catch {
          cached = undefined;
        }
      }
      return cached;
    },
  };
}

/** Where the quick fix for an absent item would go (line). */
function fixLine(doc: ParsedDoc, section: SectionId): number {
  const body = sectionBody(doc, section);
  if (body) return lastContentLine(doc, body);
  return doc.titleLine ?? doc.bodyStartLine;
}


function numberPhrase(low: string): string {
  const m = /\d[\d,.]*\s*(?:ms|msec|milliseconds?|s|secs?|seconds?|min|minutes?)\b/.exec(low);
  return m ? m[0] : low.slice(0, 20);
}

/** All units that state a latency number (for the percentile check). */
function latencyUnits(doc: ParsedDoc): Unit[] {
  const out: Unit[] = [];
  const masks = ruleMasks(doc);
  const lw = LATENCY_BIT >>> 5;
  const lb = 1 << (LATENCY_BIT & 31);
  const n = doc.units.length;
  // latencyEvidence is unit-local (the latency rule's test before its label check): remembered
  const verdicts = LATENCY_EVIDENCE ? verdictsOf(doc, MEMO_SLOTS) : undefined;
  for (let i = 0; i < n; i++) {
    if ((masks[i * UNIT_WORDS + lw] & lb) === 0) continue;
    const u = doc.units[i];
    if (u.low && !u.uncommitted && (verdicts ? verdicts.test(LATENCY_EVIDENCE!, u) : latencyEvidence(u, doc))) out.push(u);
  }
  return out;
}

/**
 * latencyEvidence as a remembered test with a memo slot of its own (after the item rules'), when
 * the latency rule is unit-local. (The rule's own verdict adds the label check, so it cannot stand in.)
 */
const LATENCY_EVIDENCE: MemoRule | undefined = ITEM_RULE_BY_ID.get('requirements.latency-p99')?.readsDoc
  ? undefined
  : { slot: ALL_ITEM_RULES.length, test: latencyEvidence };
/** Memo slots per unit: one per item rule, then latencyEvidence's. */
const MEMO_SLOTS = ALL_ITEM_RULES.length + 1;

/**
 * The metric names a unit's text says, offline ones first then online ones, each in order (dashes and
 * spaces dropped). They depend on the text alone, so they are remembered across lints (bounded): a
 * re-lint does not run the two metric regexps over every paragraph of the evaluation section again.
 */
const metricKeyMemo = new Map<string, { readonly text: string; readonly keys: readonly string[] }>();
const METRIC_KEY_MEMO_LIMIT = 20000;
function metricKeysOf(u: Unit): readonly string[] {
  const known = metricKeyMemo.get(u.low);
  if (known !== undefined && known.text === u.text) return known.keys;
  const keys: string[] = [];
  for (const re of [OFFLINE_METRIC, ONLINE_METRIC]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(u.low)) !== null && guard++ < 30) {
      const name = m[1];
      if (name === 'map' && u.text.slice(m.index, m.index + 3) === 'map') continue;
      if (re === ONLINE_METRIC && metricWordUsedAsModifier(u.low, m.index, name)) continue;
      keys.push(name.replace(/[- ]/g, ''));
    }
    re.lastIndex = 0;
  }
  if (metricKeyMemo.size >= METRIC_KEY_MEMO_LIMIT) metricKeyMemo.clear();
  metricKeyMemo.set(u.low, { text: u.text, keys });
  return keys;
}

function misplacedMetrics(doc: ParsedDoc, resolved: ResolvedConfig, severity: Severity): Finding[] {
  interface Seen { offline?: Unit; online?: Unit }
  const seen = new Map<string, Seen>();
  for (const u of doc.units) {
    if (!u.mode || !u.low) continue;
    for (const key of metricKeysOf(u)) {
      const s = seen.get(key) ?? {};
      if (!s[u.mode]) s[u.mode] = u;
      seen.set(key, s);
    }
  }
  const out: Finding[] = [];
  for (const [key, s] of seen) {
    let unit: Unit | undefined;
    let message = '';
    if (s.offline && !s.online && CLEAR_ONLINE.test(key.replace(/(?<=\w)(?=rate$)/, ' '))) {
      unit = s.offline;
      message = `is an online (business) metric listed among offline metrics: it can only be read from live traffic (A/B test), not from a held-out set.`;
    } else if (s.online && !s.offline && (CLEAR_OFFLINE.test(key) || CLEAR_OFFLINE.test(key.replace(/auc$/, '-auc')))) {
      unit = s.online;
      message = `is an offline (model-quality) metric listed among online metrics: list the business metric the experiment reads instead, and keep this one offline.`;
    }
    if (!unit) continue;
    const phrase = findPhrase(unit.low, key);
    const range = phraseRange(doc, unit, phrase);
    if (resolved.disabledAt(STYLE_MISPLACED, range.startLine)) continue;
    out.push({ ruleId: STYLE_MISPLACED, severity, kind: 'misplaced', message: `"${phrase}" ${message}`, range, section: 'evaluation' });
  }
  return out;
}

/** The metric name as written in the unit (keys drop spaces and dashes). */
function findPhrase(low: string, key: string): string {
  const pattern = key.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[- ]?');
  const m = new RegExp(pattern).exec(low);
  return m ? m[0] : key;
}

function unfilledSections(doc: ParsedDoc, resolved: ResolvedConfig, severity: Severity): Finding[] {
  const out: Finding[] = [];
  for (const s of SECTIONS) {
    const hi = doc.sectionAnchor.get(s.id);
    if (hi === undefined) continue;
    let content = false;
    let templated = false;
    let questions = false;
    for (const u of doc.units) {
      if (!u.sections.includes(s.id)) continue;
      if (u.low && hasSubstance(u.low)) {
        content = true;
        break;
      }
      if (u.flags & (DROP_PLACEHOLDER | DROP_TEMPLATE)) templated = true;
      if (u.flags & DROP_QUESTION) questions = true;
    }
    if (!content) {
      for (const u of doc.codeUnits) {
        if (u.sections.includes(s.id) && u.low) {
          content = true;
          break;
        }
      }
    }
    if (content) continue;
    const h = doc.headings[hi];
    if (resolved.disabledAt(STRUCTURE_SECTION_UNFILLED, h.line)) continue;
    const what = templated ? 'still holds only template prompts' : questions ? 'holds only open questions' : 'is empty';
    out.push({
      ruleId: STRUCTURE_SECTION_UNFILLED,
      severity,
      kind: 'unfilled-section',
      message: `"${capitalize(h.text || s.title)}" ${what}: ${s.summary}`,
      range: lineRange(doc, h.line),
      section: s.id,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quick fixes (public)

/**
 * The quick fix that adds a stub for an item (rubric or case rule id): a "- **Label:** TODO:
 * <prompt>" line (or a requirements/metrics table row) at the end of the item's section, or the
 * section heading plus that line when the section is missing. Undefined for unknown / non-item ids.
 */
export function planItemFix(text: string, ruleId: string): Fix | undefined {
  try {
    const rule = ITEM_RULE_BY_ID.get(ruleId);
    if (!rule) return undefined;
    const doc = parseDoc(typeof text === 'string' ? text : String(text));
    const fmCase = doc.frontMatter?.data?.['case'];
    const caseId = typeof fmCase === 'string' && caseStudyById(fmCase) ? fmCase : rule.caseId;
    return planItemFixFor(doc, rule, caseId);
  } catch {
    return undefined;
  }
}

