/**
 * The two globals the preview script gets from its page: Mermaid's IIFE bundle (loaded by its own
 * <script nonce> before this one) and VS Code's webview API. Typed minimally on purpose.
 */
import type { PreviewState, WebviewToHost } from '../core/preview/protocol';

export interface MermaidRenderResult {
  readonly svg: string;
  readonly diagramType?: string;
}

export interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<MermaidRenderResult>;
  parse(text: string, options?: { suppressErrors?: boolean }): Promise<unknown>;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare global {
  var mermaid: MermaidApi | undefined;
  function acquireVsCodeApi(): VsCodeApi;
}

let api: VsCodeApi | undefined;
function vscodeApi(): VsCodeApi {
  api ??= acquireVsCodeApi();
  return api;
}

export function post(message: WebviewToHost): void {
  vscodeApi().postMessage(message);
}

export function getState(): PreviewState {
  const s = vscodeApi().getState();
  return s && typeof s === 'object' ? (s as PreviewState) : {};
}

export function setState(patch: Partial<PreviewState>): void {
  vscodeApi().setState({ ...getState(), ...patch });
}

export function getMermaid(): MermaidApi | undefined {
  return globalThis.mermaid;
}
