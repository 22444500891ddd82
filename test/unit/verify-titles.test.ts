import * as assert from 'assert';
import { northshire } from './fixtures/northshire';

describe('verification: words a source has outside its quotations', () => {
  const { one } = northshire();
  const OWN = '“voted on Tuesday to raise council tax by 5% from April”';

  it('a source’s headline quoted as a title is a term, with the source it names', () => {
    const f = one('A report headlined “Council tax to rise by 5% in Northshire” set out the figures.');
    assert.strictEqual(f.status, 'term');
    assert.strictEqual(f.message, 'The headline of Northshire Gazette, “Council tax to rise by 5% in Northshire”, 5 March 2024, quoted as a title.');
    assert.strictEqual(f.source?.path, 'gazette.md');
  });

  it('the outlet’s own words, quoted as its, are verified', () => {
    for (const draft of [`The Gazette said the council ${OWN}.`, `The council ${OWN}.`]) {
      const f = one(draft);
      assert.strictEqual(f.status, 'verified', draft);
      assert.match(f.message, /^The source's own words, not a quotation in it: Northshire Gazette/);
    }
  });

  it('the outlet’s words given to a person are flagged, and the message says where they are instead of “no source contains”', () => {
    const f = one(`Jane Roe said the council ${OWN}.`);
    assert.strictEqual(f.status, 'unsourced');
    assert.strictEqual(f.source?.path, 'gazette.md');
    assert.match(f.message, /^No source quotes these words as anyone's: Northshire Gazette, .* has them in its own text, not as a quotation; the draft gives them to Jane Roe in quotation marks\.$/);
  });

  it('with someone named beside them they are unchecked, not silently verified', () => {
    const f = one(`John Smith was angry. The council ${OWN}.`);
    assert.strictEqual(f.status, 'speaker-unchecked');
    assert.match(f.message, /whose they are in the draft was not read \(it names John Smith nearby\)/);
  });

  it('says no source contains the words only when none does', () => {
    const f = one('“We will freeze council tax for a decade,” said Jane Roe.');
    assert.strictEqual(f.status, 'unsourced');
    assert.strictEqual(f.message, 'No source contains these words.');
    assert.strictEqual(f.source, null);
  });
});
