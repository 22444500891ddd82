/**
 * Who said it: reads the sentence around each quote the way a careful editor does.
 *
 * - "…,” said X, role.  /  "…,” X said.  /  "…,” a spokesman for … told Reuters.
 * - X said: "…"  /  X stated that "…"  /  X praised Vietnam for "…"  /  According to X, "…"
 * - a quote standing alone after a sentence that names its speaker, or continuing one;
 * - pronouns and short names resolved to the full name given earlier; "the spokesperson" to the
 *   unnamed speaker described before; "told Reuters" kept as `via`.
 *
 * Every pattern works on a bounded window around the quote, so the cost per quote is constant.
 */
import { GIVEN_NAMES, NAMING_CUES, SPEECH_VERBS, SPOKES_NOUNS, STRONG_SPEECH_VERBS, STOPWORDS, TITLE_WORDS, ORG_WORDS } from './vocabulary/lexicon';
import type { NameRun, Token } from './names';
import { ROLE_ADJECTIVES, tokenize } from './names';
import type { QuoteSpan } from './quote-spans';
import type { Sentence } from './sentences';
import { foldKey, partitionPoint } from './text';

const WINDOW = 420;
const MASK = '\u0000';

/** What an attribution phrase refers to, before article-level resolution. */
export type SpeakerRef =
  | { type: 'name'; text: string; start: number; end: number }
  | { type: 'pronoun'; text: string; start: number }
  /** `end` when the text is not the source's own words at `start` (then `start`..`end` is where it is named). */
  | { type: 'description'; text: string; start: number; end?: number };

export interface Attribution {
  ref: SpeakerRef | null;
  cue: string | null;
  role: string | null;
  via: string | null;
  /** How it was found: drives kind decisions and the resolution of "the spokesperson". */
  how: 'post' | 'pre' | 'according' | 'previous' | 'continuation' | 'none';
  /** A naming verb right before the quote ("dubbed", "it calls"). */
  naming: boolean;
  /** The attribution verb is one that makes even a one-word quote someone's words. */
  strong: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'later', 'then', 'previously', 'recently', 'once', 'would', 'will', 'further', 'again', 'had', 'subsequently', 'last', 'earlier', 'reportedly', 'repeatedly', 'simply', 'just', 'both', 'separately', 'privately', 'publicly', 'not', 'only', 'did', 'does', 'even', 'had', 'still', 'already', 'clearly', 'quickly', 'flatly', 'strongly', 'firmly', 'angrily', 'openly']);
const FINITE_CUES = new Set([...SPEECH_VERBS].filter((v) => !/ing$/.test(v) && !['say', 'tell', 'add', 'state', 'write', 'call', 'point', 'post', 'report', 'question', 'counter', 'brand', 'attack', 'welcome', 'hail', 'blast', 'slam', 'express', 'wonder', 'cry', 'shout', 'claim', 'promise', 'pledge', 'note', 'praise', 'comment', 'remark', 'quote'].includes(v)));
/** Present-tense bare forms that still work after a plural subject ("officials say"). */
for (const v of ['say', 'tell', 'add', 'write', 'warn', 'argue', 'claim', 'insist', 'believe', 'note', 'report']) FINITE_CUES.add(v);
/** Verbs that only attribute when they follow their subject: "X praised Vietnam for 'a way'". */
const PRE_ONLY = new Set(['praised', 'applauded', 'agreed', 'expressed', 'welcomed', 'hailed', 'condemned', 'attacked', 'criticised', 'criticized', 'dismissed', 'branded', 'described', 'accused', 'urged', 'called', 'calls', 'pledged', 'promised', 'vowed', 'questioned', 'blasted', 'slammed', 'lamented', 'complained', 'predicted', 'threatened', 'denied', 'proposed', 'recommended']);
const LEADING_ADVERBIAL = /^(?:(?:but|and|yet|so|still|also|however|meanwhile|now|then)\b,?\s+)*(?:(?:during|in|on|at|after|before|since|speaking|asked|writing|last|earlier|later|separately|elsewhere|today|yesterday|now|then|similarly|instead|indeed|moreover|previously|following|despite|with|without|under|from|for|as|by|when|while|although|though|addressing|responding|interviewed|quoted|echoing|giving|privately|publicly|shortly|most|more|even|once|according to [^,]*|overall|ultimately|eventually|finally|additionally|nevertheless|nonetheless|likewise|otherwise|besides|anyway|furthermore|consequently|initially|originally|subsequently|crucially|importantly|interestingly|significantly|surprisingly|unsurprisingly|clearly|generally|typically|traditionally|historically|ironically|notably|specifically|essentially|fortunately|unfortunately|personally|\p{L}+ing|\p{L}+ed)\b[^,]*,\s*)*/iu;

/**
 * text[from, to) with every quotation in it replaced by MASK characters (same length, so offsets
 * still line up). Finds the quotations by binary search: the cost is the window's, not the text's.
 */
function mask(text: string, from: number, to: number, quotes: QuoteSpan[]): string {
  const lo = partitionPoint(quotes.length, (i) => quotes[i].outer.end <= from);
  let out = '';
  let i = from;
  for (let k = lo; k < quotes.length && quotes[k].outer.start < to; k++) {
    const a = Math.max(quotes[k].outer.start, from);
    const b = Math.min(quotes[k].outer.end, to);
    if (b <= i) continue;
    out += text.slice(i, Math.max(i, a)) + MASK.repeat(b - Math.max(i, a));
    i = b;
  }
  return out + text.slice(i, to);
}

