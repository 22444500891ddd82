/**
 * Keeps the people index current when articles change, to exactly what people.ts builds from
 * scratch over the new corpus, at the cost of the people those articles touch rather than of all.
 *
 * The union-find of the full build merges an article's people by name key; the keys are then
 * joined by three rules: a short form and the one full name that ends with it (or, for one word,
 * the one name of three or more words that begins with it), and a misspelling with the spelling
 * its article also uses. Every rule depends only on the set of keys and on the first article's
 * person that has each key, so a change to some keys can only join or split the groups that hold
 * those keys or their neighbours under the rules: only those groups are dissolved and found again
 * (their keys' connected components under the rules as they are now). The people that come out
 * are made as the full build makes them, the surname aliases decided as it decides them, and the
 * people list kept in its order (in the most articles first ... and, between equals, by first
 * mention, which is the full build's stable sort).
 */
import { nameKey } from '../reading/names';
import { isMisspelling } from '../reading/people';
import type { Article, ArticlePerson, Person } from '../types';
import { comparePeople, formKey, makePerson, surnameOf, usesForm, type Member, type MemberData, type PeopleSeed, type PersonIndex } from './people';

/** A group of keys: one corpus-wide person. */
interface Group {
  keys: string[];
  /** Every article person with one of the keys, in article order. */
  members: Member[];
  person: Person;
  /** The aliases before the surname alias. */
  base: string[];
  surname: { surface: string; key: string } | null;
  /** Whether the surname is one of the person's aliases. */
  surnamed: boolean;
}

/** People added and removed by an update (a person whose details change is one of each). */
export interface PeopleChange {
  removed: Person[];
  added: Person[];
}

/** The largest group of full names that differ in one word which is still compared pairwise (as the full build does). */
const MAX_BLOCK = 50;

export class PeopleUpdater {
  private readonly keyNodes = new Map<string, Member[]>();
  private readonly groupOfKey = new Map<string, Group>();
  private readonly groupOfPerson = new Map<Person, Group>();
  /** Proper suffix of a full name key (two words or more) → the full keys that end with it. */
  private readonly bySuffix = new Map<string, Set<string>>();
  /** First word → the keys of three words or more that begin with it. */
  private readonly byFirst = new Map<string, Set<string>>();
  /** Full keys with word d left out → those keys. */
  private readonly blocks = new Map<string, Set<string>>();
  /** Surname key → the groups whose name ends in it. */
  private readonly surnames = new Map<string, Set<Group>>();
  /** A one-word form (the name or a base alias) → the groups written so. */
  private readonly singles = new Map<string, Set<Group>>();
  /** Form key → the people it names as their name or an alias. */
  private readonly owners = new Map<string, Set<Person>>();

  /**
   * Takes over `index` (as built over the corpus as it is): `articleOf` gives an article of the
   * corpus, `positionOf` its place in the corpus order.
   */
  constructor(
    private readonly index: PersonIndex,
    private readonly articleOf: (path: string) => Article | undefined,
    private readonly positionOf: (path: string) => number,
  ) {
    const { members, surnamed } = index.seed();
    for (const person of index.people) {
      const ms = [...(members.get(person) ?? [])].sort((a, b) => this.compareMembers(a, b));
      const keys = [...new Set(ms.map((m) => m.key))];
      const isSurnamed = surnamed.has(person);
      const g: Group = { keys, members: ms, person, base: isSurnamed ? person.aliases.slice(0, -1) : person.aliases, surname: surnameOf(person.name), surnamed: isSurnamed };
      for (const m of ms) push(this.keyNodes, m.key, m);
      this.enter(g);
    }
    for (const key of this.keyNodes.keys()) this.indexKey(key, true);
    index.seed = () => this.seed();
  }

  private compareMembers(a: Member, b: Member): number {
    return a.path === b.path ? a.local - b.local : this.positionOf(a.path) - this.positionOf(b.path);
  }

  private comparePeopleFully(a: Person, b: Person): number {
    return comparePeople(a, b) || this.compareMembers(this.groupOfPerson.get(a)!.members[0], this.groupOfPerson.get(b)!.members[0]);
  }

  /** Files a group's keys, person, surname and forms. */
  private enter(g: Group): void {
    for (const k of g.keys) this.groupOfKey.set(k, g);
    this.groupOfPerson.set(g.person, g);
    if (g.surname) addTo(this.surnames, g.surname.key, g);
    for (const f of [g.person.name, ...g.base]) {
      const t = nameKey(f);
      if (t && !t.includes(' ')) addTo(this.singles, t, g);
    }
    this.own(g.person, true);
  }

