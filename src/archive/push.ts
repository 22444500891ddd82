/**
 * `citedesk archive push`: sources into the archive, incrementally.
 *
 * Every file is read and hashed; one whose content (and the reader that parsed it) the archive
 * already holds costs that hash and nothing more. The others are parsed in worker threads and
 * written in batches, each batch ONE transaction: an article's rows are all there or none are,
 * whatever happens to the connection, the server or its disk. Each batch first takes an advisory
 * lock per path (in one order for everyone), so two reporters pushing the same file at once
 * replace it one after the other. Vocabulary counts and people are brought up to date at the end from what the batches
 * recorded (in the same transactions, so a push cut short leaves it for the next one to finish).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Client } from 'pg';
import { distinctRoles, bestName, nameScore } from '../core/corpus/corpus';
import { personDocText } from '../core/search/search';
import { collectSources, readSource } from '../node/files';
import { DEFAULT_MAX_BYTES, displayPath, type LoadProblem } from '../node/load';
import { describe, transaction } from './db';
import { ParsePool } from './pool';
import { docWords, type ArticleRows } from './rows';
import { LOCK_PEOPLE, LOCK_WORDS, checkSchema } from './schema';

export interface PushOptions {
  /** Which build of the reader parses: an article parsed by another is parsed again. */
  reader: string;
  /** Remove the archived articles under the given PATHs whose files are gone. */
  prune?: boolean;
  /** Parser threads (default: one per core, at most 4). */
  workers?: number;
  maxBytes?: number;
  /** Articles per transaction. */
  batchArticles?: number;
  onProblem?: (p: LoadProblem) => void;
  /** The parser thread's script (default: push-worker.js beside this module). */
  workerFile?: string;
}

export interface PushResult {
  pushed: number;
  unchanged: number;
  removed: number;
  failed: number;
  ms: number;
}

const BATCH_ARTICLES = 250;
/** A batch is written early when its text passes this size. */
const BATCH_CHARS = 8_000_000;
/** Seed of the advisory lock keys of paths (any constant; the same for every pusher). */
const PATH_LOCK_SEED = 0x43444b;

