/**
 * Turning a source quote into words for the draft: the exact wording with only its closing
 * punctuation fitted to the sentence, the attribution, and a citation in the writer's style.
 * Pure text in, text out: the editor applies the result as one edit.
 */
import type { Locator } from '../types';

export type CitationStyle = 'footnote' | 'link' | 'parenthetical';

export interface SourceRef {
  /** How the draft links to the source (a relative path where possible); null when it cannot (a bundled source). */
  target: string | null;
  /** The source's file name, for the reader. */
  file: string;
  title: string;
  outlet: string | null;
  /** ISO date. */
  published: string | null;
  /** 0-based line of the quote in the source. */
  line: number;
  /** Where the quote stands beyond the line: a PDF's page, a recording's time. */
  locator?: Locator;
  /** The source's lines are its file's (a text or Markdown file), so a link can point at the line; default true. */
  lineAnchors?: boolean;
  /** Where a source with no link is kept, to cite it in words (default: "Citedesk bundled source"). */
  keptIn?: string;
}

export interface QuoteToInsert {
  text: string;
  speaker: string | null;
  role: string | null;
  /**
   * For words a transcript records: the event they were spoken at ("at a White House briefing",
   * "" when the transcript does not say), and the attribution reads as a reporter writes a
   * speaker's words: "…," Jane Roe, the deputy national security adviser, said at … Absent for
   * an article's quote.
   */
  occasion?: string;
}

