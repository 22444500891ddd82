/**
 * The people index: the people the articles name, merged across articles (a union-find over
 * every article's people: the same name, a short form and its one full name, a misspelling the
 * article itself corrects), each with their aliases, roles, articles and quotes, and every form
 * a writer may look them up by. Built whole here, in steps; people-update.ts keeps it current
 * when one article changes, to the same result.
 */
import { isMisspelling } from '../reading/people';
import { COMMON_WORDS, FAMILY_FIRST, GIVEN_NAMES, TITLE_WORDS } from '../reading/vocabulary';
import { nameKey, nameTokens, surnameOf as surnameToken } from '../reading/names';
import { foldKey } from '../reading/text';
import type { Article, Person } from '../types';

interface Node {
  path: string;
  local: number;
  name: string;
  tokens: string[];
  key: string;
  forms: Set<string>;
  roles: string[];
  mentions: number;
}

export interface PersonIndex {
  people: Person[];
  /** (article path, local person index) → person. */
  ofLocal: Map<string, Person>;
  /** Folded surface form → people it may name (a form can fit two people). */
  byForm: Map<string, Person[]>;
  /** What the index knows beyond its answers (made when first asked for): what an update starts from. */
  seed: () => PeopleSeed;
}

/** One article's person (`article.people[local]`) as a member of a corpus-wide person, with its name key. */
export interface Member {
  path: string;
  local: number;
  key: string;
}

export interface PeopleSeed {
  /** Each person's members, in article order. */
  members: Map<Person, Member[]>;
  /** The people given their surname as an alias (no one else goes by it). */
  surnamed: Set<Person>;
}

/** What a person is made of: one article's person, as the people index reads it. */
export interface MemberData {
  path: string;
  local: number;
  name: string;
  forms: Set<string>;
  roles: string[];
  mentions: number;
}

/** Key a surface form is looked up by: folded, hyphens as spaces, titles kept. */
export function formKey(form: string): string {
  return nameKey(form);
}

/** `a.localeCompare(b)` is `new Intl.Collator().compare(a, b)`, with a collator made per call. */
const collator = new Intl.Collator();

/** How many units of work (names, pairs, groups) the people index does between two yields. */
const STEP = 2000;

