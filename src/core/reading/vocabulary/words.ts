/** Helpers for word lists: a set from a list written as text, and a regular expression alternative from a list. */

/** The words of a list written one space apart (line breaks allowed): all lower case. */
export const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** `(?:a|b|c)` for the words, in their order (a phrase's spaces kept as written). */
export function alternation(list: Iterable<string>): string {
  return `(?:${[...list].join('|')})`;
}
