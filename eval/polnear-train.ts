/**
 * PolNeAR's train split as a development set for attribution: where each quotation's speaker is
 * named (the annotated Source span) against where Citedesk says it is named. No annotator resolved
 * train's pronouns and descriptions to names, so this reads mentions, not names:
 *
 *   mention  the words Citedesk reads as naming the speaker (following a continued quote back to
 *            the quote it continues) overlap the annotated Source;
 *   name     where the Source contains a name: Citedesk's speaker has that name's last word.
 *
 *   node out/eval/polnear-train.js [--errors N] [--rule ID] [--type name|pronoun|description]
 */
import { Corpus } from '../src/core/corpus/corpus';
import type { ParseOptions } from '../src/core/reading/article';
import type { Article, Quote } from '../src/core/types';
import { goldQuotes, loadPolnear, polnearAvailable, sourceType, type PolnearArticle, type PolnearQuote } from './polnear';

/** `--rules`: the attribution rules alone decide, without the speaker model (to compare the two). */
function readOptions(): ParseOptions {
  return process.argv.includes('--rules') ? { speakerModel: null } : {};
}
import { foldKey } from '../src/core/reading/text';

export interface MentionResult {
  gold: PolnearQuote;
  article: PolnearArticle;
  quote: Quote | null;
  speaker: string | null;
  rule: string | null;
  /** The span our reading says names the speaker, following continuations back. */
  span: { start: number; end: number } | null;
  mentionOk: boolean;
  nameOk: boolean | null;
  type: 'name' | 'pronoun' | 'description';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The words naming the speaker: the quote's own, or those of the quote it continues. */
function namedAt(a: Article, qi: number): { start: number; end: number } | null {
  for (let k = qi; k >= 0; k--) {
    const q = a.quotes[k];
    if (q.speakerSpan) return q.speakerSpan;
    if (q.rule !== 'continuation') return null;
  }
  return null;
}

const surname = (s: string) => foldKey(s).replace(/['\u2019]s$/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() ?? '';

export function readTrain(articles: PolnearArticle[]): MentionResult[] {
  const corpus = new Corpus(readOptions());
  for (const a of articles) corpus.upsert(a.name + '.txt', a.text);
  const out: MentionResult[] = [];
  for (const pa of articles) {
    const a = corpus.get(pa.name + '.txt')!;
    for (const g of goldQuotes(pa)) {
      const qi = a.quotes.findIndex((q) => q.parts.some((x) => Math.abs(x.start - g.start) <= 1 && Math.abs(x.end - g.end) <= 1));
      const q = qi >= 0 ? a.quotes[qi] : null;
      const src = g.attribution.source!;
      const type = sourceType(src.text);
      const speaker = q && q.kind === 'speech' ? corpus.speakerOf(q, a) : null;
      const span = q && q.kind === 'speech' ? namedAt(a, qi) : null;
      const mentionOk = !!span && overlaps(span, src);
      // A name in the Source: its last capitalised word must end our speaker's name.
      const cap = [...src.text.matchAll(/\p{Lu}[\p{L}'\u2019-]+/gu)].map((m) => m[0]);
      const nameOk = type === 'name' && cap.length ? !!speaker && surname(speaker) === surname(cap[cap.length - 1]) : null;
      out.push({ gold: g, article: pa, quote: q, speaker, rule: q?.rule ?? null, span, mentionOk, nameOk, type });
    }
  }
  return out;
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : '-';
}

function main(): void {
  if (!polnearAvailable()) {
    console.log('polnear: skipped: ../shared/corpora/polnear not found');
    return;
  }
  const arg = (n: string) => {
    const i = process.argv.indexOf(n);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const results = readTrain(loadPolnear('train'));
  const found = results.filter((r) => r.quote);
  console.log(`PolNeAR train: ${results.length} quotations, ${found.length} found (${pct(found.length, results.length)})`);
  console.log(`  mention right: ${pct(found.filter((r) => r.mentionOk).length, found.length)}; named sources, name right: ${pct(found.filter((r) => r.nameOk).length, found.filter((r) => r.nameOk !== null).length)}`);
  for (const t of ['name', 'pronoun', 'description'] as const) {
    const rs = found.filter((r) => r.type === t);
    console.log(`  ${t.padEnd(12)} ${String(rs.length).padStart(5)}  mention ${pct(rs.filter((r) => r.mentionOk).length, rs.length)}`);
  }
  const byRule = new Map<string, { n: number; ok: number }>();
  for (const r of found) {
    const k = r.rule ?? (r.quote?.kind === 'term' ? '(term)' : '(none)');
    const e = byRule.get(k) ?? { n: 0, ok: 0 };
    e.n++;
    if (r.mentionOk) e.ok++;
    byRule.set(k, e);
  }
  console.log('  by rule:');
  for (const [k, v] of [...byRule].sort((a, b) => b[1].n - a[1].n)) console.log(`    ${k.padEnd(24)} ${String(v.n).padStart(5)}  mention ${pct(v.ok, v.n)}  wrong ${v.n - v.ok}`);
  const n = Number(arg('--errors') ?? 0);
  if (n) {
    const rule = arg('--rule');
    const type = arg('--type');
    const errs = found.filter((r) => !r.mentionOk && (!rule || (r.rule ?? '(none)') === rule) && (!type || r.type === type));
    for (const r of errs.slice(0, n)) {
      const t = r.article.text;
      const from = Math.max(0, t.lastIndexOf('\n', r.gold.start - 1, ) - 300);
      const ctx = t.slice(Math.max(from, r.gold.start - 350), Math.min(t.length, r.gold.end + 200)).replace(/\s+/g, ' ');
      console.log(`\n[${r.rule ?? r.quote?.kind}] ours: ${JSON.stringify(r.speaker)} at ${r.span ? JSON.stringify(t.slice(r.span.start, r.span.end)) : '-'}; gold source: ${JSON.stringify(r.gold.attribution.source!.text)} (${r.type})\n  ${ctx}`);
    }
  }
}

if (require.main === module) main();