export function contentHash(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Pushes the sources under `inputs`. Throws an ArchiveError when the database fails; files that fail are counted and reported. */
export async function push(client: Client, inputs: string[], o: PushOptions): Promise<PushResult> {
  const t0 = performance.now();
  const report = (p: LoadProblem) => o.onProblem?.(p);
  const result: PushResult = { pushed: 0, unchanged: 0, removed: 0, failed: 0, ms: 0 };
  try {
    await checkSchema(client);
    const found = collectSources(inputs);
    for (const p of found.problems) {
      result.failed++;
      report({ path: displayPath(p.path), message: p.message });
    }
    const shown = found.files.map(displayPath);
    const known = await storedHashes(client, shown);

    const pool = new ParsePool(Math.max(1, o.workers ?? defaultWorkers()), o.workerFile);
    let failure: unknown = null;
    try {
      let batch: ArticleRows[] = [];
      let batchChars = 0;
      // Batches are written one after another, each while the workers parse the next.
      let writing: Promise<void> = Promise.resolve();
      const flush = (): Promise<void> => {
        if (!batch.length || failure) return writing;
        const rows = batch;
        batch = [];
        batchChars = 0;
        writing = writing.then(async () => {
          if (failure) return;
          try {
            const r = await writeBatch(client, rows, o.reader);
            result.pushed += r.written;
            result.unchanged += r.skipped;
          } catch (e) {
            failure ??= e;
          }
        });
        return writing;
      };
      const inFlight = new Set<Promise<void>>();
      const limit = Math.max(4, (o.workers ?? defaultWorkers()) * 8);
      for (let i = 0; i < found.files.length && !failure; i++) {
        const name = shown[i];
        const r = readSource(found.files[i], o.maxBytes ?? DEFAULT_MAX_BYTES);
        if ('error' in r) {
          result.failed++;
          report({ path: name, message: r.error });
          continue;
        }
        const hash = contentHash(r.bytes);
        const had = known.get(name);
        if (had && had.hash === hash && had.reader === o.reader) {
          result.unchanged++;
          continue;
        }
        const job: Promise<void> = pool.parse(name, r.bytes, hash).then(async (reply) => {
          inFlight.delete(job);
          if ('error' in reply) {
            result.failed++;
            report({ path: name, message: `could not be read as an article: ${reply.error}` });
            return;
          }
          for (const w of reply.rows.warnings) report({ path: name, message: w });
          batch.push(reply.rows);
          batchChars += reply.rows.text.length;
          if (batch.length >= (o.batchArticles ?? BATCH_ARTICLES) || batchChars >= BATCH_CHARS) await flush();
        });
        inFlight.add(job);
        if (inFlight.size >= limit) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      await flush();
    } finally {
      await pool.close();
    }
    if (failure) throw failure;
    if (o.prune) result.removed = await prune(client, inputs, new Set(shown), found.problems.map((p) => p.path));
    await refreshPeople(client);
    await foldWordChanges(client);
  } catch (e) {
    throw describe(e);
  }
  result.ms = Math.round(performance.now() - t0);
  return result;
}

function defaultWorkers(): number {
  return Math.min(4, Math.max(1, os.availableParallelism?.() ?? os.cpus().length));
}

async function storedHashes(client: Client, paths: string[]): Promise<Map<string, { hash: string; reader: string }>> {
  const out = new Map<string, { hash: string; reader: string }>();
  for (let i = 0; i < paths.length; i += 20_000) {
    const r = await client.query('SELECT path, hash, reader FROM citedesk.articles WHERE path = ANY($1::text[])', [paths.slice(i, i + 20_000)]);
    for (const row of r.rows) out.set(row.path, { hash: row.hash, reader: row.reader });
  }
  return out;
}

/** Takes the advisory lock of each path, in one order for every pusher, until the transaction ends. */
async function lockPaths(client: Client, paths: string[]): Promise<void> {
  await client.query(
    `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(p, $2) AS h FROM unnest($1::text[]) AS p ORDER BY 1 OFFSET 0) AS s`,
    [paths, PATH_LOCK_SEED],
  );
}

/**
 * Removes articles (by id) inside the caller's transaction, and records what that and the articles
 * replacing them (`added` words, passages and quotes) change: vocabulary counts to fold, people to
 * re-merge, the archive's totals.
 */
async function removeArticles(client: Client, ids: number[], added: Map<string, number>, addedPassages: number, addedQuotes: number): Promise<void> {
  if (ids.length) await client.query('INSERT INTO citedesk.people_dirty (key) SELECT DISTINCT key FROM citedesk.article_people WHERE article_id = ANY($1::bigint[])', [ids]);
  const words = [...added.keys()];
  if (ids.length) {
    await client.query(
      `INSERT INTO citedesk.word_changes (word, d)
         SELECT lex, -count(*) FROM citedesk.passages AS p, unnest(tsvector_to_array(p.words)) AS lex WHERE p.article_id = ANY($1::bigint[]) GROUP BY lex`,
      [ids],
    );
  }
  if (words.length) await client.query('INSERT INTO citedesk.word_changes (word, d) SELECT * FROM unnest($1::text[], $2::int[])', [words, words.map((w) => added.get(w)!)]);
  await client.query(
    `UPDATE citedesk.stats SET passages = passages + $2 - (SELECT count(*) FROM citedesk.passages WHERE article_id = ANY($1::bigint[])),
       quotes = quotes + $3 - (SELECT count(*) FROM citedesk.quotes WHERE article_id = ANY($1::bigint[])) WHERE id = 1`,
    [ids, addedPassages, addedQuotes],
  );
  if (ids.length) await client.query('DELETE FROM citedesk.articles WHERE id = ANY($1::bigint[])', [ids]);
}

/** Writes one batch of parsed articles in one transaction, replacing what the archive had for their paths. */
async function writeBatch(client: Client, rows: ArticleRows[], reader: string): Promise<{ written: number; skipped: number }> {
  return transaction(client, async () => {
    await lockPaths(client, rows.map((r) => r.path));
    // Under the locks: what the archive holds now (another pusher may just have written the same file).
    const held = await client.query('SELECT id, path, hash, reader FROM citedesk.articles WHERE path = ANY($1::text[])', [rows.map((r) => r.path)]);
    const byPath = new Map(held.rows.map((h) => [h.path as string, h]));
    const fresh = rows.filter((r) => {
      const h = byPath.get(r.path);
      return !h || h.hash !== r.hash || h.reader !== reader;
    });
    if (!fresh.length) return { written: 0, skipped: rows.length };
    const old = fresh.map((r) => byPath.get(r.path)?.id).filter((id) => id !== undefined).map(Number);
    const added = new Map<string, number>();
    let passages = 0;
    for (const r of fresh) {
      for (const p of r.passages) {
        passages++;
        if (!p.words) continue;
        for (const w of p.words.split(' ')) added.set(w, (added.get(w) ?? 0) + 1);
      }
    }
    await removeArticles(client, old, added, passages, fresh.reduce((n, r) => n + r.quotes.length, 0));
    const ids = await client.query(
      `INSERT INTO citedesk.articles (path, hash, reader, title, outlet, published, text, warnings)
       SELECT x.path, x.hash, $2, x.title, x.outlet, x.published, x.text, x.warnings
         FROM json_to_recordset($1::json) AS x(path text, hash text, title text, outlet text, published text, text text, warnings text[])
       RETURNING id, path`,
      [JSON.stringify(fresh.map((r) => ({ path: r.path, hash: r.hash, title: r.title, outlet: r.outlet, published: r.published, text: r.text, warnings: r.warnings }))), reader],
    );
    const idOf = new Map(ids.rows.map((x) => [x.path as string, Number(x.id)]));
    const people = fresh.flatMap((r) => r.people.map((p) => ({ article_id: idOf.get(r.path), local: p.local, key: p.key, name: p.name, forms: p.forms, form_keys: p.formKeys, roles: p.roles, mentions: p.mentions })));
    await client.query(
      `INSERT INTO citedesk.article_people (article_id, local, key, name, forms, form_keys, roles, mentions)
       SELECT * FROM json_to_recordset($1::json) AS x(article_id bigint, local int, key text, name text, forms text[], form_keys text[], roles text[], mentions int)`,
      [JSON.stringify(people)],
    );
    const quotes = fresh.flatMap((r) =>
      r.quotes.map((q) => ({ article_id: idOf.get(r.path), n: q.n, text: q.text, kind: q.kind, speaker: q.speaker, person_local: q.personLocal, role: q.role, cue: q.cue, partial: q.partial, via: q.via, rule: q.rule, line: q.line, character: q.character, outer_start: q.outerStart, outer_end: q.outerEnd, locator: q.locator })),
    );
    await client.query(
      `INSERT INTO citedesk.quotes (article_id, n, text, kind, speaker, person_local, role, cue, partial, via, rule, line, "character", outer_start, outer_end, locator)
       SELECT * FROM json_to_recordset($1::json) AS x(article_id bigint, n int, text text, kind text, speaker text, person_local int, role text, cue text, partial boolean, via text, rule text, line int, "character" int, outer_start int, outer_end int, locator jsonb)`,
      [JSON.stringify(quotes)],
    );
    const docs = fresh.flatMap((r) => r.passages.map((p) => ({ article_id: idOf.get(r.path), kind: p.kind, sub: p.sub, text: p.text, speaker: p.speaker, role: p.role, line: p.line, character: p.character, start_at: p.start, end_at: p.end, words: p.words })));
    await client.query(
      `INSERT INTO citedesk.passages (article_id, kind, sub, text, speaker, role, line, "character", start_at, end_at, words)
       SELECT x.article_id, x.kind, x.sub, x.text, x.speaker, x.role, x.line, x."character", x.start_at, x.end_at, array_to_tsvector(string_to_array(x.words, ' '))
         FROM json_to_recordset($1::json) AS x(article_id bigint, kind smallint, sub int, text text, speaker text, role text, line int, "character" int, start_at int, end_at int, words text)`,
      [JSON.stringify(docs)],
    );
    const keys = [...new Set(people.map((p) => p.key))];
    await client.query('INSERT INTO citedesk.people_dirty (key) SELECT unnest($1::text[])', [keys]);
    return { written: fresh.length, skipped: rows.length - fresh.length };
  });
}

/** The stored path prefix of a folder given as PATH (as displayPath shows the files under it). */
function folderPrefix(dir: string): string {
  const probe = displayPath(path.join(path.resolve(dir), 'x'));
  return probe.slice(0, -1);
}

/**
 * Removes archived articles under the PATHs given whose files are gone. A PATH that cannot be read
 * at all (a typo, an unmounted share) prunes nothing: it was reported, and its articles stay.
 */
async function prune(client: Client, inputs: string[], present: Set<string>, unreadable: string[]): Promise<number> {
  const gone = new Set<string>();
  for (const input of inputs) {
    if (unreadable.includes(input)) continue;
    let isDir: boolean;
    try {
      isDir = fs.statSync(input).isDirectory();
    } catch {
      continue;
    }
    const r = isDir
      ? await client.query(`SELECT path FROM citedesk.articles WHERE starts_with(path, $1)`, [folderPrefix(input)])
      : await client.query('SELECT path FROM citedesk.articles WHERE path = $1', [displayPath(input)]);
    for (const row of r.rows) if (!present.has(row.path)) gone.add(row.path);
  }
  let removed = 0;
  const list = [...gone];
  for (let i = 0; i < list.length; i += BATCH_ARTICLES) {
    const paths = list.slice(i, i + BATCH_ARTICLES);
    removed += await transaction(client, async () => {
      await lockPaths(client, paths);
      const held = await client.query('SELECT id FROM citedesk.articles WHERE path = ANY($1::text[])', [paths]);
      await removeArticles(client, held.rows.map((h) => Number(h.id)), new Map(), 0, 0);
      return held.rowCount ?? 0;
    });
  }
  return removed;
}

/**
 * Folds the recorded changes into the vocabulary's counts: one statement, each word once, in word
 * order. Serialised across pushers; rows recorded after it began wait for the next.
 */
export async function foldWordChanges(client: Client): Promise<void> {
  await transaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_WORDS]);
    await client.query(
      `WITH c AS (DELETE FROM citedesk.word_changes RETURNING word, d)
       INSERT INTO citedesk.words AS w (word, df)
       SELECT word, sum(d)::int FROM c GROUP BY word ORDER BY word
       ON CONFLICT (word) DO UPDATE SET df = w.df + excluded.df`,
    );
  });
}

