/**
 * Rule verdicts remembered per unit across lints (incremental re-lint).
 *
 * In the editor a document is linted on every pause in typing, and between two lints one
 * paragraph changed: every other bullet, row and paragraph reads exactly as before, so whether it
 * commits to a p99 target, a drift monitor or an A/B plan is looked up instead of decided again.
 *
 * A verdict is kept for everything a unit-local rule can read (see ItemDetector.readsDoc): the
 * unit's kind, text (cleaned, lower-cased and raw), label, parent text, table cells, flags, mode,
 * list depth, sections, the heading it sits under, and the text of the units nested under it.
 * Two units with the same key get the same verdict from such a rule, in any document. Rules that
 * read the other units under the unit's heading declare `readsDoc: 'heading'` and are remembered
 * per run of units under one heading (its key: the entries of all its units, in order); rules that
 * read the whole document declare `readsDoc: true` and are never remembered.
 * Bounded: the tables are dropped when full.
 */
import type { ParsedDoc, Unit } from './parse';
import type { LocalVerdict } from './rules/types';

/** What evaluation needs of a rule. */
export interface MemoRule {
  /** Position of the rule's verdict in a unit's row (0 ≤ slot < slots). */
  readonly slot: number;
  readonly readsDoc?: boolean | 'heading';
  readonly test: (u: Unit, doc: ParsedDoc) => boolean;
  /** The unit-local part of a test that also reads one document fact (ItemDetector.local). */
  readonly local?: (u: Unit, doc: ParsedDoc) => LocalVerdict;
  readonly docFact?: (doc: ParsedDoc) => boolean;
}

const LIMIT = 20000;
/** Runs of units under one heading remembered (for readsDoc: 'heading' rules). */
const RUN_LIMIT = 4000;
/** Nested text beyond this many characters: the unit is not remembered. */
const MAX_NESTED = 6000;
const NOT_KEPT = new Int8Array(0);

/**
 * Rows are cut from slabs of SLAB bytes (a typed array per row cost more to make than the row's
 * verdicts): a slab lives while a remembered entry or a parsed document still points into it.
 */
const SLAB = 1 << 16;
let slab = new Int8Array(SLAB);
let slabUsed = 0;
/** Where lookup put the row it returned (set with the slab it returns), and that entry's id. */
let rowAt = 0;
let entryId = -1;

function newRow(slots: number): Int8Array {
  if (slots > SLAB) {
    rowAt = 0;
    return new Int8Array(slots);
  }
  if (slabUsed + slots > SLAB) {
    slab = new Int8Array(SLAB);
    slabUsed = 0;
  }
  rowAt = slabUsed;
  slabUsed += slots;
  return slab;
}

/**
 * What a unit-local rule can read of a unit, beside its raw text (the table's key). Sections,
 * cells and nested text are kept as lists and compared item by item (nothing is joined per lint).
 */
interface Entry {
  readonly kind: string;
  readonly flags: number;
  readonly mode: string | undefined;
  readonly depth: number;
  readonly bits: number;
  readonly sections: readonly string[];
  readonly heading: string;
  readonly label: string;
  readonly parentText: string;
  /** the cells ([] when none) */
  readonly cells: readonly string[];
  readonly text: string;
  readonly low: string;
  /** the `low` of each unit nested under it, in order */
  readonly nested: readonly string[];
  /**
   * one verdict per rule slot: 0 not decided yet, 1 present, 2 not present; then one code per slot
   * (UnitVerdicts.code): `slab[at …]` (rows are cut from shared slabs, not allocated one by one)
   */
  readonly slab: Int8Array;
  readonly at: number;
  /** distinct for every entry ever made (runs are keyed by their units' ids) */
  readonly id: number;
}

/**
 * raw text → the units seen with it (usually one). Keyed by `u.raw`, which the parser hands out
 * as the same string for the same text (its hash is computed once); the other fields are compared
 * one by one instead of being joined into one long key.
 */
const table = new Map<string, Entry[]>();
let size = 0;
let nextId = 0;

