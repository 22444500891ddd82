/**
 * Search in the archive, ranked as the local search ranks.
 *
 * The local index narrows a query to a few dozen candidates with an inverted index over folded
 * words and a trigram index over the vocabulary, then fuse.js ranks them. Here the same steps run
 * in PostgreSQL: a mistyped word finds its vocabulary neighbours through pg_trgm (a GIN trigram
 * index over `words`), scored by the same edit distances; the passages holding the query's rarer
 * words come from full-text search (a GIN index over each passage's words as a tsvector), scored
 * as the local index scores them (words covered, then rarity); and the best candidates go to the
 * very same fuse.js ranking (`rankCandidates`).
 */
import { nameKey } from '../core/reading/names';
import { wordTokens } from '../core/reading/text';
import { withoutTitles } from '../core/corpus/corpus';
import { hitScore, rankCandidates, saysLittle, similarWords, tooCommonToBeATypo, wordWeight, type Doc, type HitKind, type SearchHit } from '../core/search/search';
import type { Person } from '../core/types';
import { describe } from './db';

/** Anything that runs a parameterised statement: a client or a pool. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/** A search hit from the archive: marked as such. */
export interface ArchiveHit extends SearchHit {
  archive: true;
  /** For a quote: speech or a term. */
  quoteKind?: 'speech' | 'term';
}

/** A quote as the archive stores it, with what verification reads. */
export interface ArchiveQuoteRow {
  text: string;
  kind: 'speech' | 'term';
  speaker: string | null;
  personLocal: number | null;
  personKey: string | null;
  via: string | null;
}

export interface ArchiveDoc extends Doc {
  title: string | null;
  outlet: string | null;
  published: string | null;
  quote: ArchiveQuoteRow | null;
}

/** A person as the archive merged them. Their article and quote lists are not loaded: the counts are. */
export interface ArchivePerson extends Person {
  archive: true;
  articleCount: number;
  quoteCount: number;
}

export interface ArchiveSearchOptions {
  limit?: number;
  kinds?: readonly HitKind[];
  candidates?: number;
}

const KIND_CODE: Record<HitKind, number> = { quote: 0, passage: 1, person: 2 };
/** A prefix typed as the last word: at most this many of its completions are looked at. */
const PREFIX_COMPLETIONS = 100;

/**
 * The person an article's person of this key is, across the archive: a surname used alone ("Putin")
 * is the one person whose full name ends with it, when only one does; any other key is its own.
 */
const PERSON_OF_KEY = (key: string) =>
  `coalesce((SELECT CASE WHEN count(*) = 1 THEN min(f.key) END FROM citedesk.people AS f WHERE position(' ' in ${key}) = 0 AND f.last_token = ${key} AND f.key <> ${key}), ${key})`;

