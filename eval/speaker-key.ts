/** How the evaluation compares speaker names: folded, without an article word or punctuation. */
import { foldKey } from '../src/core/reading/text';

export const speakerKey = (s: string | null): string =>
  s === null ? '' : foldKey(s).replace(/^(?:a|an|the)\s+/, '').replace(/[.,']/g, '').replace(/\s+/g, ' ').trim();

/** The same speaker by name: equal keys, or (lenient) one name ending with the other ("Clinton", "Hillary Clinton"). */
export function sameSpeakerName(a: string | null, b: string | null, lenient = false): boolean {
  const x = speakerKey(a);
  const y = speakerKey(b);
  if (!x || !y) return false;
  return x === y || (lenient && (x.endsWith(' ' + y) || y.endsWith(' ' + x)));
}