/**
 * A run of units under one heading, keyed by their entries' ids (comma-separated, in order) →
 * per rule slot, one verdict per unit of the run (0 not decided yet, 1 present, 2 not present).
 */
const runTable = new Map<string, Array<Int8Array | undefined>>();
const NO_CELLS: readonly string[] = [];

/** The verdicts of one parsed document's units, backed by the shared table. */
export class UnitVerdicts {
  /** per unit: the slab its row is in (undefined until looked up), and where in it */
  private readonly rows: Array<Int8Array | undefined>;
  private readonly rowStart: Int32Array;

  constructor(
    private readonly doc: ParsedDoc,
    private readonly slots: number,
  ) {
    this.rows = new Array<Int8Array | undefined>(doc.units.length);
    this.rowStart = new Int32Array(doc.units.length);
    this.ids = new Int32Array(doc.units.length);
  }

  /**
   * rule.test(u, doc), remembered when the rule is unit-local, or its local part when it has one
   * (3 in the row: present if the document fact holds, asked once per document).
   */
  test(rule: MemoRule, u: Unit): boolean {
    if (rule.readsDoc) return rule.readsDoc === 'heading' ? this.runTest(rule, u) : rule.test(u, this.doc);
    const row = this.rows[u.index] ?? this.rowOf(u);
    if (row === NOT_KEPT) return rule.test(u, this.doc);
    const at = this.rowStart[u.index] + rule.slot;
    let v = row[at];
    if (v === 0) {
      if (rule.local) {
        const l = rule.local(u, this.doc);
        v = l === 1 ? 1 : l === 2 ? 3 : 2;
      } else {
        v = rule.test(u, this.doc) ? 1 : 2;
      }
      row[at] = v;
    }
    return v === 1 || (v === 3 && this.fact(rule));
  }

  /** rule.docFact(doc), once per document and rule. */
  private fact(rule: MemoRule): boolean {
    let f = this.facts?.get(rule);
    if (f === undefined) {
      f = rule.docFact ? rule.docFact(this.doc) : false;
      (this.facts ??= new Map()).set(rule, f);
    }
    return f;
  }
  private facts: Map<MemoRule, boolean> | undefined;

  /**
   * A small code (1..127) that `compute` derives from the unit alone (what whyAbsent makes of it
   * for `rule`), remembered like a verdict — also for rules whose tests read the document.
   */
  code(rule: MemoRule, u: Unit, compute: (u: Unit) => number): number {
    const row = this.rows[u.index] ?? this.rowOf(u);
    if (row === NOT_KEPT) return compute(u);
    const at = this.rowStart[u.index] + this.slots + rule.slot;
    const v = row[at];
    if (v !== 0) return v;
    const res = compute(u);
    row[at] = res;
    return res;
  }

  private rowOf(u: Unit): Int8Array {
    const row = lookup(this.doc, u, 2 * this.slots);
    this.rows[u.index] = row;
    this.rowStart[u.index] = rowAt;
    this.ids[u.index] = entryId;
    return row;
  }
  private readonly ids: Int32Array;

  /** rule.test(u, doc) for a rule that reads only the units under u's heading: remembered per run. */
  private runTest(rule: MemoRule, u: Unit): boolean {
    const run = this.runOf(u);
    if (run === null) return rule.test(u, this.doc);
    const verdicts = (run.verdicts[rule.slot] ??= new Int8Array(run.length));
    const at = u.index - run.start;
    let v = verdicts[at];
    if (v === 0) verdicts[at] = v = rule.test(u, this.doc) ? 1 : 2;
    return v === 1;
  }

