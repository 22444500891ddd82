import * as assert from 'assert';
import type { Finding } from '../../src/core/verification/verify';
import { northshire } from './fixtures/northshire';

describe('verification: ellipses and brackets must not change the meaning', () => {
  const { one } = northshire();
  const cutOf = (f: Finding) => f.changes?.filter((c) => c.kind === 'cut').map((c) => c.text);

  describe('an ellipsis that cuts what the meaning rests on is a misquote that names the cut', () => {
    const cases: [string, string, string, string][] = [
      ['a negation', '“We are … certain that the rise will be enough to close the gap,” said Jane Roe.', 'far from', 'a negation'],
      ['a number', '“Most families in the county will pay almost £100 more a year, and some will pay … that,” John Smith said.', 'twice', 'a number'],
      ['a qualifier of degree', '“Most families in the county will pay … £100 more a year,” John Smith said.', 'almost', 'a qualifier'],
      ['a qualifier of scope, before the words it qualifies', '“… families in the county will pay almost £100 more a year,” John Smith said.', 'Most', 'a qualifier'],
      ['a condition, at the start', '“… we will have to cut services,” Jane Roe said.', 'If the government does not increase its grant', 'a condition'],
      ['a hedge', '“We will … have to sell the car,” Mary Smith said.', 'probably', 'a qualifier'],
    ];
    for (const [what, draft, cut, kind] of cases) {
      it(what, () => {
        const f = one(draft);
        assert.strictEqual(f.status, 'misquote', f.message);
        assert.ok(f.message.startsWith(`The ellipsis removes “${cut}” (${kind}), which changes the meaning.`), f.message);
        assert.ok(cutOf(f)?.includes(cut), JSON.stringify(f.changes));
        assert.ok(f.source, 'the source it rests on');
      });
    }

    it('offers the source’s words, uncut, as the fix', () => {
      const draft = '“We are … certain that the rise will be enough to close the gap,” said Jane Roe.';
      const f = one(draft);
      assert.ok(f.fix);
      const fixed = draft.slice(0, f.fix.start) + f.fix.text + draft.slice(f.fix.end);
      assert.strictEqual(fixed, '“We are far from certain that the rise will be enough to close the gap,” said Jane Roe.');
      assert.strictEqual(one(fixed).status, 'verified');
    });
  });

  describe('an ellipsis that leaves the sense intact is elided, and says what it leaves out', () => {
    it('cuts the end of a clause', () => {
      const f = one('“We are far from certain that the rise will be enough …,” said Jane Roe.');
      assert.strictEqual(f.status, 'elided', f.message);
      assert.deepStrictEqual(f.changes, [{ kind: 'cut', text: 'to close the gap' }]);
      assert.match(f.message, /^Elided from Jane Roe in Northshire Gazette, “Council tax to rise by 5% in Northshire”, 5 March 2024: the ellipsis leaves out “to close the gap”\.$/);
    });

    it('cuts an item of a list, a qualifier inside it going with the words it qualifies', () => {
      const f = one('“We will close two depots … and merge the planning teams,” Jane Roe said.');
      assert.strictEqual(f.status, 'elided', f.message);
      assert.deepStrictEqual(cutOf(f), ['sell all the old offices on Mill Lane']);
    });

    it('joins two consecutive quotes of one speaker in one source', () => {
      const f = one('“If the government does not increase its grant, we will have to cut services … Only the libraries and the parks are safe for now,” Jane Roe said.');
      assert.strictEqual(f.status, 'elided', f.message);
      assert.match(f.message, /joins two of the speaker’s quotes in this source and leaves nothing out/);
      assert.doesNotMatch(f.message, /No source contains/);
    });
  });

  describe('an ellipsis that joins what no one said as one quotation is a misquote, never “unsourced”', () => {
    it('two speakers', () => {
      const f = one('“This is not the answer to the crisis … we will have to cut services,” John Smith said.');
      assert.strictEqual(f.status, 'misquote');
      assert.match(f.message, /^The ellipsis joins the words of two speakers: “This is not the answer to the crisis” is John Smith’s, “we will have to cut services” is Jane Roe’s/);
    });

    it('two sources', () => {
      const f = one('“We are far from certain that the rise will be enough … we will publish everything,” Jane Roe said.');
      assert.strictEqual(f.status, 'misquote');
      assert.match(f.message, /^The ellipsis joins words from two sources: .* from Jane Roe in Northshire Gazette, .* from Jane Roe in Eastfield Echo/);
    });

    it('one speaker’s words in another order', () => {
      const f = one('“Only the libraries and the parks are safe for now … we will have to cut services,” Jane Roe said.');
      assert.strictEqual(f.status, 'misquote');
      assert.match(f.message, /another order than the source's/);
    });
  });

  describe('brackets', () => {
    it('may stand for what a pronoun refers to', () => {
      const f = one('“[The rise] is not the answer to the crisis,” John Smith said.');
      assert.strictEqual(f.status, 'elided', f.message);
      assert.deepStrictEqual(f.changes, [{ kind: 'cut', text: 'This' }, { kind: 'added', text: 'The rise' }]);
      assert.match(f.message, /“\[The rise\]” stands for “This”/);
    });

    it('may add [sic] or fit a letter to the sentence', () => {
      assert.strictEqual(one('“They have ignored us for to [sic] long,” Sam Doe said.').status, 'elided');
      const f = one('Jane Roe warned that “[W]e will have to cut services.”');
      assert.strictEqual(f.status, 'elided', f.message);
      assert.match(f.message, /the brackets fit “\[W\]e” to the sentence/);
    });

    it('may not add a claim: an exception, a clause, a place', () => {
      const cases: [string, string][] = [
        ['“This is not the answer to the crisis [except in Eastfield],” John Smith said.', 'except in Eastfield'],
        ['“We listened to residents [but not to the unions], and we will publish everything,” said Jane Roe.', 'but not to the unions'],
        ['“We will close two depots [this year],” Jane Roe said.', 'this year'],
      ];
      for (const [draft, added] of cases) {
        const f = one(draft);
        assert.strictEqual(f.status, 'misquote', draft);
        assert.ok(f.message.startsWith(`The brackets add “${added}”, a claim the source does not make.`), f.message);
        assert.ok(f.changes?.some((c) => c.kind === 'added' && c.text === added));
      }
    });

    it('may not put other words in place of the source’s', () => {
      const f = one('“The typical bill will [fall] by £80,” Jane Roe said.');
      assert.strictEqual(f.status, 'misquote');
      assert.match(f.message, /^The brackets put “fall” in place of “rise”/);
    });
  });

  it('reads a changed last word as changed, not as a word added', () => {
    const f = one('“The typical bill will rise by £90,” Jane Roe said.');
    assert.strictEqual(f.status, 'misquote');
    assert.match(f.message, /^Differs from the source: “90” for “80”\./);
  });
});
