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
 *
 * What it keeps beside the index is small (each name key's mentions, and the full names by first
 * and last word); who goes by a form, a surname or a one-word name is read from the index's own
 * look-up by form, as it stood before the update, with the update's changes laid over it.
 */
import { nameKey } from '../reading/names';
import { isMisspelling } from '../reading/people';
import type { Article, ArticlePerson, Person } from '../types';
import { comparePeople, formKey, keptApart, makePerson, surnameOf, usesForm, type Member, type MemberData, type PeopleSeed, type PersonIndex } from './people';

/** A group of keys: one corpus-wide person. */
interface Group {
  keys: string[];
  /** Every article person with one of the keys, in article order. */
  members: Member[];
  person: Person;
  /** The aliases before the surname alias. */
  base: string[];
  /** Whether the surname is one of the person's aliases. */
  surnamed: boolean;
  /** The surname a writer may look the person up by (made when first asked for). */
  surname?: { surface: string; key: string } | null;
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
  /** The groups made so far (each person's is made from the seed when first asked for). */
  private readonly groupOfPerson = new Map<Person, Group>();
  private readonly seedMembers: Map<Person, Member[]>;
  private readonly seedSurnamed: Set<Person>;
  /** Full name keys (two words or more) by their last word, and by their first. */
  private readonly byLast = new Map<string, string[]>();
  private readonly byHead = new Map<string, string[]>();

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
    this.seedMembers = members;
    this.seedSurnamed = surnamed;
    for (const ms of members.values()) {
      // Members come in article order (as the full build groups them, and as they are saved).
      for (const m of ms) {
        const list = this.keyNodes.get(m.key);
        if (list) list.push(m);
        else this.keyNodes.set(m.key, [m]);
      }
    }
    for (const key of this.keyNodes.keys()) this.indexKey(key, true);
    index.seed = () => this.seed();
  }

  /** A person's group: made when first asked for, from what the index was seeded with. */
  private group(person: Person): Group {
    let g = this.groupOfPerson.get(person);
    if (!g) {
      const ms = this.seedMembers.get(person) ?? [];
      const isSurnamed = this.seedSurnamed.has(person);
      g = { keys: [...new Set(ms.map((m) => m.key))], members: ms, person, base: isSurnamed ? person.aliases.slice(0, -1) : person.aliases, surnamed: isSurnamed };
      this.groupOfPerson.set(person, g);
    }
    return g;
  }

  /** The group a key belongs to: that of its first mention's person. */
  private groupOfKey(key: string): Group | undefined {
    const m = this.keyNodes.get(key)?.[0];
    const p = m && this.index.ofLocal.get(`${m.path}\u0000${m.local}`);
    return p && this.group(p);
  }

  private compareMembers(a: Member, b: Member): number {
    return a.path === b.path ? a.local - b.local : this.positionOf(a.path) - this.positionOf(b.path);
  }

  private comparePeopleFully(a: Person, b: Person): number {
    return comparePeople(a, b) || this.compareMembers(this.group(a).members[0], this.group(b).members[0]);
  }

  private enter(g: Group): void {
    this.groupOfPerson.set(g.person, g);
  }

  private leave(g: Group): void {
    this.groupOfPerson.delete(g.person);
  }

  private surnameOf(g: Group): { surface: string; key: string } | null {
    if (g.surname === undefined) g.surname = surnameOf(g.person.name);
    return g.surname;
  }

  /** Adds a key to (or takes it from) the full names by first and last word. */
  private indexKey(key: string, add: boolean): void {
    const sp = key.indexOf(' ');
    if (sp < 0) return;
    const head = key.slice(0, sp);
    const last = key.slice(key.lastIndexOf(' ') + 1);
    for (const [m, w] of [[this.byLast, last], [this.byHead, head]] as const) {
      const list = m.get(w);
      if (add) {
        if (list) list.push(key);
        else m.set(w, [key]);
      } else if (list) {
        list.splice(list.indexOf(key), 1);
        if (!list.length) m.delete(w);
      }
    }
  }

  /** The full keys that end with `s` (a proper suffix of each). */
  private containers(s: string): string[] {
    const last = s.slice(s.lastIndexOf(' ') + 1);
    return (this.byLast.get(last) ?? []).filter((k) => k.length > s.length && k.endsWith(s) && k[k.length - s.length - 1] === ' ');
  }

  /** The keys of three words or more that begin with the word `t`. */
  private firsts(t: string): string[] {
    return (this.byHead.get(t) ?? []).filter((k) => k.indexOf(' ', t.length + 1) > 0);
  }

  /** The full keys with the words of `t` but for word `d` (the full build's block, `t` itself among them when it is a key). */
  private block(t: string[], d: number): string[] {
    const from = d < t.length - 1 ? this.byLast.get(t[t.length - 1]) : this.byHead.get(t[0]);
    const out: string[] = [];
    for (const k of from ?? []) {
      const u = k.split(' ');
      if (u.length === t.length && u.every((x, i) => i === d || x === t[i])) out.push(k);
    }
    return out;
  }

  /** The keys a key whose presence changes may join or part from (beyond its own group). */
  private keysAround(key: string, sizeBefore: (t: string[], d: number) => number): string[] {
    if (!key.includes(' ')) return [];
    const t = key.split(' ');
    const out: string[] = [];
    for (let i = 1; i < t.length; i++) out.push(t.slice(i).join(' '));
    if (t.length >= 3) out.push(t[0]);
    for (let d = 0; d < t.length; d++) {
      const block = this.block(t, d);
      const before = sizeBefore(t, d);
      const after = block.length;
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

  /** Does some article name both keys as two people (keptApart, as the full build reads it)? */
  private apart(a: string, b: string): boolean {
    const members = (k: string) => (this.keyNodes.get(k) ?? []).map((m) => this.data(m));
    return keptApart(members(a), members(b));
  }

  /** The keys the rules join `key` to now. */
  private neighbours(key: string): string[] {
    const out: string[] = [];
    const containers = this.containers(key);
    if (containers.length === 1) {
      if (!this.apart(key, containers[0])) out.push(containers[0]);
    } else if (!key.includes(' ') && !containers.length) {
      const firsts = this.firsts(key);
      if (firsts.length === 1) out.push(firsts[0]);
    }
    if (!key.includes(' ')) return out;
    const t = key.split(' ');
    for (let i = 1; i < t.length; i++) {
      const suf = t.slice(i).join(' ');
      if (this.keyNodes.has(suf) && this.containers(suf).length === 1 && !this.apart(suf, key)) out.push(suf);
    }
    if (t.length >= 3 && this.keyNodes.has(t[0]) && !this.containers(t[0]).length && this.firsts(t[0]).length === 1) out.push(t[0]);
    for (let d = 0; d < t.length; d++) {
      const block = this.block(t, d);
      if (block.length < 2 || block.length > MAX_BLOCK) continue;
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
    const groupBefore = new Map<string, Group | undefined>();
    const blockBefore = new Map<string, number>();
    for (const a of [...removed, ...added]) {
      for (const p of a.people) {
        const key = nameKey(p.name);
        if (firstBefore.has(key)) continue;
        firstBefore.set(key, this.keyNodes.get(key)?.[0]);
        groupBefore.set(key, this.groupOfKey(key));
        if (!key.includes(' ')) continue;
        const t = key.split(' ');
        for (let d = 0; d < t.length; d++) blockBefore.set(`${d}\u0000${key}`, this.block(t, d).length);
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
        for (const k of this.keysAround(key, (_t, d) => blockBefore.get(`${d}\u0000${key}`)!)) affected.add(k);
      } else if (now && first !== now && key.includes(' ')) {
        // Another first mention: other evidence for a misspelling.
        const t = key.split(' ');
        for (let d = 0; d < t.length; d++) for (const j of this.block(t, d)) if (j !== key && isMisspelling(t, j.split(' '))) affected.add(j);
      }
    }

    // Dissolve the groups of those keys, and find the groups of their keys again.
    const dissolved = new Set<Group>();
    const work = [...affected];
    const take = (key: string) => {
      // (A key this update touched may have a new first mention: its group is the one it had.)
      const g = groupBefore.has(key) ? groupBefore.get(key) : this.groupOfKey(key);
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
        for (const q of this.articleOf(m.path)!.quotes) {
          if (q.personIndex === null) continue;
          const list = byLocal.get(q.personIndex);
          if (list) list.push(q.id);
          else byLocal.set(q.personIndex, [q.id]);
        }
        quoteCache.set(m.path, byLocal);
      }
      return byLocal.get(m.local) ?? [];
    };
    const made = new Set<Group>();
    for (const comp of components) {
      const members = comp.flatMap((k) => this.keyNodes.get(k)!).sort((a, b) => this.compareMembers(a, b));
      const person = makePerson(members.map((m) => this.data(m)), quotesOf);
      made.add({ keys: [...new Set(members.map((m) => m.key))], members, person, base: person.aliases, surnamed: false });
    }
    // The people that go, by their first mention (a group that comes out as it went in keeps its person).
    const gone = new Map<string, Person>();
    const departed = new Set<Person>();
    const goneKey = (g: Group) => `${g.members[0].path}\u0000${g.members[0].local}`;
    for (const g of dissolved) {
      this.leave(g);
      departed.add(g.person);
      gone.set(goneKey(g), g.person);
      for (const m of g.members) this.index.ofLocal.delete(`${m.path}\u0000${m.local}`);
    }
    for (const g of made) this.enter(g);

    // Who goes by a surname, and by a one-word name, now: as the look-up by form had it, less the
    // groups dissolved, with the groups made (and any whose surname alias is decided again). At
    // most `cap` of them: whether a surname is anyone else's needs no more than two.
    const byForm = this.index.byForm;
    const changed = new Set<Group>(made);
    const now = (k: string, holds: (g: Group) => boolean, cap = Infinity): Group[] => {
      const out: Group[] = [];
      for (const p of byForm.get(k) ?? []) {
        if (out.length >= cap) return out;
        // (The people of the groups dissolved, or given another alias, are no one's now.)
        if (departed.has(p)) continue;
        const g = this.group(p);
        if (!changed.has(g) && holds(g)) out.push(g);
      }
      for (const g of changed) if (out.length < cap && holds(g)) out.push(g);
      return out;
    };
    const surnamesNow = (k: string, cap?: number) => now(k, (g) => this.surnameOf(g)?.key === k, cap);
    const singlesNow = (k: string, cap?: number) => now(k, (g) => [g.person.name, ...g.base].some((f) => nameKey(f) === k), cap);
    /** How many people had surname `k` before (two meaning two or more). */
    const surnamesBefore = (k: string) => {
      let n = 0;
      for (const p of byForm.get(k) ?? []) {
        if (n >= 2) break;
        if (surnameOf(p.name)?.key === k) n++;
      }
      return n;
    };

    // Surname aliases: for the new groups, and for the others whose surname or one-word name they
    // share, when the surname was or is anyone's alone (where two or more had it and still have,
    // no one has it as an alias, before or after).
    const surnameKeys = new Set<string>();
    for (const g of [...dissolved, ...made]) {
      const s = this.surnameOf(g);
      if (s) surnameKeys.add(s.key);
      for (const f of [g.person.name, ...g.base]) {
        const t = nameKey(f);
        if (t && !t.includes(' ')) surnameKeys.add(t);
      }
    }
    for (const k of surnameKeys) if (surnamesBefore(k) < 2 || surnamesNow(k, 2).length < 2) for (const g of surnamesNow(k)) changed.add(g);
    const decided = [...changed].map((g) => {
      const s = this.surnameOf(g);
      const should = !!s && surnamesNow(s.key, 2).length === 1 && singlesNow(s.key).every((x) => x === g) && !g.base.some((a) => nameKey(a) === s.key);
      return [g, should] as const;
    });
    for (const [g, should] of decided) {
      if (!made.has(g)) {
        if (should === g.surnamed) {
          changed.delete(g);
          continue;
        }
        // Another alias: another person, as far as anything holding the old one knows.
        gone.set(goneKey(g), g.person);
        departed.add(g.person);
      }
      this.leave(g);
      g.person = { ...g.person, aliases: should ? [...g.base, this.surnameOf(g)!.surface] : g.base };
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

    // The look-up by form, for every form those people had or have: who has it as a name or an
    // alias (in people-list order), then who has it as a surname (in order of first mention).
    const formsOf = (p: Person) => new Set([p.name, ...p.aliases].map(formKey));
    const forms = new Set<string>();
    for (const p of [...left, ...came]) {
      for (const f of formsOf(p)) forms.add(f);
      const s = surnameOf(p.name);
      if (s) forms.add(s.key);
    }
    const lists = new Map<string, Person[]>();
    for (const f of forms) {
      if (!f) continue;
      const named = (byForm.get(f) ?? []).filter((p) => !left.has(p) && formsOf(p).has(f));
      for (const p of came) if (formsOf(p).has(f)) named.push(p);
      named.sort((a, b) => this.comparePeopleFully(a, b));
      const bySurname = surnamesNow(f).sort((a, b) => this.compareMembers(a.members[0], b.members[0])).map((g) => g.person).filter((p) => !named.includes(p));
      lists.set(f, [...named, ...bySurname]);
    }
    for (const [f, list] of lists) {
      if (list.length) byForm.set(f, list);
      else byForm.delete(f);
    }
    return { removed: [...left], added: came };
  }

  /** The seed of the index as it is now: each person's members, and who has the surname alias. */
  private seed(): PeopleSeed {
    const members = new Map<Person, Member[]>();
    const surnamed = new Set<Person>();
    for (const p of this.index.people) {
      const g = this.group(p);
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
