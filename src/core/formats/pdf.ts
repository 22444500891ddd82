/**
 * Format: PDF (`.pdf`), through the PDF library the host loads on first use: text by page in
 * reading order, running headers and footers dropped, hyphenated words joined, page starts kept
 * for locators ("p. 2"). A PDF with no text layer is a scan: the writer is told to run OCR.
 */
import type { SourceDocument } from '../types';
import { asFormatError } from './errors';
import { layoutPages, usableTitle } from './pdf-layout';
import { asStatement } from './statement';
import { asTranscript } from './transcript';
import { FormatError, type FormatReader, type PdfFile, type PdfPage } from './types';

/** Pages read at most; a longer PDF is read up to here, with a warning. */
export const MAX_PDF_PAGES = 2000;
/** Characters of text read at most (as for any source). */
const MAX_CHARS = 8_000_000;

export const pdfReader: FormatReader = {
  id: 'pdf',
  extensions: ['.pdf'],
  async read(bytes, _name, libraries) {
    if (!(bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 1024).filter((b) => b < 128)).includes('%PDF-'))) throw new FormatError('not a readable PDF: the file is damaged or is no PDF');
    const lib = await libraries.pdf();
    let file: PdfFile;
    try {
      file = await lib.open(bytes);
    } catch (e) {
      throw asFormatError(e, 'could not be read as a PDF');
    }
    const warnings: string[] = [];
    const pages: PdfPage[] = [];
    try {
      const count = Math.min(file.pageCount, MAX_PDF_PAGES);
      if (file.pageCount > MAX_PDF_PAGES) warnings.push(`${file.pageCount} pages; only the first ${MAX_PDF_PAGES} were read`);
      let chars = 0;
      for (let n = 1; n <= count; n++) {
        const page = await file.page(n);
        pages.push(page);
        for (const it of page.items) chars += it.str.length;
        if (chars > MAX_CHARS) {
          if (n < file.pageCount) warnings.push(`longer than ${MAX_CHARS.toLocaleString('en')} characters; only the first ${n} pages were read`);
          break;
        }
      }
    } catch (e) {
      throw asFormatError(e, 'could not be read as a PDF');
    } finally {
      await file.close().catch(() => undefined);
    }
    const laid = layoutPages(pages);
    if (!/\p{L}/u.test(laid.text)) throw new FormatError('no text layer: run OCR first (the PDF holds only images of its pages)');
    if (laid.emptyPages.length) warnings.push(`${laid.emptyPages.length === 1 ? `page ${laid.emptyPages[0]} has` : `${laid.emptyPages.length} pages (first ${laid.emptyPages[0]}) have`} no text layer: run OCR first to read ${laid.emptyPages.length === 1 ? 'it' : 'them'}`);
    const doc: SourceDocument = { format: 'pdf', text: laid.text, title: usableTitle(file.info.title), pages: laid.pages, warnings };
    return asTranscript(doc) ?? asStatement(doc) ?? doc;
  },
};
