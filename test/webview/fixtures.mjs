// Diagram sources used by the webview tests and the benchmark.

export const VALID = {
  flowchart: 'flowchart LR\n  U[User] --> G[API gateway]\n  G --> M{Ranker}\n  M --> S[(Feature store)]\n',
  sequence: 'sequenceDiagram\n  participant C as Client\n  participant S as Service\n  C->>S: request\n  S-->>C: ranked items\n',
  class: 'classDiagram\n  class Model {\n    +predict(x)\n  }\n  Model <|-- Ranker\n',
  state: 'stateDiagram-v2\n  [*] --> Training\n  Training --> Serving: deploy\n  Serving --> [*]\n',
  er: 'erDiagram\n  USER ||--o{ EVENT : emits\n  EVENT }o--|| ITEM : about\n',
  pie: 'pie title Traffic\n  "mobile" : 60\n  "web" : 40\n',
  gitGraph: 'gitGraph\n  commit\n  branch feature\n  commit\n  checkout main\n  merge feature\n',
};

/**
 * Broken diagrams; `bad` is the text of the line the error must be reported on (unique in the doc).
 * jison-based: flowchart, sequence, class, state, ER, mindmap. Langium-based: pie, packet,
 * architecture, gitGraph, info, radar. Plus front matter / directive / comment / blank-line shifts.
 */
export const BROKEN = [
  { type: 'flowchart', src: 'flowchart TD\n  A --> B\n  B --> C[oops\n  C --> D\n', bad: '  B --> C[oops' },
  { type: 'sequence', src: 'sequenceDiagram\n  Alice->>Bob: hi\n  Bob->>: x\n', bad: '  Bob->>: x' },
  { type: 'class', src: 'classDiagram\n  Animal <|-- Duck\n  Duck : +swim()\n  Duck <|-- \n  Zebra : +run()\n', bad: '  Duck <|-- ' },
  { type: 'state', src: 'stateDiagram-v2\n  [*] --> S1\n  S1 --> S2 : go\n  S2 -> S3\n  S3 --> [*]\n', bad: '  S2 -> S3' },
  { type: 'er', src: 'erDiagram\n  A ||--o{ B : has\n  B }|..|{ : x\n', bad: '  B }|..|{ : x' },
  { type: 'mindmap', src: 'mindmap\n  root\n    a\n   b\n  c)\n', bad: '  c)' },
  { type: 'pie', src: 'pie title X\n  "a" : 10\n  "b" 20\n', bad: '  "b" 20' },
  { type: 'packet', src: 'packet-beta\n  0-15: "a"\n  16-31 "b"\n', bad: '  16-31 "b"' },
  { type: 'architecture', src: 'architecture-beta\n  group api(cloud)[API]\n  service db(database)[DB] in api\n  db:L -- R:\n', bad: '  db:L -- R:' },
  { type: 'gitGraph', src: 'gitGraph\n  commit\n  branch dev\n  chekout dev\n', bad: '  chekout dev' },
  { type: 'info', src: 'info\n  foo\n', bad: '  foo' },
  { type: 'radar', src: 'radar-beta\n  axis a, b, c\n  curve x{1, 2, }\n', bad: '  curve x{1, 2, }' },
  {
    type: 'flowchart+frontmatter+directive+comment',
    src: '---\ntitle: Shifted\n---\n%%{init: {"theme":"forest"}}%%\nflowchart TD\n  %% a comment\n\n  P --> Q\n  Q --> R[\n',
    bad: '  Q --> R[',
  },
  { type: 'pie+frontmatter+comment', src: '---\nconfig:\n  theme: forest\n---\n%% c\npie\n  "z" 1\n', bad: '  "z" 1' },
  { type: 'sequence+leading blank lines', src: '\n\n%% lead\nsequenceDiagram\n  K->>L: x\n  L->>: y\n', bad: '  L->>: y' },
];

export function fence(src) {
  return '```mermaid\n' + src + '```\n';
}

/** A design doc with `n` diagrams of mixed types and prose between them. */
export function docWithDiagrams(n) {
  const kinds = Object.values(VALID);
  const parts = ['# Ranking system design', '', 'Intro paragraph.', ''];
  for (let i = 0; i < n; i++) {
    parts.push(`## Part ${i + 1}`, '', `Prose about part ${i + 1}.`, '', fence(kinds[i % kinds.length].replace('User', `User${i}`).replace('Traffic', `Traffic ${i}`).replace('Training', `Training${i}`).replace('emits', `emits${i}`).replace('request', `request ${i}`).replace('predict(x)', `predict${i}(x)`).replace('branch feature', `branch feature${i}`).replace('merge feature', `merge feature${i}`)));
  }
  return parts.join('\n');
}
