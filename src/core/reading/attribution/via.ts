/** The outlet a quote is credited through: "told Reuters", "speaking to the BBC". */
import { alternation, OUTLET_SUFFIXES, TITLE_WORDS, VIA_CUES } from '../vocabulary';
import { foldKey } from '../text';

/** Looks for "told Reuters" / "told the BBC News website" right after a cue. */
export function viaAfter(win: string, cueEnd: number): string | null {
  const rest = win.slice(cueEnd, cueEnd + 120);
  const m = /^\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\d'’&.-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&.-]*|of|and|for|on|the|news|radio))*)/u.exec(rest);
  if (!m) return null;
  let v = m[1].replace(/\s+(?:of|and|for|on|the|news|radio)$/i, '').trim();
  v = v.replace(/['’]s$/, '');
  if (!v || TITLE_WORDS.has(foldKey(v)) || /^(?:I|He|She|They|We|Mr|Mrs|Ms|Dr)$/.test(v)) return null;
  return v;
}

const VIA_PHRASE = new RegExp(String.raw`\b${alternation(VIA_CUES)}\s+(?:the\s+)?([\p{Lu}][\p{L}\d'’&.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&.-]*))*)`, 'u');

export function viaInPhrase(phrase: string): string | null {
  const m = VIA_PHRASE.exec(phrase);
  if (!m) return null;
  const v = m[1].replace(/['’]s$/, '');
  const k = foldKey(v);
  if (/^(?:i|he|she|they|we|mr|mrs|ms|dr|mps|parliament|congress|reporters)$/.test(k)) return null;
  return v;
}

export function normaliseVia(v: string | null): string | null {
  if (!v) return null;
  return v.replace(new RegExp(String.raw`\s+${alternation(OUTLET_SUFFIXES)}$`, 'i'), '').trim() || null;
}