  /** The run of units that share u's heading, with its remembered verdicts; null when a unit of it is not remembered. */
  private runOf(u: Unit): Run | null {
    const runs = (this.runs ??= []);
    const known = runs[u.index];
    if (known !== undefined) return known;
    const units = this.doc.units;
    const h = u.headingIdx;
    let start = u.index;
    while (start > 0 && units[start - 1].headingIdx === h) start--;
    let end = u.index + 1;
    while (end < units.length && units[end].headingIdx === h) end++;
    let key = '';
    let run: Run | null = null;
    for (let k = start; k < end; k++) {
      if ((this.rows[k] ?? this.rowOf(units[k])) === NOT_KEPT) {
        key = '';
        break;
      }
      key += `${this.ids[k]},`;
    }
    if (key !== '') {
      let verdicts = runTable.get(key);
      if (verdicts === undefined) {
        if (runTable.size >= RUN_LIMIT) runTable.clear();
        runTable.set(key, (verdicts = []));
      }
      run = { start, length: end - start, verdicts };
    }
    for (let k = start; k < end; k++) runs[k] = run;
    return run;
  }
  /** per unit: its run once asked (null: not remembered) */
  private runs: Array<Run | null | undefined> | undefined;
}

interface Run {
  readonly start: number;
  readonly length: number;
  readonly verdicts: Array<Int8Array | undefined>;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Are the lows of the units nested under u (u.index+1 … u.lastDesc) the list `nested`? */
function sameNested(doc: ParsedDoc, u: Unit, nested: readonly string[]): boolean {
  const count = u.lastDesc > u.index ? u.lastDesc - u.index : 0;
  if (nested.length !== count) return false;
  for (let k = 0; k < count; k++) if (doc.units[u.index + 1 + k].low !== nested[k]) return false;
  return true;
}

/** The row of u's verdicts (`slots` of them, from `rowAt`), or NOT_KEPT. */
function lookup(doc: ParsedDoc, u: Unit, slots: number): Int8Array {
  // nested text beyond MAX_NESTED characters (counting one separator per unit): not remembered
  if (u.lastDesc > u.index) {
    let chars = 0;
    for (let k = u.index + 1; k <= u.lastDesc; k++) {
      chars += 1 + doc.units[k].low.length;
      if (chars > MAX_NESTED) {
        entryId = -1;
        return NOT_KEPT;
      }
    }
  }
  const heading = u.headingIdx >= 0 ? (doc.headings[u.headingIdx]?.norm ?? '') : '';
  const bits = (u.uncommitted ? 1 : 0) | (u.scopeList ? 2 : 0);
  const cells = u.cells ?? NO_CELLS;
  const list = table.get(u.raw);
  if (list !== undefined) {
    for (const e of list) {
      if (
        e.kind === u.kind && e.flags === u.flags && e.mode === u.mode && e.depth === u.depth && e.bits === bits &&
        sameList(e.sections, u.sections) && e.heading === heading && e.label === u.label && e.parentText === u.parentText &&
        sameList(e.cells, cells) && e.text === u.text && e.low === u.low && sameNested(doc, u, e.nested)
      ) {
        rowAt = e.at;
        entryId = e.id;
        return e.slab;
      }
    }
  }
  if (size >= LIMIT) {
    table.clear();
    runTable.clear();
    size = 0;
  }
  let nested = NO_CELLS;
  if (u.lastDesc > u.index) {
    const list: string[] = [];
    for (let k = u.index + 1; k <= u.lastDesc; k++) list.push(doc.units[k].low);
    nested = list;
  }
  const row = newRow(slots);
  const entry: Entry = {
    kind: u.kind, flags: u.flags, mode: u.mode, depth: u.depth, bits, sections: u.sections.slice(), heading, label: u.label, parentText: u.parentText,
    cells: cells.length === 0 ? NO_CELLS : cells.slice(), text: u.text, low: u.low, nested, slab: row, at: rowAt, id: nextId++,
  };
  const again = table.get(u.raw);
  if (again) again.push(entry);
  else table.set(u.raw, [entry]);
  size++;
  rowAt = entry.at;
  entryId = entry.id;
  return row;
}

const perDoc = new WeakMap<ParsedDoc, UnitVerdicts>();

/** The verdicts of `doc`'s units (one object per parsed document). */
export function verdictsOf(doc: ParsedDoc, slots: number): UnitVerdicts {
  let v = perDoc.get(doc);
  if (v === undefined) perDoc.set(doc, (v = new UnitVerdicts(doc, slots)));
  return v;
}

/** Forget every remembered verdict (tests compare a cold lint with a warm one). */
export function clearVerdicts(): void {
  table.clear();
  runTable.clear();
  size = 0;
}
