/**
 * The set of sources the writer cites: articles added, updated and removed one file at a time,
 * and the people they name, merged across articles.
 */
import { parseArticle, type ParseOptions } from '../reading/article';
import { isMisspelling } from '../reading/people';
import { COMMON_WORDS, FAMILY_FIRST, GIVEN_NAMES, TITLE_WORDS } from '../reading/vocabulary';
import { nameKey, nameTokens, surnameOf } from '../reading/names';
import { foldKey } from '../reading/text';
import type { Article, Person, Quote } from '../types';


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
}

/** A corpus of articles. All reads are derived from the current set and cached per version. */
export class Corpus {
  private readonly byPath = new Map<string, Article>();
  private cache: PersonIndex | null = null;
  private _version = 0;

  constructor(private readonly options: ParseOptions = {}) {}

  /** Changes on every add, update or remove. */
  get version(): number {
    return this._version;
  }

  get articles(): Article[] {
    return [...this.byPath.values()];
  }

  get size(): number {
    return this.byPath.size;
  }

  get(path: string): Article | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Adds or replaces one article from its bytes or text. Returns the parsed article. */
  upsert(path: string, content: string | Uint8Array): Article {
    const a = parseArticle(path, content, this.options);
    this.put(a);
    return a;
  }

  /** Adds or replaces an already parsed article (parsed elsewhere, e.g. in a worker). */
  put(article: Article): void {
    this.byPath.set(article.path, article);
    this.changed();
  }

  remove(path: string): boolean {
    const had = this.byPath.delete(path);
    if (had) this.changed();
    return had;
  }

  clear(): void {
    this.byPath.clear();
    this.changed();
  }

  private changed(): void {
    this._version++;
    this.cache = null;
  }

  get quoteCount(): number {
    let n = 0;
    for (const a of this.byPath.values()) n += a.quotes.length;
    return n;
  }

  /** People across the corpus, merged. */
  get people(): Person[] {
    return this.index().people;
  }

  /** The corpus-wide person a quote is attributed to, if its speaker is a named person. */
  personOf(quote: Pick<Quote, 'personIndex'>, article: Pick<Article, 'path'>): Person | undefined {
    return quote.personIndex === null ? undefined : this.personAt(article, quote.personIndex);
  }

  /** The corpus-wide person behind one of an article's own people (`article.people[local]`). */
  personAt(article: Pick<Article, 'path'>, local: number): Person | undefined {
    return this.index().ofLocal.get(`${article.path}\u0000${local}`);
  }

  /** The speaker as the corpus names them: the merged full name, or the article's description. */
  speakerOf(quote: Pick<Quote, 'personIndex' | 'speaker'>, article: Pick<Article, 'path'>): string | null {
    return this.personOf(quote, article)?.name ?? quote.speaker;
  }

  /** People a surface form can name: "Trong", "Trọng", "President Putin", "Kim Jong Un". */
  findPeople(form: string): Person[] {
    const byForm = this.index().byForm;
    const exact = byForm.get(formKey(form));
    if (exact) return exact;
    const bare = withoutTitles(form);
    return bare !== null ? byForm.get(formKey(bare)) ?? [] : [];
  }

  index(): PersonIndex {
    if (!this.cache) {
      const steps = personIndexSteps([...this.byPath.values()]);
      let r = steps.next();
      while (!r.done) r = steps.next();
      this.cache = r.value;
    }
    return this.cache;
  }

  /**
   * Builds the people index in steps of bounded work, for a caller that yields to the event loop
   * between them. A change to the corpus while it runs starts it over.
   */
  *indexSteps(): Generator<void, void, void> {
    while (!this.cache) {
      const version = this._version;
      const steps = personIndexSteps([...this.byPath.values()]);
      let r = steps.next();
      while (!r.done) {
        yield;
        if (this._version !== version) break;
        r = steps.next();
      }
      if (r.done && this._version === version) this.cache = r.value;
    }
  }

  /** A people index computed elsewhere (restored from disk) for exactly the current articles. */
  adoptIndex(index: PersonIndex): void {
    this.cache = index;
  }
}

/** "Sir Anthony Hopkins", "Foreign Secretary Jack Straw": the name after the titles, or null when none lead. */
export function withoutTitles(form: string): string | null {
  const words = form.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && TITLE_WORDS.has(foldKey(words[k]).replace(/\.$/, ''))) k++;
  return k > 0 ? words.slice(k).join(' ') : null;
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
function* personIndexSteps(articles: Article[]): Generator<void, PersonIndex, void> {
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
    // A short form used alone in some article ("Putin", "Le Thu"): the one full name that ends with it.
    const containers = bySuffix.get(key) ?? [];
    if (containers.length === 1) {
      union(byKey.get(containers[0])!, i);
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
  const evidence = (n: Node, tok: string) => [...n.forms].some((f) => nameKey(f) === tok);
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
  for (const members of groups.values()) {
    if ((work += members.length) > STEP) {
      work = 0;
      yield;
    }
    const ms = members.map((i) => nodes[i]);
    const name = canonicalName(ms);
    const aliases = new Set<string>();
    for (const m of ms) for (const f of m.forms) if (f !== name) aliases.add(f);
    for (const m of ms) if (m.name !== name) aliases.add(m.name);
    const roles = distinctRoles(ms.flatMap((m) => m.roles));
    const articlesOf = [...new Set(ms.map((m) => m.path))];
    const quotes: string[] = [];
    for (const m of ms) quotes.push(...(quotesOf.get(`${m.path}\u0000${m.local}`) ?? []));
    const person: Person = { key: nameKey(name), name, aliases: [...aliases], roles, articles: articlesOf, quotes };
    people.push(person);
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
    const t = nameTokens(p.name);
    if (t.length < 2 || FAMILY_FIRST.has(t[0])) continue;
    const last = surnameOf(t);
    if (last.length < 3 || (COMMON_WORDS.has(last) && !GIVEN_NAMES.has(t[0]))) continue;
    const words = p.name.split(/\s+/);
    const at = t.lastIndexOf(last);
    surnames.push([p, (t.length === words.length ? words[at] : words[words.length - 1]).replace(/['\u2019]s$/, '')]);
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
  for (const [p, surface] of surnames) {
    if (++work > STEP) {
      work = 0;
      yield;
    }
    const key = nameKey(surface);
    const others = [...(byLastForm.get(key) ?? [])].filter((x) => x !== p);
    if (lastCount.get(key) === 1 && !others.length && !p.aliases.some((a) => nameKey(a) === key)) p.aliases.push(surface);
  }
  yield;
  yield* sortInSteps(people, (a, b) => b.articles.length - a.articles.length || b.quotes.length - a.quotes.length || collator.compare(a.name, b.name));

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
  return { people, ofLocal, byForm };
}

const ROLE_FILLER = new Set(['a', 'an', 'the', 'of', 'at', 'in', 'on', 'for', 'and', 'to']);

/**
 * Roles without repeats: "an expert on Vietnam security at the Academy" says nothing "a senior
 * expert on Vietnam security at the Academy" does not, and "President" nothing "Russian President" does not.
 */
export function distinctRoles(all: string[]): string[] {
  const words = (r: string) => new Set(foldKey(r).split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !ROLE_FILLER.has(w)));
  const entries = all.map((r) => ({ r, w: words(r) }));
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
function canonicalName(ms: Node[]): string {
  const score = new Map<string, number>();
  for (const m of ms) score.set(m.name, (score.get(m.name) ?? 0) + nameScore(m.name, m.mentions));
  return bestName(score, ms[0].name);
}
