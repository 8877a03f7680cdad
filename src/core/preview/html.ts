/**
 * The preview webview's HTML shell and Content-Security-Policy (pure, so tests can check the CSP).
 * The body is filled by the webview script from `update` messages.
 */

export interface ShellOptions {
  /** `webview.cspSource` */
  readonly cspSource: string;
  readonly nonce: string;
  readonly mermaidUri: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** codicon.css (the id `vscode-codicon-stylesheet` is what @vscode-elements' icons look for). */
  readonly codiconUri: string;
  readonly title: string;
}

/**
 * `style-src 'unsafe-inline'` is there only because Mermaid writes a <style> element into every
 * SVG (and style attributes); scripts run by nonce only and nothing may be eval'ed.
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} https: data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function previewShell(o: ShellOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.codiconUri)}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>${attr(o.title)}</title>
</head>
<body>
<div id="ml-summary" class="lint-summary" hidden></div>
<main id="ml-content" class="markdown-body"><p class="loading">Loading preview…</p></main>
<script nonce="${attr(o.nonce)}" src="${attr(o.mermaidUri)}"></script>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}

/** 32 random alphanumerics (the vscode-extension-samples getNonce). */
export function getNonce(random: () => number = Math.random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(random() * chars.length));
  return s;
}
