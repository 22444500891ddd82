/**
 * The index on disk: parsed articles, the people index and the search index in one binary blob,
 * so that a warm start reads instead of parsing. Pure: bytes in, bytes out; where the blob lives
 * (a CLI `--cache` folder, the extension's global storage) is the caller's business.
 *
 * Layout: "CDIX", u32 format version, u32 header length, the header (UTF-8 JSON naming each
 * section's type, offset and length), then the sections, each 4-byte aligned. Numbers live in
 * Int32/Uint8 sections that are read as views, text in one UTF-8 section, the rest as JSON.
 *
 * Every article carries its caller's `stamp` (for files: size and modification time), so the
 * caller can keep the articles whose file is unchanged and parse only the others.
 */
import { Corpus } from '../corpus/corpus';
import type { Member, PeopleSeed, PersonIndex } from '../corpus/people';
import { SearchIndex, type SearchIndexState } from './search';
import { LineIndex } from '../reading/text';
import type { Article, ArticlePerson, Mention, Paragraph, Person, Position, Quote, SourceFormat, Span } from '../types';

/** Bump on any change to what is written: an older blob is then rebuilt, never misread. */
export const FORMAT_VERSION = 6;

const MAGIC = 0x58494443; // "CDIX" little-endian

export class SnapshotError extends Error {}

type SectionType = 'i32' | 'u8' | 'utf8' | 'json';

interface SectionHead {
  name: string;
  type: SectionType;
  offset: number;
  length: number;
}

/** What a snapshot holds once read. */
export interface Snapshot {
  /** Articles, in the order they were in the corpus. */
  articles: Article[];
  /** The caller's stamp for each article (same order), or null. */
  stamps: (string | null)[];
  /** The people index of exactly these articles. */
  people: PersonIndex | null;
  /** The search index over exactly these articles and people. */
  search: SearchIndexState | null;
  /** What the caller stored alongside (parse options, say): compared by the caller. */
  meta: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Writing.

class Writer {
  private readonly heads: SectionHead[] = [];
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private readonly enc = new TextEncoder();

  private add(name: string, type: SectionType, bytes: Uint8Array): void {
    this.heads.push({ name, type, offset: this.size, length: bytes.byteLength });
    this.chunks.push(bytes);
    this.size += bytes.byteLength;
    const pad = (4 - (this.size % 4)) % 4;
    if (pad) {
      this.chunks.push(new Uint8Array(pad));
      this.size += pad;
    }
  }

  i32(name: string, a: Int32Array | number[]): void {
    const t = a instanceof Int32Array ? a : Int32Array.from(a);
    this.add(name, 'i32', new Uint8Array(t.buffer, t.byteOffset, t.byteLength));
  }

  u8(name: string, a: Uint8Array): void {
    this.add(name, 'u8', a);
  }

  utf8(name: string, s: string): void {
    this.add(name, 'utf8', this.enc.encode(s));
  }

  json(name: string, v: unknown): void {
    this.add(name, 'json', this.enc.encode(JSON.stringify(v)));
  }

