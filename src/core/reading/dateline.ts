/**
 * A dateline opening a story: "WASHINGTON —", "WASHINGTON (AP) —", "LA CROSSE, Wis. —",
 * "BEIJING, June 5 (Reuters) -", "NEW DELHI:". It says where the story was filed, not who speaks.
 */
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu}.'\u2019-]+(?:[ \t]+\p{Lu}[\p{Lu}.'\u2019-]*)*(?:,[ \t]*\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+)?(?:[ \t]+\d{1,2})?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[\u2014\u2013]|--?|:)[ \t]+/u;

/** The end of a dateline at `at` (a paragraph's start), or `at` when there is none. */
export function datelineEnd(text: string, at: number): number {
  const head = text.slice(at, at + 80);
  const m = DATELINE.exec(head);
  // At least two capitals in a row: "WASHINGTON", not "Washington".
  if (!m || !/\p{Lu}\p{Lu}/u.test(m[0])) return at;
  return at + m[0].length;
}
