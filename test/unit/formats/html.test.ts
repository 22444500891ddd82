/** Format: web pages. The article, not the page; metadata in the order. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readDocument, readerFor } from '../../../src/core/formats';
import { pageMetadata } from '../../../src/core/formats/html';
import type { HtmlPage } from '../../../src/core/formats/types';
import { FORMAT_FIXTURES, LIBRARIES, lines, readAs, readFixture } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);

function page(over: Partial<HtmlPage>): HtmlPage {
  return { title: null, meta: [], jsonLd: [], article: null, ...over };
}

describe('format: web pages', () => {
  it('reads the article of a saved news page, not its navigation, cookie banner, newsletter box, related links or footer', async () => {
    const bytes = fs.readFileSync(path.join(FORMAT_FIXTURES, 'seed-000.html'));
    assert.strictEqual(readerFor('page.html', bytes)?.id, 'html');
    const a = await readFixture('seed-000.html');
    assert.strictEqual(a.format, 'html');
    assert.deepStrictEqual([a.title, a.outlet, a.published], ['Vladimir Putin to Visit Vietnam, Sparking US Protest', 'Vietnam Insider', '2024-06-18']);
    for (const furniture of [/cookie/i, /newsletter|Sign up/i, /Related stories|Putin meets Kim in Pyongyang/, /All rights reserved/, /^(?:Home|World|Politics)$/m, /Truth, Inspiration, Hope/]) assert.doesNotMatch(a.text, furniture);
    assert.match(a.text, /^Vladimir Putin to Visit Vietnam, Sparking US Protest\n\n/);
    assert.ok(a.quotes.some((q) => q.speaker === 'Carl Thayer'));
  });

  it('takes metadata from JSON-LD, then og:site_name and article:published_time, then <title>', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'Ferries &amp; trains return', datePublished: '2024-06-18T08:00:00Z', author: [{ name: 'Ann Leaf' }], publisher: { '@type': 'Organization', name: 'Harbour Gazette' } }] });
    const meta = [{ key: 'og:site_name', content: 'Gazette Online' }, { key: 'article:published_time', content: '2024-06-19T08:00:00Z' }, { key: 'og:title', content: 'OG title' }];
    assert.deepStrictEqual(pageMetadata(page({ title: 'Title tag | Gazette', meta, jsonLd: [ld] })), { title: 'Ferries & trains return', outlet: 'Harbour Gazette', published: '2024-06-18', author: 'Ann Leaf' });
    assert.deepStrictEqual(pageMetadata(page({ title: 'Title tag | Gazette', meta, jsonLd: ['{not json'] })), { title: 'OG title', outlet: 'Gazette Online', published: '2024-06-19', author: null });
    assert.deepStrictEqual(pageMetadata(page({ title: 'Ferries return to the harbour &amp; more | Harbour Gazette' })), { title: 'Ferries return to the harbour & more', outlet: 'Harbour Gazette', published: null, author: null });
  });

  it('decodes entities in the article', async () => {
    const html = lines('<html><head><title>Ferry</title></head><body><article>', '<h1>Ferry plan &amp; the harbour</h1>', '<p>&#8220;We will sail at dawn,&#8221; said port manager Ann Quayle &ndash; &quot;every day&quot; from Monday, she told the council on a rainy morning.</p>', '<p>The council agreed the plan on Friday after a long meeting that went on well into the evening.</p>', '</article></body></html>');
    const a = await readAs('ferry.html', enc(html));
    assert.match(a.text, /“We will sail at dawn,” said port manager Ann Quayle – "every day"/);
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speaker]).slice(0, 1), [['We will sail at dawn,', 'Ann Quayle']]);
  });

  it('refuses a page with no article, with one message', async () => {
    const links = lines('<html><head><title>Index</title></head><body><nav><ul>', ...Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the harbour</a></li>`), '</ul></nav><footer>© Gazette</footer></body></html>');
    for (const [name, html] of [['links.html', links], ['empty.html', '<html><body><p>Hi.</p></body></html>'], ['login.html', '<html><body><form><input name=user><button>Sign in</button></form></body></html>']]) {
      await assert.rejects(readDocument(name, enc(html), LIBRARIES), (e: Error) => e.name === 'FormatError' && /^no article found in this page: it holds only navigation, links or very little text$/.test(e.message), name);
    }
  });

  it('reads a transcript saved as a web page as a transcript', async () => {
    const a = await readFixture('wh-briefing-2022-12-19.html');
    assert.strictEqual(a.format, 'transcript');
    assert.strictEqual(a.outlet, 'The White House');
    const turns = a.quotes.filter((q) => q.cue === 'transcript');
    assert.deepStrictEqual([...new Set(turns.map((q) => q.speaker))].sort(), ['Karine Jean-Pierre', 'a reporter']);
    assert.strictEqual(turns[0].text, 'All right. I heard a “oh, wow.” I’m not even going to ask why.');
  });
});
