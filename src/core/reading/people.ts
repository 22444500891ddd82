/**
 * The people one article names: full names first, then the short forms (a surname, a first name
 * once the full name is given, a misspelling) folded into them, with the roles the article gives.
 */
import { ADDRESS_TITLES, GENERATIONS, alternation, APPOSITION_END_CUES, FAMILY_FIRST, GIVEN_NAMES, OFFICES, ROLE_NOUNS, TITLE_WORDS } from './vocabulary';
import { nameKey, nameTokens, surnameOf, type NameRun } from './names';
import { editDistance, foldKey } from './text';
import type { ArticlePerson } from '../types';
import type { SentenceSubject } from './resolution';

export interface LocalPerson extends ArticlePerson {
  /** Forms without a title, the candidates for the person's name. */
  nameForms: Set<string>;
  tokens: string[];
  key: string;
  firstOffset: number;
}

export interface PeopleTable {
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

export function buildPeople(text: string, runs: NameRun[]): Omit<PeopleTable, 'sentences'> {
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
  for (const r of runs) {
    const idx = r.kind === 'person' ? byRun.get(r.start) : undefined;
    if (idx !== undefined) push(index.fullAt, idx, r.start);
  }
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
  return { list, index, byRun, starts, runAt };
}

/** A nickname in quotation marks between a first name and a surname: up to the surname. */
const NICKNAME_GAP = /^\s+["\u201c][^"\u201d\n]{1,30}["\u201d]\s+(?=(\p{Lu}[\p{L}'\u2019-]+))/u;

const OFFICE_BEFORE = new RegExp(String.raw`(?:^|[.!?]\s+|\n\s*)[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}${alternation(OFFICES)}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?),\s+(?:the\s+)?$`, 'u');

/** A title a writer puts before a name ("President Putin", "Mr Blair"), not an occupation opening a sentence ("Singer Bruce Springsteen"). */
const ADDRESS_TITLE = new RegExp(String.raw`\b${alternation(ADDRESS_TITLES)}\.?$`, 'i');

const APPOSITION_STOP = new RegExp(String.raw`[\r\n"\u201c\u201d;:()]|[.?!](?:\s|$)|,\s+\p{Ll}|\s(?:${APPOSITION_END_CUES.join('|')}|has|had|have|is|was|were|will|would|who|which|and|but)\b`, 'u');
const APPOSITION_VERB = new RegExp(String.raw`^\s${alternation(APPOSITION_END_CUES)}\b`);

/** A new local person (or the one with the same key), registered in the lookups. */
export function addPerson(list: LocalPerson[], index: LocalIndex, name: string, at: number): number {
  const key = nameKey(name);
  let idx = index.byKey.get(key);
  if (idx === undefined) {
    idx = list.length;
    list.push({ name, forms: new Set(), nameForms: new Set(), roles: [], mentions: 0, tokens: nameTokens(name), key, firstOffset: at });
    index.register(idx);
  }
  return idx;
}

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

export function addRole(p: LocalPerson, role: string): void {
  const r = role.replace(/\s+/g, ' ').trim();
  if (!r || r.length > 160) return;
  const k = foldKey(r).replace(/^(?:a|an|the)\s+/, '');
  if (p.roles.some((x) => foldKey(x).replace(/^(?:a|an|the)\s+/, '') === k)) return;
  p.roles.push(r);
}

/** ", a senior expert on Vietnam security at the Australian Defence Force Academy in Canberra" */
function appositionAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + 240);
  const m = /^,\s+((?:a|an|the)\s+)?([\p{Ll}][\s\S]*)$/u.exec(rest);
  if (!m) return null;
  let body = (m[1] ?? '') + m[2];
  // End at a line end, a sentence end, a quote, an attribution verb, or a comma followed by a lower-case word.
  const stop = body.search(APPOSITION_STOP);
  // "Rice, the prime minister said": a short description right before the verb is who spoke, not a role.
  if (stop >= 0 && APPOSITION_VERB.test(body.slice(stop)) && body.slice(0, stop).trim().split(/\s+/).length <= 4) return null;
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
export class LocalIndex {
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
    // "John Smith" is not "John Smith Jr.": the name without its generation is his father's.
    let g = 0;
    while (g < t.length - 1 && GENERATIONS.has(t[t.length - 1 - g])) g++;
    for (let i = 0; i < t.length; i++) {
      for (let j = i + 1; j <= t.length; j++) {
        if (j - i === t.length || (g && i === 0 && j === t.length - g)) continue;
        const k = t.slice(i, j).join(' ');
        const e = this.subseq.get(k) ?? {};
        if (j === t.length) e.suffix ??= idx;
        else e.other ??= idx;
        this.subseq.set(k, e);
      }
    }
    push(this.last, surnameOf(t), idx);
    push(this.first, t[0], idx);
  }

  /** The person whose longer name contains these tokens, a name ending with them first. */
  container(toks: string[]): number | undefined {
    const e = this.subseq.get(toks.join(' '));
    return e ? e.suffix ?? e.other : undefined;
  }

  /** Where each person is named in full (run starts, ascending): who a shared surname means. */
  readonly fullAt = new Map<number, number[]>();

  /** A lone name: a surname (or an East Asian given name) of someone named in full, or a misspelling of one. */
  single(tok: string, at: number): number | undefined {
    const pick = (cands: number[]): number | undefined => {
      if (!cands.length) return undefined;
      if (cands.length === 1) return cands[0];
      // Several people share it ("Clinton" for Hillary and Bill): whom the passage means. One of
      // them named in full just before is; otherwise the one the article has named most so far,
      // the most recent of those on a tie.
      const named = cands.map((i) => ({ i, at: this.fullAt.get(i)?.filter((s) => s < at) ?? [] })).filter((c) => c.at.length || this.list[c.i].firstOffset <= at);
      if (!named.length) return cands[0];
      const last = (c: { at: number[]; i: number }) => c.at[c.at.length - 1] ?? this.list[c.i].firstOffset;
      const near = named.filter((c) => at - last(c) <= NEAR);
      if (near.length === 1) return near[0].i;
      const pool = near.length ? near : named;
      pool.sort((a, b) => b.at.length - a.at.length || last(b) - last(a));
      return pool[0].i;
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

/** How close a full name must stand to mean a shared surname after it: about a sentence or two. */
const NEAR = 250;

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
