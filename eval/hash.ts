import * as crypto from 'crypto';

/** Short hash of a quote's text (white space squashed): proves an offset still points at the same words. */
export function hashText(s: string): string {
  return crypto.createHash('sha1').update(s.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}
