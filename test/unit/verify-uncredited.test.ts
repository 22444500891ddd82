import * as assert from 'assert';
import { Corpus } from '../../src/core/corpus/corpus';
import { SearchIndex } from '../../src/core/search/search';
import { ledgerRows, renderLedger } from '../../src/core/verification/ledger';
import { verifyDraft } from '../../src/core/verification/verify';
import { lines } from './helpers';
import { northshire } from './fixtures/northshire';

describe('verification: prose copied from a source without quotation marks or credit', () => {
  const { corpus, index } = northshire();
  const check = (draft: string) => verifyDraft(draft, corpus, index);
  const copied = (draft: string) => check(draft).filter((f) => f.status === 'uncredited');
  const RUN = 'voted on Tuesday to raise council tax by 5% from April, the largest rise since the county was formed';

  it('eight or more consecutive words of a source sentence are uncredited, with where they come from', () => {
    const draft = `Councillors ${RUN} in 1974.`;
    const [f] = copied(draft);
    assert.ok(f, 'a finding');
    assert.strictEqual(f.text, RUN.replace(/ was formed$/, ' was formed in 1974'));
    assert.strictEqual(draft.slice(f.span.start, f.span.end), f.text);
    assert.strictEqual(f.source?.path, 'gazette.md');
    assert.strictEqual(f.message, 'Copied from “Council tax to rise by 5% in Northshire” (Northshire Gazette, 5 March 2024) without quotation marks or credit: 21 words in a row are the source’s.');
    assert.strictEqual(f.speaker, null);
    assert.strictEqual(f.draftSpeaker, null);
  });

  it('a speaker’s words copied without their quotation marks are theirs', () => {
    const [f] = copied('The council is far from certain that the rise will be enough to close the gap, officials admit.');
    assert.ok(f);
    assert.match(f.message, /words in a row are Jane Roe’s words there\.$/);
  });

  it('a paraphrase, a quotation and a credited copy are not flagged', () => {
    assert.deepStrictEqual(copied('The council agreed on Tuesday to put the tax up by 5% in April, its steepest rise since 1974.'), []);
    assert.deepStrictEqual(copied(`The Gazette reported that councillors “${RUN}”.`), []);
    assert.deepStrictEqual(copied(`Councillors ${RUN} in 1974, the Northshire Gazette reported.`), []);
    assert.deepStrictEqual(copied(lines(`Councillors ${RUN} in 1974.[^1]`, '', '[^1]: Northshire Gazette, *Council tax to rise by 5% in Northshire*, 5 March 2024.')), []);
  });

  it('lists the copy among the quotations, in draft order, and in the sourcing ledger', () => {
    const f = check(`“We listened to residents, and we will publish everything,” said Jane Roe. Councillors ${RUN} in 1974.`);
    assert.deepStrictEqual(f.map((x) => x.status), ['verified', 'uncredited']);
    const rows = ledgerRows(f);
    assert.deepStrictEqual(rows.map((r) => [r.verdict, r.headline, r.outlet]), [
      ['verified', 'Residents protest over council tax rise', 'Eastfield Echo'],
      ['uncredited', 'Council tax to rise by 5% in Northshire', 'Northshire Gazette'],
    ]);
    assert.match(renderLedger(rows, 'md'), /\| 2 \| voted on Tuesday to raise council tax .* \| uncredited \| — \| — \| Council tax to rise by 5% in Northshire \|/);
  });

  it('common phrases are not copying', () => {
    const c = new Corpus();
    const stock = 'said in a statement on Tuesday that the council would review its plans for the Mill Lane site';
    c.upsert('a.md', lines('---', 'title: One', '---', `The mayor ${stock}.`));
    c.upsert('b.md', lines('---', 'title: Two', '---', `A spokesman ${stock}.`));
    c.upsert('c.md', lines('---', 'title: Three', '---', `The chief executive ${stock}.`));
    c.upsert('d.md', lines('---', 'title: Four', '---', 'It was one of the best things that could have happened to the town, he said.'));
    const i = new SearchIndex(c);
    const flagged = (d: string) => verifyDraft(d, c, i).filter((f) => f.status === 'uncredited');
    // Shared by three sources: a stock phrase.
    assert.deepStrictEqual(flagged(`The leader of the council ${stock}.`), []);
    // Nothing in it but the commonest words.
    assert.deepStrictEqual(flagged('For the village it was one of the best things that could have happened to it.'), []);
  });
});
