/**
 * Reading transcripts: every turn is its labelled speaker's words, resolved to a full name and
 * role from the transcript's own introductions and from the other sources; questions are the
 * questioner's, stage directions no one's; any fragment of a turn verifies.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { readDocumentNow } from '../../src/core/formats';
import { parseArticle } from '../../src/core/reading/article';
import { SearchIndex } from '../../src/core/search/search';
import { indexJson } from '../../src/core/verification/report';
import { buildInsertion } from '../../src/core/verification/cite';
import { occasionOf } from '../../src/core/verification/occasion';
import { verifyDraft } from '../../src/core/verification/verify';
import type { Article } from '../../src/core/types';
import { labelledParagraphs as transcriptParagraphs } from '../../scripts/fixtures/transcript-source';
import { FORMAT_FIXTURES, lines } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

/** A file read as the tool reads it: through its format reader. */
function read(name: string, bytes: Uint8Array): Article {
  const doc = readDocumentNow(name, bytes);
  assert.ok(doc, `${name}: no reader`);
  return parseArticle(name, doc);
}

function fixture(name: string): Article {
  return read(name, fs.readFileSync(path.join(FORMAT_FIXTURES, name)));
}

function corpusOf(...articles: Article[]): Corpus {
  const c = new Corpus();
  for (const a of articles) c.put(a);
  return c;
}

/**
 * Every labelled paragraph of a transcript, found with a plain regular expression independent of
 * the reader, its stage directions taken out.
 */
function labelledParagraphs(text: string): { label: string; words: string }[] {
  return transcriptParagraphs(text).map((p) => ({ label: p.label, words: p.words.replace(/\([A-Z][^()]*\.\)/g, ' ').replace(/\s+/g, ' ').trim() })).filter((p) => /\p{L}/u.test(p.words));
}

