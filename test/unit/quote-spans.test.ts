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