  finish(): Uint8Array {
    const header = this.enc.encode(JSON.stringify({ sections: this.heads }));
    const headLen = 12 + header.byteLength;
    const base = headLen + ((4 - (headLen % 4)) % 4);
    const out = new Uint8Array(base + this.size);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, MAGIC, true);
    dv.setUint32(4, FORMAT_VERSION, true);
    dv.setUint32(8, header.byteLength, true);
    out.set(header, 12);
    let at = base;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}

/**
 * Writes a corpus, its people index and (optionally) its search index. `stampOf` gives each
 * article's stamp (null when the caller has none). The search index is synced first.
 */
export function serializeSnapshot(corpus: Corpus, index: SearchIndex | null, stampOf: (path: string) => string | null, meta: Record<string, unknown> = {}): Uint8Array {
  const w = new Writer();
  const articles = corpus.articles;
  const articleNo = new Map<string, number>();
  articles.forEach((a, i) => articleNo.set(a.path, i));
  const search = index ? index.exportState() : null;
  const people = corpus.index();

  w.json('meta', meta);
  writeArticles(w, articles, stampOf);

  // People: members as (article, local person) pairs in article order, with their name keys
  // apart (read only when the index is updated); quotes as (article, quote) pairs.
  const personNo = new Map<Person, number>();
  people.people.forEach((p, i) => personNo.set(p, i));
  const seed = people.seed();
  const members: number[][] = people.people.map(() => []);
  const memberKeys: string[] = [];
  people.people.forEach((p, i) => {
    for (const m of seed.members.get(p) ?? []) {
      members[i].push(articleNo.get(m.path)!, m.local);
      memberKeys.push(m.key);
    }
  });
  const quoteAt = new Map<string, [number, number]>();
  // Only ids of the usual form go as pairs: reading them back needs no quote of the article.
  articles.forEach((a, ai) => a.quotes.forEach((q, qi) => {
    if (q.id === `${a.path}#${qi}`) quoteAt.set(q.id, [ai, qi]);
  }));
  w.json('people', people.people.map((p, i) => [
    p.key, p.name, p.aliases, p.roles, p.articles.map((path) => articleNo.get(path) ?? path), p.quotes.map((id) => quoteAt.get(id) ?? id), members[i],
  ]));
  // Forms as one list of strings and, per form, its number of people then their numbers: a warm
  // start reads tens of thousands of forms, and small JSON arrays cost more to make than numbers.
  const formPeople: number[] = [];
  for (const ps of people.byForm.values()) formPeople.push(ps.length, ...ps.map((p) => personNo.get(p)!));
  w.json('formKeys', [...people.byForm.keys()]);
  w.i32('formPeople', formPeople);
  w.utf8('memberKeys', memberKeys.join('\n'));
  w.u8('surnamed', Uint8Array.from(people.people, (p) => (seed.surnamed.has(p) ? 1 : 0)));

  if (search) {
    w.json('slots', search.slots);
    w.i32('slotStart', search.slotStart);
    w.i32('slotCount', search.slotCount);
    w.u8('docKind', search.docKind);
    w.u8('docAlive', search.docAlive);
    w.i32('docSlot', search.docSlot);
    w.i32('docSub', search.docSub);
    w.i32('docLine', search.docLine);
    w.i32('docChar', search.docChar);
    w.json('speakers', search.speakers);
    w.utf8('words', search.words.join('\n'));
    w.i32('postStart', search.postStart);
    w.i32('postings', search.postings);
    w.i32('df', search.df);
    w.utf8('grams', search.grams.join('\n'));
    w.i32('gramStart', search.gramStart);
    w.i32('gramWords', search.gramWords);
  }
  return w.finish();
}

/** The articles and each one's stamp: text, spans and metadata as numbers and JSON, quotes and people one JSON body an article. */
function writeArticles(w: Writer, articles: Article[], stampOf: (path: string) => string | null): void {
  w.json('files', articles.map((a) => [a.path, stampOf(a.path)]));
  w.utf8('text', articles.map((a) => a.text).join(''));
  const counts: number[] = [];
  const spans: number[] = [];
  const mentionOverrides: [number, number, Mention][] = [];
  const heads: unknown[] = [];
  const bodies: Uint8Array[] = [];
  const enc = new TextEncoder();
  articles.forEach((a, ai) => {
    counts.push(a.text.length, a.paragraphs.length, a.sentences.length, a.mentions.length);
    for (const p of a.paragraphs) spans.push(p.start, p.end);
    for (const s of a.sentences) spans.push(s.start, s.end);
    a.mentions.forEach((m, mi) => {
      spans.push(m.span.start, m.span.end, m.person);
      // The usual mention is its span's text: three numbers. Anything else is kept whole.
      if (m.text !== a.text.slice(m.span.start, m.span.end) || !sameKeys(m, MENTION_KEYS) || !sameKeys(m.span, SPAN_KEYS)) mentionOverrides.push([ai, mi, m]);
    });
    const extra: Record<string, unknown> = {};
    const keys = Object.keys(a);
    for (const k of keys) if (!DEFAULT_ORDER.includes(k) && typeof (a as unknown as Record<string, unknown>)[k] !== 'function') extra[k] = (a as unknown as Record<string, unknown>)[k];
    if (keys.length !== DEFAULT_ORDER.length || keys.some((k, i) => k !== DEFAULT_ORDER[i])) extra[KEY_ORDER] = keys.filter((k) => k in extra || DEFAULT_ORDER.includes(k));
    heads.push([a.title, a.outlet, a.published, a.format, a.warnings, Object.keys(extra).length ? extra : null]);
    // Quotes and people as the objects they are (a field added to them is kept), with the usual
    // id left out and forms as a list.
    bodies.push(enc.encode(JSON.stringify([
      a.quotes.map((q, qi) => (q.id === `${a.path}#${qi}` ? { ...q, id: 0 } : q)),
      a.people.map((p) => ({ ...p, forms: [...p.forms] })),
    ])));
  });
  w.i32('counts', counts);
  w.i32('spans', spans);
  w.json('heads', heads);
  // Quotes and people, one JSON text an article, decoded and parsed when the article's quotes
  // are first read.
  w.i32('bodyLengths', bodies.map((b) => b.byteLength));
  const all = new Uint8Array(bodies.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of bodies) {
    all.set(b, at);
    at += b.byteLength;
  }
  w.u8('bodies', all);
  w.json('mentionOverrides', mentionOverrides);
}

/**
 * A segment to lay over a saved snapshot: the articles added or changed since (with their stamps)
 * and the paths removed. Written instead of the whole snapshot when a few sources changed.
 */
export function serializeDelta(articles: Article[], stampOf: (path: string) => string | null, removed: string[], meta: Record<string, unknown> = {}): Uint8Array {
  const w = new Writer();
  w.json('meta', meta);
  writeArticles(w, articles, stampOf);
  w.json('removed', removed);
  return w.finish();
}

// ---------------------------------------------------------------------------------------------
// Reading.

class Reader {
  private readonly heads = new Map<string, SectionHead>();
  private readonly base: number;
  private readonly dec = new TextDecoder('utf-8');

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.byteLength < 12) throw new SnapshotError('not a Citedesk index (too short)');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint32(0, true) !== MAGIC) throw new SnapshotError('not a Citedesk index');
    const version = dv.getUint32(4, true);
    if (version !== FORMAT_VERSION) throw new SnapshotError(`index format ${version}, expected ${FORMAT_VERSION}`);
    const headLen = dv.getUint32(8, true);
    if (12 + headLen > bytes.byteLength) throw new SnapshotError('truncated index');
    const header = JSON.parse(this.dec.decode(bytes.subarray(12, 12 + headLen))) as { sections: SectionHead[] };
    const h = 12 + headLen;
    this.base = h + ((4 - (h % 4)) % 4);
    for (const s of header.sections) {
      if (this.base + s.offset + s.length > bytes.byteLength) throw new SnapshotError('truncated index');
      this.heads.set(s.name, s);
    }
  }

  has(name: string): boolean {
    return this.heads.has(name);
  }

  private raw(name: string, type: SectionType): Uint8Array {
    const s = this.heads.get(name);
    if (!s || s.type !== type) throw new SnapshotError(`index lacks section ${name}`);
    return this.bytes.subarray(this.base + s.offset, this.base + s.offset + s.length);
  }

  i32(name: string): Int32Array {
    const r = this.raw(name, 'i32');
    // A view when aligned (a file read whole is); a copy otherwise.
    if (r.byteOffset % 4 === 0) return new Int32Array(r.buffer, r.byteOffset, r.byteLength / 4);
    return new Int32Array(r.slice().buffer);
  }

  u8(name: string): Uint8Array {
    return this.raw(name, 'u8');
  }

  utf8(name: string): string {
    return this.dec.decode(this.raw(name, 'utf8'));
  }

  json<T>(name: string): T {
    return JSON.parse(this.dec.decode(this.raw(name, 'json'))) as T;
  }
}

