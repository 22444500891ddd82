import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { SEEDS, lines } from './helpers';

function seeds(): Corpus {
  const c = new Corpus();
  for (const f of fs.readdirSync(SEEDS).sort()) c.upsert(f, fs.readFileSync(path.join(SEEDS, f)));
  return c;
}

/** The one person a surface form names in `corpus` (fails when it names none or several). */
function onlyPerson(corpus: Corpus, form: string) {
  const p = corpus.findPeople(form);
  assert.strictEqual(p.length, 1, `${form}: ${p.map((x) => x.name).join(', ')}`);
  return p[0];
}

describe('people', () => {
  const c = seeds();
  const one = (form: string) => onlyPerson(c, form);

  it('merges surname, diacritics, a misspelling and a title into one person', () => {
    const trong = one('Nguyen Phu Trong');
    for (const f of ['Trong', 'Trọng', 'Nguyen Phu Throng', 'General Secretary Trọng']) assert.strictEqual(one(f), trong, f);
    assert.ok(trong.aliases.includes('Trọng') && trong.aliases.includes('Nguyen Phu Throng'));
    assert.strictEqual(trong.articles.length, 5);
  });

  it('merges hyphenation variants (Kim Jong-un, Kim Jong Un)', () => {
    assert.strictEqual(one('Kim Jong-un'), one('Kim Jong Un'));
  });

  it('keeps look-alike names apart (Huong Le Thu is not Le Thu Hong)', () => {
    assert.notStrictEqual(one('Huong Le Thu'), one('Le Thu Hong'));
    assert.strictEqual(one('Le Thu'), one('Huong Le Thu'));
  });

  it('takes roles from appositions and titles', () => {
    assert.ok(one('Carl Thayer').roles.some((r) => r.includes('senior expert on Vietnam security at the Australian Defence Force Academy')));
    assert.ok(one('Vladimir Putin').roles.includes('Russian President'));
    assert.ok(one('Kim Jong Un').roles.some((r) => /leader of North Korea/.test(r)));
  });

  it('lists the quotes attributed to each person across articles', () => {
    assert.strictEqual(one('Parameswaran').quotes.length, 3);
    assert.strictEqual(one('Carl Thayer').quotes.length, 2);
    assert.strictEqual(one('President Putin'), one('Vladimir Putin'));
  });

  it('offers the surname a writer would type even where no source wrote it alone', () => {
    assert.strictEqual(one('Thayer').name, 'Carl Thayer');
    assert.strictEqual(one('Storey').name, 'Ian Storey');
  });

  it('does not merge two people who share only a surname, and a bare surname names both', () => {
    const d = new Corpus();
    d.upsert('a.txt', lines('Gordon Brown said it was wrong.', 'Zoe Brown said it was right.'));
    assert.strictEqual(d.findPeople('Gordon Brown').length, 1);
    assert.notStrictEqual(d.findPeople('Gordon Brown')[0], d.findPeople('Zoe Brown')[0]);
    assert.deepStrictEqual(d.findPeople('Brown').map((p) => p.name).sort(), ['Gordon Brown', 'Zoe Brown']);
    // Neither is listed under the bare surname as an alias of their own.
    assert.ok(d.findPeople('Brown').every((p) => !p.aliases.includes('Brown')));
  });

  it('gives a lone surname two people share to the one the text named last before it, not the one named first', () => {
    const d = new Corpus();
    d.upsert('farm.txt', lines(
      'Farm prize for couple',
      '',
      'Helen Grant and her husband, Peter Grant, run the farm.',
      '',
      '"It was the wet spring," Grant said.',
      '',
      'Helen Grant spoke to the judges afterwards. "The judges were very kind," Grant said.',
      '',
      '"We will build a barn," Grant added.',
    ));
    const a = d.get('farm.txt')!;
    assert.deepStrictEqual(a.quotes.map((q) => d.speakerOf(q, a)), ['Peter Grant', 'Helen Grant', 'Helen Grant']);
  });

  it('reads roles as an editor would: offices split by "of", no clause or preposition taken for a role', () => {
    const d = new Corpus();
    d.upsert('a.txt', lines(
      'Echoing US Secretary of State Condoleezza Rice, the Chancellor of the Exchequer Gordon Brown said "the world is changing".',
      'Clapton, alongside BB King, also introduced fellow guitarist Buddy Guy.',
      'Singer Bruce Springsteen inducted the band. Introducing the band, Springsteen mocked Bono as the man who "single-handedly pioneered the Irish mullet".',
    ));
    const get = (n: string) => onlyPerson(d, n);
    assert.deepStrictEqual(get('Condoleezza Rice').roles, ['Secretary of State']);
    assert.deepStrictEqual(get('Gordon Brown').roles, ['Chancellor of the Exchequer']);
    assert.deepStrictEqual(get('BB King').roles, []);
    assert.deepStrictEqual(get('Buddy Guy').roles, ['fellow guitarist']);
    // "the band, Springsteen": a comma parts the noun from the name, so he is no band.
    const a = d.get('a.txt')!;
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker), ['Gordon Brown', 'Bruce Springsteen']);
    assert.ok(!get('Bruce Springsteen').aliases.includes('Singer Bruce Springsteen'));
  });

  it('keeps names that look like words apart from the words (May, Man-of-the-match, New Yorker, Liberal Democrats)', () => {
    const d = new Corpus();
    d.upsert('a.txt', lines(
      'Theresa May, shadow secretary for the family, said the plans were "papering over the cracks of the system".',
      'By any measure, New Yorker Dick Morris is a winner. President Yoon Suk-yeol came too.',
      'Damien Duff played. Man-of-the-match Duff explained: "I was desperate to score myself."',
      'The Liberal Democrats have argued for flexibility rather than "rigid targets and quotas".',
    ));
    const a = d.get('a.txt')!;
    assert.deepStrictEqual(a.quotes.map((q) => d.speakerOf(q, a)), ['Theresa May', 'Damien Duff', 'the Liberal Democrats']);
    assert.deepStrictEqual(d.findPeople('Dick Morris')[0].roles, []);
    assert.strictEqual(d.findPeople('Yoon Suk-yeol').length, 1);
    assert.ok(d.people.every((p) => !/Democrats|Man-of-the-match/.test(p.name)));
  });

  it('takes an office heading the sentence as the role and no form of address as one; a book is no person', () => {
    const d = new Corpus();
    d.upsert('a.txt', lines(
      'The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as "lousy history".',
      'The New Testament was written early. "I\'ve read it twice," he said.',
    ));
    assert.deepStrictEqual(onlyPerson(d, 'Tom Wright').roles, ['Bishop of Durham']);
    assert.deepStrictEqual(d.people.map((p) => p.name), ['Tom Wright']);
  });
});
