/**
 * An article as the archive stores it: plain rows, made where the article was parsed (a worker
 * thread) so that the thread talking to the database only sends them. The searchable passages and
 * their words are exactly the documents the local search index makes of the article.
 */
import { nameKey } from '../core/reading/names';
import { wordTokens } from '../core/reading/text';
import { articleDocs, type ArticleDoc } from '../core/search/search';
import type { QuoteJson } from '../core/verification/report';
import type { Article } from '../core/types';

export interface PersonRow {
  local: number;
  key: string;
  name: string;
  forms: string[];
  formKeys: string[];
  roles: string[];
  mentions: number;
}

/** A quote as the command line's contract gives it, and what the archive keeps besides. */
export interface QuoteRow extends QuoteJson {
  n: number;
  personLocal: number | null;
  outerStart: number;
  outerEnd: number;
}

/** A searchable document of the article as the index makes it, with its distinct words (space-separated; words never hold one). */
export type PassageRow = Omit<ArticleDoc, 'kind' | 'indexed'> & { kind: 0 | 1; words: string };

export interface ArticleRows {
  path: string;
  hash: string;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
  warnings: string[];
  people: PersonRow[];
  quotes: QuoteRow[];
  passages: PassageRow[];
}

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as PostgreSQL can hold it: a NUL character or half a surrogate pair (neither is text) becomes
 * U+FFFD, one code unit for one, so every offset into the text still holds.
 */
export function dbText(s: string): string;
export function dbText(s: string | null): string | null;
export function dbText(s: string | null): string | null {
  return s === null ? s : s.replace(UNSTORABLE, '\ufffd');
}

/** A tsvector lexeme may be at most 2047 bytes; a longer "word" is no word anyone searches for. */
const MAX_LEXEME_BYTES = 2046;

/** The distinct words of a document, as the search index files it. */
export function docWords(text: string): string {
  const seen = new Set<string>();
  for (const w of wordTokens(dbText(text))) if (Buffer.byteLength(w) <= MAX_LEXEME_BYTES) seen.add(w);
  return [...seen].join(' ');
}

/** The rows of one parsed article. Speakers are the article's own (its fullest name for each person). */
export function articleRows(a: Article, hash: string): ArticleRows {
  const speakerOf = (pi: number | null, fallback: string | null) => (pi !== null ? a.people[pi]?.name ?? fallback : fallback);
  const people: PersonRow[] = a.people.map((p, local) => {
    const forms = [...p.forms].map((f) => dbText(f));
    return { local, key: nameKey(p.name), name: dbText(p.name), forms, formKeys: [...new Set([nameKey(p.name), ...forms.map(nameKey)].filter(Boolean))], roles: p.roles.map((r) => dbText(r)), mentions: p.mentions };
  });
  const quotes: QuoteRow[] = a.quotes.map((q, n) => ({
    n,
    text: dbText(q.text),
    kind: q.kind,
    speaker: dbText(speakerOf(q.personIndex, q.speaker)),
    personLocal: q.personIndex,
    role: dbText(q.role),
    cue: dbText(q.cue),
    partial: q.partial,
    via: dbText(q.via),
    line: q.line,
    character: q.character,
    outerStart: q.outer.start,
    outerEnd: q.outer.end,
    rule: q.rule,
    locator: q.locator,
  }));
  const passages: PassageRow[] = articleDocs(a, (q) => speakerOf(q.personIndex, q.speaker)).map((d) => ({
    kind: d.kind === 'quote' ? 0 : 1,
    sub: d.sub,
    text: dbText(d.text),
    speaker: dbText(d.speaker),
    role: dbText(d.role),
    line: d.line,
    character: d.character,
    start: d.start,
    end: d.end,
    words: docWords(d.indexed),
  }));
  return { path: a.path, hash, title: dbText(a.title), outlet: dbText(a.outlet), published: a.published, text: dbText(a.text), warnings: a.warnings, people, quotes, passages };
}
