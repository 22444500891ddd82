/**
 * Whether the draft gives a quotation to the speaker the sources give it to. A name the draft
 * writes is held to the source's person: another full name is another person, whether or not the
 * sources know that name, and a shared surname is not enough ("Mary Smith" is not John Smith). A
 * description ("the prime minister") is held to how the sources describe the person; one they
 * never use is reported as unchecked, never as a misattribution. Where the source's reader only
 * guessed whose words they are, a disagreement is unchecked too.
 */
import { nameKey, nameTokens } from '../reading/names';
import { GIVEN_NAMES, POSTNOMINALS, SPOKES_NOUNS, STOPWORDS, TITLE_WORDS } from '../reading/vocabulary';
import { words as wordSet } from '../reading/vocabulary/words';
import type { Article, Person, Quote } from '../types';
import type { QuoteSource } from './quote-source';

/** Who the sources know: people by a name (every source), and the local articles read in full (none for the archive's answers). */
export type People = Pick<QuoteSource, 'findPeople' | 'local'>;

export type Gender = 'female' | 'male';

/** Who the draft names for a quotation. */
export interface DraftSpeaker {
  /** As the draft names them: a name ("Carl Thayer", "Thayer") or a description ("the prime minister"). */
  text: string;
  /** A person's name, not a description or a body. */
  named: boolean;
  /** What a courtesy title or a pronoun in the draft says ("Mrs Howard", "she said"). */
  gender: Gender | null;
  /** The office the draft gives before the name ("President Biden": "president"), if any. */
  office?: string | null;
}

/** Who the source names for it. */
export interface SourceSpeaker {
  /** As the sources name them, or null when no one is named. */
  speaker: string | null;
  person: Person | undefined;
  /** The role the source gives with the quote. */
  role: string | null;
  /** The source's reader guessed (nobody is named for these words there). */
  guessed: boolean;
  /** The people the source names before the quote, in its paragraph and the one before. */
  before: readonly Person[];
  /** The people it names in the quote's own paragraph, before the quote. */
  inParagraph: readonly Person[];
  /** Everyone it names anywhere before the quote. */
  earlier: readonly Person[];
  /** The pronoun that alone says whose the words are there ("…,” she said), if it is one. */
  pronoun: string | null;
  /** The source article (null where it is not read in full: the archive's answers), and the words that name the speaker at the quote there ("Clinton", "she"), if any. */
  article: Article | null;
  said: string | null;
  /** What a title in or before those words says of the speaker's sex ("Mr Grant"). */
  saidGender: Gender | null;
}

/**
 * `unknown`: the draft describes the speaker as the sources never do (`description`); the source
 * only guessed (`guessed`); it gives the words to a description or a body while naming the draft's
 * speaker just before (`beside`), who may be the same; or only a pronoun there says whose they are,
 * and the draft's speaker is named just before too (`pronoun`).
 */
export type Agreement = { kind: 'same' } | { kind: 'different'; sameSurname: boolean } | { kind: 'unknown'; why: UncheckedWhy; detail?: string };

/**
 * Also `namesakes`: the source names the speaker by a surname alone where it names two people of
 * that surname (`detail`: them); `sex`: the pronoun that gives the source's quote its speaker says
 * another sex than the titles that source writes for the person (`detail`: the pronoun).
 */
export type UncheckedWhy = 'description' | 'guessed' | 'beside' | 'pronoun' | 'namesakes' | 'sex';

/** Attribution rules that guess rather than read: the passage's subject for a quote nobody is named for. */
const GUESSING_RULES = new Set(['passage-subject', 'words-about-whom']);

/** Did the source's reader only guess whose words these are? */
export function guessedSpeaker(q: Pick<Quote, 'rule'>): boolean {
  return q.rule !== null && GUESSING_RULES.has(q.rule);
}

const SAME: Agreement = { kind: 'same' };

/**
 * Does the draft name the speaker the source does? `different` is a misattribution; `unknown`
 * says the draft's words could not be held to the source's (a description the sources never use,
 * or a source that only guessed).
 */
export function compareSpeakers(d: DraftSpeaker, s: SourceSpeaker, src: People): Agreement {
  if (!s.speaker) return SAME; // the source does not say who: nothing to contradict
  const doubt = sourceInDoubt(d, s, src);
  if (doubt) return doubt;
  if (nameKey(d.text) === nameKey(s.speaker)) return SAME;
  const verdict = judge(d, { ...s, speaker: s.speaker }, src);
  // A guess that found someone of the very surname the draft names is taken at its word: the
  // draft's other given name is the conflict. A guess at someone else altogether is not.
  return verdict.kind === 'different' && s.guessed && !verdict.sameSurname ? { kind: 'unknown', why: 'guessed' } : verdict;
}

