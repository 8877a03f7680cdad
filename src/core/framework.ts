/**
 * The 7-section framework of "Machine Learning System Design Interview" (Aminian & Xu).
 * Pure data: no vscode import, shared by the extension, the CLI and the tests.
 */

export type SectionId =
  | 'requirements'
  | 'framing'
  | 'data'
  | 'model'
  | 'evaluation'
  | 'deployment'
  | 'monitoring';

export interface SectionDef {
  readonly id: SectionId;
  /** 1-based position in the framework. */
  readonly number: number;
  /** Heading text the scaffold writes (without the number). */
  readonly title: string;
  /** One line shown under the heading in a scaffolded doc and in hovers. */
  readonly summary: string;
  /**
   * Heading shapes real documents use for this section. Matched case-insensitively against a
   * heading whose numbering ("1.", "Step 3:", "III.", "1️⃣") and emphasis were stripped.
   */
  readonly headingPatterns: readonly RegExp[];
  /**
   * Generic words ("Overview", "Architecture", "Approach") that name this section only when the
   * heading is not already inside another section: "### Architecture" under "## Model" is the
   * model's architecture, not the serving design.
   */
  readonly weakHeadingPatterns?: readonly RegExp[];
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'requirements',
    number: 1,
    title: 'Clarify requirements',
    summary: 'What the business needs, and the numbers the system must meet.',
    headingPatterns: [
      /\b(clarify(ing)?|gather(ing)?)\b.*\b(requirements?|questions?|scope)\b/,
      /\brequirements?\b/,
      /\bclarifying questions?\b/,
      // "Clarifying (my Qs -> interviewer answers)", "Clarifications"
      /^clarif(?:y|ying|ications?)\b/,
      /\b(problem statement|scope|non-?goals|constraints|use cases?|assumptions)\b/,
      /\bbusiness (objectives?|goals?|problem|context|case|requirements?)\b/,
      /\bproblem (understanding|setup|set-up|description)\b/,
      /\bunderstand(ing)? the problem\b/,
      /\b(privacy|security|compliance|ethics|fairness)\b/,
      // "## FT" / "## NFT", "FR" / "NFR": functional and non-functional requirements, abbreviated
      /^n?f[rt]s?$/,
    ],
    weakHeadingPatterns: [
      /\b(goals?|background|motivation|overview|introduction|context|tl;?dr|problem|value proposition)\b/,
      // a bare "Why" / "Why now" heading holds the motivation
      /^why(?: (?:now|this|it matters|bother))?$/,
    ],
  },
  {
    id: 'framing',
    number: 2,
    title: 'Frame the problem as an ML task',
    summary: 'The business goal restated as something a model predicts or optimises.',
    headingPatterns: [
      /\bframe\b.*\b(ml|machine learning|problem|task)\b/,
      /\b(problem|ml|task) (formulation|framing|definition)\b/,
      /\bframing\b/,
      /\bml (objective|task|problem|formulation|category)\b/,
      /\bmachine learning (objective|task|problem|formulation)\b/,
      /\b(define|defining) the (ml )?(problem|objective)\b/,
      /\btranslat(e|ing) .*\b(ml|machine learning)\b/,
      /\bformulation\b/,
    ],
  },
  {
    id: 'data',
    number: 3,
    title: 'Data preparation',
    summary: 'Where the data comes from, how it is labelled, and which features the model sees.',
    headingPatterns: [
      /\bdata\b/,
      /\bfeatures?( engineering)?\b/,
      /\b(labels?|labell?ing|datasets?|training data|etl|preprocessing|annotation)\b/,
    ],
  },
  {
    id: 'model',
    number: 4,
    title: 'Model development',
    summary: 'Baseline first, then the candidate models, the loss, and how training works.',
    headingPatterns: [
      /\bmodel(s|ing|ling)?\b(?!.*\b(serving|deployment|monitoring)\b)/,
      /\b(training|architecture choice|algorithms?|techniques|baselines?)\b/,
    ],
    weakHeadingPatterns: [/\b(approach|methodology|solution|method)\b/],
  },
  {
    id: 'evaluation',
    number: 5,
    title: 'Evaluation',
    summary: 'Offline metrics that track the task, online metrics that track the business, and how the two are tested.',
    headingPatterns: [
      /\beval(uat(e|ion|ing))?\b/,
      /\bmeasur(e|ing) success\b/,
      // (not "Metric learning", a way of training)
      /\bmetrics?\b(?! learning)/,
      /\b(online|offline) (testing|experiments?)\b/,
      /\b(a\/b|ab) test(ing|s)?\b/,
      /\bexperiment(s|ation)?\b/,
    ],
    weakHeadingPatterns: [/\b(validation|testing)\b/],
  },
  {
    id: 'deployment',
    number: 6,
    title: 'Deployment and serving',
    summary: 'How predictions reach users: online or batch, the serving path, and a safe rollout.',
    headingPatterns: [
      /\b(deploy(ment|ing)?|serving|serve|(?<!\b(?:logical|statistical|causal|bayesian|variational|natural language|probabilistic|fuzzy|type|textual) )inference|prediction (service|pipeline)|productioni[sz]ation|operationali[sz](?:ation|e|ing)|rollout|roll-out|web[- ]?service)\b/,
      /\b(system|serving|high[- ]level|overall|online) (architecture|design)\b/,
      /\bscal(e|ing|ability)\b/,
    ],
    weakHeadingPatterns: [/\b(architectur(e|al)|infrastructure|infra|launch|performance|production(ization)?|go(ing)? live)\b/],
  },
  {
    id: 'monitoring',
    number: 7,
    title: 'Monitoring',
    summary: 'How we notice the model going wrong, and how it is kept fresh.',
    headingPatterns: [
      /\bmonitor(ing)?\b/,
      /\b(maintenance|observability|alerting|alarms|retraining|continual learning)\b/,
      // "MLOps", "Monitoring and MLOps", "MLOps considerations" — not a title ("MLOps Project - Credit
      // Risk Prediction", "I Tried Four MLOps Platforms"), whose body is the whole doc
      /^(?:[\w-]+ and )?ml ?ops(?: and [\w-]+| (?:considerations|practices|aspects|plan|strategy))?$/,
      /\bmodel (updates?|refresh)\b/,
    ],
    // ("A Logical Paradox in Real-Time Operation": how the system behaves live, not a section on running it)
    weakHeadingPatterns: [/\b(updates|(?<!real[- ]time )operations?|operating (?:it|the (?:model|system|service))|iteration|keep(ing)? (it|the model) (healthy|fresh|running|up to date)|post[- ]launch|after launch)\b/],
  },
];

