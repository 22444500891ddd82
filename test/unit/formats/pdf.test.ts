/** Format: PDF. The layout of positioned text (no library), then real PDFs printed by Chromium. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readDocument, readerFor } from '../../../src/core/formats';
import { layoutPages } from '../../../src/core/formats/pdf-layout';
import type { PdfPage } from '../../../src/core/formats/types';
import { FORMAT_FIXTURES, LIBRARIES, readFixture } from '../helpers';
import { encryptedPdf } from './pdf-files';

/** A page of lines at the given heights (PDF units from the bottom), 11-point text, 6 units a character. */
function page(lines: [string, number, number?][], height = 792): PdfPage {
  return { width: 612, height, items: lines.map(([str, y, size = 11]) => ({ str, x: 72, y, width: str.length * 6, size, eol: true })) };
}

/** A whole line of body text, so a paragraph's lines read as running on. */
const FULL = 'x'.repeat(70);

describe('format: PDF layout', () => {
  it('joins a paragraph\'s lines, splits paragraphs at the space between them, keeps each page\'s start', () => {
    const r = layoutPages([
      page([['The ferry will sail again', 700], ['on Monday, the council said.', 687], ['A new paragraph starts here.', 660]]),
      page([['Page two opens a paragraph.', 700]]),
    ]);
    assert.strictEqual(r.text, 'The ferry will sail again on Monday, the council said.\n\nA new paragraph starts here.\n\nPage two opens a paragraph.');
    assert.deepStrictEqual(r.pages, [0, r.text.indexOf('Page two')]);
  });

  it('goes on with a paragraph across a page break when its last line ran full', () => {
    const r = layoutPages([page([[`${FULL} and the`, 100]]), page([['council agreed.', 700]])]);
    assert.strictEqual(r.text, `${FULL} and the council agreed.`);
    assert.deepStrictEqual(r.pages, [0, r.text.indexOf('council agreed')]);
  });

  it('drops running headers and footers that recur on the pages, and page numbers', () => {
    const body = ['The council met on Monday.', 'Ferries will sail at dawn.', 'The harbour reopens in May.'];
    const pages = [1, 2, 3].map((n) => page([
      [`Harbour Gazette — 18 June 2024 — page ${n}`, 760, 8],
      [body[n - 1], 700],
      [`${n}`, 30, 8],
      [`file:///home/desk/ferry.html ${n}/3`, 20, 8],
    ]));
    assert.strictEqual(layoutPages(pages).text, body.join('\n\n'));
  });

  it('drops a browser\'s print header on a one-page PDF: a small line in the margin, apart from the body', () => {
    const r = layoutPages([page([['12/6/26, 1:53 AM Ferry plan', 770, 8], ['The ferry will sail again on Monday.', 700], ['It has been out of service.', 687], ['file:///tmp/ferry.html 1/1', 17, 8]])]);
    assert.strictEqual(r.text, 'The ferry will sail again on Monday. It has been out of service.');
  });

  it('joins words hyphenated at a line\'s end, and keeps compounds whole', () => {
    const lines = (a: string, b: string) => layoutPages([page([[`${FULL} ${a}`, 700], [b, 687]])]).text.slice(FULL.length + 1);
    assert.strictEqual(lines('eco-', 'nomic ties.'), 'economic ties.');
    assert.strictEqual(lines('shor\u2010', 'ing up ties.'), 'shoring up ties.');
    assert.strictEqual(lines('shor\u00ad', 'ing up ties.'), 'shoring up ties.');
    assert.strictEqual(lines('Chi-', 'nese, American'), 'Chinese, American');
    assert.strictEqual(lines('state-', 'run firms'), 'state-run firms');
    assert.strictEqual(lines('Russia-', 'Vietnam ties'), 'Russia-Vietnam ties');
    // A word the text spells out whole elsewhere is that word.
    const r = layoutPages([page([[`${FULL} Parames-`, 700], ['waran said so.', 687], ['Parameswaran agreed.', 650]])]);
    assert.match(r.text, /Parameswaran said so\./);
  });

  it('tells a page with no text (a scan) from one with text', () => {
    const r = layoutPages([page([['Text here.', 700]]), { width: 612, height: 792, items: [] }]);
    assert.deepStrictEqual(r.emptyPages, [2]);
  });
});

