/**
 * "Fix all": several missing-item fixes planned one after the other on the evolving text, then
 * expressed as insertions into the ORIGINAL text (what a WorkspaceEdit needs). Pure (no vscode
 * import) so it is unit-tested with property tests.
 *
 * Each fix is planned against the text that already holds the previous ones, so two fixes for
 * the same section never fight over one offset; mapping the result back yields non-overlapping
 * insertions at distinct original offsets whose application equals the sequential result, and
 * the original text stays a subsequence of the result (fixes only ever insert).
 */
import type { Fix, Insertion } from '../../core/lint/types';

/** One original offset and everything inserted there, in final-text order. */
interface Chunk {
  orig: number;
  text: string;
}

/** The original text plus insertions, kept as chunks sorted by original offset. */
export class InsertionPlan {
  private readonly chunks: Chunk[] = [];
  private current: string;

  constructor(readonly original: string) {
    this.current = original;
  }

  /** The text with every insertion so far applied. */
  get text(): string {
    return this.current;
  }

  /**
   * Applies insertions given in offsets of the CURRENT text (as a fix planned on `this.text`
   * returns them). Insertions of one fix are applied from the last offset to the first, so
   * their offsets all refer to the text before the fix.
   */
  apply(insertions: readonly Insertion[]): void {
    for (const ins of backToFront(insertions)) {
      if (ins.text.length === 0) continue;
      if (ins.offset < 0 || ins.offset > this.current.length) {
        throw new RangeError(`Insertion offset ${ins.offset} outside the text (length ${this.current.length}).`);
      }
      this.insertAt(ins.offset, ins.text);
      this.current = this.current.slice(0, ins.offset) + ins.text + this.current.slice(ins.offset);
    }
  }

  private insertAt(cur: number, text: string): void {
    // Walk chunks in order; `shift` = characters inserted before the current chunk's offset.
    let shift = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      const c = this.chunks[i];
      const start = c.orig + shift; // where the chunk's text starts in the current text
      const end = start + c.text.length;
      if (cur < start) {
        this.chunks.splice(i, 0, { orig: cur - shift, text });
        return;
      }
      if (cur <= end) {
        // Inside (or at either edge of) an inserted chunk: extend it.
        const local = cur - start;
        c.text = c.text.slice(0, local) + text + c.text.slice(local);
        return;
      }
      shift += c.text.length;
    }
    this.chunks.push({ orig: cur - shift, text });
  }

  /** Insertions into the original text, ascending, at distinct offsets. */
  insertions(): Insertion[] {
    return this.chunks.map((c) => ({ offset: c.orig, text: c.text }));
  }
}

/**
 * Insertions in application order: last offset first, and for one offset the later-listed one
 * first, so that they end up in the listed order.
 */
function backToFront(insertions: readonly Insertion[]): Insertion[] {
  return insertions
    .map((ins, index) => ({ ins, index }))
    .sort((a, b) => b.ins.offset - a.ins.offset || b.index - a.index)
    .map((x) => x.ins);
}

/** Applies insertions (offsets of `text`) to `text`. */
export function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  let out = text;
  for (const i of backToFront(insertions)) out = out.slice(0, i.offset) + i.text + out.slice(i.offset);
  return out;
}

/** True when every character of `sub` appears in `text` in order. */
export function isSubsequence(sub: string, text: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length && j < sub.length; i++) if (text.charCodeAt(i) === sub.charCodeAt(j)) j++;
  return j === sub.length;
}

export interface FixAllResult {
  readonly insertions: Insertion[];
  /** Rule ids whose fix was applied, in order. */
  readonly applied: string[];
  readonly finalText: string;
}

/**
 * Plans every rule's fix in turn on the evolving text (`planFix(text, ruleId)`, e.g. the
 * engine's planItemFix) and returns the combined insertions against `original`.
 */
export function planFixAll(
  original: string,
  ruleIds: readonly string[],
  planFix: (text: string, ruleId: string) => Fix | undefined,
): FixAllResult {
  const plan = new InsertionPlan(original);
  const applied: string[] = [];
  for (const id of ruleIds) {
    const fix = planFix(plan.text, id);
    if (!fix || fix.insertions.length === 0) continue;
    plan.apply(fix.insertions);
    applied.push(id);
  }
  const insertions = plan.insertions();
  const finalText = plan.text;
  if (applyInsertions(original, insertions) !== finalText || !isSubsequence(original, finalText)) {
    // Cannot happen for insert-only fixes; guard so a bug never corrupts a document.
    throw new Error('Fix-all planning produced inconsistent insertions.');
  }
  return { insertions, applied, finalText };
}
