/**
 * docs/rules.md, rendered from the rule metadata so it never drifts from the engine
 * (scripts/gen-rules-doc.mjs writes it; a unit test checks the file is up to date).
 */
import { SECTIONS, sectionById } from '../framework';
import { CASE_STUDIES } from '../cases';
import { RULES, ruleDocAnchor, type RuleInfo } from './index';

function kindText(r: RuleInfo): string {
  if (r.kind === 'item') return 'rubric item';
  if (r.kind === 'case') return 'case-study item';
  return r.family === 'style' ? 'style' : r.family === 'config' ? 'configuration' : 'structure';
}

function ruleBlock(r: RuleInfo): string[] {
  const meta = [
    r.section ? `**Section:** ${sectionById(r.section).number}. ${sectionById(r.section).title}` : undefined,
    `**Default severity:** ${r.severity}`,
    `**Kind:** ${kindText(r)}`,
  ].filter((x): x is string => !!x);
  const lines = [`## ${r.id}`, '', meta.join(' · '), '', r.description, ''];
  lines.push(r.kind === 'structure' ? r.present : `**Counts as present:** ${r.present}`, '');
  if (r.absent) lines.push(`**Does not count:** ${r.absent}`, '');
  if (r.example) lines.push(`**Strong answer:** ${r.example}`, '');
  return lines;
}

/** The whole of docs/rules.md. */
export function renderRulesDoc(): string {
  const out: string[] = [
    '<!--',
    '  Generated from the rule metadata in src/core/lint by scripts/gen-rules-doc.mjs — do not edit by hand.',
    '  Anchors: every rule has a "## <rule-id>" heading, so its anchor is GitHub\'s slug of the id:',
    '  lower-case, "." removed, e.g. docs/rules.md#requirementslatency-p99 (ruleDocAnchor() in src/core/lint).',
    '-->',
    '',
    '# Lint rules',
    '',
    'The linter reads an ML system design doc the way a careful reviewer does: an item is **present only when',
    'the doc commits to it**. These do not count: a question left unanswered ("What is the latency budget?"),',
    'a template prompt or placeholder (`TODO`, `TBD`, `XX`, `???`, `___`, `< y ms`, `<…>`, `<pick one: AUC / F1>`, `[fill in]`, `…`, the',
    "scaffold's `TODO: <prompt>` lines and `TODO` table cells, and the prompts of the public 9-step and",
    'eugeneyan templates), a bare heading or bullet ("A/B test"), a negation ("no monitoring yet", "we won\'t',
    'A/B test", "latency is not a concern", "Drift: not planned yet", "Retraining: the usual approaches"), a',
    'hedge after a `TODO` ("TODO. Probably monthly."), a reviewer\'s "Missed:" list, an unchecked task-list item',
    '(`- [ ] drift monitoring`; one that holds its specification, `- [ ] A/B test: 50/50 by user, 2 weeks`, is a plan)',
    'and what is nested under it, ~~struck-through~~ text, work put off ("planned for phase 2", "maybe later",',
    '"Nice to have: …", "we\'ll figure out the cadence after launch"), musing that decides nothing ("it might',
    'make sense to split by time, though a random split could also be fine", "we could perhaps try GBDT"), and',
    'anything under "Future work", "Potential improvements", "Planned technical debt", "Open questions", "Things I',
    'haven\'t worked out" or "Non-goals", or in a paragraph that ends "Out of scope for this project.". Numeric items',
    'need a number with a unit. Items are searched in their own section',
    'first, then anywhere in the doc; what the boxes and arrows of a Mermaid diagram say counts too',
    '(`A -->|split by store, never by image| B`), at the diagram\'s line, unless a node asks or defers ("Drift',
    'checks?<br/>phase 2"). Lists, paragraphs and tables written in HTML (`<ol><li>…</li></ol>`, `<p>…</p>`,',
    '`<table>`) are read like Markdown ones, at their own lines, and `<h2>…</h2>` alone on a line is a heading;',
    'scripts, styles, code and comments inside them are not read. A decimal outline without list markers',
    '("2 Framing", "2.1 …", "2.1.1 …") reads as sections and items. In code blocks, comments are read, and a YAML,',
    'TOML or INI block is read setting by setting (`p99_latency_ms: 120` reads "p99 latency: 120 ms"; a key with',
    'nothing after it names the group of the keys under it); so are the quoted keys of a JSON block or a Python',
    'dict, the "Label: value" lines of a block with no language, and the kept and added lines of a `diff` block',
    '(removed lines are not).',
    '',
    '**Configuration.** Each rule has a default severity. Override it in `.mldesign.json` / the `mlDesign.rules`',
    'setting (`{ "rules": { "<rule-id>": "off" | "info" | "warning" | "error" } }`), or in the doc\'s front matter',
    '(`mldesign: { rules: { <rule-id>: off } }`); ids may end in `.*` to match a family (`monitoring.*`, `case.*`).',
    'Inline, `<!-- mldesign-disable <rule-id> [<rule-id>…] -->` turns rules off from that line on (no ids: all',
    'rules) until `<!-- mldesign-enable … -->`; for a missing item, which has no single location, a disable',
    'anywhere in the doc turns the rule off for the whole doc. `<!-- mldesign-disable-line … -->` hides the',
    "rules' findings on its own line, `<!-- mldesign-disable-next-line … -->` on the line after it; above a",
    'section heading it hides a missing item reported on that heading, and the rule stays on elsewhere.',
    '',
    '**Contents**',
    '',
  ];
  for (const s of SECTIONS) {
    const ids = RULES.filter((r) => r.kind === 'item' && r.section === s.id).map((r) => `[${r.id}](#${ruleDocAnchor(r.id)})`);
    out.push(`- ${s.number}. ${s.title}: ${ids.join(', ')}`);
  }
  out.push(`- Case studies: ${CASE_STUDIES.map((c) => c.title).join('; ')}`);
  const other = RULES.filter((r) => r.kind === 'structure').map((r) => `[${r.id}](#${ruleDocAnchor(r.id)})`);
  out.push(`- Structure, style and configuration: ${other.join(', ')}`, '');

  for (const s of SECTIONS) {
    out.push(`# ${s.number}. ${s.title}`, '', `_${s.summary}_`, '');
    for (const r of RULES.filter((x) => x.kind === 'item' && x.section === s.id)) out.push(...ruleBlock(r));
  }
  out.push(
    '# Case-study rules',
    '',
    'Checked only when the front matter names the case (`case: <case-id>`) or the configuration does',
    '(`caseId`). Each adds what a strong answer to that case study of Aminian & Xu covers.',
    '',
  );
  for (const cs of CASE_STUDIES) {
    out.push(`**${cs.title}** (chapter ${cs.chapter}, \`case: ${cs.id}\`)`, '');
    for (const r of RULES.filter((x) => x.kind === 'case' && x.caseId === cs.id)) out.push(...ruleBlock(r));
  }
  out.push('# Structure, style and configuration rules', '');
  for (const r of RULES.filter((x) => x.kind === 'structure')) out.push(...ruleBlock(r));
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
