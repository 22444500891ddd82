import * as assert from 'assert';
import { Corpus } from '../../src/core/corpus/corpus';
import { summarizeSource } from '../../src/core/corpus/summary';
import { lines } from './helpers';

describe('a source in brief (the Sources view)', () => {
  it('counts each speaker’s quotes under the name the corpus gives them, the most quoted first', () => {
    const c = new Corpus();
    c.upsert(
      'pier.txt',
      lines(
        'Pier reopens',
        '',
        '"The pier is safe again," said engineer Rhiannon Tull.',
        '',
        '"We will fish from it tomorrow," said angler Bo Carrick.',
        '',
        '"Tull checked every plank," Carrick added.',
        '',
        'The council called it a "landmark" day.',
      ),
    );
    // "Carrick added" is Bo Carrick, as the corpus names him.
    const s = summarizeSource(c.get('pier.txt')!, c);
    assert.deepStrictEqual(
      s.speakers.map((x) => [x.name, x.quotes, x.line]),
      [
        ['Bo Carrick', 2, 4],
        ['Rhiannon Tull', 1, 2],
      ],
    );
    // The scare quote is no one's words: neither counted nor unattributed.
    assert.strictEqual(s.quotes, 3);
    assert.strictEqual(s.unattributed, 0);
  });

  it('keeps the order speakers first speak in when they are quoted as often, and counts quotes no one is named for', () => {
    const c = new Corpus();
    c.upsert('vote.txt', lines('Vote', '', '"It was a very close result, closer than any of us had expected tonight."', '', '"We won," said mayor Zora Brook.', '', '"We lost," said rival Cy Moss.'));
    const s = summarizeSource(c.get('vote.txt')!, c);
    assert.deepStrictEqual(
      s.speakers.map((x) => x.name),
      ['Zora Brook', 'Cy Moss'],
    );
    assert.strictEqual(s.quotes, 3);
    assert.strictEqual(s.unattributed, 1);
  });

  it('says nothing of a source that quotes no one', () => {
    const c = new Corpus();
    c.upsert('empty.txt', 'Notice\n\nThe library closes at six.');
    assert.deepStrictEqual(summarizeSource(c.get('empty.txt')!, c), { quotes: 0, speakers: [], unattributed: 0 });
  });
});
