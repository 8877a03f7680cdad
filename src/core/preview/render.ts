/**
 * Host-side Markdown rendering for the design preview (pure: no vscode import, unit-tested in Node).
 *
 * - markdown-it with raw HTML disabled: any HTML in the document is shown as text, never parsed.
 * - Every block element carries `data-line` (0-based source line) for scroll sync and reveal.
 * - ```mermaid fences become `<div class="mermaid-diagram">` containers carrying the fence's line
 *   and a content hash; the webview renders them (Mermaid cannot run in the extension host).
 * - Only http(s) and data: images are kept (the webview may load nothing else); links are left
 *   to markdown-it's validation (javascript:, vbscript:, file: and non-image data: are refused)
 *   and opened through the host.
 */
import MarkdownIt = require('markdown-it');
import { blankFrontMatter, readFrontMatter } from '../outline';
import { hashString } from './hash';

type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
type Token = ReturnType<MarkdownItInstance['parse']>[number];
type RenderRule = NonNullable<MarkdownItInstance['renderer']['rules']['fence']>;

export interface DiagramSource {
  /** 0-based position among the document's diagrams. */
  readonly index: number;
  /** 0-based line of the opening fence. */
  readonly line: number;
  /** 0-based line of the closing fence (or the last line when the fence is unterminated). */
  readonly endLine: number;
  readonly source: string;
  readonly hash: string;
}

export interface RenderedPreview {
  readonly html: string;
  readonly diagrams: readonly DiagramSource[];
}

interface RenderEnv {
  diagrams: DiagramSource[];
  slugs: Map<string, number>;
}

/** True for a fence info string naming Mermaid (```mermaid, ~~~ Mermaid {attrs}). */
export function isMermaidInfo(info: string): boolean {
  return (info.trim().split(/\s+/)[0] ?? '').toLowerCase() === 'mermaid';
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** GitHub-style heading slug (lower-case, punctuation dropped, spaces to dashes). */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function diagramContainer(d: DiagramSource): string {
  return (
    `<div class="mermaid-diagram" data-line="${d.line}" data-end-line="${d.endLine}" data-hash="${d.hash}" data-index="${d.index}">` +
    // <code> inside <pre>: an HTML parser drops a newline right after <pre>, which would shift lines.
    `<pre class="mermaid-source"><code>${escapeHtml(d.source)}</code></pre></div>\n`
  );
}

function isAllowedImage(src: string): boolean {
  return /^https:\/\//i.test(src) || /^data:image\/(png|gif|jpeg|webp);/i.test(src);
}

function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

  // HTML comments (`<!-- mldesign-disable … -->`, authors' notes) are hidden, as GitHub and VS Code
  // hide them; other raw HTML stays escaped text (html: false). Nothing is emitted for a comment.
  md.block.ruler.before(
    'paragraph',
    'ml_html_comment',
    (state, startLine, endLine, silent) => {
      const start = state.bMarks[startLine] + state.tShift[startLine];
      if (state.sCount[startLine] - state.blkIndent >= 4 || !state.src.startsWith('<!--', start)) return false;
      const close = state.src.indexOf('-->', start + 4);
      if (close < 0) return false;
      let last = startLine;
      while (last < endLine && state.eMarks[last] < close) last++;
      if (last >= endLine || state.src.slice(close + 3, state.eMarks[last]).trim() !== '') return false;
      if (!silent) state.line = last + 1;
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
  md.inline.ruler.before('html_inline', 'ml_html_comment', (state, _silent) => {
    const pos = state.pos;
    if (state.src.charCodeAt(pos) !== 0x3c || !state.src.startsWith('<!--', pos)) return false;
    const close = state.src.indexOf('-->', pos + 4);
    if (close < 0) return false;
    state.pos = close + 3; // silent or not: the comment is skipped either way
    return true;
  });

  // data-line on every block token that opens an element (and self-contained blocks: fence, hr, code).
  md.core.ruler.push('ml_data_line', (state) => {
    for (const t of state.tokens) {
      if (t.map && t.block && t.nesting >= 0 && t.type !== 'inline') t.attrSet('data-line', String(t.map[0]));
    }
    return true;
  });

  const defaultFence = md.renderer.rules.fence as RenderRule;
  md.renderer.rules.fence = (tokens, idx, options, rawEnv, self) => {
    const env = rawEnv as unknown as RenderEnv;
    const t = tokens[idx];
    if (!isMermaidInfo(t.info)) {
      // Put data-line on <pre> (the default renderer puts attributes on <code>).
      const line = t.attrGet('data-line');
      const html = defaultFence(tokens, idx, options, rawEnv, self);
      return line === null ? html : html.replace(/^<pre>/, `<pre data-line="${line}">`);
    }
    const map = t.map ?? [0, 1];
    const d: DiagramSource = {
      index: env.diagrams.length,
      line: map[0],
      endLine: Math.max(map[0], map[1] - 1),
      source: t.content,
      hash: hashString(t.content),
    };
    env.diagrams.push(d);
    return diagramContainer(d);
  };

  const defaultImage = md.renderer.rules.image as RenderRule;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const t = tokens[idx];
    const src = String(t.attrGet('src') ?? '');
    if (isAllowedImage(src)) return defaultImage(tokens, idx, options, env, self);
    const alt = self.renderInlineAsText(t.children ?? [], options, env);
    return `<span class="image-placeholder" title="${escapeHtml(`Image not shown in the preview: ${src}`)}">${escapeHtml(alt || src)}</span>`;
  };

  const defaultHeadingOpen: RenderRule =
    md.renderer.rules.heading_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.heading_open = (tokens, idx, options, rawEnv, self) => {
    const env = rawEnv as unknown as RenderEnv;
    const inline = tokens[idx + 1];
    const text = inline?.type === 'inline' ? inlineText(inline) : '';
    let slug = slugify(text) || 'section';
    const n = env.slugs.get(slug) ?? 0;
    env.slugs.set(slug, n + 1);
    if (n > 0) slug = `${slug}-${n}`;
    tokens[idx].attrSet('id', slug);
    return defaultHeadingOpen(tokens, idx, options, rawEnv, self);
  };

  return md;
}

function inlineText(inline: Token): string {
  return (inline.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('');
}

let shared: MarkdownItInstance | undefined;

/** Renders a Markdown document to the preview's body HTML plus the list of its Mermaid diagrams. */
export function renderPreview(text: string): RenderedPreview {
  shared ??= createMarkdown();
  const fm = readFrontMatter(text);
  const body = blankFrontMatter(text, fm);
  const env: RenderEnv = { diagrams: [], slugs: new Map() };
  let html = shared.render(body, env as unknown as Record<string, unknown>);
  if (fm) {
    const yaml = text.split('\n').slice(1, fm.endLine).join('\n');
    html =
      `<details class="front-matter" data-line="0"><summary>Front matter</summary>` +
      `<pre>${escapeHtml(yaml)}</pre></details>\n` + html;
  }
  return { html, diagrams: env.diagrams };
}

/** The Mermaid fences of a document (for CodeLens), without rendering. */
export function findMermaidFences(text: string): DiagramSource[] {
  shared ??= createMarkdown();
  const body = blankFrontMatter(text, readFrontMatter(text));
  const out: DiagramSource[] = [];
  for (const t of shared.parse(body, {})) {
    if (t.type !== 'fence' || !t.map || !isMermaidInfo(t.info)) continue;
    out.push({ index: out.length, line: t.map[0], endLine: Math.max(t.map[0], t.map[1] - 1), source: t.content, hash: hashString(t.content) });
  }
  return out;
}
