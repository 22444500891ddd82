/**
 * The subject of an attribution verb: whether a phrase can be a speaker at all (a name, a pronoun,
 * a described person or body), its head and apposition, and the subject a participle hangs from.
 */
import { alternation, DESCRIPTION_OPENERS, GIVEN_NAMES, GROUP_NOUNS, ROLE_ADJECTIVES, SPEECH_VERBS, TITLE_WORDS } from '../vocabulary';
import type { NameRun } from '../names';
import { tokenize } from '../names';
import { foldKey } from '../text';
import { AUX, DETERMINERS, PAST_VERBS, isCue } from './cue';
import { PRONOUNS, refFor } from './reference';
import type { Attribution, SpeakerRef } from './types';
import { MASK, cleanPhrase, runsIn } from './window';


export const LEADING_ADVERBIAL = /^(?:(?:but|and|yet|so|still|also|however|meanwhile|now|then)\b,?\s+)*(?:(?:during|in|on|at|after|before|since|speaking|asked|writing|last|earlier|later|separately|elsewhere|today|yesterday|now|then|similarly|instead|indeed|moreover|previously|following|despite|with|without|under|from|for|as|by|when|while|although|though|addressing|responding|interviewed|quoted|echoing|giving|privately|publicly|shortly|most|more|even|once|according to [^,]*|overall|ultimately|eventually|finally|additionally|nevertheless|nonetheless|likewise|otherwise|besides|anyway|furthermore|consequently|initially|originally|subsequently|crucially|importantly|interestingly|significantly|surprisingly|unsurprisingly|clearly|generally|typically|traditionally|historically|ironically|notably|specifically|essentially|fortunately|unfortunately|personally|\p{L}+ing|\p{L}+ed)\b[^,]*,\s*)*/iu;

const NOT_SUBJECT_START = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'from', 'with', 'without', 'under', 'over', 'by', 'as', 'if', 'when', 'while', 'although', 'though', 'because', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'also', 'then', 'now', 'to', 'of', 'into', 'about', 'despite', 'following', 'according', 'speaking', 'asked', 'there', 'here', 'this', 'that', 'what', 'why', 'how', 'where', 'not', 'no', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'do', 'does', 'did']);

/** Does a phrase look like a speaker: a name, a pronoun, or a described person or body? */
const DESCRIPTION_OPENER = new RegExp(`^${alternation(DESCRIPTION_OPENERS)}$`);

const FINITE_VERBS = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'says', 'said', 'say', 'told', 'added', 'want', 'wants', 'wanted', 'won', 'lost', 'made', 'took', 'gave', 'got', 'became', 'began', 'held', 'needs', 'needed', 'held']);



export function plausibleSubject(phrase: string): boolean {
  const toks = tokenize(phrase, 0, phrase.length);
  if (!toks.length || toks.length > 18) return false;
  if (phrase.includes(MASK)) return false;
  const first = toks[0];
  if (PRONOUNS.has(first.key)) return toks.length === 1;
  if (NOT_SUBJECT_START.has(first.key)) return false;
  // "planned by the Tories", "produced by Mr Brown": a participle phrase, not who spoke.
  if (!first.cap && toks.length > 1 && /ed$/.test(first.key) && /^(?:by|in|on|at|for|with|from|to)$/.test(toks[1].key)) return false;
  // "Aiming to both stir growth", "Welcoming the ruling": a participle clause, not who spoke.
  if (toks.length > 1 && /^\p{Lu}?\p{Ll}+ing$/u.test(first.text) && !toks[1].cap) return false;
  if (DETERMINERS.has(toks[toks.length - 1].key)) return false;
  // A subject holds no finite verb of its own ("Euronext said any offer was likely …",
  // "Federer addressed the crowd and").
  const head = phrase.split(',')[0];
  const headToks = tokenize(head, 0, head.length);
  // ("one analyst quoted by the news agency": a participle with its agent is no verb of the subject.)
  if (headToks.some((t, i) => i > 0 && (FINITE_VERBS.has(t.key) || SPEECH_VERBS.has(t.key)) && !t.cap && !(/ed$/.test(t.key) && headToks[i + 1]?.key === 'by'))) return false;
  // ("The Oscar-nominated actor", "the London-based firm": a hyphenated adjective after a determiner is no verb.)
  if (headToks.some((t, i) => i > 0 && headToks[i - 1].cap && !t.cap && /ed$/.test(t.key) && !TITLE_WORDS.has(t.key) && !(t.text.includes('-') && DETERMINERS.has(headToks[i - 1].key)))) return false;
  if (headToks.length > (/^(?:a|an|the|one)$/.test(first.key) ? 14 : 9)) return false;
  // "The 48-year-old actor crossed a bridge", "the tribunal upheld Ms Villalba's claim": a verb with its object.
  if (headToks.some((t, i) => i > 0 && !t.cap && (PAST_VERBS.has(t.key) || (/ed$/.test(t.key) && !ROLE_ADJECTIVES.has(t.key))) && !!headToks[i + 1] && headToks[i + 1].key !== 'by' && (headToks[i + 1].cap || DETERMINERS.has(headToks[i + 1].key)))) return false;
  if (first.cap) return true;
  if (DESCRIPTION_OPENER.test(first.key) || TITLE_WORDS.has(first.key)) return true;
  // "bank officials", "industry sources", "City experts": people described by what they are.
  if (toks.length <= 4 && GROUP_NOUNS.has(toks[toks.length - 1].key)) return true;
  // "judge Claire Armistead", "finance minister Trevor Manuel": a role before a name.
  return toks.some((t) => t.cap);
}

