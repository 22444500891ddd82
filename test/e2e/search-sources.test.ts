import * as assert from 'assert';
import { beforeEach, describe, it } from 'mocha';
import { e2e, FIXTURE_SOURCES, goTo, openDraft, openFile, readFileWhen, resetWorkbench, runCommand, save, screenshot, statusBarItem, waitForIndex, waitForQuickPick, waitForQuickPickTitled } from './workbench';

describe('Search Sources', () => {
  beforeEach(() => resetWorkbench(e2e().page));

  it('finds a quote and its speaker from a few words, and Enter inserts the quote into the draft', async () => {
    const { page } = e2e();
    const original = '# Why Vietnam\n\n\nMoscow wants friends in Asia.\n';
    const file = await openDraft(page, 'search-e2e.md', original);
    await waitForIndex(page);
    await goTo(page, 3);

    await runCommand(page, 'Citedesk: Search Sources');
    await waitForQuickPickTitled(page, 'Citedesk: Search Sources');
    await page.keyboard.type('Parameswaran isolated Asia');
    const rows = await waitForQuickPick(page, (r) => r[0]?.label.includes('far from isolated in Asia') ?? false, 'the Parameswaran quote on top');
    await screenshot(page, 'search-sources-pick');
    const [top] = rows;
    assert.strictEqual(top.icon, 'quote');
    assert.match(top.label, /^Prashanth Parameswaran: “Putin will hope that his visit to Vietnam signals that Russia is far from isolated in Asia amid its recent advances in the Ukraine war,”$/);
    assert.match(top.detail, /^a senior fellow at the Washington, DC-based Wilson Center · Why does Russia's Putin visit Vietnam after North Korea\? · /);
    // The speaker himself is among the first results, with what the sources hold of him.
    const person = rows.slice(0, 3).find((r) => r.icon === 'person');
    assert.ok(person, `a person among the first rows: ${JSON.stringify(rows.slice(0, 3))}`);
    assert.strictEqual(person.label, 'Prashanth Parameswaran');
    assert.match(person.detail, /^\d+ sources? · \d+ quotes?$/);

    await page.keyboard.press('Enter');
    await save(page);
    const text = await readFileWhen(file, (t) => t !== original, 'the inserted quote');
    const lines = text.split('\n');
    assert.match(lines[2], /^“Putin will hope that his visit to Vietnam signals that Russia is far from isolated in Asia amid its recent advances in the Ukraine war,” said Prashanth Parameswaran, a senior fellow at the Washington, DC-based Wilson Center\.\[\^1\]$/);
    assert.strictEqual(lines[3], 'Moscow wants friends in Asia.');
    assert.match(text, /\n\[\^1\]: \*Why does Russia's Putin visit Vietnam after North Korea\?\*[^\n]*002_7bf4c8803009745d\.txt[^\n]*\n?$/);
  });

  it('shows the size of the index in the status bar, and a click there opens the search', async () => {
    const { page } = e2e();
    // A Markdown file is what activates Citedesk.
    await openFile(page, 'draft.md');
    const label = await waitForIndex(page);
    const m = /^Citedesk: (\d+) sources · (\d+) quotes$/.exec(label);
    assert.ok(m, `status bar: "${label}"`);
    assert.strictEqual(Number(m[1]), FIXTURE_SOURCES);
    assert.ok(Number(m[2]) > 0, label);

    await statusBarItem(page, 'Citedesk:').click();
    const { placeholder } = await waitForQuickPickTitled(page, 'Citedesk: Search Sources');
    assert.strictEqual(placeholder, 'Search quotes, passages and people in your sources (typos are fine)');
    // Before anything is typed, the pick lists the quotes in the sources.
    const rows = await waitForQuickPick(page, (r) => r.length > 0, 'the quotes');
    assert.ok(rows.every((r) => r.icon === 'quote' && /^[^“]+: “/.test(r.label)), JSON.stringify(rows.slice(0, 3)));
    await screenshot(page, 'search-sources-from-status-bar');
    await page.keyboard.press('Escape');
  });
});
