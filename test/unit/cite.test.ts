import * as assert from 'assert';
import { attribution, buildInsertion, fitQuote, footnoteAppend, formatDate, nextFootnoteNumber, preferredMarks } from '../../src/core/verification/cite';
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