  private leave(g: Group): void {
    for (const k of g.keys) if (this.groupOfKey.get(k) === g) this.groupOfKey.delete(k);
    this.groupOfPerson.delete(g.person);
    if (g.surname) removeFrom(this.surnames, g.surname.key, g);
    for (const f of [g.person.name, ...g.base]) {
      const t = nameKey(f);
      if (t && !t.includes(' ')) removeFrom(this.singles, t, g);
    }
    this.own(g.person, false);
  }

  private own(p: Person, add: boolean): void {
    for (const f of [p.name, ...p.aliases]) {
      const k = formKey(f);
      if (!k) continue;
      if (add) addTo(this.owners, k, p);
      else removeFrom(this.owners, k, p);
    }
  }

  /** Adds a key to (or takes it from) the indexes the rules look keys up in. */
  private indexKey(key: string, add: boolean): void {
    if (!key.includes(' ')) return;
    const t = key.split(' ');
    const edit = add ? addTo : removeFrom;
    for (let i = 1; i < t.length; i++) edit(this.bySuffix, t.slice(i).join(' '), key);
    if (t.length >= 3) edit(this.byFirst, t[0], key);
    for (let d = 0; d < t.length; d++) edit(this.blocks, blockOf(t, d), key);
  }

  /** The keys a key whose presence changes may join or part from (beyond its own group). */
  private keysAround(key: string, sizeBefore: (block: string) => number): string[] {
    if (!key.includes(' ')) return [];
    const t = key.split(' ');
    const out: string[] = [];
    for (let i = 1; i < t.length; i++) out.push(t.slice(i).join(' '));
    if (t.length >= 3) out.push(t[0]);
    for (let d = 0; d < t.length; d++) {
      const sig = blockOf(t, d);
      const block = this.blocks.get(sig);
      if (!block) continue;
      const before = sizeBefore(sig);
      const after = block.size;
      // A block that grows past the limit, or comes back under it, joins or parts all of its keys.
      if ((before <= MAX_BLOCK) !== (after <= MAX_BLOCK)) out.push(...block);
      else if (after <= MAX_BLOCK) for (const j of block) if (j !== key && isMisspelling(t, j.split(' '))) out.push(j);
    }
    return out;
  }

  private first(key: string): MemberData | undefined {
    const m = this.keyNodes.get(key)?.[0];
    return m && this.data(m);
  }

  private data(m: Member): MemberData {
    const p: ArticlePerson = this.articleOf(m.path)!.people[m.local];
    return { path: m.path, local: m.local, name: p.name, forms: p.forms, roles: p.roles, mentions: p.mentions };
  }

  /** The keys the rules join `key` to now. */
  private neighbours(key: string): string[] {
    const out: string[] = [];
    const containers = this.bySuffix.get(key);
    if (containers?.size === 1) out.push(only(containers));
    else if (!key.includes(' ') && !containers?.size) {
      const firsts = this.byFirst.get(key);
      if (firsts?.size === 1) out.push(only(firsts));
    }
    if (!key.includes(' ')) return out;
    const t = key.split(' ');
    for (let i = 1; i < t.length; i++) {
      const suf = t.slice(i).join(' ');
      if (this.keyNodes.has(suf) && this.bySuffix.get(suf)!.size === 1) out.push(suf);
    }
    if (t.length >= 3 && this.keyNodes.has(t[0]) && !this.bySuffix.get(t[0])?.size && this.byFirst.get(t[0])?.size === 1) out.push(t[0]);
    for (let d = 0; d < t.length; d++) {
      const block = this.blocks.get(blockOf(t, d));
      if (!block || block.size < 2 || block.size > MAX_BLOCK) continue;
      for (const j of block) {
        if (j === key) continue;
        const u = j.split(' ');
        if (!isMisspelling(t, u)) continue;
        if (usesForm(this.first(key)!.forms, u[d]) || usesForm(this.first(j)!.forms, t[d])) out.push(j);
      }
    }
    return out;
  }

