/**
 * Preview webview entry. The host sends rendered HTML (`update`); this script patches it into the
 * page, renders the Mermaid diagrams, attaches lint badges and reports diagram errors back.
 * Everything the user clicks that leaves the preview (links, reveal in editor, export, copy)
 * goes through the host.
 */
import type { HostToWebview, PreviewConfig, UpdateMessage } from '../core/preview/protocol';
import { applyBadges, handleBadgeClick } from './badges';
import { setMountHook } from './diagramView';
import { DiagramRenderer } from './diagrams';
import { getState, post, setState } from './env';
import { standaloneSvg, svgToPng } from './exporter';
import { patchContent } from './patch';
import { lineAtTop, scrollToLine } from './scroll';
import { currentTheme, observeTheme, type MermaidTheme } from './theme';
import { installPanZoom, resetZoom, restoreZooms, snapshotZooms, zoomIn, zoomOut } from './zoom';

const content = document.getElementById('ml-content') as HTMLElement;
const summary = document.getElementById('ml-summary') as HTMLElement;

let doc: { uri: string; version: number; config: PreviewConfig } | undefined;
let theme: MermaidTheme = currentTheme();
let restoredScroll = false;

const renderer = new DiagramRenderer((errors) => {
  if (doc) post({ type: 'diagramErrors', uri: doc.uri, version: doc.version, errors });
});

const fenceLineOf = (el: Element | null): number | undefined => {
  const v = el?.getAttribute('data-line');
  return v === null || v === undefined ? undefined : Number(v);
};

const reveal = (line: number | undefined): void => {
  if (line !== undefined && Number.isFinite(line)) post({ type: 'revealLine', line });
};

setMountHook((container, view) => {
  installPanZoom(container, view.viewport, () => reveal(fenceLineOf(container)));
});

function onUpdate(m: UpdateMessage): void {
  const sameDoc = doc?.uri === m.uri;
  doc = { uri: m.uri, version: m.version, config: m.config };
  const zooms = snapshotZooms(content);
  const { added } = patchContent(content, m.html);
  if (sameDoc) restoreZooms(content, zooms, new Set(added));
  applyBadges(content, summary, m.badges);
  renderer.sync(content, theme, m.config);
  setState({ uri: m.uri, locked: m.locked === true });

  if (!sameDoc) {
    // Where to start: the line saved before a reload of this same document, else the editor's.
    const saved = getState();
    const line = !restoredScroll && saved.uri === m.uri && saved.scrollLine !== undefined ? saved.scrollLine : m.scrollLine;
    restoredScroll = true;
    if (line !== undefined) {
      scrollToLine(content, line);
      // Diagrams change the layout as they appear: settle on the line again once rendered.
      const y = window.scrollY;
      void renderer.whenIdle().then(() => {
        if (Math.abs(window.scrollY - y) < 2) scrollToLine(content, line);
      });
    } else {
      window.scrollTo(0, 0);
    }
  }
}

function revealDiagram(line: number): void {
  const el = content.querySelector<HTMLElement>(`.mermaid-diagram[data-line="${line}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as HostToWebview;
  if (!m || typeof m !== 'object') return;
  switch (m.type) {
    case 'update':
      onUpdate(m);
      break;
    case 'scrollToLine':
      scrollToLine(content, m.line);
      break;
    case 'revealDiagram':
      void renderer.whenIdle().then(() => revealDiagram(m.line));
      revealDiagram(m.line);
      break;
    case 'config':
      if (doc) {
        doc = { ...doc, config: m.config };
        renderer.sync(content, theme, m.config);
      }
      break;
  }
});

observeTheme(() => {
  const next = currentTheme();
  if (next.key === theme.key) return;
  theme = next;
  if (doc) renderer.sync(content, theme, doc.config);
});

async function diagramAction(action: string, container: HTMLElement): Promise<void> {
  const index = Number(container.getAttribute('data-index'));
  switch (action) {
    case 'zoom-in':
      return zoomIn(container);
    case 'zoom-out':
      return zoomOut(container);
    case 'zoom-reset':
      return resetZoom(container);
  }
  const svg = renderer.svgOf(container);
  if (!svg) return;
  if (action === 'copy-svg') post({ type: 'copySvg', svg: standaloneSvg(svg) });
  else if (action === 'export-svg') post({ type: 'export', format: 'svg', data: standaloneSvg(svg), index });
  else if (action === 'export-png') post({ type: 'export', format: 'png', data: await svgToPng(svg, 2, theme.background), index });
}

// Links: handled before VS Code's own webview click handler (capture phase on window), so that
// the host alone decides what opens (http(s) and workspace files only).
window.addEventListener(
  'click',
  (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    if (!a) return;
    e.preventDefault();
    e.stopPropagation();
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      document.getElementById(id)?.scrollIntoView();
      return;
    }
    post({ type: 'openLink', href });
  },
  true,
);

document.addEventListener('click', (e) => {
  const t = e.target as Element | null;
  if (!t?.closest) return;
  if (handleBadgeClick(content, t)) return;
  const revealEl = t.closest<HTMLElement>('[data-reveal-line]');
  if (revealEl) return reveal(Number(revealEl.dataset.revealLine));
  const actionEl = t.closest<HTMLElement>('[data-action]');
  const container = actionEl?.closest<HTMLElement>('.mermaid-diagram');
  if (actionEl && container) {
    diagramAction(actionEl.dataset.action ?? '', container).catch((err: unknown) => console.error('[ml-design preview]', err));
    return;
  }
  const errorLine = t.closest<HTMLElement>('.diagram-error li[data-line]');
  if (errorLine) return reveal(Number(errorLine.dataset.line));
  const heading = t.closest('h1[data-line],h2[data-line],h3[data-line],h4[data-line],h5[data-line],h6[data-line]');
  if (heading) return reveal(fenceLineOf(heading));
});

document.addEventListener('dblclick', (e) => {
  const t = e.target as Element | null;
  if (!t?.closest || t.closest('.mermaid-diagram, .ml-badge, .ml-badge-list')) return;
  reveal(fenceLineOf(t.closest('[data-line]')));
});

let scrollTimer: number | undefined;
window.addEventListener(
  'scroll',
  () => {
    if (scrollTimer !== undefined) return;
    scrollTimer = window.setTimeout(() => {
      scrollTimer = undefined;
      setState({ scrollLine: lineAtTop(content) });
    }, 200);
  },
  { passive: true },
);

/** Test and benchmark hooks (read-only counters; no way to run code in the page through them). */
const hooks = {
  stats: renderer.stats,
  whenIdle: (): Promise<void> => renderer.whenIdle(),
  theme: (): MermaidTheme => theme,
};
(globalThis as unknown as { __mlPreview: typeof hooks }).__mlPreview = hooks;

post({ type: 'ready' });
