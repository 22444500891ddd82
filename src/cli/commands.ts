/** The command-line tool's commands. Output goes to stdout; problems with files to stderr. */
import { performance } from 'perf_hooks';
import * as fs from 'fs';
import { ledgerRows, renderLedger, type LedgerFormat } from '../core/verification/ledger';
import { indexJson } from '../core/verification/report';
import { NEEDS_ATTENTION, summarise } from '../core/verification/summary';
import { SearchIndex, type SearchHit } from '../core/search/search';
import { decodeBytes } from '../core/reading/text';
import { parseDraft, verifyAgainst, type Finding } from '../core/verification/verify';
import { combinedQuotes, localQuotes, type QuoteSource } from '../core/verification/quote-source';
import { Corpus } from '../core/corpus/corpus';
import { bundledSeedsDir, displayPath, openIndex } from '../node/load';
import { describeError } from '../node/files';
import { archiveQuotes, openArchive, type Archive } from '../archive/client';
import { intOption, parseArgs, UsageError, type ParsedArgs } from './args';
import { archiveFailure, dbUrl } from './archive';
import { warnProblem } from './output';

declare const BUILD_ID: string | undefined;
/** This build of the reader (a cache written by another build is not reused). */
const READER = typeof BUILD_ID === 'string' ? BUILD_ID : 'dev';

function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}

/** `citedesk index [PATH...] [--json]` */
export async function runIndex(args: string[]): Promise<number> {
  const p = parseArgs(args, { flags: ['json'], single: ['cache', 'max-size'] });
  const inputs = p.positional.length ? p.positional : [bundledSeedsDir()];
  const { corpus, save } = await load(inputs, p);
  const doc = indexJson(corpus);
  if (p.flags.has('json')) {
    out(JSON.stringify(doc, null, 2));
    await save();
    return 0;
  }
  const lines: string[] = [];
  for (const a of doc.articles) {
    const speech = a.quotes.filter((q) => q.kind === 'speech').length;
    lines.push(`${a.title}`);
    lines.push(`  ${[a.outlet, a.published].filter(Boolean).join(', ') || 'no outlet or date given'} · ${a.path}`);
    lines.push(`  ${speech} quote${speech === 1 ? '' : 's'}, ${a.quotes.length - speech} term${a.quotes.length - speech === 1 ? '' : 's'}`);
    for (const q of a.quotes) {
      if (q.kind !== 'speech') continue;
      const who = q.speaker ?? 'speaker unknown';
      lines.push(`    ${q.line + 1}:${q.character + 1}  “${shorten(q.text, 90)}” — ${who}${q.via ? ` (via ${q.via})` : ''}`);
    }
    lines.push('');
  }
  const quoted = doc.people.filter((x) => x.quotes.length);
  lines.push(`${doc.articles.length} articles, ${doc.articles.reduce((n, a) => n + a.quotes.length, 0)} quotes, ${doc.people.length} people (${quoted.length} quoted)`);
  for (const person of quoted) {
    lines.push(`  ${person.name}${person.roles[0] ? `, ${person.roles[0]}` : ''}: ${person.quotes.length} quote${person.quotes.length === 1 ? '' : 's'} in ${person.articles.length} source${person.articles.length === 1 ? '' : 's'}${person.aliases.length ? ` (also: ${person.aliases.join(', ')})` : ''}`);
  }
  out(lines.join('\n'));
  save();
  return 0;
}

/**
 * Hits from the local sources and the archive, by score; at equal scores the local one first. An
 * archived article the writer also has locally is the local one's.
 */
export function mergeHits(local: SearchHit[], archived: SearchHit[], corpus: Corpus, limit: number): SearchHit[] {
  const remote = archived.filter((h) => !h.path || !corpus.has(h.path));
  return [...local, ...remote].map((h, i) => ({ h, i })).sort((a, b) => a.h.score - b.h.score || a.i - b.i).slice(0, limit).map((x) => x.h);
}

/** The archive named by --db or $CITEDESK_DB, opened read-only; null when none is named. */
async function archiveOf(p: ParsedArgs): Promise<Archive | null> {
  const url = dbUrl(p);
  return url ? openArchive(url) : null;
}

