/**
 * Crediting words the draft copied from a source (an `uncredited` finding): either quote them,
 * with the draft's own quotation marks and an attribution, or leave them as prose and cite the
 * source right after them in the writer's citation style. Pure text in, edits out.
 */
import { citation, footnoteAppend, preferredMarks, type CitationStyle, type SourceRef } from './cite';
import type { Finding } from './verify';

export interface TextEdit {
  /** Offsets in the draft. */
  start: number;
  end: number;
  text: string;
}

export interface Credit {
  title: string;
  /** Edits that do not overlap, in draft order. */
  edits: TextEdit[];
}

/** Who the words are by, as an attribution: the speaker they are quoted from, else the outlet or headline. */
function creditLine(f: Finding): string {
  const s = f.source!;
  if (s.speaker) return `${s.speaker} said`;
  return `according to ${s.outlet ?? `“${s.title}”`}`;
}

/**
 * The copied words between the draft's quotation marks, followed by who they are by:
 * `“…in 1974”, according to Northshire Gazette` or `“…close the gap”, Jane Roe said`.
 */
export function quoteCopy(draft: string, f: Finding): Credit | null {
  if (f.status !== 'uncredited' || !f.source) return null;
  const marks = preferredMarks(draft);
  // Double marks inside the copied words become single ones.
  const words = f.text.replace(/[\u201c"]/g, marks.innerOpen).replace(/\u201d/g, marks.innerClose);
  return {
    title: `Quote the copied words and credit ${f.source.speaker ?? f.source.outlet ?? 'the source'}`,
    edits: [{ start: f.span.start, end: f.span.end, text: `${marks.open}${words}${marks.close}, ${creditLine(f)}` }],
  };
}

/** A citation of the source right after the copied words, in `style`; a new footnote goes at the end of the draft. */
export function citeCopy(draft: string, f: Finding, s: SourceRef, style: CitationStyle, markdown: boolean): Credit | null {
  if (f.status !== 'uncredited' || !f.source) return null;
  const c = citation(s, style, markdown, draft);
  const at = f.span.end;
  // Copied words at the very end of the draft take the footnote with them, so their order is certain.
  if (c.footnote && at === draft.length) return { title: citeTitle(s), edits: [{ start: at, end: at, text: c.text + footnoteAppend(draft + c.text, c.footnote) }] };
  const edits: TextEdit[] = [{ start: at, end: at, text: c.text }];
  if (c.footnote) edits.push({ start: draft.length, end: draft.length, text: footnoteAppend(draft, c.footnote) });
  return { title: citeTitle(s), edits };
}

function citeTitle(s: SourceRef): string {
  return `Cite ${s.outlet ?? `“${s.title}”`} after the copied words`;
}
