/** Unnamed speakers as the article describes them: "a spokesman for the embassy". */
import { ORG_WORDS, SPOKES_NOUNS, STOPWORDS } from '../vocabulary';
import { tokenize } from '../names';

/** Head noun family of a description: "a spokesman for the embassy" → "spokes". */
export function descriptionHead(desc: string): string | null {
  const toks = tokenize(desc, 0, desc.length).map((t) => t.key);
  for (const t of toks) {
    if (SPOKES_NOUNS.has(t)) return t.startsWith('spokes') ? 'spokes' : t.replace(/s$/, '');
  }
  return null;
}

/** "the Tories" keeps its article; "A spokesperson …" at a sentence start is lower-cased. */
export function tidyDescription(desc: string): string {
  let d = desc.replace(/\s+/g, ' ').trim();
  d = d.replace(/^(A|An|The|One|Two)\b(?=\s+\p{Ll})/u, (w) => w.toLowerCase());
  d = d.replace(/^(A|An)\b(?=(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+\p{Ll})/u, (w) => w.toLowerCase());
  d = d.replace(/^(The)\b(?=\s+\p{Lu})/u, 'the');
  // "ABC in a statement", "the company on Monday": where or when it spoke is no part of who.
  d = d.replace(/\s+(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:statement|letter|interview|report|release|press release|blog|post|memo|note|email|e-mail)$/i, '');
  d = d.replace(/\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i, '');
  // "one analyst quoted by the news agency": who quoted them is where, not who.
  d = d.replace(/\s+(?:quoted|cited)\s+(?:by|in)\s+.*$/i, '');
  return d;
}

export function isOrgLike(desc: string): boolean {
  const toks = tokenize(desc, 0, desc.length);
  return toks.some((t) => ORG_WORDS.has(t.key)) || toks.every((t) => t.cap || STOPWORDS.has(t.key));
}