describe('reading transcripts', () => {
  it('gives every paragraph of every turn to its labelled speaker, questions to the reporter', () => {
    const a = fixture('wh-briefing-2022-12-19.md');
    const c = corpusOf(a);
    assert.strictEqual(a.format, 'transcript');
    assert.strictEqual(a.title, 'Press Briefing by Press Secretary Karine Jean-Pierre');
    assert.strictEqual(a.outlet, 'White House');
    assert.strictEqual(a.published, '2022-12-19');
    const expected: Record<string, string> = { 'MS. JEAN-PIERRE': 'Karine Jean-Pierre', Q: 'a reporter' };
    const turns = a.quotes.filter((q) => q.cue === 'transcript');
    const paragraphs = labelledParagraphs(a.text);
    assert.strictEqual(turns.length, paragraphs.length);
    paragraphs.forEach((p, i) => {
      assert.strictEqual(turns[i].text.replace(/\s+/g, ' '), p.words, `paragraph ${i}`);
      assert.strictEqual(c.speakerOf(turns[i], a), expected[p.label], p.words);
      assert.strictEqual(turns[i].kind, 'speech');
      assert.strictEqual(turns[i].rule, 'transcript-label');
    });
    const kjp = turns.find((q) => q.speaker === 'Karine Jean-Pierre')!;
    assert.strictEqual(kjp.role, 'Press Secretary');
    // No question is the official's; no stage direction anyone's.
    for (const q of a.quotes) {
      if (/\?$/.test(q.text) && q.cue === 'transcript' && q.speaker !== 'a reporter') assert.doesNotMatch(q.text, /^(?:Yes, ma’am|What about|And one last question)/);
      assert.doesNotMatch(q.text, /\(Laughter\.\)/);
    }
    assert.ok(c.people.every((p) => !/^(?:MS|Q|JEAN)\b/.test(p.name)), c.people.map((p) => p.name).join(', '));
  });

  it('tells the President from the First Lady, and reads quotation marks inside a turn as an article would', () => {
    const a = fixture('wh-remarks-2023-09-13.md');
    // As the transcript names them (the corpus may join "Biden" to the one full name other sources give).
    const who = (words: string) => {
      const q = a.quotes.find((x) => x.cue === 'transcript' && x.text.includes(words));
      assert.ok(q, words);
      return [q.speaker, q.role];
    };
    assert.deepStrictEqual(who('Jill and I reignited the Cancer Moonshot'), ['Biden', 'President']);
    assert.deepStrictEqual(who('Of all the things cancer steals from us'), ['Jill Biden', 'First Lady']);
    assert.deepStrictEqual(who('You did good things, Joe.'), ['Jill Biden', 'First Lady']);
    // "And I said, “Beating cancer,”": the turn's speaker quoting himself.
    const inner = a.quotes.find((q) => q.text === 'Beating cancer,')!;
    assert.strictEqual(inner.speaker, 'Biden');
    assert.notStrictEqual(a.people[inner.personIndex!], a.people[a.quotes.find((q) => q.text.includes('You did good things'))!.personIndex!]);
    // The closing time and the stage directions are no one's words.
    assert.ok(!a.quotes.some((q) => /3:11 P\.M\.|\(Laughter\.\)/.test(q.text)));
  });

  it('resolves a label from the transcript\'s own introduction', () => {
    const a = read('call.txt', enc(lines(
      'Press call on the cyber strategy',
      '',
      'MODERATOR:  Good afternoon. Joining us today is Jane Roe, Deputy National Security Advisor for Cyber and Emerging Technology. Over to you.',
      '',
      'MS. ROE:  Thank you. We are announcing new rules for pipelines today.',
      '',
      'They take effect at once.',
      '',
      'Q    Will the rules cover water systems too?',
      '',
      'MS. ROE:  Not yet.',
    )));
    const c = corpusOf(a);
    const turns = a.quotes.filter((q) => q.cue === 'transcript');
    assert.deepStrictEqual(turns.map((q) => [c.speakerOf(q, a), q.text]), [
      ['the moderator', 'Good afternoon. Joining us today is Jane Roe, Deputy National Security Advisor for Cyber and Emerging Technology. Over to you.'],
      ['Jane Roe', 'Thank you. We are announcing new rules for pipelines today.'],
      ['Jane Roe', 'They take effect at once.'],
      ['a reporter', 'Will the rules cover water systems too?'],
      ['Jane Roe', 'Not yet.'],
    ]);
    assert.strictEqual(turns[1].role, 'Deputy National Security Advisor for Cyber and Emerging Technology');
  });

  it('joins a transcript\'s surname to the full name another source gives: one person', () => {
    const briefing = read('briefing.md', enc(lines(
      '---',
      'title: "Press Briefing"',
      'date: 2025-03-04',
      '---',
      '',
      'MS. LEAVITT:  Good afternoon, everybody. The border is secure.',
      '',
      'Q    Thank you, Karoline.',
      '',
      'MS. LEAVITT:  Go ahead.',
    )));
    const article = read('profile.txt', enc(lines('New press secretary takes the podium', '', '“I am ready,” said Karoline Leavitt, the White House press secretary.')));
    const c = corpusOf(briefing, article);
    const leavitt = c.findPeople('Leavitt');
    assert.strictEqual(leavitt.length, 1);
    assert.strictEqual(leavitt[0].name, 'Karoline Leavitt');
    assert.deepStrictEqual([...leavitt[0].articles].sort(), ['briefing.md', 'profile.txt']);
    const doc = indexJson(c);
    const said = doc.articles.find((x) => x.path === 'briefing.md')!.quotes;
    assert.deepStrictEqual(said.map((q) => [q.speaker, q.kind, q.cue]), [
      ['Karoline Leavitt', 'speech', 'transcript'],
      ['a reporter', 'speech', 'transcript'],
      ['Karoline Leavitt', 'speech', 'transcript'],
    ]);
    assert.ok(doc.people.find((p) => p.name === 'Karoline Leavitt')!.quotes.includes('The border is secure.') === false);
    assert.ok(doc.people.find((p) => p.name === 'Karoline Leavitt')!.quotes.includes('Good afternoon, everybody. The border is secure.'));
  });

  it('keeps THE PRESIDENT apart from the First Lady the title names in full, with no other source to name him', () => {
    const a = fixture('wh-remarks-2023-09-13.md');
    const c = corpusOf(a);
    const count = new Map<string, number>();
    for (const q of a.quotes) if (q.rule === 'transcript-label') count.set(c.speakerOf(q, a) ?? '', (count.get(c.speakerOf(q, a) ?? '') ?? 0) + 1);
    assert.deepStrictEqual([...count].sort(), [['Biden', 11], ['Jill Biden', 6]]);
    assert.deepStrictEqual(c.people.filter((p) => p.name.endsWith('Biden')).map((p) => [p.name, p.roles]).sort(), [['Biden', ['President']], ['Jill Biden', ['First Lady']]]);
  });

  it('verifies any fragment of a turn, and calls it misattributed when given to someone else', () => {
    const a = fixture('wh-briefing-2022-12-19.md');
    const c = corpusOf(a);
    const index = new SearchIndex(c);
    const check = (draft: string) => verifyDraft(draft, c, index).map((f) => f.status);
    assert.deepStrictEqual(check('Jean-Pierre said the attack was “the worst attack on our democracy since the Civil War.”'), ['verified']);
    assert.deepStrictEqual(check('“The committee has been doing important bipartisan work,” Karine Jean-Pierre said.'), ['verified']);
    assert.deepStrictEqual(check('“The committee has been doing important bipartisan work,” said Darlene Superville.'), ['misattributed']);
    // A reporter's question put in the press secretary's mouth.
    assert.deepStrictEqual(check('Jean-Pierre said the committee was “preparing to release the report on Wednesday.”'), ['misattributed']);
  });

  it('verifies what Insert Sourced Quote writes for a turn: the attribution, the role and the citation\'s title', () => {
    const a = fixture('wh-remarks-2023-09-13.md');
    const c = corpusOf(a);
    const q = a.quotes.find((x) => x.text.startsWith('Of all the things cancer steals'))!;
    const ins = buildInsertion(
      { text: q.text, speaker: c.speakerOf(q, a), role: q.role, occasion: occasionOf(a.title, a.outlet) },
      { target: 'sources/remarks.md', file: 'remarks.md', title: a.title, outlet: a.outlet, published: a.published, line: q.line, locator: q.locator },
      'footnote',
      true,
      '',
    );
    assert.match(ins.text, /,” Jill Biden, the first lady, said in remarks\.\[\^1\]$/);
    assert.match(ins.footnote!, /^\[\^1\]: White House, \*Remarks by President Biden and First Lady Jill Biden Before Cancer Cabinet Meeting\*, 13 September 2023\./);
    const draft = `${ins.text}\n\n${ins.footnote}\n`;
    assert.deepStrictEqual(verifyDraft(draft, c, new SearchIndex(c)).map((f) => [f.status, f.speaker]), [['verified', 'Jill Biden']]);
  });

  it('tells the President\'s words from the First Lady\'s by name, office and description, across paragraph breaks', () => {
    const a = fixture('wh-remarks-2023-09-13.md');
    // Another source names the President in full, as a reporter's folder would.
    const statement = read('statement.txt', enc(lines('Statement on the tentative agreement', '', '“I applaud the UAW and General Motors,” President Joe Biden said in a statement.')));
    const c = corpusOf(a, statement);
    const index = new SearchIndex(c);
    const check = (draft: string) => verifyDraft(draft, c, index).map((f) => f.status);
    const his = '“When I launched this as vice president, I literally traveled to every major cancer institute in the world,”';
    const hers = '“I’ve participated in more than 40 engagements and visited almost a dozen states,”';
    assert.deepStrictEqual(check(`${his} the president said.`), ['verified']);
    assert.deepStrictEqual(check(`${his} President Biden said.`), ['verified']);
    assert.deepStrictEqual(check(`${his} Jill Biden said.`), ['misattributed']);
    assert.deepStrictEqual(check(`${his} the first lady said.`), ['misattributed']);
    assert.deepStrictEqual(check(`${hers} the first lady said.`), ['verified']);
    assert.deepStrictEqual(check(`${hers} President Biden said.`), ['misattributed']);
    // An office the sources give no one here: not read as hers, and not read as anyone else's either.
    assert.deepStrictEqual(check(`${hers} the vice president said.`), ['speaker-unchecked']);
    // A quote running over two paragraphs of her turn.
    assert.deepStrictEqual(check('“Of all the things cancer steals from us, time is the cruelest — the days spent in treatment or recovering from surgery, anniversaries and holidays missed, pages of photo albums unfilled. We can’t afford to wait another minute for better solutions,” Jill Biden said.'), ['verified']);
  });

  it('elides a reporter\'s interjection between two answers of one speaker, never passes it as verbatim', () => {
    const a = read('gaggle.md', enc(lines(
      '---',
      'title: Remarks by President Biden in Press Gaggle',
      '---',
      'THE PRESIDENT:  Well, I hope by the end of the weekend.',
      '',
      'Q    Say again.',
      '',
      'THE PRESIDENT:  My National Security Advisor tells me that we’re close.',
    )));
    const c = corpusOf(a);
    const index = new SearchIndex(c);
    const check = (draft: string) => verifyDraft(draft, c, index).map((f) => f.status);
    assert.deepStrictEqual(check('“Well, I hope by the end of the weekend … My National Security Advisor tells me that we’re close,” Biden said.'), ['elided']);
    assert.notDeepStrictEqual(check('“Well, I hope by the end of the weekend. My National Security Advisor tells me that we’re close,” Biden said.'), ['verified']);
  });

  it('reads a transcript in time that grows linearly with it, whatever it repeats', function () {
    this.timeout(120_000);
    // A ratio in one run, after warming up; quadratic would be ~16 for 4x. The fastest of three
    // runs of each, as other work on the machine only ever adds time.
    const patterns = [
      'MS. LEAVITT:  Thank you. (Laughter.) We start now.\n\nQ    A question?\n\n',
      'THE PRESIDENT:  Well. (Applause.) (Laughter.) (Applause.)\n\n',
      // Thousands of speakers, each looked up in the whole transcript.
      'MR. %:  Hello there, I am Mr. %.\n\n',
      '[00:00:01] Jane Doe: We start now.\n',
      'Q    “quoted” (Cross-talk.)\n\n',
    ];
    for (const p of patterns) {
      let n = 0;
      const name = (k: number) => `QUAYLE${String.fromCharCode(65 + (k % 26), 65 + (Math.floor(k / 26) % 26))}`;
      const text = (chars: number) => Array.from({ length: Math.ceil(chars / p.length) }, () => p.split('%').join(name(n++ % 600))).join('');
      const [small, large] = [text(60_000), text(240_000)];
      const t = (s: string) => {
        const t0 = process.hrtime.bigint();
        read('t.txt', enc(s));
        return Number(process.hrtime.bigint() - t0);
      };
      const fastest = (f: () => number) => Math.min(f(), f(), f());
      t(small);
      t(large);
      const ratio = fastest(() => t(large)) / Math.max(1e6, fastest(() => t(small)));
      assert.ok(ratio < 10, `${JSON.stringify(p)}: 4x input took ${ratio.toFixed(1)}x as long`);
    }
  });

  it('gives quotes of a time-stamped transcript their time', () => {
    const a = read('interview.txt', enc(lines(
      'Jane Doe (00:00:05):',
      'Welcome back to the show.',
      '',
      'Sam Okafor (00:12:31):',
      'We rebuilt the harbour wall in a year.',
      '',
      'It was the hardest year of my life.',
    )));
    assert.deepStrictEqual(a.quotes.map((q) => [q.speaker, q.locator]), [
      ['Jane Doe', { time: '00:00:05' }],
      ['Sam Okafor', { time: '00:12:31' }],
      ['Sam Okafor', { time: '00:12:31' }],
    ]);
  });
});