/**
 * Where the source itself cannot say which of two people spoke, a draft that names either is not
 * held to the source's reader: a surname alone ("…,” Clinton declared") in a source that names two
 * people of that surname, unless the quote's paragraph names just one of them before it; or a pronoun of the other sex than the titles that source gives the
 * person it was read as ("…,” she confesses", read as Michael Howard's, whom it calls Mr Howard).
 */
function sourceInDoubt(d: DraftSpeaker, s: SourceSpeaker, src: People): Agreement | null {
  if (!s.person || !d.named || !s.article) return null;
  const a = s.article;
  const said = s.pronoun ? genderOfWord(s.pronoun) : null;
  const g = genderIn(s.article, s.person, src);
  // Only for the person it was read as, or someone the source names just before whom the pronoun fits.
  const plausible = () => namesAgree(d.text, s.person!) || src.findPeople(d.text).some((p) => s.before.includes(p) && (genderIn(s.article, p, src) ?? genderOf(p, src) ?? said) === said);
  if (said && g && said !== g && plausible()) return { kind: 'unknown', why: 'sex', detail: s.pronoun! };
  const family = surname(s.person.name);
  if (!s.said || bareName(s.said).join(' ') !== family) return null;
  // "Mr Clinton" is not Hillary Clinton: a title says which of them it can be.
  const titled = s.saidGender;
  // "Mrs Grant" for words the source gives to "Mr Grant": no doubt there.
  if (titled && d.gender && d.gender !== titled) return null;
  const fits = (p: Person) => !titled || (genderIn(s.article, p, src) ?? genderOf(p, src) ?? titled) === titled;
  const namesakes = [...new Set(a.people.map((_, i) => src.local?.corpus.personAt(a, i)))].filter((p): p is Person => !!p && surname(p.name) === family && fits(p));
  if (namesakes.length < 2) return null;
  // "Mr Grant", where the source titles only one of them so.
  if (titled && namesakes.filter((p) => genderIn(s.article, p, src) === titled).length === 1) return null;
  // The passage means the one of them its paragraph names before the quote.
  if (namesakes.filter((p) => s.inParagraph.includes(p)).length === 1) return null;
  const draftNames = bareName(d.text);
  if (draftNames.length === 1 ? draftNames[0] !== family : !namesakes.some((p) => namesAgree(d.text, p))) return null;
  return { kind: 'unknown', why: 'namesakes', detail: namesakes.map((p) => p.name).join(' and ') };
}