/** The name runs inside [start, end), by binary search over runs in text order. */
export function runsIn(runs: NameRun[], start: number, end: number): NameRun[] {
  // Inline rather than partitionPoint: this runs for every clause of every article.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: NameRun[] = [];
  for (let k = lo; k < runs.length && runs[k].start < end; k++) if (runs[k].start >= start && runs[k].end <= end) out.push(runs[k]);
  return out;
}

/** The part of a sentence's masked text between two offsets. */
interface Window {
  text: string;
  /** Text offset of text[0]. */
  base: number;
}

function cleanPhrase(s: string): string {
  return s.replace(/^[\s,;:\u2014\u2013-]+|[\s,;:.\u2014\u2013-]+$/g, '');
}

/** Words that make the next word a noun: "the call", "another report". */
const PAST_VERBS = new Set(['upheld', 'held', 'found', 'made', 'took', 'gave', 'won', 'lost', 'met', 'led', 'left', 'brought', 'bought', 'sent', 'spent', 'built', 'kept', 'saw', 'heard', 'ran', 'began', 'became', 'came', 'went', 'rose', 'fell', 'struck', 'threw', 'drove', 'chose', 'broke', 'stole', 'sold', 'paid', 'laid', 'beat', 'caught', 'taught', 'fought', 'sought', 'wore', 'sang', 'sank', 'swam', 'drew', 'grew', 'knew', 'flew', 'shook', 'forgave', 'overtook', 'undertook']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'any', 'each', 'every', 'no', 'such', 'whose', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'from', 'at']);
/** Cue forms that are as often nouns ("a call", "the report", "their claims"). */
const NOUN_LIKE = new Set(['call', 'calls', 'report', 'reports', 'post', 'posts', 'comment', 'comments', 'question', 'questions', 'counter', 'attack', 'attacks', 'promise', 'promises', 'claim', 'claims', 'note', 'notes', 'remark', 'remarks', 'demand', 'demands', 'pledge', 'pledges', 'vow', 'vows', 'tweet', 'tweets', 'cry', 'cries', 'shout', 'shouts', 'welcome', 'brand', 'stress', 'quote', 'quip', 'joke', 'jokes', 'point', 'points', 'state', 'states', 'wonder', 'plead', 'slam', 'blast', 'hail', 'praise', 'caution', 'whisper', 'lament', 'retort', 'reply', 'replies', 'answer']);

function isCue(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!SPEECH_VERBS.has(t.key)) return false;
  const prev = toks[i - 1];
  if (/ing$/.test(t.key) && prev && /^(?:by|before|after|while|when|and|as|was|is|were|are|been)$/.test(prev.key)) return true;
  // "Mr Kennedy is to tell the audience:", "she will say"
  if (prev && prev.key === 'to' && /^(?:is|are|was|were|going|expected|due|set|likely|about)$/.test(toks[i - 2]?.key ?? '')) return true;
  if (prev && /^(?:will|would|could|might|must|may|can)$/.test(prev.key) && !/(?:ed|ing)$/.test(t.key)) return true;
  if (prev && DETERMINERS.has(prev.key) && (NOUN_LIKE.has(t.key) || !/(?:ed|d)$/.test(t.key))) return false;
  // "Mr Blair's promise", "the firm's warning": a noun after a possessive.
  if (prev && prev.possessive && !/(?:ed|ing)$/.test(t.key)) return false;
  if (NOUN_LIKE.has(t.key) && (!prev || !(prev.cap || /^(?:he|she|they|it|we|i|who|also|spokesman|spokeswoman|spokesperson|officials|minister)$/.test(prev.key)))) return false;
  return true;
}

const NOT_SUBJECT_START = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'from', 'with', 'without', 'under', 'over', 'by', 'as', 'if', 'when', 'while', 'although', 'though', 'because', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'also', 'then', 'now', 'to', 'of', 'into', 'about', 'despite', 'following', 'according', 'speaking', 'asked', 'there', 'here', 'this', 'that', 'what', 'why', 'how', 'where', 'not', 'no', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'do', 'does', 'did']);

/** Does a phrase look like a speaker: a name, a pronoun, or a described person or body? */
const FINITE_VERBS = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'says', 'said', 'say', 'told', 'added', 'want', 'wants', 'wanted', 'won', 'lost', 'made', 'took', 'gave', 'got', 'became', 'began', 'held', 'needs', 'needed', 'held']);
const ROLE_NOUNS = /^(?:a|an|the|one|two|three|several|some|many|most|other|another|its|his|her|their|our|both|each|all|state|senior|local|government|officials?|analysts?|experts?|critics?|sources?|observers?|residents?|witnesses?|police|campaigners?|ministers?|economists?|fans?|spokes\w+|researchers?|scientists?|doctors?|teachers?|unions?|bosses|executives?|insiders?|diplomats?|aides?|lawyers?|judges?|chief|former|club|party|team|company|firm|group|shadow|fellow|leading|veteran|top)$/;

