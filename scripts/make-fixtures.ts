/**
 * Makes the committed fixtures of every source format from the seeds and White House excerpts:
 *
 *   npm run fixtures                  captions, web pages, Word files; PDFs not yet printed
 *   npm run fixtures -- --reprint     and every PDF printed again (Chromium stamps each with the date)
 *
 * Outputs go to test/fixtures/formats/ and are committed, so tests never need Chromium. PDFs are
 * printed by headless Chromium (/usr/bin/chromium, or $CHROMIUM) from the web pages. The White
 * House texts are public domain; the seeds are Citedesk's bundled sources.
 */
import * as fs from 'fs';
import * as path from 'path';
import { toSrt, toWebVtt } from './fixtures/captions';
import { toDocx, type DocxParagraph } from './fixtures/docx';
import { seedBlocks, toHtml, transcriptHtml, type PageSpec } from './fixtures/pages';
import { chromium, printPdf, typesetHtml } from './fixtures/pdf';
import { scannedPageHtml } from './fixtures/scan';
import { labelledParagraphs } from './fixtures/transcript-source';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'formats');
const SEEDS = path.join(ROOT, 'seeds');

/** How a captioning service would name the briefing's speakers. */
const BRIEFING_VOICES: Record<string, string> = { 'MS. JEAN-PIERRE': 'Karine Jean-Pierre', Q: 'Reporter' };
const BRIEFING = 'wh-briefing-2022-12-19';

/** Each seed as a page: its site, headline and date, how the page states them, and the lines that are the site's. */
const SEED_PAGES: Omit<PageSpec, 'blocks'>[] = [
  { name: '000_81c83535b6931e08', site: 'Vietnam Insider', headline: 'Vladimir Putin to Visit Vietnam, Sparking US Protest', published: '2024-06-18', meta: 'json-ld', furniture: ['Truth, Inspiration, Hope.'] },
  { name: '001_a2abf19376a52c3d', site: 'The Asia Ledger', headline: 'Putin’s State Visit To Vietnam Is Faced By Criticism From The US', published: '2024-06-19', meta: 'open-graph', furniture: ['Comment via Facebook', 'Comments are closed, but trackbacks and pingbacks are open.'] },
  { name: '002_7bf4c8803009745d', site: 'Gulf Dispatch', headline: "Why does Russia's Putin visit Vietnam after North Korea?", published: '2024-06-20', meta: 'json-ld', furniture: ["Why does Russia's Putin visit Vietnam after North Korea? | News", 'scroll to top'] },
  { name: '003_f33a22070c099903', site: 'Strategic Wire', headline: 'President Putin Arrives In Vietnam For State Visit', published: null, meta: 'title-only', furniture: ['Home Russia President Putin Arrives In Vietnam For State Visit'] },
  { name: '004_da79f457b81de93c', site: 'The Regional Diplomat', headline: 'Putin Visit on the Agenda After Invitation From Vietnam Party Chief', published: '2024-05-30', meta: 'open-graph', furniture: ['Recent Features', 'ASEAN Beat | Diplomacy | Southeast Asia'] },
];

function write(name: string, data: string | Uint8Array): void {
  fs.writeFileSync(path.join(OUT, name), data);
  console.log(`wrote test/fixtures/formats/${name} (${Math.round(Buffer.byteLength(data) / 1024)} KB)`);
}

function captions(): void {
  const paragraphs = labelledParagraphs(fs.readFileSync(path.join(OUT, `${BRIEFING}.md`), 'utf8'));
  const voice = (label: string) => BRIEFING_VOICES[label] ?? label;
  write(`${BRIEFING}.vtt`, toWebVtt(paragraphs, voice));
  write(`${BRIEFING}.srt`, toSrt(paragraphs, voice));
}

function seedPages(): PageSpec[] {
  return SEED_PAGES.map((s) => ({ ...s, blocks: seedBlocks(fs.readFileSync(path.join(SEEDS, `${s.name}.txt`), 'utf8'), s.headline, s.furniture) }));
}

