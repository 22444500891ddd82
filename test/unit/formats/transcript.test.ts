/** Format: speaker-labelled transcripts in text and Markdown (the turns, not yet their speakers). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readerFor } from '../../../src/core/formats';
import { findTurns, normaliseTime } from '../../../src/core/formats/transcript-turns';
import { FORMAT_FIXTURES, SEEDS, lines } from '../helpers';
import type { Turn } from '../../../src/core/types';

const enc = (s: string) => new TextEncoder().encode(s);
const words = (text: string, t: Turn) => text.slice(t.start, t.end);

describe('format: transcripts in text and Markdown', () => {
  it('reads a White House briefing: labels, continuation paragraphs, questions, stage directions, the closing time', () => {
    const bytes = fs.readFileSync(path.join(FORMAT_FIXTURES, 'wh-briefing-2022-12-19.md'));
    assert.strictEqual(readerFor('briefing.md', bytes)?.id, 'transcript');
    const text = bytes.toString('utf8');
    const scan = findTurns(text)!;
    const spoken = scan.turns.filter((t) => t.role !== 'direction');
    assert.deepStrictEqual(spoken.slice(0, 6).map((t) => [t.label, t.role]), [
      ['MS. JEAN-PIERRE', 'speaker'], ['Q', 'questioner'], ['MS. JEAN-PIERRE', 'speaker'], ['Q', 'questioner'], ['MS. JEAN-PIERRE', 'speaker'], ['Q', 'questioner'],
    ]);
    // A turn runs over its continuation paragraphs, up to the next label.
    assert.match(words(text, spoken[0]), /^All right\. I heard a “oh, wow\.”[\s\S]*Good afternoon, everyone\.$/);
    assert.match(words(text, spoken[2]), /^I just have one[\s\S]*you want to kick us off\?$/);
    // The event's closing time is no one's words.
    assert.match(words(text, spoken[spoken.length - 1]), /Thank you\.$/);
    assert.ok(!spoken.some((t) => /P\.M\. EST/.test(words(text, t))));
    assert.deepStrictEqual(scan.turns.filter((t) => t.role === 'direction').map((t) => t.label), ['(Laughter.)']);
    assert.deepStrictEqual(scan.times, [], 'an event clock is not a recording time');
  });

  it('recognises every label form and the time stamps', () => {
    const cases: [string, string[], (string | null)[]][] = [
      [lines('Speaker 1 (00:01:02): Thanks for having me.', '', 'Speaker 2 (00:01:09): Glad you could come.'), ['Speaker 1', 'Speaker 2'], ['00:01:02', '00:01:09']],
      [lines('[00:01:02] Jane Doe: We start now.', '[00:01:15] John Roe: Go ahead.'), ['Jane Doe', 'John Roe'], ['00:01:02', '00:01:15']],
      [lines('Jane Doe  0:03', 'We start now.', '', 'John Roe  1:12', 'Go ahead.'), ['Jane Doe', 'John Roe'], ['00:00:03', '00:01:12']],
      [lines('Jane Doe (01:02):', 'We start now.', '', 'John Roe (01:09):', 'Go ahead.'), ['Jane Doe', 'John Roe'], ['00:01:02', '00:01:09']],
      [lines('JANE DOE: We start now.', '', 'JOHN ROE: Go ahead.'), ['JANE DOE', 'JOHN ROE'], [null, null]],
      [lines('Jane Doe: We start now.', 'John Roe: Go ahead.', 'Jane Doe: Fine.'), ['Jane Doe', 'John Roe', 'Jane Doe'], [null, null, null]],
      [lines('MS. LEAVITT:  Good afternoon.', '', 'Q    Thank you.', '', 'MS. LEAVITT:  Go ahead.'), ['MS. LEAVITT', 'Q', 'MS. LEAVITT'], [null, null, null]],
    ];
    for (const [text, labels, times] of cases) {
      const scan = findTurns(text);
      assert.ok(scan, text);
      const spoken = scan.turns.filter((t) => t.role !== 'direction');
      assert.deepStrictEqual(spoken.map((t) => t.label), labels, text);
      assert.deepStrictEqual(spoken.map((t) => t.time), times, text);
      for (const t of spoken) assert.match(words(text, t), /^(?:We start now|Go ahead|Thanks for having me|Glad you could come|Good afternoon|Thank you|Fine)\.$/, text);
    }
  });

  it('keeps a label after non-breaking spaces and a stage direction inside a turn apart', () => {
    const text = lines('THE PRESIDENT:\u00a0 We did it.  (Applause.)  And we will do more.', '', 'Q\u00a0 \u00a0 Sir, a question?');
    const scan = findTurns(text)!;
    assert.deepStrictEqual(scan.turns.map((t) => [t.role, t.role === 'direction' ? t.label : words(text, t)]), [
      ['speaker', 'We did it.  (Applause.)  And we will do more.'],
      ['direction', '(Applause.)'],
      ['questioner', 'Sir, a question?'],
    ]);
  });

  it('reads no transcript into an article, a release or a note', () => {
    for (const f of fs.readdirSync(SEEDS)) assert.strictEqual(readerFor(f, fs.readFileSync(path.join(SEEDS, f)))?.id, 'text', f);
    const notTranscripts = [
      lines('Council approves ferry plan', '', 'Note: this story was updated.', '', '"We will sail," said port manager Ann Quayle.'),
      lines('NOMINATIONS SENT TO THE SENATE:', '', 'Jane Roe, of Ohio, to be a Judge.'),
      lines('Update: the vote is on Monday.', '', 'The council met on Friday.'),
      lines('WASHINGTON: The council met on Friday.', '', 'It voted for the plan.'),
    ];
    for (const t of notTranscripts) {
      assert.strictEqual(findTurns(t), null, t);
      assert.strictEqual(readerFor('a.txt', enc(t))?.id, 'text', t);
    }
  });

  it('writes times as hh:mm:ss', () => {
    assert.deepStrictEqual(['0:03', '1:02', '12:31', '1:02:03', '01:02:03.500', '00:00:01,250'].map(normaliseTime), ['00:00:03', '00:01:02', '00:12:31', '01:02:03', '01:02:03', '00:00:01']);
  });
});
