/**
 * Whom a reference stands for: a pronoun for the person or body the passage is about, a surname
 * for the full name, "the spokesperson" for the spokesperson described before, "the company" or
 * "the ministry" for the body named earlier, a description for the one person whose role it is.
 */
import { descriptionHead, tidyDescription, type AttributionContext, type SpeakerRef } from './attribution';
import { alternation, COMMON_WORDS, GIVEN_NAMES, INTRODUCING_CUES, INVERTED_CUES, ORG_NOUNS, PERSON_NOUNS, RELATIVES, SENTENCE_CUES } from './vocabulary';
import { nameTokens, tokenize, type NameRun } from './names';
import { addPerson, type PeopleTable } from './people';
import type { QuoteSpan } from './quote-spans';
import type { Sentence } from './sentences';
import { datelineEnd } from './dateline';
import { foldKey, partitionPoint } from './text';

/** What a resolved speaker is: a local person, or a description kept as the article words it. */
export type Resolved = { person: number } | { description: string } | null;

/** Speakers of quotes already read, by sentence: the latest one in each sentence. */
export type SpeakerLog = Map<number, Resolved>;

/** Who each sentence is about: the basis for resolving "he", "the presenter", "the company". */
export interface SentenceSubject {
  /** A person named right before an attribution verb: "Lindsay said …". */
  speech?: number;
  /** The first person named in the sentence's main clause. */
  first?: number;
  /** A named body at the head of the sentence: "Microsoft has said …". */
  org?: string;
  /** The last body named anywhere in the sentence. */
  orgMention?: string;
  /** The sentence's subject is "he" or "she": it names nobody new. */
  pronoun?: boolean;
  /** Someone the sentence names only in the possessive, when it names nobody else. */
  owner?: number;
  /** An unnamed speaker heading the sentence ("a spokesman for …"), or '' when there is none. */
  speechDesc?: string;
  /** The sentence asks a question: whom it names is asked about, not speaking. */
  question?: boolean;
  /** A person described, not named, heading a sentence that names nobody: "The senator was defiant." */
  described?: string;
}

