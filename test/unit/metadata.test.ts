import * as assert from 'assert';
import { readMetadata, parseDate } from '../../src/core/reading/metadata';
import { lines } from './helpers';

describe('metadata', () => {
  it('skips a tagline to find the headline and reads "Published:"', () => {
    const m = readMetadata(lines('Truth, Inspiration, Hope.', '', 'Vladimir Putin to Visit Vietnam, Sparking US Protest', '', 'Published: June 18, 2024', 'Body text.'), 'x');
    assert.strictEqual(m.title, 'Vladimir Putin to Visit Vietnam, Sparking US Protest');
    assert.strictEqual(m.published, '2024-06-18');
  });

  it('skips a breadcrumb and "Recent Features" furniture', () => {
    assert.strictEqual(readMetadata(lines('Home Russia President Putin Arrives In Vietnam', '', 'President Putin Arrives In Vietnam', '', 'President Putin has arrived.'), 'x').title, 'President Putin Arrives In Vietnam');
    assert.strictEqual(readMetadata(lines('Putin Visit on the Agenda', '', 'Recent Features', '', 'ASEAN Beat | Diplomacy | Southeast Asia', '', 'Putin Visit on the Agenda'), 'x').title, 'Putin Visit on the Agenda');
  });

  it('drops a site section after a bar', () => {
    assert.strictEqual(readMetadata('Why does Russia\'s Putin visit Vietnam after North Korea? | News\n\nText.', 'x').title, "Why does Russia's Putin visit Vietnam after North Korea?");
  });

  it('reads front matter when a source has it', () => {
    const m = readMetadata(lines('---', 'title: A headline', 'outlet: Reuters', 'published: 2024-06-19', '---', 'Body.'), 'x');
    assert.deepStrictEqual([m.title, m.outlet, m.published], ['A headline', 'Reuters', '2024-06-19']);
  });

  it('parses the common date forms and rejects impossible dates', () => {
    assert.strictEqual(parseDate('18 June 2024'), '2024-06-18');
    assert.strictEqual(parseDate('Jun. 9, 2024'), '2024-06-09');
    assert.strictEqual(parseDate('2024-13-40'), null);
  });
});
