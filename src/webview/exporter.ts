/**
 * SVG / PNG export of a rendered diagram. The webview only produces the bytes; the host asks
 * where to save them (showSaveDialog, which confirms before replacing a file) and writes them.
 */

/** Standalone SVG document text (namespaces, XML prolog, explicit size from the viewBox). */
export function standaloneSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') return svg;
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const size = svgSize(root);
  if (size) {
    root.setAttribute('width', String(size.width));
    root.setAttribute('height', String(size.height));
    root.style.removeProperty('max-width');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

function svgSize(root: Element): { width: number; height: number } | undefined {
  const vb = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (vb.length === 4 && vb.every(Number.isFinite) && vb[2] > 0 && vb[3] > 0) return { width: Math.ceil(vb[2]), height: Math.ceil(vb[3]) };
  const w = parseFloat(root.getAttribute('width') ?? '');
  const h = parseFloat(root.getAttribute('height') ?? '');
  return w > 0 && h > 0 ? { width: w, height: h } : undefined;
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * PNG (as a data: URL) at `scale`× the diagram's own size, on `background`. The SVG goes through
 * an <img> from a data: URL (the CSP allows data: images; blob: is not needed).
 */
export async function svgToPng(svg: string, scale: number, background: string): Promise<string> {
  const text = standaloneSvg(svg);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const size = svgSize(doc.documentElement) ?? { width: 800, height: 600 };
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;base64,${utf8Base64(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(size.width * scale));
  canvas.height = Math.max(1, Math.round(size.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
