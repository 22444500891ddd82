import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { ROOT, SEEDS } from './helpers';

interface Gold {
  articles: { path: string; quotes: { text: string; kind: string; speaker: string | null; partial: boolean; cue: string | null; via: string | null }[] }[];
}

describe('the seeds, end to end', () => {
  const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'eval', 'annotations', 'seeds.json'), 'utf8')) as Gold;
  const c = new Corpus();
  for (const f of fs.readdirSync(SEEDS).sort()) c.upsert(f, fs.readFileSync(path.join(SEEDS, f)));

  it('ships the five seed articles', () => {
    assert.strictEqual(c.size, 5);
  });

  for (const g of gold.articles) {
    it(`reads every quote of ${g.path} with its kind, speaker, cue and credit`, () => {
      const a = c.get(g.path)!;
      const got = a.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.kind === 'term' ? null : c.speakerOf(q, a), partial: q.partial, cue: q.cue, via: q.via }));
      assert.deepStrictEqual(got, g.quotes);
    });
  }
  it('names only people, with roles that read as roles (no headline words, no verbs)', () => {
    const names = c.people.map((p) => p.name);
    assert.ok(!names.includes('Visit'), 'a headline\'s "State Visit" is no person');
    const roles = c.people.flatMap((p) => p.roles);
    for (const r of roles) assert.ok(!/\b(?:meet|Home|Arrives)\b/.test(r), `not a role: ${r}`);
    assert.ok(c.findPeople('To Lam')[0].roles.includes('Vietnamese President'));
    assert.ok(c.findPeople('Nguyen Phu Trong')[0].roles.includes('Communist Party leader'));
  });
});
