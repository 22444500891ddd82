/**
 * The set of sources the writer cites: articles added, updated and removed one file at a time,
 * and the people they name, merged across articles. The people index is built whole once, then
 * kept current article by article (people-update.ts), to what a build from scratch gives.
 */
import { parseArticle, type ParseOptions } from '../reading/article';
import { TITLE_WORDS } from '../reading/vocabulary';
import { foldKey } from '../reading/text';
import type { Article, Person, Quote } from '../types';
import { formKey, personIndexSteps, type PersonIndex } from './people';
import { PeopleUpdater } from './people-update';

export { bestName, distinctRoles, formKey, nameScore, type PersonIndex } from './people';

/**
 * More changed articles than this since the people index was made, and it is built again whole
 * (faster than article by article then; the result is the same).
 */
function updateLimit(size: number): number {
  return Math.max(200, Math.floor(size / 20));
}

/** A corpus of articles, in the order they were added (or placed). */
export class Corpus {
  private byPath = new Map<string, Article>();
  /** Each article's place in the order (only the order of places counts). */
  private readonly place = new Map<string, number>();
  private nextPlace = 0;
  private personIndex: PersonIndex | null = null;
  private updater: PeopleUpdater | null = null;
  /** Articles changed since the people index was made: path → the version it knows (null: none). */
  private readonly unindexed = new Map<string, Article | null>();
  private _version = 0;
  /** How the people index was brought up to date so far: whole, or article by article. */
  readonly indexings = { whole: 0, incremental: 0 };

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

  /**
   * Adds or replaces an already parsed article (parsed elsewhere, e.g. in a worker). A new one
   * goes last, or just before the article at `before` when that is given and present; a
   * replacement keeps its place.
   */
  put(article: Article, before?: string): void {
    const path = article.path;
    const had = this.byPath.get(path);
    this.noteChange(path, had);
    if (had || before === undefined || !this.byPath.has(before)) {
      this.byPath.set(path, article);
      if (!had) this.place.set(path, this.nextPlace++);
    } else {
      const entries: [string, Article][] = [];
      for (const e of this.byPath) {
        if (e[0] === before) entries.push([path, article]);
        entries.push(e);
      }
      this.byPath = new Map(entries);
      entries.forEach(([p], i) => this.place.set(p, i));
      this.nextPlace = entries.length;
    }
    this._version++;
  }

  remove(path: string): boolean {
    const had = this.byPath.get(path);
    if (!had) return false;
    this.noteChange(path, had);
    this.byPath.delete(path);
    this.place.delete(path);
    this._version++;
    return true;
  }

  clear(): void {
    this.byPath.clear();
    this.place.clear();
    this.personIndex = null;
    this.updater = null;
    this.unindexed.clear();
    this._version++;
  }

  /** Remembers the version of an article the people index knows, before it changes. */
  private noteChange(path: string, had: Article | undefined): void {
    if (this.personIndex && !this.unindexed.has(path)) this.unindexed.set(path, had ?? null);
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

  /** The people index of the articles as they are now. */
  index(): PersonIndex {
    const steps = this.indexSteps();
    while (!steps.next().done) {
      /* run to the end */
    }
    return this.personIndex!;
  }

  /**
   * Brings the people index up to date in steps of bounded work, for a caller that yields to the
   * event loop between them: article by article after a few changes (one step), else whole (a
   * change to the corpus while that runs starts it over).
   */
  *indexSteps(): Generator<void, void, void> {
    if (this.personIndex && this.unindexed.size && this.unindexed.size <= updateLimit(this.size)) {
      this.updater ??= new PeopleUpdater(this.personIndex, (p) => this.byPath.get(p), (p) => this.place.get(p)!);
      const removed: Article[] = [];
      const added: Article[] = [];
      for (const [path, known] of this.unindexed) {
        if (known) removed.push(known);
        const now = this.byPath.get(path);
        if (now) added.push(now);
      }
      this.unindexed.clear();
      this.updater.update(removed, added);
      this.indexings.incremental++;
      return;
    }
    while (!this.personIndex || this.unindexed.size) {
      const version = this._version;
      const steps = personIndexSteps([...this.byPath.values()]);
      let r = steps.next();
      while (!r.done) {
        yield;
        if (this._version !== version) break;
        r = steps.next();
      }
      if (r.done && this._version === version) {
        this.adoptIndex(r.value);
        this.indexings.whole++;
      }
    }
  }

  /** A people index computed elsewhere (restored from disk) for exactly the current articles. */
  adoptIndex(index: PersonIndex): void {
    this.personIndex = index;
    this.updater = null;
    this.unindexed.clear();
  }
}

/** "Sir Anthony Hopkins", "Foreign Secretary Jack Straw": the name after the titles, or null when none lead. */
export function withoutTitles(form: string): string | null {
  const words = form.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && TITLE_WORDS.has(foldKey(words[k]).replace(/\.$/, ''))) k++;
  return k > 0 ? words.slice(k).join(' ') : null;
}