/** Splits "Ian Storey, a fellow at the Institute" into the head and its apposition. */
export function splitApposition(phrase: string): { head: string; headOffset: number; role: string | null } {
  // "Lord Bingham - a senior law lord -" reads like "Lord Bingham, a senior law lord,".
  // (Same length, so offsets into the phrase still hold.)
  const p = phrase.replace(/\s+[\u2014\u2013-]\s+/g, (m) => ',' + ' '.repeat(m.length - 1));
  const comma = p.indexOf(',');
  if (comma < 0) return { head: p, headOffset: 0, role: null };
  const head = p.slice(0, comma);
  let role = cleanPhrase(p.slice(comma + 1));
  role = role.replace(/^who\s+(?:is|was|are|were)\s+(?:also\s+|now\s+)?/i, '');
  if (/^\d+$/.test(role)) role = '';
  // "the chairman of Migration Watch UK, Sir Andrew Green", "RNID technology director, Guido
  // Gybels", "The Bishop of Durham, the Rt Rev Dr Tom Wright": the name comes second.
  const titled = /^(?:the\s+)?(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Professor|Prof|Rt|Rev|Revd|Hon|Right|Reverend)\.?\s+)*(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,3})$/u.exec(role);
  const headIsRole = /^\s*(?:the|a|an)\s/i.test(head) || (/^\s*\p{Lu}/u.test(head) && /\s\p{Ll}[\p{L}-]*\s*$/u.test(head));
  // "…to end the violence, Mr Abbas added": the clause before the name is no role. But "Colin
  // Asplin, Blackpool Hotel Association said": a first name and surname first is the name.
  const words = head.trim().split(/\s+/);
  const headIsName = words.length === 2 && words.every((w) => /^\p{Lu}[\p{L}'\u2019-]+$/u.test(w)) && GIVEN_NAMES.has(foldKey(words[0]));
  if (titled && headIsName) return { head, headOffset: 0, role: role || null };
  if (titled && !headIsRole) return { head: titled[0], headOffset: p.indexOf(titled[0], comma), role: null };
  if (titled && headIsRole) {
    return { head: titled[1], headOffset: p.indexOf(titled[1], comma), role: head.trim() };
  }
  return { head, headOffset: 0, role: role || null };
}

/**
 * The subject of a clause that a participle hangs from: "X told the court, saying" → X;
 * "Sir Ian Blair has backed the orders, saying" → Sir Ian Blair.
 */
export function mainSubject(w: string, base: number, runs: NameRun[]): Pick<Attribution, 'ref' | 'role' | 'via'> | null {
  // An earlier attribution verb in the same stretch ("he told the federal court, saying") wins.
  const toks = tokenize(w, 0, w.length);
  for (let i = toks.length - 1; i > 0; i--) {
    if (!isCue(toks, i) || /ing$/.test(toks[i].key)) continue;
    let j = i;
    while (j > 0 && AUX.has(toks[j - 1].key)) j--;
    const lastMask = w.lastIndexOf(MASK, toks[j].start);
    const from = lastMask >= 0 ? lastMask + 1 : 0;
    const subj = w.slice(from, toks[j].start).replace(/^[\s,]+|[\s,]+$/g, '');
    // "Federer addressed the crowd and concluded by saying": a second verb of the clause's subject,
    // found below as the name a finite verb follows.
    if (/\s(?:and|but)$/i.test(subj)) break;
    // After the last comma, or the last word: "Mr Blair has failed, he" → "he".
    const tail = subj.slice(Math.max(subj.lastIndexOf(',') + 1, subj.search(/\S+\s*$/))).trim();
    const cand = [subj.replace(LEADING_ADVERBIAL, ''), tail].find((c) => plausibleSubject(splitApposition(c).head.trim()) && /\p{Lu}|^(?:he|she|they|it)$/iu.test(splitApposition(c).head));
    if (cand) {
      const { head, role } = splitApposition(cand);
      const ref = refFor(head, base + w.lastIndexOf(head, toks[j].start), runs);
      if (ref) return { ref, role, via: null };
    }
  }
  // Otherwise the first name (or pronoun) that a finite verb follows: "Federer addressed …".
  const verb = /^\s+(?:(?:has|have|had|also|then|later|was|is|were|are|will|would|first|already)\s+)*\p{Ll}+(?:ed|s)\b/u;
  let best: { at: number; ref: SpeakerRef } | null = null;
  for (const r of runsIn(runs, base, base + w.length)) {
    if (r.tokens[r.tokens.length - 1].possessive) continue;
    if (!verb.test(w.slice(r.end - base, r.end - base + 40))) continue;
    const ref: SpeakerRef = r.kind === 'person' || r.kind === 'single' ? { type: 'name', text: r.text, start: r.start, end: r.end } : { type: 'description', text: r.text, start: r.start };
    best = { at: r.start, ref };
    break;
  }
  const pro = /\b(he|she|they|it)(?=\s+(?:(?:has|have|had|also|then|later|was|is|were|are|will|would|first|already)\s+)*\p{Ll}+(?:ed|s)\b)/iu.exec(w);
  if (pro && (!best || base + pro.index < best.at)) best = { at: base + pro.index, ref: { type: 'pronoun', text: pro[1].toLowerCase(), start: base + pro.index } };
  return best ? { ref: best.ref, role: null, via: null } : null;
}