const GROUP_NOUNS = new Set(['officials', 'sources', 'experts', 'analysts', 'executives', 'critics', 'campaigners', 'residents', 'police', 'officers', 'workers', 'staff', 'fans', 'observers', 'economists', 'investors', 'traders', 'spokesman', 'spokeswoman', 'spokesperson', 'insiders', 'doctors', 'scientists', 'researchers', 'lawyers', 'ministers', 'mps', 'diplomats', 'organisers', 'organizers', 'bosses', 'managers', 'leaders', 'unions', 'protesters', 'activists', 'witnesses']);

function plausibleSubject(phrase: string): boolean {
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
  if (ROLE_NOUNS.test(first.key) || TITLE_WORDS.has(first.key)) return true;
  // "bank officials", "industry sources", "City experts": people described by what they are.
  if (toks.length <= 4 && GROUP_NOUNS.has(toks[toks.length - 1].key)) return true;
  // "judge Claire Armistead", "finance minister Trevor Manuel": a role before a name.
  return toks.some((t) => t.cap);
}

/** Splits "Ian Storey, a fellow at the Institute" into the head and its apposition. */
function splitApposition(phrase: string): { head: string; headOffset: number; role: string | null } {
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

/** "the star of Rain Man and", "a spokesman for": a description that reaches the name through a preposition. */
const DESCRIBED_THROUGH = /^(?:the|a|an)\s.*\b(?:of|for|at|with|behind)\s/;

/** "the Chancellor of the Exchequer", "the Secretary of State": an office, not "the star of Rain Man". */
const OFFICE_OF = /^[Tt]he\s+(?:Chancellor|Secretary|President|Minister|Governor|Mayor|Archbishop|Bishop|Chairman|Director|Head|Leader|Chief)\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*)?$/u;

function refFor(phrase: string, offset: number, runs: NameRun[]): SpeakerRef | null {
  // "Mr Howard last week", "the minister on Tuesday": when is no part of who.
  const raw = phrase.replace(/\s*\([^)]{1,12}\)\s*$/, '').replace(/\s+(?:(?:last|this|earlier this|on)\s+(?:week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|recently)\s*$/i, '');
  const lead = raw.length - raw.trimStart().length;
  const p = raw.trim();
  if (!p) return null;
  const start = offset + lead;
  const low = p.toLowerCase();
  if (PRONOUNS.has(low)) return { type: 'pronoun', text: low, start };
  // A name run that covers the end of the phrase (titles and roles may precede it).
  const end = start + p.length;
  const within = runsIn(runs, start, end);
  const inside = within.filter((r) => r.kind === 'person' || r.kind === 'single');
  const last = inside[inside.length - 1];
  // "the local Arab News", "Age Concern": a word left after stripping a nationality or an opener
  // names a body, not a person; keep the whole capitalised name.
  const fullStart = last?.fullStart ?? last?.titleStart ?? 0;
  if (last && last.kind === 'single' && !last.titled && fullStart < last.start && fullStart >= start && end - last.end <= 1) {
    return { type: 'description', text: raw.slice(fullStart - offset).trim(), start: fullStart };
  }
  // What stands before the last name: "a spokesman for Tony Blair" names the spokesman's
  // principal, not the speaker; "the star of Rain Man and Tootsie" names films.
  const before = last ? raw.slice(0, last.titleStart - offset).trim().toLowerCase() : '';
  const describedBy = DESCRIBED_THROUGH.test(before);
  if (last && end - last.end <= 1) {
    // "the Chancellor of the Exchequer Gordon Brown": a title right before the name makes it the speaker.
    if (!/\b(?:for|of|to|with|from|by|at|on|about|against|behind|in|like|than|after|over|under|into|beyond)$/.test(before) && (!describedBy || OFFICE_OF.test(raw.slice(0, last.titleStart - offset).trim()))) {
      return { type: 'name', text: last.text, start: last.start, end: last.end };
    }
  }
  // "Aviation analyst Nick Van den Brul of BNP Paribas", "Estelle Morris of the findings": a person, then where they work or what about.
  if (last && last.kind === 'person' && /^\s+(?:of|at|from)\s+[^,]*$/u.test(raw.slice(last.end - offset))) {
    if (!/\b(?:for|of|to|with|from|by|at|on|about|against|behind|and)$/.test(before) && !describedBy) {
      return { type: 'name', text: last.text, start: last.start, end: last.end };
    }
  }
  const firstRun = inside[0];
  if (firstRun && firstRun.titleStart === start && (firstRun.kind === 'person' || firstRun.kind === 'single')) {
    return { type: 'name', text: firstRun.text, start: firstRun.start, end: firstRun.end };
  }
  // "Civil rights group Liberty": a body named after what it is.
  const org = within.filter((r) => r.kind === 'org' || r.kind === 'other').pop();
  if (org && end - org.end <= 1 && org.start > start && /^\p{Ll}/u.test(p) && !/\b(?:of|in|at|for|from|with|on|by|behind|like|than|after|over|under|into|beyond)\s/i.test(raw.slice(0, org.titleStart - offset))) {
    return { type: 'description', text: raw.slice(org.titleStart - offset).trim(), start: org.titleStart };
  }
  return { type: 'description', text: p, start };
}

function roleFromTitle(phrase: string, runs: NameRun[], ref: SpeakerRef | null): string | null {
  if (!ref || ref.type !== 'name') return null;
  const run = runsIn(runs, ref.start, ref.start + 1000).find((r) => r.start === ref.start);
  if (run?.title) return run.role && run.role.endsWith(run.title) ? run.role : run.title;
  return null;
}

