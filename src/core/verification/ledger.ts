/**
 * The sourcing ledger of a draft: every quotation with its verdict, speaker and source. What a
 * fact-checker signs off, in Markdown, CSV or JSON.
 */
import { formatDate } from './cite';
import type { Finding } from './verify';

export type LedgerFormat = 'md' | 'csv' | 'json';

export interface LedgerRow {
  n: number;
  quote: string;
  verdict: string;
  speaker: string | null;
  sourceSpeaker: string | null;
  headline: string | null;
  outlet: string | null;
  date: string | null;
  path: string | null;
  line: number | null;
  draftLine: number;
  note: string;
}

export function ledgerRows(findings: Finding[], pathShown: (p: string) => string = (p) => p): LedgerRow[] {
  return findings.map((f, i) => ({
    n: i + 1,
    quote: f.text,
    verdict: f.status,
    speaker: f.speaker,
    sourceSpeaker: f.source?.speaker ?? null,
    headline: f.source?.title ?? null,
    outlet: f.source?.outlet ?? null,
    date: f.source?.published ?? null,
    path: f.source ? pathShown(f.source.path) : null,
    line: f.source ? f.source.line + 1 : null,
    draftLine: f.line + 1,
    note: f.message,
  }));
}

function mdCell(s: string | number | null): string {
  if (s === null || s === '') return '—';
  // Text from drafts and sources stays text: escape what Markdown would read as markup.
  return String(s).replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function csvCell(s: string | number | null): string {
  if (s === null) return '';
  const t = String(s);
  // A cell a spreadsheet would run as a formula is prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderLedger(rows: LedgerRow[], format: LedgerFormat, title = 'Sourcing ledger'): string {
  if (format === 'json') return JSON.stringify({ quotes: rows }, null, 2) + '\n';
  const cols: [keyof LedgerRow, string][] = [
    ['n', '#'], ['quote', 'Quote'], ['verdict', 'Verdict'], ['speaker', 'Speaker (draft)'], ['sourceSpeaker', 'Speaker (source)'],
    ['headline', 'Source headline'], ['outlet', 'Outlet'], ['date', 'Date'], ['path', 'Source file'], ['line', 'Line'], ['draftLine', 'Draft line'],
  ];
  if (format === 'csv') {
    return [cols.map(([, h]) => csvCell(h)).join(','), ...rows.map((r) => cols.map(([k]) => csvCell(r[k] as string | number | null)).join(','))].join('\r\n') + '\r\n';
  }
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const summary = [...counts].map(([v, n]) => `${n} ${v}`).join(', ') || 'no quotations';
  // Prose copied without credit is listed too, but it is no quotation.
  const copies = counts.get('uncredited') ?? 0;
  const quotes = rows.length - copies;
  const what = `${quotes} quotation${quotes === 1 ? '' : 's'}${copies ? ` and ${copies} passage${copies === 1 ? '' : 's'} copied without credit` : ''}`;
  const lines = [`# ${title}`, '', `${what}: ${summary}.`, ''];
  lines.push(`| ${cols.map(([, h]) => h).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
  for (const r of rows) {
    lines.push(`| ${cols.map(([k]) => (k === 'date' ? mdCell(formatDate(r.date) ?? r.date) : mdCell(r[k] as string | number | null))).join(' | ')} |`);
  }
  lines.push('', 'Checked by Citedesk. Sign-off: ____________________  Date: __________', '');
  return lines.join('\n');
}
