/**
 * Reads one article: metadata, paragraphs, quotes with their speakers, and the people it names.
 */
import {
  attributeFromPrevious,
  attributeInSentence,
  descriptionHead,
  sentenceOfQuotes,
  tidyDescription,
  type Attribution,
  type AttributionContext,
  type SpeakerRef,
} from './attribution';
import { FAMILY_FIRST, GIVEN_NAMES, TITLE_WORDS } from './vocabulary/lexicon';
import { COMMON_WORDS } from './vocabulary/common-words';
import { readMetadata } from './metadata';
import { ROLE_NOUNS, findNameRuns, nameKey, nameTokens, tokenize, type NameRun } from './names';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { findParagraphs, findSentences, type Sentence } from './sentences';
import { LineIndex, decodeBytes, editDistance, foldKey, partitionPoint, stripBom } from './text';
import type { Article, ArticlePerson, Mention, Quote, Span } from '../types';

/** Parsing options. */
export interface ParseOptions {
  /** Texts longer than this (UTF-16 units) are read only up to it, with a warning. */
  maxChars?: number;
  /**
   * A writer's draft: attribute only what the draft says (a name, a pronoun, a description, the
   * quote it continues), never a guess from context, so a check never reports a misattribution
   * the writer did not make.
   */
  draft?: boolean;
}

const DEFAULT_MAX_CHARS = 8_000_000;

interface LocalPerson extends ArticlePerson {
  /** Forms without a title, the candidates for the person's name. */
  nameForms: Set<string>;
  tokens: string[];
  key: string;
  firstOffset: number;
}

/** What a resolved speaker is: a local person, or a description kept as the article words it. */
type Resolved = { person: number } | { description: string } | null;

/**
 * Parses an article from its bytes or text. Never throws on content: problems become warnings.
 * `path` is only recorded (and used as a fallback title); nothing is read from disk here.
 */
export function parseArticle(path: string, input: string | Uint8Array, options: ParseOptions = {}): Article {
  const warnings: string[] = [];
  let text: string;
  if (typeof input === 'string') text = stripBom(input);
  else {
    const d = decodeBytes(input);
    text = d.text;
    if (d.encoding !== 'utf-8') warnings.push('not valid UTF-8; read as Windows-1252 (Latin-1)');
  }
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) {
    warnings.push(`longer than ${max.toLocaleString('en')} characters; only the first part was read`);
    text = text.slice(0, max);
  }
  const lines = new LineIndex(text);
  const base = path.replace(/^.*[\\/]/, '').replace(/\.(?:txt|md|markdown)$/i, '');
  const meta = readMetadata(text, base);

  const spans = findQuoteSpans(text).filter((q) => q.outer.start >= meta.bodyStart);
  const paragraphs = findParagraphs(text).filter((p) => p.start >= meta.bodyStart);
  const sentences = findSentences(text, paragraphs, spans);
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const runs: NameRun[] = [];
  for (const p of paragraphs) runs.push(...findNameRuns(text, p.start, p.end, sentenceStarts));

  const people = buildPeople(text, runs, sentences, spans);
  const quoteSentence = sentenceOfQuotes(sentences, spans);
  const ctx: AttributionContext = { text, sentences, quoteSentence, quotes: spans, runs };
  const quotes = readQuotes(path, text, lines, ctx, people, !options.draft);

  // Keep only people something points at (a merged misspelling leaves an empty entry behind).
  const used = new Map<number, number>();
  const persons: ArticlePerson[] = [];
  const keep = (i: number): number => {
    let j = used.get(i);
    if (j === undefined) {
      const p = people.list[i];
      j = persons.length;
      used.set(i, j);
      persons.push({ name: p.name, forms: p.forms, roles: p.roles, mentions: p.mentions });
    }
    return j;
  };
  const mentions: Mention[] = [];
  for (const r of runs) {
    const p = people.byRun.get(r.start);
    if (p !== undefined) mentions.push({ text: r.text, span: { start: r.start, end: r.end }, person: keep(p) });
  }
  for (const q of quotes) if (q.personIndex !== null) q.personIndex = keep(q.personIndex);

  return {
    path,
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published,
    text,
    paragraphs,
    sentences: sentences.map((x) => ({ start: x.start, end: x.end })),
    quotes,
    people: persons,
    mentions,
    warnings,
    ...lineLookups(lines),
  };
}

