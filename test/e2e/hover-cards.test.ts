import * as assert from 'assert';
import { beforeEach, describe, it } from 'mocha';
import { activeTabTitle, cursorLineText, cursorPosition, e2e, editorHover, hideSideBar, hoverWord, openFile, resetWorkbench, screenshot, until, waitForIndex } from './workbench';

/** What a reader must never see in a card: Markdown escapes and HTML entities left raw. */
function assertReadable(card: string): void {
  assert.doesNotMatch(card, /\\[\\`*_{}[\]()#+\-.!|<>~:$]/, `raw Markdown escape in the card:\n${card}`);
  assert.doesNotMatch(card, /&(?:amp|lt|gt|quot|#\d+);/, `raw HTML entity in the card:\n${card}`);
}

describe('hover cards in the workbench', () => {
  beforeEach(() => resetWorkbench(e2e().page));

  it('shows who a surname is, and its "Open source" link opens the source at the quote', async () => {
    const { page } = e2e();
    await hideSideBar(page);
    await openFile(page, 'visit.md');
    await waitForIndex(page);
    const card = await hoverWord(page, 'Thayer', 'Thayer added');
    await screenshot(page, 'hover-card-carl-thayer');
    assert.match(card, /^Carl Thayer — a senior expert on Vietnam security\b/);
    assert.match(card, /^2 sources · 2 quotes$/m);
    assert.match(card, /“The main issues relate to shoring up economic and commercial ties, including arms sales\.” — Vladimir Putin to Visit Vietnam, Sparking US Protest, 18 June 2024 Open source/);
    assertReadable(card);
    const links = editorHover(page).locator('a', { hasText: /^Open source$/ });
    assert.strictEqual(await links.count(), 2, card);

    await links.first().click();
    const tab = await until(() => activeTabTitle(page), (t) => t !== 'visit.md', 'the source to open in an editor');
    assert.match(tab, /^00[03]_[0-9a-f]{16}\.txt$/);
    // The cursor stands on the first word of the quote the card showed, just inside the quotation
    // mark (the status bar follows the new editor a moment later).
    const quote = '“The main issues relate to shoring up economic and commercial ties, including arms sales';
    const [line] = await until(
      async () => [await cursorLineText(page).catch(() => ''), (await cursorPosition(page)).column] as const,
      ([text, column]) => text.slice(column - 2).startsWith(quote),
      'the cursor at the quote in the source',
    );
    assert.match(line, /^Carl Thayer, a senior expert on Vietnam security/);
    await screenshot(page, 'hover-card-opened-source');
  });

  it('shows the verdict on a quotation in the draft: verified, or misquoted with the words that differ', async () => {
    const { page } = e2e();
    await hideSideBar(page);
    await openFile(page, 'visit.md');
    await waitForIndex(page);

    const verified = await hoverWord(page, 'commercial', 'economic and commercial ties');
    await screenshot(page, 'hover-card-verified');
    assert.match(verified, /^Citedesk: Verified$/m);
    assert.match(verified, /Carried by 1 source, 1 independent origin:/);
    assert.match(verified, /Vladimir Putin to Visit Vietnam, Sparking US Protest, 18 June 2024: “The main issues relate to shoring up economic and commercial ties, including arms sales\.” Open$/m);
    assertReadable(verified);

    const misquote = await hoverWord(page, 'trade', 'economic and trade ties');
    await screenshot(page, 'hover-card-misquote');
    assert.match(misquote, /^Citedesk: Misquote$/m);
    // The two wordings side by side (the differing words in bold on screen).
    assert.match(misquote, /^Draft: The main issues relate to shoring up economic and trade ties, including arms sales$/m);
    assert.match(misquote, /^Source: The main issues relate to shoring up economic and commercial ties, including arms sales$/m);
    assert.match(misquote, /Vladimir Putin to Visit Vietnam, Sparking US Protest, 18 June 2024: “The main issues/);
    assertReadable(misquote);
  });
});
