/**
 * Adversarial drafts: quotations written to trip the checker, each with the verdict a careful
 * fact-checker gives it. Prints how many edits that change the meaning or the speaker pass, and
 * how many correct quotes are flagged.
 *
 *   npm run eval:adversarial            the figures
 *   ... -- -v                           every case that did not get its verdict
 *   ... -- --validate                   only expand the drafts (no verdicts): for writing cases
 *   ... -- --import SRC_DIR             turn drafts written with source text into committed form
 *
 * Committed form (`eval/adversarial/*.json`): the text of a BBC or PolNeAR source is never in the
 * draft itself; a draft holds `{n}` where the n-th reference's words go (a file, offsets and a
 * hash), `{{` and `}}` for literal braces. A set whose sources are absent is skipped and says so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../src/core/corpus/corpus';
import { readDocumentNow } from '../src/core/formats';
import { parseArticle } from '../src/core/reading/article';
import { SearchIndex } from '../src/core/search/search';
import { verifyDraft, type Finding } from '../src/core/verification/verify';
import { hashText } from './hash';
import { ROOT, committable, readRef, refExists } from './sources';

interface Ref {
  ref: string;
  start: number;
  end: number;
  sha: string;
}

interface Case {
  id: string;
  class: string;
  /** True for an edit that changes the meaning or the speaker: it must never pass. */
  changesMeaning: boolean;
  /** Acceptable statuses for the quotation under test; "none" for no finding at all. */
  expect: string[];
  /** Which of the draft's quotations is under test (in draft order); null: the draft as a whole (uncredited, paraphrase). */
  quote: number | null;
  draft: string;
  refs?: Ref[];
  /** Words the finding's message must contain (case-insensitive), e.g. what an ellipsis cut. */
  messageIncludes?: string[];
  note?: string;
}

interface CaseFile {
  description?: string;
  sources: string[];
  cases: Case[];
}

const DIR = path.join(ROOT, 'eval', 'adversarial');

/** Statuses that let a quotation through as fine. */
const PASSES = new Set(['verified', 'elided', 'variant', 'term', 'none']);
/** Statuses that flag a quotation as wrong. */
const ALARMS = new Set(['misquote', 'misattributed', 'unsourced']);

/** The draft with its references filled in; throws when a source no longer holds the words. */
export function expand(c: Case): string {
  return c.draft.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const r = c.refs?.[Number(n)];
    if (!r) throw new Error(`${c.id}: no reference {${n}}`);
    const t = readRef(r.ref).slice(r.start, r.end);
    if (hashText(t) !== r.sha) throw new Error(`${c.id}: ${r.ref}@${r.start}-${r.end} no longer holds the words it was written with`);
    return t;
  });
}

/** The finding the case is about: its quotation's, or for a whole-draft case every finding. */
function findingsUnderTest(c: Case, findings: Finding[]): Finding[] {
  const quotes = findings.filter((f) => (f.status as string) !== 'uncredited');
  if (c.quote === null) return findings;
  const f = quotes[c.quote];
  return f ? [f] : [];
}

function statusOf(c: Case, fs_: Finding[]): string {
  if (c.quote === null) {
    const flagged = fs_.filter((f) => f.status !== 'term' && f.status !== 'verified');
    if (!flagged.length) return 'none';
    // The most serious finding speaks for the draft.
    for (const s of ['misquote', 'misattributed', 'unsourced', 'uncredited', 'speaker-unchecked', 'variant', 'elided']) if (flagged.some((f) => f.status === s)) return s;
    return flagged[0].status;
  }
  return fs_[0]?.status ?? 'none';
}

interface Tally {
  n: number;
  right: number;
  /** Meaning or speaker changed, yet passed. */
  passed: number;
  changes: number;
  /** Correct, yet flagged misquote/misattributed/unsourced. */
  alarms: number;
  correct: number;
  /** Reported as speaker-unchecked. */
  unchecked: number;
  messageChecks: number;
  messageOk: number;
}

const tally = (): Tally => ({ n: 0, right: 0, passed: 0, changes: 0, alarms: 0, correct: 0, unchecked: 0, messageChecks: 0, messageOk: 0 });

function add(t: Tally, u: Tally): void {
  for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += u[k];
}

function loadFiles(): { name: string; file: CaseFile }[] {
  if (!fs.existsSync(DIR)) return [];
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), file: JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as CaseFile }));
}

/** The sources as the tool reads them: each through its format reader (a transcript by its turns). */
function corpusOf(sources: string[]): Corpus {
  const corpus = new Corpus();
  for (const s of sources) {
    const bytes = new TextEncoder().encode(readRef(s));
    const doc = readDocumentNow(s, bytes);
    corpus.put(doc ? parseArticle(s, doc) : parseArticle(s, bytes));
  }
  return corpus;
}

