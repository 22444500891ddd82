import * as assert from 'assert';
import { attribution, buildInsertion, citationLine, fitQuote, footnoteAppend, formatDate, nextFootnoteNumber, preferredMarks, roleInSentence } from '../../src/core/verification/cite';
import { occasionOf } from '../../src/core/verification/occasion';
import { ledgerRows, renderLedger } from '../../src/core/verification/ledger';
import type { Finding } from '../../src/core/verification/verify';

const src = { target: 'sources/a.txt', file: 'a.txt', title: 'A Headline', outlet: null, published: '2024-06-18', line: 45 };
const q = { text: 'The main issues relate to arms sales.', speaker: 'Carl Thayer', role: 'a senior expert on Vietnam security' };
const curly = preferredMarks('');

describe('citations', () => {
  it('fits the closing punctuation to the sentence, never the words', () => {
    assert.strictEqual(fitQuote('Arms sales.', curly), 'Arms sales,');
    assert.strictEqual(fitQuote('Why now?', curly), 'Why now?');
    assert.strictEqual(fitQuote('It is "odd" here', curly), 'It is ‘odd’ here,');
    assert.strictEqual(attribution(q, curly), '“The main issues relate to arms sales,” said Carl Thayer, a senior expert on Vietnam security');
  });

  it('follows the draft\'s straight marks', () => {
    assert.strictEqual(buildInsertion(q, src, 'parenthetical', false, 'He said "yes". "No"').text.startsWith('"The main issues'), true);
  });

  it('numbers footnotes after the existing ones and reuses a definition for the same source', () => {
    const doc = 'Text.[^3] More.[^note]\n\n[^3]: Old.\n[^note]: Named.\n';
    assert.strictEqual(nextFootnoteNumber(doc), 4);
    const ins = buildInsertion(q, src, 'footnote', true, doc);
    assert.match(ins.text, /Vietnam security\.\[\^4\]$/);
    assert.strictEqual(ins.footnote, '[^4]: *A Headline*, 18 June 2024. [a.txt, line 46](sources/a.txt#L46).');
    const after = doc + footnoteAppend(doc, ins.footnote!) ;
    assert.ok(after.startsWith(doc), 'nothing the writer wrote moves');
    assert.strictEqual(after.endsWith('[^note]: Named.\n[^4]: *A Headline*, 18 June 2024. [a.txt, line 46](sources/a.txt#L46).\n'), true);
    const again = buildInsertion(q, src, 'footnote', true, after);
    assert.strictEqual(again.footnote, null);
    assert.match(again.text, /\[\^4\]$/);
  });

  it('writes link, parenthetical and plain-text forms', () => {
    assert.match(buildInsertion(q, src, 'link', true, '').text, /\(\[A Headline, 18 June 2024\]\(sources\/a\.txt#L46\)\)\.$/);
    assert.match(buildInsertion(q, { ...src, outlet: 'Reuters' }, 'parenthetical', true, '').text, /\(Reuters, 18 June 2024\)\.$/);
    const plain = buildInsertion(q, src, 'footnote', false, '');
    assert.match(plain.text, / \[1\]$/);
    assert.strictEqual(plain.footnote, '[1] A Headline, 18 June 2024. sources/a.txt, line 46.');
  });

  it('cites a bundled source in words, with nothing to link to', () => {
    const bundled = { ...src, target: null, file: '000_x.txt' };
    assert.strictEqual(buildInsertion(q, bundled, 'footnote', true, '').footnote, '[^1]: *A Headline*, 18 June 2024. Citedesk bundled source 000_x.txt, line 46.');
    assert.match(buildInsertion(q, bundled, 'link', true, '').text, /\(\*A Headline\*, 18 June 2024\)\.$/);
  });

  it('attributes a transcript\'s words as a reporter writes them: who, their role, and where they were spoken', () => {
    const turn = { text: 'We are announcing new rules for pipelines today.', speaker: 'Jane Roe', role: 'Deputy National Security Advisor for Cyber and Emerging Technology', occasion: 'at a White House briefing' };
    assert.strictEqual(attribution(turn, curly), '“We are announcing new rules for pipelines today,” Jane Roe, the deputy national security adviser for Cyber and Emerging Technology, said at a White House briefing');
    assert.strictEqual(attribution({ ...turn, speaker: 'Biden', role: 'President', occasion: 'in remarks' }, curly), '“We are announcing new rules for pipelines today,” President Biden said in remarks');
    assert.strictEqual(attribution({ ...turn, text: 'Will the rules cover water?', speaker: 'a reporter', role: null }, curly), '“Will the rules cover water?” a reporter asked at a White House briefing');
    assert.strictEqual(attribution({ ...turn, speaker: 'Sam Okafor', role: null, occasion: '' }, curly), '“We are announcing new rules for pipelines today,” Sam Okafor said');
  });

  it('puts a role after a name in a sentence\'s case, and names the event from a transcript\'s title', () => {
    assert.strictEqual(roleInSentence('Press Secretary'), 'the press secretary');
    assert.strictEqual(roleInSentence('NSC Coordinator for Strategic Communications'), 'the NSC coordinator for Strategic Communications');
    assert.strictEqual(roleInSentence('Secretary of Homeland Security'), 'the secretary of Homeland Security');
    assert.strictEqual(roleInSentence('a senior expert'), 'a senior expert');
    assert.strictEqual(occasionOf('Press Briefing by Press Secretary Karine Jean-Pierre', 'White House'), 'at a White House briefing');
    assert.strictEqual(occasionOf('Press Gaggle by Principal Deputy Press Secretary Olivia Dalton', 'The White House'), 'at a White House press gaggle');
    assert.strictEqual(occasionOf('Remarks by President Biden and President William Ruto in Joint Press Conference', 'White House'), 'at a White House news conference');
    assert.strictEqual(occasionOf('Q&A with Vice President Joe Biden', null), 'in an interview');
    assert.strictEqual(occasionOf('Press briefing', 'Reuters'), 'at a briefing');
    assert.strictEqual(occasionOf('episode-12', null), '');
  });

  it('cites a PDF by its page and a recording by its time, in every style', () => {
    const pdf = { ...src, target: 'sources/report.pdf', file: 'report.pdf', outlet: 'Harbour Board', locator: { page: 2 }, lineAnchors: false };
    assert.strictEqual(buildInsertion(q, pdf, 'footnote', true, '').footnote, '[^1]: Harbour Board, *A Headline*, 18 June 2024. [report.pdf, p. 2](sources/report.pdf#page=2).');
    assert.match(buildInsertion(q, pdf, 'parenthetical', true, '').text, /\(Harbour Board, 18 June 2024, p\. 2\)\.$/);
    assert.match(buildInsertion(q, pdf, 'link', true, '').text, /\(\[Harbour Board, 18 June 2024, p\. 2\]\(sources\/report\.pdf#page=2\)\)\.$/);
    assert.strictEqual(buildInsertion(q, pdf, 'footnote', false, '').footnote, '[1] Harbour Board, A Headline, 18 June 2024. sources/report.pdf, p. 2.');
    const vtt = { ...src, target: 'sources/show.vtt', file: 'show.vtt', locator: { time: '00:12:31' }, lineAnchors: false };
    assert.strictEqual(buildInsertion(q, vtt, 'footnote', true, '').footnote, '[^1]: *A Headline*, 18 June 2024. [show.vtt, at 12:31](sources/show.vtt).');
    assert.match(citationLine(q, vtt), /A Headline, 18 June 2024, at 12:31\. sources\/show\.vtt, at 12:31\.$/);
    // A transcript in a text file: its line, and its time too.
    const md = { ...src, target: 'sources/call.md', file: 'call.md', locator: { time: '01:02:03' } };
    assert.strictEqual(buildInsertion(q, md, 'footnote', true, '').footnote, '[^1]: *A Headline*, 18 June 2024, at 01:02:03. [call.md, line 46](sources/call.md#L46).');
  });

  it('formats dates the way newsrooms write them', () => {
    assert.strictEqual(formatDate('2024-06-18'), '18 June 2024');
    assert.strictEqual(formatDate(null), null);
  });
});

describe('sourcing ledger', () => {
  const f = { text: '=HYPERLINK("x") | *bold*', status: 'unsourced', speaker: null, source: null, line: 2, message: 'No source contains these words.' } as unknown as Finding;
  it('renders Markdown with source text escaped, CSV safe from formulas, and JSON', () => {
    const rows = ledgerRows([f]);
    const md = renderLedger(rows, 'md');
    assert.match(md, /\| 1 \| =HYPERLINK\\\("x"\\\) \\\| \\\*bold\\\* \| unsourced \|/);
    const csv = renderLedger(rows, 'csv');
    assert.match(csv, /\r\n1,"'=HYPERLINK\(""x""\) \| \*bold\*",unsourced,/);
    assert.strictEqual(JSON.parse(renderLedger(rows, 'json')).quotes[0].verdict, 'unsourced');
  });
});
