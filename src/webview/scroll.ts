/**
 * Scroll sync between source lines and the preview, as VS Code's Markdown preview does it: find
 * the blocks around a line by their data-line and interpolate between their positions.
 */

interface Block {
  readonly el: HTMLElement;
  readonly line: number;
}

function blocks(root: HTMLElement): Block[] {
  const out: Block[] = [];
  root.querySelectorAll<HTMLElement>('[data-line]').forEach((el) => {
    if (el.closest('.ml-badge, .ml-badge-list, .diagram-error')) return;
    const line = Number(el.getAttribute('data-line'));
    if (Number.isFinite(line) && el.offsetParent !== null) out.push({ el, line });
  });
  return out;
}

function around(root: HTMLElement, line: number): { prev?: Block; next?: Block } {
  let prev: Block | undefined;
  let next: Block | undefined;
  for (const b of blocks(root)) {
    if (b.line <= line && (!prev || b.line >= prev.line)) prev = b;
    if (b.line > line && (!next || b.line < next.line)) next = b;
  }
  return { prev, next };
}

const docTop = (el: HTMLElement): number => el.getBoundingClientRect().top + window.scrollY;

/** Page offset where `line` is. */
export function offsetOfLine(root: HTMLElement, line: number): number | undefined {
  const { prev, next } = around(root, line);
  if (!prev) return next ? 0 : undefined;
  const top = docTop(prev.el);
  const endLine = Number(prev.el.getAttribute('data-end-line'));
  const height = prev.el.getBoundingClientRect().height;
  if (next && next.line > prev.line) {
    const frac = (line - prev.line) / (next.line - prev.line);
    return top + (docTop(next.el) - top) * frac;
  }
  if (Number.isFinite(endLine) && endLine > prev.line) return top + height * Math.min(1, (line - prev.line) / (endLine - prev.line));
  return top;
}

/** Height of what is stuck to the top of the page (the lint summary bar). */
function stickyHeight(): number {
  const s = document.getElementById('ml-summary');
  return s && !s.hidden ? s.getBoundingClientRect().height : 0;
}

export function scrollToLine(root: HTMLElement, line: number, behavior: ScrollBehavior = 'auto'): void {
  const first = blocks(root)[0];
  if (!first || line <= first.line) {
    window.scrollTo({ top: 0, behavior });
    return;
  }
  const y = offsetOfLine(root, line);
  if (y !== undefined) window.scrollTo({ top: Math.max(0, y - stickyHeight() - 8), behavior });
}

/** The source line at the top of the preview (saved in state for restore). */
export function lineAtTop(root: HTMLElement): number {
  if (window.scrollY <= 0) return 0;
  const y = window.scrollY + stickyHeight() + 8;
  let best: Block | undefined;
  for (const b of blocks(root)) {
    if (docTop(b.el) <= y && (!best || b.line > best.line)) best = b;
  }
  return best?.line ?? 0;
}
