/**
 * The archive as a source of candidate quotes for verification. Verification is synchronous and
 * the archive is not: `archiveQuotes` first asks the archive for every quotation of the draft (a
 * few at a time) and for every name the draft attributes them to, then answers from what it got.
 */
import type { Article } from '../core/types';
import { CANDIDATE_LIMIT, CANDIDATE_POOL, CANDIDATE_QUERY_CHARS, type CandidateQuote, type QuoteSource, type SourceCandidate } from '../core/verification/quote-source';
import type { ArchivePerson, ArchiveSearch } from './search';

/** How many look-ups run at once (each is one statement; the server has its own cores to spread them on). */
const PARALLEL = 4;

async function inParallel<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, run));
}

/** Fetches what checking `draft` (already parsed) against the archive needs, and answers from it. */
export async function archiveQuotes(search: ArchiveSearch, draft: Article): Promise<QuoteSource> {
  const texts = [...new Set(draft.quotes.map((q) => q.text.slice(0, CANDIDATE_QUERY_CHARS)))];
  const forms = [...new Set(draft.quotes.map((q) => q.speaker).filter((s): s is string => !!s))];
  const found = new Map<string, SourceCandidate[]>();
  const personKeyOf = new WeakMap<CandidateQuote, string>();
  const people = new Map<string, ArchivePerson>();
  const named = new Map<string, ArchivePerson[]>();
  const keep = (p: ArchivePerson) => {
    const had = people.get(p.key);
    if (had) return had;
    people.set(p.key, p);
    return p;
  };
  await inParallel(texts, PARALLEL, async (text) => {
    const ranked = await search.searchDocs(text, { limit: CANDIDATE_LIMIT, kinds: ['quote'], candidates: CANDIDATE_POOL });
    const out: SourceCandidate[] = [];
    const seen = new Set<string>();
    for (const { doc } of ranked) {
      if (!doc.ref || !doc.path || !doc.quote || seen.has(doc.ref)) continue;
      seen.add(doc.ref);
      const q = doc.quote;
      const quote: CandidateQuote = { id: doc.ref, text: q.text, kind: q.kind, speaker: q.speaker, personIndex: q.personLocal, role: doc.role, via: q.via, line: doc.line, character: doc.character };
      if (q.personKey) personKeyOf.set(quote, q.personKey);
      out.push({ article: { path: doc.path, title: doc.title ?? doc.path, outlet: doc.outlet, published: doc.published }, quote });
    }
    found.set(text, out);
  });
  await inParallel(forms, PARALLEL, async (form) => {
    named.set(form, (await search.findPeople(form)).map(keep));
  });
  const keys = new Set<string>();
  for (const list of found.values()) for (const c of list) if (personKeyOf.get(c.quote)) keys.add(personKeyOf.get(c.quote)!);
  for (const p of await search.peopleByKey([...keys].filter((k) => !people.has(k)))) keep(p);
  return {
    candidates: (text, draftPath) => (found.get(text.slice(0, CANDIDATE_QUERY_CHARS)) ?? []).filter((c) => c.article.path !== draftPath),
    speakerOf: (quote) => quote.speaker,
    personOf: (quote) => {
      const key = personKeyOf.get(quote);
      return key ? people.get(key) : undefined;
    },
    findPeople: (form) => named.get(form) ?? [],
  };
}
