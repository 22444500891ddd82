/**
 * Headline, outlet and publication date of an article, where the text gives them. Saved web pages
 * open with site furniture (a tagline, a breadcrumb, "Recent Features"); the headline is the line
 * that reads as one.
 */
import { COMMON_WORDS } from './vocabulary';

export interface ArticleMeta {
  title: string;
  outlet: string | null;
  published: string | null;
  /** Offset where the body starts (after front matter, if any). */
  bodyStart: number;
  /** The headline's line in the text, when the title was read from one. */
  titleSpan: { start: number; end: number } | null;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const FURNITURE = /^(?:home|menu|search|skip to (?:main )?content|recent features|features|news|latest|latest news|breaking news|advertisement|subscribe|sign in|log in|share|share this|print|comments?|related|read more|scroll to top|top stories|most read|opinion|analysis)$/i;

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses "June 18, 2024", "18 June 2024", "2024-06-18" into an ISO date. */
export function parseDate(s: string): string | null {
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return isoDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return isoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return null;
}

interface Line {
  text: string;
  start: number;
}

function lines(text: string, from: number, max: number): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(text))) {
    if (m[0].trim()) out.push({ text: m[0].trim(), start: m.index + (m[0].length - m[0].trimStart().length) });
    re.lastIndex = m.index + m[0].length + 1;
    if (re.lastIndex > text.length) break;
  }
  return out;
}

/** YAML-ish front matter: `---\ntitle: …\noutlet: …\npublished: …\n---`. */
function frontMatter(text: string): { fields: Record<string, string>; end: number } | null {
  const m = /^---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, '');
  }
  return { fields, end: m[0].length };
}

function headlineScore(l: Line, all: Line[], index: number): number {
  const t = l.text.replace(/^#+\s*/, '');
  if (FURNITURE.test(t)) return -10;
  // A body paragraph: no need to split its words to know it is no headline.
  if (t.length > 200) return -5;
  const words = t.split(/\s+/).filter(Boolean);
  let score = 0;
  if (words.length < 2) return -5;
  if (words.length === 2) score -= 1;
  // A headline has no full stop at its end; a tagline or a sentence does.
  if (/[.]$/.test(t)) score -= 4;
  if (/[|]/.test(t) && t.split('|').length > 2) score -= 3; // "ASEAN Beat | Diplomacy | Southeast Asia"
  if (/^(?:published|updated|by|posted|credit|image|photo|\(|\[)/i.test(t)) score -= 6;
  if (/^#\s/.test(l.text)) score += 3;
  // A line repeated further down (the page repeats its headline) or the tail of a breadcrumb.
  const repeats = all.filter((o) => o !== l && o.text.replace(/^#+\s*/, '') === t).length;
  score += Math.min(repeats, 2) * 2;
  if (all.some((o) => o !== l && o.text.length > t.length && o.text.endsWith(t))) score += 3;
  // A breadcrumb: this line ends with another whole line.
  if (all.some((o) => o !== l && t.length > o.text.length && t.endsWith(' ' + o.text))) score -= 4;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  if (capitalised > 0.5) score += 1;
  const common = words.filter((w) => COMMON_WORDS.has(w.toLowerCase())).length;
  if (common > 0) score += 1;
  score -= index * 0.5;
  return score;
}

/** Reads headline, outlet and date from the opening lines of an article. */
export function readMetadata(text: string, fallbackTitle: string): ArticleMeta {
  const fm = frontMatter(text);
  const bodyStart = fm ? fm.end : 0;
  const head = lines(text, bodyStart, 14);
  let title = fm?.fields.title ?? '';
  let titleSpan: ArticleMeta['titleSpan'] = null;
  if (!title && head.length) {
    let best = head[0];
    let bestScore = -Infinity;
    head.slice(0, 10).forEach((l, i) => {
      const s = headlineScore(l, head, i);
      if (s > bestScore) {
        bestScore = s;
        best = l;
      }
    });
    title = best.text.replace(/^#+\s*/, '');
    titleSpan = { start: best.start, end: best.start + best.text.length };
    // "Why does Russia's Putin visit Vietnam after North Korea? | News": drop the site section.
    const bar = title.indexOf(' | ');
    if (bar > 0 && title.slice(0, bar).split(/\s+/).length >= 3) title = title.slice(0, bar);
  }
  if (!title) title = fallbackTitle;

  let published: string | null = fm?.fields.published ? parseDate(fm.fields.published) ?? null : fm?.fields.date ? parseDate(fm.fields.date) : null;
  let outlet: string | null = fm?.fields.outlet ?? fm?.fields.source ?? fm?.fields.publication ?? null;
  for (const l of lines(text, bodyStart, 40)) {
    if (!published) {
      const p = /^(?:published|posted|updated|date|first published)\s*(?:on)?\s*:?\s*(.+)$/i.exec(l.text);
      if (p) published = parseDate(p[1]);
    }
    if (!outlet) {
      const o = /^(?:source|outlet|publication|published by|publisher)\s*:\s*(.{2,60})$/i.exec(l.text) ?? /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.{2,60}?)\.?$/i.exec(l.text);
      if (o) outlet = o[1].trim();
    }
  }
  return { title: title.trim(), outlet: outlet ? outlet.trim() : null, published, bodyStart, titleSpan };
}
