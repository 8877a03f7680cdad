/**
 * `mldesign lint`: lints design docs for CI and the terminal. Thin layer over src/core/lint and
 * src/core/config: argument parsing, file discovery, config loading, output formats, exit codes.
 */
import { promises as fsp } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
// require(): esbuild then bundles tinyglobby's CJS build (its ESM build needs import.meta in fdir).
import tinyglobby = require('tinyglobby');
import { CASE_IDS, caseStudyById } from '../core/cases';
import {
  CONFIG_FILE_NAME,
  decideLint,
  decisionMatchers,
  parseConfigText,
  resolveConfig,
  toLintConfig,
  type KnownIds,
  type ResolvedConfig,
} from '../core/config';
import { lint, RULES, ruleDocAnchor } from '../core/lint';
import { formatJson } from './format/json';
import { packageMeta } from './format/meta';
import type { FileReport, ReportContext } from './format/report';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { EXIT_FAIL, EXIT_OK, EXIT_USAGE, parseCliArgs, UsageError, type CliIO } from './io';

export const LINT_USAGE = `mldesign lint <files|folders|globs...> [--format text|json|sarif] [--config <file>] [--case <id>]

  Checks ML design docs against the 7-section rubric.
  Files named explicitly are always linted. Folders (recursive: *.md and *.markdown, skipping
  node_modules and dot-folders) and quoted globs ('docs/**/*.md') lint only the files recognised
  as design docs (front matter "mldesign: true", or at least 3 of the 7 sections) or matched by
  "include"; "exclude" globs drop files found this way.
  --format text|json|sarif  text (default): file:line:col severity rule-id message, then a summary
                            per file; json: { version, findings[], files[], summary }; sarif: SARIF
                            2.1.0 for GitHub code scanning
  --config <file>           a .mldesign.json (default: ${CONFIG_FILE_NAME} in the working directory)
  --case <id>               case study whose items apply to docs that name none: ${CASE_IDS.join(', ')}
  Exit status: 0 no error-severity finding, 1 at least one, 2 usage, I/O or configuration error.`;

const MARKDOWN_RE = /\.(md|markdown)$/i;

let known: KnownIds | undefined;

/** Rule ids (the engine's RULES: rubric, case and structure rules) and case ids, for validation. */
export function knownIds(): KnownIds {
  known ??= { ruleIds: new Set<string>(RULES.map((r) => r.id)), caseIds: new Set(CASE_IDS) };
  return known;
}

interface Candidate {
  readonly abs: string;
  readonly origin: 'explicit' | 'discovered';
}

/** Display path: relative to cwd with "/" separators (absolute when on another drive). */
function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' || isAbsolute(rel) ? abs : rel).split(sep).join('/');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if ((e.isFile() || e.isSymbolicLink()) && MARKDOWN_RE.test(e.name)) out.push(p);
  }
}

async function loadConfig(
  configArg: string | undefined,
  cwd: string,
  io: CliIO,
): Promise<{ file: ReturnType<typeof parseConfigText>['config']; base: string; failed: boolean }> {
  const path = configArg !== undefined ? resolve(cwd, configArg) : join(cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (configArg === undefined && code === 'ENOENT') return { file: {}, base: cwd, failed: false };
    io.stderr(`mldesign lint: cannot read config ${configArg ?? path}: ${(err as Error).message}\n`);
    return { file: {}, base: cwd, failed: true };
  }
  const parsed = parseConfigText(text, knownIds());
  const shown = displayPath(cwd, path);
  let failed = false;
  for (const p of parsed.problems) {
    io.stderr(`${shown}:${p.range.startLine + 1}:${p.range.startCol + 1} ${p.severity} config ${p.message}\n`);
    if (p.severity === 'error') failed = true;
  }
  if (!parsed.usable) io.stderr(`mldesign lint: ${shown} is ignored; linting with the default configuration.\n`);
  return { file: parsed.config, base: dirname(path), failed };
}

