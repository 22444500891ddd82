import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { SearchIndex } from '../../src/core/search/search';
import { verifyDraft, renderDiff, type Finding } from '../../src/core/verification/verify';
import { SEEDS, lines } from './helpers';

describe('quote verification over the seeds', () => {
  const corpus = new Corpus();
  for (const f of fs.readdirSync(SEEDS).sort()) corpus.upsert(f, fs.readFileSync(path.join(SEEDS, f)));
  const index = new SearchIndex(corpus);
  const check = (draft: string): Finding[] => verifyDraft(draft, corpus, index);
  const one = (draft: string): Finding => {
    const f = check(draft);
    assert.strictEqual(f.length, 1, JSON.stringify(f.map((x) => x.text)));
    return f[0];
  };

  it('verifies the exact words, allowing typography and end punctuation', () => {
    const f = one('"The main issues relate to shoring up economic and commercial ties, including arms sales," said Carl Thayer.');
    assert.strictEqual(f.status, 'verified');
    assert.strictEqual(f.source?.path, '000_81c83535b6931e08.txt');
    assert.strictEqual(f.source?.speaker, 'Carl Thayer');
    assert.strictEqual(f.speaker, 'Carl Thayer');
  });

  it('verifies a partial quote that is a fragment of a source quote', () => {
    assert.strictEqual(one('Storey said the trip was meant “to demonstrate that Vietnam pursues a balanced foreign policy”.').status, 'verified');
  });

  it('accepts an elision in the source\'s order and a bracketed insertion', () => {
    assert.strictEqual(one('“Vietnam guides its foreign policy … it is multi-dimensional diplomacy,” Huong Le Thu said.').status, 'elided');
    assert.strictEqual(one('“If [he] is able to travel freely, it could normalize Russia’s blatant violations of international law,” the spokesperson said.').status, 'elided');
    // Out of order is not an elision.
    assert.notStrictEqual(one('“it is multi-dimensional diplomacy … Vietnam guides its foreign policy,” Huong Le Thu said.').status, 'elided');
  });

  it('knows the four wordings of the embassy statement', () => {
    const wordings = [
      'No country should give Putin a platform to promote his war of aggression and otherwise allow him to normalize his atrocities.',
      'No country should give Putin a platform to promote his war of aggression and otherwise allow him to normalise his atrocities.',
      'No country should give Putin a platform to promote his war of aggression and allow him to normalize his atrocities,',
      'no country should provide Putin with an opportunity to further his war of aggression, & otherwise let him normalize his atrocities.',
    ];
    for (const w of wordings) {
      const f = one(`A spokesperson for the US embassy in Hanoi said: “${w}”`);
      assert.strictEqual(f.status, 'verified', w);
      assert.strictEqual(f.corroboration.length, 4, w);
    }
    // Words from two outlets' wordings: another outlet's wording, not a misquote.
    const mixed = one('A US embassy spokesperson said: “No country should provide Putin a platform to promote his war of aggression and otherwise allow him to normalise his atrocities.”');
    assert.strictEqual(mixed.status, 'variant');
    assert.match(mixed.message, /another outlet's wording/);
  });

  it('flags a misquote with a word diff and a fix that puts in the source\'s words', () => {
    const draft = '“The main issues relate to shoring up economic and trade ties, including arms sales,” said Carl Thayer.';
    const f = one(draft);
    assert.strictEqual(f.status, 'misquote');
    assert.ok(f.diff?.some((d) => d.op === 'change' && d.draft === 'trade' && d.source === 'commercial'));
    assert.match(renderDiff(f.diff!), /\[-commercial-\]\{\+trade\+\}/);
    assert.ok(f.fix);
    const fixed = draft.slice(0, f.fix.start) + f.fix.text + draft.slice(f.fix.end);
    assert.strictEqual(one(fixed).status, 'verified');
  });

  it('reads a changed last word as changed, not as a word added after the source stops', () => {
    const f = one('“No country should give Putin a platform to promote his war of aggression and otherwise allow him to normalize his crimes,” the embassy spokesperson said.');
    assert.strictEqual(f.status, 'misquote');
    assert.match(f.message, /^Differs from the source: “crimes” for “atrocities”\./);
  });

  it('flags a misattribution, through a pronoun too, with the right name as the fix', () => {
    const direct = one('“They were once on the same side of history,” said Carl Thayer.');
    assert.strictEqual(direct.status, 'misattributed');
    assert.strictEqual(direct.source?.speaker, 'Huong Le Thu');
    const draft = lines('Ian Storey spoke first.', '', '“The main issues relate to shoring up economic and commercial ties,” he said.');
    const viaPronoun = one(draft);
    assert.strictEqual(viaPronoun.status, 'misattributed');
    assert.strictEqual(viaPronoun.speaker, 'Ian Storey');
    assert.strictEqual(draft.slice(viaPronoun.fix!.start, viaPronoun.fix!.end), 'he');
    assert.strictEqual(viaPronoun.fix!.text, 'Carl Thayer');
  });

  it('charges only the attributions the draft makes, and says so when it could not read one', () => {
    // The source reads a quote standing alone as the words of whom the passage is about; a draft
    // quote with no attribution is not charged to the person the paragraph before was about, but
    // neither is it passed in silence: a reader would take the words for Ian Storey's.
    const draft = lines('Ian Storey has watched the region for decades.', '', '“The main issues relate to shoring up economic and commercial ties, including arms sales.”');
    const f = one(draft);
    assert.strictEqual(f.status, 'speaker-unchecked');
    assert.strictEqual(f.speaker, null);
    assert.match(f.message, /^The words are verified in Carl Thayer in .*; whose they are in the draft was not read \(it names Ian Storey nearby\)\.$/);
    // Named nearby is the source's own speaker: nothing left unchecked.
    assert.strictEqual(one(lines('Carl Thayer has watched the region for decades.', '', '“The main issues relate to shoring up economic and commercial ties, including arms sales.”')).status, 'verified');
  });

  it('accepts another form of the right name and another description of the same unnamed speaker', () => {
    assert.strictEqual(one('“The main issues relate to shoring up economic and commercial ties,” Thayer said.').status, 'verified');
    assert.strictEqual(one('“Vietnam guides its foreign policy based on its historical legacies and its own interests,” Le Thu said.').status, 'verified');
    assert.strictEqual(one('“If he can travel freely, that could normalize Russia\'s flagrant violations of international law,” a US embassy spokesman added.').status, 'verified');
  });

  it('calls it misattributed when the draft gives another first name, not when it gives a surname with its particle', () => {
    assert.strictEqual(one('“The main issues relate to shoring up economic and commercial ties,” Mary Thayer said.').status, 'misattributed');
    assert.strictEqual(one('“The main issues relate to shoring up economic and commercial ties,” Carl Thayer said.').status, 'verified');
    const c = new Corpus();
    c.upsert('nyc.txt', lines('Mayor on terror', '', 'Mayor Bill de Blasio said the city was "in effect, in a war" with terror groups.'));
    const i = new SearchIndex(c);
    assert.deepStrictEqual(verifyDraft('De Blasio said the city was “in effect, in a war” with them.', c, i).map((f) => f.status), ['verified']);
    assert.deepStrictEqual(verifyDraft('Chirlane de Blasio said the city was “in effect, in a war” with them.', c, i).map((f) => f.status), ['misattributed']);
  });

  it('warns when no source contains the words, and calls terms terms', () => {
    assert.strictEqual(one('“We will win this war by Christmas,” said Vladimir Putin.').status, 'unsourced');
    assert.strictEqual(one('Vietnam calls its policy “bamboo diplomacy.”').status, 'term');
    assert.strictEqual(one('He called the plan “a total shambles” in private.').status, 'term');
  });

  it('reports positions in the draft and one finding per quotation, in order', () => {
    const draft = lines('# Draft', '', 'First “bamboo diplomacy” then', '“We will win this war by Christmas,” said Putin.');
    const f = check(draft);
    assert.deepStrictEqual(f.map((x) => [x.line, x.character, x.status]), [[2, 7, 'term'], [3, 1, 'unsourced']]);
    assert.strictEqual(draft.slice(f[1].outer.start, f[1].outer.end), '“We will win this war by Christmas,”');
  });

  it('ignores footnote definitions the writer (or Citedesk) added', () => {
    assert.strictEqual(check('Text.[^1]\n\n[^1]: *“Some Headline”*, 18 June 2024.').length, 0);
  });
});

describe('quote verification: British and American spellings', () => {
  const corpus = new Corpus();
  corpus.upsert('coach.md', lines('---', 'title: Coach upbeat before final', '---', '“We have been practising hard and our defence has never been stronger,” said coach Ann Lee.'));
  const index = new SearchIndex(corpus);

  it('takes another spelling of the same word for a variant, not a misquote', () => {
    const [f] = verifyDraft('“We have been practicing hard and our defense has never been stronger,” Ann Lee said.', corpus, index);
    assert.strictEqual(f.status, 'variant', f.message);
    assert.match(f.message, /another spelling \(“practicing” for “practising”\)/);
  });
});
