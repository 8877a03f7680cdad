import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNonce, previewCsp, previewShell } from '../../../src/core/preview/html';
import { classifyLink } from '../../../src/core/preview/links';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('preview webview shell and CSP', () => {
  const csp = previewCsp('https://csp.example', 'N0nce');

  it("default-src 'none', scripts by nonce only, no unsafe-eval; inline styles (Mermaid's SVG) allowed", () => {
    assert.equal(
      csp,
      "default-src 'none'; script-src 'nonce-N0nce'; style-src https://csp.example 'unsafe-inline'; img-src https://csp.example https: data:; font-src https://csp.example",
    );
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  });

  it('every script tag in the shell carries the nonce; the codicon stylesheet has the id vscode-elements looks for', () => {
    const html = previewShell({ cspSource: 'https://csp.example', nonce: 'N0nce', mermaidUri: 'm.js', scriptUri: 'p.js', styleUri: 's.css', codiconUri: 'c.css', title: 'T' });
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 2);
    for (const s of scripts) assert.match(s, /nonce="N0nce"/);
    assert.ok(html.indexOf('src="m.js"') < html.indexOf('src="p.js"'), 'Mermaid loads before the preview script');
    assert.match(html, /<link rel="stylesheet" href="c.css" id="vscode-codicon-stylesheet">/);
    assert.ok(html.includes(`content="${csp.replace(/'/g, "'")}"`));
  });

  it('the webview test harness uses the same policy', () => {
    const harness = readFileSync(join(ROOT, 'test', 'webview', 'harness', 'index.html'), 'utf8');
    const m = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(harness);
    assert.ok(m);
    assert.equal(m[1], previewCsp("'self'", 'harness'));
  });

  it('nonces are 32 alphanumerics', () => {
    assert.match(getNonce(), /^[A-Za-z0-9]{32}$/);
    assert.notEqual(getNonce(), getNonce());
  });
});

describe('preview links', () => {
  it('opens http(s) externally, workspace paths in the editor, and nothing else', () => {
    assert.deepEqual(classifyLink('https://example.com/a?b#c'), { kind: 'external', url: 'https://example.com/a?b#c' });
    assert.deepEqual(classifyLink('HTTP://example.com'), { kind: 'external', url: 'HTTP://example.com' });
    assert.deepEqual(classifyLink('other.md#data-prep'), { kind: 'file', path: 'other.md', fragment: 'data-prep' });
    assert.deepEqual(classifyLink('../docs/My%20Doc.md'), { kind: 'file', path: '../docs/My Doc.md' });
    assert.deepEqual(classifyLink('/README.md?x=1'), { kind: 'file', path: '/README.md' });
    for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'command:workbench.action.terminal.new', 'vscode://x', 'mailto:a@b', '//evil.example/x', '#only-anchor', '', '%E0%A4%A']) {
      assert.equal(classifyLink(bad).kind, 'blocked', bad);
    }
  });
});
