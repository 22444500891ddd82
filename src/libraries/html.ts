/**
 * The HTML library behind the core's web-page reader (bundled apart as dist/formats/html.js and
 * loaded only when a page is read): linkedom for a light DOM, Mozilla Readability for the article
 * in it. Returns the page's metadata as written and the article as blocks of text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { HtmlLibrary, HtmlPage, TextBlock } from '../core/formats/types';

/** Parts of a page that are never the article: navigation, consent banners, sign-up boxes, links to other stories. */
const FURNITURE = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|related|recommended|recirc|more-stories|promo|paywall|share|sharing|social|breadcrumbs?|nav|navbar|menu|masthead|site-header|site-footer|advert|ad-slot|sponsored)(?:$|[\s_-])/i;
const NEVER = 'nav, aside, footer, form, button, script, style, noscript, iframe, svg, template, dialog, [role="navigation"], [role="banner"]:not(article *), [role="contentinfo"], [aria-modal="true"]';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'TR', 'TBODY', 'THEAD', 'FIGURE', 'HEADER', 'MAIN', 'DL']);

/** The little of the DOM this reads (linkedom's, typed here: the project has no DOM typings). */
interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}
interface Element extends Node {
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  closest(selector: string): Element | null;
  remove(): void;
}
interface Doc {
  body: Element;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

function dom(html: string): Doc {
  return (parseHTML(html) as unknown as { document: Doc }).document;
}

/** The text of a node, `<br>` as a line break, white space collapsed. */
function inlineText(n: Node): string {
  if (n.nodeType === 3) return (n.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ');
  if (n.nodeName === 'BR') return '\n';
  let s = '';
  for (let i = 0; i < n.childNodes.length; i++) s += inlineText(n.childNodes[i]);
  return s;
}

function hasBlockChild(n: Node): boolean {
  for (let i = 0; i < n.childNodes.length; i++) if (BLOCKS.has(n.childNodes[i].nodeName)) return true;
  return false;
}

/** Leaf blocks in document order; a container's loose text becomes a block of its own. */
function blocksOf(n: Node, out: TextBlock[]): void {
  if (n.nodeType !== 1) return;
  if (!hasBlockChild(n)) {
    const text = inlineText(n).replace(/ *\n */g, '\n').trim();
    if (text) out.push({ tag: n.nodeName.toLowerCase(), text });
    return;
  }
  let loose = '';
  const flush = () => {
    const t = loose.replace(/ *\n */g, '\n').trim();
    if (t) out.push({ tag: 'p', text: t });
    loose = '';
  };
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i];
    if (BLOCKS.has(c.nodeName)) {
      flush();
      blocksOf(c, out);
    } else loose += inlineText(c);
  }
  flush();
}

function linkChars(n: Node): number {
  if (n.nodeType !== 1) return 0;
  if (n.nodeName === 'A') return (n.textContent ?? '').trim().length;
  let k = 0;
  for (let i = 0; i < n.childNodes.length; i++) k += linkChars(n.childNodes[i]);
  return k;
}

export const library: HtmlLibrary = {
  parse(html) {
    const document = dom(html);
    const meta: HtmlPage['meta'] = [];
    for (const m of document.querySelectorAll('meta')) {
      const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
      const content = m.getAttribute('content');
      if (key && content) meta.push({ key: key.toLowerCase(), content });
    }
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
    const title = document.querySelector('title')?.textContent?.trim() || null;
    for (const el of document.querySelectorAll(NEVER)) el.remove();
    for (const el of document.querySelectorAll('[class], [id]')) {
      const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      // Never the page itself or what holds its article.
      if (/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(el.nodeName) || el.querySelector('article, main') || el.closest('article p')) continue;
      if (FURNITURE.test(label)) el.remove();
    }
    let parsed: ReturnType<Readability<string>['parse']> = null;
    try {
      parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100, keepClasses: false }).parse();
    } catch {
      parsed = null;
    }
    let article: HtmlPage['article'] = null;
    if (parsed?.content) {
      const body = dom(`<!doctype html><html><body>${parsed.content}</body></html>`).body;
      const blocks: TextBlock[] = [];
      blocksOf(body, blocks);
      article = { title: parsed.title?.trim() || null, byline: parsed.byline?.trim() || null, blocks, links: linkChars(body) };
    }
    return { title, meta, jsonLd, article };
  },
};
