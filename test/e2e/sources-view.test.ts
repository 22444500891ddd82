import * as assert from 'assert';
import { beforeEach, describe, it } from 'mocha';
import { activeTabTitle, cursorLineText, e2e, openFile, resetWorkbench, runCommand, screenshot, until, waitForIndex } from './workbench';

/** The rows of the Sources view as shown: label, description, icon and depth, top first. */
function sourceRows(): Promise<{ label: string; description: string; icon: string; level: number }[]> {
  return e2e().page.evaluate(`(() => {
    const text = (el) => (el ? el.textContent.replace(/\\u00a0/g, ' ').trim() : '');
    const pane = [...document.querySelectorAll('.part.sidebar .pane')].find((p) => text(p.querySelector('.pane-header .title')) === 'Sources');
    if (!pane) return [];
    const rows = [...pane.querySelectorAll('.pane-body .monaco-list-row')];
    rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    return rows.map((row) => {
      const icon = row.querySelector('.custom-view-tree-node-item-icon');
      return {
        label: text(row.querySelector('.label-name')),
        description: text(row.querySelector('.label-description')),
        icon: ((icon && [...icon.classList].find((c) => c.startsWith('codicon-') && c !== 'codicon-colored')) || '').replace('codicon-', ''),
        level: Number(row.getAttribute('aria-level')),
      };
    });
  })()`);
}

describe('the Sources view', () => {
  beforeEach(() => resetWorkbench(e2e().page));

  it('lists each source with its type, quotes and speakers, and a speaker opens at their first quote', async () => {
    const { page } = e2e();
    await openFile(page, 'draft.md');
    await waitForIndex(page);
    await runCommand(page, 'Citedesk: Focus on Sources View');
    const rows = await until(sourceRows, (r) => r.filter((x) => x.level === 1).length === 6, 'the six sources in the view', 30_000);
    // The five bundled articles and the workspace's source, each once.
    const ferry = rows.find((r) => r.label === 'harbour-ferry.txt')!;
    assert.deepStrictEqual([ferry.description, ferry.icon], ['text · 2 quotes · 2 speakers', 'file-text']);
    assert.ok(rows.filter((r) => r.label !== 'harbour-ferry.txt').every((r) => /^text · \d+ quotes? · \d+ speakers?$/.test(r.description)), JSON.stringify(rows));

    // A click on a source shows who speaks in it.
    const ferryRow = page.locator('.part.sidebar .pane-body .monaco-list-row', { hasText: 'harbour-ferry.txt' }).first();
    await ferryRow.click();
    const open = await until(sourceRows, (r) => r.some((x) => x.label === 'Daniel Osei'), 'the speakers of harbour-ferry.txt', 30_000);
    const speakers = open.filter((r) => r.level === 2).map((r) => [r.label, r.description, r.icon]);
    assert.deepStrictEqual(speakers, [
      ['Margaret Thayer', '1 quote', 'person'],
      ['Daniel Osei', '1 quote', 'person'],
    ]);
    await screenshot(page, 'sources-view');

    // A click on a speaker opens the source (read-only) at their first quote.
    await page.locator('.part.sidebar .pane-body .monaco-list-row', { hasText: 'Daniel Osei' }).first().click();
    await until(() => activeTabTitle(page), (t) => t.startsWith('harbour-ferry.txt'), 'the source to open', 30_000);
    assert.match(await cursorLineText(page), /^Local shopkeeper Daniel Osei welcomed the news\. "Half my customers used to come over on the boat," he said\.$/);
    await screenshot(page, 'sources-view-opened-speaker');

    // The source's own button opens it at the top.
    await ferryRow.hover();
    await ferryRow.locator('.actions .action-label[aria-label="Open Source"]').click();
    await until(() => cursorLineText(page), (t) => t === 'Harbour Ferry Service to Resume in Spring', 'the source to open at the top', 30_000);
  });
});
