/**
 * `mldesign`: the command-line face of src/core, for batch work and CI.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';
import { NEW_USAGE, runNew } from './newCommand';
import { LINT_USAGE, runLint } from './lintCommand';
import { RULES_USAGE, runRules } from './rulesCommand';

declare const __VERSION__: string | undefined;

type Command = { usage: string; run: (args: string[], io: CliIO) => Promise<number> };

/** Subcommands; other modules add theirs here. */
export const COMMANDS: Record<string, Command> = {
  new: { usage: NEW_USAGE, run: runNew },
  lint: { usage: LINT_USAGE, run: runLint },
  rules: { usage: RULES_USAGE, run: runRules },
};

export function usage(): string {
  return [
    'Usage: mldesign <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => c.usage),
    '',
    'mldesign --help | --version',
  ].join('\n');
}

function version(): string {
  if (typeof __VERSION__ === 'string') return __VERSION__;
  // Unbundled (tests): find our package.json above this file.
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ml-design-docs' && pkg.version) return pkg.version;
    } catch {
      // keep looking
    }
  }
  return 'unknown';
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(usage() + '\n');
    return cmd === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(version() + '\n');
    return EXIT_OK;
  }
  const command = COMMANDS[cmd];
  if (!command) {
    io.stderr(`mldesign: unknown command or option "${cmd}"\n\n${usage()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage + '\n');
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`mldesign ${cmd}: ${err.message}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    const e = err as NodeJS.ErrnoException;
    io.stderr(`mldesign ${cmd}: ${e.code ? `${e.code}: ` : ''}${e.message}\n`);
    return EXIT_USAGE;
  }
}

/**
 * V8 compiles a regular expression to bytecode first and to machine code on its second run, and
 * both count toward a per-process budget of 1 MB of regexp code, past which it emits only slow,
 * unoptimised machine code. The linter's large regexps spend that budget on bytecode within the first
 * document (~8 MB of it for one lint): the first lint of a doc takes 2.5–3× longer, and later
 * documents run partly on the slow code. The CLI owns its process, so it has V8 compile regexps to machine code at once. (The
 * extension leaves the shared extension host's flags alone.) Semantics do not change, only speed.
 */
export function compileRegExpsDirectly(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // an engine without the flag: only slower
  }
}

if (require.main === module) {
  compileRegExpsDirectly();
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`mldesign: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
