/**
 * Where a link clicked in the preview may go (pure). The webview never navigates by itself: it
 * posts the raw href, and the host opens only what this allows.
 */

export type LinkTarget =
  | { readonly kind: 'external'; readonly url: string }
  /** A file relative to the document (or workspace-absolute with a leading /), optional #fragment. */
  | { readonly kind: 'file'; readonly path: string; readonly fragment?: string }
  | { readonly kind: 'blocked'; readonly reason: string };

export function classifyLink(href: string): LinkTarget {
  const h = href.trim();
  if (!h) return { kind: 'blocked', reason: 'empty link' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(h)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'external', url: h };
  if (scheme) return { kind: 'blocked', reason: `links with the "${scheme}:" scheme are not opened from the preview` };
  if (h.startsWith('//')) return { kind: 'blocked', reason: 'protocol-relative links are not opened' };
  const hashAt = h.indexOf('#');
  const rawPath = hashAt >= 0 ? h.slice(0, hashAt) : h;
  const fragment = hashAt >= 0 ? h.slice(hashAt + 1) : undefined;
  const queryAt = rawPath.indexOf('?');
  let path = queryAt >= 0 ? rawPath.slice(0, queryAt) : rawPath;
  try {
    path = decodeURIComponent(path);
  } catch {
    return { kind: 'blocked', reason: 'malformed link' };
  }
  if (!path) return { kind: 'blocked', reason: 'in-page anchors are handled by the preview' };
  return fragment ? { kind: 'file', path, fragment } : { kind: 'file', path };
}
