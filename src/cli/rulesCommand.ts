/**
 * `mldesign rules`: the rule catalogue (id, section, default severity, description), for people
 * writing .mldesign.json and for tooling (--format json).
 */
import { RULES, ruleDocAnchor } from '../core/lint';
import { packageMeta } from './format/meta';
import { EXIT_OK, parseCliArgs, UsageError, type CliIO } from './io';

export const RULES_USAGE = `mldesign rules [--format text|json]

  Lists every rule: id, section, default severity, description. Use the ids in .mldesign.json
  ("rules": { "<rule-id>": "off" | "info" | "warning" | "error" }) or in a doc's
  <!-- mldesign-disable <rule-id> --> / <!-- mldesign-disable-next-line <rule-id> --> comments.`;

export async function runRules(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs({ args, allowPositionals: false, options: { format: { type: 'string', short: 'f', default: 'text' } } });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown format "${format}": use text or json.`);
  const base = packageMeta().rulesDocUrl;
  if (format === 'json') {
    const rows = RULES.map((r) => ({
      id: r.id,
      section: r.section ?? null,
      severity: r.severity,
      kind: r.kind ?? null,
      description: r.description,
      helpUri: `${base}#${ruleDocAnchor(r.id)}`,
    }));
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return EXIT_OK;
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const secWidth = Math.max(7, ...RULES.map((r) => (r.section ?? '-').length));
  const lines = [`${'ID'.padEnd(idWidth)}  ${'SECTION'.padEnd(secWidth)}  SEVERITY  DESCRIPTION`];
  for (const r of RULES) {
    lines.push(`${r.id.padEnd(idWidth)}  ${(r.section ?? '-').padEnd(secWidth)}  ${r.severity.padEnd(8)}  ${r.description}`);
  }
  lines.push('', `${RULES.length} rules. Docs: ${base}`);
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}
