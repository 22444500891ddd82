/**
 * The archive as the editor and the command line open it: a small pool of connections, the schema
 * checked, and the search. The editor loads this module (bundled as dist/archive.js) on first use
 * only, so the PostgreSQL client is never in its activation path.
 */
import { Pool } from 'pg';
import { clientConfig, connect, describe, type ConnectOptions } from './db';
import { checkSchema } from './schema';
import { ArchiveSearch } from './search';

export { ArchiveError, DB_ENV, redact } from './db';
export { archiveQuotes } from './quotes';
export type { ArchiveHit, ArchivePerson } from './search';

export interface Archive {
  url: string;
  search: ArchiveSearch;
  close(): Promise<void>;
}

/** Connects (read-only unless asked otherwise), refuses a schema this build cannot read, and opens a pool. */
export async function openArchive(url: string, options: ConnectOptions & { connections?: number } = {}): Promise<Archive> {
  const o = { readOnly: true, ...options };
  // One connection first: a wrong password or a newer schema is said once, clearly.
  const first = await connect(url, o);
  try {
    await checkSchema(first);
  } finally {
    await first.end().catch(() => undefined);
  }
  const pool = new Pool({ ...clientConfig(url, o), max: o.connections ?? 4, idleTimeoutMillis: 30_000 });
  // A connection dropped while idle is replaced on the next query; the query that fails says why.
  pool.on('error', () => undefined);
  const db = {
    query: async (text: string, values?: unknown[]) => {
      try {
        return await pool.query(text, values);
      } catch (e) {
        throw describe(e, url);
      }
    },
  };
  return { url, search: new ArchiveSearch(db), close: () => pool.end() };
}
