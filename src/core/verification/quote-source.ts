/**
 * Where verification's candidate source quotes come from. The local sources (a corpus and its
 * search index) are one implementation; the shared archive (src/archive) another, answering from
 * what it fetched before a synchronous check; `combinedQuotes` puts the local sources first.
 */
import type { Corpus } from '../corpus/corpus';
import type { SearchIndex } from '../search/search';
import { turnNeighbours } from '../reading/turns';
import type { Article, Locator, Person, Quote } from '../types';

/** What verification reads of a source article. */
export type CandidateArticle = Pick<Article, 'path' | 'title' | 'outlet' | 'published'>;

/** What verification reads of a source quote (its page or time where the source keeps one). */
export type CandidateQuote = Pick<Quote, 'id' | 'text' | 'kind' | 'speaker' | 'personIndex' | 'role' | 'via' | 'line' | 'character'> & { locator?: Locator };

export interface SourceCandidate {
  article: CandidateArticle;
  quote: CandidateQuote;
}

export interface QuoteSource {
  /** Source quotes that may carry a draft quotation's words, best first; never from `draftPath`. */
  candidates(text: string, draftPath?: string): SourceCandidate[];
  /** The speaker as the sources name them (a merged full name, or the article's description). */
  speakerOf(quote: CandidateQuote, article: CandidateArticle): string | null;
  /** The person behind a candidate quote, when a named person said it. */
  personOf(quote: CandidateQuote, article: CandidateArticle): Person | undefined;
  /** People a name written in the draft may be. */
  findPeople(form: string): Person[];
  /**
   * The local sources behind this one, when it has them: whole articles and the search index's
   * passages, which the checks that read beyond a quote need (an ellipsis across one speaker's
   * quotes, whose words a source's passage gives them, headlines and a source's own text, prose
   * copied without credit). Where a source has none (the archive's answers), those are not made.
   */
  local?: { corpus: Corpus; index: SearchIndex };
}

/** How many candidates a draft quotation gets, and how many the archive's search hands to its ranking for them. */
export const CANDIDATE_LIMIT = 24;
export const CANDIDATE_POOL = 60;
/** A draft quotation is looked up by its first words. */
export const CANDIDATE_QUERY_CHARS = 400;

/** The local sources: the corpus and its search index. */
export function localQuotes(corpus: Corpus, index: SearchIndex): QuoteSource {
  return {
    candidates(text, draftPath) {
      const out: SourceCandidate[] = [];
      const seen = new Set<string>();
      // The postings alone: the words are known, and fuse.js's ranking for a writer costs ~100 ms here.
      const hits = index.lookup(text.slice(0, CANDIDATE_QUERY_CHARS), { limit: CANDIDATE_LIMIT, kinds: ['quote'] });
      for (const h of hits) {
        if (!h.ref || !h.path || h.path === draftPath || seen.has(h.ref)) continue;
        seen.add(h.ref);
        const article = corpus.get(h.path);
        const at = article ? article.quotes.findIndex((q) => q.id === h.ref) : -1;
        if (!article || at < 0) continue;
        const quote = article.quotes[at];
        out.push({ article, quote });
        // A transcript's turn is a quote a paragraph: a draft may quote across the break.
        // Across someone's brief interjection only with an ellipsis, where the writer says words were left out.
        const { before, after, resumed } = turnNeighbours(article.quotes, at);
        if (before) out.push({ article, quote: joined([before, quote]) });
        if (after) out.push({ article, quote: joined([quote, after]) });
        if (resumed.length && /\u2026|\.\s?\.\s?\./.test(text)) out.push({ article, quote: joined([quote, ...resumed]) });
      }
      return out;
    },
    speakerOf: (quote, article) => corpus.speakerOf(quote, article),
    personOf: (quote, article) => corpus.personOf(quote, article),
    findPeople: (form) => corpus.findPeople(form),
    local: { corpus, index },
  };
}

/** Paragraphs of a transcript as one candidate, found at the first (an interjection's words keep a quote across it from passing as verbatim). */
function joined(qs: Quote[]): Quote {
  const [a, z] = [qs[0], qs[qs.length - 1]];
  // Someone else's interjection shows as theirs: "… many years. [Kamala Harris: Yes.] That’s important …".
  const text = qs.map((q) => (q.speaker === a.speaker ? q.text : `[${q.speaker ?? 'someone else'}: ${q.text}]`)).join(' ');
  return { ...a, text, parts: qs.flatMap((q) => q.parts), outer: { start: a.outer.start, end: z.outer.end } };
}

/**
 * The first source's candidates, then the others' from articles the first does not hold (a local
 * copy of an archived article is the one the writer has open). People are looked up in all.
 */
export function combinedQuotes(first: QuoteSource, ...rest: QuoteSource[]): QuoteSource {
  const all = [first, ...rest];
  const owner = new WeakMap<CandidateQuote, QuoteSource>();
  return {
    candidates(text, draftPath) {
      const out: SourceCandidate[] = [];
      const paths = new Set<string>();
      for (const s of all) {
        // An article the local sources hold is theirs, whether or not its quote is a candidate.
        const mine = s.candidates(text, draftPath).filter((c) => !paths.has(c.article.path) && (s === first || !first.local?.corpus.has(c.article.path)));
        for (const c of mine) owner.set(c.quote, s);
        for (const c of mine) paths.add(c.article.path);
        out.push(...mine);
      }
      return out;
    },
    speakerOf: (quote, article) => (owner.get(quote) ?? first).speakerOf(quote, article),
    personOf: (quote, article) => (owner.get(quote) ?? first).personOf(quote, article),
    findPeople: (form) => [...new Set(all.flatMap((s) => s.findPeople(form)))],
    local: all.find((s) => s.local)?.local,
  };
}
