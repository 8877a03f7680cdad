/**
 * Renders the preview's Mermaid containers: one at a time (Mermaid is not re-entrant), cached by
 * content hash + theme so unchanged diagrams are never re-rendered, stale work dropped when a
 * newer update arrives, fonts loaded first. Failures are shown in place and collected for the host.
 */
import type { DiagramError, PreviewConfig } from '../core/preview/protocol';
import { normalizeMermaidError, type NormalizedError } from '../core/preview/mermaidErrors';
import { getMermaid } from './env';
import type { MermaidTheme } from './theme';
import { mountDiagram, showError, showSvg, showTooLarge } from './diagramView';

interface Rendered {
  readonly svg?: string;
  readonly errors?: readonly NormalizedError[];
}

export interface RenderStats {
  /** mermaid.render calls made. */
  renders: number;
  /** Diagrams shown from the cache instead of rendering. */
  cacheHits: number;
  /** Diagrams whose render failed. */
  failures: number;
  /** Render passes (one per update / theme change). */
  passes: number;
  /** Renders skipped because a newer update made them stale. */
  cancelled: number;
}

const MAX_CACHE = 200;

/**
 * Lets queued events (a newer `update` message, input, paint) run between two renders: Mermaid's
 * render mostly resolves through microtasks, so without this a pass would hold the event loop.
 */
function yieldToEventLoop(): Promise<void> {
  // A plain task (not scheduler.yield, whose continuation would jump ahead of queued messages).
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** Keys Mermaid must never take from a diagram's %%{init}%% or front matter `config:`. */
export const SECURE_KEYS = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'suppressErrorRendering',
  'maxEdges',
  'dompurifyConfig', // could re-allow <script> / on* attributes in labels
  'themeCSS', // arbitrary CSS from the document
] as const;

export class DiagramRenderer {
  readonly stats: RenderStats = { renders: 0, cacheHits: 0, failures: 0, passes: 0, cancelled: 0 };
  private readonly cache = new Map<string, Rendered>();
  private generation = 0;
  private chain: Promise<void> = Promise.resolve();
  private idCounter = 0;
  private initializedFor = '';
  private idleWaiters: Array<() => void> = [];
  private busy = false;

  constructor(private readonly onPassDone: (errors: DiagramError[]) => void) {}

  /** Renders (or takes from the cache) every diagram under `root`; newer calls supersede older ones. */
  sync(root: HTMLElement, theme: MermaidTheme, config: PreviewConfig): void {
    const gen = ++this.generation;
    this.busy = true;
    this.stats.passes++;
    this.chain = this.chain.then(() => this.pass(gen, root, theme, config)).catch((e) => console.error('[ml-design preview]', e));
    void this.chain.then(() => {
      if (gen === this.generation) {
        this.busy = false;
        const w = this.idleWaiters;
        this.idleWaiters = [];
        w.forEach((f) => f());
      }
    });
  }

  /** Resolves when the latest pass has finished (for tests and the benchmark). */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The SVG markup last rendered for a container (export / copy). */
  svgOf(container: Element): string | undefined {
    const key = container.getAttribute('data-render-key');
    return key ? this.cache.get(key)?.svg : undefined;
  }

  private configure(theme: MermaidTheme, config: PreviewConfig): boolean {
    const m = getMermaid();
    if (!m) return false;
    const sig = `${theme.key}|${config.maxTextSize}`;
    if (sig === this.initializedFor) return true;
    m.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      secure: [...SECURE_KEYS],
      suppressErrorRendering: true,
      maxTextSize: config.maxTextSize,
      theme: 'base',
      themeVariables: { ...theme.themeVariables },
      fontFamily: theme.fontFamily,
      htmlLabels: true,
    });
    this.initializedFor = sig;
    return true;
  }

  private async pass(gen: number, root: HTMLElement, theme: MermaidTheme, config: PreviewConfig): Promise<void> {
    const containers = Array.from(root.querySelectorAll<HTMLElement>('.mermaid-diagram'));
    const mermaid = getMermaid();
    const todo: Array<{ el: HTMLElement; key: string; source: string }> = [];
    for (const el of containers) {
      const view = mountDiagram(el);
      const source = view.source;
      if (source.length > config.maxTextSize) {
        const key = `too-large|${el.getAttribute('data-hash')}|${config.maxTextSize}`;
        if (el.getAttribute('data-render-key') !== key) showTooLarge(el, source.length, config.maxTextSize, key);
        continue;
      }
      const key = `${theme.key}|${el.getAttribute('data-hash') ?? ''}`;
      if (el.getAttribute('data-render-key') === key) continue; // already showing exactly this
      const hit = this.cache.get(key);
      if (hit) {
        this.stats.cacheHits++;
        this.apply(el, key, hit);
        continue;
      }
      todo.push({ el, key, source });
    }

    if (todo.length && mermaid && this.configure(theme, config)) {
      // Fonts first: Mermaid measures label text, a late web font would clip it.
      await document.fonts.ready;
      for (const job of todo) {
        await yieldToEventLoop();
        if (gen !== this.generation) {
          this.stats.cancelled += todo.length - todo.indexOf(job);
          return; // a newer pass owns the DOM now
        }
        const cached = this.cache.get(job.key); // rendered meanwhile for an identical diagram
        const result = cached ?? (await this.renderOne(mermaid, job.source));
        if (!cached) this.remember(job.key, result);
        if (job.el.isConnected) this.apply(job.el, job.key, result);
      }
    } else if (todo.length && !mermaid) {
      for (const job of todo) showError(job.el, [{ message: 'Mermaid did not load.' }], 'mermaid-missing');
    }

    if (gen === this.generation) this.onPassDone(this.collectErrors(containers, config));
  }

  private async renderOne(m: NonNullable<ReturnType<typeof getMermaid>>, source: string): Promise<Rendered> {
    const id = `mld-svg-${++this.idCounter}`;
    this.stats.renders++;
    try {
      const { svg } = await m.render(id, source);
      return { svg };
    } catch (err) {
      this.stats.failures++;
      return { errors: normalizeMermaidError(err, source) };
    } finally {
      // Mermaid leaves its scratch element behind when rendering fails.
      document.getElementById(id)?.remove();
      document.getElementById(`d${id}`)?.remove();
    }
  }

  private remember(key: string, r: Rendered): void {
    this.cache.set(key, r);
    if (this.cache.size > MAX_CACHE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private apply(el: HTMLElement, key: string, r: Rendered): void {
    if (r.svg !== undefined) showSvg(el, r.svg, key);
    else showError(el, r.errors ?? [{ message: 'Unknown error' }], key);
  }

  private collectErrors(containers: readonly HTMLElement[], config: PreviewConfig): DiagramError[] {
    const out: DiagramError[] = [];
    for (const el of containers) {
      if (!el.isConnected) continue;
      const fenceLine = Number(el.getAttribute('data-line'));
      const key = el.getAttribute('data-render-key') ?? '';
      if (key.startsWith('too-large|')) {
        out.push({
          fenceLine,
          severity: 'warning',
          message: `Diagram not rendered: ${mountDiagram(el).source.length} characters exceed mlDesign.preview.maxTextSize (${config.maxTextSize}).`,
        });
        continue;
      }
      for (const e of this.cache.get(key)?.errors ?? []) {
        out.push({ fenceLine, diagramLine: e.line, column: e.column, message: e.message, severity: 'error' });
      }
    }
    return out;
  }
}