function judge(d: DraftSpeaker, s: SourceSpeaker & { speaker: string }, src: People): Agreement {
  if (s.person) {
    if (!d.named) {
      if (namesAgree(d.text, s.person) || describedAs(s.person, d.text, s.role, src)) return SAME;
      // "the first lady" for the President's words, where the source so describes someone else.
      const others = peopleOf(s.article, src).filter((p) => p !== s.person && describedAs(p, d.text, null, src));
      return others.length ? { kind: 'different', sameSurname: false } : { kind: 'unknown', why: 'description' };
    }
    const sameSurname = surname(d.text) === surname(s.person.name);
    // What the source of the quote calls them decides; the other sources only where it says nothing.
    const g = genderIn(s.article, s.person, src) ?? genderOf(s.person, src);
    if (d.gender && g && d.gender !== g) return { kind: 'different', sameSurname };
    // "President Biden" for the words of a Biden the sources never make president, where they make another one so.
    const office = d.office ?? officeOf(d.text);
    if (office && !holdsOffice(s.person, office, s.role) && src.findPeople(surname(d.text)).some((p) => p !== s.person && holdsOffice(p, office, null))) return { kind: 'different', sameSurname };
    const people = src.findPeople(d.text);
    if (people.includes(s.person) || formsAgree(d.text, s.person)) return SAME;
    // "Jill Biden" where the sources know Jill Biden and call the speaker only "Biden": another person.
    if (people.length) return { kind: 'different', sameSurname };
    if (namesAgree(d.text, s.person)) return SAME;
    // "…,” he said", a sentence after the draft's speaker is named: the pronoun may be theirs.
    const said = s.pronoun ? genderOfWord(s.pronoun) : null;
    const fits = (p: Person) => !said || (d.gender ?? genderOf(p, src) ?? said) === said;
    if (s.pronoun && people.some((p) => s.before.includes(p) && fits(p))) return { kind: 'unknown', why: 'pronoun' };
    return { kind: 'different', sameSurname };
  }
  // The source names a description or a body ("the retired neurosurgeon", "a US embassy spokesperson").
  if (d.named) {
    const people = src.findPeople(d.text);
    if (people.some((p) => describedAs(p, s.speaker, null, src))) return SAME;
    // A name the source's reader could not tie to a person ("Serena").
    if (/^\p{Lu}/u.test(s.speaker) && agreeAsNames(d.text, s.speaker)) return SAME;
    // "…,” the retired neurosurgeon told REVOLT TV", a sentence after Ben Carson is named.
    if (people.some((p) => s.before.includes(p))) return { kind: 'unknown', why: 'beside' };
    // "…,” she said", read as a body's words: no body is "she"; the draft's speaker, named earlier, may be.
    if (s.pronoun && /^(?:he|she)$/i.test(s.pronoun) && people.some((p) => s.earlier.includes(p))) return { kind: 'unknown', why: 'pronoun' };
    return { kind: 'different', sameSurname: false };
  }
  return descriptionsAgree(d.text, s.speaker) ? SAME : { kind: 'different', sameSurname: false };
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Is what the draft gives as a speaker a person's name: one its reader took for a person, or
 * capitalised words the sources know as someone, or that open with a given name ("Michael Cockerell")?
 */
export function looksNamed(text: string, readAsPerson: boolean, src: People): boolean {
  if (readAsPerson) return true;
  if (!/^\p{Lu}/u.test(text) || /\s\p{Ll}/u.test(text.replace(/\s(?:de|van|von|der|den|la|le|du|da|di|bin|al)\s/g, ' '))) return false;
  return src.findPeople(text).length > 0 || GIVEN_NAMES.has(bareName(text)[0] ?? '');
}

/** The words of a name without the titles before it or the letters after it. */
function bareName(s: string): string[] {
  const t = nameTokens(s);
  let a = 0;
  while (a < t.length - 1 && TITLE_WORDS.has(t[a])) a++;
  let b = t.length;
  while (b > a + 1 && POSTNOMINALS.has(t[b - 1])) b--;
  return t.slice(a, b);
}

function surname(s: string): string {
  return bareName(s).pop() ?? '';
}

/** Short forms of given names that are not their beginnings. */
const NICKNAMES: [string, string][] = [
  ['bill', 'william'], ['billy', 'william'], ['bob', 'robert'], ['bobby', 'robert'], ['jim', 'james'], ['jimmy', 'james'],
  ['mike', 'michael'], ['mick', 'michael'], ['tony', 'anthony'], ['dick', 'richard'], ['rick', 'richard'], ['ted', 'edward'],
  ['ned', 'edward'], ['jack', 'john'], ['johnny', 'john'], ['chuck', 'charles'], ['charlie', 'charles'], ['harry', 'henry'],
  ['hank', 'henry'], ['peggy', 'margaret'], ['maggie', 'margaret'], ['meg', 'margaret'], ['liz', 'elizabeth'], ['beth', 'elizabeth'],
  ['betty', 'elizabeth'], ['kate', 'katherine'], ['kate', 'catherine'], ['kathy', 'katherine'], ['sandy', 'sandra'], ['sue', 'susan'],
  ['jerry', 'gerald'], ['gerry', 'gerald'], ['larry', 'lawrence'], ['andy', 'andrew'], ['drew', 'andrew'], ['joe', 'joseph'],
  ['sasha', 'alexander'], ['peggy', 'margaret'], ['nancy', 'ann'], ['polly', 'mary'], ['molly', 'mary'], ['jenny', 'jennifer'],
];

/** Can two written forms of a name's word be the same person's: "Ed"/"Edward", "Bill"/"William", "T"/"Tom"? */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.length >= 2 && b.length >= 2 && (a.startsWith(b) || b.startsWith(a))) return true;
  return NICKNAMES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/**
 * Do the words of `short` stand, in order, among those of `long`? A given name may stand as its
 * short form or initial ("Ed", "T."); the last word, the surname, only as itself.
 */
