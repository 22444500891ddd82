/**
 * YAML front matter as sources carry it (`---` … `---` at the top of a Markdown file): flat
 * `key: value` fields, values plain, single- or double-quoted, and folded over several lines. Not
 * a YAML parser: nested structures are skipped; what a source states about itself is read.
 */
import { parseDate } from '../reading/metadata';
import { publisherOf } from './publishers';

export interface FrontMatter {
  /** Field names lower-cased; values unquoted, escapes resolved, folded lines joined. */
  fields: Record<string, string>;
  /** Offset just past the closing `---` line. */
  end: number;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]{0,8000}?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter opening `text`, or null when it has none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = BLOCK.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  const lines = m[1].split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(lines[i]);
    if (!kv) continue;
    // A value goes on over the lines indented under its key.
    let raw = kv[2] ?? '';
    while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1])) raw += '\n' + lines[++i];
    fields[kv[1].toLowerCase()] = scalar(raw.trim());
  }
  return { fields, end: m[0].length };
}

/** A YAML scalar: double-quoted (escapes, `\` at a line end joins), single-quoted, or plain (folded). */
function scalar(raw: string): string {
  if (raw.startsWith('"')) {
    let out = '';
    for (let i = 1; i < raw.length; i++) {
      const c = raw[i];
      if (c === '"') break;
      if (c === '\\') {
        const n = raw[++i];
        if (n === '\n') {
          // An escaped line break: the break and the next line's indent go.
          while (raw[i + 1] === ' ' || raw[i + 1] === '\t') i++;
          continue;
        }
        const hex = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
        if (hex) {
          const code = parseInt(raw.slice(i + 1, i + 1 + hex), 16);
          if (Number.isFinite(code)) out += String.fromCodePoint(code);
          i += hex;
          continue;
        }
        out += ESCAPES[n] ?? n ?? '';
        continue;
      }
      if (c === '\n') {
        // A line break inside quotes folds to a space, the indent dropped.
        while (raw[i + 1] === ' ' || raw[i + 1] === '\t') i++;
        out += ' ';
        continue;
      }
      out += c;
    }
    return out;
  }
  if (raw.startsWith("'")) {
    let out = '';
    for (let i = 1; i < raw.length; i++) {
      if (raw[i] !== "'") out += raw[i];
      else if (raw[i + 1] === "'") out += raw[i++];
      else break;
    }
    return out.replace(/[ \t]*\n[ \t]*/g, ' ');
  }
  return raw.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/\s+#.*$/, '');
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', _: '\u00a0', N: '\u0085', L: '\u2028', P: '\u2029', ' ': ' ', '/': '/', '"': '"', '\\': '\\', e: '\u001b', a: '\u0007', b: '\b', v: '\v', f: '\f' };

/** What front matter says of the source: its title, date and publisher (from its address when no outlet is named). */
export function frontMatterMeta(fm: FrontMatter | null): { title: string | null; outlet: string | null; published: string | null } {
  if (!fm) return { title: null, outlet: null, published: null };
  const f = fm.fields;
  const pick = (...keys: string[]) => keys.map((k) => f[k]).find((v) => v && v.trim()) ?? null;
  const date = pick('published', 'date', 'published_time', 'date_published', 'datepublished', 'created');
  const url = pick('source_url', 'url', 'canonical_url', 'link', 'source');
  return {
    title: pick('title', 'headline')?.replace(/\s+/g, ' ').trim() ?? null,
    outlet: pick('outlet', 'publication', 'publisher', 'site_name') ?? (url && /^[a-z]+:\/\//i.test(url) ? publisherOf(url) : pick('source')),
    published: date ? parseDate(date) : null,
  };
}