/** A seed as a Word file; the first seed carries a comment and tracked changes around Thayer's quote. */
function seedDocx(page: PageSpec, edited: boolean): Buffer {
  const paragraphs: DocxParagraph[] = page.blocks.map((b) => ({ text: b.text, style: b.tag === 'h1' ? 'Heading1' : b.tag === 'h2' ? 'Heading2' : undefined }));
  if (edited) {
    const thayer = paragraphs.find((p) => p.text.startsWith('Carl Thayer'))!;
    thayer.deleted = { at: thayer.text.indexOf('“The main issues') + 'The main issues'.length + 1, text: 'REMOVED IN EDITING ' };
    thayer.comment = 'Check this quote against the Reuters copy.';
  }
  return toDocx(paragraphs, page.headline);
}

function briefingDocx(): Buffer {
  const md = fs.readFileSync(path.join(OUT, `${BRIEFING}.md`), 'utf8');
  const paragraphs: DocxParagraph[] = [
    { text: 'Press Briefing by Press Secretary Karine Jean-Pierre', style: 'Heading1' },
    { text: 'James S. Brady Press Briefing Room' },
    { text: '2:35 P.M. EST' },
    ...labelledParagraphs(md).map((p) => ({ text: p.words, bold: p.opens ? (p.label === 'Q' ? 'Q' : `${p.label}:`) : undefined })),
    { text: '3:19 P.M. EST' },
  ];
  return toDocx(paragraphs, 'Press Briefing by Press Secretary Karine Jean-Pierre');
}

/** A statement written in Word: its title a heading, its paragraphs the President's words, the release's end mark. */
function statementDocx(): Buffer {
  const md = fs.readFileSync(path.join(OUT, 'wh-statement-2023-10-30.md'), 'utf8');
  const body = md.replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p && !/^\\?###$/.test(p));
  return toDocx([{ text: 'Statement from President Joe Biden on Historic Tentative Agreement Between General Motors and UAW', style: 'Heading1' }, ...body.map((text) => ({ text })), { text: '###' }], 'Statement');
}

function briefingHtml(): string {
  const md = fs.readFileSync(path.join(OUT, `${BRIEFING}.md`), 'utf8');
  return transcriptHtml('Press Briefing by Press Secretary Karine Jean-Pierre', '2022-12-19', labelledParagraphs(md).map((p) => ({ label: p.opens ? (p.label === 'Q' ? 'Q' : `${p.label}:`) : null, words: p.words })));
}

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  captions();
  const pages = seedPages();
  pages.forEach((p, i) => {
    write(`seed-${p.name.slice(0, 3)}.html`, toHtml(p));
    write(`seed-${p.name.slice(0, 3)}.docx`, seedDocx(p, i === 0));
  });
  write(`${BRIEFING}.html`, briefingHtml());
  write(`${BRIEFING}.docx`, briefingDocx());
  write('wh-statement-2023-10-30.docx', statementDocx());
  const browser = chromium();
  if (!browser) {
    console.log('No Chromium here (/usr/bin/chromium or $CHROMIUM): the PDFs were left as they are.');
    return;
  }
  // A printed PDF carries the date it was printed: printed once, and again only when asked.
  const reprint = process.argv.includes('--reprint');
  const print = (name: string, html: () => string, headerFooter: boolean) => {
    if (reprint || !fs.existsSync(path.join(OUT, name))) write(name, printPdf(browser, html(), { headerFooter }));
  };
  pages.forEach((p, i) => print(`seed-${p.name.slice(0, 3)}.pdf`, () => toHtml(p), i !== 4));
  print(`${BRIEFING}.pdf`, briefingHtml, true);
  // A report set in lines with hyphenated words at their ends.
  print('seed-002-typeset.pdf', () => typesetHtml(pages[2].headline, pages[2].blocks.map((b) => b.text)), false);
  // A scan with no text layer.
  print('scanned.pdf', scannedPageHtml, false);
}

main();
