import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { ROOT } from '../harness/paths';
import type { Page } from '../harness/playwright';
import { activeEditorText, activeTabTitle, e2e, editorHover, FIXTURE_SOURCES, goTo, hideSideBar, hoverWord, openDraft, readFileWhen, resetWorkbench, runCommand, save, screenshot, statusBarItem, until, waitForIndex, waitForQuickPick, waitForQuickPickTitled } from './workbench';

/** The marks the active editor draws before text (CSS content, not text), in order. */
function pageMarks(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines span')]
    .map((el) => getComputedStyle(el, '::before').content)
    .filter((c) => c && c !== 'none' && c !== 'normal')
    .map((c) => JSON.parse(c)))()`);
}

/** A White House transcript and the same kind of briefing printed to PDF, put in the workspace's sources as a reporter would. */
const ADDED = ['wh-remarks-2023-09-13.md', 'wh-briefing-2022-12-19.pdf'];

describe('a transcript and a PDF among the sources', () => {
  const dir = () => path.join(e2e().workspace, 'sources', 'official');

  beforeEach(async () => {
    await resetWorkbench(e2e().page);
    fs.mkdirSync(dir(), { recursive: true });
    for (const f of ADDED) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'formats', f), path.join(dir(), f));
    await statusBarItem(e2e().page, `Citedesk: ${FIXTURE_SOURCES + ADDED.length} sources · `).waitFor({ timeout: 60_000 });
  });

  afterEach(async () => {
    // File by file, as a writer clears them out: the watcher sees each go.
    for (const f of ADDED) fs.rmSync(path.join(dir(), f), { force: true });
    await waitForIndex(e2e().page);
    fs.rmSync(dir(), { recursive: true, force: true });
  });

  it('inserts a turn of a transcript with an attribution that says where it was said, and opens the PDF at its page', async () => {
    const { page } = e2e();
    const original = '# Cancer Cabinet\n\nThe first lady spoke next.\n';
    const file = await openDraft(page, 'official-e2e.md', original);
    await goTo(page, 3);
    await page.keyboard.press('End');
    await runCommand(page, 'Citedesk: Insert Sourced Quote');
    await waitForQuickPickTitled(page, 'Citedesk: Insert Sourced Quote');
    await page.keyboard.type('cancer steals from us time');
    const [top] = await waitForQuickPick(page, (rows) => rows[0]?.label.startsWith('Jill Biden: “Of all the things cancer steals from us') ?? false, 'the first lady’s turn on top');
    assert.match(top.detail, /^First Lady · White House, 13 September 2023 · sources\/official\/wh-remarks-2023-09-13\.md:\d+$/);
    await screenshot(page, 'sources-transcript-pick');
    await page.keyboard.press('Enter');
    await save(page);
    const inserted = await readFileWhen(file, (t) => t !== original, 'the inserted turn');
    assert.match(inserted, /^The first lady spoke next\. “Of all the things cancer steals from us, time is the cruelest — the days spent in treatment or recovering from surgery, anniversaries and holidays missed, pages of photo albums unfilled,” Jill Biden, the first lady, said in remarks\.\[\^1\]$/m);
    assert.match(inserted, /\n\[\^1\]: White House, \*Remarks by President Biden and First Lady Jill Biden Before Cancer Cabinet Meeting\*, 13 September 2023\. \[wh-remarks-2023-09-13\.md, line \d+\]\(sources\/official\/wh-remarks-2023-09-13\.md#L\d+\)\.\n$/);
    await hideSideBar(page);
    await runCommand(page, 'View: Toggle Word Wrap');
    // What Citedesk wrote, Citedesk verifies: the turn is hers.
    const verdict = await hoverWord(page, 'cruelest', 'time is the cruelest');
    assert.match(verdict, /^Citedesk: Verified$/m);
    assert.match(verdict, /White House, 13 September 2023: “Of all the things cancer steals from us/);
    await screenshot(page, 'sources-transcript-inserted');

    // The press secretary's card: her turns from the PDF, each with its page; a link opens the PDF's text there.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Karine Jean-Pierre took questions.\n');
    const card = await until(() => hoverWord(page, 'Jean-Pierre', 'Karine Jean-Pierre took'), (t) => /Karine Jean-Pierre — Press Secretary/.test(t), 'her card');
    assert.match(card, /“All right\. I heard a “oh, wow\.” I’m not even going to ask why\.” — Press Briefing by Press Secretary Karine Jean-Pierre, p\. 1 Open source/);
    assert.doesNotMatch(card, /Is there any comment that you’d like to offer/, 'a reporter’s question is never hers');
    await screenshot(page, 'sources-pdf-hover-card');
    const links = editorHover(page).locator('a', { hasText: /^Open source$/ });
    await links.nth(2).click();
    await until(() => activeTabTitle(page), (t) => t === 'wh-briefing-2022-12-19.pdf', 'the PDF’s text to open');
    assert.match(await activeEditorText(page), /MS\. JEAN-PIERRE: /);
    // Each page's start is marked in the text (a decoration, drawn before the page's first word).
    const marks = await until(() => pageMarks(page), (m) => m.includes('⟨p. 1⟩'), 'the page marks to show');
    assert.deepStrictEqual(marks.filter((m) => /^⟨p\. \d⟩$/.test(m)), marks);
    await screenshot(page, 'sources-pdf-opened-at-page');
  });
});
