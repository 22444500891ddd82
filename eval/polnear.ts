/**
 * PolNeAR (US political news, 2015-16, every attribution annotated as Source / Cue / Content),
 * read at run time from ../shared/corpora/polnear: its text is never committed.
 *
 * A gold quotation is a span in quotation marks (curly, straight, or the New York Times's two
 * apostrophes) inside the Content of an attribution that has a Source. Its Source span says where
 * the article names the speaker; the speaker's full name (pronouns and descriptions resolved) was
 * annotated separately for the dev split and is kept in eval/annotations/polnear-dev/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS_DIRS } from './sources';

export interface Span {
  start: number;
  end: number;
}

export interface PolnearAttribution {
  source: (Span & { text: string }) | null;
  cue: (Span & { text: string }) | null;
  content: Span[];
}

export interface PolnearArticle {
  name: string;
  split: string;
  publisher: string;
  /** UTF-16 text as JavaScript reads it; every offset here is in UTF-16 units. */
  text: string;
  attributions: PolnearAttribution[];
}

export interface PolnearQuote extends Span {
  /** The words between the marks. */
  text: string;
  attribution: PolnearAttribution;
}

export const POLNEAR = CORPUS_DIRS.polnear;

export function polnearAvailable(): boolean {
  return fs.existsSync(path.join(POLNEAR, 'metadata.tsv'));
}

/** Code-point offsets (brat's) to UTF-16 offsets. */
function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (cp) => units[Math.min(cp, units.length - 1)];
}

/** One brat standoff file: text-bound spans and the events that join them. */
function parseAnn(ann: string, toUnit: (cp: number) => number): PolnearAttribution[] {
  const spans = new Map<string, { type: string; pieces: Span[]; text: string }>();
  const events: Record<string, string>[] = [];
  // A record may run over a line break; records start at a line opening with T, E or # and an id.
  for (const rec of ann.split(/\n(?=[TE#]\d*\t)/)) {
    if (rec.startsWith('T')) {
      const [id, head, cover] = rec.split('\t');
      const sp = head.indexOf(' ');
      const pieces = head
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .map(([a, b]) => ({ start: toUnit(a), end: toUnit(b) }));
      spans.set(id, { type: head.slice(0, sp), pieces, text: cover ?? '' });
    } else if (rec.startsWith('E')) {
      const args = rec.split('\t')[1] ?? '';
      events.push(Object.fromEntries(args.trim().split(/\s+/).map((a) => a.split(':') as [string, string])));
    }
  }
  const one = (id: string | undefined) => {
    const s = id ? spans.get(id) : undefined;
    return s ? { start: s.pieces[0].start, end: s.pieces[s.pieces.length - 1].end, text: s.text } : null;
  };
  return events.map((e) => ({
    source: one(e.Source),
    cue: one(e.Cue),
    content: Object.entries(e)
      .filter(([k]) => /^Content\d*$/.test(k))
      .flatMap(([, id]) => spans.get(id)?.pieces ?? []),
  }));
}

/** The articles of one split (`train` or `dev`), each with the first annotator's attributions. */
export function loadPolnear(split: 'train' | 'dev'): PolnearArticle[] {
  const meta = fs.readFileSync(path.join(POLNEAR, 'metadata.tsv'), 'utf8').split('\n').slice(1);
  const annDir = path.join(POLNEAR, split, 'attributions');
  const anns = fs.readdirSync(annDir).sort();
  const out: PolnearArticle[] = [];
  for (const line of meta) {
    const f = line.split('\t');
    if (f[0] !== split) continue;
    const name = f[1];
    const ann = anns.find((a) => a.startsWith(name + '_'));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(POLNEAR, split, 'text', name + '.txt'), 'utf8');
    out.push({ name, split, publisher: f[4], text, attributions: parseAnn(fs.readFileSync(path.join(annDir, ann), 'utf8'), codePointMap(text)) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

const MARKED = /\u201c[^\u201d\n]{1,2000}?\u201d|"[^"\n]{1,2000}?"|''[^'\n]{1,2000}?''/g;

/** Quotations inside the Content of an attribution with a Source, in text order. */
export function goldQuotes(a: PolnearArticle): PolnearQuote[] {
  const out: PolnearQuote[] = [];
  const withSource = a.attributions.filter((x) => x.source);
  MARKED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKED.exec(a.text))) {
    const w = m[0].startsWith("''") ? 2 : 1;
    const start = m.index + w;
    const end = m.index + m[0].length - w;
    const att = withSource.find((x) => x.content.some((c) => c.start <= start && end <= c.end));
    if (att) out.push({ start, end, text: a.text.slice(start, end), attribution: att });
  }
  return out;
}

/** What kind of words name the speaker: a name, a pronoun, or a description. */
export function sourceType(text: string): 'name' | 'pronoun' | 'description' {
  const t = text.trim();
  if (/^(?:he|she|they|it|we|i|who|you)$/i.test(t)) return 'pronoun';
  if (/^(?:a|an|the|one|his|her|its|their|some|two|three|several|many|other|another)\b/i.test(t) || !/\b\p{Lu}/u.test(t)) return 'description';
  return 'name';
}
