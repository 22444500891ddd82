/**
 * Reading a transcript's turns: every turn is its labelled speaker's words, one quote a paragraph
 * (of kind speech, cue "transcript"), and each label is resolved to the person it stands for from
 * the transcript's own introductions: its title ("Press Briefing by Press Secretary Karine
 * Jean-Pierre"), a host's words ("Joining us today is Jane Roe, Deputy National Security Advisor"),
 * an office named with its holder ("President Biden" for THE PRESIDENT). A label no one
 * introduces stays a surname ("Leavitt"), which the corpus joins to the full name another source
 * gives. A reporter's question is the reporter's; stage directions are no one's words; quotation
 * marks inside a turn are read by the article reader as in any article, and an unattributed one
 * ("I said, …") is the turn speaker's.
 */
import { COMMON_WORDS, FAMILY_FIRST, GIVEN_NAMES, ROLE_NOUNS } from './vocabulary';
import { nameKey, nameTokens } from './names';
import { addPerson, addRole, type PeopleTable } from './people';
import { editDistance } from './text';
import type { LineIndex } from './text';
import type { Quote, Span, Turn } from '../types';

export interface TranscriptInput {
  path: string;
  /** The document's text, as stored (labels and all). */
  text: string;
  /** The same text with labels and stage directions blanked (`maskTranscript`): what names are read from. */
  analysed: string;
  /** The document's title, an introduction of its own ("Remarks by President Biden and …"). */
  title: string | null;
  turns: Turn[];
  lines: LineIndex;
  people: PeopleTable;
}

/** The rule recorded on a turn's quotes: the label decided the speaker. */
export const TRANSCRIPT_RULE = 'transcript-label';
/** The cue of a turn's quotes (the contract's `"cue": "transcript"`). */
export const TRANSCRIPT_CUE = 'transcript';
/** The rule and cue of a statement's body: the person its title names issued these words. */
export const STATEMENT_RULE = 'statement-title';
export const STATEMENT_CUE = 'statement';

/** A transcript's turn or a statement's body: words the source gives as someone's own. */
export function isSpokenWords(q: Quote): boolean {
  return q.cue === TRANSCRIPT_CUE || q.cue === STATEMENT_CUE;
}

/** A quote of a transcript longer than this is cut at sentence ends, so search and verification see all of it. */
const MAX_QUOTE = 1000;

/** Words a label or an introduction holds that name an office, not a person. */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...'administrator coordinator principal press national security first second lady gentleman counselor counsellor undersecretary under special envoy homeland surgeon attorney general white house'.split(' '),
]);
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?$/i;
/** Labels that describe a speaker nobody names: "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR". */
const DESCRIPTIVE_HEADS = /^(?:official|officials|moderator|operator|audience|member|members|participant|participants|aide|aides|staff|staffer|reporter|reporters|interviewer|host|panelist|panelists|student|students|attendee|attendees|crowd|caller|voice|narrator|translator|interpreter|questioner|unidentified|speaker)$/i;
/** Words that end a name in a title or a sentence ("President Biden Before Cancer Cabinet Meeting"). */
const NAME_STOP = /^(?:and|or|at|in|on|to|of|for|with|before|after|during|from|by|via|en|ahead|amid|about|as|the|a|an|is|was|will|has|had|who|said|says|remarks|announces|delivers|holds|hosts|meets|visits|speaks|joins)$/i;

interface Holder {
  name: string;
  role: string | null;
  /** Other ways the transcript writes them ("President Biden", "Ms. Jean-Pierre"). */
  forms: string[];
}

type Speaker = { person: number; role: string | null } | { description: string };

/**
 * The text with every label and stage direction blanked (same length, line breaks kept), for
 * reading names, sentences and quotation marks: "MS. LEAVITT:" is no person in a sentence.
 */
export function maskTranscript(text: string, turns: Turn[]): string {
  const spans: Span[] = [];
  for (const t of turns) {
    if (t.role === 'direction') spans.push({ start: t.start, end: t.end });
    else if (t.role !== 'issuer') {
      const at = labelStart(text, t);
      if (at >= 0) spans.push({ start: at, end: t.start });
    }
  }
  if (!spans.length) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    out += text.slice(last, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    last = s.end;
  }
  return out + text.slice(last);
}