const PEOPLE_CHUNK = 5000;


/**
 * Re-merges the people whose articles changed: per name key, the spelling most used (fullest first),
 * every form and role, how many articles name them and how many quotes are theirs. Serialised
 * across pushers; what a push cut short left marked is done by the next.
 */
export async function refreshPeople(client: Client): Promise<number> {
  return transaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_PEOPLE]);
    const marked = await client.query('DELETE FROM citedesk.people_dirty RETURNING key');
    const keys = [...new Set(marked.rows.map((r) => r.key as string))].sort();
    for (let i = 0; i < keys.length; i += PEOPLE_CHUNK) await refreshChunk(client, keys.slice(i, i + PEOPLE_CHUNK));
    return keys.length;
  });
}

async function refreshChunk(client: Client, keys: string[]): Promise<void> {
  const names = await client.query(
    `SELECT key, name, count(*)::int AS n, sum(mentions)::int AS m
       FROM citedesk.article_people WHERE key = ANY($1::text[]) GROUP BY key, name`,
    [keys],
  );
  const articles = await client.query(`SELECT key, count(DISTINCT article_id)::int AS a FROM citedesk.article_people WHERE key = ANY($1::text[]) GROUP BY key`, [keys]);
  const forms = await client.query(`SELECT key, array_agg(DISTINCT f) AS forms FROM citedesk.article_people, unnest(forms) AS f WHERE key = ANY($1::text[]) GROUP BY key`, [keys]);
  const roles = await client.query(
    `SELECT key, r FROM (
       SELECT key, r, min(article_id * 1000 + o) AS first FROM citedesk.article_people, unnest(roles) WITH ORDINALITY AS u(r, o)
        WHERE key = ANY($1::text[]) GROUP BY key, r) AS x
     ORDER BY key, first`,
    [keys],
  );
  const quotes = await client.query(
    `SELECT ap.key, count(*)::int AS q FROM citedesk.quotes AS q JOIN citedesk.article_people AS ap ON ap.article_id = q.article_id AND ap.local = q.person_local
      WHERE ap.key = ANY($1::text[]) GROUP BY ap.key`,
    [keys],
  );
  const scores = new Map<string, [string, number][]>();
  for (const r of names.rows) {
    const list = scores.get(r.key) ?? [];
    // As the corpus scores a spelling per article that uses it, summed: here by (spelling, uses, mentions).
    list.push([r.name, r.n * nameScore(r.name, 0) + r.m * 10]);
    scores.set(r.key, list);
  }
  const formsOf = new Map(forms.rows.map((r) => [r.key as string, r.forms as string[]]));
  const rolesOf = new Map<string, string[]>();
  for (const r of roles.rows) rolesOf.set(r.key, [...(rolesOf.get(r.key) ?? []), r.r]);
  const quotesOf = new Map(quotes.rows.map((r) => [r.key as string, r.q as number]));
  const articlesOf = new Map(articles.rows.map((r) => [r.key as string, r.a as number]));
  const rows = [...scores].map(([key, variants]) => {
    const name = bestName(variants, variants[0][0]);
    const aliases = [...new Set([...(formsOf.get(key) ?? []), ...variants.map((v) => v[0])])].filter((f) => f !== name).sort();
    const person = { key, name, aliases, roles: distinctRoles(rolesOf.get(key) ?? []), articles: [], quotes: [] };
    return { key, name, aliases, roles: person.roles, articles: articlesOf.get(key) ?? 0, quotes: quotesOf.get(key) ?? 0, last_token: key.slice(key.lastIndexOf(' ') + 1), words: docWords(personDocText(person).indexed) };
  });
  // A person is a searchable document too: their words count in the vocabulary, as the local index counts them.
  const personWords = (sign: string) =>
    client.query(`INSERT INTO citedesk.word_changes (word, d) SELECT lex, ${sign}count(*) FROM citedesk.people, unnest(tsvector_to_array(words)) AS lex WHERE key = ANY($1::text[]) GROUP BY lex`, [keys]);
  await personWords('-');
  await client.query(
    `INSERT INTO citedesk.people AS p (key, name, aliases, roles, articles, quotes, last_token, words)
     SELECT x.key, x.name, x.aliases, x.roles, x.articles, x.quotes, x.last_token, array_to_tsvector(string_to_array(x.words, ' '))
       FROM json_to_recordset($1::json) AS x(key text, name text, aliases text[], roles text[], articles int, quotes int, last_token text, words text)
      ORDER BY x.key
     ON CONFLICT (key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, roles = excluded.roles, articles = excluded.articles,
       quotes = excluded.quotes, last_token = excluded.last_token, words = excluded.words`,
    [JSON.stringify(rows)],
  );
  // Names no article uses any more.
  await client.query('DELETE FROM citedesk.people WHERE key = ANY($1::text[]) AND NOT (key = ANY($2::text[]))', [keys, rows.map((r) => r.key)]);
  await personWords('');
}