type BodyRow = [(Omit<Quote, 'id'> & { id: string | 0 })[], (Omit<ArticlePerson, 'forms'> & { forms: string[] | Set<string> })[]];
type HeadRow = [string, string | null, string | null, SourceFormat, string[], Record<string, unknown> | null];

/** The fields of an article, a mention and a span, in the order they are made. */
const DEFAULT_ORDER = ['path', 'title', 'outlet', 'published', 'format', 'text', 'paragraphs', 'sentences', 'quotes', 'people', 'mentions', 'warnings', 'positionAt', 'offsetAt'];
/** Where an article's own field order is stored when it is not DEFAULT_ORDER. */
const KEY_ORDER = '\u0000keys';
const MENTION_KEYS = ['text', 'span', 'person'];
const SPAN_KEYS = ['start', 'end'];

function sameKeys(o: object, keys: string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}
type PersonRow = [string, string, string[], string[], (number | string)[], ([number, number] | string)[], number[]];

/**
 * Defines `key` on `o` as a value made on first read (then an ordinary data property): a warm
 * start builds the objects of an article only when something reads them.
 */
function lazy(o: object, key: string, make: () => unknown): void {
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get() {
      return settle(o, key, make());
    },
    set(v: unknown) {
      settle(o, key, v);
    },
  });
}

