/**
 * Finds names in running text: runs of capitalised words, with titles ("Russian President"),
 * particles ("bin", "de"), initials, hyphens (Kim Jong-un) and possessives (Putin’s) handled, and a
 * judgement of whether the run names a person, an organisation or a place.
 */
import { ABBREVIATED, COMMON_WORDS, DAYS, GENERATIONS, GIVEN_NAMES, HONORIFICS, MONTHS, NAME_HONORIFICS, NAME_PARTICLES, ORG_CONTEXT, ORG_WORDS, OUTLET_AFTER, PLACE_WORDS, POSTNOMINALS, ROLE_ADJECTIVES, ROLE_MODIFIERS, ROLE_NOUNS, STOPWORDS, TITLE_WORDS } from './vocabulary';
import { datelineEnd } from './dateline';
import { editDistance, foldKey } from './text';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-case, diacritic-free. */
  key: string;
  cap: boolean;
  possessive: boolean;
}

export type RunKind = 'person' | 'single' | 'org' | 'place' | 'other';

export interface NameRun {
  /** The name part, titles stripped. */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Office words stripped from the front ("Russian President"), as written; null for an honorific alone. */
  title: string | null;
  /** Everything stripped from the front, honorifics included ("Lord", "Mr"). */
  prefix: string | null;
  /** The role the text gives right before the name ("finance minister"), if any. */
  role?: string | null;
  /** Start of the whole capitalised run, ordinary words included ("Age" in "Age Concern"). */
  fullStart?: number;
  titleStart: number;
  kind: RunKind;
  /** True when the name tokens follow an honorific or office ("President Putin", "Ms Hewitt"). */
  titled: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:[-'\u2019][\p{L}\p{M}]+)*\.?|\d[\d,.]*/gu;

/** "Man-of-the-match", "Cambridge-based", "Bush-style", but not "Suk-yeol" or "Kilroy-Silk". */
function lowerTail(t: string): boolean {
  const dash = t.lastIndexOf('-');
  if (dash < 0) return false;
  const parts = t.split('-');
  if (parts.length >= 3 && parts.slice(1).some((x) => /^\p{Ll}/u.test(x))) return true;
  const tail = t.slice(dash + 1);
  return /^\p{Ll}{4,}$/u.test(tail) && COMMON_WORDS.has(tail);
}

/** Tokens of text[from, to) with their offsets. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    let t = m[0];
    let possessive = false;
    // Ends in 's or ’s (either case of s).
    const last = t.charCodeAt(t.length - 1);
    if (t.length > 2 && (last === 115 || last === 83) && (t.charCodeAt(t.length - 2) === 39 || t.charCodeAt(t.length - 2) === 0x2019)) {
      t = t.slice(0, -2);
      possessive = true;
    }
    // A full stop is part of a token only for an initial or an abbreviation ("W.", "Mr.").
    if (t.charCodeAt(t.length - 1) === 46 && !/^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}?)\.$/u.test(t) && !ABBREVIATED.has(t.slice(0, -1).toLowerCase())) t = t.slice(0, -1);
    const start = from + m.index;
    const first = t[0];
    // "Man-of-the-match", "Cambridge-based", "Bush-style": a capital before a lower-case word is no name ("Jong-un" is).
    const cap = first !== undefined && first !== first.toLowerCase() && !lowerTail(t);
    const folded = foldKey(t);
    const key = folded.charCodeAt(folded.length - 1) === 46 ? folded.slice(0, -1) : folded;
    out.push({ text: t, start, end: start + t.length, key, cap, possessive });
  }
  return out;
}

/** Offices and jobs that are nobody's surname (unlike King, Major, Bishop or Judge). */
const ROLES_NOT_SURNAMES = new Set(['ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chairperson', 'president', 'director', 'executive', 'manager', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'minister', 'founder', 'editor', 'coach', 'official', 'analyst', 'economist', 'adviser', 'advisor', 'aide', 'correspondent', 'commissioner', 'governor', 'senator', 'mayor', 'chancellor']);

/** "Arrives", "Visited": an ordinary word's inflection ("Robert Burns" keeps its surname: a given name comes before it). */
function verbForm(k: string): boolean {
  const forms = /s$/.test(k) ? [k.slice(0, -1), k.slice(0, -1) + 'd', k.slice(0, -2), k.slice(0, -2) + 'ed'] : /ed$/.test(k) ? [k.slice(0, -2), k.slice(0, -1), k.slice(0, -1) + 's'] : /ing$/.test(k) ? [k.slice(0, -3), k.slice(0, -3) + 'e', k.slice(0, -3) + 'ed'] : [];
  return forms.some((f) => f.length > 2 && COMMON_WORDS.has(f));
}

/** One line whose words of four letters or more are nearly all capitalised: a headline in title case. */
function isTitleCaseLine(tokens: Token[]): boolean {
  if (tokens.length < 4 || tokens.length > 30) return false;
  const long = tokens.filter((t) => t.text.length >= 4 && !/^\d/.test(t.text));
  if (long.length < 3) return false;
  const capped = long.filter((t) => t.cap).length;
  return capped / long.length >= 0.8 && long.some((t) => t.cap && COMMON_WORDS.has(t.key) && !GIVEN_NAMES.has(t.key));
}

function isInitial(t: Token): boolean {
  return /^\p{Lu}\.?$/u.test(t.text);
}

function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(t.text);
}

/** Only spaces (no punctuation, no line break) between two tokens. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 2 && /^[ \u00a0]+$/.test(gap);
}

/**
 * Capitalised runs in text[from, to), classified.
 * `sentenceStarts` holds offsets where a sentence begins, so that "However" or "The" opening a
 * sentence are not taken for names.
 */
export function findNameRuns(text: string, from: number, to: number, sentenceStarts: ReadonlySet<number>): NameRun[] {
  // A dateline ("WASHINGTON —") names where the story was filed, nobody in it.
  const tokens = tokenize(text, datelineEnd(text, from), to);
  // A headline in title case ("Carly Fiorina Endorses Ted Cruz") capitalises its ordinary words: they are no names.
  const titleCase = isTitleCaseLine(tokens);
  // ("Home Secretary" keeps its office; "Home Russia President", a breadcrumb, does not.)
  const ordinary = (t: Token, prev?: Token, next?: Token) =>
    titleCase && !GIVEN_NAMES.has(t.key) && !ORG_WORDS.has(t.key) && !PLACE_WORDS.has(t.key) && (!TITLE_WORDS.has(t.key) || (COMMON_WORDS.has(t.key) && !(next && TITLE_WORDS.has(next.key)))) && (COMMON_WORDS.has(t.key) || (verbForm(t.key) && !(prev && GIVEN_NAMES.has(prev.key))));
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap || /^\d/.test(tokens[i].text) || ordinary(tokens[i], undefined, tokens[i + 1])) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length && !run[run.length - 1].possessive) {
      const t = tokens[j];
      const prev = run[run.length - 1];
      if (!joined(text, prev, t)) break;
      if (text[prev.end] === '.' && !isInitial(prev) && !ABBREVIATED.has(prev.key)) break;
      if (t.cap && !/^\d/.test(t.text) && !ordinary(t, prev, tokens[j + 1])) {
        run.push(t);
        j++;
        continue;
      }
      // A lower-case particle inside a name: "Charles de Gaulle".
      const after = tokens[j + 1];
      if (NAME_PARTICLES.has(t.key) && after && after.cap && joined(text, t, after)) {
        run.push(t, after);
        j += 2;
        continue;
      }
      break;
    }
    i = j;
    const r = classify(text, run, sentenceStarts);
    const before = tokens[i - run.length - 1];
    // "the newspaper Nhan Dan", "the band Keane": named by what they are.
    const next = tokens[i];
    if (r && (r.kind === 'person' || r.kind === 'single') && before && ORG_CONTEXT.has(before.key) && joined(text, before, run[0])) r.kind = 'org';
    // "Rolling Stone magazine", "the Sun newspaper": an outlet named by what follows it.
    else if (r && (r.kind === 'person' || r.kind === 'single') && next && !next.cap && OUTLET_AFTER.has(next.key) && !run[run.length - 1].possessive && joined(text, run[run.length - 1], next)) r.kind = 'org';
    // "finance minister Trevor Manuel", "Wada chairman Dick Pound", "singer Dido": an office names a person.
    else if (r && (r.kind === 'other' || r.kind === 'single') && before && !before.cap && (ROLE_NOUNS.has(before.key) || agentNoun(before, tokens[i - run.length - 2])) && !ROLE_MODIFIERS.has(before.key) && joined(text, before, run[0])) {
      r.kind = r.tokens.length >= 2 ? 'person' : 'single';
      r.titled = true;
    }
    if (r && (r.kind === 'person' || r.kind === 'single')) r.role = roleBefore(text, tokens, i - run.length, r.title);
    if (r) runs.push(r);
  }
  return runs;
}