/**
 * The article's position look-ups, made outside `parseArticle`: a closure made there would keep
 * its whole scope alive (the names, tokens and people tables of the parse), tens of megabytes
 * across an archive.
 */
function lineLookups(lines: LineIndex): Pick<Article, 'positionAt' | 'offsetAt'> {
  return { positionAt: (o) => lines.positionAt(o), offsetAt: (p) => lines.offsetAt(p) };
}

interface PeopleTable {
  list: LocalPerson[];
  index: LocalIndex;
  /** Run start offset → local person index. */
  byRun: Map<number, number>;
  /** The offsets in byRun, ascending (as built; names added later are not needed there). */
  starts: number[];
  runAt: Map<number, NameRun>;
  /** Per sentence: who it is about (antecedents for pronouns and descriptions). */
  sentences: SentenceSubject[];
}

function buildPeople(text: string, runs: NameRun[], sentences: Sentence[], spans: QuoteSpan[]): PeopleTable {
  const list: LocalPerson[] = [];
  const index = new LocalIndex(list);
  const byRun = new Map<number, number>();
  const runAt = new Map<number, NameRun>();
  for (const r of runs) runAt.set(r.start, r);

  const add = (r: NameRun): number => addPerson(list, index, r.text, r.start);

  // Full names first, longest first, so that "Le Thu" can find "Huong Le Thu".
  const full = runs.filter((r) => r.kind === 'person').sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  for (const r of full) {
    const toks = nameTokens(r.text);
    const container = index.container(toks);
    byRun.set(r.start, container ?? add(r));
  }
  mergeMisspellings(list, byRun, runs);
  // Jimmy "the Whirlwind" White, Antonio "LA" Reid: a first name and a surname around a nickname.
  for (const r of runs) {
    if (r.kind !== 'single' || r.tokens.length !== 1 || !GIVEN_NAMES.has(r.tokens[0].key) || byRun.has(r.start)) continue;
    const gap = NICKNAME_GAP.exec(text.slice(r.end, r.end + 60));
    if (!gap) continue;
    // The surname may be no run of its own: a capital right after a quotation mark reads as a sentence start.
    const surname = runAt.get(r.end + gap[0].length);
    if (surname && (surname.kind !== 'single' || surname.tokens.length !== 1 || byRun.has(surname.start))) continue;
    const idx = add({ ...r, text: `${r.text} ${gap[1]}` });
    list[idx].nameForms.add(list[idx].name);
    list[idx].forms.add(list[idx].name);
    byRun.set(r.start, idx);
    if (surname) byRun.set(surname.start, idx);
  }
  // Single names: a surname (or given name in East Asian order) of someone named in full.
  for (const r of runs) {
    if (r.kind !== 'single') continue;
    const tok = nameTokens(r.text);
    if (tok.length !== 1) continue;
    if (tok[0].length < 2) continue;
    let idx = index.single(tok[0], r.start);
    if (idx === undefined && r.titled && !TITLE_WORDS.has(tok[0])) idx = add(r);
    if (idx !== undefined) byRun.set(r.start, idx);
  }
  for (const [start, idx] of byRun) {
    const r = runAt.get(start)!;
    const p = list[idx];
    p.forms.add(r.text);
    p.nameForms.add(r.text);
    if (r.prefix && ADDRESS_TITLE.test(r.prefix)) p.forms.add(`${r.prefix} ${r.text}`.replace(/\s+/g, ' '));
    p.mentions++;
    if (r.role) addRole(p, r.role);
    else if (r.title && hasOffice(r.title)) addRole(p, r.title);
    const app = appositionAfter(text, r.end);
    if (app) addRole(p, app);
    // "The Bishop of Durham, the Rt Rev Dr Tom Wright,": an office heading the sentence before the name.
    const office = OFFICE_BEFORE.exec(text.slice(Math.max(0, r.titleStart - 120), r.titleStart));
    if (office) addRole(p, office[1]);
  }
  for (const p of list) p.name = fullestForm(p);
  const starts = [...byRun.keys()].sort((a, b) => a - b);
  return { list, index, byRun, starts, runAt, sentences: sentenceSubjects(text, runs, byRun, sentences, spans) };
}

