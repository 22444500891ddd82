/**
 * The archive's schema, as numbered migrations applied in order by `citedesk archive init`. A
 * database whose schema is newer than this build is refused, by init and by every other command.
 *
 * Everything lives in the schema `citedesk`. Rows of one article (its quotes, people and
 * passages) hang off `articles.id` and go with it (ON DELETE CASCADE); `people` and `words` are
 * derived from them. Designed to shard with Citus by article id (bench/README.md).
 */
import type { Client } from 'pg';
import { ArchiveError, connect, describe, transaction } from './db';

export const READER_ROLE = 'citedesk_reader';
export const WRITER_ROLE = 'citedesk_writer';

/** Serialises init runs (and a push's people refresh) across every client of one database. */
export const LOCK_INIT = 0x43444b01;
export const LOCK_PEOPLE = 0x43444b02;
export const LOCK_WORDS = 0x43444b03;

interface Migration {
  version: number;
  what: string;
  sql: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    what: 'articles, quotes, people, searchable passages, vocabulary',
    sql: [
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
      `CREATE TABLE citedesk.articles (
        id bigserial PRIMARY KEY,
        path text NOT NULL UNIQUE,
        hash text NOT NULL,
        reader text NOT NULL,
        title text NOT NULL,
        outlet text,
        published text,
        text text NOT NULL,
        warnings text[] NOT NULL DEFAULT '{}',
        pushed_at timestamptz NOT NULL DEFAULT now()
      )`,
      // An article's own people (before merging across the archive): name as written fullest, forms, roles.
      `CREATE TABLE citedesk.article_people (
        article_id bigint NOT NULL REFERENCES citedesk.articles(id) ON DELETE CASCADE,
        local int NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        forms text[] NOT NULL,
        form_keys text[] NOT NULL,
        roles text[] NOT NULL,
        mentions int NOT NULL,
        PRIMARY KEY (article_id, local)
      )`,
      `CREATE INDEX article_people_key ON citedesk.article_people (key)`,
      `CREATE INDEX article_people_forms ON citedesk.article_people USING gin (form_keys)`,
      `CREATE TABLE citedesk.quotes (
        article_id bigint NOT NULL REFERENCES citedesk.articles(id) ON DELETE CASCADE,
        n int NOT NULL,
        text text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('speech', 'term')),
        speaker text,
        person_local int,
        role text,
        cue text,
        partial boolean NOT NULL,
        via text,
        rule text,
        line int NOT NULL,
        "character" int NOT NULL,
        outer_start int NOT NULL,
        outer_end int NOT NULL,
        locator jsonb,
        PRIMARY KEY (article_id, n)
      )`,
      // What search looks through: each quote (kind 0) and each sentence (kind 1), with its words.
      `CREATE TABLE citedesk.passages (
        article_id bigint NOT NULL REFERENCES citedesk.articles(id) ON DELETE CASCADE,
        kind smallint NOT NULL,
        sub int NOT NULL,
        text text NOT NULL,
        speaker text,
        role text,
        line int NOT NULL,
        "character" int NOT NULL,
        start_at int NOT NULL,
        end_at int NOT NULL,
        words tsvector NOT NULL,
        PRIMARY KEY (article_id, kind, sub)
      )`,
      // A larger pending list: pushes add passages in batches of thousands.
      `CREATE INDEX passages_words ON citedesk.passages USING gin (words) WITH (gin_pending_list_limit = 65536)`,
      // Every word of every passage, with how many passages hold it: typos are looked up here by trigram.
      `CREATE TABLE citedesk.words (
        word text PRIMARY KEY,
        df int NOT NULL
      ) WITH (fillfactor = 70)`,
      `CREATE INDEX words_trgm ON citedesk.words USING gin (word gin_trgm_ops)`,
      // Changes to those counts, as pushes write them (appending is cheap); folded into words by
      // each push when it ends, and by the next push when one was cut short.
      `CREATE TABLE citedesk.word_changes (
        word text NOT NULL,
        d int NOT NULL
      )`,
      // People merged across the archive by the key of their fullest name.
      `CREATE TABLE citedesk.people (
        key text PRIMARY KEY,
        name text NOT NULL,
        aliases text[] NOT NULL,
        roles text[] NOT NULL,
        articles int NOT NULL,
        quotes int NOT NULL,
        last_token text NOT NULL,
        words tsvector NOT NULL
      )`,
      `CREATE INDEX people_words ON citedesk.people USING gin (words)`,
      `CREATE INDEX people_last ON citedesk.people (last_token)`,
      // People keys whose articles changed since their row was last computed.
      `CREATE TABLE citedesk.people_dirty (
        id bigserial PRIMARY KEY,
        key text NOT NULL
      )`,
      // Counts kept as rows change, so that a search need not count millions of rows.
      `CREATE TABLE citedesk.stats (
        id int PRIMARY KEY CHECK (id = 1),
        passages bigint NOT NULL,
        quotes bigint NOT NULL
      )`,
      `INSERT INTO citedesk.stats VALUES (1, 0, 0)`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The schema version a database holds: 0 when Citedesk was never initialised there. */
export async function schemaVersion(client: Client): Promise<number> {
  const has = await client.query(`SELECT to_regclass('citedesk.schema_version') IS NOT NULL AS has`);
  if (!has.rows[0].has) return 0;
  const r = await client.query(`SELECT coalesce(max(version), 0) AS v FROM citedesk.schema_version`);
  return Number(r.rows[0].v);
}

function newerMessage(found: number): string {
  return `this archive's schema is version ${found}, newer than this Citedesk knows (${SCHEMA_VERSION}): update Citedesk to use it. Nothing was changed.`;
}

/** Refuses a database this build cannot read or write: not initialised, or newer than this build. */
export async function checkSchema(client: Client): Promise<void> {
  const v = await schemaVersion(client).catch((e) => {
    throw describe(e);
  });
  if (v > SCHEMA_VERSION) throw new ArchiveError(newerMessage(v), 'SCHEMA_NEWER');
  if (v < SCHEMA_VERSION) {
    throw new ArchiveError(v === 0 ? 'this database holds no Citedesk archive yet: run citedesk archive init --db URL' : `this archive's schema is version ${v}, older than this Citedesk (${SCHEMA_VERSION}): run citedesk archive init --db URL to migrate it`, v === 0 ? 'SCHEMA_MISSING' : 'SCHEMA_OLDER');
  }
}

export interface InitResult {
  from: number;
  to: number;
  applied: number[];
  roles: string[];
}

/**
 * Creates or migrates the schema, all in one transaction, and (re)grants the two roles: a reader
 * for editors (SELECT only) and a writer for pushing (rows, never the schema). Safe to run again.
 */
export async function initSchema(client: Client, citedeskVersion: string): Promise<InitResult> {
  try {
    return await transaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_INIT]);
      const from = await schemaVersion(client);
      if (from > SCHEMA_VERSION) throw new ArchiveError(newerMessage(from), 'SCHEMA_NEWER');
      await client.query('CREATE SCHEMA IF NOT EXISTS citedesk');
      await client.query(`CREATE TABLE IF NOT EXISTS citedesk.schema_version (
        version int PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now(),
        by_citedesk text NOT NULL
      )`);
      const applied: number[] = [];
      for (const m of MIGRATIONS) {
        if (m.version <= from) continue;
        for (const statement of m.sql) await client.query(statement);
        await client.query('INSERT INTO citedesk.schema_version (version, by_citedesk) VALUES ($1, $2)', [m.version, citedeskVersion]);
        applied.push(m.version);
      }
      const roles = await grantRoles(client);
      return { from, to: SCHEMA_VERSION, applied, roles };
    });
  } catch (e) {
    throw describe(e);
  }
}

async function grantRoles(client: Client): Promise<string[]> {
  for (const role of [READER_ROLE, WRITER_ROLE]) {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    // Role names are constants of this module, never input: safe to write into the statement.
    if (!exists.rowCount) await client.query(`CREATE ROLE ${role} NOLOGIN`);
  }
  await client.query(`GRANT USAGE ON SCHEMA citedesk TO ${READER_ROLE}, ${WRITER_ROLE}`);
  await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA citedesk TO ${READER_ROLE}`);
  await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA citedesk FROM ${READER_ROLE}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA citedesk TO ${WRITER_ROLE}`);
  await client.query(`REVOKE INSERT, UPDATE, DELETE ON citedesk.schema_version FROM ${WRITER_ROLE}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA citedesk TO ${WRITER_ROLE}`);
  return [READER_ROLE, WRITER_ROLE];
}

/** `initSchema` on its own connection to `url`. */
export async function initArchive(url: string, citedeskVersion: string): Promise<InitResult> {
  const client = await connect(url);
  try {
    return await initSchema(client, citedeskVersion);
  } finally {
    await client.end().catch(() => undefined);
  }
}
