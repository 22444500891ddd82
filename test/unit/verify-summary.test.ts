import * as assert from 'assert';
import { summarise, tallyFindings } from '../../src/core/verification/summary';
import { verifyDraft } from '../../src/core/verification/verify';
import { lines } from './helpers';
import { northshire } from './fixtures/northshire';

describe('verification: the summary of a check', () => {
  const { corpus, index } = northshire();

  it('counts quotations apart from copied prose, and what only asks the writer to look apart from what needs attention', () => {
    const findings = verifyDraft(lines(
      '“This is … the answer to the crisis,” said John Smith.',
      '',
      'Opposition leader John Smith went first: “We listened to residents, and we will publish everything.”',
      '',
      '“We will probably have to sell the car,” said Mary Smith.',
      '',
      'Northshire County Council voted on Tuesday to raise council tax by 5% from April, the largest rise since the county was formed in 1974.',
    ), corpus, index);
    assert.deepStrictEqual(findings.map((f) => f.status), ['misquote', 'speaker-unchecked', 'verified', 'uncredited']);
    assert.deepStrictEqual(tallyFindings(findings), { quotes: 3, attention: 1, speakersUnchecked: 1, copies: 1 });
    assert.strictEqual(summarise(findings), '3 quotes checked, 1 needs attention; 1 speaker to check, 1 passage copied without credit.');
    assert.strictEqual(summarise(findings.slice(2, 3)), '1 quote checked, 0 need attention.');
    assert.strictEqual(summarise([]), '0 quotes checked, 0 need attention.');
  });
});
