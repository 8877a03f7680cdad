/**
 * Text that is template, not answer: the scaffold's own prompts, summaries and starter diagram,
 * and the prompt lines of the public design-doc templates people copy (alirezadir's 9-step
 * formula, eugeneyan's ml-design-docs). The public templates are stored as FNV-1a hashes of their
 * normalised lines (see templateHash), not as text.
 */
import { SECTIONS } from '../framework';
import { RUBRIC } from '../rubric';
import { CASE_STUDIES } from '../cases';
import { architectureDiagram, metricsTable, requirementsTable } from '../scaffold';
import { templateHash } from './text';

export { templateHash };

/** Lower-cased prompts the scaffold writes after "TODO:", longest first. */
export const PROMPTS: readonly string[] = [
  ...RUBRIC.map((i) => i.prompt),
  ...CASE_STUDIES.flatMap((c) => c.items.map((i) => i.prompt)),
  'offline metric that matches the ML task',
  'online metric that shows the business goal moved',
  'metric that must not get worse',
]
  .map((p) => p.toLowerCase())
  .sort((a, b) => b.length - a.length);

/**
 * Hashes of public templates' prompt lines and sentences (alirezadir/Machine-Learning-Interviews
 * src/MLSD/ml-system-design.md and mlsd-template.md; eugeneyan/ml-design-docs README.md).
 * Generated with scripts/template-fingerprints.mjs from those files.
 */
const PUBLIC_TEMPLATE_HASHES: readonly number[] = [];

/** Hashes of short public-template lines ("Monitoring", "A/B Test") that only count in a template copy. */
const PUBLIC_TEMPLATE_SHORT_HASHES: readonly number[] = [];

function ownTemplateKeys(): string[] {
  const keys: string[] = [];
  for (const s of SECTIONS) keys.push(s.summary);
  for (const i of RUBRIC) keys.push(i.prompt, i.label);
  for (const c of CASE_STUDIES) {
    keys.push(c.pitch, `${c.title} (chapter ${c.chapter}):`, `${c.title} (chapter ${c.chapter})`);
    for (const i of c.items) keys.push(i.prompt, i.label);
  }
  keys.push('Architecture (offline training loop and online serving loop):');
  return keys;
}

/** Fingerprints of text that is always template: the scaffold's and long public-template lines. */
export const TEMPLATE_HASHES: ReadonlySet<number> = new Set([
  ...ownTemplateKeys().map((k) => templateHash(k)),
  ...PUBLIC_TEMPLATE_HASHES,
]);

/** Short public-template lines: template only when the doc is a copy of that template. */
export const TEMPLATE_SHORT_HASHES: ReadonlySet<number> = new Set(PUBLIC_TEMPLATE_SHORT_HASHES);

/** Fingerprint of the scaffold's starter Mermaid diagram (it describes no real architecture). */
export const SCAFFOLD_DIAGRAM_HASH = templateHash(architectureDiagram().slice(1, -1).join('\n'));


/**
 * First cells of the scaffold's and snippets' table rows ("p99 latency", "Data drift"): a row
 * with one of these labels and only placeholders after it is an unfilled template row.
 */
export const TEMPLATE_ROW_LABELS: ReadonlySet<number> = new Set(
  [
    ...[...requirementsTable(), ...metricsTable()].slice(0).map((row) => row.split('|')[1]?.trim() ?? ''),
    'Data drift', 'Prediction drift', 'Data quality', 'Service health', 'Model quality', 'Retraining',
    'Hypothesis', 'Control vs treatment', 'Randomisation unit and split', 'Primary metric', 'Guardrails', 'Duration and significance',
  ]
    .filter((c) => c && !/^-+$/.test(c))
    .map((c) => templateHash(c)),
);
