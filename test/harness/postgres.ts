// A real PostgreSQL for the tests and the benchmark: initdb in a temporary folder, the server on
// 127.0.0.1 and a free port, stopped by the process id in its postmaster.pid. initdb and postgres
// refuse to run as root, so as root they run as the `postgres` user (runuser). A server that cannot
// start is an error, never a skip: .ci/run installs PostgreSQL (apt-get install postgresql).
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';

export interface PgServer {
  port: number;
  /** The postmaster's process id (what `stop` signals). */
  pid: number;
  /** The temporary folder holding the data directory, the socket and the log. */
  root: string;
  dataDir: string;
  logFile: string;
  /** The superuser the cluster was made with, and its password. */
  admin: { user: string; password: string };
  /** `postgres://` URL for a database as the superuser (or as `user`/`password` when given). */
  url(database: string, user?: string, password?: string): string;
  /** Runs one statement as the superuser in `database`. */
  sql(database: string, text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Creates an empty database (dropping one of that name first). */
  createDatabase(name: string, options?: { tablespace?: string }): Promise<string>;
  /** Immediate shutdown by process id (as if the server died): sessions are cut off mid-statement. */
  crash(): Promise<void>;
  /** Starts the server again on the same data directory and port. */
  restart(): Promise<void>;
  /** Fast shutdown by process id; waits until the server is gone and removes its folder. */
  stop(): Promise<void>;
}

export interface PgOptions {
  /** Extra server settings (`-c name=value`). */
  settings?: Record<string, string>;
  /** Keep the folder after stopping (for a look at the log). */
  keep?: boolean;
}

const ADMIN = 'citedesk_admin';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

function log(message: string): void {
  console.log(`[postgres] ${message}`);
}

/** The server binaries: CITEDESK_PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin. */
export function pgBinDir(): string {
  const given = process.env.CITEDESK_PG_BIN;
  if (given) return given;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'postgres'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) {
    throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/N/bin/postgres). As root: apt-get update && apt-get install -y postgresql postgresql-contrib (.ci/run does this).');
  }
  return path.join(base, versions[0], 'bin');
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a server binary as the user that may run it: `postgres` when we are root. */
function command(bin: string, args: string[]): [string, string[]] {
  return asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Hands a path to the `postgres` user when we are root (initdb and the server write there). */
export function giveToPostgres(p: string): void {
  if (!asRoot()) return;
  const r = spawnSync('chown', ['-R', 'postgres:postgres', p], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`chown postgres ${p} failed: ${r.stderr}`);
}

export async function startPostgres(options: PgOptions = {}): Promise<PgServer> {
  const bin = pgBinDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-pg-'));
  // The postgres user must reach its folders inside a folder root made.
  fs.chmodSync(root, 0o755);
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'socket');
  const logFile = path.join(root, 'server.log');
  fs.mkdirSync(socketDir);
  const password = `pw-${process.pid}-${Date.now()}`;
  const pwFile = path.join(root, 'pw');
  fs.writeFileSync(pwFile, password + '\n');
  fs.writeFileSync(logFile, '');
  giveToPostgres(root);

  const [initCmd, initArgs] = command(path.join(bin, 'initdb'), ['-D', dataDir, '-U', ADMIN, `--pwfile=${pwFile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  fs.rmSync(pwFile, { force: true });
  if (init.status !== 0) throw new Error(`initdb failed (exit ${init.status}): ${init.stderr || init.stdout || init.error}`);

  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: socketDir,
    max_connections: '60',
    ...options.settings,
  };
  const admin = { user: ADMIN, password };
  const url = (database: string, user = ADMIN, pw = password) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let running = await launch(bin, dataDir, settings, logFile, url('postgres'));
  log(`PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}, pid ${running.pid}, data in ${dataDir}`);

  const sql = async (database: string, text: string, params: unknown[] = []) => {
    const c = new Client({ connectionString: url(database) });
    await c.connect();
    try {
      return await c.query(text, params);
    } finally {
      await c.end();
    }
  };
  let stopped = false;
  const server: PgServer = {
    port,
    get pid() {
      return running.pid;
    },
    root,
    dataDir,
    logFile,
    admin,
    url,
    sql,
    async createDatabase(name, o = {}) {
      await sql('postgres', `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await sql('postgres', `CREATE DATABASE ${quoteIdent(name)}${o.tablespace ? ` TABLESPACE ${quoteIdent(o.tablespace)}` : ''}`);
      return url(name);
    },
    async crash() {
      // SIGQUIT is PostgreSQL's immediate shutdown: every session is cut off, nothing is finished.
      await halt(running, 'SIGQUIT');
    },
    async restart() {
      running = await launch(bin, dataDir, settings, logFile, url('postgres'));
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the server exits cleanly.
      await halt(running, 'SIGINT');
      if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
    },
  };
  return server;
}

interface Running {
  pid: number;
  exited: Promise<void>;
}

/** Starts the server on an existing data directory; resolves once it accepts connections. */
async function launch(bin: string, dataDir: string, settings: Record<string, string>, logFile: string, probeUrl: string): Promise<Running> {
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const [cmd, cmdArgs] = command(path.join(bin, 'postgres'), args);
  const out = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(cmd, cmdArgs, { stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exitedHow: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exitedHow = signal ?? `exit ${code}`;
      resolve();
    }),
  );
  // Ready when a connection succeeds; the process id is then in postmaster.pid.
  const started = Date.now();
  for (;;) {
    if (exitedHow) throw new Error(`postgres exited (${exitedHow}) before accepting connections:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    const c = new Client({ connectionString: probeUrl, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      break;
    } catch {
      await c.end().catch(() => undefined);
      if (Date.now() - started > START_TIMEOUT_MS) {
        child.kill('SIGKILL');
        throw new Error(`postgres did not accept connections within ${START_TIMEOUT_MS} ms:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { pid, exited };
}

/** Signals the postmaster by its process id and waits until it is gone. */
async function halt(r: Running, signal: NodeJS.Signals): Promise<void> {
  try {
    process.kill(r.pid, signal);
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive(r.pid) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
  if (alive(r.pid)) {
    log(`pid ${r.pid} still running after ${STOP_TIMEOUT_MS} ms; SIGQUIT`);
    process.kill(r.pid, 'SIGQUIT');
  }
  await Promise.race([r.exited, new Promise((res) => setTimeout(res, 5000))]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