/** The local sources: --sources, else the bundled seeds unless an archive is given instead. */
function localInputs(p: ParsedArgs): string[] {
  return p.values.get('sources') ?? (dbUrl(p) ? [] : [bundledSeedsDir()]);
}

/** `citedesk search [--sources PATH...] [--db URL] [--limit N] [--json] QUERY...` */
export async function runSearch(args: string[]): Promise<number> {
  const p = parseArgs(args, { flags: ['json'], single: ['limit', 'cache', 'max-size', 'db'], multi: ['sources'] });
  const limit = intOption(p, 'limit', 10, 1, 1000);
  if (!p.positional.length) throw new UsageError('search needs at least one QUERY');
  const t0 = performance.now();
  const inputs = localInputs(p);
  const { corpus, index, save } = inputs.length ? await load(inputs, p) : { corpus: new Corpus(), index: null, save: async () => undefined };
  let archive: Archive | null = null;
  try {
    archive = await archiveOf(p);
    const size = archive ? await archive.search.size() : { articles: 0, quotes: 0 };
    const indexMs = performance.now() - t0;
    const queries: { query: string; ms: number; results: (SearchHit & { archive?: boolean })[] }[] = [];
    for (const query of p.positional) {
      const q0 = performance.now();
      const local = index ? index.search(query, { limit }) : [];
      const results = archive ? mergeHits(local, await archive.search.search(query, { limit }), corpus, limit) : local;
      queries.push({ query, ms: round(performance.now() - q0), results });
    }
    printSearch(p, { articles: corpus.size + size.articles, quotes: corpus.quoteCount + size.quotes, ms: indexMs }, queries);
    await save();
    return 0;
  } catch (e) {
    return archiveFailure(e);
  } finally {
    await archive?.close();
  }
}

function printSearch(p: ParsedArgs, total: { articles: number; quotes: number; ms: number }, queries: { query: string; ms: number; results: (SearchHit & { archive?: boolean })[] }[]): void {
  if (p.flags.has('json')) {
    out(JSON.stringify({
      index: { articles: total.articles, quotes: total.quotes, ms: round(total.ms) },
      queries: queries.map((q) => ({ query: q.query, ms: q.ms, results: q.results.map((r) => ({ kind: r.kind, text: r.text, speaker: r.speaker, path: r.path, line: r.line, score: r.score })) })),
    }, null, 2));
    return;
  }
  const lines: string[] = [`${total.articles} sources, ${total.quotes} quotes indexed in ${round(total.ms)} ms`];
  for (const q of queries) {
    lines.push('', `“${q.query}” (${q.ms} ms)`);
    if (!q.results.length) lines.push('  nothing found');
    q.results.forEach((r, i) => {
      const where = r.path ? `${r.path}:${r.line + 1}` : '';
      const who = r.kind === 'person' ? '' : r.speaker ? ` — ${r.speaker}` : '';
      lines.push(`  ${i + 1}. [${r.kind}] ${shorten(r.text, 100)}${who}  ${where}${r.archive ? ' (archive)' : ''}`);
    });
  }
  out(lines.join('\n'));
}

