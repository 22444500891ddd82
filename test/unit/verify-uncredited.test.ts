import * as assert from 'assert';
import { Corpus } from '../../src/core/corpus/corpus';
import { SearchIndex } from '../../src/core/search/search';
import type { SourceRef } from '../../src/core/verification/cite';
import { citeCopy, quoteCopy, type Credit } from '../../src/core/verification/credit';
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
    const md = renderLedger(rows, 'md');
    assert.match(md, /\| 2 \| voted on Tuesday to raise council tax .* \| uncredited \| — \| — \| Council tax to rise by 5% in Northshire \|/);
    assert.match(md, /^1 quotation and 1 passage copied without credit: 1 verified, 1 uncredited\.$/m);
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
  describe('quick fixes', () => {
    const apply = (draft: string, c: Credit) => [...c.edits].reverse().reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), draft);
    const ref = (f: { source: { path: string; title: string; outlet: string | null; published: string | null; line: number } | null }): SourceRef => ({
      target: f.source!.path,
      file: f.source!.path,
      title: f.source!.title,
      outlet: f.source!.outlet,
      published: f.source!.published,
      line: f.source!.line,
    });

    it('quote the copied words with an attribution: the draft then quotes the source faithfully', () => {
      const draft = `Councillors ${RUN} in 1974.\n`;
      const [f] = copied(draft);
      const c = quoteCopy(draft, f)!;
      assert.strictEqual(c.title, 'Quote the copied words and credit Northshire Gazette');
      const fixed = apply(draft, c);
      assert.strictEqual(fixed, `Councillors “${RUN} in 1974”, according to Northshire Gazette.\n`);
      assert.deepStrictEqual(check(fixed).map((x) => x.status), ['verified']);

      const spoken = 'Officials admit the council is far from certain that the rise will be enough to close the gap.\n';
      const [g] = copied(spoken);
      const quoted = apply(spoken, quoteCopy(spoken, g)!);
      assert.strictEqual(quoted, 'Officials admit the council is “far from certain that the rise will be enough to close the gap”, Jane Roe said.\n');
      assert.deepStrictEqual(check(quoted).map((x) => [x.status, x.speaker]), [['verified', 'Jane Roe']]);
    });

    it('or cite the source after them, in the writer’s style; a cited copy is credited', () => {
      const draft = `Councillors ${RUN} in 1974.\n\nMore to follow.`;
      const [f] = copied(draft);
      const foot = apply(draft, citeCopy(draft, f, ref(f), 'footnote', true)!);
      assert.strictEqual(foot, `Councillors ${RUN} in 1974[^1].\n\nMore to follow.\n\n[^1]: Northshire Gazette, *Council tax to rise by 5% in Northshire*, 5 March 2024. [gazette.md, line 6](gazette.md#L6).\n`);
      assert.deepStrictEqual(copied(foot), []);
      const paren = apply(draft, citeCopy(draft, f, ref(f), 'parenthetical', false)!);
      assert.strictEqual(paren, `Councillors ${RUN} in 1974 (Northshire Gazette, 5 March 2024).\n\nMore to follow.`);
      assert.deepStrictEqual(copied(paren), []);
      const link = apply(draft, citeCopy(draft, f, ref(f), 'link', true)!);
      assert.match(link, /in 1974 \(\[Northshire Gazette, 5 March 2024\]\(gazette\.md#L6\)\)\./);
      assert.deepStrictEqual(copied(link), []);
      // Copied words at the very end of the draft: the marker, then the note.
      const last = `Councillors ${RUN} in 1974`;
      const [h] = copied(last);
      assert.strictEqual(apply(last, citeCopy(last, h, ref(h), 'footnote', true)!), `${last}[^1]\n\n[^1]: Northshire Gazette, *Council tax to rise by 5% in Northshire*, 5 March 2024. [gazette.md, line 6](gazette.md#L6).\n`);
    });

    it('offers nothing for a finding that is not a copy', () => {
      const [f] = check('“We listened to residents, and we will publish everything,” said Jane Roe.');
      assert.strictEqual(quoteCopy('x', f), null);
      assert.strictEqual(citeCopy('x', f, ref(f), 'footnote', true), null);
    });
  });
});
