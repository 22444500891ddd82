/**
 * Format: Word files (`.docx`), through the Word library the host loads on first use (mammoth):
 * runs joined, headings kept, comments and deleted tracked changes left out. A transcript or a
 * statement written in Word is read as one. A zip bomb is refused before it is unpacked.
 */
import type { SourceDocument } from '../types';
import { blocksToText } from './blocks';
import { asFormatError } from './errors';
import { asStatement } from './statement';
import { asTranscript } from './transcript';
import { FormatError, type FormatReader, type TextBlock } from './types';

export const docxReader: FormatReader = {
  id: 'docx',
  extensions: ['.docx'],
  async read(bytes, _name, libraries) {
    // A .docx is a zip: "PK".
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new FormatError('not a readable Word file: the file is damaged or is no .docx (an old .doc must be saved as .docx)');
    const lib = await libraries.docx();
    let blocks: TextBlock[];
    let messages: string[];
    try {
      ({ blocks, messages } = await lib.read(bytes));
    } catch (e) {
      throw asFormatError(e, 'could not be read as a Word file');
    }
    if (!blocks.some((b) => /\p{L}/u.test(b.text))) throw new FormatError('no text in this Word file');
    const heading = blocks.find((b) => /^h[12]$/.test(b.tag))?.text ?? null;
    const doc: SourceDocument = { format: 'docx', text: blocksToText(blocks, null), title: heading, warnings: messages.slice(0, 3).map((m) => `Word: ${m}`) };
    return asTranscript(doc) ?? asStatement(doc) ?? doc;
  },
};
