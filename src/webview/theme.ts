/**
 * Mermaid theme from VS Code's colours: the `base` theme with `themeVariables` computed from the
 * `--vscode-*` CSS variables (converted to hex, as Mermaid's colour maths expects), re-computed
 * when VS Code switches theme (it changes <body>'s class and <html>'s style).
 */

export type ThemeKind = 'dark' | 'light' | 'high-contrast' | 'high-contrast-light';

export interface MermaidTheme {
  readonly kind: ThemeKind;
  /** Identifies the colours: part of every diagram cache key. */
  readonly key: string;
  readonly background: string;
  readonly themeVariables: Readonly<Record<string, string | boolean>>;
  readonly fontFamily: string;
}

export function themeKind(body: HTMLElement = document.body): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-light')) return 'light';
  return 'dark';
}

type Rgb = readonly [number, number, number];

let ctx: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour → [r,g,b,a] via the canvas colour parser; undefined when not a colour. */
function parseColor(value: string): [number, number, number, number] | undefined {
  const v = value.trim();
  if (!v) return undefined;
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = '#010203';
  ctx.fillStyle = v;
  const s = String(ctx.fillStyle);
  if (s === '#010203' && v.toLowerCase() !== '#010203') return undefined;
  const hex = /^#([0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(s);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  return undefined;
}

const toHex = (c: Rgb): string =>
  '#' + c.map((x) => Math.round(Math.min(255, Math.max(0, x))).toString(16).padStart(2, '0')).join('');

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** A `--vscode-*` colour as opaque RGB (translucent colours composited over `over`). */
function cssColor(style: CSSStyleDeclaration, name: string, fallback: Rgb, over?: Rgb): Rgb {
  const c = parseColor(style.getPropertyValue(name));
  if (!c) return fallback;
  const rgb: Rgb = [c[0], c[1], c[2]];
  return c[3] < 1 ? mix(over ?? fallback, rgb, c[3]) : rgb;
}

export function currentTheme(): MermaidTheme {
  const kind = themeKind();
  const style = getComputedStyle(document.documentElement);
  const dark = kind === 'dark' || kind === 'high-contrast';
  const hc = kind === 'high-contrast' || kind === 'high-contrast-light';
  const bg = cssColor(style, '--vscode-editor-background', dark ? [30, 30, 30] : [255, 255, 255]);
  const fg = cssColor(style, '--vscode-editor-foreground', dark ? [212, 212, 212] : [51, 51, 51], bg);
  const accent = cssColor(style, '--vscode-focusBorder', dark ? [0, 127, 212] : [0, 95, 184], bg);
  const green = cssColor(style, '--vscode-charts-green', [56, 154, 88], bg);
  const purple = cssColor(style, '--vscode-charts-purple', [176, 124, 219], bg);
  const yellow = cssColor(style, '--vscode-charts-yellow', [204, 167, 0], bg);
  const red = cssColor(style, '--vscode-charts-red', [229, 83, 75], bg);
  const border = hc ? cssColor(style, '--vscode-contrastBorder', fg, bg) : accent;
  const fontFamily = style.getPropertyValue('--vscode-font-family').trim() || 'system-ui, sans-serif';

  const fill = (c: Rgb, t: number): string => toHex(hc ? bg : mix(bg, c, t));
  const v: Record<string, string | boolean> = {
    darkMode: dark,
    background: toHex(bg),
    fontFamily,
    primaryColor: fill(accent, 0.22),
    primaryTextColor: toHex(fg),
    primaryBorderColor: toHex(border),
    secondaryColor: fill(green, 0.2),
    secondaryTextColor: toHex(fg),
    secondaryBorderColor: toHex(hc ? border : green),
    tertiaryColor: fill(purple, 0.14),
    tertiaryTextColor: toHex(fg),
    tertiaryBorderColor: toHex(hc ? border : purple),
    lineColor: toHex(hc ? fg : mix(bg, fg, 0.75)),
    textColor: toHex(fg),
    mainBkg: fill(accent, 0.22),
    nodeBorder: toHex(border),
    clusterBkg: fill(fg, 0.05),
    clusterBorder: toHex(hc ? border : mix(bg, fg, 0.35)),
    titleColor: toHex(fg),
    edgeLabelBackground: toHex(bg),
    noteBkgColor: fill(yellow, 0.22),
    noteTextColor: toHex(fg),
    noteBorderColor: toHex(hc ? border : yellow),
    actorBkg: fill(accent, 0.22),
    actorBorder: toHex(border),
    actorTextColor: toHex(fg),
    signalColor: toHex(fg),
    signalTextColor: toHex(fg),
    labelBoxBkgColor: fill(accent, 0.22),
    labelTextColor: toHex(fg),
    errorBkgColor: fill(red, 0.3),
    errorTextColor: toHex(fg),
  };
  const key = `${kind}|${JSON.stringify(v)}`;
  return { kind, key, background: toHex(bg), themeVariables: v, fontFamily };
}

/** Calls `onChange` when VS Code's theme (body class) or colours (html style) change. */
export function observeTheme(onChange: () => void): void {
  let pending = false;
  const fire = (): void => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange();
    });
  };
  const mo = new MutationObserver(fire);
  mo.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
}
