/** Formats: WebVTT and SRT captions, read as a time-stamped transcript. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readDocumentNow, readerFor } from '../../../src/core/formats';
import { parseArticle } from '../../../src/core/reading/article';
import type { Article } from '../../../src/core/types';
import { FORMAT_FIXTURES, lines } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);

function read(name: string, bytes: Uint8Array): Article {
  const doc = readDocumentNow(name, bytes);
  assert.ok(doc, name);
  return parseArticle(name, doc);
}

/** Who said what, in order: consecutive quotes of one speaker joined, stage directions gone. */
function runs(a: Article): [string | null, string][] {
  const out: [string | null, string][] = [];
  for (const q of a.quotes.filter((x) => x.cue === 'transcript')) {
    const last = out[out.length - 1];
    if (last && last[0] === q.speaker) last[1] += ' ' + q.text;
    else out.push([q.speaker, q.text]);
  }
  return out.map(([s, t]) => [s, t.replace(/\s+/g, ' ')]);
}

describe('format: captions (WebVTT, SRT)', () => {
  const transcript = read('b.md', fs.readFileSync(path.join(FORMAT_FIXTURES, 'wh-briefing-2022-12-19.md')));

  for (const ext of ['vtt', 'srt']) {
    it(`reads the briefing's ${ext.toUpperCase()} captions as the transcript reads: the same words by the same speakers`, () => {
      const bytes = fs.readFileSync(path.join(FORMAT_FIXTURES, `wh-briefing-2022-12-19.${ext}`));
      assert.strictEqual(readerFor(`x.${ext}`, bytes)?.id, ext === 'vtt' ? 'webvtt' : 'srt');
      const a = read(`b.${ext}`, bytes);
      assert.strictEqual(a.format, 'captions');
      assert.deepStrictEqual(runs(a), runs(transcript));
      // Every quote is at the time of its cue.
      assert.deepStrictEqual(a.quotes[0].locator, { time: '00:00:05' });
      assert.ok(a.quotes.every((q) => q.locator && 'time' in q.locator));
      assert.deepStrictEqual(a.warnings, []);
    });
  }

  it('takes speakers from voice tags, NAME: prefixes and >>, and drops tags, entities and rolled-up repeats', () => {
    const a = read('x.vtt', enc(lines(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000 align:start',
      '<v.loud Jane Doe><i>Welcome</i> back &amp; hello.</v>',
      '',
      '00:00:03.000 --> 00:00:05.000',
      '<c.yellow>Today: the harbour.</c>',
      '',
      '00:00:05.000 --> 00:00:07.000',
      'SAM OKAFOR: We rebuilt <00:00:05.500>the wall.',
      '',
      '00:00:07.000 --> 00:00:09.000',
      'We rebuilt the wall.',
      'In a year. [LAUGHTER]',
      '',
      '00:00:09.000 --> 00:00:11.000',
      '>> Thank you.',
    )));
    assert.deepStrictEqual(a.quotes.map((q) => [q.speaker, q.text, q.locator]), [
      ['Jane Doe', 'Welcome back & hello. Today: the harbour.', { time: '00:00:01' }],
      ['Sam Okafor', 'We rebuilt the wall. In a year.', { time: '00:00:05' }],
      [null, 'Thank you.', { time: '00:00:09' }],
    ]);
    assert.strictEqual(a.quotes[2].kind, 'speech');
    assert.strictEqual(a.quotes[2].cue, 'transcript');
  });

  it('keeps the words of cues whose times are broken, with one clear warning', () => {
    const a = read('x.srt', enc(lines(
      '1',
      '00:00:01,000 --> 00:00:04,000',
      'JANE DOE: The ferry sails at dawn.',
      '',
      '2',
      '00:00:4x,000 --> 00:00:08,000',
      'It will sail every day.',
      '',
      '3',
      '00:00:09,000 - 00:00:12,000',
      'SAM OKAFOR: Not on Sundays.',
      '',
      '4',
      '00:01:75,000 --> 00:01:80,000',
      'Never on Sundays.',
    )));
    assert.deepStrictEqual(a.quotes.map((q) => [q.speaker, q.text]), [
      ['Jane Doe', 'The ferry sails at dawn. It will sail every day.'],
      ['Sam Okafor', 'Not on Sundays. Never on Sundays.'],
    ]);
    assert.strictEqual(a.warnings.length, 1);
    assert.match(a.warnings[0], /^3 cues with a time that cannot be read \(first at line 6: "00:00:4x,000 --> 00:00:08,000"\); their words are kept, without a time$/);
    assert.deepStrictEqual(a.quotes[1].locator, { time: '00:00:01' }, 'a cue without a time stays at the last time known');
  });

  it('reads a caption file without a header or speakers as speech of no one named', () => {
    const a = read('x.vtt', enc(lines('00:00:01.000 --> 00:00:02.000', 'Hello there.', '', '00:00:02.000 --> 00:00:03.000', 'And welcome.')));
    assert.deepStrictEqual(a.quotes.map((q) => [q.speaker, q.text, q.kind]), [[null, 'Hello there. And welcome.', 'speech']]);
    assert.deepStrictEqual(a.warnings, ['no WEBVTT header; read as captions all the same']);
  });
});
