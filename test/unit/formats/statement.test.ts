/** Statements issued in someone's name: the body is their words, in any format. */
import * as assert from 'assert';
import { statementBy } from '../../../src/core/formats/statement';
import { Corpus } from '../../../src/core/corpus/corpus';
import { SearchIndex } from '../../../src/core/search/search';
import { buildInsertion } from '../../../src/core/verification/cite';
import { verifyDraft } from '../../../src/core/verification/verify';
import { lines, readAs, readFixture } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('statements issued in someone\'s name', () => {
  it('knows who a statement\'s title names, and when it names no one person', () => {
    assert.strictEqual(statementBy('Statement from President Joe Biden on Historic Tentative Agreement Between General Motors and UAW'), 'President Joe Biden');
    assert.strictEqual(statementBy('Statement by Press Secretary Jen Psaki on the Uyghur Forced Labor Prevention Act'), 'Press Secretary Jen Psaki');
    assert.strictEqual(statementBy('Statement from White House Press Secretary Karine Jean-Pierre on the Visit of Taoiseach Leo Varadkar'), 'White House Press Secretary Karine Jean-Pierre');
    assert.strictEqual(statementBy('Joint Statement by President Biden and Prime Minister Kishida'), null);
    assert.strictEqual(statementBy('Statement by the White House on the Budget'), null);
    assert.strictEqual(statementBy('Readout of President Biden’s Call with President Zelenskyy of Ukraine'), null);
    assert.strictEqual(statementBy('Putin to visit Vietnam'), null);
  });

  for (const name of ['wh-statement-2023-10-30.md', 'wh-statement-2023-10-30.docx']) {
    it(`gives the body of a statement to the person who issued it (${name.split('.').pop()})`, async () => {
      const a = await readFixture(name);
      const words = a.quotes.filter((q) => q.cue === 'statement');
      assert.strictEqual(words.length, 2);
      assert.ok(words.every((q) => q.speaker === 'Joe Biden' && q.role === 'President' && q.kind === 'speech' && q.rule === 'statement-title'), JSON.stringify(words.map((q) => [q.speaker, q.role])));
      assert.match(words[1].text, /^This historic contract is a testament to the power of unions .* in the days and weeks to come\.$/);
      assert.doesNotMatch(a.text.slice(words[1].outer.end), /\w/, 'the end mark is no one\'s words');
      const c = new Corpus();
      c.put(a);
      const check = (draft: string) => verifyDraft(draft, c, new SearchIndex(c)).map((f) => f.status);
      assert.deepStrictEqual(check('In a statement, President Biden said: “This historic contract is a testament to the power of unions and collective bargaining.”'), ['verified']);
      // A description the sources never give the President, nor anyone else: never a silent pass.
      assert.deepStrictEqual(check('“This historic contract is a testament to the power of unions,” the UAW president said.'), ['speaker-unchecked']);
      // Across the statement's paragraph break, as across a transcript's.
      assert.deepStrictEqual(check('“The GM workers who have been walking the picket line on behalf of their UAW brothers and sisters. This historic contract is a testament to the power of unions,” Biden said.'), ['verified']);
      const ins = buildInsertion({ text: words[0].text, speaker: 'Joe Biden', role: 'President', occasion: 'in a statement' }, { target: name, file: name, title: a.title, outlet: a.outlet, published: a.published, line: words[0].line }, 'parenthetical', true, '');
      assert.match(ins.text, /,” Joe Biden, the president, said in a statement \(/);
    });
  }

  it('reads quotation marks in a statement as an article would, first person the issuer\'s', async () => {
    const a = await readAs('statement.txt', enc(lines(
      'Statement by Mayor Ann Quayle on the Harbour Ferry',
      '',
      'When I took office I said, “The ferry will sail again,” and today it does. “This is a new start,” said harbourmaster Tom Reed.',
      '',
      '###',
    )));
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speaker, q.cue]), [
      ['When I took office I said, “The ferry will sail again,” and today it does. “This is a new start,” said harbourmaster Tom Reed.', 'Ann Quayle', 'statement'],
      ['The ferry will sail again,', 'Ann Quayle', 'said'],
      ['This is a new start,', 'Tom Reed', 'said'],
    ]);
  });
});