function within(short: string[], long: string[]): boolean {
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    const w = short[i];
    const fits = (x: string) => w === x || (i < short.length - 1 && sameNameWord(w, x));
    while (j < long.length && !fits(long[j])) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * Can a name written in the draft be this person? Every word of it stands in a form the sources
 * use for them ("Thayer", "Le Thu", "President Putin", "Ed" for "Edward"); or it is the sources'
 * fullest form with more added ("Serena Williams" where the sources only say "Serena").
 */
function namesAgree(draftName: string, p: Person): boolean {
  if (formsAgree(draftName, p)) return true;
  const full = bareName(p.name);
  return full.length > 0 && within(full, bareName(draftName));
}

/** Every word of the draft's name stands, in order, in one form the sources use for the person. */
function formsAgree(draftName: string, p: Person): boolean {
  const dn = bareName(draftName).filter((w) => w.length > 1 || bareName(draftName).length === 1);
  if (!dn.length) return false;
  return [p.name, ...p.aliases].some((form) => within(dn, bareName(form)));
}

/** The office a draft writes before a name ("President Biden" → "President"), if any; courtesy titles are none. */
export function officeOf(name: string): string | null {
  const t = nameTokens(name);
  const office: string[] = [];
  for (const w of t.slice(0, -1)) {
    if (!TITLE_WORDS.has(w) || COURTESY.has(w)) break;
    office.push(w);
  }
  return office.length ? office.join(' ') : null;
}

/** Words that make a lesser office of the one after them: a vice president is no president. */
const LESSER = wordSet(`vice deputy assistant associate former ex acting under lieutenant principal shadow late`);

/** Is one of the roles the sources give the person this office ("president" fits "Russian President", not "Vice President")? */
function holdsOffice(p: Person, office: string, role: string | null): boolean {
  const want = nameTokens(office);
  return [...p.roles, role ?? ''].some((r) => {
    const words = nameTokens(r);
    const at = words.findIndex((_, i) => want.every((w, k) => words[i + k] === w));
    return at >= 0 && !LESSER.has(words[at - 1] ?? '');
  });
}

const COURTESY = wordSet(`mr mrs ms miss mx dr prof sir dame lord lady rev`);

/** The people a source article names, as the corpus knows them (none for an archived answer). */
function peopleOf(a: Article | null, src: People): Person[] {
  if (!a) return [];
  return [...new Set(a.people.map((_, i) => src.local?.corpus.personAt(a, i)))].filter((p): p is Person => !!p);
}

function agreeAsNames(draftName: string, sourceName: string): boolean {
  const a = bareName(draftName);
  const b = bareName(sourceName);
  return a.length > 0 && b.length > 0 && (within(a, b) || within(b, a));
}

// ---------------------------------------------------------------------------------------------
// Gender, where the sources say it: a courtesy title, a pronoun that names them, a family role.

const FEMALE_TITLES = wordSet(`mrs ms miss lady dame madam madame baroness duchess princess queen`);
const MALE_TITLES = wordSet(`mr sir lord baron duke prince king`);
const FEMALE_NOUNS = wordSet(`wife mother sister daughter widow actress chairwoman spokeswoman congresswoman businesswoman queen princess duchess girlfriend grandmother aunt niece lady`);
const MALE_NOUNS = wordSet(`husband father brother son widower congressman businessman king prince duke boyfriend grandfather uncle nephew`);

/** What the words naming a speaker say of their sex: a pronoun, or a title in or just before them ("Mrs Howard", "Mr Grant"). */
export function genderAt(text: string, span: { start: number; end: number }): Gender | null {
  const written = text.slice(span.start, span.end);
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, span.start - 12), span.start));
  return genderOfWord(written.split(/\s+/)[0]) ?? (before ? genderOfWord(before[1]) : null);
}

/** What a title or a pronoun says of whom it names: "Mrs", "she" → female. */
export function genderOfWord(w: string): Gender | null {
  const k = w.toLowerCase().replace(/\.$/, '');
  if (FEMALE_TITLES.has(k) || k === 'she' || k === 'her') return 'female';
  if (MALE_TITLES.has(k) || k === 'he' || k === 'him') return 'male';
  return null;
}

function genderOf(p: Person, src: People): Gender | null {
  const seen = { female: 0, male: 0 };
  const add = (g: Gender | null) => {
    if (g) seen[g]++;
  };
  for (const a of p.aliases) add(genderOfWord(a.split(/\s+/)[0]));
  for (const r of p.roles) for (const w of r.toLowerCase().split(/[^a-z]+/)) add(FEMALE_NOUNS.has(w) ? 'female' : MALE_NOUNS.has(w) ? 'male' : null);
  // The pronouns the sources give their quotes ("… ,” she said).
  for (const id of p.quotes.slice(0, 30)) {
    const a = src.local?.corpus.get(id.slice(0, id.lastIndexOf('#')));
    const q = a?.quotes.find((x) => x.id === id);
    if (a && q?.speakerSpan) add(genderOfWord(a.text.slice(q.speakerSpan.start, q.speakerSpan.end)));
  }
  // The courtesy titles the sources write before their name ("Mr Howard").
  for (const path of p.articles.slice(0, 8)) {
    const a = src.local?.corpus.get(path);
    if (a) titlesIn(a, p, src, add);
  }
  return decide(seen);
}

