import * as assert from 'assert';
import { findQuoteSpans } from '../../src/core/reading/quote-spans';
import { lines } from './helpers';

function texts(t: string): string[] {
  return findQuoteSpans(t).map((q) => q.parts.map((p) => t.slice(p.start, p.end)).join(' | '));
}

describe('quote spans', () => {
  it('finds curly and straight double quotes, keeping nested single marks inside', () => {
    assert.deepStrictEqual(texts('He said “yes, ‘maybe’ no” and "fine," she said.'), ['yes, ‘maybe’ no', 'fine,']);
  });

  it('does not take apostrophes, inches or a lone mark for quotes', () => {
    assert.deepStrictEqual(texts("Russia’s 12\" screen isn't \" here"), []);
  });

  it('joins a quote continued over paragraphs with blank lines between', () => {
    const t = lines('“First part of it.', '', '“Second part of it,” she said.');
    const q = findQuoteSpans(t);
    assert.strictEqual(q.length, 1);
    assert.deepStrictEqual(texts(t), ['First part of it. | Second part of it,']);
  });

  it('joins a quote continued on the next line without a blank line', () => {
    assert.deepStrictEqual(texts(lines('"One.', '"Two." he said.')), ['One. | Two.']);
  });

  it('joins paragraphs run together on one line (the BBC files)', () => {
    assert.deepStrictEqual(texts('Ms Hewitt said: "We have doubled it. "We will extend it." She said more.'), ['We have doubled it. | We will extend it.']);
  });

  it('ends an unclosed quote at its paragraph instead of swallowing the article', () => {
    const t = lines('He said "this never closes.', '', 'A new paragraph with "a real quote" here.');
    const q = findQuoteSpans(t);
    assert.deepStrictEqual(texts(t), ['this never closes.', 'a real quote']);
    assert.strictEqual(q[0].closed, false);
  });

  it('keeps a stray closing mark typed after a space as a close', () => {
    assert.deepStrictEqual(texts('"It has changed, " he said. "Growth is strong."'), ['It has changed,', 'Growth is strong.']);
  });

  it('keeps every offset inside the text, in order, without overlap', () => {
    const t = '“a “b “c ” d ” e” "f" "g';
    const qs = findQuoteSpans(t);
    let last = -1;
    for (const q of qs) {
      assert.ok(q.outer.start > last && q.outer.end <= t.length);
      for (const p of q.parts) assert.ok(p.start >= q.outer.start && p.end <= q.outer.end && p.start <= p.end);
      last = q.outer.end - 1;
    }
  });
});

describe('quote spans in other house styles', () => {
  const spansOf = (t: string, headline: { start: number; end: number } | null = null) => findQuoteSpans(t, headline).map((q) => q.parts.map((p) => t.slice(p.start, p.end)).join(' | '));

  it('reads two apostrophes as the marks (the New York Times), the outer span taking both', () => {
    const t = "''We finally may be seeing it,'' said Jane Roe, a pollster.";
    assert.deepStrictEqual(spansOf(t), ['We finally may be seeing it,']);
    const q = findQuoteSpans(t)[0];
    assert.strictEqual(t.slice(q.outer.start, q.outer.end), "''We finally may be seeing it,''");
  });

  it('reads single marks as the paper’s marks when the body quotes in them', () => {
    const t = lines('Council tax to rise', '', '‘We have no choice,’ said Jane Roe, the council leader. ‘The grant has been cut.’', '', 'Her deputy said the rise was ‘regrettable but necessary’.');
    assert.deepStrictEqual(spansOf(t), ['We have no choice,', 'The grant has been cut.', 'regrettable but necessary']);
  });

  it('with straight single marks too, leaving apostrophes and the Smiths’ house alone', () => {
    const t = "'It's the best day of my life,' said the winner, who hadn't expected it. 'I can't believe it.'";
    assert.deepStrictEqual(spansOf(t), ["It's the best day of my life,", "I can't believe it."]);
  });

  it('keeps double marks inside single marks as part of the quote', () => {
    const t = '‘He told me “never again” and left,’ she said. ‘That was the end.’';
    assert.deepStrictEqual(spansOf(t), ['He told me “never again” and left,', 'That was the end.']);
  });

  it('continues a single-marked quote into the next paragraph that opens again', () => {
    const t = lines('‘The first part of it.', '', '‘And the second part,’ she said.');
    assert.deepStrictEqual(spansOf(t), ['The first part of it. | And the second part,']);
  });

  it('reads a headline’s single marks above a body in double marks, and no single marks in that body', () => {
    const t = lines("Blair 'will not quit' over row", '', 'Mr Blair said: "I am staying." He called the claims \'nonsense\' and "lies".');
    const headline = { start: 0, end: t.indexOf('\n') };
    assert.deepStrictEqual(spansOf(t, headline), ['will not quit', 'I am staying.', 'lies']);
  });

  it('takes double marks in a headline above a body in single marks', () => {
    const t = lines('Mayor: "We will rebuild"', '', "'We will rebuild this town,' the mayor said. 'It will take years.'");
    assert.deepStrictEqual(spansOf(t, { start: 0, end: t.indexOf('\n') }), ['We will rebuild', 'We will rebuild this town,', 'It will take years.']);
  });

  it('never takes a decade, a possessive or a contraction for a mark', () => {
    assert.deepStrictEqual(spansOf("In the '90s the Jones' farm didn't flood, and rock 'n' roll was king."), []);
  });
});