/** The corpus and its search index: through the `--cache` folder when one is given (`save` writes it back, after the answer is out). */
async function load(inputs: string[], p: ParsedArgs, exclude: string[] = []): Promise<{ corpus: Corpus; index: SearchIndex; save(): Promise<void> }> {
  const cacheDir = p.values.get('cache')?.at(-1);
  // Like the editor's citedesk.maxSourceSizeMB: a larger file is skipped with a message.
  const maxBytes = intOption(p, 'max-size', 10, 1, 4096) * 1024 * 1024;
  const loader = await openIndex(inputs, { cacheDir, onProblem: warnProblem, maxBytes, build: READER, exclude });
  return { corpus: loader.corpus, index: loader.index, save: () => loader.save() };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function shorten(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : t.slice(0, n - 1).replace(/\s+\S*$/, '') + '…';
}

/** Reads a draft for checking; a missing or unreadable draft is a usage error (exit 2). */
function readDraft(p: string): string {
  try {
    const st = fs.statSync(p);
    if (st.isDirectory()) throw new UsageError(`${p} is a folder; give the draft file`);
    return decodeBytes(fs.readFileSync(p)).text;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read the draft ${p}: ${describeError(e)}`);
  }
}

async function checkDraft(args: string[], flags: string[], single: string[]): Promise<{ findings: Finding[]; draft: string; p: ReturnType<typeof parseArgs> }> {
  const p = parseArgs(args, { flags, single: [...single, 'max-size', 'db'], multi: ['sources'] });
  if (p.positional.length !== 1) throw new UsageError(p.positional.length ? 'give exactly one DRAFT' : 'give the DRAFT to check');
  const draftPath = p.positional[0];
  const draft = readDraft(draftPath);
  const inputs = localInputs(p);
  // A draft kept among its sources is never its own source.
  const none = new Corpus();
  const { corpus, index } = inputs.length ? await load(inputs, p, [draftPath]) : { corpus: none, index: new SearchIndex(none) };
  const self = displayPath(draftPath);
  const parsed = parseDraft(self, draft);
  const archive = await archiveOf(p);
  try {
    let source: QuoteSource = localQuotes(corpus, index);
    if (archive) {
      const archived = await archiveQuotes(archive.search, parsed);
      // Local sources first; with none given, the archive alone.
      source = corpus.size ? combinedQuotes(source, archived) : archived;
    }
    return { findings: verifyAgainst(draft, source, { draftPath: self, parsed }), draft, p };
  } finally {
    await archive?.close();
  }
}

/** `citedesk check DRAFT [--sources PATH...] [--db URL] [--json]`: exit 1 when a quote needs attention. */
export async function runCheck(args: string[]): Promise<number> {
  let checked: Awaited<ReturnType<typeof checkDraft>>;
  try {
    checked = await checkDraft(args, ['json'], []);
  } catch (e) {
    return archiveFailure(e);
  }
  const { findings, p } = checked;
  const bad = findings.filter((f) => NEEDS_ATTENTION.has(f.status));
  if (p.flags.has('json')) {
    out(JSON.stringify({
      findings: findings.map((f) => ({
        text: f.text,
        line: f.line,
        character: f.character,
        status: f.status,
        speaker: f.speaker,
        // What the verdict rests on: the draft's speaker as read, the source and its speaker.
        draftSpeaker: f.draftSpeaker,
        source: f.source
          ? { path: f.source.path, title: f.source.title, outlet: f.source.outlet, published: f.source.published, line: f.source.line, speaker: f.source.speaker, text: f.source.text }
          : null,
        changes: f.changes,
        message: f.message,
      })),
    }, null, 2));
    return bad.length ? 1 : 0;
  }
  const mark: Record<string, string> = { verified: 'OK  ', elided: 'OK  ', term: 'TERM', variant: 'NOTE', misquote: 'FAIL', misattributed: 'FAIL', unsourced: 'WARN', 'speaker-unchecked': 'NOTE', uncredited: 'NOTE' };
  const lines: string[] = [`Checked ${p.positional[0]}: ${summarise(findings)}`, ''];
  for (const f of findings) {
    lines.push(`${mark[f.status]} ${String(f.line + 1).padStart(4)}  ${f.status.toUpperCase()}  “${shorten(f.text, 80)}”${f.speaker ? ` — ${f.speaker}` : ''}`);
    if (f.status !== 'verified' && f.status !== 'term' && f.status !== 'elided') lines.push(`           ${f.message}`);
    if (f.source) lines.push(`           source: ${f.source.path}:${f.source.line + 1}`);
  }
  out(lines.join('\n'));
  return bad.length ? 1 : 0;
}

/** `citedesk ledger DRAFT [--sources PATH...] [--db URL] [--format md|csv|json]` */
export async function runLedger(args: string[]): Promise<number> {
  let checked: Awaited<ReturnType<typeof checkDraft>>;
  try {
    checked = await checkDraft(args, [], ['format']);
  } catch (e) {
    return archiveFailure(e);
  }
  const { findings, p } = checked;
  const fmt = (p.values.get('format') ?? ['md']).pop()!;
  if (fmt !== 'md' && fmt !== 'csv' && fmt !== 'json') throw new UsageError(`--format must be md, csv or json, not "${fmt}"`);
  process.stdout.write(renderLedger(ledgerRows(findings), fmt as LedgerFormat, `Sourcing ledger: ${p.positional[0]}`));
  return 0;
}
