/**
 * citedesk: the command-line tool over the same core the editor uses.
 *
 *   citedesk index [PATH...] [--json]
 *   citedesk search [--sources PATH...] [--db URL] [--limit N] [--json] QUERY...
 *   citedesk check DRAFT [--sources PATH...] [--db URL] [--json]
 *   citedesk ledger DRAFT [--sources PATH...] [--db URL] [--format md|csv|json]
 *   citedesk archive init [--db URL]
 *   citedesk archive push PATH... [--db URL] [--prune] [--workers N] [--json]
 *
 * Exit codes: 0 done, 1 a finding that needs attention (check) or a source that failed (push),
 * 2 a usage error, 3 the archive could not do it (unreachable, refused, full, another schema).
 */
import { runArchive } from './archive';
import { runCheck, runIndex, runLedger, runSearch } from './commands';
import { UsageError, USAGE } from './args';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'index':
        return runIndex(rest);
      case 'search':
        return await runSearch(rest);
      case 'check':
        return await runCheck(rest);
      case 'ledger':
        return await runLedger(rest);
      case 'archive':
        return await runArchive(rest);
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case '--version':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`citedesk: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

declare const VERSION: string;

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`citedesk: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
