/**
 * Messages between the preview host (extension) and the preview webview. Types only: imported by
 * src/extension/preview and bundled into src/webview, so no runtime code and no Node or DOM types.
 * Lines are 0-based document lines unless a name says otherwise.
 */

export interface PreviewConfig {
  /** Mermaid `maxTextSize`: diagrams with more characters are not rendered. */
  readonly maxTextSize: number;
  readonly scrollSync: boolean;
}

export interface MissingItem {
  readonly id: string;
  readonly label: string;
  /** Where the item would go (revealed in the editor on click). */
  readonly line: number;
}

export interface SectionBadge {
  readonly id: string;
  readonly title: string;
  /** Line of the section heading: the badge is attached to the heading with this data-line. */
  readonly line: number;
  readonly present: number;
  readonly total: number;
  readonly missing: readonly MissingItem[];
}

export interface BadgeData {
  readonly present: number;
  readonly total: number;
  readonly sections: readonly SectionBadge[];
  /** Framework sections with no heading in the document. */
  readonly missingSections: readonly { readonly id: string; readonly title: string }[];
}

export interface UpdateMessage {
  readonly type: 'update';
  readonly uri: string;
  readonly version: number;
  /** Body HTML from renderPreview (markdown-it, raw HTML disabled). */
  readonly html: string;
  readonly badges?: BadgeData;
  readonly config: PreviewConfig;
  /** Scroll the preview to this line once rendered (first update for a document). */
  readonly scrollLine?: number;
  /** Whether the panel is locked to this document (kept in the webview state for restore). */
  readonly locked?: boolean;
}

export type HostToWebview =
  | UpdateMessage
  | { readonly type: 'scrollToLine'; readonly line: number }
  /** Scroll to the diagram whose fence starts at `line` and flash it (CodeLens "Preview diagram"). */
  | { readonly type: 'revealDiagram'; readonly line: number }
  | { readonly type: 'config'; readonly config: PreviewConfig };

/** A diagram that failed, as the webview reports it; the host turns it into a diagnostic. */
export interface DiagramError {
  /** 0-based line of the diagram's opening fence. */
  readonly fenceLine: number;
  /** 1-based line inside the fence content (line 1 = first line after the fence), if known. */
  readonly diagramLine?: number;
  /** 0-based column in that line, if known. */
  readonly column?: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type ExportFormat = 'svg' | 'png';

export type WebviewToHost =
  | { readonly type: 'ready' }
  /** The complete set of diagram errors for this document version (replaces earlier reports). */
  | { readonly type: 'diagramErrors'; readonly uri: string; readonly version: number; readonly errors: readonly DiagramError[] }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'openLink'; readonly href: string }
  /** `data` is SVG markup, or a `data:image/png;base64,` URL. */
  | { readonly type: 'export'; readonly format: ExportFormat; readonly data: string; readonly index: number }
  | { readonly type: 'copySvg'; readonly svg: string };

/** What the webview keeps in `vscode.setState` (also handed to the panel serializer on reload). */
export interface PreviewState {
  readonly uri?: string;
  readonly locked?: boolean;
  readonly scrollLine?: number;
}

export const PREVIEW_VIEW_TYPE = 'mlDesign.preview';
export const DIAGNOSTIC_SOURCE = 'Mermaid';
