/**
 * The conventions of modern news copy (wires, national and local papers, broadcasters, press
 * releases) on invented text: each one read to the right speaker.
 */
import * as assert from 'assert';
import { Corpus } from '../../src/core/corpus/corpus';
import { lines } from './helpers';

/** Each quotation of one inline article with its speaker as the index reports it. */
function speakers(text: string): [string, string | null][] {
  const c = new Corpus();
  const a = c.upsert('story.txt', text);
  return a.quotes.map((q) => [q.text, q.kind === 'speech' ? c.speakerOf(q, a) : null]);
}

function speakerOf(text: string, words: string): string | null {
  const hit = speakers(text).find(([t]) => t.includes(words));
  assert.ok(hit, `no quotation with “${words}” in ${JSON.stringify(speakers(text))}`);
  return hit[1];
}

describe('conventions of modern copy', () => {
  it('wire order: "…," said Smith, who …', () => {
    assert.strictEqual(speakerOf('“We will appeal the ruling,” said John Smith, who represents the families of the victims.', 'appeal'), 'John Smith');
  });

  it('single quotation marks as the house style', () => {
    const t = lines('Council tax to rise by 5 per cent', '', "'We have no choice,' said council leader Jane Roe. 'The grant has been cut again.'");
    assert.deepStrictEqual(speakers(t), [
      ['We have no choice,', 'Jane Roe'],
      ['The grant has been cut again.', 'Jane Roe'],
    ]);
  });

  it('double marks in the headline, single marks in the body', () => {
    const t = lines('Mayor: "We will rebuild"', '', "The mayor, Ann Lee, visited the flooded streets. 'We will rebuild this town,' Ms Lee said.");
    assert.strictEqual(speakerOf(t, 'rebuild this town'), 'Ann Lee');
  });

  it('the interviewee, not the interviewer: "told the station\'s X", "speaking to the BBC\'s Y"', () => {
    assert.strictEqual(speakerOf('The minister told BBC Radio Ulster\'s presenter Joe Bloggs: “We have no plans to raise taxes.”', 'no plans'), 'the minister');
    assert.strictEqual(speakerOf('Speaking to the BBC\'s Laura Norris, the prime minister said: “The deal is done.”', 'deal is done'), 'the prime minister');
  });

  it('a possessive description is its own speaker: "Jane Roe\'s family said"', () => {
    assert.strictEqual(speakerOf('“She was the light of our lives,” Jane Roe\'s family said in a statement.', 'light of our lives'), "Jane Roe's family");
  });

  it('bodies, departments, officials and statements', () => {
    assert.strictEqual(speakerOf('“We are reviewing the report,” the state Department of Commerce said in a statement.', 'reviewing'), 'the state Department of Commerce');
    assert.strictEqual(speakerOf('“There is no evidence of a breach,” officials said.', 'no evidence'), 'officials');
    assert.strictEqual(speakerOf('A statement from the Department of Health read: “All clinics will remain open.”', 'clinics'), 'the Department of Health');
  });

  it('two people who share a surname stay two people', () => {
    const t = lines('Tom Smith and his brother Harry Smith run the farm.', '', '“We lost half the herd,” Tom Smith said.', '', '“It could have been worse,” Harry Smith said.');
    assert.deepStrictEqual(speakers(t).map(([, s]) => s), ['Tom Smith', 'Harry Smith']);
  });

  it('a quote inside a quote is part of the speaker\'s words', () => {
    assert.deepStrictEqual(speakers('“He told me, ‘I will never resign,’ and then he did,” said Maria Lopez.'), [['He told me, ‘I will never resign,’ and then he did,', 'Maria Lopez']]);
  });

  it('a dateline is no speaker', () => {
    assert.strictEqual(speakerOf('WASHINGTON (AP) — Senator Chuck Grassley said: “The deal is done.”', 'deal'), 'Chuck Grassley');
    assert.strictEqual(speakerOf('WASHINGTON — The senator was defiant. “We will not shut down the government,” he said.', 'shut down'), 'the senator');
  });

  it('a misspelt name in a source is the same person', () => {
    assert.strictEqual(speakerOf('Nguyen Phu Trong met the delegation. “Vietnam values this friendship,” Nguyen Phu Throng said.', 'friendship'), 'Nguyen Phu Trong');
  });

  it('names after an abbreviated title, and initials', () => {
    assert.strictEqual(speakerOf('“The budget is balanced,” said Rep. Jane Doe, a Democrat from Ohio.', 'budget'), 'Jane Doe');
    assert.strictEqual(speakerOf('“Let us pray,” said the Rev. Martin Brook.', 'pray'), 'Martin Brook');
    assert.strictEqual(speakerOf('“Twitter has ramped up its response,” said J.M. Berger, a researcher.', 'Twitter'), 'J.M. Berger');
  });

  it('a son who shares his father\'s name is not his father', () => {
    const t = 'John Smith Jr. spoke after his father John Smith. “I am proud of him,” John Smith Jr. said. “He was right,” the elder John Smith said.';
    assert.strictEqual(speakerOf(t, 'proud'), 'John Smith Jr.');
    assert.strictEqual(speakerOf(t, 'right'), 'John Smith');
  });

  it('a headline in title case names its people, not its verbs', () => {
    const t = lines('President Putin Arrives In Vietnam For State Visit', '', 'Vladimir Putin arrived in Hanoi on Thursday. Putin praised Vietnam for “a pragmatic way to solve the crisis”.');
    assert.strictEqual(speakerOf(t, 'pragmatic'), 'Vladimir Putin');
  });

  it('a press release written like news copy', () => {
    const t = lines('FOR IMMEDIATE RELEASE', '', 'Governor Announces New Flood Defences', '', 'SPRINGFIELD — Governor Ann Lee today announced $20 million for flood defences.', '', '“No family should lose their home to a river again,” Governor Lee said. “This is the first step.”');
    assert.deepStrictEqual(speakers(t).map(([, s]) => s), ['Ann Lee', 'Ann Lee']);
  });
});