/** Makes `key` an ordinary data property of `o` holding `v`; returns `v`. */
function settle(o: object, key: string, v: unknown): unknown {
  Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
  return v;
}

/**
 * Reads a blob written by `serializeSnapshot`. Throws `SnapshotError` for anything that is not a
 * complete blob of this format version (the caller then rebuilds). Articles come back with their
 * paragraphs, sentences, quotes, people and mentions made on first read.
 */
export function deserializeSnapshot(bytes: Uint8Array): Snapshot {
  const r = new Reader(bytes);
  const meta = r.json<Record<string, unknown>>('meta');
  const { articles, stamps } = readArticles(r);

  const personRows = r.json<PersonRow[]>('people');
  const people: Person[] = personRows.map(([key, name, aliases, roles, arts, quotes]) => ({
    key,
    name,
    aliases,
    roles,
    articles: arts.map((a) => (typeof a === 'number' ? articles[a].path : a)),
    quotes: quotes.map((q) => (typeof q === 'string' ? q : quoteId(articles[q[0]], q[1]))),
  }));
  const ofLocal = new Map<string, Person>();
  personRows.forEach((row, i) => {
    const m = row[6];
    for (let k = 0; k < m.length; k += 2) ofLocal.set(`${articles[m[k]].path}\u0000${m[k + 1]}`, people[i]);
  });
  const byForm = new Map<string, Person[]>();
  const formKeys = r.json<string[]>('formKeys');
  const formPeople = r.i32('formPeople');
  for (let f = 0, at = 0; f < formKeys.length; f++) {
    const n = formPeople[at++];
    const ps: Person[] = [];
    for (let k = 0; k < n; k++) ps.push(people[formPeople[at++]]);
    byForm.set(formKeys[f], ps);
  }

  let search: SearchIndexState | null = null;
  if (r.has('slots')) {
    search = {
      slots: r.json<string[]>('slots'),
      slotStart: r.i32('slotStart'),
      slotCount: r.i32('slotCount'),
      docKind: r.u8('docKind').slice(),
      docAlive: r.u8('docAlive').slice(),
      docSlot: r.i32('docSlot'),
      docSub: r.i32('docSub'),
      docLine: r.i32('docLine'),
      docChar: r.i32('docChar'),
      speakers: r.json<(string | null)[]>('speakers'),
      words: splitLines(r.utf8('words')),
      postStart: r.i32('postStart'),
      postings: r.i32('postings'),
      df: r.i32('df').slice(),
      grams: splitLines(r.utf8('grams')),
      gramStart: r.i32('gramStart'),
      gramWords: r.i32('gramWords'),
    };
  }
  // Each person's members, for an update of the index: read when first asked for.
  let seed: PeopleSeed | null = null;
  const seedOf = (): PeopleSeed => {
    if (seed) return seed;
    // Split whole: a name key may be empty, and then so is a line.
    const keys = r.utf8('memberKeys').split('\n');
    const flags = r.u8('surnamed');
    const members = new Map<Person, Member[]>();
    const surnamed = new Set<Person>();
    let at = 0;
    personRows.forEach((row, i) => {
      const m = row[6];
      const list: Member[] = [];
      for (let k = 0; k < m.length; k += 2) list.push({ path: articles[m[k]].path, local: m[k + 1], key: keys[at++] });
      members.set(people[i], list);
      if (flags[i]) surnamed.add(people[i]);
    });
    return (seed = { members, surnamed });
  };
  return { articles, stamps, people: { people, ofLocal, byForm, seed: seedOf }, search, meta };
}