export interface Insertion {
  /** Text to put at each cursor. */
  text: string;
  /** A footnote definition to add at the end of the document, when the style needs a new one. */
  footnote: string | null;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-06-18" → "18 June 2024". */
export function formatDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

/** The draft's quotation marks: curly unless the writer uses straight ones. */
export function preferredMarks(documentText: string): { open: string; close: string; innerOpen: string; innerClose: string } {
  const curly = (documentText.match(/[\u201c\u201d]/g) ?? []).length;
  const straight = (documentText.match(/"/g) ?? []).length;
  return straight > curly ? { open: '"', close: '"', innerOpen: "'", innerClose: "'" } : { open: '\u201c', close: '\u201d', innerOpen: '\u2018', innerClose: '\u2019' };
}

/**
 * The quote's words ready to stand before "said X": a closing full stop becomes a comma, a
 * question or exclamation mark stays, and double marks inside become single ones.
 */
export function fitQuote(text: string, marks: ReturnType<typeof preferredMarks>): string {
  let t = text.trim();
  // Double marks inside become single ones, opening or closing by where they stand.
  t = t.replace(/\u201c/g, marks.innerOpen).replace(/\u201d/g, marks.innerClose).replace(/"/g, (_m, i: number) => (i === 0 || /[\s([{\u2014-]/.test(t[i - 1]) ? marks.innerOpen : marks.innerClose));
  if (/[?!\u2026]$/.test(t) || /\.\.\.$/.test(t)) return t;
  if (/[.;:]$/.test(t)) return t.slice(0, -1) + ',';
  if (/,$/.test(t)) return t;
  return t + ',';
}

/** “…,” said Carl Thayer, a senior expert on Vietnam security. (without the final full stop) */
export function attribution(q: QuoteToInsert, marks: ReturnType<typeof preferredMarks>): string {
  const words = fitQuote(q.text, marks);
  const quoted = `${marks.open}${words}${marks.close}`;
  if (!q.speaker) return `${marks.open}${words.replace(/,$/, '')}${marks.close}`;
  if (q.occasion !== undefined) {
    const verb = /\?$/.test(words) ? 'asked' : 'said';
    return `${quoted} ${spokenBy(q.speaker, q.role)} ${verb}${q.occasion ? ` ${q.occasion}` : ''}`;
  }
  const role = q.role && !q.role.toLowerCase().startsWith(q.speaker.toLowerCase()) ? `, ${q.role.replace(/[.,;]+$/, '')}` : '';
  return `${quoted} said ${q.speaker}${role}`;
}

/** Offices written before a surname ("President Biden", "Secretary Mayorkas"). */
const TITLE_BEFORE = /^(?:(?:Vice |Prime )?(?:President|Minister)|Secretary|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|King|Queen|Prince|Princess|Chancellor|Ambassador|General|Admiral|Judge|Justice|Pope)$/;

/** The speaker as a reporter writes them before "said": "Jane Roe, the deputy national security adviser,", "President Biden", "a reporter". */
function spokenBy(speaker: string, role: string | null): string {
  const r = role?.replace(/[.,;]+$/, '').trim();
  if (!r || /^(?:a|an|the)\s/i.test(speaker) || r.toLowerCase() === speaker.toLowerCase()) return speaker;
  if (!speaker.includes(' ') && TITLE_BEFORE.test(r)) return `${r} ${speaker}`;
  return `${speaker}, ${roleInSentence(r)},`;
}

/**
 * A role as a sentence carries it after a name: "the deputy national security adviser for
 * Cyber" for "Deputy National Security Advisor for Cyber": the office lower-cased up to "of",
 * "for" or "to" (what follows is a name), acronyms kept, "the" before it.
 */
export function roleInSentence(role: string): string {
  if (/^(?:a|an|the)\s/i.test(role)) return role;
  const words = role.split(/\s+/);
  let inOffice = true;
  const out = words.map((w) => {
    if (/^(?:of|for|to|at|in|on)$/i.test(w)) inOffice = false;
    if (!inOffice || /^[A-Z]{2,}s?$/.test(w) || /^[A-Z]\.(?:[A-Z]\.)+$/.test(w)) return w;
    return w.toLowerCase().replace(/^advisor(s?)$/, 'adviser$1');
  });
  return `the ${out.join(' ')}`;
}

/** "p. 2", "at 12:31" (hours shown when there are any). */
export function locatorText(locator: Locator | undefined): string | null {
  if (!locator) return null;
  if ('page' in locator) return `p. ${locator.page}`;
  return `at ${locator.time.replace(/^00:/, '')}`;
}

/** Title as it reads in a citation: italic in Markdown, plain in text. */
function titleText(s: SourceRef, markdown: boolean): string {
  const t = s.title.replace(/\s+/g, ' ').trim();
  return markdown ? `*${t.replace(/\*/g, '')}*` : t;
}

/** "(Reuters, 18 June 2024)", "(*Headline*, 18 June 2024)", "(White House, 19 December 2022, p. 2)". */
export function parenthetical(s: SourceRef, markdown: boolean): string {
  const parts = [s.outlet ?? titleText(s, markdown), formatDate(s.published), locatorText(s.locator)].filter(Boolean);
  return `(${parts.join(', ')})`;
}

/** The link's anchor: the line of a text file, the page of a PDF, none for other files. */
function anchor(s: SourceRef): string {
  if (s.lineAnchors !== false) return `#L${s.line + 1}`;
  return s.locator && 'page' in s.locator ? `#page=${s.locator.page}` : '';
}

/** Where in the file, in words: "line 46", "p. 2", "at 12:31"; null for a file with neither. */
function placeText(s: SourceRef): string | null {
  return s.lineAnchors !== false ? `line ${s.line + 1}` : locatorText(s.locator);
}

/** Footnote labels already defined in a Markdown draft: "[^3]: …" → 3. */
export function footnoteLabels(doc: string): { label: string; line: string }[] {
  const out: { label: string; line: string }[] = [];
  const re = /^\[\^([^\]\s]+)\]:[ \t]?(.*)$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc))) out.push({ label: m[1], line: m[2] });
  return out;
}

/** The next numeric footnote label: one past the largest number used as a label or marker. */
export function nextFootnoteNumber(doc: string): number {
  let max = 0;
  const re = /\[\^(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc))) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** Ends a citation with a full stop, unless its last word already ends a sentence ("…North Korea?*"). */
function endWithStop(s: string): string {
  return /[.?!]\**$/.test(s) ? s : s + '.';
}

function footnoteDefinition(s: SourceRef, markdown: boolean): string {
  const head = [s.outlet, titleText(s, markdown), formatDate(s.published), s.lineAnchors !== false ? locatorText(s.locator) : null].filter(Boolean).join(', ');
  const place = [s.file, placeText(s)].filter(Boolean).join(', ');
  const where = s.target === null ? `${s.keptIn ?? 'Citedesk bundled source'} ${place}` : markdown ? `[${place}](${encodeTarget(s.target)}${anchor(s)})` : [s.target, placeText(s)].filter(Boolean).join(', ');
  return `${endWithStop(head)} ${where}.`;
}

