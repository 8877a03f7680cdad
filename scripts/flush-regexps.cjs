#!/usr/bin/env node
// Smaller regexp code for V8, without changing what any regexp matches.
//
// V8's irregexp emits the code that follows a group once per path into it (up to 10 copies of each
// node), so a long alternation followed by more pattern ("\b(?:a|b|…)\b[^.;]{0,60}…") compiles to
// hundreds of KB of bytecode. Linting one document compiled ~9 MB of regexp code, far past the
// isolate's 1 MB regexp budget (past it, V8 compiles later regexps without optimisation), and the
// compile itself dominated the first lint. An empty lookahead `(?=)` after each top-level group is
// a no-op for matching (zero-width, always true, captures nothing) but ends the trace there, so the
// rest of the pattern is emitted once: 9.2 MB → 6.0 MB of bytecode for the engine's regexps, first
// lint of a 1k-line doc ~20% faster, new text 5–20% faster (measured with `npm run bench`). Placed
// deeper (inside groups, or before them) it cost 10–40% in steady-state speed: it also ends the
// look-ahead analysis V8 uses to skip positions. So only after top-level groups.
//
// Applied at build time to every regexp literal of src/core: by `npm run compile` to out/src/core
// (this script's CLI) and by scripts/build.mjs to the bundles (an esbuild plugin). The sources keep
// their plain regexps. test/unit/lint/flush-regexps.test.ts checks that every literal matches the
// same with and without the flushes.
//   node scripts/flush-regexps.cjs <dir>…   rewrite the .js files under each dir in place (idempotent)
'use strict';
const { readFileSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const FLUSH = '(?=)';
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;

/** `source` (a regexp's pattern, no slashes or flags) with `(?=)` after each top-level group. */
function flushRegExpSource(source) {
  let out = '';
  let inClass = false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (source.startsWith(FLUSH, i)) {
      // a flush already there (a second run) stays one flush
      out += FLUSH;
      i += FLUSH.length - 1;
      continue;
    }
    if (c === '(') depth++;
    if (c !== ')') {
      out += c;
      continue;
    }
    depth--;
    const q = QUANTIFIER.exec(source.slice(i + 1));
    const quant = q ? q[0] : '';
    out += c + quant;
    i += quant.length;
    // at top level, and not already flushed (the rewrite is idempotent)
    if (depth === 0 && !source.startsWith(FLUSH, i + 1)) out += FLUSH;
  }
  return out;
}

/** A regexp literal's text ("/…/flags") flushed; unchanged with the v flag (nested classes). */
function flushRegExpLiteral(literal) {
  const end = literal.lastIndexOf('/');
  const flags = literal.slice(end + 1);
  if (flags.includes('v')) return literal;
  return `/${flushRegExpSource(literal.slice(1, end))}/${flags}`;
}

let ts;
/** `code` (TypeScript or JavaScript) with every regexp literal flushed. */
function flushRegExpLiterals(code, fileName = 'x.ts') {
  ts ??= require('typescript');
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const flushed = flushRegExpLiteral(text);
      if (flushed !== text) edits.push([node.getStart(sf), node.end, flushed]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
  return out;
}

/** esbuild plugin: flush the regexp literals of the files whose path matches `filter`. */
function flushRegExpsPlugin(filter) {
  return {
    name: 'flush-regexps',
    setup(build) {
      build.onLoad({ filter }, (args) => ({ contents: flushRegExpLiterals(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }));
    },
  };
}

function rewriteDir(dir) {
  let n = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) n += rewriteDir(p);
    else if (p.endsWith('.js')) {
      const code = readFileSync(p, 'utf8');
      const out = flushRegExpLiterals(code, p);
      if (out !== code) {
        writeFileSync(p, out);
        n++;
      }
    }
  }
  return n;
}

module.exports = { flushRegExpSource, flushRegExpLiteral, flushRegExpLiterals, flushRegExpsPlugin };

if (require.main === module) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node scripts/flush-regexps.cjs <dir>…');
    process.exit(2);
  }
  for (const d of dirs) console.log(`[flush-regexps] ${d}: ${rewriteDir(d)} files rewritten`);
}