/** What `writeArticles` wrote: the articles, their parts made on first read, and their stamps. */
function readArticles(r: Reader): { articles: Article[]; stamps: (string | null)[] } {
  const files = r.json<[string, string | null][]>('files');
  const text = r.utf8('text');
  const counts = r.i32('counts');
  const spans = r.i32('spans');
  const heads = r.json<HeadRow[]>('heads');
  const bodyLengths = r.i32('bodyLengths');
  const bodies = r.u8('bodies');
  const dec = new TextDecoder('utf-8');
  const mentionOverrides = new Map<number, [number, Mention][]>();
  for (const [ai, mi, m] of r.json<[number, number, Mention][]>('mentionOverrides')) mentionOverrides.set(ai, [...(mentionOverrides.get(ai) ?? []), [mi, m]]);
  if (heads.length !== files.length || counts.length !== files.length * 4 || bodyLengths.length !== files.length) throw new SnapshotError('inconsistent index');

  const articles: Article[] = [];
  let at = 0;
  let sp = 0;
  let bodyAt = 0;
  files.forEach(([path], ai) => {
    const len = counts[ai * 4];
    const np = counts[ai * 4 + 1];
    const ns = counts[ai * 4 + 2];
    const nm = counts[ai * 4 + 3];
    const body = text.slice(at, at + len);
    at += len;
    const spanAt = sp;
    sp += 2 * np + 2 * ns + 3 * nm;
    const bodyFrom = bodyAt;
    bodyAt += bodyLengths[ai];
    const [title, outlet, published, format, warnings, extra] = heads[ai];
    const pairs = (from: number, n: number) => {
      const out = [];
      for (let k = 0; k < n; k++) out.push({ start: spans[from + 2 * k], end: spans[from + 2 * k + 1] });
      return out;
    };
    let row: BodyRow | null = null;
    const rowOf = () => (row ??= JSON.parse(dec.decode(bodies.subarray(bodyFrom, bodyFrom + bodyLengths[ai]))) as BodyRow);
    let lines: LineIndex | null = null;
    const li = () => (lines ??= new LineIndex(body));
    const made: Record<string, () => unknown> = {
      paragraphs: () => pairs(spanAt, np),
      sentences: () => pairs(spanAt + 2 * np, ns),
      quotes: () => rowOf()[0].map((q, qi) => {
        if (q.id === 0) q.id = `${path}#${qi}`;
        return q as Quote;
      }),
      people: () => rowOf()[1].map((p) => {
        p.forms = new Set(p.forms);
        return p as ArticlePerson;
      }),
      mentions: () => {
        const out: Mention[] = [];
        for (let k = 0, m = spanAt + 2 * np + 2 * ns; k < nm; k++, m += 3) out.push({ text: body.slice(spans[m], spans[m + 1]), span: { start: spans[m], end: spans[m + 1] }, person: spans[m + 2] });
        for (const [mi, m] of mentionOverrides.get(ai) ?? []) out[mi] = m;
        return out;
      },
    };
    const positionAt = (o: number) => li().positionAt(o);
    const offsetAt = (p: Position) => li().offsetAt(p);
    if (!extra) {
      // The usual article, its fields in DEFAULT_ORDER: a literal with accessors costs a fraction
      // of defining them one by one (thousands of articles on every warm start).
      const a: Article = {
        path, title, outlet, published, format, text: body,
        get paragraphs() { return settle(this, 'paragraphs', made.paragraphs()) as Paragraph[]; },
        set paragraphs(v) { settle(this, 'paragraphs', v); },
        get sentences() { return settle(this, 'sentences', made.sentences()) as Span[]; },
        set sentences(v) { settle(this, 'sentences', v); },
        get quotes() { return settle(this, 'quotes', made.quotes()) as Quote[]; },
        set quotes(v) { settle(this, 'quotes', v); },
        get people() { return settle(this, 'people', made.people()) as ArticlePerson[]; },
        set people(v) { settle(this, 'people', v); },
        get mentions() { return settle(this, 'mentions', made.mentions()) as Mention[]; },
        set mentions(v) { settle(this, 'mentions', v); },
        warnings, positionAt, offsetAt,
      };
      articles.push(a);
      return;
    }
    const values: Record<string, unknown> = { path, title, outlet, published, format, text: body, warnings, ...extra, positionAt, offsetAt };
    // Fields in the order the article had them (stored when it was not the usual one).
    const a = {} as Article;
    for (const k of (extra[KEY_ORDER] as string[] | undefined) ?? DEFAULT_ORDER) {
      if (k in made) lazy(a, k, made[k]);
      else (a as unknown as Record<string, unknown>)[k] = values[k];
    }
    articles.push(a);
  });
  return { articles, stamps: files.map((f) => f[1]) };
}