/** Runs every case file; returns the figures by class and in all. */
export function runAdversarial(verbose = false): { total: Tally; byClass: Map<string, Tally>; skipped: string[]; errors: string[] } {
  const total = tally();
  const byClass = new Map<string, Tally>();
  const skipped: string[] = [];
  const errors: string[] = [];
  for (const { name, file } of loadFiles()) {
    const missing = file.sources.filter((s) => !refExists(s));
    if (missing.length) {
      skipped.push(`${name}: ${missing.length} source(s) absent (${missing[0]} …)`);
      continue;
    }
    const corpus = corpusOf(file.sources);
    const index = new SearchIndex(corpus);
    for (const c of file.cases) {
      const draft = expand(c);
      const found = findingsUnderTest(c, verifyDraft(draft, corpus, index, { draftPath: 'draft.md' }));
      const status = statusOf(c, found);
      const t = tally();
      t.n = 1;
      t.right = c.expect.includes(status) ? 1 : 0;
      if (c.changesMeaning) {
        t.changes = 1;
        t.passed = PASSES.has(status) ? 1 : 0;
      } else {
        t.correct = 1;
        t.alarms = ALARMS.has(status) ? 1 : 0;
      }
      t.unchecked = status === 'speaker-unchecked' ? 1 : 0;
      if (c.messageIncludes?.length) {
        t.messageChecks = 1;
        const msg = found.map((f) => f.message).join(' ').toLowerCase();
        t.messageOk = c.messageIncludes.every((w) => msg.includes(w.toLowerCase())) ? 1 : 0;
      }
      add(total, t);
      const k = byClass.get(c.class) ?? tally();
      add(k, t);
      byClass.set(c.class, k);
      if (!t.right || (t.messageChecks && !t.messageOk)) {
        const msg = found[0]?.message ?? '';
        errors.push(`${name}/${c.id} [${c.class}] got ${status}, want ${c.expect.join('|')}${t.messageChecks && !t.messageOk ? ` (message lacks ${JSON.stringify(c.messageIncludes)})` : ''}` + (verbose ? `\n      draft: ${draft.replace(/\s+/g, ' ').slice(0, 300)}\n      says:  ${msg.slice(0, 300)}` : ''));
      }
    }
  }
  return { total, byClass, skipped, errors };
}

function pct(a: number, b: number): string {
  return b ? `${((a / b) * 100).toFixed(1)}%` : '-';
}

export function printAdversarial(r: ReturnType<typeof runAdversarial>, verbose: boolean): void {
  const t = r.total;
  console.log('Adversarial drafts');
  console.log(`  ${t.n} quotations: ${t.right} get their verdict (${pct(t.right, t.n)})`);
  console.log(`  edits that change the meaning or the speaker: ${t.passed} of ${t.changes} pass`);
  console.log(`  correct quotations: ${t.alarms} of ${t.correct} flagged (${t.correct ? (t.alarms / t.correct * 25).toFixed(2) : '-'} per 25)`);
  console.log(`  speaker-unchecked: ${t.unchecked}; messages that name what differs: ${t.messageOk} of ${t.messageChecks}`);
  console.log('  by class                          n  right  passed  alarms');
  for (const [k, v] of [...r.byClass].sort()) {
    console.log(`    ${k.padEnd(30)} ${String(v.n).padStart(3)}  ${String(v.right).padStart(5)}  ${v.changes ? String(v.passed).padStart(6) : '     -'}  ${v.correct ? String(v.alarms).padStart(6) : '     -'}`);
  }
  for (const s of r.skipped) console.log(`  skipped ${s}`);
  if (verbose) for (const e of r.errors) console.log('  ' + e);
}

// ---------------------------------------------------------------------------------------------
// Writing cases: a draft written with the source's words in it becomes the committed form.

const MIN_REF = 16;

/** Replaces every run of ≥16 characters of a non-committable source with a reference. */
export function toCommitted(c: Case, sources: string[]): Case {
  const texts = sources.filter((s) => !committable(s)).map((s) => ({ ref: s, text: readRef(s) }));
  const refs: Ref[] = [];
  let out = '';
  let i = 0;
  const d = c.draft;
  while (i < d.length) {
    let best: { ref: string; start: number; len: number } | null = null;
    for (const t of texts) {
      let len = MIN_REF;
      if (t.text.indexOf(d.slice(i, i + len)) < 0) continue;
      while (i + len < d.length && t.text.indexOf(d.slice(i, i + len + 1)) >= 0) len++;
      if (!best || len > best.len) best = { ref: t.ref, start: t.text.indexOf(d.slice(i, i + len)), len };
    }
    if (best && i + MIN_REF <= d.length) {
      const words = d.slice(i, i + best.len);
      refs.push({ ref: best.ref, start: best.start, end: best.start + best.len, sha: hashText(words) });
      out += `{${refs.length - 1}}`;
      i += best.len;
    } else {
      out += d[i] === '{' ? '{{' : d[i] === '}' ? '}}' : d[i];
      i++;
    }
  }
  const committed: Case = { ...c, draft: out };
  if (refs.length) committed.refs = refs;
  else delete committed.refs;
  if (expand(committed) !== d) throw new Error(`${c.id}: the committed draft does not expand to the draft`);
  return committed;
}

function importDir(src: string): void {
  fs.mkdirSync(DIR, { recursive: true });
  for (const f of fs.readdirSync(src).filter((x) => x.endsWith('.json')).sort()) {
    const file = JSON.parse(fs.readFileSync(path.join(src, f), 'utf8')) as CaseFile;
    const out: CaseFile = { ...file, cases: file.cases.map((c) => toCommitted(c, file.sources)) };
    fs.writeFileSync(path.join(DIR, f), JSON.stringify(out, null, 1) + '\n');
    console.log(`${f}: ${out.cases.length} cases, ${out.cases.reduce((n, c) => n + (c.refs?.length ?? 0), 0)} references`);
  }
}

function validate(): void {
  for (const { name, file } of loadFiles()) {
    for (const s of file.sources) if (!refExists(s)) console.log(`${name}: source absent: ${s}`);
    for (const c of file.cases) console.log(`${name}/${c.id}: ${expand(c).replace(/\s+/g, ' ')}`);
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const imp = argv.indexOf('--import');
  if (imp >= 0) return importDir(argv[imp + 1]);
  if (argv.includes('--validate')) return validate();
  const verbose = argv.includes('-v');
  printAdversarial(runAdversarial(verbose), verbose);
}

if (require.main === module) main();