export async function runLint(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string', short: 'c' },
      case: { type: 'string' },
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`Unknown format "${format}": use text, json or sarif.`);
  }
  if (values.case !== undefined && !caseStudyById(values.case)) {
    throw new UsageError(`Unknown case study "${values.case}". Known: ${CASE_IDS.join(', ')}.`);
  }
  if (positionals.length === 0) throw new UsageError('Name at least one file, folder or glob to lint.');

  const cwd = io.cwd;
  let ioError = false;
  const cfgFile = await loadConfig(values.config, cwd, io);
  const config: ResolvedConfig = resolveConfig(cfgFile.file, values.case !== undefined ? { caseId: values.case } : undefined, knownIds().ruleIds);
  const matchers = decisionMatchers(config);
  const lintConfig = toLintConfig(config);

  // 1. Collect candidates (explicit files win over the same file found by a walk).
  const candidates = new Map<string, Candidate>();
  const add = (abs: string, origin: Candidate['origin']) => {
    const prev = candidates.get(abs);
    if (!prev || origin === 'explicit') candidates.set(abs, { abs, origin });
  };
  for (const arg of positionals) {
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = await fsp.stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && tinyglobby.isDynamicPattern(arg)) {
        const matches = tinyglobby.globSync(arg.split(sep).join('/'), {
          cwd,
          absolute: true,
          onlyFiles: true,
          dot: false,
          ignore: ['**/node_modules/**'],
        }).filter((f) => MARKDOWN_RE.test(f));
        if (matches.length === 0) {
          io.stderr(`mldesign lint: no Markdown files match ${arg}\n`);
          ioError = true;
        }
        for (const m of matches) add(resolve(m), 'discovered');
        continue;
      }
      io.stderr(`mldesign lint: ${arg}: ${code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}\n`);
      ioError = true;
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(abs, found);
      } catch (err) {
        io.stderr(`mldesign lint: cannot read folder ${arg}: ${(err as Error).message}\n`);
        ioError = true;
      }
      for (const f of found) add(f, 'discovered');
    } else {
      add(abs, 'explicit');
    }
  }

  // 2. Lint.
  const reports: FileReport[] = [];
  const sorted = [...candidates.values()]
    .map((c) => ({ ...c, file: displayPath(cwd, c.abs) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const c of sorted) {
    let decision = decideLint(undefined, matchers, c.origin === 'explicit');
    if (c.origin === 'discovered') {
      const rel = relative(cfgFile.base, c.abs).split(sep).join('/');
      decision = decideLint(rel.startsWith('..') || isAbsolute(rel) ? undefined : rel, matchers);
      if (decision === 'excluded') continue;
    }
    let text: string;
    try {
      if (c.origin === 'discovered') {
        const st = await fsp.stat(c.abs);
        if (st.size > config.maxFileSize) {
          io.stderr(`mldesign lint: ${c.file} skipped: ${st.size} bytes is above maxFileSize (${config.maxFileSize})\n`);
          reports.push({ file: c.file, origin: c.origin, status: 'too-large' });
          continue;
        }
      }
      text = await fsp.readFile(c.abs, 'utf8');
    } catch (err) {
      io.stderr(`mldesign lint: cannot read ${c.file}: ${(err as Error).message}\n`);
      ioError = true;
      continue;
    }
    const force = decision === 'forced' || decision === 'included';
    const result = lint(text, { config: lintConfig, force });
    reports.push({ file: c.file, origin: c.origin, status: result.isDesignDoc || force ? 'linted' : 'not-design-doc', result });
  }

  // 3. Output.
  if (format === 'text') io.stdout(formatText(reports));
  else if (format === 'json') io.stdout(formatJson(reports));
  else io.stdout(formatSarif(reports, reportContext(cwd)));

  if (ioError || cfgFile.failed) return EXIT_USAGE;
  const hasError = reports.some((r) => r.status === 'linted' && r.result?.findings.some((f) => f.severity === 'error'));
  return hasError ? EXIT_FAIL : EXIT_OK;
}

export function reportContext(cwd: string): ReportContext {
  const meta = packageMeta();
  const root = pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href;
  return {
    rules: RULES,
    helpUri: (id) => `${meta.rulesDocUrl}#${ruleDocAnchor(id)}`,
    toolName: 'mldesign',
    toolVersion: meta.version,
    informationUri: meta.informationUri,
    srcRootUri: root,
  };
}

