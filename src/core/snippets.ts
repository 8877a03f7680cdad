/**
 * The Markdown snippets contributed by the extension, generated from the same template source
 * as the scaffold (snippets/markdown.code-snippets is written by scripts/gen-snippets.mjs and a
 * unit test keeps it in sync).
 */
import { SECTIONS } from './framework';
import { architectureDiagram, metricsTable, requirementsTable, sectionLines } from './scaffold';

export interface Snippet {
  readonly prefix: string | string[];
  readonly body: string[];
  readonly description: string;
}

/** Escapes snippet syntax ($, }, \) in literal text. */
function lit(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Literal lines, with each "TODO: prompt" / "TODO" turned into a numbered tab stop. */
function withTabStops(lines: string[]): string[] {
  let n = 0;
  return lines.map((line) =>
    lit(line).replace(/TODO:[^|]*?(?=\s*(\||$))|TODO(?: (?:ms|req\/s))?(?=\s*\|)/g, (m) => `\${${++n}:${m}}`),
  );
}

const SEQUENCE = [
  '```mermaid',
  'sequenceDiagram',
  '  autonumber',
  '  participant C as Client',
  '  participant API as Prediction service',
  '  participant FS as Feature store',
  '  participant M as Model server',
  '  C->>API: request (user, context)',
  '  API->>FS: fetch online features',
  '  FS-->>API: features',
  '  API->>M: score candidates',
  '  M-->>API: scores',
  '  API-->>C: ranked results',
  '  API-)API: log features & prediction',
  '```',
];

const PIPELINE = [
  '```mermaid',
  'flowchart LR',
  '  raw[("Raw events")] --> validate["Validate schema & ranges"]',
  '  validate --> clean["Clean & join"]',
  '  clean --> label["Label (positives / negatives)"]',
  '  label --> features["Feature engineering"]',
  '  features --> split{"Split by time"}',
  '  split --> train[("Train")]',
  '  split --> val[("Validation")]',
  '  split --> test[("Test")]',
  '```',
];

const AB_TEST = [
  '**A/B test plan**',
  '',
  '- **Hypothesis:** TODO: the new model raises the primary metric by at least X%',
  '- **Control vs treatment:** TODO: current production model vs the new model',
  '- **Randomisation unit and split:** TODO: users, 50/50 (or a 5% ramp)',
  '- **Primary metric:** TODO: online metric that carries the business objective',
  '- **Guardrails:** TODO: metrics that must not regress (latency, hide rate)',
  '- **Duration and significance:** TODO: 2 weeks, two-sided test at α = 0.05, powered for the minimum detectable effect',
];

const MONITORING = [
  '**Monitoring plan**',
  '',
  '| What | Signal | Threshold / alert | Owner |',
  '| --- | --- | --- | --- |',
  '| Data drift | TODO: PSI per feature | TODO | TODO |',
  '| Prediction drift | TODO: score distribution vs last week | TODO | TODO |',
  '| Data quality | TODO: schema, null rate, ranges | TODO | TODO |',
  '| Service health | TODO: p99 latency, error rate, QPS | TODO | TODO |',
  '| Model quality | TODO: online metric on delayed labels | TODO | TODO |',
  '| Retraining | TODO: cadence or trigger, validation gate | TODO | TODO |',
];

export function buildSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const s of SECTIONS) {
    out[`Section ${s.number}: ${s.title}`] = {
      prefix: [`mld-section-${s.id}`, `mld-${s.number}`],
      body: withTabStops(sectionLines(s)),
      description: `ML design doc section ${s.number}: ${s.title}, with its prompts`,
    };
  }
  out['Requirements table'] = {
    prefix: 'mld-requirements-table',
    body: withTabStops(requirementsTable()),
    description: 'Table of p99 latency, peak QPS, scale and budget targets',
  };
  out['Metrics table'] = {
    prefix: 'mld-metrics-table',
    body: withTabStops(metricsTable()),
    description: 'Offline / online / guardrail metrics table',
  };
  out['A/B test plan'] = {
    prefix: 'mld-ab-test',
    body: withTabStops(AB_TEST),
    description: 'Online experiment plan: control vs treatment, split, metrics, duration, significance',
  };
  out['Monitoring plan'] = {
    prefix: 'mld-monitoring-plan',
    body: withTabStops(MONITORING),
    description: 'Drift, data quality, service health, model quality and retraining',
  };
  out['Mermaid: two-loop architecture'] = {
    prefix: 'mld-mermaid-architecture',
    body: architectureDiagram().map(lit),
    description: 'Flowchart with the offline training loop and the online serving loop',
  };
  out['Mermaid: online request path'] = {
    prefix: 'mld-mermaid-request',
    body: SEQUENCE.map(lit),
    description: 'Sequence diagram of one prediction request',
  };
  out['Mermaid: data pipeline'] = {
    prefix: 'mld-mermaid-pipeline',
    body: PIPELINE.map(lit),
    description: 'Flowchart from raw events to train/validation/test splits',
  };
  return out;
}

export function snippetsFileText(): string {
  return JSON.stringify(buildSnippets(), null, 2) + '\n';
}