  /**
   * Brings the index up to date after articles changed: `removed` are the versions the index
   * knows of articles since replaced or removed, `added` the articles (new or replacing) it does
   * not know yet, all of them in the corpus now. Returns the people that left and came.
   */
  update(removed: Article[], added: Article[]): PeopleChange {
    // What the rules saw before: each key's first mention, and the size of each block of names.
    const firstBefore = new Map<string, Member | undefined>();
    const blockBefore = new Map<string, number>();
    for (const a of [...removed, ...added]) {
      for (const p of a.people) {
        const key = nameKey(p.name);
        if (firstBefore.has(key)) continue;
        firstBefore.set(key, this.keyNodes.get(key)?.[0]);
        if (!key.includes(' ')) continue;
        const t = key.split(' ');
        for (let d = 0; d < t.length; d++) blockBefore.set(blockOf(t, d), this.blocks.get(blockOf(t, d))?.size ?? 0);
      }
    }
    for (const a of removed) {
      a.people.forEach((p, local) => {
        const key = nameKey(p.name);
        const list = this.keyNodes.get(key)!;
        list.splice(list.findIndex((m) => m.path === a.path && m.local === local), 1);
        if (!list.length) {
          this.keyNodes.delete(key);
          this.indexKey(key, false);
        }
      });
    }
    for (const a of added) {
      a.people.forEach((p, local) => {
        const key = nameKey(p.name);
        const m: Member = { path: a.path, local, key };
        const list = this.keyNodes.get(key);
        if (!list) {
          this.keyNodes.set(key, [m]);
          this.indexKey(key, true);
        } else list.splice(lowerBound(list, (x) => this.compareMembers(x, m) < 0), 0, m);
      });
    }

    // The keys whose joins may have changed: those whose presence or first mention changed, and
    // the keys around them.
    const affected = new Set<string>(firstBefore.keys());
    for (const [key, first] of firstBefore) {
      const now = this.keyNodes.get(key)?.[0];
      if ((first === undefined) !== (now === undefined)) {
        for (const k of this.keysAround(key, (sig) => blockBefore.get(sig)!)) affected.add(k);
      } else if (now && first !== now && key.includes(' ')) {
        // Another first mention: other evidence for a misspelling.
        const t = key.split(' ');
        for (let d = 0; d < t.length; d++) for (const j of this.blocks.get(blockOf(t, d)) ?? []) if (j !== key && isMisspelling(t, j.split(' '))) affected.add(j);
      }
    }

    // Dissolve the groups of those keys, and find the groups of their keys again.
    const dissolved = new Set<Group>();
    const work = [...affected];
    const take = (key: string) => {
      const g = this.groupOfKey.get(key);
      if (!g || dissolved.has(g)) return;
      dissolved.add(g);
      for (const k of g.keys) if (!affected.has(k)) {
        affected.add(k);
        work.push(k);
      }
    };
    for (let i = 0; i < work.length; i++) take(work[i]);
    const seen = new Set<string>();
    const components: string[][] = [];
    for (let i = 0; i < work.length; i++) {
      if (seen.has(work[i]) || !this.keyNodes.has(work[i])) continue;
      seen.add(work[i]);
      const comp = [work[i]];
      for (let j = 0; j < comp.length; j++) {
        for (const n of this.neighbours(comp[j])) {
          if (seen.has(n)) continue;
          seen.add(n);
          comp.push(n);
          // A key that was not dissolved joins this group: its own group is found again too.
          take(n);
        }
      }
      components.push(comp);
    }

    // The groups as they are now, their people made as the full build makes them.
    const quoteCache = new Map<string, Map<number, string[]>>();
    const quotesOf = (m: MemberData) => {
      let byLocal = quoteCache.get(m.path);
      if (!byLocal) {
        byLocal = new Map();
        for (const q of this.articleOf(m.path)!.quotes) if (q.personIndex !== null) push(byLocal, q.personIndex, q.id);
        quoteCache.set(m.path, byLocal);
      }
      return byLocal.get(m.local) ?? [];
    };
    const made = new Set<Group>();
    for (const comp of components) {
      const members = comp.flatMap((k) => this.keyNodes.get(k)!).sort((a, b) => this.compareMembers(a, b));
      const person = makePerson(members.map((m) => this.data(m)), quotesOf);
      made.add({ keys: [...new Set(members.map((m) => m.key))], members, person, base: person.aliases, surname: surnameOf(person.name), surnamed: false });
    }
    // The people that go, by their first mention (a group that comes out as it went in keeps its person).
    const gone = new Map<string, Person>();
    const goneKey = (g: Group) => `${g.members[0].path}\u0000${g.members[0].local}`;
    for (const g of dissolved) {
      this.leave(g);
      gone.set(goneKey(g), g.person);
      for (const m of g.members) this.index.ofLocal.delete(`${m.path}\u0000${m.local}`);
    }
    for (const g of made) this.enter(g);

    // Surname aliases: for the new groups, and for any other whose surname or one-word form they share.
    const surnameKeys = new Set<string>();
    for (const g of [...dissolved, ...made]) {
      if (g.surname) surnameKeys.add(g.surname.key);
      for (const f of [g.person.name, ...g.base]) {
        const t = nameKey(f);
        if (t && !t.includes(' ')) surnameKeys.add(t);
      }
    }
    const changed = new Set<Group>(made);
    for (const k of surnameKeys) for (const g of this.surnames.get(k) ?? []) changed.add(g);
    for (const g of changed) {
      const key = g.surname?.key;
      const should = !!key && this.surnames.get(key)!.size === 1 && [...(this.singles.get(key) ?? [])].every((x) => x === g) && !g.base.some((a) => nameKey(a) === key);
      if (!made.has(g)) {
        if (should === g.surnamed) {
          changed.delete(g);
          continue;
        }
        // Another alias: another person, as far as anything holding the old one knows.
        gone.set(goneKey(g), g.person);
      }
      this.leave(g);
      g.person = { ...g.person, aliases: should ? [...g.base, g.surname!.surface] : g.base };
      g.surnamed = should;
      this.enter(g);
    }

    const came: Person[] = [];
    for (const g of changed) {
      const before = gone.get(goneKey(g));
      if (before && samePerson(before, g.person)) {
        this.leave(g);
        g.person = before;
        this.enter(g);
        gone.delete(goneKey(g));
      } else came.push(g.person);
      for (const m of g.members) this.index.ofLocal.set(`${m.path}\u0000${m.local}`, g.person);
    }
    const left = new Set(gone.values());

    // The people list: those that left taken out, those that came put in their places.
    came.sort((a, b) => this.comparePeopleFully(a, b));
    const people: Person[] = [];
    let j = 0;
    for (const p of this.index.people) {
      if (left.has(p)) continue;
      while (j < came.length && this.comparePeopleFully(came[j], p) < 0) people.push(came[j++]);
      people.push(p);
    }
    while (j < came.length) people.push(came[j++]);
    this.index.people = people;

    // The look-up by form, for every form those people had or have.
    const forms = new Set<string>();
    for (const p of [...left, ...came]) for (const f of [p.name, ...p.aliases]) forms.add(formKey(f));
    for (const g of [...dissolved, ...changed]) if (g.surname) forms.add(g.surname.key);
    for (const f of forms) {
      if (!f) continue;
      const named = [...(this.owners.get(f) ?? [])].sort((a, b) => this.comparePeopleFully(a, b));
      const bySurname = [...(this.surnames.get(f) ?? [])].sort((a, b) => this.compareMembers(a.members[0], b.members[0])).map((g) => g.person).filter((p) => !named.includes(p));
      const list = [...named, ...bySurname];
      if (list.length) this.index.byForm.set(f, list);
      else this.index.byForm.delete(f);
    }
    return { removed: [...left], added: came };
  }

  /** The seed of the index as it is now: each person's members, and who has the surname alias. */
  private seed(): PeopleSeed {
    const members = new Map<Person, Member[]>();
    const surnamed = new Set<Person>();
    for (const [p, g] of this.groupOfPerson) {
      members.set(p, g.members);
      if (g.surnamed) surnamed.add(p);
    }
    return { members, surnamed };
  }
}
function samePerson(a: Person, b: Person): boolean {
  return a.key === b.key && a.name === b.name && sameList(a.aliases, b.aliases) && sameList(a.roles, b.roles) && sameList(a.articles, b.articles) && sameList(a.quotes, b.quotes);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function blockOf(t: string[], d: number): string {
  return `${d}\u0000${t.map((x, j) => (j === d ? '*' : x)).join(' ')}`;
}

function only<T>(s: Set<T>): T {
  for (const x of s) return x;
  throw new Error('empty set');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

function removeFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(v);
  if (!s.size) m.delete(k);
}

/** The first index in `list` (sorted) whose element is not before: `before(x)` holds for a prefix. */
function lowerBound<T>(list: T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