/** An unnamed speaker heading the sentence ("a spokesman for …"), or credited at its end; '' when none. */
function speechDescOf(text: string, sent: Sentence): string {
  // "A spokesman for the Oxford University Press said …": an unnamed speaker heads the sentence.
  const head = text.slice(sent.start, Math.min(sent.end, sent.start + 160));
  const m = UNNAMED_HEAD.exec(head);
  // "…the Biblical version was true, according to the Bishop.": the credit closing the sentence.
  const acc = /,?\s+according to ((?:the|a|an)\s+[^,.;"\u201c]{1,60}?)[.!?]?$/i.exec(text.slice(Math.max(sent.start, sent.end - 120), sent.end));
  return m && descriptionHead(m[1]) ? tidyDescription(m[1]) : acc ? tidyDescription(acc[1]) : '';
}

const UNNAMED_HEAD = new RegExp(String.raw`^(?:(?:but|and|however|meanwhile),?\s+)?((?:a|an)\s+[^,.;"\u201c]{1,100}?)\s+(?:also\s+|later\s+)?${alternation(INTRODUCING_CUES)}\b`, 'i');
const VERB_BEFORE = new RegExp(String.raw`(?:^|[\s,])${alternation(INVERTED_CUES)}\s+$`, 'i');

/** "The senator was defiant", "The 48-year-old mother of two told police": a described person and a verb. */
const DESCRIBED_SUBJECT = /^(?:(?:But|And|Yet)\s+)?([Tt]he\s+(?:[\p{Ll}\d-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+))\s+(?:(?:has|had|was|is|also|then|later)\s+)*\p{Ll}+(?:ed|s)?\b/u;

const SUBORDINATE = /^(?:although|though|while|whilst|when|as|after|before|if|because|since|despite|once|until|unless|with|without|following|having|speaking|asked)\b[^,]{0,200},\s*/i;

export function sentenceSubjects(text: string, runs: NameRun[], byRun: Map<number, number>, sentences: Sentence[], spans: QuoteSpan[]): SentenceSubject[] {
  const out: SentenceSubject[] = sentences.map(() => ({}));
  let si = 0;
  let qi = 0;
  for (const r of runs) {
    while (si + 1 < sentences.length && sentences[si].end <= r.start) si++;
    const sent = sentences[si];
    if (!sent || r.start < sent.start) continue;
    while (qi < spans.length && spans[qi].outer.end <= r.start) qi++;
    if (spans[qi] && spans[qi].outer.start <= r.start) continue; // inside a quote
    const subj = out[si];
    subj.question ??= /\?\s*$/.test(text.slice(sent.start, sent.end));
    subj.speechDesc ??= speechDescOf(text, sent);
    if (subj.pronoun === undefined) {
      // "And he also denied reports that Santini …": the sentence is about whoever "he" is.
      const head = text.slice(sent.start, Math.min(sent.end, sent.start + 60)).replace(SUBORDINATE, '');
      subj.pronoun = /^(?:(?:and|but|so|yet|however|meanwhile|then|also|now)[\s,]+)*(?:he|she)\s/i.test(head);
    }
    const person = byRun.get(r.start);
    const possessive = r.tokens[r.tokens.length - 1].possessive;
    const after = text.slice(r.end, Math.min(sent.end, r.end + 160));
    const before = text.slice(Math.max(sent.start, r.titleStart - 40), r.titleStart);
    // "But for Allen Weiner, a research director at Gartner, the future …": whose view the sentence gives.
    const viewOf = /^\s*(?:(?:but|and|yet|so)\s+)?for\s+[^,]{0,60}$/i.test(text.slice(sent.start, r.titleStart)) && /^\s*,/.test(text.slice(r.end, r.end + 2));
    // "…released through her attorney Rich Nichols, Jones repeated": a name after a preposition (and a role) is no subject.
    const governed = !viewOf && /\b(?:by|with|to|for|of|from|through|via|against|on|about|at|and|than|like|over|under)\s+(?:the\s+|(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2})?$/iu.test(before);
    // "It was Isinbayeva's 11th world record": a sentence about someone through a possessive.
    if (person !== undefined && possessive && subj.owner === undefined && (r.tokens.length > 1 || r.titled)) subj.owner = person;
    if (person !== undefined && !possessive) {
      // "…, said David Theriault, standards liaison for Ubisense.": inverted, the name after the verb.
      if (subj.speech === undefined && (SPEECH_AFTER.test(after) || VERB_BEFORE.test(text.slice(Math.max(sent.start, r.titleStart - 16), r.titleStart)))) subj.speech = person;
      if (subj.first === undefined && !governed && !subj.pronoun) {
        const lead = SUBORDINATE.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 260)));
        if (!lead || r.start >= sent.start + lead[0].length) subj.first = person;
      }
    } else if (person === undefined && (r.kind === 'org' || r.kind === 'single' || r.kind === 'other') && !r.tokens.some((t) => COMMON_WORDS.has(t.key) && !t.cap === false && r.tokens.length === 1)) {
      // "Microsoft has said", "Euronext said": a body at the head of its clause, before a verb.
      const head = r.titleStart - sent.start > 300 ? 'x' : text.slice(sent.start, r.titleStart).replace(SUBORDINATE, '');
      const name = text.slice(r.titleStart, r.end); // "Arab News", not "News"
      if (subj.org === undefined && /^(?:(?:the|in a statement|on \w+day|however|meanwhile|but|and),?\s*)*$/i.test(head.trim()) && /^\s+(?:(?:has|have|had|also|later|then)\s+)*\p{Ll}+/u.test(after)) subj.org = name;
      // "In a statement from Lycos Europe …": a body named anywhere, for "the company" later.
      if (r.kind === 'org' || r.tokens.length > 1 || !COMMON_WORDS.has(r.tokens[0].key)) subj.orgMention = name;
    }
  }
  // "But a spokesman said its powers were limited.": a sentence naming nobody may still have an unnamed speaker.
  sentences.forEach((sent, k) => {
    if (out[k].speechDesc === undefined && /spokes|according to/i.test(text.slice(sent.start, sent.end))) out[k].speechDesc = speechDescOf(text, sent);
    if (out[k].first === undefined && out[k].speech === undefined) {
      const m = DESCRIBED_SUBJECT.exec(text.slice(datelineEnd(text, sent.start), Math.min(sent.end, sent.start + 120)));
      if (m && PERSON_NOUNS.has(m[2].toLowerCase())) out[k].described = m[1].replace(/^The\b/, 'the');
    }
  });
  return out;
}

const SPEECH_AFTER = new RegExp(String.raw`^(?:,[^,\u201c"]{0,140},)?\s+(?:(?:also|has|have|had|later|then|previously|once|was|is|had|further|quickly|again|recently|himself|herself|repeatedly)\s+)*${alternation(SENTENCE_CUES)}\b`, 'i');