const ROLE_STOP = new Set(['the', 'a', 'an', 'by', 'from', 'with', 'to', 'at', 'on', 'in', 'as', 'that', 'than', 'and', 'or', 'but', 'said', 'says', 'told', 'when', 'while', 'after', 'before', 'who', 'which', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'says', 'added', 'also']);

/**
 * A role written before a name: "finance minister Trevor Manuel", "Retail Decisions chief
 * executive Carl Clump", "Oracle's chief executive Larry Ellison". The word next to the name must
 * name what the person does; the role runs back to a determiner, a verb or punctuation.
 */
function roleBefore(text: string, tokens: Token[], runIndex: number, title: string | null): string | null {
  const firstOfRun = tokens[runIndex];
  let i = runIndex - 1;
  const next = tokens[i];
  // "US Secretary of State Condoleezza Rice": a title split by "of" is one title.
  const ofAt = next?.key === 'the' && tokens[i - 1]?.key === 'of' && joined(text, tokens[i - 1], next) ? i - 1 : i;
  const of = tokens[ofAt];
  if (title && of && of.key === 'of' && joined(text, next, firstOfRun) && tokens[ofAt - 1]?.cap && TITLE_WORDS.has(tokens[ofAt - 1].key) && joined(text, tokens[ofAt - 1], of)) {
    let from = ofAt - 1;
    while (from > 0 && tokens[from - 1].cap && !STOPWORDS.has(tokens[from - 1].key) && joined(text, tokens[from - 1], tokens[from]) && runIndex - from < 6) from--;
    return (text.slice(tokens[from].start, firstOfRun.start) + title).replace(/\s+/g, ' ');
  }
  if (!next || next.cap || !joined(text, next, firstOfRun) || !(ROLE_NOUNS.has(next.key) || agentNoun(next, tokens[i - 1]))) return title && hasOffice(title) ? title : null;
  let from = i;
  while (i - 1 >= 0 && runIndex - (i - 1) <= 7) {
    const t = tokens[i - 1];
    const gap = text.slice(t.end, tokens[i].start);
    if (!/^[ \u00a0]+$/.test(gap) && !(t.possessive && /^\s+$/.test(gap))) break;
    if (ROLE_STOP.has(t.key) || looksFinite(t)) break;
    i--;
    from = i;
    if (t.possessive) break;
  }
  // Do not start on a sentence opener ("But", "On").
  while (from < runIndex - 1 && tokens[from].cap && STOPWORDS.has(tokens[from].key)) from++;
  const role = text.slice(tokens[from].start, firstOfRun.start).trim() + (title ? ' ' + title : '');
  return role.replace(/\s+/g, ' ');
}