function encodeTarget(t: string): string {
  return t.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * What to insert for a quote in a given style. `doc` is the draft's current text: footnotes are
 * numbered after the existing ones, and a source already cited reuses its definition.
 */
export function buildInsertion(q: QuoteToInsert, s: SourceRef, style: CitationStyle, markdown: boolean, doc: string): Insertion {
  const sentence = attribution(q, preferredMarks(doc));
  const c = citation(s, style, markdown, doc);
  // A footnote marker follows the full stop; a parenthetical or a link stands before it.
  return { text: style === 'footnote' ? `${sentence}.${c.text}` : `${sentence}${c.text}.`, footnote: c.footnote };
}

/**
 * The citation alone, in a given style, to stand right after the words it credits: " (Reuters, 18
 * June 2024)", " ([Reuters, 18 June 2024](…#L3))" or a footnote marker with, when the source is
 * not cited yet, its definition.
 */
export function citation(s: SourceRef, style: CitationStyle, markdown: boolean, doc: string): Insertion {
  // Nothing to link to (a bundled source): cite it in words instead.
  if (style === 'parenthetical' || (style === 'link' && s.target === null)) return { text: ` ${parenthetical(s, markdown)}`, footnote: null };
  if (style === 'link') {
    if (!markdown) return { text: ` (${[s.target, placeText(s)].filter(Boolean).join(', ')})`, footnote: null };
    const label = [s.outlet ?? s.title, formatDate(s.published), locatorText(s.locator)].filter(Boolean).join(', ').replace(/[[\]]/g, '');
    return { text: ` ([${label}](${encodeTarget(s.target!)}${anchor(s)}))`, footnote: null };
  }
  // Footnote: reuse the definition that already cites this source at this line.
  const def = footnoteDefinition(s, markdown);
  const existing = markdown
    ? footnoteLabels(doc).find((f) => f.line.trim() === def)
    : plainNotes(doc).find((f) => f.line.trim() === def);
  if (existing) return { text: marker(existing.label, markdown), footnote: null };
  const n = markdown ? nextFootnoteNumber(doc) : nextPlainNote(doc);
  return { text: marker(String(n), markdown), footnote: markdown ? `[^${n}]: ${def}` : `[${n}] ${def}` };
}

function marker(label: string, markdown: boolean): string {
  return markdown ? `[^${label}]` : ` [${label}]`;
}

/** Plain-text notes: lines "[3] …" at the end of the draft. */
export function plainNotes(doc: string): { label: string; line: string }[] {
  const out: { label: string; line: string }[] = [];
  const re = /^\[(\d+)\] (.*)$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc))) out.push({ label: m[1], line: m[2] });
  return out;
}

function nextPlainNote(doc: string): number {
  let max = 0;
  const re = /\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc))) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/**
 * Where a new footnote definition goes and what separates it from the text before: always at
 * the very end, so no writer's text is moved or removed.
 */
export function footnoteAppend(doc: string, definition: string): string {
  if (!doc.length) return definition + '\n';
  const endsWithNewline = /\r?\n$/.test(doc);
  const nl = /\r\n/.test(doc) ? '\r\n' : '\n';
  const lastLine = doc.replace(/\r?\n$/, '').split(/\r?\n/).pop() ?? '';
  const afterNotes = /^\[\^[^\]]+\]:|^\[\d+\] /.test(lastLine);
  return (endsWithNewline ? '' : nl) + (afterNotes ? '' : nl) + definition + nl;
}

/** A one-line citation for the clipboard. */
export function citationLine(q: QuoteToInsert, s: SourceRef): string {
  const who = q.speaker ? `${q.speaker}${q.role ? `, ${q.role}` : ''}` : 'Unattributed';
  const where = [s.outlet, s.title, formatDate(s.published), locatorText(s.locator)].filter(Boolean).join(', ');
  return `“${q.text}” — ${who}. ${where}. ${[s.target ?? s.file, placeText(s)].filter(Boolean).join(', ')}.`;
}
