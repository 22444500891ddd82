// Helpers that drive the code-server workbench the way a person would. The page is shared by all
// browser tests of a run: run-e2e.ts opens it and sets the context before mocha loads the tests.
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from '../harness/playwright';
import { ARTIFACTS_DIR } from '../harness/paths';

export interface E2eContext {
  page: Page;
  /** The code-server URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** Absolute path of the run's copy of test/fixtures/workspace. */
  workspace: string;
}

let current: E2eContext | undefined;

export function setE2eContext(context: E2eContext): void {
  current = context;
}

export function e2e(): E2eContext {
  if (!current) throw new Error('the browser tests run only through test/harness/run-e2e (npm run test:e2e)');
  return current;
}

const UI_TIMEOUT_MS = 30_000;

/** Loads the workbench on a folder and waits until the window and its explorer are there. */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The editor of the active editor group (there are several editors on the page). */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Opens a workspace file by quick open (Ctrl+P) and waits for its editor. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = path.posix.basename(relativePath);
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(relativePath);
  // Enter before the file search answers would open nothing: wait for the row, then pick it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: UI_TIMEOUT_MS });
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT_MS });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Runs a command from the palette by its title as shown there, e.g. "Developer: Reload Window". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click({ timeout: UI_TIMEOUT_MS });
}

/**
 * Scrolls a list until `row` (a locator inside it) is rendered, and returns it. Workbench lists are
 * virtualized: rows out of view are not in the page at all, so waiting alone is not enough.
 */
export async function scrollListTo(page: Page, list: Locator, row: Locator, timeoutMs = UI_TIMEOUT_MS): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  await list.hover({ timeout: timeoutMs });
  for (let step = 0; (await row.count()) === 0; step++) {
    if (Date.now() > deadline) throw new Error(`no such row in the list after ${timeoutMs} ms of scrolling`);
    // Down a screen at a time; past any plausible end, back to the top and again (rows may reorder).
    await page.mouse.wheel(0, step % 20 === 19 ? -1e6 : 300);
    await page.waitForTimeout(100);
  }
  return row.first();
}

/** Hovers the first visible occurrence of a word in the active editor and returns the hover's text. */
export async function hoverWord(page: Page, word: string): Promise<string> {
  await activeEditor(page).locator('.view-line span', { hasText: word }).first().hover({ timeout: UI_TIMEOUT_MS });
  // Providers are asked a moment after the mouse stops; wait for the widget rather than sleeping.
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  return hover.innerText();
}

/** Text of the active editor's rendered lines (only what is scrolled into view), in line order. */
export async function activeEditorText(page: Page): Promise<string> {
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: UI_TIMEOUT_MS });
  // Lines are absolutely positioned and reused while scrolling, so DOM order is not line order.
  return page.evaluate<string>(`(() => {
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => l.textContent.replace(/\\u00a0/g, ' ')).join('\\n');
  })()`);
}

/** Saves a PNG of the whole window to test-artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS_DIR, 'e2e', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}