/** "introduced fellow guitarist Buddy Guy", "sees greater": a verb ends the role ("retired judge" does not). */
function looksFinite(t: Token): boolean {
  if (t.cap || ROLE_NOUNS.has(t.key)) return false;
  if (/ed$/.test(t.key)) return !ROLE_ADJECTIVES.has(t.key);
  return /^(?:sees|says|meets|joins|backs|praises|hails|names|calls|told|met|led|won|beat|took|gave|made|became|joined|meet|visit|visits|see|hold|holds|join|tell|tells|thank|thanks|greet|greets|welcome|welcomes|invite|invites|host|hosts|urge|urges|ask|asks|replace|replaces|succeed|succeeds|face|faces|beats|is|was|are|were|be|been|being)$/.test(t.key);
}


/** "Wasps scrum-half", "Bath flanker", "javelin thrower": a noun for what someone does, after a team or a noun. */
function agentNoun(t: Token, before: Token | undefined): boolean {
  if (!before || !(before.cap || before.possessive || !ROLE_STOP.has(before.key))) return false;
  return /(?:er|or|ist|ian|ant|ent|half|back|keeper|man|woman|coach|star|chief)$/.test(t.key) && !COMMON_VERBS.has(t.key) && t.key.length > 3;
}

const COMMON_VERBS = new Set(['greater', 'bigger', 'larger', 'higher', 'lower', 'smaller', 'longer', 'stronger', 'weaker', 'younger', 'older', 'newer', 'wider', 'deeper', 'tougher', 'harder', 'easier', 'faster', 'slower', 'cheaper', 'richer', 'poorer', 'closer', 'fewer', 'lesser', 'upper', 'inner', 'outer', 'sooner', 'clearer', 'after', 'under', 'over', 'never', 'ever', 'other', 'whether', 'either', 'neither', 'rather', 'further', 'together', 'later', 'earlier', 'former', 'latter', 'better', 'order', 'number', 'remember', 'consider', 'enter', 'offer', 'matter', 'meant', 'went', 'sent', 'spent', 'want', 'different', 'recent', 'current', 'present', 'percent', 'cent', 'event', 'against', 'important', 'major', 'minor', 'senior', 'junior', 'prior', 'for', 'per', 'her', 'their', 'our', 'your']);

