/**
 * Applies a new body HTML to the preview without replacing what did not change: top-level blocks
 * whose content is the same (ignoring line numbers) are kept, so rendered diagrams, zoom, expanded
 * badges and the scroll position survive typing; only changed blocks are swapped in.
 */

/** Content identity of a block as rendered by the host, independent of its position. */
const keys = new WeakMap<Element, string>();

const LINE_ATTRS = /\s(data-line|data-end-line|data-index)="\d+"/g;

function keyOf(el: Element): string {
  let k = keys.get(el);
  if (k === undefined) {
    k = el.classList.contains('mermaid-diagram')
      ? `diagram:${el.getAttribute('data-hash') ?? ''}`
      : `block:${el.outerHTML.replace(LINE_ATTRS, '')}`;
    keys.set(el, k);
  }
  return k;
}

/** Copies the position attributes of `from` (fresh host HTML) onto `to` (the kept element). */
function copyPositions(from: Element, to: Element): void {
  for (const a of ['data-line', 'data-end-line', 'data-index']) {
    const v = from.getAttribute(a);
    if (v !== null && to.getAttribute(a) !== v) to.setAttribute(a, v);
  }
  if (to.classList.contains('mermaid-diagram')) return; // its inside is the webview's own
  const src = from.querySelectorAll('[data-line]');
  const dst = to.querySelectorAll('[data-line]:not(.ml-badge *)');
  if (src.length !== dst.length) return;
  src.forEach((s, i) => {
    const v = s.getAttribute('data-line');
    if (v !== null && dst[i].getAttribute('data-line') !== v) dst[i].setAttribute('data-line', v);
  });
}

export interface PatchResult {
  /** Elements newly inserted (not kept from the previous content). */
  readonly added: readonly Element[];
  readonly kept: number;
}

export function patchContent(root: HTMLElement, html: string): PatchResult {
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // inert: nothing in a <template> runs or loads
  const incoming = Array.from(tpl.content.children);

  const available = new Map<string, Element[]>();
  for (const el of Array.from(root.children)) {
    const k = keyOf(el);
    const list = available.get(k);
    if (list) list.push(el);
    else available.set(k, [el]);
  }

  const desired: Element[] = [];
  const added: Element[] = [];
  let kept = 0;
  for (const el of incoming) {
    const reuse = available.get(keyOf(el))?.shift();
    if (reuse) {
      copyPositions(el, reuse);
      desired.push(reuse);
      kept++;
    } else {
      desired.push(el);
      added.push(el);
    }
  }

  // Put the desired elements in order, moving as little as possible, then drop the rest.
  const used = new Set(desired);
  for (const el of Array.from(root.children)) if (!used.has(el)) el.remove();
  for (let i = 0; i < desired.length; i++) {
    const at = root.children[i];
    if (at !== desired[i]) root.insertBefore(desired[i], at ?? null);
  }
  // Stray text nodes (whitespace between blocks) are not needed.
  for (const n of Array.from(root.childNodes)) if (n.nodeType !== Node.ELEMENT_NODE) n.remove();
  return { added, kept };
}
