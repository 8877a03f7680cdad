import { promises as fsp } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CASE_IDS, caseStudyById } from '../core/cases';
import { renderNewDocument } from '../core/scaffold';
import { EXIT_FAIL, EXIT_OK, parseCliArgs, UsageError, type CliIO } from './io';

export const NEW_USAGE = `mldesign new "<title>" [--case <id>] [--out <file>] [--force]

  Writes a 7-section ML design doc (to stdout without --out).
  --case <id>   pre-fill the prompts of a case study: ${CASE_IDS.join(', ')}
  --out <file>  write to this file (folders are created); refuses an existing file
  --force       allow --out to replace an existing file`;

export async function runNew(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs({
    args,
    allowPositionals: true,
    options: {
      case: { type: 'string' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError(`Expected one title, got ${positionals.length}: quote a title with spaces.`);
  const caseId = values.case;
  if (caseId !== undefined && !caseStudyById(caseId)) {
    throw new UsageError(`Unknown case study "${caseId}". Known: ${CASE_IDS.join(', ')}.`);
  }
  const title = positionals[0] ?? caseStudyById(caseId ?? '')?.defaultTitle;
  if (!title || !title.trim()) throw new UsageError('Missing the document title.');
  const text = renderNewDocument({ title, caseId });
  if (values.out === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  const target = resolve(io.cwd, values.out);
  await fsp.mkdir(dirname(target), { recursive: true });
  try {
    await fsp.writeFile(target, text, { flag: values.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      io.stderr(`mldesign: ${values.out} already exists; not overwriting it (use --force to replace it).\n`);
      return EXIT_FAIL;
    }
    throw err;
  }
  io.stderr(`Wrote ${values.out}\n`);
  return EXIT_OK;
}