function hasOffice(title: string): boolean {
  const ws = title.split(/\s+/).map((w) => foldKey(w));
  // "New Yorker Dick Morris": a place is no office.
  return !ws.every((w) => HONORIFICS.has(w) || STOPWORDS.has(w)) && ws.some((w) => TITLE_WORDS.has(w));
}

function classify(text: string, run: Token[], sentenceStarts: ReadonlySet<number>): NameRun | null {
  let k = 0;
  let titled = false;
  const atSentenceStart = sentenceStarts.has(run[0].start) || isLineStart(text, run[0].start);
  // Strip what stands before the name: sentence openers, titles, nationalities, regions.
  while (k < run.length - 1 || (k < run.length && isTitleOnly(run[k]))) {
    const t = run[k];
    // "Mr King", "Mrs Bishop": after Mr or Mrs comes the name, whatever the word.
    if (k > 0 && k === run.length - 1 && NAME_HONORIFICS.has(run[k - 1].key)) break;
    if (TITLE_WORDS.has(t.key) || (k + 2 < run.length && isMisspeltTitle(t.key))) {
      titled = true;
      k++;
      continue;
    }
    // "New Yorker Dick Morris", "New Zealand captain Tana Umaga".
    if (t.key === 'new' && k + 1 < run.length - 1 && PLACE_WORDS.has(run[k + 1].key)) {
      k += 2;
      continue;
    }
    // "Downing Street", "Wall Street": a place word that names the body with the word after it stays.
    if (PLACE_WORDS.has(t.key) && k + 1 === run.length - 1 && ORG_WORDS.has(run[k + 1].key)) break;
    if (PLACE_WORDS.has(t.key) || (ORG_WORDS.has(t.key) && k + 1 < run.length && TITLE_WORDS.has(run[k + 1].key))) {
      k++;
      continue;
    }
    if (ORG_WORDS.has(t.key) && ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'].includes(t.key)) {
      k++;
      continue;
    }
    if (k === 0 && atSentenceStart && (STOPWORDS.has(t.key) || (COMMON_WORDS.has(t.key) && !GIVEN_NAMES.has(t.key)))) {
      k++;
      continue;
    }
    if (MONTHS.has(t.key) || DAYS.has(t.key)) {
      if (t.key === 'may' && k + 1 < run.length) break;
      k++;
      continue;
    }
    // "Drummer Larry Mullen", "Striker Wayne Rooney": what someone does, capitalised before a
    // known first name (not "Star Wars": no first name follows).
    // "Californian Thomas Slattery", "Texan Lance Armstrong": where they are from, likewise.
    if (k + 2 < run.length && (ROLE_NOUNS.has(t.key) || /(?:an|ese)$/.test(t.key)) && !GIVEN_NAMES.has(t.key) && GIVEN_NAMES.has(run[k + 1].key)) {
      titled = true;
      k++;
      continue;
    }
    break;
  }
  // "Metropolitan Police Commissioner Sir Ian Blair": whatever ends in a title word is the title.
  for (let L = run.length - 2; L >= k; L--) {
    if ((TITLE_WORDS.has(run[L].key) || HONORIFICS.has(run[L].key)) && !TITLE_WORDS.has(run[L + 1].key) && run[L + 1].cap) {
      if (L + 1 > k) {
        k = L + 1;
        titled = true;
      }
      break;
    }
  }
  let end = run.length;
  // "Nicholas Blake QC", "Martin Luther King Jr": letters after a name are no part of it.
  while (end - k > 1 && POSTNOMINALS.has(run[end - 1].key)) end--;
  const name = run.slice(k, end);
  if (!name.length) return null;
  // A lone capitalised word opening a sentence ("Shortly", "Civil") is no name.
  if (name.length === 1 && k === 0 && atSentenceStart && (STOPWORDS.has(name[0].key) || (COMMON_WORDS.has(name[0].key) && !GIVEN_NAMES.has(name[0].key)))) return null;
  // What stood before the name, minus a sentence opener or a weekday ("But Mr", "Tuesday Mr").
  let p0 = 0;
  while (p0 < k && (STOPWORDS.has(run[p0].key) || DAYS.has(run[p0].key) || MONTHS.has(run[p0].key) || (p0 === 0 && atSentenceStart && COMMON_WORDS.has(run[p0].key) && !TITLE_WORDS.has(run[p0].key)))) p0++;
  const prefix = p0 < k ? text.slice(run[p0].start, run[k - 1].end) : null;
  // The capitalised run without sentence openers but with ordinary words kept: "Age Concern".
  let p1 = 0;
  while (p1 < k && (STOPWORDS.has(run[p1].key) || DAYS.has(run[p1].key) || MONTHS.has(run[p1].key))) p1++;
  const title = prefix;
  const honorificOnly = k > 0 && run.slice(0, k).every((t) => HONORIFICS.has(t.key));
  let kind = kindOf(name, titled);
  // "Young People and Families Margaret Hodge": a known given name starts the name inside a longer run.
  if ((kind === 'other' || kind === 'org') && name.length >= 3) {
    const p = name.findIndex((t, i) => i > 0 && i < name.length - 1 && GIVEN_NAMES.has(t.key) && name.slice(i + 1).every((u) => u.cap && !ORG_WORDS.has(u.key)));
    if (p > 0) {
      const inner = name.slice(p);
      return {
        text: text.slice(inner[0].start, inner[inner.length - 1].end),
        start: inner[0].start,
        end: inner[inner.length - 1].end,
        tokens: inner,
        title: null,
        prefix: null,
        titleStart: inner[0].start,
        kind: 'person',
        titled: false,
      };
    }
  }
  // "Mr Fox", "Lord Carlile": an honorific makes a person of any word.
  if (k > 0 && HONORIFICS.has(run[k - 1].key) && name.every((t) => t.cap)) kind = name.length === 1 ? 'single' : 'person';
  // "State Visit", "New Deal": an ordinary word after a title is a headline's capital, not a name.
  else if (name.length === 1 && titled && COMMON_WORDS.has(name[0].key) && !GIVEN_NAMES.has(name[0].key)) return null;
  if (!kind) return null;
  return {
    text: text.slice(name[0].start, name[name.length - 1].end),
    start: name[0].start,
    end: name[name.length - 1].end,
    tokens: name,
    title: title && !honorificOnly ? title : null,
    prefix,
    titleStart: p0 < k ? run[p0].start : name[0].start,
    fullStart: p1 < k ? run[p1].start : name[0].start,
    kind,
    titled,
  };
}