/** Where a turn's label starts: on the line of its words, or the line before (a label on a line of its own). */
function labelStart(text: string, t: Turn): number {
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const from = lineStart === t.start ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const head = text.slice(from, t.start);
  return head.trim() ? from : -1;
}

/** The text before the first turn (the header a title may be read from), the rest blanked. */
export function transcriptHead(analysed: string, turns: Turn[]): string {
  const first = turns.find((t) => t.role !== 'direction');
  if (!first) return analysed;
  const at = analysed.lastIndexOf('\n', first.start - 1) + 1;
  return analysed.slice(0, at) + analysed.slice(at).replace(/[^\r\n]/g, ' ');
}

/**
 * A transcript's quotes: its turns' words (one quote a paragraph) and the quotation marks read
 * inside them (`inner`, as the article reader found them), in text order with their ids.
 */
export function transcriptQuotes(input: TranscriptInput, inner: Quote[]): Quote[] {
  const turnQuotes = readTranscript(input);
  attributeInsideTurns(inner, turnQuotes, input.analysed);
  // A turn's quote before the quotation marks inside it.
  const all = [...turnQuotes, ...inner].sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  all.forEach((q, i) => (q.id = `${input.path}#${i}`));
  return all;
}

/**
 * The quotes of a transcript's turns, with speakers resolved. People the transcript introduces
 * but never names in a sentence are added to `people`. Returned in text order; ids are the
 * caller's to assign.
 */
export function readTranscript(input: TranscriptInput): Quote[] {
  const { text, turns } = input;
  const directions = turns.filter((t) => t.role === 'direction').sort((a, b) => a.start - b.start);
  const speakers = new Map<string, Speaker>();
  const out: Quote[] = [];
  for (const t of turns) {
    if (t.role === 'direction') continue;
    let who = speakers.get(t.label);
    if (!who) {
      who = resolveLabel(t, input);
      speakers.set(t.label, who);
    }
    for (const parts of turnPieces(text, t, directions)) {
      const start = parts[0].start;
      const pos = input.lines.positionAt(start);
      const person = 'person' in who ? input.people.list[who.person] : null;
      const issued = t.role === 'issuer';
      out.push({
        id: '',
        // Markdown's escapes ("\\[sic\\]") are the transcriber's, not the speaker's.
        text: parts.map((p) => text.slice(p.start, p.end).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ')).join(' ').replace(/\\([[\]()*_#`\\])/g, '$1'),
        kind: 'speech',
        speaker: person ? person.name : 'description' in who && who.description ? who.description : null,
        personIndex: 'person' in who ? who.person : null,
        role: 'person' in who ? who.role ?? person?.roles[0] ?? null : null,
        cue: issued ? STATEMENT_CUE : TRANSCRIPT_CUE,
        partial: false,
        via: null,
        rule: person || ('description' in who && who.description) ? (issued ? STATEMENT_RULE : TRANSCRIPT_RULE) : null,
        locator: null,
        speakerSpan: null,
        parts,
        outer: { start, end: parts[parts.length - 1].end },
        line: pos.line,
        character: pos.character,
      });
    }
  }
  return out;
}

/**
 * Quotation marks inside a turn were read as in any article; those the article gave no one, or
 * gave to "I" or "we" or to whom the passage is about, are the turn speaker's.
 */
export function attributeInsideTurns(inner: Quote[], turnQuotes: Quote[], text: string): void {
  let k = 0;
  for (const q of inner) {
    if (q.kind !== 'speech') continue;
    while (k < turnQuotes.length && turnQuotes[k].outer.end < q.outer.start) k++;
    const turn = turnQuotes[k];
    if (!turn || turn.outer.start > q.outer.start || turn.outer.end < q.outer.end) continue;
    const firstPerson = q.speakerSpan && /^(?:I|we)$/i.test(text.slice(q.speakerSpan.start, q.speakerSpan.end));
    if (q.speaker && !firstPerson && q.rule !== 'passage-subject' && q.rule !== 'words-about-whom') continue;
    q.speaker = turn.speaker;
    q.personIndex = turn.personIndex;
    q.role = turn.role;
    q.rule = turn.cue === STATEMENT_CUE ? STATEMENT_RULE : TRANSCRIPT_RULE;
    q.cue ??= 'said';
  }
}

/** A turn's words as quotes: one a paragraph (cut at sentence ends when long), stage directions left out. */
function turnPieces(text: string, t: Turn, directions: Turn[]): Span[][] {
  // The turn's words less the directions inside it.
  const segs: Span[] = [];
  let at = t.start;
  // Only the directions near the turn (they are in text order): a long transcript has thousands of each.
  let lo = 0;
  let hi = directions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (directions[mid].start < t.start) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && directions[lo - 1].end > t.start) lo--;
  for (let k = lo; k < directions.length && directions[k].start < t.end; k++) {
    const d = directions[k];
    if (d.end <= t.start) continue;
    if (d.start > at) segs.push({ start: at, end: d.start });
    at = Math.max(at, d.end);
  }
  if (at < t.end) segs.push({ start: at, end: t.end });
  // Paragraphs: split each segment at blank lines.
  const pieces: Span[][] = [[]];
  for (const s of segs) {
    const chunk = text.slice(s.start, s.end);
    const re = /\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk))) {
      pieces[pieces.length - 1].push({ start: s.start + from, end: s.start + m.index });
      pieces.push([]);
      from = m.index + m[0].length;
    }
    pieces[pieces.length - 1].push({ start: s.start + from, end: s.end });
  }
  const out: Span[][] = [];
  for (const p of pieces) {
    const parts = p.map((s) => trim(text, s)).filter((s): s is Span => !!s && /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
    if (!parts.length) continue;
    out.push(...cutLong(text, parts));
  }
  return out;
}

