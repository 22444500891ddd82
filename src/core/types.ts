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

/** The kind of file a source was read from. */
export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx' | 'transcript' | 'captions';

/** Where a quote stands in its source beyond the line: a PDF's page, a recording's time; null otherwise. */
export type Locator = { page: number } | { time: string } | null;

/** A speaker's turn in a transcript or captions: the labelled speaker's words. */
export interface Turn {
  /** Offsets of the turn's words in the document's text (the label left out). */
  start: number;
  end: number;
  /** The label as written: "MS. LEAVITT", "Q", "Speaker 1", "Jane Doe". */
  label: string;
  /**
   * A reporter's or interviewer's question ("Q"), a stage direction (no one's words), or the body
   * of a statement issued in the name of the person its title names (`label`).
   */
  role: 'speaker' | 'questioner' | 'direction' | 'issuer';
  /** The time the turn starts, as written ("00:12:31"), when the source gives one. */
  time: string | null;
}

/**
 * A source as its format reader gives it to the article reader: the readable text, and what the
 * format knows beyond it (metadata, page starts, times, speaker turns). Every format maps its
 * bytes to this one shape.
 */
export interface SourceDocument {
  format: SourceFormat;
  text: string;
  /** Metadata the format states (a web page's JSON-LD, a PDF's properties); the text is read for the rest. */
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  /** Offset in `text` where each page starts (PDF): page n is pages[n-1]. */
  pages?: number[];
  /** Time marks: from `start` on, the recording is at `time` (captions, time-stamped transcripts). */
  times?: { start: number; time: string }[];
  turns?: Turn[];
  /** Problems met while reading the format: shown to the user, never thrown. */
  warnings?: string[];
}

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
  /** The attribution rule that decided the speaker (reading/attribution/rules), or null. */
  rule: string | null;
  /** A PDF's page or a recording's time, where the format has one. */
  locator: Locator;
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
  format: SourceFormat;
  text: string;
  paragraphs: Paragraph[];
  /** Sentences (quotes kept whole), for passages in search and context in cards. */
  sentences: Span[];
  quotes: Quote[];
  people: ArticlePerson[];
  mentions: Mention[];
  /** Problems met while reading (bad encoding, truncated input): shown to the user, never thrown. */
  warnings: string[];
  /** A PDF's page starts in `text` (page n at pages[n-1]), to show the pages where the text is opened. */
  pages?: number[];
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
