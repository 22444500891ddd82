/**
 * The core's own plain data types. Nothing here knows about an editor; the extension converts
 * these to `vscode` types in one adapter module.
 */

/** A 0-based line and UTF-16 character, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

/** Half-open range of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

export type QuoteKind = 'speech' | 'term';

/** One quotation found in a source. */
export interface Quote {
  /** Stable within one version of an article: `<article path>#<index>`. */
  id: string;
  /** Exact text between the marks; the parts of a continued quote joined by one space. */
  text: string;
  kind: QuoteKind;
  /** Full name, or the article's description of an unnamed speaker; null for a term or when unknown. */
  speaker: string | null;
  /** Index into the article's `people`, when the speaker is a named person. */
  personIndex: number | null;
  /** The speaker's role as this article gives it. */
  role: string | null;
  /** The attribution word: said, told, added, stated, wrote, according to, ... */
  cue: string | null;
  /** A fragment embedded in the writer's own sentence. */
  partial: boolean;
  /** The outlet the article credits ("told Reuters" → "Reuters"). */
  via: string | null;
  /** Where the attribution names the speaker (a name, pronoun or description), when it does. */
  speakerSpan: Span | null;
  /** Offsets of the text of each part (without the marks). */
  parts: Span[];
  /** Offset of the opening mark of the first part and just past the closing mark of the last. */
  outer: Span;
  /** Position of the first character of the text. */
  line: number;
  character: number;
}

/** A person (or other named speaker) as one article names them. */
export interface Mention {
  /** Surface form as written, titles stripped: "Trọng", "Kim Jong-un", "Le Thu". */
  text: string;
  span: Span;
  /** Article-local person this mention resolves to (index into ArticlePerson[]). */
  person: number;
}

/** A person as one article knows them, before the corpus merges articles. */
export interface ArticlePerson {
  /** Fullest form in this article. */
  name: string;
  forms: Set<string>;
  roles: string[];
  mentions: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Article {
  path: string;
  title: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) when the text states it. */
  published: string | null;
  text: string;
  paragraphs: Paragraph[];
  /** Sentences (quotes kept whole), for passages in search and context in cards. */
  sentences: Span[];
  quotes: Quote[];
  people: ArticlePerson[];
  mentions: Mention[];
  /** Problems met while reading (bad encoding, truncated input): shown to the user, never thrown. */
  warnings: string[];
  /** Line starts etc. are derived lazily from `text`. */
  positionAt(offset: number): Position;
  offsetAt(pos: Position): number;
}

/** A person across the whole corpus. */
export interface Person {
  key: string;
  name: string;
  aliases: string[];
  roles: string[];
  /** Article paths that mention the person. */
  articles: string[];
  /** Quote ids attributed to the person. */
  quotes: string[];
}