/** "Thorne Nogar's son ", "his brother's wife ": the family name of a relative named next. */
const FAMILY_BEFORE = /(\p{Lu}[\p{L}'\u2019-]+)['\u2019]s\s+(?:son|daughter|brother|sister|father|mother|wife|husband|widow|widower|nephew|niece|grandson|granddaughter|cousin)\s+$/u;

/** A nickname in quotation marks between a first name and a surname: up to the surname. */
const NICKNAME_GAP = /^\s+["\u201c][^"\u201d\n]{1,30}["\u201d]\s+(?=(\p{Lu}[\p{L}'\u2019-]+))/u;

const OFFICE_BEFORE = /(?:^|[.!?]\s+|\n\s*)[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Bishop|Archbishop|Chancellor|Secretary|President|Minister|Governor|Mayor|Chairman|Chairwoman|Director|Head|Leader|Chief Executive|Chief|Editor|Dean|Duke|Duchess|Earl|Commissioner|Ambassador|Speaker)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?),\s+(?:the\s+)?$/u;

/** A title a writer puts before a name ("President Putin", "Mr Blair"), not an occupation opening a sentence ("Singer Bruce Springsteen"). */
const ADDRESS_TITLE = /\b(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|baroness|baron|earl|rev|reverend|father|imam|rabbi|bishop|archbishop|cardinal|pope|king|queen|prince|princess|duke|duchess|emperor|sheikh|sultan|emir|president|premier|minister|chancellor|secretary|general|senator|sen|governor|gov|mayor|judge|justice|ambassador|commissioner|captain|capt|colonel|col|lieutenant|lt|sergeant|sgt|inspector|detective|superintendent|constable|councillor|congressman|congresswoman|representative|rep|leader|chairman|chairwoman|director)\.?$/i;

/** A new local person (or the one with the same key), registered in the lookups. */
function addPerson(list: LocalPerson[], index: LocalIndex, name: string, at: number): number {
  const key = nameKey(name);
  let idx = index.byKey.get(key);
  if (idx === undefined) {
    idx = list.length;
    list.push({ name, forms: new Set(), nameForms: new Set(), roles: [], mentions: 0, tokens: nameTokens(name), key, firstOffset: at });
    index.register(idx);
  }
  return idx;
}

/** Who each sentence is about: the basis for resolving "he", "the presenter", "the company". */
interface SentenceSubject {
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
}

/** An unnamed speaker heading the sentence ("a spokesman for …"), or credited at its end; '' when none. */
function speechDescOf(text: string, sent: Sentence): string {
  // "A spokesman for the Oxford University Press said …": an unnamed speaker heads the sentence.
  const head = text.slice(sent.start, Math.min(sent.end, sent.start + 160));
  const m = /^(?:(?:but|and|however|meanwhile),?\s+)?((?:a|an)\s+[^,.;"\u201c]{1,100}?)\s+(?:also\s+|later\s+)?(?:said|says|told|added|warned|argued|explained|insisted|stressed)\b/i.exec(head);
  // "…the Biblical version was true, according to the Bishop.": the credit closing the sentence.
  const acc = /,?\s+according to ((?:the|a|an)\s+[^,.;"\u201c]{1,60}?)[.!?]?$/i.exec(text.slice(Math.max(sent.start, sent.end - 120), sent.end));
  return m && descriptionHead(m[1]) ? tidyDescription(m[1]) : acc ? tidyDescription(acc[1]) : '';
}

const SUBORDINATE = /^(?:although|though|while|whilst|when|as|after|before|if|because|since|despite|once|until|unless|with|without|following|having|speaking|asked)\b[^,]{0,200},\s*/i;

function sentenceSubjects(text: string, runs: NameRun[], byRun: Map<number, number>, sentences: Sentence[], spans: QuoteSpan[]): SentenceSubject[] {
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
      if (subj.speech === undefined && (SPEECH_AFTER.test(after) || /(?:^|[\s,])(?:said|says|added|adds|according to)\s+$/i.test(text.slice(Math.max(sent.start, r.titleStart - 16), r.titleStart)))) subj.speech = person;
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
  });
  return out;
}

const SPEECH_AFTER = /^(?:,[^,\u201c"]{0,140},)?\s+(?:(?:also|has|have|had|later|then|previously|once|was|is|had|further|quickly|again|recently|himself|herself|repeatedly)\s+)*(?:said|says|told|tells|added|adds|stated|wrote|writes|warned|argued|insisted|claimed|explained|declared|noted|admitted|conceded|denied|believes|believed|thinks|revealed|stressed|commented|confirmed|urged|described|called|accused|complained|predicted|maintained|suggested|acknowledged|agreed|announced|remarked|replied|responded)\b/i;

/** The fullest form written in the article, preferring the spelling used most and proper case. */
function fullestForm(p: LocalPerson): string {
  // A peer known only by title: "Lord Hattersley", not "Hattersley".
  if ([...p.nameForms].every((f) => nameTokens(f).length === 1)) {
    const peer = [...p.forms].find((f) => /^(?:Lord|Lady|Baroness|Baron)\s+\S+$/.test(f));
    if (peer) return peer;
  }
  let best = p.name;
  let bestScore = -Infinity;
  for (const f of p.nameForms) {
    const score = nameTokens(f).length * 10 + (f === f.toUpperCase() ? -5 : 0) + (/[^\x00-\x7f]/.test(f) ? 1 : 0);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/**
 * One article spelling a name two ways ("Nguyen Phu Throng", "Nguyen Phu Trong"): the same person
 * when all tokens agree but one, and that one differs by a single letter.
 */
function mergeMisspellings(list: LocalPerson[], byRun: Map<number, number>, runs: NameRun[]): void {
  const count = new Map<number, number>();
  for (const idx of byRun.values()) count.set(idx, (count.get(idx) ?? 0) + 1);
  const into = new Map<number, number>();
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      if (into.has(a) || into.has(b)) continue;
      if (isMisspelling(list[a].tokens, list[b].tokens)) {
        const [keep, drop] = (count.get(a) ?? 0) >= (count.get(b) ?? 0) ? [a, b] : [b, a];
        into.set(drop, keep);
      }
    }
  }
  if (!into.size) return;
  for (const r of runs) {
    const idx = byRun.get(r.start);
    if (idx !== undefined && into.has(idx)) byRun.set(r.start, into.get(idx)!);
  }
}

/** Same token count, all equal but one token of four or more letters one edit apart. */
export function isMisspelling(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const x = a[diff];
  const y = b[diff];
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y, 1) === 1;
}

function hasOffice(title: string): boolean {
  const words = title.trim().split(/\s+/);
  // "Mr", "the Rt Rev Dr": forms of address, no office; "New Yorker": a place, no office.
  return !words.every((w) => /^(?:the|mr|mrs|ms|miss|dr|sir|dame|lord|lady|rt|rev|revd|hon|right|reverend|very|most|prof)\.?$/i.test(w)) && words.some((w) => TITLE_WORDS.has(foldKey(w)));
}

function addRole(p: LocalPerson, role: string): void {
  const r = role.replace(/\s+/g, ' ').trim();
  if (!r || r.length > 160) return;
  const k = foldKey(r).replace(/^(?:a|an|the)\s+/, '');
  if (p.roles.some((x) => foldKey(x).replace(/^(?:a|an|the)\s+/, '') === k)) return;
  p.roles.push(r);
}

/** ", a senior expert on Vietnam security at the Australian Defence Force Academy in Canberra" */
export function appositionAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + 240);
  const m = /^,\s+((?:a|an|the)\s+)?([\p{Ll}][\s\S]*)$/u.exec(rest);
  if (!m) return null;
  let body = (m[1] ?? '') + m[2];
  // End at a line end, a sentence end, a quote, an attribution verb, or a comma followed by a lower-case word.
  const stop = body.search(/[\r\n"\u201c\u201d;:()]|[.?!](?:\s|$)|,\s+\p{Ll}|\s(?:said|says|told|added|stated|wrote|warned|explained|argued|noted|has|had|have|is|was|were|will|would|who|which|and|but)\b/u);
  // "Rice, the prime minister said": a short description right before the verb is who spoke, not a role.
  if (stop >= 0 && /^\s(?:said|says|told|added|stated|wrote|warned|explained|argued|noted)\b/.test(body.slice(stop)) && body.slice(0, stop).trim().split(/\s+/).length <= 4) return null;
  if (stop >= 0) body = body.slice(0, stop);
  body = body.replace(/[\s,]+$/, '');
  const words = body.split(/\s+/);
  if (words.length < 1 || words.length > 20) return null;
  const firstWord = (m[1] ? words[1] : words[0]) ?? '';
  if (/^(?:who|which|that|and|but|or|said|says|told|added|he|she|they|it|we|also|as|in|on|at|to|for|from|with|after|before|while|when|where|whose|whom|not|has|had|is|was|alongside|along|including|despite|like|unlike|among|amid|without|during|about|against|into|than|by|of|under|over|since|until|through|behind|beside|besides|together|both|either|neither|then|now|too|however|meanwhile|though|although|if|so)$/i.test(firstWord)) return null;
  if (/^\d/.test(firstWord)) return null;
  if (!m[1] && words.length < 2) return null;
  // A noun phrase that names a role, not a clause ("reacted angrily to …", "made Dutch football big").
  if (!m[1] && !words.slice(0, 4).some((w) => /^\p{Ll}/u.test(w) && ROLE_NOUNS.has(foldKey(w).replace(/[^\p{L}-]/gu, '')))) return null;
  return body;
}

/**
 * Lookups over an article's people that stay cheap however many names it has: by every proper
 * run of a name's tokens (for "Le Thu" in "Huong Le Thu"), by last and first token, by a lone name.
 */
class LocalIndex {
  private readonly subseq = new Map<string, { suffix?: number; other?: number }>();
  private readonly last = new Map<string, number[]>();
  private readonly first = new Map<string, number[]>();
  private readonly lone = new Map<string, number>();
  readonly byKey = new Map<string, number>();

  constructor(private readonly list: LocalPerson[]) {}

  register(idx: number): void {
    const p = this.list[idx];
    const t = p.tokens;
    this.byKey.set(p.key, idx);
    if (t.length === 1) {
      if (!this.lone.has(t[0])) this.lone.set(t[0], idx);
      return;
    }
    for (let i = 0; i < t.length; i++) {
      for (let j = i + 1; j <= t.length; j++) {
        if (j - i === t.length) continue;
        const k = t.slice(i, j).join(' ');
        const e = this.subseq.get(k) ?? {};
        if (j === t.length) e.suffix ??= idx;
        else e.other ??= idx;
        this.subseq.set(k, e);
      }
    }
    push(this.last, t[t.length - 1], idx);
    push(this.first, t[0], idx);
  }

  /** The person whose longer name contains these tokens, a name ending with them first. */
  container(toks: string[]): number | undefined {
    const e = this.subseq.get(toks.join(' '));
    return e ? e.suffix ?? e.other : undefined;
  }

  /** A lone name: a surname (or an East Asian given name) of someone named in full, or a misspelling of one. */
  single(tok: string, at: number): number | undefined {
    const pick = (cands: number[]): number | undefined => {
      if (!cands.length) return undefined;
      if (cands.length === 1) return cands[0];
      // Several people share it: the one named most recently before this point.
      const before = cands.filter((i) => this.list[i].firstOffset <= at).sort((a, b) => this.list[b].firstOffset - this.list[a].firstOffset);
      return before[0] ?? cands[0];
    };
    const last = this.last.get(tok);
    if (last?.length) return pick(last);
    // A family name written first ("Xi" for Xi Jinping, "Kim" for Kim Jong Un), or a first name once
    // the full name has been given ("Britney" after Britney Spears; "Yahoo" before a later "Yahoo
    // Messenger" is not that).
    const first = (this.first.get(tok) ?? []).filter((i) => FAMILY_FIRST.has(tok) || ((this.list[i].tokens.length >= 3 || !GIVEN_NAMES.has(tok)) && this.list[i].firstOffset <= at));
    if (first.length) return pick(first);
    const lone = this.lone.get(tok);
    if (lone !== undefined) return lone;
    // A misspelling in the source: "Nguyen Phu Throng" later called "Trong".
    if (tok.length >= 4 && this.last.size <= 5000) {
      const near: number[] = [];
      for (const [k, ids] of this.last) if (k.length >= 4 && k[0] === tok[0] && Math.abs(k.length - tok.length) <= 1 && editDistance(k, tok, 1) === 1) near.push(...ids);
      if (near.length === 1) return near[0];
    }
    return undefined;
  }
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function readQuotes(path: string, text: string, lines: LineIndex, ctx: AttributionContext, people: PeopleTable, guess: boolean): Quote[] {
  const out: Quote[] = [];
  const log: SpeakerLog = new Map();
  const firstInSentence = new Map<number, number>();
  const quoteSpeakers: Resolved[] = [];
  const quoteSpeech: boolean[] = [];
  let lower: string | undefined;
  const bodies = new Map<string, string>();

  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const span = ctx.quotes[qi];
    const qtext = quoteText(text, span);
    const si = ctx.quoteSentence[qi];
    const s = ctx.sentences[si];
    if (!firstInSentence.has(si)) firstInSentence.set(si, qi);
    let att = attributeInSentence(ctx, qi);
    const standalone = !s || (span.outer.start - s.start < 400 && onlyPunctuation(text.slice(s.start, span.outer.start)));
    if (att.how === 'none' && standalone && !att.naming) {
      // The quote it continues, or the sentence that introduces it.
      // Start from the first quote of this sentence: a sentence of many quotes is walked once, not once per quote.
      const firstHere = firstInSentence.get(si) ?? qi;
      const prevQuote = lastQuoteIn(ctx, si - 1, firstHere, quoteSpeech);
      const intro = attributeFromPrevious(ctx, si);
      // The quote before goes on ("…," he said. "…"), unless the sentence before ends by introducing this one.
      const prevSentence = ctx.sentences[si - 1];
      const introduces = !!intro && !!prevSentence && /:\s*$/.test(text.slice(prevSentence.start, prevSentence.end));
      if (prevQuote >= 0 && quoteSpeech[prevQuote] && quoteSpeakers[prevQuote] && !introduces) {
        att = { ref: null, cue: null, role: null, via: out[prevQuote].via, how: 'continuation', naming: false, strong: true };
        quoteSpeakers[qi] = quoteSpeakers[prevQuote];
      } else if (intro) {
        att = intro;
      } else if (prevQuote < 0) {
        const recent = lastQuoteWithin(ctx, si - 1, firstHere, 2);
        if (recent >= 0 && quoteSpeech[recent] && quoteSpeakers[recent]) {
          att = { ref: null, cue: null, role: null, via: null, how: 'continuation', naming: false, strong: true };
          quoteSpeakers[qi] = quoteSpeakers[recent];
        }
      }
    }
    const words = tokenize(qtext, 0, qtext.length).length;
    // Jimmy "the Whirlwind" White: a nickname inside a name is no one's words.
    const nickname = words <= 4 && isNickname(text, span.outer);
    let speech = !nickname && decideSpeech(qtext, words, att, text.slice(span.outer.end, span.outer.end + 40));
    let res: Resolved = null;
    if (speech) {
      // A speaker named in the sentence before is resolved from where it was named.
      const refSentence = att.how === 'previous' ? si - 1 : si;
      res = att.how === 'continuation' ? quoteSpeakers[qi] ?? null : resolve(att.ref, refSentence, people, log, ctx);
      // A quote standing alone with nobody named for it: the words of whom the passage is about
      // (a profile quoting its subject: "On this subject, Morris appears almost evangelical. «I was …»").
      if (guess && !res && att.how === 'none') res = standalone ? salient(si, 'person', people, log) : aboutWhom(si, people, log);
      if (res) log.set(si, res);
    } else if (guess && !nickname && att.how === 'none' && !att.naming && words >= 2 && words <= 3 && /^\p{Ll}/u.test(qtext) && !usedUnquoted(lower ??= text.toLowerCase(), qtext, ctx.quotes)) {
      // Two or three lower-case words in the writer's sentence are, in news, mostly someone's words
      // ("spoke of Labour's «shared purpose»"): the words of whoever the passage is about.
      res = aboutWhom(si, people, log);
      if (res) speech = true;
    }
    quoteSpeakers[qi] = res;
    quoteSpeech[qi] = speech;

    let speaker: string | null = null;
    let role: string | null = speech ? att.role : null;
    let personIndex: number | null = null;
    if (res && 'person' in res) {
      const p = people.list[res.person];
      speaker = p.name;
      personIndex = res.person;
      if (role) addRole(p, role);
      role ??= p.roles[0] ?? null;
    } else if (res && 'description' in res) {
      speaker = bodyName(res.description, text, ctx.runs, bodies);
    }
    if (role && speaker && foldKey(role) === foldKey(speaker)) role = null;
    const start = span.parts[0].start;
    const pos = lines.positionAt(start);
    const pre = s ? text.slice(Math.max(s.start, span.outer.start - 400), span.outer.start) : '';
    out.push({
      id: `${path}#${qi}`,
      text: qtext,
      kind: speech ? 'speech' : 'term',
      speaker: speech ? speaker : null,
      personIndex: speech ? personIndex : null,
      role: speech && speaker ? role : null,
      cue: speech && speaker ? att.cue : null,
      partial: isPartial(qtext, speech, pre),
      via: speech ? att.via : null,
      speakerSpan: speech && att.ref && att.how !== 'continuation' ? refSpan(att.ref) : null,
      parts: span.parts,
      outer: span.outer,
      line: pos.line,
      character: pos.character,
    });
  }
  return out;
}

/** Where the words naming the speaker are: a name, a pronoun, a description. */
function refSpan(ref: SpeakerRef): Span {
  if (ref.type === 'name') return { start: ref.start, end: ref.end };
  return { start: ref.start, end: ref.type === 'description' && ref.end !== undefined ? ref.end : ref.start + ref.text.length };
}

/** The exact text between the marks; a continued quote's parts joined by one space. */
export function quoteText(text: string, span: QuoteSpan): string {
  return span.parts.map((p) => text.slice(p.start, p.end).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ')).join(' ');
}

function onlyPunctuation(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

function lastQuoteIn(ctx: AttributionContext, si: number, before: number, speech?: boolean[]): number {
  for (let k = before - 1; k >= 0; k--) {
    // A term in between ("…wore the slogan "Back the Bid" on her shorts") does not end the speech.
    if (ctx.quoteSentence[k] === si && (!speech || speech[k])) return k;
    if (ctx.quoteSentence[k] < si) break;
  }
  return -1;
}

function lastQuoteWithin(ctx: AttributionContext, si: number, before: number, n: number): number {
  for (let k = before - 1; k >= 0; k--) {
    if (ctx.quoteSentence[k] >= si - n + 1 && ctx.quoteSentence[k] <= si) return k;
    if (ctx.quoteSentence[k] < si - n + 1) break;
  }
  return -1;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'vs', 'v']);

function isTitleCase(q: string): boolean {
  const words = q.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 9) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}

/** "five of its seven “comprehensive strategic” partners": words the article also uses without marks are its own vocabulary, a term. */
function usedUnquoted(hay: string, words: string, quotes: QuoteSpan[]): boolean {
  const needle = words.toLowerCase().replace(/[.,;:!?]+$/, '');
  if (needle.length < 4) return false;
  let seen = 0;
  for (let at = hay.indexOf(needle); at >= 0 && seen < 50; at = hay.indexOf(needle, at + 1), seen++) {
    // The last quote starting at or before this point (quotes are in order and do not overlap).
    const q = quotes[partitionPoint(quotes.length, (i) => quotes[i].outer.start <= at) - 1];
    if (!q || at >= q.outer.end) return true;
  }
  return false;
}

function isNickname(text: string, outer: Span): boolean {
  const first = /(?:^|[\s(])(\p{Lu}[\p{L}'\u2019-]+)\s+$/u.exec(text.slice(Math.max(0, outer.start - 30), outer.start));
  return !!first && GIVEN_NAMES.has(foldKey(first[1])) && /^\s+\p{Lu}[\p{L}'\u2019-]+/u.test(text.slice(outer.end, outer.end + 30));
}

function decideSpeech(q: string, words: number, att: Attribution, after: string): boolean {
  if (att.naming && words <= 6) return false;
  // A word or two the sentence talks about: "said "blog" headed the list", ""affect" and "effect"".
  // Not when the whole clause is reported ("any "unusual activity" was detected, bank officials said"),
  // nor for two quoted words in a row someone said ("the rules were "not proportionate" and "discriminatory"").
  if (words <= 2 && att.how !== 'post' && /^\s+(?:is|was|has|had|are|were|headed|topped|became|means|meant|comes|came)\b/.test(after)) return false;
  if (words === 1 && /^\s+and\s+["\u201c]/.test(after) && !att.strong) return false;
  const attributed = att.how !== 'none';
  if (isTitleCase(q) && words <= 8 && !(attributed && (att.how === 'post' || att.how === 'continuation'))) return false;
  if (words <= 3) {
    if (!attributed) return false;
    if (att.how === 'post' || att.how === 'continuation' || att.how === 'previous') return words >= 2 || att.how === 'post';
    // "The Conservatives have expressed «serious misgivings»": the object of an attribution verb.
    return att.strong || att.how === 'pre' || att.how === 'according';
  }
  return true;
}

function isPartial(q: string, speech: boolean, pre: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(q);
  if (!speech) return /[\p{L}\p{N}]/u.test(pre);
  if (!first) return false;
  return first[0] !== first[0].toUpperCase();
}

/** Speakers of quotes already read, by sentence: the latest one in each sentence. */
type SpeakerLog = Map<number, Resolved>;

const PERSON_NOUNS = new Set(('presenter host director chief secretary minister star singer actor actress player manager coach striker ' +
  'midfielder defender goalkeeper keeper captain skipper international champion boss chairman chairwoman leader president ' +
  'chancellor mayor author writer novelist musician rapper comedian winner veteran legend man woman founder executive ' +
  'economist analyst judge lawyer frontman guitarist drummer batsman bowler jockey trainer rider driver boxer fighter golfer ' +
  'sprinter athlete runner swimmer premier senator governor mp peer chief-executive head governor commissioner ' +
  'prosecutor defendant witness actor-director film-maker filmmaker producer designer architect businessman businesswoman ' +
  'entrepreneur tycoon billionaire investor banker campaigner activist politician diplomat ambassador envoy general ' +
  'forward winger pair duo star teenager youngster briton scot welshman frenchman american australian german italian ' +
  'spaniard irishman englishman dutchman swede russian chinese japanese nigerian kenyan brazilian argentine serb croat ' +
  'director-general secretary-general ceo cfo owner chef partner colleague father mother son daughter wife husband ' +
  'editor reporter journalist columnist broadcaster official officer candidate spokesman spokeswoman spokesperson aide adviser ' +
  'source insider expert professor doctor scientist researcher teacher student bishop archbishop priest vicar ' +
  'holder medallist finalist semi-finalist runner-up contender challenger debutant newcomer rookie').split(' '));
const ORG_NOUNS = new Set('institute institution foundation university college school hospital trust society company firm group bank business corporation giant retailer chain maker manufacturer carrier airline operator agency body organisation organization charity union club team party government ministry department authority regulator watchdog exchange board council committee commission association network broadcaster channel station newspaper paper publisher studio label website site service'.split(' '));

/**
 * A body by its name: "US behemoth General Electric" and "civil rights group Liberty" by the name
 * alone; an acronym ("AFI", "GE") by the name the article spells out ("the American Film Institute").
 */
function bodyName(desc: string, text: string, runs: NameRun[], memo: Map<string, string>): string {
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
function aboutWhom(si: number, people: PeopleTable, log: SpeakerLog): Resolved {
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
function salient(si: number, want: 'person' | 'org' | 'any', people: PeopleTable, log: SpeakerLog): Resolved {
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
  // The last run start before `at` (binary search), if it lies in this sentence.
  const found = people.starts[partitionPoint(people.starts.length, (i) => people.starts[i] < at) - 1];
  return found !== undefined && found >= s.start ? { person: people.byRun.get(found)! } : null;
}

function resolve(ref: SpeakerRef | null, si: number, people: PeopleTable, log: SpeakerLog, ctx: AttributionContext): Resolved {
  if (!ref) return null;
  if (ref.type === 'name') {
    const known = people.byRun.get(ref.start);
    if (known !== undefined) return { person: known };
    // A name the people table did not take (a lone surname used only here): keep it as a person.
    const toks = nameTokens(ref.text);
    const single = toks.length === 1 ? people.index.single(toks[0], ref.start) : undefined;
    if (single !== undefined) return { person: single };
    // "Nogar's son Stephen": a relative named by first name carries the family name.
    const family = toks.length === 1 && GIVEN_NAMES.has(toks[0]) ? FAMILY_BEFORE.exec(ctx.text.slice(Math.max(0, ref.start - 60), ref.start)) : null;
    const name = family ? `${ref.text} ${family[1]}` : ref.text;
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
export function orgNamedBefore(text: string, noun: string, before: number): string | null {
  const from = Math.max(0, before - LOOK_BACK);
  const win = text.slice(from, before);
  const cap = noun[0].toUpperCase() + noun.slice(1);
  if (!win.includes(cap)) return null;
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
