/**
 * What a format reader is, and the small library port through which the readers of heavy formats
 * (PDF, Word, web pages) reach their parsing libraries. The core never loads a library itself:
 * the host (the command-line tool, the editor) hands readers a `FormatLibraries` that loads each
 * library on first use, so a folder with no PDF never pays for a PDF parser.
 */
import type { SourceDocument } from '../types';

/** A reader that maps a file's bytes to the one document shape the article reader takes. */
export interface FormatReader {
  /** Stable id: "pdf", "transcript". */
  id: string;
  /** File name endings it reads, lower case with the dot: ".pdf". */
  extensions: readonly string[];
  /**
   * Whether this reader takes the file, beyond its extension (a transcript is recognised by its
   * labels). Absent: the extension decides. Looks at the bytes only, cheaply.
   */
  accepts?(bytes: Uint8Array, name: string): boolean;
  /**
   * Reads the bytes. Problems the writer should know of are `warnings`; bytes that hold no
   * readable source (an encrypted PDF, a page with no article) throw a `FormatError` whose message
   * is shown as it is.
   */
  read(bytes: Uint8Array, name: string, libraries: FormatLibraries): SourceDocument | Promise<SourceDocument>;
}

/** A source that cannot be read, with the one message that says why (shown to the writer as it is). */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

// ---------------------------------------------------------------------------------------------
// The library port: what each heavy format needs from its library, and no more.

/** A run of text on a PDF page, as the PDF draws it (PDF units, origin at the bottom left). */
export interface PdfTextItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (the glyphs' height). */
  size: number;
  /** The PDF marks a line end after this item. */
  eol: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A PDF opened for reading. */
export interface PdfFile {
  pageCount: number;
  /** The document's own properties, where set. */
  info: { title: string | null; author: string | null; created: string | null };
  /** Page `n` (1-based). */
  page(n: number): Promise<PdfPage>;
  close(): Promise<void>;
}

export interface PdfLibrary {
  /** Opens a PDF. Throws a `FormatError` for an encrypted or damaged file. */
  open(bytes: Uint8Array): Promise<PdfFile>;
}

/** A block of a page or document: a paragraph, a heading, a list item, a table cell. */
export interface TextBlock {
  /** "p", "h1".."h6", "li", "td", "blockquote", "pre". */
  tag: string;
  /** Its text, entities decoded, runs joined; line breaks inside it kept as "\n". */
  text: string;
}

/** A web page as the HTML library sees it: its metadata as written, and the article it holds. */
export interface HtmlPage {
  /** `<title>`, entities decoded. */
  title: string | null;
  /** Every `<meta>` with a property or name, in document order. */
  meta: { key: string; content: string }[];
  /** The text of every `<script type="application/ld+json">`, unparsed. */
  jsonLd: string[];
  /** The main article (Mozilla Readability), or null when the page holds none. */
  article: { title: string | null; byline: string | null; blocks: TextBlock[]; /** Characters of link text in the article: a page of links is no article. */ links: number } | null;
}

export interface HtmlLibrary {
  parse(html: string): HtmlPage;
}

export interface DocxLibrary {
  /** The document's body as blocks (comments and deleted text left out). Throws a `FormatError` for a damaged file or a zip bomb. */
  read(bytes: Uint8Array): Promise<{ blocks: TextBlock[]; messages: string[] }>;
}

/** The libraries, each loaded on first use by the host. */
export interface FormatLibraries {
  pdf(): Promise<PdfLibrary>;
  html(): Promise<HtmlLibrary>;
  docx(): Promise<DocxLibrary>;
}