/** The people index, built in steps (`yield` between blocks of work); returns the index. */
export function* personIndexSteps(articles: Article[]): Generator<void, PersonIndex, void> {
  let work = 0;
  const nodes: Node[] = [];
  for (const a of articles) {
    a.people.forEach((p, i) => {
      const key = nameKey(p.name);
      nodes.push({ path: a.path, local: i, name: p.name, tokens: key ? key.split(' ') : [], key, forms: p.forms, roles: p.roles, mentions: p.mentions });
    });
    if ((work += a.people.length) > STEP) {
      work = 0;
      yield;
    }
  }
  // Union-find over nodes.
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  const byKey = new Map<string, number>();
  const nodesOf = new Map<string, Node[]>();
  for (const n of nodes) {
    const list = nodesOf.get(n.key);
    if (list) list.push(n);
    else nodesOf.set(n.key, [n]);
  }
  for (let i = 0; i < nodes.length; i++) {
    const k = byKey.get(nodes[i].key);
    if (k === undefined) byKey.set(nodes[i].key, i);
    else union(k, i);
    if (++work > STEP) {
      work = 0;
      yield;
    }
  }
  // Full names (two or more tokens), indexed by every proper suffix and by first token, so that a
  // short form finds its full name without comparing every pair of names.
  const fullKeys = [...byKey.keys()].filter((k) => k.includes(' '));
  const bySuffix = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const k of fullKeys) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    const t = k.split(' ');
    for (let i = 1; i < t.length; i++) {
      const suf = t.slice(i).join(' ');
      const list = bySuffix.get(suf);
      if (list) list.push(k);
      else bySuffix.set(suf, [k]);
    }
    if (t.length >= 3) {
      const list = byFirst.get(t[0]);
      if (list) list.push(k);
      else byFirst.set(t[0], [k]);
    }
  }
  yield;
  for (const [key, i] of byKey) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    // A short form used alone in some article ("Putin", "Le Thu"): the one full name that ends with it,
    // unless an article names both and keeps them apart ("Biden" for THE PRESIDENT beside Jill Biden).
    const containers = bySuffix.get(key) ?? [];
    if (containers.length === 1) {
      if (!keptApart(nodesOf.get(key) ?? [], nodesOf.get(containers[0]) ?? [])) union(byKey.get(containers[0])!, i);
      continue;
    }
    if (!key.includes(' ') && !containers.length) {
      const firsts = byFirst.get(key) ?? [];
      if (firsts.length === 1) union(byKey.get(firsts[0])!, i);
    }
  }
  // Misspellings across articles, only where the rare spelling's own article also uses the other.
  // Names are grouped by all their tokens but one, so only candidates are compared.
  const blocks = new Map<string, string[]>();
  for (const k of fullKeys) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    const t = k.split(' ');
    for (let d = 0; d < t.length; d++) {
      const sig = `${d}\u0000${t.map((x, j) => (j === d ? '*' : x)).join(' ')}`;
      const list = blocks.get(sig);
      if (list) list.push(k);
      else blocks.set(sig, [k]);
    }
  }
  yield;
  const evidence = (n: Node, tok: string) => usesForm(n.forms, tok);
  for (const [sig, keys] of blocks) {
    if (keys.length < 2 || keys.length > 50) continue;
    if ((work += keys.length * keys.length) > STEP) {
      work = 0;
      yield;
    }
    const d = Number(sig.slice(0, sig.indexOf('\u0000')));
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        const ta = keys[a].split(' ');
        const tb = keys[b].split(' ');
        if (!isMisspelling(ta, tb)) continue;
        const na = byKey.get(keys[a])!;
        const nb = byKey.get(keys[b])!;
        if (evidence(nodes[na], tb[d]) || evidence(nodes[nb], ta[d])) union(na, nb);
      }
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
    if (++work > STEP) {
      work = 0;
      yield;
    }
  }
  yield;

  const people: Person[] = [];
  const ofLocal = new Map<string, Person>();
  const quotesOf = new Map<string, string[]>();
  for (const a of articles) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    for (const q of a.quotes) {
      if (q.personIndex === null) continue;
      const k = `${a.path}\u0000${q.personIndex}`;
      const list = quotesOf.get(k);
      if (list) list.push(q.id);
      else quotesOf.set(k, [q.id]);
    }
  }
  const members = new Map<Person, Member[]>();
  for (const group of groups.values()) {
    if ((work += group.length) > STEP) {
      work = 0;
      yield;
    }
    const ms = group.map((i) => nodes[i]);
    const person = makePerson(ms, (m) => quotesOf.get(`${m.path}\u0000${m.local}`) ?? []);
    people.push(person);
    members.set(person, ms.map((m) => ({ path: m.path, local: m.local, key: m.key })));
    for (const m of ms) ofLocal.set(`${m.path}\u0000${m.local}`, person);
  }
  yield;
  // Short forms a writer may type although no source wrote them alone: "Thayer", "Storey". Listed
  // as an alias only when it names one person; looked up for everyone it may name.
  const lastCount = new Map<string, number>();
  const surnames: [Person, string][] = [];
  for (const p of people) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    const s = surnameOf(p.name);
    if (s) surnames.push([p, s.surface]);
  }
  for (const [, surface] of surnames) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    lastCount.set(nameKey(surface), (lastCount.get(nameKey(surface)) ?? 0) + 1);
  }
  // Single-word forms the sources themselves use ("Thayer told reporters"): taken by that person.
  const byLastForm = new Map<string, Set<Person>>();
  for (const p of people) {
    if ((work += 1 + p.aliases.length) > STEP) {
      work = 0;
      yield;
    }
    for (const f of [p.name, ...p.aliases]) {
      const t = nameTokens(f);
      if (t.length === 1) byLastForm.set(t[0], (byLastForm.get(t[0]) ?? new Set()).add(p));
    }
  }
  const surnamed = new Set<Person>();
  for (const [p, surface] of surnames) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    const key = nameKey(surface);
    const others = [...(byLastForm.get(key) ?? [])].filter((x) => x !== p);
    if (lastCount.get(key) === 1 && !others.length && !p.aliases.some((a) => nameKey(a) === key)) {
      p.aliases.push(surface);
      surnamed.add(p);
    }
  }
  yield;
  yield* sortInSteps(people, comparePeople);

  const byForm = new Map<string, Person[]>();
  const addForm = (f: string, p: Person) => {
    const k = formKey(f);
    if (!k) return;
    const list = byForm.get(k);
    if (!list) byForm.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of people) {
    addForm(p.name, p);
    for (const a of p.aliases) addForm(a, p);
    if ((work += 1 + p.aliases.length) > STEP) {
      work = 0;
      yield;
    }
  }
  for (const [p, surface] of surnames) {
    addForm(surface, p);
    if (++work > STEP) {
      work = 0;
      yield;
    }
  }
  const seed = { members, surnamed };
  return { people, ofLocal, byForm, seed: () => seed };
}

