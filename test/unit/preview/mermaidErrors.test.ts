import * as assert from 'node:assert/strict';
import { diagramLineToDocLine, lineMapper, nearestContentLine, normalizeMermaidError } from '../../../src/core/preview/mermaidErrors';
import { locateDiagramError } from '../../../src/core/preview/errorLocation';

describe('diagram error lines', () => {
  it('diagram line 1 is the line after the fence: docLine = fence + 1 + (line - 1)', () => {
    assert.equal(diagramLineToDocLine(7, 1), 8);
    assert.equal(diagramLineToDocLine(7, 3), 10);
    assert.equal(diagramLineToDocLine(0, 1), 1);
  });

  it('maps parser lines back through front matter, directives, comments and leading blank lines', () => {
    const src = ['---', 'title: T', '---', '%%{init: {"theme":"forest"}}%%', 'flowchart TD', '  %% comment', '', '  A --> B', '  B --> C[', ''].join('\n');
    // Mermaid drops the front matter, the directive (its line then goes with trimStart) and the
    // comment line; the blank line 7 stays. It parses "flowchart TD\n\n  A --> B\n  B --> C[\n".
    const map = lineMapper(src);
    assert.equal(map(1), 5); // flowchart TD
    assert.equal(map(2), 7); // (blank)
    assert.equal(map(3), 8); // A --> B
    assert.equal(map(4), 9); // B --> C[
    const lead = lineMapper('\n\n%% lead\nsequenceDiagram\n  A->>B: x\n  B->>: y\n');
    assert.deepEqual([1, 2, 3].map(lead), [4, 5, 6]);
    const plain = lineMapper('pie\n  "a": 1\n');
    assert.deepEqual([1, 2, 3, 4].map(plain), [1, 2, 3, 3]);
  });

  it('moves errors on blank / trailing lines up to the nearest content line', () => {
    assert.equal(nearestContentLine('a\nb\n\n\n', 5), 2);
    assert.equal(nearestContentLine('a\nb\n', 2), 2);
    assert.equal(nearestContentLine('\n\na', 1), 1);
  });

  it('normalises jison errors (hash.loc.first_line, 1-based) and shortens the message', () => {
    const src = 'sequenceDiagram\n  Alice->>Bob: hi\n  Bob->>: x\n';
    const err = Object.assign(new Error("Parse error on line 3:\n...e->>Bob: hi  Bob->>: x\n----------------------^\nExpecting '+', '-', '()', 'ACTOR', got 'TXT'"), {
      hash: { text: ': x', token: 'TXT', line: 2, loc: { first_line: 3, last_line: 3, first_column: 5, last_column: 8 } },
    });
    assert.deepEqual(normalizeMermaidError(err, src), [{ line: 3, column: undefined, message: "Parse error: Expecting '+', '-', '()', 'ACTOR'; got 'TXT'" }]);
  });

  it('jison end-of-input errors land on the last content line, with "end of diagram"', () => {
    const src = 'flowchart TD\n  A --> B\n  B -- > C\n';
    const err = Object.assign(new Error("Parse error on line 5:\n...\n---^\nExpecting 'LINK', 'UNICODE_TEXT', 'EDGE_TEXT', got '1'"), {
      hash: { text: '', token: 1, line: 4, loc: { first_line: 4, last_line: 5, first_column: 0, last_column: 0 } },
    });
    const [e] = normalizeMermaidError(err, src);
    assert.equal(e.line, 3);
    assert.match(e.message, /got end of diagram$/);
  });

  it('jison without loc falls back to hash.line (0-based); long expectation lists are cut', () => {
    const exp = Array.from({ length: 20 }, (_, i) => `'T${i}'`).join(', ');
    const err = Object.assign(new Error(`Parse error on line 2:\nx\n^\nExpecting ${exp}, got 'X'`), { hash: { line: 1 } });
    const [e] = normalizeMermaidError(err, 'stateDiagram-v2\n  bad\n');
    assert.equal(e.line, 2);
    assert.match(e.message, /'T7', … \(12 more\); got 'X'$/);
  });

  it('normalises jison lexical errors', () => {
    const err = Object.assign(new Error('Lexical error on line 2. Unrecognized text.\n...\n---^'), { hash: { text: '', token: null, line: 1 } });
    assert.deepEqual(normalizeMermaidError(err, 'gantt\n  ###\n'), [{ line: 2, column: undefined, message: 'Lexical error: unrecognized text' }]);
  });

  it('normalises Langium parser and lexer errors (1-based line/column; NaN at end of input)', () => {
    const src = 'packet-beta\n  0-15: "a"\n  16-31 "b"\n';
    const err = Object.assign(new Error('Parsing failed: ...'), {
      result: {
        lexerErrors: [{ line: 2, column: 3, message: 'unexpected character: ->f<-' }],
        parserErrors: [
          { message: "Expecting token of type ':' but found `\"b\"`.", token: { startLine: 3, startColumn: 9 } },
          { message: 'Expecting token of type EOF', token: { startLine: NaN, startColumn: NaN } },
        ],
      },
    });
    assert.deepEqual(normalizeMermaidError(err, src), [
      { line: 2, column: 2, message: 'Lexer error: unexpected character: ->f<-' },
      { line: 3, column: 8, message: "Parse error: Expecting token of type ':' but found `\"b\"`." },
      { line: 3, column: undefined, message: 'Parse error: Expecting token of type EOF' },
    ]);
  });

  it('Langium errors through a front matter shift', () => {
    const src = '---\nconfig:\n  theme: forest\n---\n%% c\npie\n  "a" 1\n';
    const err = { message: 'Parsing failed', result: { lexerErrors: [], parserErrors: [{ message: 'bad', token: { startLine: 2, startColumn: 7 } }] } };
    assert.equal(normalizeMermaidError(err, src)[0].line, 7);
  });

  it('reads "line N, column M" from other messages; errors with no position go on the first line', () => {
    assert.deepEqual(normalizeMermaidError(new Error('Something at line 2, column 4 broke'), 'a\nb\n'), [{ line: 2, column: 3, message: 'Something at line 2, column 4 broke' }]);
    const [e] = normalizeMermaidError(Object.assign(new Error('No diagram type detected matching given configuration for text: nope\n x'), { name: 'UnknownDiagramError' }), 'nope\n x\n');
    assert.deepEqual(e, { line: 1, column: undefined, message: 'No diagram type detected matching given configuration for text: nope' });
    assert.equal(normalizeMermaidError('a string', 'x')[0].message, 'a string');
  });

  it('locates the diagnostic range in the Markdown document', () => {
    const lines = ['# T', '', '```mermaid', 'sequenceDiagram', '  Bob->>: x', '```'];
    assert.deepEqual(locateDiagramError({ fenceLine: 2, diagramLine: 2, message: 'm', severity: 'error' }, lines), { line: 4, startCol: 2, endCol: 11 });
    assert.deepEqual(locateDiagramError({ fenceLine: 2, diagramLine: 2, column: 5, message: 'm', severity: 'error' }, lines), { line: 4, startCol: 5, endCol: 11 });
    // no line: on the fence
    assert.deepEqual(locateDiagramError({ fenceLine: 2, message: 'm', severity: 'warning' }, lines), { line: 2, startCol: 0, endCol: 10 });
    // clamped into the document
    assert.equal(locateDiagramError({ fenceLine: 2, diagramLine: 99, message: 'm', severity: 'error' }, lines).line, 5);
  });
});
