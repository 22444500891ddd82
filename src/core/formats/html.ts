/**
 * Format: web pages (`.html`, `.htm`), through the HTML library the host loads on first use
 * (Mozilla Readability on a light DOM): the article, not the page. Metadata in this order:
 * JSON-LD NewsArticle (headline, datePublished, author, publisher), og:site_name,
 * article:published_time, <title>. A page that holds no article is refused with that message.
 */
import { parseDate } from '../reading/metadata';
import { decodeBytes } from '../reading/text';
import type { SourceDocument } from '../types';
import { blocksToText } from './blocks';
import { decodeEntities } from './entities';
import { asFormatError } from './errors';
import { asStatement } from './statement';
import { asTranscript } from './transcript';
import { FormatError, type FormatReader, type HtmlPage } from './types';

/** JSON-LD types of a news story, best first. */
const STORY_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'Article', 'BlogPosting', 'Report', 'PressRelease', 'WebPage'];

interface PageMeta {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v) return text((v as { name: unknown }).name);
  return null;
}

/** Every object in a JSON-LD value: arrays and @graph opened. */
function objects(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) for (const x of v) objects(x, out);
  else if (v && typeof v === 'object') {
    out.push(v as Record<string, unknown>);
    if (Array.isArray((v as { '@graph'?: unknown })['@graph'])) objects((v as { '@graph': unknown[] })['@graph'], out);
  }
  return out;
}

/** The story's JSON-LD object: the best-ranked type on the page. */
function story(jsonLd: string[]): Record<string, unknown> | null {
  let best: Record<string, unknown> | null = null;
  let rank = Infinity;
  for (const raw of jsonLd) {
    let v: unknown;
    try {
      v = JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    for (const o of objects(v)) {
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      const r = Math.min(...types.map((t) => STORY_TYPES.indexOf(t)).filter((i) => i >= 0), Infinity);
      if (r < rank) [best, rank] = [o, r];
    }
  }
  return best;
}

/** The page's metadata in the order the issue names: JSON-LD, og:site_name, article:published_time, <title>. */
export function pageMetadata(page: HtmlPage): PageMeta {
  const ld = story(page.jsonLd);
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const m = page.meta.find((x) => x.key === k);
      if (m?.content.trim()) return decodeEntities(m.content).trim();
    }
    return null;
  };
  const outlet = text(ld?.publisher) ?? meta('og:site_name', 'application-name', 'publisher');
  const date = text(ld?.datePublished) ?? text(ld?.dateCreated) ?? meta('article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date');
  let title = text(ld?.headline) ?? meta('og:title', 'twitter:title') ?? (page.title ? decodeEntities(page.title).trim() : null);
  let site: string | null = null;
  // "Headline | Site" or "Headline - Site": the site's name is no part of the headline, but names the outlet.
  if (title && !text(ld?.headline)) {
    const cut = /^(.{12,}?)\s+[|\u2013\u2014-]\s+([^|\u2013\u2014-]{2,40})$/.exec(title);
    if (cut) [title, site] = [cut[1].trim(), cut[2].trim()];
  }
  return { title, outlet: outlet ?? site, published: date ? parseDate(date) : null, author: text(ld?.author) };
}

export const htmlReader: FormatReader = {
  id: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  async read(bytes, _name, libraries) {
    const d = decodeBytes(bytes);
    const lib = await libraries.html();
    let page: HtmlPage;
    try {
      page = lib.parse(d.text);
    } catch (e) {
      throw asFormatError(e, 'could not be read as a web page');
    }
    const a = page.article;
    const words = a ? a.blocks.reduce((n, b) => n + b.text.length, 0) : 0;
    // Navigation, a list of links or a few words: no article to read.
    if (!a || words < 80 || a.links > words * 0.6) throw new FormatError('no article found in this page: it holds only navigation, links or very little text');
    const meta = pageMetadata(page);
    const title = meta.title ?? a.title;
    const warnings = d.encoding === 'utf-8' ? [] : ['not valid UTF-8; read as Windows-1252 (Latin-1)'];
    const doc: SourceDocument = { format: 'html', text: blocksToText(a.blocks, title), title, outlet: meta.outlet, published: meta.published, warnings };
    return asTranscript(doc) ?? asStatement(doc) ?? doc;
  },
};
