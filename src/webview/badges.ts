/**
 * Lint badges: each recognised section heading gets "present/total"; expanding it lists the
 * missing items, each of which reveals its place in the editor. A summary line sits on top.
 */
import type { BadgeData, SectionBadge } from '../core/preview/protocol';

const expanded = new Set<string>();

function level(b: { present: number; total: number }): 'complete' | 'partial' | 'empty' {
  if (b.total === 0 || b.present >= b.total) return 'complete';
  return b.present === 0 ? 'empty' : 'partial';
}

function badgeKey(b: SectionBadge): string {
  return JSON.stringify(b);
}

function buildBadge(b: SectionBadge): HTMLElement {
  const wrap = document.createElement('span');
  wrap.className = `ml-badge ${level(b)}`;
  wrap.dataset.key = badgeKey(b);
  wrap.dataset.section = b.id;
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'ml-badge-button';
  btn.textContent = `${b.present}/${b.total}`;
  btn.title = b.missing.length ? `${b.title}: ${b.missing.length} item(s) missing — click to list them` : `${b.title}: all items present`;
  btn.setAttribute('aria-expanded', String(expanded.has(b.id)));
  wrap.append(btn);
  return wrap;
}

function buildList(b: SectionBadge): HTMLElement {
  const box = document.createElement('div');
  box.className = `ml-badge-list ${level(b)}`;
  box.dataset.section = b.id;
  if (!b.missing.length) {
    box.textContent = 'All rubric items of this section are present.';
    return box;
  }
  const title = document.createElement('div');
  title.className = 'ml-badge-list-title';
  title.textContent = `Missing in ${b.title}:`;
  const ul = document.createElement('ul');
  for (const m of b.missing) {
    const li = document.createElement('li');
    const a = document.createElement('button');
    a.type = 'button';
    a.className = 'ml-missing-item';
    a.dataset.revealLine = String(m.line);
    a.textContent = m.label;
    a.title = 'Show where it goes in the editor';
    li.append(a);
    ul.append(li);
  }
  box.append(title, ul);
  return box;
}

export function applyBadges(root: HTMLElement, summary: HTMLElement, data: BadgeData | undefined): void {
  const wanted = new Map<Element, SectionBadge>();
  for (const b of data?.sections ?? []) {
    const h = root.querySelector(`:is(h1,h2,h3,h4,h5,h6)[data-line="${b.line}"]`);
    if (h) wanted.set(h, b);
  }
  // Drop badges of headings that no longer have one (or whose data changed).
  root.querySelectorAll('.ml-badge').forEach((badge) => {
    const h = badge.parentElement;
    const b = h ? wanted.get(h) : undefined;
    if (!b || (badge as HTMLElement).dataset.key !== badgeKey(b)) badge.remove();
  });
  root.querySelectorAll('.ml-badge-list').forEach((l) => l.remove());
  for (const [h, b] of wanted) {
    if (!h.querySelector(':scope > .ml-badge')) h.append(buildBadge(b));
    if (expanded.has(b.id)) h.after(buildList(b));
  }
  renderSummary(summary, data);
  lastData = data;
}

let lastData: BadgeData | undefined;

/** Badge button clicked: toggle its list. Returns true when the click was handled. */
export function handleBadgeClick(root: HTMLElement, target: Element): boolean {
  const btn = target.closest('.ml-badge-button');
  if (!btn) return false;
  const badge = btn.closest<HTMLElement>('.ml-badge');
  const id = badge?.dataset.section;
  if (!badge || !id) return true;
  const b = lastData?.sections.find((s) => s.id === id);
  const h = badge.parentElement;
  if (expanded.has(id)) {
    expanded.delete(id);
    root.querySelectorAll(`.ml-badge-list[data-section="${id}"]`).forEach((l) => l.remove());
  } else if (b && h) {
    expanded.add(id);
    h.after(buildList(b));
  }
  btn.setAttribute('aria-expanded', String(expanded.has(id)));
  return true;
}

function renderSummary(summary: HTMLElement, data: BadgeData | undefined): void {
  if (!data) {
    summary.hidden = true;
    summary.replaceChildren();
    return;
  }
  const parts: Array<string | Node> = [`Design rubric: ${data.present}/${data.total} items`];
  if (data.missingSections.length) {
    parts.push(' · Missing sections: ');
    parts.push(data.missingSections.map((s) => s.title).join(', '));
  }
  summary.className = `lint-summary ${level(data)}`;
  summary.replaceChildren(...parts);
  summary.hidden = false;
}