/** A word as a tsquery operand: quoted, so the query parser reads it as one lexeme, never as syntax. */
export function lexeme(w: string): string {
  return `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Words this long or shorter may differ from what was meant by one edit, and are looked up by their one-edit variants. */
const SHORT_WORD = 4;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789\'';

/** Every string one deletion, substitution, insertion or swap of neighbours away from `w` (folded words' letters). */
export function oneEditAway(w: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.add(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of ALPHABET) {
      out.add(w.slice(0, i) + c + w.slice(i));
      if (i < w.length) out.add(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  out.delete(w);
  return [...out];
}

function likePrefix(w: string): string {
  return w.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

interface Scored {
  /** Every word that scores, with its query word (group), weight and place in the walk. */
  words: string[];
  grp: number[];
  weight: number[];
  /** Where the word's group comes in the walk (rarest first); a word only looked up comes after all. */
  ord: number[];
  /** Which passages are candidates, as a tsquery over quoted lexemes. */
  match: string;
}

/**
 * How many passages the candidate query may read. The local index walks posting lists in memory;
 * here each candidate is a row read and scored, so the walk stops after the rarer words once they
 * have found this many (the first word is always walked). When even the rarest word alone is more
 * common than that, a candidate must hold two of the rarest query words: passages that cover more
 * of the query rank first anyway.
 */
export const WALK_BUDGET = 1000;
/** How many of the rarest query words the "two of them" rule combines (pairs of 4: 6). */
const PAIR_WORDS = 4;

/** How many documents the archive searches: passages and people. */
const ALIVE = 'SELECT (SELECT passages FROM citedesk.stats WHERE id = 1) + (SELECT count(*) FROM citedesk.people) AS alive';
/** How long a word's vocabulary rows are reused, and how many are kept. */
const REMEMBER_MS = 30_000;
const REMEMBER_WORDS = 20_000;

export class ArchiveSearch {
  private readonly remembered = new Map<string, { at: number; rows: { word: string; df: number }[] }>();
  private alive = { at: 0, n: 1 };

  constructor(private readonly db: Queryable) {}

  /** How many passages and people the archive searches through. */
  async size(): Promise<{ articles: number; quotes: number; passages: number }> {
    const r = await this.db.query(`SELECT (SELECT count(*) FROM citedesk.articles) AS articles, quotes, passages FROM citedesk.stats WHERE id = 1`);
    return { articles: Number(r.rows[0].articles), quotes: Number(r.rows[0].quotes), passages: Number(r.rows[0].passages) };
  }

  /** Contract as `SearchIndex.search`: best first, fuse.js's score (0 best), at most `limit`. */
  async search(query: string, options: ArchiveSearchOptions = {}): Promise<ArchiveHit[]> {
    return (await this.searchDocs(query, options)).map(({ doc, score }) => toHit(doc, score));
  }

  /** The ranked documents, with the quote rows verification reads. */
  async searchDocs(query: string, options: ArchiveSearchOptions = {}): Promise<{ doc: ArchiveDoc; score: number }[]> {
    try {
      const limit = options.limit ?? 20;
      const kinds = options.kinds ?? ['quote', 'passage', 'person'];
      const qwords = [...new Set(wordTokens(query))];
      if (!qwords.length) return [];
      const want = options.candidates ?? Math.max(40, limit * 3);
      const scored = await this.scoreWords(qwords);
      if (!scored.match) return [];
      const items = await this.candidates(scored, kinds, want);
      return rankCandidates(query, items, limit);
    } catch (e) {
      throw describe(e);
    }
  }

  /**
   * The query words' vocabulary neighbours and weights, as the local index picks them, and the
   * words whose passages are walked (the rest only score passages the rarer words found).
   */
  private async scoreWords(qwords: string[]): Promise<Scored> {
    const last = qwords.length - 1;
    const { alive, byWord } = await this.vocabulary(qwords.map((w, i) => ({ w, prefix: i === last })));
    // As SearchIndex.expand: the word itself, and unless it is a common word spelt right, its look-alikes.
    const expansions = qwords.map((w, qi) => {
      const rows = byWord[qi];
      const exact = rows.find((x) => x.word === w);
      const out: { word: string; df: number; sim: number }[] = exact ? [{ ...exact, sim: 1 }] : [];
      if (w.length < 3) return out;
      if (exact && qi !== last && tooCommonToBeATypo(exact.df, alive)) return out;
      const near = rows.filter((x) => x !== exact);
      for (const [i, sim] of similarWords(w, qi === last, near.map((_, k) => k), (k) => near[k].word)) out.push({ ...near[i], sim });
      return out;
    });
    return this.walk(qwords, expansions, alive);
  }

  /**
   * Each query word's vocabulary rows (itself, its look-alikes, and for the word being typed its
   * completions), with how many documents there are; remembered for a little while, since a
   * search box asks for the same words keystroke after keystroke and a draft repeats them.
   */
  private async vocabulary(ws: { w: string; prefix: boolean }[]): Promise<{ alive: number; byWord: { word: string; df: number }[][] }> {
    const t = Date.now();
    if (this.remembered.size > REMEMBER_WORDS) this.remembered.clear();
    const key = (x: { w: string; prefix: boolean }) => (x.prefix ? '>' : '=') + x.w;
    const fresh = (k: string) => {
      const hit = this.remembered.get(k);
      return hit && t - hit.at < REMEMBER_MS ? hit.rows : null;
    };
    const ask = [...new Set(ws.filter((x) => !fresh(key(x))).map(key))].map((k) => ({ w: k.slice(1), prefix: k[0] === '>' }));
    if (ask.length || t - this.alive.at >= REMEMBER_MS) {
      const { alive, byWord } = await this.lookUpWords(ask);
      this.alive = { at: t, n: alive };
      ask.forEach((x, i) => this.remembered.set(key(x), { at: t, rows: byWord[i] }));
    }
    return { alive: this.alive.n, byWord: ws.map((x) => fresh(key(x)) ?? []) };
  }

  private async lookUpWords(ws: { w: string; prefix: boolean }[]): Promise<{ alive: number; byWord: { word: string; df: number }[][] }> {
    const qwords = ws.map((x) => x.w);
    // A short word's look-alikes are the vocabulary words one edit away (looked up by key); a
    // longer word's, those pg_trgm finds similar (GIN over the vocabulary's trigrams).
    const variants: string[] = [];
    const variantOf: number[] = [];
    qwords.forEach((w, i) => {
      // pg_trgm reads an apostrophe as a break between words ("doe't" is "doe" and "t"): such a word's look-alikes are its edits too.
      if (w.length < 3 || (w.length > SHORT_WORD && !(/['\u2019]/.test(w) && w.length <= 12))) return;
      for (const v of oneEditAway(w)) {
        variants.push(v);
        variantOf.push(i + 1);
      }
    });
    const r = await this.db.query(
      `WITH s AS (${ALIVE}),
            q AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(w, prefix, i))
       SELECT q.i::int AS i, w.word, w.df, s.alive
         FROM s, q CROSS JOIN LATERAL (
           SELECT word, df FROM citedesk.words WHERE word = q.w
           UNION
           SELECT word, df FROM citedesk.words
            WHERE length(q.w) > ${SHORT_WORD} AND word % q.w AND abs(length(word) - length(q.w)) <= 3
              AND (q.prefix IS NOT NULL OR NOT EXISTS (SELECT 1 FROM citedesk.words AS e WHERE e.word = q.w AND e.df > s.alive * 0.05))
           UNION
           (SELECT word, df FROM citedesk.words WHERE q.prefix IS NOT NULL AND word LIKE q.prefix ORDER BY df DESC, word LIMIT ${PREFIX_COMPLETIONS})
         ) AS w
       UNION
       SELECT v.i, w.word, w.df, s.alive FROM s, unnest($3::text[], $4::int[]) AS v(word, i) JOIN citedesk.words AS w ON w.word = v.word
        ORDER BY 1, 2`,
      [qwords, ws.map((x) => (x.prefix && x.w.length >= 3 ? likePrefix(x.w) : null)), variants, variantOf],
    );
    const byWord: { word: string; df: number }[][] = qwords.map(() => []);
    for (const row of r.rows) byWord[row.i - 1].push({ word: row.word, df: Number(row.df) });
    const alive = r.rows.length ? Number(r.rows[0].alive) : Number((await this.db.query(ALIVE)).rows[0].alive);
    return { alive: Math.max(1, alive), byWord };
  }

  /** The words that score and the tsquery that picks the candidates: rarer words first, as the local index walks. */
  private walk(qwords: string[], expansions: { word: string; df: number; sim: number }[][], alive: number): Scored {
    // Rarer words first; a word far more common than what the rarer ones found only scores those.
    const rarest = expansions.map((ex) => ex.reduce((m, x) => Math.min(m, x.df), Infinity));
    const order = qwords.map((_w, qi) => qi).sort((a, b) => rarest[a] - rarest[b] || a - b);
    const s: Scored = { words: [], grp: [], weight: [], ord: [], match: '' };
    const groups: { qi: number; walked: string[]; df: number }[] = [];
    let touched = 0;
    for (const [pos, qi] of order.entries()) {
      const g = { qi, walked: [] as string[], df: 0 };
      for (const x of expansions[qi]) {
        const df = Math.max(1, x.df);
        if (saysLittle(df, alive, qwords.length)) continue;
        s.words.push(x.word);
        s.grp.push(qi);
        s.weight.push(wordWeight(x.sim, df, alive));
        // As the local index: a word far more common than what the rarer ones found only scores those.
        const walk = !touched || touched * 16 >= df;
        s.ord.push(walk ? pos : order.length);
        if (walk) {
          g.walked.push(lexeme(x.word));
          g.df += df;
        }
      }
      touched += g.df;
      if (g.walked.length) groups.push(g);
    }
    if (!groups.length) return s;
    const any = (g: { walked: string[] }) => (g.walked.length > 1 ? `(${g.walked.join(' | ')})` : g.walked[0]);
    if (groups[0].df > WALK_BUDGET && groups.length > 1) {
      // Pairs of the rarest words, those expected to share the fewest passages first, until about a budget's worth.
      const rare = groups.slice(0, PAIR_WORDS);
      const pairs: { expr: string; expected: number }[] = [];
      for (let i = 0; i < rare.length; i++) for (let j = i + 1; j < rare.length; j++) pairs.push({ expr: `(${any(rare[i])} & ${any(rare[j])})`, expected: (rare[i].df * rare[j].df) / alive });
      pairs.sort((a, b) => a.expected - b.expected);
      const chosen: string[] = [];
      let expected = 0;
      for (const p of pairs) {
        if (chosen.length && expected + p.expected > WALK_BUDGET) break;
        chosen.push(p.expr);
        expected += p.expected;
      }
      s.match = chosen.join(' | ');
      return s;
    }
    let walkedDf = 0;
    const walked: string[] = [];
    for (const g of groups) {
      if (walked.length && walkedDf + g.df > WALK_BUDGET) break;
      walked.push(...g.walked);
      walkedDf += g.df;
    }
    s.match = walked.join(' | ');
    return s;
  }

  /**
   * The best `want` candidates: passages holding a walked word (and people), scored on every query
   * word. Equal scores are ordered as the local index meets them: by the first word (rarest first)
   * that found them, then by path, quotes before sentences, in the article's order.
   */
  private async candidates(s: Scored, kinds: readonly HitKind[], want: number): Promise<ArchiveDoc[]> {
    const codes = kinds.filter((k) => k !== 'person').map((k) => KIND_CODE[k]);
    const out: { rank: number; doc: ArchiveDoc }[] = [];
    if (codes.length) {
      const r = await this.db.query(
        `WITH q AS (
           SELECT * FROM unnest($1::text[], $2::int[], $3::float8[], $7::int[]) AS t(word, grp, weight, ord)
         ), cand AS (
           SELECT p.article_id, p.kind, p.sub, p.words FROM citedesk.passages AS p WHERE p.words @@ $4::tsquery AND p.kind = ANY($5::smallint[])
         ), hits AS (
           -- Each candidate's words met with the query's: per query word, its best match.
           SELECT c.article_id, c.kind, c.sub, q.grp, max(q.weight) AS w, min(q.ord) AS first
             FROM cand AS c CROSS JOIN LATERAL unnest(tsvector_to_array(c.words)) AS l(word) JOIN q ON q.word = l.word
            GROUP BY c.article_id, c.kind, c.sub, q.grp
         ), scored AS (
           -- Scores summed in another order than the local index sums them differ in the last bits: rounded, ties stay ties.
           SELECT article_id, kind, sub, count(*) AS covered, round(sum(w)::numeric, 9) AS score, min(first) AS first FROM hits GROUP BY article_id, kind, sub
         ), top AS (
           SELECT s.*, a.path FROM scored AS s JOIN citedesk.articles AS a ON a.id = s.article_id
            ORDER BY s.covered DESC, s.score DESC, s.first, a.path COLLATE "C", s.kind, s.sub
            LIMIT $6
         )
         SELECT s.covered::int AS covered, s.score, p.kind, p.sub, p.text, p.speaker, p.role, p.line, p."character", p.start_at, p.end_at,
                a.path, a.title, a.outlet, a.published,
                qu.text AS quote_text, qu.kind AS quote_kind, qu.via, qu.person_local, coalesce(pe.name, qu.speaker) AS quote_speaker, pe.key AS person_key
           FROM top AS s
           JOIN citedesk.passages AS p ON p.article_id = s.article_id AND p.kind = s.kind AND p.sub = s.sub
           JOIN citedesk.articles AS a ON a.id = s.article_id
           LEFT JOIN citedesk.quotes AS qu ON s.kind = 0 AND qu.article_id = s.article_id AND qu.n = s.sub
           LEFT JOIN citedesk.article_people AS ap ON ap.article_id = qu.article_id AND ap.local = qu.person_local
           LEFT JOIN LATERAL (SELECT ${PERSON_OF_KEY('ap.key')} AS key) AS pk ON true
           LEFT JOIN citedesk.people AS pe ON pe.key = pk.key
          ORDER BY s.covered DESC, s.score DESC, s.first, s.path COLLATE "C", s.kind, s.sub`,
        [s.words, s.grp, s.weight, s.match, codes, want, s.ord],
      );
      for (const row of r.rows) {
        const isQuote = row.kind === 0;
        out.push({
          rank: row.covered * 1000 + Number(row.score),
          doc: {
            kind: isQuote ? 'quote' : 'passage',
            text: row.text,
            speaker: isQuote ? row.quote_speaker : null,
            role: row.role,
            path: row.path,
            line: row.line,
            character: row.character,
            ref: isQuote ? `${row.path}#${row.sub}` : null,
            start: row.start_at,
            end: row.end_at,
            title: row.title,
            outlet: row.outlet,
            published: row.published,
            quote: isQuote ? { text: row.quote_text, kind: row.quote_kind, speaker: row.quote_speaker, personLocal: row.person_local, personKey: row.person_key, via: row.via } : null,
          },
        });
      }
    }
    if (kinds.includes('person')) {
      const r = await this.db.query(
        `WITH q AS (
           SELECT * FROM unnest($1::text[], $2::int[], $3::float8[], $6::int[]) AS t(word, grp, weight, ord)
         ), hits AS (
           SELECT c.key, q.grp, max(q.weight) AS w, min(q.ord) AS first
             FROM citedesk.people AS c CROSS JOIN LATERAL unnest(tsvector_to_array(c.words)) AS l(word) JOIN q ON q.word = l.word
            WHERE c.words @@ $4::tsquery
            GROUP BY c.key, q.grp
         ), scored AS (
           SELECT key, count(*) AS covered, round(sum(w)::numeric, 9) AS score, min(first) AS first FROM hits
            GROUP BY key ORDER BY covered DESC, score DESC, first, key COLLATE "C" LIMIT $5
         )
         SELECT s.covered::int AS covered, s.score, p.key, p.name, p.aliases, p.roles
           FROM scored AS s JOIN citedesk.people AS p ON p.key = s.key ORDER BY s.covered DESC, s.score DESC, s.first, s.key COLLATE "C"`,
        [s.words, s.grp, s.weight, s.match, want, s.ord],
      );
      for (const row of r.rows) {
        out.push({
          rank: row.covered * 1000 + Number(row.score),
          doc: { kind: 'person', text: [row.name, ...row.aliases].join(' · '), speaker: row.name, role: row.roles[0] ?? null, path: null, line: 0, character: 0, ref: row.key, start: 0, end: 0, title: null, outlet: null, published: null, quote: null },
        });
      }
    }
    // Passages before people at equal rank; the best `want` of both.
    return out
      .map((x, i) => ({ ...x, i }))
      .sort((a, b) => b.rank - a.rank || a.i - b.i)
      .slice(0, want)
      .map((x) => x.doc);
  }

  /** People a name may be, as the archive merged them: "Thayer", "President Putin", "Kim Jong-un". */
  async findPeople(form: string): Promise<ArchivePerson[]> {
    try {
      const keys = [nameKey(form)];
      const bare = withoutTitles(form);
      if (bare !== null) keys.push(nameKey(bare));
      for (const key of keys) {
        if (!key) continue;
        const r = await this.db.query(
          `WITH named AS (SELECT DISTINCT key FROM citedesk.article_people WHERE form_keys @> ARRAY[$1::text]),
                folded AS (
                  SELECT ${PERSON_OF_KEY('n.key')} AS key FROM named AS n
                  UNION
                  -- A surname no source wrote alone: the one person whose full name ends with it.
                  SELECT ${PERSON_OF_KEY('$1::text')} WHERE NOT EXISTS (SELECT 1 FROM named)
                )
           SELECT p.key, p.name, p.aliases, p.roles, p.articles, p.quotes FROM citedesk.people AS p JOIN folded AS f ON f.key = p.key
           ORDER BY p.articles DESC, p.quotes DESC, p.key`,
          [key],
        );
        if (r.rows.length) return r.rows.map(personOf);
      }
      return [];
    } catch (e) {
      throw describe(e);
    }
  }

  /** People by their keys (those verification's candidate quotes name). */
  async peopleByKey(keys: string[]): Promise<ArchivePerson[]> {
    if (!keys.length) return [];
    const r = await this.db.query('SELECT key, name, aliases, roles, articles, quotes FROM citedesk.people WHERE key = ANY($1::text[])', [keys]);
    return r.rows.map(personOf);
  }

  /** Up to `limit` quotes of a person, newest pushes first: for their card. */
  async quotesOf(key: string, limit: number): Promise<ArchiveHit[]> {
    const r = await this.db.query(
      `SELECT q.n, q.text, q.kind, q.speaker, q.role, q.line, q."character", a.path, a.title, a.outlet, a.published
         FROM citedesk.article_people AS ap
         JOIN citedesk.quotes AS q ON q.article_id = ap.article_id AND q.person_local = ap.local
         JOIN citedesk.articles AS a ON a.id = ap.article_id
        WHERE ap.key = $1 AND q.kind = 'speech'
        ORDER BY a.published DESC NULLS LAST, a.path, q.n LIMIT $2`,
      [key, limit],
    );
    return r.rows.map((row) => ({ kind: 'quote', text: row.text, speaker: row.speaker, role: row.role, path: row.path, title: row.title, outlet: row.outlet, published: row.published, line: row.line, character: row.character, score: 0, ref: `${row.path}#${row.n}`, archive: true, quoteKind: row.kind }));
  }

  /** An archived article's text and where its quotes are, to show it read-only. */
  async article(path: string): Promise<{ path: string; title: string; outlet: string | null; published: string | null; text: string } | null> {
    const r = await this.db.query('SELECT path, title, outlet, published, text FROM citedesk.articles WHERE path = $1', [path]);
    return r.rows[0] ?? null;
  }
}

function personOf(row: { key: string; name: string; aliases: string[]; roles: string[]; articles: number; quotes: number }): ArchivePerson {
  return { key: row.key, name: row.name, aliases: row.aliases, roles: row.roles, articles: [], quotes: [], archive: true, articleCount: row.articles, quoteCount: row.quotes };
}

function toHit(d: ArchiveDoc, score: number): ArchiveHit {
  const hit: ArchiveHit = { kind: d.kind, text: d.text, speaker: d.speaker, role: d.role, path: d.path, title: d.title, outlet: d.outlet, published: d.published, line: d.line, character: d.character, score: hitScore(score), ref: d.ref, archive: true };
  if (d.quote) hit.quoteKind = d.quote.kind;
  return hit;
}
