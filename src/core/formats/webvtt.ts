/**
 * Format: WebVTT captions (`.vtt`): cues with voice tags (`<v Jane Doe>`), `NAME:` prefixes and
 * cue times, read as a time-stamped transcript.
 */
import { decodeBytes } from '../reading/text';
import { captionsDocument, parseCues } from './captions';
import type { FormatReader } from './types';

export const webvttReader: FormatReader = {
  id: 'webvtt',
  extensions: ['.vtt'],
  read(bytes) {
    const text = decodeBytes(bytes).text;
    const { cues, warnings } = parseCues(text);
    if (!/^WEBVTT/.test(text)) warnings.unshift('no WEBVTT header; read as captions all the same');
    return captionsDocument(cues, warnings);
  },
};
