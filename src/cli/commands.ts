/** The command-line tool's commands. Output goes to stdout; problems with files to stderr. */
import { performance } from 'perf_hooks';
import * as fs from 'fs';
import { ledgerRows, renderLedger, type LedgerFormat } from '../core/verification/ledger';
import { indexJson } from '../core/verification/report';
import { NEEDS_ATTENTION, summarise } from '../core/verification/summary';
import { SearchIndex } from '../core/search/search';
import { decodeBytes } from '../core/reading/text';
import { verifyDraft, type Finding } from '../core/verification/verify';
import type { Corpus } from '../core/corpus/corpus';
import { openIndexCached } from '../node/cache';
import { bundledSeedsDir, displayPath, loadCorpus, type LoadProblem } from '../node/load';
import { describeError } from '../node/files';
import { intOption, parseArgs, UsageError, type ParsedArgs } from './args';

declare const BUILD_ID: string | undefined;
/** This build of the reader (a cache written by another build is not reused). */
const READER = typeof BUILD_ID === 'string' ? BUILD_ID : 'dev';

function warn(p: LoadProblem): void {
  process.stderr.write(`citedesk: ${p.path}: ${p.message}\n`);
}

function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}

/** `citedesk index [PATH...] [--json]` */
export function runIndex(args: string[]): number {
  const p = parseArgs(args, { flags: ['json'], single: ['cache', 'max-size'] });
  const inputs = p.positional.length ? p.positional : [bundledSeedsDir()];
  const { corpus, save } = load(inputs, p);
  const doc = indexJson(corpus);
  if (p.flags.has('json')) {
    out(JSON.stringify(doc, null, 2));
    save();
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

/** `citedesk search [--sources PATH...] [--limit N] [--json] QUERY...` */
export function runSearch(args: string[]): number {
  const p = parseArgs(args, { flags: ['json'], single: ['limit', 'cache', 'max-size'], multi: ['sources'] });
  const limit = intOption(p, 'limit', 10, 1, 1000);
  if (!p.positional.length) throw new UsageError('search needs at least one QUERY');
  const t0 = performance.now();
  const { corpus, index, save } = load(p.values.get('sources') ?? [bundledSeedsDir()], p);
  const indexMs = performance.now() - t0;
  const queries = p.positional.map((query) => {
    const q0 = performance.now();
    const results = index.search(query, { limit });
    return { query, ms: round(performance.now() - q0), results };
  });
  if (p.flags.has('json')) {
    out(JSON.stringify({
      index: { articles: corpus.size, quotes: corpus.quoteCount, ms: round(indexMs) },
      queries: queries.map((q) => ({ query: q.query, ms: q.ms, results: q.results.map((r) => ({ kind: r.kind, text: r.text, speaker: r.speaker, path: r.path, line: r.line, score: r.score })) })),
    }, null, 2));
    save();
    return 0;
  }
  const lines: string[] = [`${corpus.size} sources, ${corpus.quoteCount} quotes indexed in ${round(indexMs)} ms`];
  for (const q of queries) {
    lines.push('', `“${q.query}” (${q.ms} ms)`);
    if (!q.results.length) lines.push('  nothing found');
    q.results.forEach((r, i) => {
      const where = r.path ? `${r.path}:${r.line + 1}` : '';
      const who = r.kind === 'person' ? '' : r.speaker ? ` — ${r.speaker}` : '';
      lines.push(`  ${i + 1}. [${r.kind}] ${shorten(r.text, 100)}${who}  ${where}`);
    });
  }
  out(lines.join('\n'));
  save();
  return 0;
}

/** The corpus and its search index: through the `--cache` folder when one is given (`save` writes it back, after the answer is out). */
function load(inputs: string[], p: ParsedArgs): { corpus: Corpus; index: SearchIndex; save(): void } {
  const cacheDir = p.values.get('cache')?.at(-1);
  // Like the editor's citedesk.maxSourceSizeMB: a larger file is skipped with a message.
  const maxBytes = intOption(p, 'max-size', 10, 1, 4096) * 1024 * 1024;
  if (cacheDir) return openIndexCached(inputs, { cacheDir, onProblem: warn, maxBytes, reader: READER });
  const { corpus } = loadCorpus(inputs, { onProblem: warn, maxBytes });
  const index = new SearchIndex(corpus);
  index.sync();
  return { corpus, index, save() {} };
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

function checkDraft(args: string[], flags: string[], single: string[]): { findings: Finding[]; draft: string; p: ReturnType<typeof parseArgs> } {
  const p = parseArgs(args, { flags, single: [...single, 'max-size'], multi: ['sources'] });
  if (p.positional.length !== 1) throw new UsageError(p.positional.length ? 'give exactly one DRAFT' : 'give the DRAFT to check');
  const draftPath = p.positional[0];
  const draft = readDraft(draftPath);
  const maxBytes = intOption(p, 'max-size', 10, 1, 4096) * 1024 * 1024;
  const { corpus } = loadCorpus(p.values.get('sources') ?? [bundledSeedsDir()], { onProblem: warn, maxBytes });
  // A draft kept among its sources is never its own source.
  const self = displayPath(draftPath);
  if (corpus.has(self)) corpus.remove(self);
  const index = new SearchIndex(corpus);
  return { findings: verifyDraft(draft, corpus, index, { draftPath: self }), draft, p };
}

/** `citedesk check DRAFT [--sources PATH...] [--json]`: exit 1 when a quote needs attention. */
export function runCheck(args: string[]): number {
  const { findings, p } = checkDraft(args, ['json'], []);
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

/** `citedesk ledger DRAFT [--sources PATH...] [--format md|csv|json]` */
export function runLedger(args: string[]): number {
  const { findings, p } = checkDraft(args, [], ['format']);
  const fmt = (p.values.get('format') ?? ['md']).pop()!;
  if (fmt !== 'md' && fmt !== 'csv' && fmt !== 'json') throw new UsageError(`--format must be md, csv or json, not "${fmt}"`);
  process.stdout.write(renderLedger(ledgerRows(findings), fmt as LedgerFormat, `Sourcing ledger: ${p.positional[0]}`));
  return 0;
}