/** "Thorne Nogar's son ", "his brother's wife ": the family name of a relative named next. */
const FAMILY_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'\u2019-]+)['\u2019]s\s+${alternation(RELATIVES)}\s+$`, 'u');



/**
 * A body by its name: "US behemoth General Electric" and "civil rights group Liberty" by the name
 * alone; an acronym ("AFI", "GE") by the name the article spells out ("the American Film Institute").
 */
export function bodyName(desc: string, text: string, runs: NameRun[], memo: Map<string, string>): string {
  const known = memo.get(desc);
  if (known !== undefined) return known;
  let out = desc;
  const named = /^(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){0,3})$/u.exec(desc);
  if (named && !/^(?:a|an|the|one|its|his|her|their)\s/i.test(desc) && !/\s(?:for|of|at|from|with|in|on|by|to|and|or|said|says)\s/i.test(desc)) out = named[1];
  const acr = /^(?:the\s+)?(\p{Lu}{2,6})$/u.exec(out);
  if (acr) {
    let best = '';
    for (const r of runs) {
      if (r.kind === 'person' || r.kind === 'single') continue;
      const full = text.slice(r.fullStart ?? r.titleStart, r.end).replace(/^the\s+/i, '');
      const words = full.split(/\s+/).filter((w) => !/^(?:of|for|and|the|&)$/i.test(w));
      if (words.length === acr[1].length && words.map((w) => w[0]).join('') === acr[1] && full.length > best.length) best = full;
    }
    if (best) out = 'the ' + best;
  }
  memo.set(desc, out);
  return out;
}

/**
 * Whom a sentence is about, for words quoted in it with no attribution: the person it names
 * speaking or first, whoever "he" or "she" heading it stands for, or the last speaker.
 */
export function aboutWhom(si: number, people: PeopleTable, log: SpeakerLog): Resolved {
  const subj = people.sentences[si];
  if (subj?.speech !== undefined) return { person: subj.speech };
  if (subj?.first !== undefined) return { person: subj.first };
  if (subj?.pronoun) return salient(si, 'person', people, log);
  return log.get(si) ?? log.get(si - 1) ?? null;
}

/** "a spokesman for Ofcom", "the Spectator editor": a description of one person, whom "he" or "she" can stand for. */
function personDescription(desc: string): boolean {
  const core = desc.split(/\s+(?:of|for|at|in|with|from|on)\s+/)[0];
  const words = tokenize(core, 0, core.length);
  const last = words[words.length - 1]?.key ?? '';
  return PERSON_NOUNS.has(last) || /^spokes(?:man|woman|person)$/.test(last);
}

/** The person or body a sentence before `si` was about, latest first. */
export function salient(si: number, want: 'person' | 'org' | 'any', people: PeopleTable, log: SpeakerLog): Resolved {
  for (let k = si - 1; k >= Math.max(0, si - 6); k--) {
    const spoke = log.get(k);
    if (spoke) {
      if (want === 'any') return spoke;
      if (want === 'person' && ('person' in spoke || personDescription(spoke.description))) return spoke;
      if (want === 'org' && 'description' in spoke) return spoke;
    }
    const subj = people.sentences[k];
    if (!subj || subj.question) continue;
    if (want !== 'org') {
      if (subj.speech !== undefined) return { person: subj.speech };
      if (subj.speechDesc) {
        // "the Bishop" is the one person whose role says so, when there is one.
        const byRole = /^the\s/i.test(subj.speechDesc) ? roleMatch(subj.speechDesc, people) : undefined;
        return byRole !== undefined ? { person: byRole } : { description: subj.speechDesc };
      }
      if (subj.first !== undefined) return { person: subj.first };
      if (subj.owner !== undefined && !subj.pronoun) return { person: subj.owner };
      if (subj.described) {
        // "The 28-year-old host said …": the person the passage has named before, if any.
        const byRole = roleMatch(subj.described, people);
        if (byRole !== undefined) return { person: byRole };
        const named = salient(k, 'person', people, log);
        return named && 'person' in named ? named : { description: subj.described };
      }
    }
    if (want !== 'person' && subj.org) return { description: subj.org };
  }
  // A body only mentioned, as a last resort ("a statement from Lycos Europe … the company said").
  if (want === 'org') {
    for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
      const m = people.sentences[k]?.orgMention;
      if (m) return { description: m };
    }
  }
  return null;
}

/** The last person named in sentence `si` before offset `at`: "When Hewitt shook his hand, the Australian said". */
function namedBefore(si: number, at: number, people: PeopleTable, ctx: AttributionContext): Resolved {
  const s = ctx.sentences[si];
  if (!s) return null;
  // The last run before `at` (binary search) in this sentence that is no object: "Speaking to the
  // BBC's Laura Kuenssberg, the prime minister said" is not Kuenssberg.
  for (let k = partitionPoint(people.starts.length, (i) => people.starts[i] < at) - 1; k >= 0 && people.starts[k] >= s.start; k--) {
    const run = people.runAt.get(people.starts[k]);
    const lead = run ? ctx.text.slice(Math.max(s.start, run.titleStart - 40), run.titleStart) : '';
    if (!GOVERNED.test(lead)) return { person: people.byRun.get(people.starts[k])! };
  }
  return null;
}

/** What stands before an object: a preposition or "told", perhaps an outlet's possessive ("to the BBC's"). */
export const GOVERNED = /\b(?:to|by|with|of|for|from|about|against|told|asked|interviewed|thanked|met)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.-]*\s+)*(?:\p{Lu}[\p{L}&.-]*['\u2019]s\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The person a name stands for, or the name of someone the people table did not take. */
function named(ref: SpeakerRef & { type: 'name' }, people: PeopleTable, ctx: AttributionContext): { person: number } | { name: string } {
  const known = people.byRun.get(ref.start);
  if (known !== undefined) return { person: known };
  const toks = nameTokens(ref.text);
  const single = toks.length === 1 ? people.index.single(toks[0], ref.start) : undefined;
  if (single !== undefined) return { person: single };
  // "Nogar's son Stephen": a relative named by first name carries the family name.
  const family = toks.length === 1 && GIVEN_NAMES.has(toks[0]) ? FAMILY_BEFORE.exec(ctx.text.slice(Math.max(0, ref.start - 60), ref.start)) : null;
  return { name: family ? `${ref.text} ${family[1]}` : ref.text };
}

/** Whom a reference stands for, as `resolve` finds it, without adding anyone to the people table. */
export function peek(ref: SpeakerRef, si: number, people: PeopleTable, log: SpeakerLog, ctx: AttributionContext): Resolved | { name: string } {
  return ref.type === 'name' ? named(ref, people, ctx) : resolve(ref, si, people, log, ctx);
}

/** Whom a reference stands for; a name the people table did not take (a lone surname used only here) becomes a person. */
export function resolve(ref: SpeakerRef | null, si: number, people: PeopleTable, log: SpeakerLog, ctx: AttributionContext): Resolved {
  if (!ref) return null;
  if (ref.type === 'name') {
    const r = named(ref, people, ctx);
    if ('person' in r) return r;
    const name = r.name;
    const idx = addPerson(people.list, people.index, name, ref.start);
    const p = people.list[idx];
    p.forms.add(ref.text);
    p.nameForms.add(name);
    p.mentions++;
    people.byRun.set(ref.start, idx);
    return { person: idx };
  }
  if (ref.type === 'pronoun') {
    if (ref.text === 'he' || ref.text === 'she') return salient(si, 'person', people, log);
    if (ref.text === 'it') return salient(si, 'org', people, log);
    // "they" is a spokesperson, a body, or a group of people: whoever spoke or acted last.
    return salient(si, 'any', people, log);
  }
  // A description: "the spokesperson" is the spokesperson described before.
  const desc = tidyDescription(ref.text);
  const definite = /^(?:the|its|his|her|their)\s/i.test(desc) || /^\p{L}+['\u2019]s\s/u.test(desc);
  if (definite) {
    const head = descriptionHead(desc);
    if (head) {
      for (let k = si; k >= Math.max(0, si - 12); k--) {
        const h = log.get(k);
        if (h && 'description' in h && descriptionHead(h.description) === head) return h;
      }
      return { description: desc };
    }
    // The head noun: "the star of Rain Man and Tootsie" → star; "the Warriors chief" → chief.
    const core = desc.split(/\s+(?:of|for|at|in|with|from|on|behind)\s+/)[0];
    const words = tokenize(core, 0, core.length);
    const last = (words[words.length - 1]?.key ?? '').replace(/^(?:co|vice|deputy)-/, '');
    // ("the world 200m and 400m record holder": figures are no words here.)
    if (words.filter((t) => !/^\d/.test(t.text) && t.text.length > 1).length <= 8) {
      const byRole = roleMatch(desc, people);
      if (byRole !== undefined) return { person: byRole };
      if (PERSON_NOUNS.has(last) || /year-old$/.test(last)) {
        // "the executive" after "an unnamed executive at Euronext" in the sentence before.
        const indefinite = words.length <= 2 ? describedBefore(ctx, si, last, ref.start) : null;
        return namedBefore(si, ref.start, people, ctx) ?? (indefinite ? { description: indefinite } : null) ?? salient(si, 'person', people, log) ?? { description: desc };
      }
      if (ORG_NOUNS.has(last)) {
        // "the commission" after "the Electoral Commission"; "the ministry" after "Iraq's Ministry of Communications".
        const named = words.length <= 3 ? orgNamedBefore(ctx.text, last, ref.start) : null;
        return (named ? { description: named } : null) ?? salient(si, 'org', people, log) ?? { description: desc };
      }
    }
  }
  // "Pound said" after a quote, where "Pound" reads as a word: the surname of someone named in full.
  if (/^\p{Lu}[\p{L}'\u2019-]+$/u.test(desc)) {
    const single = people.index.single(nameTokens(desc)[0] ?? '', ref.start);
    if (single !== undefined) return { person: single };
  }
  return { description: desc };
}

const LOOK_BACK = 3000;

const regexCache = new Map<string, RegExp>();

/** A regular expression built once per key (they are made from a noun, and nouns repeat). */
function cachedRegExp(key: string, make: () => RegExp): RegExp {
  let re = regexCache.get(key);
  if (!re) {
    if (regexCache.size > 500) regexCache.clear();
    re = make();
    regexCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** The closest earlier body whose name holds this noun: "the Electoral Commission" for "the commission". */
function orgNamedBefore(text: string, noun: string, before: number): string | null {
  const from = Math.max(0, before - LOOK_BACK);
  const cap = noun[0].toUpperCase() + noun.slice(1);
  // (The window is cut only where it holds the noun.)
  const at = text.indexOf(cap, from);
  if (at < 0 || at + cap.length > before) return null;
  const win = text.slice(from, before);
  const re = cachedRegExp('org:' + cap, () => new RegExp(`((?:the\\s+)?(?:\\p{Lu}[\\p{L}&'\u2019-]*\\s+){1,4})${cap}\\b((?:\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?)|\\b(${cap}\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)`, 'gu'));
  let m: RegExpExecArray | null;
  let found: string | null = null;
  while ((m = re.exec(win))) {
    // "The Institute also cited …" names nothing new: keep the full name found before it.
    if (!m[3] && /^the\s*$/i.test(m[1].trim()) && found) continue;
    found = m[3] ?? `${m[1]}${cap}${m[2] ?? ''}`;
  }
  if (!found) return null;
  let name = found.trim().replace(/^The\s/, 'the ');
  // A sentence opener is no part of a name ("But the …", "However the …").
  name = name.replace(/^(?:But|And|However|Meanwhile|Now|Then|Yet|So)\s+/, '');
  const possessive = /^\p{Lu}[\p{L}]*['\u2019]s\s/u.test(name);
  return name.startsWith('the ') || possessive ? name : 'the ' + name;
}

/** "an unnamed executive at Euronext": an indefinite description of this noun in the last two sentences. */
function describedBefore(ctx: AttributionContext, si: number, noun: string, before: number): string | null {
  const start = ctx.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const win = ctx.text.slice(Math.max(start, before - 800), before);
  if (!win.toLowerCase().includes(noun)) return null;
  const re = cachedRegExp('desc:' + noun, () => new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b(?:\\s+(?:at|for|of|from|with|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}&'\u2019-]*)*)?`, 'giu'));
  let m: RegExpExecArray | null;
  let found: string | null = null;
  while ((m = re.exec(win))) found = m[0];
  return found ? tidyDescription(found) : null;
}

/** "the Russian president", "the foreign secretary" → the one person whose title or role says so. */
function roleMatch(desc: string, people: PeopleTable): number | undefined {
  const k = foldKey(desc).replace(/^(?:the|its|his|her|their)\s+/, '');
  if (k.split(' ').length > 5) return undefined;
  const hits = people.list.map((p, i) => ({ p, i })).filter(({ p }) => p.roles.some((r) => {
    const role = foldKey(r).replace(/^(?:the|a|an)\s+/, '');
    return role === k || (k.includes(' ') && role.endsWith(' ' + k)) || role.startsWith(k + ' of ');
  }));
  return hits.length === 1 ? hits[0].i : undefined;
}
