/**
 * The inside of one diagram container: toolbar (@vscode-elements toolbar buttons with codicons),
 * a pan/zoom viewport holding the SVG, and an in-place error panel.
 */
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { diagramLineToDocLine, type NormalizedError } from '../core/preview/mermaidErrors';
import { applyZoom } from './zoom';

export interface DiagramView {
  readonly source: string;
  readonly viewport: HTMLElement;
  readonly canvas: HTMLElement;
  readonly error: HTMLElement;
}

const views = new WeakMap<Element, DiagramView>();

/** Called once per container, when the webview first sees it. */
export type MountHook = (container: HTMLElement, view: DiagramView) => void;
let onMount: MountHook | undefined;
export function setMountHook(hook: MountHook): void {
  onMount = hook;
}

const BUTTONS: ReadonlyArray<{ action: string; icon: string; label: string; text?: string; needsSvg?: boolean }> = [
  { action: 'zoom-out', icon: 'zoom-out', label: 'Zoom out (Ctrl+wheel)' },
  { action: 'zoom-reset', icon: 'screen-normal', label: 'Reset zoom' },
  { action: 'zoom-in', icon: 'zoom-in', label: 'Zoom in (Ctrl+wheel)' },
  { action: 'copy-svg', icon: 'copy', label: 'Copy SVG', needsSvg: true },
  { action: 'export-svg', icon: 'export', label: 'Export SVG…', text: 'SVG', needsSvg: true },
  { action: 'export-png', icon: 'file-media', label: 'Export PNG (2×)…', text: 'PNG', needsSvg: true },
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  return e;
}

export function mountDiagram(container: HTMLElement): DiagramView {
  const existing = views.get(container);
  if (existing) return existing;
  const pre = container.querySelector('.mermaid-source');
  const source = pre?.textContent ?? '';
  if (pre instanceof HTMLElement) pre.hidden = true;

  const toolbar = el('div', 'diagram-toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Diagram');
  const zoomLevel = el('span', 'zoom-level');
  zoomLevel.textContent = '100%';
  for (const b of BUTTONS) {
    const btn = document.createElement('vscode-toolbar-button');
    btn.setAttribute('icon', b.icon);
    btn.setAttribute('label', b.label);
    btn.setAttribute('title', b.label);
    btn.dataset.action = b.action;
    if (b.needsSvg) btn.classList.add('needs-svg');
    if (b.text) btn.textContent = b.text;
    toolbar.append(btn);
    if (b.action === 'zoom-reset') toolbar.insertBefore(zoomLevel, btn);
  }

  const viewport = el('div', 'diagram-viewport');
  viewport.tabIndex = 0;
  viewport.title = 'Click: show the source · Drag: pan · Ctrl+wheel: zoom';
  const canvas = el('div', 'diagram-canvas');
  canvas.append(el('div', 'diagram-pending'));
  viewport.append(canvas);
  const error = el('div', 'diagram-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;

  container.append(toolbar, viewport, error);
  container.classList.add('pending');
  const view: DiagramView = { source, viewport, canvas, error };
  views.set(container, view);
  onMount?.(container, view);
  return view;
}

export function showSvg(container: HTMLElement, svg: string, key: string): void {
  const v = mountDiagram(container);
  v.canvas.innerHTML = svg; // Mermaid output, sanitised by Mermaid (securityLevel strict + DOMPurify)
  v.error.hidden = true;
  v.error.replaceChildren();
  v.viewport.hidden = false;
  container.classList.remove('pending', 'failed', 'too-large');
  container.setAttribute('data-render-key', key);
  applyZoom(container);
}

export function showError(container: HTMLElement, errors: readonly NormalizedError[], key: string): void {
  const v = mountDiagram(container);
  const fenceLine = Number(container.getAttribute('data-line'));
  const title = el('div', 'diagram-error-title');
  title.textContent = errors.length > 1 ? `Mermaid: ${errors.length} errors` : 'Mermaid error';
  const list = el('ul');
  for (const e of errors) {
    const li = el('li');
    const where = el('span', 'diagram-error-where');
    if (e.line !== undefined) {
      // Shown 1-based, as in the editor's gutter.
      const docLine = diagramLineToDocLine(fenceLine, e.line);
      where.textContent = `Line ${docLine + 1}${e.column !== undefined ? `, column ${e.column + 1}` : ''}: `;
      li.dataset.line = String(docLine);
    }
    const msg = el('span', 'diagram-error-message');
    msg.textContent = e.message;
    li.append(where, msg);
    list.append(li);
  }
  v.error.replaceChildren(title, list);
  v.error.hidden = false;
  v.viewport.hidden = true;
  v.canvas.replaceChildren();
  container.classList.remove('pending', 'too-large');
  container.classList.add('failed');
  container.setAttribute('data-render-key', key);
}

export function showTooLarge(container: HTMLElement, length: number, max: number, key: string): void {
  const v = mountDiagram(container);
  const p = el('div', 'diagram-error-title');
  p.textContent = `Diagram too large to render: ${length.toLocaleString('en-US')} characters, more than mlDesign.preview.maxTextSize (${max.toLocaleString('en-US')}). Raise the setting to render it.`;
  v.error.replaceChildren(p);
  v.error.hidden = false;
  v.viewport.hidden = true;
  v.canvas.replaceChildren();
  container.classList.remove('pending', 'failed');
  container.classList.add('too-large');
  container.setAttribute('data-render-key', key);
}