/** A segment written by `serializeDelta`. Throws `SnapshotError` for anything that is not a whole one. */
export function deserializeDelta(bytes: Uint8Array): { meta: Record<string, unknown>; articles: Article[]; stamps: (string | null)[]; removed: string[] } {
  const r = new Reader(bytes);
  const meta = r.json<Record<string, unknown>>('meta');
  const { articles, stamps } = readArticles(r);
  return { meta, articles, stamps, removed: r.json<string[]>('removed') };
}

/** The id of an article's quote stored as a pair (always of the usual form `path#index`). */
function quoteId(a: Article, qi: number): string {
  return `${a.path}#${qi}`;
}

function splitLines(s: string): string[] {
  return s ? s.split('\n') : [];
}

/**
 * The corpus, people index and search index a snapshot holds, as they were saved: ready to
 * answer at once, and kept current like any index (`corpus.put` and `remove`, then
 * `index.sync()`, which brings in only what changed). `reusedIndexes` says the people and search
 * indexes were read, not built (a snapshot written without a search index builds one). `owned`:
 * the snapshot's bytes are the index's to change (read for it alone), so an update need not copy them.
 */
export function restoreIndex(snap: Snapshot, options: { owned?: boolean } = {}): { corpus: Corpus; index: SearchIndex; reusedIndexes: boolean } {
  const corpus = new Corpus();
  for (const a of snap.articles) corpus.put(a);
  if (snap.people) corpus.adoptIndex(snap.people);
  const index = snap.search && snap.people ? SearchIndex.restore(corpus, snap.search, snap.people.people, (p) => corpus.get(p), options.owned) : new SearchIndex(corpus);
  return { corpus, index, reusedIndexes: !!(snap.search && snap.people) };
}
