/**
 * Format: SubRip captions (`.srt`): numbered cues with times and `NAME:` prefixes, read as a
 * time-stamped transcript.
 */
import { decodeBytes } from '../reading/text';
import { captionsDocument, parseCues } from './captions';
import type { FormatReader } from './types';

export const srtReader: FormatReader = {
  id: 'srt',
  extensions: ['.srt'],
  read(bytes) {
    const d = decodeBytes(bytes);
    const { cues, warnings } = parseCues(d.text);
    if (d.encoding !== 'utf-8') warnings.unshift('not valid UTF-8; read as Windows-1252 (Latin-1)');
    return captionsDocument(cues, warnings);
  },
};
