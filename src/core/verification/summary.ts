/**
 * What a check of a draft comes to, in one line: the quotations checked, how many need attention
 * (misquote, misattributed, unsourced), and the findings that only ask the writer to look (a
 * speaker not checked, words copied without credit). Shared by "Check Quotes in Draft" and `check`.
 */
import type { Finding, Verdict } from './verify';

/** Verdicts that need the writer's attention (and make `check` exit 1). */
export const NEEDS_ATTENTION: ReadonlySet<Verdict> = new Set<Verdict>(['misquote', 'misattributed', 'unsourced']);

export interface Tally {
  quotes: number;
  attention: number;
  speakersUnchecked: number;
  copies: number;
}

export function tallyFindings(findings: Finding[]): Tally {
  const n = (s: Verdict) => findings.filter((f) => f.status === s).length;
  return {
    quotes: findings.length - n('uncredited'),
    attention: findings.filter((f) => NEEDS_ATTENTION.has(f.status)).length,
    speakersUnchecked: n('speaker-unchecked'),
    copies: n('uncredited'),
  };
}

const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;

/** "3 quotes checked, 1 needs attention; 1 speaker to check, 2 passages copied without credit." */
export function summarise(findings: Finding[]): string {
  const t = tallyFindings(findings);
  const notes = [
    t.speakersUnchecked ? `${plural(t.speakersUnchecked, 'speaker', 'speakers')} to check` : '',
    t.copies ? `${plural(t.copies, 'passage', 'passages')} copied without credit` : '',
  ].filter(Boolean);
  return `${plural(t.quotes, 'quote', 'quotes')} checked, ${t.attention} need${t.attention === 1 ? 's' : ''} attention${notes.length ? `; ${notes.join(', ')}` : ''}.`;
}
