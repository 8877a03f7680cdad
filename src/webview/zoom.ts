/**
 * Per-diagram zoom and pan. Plain wheel scrolls the page as usual; Ctrl/Cmd+wheel zooms around
 * the pointer; dragging pans; a click without a drag is reported (reveal the source line).
 */

export interface ZoomState {
  scale: number;
  x: number;
  y: number;
}

const MIN = 0.25;
const MAX = 8;
const STEP = 1.25;

const states = new WeakMap<Element, ZoomState>();

export function zoomOf(container: Element): ZoomState {
  let s = states.get(container);
  if (!s) {
    s = { scale: 1, x: 0, y: 0 };
    states.set(container, s);
  }
  return s;
}

export function setZoom(container: Element, next: ZoomState): void {
  const s = zoomOf(container);
  s.scale = Math.min(MAX, Math.max(MIN, next.scale));
  s.x = next.x;
  s.y = next.y;
  applyZoom(container);
}

export function applyZoom(container: Element): void {
  const s = zoomOf(container);
  const canvas = container.querySelector<HTMLElement>('.diagram-canvas');
  if (canvas) canvas.style.transform = s.scale === 1 && s.x === 0 && s.y === 0 ? '' : `translate(${s.x}px, ${s.y}px) scale(${s.scale})`;
  container.classList.toggle('zoomed', s.scale !== 1 || s.x !== 0 || s.y !== 0);
  const label = container.querySelector('.zoom-level');
  if (label) label.textContent = `${Math.round(s.scale * 100)}%`;
}

/** Zooms by `factor` around a point given in viewport-relative pixels (default: the centre). */
export function zoomBy(container: Element, factor: number, at?: { x: number; y: number }): void {
  const viewport = container.querySelector<HTMLElement>('.diagram-viewport');
  const s = zoomOf(container);
  const p = at ?? (viewport ? { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 } : { x: 0, y: 0 });
  const scale = Math.min(MAX, Math.max(MIN, s.scale * factor));
  const k = scale / s.scale;
  // Keep the point under the pointer fixed: p = t + k * (p - t0)
  setZoom(container, { scale, x: p.x - k * (p.x - s.x), y: p.y - k * (p.y - s.y) });
}

export const zoomIn = (c: Element): void => zoomBy(c, STEP);
export const zoomOut = (c: Element): void => zoomBy(c, 1 / STEP);
export const resetZoom = (c: Element): void => setZoom(c, { scale: 1, x: 0, y: 0 });

/** Installs wheel / drag handling on one viewport (once). `onClick` gets clicks that were not drags. */
export function installPanZoom(container: HTMLElement, viewport: HTMLElement, onClick: () => void): void {
  viewport.addEventListener(
    'wheel',
    (e) => {
      if (!(e.ctrlKey || e.metaKey)) return; // page scroll stays the page's
      e.preventDefault();
      const r = viewport.getBoundingClientRect();
      zoomBy(container, Math.exp(-e.deltaY * 0.0015), { x: e.clientX - r.left, y: e.clientY - r.top });
    },
    { passive: false },
  );

  let drag: { id: number; x0: number; y0: number; sx: number; sy: number; moved: boolean } | undefined;
  viewport.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    const s = zoomOf(container);
    drag = { id: e.pointerId, x0: e.clientX, y0: e.clientY, sx: s.x, sy: s.y, moved: false };
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x0;
    const dy = e.clientY - drag.y0;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      viewport.setPointerCapture(e.pointerId);
      viewport.classList.add('panning');
    }
    const s = zoomOf(container);
    setZoom(container, { scale: s.scale, x: drag.sx + dx, y: drag.sy + dy });
  });
  const end = (e: PointerEvent): void => {
    if (!drag || e.pointerId !== drag.id) return;
    const wasDrag = drag.moved;
    drag = undefined;
    viewport.classList.remove('panning');
    if (!wasDrag && e.type === 'pointerup') onClick();
  };
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);

  viewport.addEventListener('keydown', (e) => {
    if (e.key === '+' || e.key === '=') zoomIn(container);
    else if (e.key === '-') zoomOut(container);
    else if (e.key === '0') resetZoom(container);
    else return;
    e.preventDefault();
  });
}

/** Zoom of each diagram by position, taken before a patch … */
export function snapshotZooms(root: Element): Map<number, ZoomState> {
  const m = new Map<number, ZoomState>();
  root.querySelectorAll('.mermaid-diagram').forEach((el, i) => {
    const s = states.get(el);
    if (s && (s.scale !== 1 || s.x !== 0 || s.y !== 0)) m.set(i, { ...s });
  });
  return m;
}

/** … and given to the diagram now at the same position if it is a new (edited) one. */
export function restoreZooms(root: Element, snapshot: Map<number, ZoomState>, added: ReadonlySet<Element>): void {
  if (!snapshot.size) return;
  root.querySelectorAll('.mermaid-diagram').forEach((el, i) => {
    const s = snapshot.get(i);
    if (s && added.has(el)) {
      states.set(el, { ...s });
      applyZoom(el);
    }
  });
}
