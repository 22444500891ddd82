/**
 * Connecting to the archive's PostgreSQL, and saying in plain words what went wrong when it fails.
 * Every statement Citedesk sends is parameterised: a source's text only ever travels as a value.
 */
import { Client, type ClientConfig } from 'pg';

/** How similar (pg_trgm) a vocabulary word must be to a query word of five letters or more to be weighed at all. */
export const TRIGRAM_THRESHOLD = 0.25;

/** Where the archive's URL may come from when no --db is given. */
export const DB_ENV = 'CITEDESK_DB';

/** A failure with a message a reporter can act on (never the password). */
export class ArchiveError extends Error {
  constructor(
    message: string,
    /** PostgreSQL's SQLSTATE or Node's error code, when there was one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface ConnectOptions {
  /** A password kept elsewhere (the editor's secret storage): used when the URL carries none. */
  password?: string;
  /** Editors read only: the session refuses writes whatever the role may do. */
  readOnly?: boolean;
  /** Give up connecting after this long (default 10 s). */
  connectTimeoutMs?: number;
  applicationName?: string;
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
  }
}

/** Checks the URL's shape; TLS and other settings in it (sslmode, sslrootcert, ...) are passed on as written. */
export function checkUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ArchiveError(`"${redact(url)}" is not a database URL; write it as postgres://user@host:5432/database`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new ArchiveError(`"${redact(url)}" is not a PostgreSQL URL (it must start with postgres://)`);
  if (!u.pathname || u.pathname === '/') throw new ArchiveError(`"${redact(url)}" names no database; add it after the host: postgres://host/database`);
  return u;
}

export function clientConfig(url: string, o: ConnectOptions = {}): ClientConfig {
  const u = checkUrl(url);
  if (o.password && !u.password) u.password = encodeURIComponent(o.password);
  // No JIT: the archive's queries are short, and compiling them costs more than it saves.
  const settings = ['-c search_path=citedesk,public', `-c pg_trgm.similarity_threshold=${TRIGRAM_THRESHOLD}`, '-c jit=off'];
  if (o.readOnly) settings.push('-c default_transaction_read_only=on');
  return {
    connectionString: u.toString(),
    application_name: o.applicationName ?? 'citedesk',
    connectionTimeoutMillis: o.connectTimeoutMs ?? 10_000,
    options: settings.join(' '),
  };
}

/** A connected client, or an ArchiveError that says why not. */
export async function connect(url: string, o: ConnectOptions = {}): Promise<Client> {
  const client = new Client(clientConfig(url, o));
  // A server going away later is reported by the query that fails; an idle client must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw describe(e, url);
  }
  return client;
}

/** Turns what pg or the network threw into an ArchiveError with a plain message. */
export function describe(e: unknown, url?: string): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const err = e as { code?: string; message?: string; errno?: number };
  const code = err?.code;
  const where = url ? describeTarget(url) : 'the archive database';
  const message = err?.message ?? String(e);
  switch (code) {
    case 'ECONNREFUSED':
      return new ArchiveError(`cannot reach ${where}: the connection was refused (is the server running, and is that the right port?)`, code);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ArchiveError(`cannot reach ${where}: no such host`, code);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new ArchiveError(`cannot reach ${where}: ${code === 'ETIMEDOUT' ? 'timed out' : 'unreachable'}`, code);
    case 'ECONNRESET':
    case 'EPIPE':
      return new ArchiveError(`lost the connection to ${where} (${code}); nothing half-written was kept: push again to finish`, code);
    case '28P01':
      return new ArchiveError(`${where} refused the password${userOf(url)}. Check it (in the editor: "Citedesk: Set Archive Password").`, code);
    case '28000':
      return new ArchiveError(`${where} does not let this user connect${userOf(url)}: ${message}`, code);
    case '3D000':
      return new ArchiveError(`${where}: ${message}. Create it first (createdb), then run citedesk archive init.`, code);
    case '53100':
      return new ArchiveError(`the archive database's disk is full (${message}). Nothing half-written was kept; free space and push again.`, code);
    case '53200':
      return new ArchiveError(`the archive database ran out of memory (${message}); nothing half-written was kept.`, code);
    case '57P01':
    case '57P02':
    case '57P03':
    case '08006':
    case '08003':
    case '08001':
      return new ArchiveError(`${where} went away (${message}); nothing half-written was kept: push again to finish`, code);
    case '42501':
      return new ArchiveError(`this database user may not do that (${message}). Editors read the archive through the citedesk_reader role; pushing needs citedesk_writer; archive init needs the database's owner.`, code);
    case '42P01':
    case '3F000':
      return new ArchiveError(`${where} holds no Citedesk archive yet (${message}): run citedesk archive init --db URL`, code);
  }
  if (/client password must be a string|password authentication failed/i.test(message)) {
    return new ArchiveError(`${where} asks for a password${userOf(url)}: in the editor run "Citedesk: Set Archive Password"; on the command line set PGPASSWORD or use ~/.pgpass.`, '28P01');
  }
  if (/self[- ]signed|certificate|SSL|TLS/i.test(message)) return new ArchiveError(`TLS to ${where} failed: ${message}`, code);
  if (/Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message)) {
    return new ArchiveError(`lost the connection to ${where} (${message}); nothing half-written was kept: push again to finish`, code ?? 'ECONNRESET');
  }
  return new ArchiveError(`${where}: ${message}`, code);
}

function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `the archive database ${decodeURIComponent(u.pathname.slice(1))} on ${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return 'the archive database';
  }
}

function userOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.username ? ` for user ${decodeURIComponent(u.username)}` : '';
  } catch {
    return '';
  }
}

/** Runs `fn` in one transaction: committed whole, or rolled back whole. */
export async function transaction<T>(client: Client, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const r = await fn();
    await client.query('COMMIT');
    return r;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