function trim(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Parts longer than MAX_QUOTE in all, cut after a sentence's end. */
function cutLong(text: string, parts: Span[]): Span[][] {
  const out: Span[][] = [];
  let cur: Span[] = [];
  let len = 0;
  for (const p of parts) {
    let s = p.start;
    while (p.end - s + len > MAX_QUOTE) {
      // The last sentence end that keeps this quote within the limit.
      const window = text.slice(s, s + MAX_QUOTE - len);
      let cut = -1;
      const re = /[.?!][\u201d"'\u2019)]?\s+(?=[\p{Lu}\u201c"])/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(window))) cut = m.index + m[0].length;
      if (cut <= 0) {
        if (cur.length) {
          out.push(cur);
          cur = [];
          len = 0;
          continue;
        }
        break;
      }
      const piece = trim(text, { start: s, end: s + cut })!;
      cur.push(piece);
      out.push(cur);
      cur = [];
      len = 0;
      s += cut;
    }
    const rest = trim(text, { start: s, end: p.end });
    if (rest) {
      cur.push(rest);
      len += rest.end - rest.start;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Labels to speakers.

interface LabelParts {
  /** Office words of the label, in the label's case ("SECRETARY", "FIRST LADY"). */
  office: string[];
  /** Name words of the label ("JEAN-PIERRE", "Jane Doe"). */
  name: string[];
  honorific: string | null;
}

function parseLabel(label: string): LabelParts {
  const words = label.replace(/\*+/g, '').trim().split(/\s+/);
  let honorific: string | null = null;
  let i = 0;
  if (HONORIFIC.test(words[0]) && words.length > 1) {
    honorific = words[0];
    i = 1;
  } else if (/^the$/i.test(words[0])) i = 1;
  const office: string[] = [];
  // Office words lead ("VICE PRESIDENT HARRIS"); a label of office words only names its last word
  // unless it says "THE" ("SECRETARY KING" is someone; "THE VICE PRESIDENT" is an office).
  if (!honorific) {
    while (i < words.length && OFFICE_WORDS.has(fold(words[i]))) office.push(words[i++]);
    if (i === words.length && i > 1 && !/^the$/i.test(words[0]) && !DESCRIPTIVE_HEADS.test(words[i - 1])) {
      office.pop();
      i--;
    }
  }
  return { office, name: words.slice(i), honorific };
}

function fold(w: string): string {
  return w.toLowerCase().replace(/\.$/, '');
}

function resolveLabel(t: Turn, input: TranscriptInput): Speaker {
  const label = t.label.trim();
  // Captions that never say who speaks: the words are still speech, of someone unnamed.
  if (!label) return { description: '' };
  if (t.role === 'questioner') return { description: questionerDescription(label) };
  // "A:" in a Q&A: whom the interview is with.
  if (/^(?:A|answer)$/i.test(label)) {
    const h = interviewee(input);
    return h ? { person: personFor(h, input), role: h.role } : { description: 'the interviewee' };
  }
  const parts = parseLabel(label);
  // "SENIOR ADMINISTRATION OFFICIAL", "THE MODERATOR", "Speaker 1": a speaker the label only describes.
  const last = label.split(/\s+/).pop() ?? '';
  if (!parts.honorific && (DESCRIPTIVE_HEADS.test(last.replace(/\.$/, '')) || /^speaker\s*\d+$/i.test(label))) return { description: describe(label) };
  const holder = parts.name.length ? holderOfName(parts, input) : holderOfOffice(parts.office, input);
  if (!holder) return { description: parts.name.length ? describe(label) : 'the ' + parts.office.join(' ').toLowerCase() };
  return { person: personFor(holder, input), role: holder.role };
}

function questionerDescription(label: string): string {
  if (/^(?:interviewer|host)$/i.test(label)) return `the ${label.toLowerCase()}`;
  if (/^audience/i.test(label)) return 'an audience member';
  return 'a reporter';
}

/** "SENIOR ADMINISTRATION OFFICIAL" → "a senior administration official"; "Speaker 1" stays. */
function describe(label: string): string {
  if (/\d/.test(label)) return label.replace(/\s+/g, ' ');
  const lower = label.toLowerCase().replace(/\s+/g, ' ');
  if (/^the /.test(lower)) return lower;
  if (/^(?:moderator|operator|host|interviewer|narrator|audience|crowd)$/.test(lower)) return `the ${lower}`;
  if (/s$/.test(lower) && !/ss$/.test(lower)) return lower;
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

/**
 * The person of this holder in the article's table: the one already named so, or a new one. A
 * surname alone ("Biden" for THE PRESIDENT) is never joined here to a full name the text gives
 * someone else ("Jill Biden"); the corpus joins it to the one full name the sources give.
 */
function personFor(h: Holder, input: TranscriptInput): number {
  const { people } = input;
  const key = nameKey(h.name);
  const toks = nameTokens(h.name);
  let idx = people.index.byKey.get(key);
  if (idx === undefined && toks.length > 1) idx = people.index.container(toks);
  if (idx === undefined) idx = addPerson(people.list, people.index, h.name, 0);
  const p = people.list[idx];
  for (const f of [h.name, ...h.forms]) {
    p.forms.add(f);
    p.nameForms.add(f);
  }
  if (h.role) addRole(p, h.role);
  return idx;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that keep their full stop: honorifics and offices written short ("Lt. Gov. Austin Davis"). */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Lt|Gov|Sen|Rep|Gen|Col|Sgt|Capt|Adm|Maj|Prof|Hon|Rev|Amb|Sec|Cmdr|Supt|Insp)\.$/;
/** Offices written short, as their full words (to compare a label's "LIEUTENANT GOVERNOR" with "Lt. Gov."). */
const LONG_FORM: Record<string, string> = { lt: 'lieutenant', gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', dr: 'doctor', adm: 'admiral', col: 'colonel', sec: 'secretary', amb: 'ambassador', capt: 'captain', maj: 'major', sgt: 'sergeant', prof: 'professor', cmdr: 'commander' };
/** Forms of address: they say how to address someone, not what office they hold. */
const ADDRESS_ONLY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'hon', 'rev', 'reverend', 'lord', 'lady', 'madam', 'the']);

const TOKEN = /\p{Lu}[\p{L}\p{M}'\u2019.-]*|[\p{Ll}\p{N}][\p{L}\p{M}\p{N}'\u2019.-]*|[,;:()]/gu;

function tokens(s: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    let w = m[0];
    // A full stop belongs to an initial or an honorific ("J.", "Ms."), not to a word ending a sentence.
    if (!/^\p{Lu}\.$/u.test(w) && !ABBREVIATION.test(w)) w = w.replace(/[.'\u2019]+$/, '');
    if (w) out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

function isCap(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text);
}

function isOffice(t: Token): boolean {
  return OFFICE_WORDS.has(fold(t.text)) || /^[A-Z]{2,6}$/.test(t.text);
}

function isNameWord(t: Token | undefined): boolean {
  return !!t && isCap(t) && !isOffice(t) && !NAME_STOP.test(t.text) && (GIVEN_NAMES.has(fold(t.text)) || !COMMON_WORDS.has(fold(t.text)));
}

/** Where the transcript introduces people: its title, then its text (labels blanked). */
function introductionTexts(input: TranscriptInput): string[] {
  return [input.title ?? '', input.analysed];
}

interface TokenedText {
  toks: Token[];
  /** Where each capitalised word occurs, by its folded form, in text order. */
  capitals: Map<string, number[]>;
}

/**
 * A text's words, tokenised once per transcript: every label is looked up in the whole text,
 * and a transcript of many speakers would otherwise tokenise it once for each.
 */
const TOKENED = new WeakMap<TranscriptInput, Map<string, TokenedText>>();

function tokened(input: TranscriptInput, source: string): TokenedText {
  let bySource = TOKENED.get(input);
  if (!bySource) TOKENED.set(input, (bySource = new Map()));
  let t = bySource.get(source);
  if (!t) {
    const toks = tokens(source);
    const capitals = new Map<string, number[]>();
    toks.forEach((tok, i) => {
      if (!isCap(tok)) return;
      const key = fold(tok.text);
      const at = capitals.get(key);
      if (at) at.push(i);
      else capitals.set(key, [i]);
    });
    bySource.set(source, (t = { toks, capitals }));
  }
  return t;
}


/**
 * The person a label with a name stands for ("MS. JEAN-PIERRE", "SECRETARY MAYORKAS",
 * "Jane Doe"): the fullest form the transcript gives that surname, with the office written before
 * it or after it in apposition.
 */
function holderOfName(parts: LabelParts, input: TranscriptInput): Holder {
  const labelName = parts.name;
  const surname = labelName[labelName.length - 1];
  const family = labelName.length === 1 && FAMILY_FIRST.has(fold(surname));
  const wanted = officeKey(parts.office);
  let best: { given: string[]; last: string; after: string[]; office: string | null; score: number } | null = null;
  for (const source of introductionTexts(input)) {
    const { toks, capitals } = tokened(input, source);
    for (let pass = 0; pass < 2 && !best; pass++) {
      // The surname as written first (where it occurs); then every capitalised word, one letter off.
      for (const i of pass === 0 ? capitals.get(fold(surname)) ?? [] : toks.keys()) {
        if (!isCap(toks[i])) continue;
        // The surname as written; failing that, one letter off ("MAYORAKAS" for Mayorkas).
        const same = fold(toks[i].text) === fold(surname);
        if (!same && (pass === 0 || surname.length < 5 || editDistance(fold(toks[i].text), fold(surname), 1) !== 1)) continue;
        // Given names before the surname ("Karine Jean-Pierre"), or after it for a family name first ("Moon Jae-in").
        const given: string[] = [];
        let j = i - 1;
        while (j >= 0 && given.length < 3 && isNameWord(toks[j]) && joinedBy(source, toks[j], toks[j + 1]) && (!given.length || GIVEN_NAMES.has(fold(toks[j].text)) || /^\p{Lu}\.$/u.test(toks[j].text))) given.unshift(toks[j--].text);
        const after: string[] = [];
        if (family) for (let k = i + 1; k < toks.length && after.length < 2 && isNameWord(toks[k]) && joinedBy(source, toks[k - 1], toks[k]); k++) after.push(toks[k].text);
        // Label names beyond the surname must agree ("JANE DOE" is not John Doe).
        if (labelName.length > 1 && given.length && fold(given[given.length - 1]) !== fold(labelName[labelName.length - 2])) continue;
        const office = officeBefore(source, toks, j) ?? officeAfter(source, toks, family && after.length ? i + after.length : i);
        let score = given.length * 2 + after.length * 2 + (office ? 1 : 0);
        if (wanted.length && office && wanted.every((w) => officeKey(office.split(/\s+/)).includes(w))) score += 4;
        if (!best || score > best.score) best = { given, last: toks[i].text, after, office, score };
      }
    }
  }
  const written = best?.last ?? caseLike(surname);
  const nameWords = best ? [...best.given, written, ...best.after] : labelName.length > 1 ? labelName.map(caseLike) : [written];
  const name = nameWords.join(' ');
  const role = best?.office ?? (parts.office.length ? parts.office.map(caseLike).join(' ') : null);
  const forms = [written];
  if (parts.office.length) forms.push(`${parts.office.map(caseLike).join(' ')} ${written}`);
  if (parts.honorific) forms.push(`${caseLike(parts.honorific.replace(/\.?$/, '.'))} ${written}`);
  return { name, role, forms };
}

/**
 * The holder of an office a label names alone ("THE PRESIDENT", "THE FIRST LADY"): the office
 * written before a name in the title or the text ("President Biden", "First Lady Jill Biden"),
 * not a longer office that ends with it ("Vice President Harris" is not THE PRESIDENT).
 */
function holderOfOffice(office: string[], input: TranscriptInput): Holder | null {
  if (!office.length) return null;
  const want = officeKey(office);
  for (const source of introductionTexts(input)) {
    const { toks } = tokened(input, source);
    for (let i = 0; i + want.length < toks.length; i++) {
      if (!want.every((w, k) => isCap(toks[i + k]) && officeKey([toks[i + k].text])[0] === w)) continue;
      // A longer office ("Vice President") or a former one is someone else's.
      const before = toks[i - 1];
      if (before && isCap(before) && isOffice(before) && !ADDRESS_ONLY.has(fold(before.text)) && joinedBy(source, before, toks[i])) continue;
      if (before && /^(?:former|late|ex|then)$/i.test(before.text)) continue;
      const name: string[] = [];
      let k = i + want.length;
      // "Vice President Harris Honoring the …": a title's verb ends the name.
      while (k < toks.length && name.length < 3 && isNameWord(toks[k]) && joinedBy(source, toks[k - 1], toks[k]) && !(name.length && /ing$/.test(toks[k].text) && !GIVEN_NAMES.has(fold(toks[k].text)))) name.push(toks[k++].text);
      if (!name.length) continue;
      const written = source.slice(toks[i].start, toks[i + want.length - 1].end);
      return { name: name.join(' '), role: written, forms: [`${written} ${name[name.length - 1]}`, name[name.length - 1]] };
    }
  }
  return null;
}

/** Two words of one name or office: a space or two between them, or a line break (texts wrapped by hand). */
/**
 * Whom a Q&A is with: named after "with" in the title ("Q&A with Vice President Joe Biden"), or
 * the first full name the text gives before its first question ("Former first lady Laura Bush").
 */
function interviewee(input: TranscriptInput): Holder | null {
  const firstTurn = input.turns.find((t) => t.role !== 'direction');
  const header = input.analysed.slice(0, firstTurn ? firstTurn.start : input.analysed.length);
  const after = /\b(?:Q\s?&\s?A|Q and A|interview|conversation|talk|chat|sit-down)\s+with\s+([^.;:\n]+)/i.exec(input.title ?? '')?.[1];
  for (const source of after ? [after, header] : [header]) {
    const toks = tokens(source);
    for (let i = 0; i + 1 < toks.length; i++) {
      if (!GIVEN_NAMES.has(fold(toks[i].text)) || !isCap(toks[i]) || !isNameWord(toks[i + 1]) || !joinedBy(source, toks[i], toks[i + 1])) continue;
      const name = [toks[i].text, toks[i + 1].text];
      if (isNameWord(toks[i + 2]) && joinedBy(source, toks[i + 1], toks[i + 2]) && !/ing$/.test(toks[i + 2].text)) name.push(toks[i + 2].text);
      const office = officeBefore(source, toks, i - 1);
      return { name: name.join(' '), role: office, forms: [name[name.length - 1]] };
    }
  }
  return null;
}

function joinedBy(source: string, a: Token, b: Token): boolean {
  return /^(?:[ \u00a0]{1,2}|[ \t\u00a0]*\r?\n[ \t\u00a0]*)$/.test(source.slice(a.end, b.start));
}

/** An office's words in their long forms, lower case: "Lt. Gov." → ["lieutenant", "governor"]. */
function officeKey(words: string[]): string[] {
  return words.map((w) => LONG_FORM[fold(w)] ?? fold(w));
}

/** "National Security Advisor Jake Sullivan": the office words right before the given names (which start after `toks[j]`). */
function officeBefore(source: string, toks: Token[], j: number): string | null {
  let from = j + 1;
  for (let k = j; k >= 0 && joinedBy(source, toks[k], toks[k + 1]); k--) {
    const t = toks[k];
    if (isCap(t) && !NAME_STOP.test(t.text)) from = k;
    // "Chair of the Council of Economic Advisers", "Senior Advisor to the President": joiners inside an office.
    else if (!/^(?:of|for|the|to)$/.test(t.text)) break;
  }
  while (from <= j && !isCap(toks[from])) from++;
  if (from > j) return null;
  const words = toks.slice(from, j + 1);
  if (!words.some((w) => OFFICE_WORDS.has(fold(w.text)) && !ADDRESS_ONLY.has(fold(w.text)))) return null;
  // "Dr. Jill Biden": a form of address is no part of the office.
  while (words.length && ADDRESS_ONLY.has(fold(words[words.length - 1].text))) words.pop();
  while (words.length && ADDRESS_ONLY.has(fold(words[0].text))) words.shift();
  return words.length ? source.slice(words[0].start, words[words.length - 1].end) : null;
}

/** "Jane Roe, Deputy National Security Advisor for Cyber": an office in apposition after the name. */
function officeAfter(source: string, toks: Token[], i: number): string | null {
  if (toks[i + 1]?.text !== ',') return null;
  const words: Token[] = [];
  let k = i + 2;
  if (toks[k] && /^the$/i.test(toks[k].text)) k++;
  while (k < toks.length && words.length < 12 && (isCap(toks[k]) || (/^(?:of|for|and|the|on)$/.test(toks[k].text) && isCap(toks[k + 1])))) {
    if (k > i + 2 && !joinedBy(source, toks[k - 1], toks[k])) break;
    words.push(toks[k++]);
  }
  if (!words.length || !words.some((w) => OFFICE_WORDS.has(fold(w.text)) && !ADDRESS_ONLY.has(fold(w.text)) && !isNameWord(w))) return null;
  return source.slice(words[0].start, words[words.length - 1].end);
}

/** "JEAN-PIERRE" → "Jean-Pierre", "MCDONALD" → "Mcdonald" (used only when the transcript never writes the name otherwise). */
function caseLike(w: string): string {
  if (w !== w.toUpperCase()) return w;
  return w.toLowerCase().replace(/(^|[-'\u2019\s])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The paragraph quotes of one speaker's turn around `quotes[i]`: the one before it and the one
 * after it in the same turn (quotation marks read inside the turn skipped), for a draft that
 * quotes across a paragraph break; and, for one that elides, the transcript from `quotes[i]` on
 * to where the speaker resumes after someone's short interjection ("Yes.", "Say again.").
 */
export function turnNeighbours(quotes: Quote[], i: number): { before: Quote | null; after: Quote | null; resumed: Quote[] } {
  const q = quotes[i];
  if (!isSpokenWords(q)) return { before: null, after: null, resumed: [] };
  const same = (o: Quote) => o.speaker === q.speaker && o.personIndex === q.personIndex;
  // The transcript's own quotes around it (quotation marks read inside a turn are no paragraph of it).
  const own: number[] = [];
  for (let k = i + 1; k < quotes.length && own.length < 4; k++) if (isSpokenWords(quotes[k])) own.push(k);
  let b = i - 1;
  while (b >= 0 && !isSpokenWords(quotes[b])) b--;
  const after = own.length && same(quotes[own[0]]) ? quotes[own[0]] : null;
  // On to the speaker's next words past one interjection of four words or fewer.
  const resumed: Quote[] = [];
  let interjected = false;
  for (const k of own) {
    const o = quotes[k];
    resumed.push(o);
    if (same(o)) {
      if (interjected) return { before: b >= 0 && same(quotes[b]) ? quotes[b] : null, after, resumed };
    } else if (interjected || o.text.split(/\s+/).length > 4) break;
    else interjected = true;
  }
  return { before: b >= 0 && same(quotes[b]) ? quotes[b] : null, after, resumed: [] };
}