function isTitleOnly(t: Token): boolean {
  return TITLE_WORDS.has(t.key) && !GIVEN_NAMES.has(t.key);
}

const LONG_TITLES = [...TITLE_WORDS].filter((w) => w.length >= 6 && !w.includes('.'));

/** "Prime Minster Pham Minh Chinh": a title with a typo is still a title. */
const misspeltTitle = new Map<string, boolean>();

function isMisspeltTitle(key: string): boolean {
  if (key.length < 5 || GIVEN_NAMES.has(key) || COMMON_WORDS.has(key)) return false;
  let v = misspeltTitle.get(key);
  if (v === undefined) {
    v = LONG_TITLES.some((w) => Math.abs(w.length - key.length) <= 1 && editDistance(w, key, 1) <= 1);
    if (misspeltTitle.size > 20000) misspeltTitle.clear();
    misspeltTitle.set(key, v);
  }
  return v;
}

function isLineStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r' || text[i] === '(' || text[i] === '[' || text[i] === '"' || text[i] === '\u201c';
}


function kindOf(name: Token[], titled: boolean): RunKind | null {
  const keys = name.map((t) => t.key);
  if (name.length >= 2 && GIVEN_NAMES.has(keys[0]) && !keys.some((k) => ORG_WORDS.has(k) && !GIVEN_NAMES.has(k)) && !PLACE_WORDS.has(keys[0])) return 'person';
  if (keys.some((k) => ORG_WORDS.has(k) && !GIVEN_NAMES.has(k))) return 'org';
  if (keys.every((k) => PLACE_WORDS.has(k))) return 'place';
  if (keys.every((k) => TITLE_WORDS.has(k) || MONTHS.has(k) || DAYS.has(k) || STOPWORDS.has(k))) return null;
  const words = name.filter((t) => !isInitial(t) && !(NAME_PARTICLES.has(t.key) && !t.cap));
  if (!words.length) return null;
  if (words.length === 1) {
    const t = words[0];
    if (isAcronym(t) && t.text.length <= 5) return 'org';
    if (MONTHS.has(t.key) || DAYS.has(t.key) || STOPWORDS.has(t.key)) return null;
    return 'single';
  }
  if (name.every((t) => isAcronym(t))) return 'org';
  // "BNP Paribas", "HSBC Holdings", "ITV Digital": a body whose name opens with its initials ("JK Rowling" has two).
  if (isAcronym(name[0]) && /^\p{Lu}{3,}$/u.test(name[0].text)) return 'org';
  // "San Francisco": a place word that is also a first name is a place when no first name leads.
  if (keys.some((k, i) => PLACE_WORDS.has(k) && (!GIVEN_NAMES.has(k) || (i > 0 && !GIVEN_NAMES.has(keys[0]))))) return 'place';
  if (keys.some((k) => MONTHS.has(k) && k !== 'may') || keys.some((k) => DAYS.has(k))) return 'other';
  if (GIVEN_NAMES.has(keys[0]) || titled) return 'person';
  // "Hewlett-Packard CEO", "Fed Chairman": a role with no name after it describes, it names nobody
  // (not "BB King": a surname may be a title word).
  if (ROLES_NOT_SURNAMES.has(keys[keys.length - 1]) && !TITLE_WORDS.has(keys[0])) return 'other';
  // Neither a known given name nor a title: a person only when no word is an ordinary English word.
  const common = words.filter((t) => COMMON_WORDS.has(t.key)).length;
  return common === 0 ? 'person' : 'other';
}

/** Folded key of a name for comparing surface forms: "Kim Jong-un" and "Kim Jong Un" agree. */
export function nameKey(s: string): string {
  const f = foldKey(s);
  if (isPlainKey(f)) return f;
  return f
    .replace(/['\u2019]s$/, '')
    .replace(/[-\u2010-\u2014]/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case letters and digits in words one space apart: what `nameKey` would leave as it is. */
function isPlainKey(f: string): boolean {
  let space = true;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) space = false;
    else if (c === 32 && !space) space = true;
    else return false;
  }
  return !space || f.length === 0;
}

/** The family name among a name's tokens: the last, a generation ("Jr") left out. */
export function surnameOf(tokens: readonly string[]): string {
  let i = tokens.length - 1;
  while (i > 0 && GENERATIONS.has(tokens[i])) i--;
  return tokens[i];
}

/** Name tokens of a form, folded: "Kim Jong-un" → ["kim", "jong", "un"]. */
export function nameTokens(s: string): string[] {
  const k = nameKey(s);
  return k ? k.split(' ') : [];
}