/**
 * Headings whose meaning is not the first section-word they contain. Checked before the
 * patterns above; the first match decides.
 */
export const HEADING_OVERRIDES: ReadonlyArray<{ readonly re: RegExp; readonly sections: readonly SectionId[] }> = [
  // The 9-step template's step 1 holds the clarifying questions and the ML formulation.
  { re: /^(?!.*\b(ml|machine learning)\b).*\bproblem formulation\b/, sections: ['requirements', 'framing'] },
  { re: /\b(data )?(privacy|security|compliance)\b/, sections: ['requirements'] },
  // eugeneyan's template: "Success metrics" are the business goals, written before the requirements.
  { re: /^(business )?success (metrics?|criteria)\b/, sections: ['requirements'] },
  // "Current Status Quo (Non-ML Solution)": how the problem is handled today, the requirements' context, not the model
  { re: /^(?:the )?(?:current |existing )?status quo\b/, sections: ['requirements'] },
  { re: /^(?:deep )?metric learning\b/, sections: ['model'] },
  { re: /^(ml )?model (evaluation|validation|metrics|performance|testing)\b/, sections: ['evaluation'] },
  { re: /\btraining[- /]serving skew\b/, sections: ['deployment'] },
  // load, stress or performance tests size the serving system; they evaluate no model
  { re: /\b(?:load|stress|soak|capacity|performance|latency|benchmark) test(?:s|ing)?\b/, sections: ['deployment'] },
  // "What the model predicts" / "What exactly we are predicting" is the ML framing, not the model.
  { re: /^what (?:exactly )?(?:the model|the system|we|we are|we're|are we|it) (?:will )?predict(?:s|ing)?\b/, sections: ['framing'] },
  { re: /^(data|feature) (drift|quality (checks|monitoring))\b/, sections: ['monitoring'] },
  // "Using the model", "Running the model in production", "Serving the classifier": the model put to use
  { re: /^(?:using|running|calling|querying|invoking|consuming) the (?:trained )?(?:model|classifier|predictor|ranker)s?\b(?!.*\bfor (?:feature|training|data|analysis|explor|evaluat|label)\w*)/, sections: ['deployment'] },
];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

const BY_ID = new Map<SectionId, SectionDef>(SECTIONS.map((s) => [s.id, s]));

export function sectionById(id: SectionId): SectionDef {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`Unknown section id: ${id}`);
  return s;
}

export function isSectionId(value: string): value is SectionId {
  return BY_ID.has(value as SectionId);
}

/** The heading text a scaffolded document uses, e.g. "1. Clarify requirements". */
export function sectionHeading(s: SectionDef): string {
  return `${s.number}. ${s.title}`;
}
