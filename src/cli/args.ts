/** Argument parsing for the command-line tool: small, strict, and with clear errors. */
import * as fs from 'fs';

export class UsageError extends Error {}

export const USAGE = `Usage:
  citedesk index [PATH...] [--cache DIR] [--json]
      Index source articles (.txt/.md files; folders are searched recursively).
      With no PATH, the bundled seed articles.
  citedesk search [--sources PATH...] [--db URL] [--cache DIR] [--limit N] [--json] QUERY...
      Fuzzy citation search; each QUERY is searched in turn.
  citedesk check DRAFT [--sources PATH...] [--db URL] [--json]
      Check every quote in a draft against the sources.
  citedesk ledger DRAFT [--sources PATH...] [--format md|csv|json]
      The sourcing ledger of a draft: every quote, its verdict and its source.
  citedesk archive init [--db URL] [--json]
      Create or migrate the shared archive's schema in a PostgreSQL database, and
      the roles citedesk_reader (editors) and citedesk_writer (pushing).
  citedesk archive push PATH... [--db URL] [--prune] [--workers N] [--json]
      Parse sources and store them in the archive; unchanged files are skipped.

Options:
  --json          machine-readable output
  --sources PATH  source files or folders (repeatable; default: the bundled seeds)
  --limit N       results per query (default 10)
  --max-size MB   skip source files larger than this, with a message (default 10)
  --cache DIR     keep the parsed sources and search index in DIR: the next run reads
                  them instead of parsing; a file is read again when its size or
                  modification time changed
  --db URL        the shared archive (postgres://user@host/db; or set CITEDESK_DB):
                  search and check it too (alone when no --sources is given)
  --prune         (push) remove archived articles under PATH whose files are gone
  --workers N     (push) parser threads (default: one per core, at most 4)
  -h, --help      this help
`;

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

/**
 * Parses `args` against the options a command accepts. `multi` options take every following
 * argument that names an existing path (so `--sources a b QUERY` works), or one `--opt=value`.
 */
export function parseArgs(args: string[], spec: { flags?: string[]; single?: string[]; multi?: string[] }): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  const known = new Set([...(spec.flags ?? []), ...(spec.single ?? []), ...(spec.multi ?? [])]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a.length > 1 && a !== '-') throw new UsageError(`unknown option "${a}"`);
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!known.has(name)) throw new UsageError(`unknown option "--${name}"`);
    if (spec.flags?.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    const list = values.get(name) ?? [];
    values.set(name, list);
    if (eq > 0) {
      list.push(a.slice(eq + 1));
      continue;
    }
    if (spec.single?.includes(name)) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      list.push(v);
      i++;
      continue;
    }
    // multi: at least one value; further ones while they exist on disk.
    const first = args[i + 1];
    if (first === undefined || first.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    list.push(first);
    i++;
    while (i + 1 < args.length && !args[i + 1].startsWith('--') && fs.existsSync(args[i + 1])) {
      list.push(args[i + 1]);
      i++;
    }
  }
  return { positional, flags, values };
}

export function intOption(p: ParsedArgs, name: string, def: number, min: number, max: number): number {
  const v = p.values.get(name);
  if (!v || !v.length) return def;
  const raw = v[v.length - 1];
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, not "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}`);
  return n;
}