/**
 * The order of the people list: in the most articles first, then with the most quotes, then by
 * name. People equal in all three keep the order of their first mention (article, then place in it).
 */
/**
 * Does some article name both keys as two people? Its reader kept them apart (a transcript's
 * "Biden" for THE PRESIDENT beside the First Lady, Jill Biden), and the corpus does not join them.
 */
export function keptApart(a: readonly Pick<MemberData, 'path' | 'roles'>[], b: readonly Pick<MemberData, 'path' | 'roles'>[]): boolean {
  const paths = new Set(a.map((m) => m.path));
  return b.some((m) => paths.has(m.path)) && officesClash(a.flatMap((m) => m.roles), b.flatMap((m) => m.roles));
}

/** Two people given offices, and no office of one shares its head word with the other's ("President", "First Lady"). */
function officesClash(a: string[], b: string[]): boolean {
  const heads = (roles: string[]) => new Set(roles.map((r) => nameKey(r).split(' ').filter((w) => TITLE_WORDS.has(w)).pop()).filter((w): w is string => !!w));
  const ha = heads(a);
  const hb = heads(b);
  if (!ha.size || !hb.size) return false;
  for (const h of ha) if (hb.has(h)) return false;
  return true;
}

export function comparePeople(a: Person, b: Person): number {
  return b.articles.length - a.articles.length || b.quotes.length - a.quotes.length || collator.compare(a.name, b.name);
}

/**
 * A corpus-wide person from its members (in article order): the name most used, every other
 * spelling as an alias, the roles without repeats, the articles, and the quotes `quotesOf` gives
 * each member. The surname alias is not added here.
 */
export function makePerson(ms: MemberData[], quotesOf: (m: MemberData) => readonly string[]): Person {
  const name = canonicalName(ms);
  const aliases = new Set<string>();
  for (const m of ms) for (const f of m.forms) if (f !== name) aliases.add(f);
  for (const m of ms) if (m.name !== name) aliases.add(m.name);
  const roles = distinctRoles(ms.flatMap((m) => m.roles));
  const articlesOf = [...new Set(ms.map((m) => m.path))];
  const quotes: string[] = [];
  for (const m of ms) quotes.push(...quotesOf(m));
  return { key: nameKey(name), name, aliases: [...aliases], roles, articles: articlesOf, quotes };
}

/**
 * The surname a writer may look a person up by ("Thayer" for Carl Thayer) and its key, or null
 * when the name has none that could stand alone (one word, family name first, a common word).
 */