/** Looks for "told Reuters" / "told the BBC News website" right after a cue. */
function viaAfter(win: string, cueEnd: number): string | null {
  const rest = win.slice(cueEnd, cueEnd + 120);
  const m = /^\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\d'’&.-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&.-]*|of|and|for|on|the|news|radio))*)/u.exec(rest);
  if (!m) return null;
  let v = m[1].replace(/\s+(?:of|and|for|on|the|news|radio)$/i, '').trim();
  v = v.replace(/['’]s$/, '');
  if (!v || TITLE_WORDS.has(foldKey(v)) || /^(?:I|He|She|They|We|Mr|Mrs|Ms|Dr)$/.test(v)) return null;
  return v;
}

function viaInPhrase(phrase: string): string | null {
  const m = /\b(?:told|telling|speaking to|in an interview with|interviewed by|writing in|wrote in|according to)\s+(?:the\s+)?([\p{Lu}][\p{L}\d'’&.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&.-]*))*)/u.exec(phrase);
  if (!m) return null;
  const v = m[1].replace(/['’]s$/, '');
  const k = foldKey(v);
  if (/^(?:i|he|she|they|we|mr|mrs|ms|dr|mps|parliament|congress|reporters)$/.test(k)) return null;
  return v;
}

function normaliseVia(v: string | null): string | null {
  if (!v) return null;
  return v.replace(/\s+(?:news agency|newspaper|agency|website|news website)$/i, '').trim() || null;
}

export interface AttributionContext {
  text: string;
  sentences: Sentence[];
  /** Sentence index of each quote. */
  quoteSentence: number[];
  quotes: QuoteSpan[];
  runs: NameRun[];
}

/** Finds the sentence index holding each quote (the sentence that contains its opening mark). */
export function sentenceOfQuotes(sentences: Sentence[], quotes: QuoteSpan[]): number[] {
  const out: number[] = [];
  let si = 0;
  for (const q of quotes) {
    while (si + 1 < sentences.length && sentences[si].end <= q.outer.start) si++;
    out.push(si);
  }
  return out;
}

/** Attribution of quote `qi` from its own sentence only. */
export function attributeInSentence(ctx: AttributionContext, qi: number): Attribution {
  const q = ctx.quotes[qi];
  const s = ctx.sentences[ctx.quoteSentence[qi]];
  const none: Attribution = { ref: null, cue: null, role: null, via: null, how: 'none', naming: false, strong: false };
  if (!s) return none;
  const preStart = Math.max(s.start, q.outer.start - WINDOW);
  const pre: Window = { text: mask(ctx.text, preStart, Math.max(preStart, q.outer.start), ctx.quotes), base: preStart };
  const postEnd = Math.min(s.end, q.outer.end + WINDOW);
  const post: Window = { text: mask(ctx.text, q.outer.end, Math.max(q.outer.end, postEnd), ctx.quotes), base: q.outer.end };

  const naming = isNaming(pre.text);
  const fromPost = attributeAfter(post, ctx.runs);
  const fromPre = attributeBefore(pre, ctx.runs);
  // A quote right after "X said:" belongs to X even if another clause follows it.
  if (fromPre && /:\s*$/.test(pre.text)) return { ...fromPre, naming };
  if (fromPost) return { ...fromPost, naming };
  if (fromPre) return { ...fromPre, naming };
  return { ...none, naming };
}

function isNaming(pre: string): boolean {
  // A slogan, a poster, a headline: words on display, not someone's words in this sentence.
  if (/\b(?:slogan|slogans|motto|poster|posters|banner|placard|headline|tagline|catchphrase|messages?|sign|billboard|t-shirt|badge|logo)\b[^\u0000.;]{0,40}$/i.test(pre.slice(-60))) return true;
  // "a policy it calls", "dubbed", "critics call it a", "what some called the": a name for something.
  const tail = ' ' + foldKey(pre.slice(-50)).replace(/\s+/g, ' ').trim().replace(/,$/, '');
  const stripped = tail.replace(/(?: (?:it|them|this|that|him|her|the move|the plan|the policy))?(?: (?:a|an|the))?$/, '');
  return NAMING_CUES.some((c) => stripped.endsWith(' ' + c));
}

/** "…,” said X, role." / "…,” X said." / "…,” a spokesman told Reuters." */
function attributeAfter(post: Window, runs: NameRun[]): Attribution | null {
  const w = post.text;
  const stop = w.search(/\u0000|[.;!?](?:\s|$)|\n/);
  const clause = stop >= 0 ? w.slice(0, stop) : w;
  const lead = /^[\s,\u2014\u2013-]*/.exec(clause)![0].length;
  if (lead === 0 && clause.length && !/^\s/.test(clause)) return null;
  const body = clause.slice(lead);
  const toks = tokenize(body, 0, body.length);
  if (!toks.length) return null;
  // "…," the agency quoted Peoplesoft worker David Ogden as saying.
  const quoted = /^(?:[^,]{0,40}?\s)?quoted\s+((?:[^,.;\u0000]){2,90}?)\s+as\s+(?:saying|telling)\b/i.exec(body);
  if (quoted) {
    const ref = refFor(quoted[1], post.base + lead + quoted.index + quoted[0].indexOf(quoted[1]), runs);
    if (ref) return { ref, cue: 'quoted', role: null, via: null, how: 'post', naming: false, strong: true };
  }
  // Inverted: said X, role.
  if (FINITE_CUES.has(toks[0].key) && !PRE_ONLY.has(toks[0].key)) {
    let from = toks[0].end;
    let cue = toks[0].text;
    if (toks[1] && toks[1].key === 'of' ) return null;
    // "said on Monday Mr Smith" is rare; "added Parameswaran, who" is common.
    // "said Robert Currington who is taking part in the pilot": the name ends at "who".
    let phrase = body.slice(from).replace(/\s+(?:who|which|whose)\s[\s\S]*$/, '');
    if (!phrase.trim()) return null;
    const sub = /^\s+(?:also|then|later)\b/.exec(phrase);
    if (sub) {
      from += sub[0].length;
      phrase = body.slice(from);
    }
    const { head, role, headOffset } = splitApposition(phrase);
    if (!plausibleSubject(head.trim())) return null;
    const ref = refFor(head, post.base + lead + from + headOffset, runs);
    if (!ref) return null;
    if (ref.type === 'description' && !/^(?:a|an|the|one|two|\p{Lu})/iu.test(ref.text)) return null;
    cue = cue.toLowerCase();
    return { ref, cue, role: role ?? roleFromTitle(head, runs, ref), via: null, how: 'post', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
  }
  // Subject first: X said / X, role, said / a spokesman for … told Reuters.
  const direct = subjectThenCue(body, toks, post.base + lead, runs);
  if (direct) return direct;
  // "… even if it arrived mid-campaign, he said." closes the whole sentence.
  return trailingAttribution(body, post.base + lead, runs)?.att ?? null;
}

function subjectThenCue(body: string, toks: Token[], base: number, runs: NameRun[]): Attribution | null {
  for (let i = 1; i < Math.min(toks.length, 22); i++) {
    const t = toks[i];
    if (!isCue(toks, i)) continue;
    let j = i;
    while (j > 0 && AUX.has(toks[j - 1].key)) j--;
    if (j === 0) return null;
    const subjText = body.slice(0, toks[j].start);
    let subjClean = subjText.replace(/[\s,]+$/, '');
    let subjAt = 0;
    // "… planned by the Tories, he said": a pronoun after the last comma is the subject.
    const lastComma = subjClean.lastIndexOf(',');
    if (lastComma >= 0 && PRONOUNS.has(subjClean.slice(lastComma + 1).trim().toLowerCase())) {
      subjAt = lastComma + 1;
      subjClean = subjClean.slice(subjAt);
    }
    const split = splitApposition(subjClean);
    const { head, role } = split;
    const headOffset = split.headOffset + subjAt;
    if (!plausibleSubject(head.trim())) return null;
    const ref = refFor(head, base + headOffset, runs);
    if (!ref) return null;
    const cue = t.text.toLowerCase();
    const via = cue.startsWith('told') || cue.startsWith('tell') ? viaAfter(body, t.end) : viaInPhrase(body.slice(t.end));
    return { ref, cue, role: role ?? roleFromTitle(head, runs, ref), via: normaliseVia(via), how: 'post', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
  }
  return null;
}

/** "…, he said." / "…, our correspondent added." closing the sentence attributes every quote in it. */
function trailingAttribution(body: string, base: number, runs: NameRun[]): { att: Attribution; cueStart: number } | null {
  // "…, said Chris Stening, UK Online general manager." / "…, according to Charlie Brooker, who created …"
  const inv = /(?:^|,)\s*(say|says|said|added|adds|according to)\s+((?:the|a|an)\s+[^,\u0000]{1,60}?|\p{Lu}[^,\u0000]{1,60}?)(?:,\s*([^,\u0000]{1,120}?))?[.!?]?\s*$/u.exec(body);
  if (inv && plausibleSubject(inv[2])) {
    const ref = refFor(inv[2], base + inv.index + inv[0].indexOf(inv[2]), runs);
    const app = inv[3] && !/^(?:who|which|whose|that|and|but|as|in|on|at|after|before|when|while)\b/i.test(inv[3]) ? inv[3].trim() : null;
    if (ref) return { att: { ref, cue: inv[1].toLowerCase(), role: ref.type === 'name' ? app : null, via: null, how: 'post', naming: false, strong: true }, cueStart: inv.index };
  }
  const m = /,\s*([^,\u0000]{1,80}?)\s+((?:(?:also|later|then|has|had|have)\s+)*)(said|says|say|added|adds|told|explained|insisted|argued|warned|noted|wrote|claimed|continued|admitted|stressed|suggested|commented|declared|maintained|concluded|believes|believed|thinks|thought)\b([^,\u0000]{0,60})$/i.exec(body);
  if (!m) return null;
  const phrase = m[1];
  if (!plausibleSubject(phrase)) return null;
  const off = base + m.index + m[0].indexOf(phrase);
  const ref = refFor(phrase, off, runs);
  if (!ref) return null;
  const cue = m[3].toLowerCase();
  const cueStart = m.index + m[0].lastIndexOf(m[3] + m[4]);
  const via = cue === 'told' ? viaAfter(body, cueStart + m[3].length) : null;
  return { att: { ref, cue, role: null, via: normaliseVia(via), how: 'post', naming: false, strong: true }, cueStart };
}

/** X said: "…" / X stated that "…" / Putin praised Vietnam for "…" / According to X, "…" */
function attributeBefore(pre: Window, runs: NameRun[]): Attribution | null {
  let w = pre.text;
  // Only the clause that holds the quote: after the last semicolon or dash. Other quotes stay
  // (masked): "X told the BBC there was «no doubt» that it would «reduce fraud»".
  // A semicolon right before the quote stands for a colon ("the Australian said; \"…\"").
  if (/;\s*$/.test(w)) w = w.replace(/;(\s*)$/, ':$1');
  const cut = w.lastIndexOf(';');
  const cutAt = cut >= 0 ? cut + 1 : 0;
  w = w.slice(cutAt);
  const base = pre.base + cutAt;
  const acc = /(?:^|[\s,])according to\s+([^,]{2,80}?),?\s*$/i.exec(w);
  if (acc) {
    const phrase = acc[1];
    const off = base + acc.index + acc[0].indexOf(phrase);
    const ref = refFor(phrase, off, runs);
    if (ref && plausibleSubject(phrase)) return { ref, cue: 'according to', role: null, via: null, how: 'according', naming: false, strong: true };
  }
  // "the agency quoted Peoplesoft worker David Ogden as saying"
  const quoted = /\bquoted\s+((?:[^,.;\u0000]){2,90}?)\s+as\s+(?:saying|telling)\b[^\u0000]{0,60}$/i.exec(w);
  if (quoted) {
    const off = base + quoted.index + quoted[0].indexOf(quoted[1]);
    const ref = refFor(quoted[1], off, runs);
    if (ref) return { ref, cue: 'quoted', role: null, via: null, how: 'pre', naming: false, strong: true };
  }
  // "A statement from Chelsea explaining the decision read:", "Chelsea's statement added:"
  const doc = /(?:^|[\s,])(?:(?:a|the|in\s+a)\s+)?(?:(?:joint\s+)?statement|letter|report|message)\s+(?:from|by|issued\s+by)\s+((?:the\s+)?\p{Lu}[^,;:\u0000]{0,60}?)\b[^:\u0000]{0,60}?\b(?:read|said|says|added|stated)\s*:?\s*$/iu.exec(w) ??
    /(?:^|[\s,])((?:the\s+)?\p{Lu}[\p{L}&.'\u2019 -]{0,50}?)['\u2019]s?\s+(?:statement|letter|report)\s+(?:read|said|says|added|stated)\s*:?\s*$/u.exec(w);
  if (doc) {
    const off = base + doc.index + doc[0].indexOf(doc[1]);
    const ref = refFor(doc[1].trim(), off, runs);
    if (ref) return { ref, cue: /read\s*:?\s*$/.test(doc[0]) ? 'read' : 'said', role: null, via: null, how: 'pre', naming: false, strong: true };
  }
  // "Downing Street defended the decision, with a spokesperson saying:": the body's spokesperson.
  const withSpokes = /,?\s+with\s+(?:a|an)\s+(spokes(?:man|woman|person))\s+(saying|adding)\s*:?\s*$/i.exec(w);
  if (withSpokes) {
    const main = mainSubject(w.slice(0, withSpokes.index), base, runs);
    const body = main?.ref && main.ref.type !== 'pronoun' && /^\p{Lu}/u.test(main.ref.text) ? main.ref.text : null;
    const text = body ? `a ${body} ${withSpokes[1].toLowerCase()}` : `a ${withSpokes[1].toLowerCase()}`;
    const said = /\b(?:a|an)\s+spokes\w+/i.exec(withSpokes[0])!;
    const start = base + withSpokes.index + said.index;
    return { ref: { type: 'description', text, start, end: start + said[0].length }, cue: withSpokes[2].toLowerCase(), role: null, via: null, how: 'pre', naming: false, strong: true };
  }
  const toks = tokenize(w, 0, w.length);
  // The attribution verb nearest the quote that has a subject before it.
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (!isCue(toks, i)) continue;
    // "…, saying:" / "concluded by saying": the participle's subject is the clause's subject.
    const participle = /ing$/.test(t.key) && i > 0 && (/^(?:by|before|after|while|when|and)$/.test(toks[i - 1].key) || w.slice(toks[i - 1].end, t.start).includes(','));
    if (/ing$/.test(t.key) && !participle && !(toks[i - 1] && /^(?:as|is|was|were|are|been)$/.test(toks[i - 1].key))) continue;
    if (participle) {
      const main = mainSubject(w.slice(0, t.start), base, runs);
      if (main) return { ...main, cue: t.text.toLowerCase(), how: 'pre', naming: false, strong: true };
      continue;
    }
    let j = i;
    while (j > 0 && AUX.has(toks[j - 1].key)) j--;
    if (j > 0 && /^(?:quoted|reported)$/.test(toks[j - 1].key)) j--;
    while (j > 0 && AUX.has(toks[j - 1].key)) j--;
    if (j === 0) continue;
    // The subject starts after any earlier quote: "«A», he said, «B»".
    const lastMask = w.lastIndexOf(MASK, toks[j].start);
    let subjOff = lastMask >= 0 ? lastMask + 1 : 0;
    let subj = w.slice(subjOff, toks[j].start);
    if (lastMask >= 0) {
      const lead = /^[\s,]*/.exec(subj)![0].length;
      subjOff += lead;
      subj = subj.slice(lead);
    }
    // Clause openers: "During the call, Vietnamese state media" → "Vietnamese state media".
    const adv = LEADING_ADVERBIAL.exec(subj);
    if (adv) {
      subjOff += adv[0].length;
      subj = subj.slice(adv[0].length);
    }
    // "Later the prime minister said": an adverb needs no comma.
    const bare = /^(?:later|earlier|then|now|also|meanwhile|separately|previously|yesterday|today|however|afterwards|subsequently)\s+(?=(?:the|a|an)\s|\p{Lu})/iu.exec(subj);
    if (bare) {
      subjOff += bare[0].length;
      subj = subj.slice(bare[0].length);
    }
    // "In a report published last July the cross-party committee stated": the subject after a phrase with no comma.
    if (/^(?:in|on|at|during|after|before|since|with|under|from)\s/i.test(subj) && !subj.includes(',')) {
      const dets = [...subj.matchAll(/(?<=\s)(?:the|a|an)\s/gi)];
      for (let d = dets.length - 1; d >= 1; d--) {
        const prevWord = /(\S+)\s+$/.exec(subj.slice(0, dets[d].index!))?.[1]?.toLowerCase() ?? '';
        if (/^(?:of|for|in|on|at|to|from|with|by|about|and|or)$/.test(prevWord)) continue;
        subjOff += dets[d].index!;
        subj = subj.slice(dets[d].index!);
        break;
      }
    }
    // A subordinate clause before the subject: "..., and X said", "..., but X said".
    const conj = /^.*(?:,|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bas\b|\bwhen\b|\bbecause\b|\bthat\b|\bby\b)\s+(?=\S)/i.exec(subj);
    let cand = subj.replace(/[\s,]+$/, '').replace(/\s+(?:who|which|that)$/i, '');
    let candOff = subjOff;
    // "…a bridge built in the square, which he said was": the pronoun after the relative word.
    const rel = /(?:^|,\s*)(?:which|who|that|where|as)\s+(he|she|they|it)$/i.exec(cand);
    if (rel) {
      candOff += cand.length - rel[1].length;
      cand = rel[1];
    }
    // "The tribunal upheld the claim, but said": a second verb of the clause's subject.
    if (!rel && j > 0 && /^(?:but|and)$/.test(toks[j - 1].key) && /,\s*$/.test(w.slice(0, toks[j - 1].start))) {
      const opener = /^(\s*)((?:the|a|an)\s+[\p{L}'\u2019 -]{1,40}?|\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,3})\s+(?:(?:has|had|have|also)\s+)?(\p{Ll}+)\b/iu.exec(w);
      if (opener && (PAST_VERBS.has(opener[3].toLowerCase()) || /(?:ed|s)$/.test(opener[3]))) {
        const ref = refFor(opener[2], base + opener[1].length, runs);
        const cue = t.text.toLowerCase();
        if (ref && ref.type !== 'pronoun') return { ref, cue, role: null, via: null, how: 'pre', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
      }
    }
    let { head, role } = splitApposition(cand);
    // "After beating Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey …, Joss Stone said":
    // a full name right before the verb is the subject, whatever the list before it.
    const tailSeg = cand.includes(',') ? cand.slice(cand.lastIndexOf(',') + 1).trim() : '';
    const tailRun = tailSeg ? runsIn(runs, base + candOff + cand.lastIndexOf(tailSeg), base + candOff + cand.length).find((r) => r.kind === 'person') : undefined;
    if (tailRun && tailRun.end === base + candOff + cand.length && !/^\s*(?:the|a|an)\s/i.test(head) && runsIn(runs, base + candOff, base + candOff + head.length).every((r) => r.kind !== 'person' || r.start !== base + candOff)) {
      candOff += cand.lastIndexOf(tailSeg);
      cand = tailSeg;
      ({ head, role } = splitApposition(cand));
    }
    // "…, a third in as many months, the Australian said": the last segment is the subject.
    if (!/\p{Lu}/u.test(head) && cand.includes(',')) {
      const lastSeg = cand.slice(cand.lastIndexOf(',') + 1).trim();
      if (plausibleSubject(lastSeg)) {
        candOff += cand.lastIndexOf(lastSeg);
        cand = lastSeg;
        ({ head, role } = splitApposition(cand));
      }
    }
    if (!plausibleSubject(head.trim()) && conj) {
      candOff = subjOff + conj[0].length;
      cand = subj.slice(conj[0].length).replace(/[\s,]+$/, '').replace(/\s+(?:who|which|that)$/i, '');
      ({ head, role } = splitApposition(cand));
    }
    // "Although in the next breath he declared:": a pronoun right before the verb is its subject
    // (not in reported speech: "X said he thought", where X speaks).
    if (!plausibleSubject(head.trim()) && STRONG_SPEECH_VERBS.has(t.key) && /^(?:he|she|they)$/.test(toks[j - 1].key) && !(j >= 2 && (isCue(toks, j - 2) || toks[j - 2].key === 'that'))) {
      candOff = toks[j - 1].start;
      cand = toks[j - 1].text;
      ({ head, role } = splitApposition(cand));
    }
    if (!plausibleSubject(head.trim())) continue;
    const { headOffset } = splitApposition(cand);
    const ref = refFor(head, base + candOff + headOffset, runs);
    if (!ref) continue;
    const cue = t.text.toLowerCase();
    const between = w.slice(t.end);
    const via = cue.startsWith('told') || cue.startsWith('tell') ? viaAfter(w, t.end) : viaInPhrase(w);
    // An attribution verb far from the quote must at least introduce it ("said that", "said:").
    if (between.length > 160 && !/(?:that|:)\s*$/.test(between)) continue;
    return { ref, cue, role: role ?? roleFromTitle(head, runs, ref), via: normaliseVia(via), how: 'pre', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
  }
  // "Huong Le Thu put it this way:": a colon after a clause gives the quote to its subject.
  if (/:\s*$/.test(w)) {
    const main = mainSubject(w, base, runs);
    // ("He is prepared to go this far:" too; not "It is simple:", "They say:").
    if (main && main.ref && (main.ref.type !== 'pronoun' || /^(?:he|she)$/.test(main.ref.text))) return { ...main, cue: null, how: 'pre', naming: false, strong: true };
    // "Huong Le Thu of the International Crisis Group put it this way:": the person opening the clause.
    const clause = w.replace(LEADING_ADVERBIAL, '');
    const off = base + w.length - clause.length;
    const first = runsIn(runs, off, base + w.length).find((r) => r.kind === 'person' || r.kind === 'single');
    if (first && first.titleStart - off <= 3) return { ref: { type: 'name', text: first.text, start: first.start, end: first.end }, cue: null, role: null, via: null, how: 'pre', naming: false, strong: true };
  }
  // "According to PC Pro, has «superb upgrade potential»": a credit a few words before the quote.
  const loose = /(?:^|[\s,])according to\s+([^,]{2,80}?),\s+(?:\S+\s+){0,5}$/i.exec(w);
  if (loose && plausibleSubject(loose[1])) {
    const ref = refFor(loose[1], base + loose.index + loose[0].indexOf(loose[1]), runs);
    if (ref) return { ref, cue: 'according to', role: null, via: null, how: 'according', naming: false, strong: true };
  }
  return null;
}

/**
 * The subject of a clause that a participle hangs from: "X told the court, saying" → X;
 * "Sir Ian Blair has backed the orders, saying" → Sir Ian Blair.
 */
function mainSubject(w: string, base: number, runs: NameRun[]): Pick<Attribution, 'ref' | 'role' | 'via'> | null {
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

/**
 * For a quote with no attribution in its sentence: a previous sentence that introduces it
 * ("A spokesperson … said this week." / "He added:") or the speaker of the quote it continues.
 */
export function attributeFromPrevious(ctx: AttributionContext, sentenceIndex: number): Attribution | null {
  const prev = ctx.sentences[sentenceIndex - 1];
  if (!prev) return null;
  // "So is UKIP's job to destroy the Tories, as Kilroy-Silk once declared?": a question put to the speaker, not an introduction.
  if (/\?\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  const from = Math.max(prev.start, prev.end - WINDOW);
  const m = mask(ctx.text, from, prev.end, ctx.quotes);
  // Treat the previous sentence as if the quote followed it.
  const pre: Window = { text: m.replace(/[.]\s*$/, ' '), base: from };
  const intro = attributeBefore(pre, ctx.runs);
  if (!intro) return null;
  // "Carl Thayer … said." / "X told reporters on Monday:" introduce; a sentence of reported
  // speech ("She said new mothers were …") still names who goes on speaking.
  const afterCue = m.slice(m.toLowerCase().lastIndexOf(intro.cue ?? '\u0001') + (intro.cue?.length ?? 0));
  const introduces = /:\s*$/.test(m) || tokenize(afterCue, 0, afterCue.length).length <= 5;
  return { ...intro, cue: introduces ? intro.cue : null, how: 'previous' };
}

/** Head noun family of a description: "a spokesman for the embassy" → "spokes". */
export function descriptionHead(desc: string): string | null {
  const toks = tokenize(desc, 0, desc.length).map((t) => t.key);
  for (const t of toks) {
    if (SPOKES_NOUNS.has(t)) return t.startsWith('spokes') ? 'spokes' : t.replace(/s$/, '');
  }
  return null;
}

/** "the Tories" keeps its article; "A spokesperson …" at a sentence start is lower-cased. */
export function tidyDescription(desc: string): string {
  let d = desc.replace(/\s+/g, ' ').trim();
  d = d.replace(/^(A|An|The|One|Two)\b(?=\s+\p{Ll})/u, (w) => w.toLowerCase());
  d = d.replace(/^(A|An)\b(?=(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+\p{Ll})/u, (w) => w.toLowerCase());
  d = d.replace(/^(The)\b(?=\s+\p{Lu})/u, 'the');
  // "ABC in a statement", "the company on Monday": where or when it spoke is no part of who.
  d = d.replace(/\s+(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:statement|letter|interview|report|release|press release|blog|post|memo|note|email|e-mail)$/i, '');
  d = d.replace(/\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i, '');
  // "one analyst quoted by the news agency": who quoted them is where, not who.
  d = d.replace(/\s+(?:quoted|cited)\s+(?:by|in)\s+.*$/i, '');
  return d;
}

export function isOrgLike(desc: string): boolean {
  const toks = tokenize(desc, 0, desc.length);
  return toks.some((t) => ORG_WORDS.has(t.key)) || toks.every((t) => t.cap || STOPWORDS.has(t.key));
}
