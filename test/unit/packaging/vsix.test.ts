import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** The files `vsce package` would put in the VSIX (what `vsce ls` prints). */
function vsixFiles(): string[] {
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json', { paths: [ROOT] })), 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('VSIX content', function () {
  this.timeout(60_000);

  it('holds only what runs: manifest, docs, bundles, media, snippets, schemas', () => {
    const files = vsixFiles();
    for (const f of files) {
      assert.match(f, /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(extension|cli)\.js|media\/.+|snippets\/.+\.code-snippets|schemas\/.+\.json|docs\/(rules\.md|screenshot.*\.png))$/, f);
      assert.doesNotMatch(f, /\.map$|\.ts$|node_modules/, f);
    }
  });

  it('includes every file the manifest points at', () => {
    const files = new Set(vsixFiles());
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const wanted = [
      pkg.main,
      ...pkg.contributes.snippets.map((s: { path: string }) => s.path),
      ...(pkg.contributes.jsonValidation ?? []).map((j: { url: string }) => j.url),
      'docs/rules.md', // diagnostics link to it
      'media/dist/mermaid.min.js',
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const w of wanted) {
      if (/^https?:/.test(w)) continue;
      // build output is only there after a build; everything else is in the repo
      if (/^(dist|media\/dist)\//.test(w) && !files.has(w)) continue;
      assert.ok(files.has(w), `${w} missing from the VSIX`);
    }
  });
});
