import * as assert from 'assert';
import { beforeEach, describe, it } from 'mocha';
import { cursorPosition, e2e, goTo, hideSideBar, openDraft, readFileWhen, resetWorkbench, runCommand, save, screenshot, until, waitForIndex, waitForQuickPick, waitForQuickPickTitled } from './workbench';

const THAYER_QUOTE = '“The main issues relate to shoring up economic and commercial ties, including arms sales,”';

describe('Insert Sourced Quote from the command palette', () => {
  beforeEach(() => resetWorkbench(e2e().page));

  it('finds a mistyped quote, inserts its exact words with attribution and a footnote, and one undo takes it all back', async () => {
    const { page } = e2e();
    const paragraph = 'Analysts expect the talks to centre on money and weapons.';
    const original = `# Hanoi visit\n\n${paragraph}\n\nMore to follow.\n`;
    const file = await openDraft(page, 'insert-quote-e2e.md', original);
    await waitForIndex(page);
    await goTo(page, 3);
    await page.keyboard.press('End');
    await until(() => cursorPosition(page), (p) => p.line === 3 && p.column === paragraph.length + 1, 'the cursor at the end of line 3');

    await runCommand(page, 'Citedesk: Insert Sourced Quote');
    await waitForQuickPickTitled(page, 'Citedesk: Insert Sourced Quote');
    await page.keyboard.type('shorring up econmic ties');
    const [top] = await waitForQuickPick(page, (rows) => rows[0]?.label.includes('shoring up economic and commercial ties') ?? false, 'the Carl Thayer quote on top');
    await screenshot(page, 'insert-quote-pick');
    assert.strictEqual(top.icon, 'quote');
    // Who said it leads the row; the role and the source are below.
    assert.strictEqual(top.label, 'Carl Thayer: “The main issues relate to shoring up economic and commercial ties, including arms sales.”');
    assert.match(top.detail, /^a senior expert on Vietnam security .* · Vladimir Putin to Visit Vietnam, Sparking US Protest, 18 June 2024 · /);
    assert.ok(top.focused, 'Enter takes the top row');
    await page.keyboard.press('Enter');
    await save(page);

    const inserted = await readFileWhen(file, (t) => t !== original, 'the inserted quote');
    const lines = inserted.split('\n');
    assert.strictEqual(lines[0], '# Hanoi visit');
    assert.ok(lines[2].startsWith(paragraph), `the writer's sentence is kept: ${lines[2]}`);
    assert.ok(lines[2].includes(`${THAYER_QUOTE} said Carl Thayer, a senior expert on Vietnam security`), lines[2]);
    assert.match(lines[2], /\.\[\^1\]$/);
    assert.strictEqual(lines[4], 'More to follow.');
    // The definition goes last, after everything the writer wrote.
    assert.match(inserted, /\n\n\[\^1\]: \*Vladimir Putin to Visit Vietnam, Sparking US Protest\*, 18 June 2024\. [^\n]*000_81c83535b6931e08\.txt[^\n]*\n?$/);
    assert.strictEqual(inserted.match(/\[\^1\]/g)?.length, 2, inserted);
    await hideSideBar(page);
    await runCommand(page, 'View: Toggle Word Wrap');
    await screenshot(page, 'insert-quote-inserted-footnote');

    await page.keyboard.press('Control+Z');
    await save(page);
    const undone = await readFileWhen(file, (t) => t !== inserted, 'the draft after one undo');
    assert.strictEqual(undone, original);
  });
});
