import * as assert from 'assert';
import { beforeEach, describe, it } from 'mocha';
import { chooseQuickFix, e2e, goTo, openDraft, openProblems, openQuickFixes, readFileWhen, resetWorkbench, restMouse, save, screenshot, waitForIndex, waitForProblems, type Problem } from './workbench';

const NAME = 'verification-e2e.md';
const MISQUOTE = '“The main issues relate to shoring up economic and trade ties, including arms sales,” said Carl Thayer.';
const UNSOURCED = '“We will win this war by Christmas,” Putin said.';

function inDraft(problems: Problem[]): Problem[] {
  return problems.filter((p) => p.file === NAME);
}

describe('quote verification in the Problems panel', () => {
  beforeEach(() => resetWorkbench(e2e().page));

  it('lists a misquote with its source and word diff and an unsourced quote; the quick fix puts in the source’s words', async () => {
    const { page } = e2e();
    const original = `# Hanoi talks\n\n${MISQUOTE}\n\n${UNSOURCED}\n`;
    const file = await openDraft(page, NAME, original);
    await waitForIndex(page);
    await openProblems(page);
    const problems = inDraft(await waitForProblems(page, (ps) => inDraft(ps).length === 2, `two problems in ${NAME}`));

    const misquote = problems.find((p) => p.code === 'misquote');
    assert.ok(misquote, JSON.stringify(problems));
    assert.strictEqual(misquote.severity, 'error');
    assert.strictEqual(misquote.source, 'Citedesk');
    assert.strictEqual(misquote.position, '[Ln 3, Col 1]');
    assert.match(misquote.message, /^Differs from the source: “trade” for “commercial”\. Carl Thayer in “Vladimir Putin to Visit Vietnam, Sparking US Protest”, 18 June 2024: “The main issues relate to shoring up economic and commercial ties, including arms sales”/);
    assert.ok(misquote.message.includes('[-commercial-]{+trade+}'), misquote.message);
    assert.deepStrictEqual(misquote.related, [
      { file: '000_81c83535b6931e08.txt', position: '[Ln 46, Col 115]', message: 'Source: Carl Thayer in “Vladimir Putin to Visit Vietnam, Sparking US Protest”' },
    ]);

    const unsourced = problems.find((p) => p.code === 'unsourced');
    assert.ok(unsourced, JSON.stringify(problems));
    assert.strictEqual(unsourced.severity, 'warning');
    assert.strictEqual(unsourced.message, 'No source contains these words.');
    assert.strictEqual(unsourced.position, '[Ln 5, Col 1]');
    assert.ok(problems.indexOf(misquote) < problems.indexOf(unsourced), 'the error is listed first');

    // The row is cut at the window's width; resting the mouse on it shows the whole message.
    await page.locator('.markers-panel .monaco-list-row .marker-message', { hasText: 'Differs from' }).first().hover();
    await page.locator('.monaco-hover.workbench-hover:not(.hidden)', { hasText: '{+trade+}' }).first().waitFor();
    await screenshot(page, 'problems-misquote');

    await restMouse(page);
    await goTo(page, 3, 10);
    const fixes = await openQuickFixes(page);
    await screenshot(page, 'problems-quick-fix-menu');
    assert.deepStrictEqual(fixes, ['Replace with the source’s words']);
    await chooseQuickFix(page, 'Replace with the source’s words');
    await save(page);
    const fixed = await readFileWhen(file, (t) => t !== original, 'the source’s words');
    assert.strictEqual(fixed, `# Hanoi talks\n\n“The main issues relate to shoring up economic and commercial ties, including arms sales,” said Carl Thayer.\n\n${UNSOURCED}\n`);

    const after = inDraft(await waitForProblems(page, (ps) => inDraft(ps).length === 1, `only the unsourced quote left in ${NAME}`));
    assert.strictEqual(after[0].code, 'unsourced');
    await screenshot(page, 'problems-after-quick-fix');
  });
  it('lists an ellipsis that cuts a negation as a misquote that names the cut; an uncredited copy as information', async () => {
    const { page } = e2e();
    const name = 'elision-e2e.md';
    const text = '# Hanoi talks\n\n“Western attempts to isolate Russia are … working,” said Carl Thayer.\n\nThe Russian president has not visited North Korea since the year 2000, and his jet landed on Wednesday.\n';
    await openDraft(page, name, text);
    await waitForIndex(page);
    await openProblems(page);
    const mine = (ps: Problem[]) => ps.filter((p) => p.file === name);
    const problems = mine(await waitForProblems(page, (ps) => mine(ps).length === 2, `two problems in ${name}`));
    const [elision, copy] = problems;
    assert.strictEqual(elision.code, 'misquote', JSON.stringify(problems));
    assert.strictEqual(elision.severity, 'error');
    assert.strictEqual(elision.position, '[Ln 3, Col 1]');
    assert.match(elision.message, /^The ellipsis removes “not” \(a negation\), which changes the meaning\. Carl Thayer in “President Putin Arrives In Vietnam For State Visit”: “Western attempts to isolate Russia are not working”/);
    assert.strictEqual(copy.code, 'uncredited', JSON.stringify(problems));
    assert.strictEqual(copy.severity, 'info');
    assert.strictEqual(copy.position, '[Ln 5, Col 1]');
    assert.match(copy.message, /^Copied from “Vladimir Putin to Visit Vietnam, Sparking US Protest” \(18 June 2024\) without quotation marks or credit/);
    await screenshot(page, 'problems-dangerous-elision');
  });
});