describe('format: PDF files (printed by Chromium)', function () {
  this.timeout(60_000);

  it('reads a printed article by page: the browser\'s header and footer gone, every quote with its page', async () => {
    const bytes = fs.readFileSync(path.join(FORMAT_FIXTURES, 'seed-000.pdf'));
    assert.strictEqual(readerFor('a.pdf', bytes)?.id, 'pdf');
    const a = await readFixture('seed-000.pdf');
    assert.strictEqual(a.format, 'pdf');
    assert.strictEqual(a.title, 'Vladimir Putin to Visit Vietnam, Sparking US Protest');
    assert.ok(a.pages && a.pages.length === 2, JSON.stringify(a.pages));
    assert.doesNotMatch(a.text, /file:\/\/|\d+\/\d+\s*$|\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M/m);
    for (const q of a.quotes) {
      const onPage: number = a.pages!.filter((start) => start <= q.parts[0].start).length;
      assert.deepStrictEqual(q.locator, { page: onPage }, q.text);
    }
    const thayer = a.quotes.find((q) => q.text.startsWith('The main issues'))!;
    assert.deepStrictEqual(thayer.locator, { page: 2 });
    assert.strictEqual(thayer.speaker, 'Carl Thayer');
  });

  it('rejoins the words a typeset report hyphenated at its lines\' ends', async () => {
    const a = await readFixture('seed-002-typeset.pdf');
    assert.match(a.text, /welcoming Chinese, American and Russian leaders/);
    assert.doesNotMatch(a.text, /\p{L}- \p{Ll}/u);
    // The compounds of the text stay compounds.
    assert.match(a.text, /DC-based/);
  });

  it('reads a transcript printed to PDF as a transcript, at its pages', async () => {
    const a = await readFixture('wh-briefing-2022-12-19.pdf');
    assert.strictEqual(a.format, 'transcript');
    const turns = a.quotes.filter((q) => q.cue === 'transcript');
    assert.ok(turns.length > 20);
    assert.ok(turns.every((q) => q.speaker === 'Karine Jean-Pierre' || q.speaker === 'a reporter'), JSON.stringify([...new Set(turns.map((q) => q.speaker))]));
    assert.ok(turns.every((q) => q.locator && 'page' in q.locator));
    assert.deepStrictEqual(turns[turns.length - 1].locator, { page: a.pages!.length });
  });

  it('says what is wrong with a PDF it cannot read, one message each', async () => {
    const seed = fs.readFileSync(path.join(FORMAT_FIXTURES, 'seed-000.pdf'));
    const cases: [string, Uint8Array, RegExp][] = [
      ['encrypted.pdf', encryptedPdf(), /^encrypted: the PDF needs a password to open/],
      ['truncated.pdf', seed.subarray(0, 600), /^not a readable PDF: the file is damaged or is no PDF$/],
      ['half.pdf', seed.subarray(0, seed.length >> 1), /^not a readable PDF: the file is damaged or is no PDF$/],
      ['not-a-pdf.pdf', new TextEncoder().encode('Hello, this is a text file with a .pdf name.'), /^not a readable PDF: the file is damaged or is no PDF$/],
      ['scanned.pdf', fs.readFileSync(path.join(FORMAT_FIXTURES, 'scanned.pdf')), /^no text layer: run OCR first/],
    ];
    for (const [name, bytes, message] of cases) {
      await assert.rejects(readDocument(name, bytes, LIBRARIES), (e: Error) => e.name === 'FormatError' && message.test(e.message), name);
    }
  });
});
