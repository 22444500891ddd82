import * as assert from 'assert';
import { beforeEach, describe, it } from 'mocha';
import { activeEditorText, e2e, openFile, resetWorkbench, runCommand, screenshot, scrollListTo } from './workbench';

describe('workbench', () => {
  beforeEach(() => resetWorkbench(e2e().page));

  it('shows the fixture folder in the explorer', async () => {
    const { page } = e2e();
    const explorer = page.locator('.explorer-folders-view');
    // By exact name: other tests add files such as search-e2e.md to the workspace.
    await explorer.locator('.monaco-list-row[aria-label="draft.md"]').waitFor();
    await explorer.locator('.monaco-list-row[aria-label="sources"]').waitFor();
  });

  it('opens draft.md in an editor', async () => {
    const { page } = e2e();
    await openFile(page, 'draft.md');
    const text = await activeEditorText(page);
    assert.match(text, /^# Ferry returns$/m);
    assert.match(text, /^Margaret Thayer said: "We promised the east side a ferry, and in April they will have one\."$/m);
    await screenshot(page, 'draft-open');
  });

  it('runs the installed Citedesk extension once a Markdown file is open', async () => {
    const { page } = e2e();
    await openFile(page, 'draft.md');
    await runCommand(page, 'Developer: Show Running Extensions');
    const list = page.locator('.runtime-extensions-editor');
    // The row shows an activation time only once the extension has activated.
    const row = await scrollListTo(page, list, list.locator('.monaco-list-row', { hasText: 'Citedesk' }).filter({ hasText: /Activation: \d+ms/ }));
    assert.match(await row.innerText(), /Citedesk\s+\d+\.\d+\.\d+/);
    await screenshot(page, 'running-extensions');
    await page.keyboard.press('Escape');
  });
});
