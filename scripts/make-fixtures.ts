/**
 * Makes the committed fixtures of every source format from the seeds and White House excerpts:
 *
 *   npm run fixtures            captions, web pages, Word files; PDFs when Chromium is there
 *
 * Outputs go to test/fixtures/formats/ and are committed, so tests never need Chromium. PDFs are
 * printed by headless Chromium (/usr/bin/chromium, or $CHROMIUM) from the web pages.
 */
import * as fs from 'fs';
import * as path from 'path';
import { toSrt, toWebVtt } from './fixtures/captions';
import { labelledParagraphs } from './fixtures/transcript-source';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'formats');

/** How a captioning service would name the briefing's speakers. */
const BRIEFING_VOICES: Record<string, string> = { 'MS. JEAN-PIERRE': 'Karine Jean-Pierre', Q: 'Reporter' };

function write(name: string, data: string | Uint8Array): void {
  fs.writeFileSync(path.join(OUT, name), data);
  console.log(`wrote test/fixtures/formats/${name}`);
}

function captions(): void {
  const paragraphs = labelledParagraphs(fs.readFileSync(path.join(OUT, 'wh-briefing-2022-12-19.md'), 'utf8'));
  const voice = (label: string) => BRIEFING_VOICES[label] ?? label;
  write('wh-briefing-2022-12-19.vtt', toWebVtt(paragraphs, voice));
  write('wh-briefing-2022-12-19.srt', toSrt(paragraphs, voice));
}

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  captions();
}

main();
