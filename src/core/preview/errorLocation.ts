/**
 * Where a diagram error goes in the Markdown document (pure; the host turns it into a
 * vscode.Diagnostic). Lines and columns are 0-based.
 */
import { diagramLineToDocLine } from './mermaidErrors';
import type { DiagramError } from './protocol';

export interface ErrorLocation {
  readonly line: number;
  readonly startCol: number;
  readonly endCol: number;
}

/**
 * The error's line in the document: fence line + 1 + (diagram line - 1); errors without a line
 * (unknown diagram type, size limit) go on the opening fence. The range covers the line's text
 * from the error column (or its first non-blank character) to its end.
 */
export function locateDiagramError(e: DiagramError, lines: readonly string[]): ErrorLocation {
  const last = Math.max(0, lines.length - 1);
  const raw = e.diagramLine !== undefined ? diagramLineToDocLine(e.fenceLine, e.diagramLine) : e.fenceLine;
  const line = Math.min(Math.max(0, raw), last);
  const text = (lines[line] ?? '').replace(/\r$/, '');
  const firstNonBlank = text.length - text.trimStart().length;
  let startCol = e.column !== undefined && e.column >= 0 && e.column < text.length ? e.column : firstNonBlank;
  let endCol = text.trimEnd().length;
  if (endCol <= startCol) {
    startCol = Math.min(startCol, text.length);
    endCol = text.length > startCol ? text.length : startCol;
  }
  return { line, startCol, endCol };
}
