/**
 * A statement issued in someone's name ("Statement by Press Secretary Jen Psaki on …",
 * "Statement from President Joe Biden on …"): its body is that person's words, as a transcript's
 * turn is its speaker's. Recognised by its title, in any format; a joint statement, a readout or
 * a release is read as an article.
 */
import type { SourceDocument } from '../types';
import { readFrontMatter } from './front-matter';

/** "Statement by|from <who>[ on|regarding|… what]". */
const TITLE = /^\s*statement\s+(?:by|from)\s+(?:the\s+)?(.+?)(?:\s+(?:on|regarding|about|upon|following|marking|after|in|to|at|for)\s+.*)?\s*$/i;
/** The release's end mark: "###", "\###" in Markdown, "END", "– END –". */
const END = /^[ \t]*(?:\\?#{3}|[-–—]*\s*END\s*[-–—]*)[ \t]*$/m;

/** Who issued the statement its title names, or null when the title names no one person. */
export function statementBy(title: string | null): string | null {
  const m = title ? TITLE.exec(title.replace(/\s+/g, ' ')) : null;
  if (!m) return null;
  const who = m[1].replace(/[,.;:]+$/, '').trim();
  // A joint statement speaks for several people; one by an institution for no one in particular.
  if (/\band\b|&/i.test(who) || !/^\p{Lu}/u.test(who)) return null;
  if (/^(?:the\s+)?(?:White House|(?:U\.?S\.?\s+)?(?:Department|Ministry|Office|Embassy|Government|Council|Committee|Mission)\b.*)$/i.test(who)) return null;
  return who;
}

/** The document as a statement by the person its title names: one turn over its body; null when it is none. */
export function asStatement(doc: SourceDocument): SourceDocument | null {
  if (doc.turns?.length) return null;
  let from = readFrontMatter(doc.text)?.end ?? 0;
  // The title: the document's own, or its first line.
  const firstLine = /^\s*(\S[^\n]*)/.exec(doc.text.slice(from));
  const title = doc.title ?? firstLine?.[1] ?? null;
  const who = statementBy(title);
  if (!who) return null;
  if (firstLine && statementBy(firstLine[1].replace(/^#+\s*/, ''))) from += firstLine.index + firstLine[0].length;
  while (from < doc.text.length && /\s/.test(doc.text[from])) from++;
  const end = END.exec(doc.text.slice(from));
  let to = end ? from + end.index : doc.text.length;
  while (to > from && /\s/.test(doc.text[to - 1])) to--;
  if (to - from < 20) return null;
  return { ...doc, turns: [{ start: from, end: to, label: who, role: 'issuer', time: null }] };
}
