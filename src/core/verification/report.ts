/**
 * The command-line contract: the JSON shapes other tools read. Field names here are a contract;
 * change them only with the issue that defines them.
 */
import type { Corpus } from '../corpus/corpus';
import type { Locator, SourceFormat } from '../types';

export interface QuoteJson {
  text: string;
  kind: 'speech' | 'term';
  speaker: string | null;
  role: string | null;
  cue: string | null;
  partial: boolean;
  via: string | null;
  /** The attribution rule that decided the speaker, or null. */
  rule: string | null;
  /** `{"page": 2}` for a PDF, `{"time": "00:12:31"}` for captions and time-stamped transcripts, else null. */
  locator: Locator;
  line: number;
  character: number;
}

export interface ArticleJson {
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  format: SourceFormat;
  quotes: QuoteJson[];
}

export interface PersonJson {
  name: string;
  aliases: string[];
  roles: string[];
  articles: string[];
  quotes: string[];
}

export interface IndexJson {
  articles: ArticleJson[];
  people: PersonJson[];
}

/** The `citedesk index --json` document for a corpus. */
export function indexJson(corpus: Corpus): IndexJson {
  const quoteText = new Map<string, string>();
  const articles = corpus.articles.map((a) => {
    for (const q of a.quotes) quoteText.set(q.id, q.text);
    return {
      path: a.path,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      format: a.format,
      quotes: a.quotes.map((q) => ({
        text: q.text,
        kind: q.kind,
        speaker: q.kind === 'term' ? null : corpus.speakerOf(q, a),
        role: q.role,
        cue: q.cue,
        partial: q.partial,
        via: q.via,
        rule: q.rule,
        locator: q.locator,
        line: q.line,
        character: q.character,
      })),
    };
  });
  const people = corpus.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    articles: p.articles,
    quotes: [...new Set(p.quotes.map((id) => quoteText.get(id)).filter((t): t is string => t !== undefined))],
  }));
  return { articles, people };
}