export function surnameOf(name: string): { surface: string; key: string } | null {
  const t = nameTokens(name);
  if (t.length < 2 || FAMILY_FIRST.has(t[0])) return null;
  // Past a generation ("Martin Luther King Jr." is King).
  const last = surnameToken(t);
  if (last.length < 3 || (COMMON_WORDS.has(last) && !GIVEN_NAMES.has(t[0]))) return null;
  const words = name.split(/\s+/);
  const at = t.lastIndexOf(last);
  const surface = (t.length === words.length ? words[at] : words[words.length - 1]).replace(/['\u2019]s$/, '');
  return { surface, key: nameKey(surface) };
}

/** Whether one of the forms an article's person is written in is the token `tok` (a misspelling's evidence). */
export function usesForm(forms: Iterable<string>, tok: string): boolean {
  for (const f of forms) if (nameKey(f) === tok) return true;
  return false;
}

const ROLE_FILLER = new Set(['a', 'an', 'the', 'of', 'at', 'in', 'on', 'for', 'and', 'to']);

/**
 * Roles without repeats: "an expert on Vietnam security at the Academy" says nothing "a senior
 * expert on Vietnam security at the Academy" does not, and "President" nothing "Russian President" does not.
 */
export function distinctRoles(all: string[]): string[] {
  const words = (r: string) => new Set(foldKey(r).split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !ROLE_FILLER.has(w)));
  // A role said again adds nothing (its first saying covers the rest): each once, so that a person
  // named in thousands of articles costs the roles they have, not the times they were given.
  const entries = [...new Set(all)].map((r) => ({ r, w: words(r) }));
  const out: string[] = [];
  entries.forEach((e, i) => {
    const covered = entries.some((o, j) => {
      if (j === i) return false;
      const bigger = o.w.size > e.w.size || (o.w.size === e.w.size && j < i);
      return bigger && [...e.w].every((w) => o.w.has(w));
    });
    if (!covered && e.w.size && !out.includes(e.r)) out.push(e.r);
  });
  return out;
}

/**
 * Sorts `a` in place as a stable `a.sort(cmp)` would, in steps: runs sorted by the built-in sort,
 * then merged pairwise (ties taken from the left run, so the order is the stable one).
 */
function* sortInSteps<T>(a: T[], cmp: (x: T, y: T) => number, run = 1024): Generator<void, void, void> {
  const n = a.length;
  for (let i = 0; i < n; i += run) {
    const sorted = a.slice(i, i + run).sort(cmp);
    for (let k = 0; k < sorted.length; k++) a[i + k] = sorted[k];
    yield;
  }
  let src = a;
  let dst = new Array<T>(n);
  for (let width = run; width < n; width *= 2) {
    let done = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = cmp(src[j], src[i]) < 0 ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
      if ((done += hi - lo) >= STEP * 4) {
        done = 0;
        yield;
      }
    }
    [src, dst] = [dst, src];
  }
  if (src !== a) for (let k = 0; k < n; k++) a[k] = src[k];
}

/** What one article's use of a spelling counts for the person's name: fullest first, proper case over capitals, then how often. */
export function nameScore(name: string, mentions: number): number {
  return nameTokens(name).length * 1000 + mentions * 10 + (name === name.toUpperCase() ? -5000 : 0);
}

/** The best-scored spelling; equal scores go to the first in code-unit order. */
export function bestName(scores: Iterable<[string, number]>, first: string): string {
  let best = first;
  let bestV = -Infinity;
  for (const [s, v] of scores) {
    if (v > bestV || (v === bestV && s < best)) {
      best = s;
      bestV = v;
    }
  }
  return best;
}

/** The spelling most used across articles, fullest first, proper case over capitals. */
function canonicalName(ms: MemberData[]): string {
  const score = new Map<string, number>();
  for (const m of ms) score.set(m.name, (score.get(m.name) ?? 0) + nameScore(m.name, m.mentions));
  return bestName(score, ms[0].name);
}
