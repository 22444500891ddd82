/** `citedesk archive init|push`: the shared archive on PostgreSQL. */
import { ArchiveError, DB_ENV, connect, redact } from '../archive/db';
import { initArchive } from '../archive/schema';
import { push } from '../archive/push';
import { warnProblem } from './output';
import { intOption, parseArgs, UsageError, type ParsedArgs } from './args';

declare const VERSION: string | undefined;
declare const BUILD_ID: string | undefined;
const CITEDESK = typeof VERSION === 'string' ? VERSION : 'dev';
/** Which build of the reader parsed an article: another build parses it again on the next push. */
export const READER = typeof BUILD_ID === 'string' ? BUILD_ID : 'dev';

/** The archive's URL: --db, else $CITEDESK_DB; undefined when neither is given. */
export function dbUrl(p: ParsedArgs): string | undefined {
  return p.values.get('db')?.at(-1) ?? (process.env[DB_ENV] || undefined);
}

function needUrl(p: ParsedArgs): string {
  const url = dbUrl(p);
  if (!url) throw new UsageError(`give the archive's database with --db postgres://… or ${DB_ENV}`);
  return url;
}

/** Exit code when the archive could not do what was asked (unreachable, refused, disk full, schema). */
export const EXIT_ARCHIVE = 3;

export function archiveFailure(e: unknown): number {
  if (!(e instanceof ArchiveError)) throw e;
  process.stderr.write(`citedesk: ${e.message}\n`);
  return EXIT_ARCHIVE;
}

export async function runArchive(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'init':
      return runInit(rest);
    case 'push':
      return runPush(rest);
    case undefined:
      throw new UsageError('archive needs init or push');
    default:
      throw new UsageError(`unknown archive command "${sub}"`);
  }
}

/** `citedesk archive init [--db URL] [--json]` */
async function runInit(args: string[]): Promise<number> {
  const p = parseArgs(args, { flags: ['json'], single: ['db'] });
  if (p.positional.length) throw new UsageError(`archive init takes no PATH (got "${p.positional[0]}")`);
  const url = needUrl(p);
  try {
    const r = await initArchive(url, CITEDESK);
    if (p.flags.has('json')) process.stdout.write(JSON.stringify(r) + '\n');
    else {
      const what = r.applied.length ? `migrated from version ${r.from} to ${r.to}` : `already at version ${r.to}`;
      process.stdout.write(`Archive in ${redact(url)}: schema ${what}.\nRoles: ${r.roles[0]} (read-only: grant it to editors' logins), ${r.roles[1]} (push: grant it to whoever pushes).\n`);
    }
    return 0;
  } catch (e) {
    return archiveFailure(e);
  }
}

/** `citedesk archive push PATH... [--db URL] [--prune] [--workers N] [--max-size MB] [--json]` */
async function runPush(args: string[]): Promise<number> {
  const p = parseArgs(args, { flags: ['json', 'prune'], single: ['db', 'workers', 'max-size'] });
  if (!p.positional.length) throw new UsageError('archive push needs at least one PATH (a file or folder of sources)');
  const url = needUrl(p);
  const workers = intOption(p, 'workers', 0, 1, 64) || undefined;
  const maxBytes = intOption(p, 'max-size', 10, 1, 4096) * 1024 * 1024;
  try {
    const client = await connect(url);
    try {
      const r = await push(client, p.positional, { reader: READER, prune: p.flags.has('prune'), workers, maxBytes, onProblem: warnProblem });
      if (p.flags.has('json')) process.stdout.write(JSON.stringify({ pushed: r.pushed, unchanged: r.unchanged, removed: r.removed, failed: r.failed, ms: r.ms }) + '\n');
      else process.stdout.write(`Pushed ${r.pushed} article${r.pushed === 1 ? '' : 's'} to ${redact(url)} in ${(r.ms / 1000).toFixed(1)} s: ${r.unchanged} unchanged, ${r.removed} removed, ${r.failed} failed.\n`);
      return r.failed ? 1 : 0;
    } finally {
      await client.end().catch(() => undefined);
    }
  } catch (e) {
    return archiveFailure(e);
  }
}
