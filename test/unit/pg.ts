/**
 * One real PostgreSQL for the unit tests that need one, started on first use and stopped by the
 * root hook after the last test (test/unit/hooks.ts). Each test file gets its own databases.
 */
import { connect } from '../../src/archive/db';
import { initArchive } from '../../src/archive/schema';
import { startPostgres, type PgServer } from '../harness/postgres';

let server: Promise<PgServer> | null = null;
let databases = 0;

/** The shared server; durability is off (a test database is thrown away). */
export function postgres(): Promise<PgServer> {
  server ??= startPostgres({ settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  return server;
}

export async function stopPostgres(): Promise<void> {
  if (!server) return;
  const s = await server.catch(() => null);
  server = null;
  await s?.stop();
}

/** A new, empty database; with `init`, holding the archive's schema. Returns its URL (as the superuser). */
export async function freshDatabase(init = true): Promise<string> {
  const s = await postgres();
  const url = await s.createDatabase(`citedesk_test_${process.pid}_${++databases}`);
  if (init) await initArchive(url, 'test');
  return url;
}

/** Runs one statement against `url`. */
export async function query<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = await connect(url);
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}