/** What the courtesy titles one article writes before the person's name say ("Mr Howard"), if they agree. */
function genderIn(a: Article | null, p: Person, src: People): Gender | null {
  if (!a) return null;
  const seen = { female: 0, male: 0 };
  titlesIn(a, p, src, (g) => g && seen[g]++);
  return decide(seen);
}

function titlesIn(a: Article, p: Person, src: People, add: (g: Gender | null) => void): void {
  for (const m of a.mentions) {
    if (src.local?.corpus.personAt(a, m.person) !== p) continue;
    const title = /(\p{L}+)\.?\s+$/u.exec(a.text.slice(Math.max(0, m.span.start - 10), m.span.start));
    if (title && !/^(?:he|she|her|him)$/i.test(title[1])) add(genderOfWord(title[1]));
  }
}

/** What most of the evidence says, three to one at least: a misread pronoun or two does not decide. */
function decide(seen: { female: number; male: number }): Gender | null {
  if (seen.female >= 3 * seen.male && seen.female > 0) return 'female';
  if (seen.male >= 3 * seen.female && seen.male > 0) return 'male';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Descriptions

/** Words a description may add or leave out without describing anyone else: "London's new mayor". */
const GENERIC = wordSet(`new former current then outgoing incoming acting ex late own s said says`);

function contentWords(s: string): string[] {
  return [...new Set(nameKey(s.replace(/['\u2019]s\b/g, '')).split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length > 1 && !STOPWORDS.has(w) && !GENERIC.has(w)).map(singular);
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function covers(text: string, content: string[]): boolean {
  const have = new Set(contentWords(text));
  return content.every((w) => have.has(w));
}

/**
 * Do the sources describe this person so: a role they give them ("Prime Minister", "BA chairman"),
 * or the words beside their name in a source ("retired neurosurgeon Ben Carson", "Jeff Bechdel,
 * a spokesman for America Rising")? A description that holds the person's own name is of someone
 * else ("a spokesman for Mr Blair", "Blair's wife").
 */
function describedAs(p: Person, description: string, role: string | null, src: People): boolean {
  const content = contentWords(description);
  if (!content.length) return false;
  const own = new Set([p.name, ...p.aliases].flatMap(bareName).filter((w) => w.length > 2));
  if (content.some((w) => own.has(w))) return false;
  if ([...p.roles, role ?? ''].some((r) => covers(r, content))) return true;
  for (const path of p.articles.slice(0, 8)) {
    const a = src.local?.corpus.get(path);
    if (a && besideName(a, p, src).some((t) => covers(t, content))) return true;
  }
  return false;
}

/** The words just before each mention of the person and an apposition just after it. */
function besideName(a: Article, p: Person, src: People): string[] {
  const out: string[] = [];
  for (const m of a.mentions) {
    if (src.local?.corpus.personAt(a, m.person) !== p) continue;
    const before = a.text.slice(Math.max(0, m.span.start - 80), m.span.start).replace(/,\s*$/, '');
    out.push(before.slice(Math.max(...[',', ';', ':', '.', '(', '"', '“', '”', '\n'].map((c) => before.lastIndexOf(c))) + 1));
    const after = /^\s*,\s*([^,;:.()"“”\n]{1,100})/.exec(a.text.slice(m.span.end, m.span.end + 120));
    if (after) out.push(after[1]);
  }
  return out;
}

/** Two descriptions of one unnamed speaker: "a US embassy spokesperson", "a spokesperson for the U.S. embassy in Hanoi". */
function descriptionsAgree(a: string, b: string): boolean {
  const content = (s: string) =>
    new Set(
      nameKey(s)
        .replace(/\./g, '')
        .replace(/\bu\s?s\b/g, 'us')
        .split(' ')
        .map((w) => (SPOKES_NOUNS.has(w) && w.startsWith('spokes') ? 'spokes' : w))
        .filter((w) => w.length > 2 && !['the', 'for', 'and', 'of', 'in', 'at'].includes(w)),
    );
  const x = content(a);
  const y = content(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= Math.min(2, x.size, y.size);
}
