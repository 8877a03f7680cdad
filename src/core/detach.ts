/**
 * A copy of `s` that shares no memory with the string it was cut from.
 *
 * V8 makes `slice`, `substring` and regex matches of 13+ characters views into their parent
 * string, so a short string kept in a cache keeps the whole document it came from alive: one
 * version of the document per keystroke. Strings that outlive a lint (cache keys, remembered
 * tokens) are detached first. Concatenating makes a new string that a slice flattens into fresh
 * memory; the slice then points into that copy only.
 */
export function detach(s: string): string {
  return (s + ' ').slice(0, -1);
}
