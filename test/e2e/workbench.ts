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
/** How long a hover may take to show once the mouse rests on a word, before the mouse tries again. */
const HOVER_TRY_MS = 5_000;
/** Quick pick rows unchanged for this long are taken to answer the whole typed query. */
const QUICK_PICK_SETTLE_MS = 400;
/** Longest wait for animations to end before a screenshot. */
const SCREENSHOT_SETTLE_MAX_MS = 2_000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Polls `get` until `ok` holds, for states no selector can wait for; fails with what was last seen. */
export async function until<T>(get: () => T | Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(value)?.slice(0, 600)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Loads the workbench on a folder and waits until the window and its explorer are there. */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/**
 * Puts the window back to how a test expects to find it: no quick input or menu open, no editor
 * open (unsaved ones are discarded), the panel hidden and the side bar shown with the Explorer.
 */
export async function resetWorkbench(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Don.t Save$/ }).first();
  await until(
    async () => {
      if (await dontSave.isVisible()) await dontSave.click();
      return page.locator('.editor-group-container .tab').count();
    },
    (tabs) => tabs === 0,
    'every editor to close',
    UI_TIMEOUT_MS,
  );
  if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
  if (!(await page.locator('.part.sidebar').isVisible())) await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  // The Explorer in the side bar, not another view a test opened there (the Sources view).
  if (!(await page.locator('.part.sidebar .explorer-folders-view').isVisible())) {
    await runCommand(page, 'View: Show Explorer');
    await page.locator('.part.sidebar .explorer-folders-view').waitFor({ timeout: UI_TIMEOUT_MS });
  }
  await restMouse(page);
}

/** Hides the side bar, so the editor has the width of the window (as a writer might for a screenshot). */
export async function hideSideBar(page: Page): Promise<void> {
  if (await page.locator('.part.sidebar').isVisible()) await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
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
  // Enter before the file search answers would open nothing: wait for the row, then pick it. A file
  // written a moment ago can be missing from the first answer ("No matching results"); as a person
  // would, type the name again.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  await until(
    async () => {
      if (await row.isVisible()) return true;
      if (await page.locator('.quick-input-list .monaco-list-row', { hasText: 'No matching results' }).isVisible()) {
        await page.keyboard.press('Control+A');
        await page.keyboard.type(relativePath);
      }
      return false;
    },
    (found) => found,
    `quick open to find ${relativePath}`,
    UI_TIMEOUT_MS,
    250,
  );
  await row.click({ timeout: UI_TIMEOUT_MS });
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT_MS });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Writes a new draft into the run's workspace copy, opens it with Ctrl+P and returns its path on disk. */
export async function openDraft(page: Page, name: string, text: string): Promise<string> {
  const file = path.join(e2e().workspace, name);
  fs.writeFileSync(file, text);
  await openFile(page, name);
  return file;
}

/** Runs a command from the palette by its exact title as shown there, e.g. "Developer: Reload Window". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(title);
  // Exactly that title: "View: Close All Editors" must not run "View: Close All Editors in Group".
  const label = page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }).first();
  await label.waitFor({ timeout: UI_TIMEOUT_MS });
  // As a person does when the command is on top: Enter; otherwise a click on its row.
  const focused = await page.evaluate<boolean>(`document.querySelector('.quick-input-list .monaco-list-row.focused .label-name')?.textContent === ${JSON.stringify(title)}`);
  if (focused) await page.keyboard.press('Enter');
  else await label.click({ timeout: UI_TIMEOUT_MS });
  // Done when the palette has closed, or given way to a pick the command opened.
  const typed = `>${title}`;
  await until(
    () => page.evaluate<string | null>(`(() => {
      const input = document.querySelector('.quick-input-widget input');
      return input && input.offsetParent !== null ? input.value : null;
    })()`),
    (value) => value !== typed,
    `the palette to run "${title}"`,
    UI_TIMEOUT_MS,
  );
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

/** Moves the mouse onto the empty middle of the status bar, where nothing shows a hover. */
export async function restMouse(page: Page): Promise<void> {
  const bar = await page.evaluate<{ x: number; y: number }>(`(() => {
    const r = document.querySelector('.part.statusbar').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  })()`);
  await page.mouse.move(bar.x, bar.y);
}

/** The hover widget of the active editor, while it shows. */
export function editorHover(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
}

interface WordPoint {
  /** Centre of the word's middle character, in page pixels. */
  x: number;
  y: number;
  /** The part of the editor where text shows (left of the minimap, above the scroll bar). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where `word` is, inside the first rendered line of the active editor that contains `context`. */
function wordPoint(page: Page, context: string, word: string): Promise<WordPoint | null> {
  return page.evaluate<WordPoint | null>(`(() => {
    const context = ${JSON.stringify(context)}, word = ${JSON.stringify(word)};
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return null;
    const text = (el) => el.textContent.replace(/\\u00a0/g, ' ');
    const line = [...editor.querySelectorAll('.view-lines .view-line')].find((l) => text(l).includes(context));
    if (!line) return null;
    let left = text(line).indexOf(context) + context.indexOf(word) + Math.floor(word.length / 2);
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && left >= node.length) { left -= node.length; node = walker.nextNode(); }
    if (!node) return null;
    const range = document.createRange();
    range.setStart(node, left);
    range.setEnd(node, left + 1);
    const r = range.getBoundingClientRect();
    const view = editor.querySelector('.monaco-scrollable-element.editor-scrollable').getBoundingClientRect();
    const minimap = editor.querySelector('.minimap');
    const m = minimap ? minimap.getBoundingClientRect() : null;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: view.left, right: m && m.width > 0 ? m.left : view.right - 14, top: view.top, bottom: view.bottom - 14 };
  })()`);
}

/**
 * Rests the mouse on `word` in the first line of the active editor that contains `context` (the word
 * itself by default), scrolling the editor to it first, and returns the text of the hover that
 * shows. Long lines are not wrapped, so a word may lie right of the view or under the minimap.
 */
export async function hoverWord(page: Page, word: string, context = word): Promise<string> {
  if (!context.includes(word)) throw new Error(`"${context}" does not contain "${word}"`);
  const deadline = Date.now() + UI_TIMEOUT_MS;
  const margin = 8;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`no hover over "${word}" in "${context}" within ${UI_TIMEOUT_MS} ms`);
    // A hover still showing from before would be read instead of the new one.
    await restMouse(page);
    await editorHover(page).waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
    const p = await wordPoint(page, context, word);
    if (!p) throw new Error(`no line of the active editor shows "${context}"`);
    if (p.x < p.left + margin || p.x > p.right - margin || p.y < p.top || p.y > p.bottom) {
      // Scroll as a person would, with the wheel over the text, then measure again.
      await page.mouse.move((p.left + p.right) / 2, (p.top + p.bottom) / 2);
      const dx = p.x > p.right - margin ? p.x - (p.left + p.right) / 2 : p.x < p.left + margin ? p.x - (p.left + p.right) / 2 : 0;
      const dy = p.y > p.bottom ? p.y - (p.top + p.bottom) / 2 : p.y < p.top ? p.y - (p.top + p.bottom) / 2 : 0;
      await page.mouse.wheel(dx, dy);
      await page.waitForTimeout(100);
      continue;
    }
    // The editor may still be settling after a scroll: aim only at a word that stays put.
    await page.waitForTimeout(50);
    const again = await wordPoint(page, context, word);
    if (!again || again.x !== p.x || again.y !== p.y) continue;
    await page.mouse.move(p.x, p.y);
    try {
      await editorHover(page).waitFor({ state: 'visible', timeout: HOVER_TRY_MS });
      return await editorHover(page).innerText();
    } catch {
      // The editor missed the mouse (e.g. it moved during a layout); rest it and try again.
    }
  }
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

/** The whole text of the line the cursor is on in the active editor, as rendered. */
export async function cursorLineText(page: Page): Promise<string> {
  const text = await page.evaluate<string | null>(`(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const cursor = editor && editor.querySelector('.cursors-layer .cursor');
    if (!cursor) return null;
    const line = [...editor.querySelectorAll('.view-lines .view-line')].find((l) => l.style.top === cursor.style.top);
    return line ? line.textContent.replace(/\\u00a0/g, ' ') : null;
  })()`);
  if (text === null) throw new Error('the active editor shows no cursor line');
  return text;
}

/** The cursor position the status bar shows ("Ln 46, Col 115"), 1-based like the status bar. */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number }> {
  const text = await page.locator('#status\\.editor\\.selection').innerText({ timeout: UI_TIMEOUT_MS });
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`the status bar shows no cursor position: "${text}"`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

/** Moves the cursor with Go to Line (Ctrl+G), as "line" or "line:column" (1-based). */
export async function goTo(page: Page, line: number, column?: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(column === undefined ? `${line}` : `${line}:${column}`);
  await page.keyboard.press('Enter');
  // The status bar follows the typed line already while the input is open: wait for it to close.
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  await page.locator('#status\\.editor\\.selection', { hasText: new RegExp(`^Ln ${line}, Col ${column ?? 1}\\b`) }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The title of the active editor's tab, e.g. "draft.md" (the name and its suffix are separate spans). */
export async function activeTabTitle(page: Page): Promise<string> {
  const label = '.editor-group-container.active .tab.active .monaco-icon-label-container';
  await page.locator(label).first().waitFor({ timeout: UI_TIMEOUT_MS });
  return page.evaluate<string>(`document.querySelector(${JSON.stringify(label)}).textContent`);
}

/** Saves the active editor with Ctrl+S and waits until its tab no longer shows unsaved changes. */
export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/** Reads a file once its content satisfies `ok` (a save reaches the disk a moment after Ctrl+S). */
export function readFileWhen(file: string, ok: (text: string) => boolean, what: string): Promise<string> {
  return until(() => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''), ok, `${path.basename(file)} to hold ${what}`);
}

/** One row of the open quick pick, as shown: icon name, label, description and detail line. */
export interface PickRow {
  icon: string;
  label: string;
  description: string;
  detail: string;
  focused: boolean;
}

/** The rendered rows of the open quick pick, top first. */
export function quickPickRows(page: Page): Promise<PickRow[]> {
  return page.evaluate<PickRow[]>(`(() => {
    const text = (el) => (el ? el.textContent.replace(/\\u00a0/g, ' ').trim() : '');
    const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
    rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    return rows.map((row) => {
      const [main, detail] = row.querySelectorAll('.quick-input-list-row');
      const icon = main && main.querySelector('.label-name .codicon');
      return {
        icon: ((icon && [...icon.classList].find((c) => c.startsWith('codicon-') && c !== 'codicon-colored')) || '').replace('codicon-', ''),
        label: text(main && main.querySelector('.label-name')),
        description: text(main && main.querySelector('.label-description')),
        detail: text(detail && detail.querySelector('.label-name')),
        focused: row.classList.contains('focused'),
      };
    });
  })()`);
}

/**
 * Waits until the open quick pick's rows satisfy `ok` and have settled, and returns them. Results
 * follow each keystroke, so rows for a partly typed query can satisfy `ok` a moment before the
 * rows for the whole query replace them; nothing on screen tells them apart but a pause.
 */
export async function waitForQuickPick(page: Page, ok: (rows: PickRow[]) => boolean, what: string): Promise<PickRow[]> {
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  let last = '';
  const rows = await until(
    async () => {
      const now = await quickPickRows(page);
      const key = JSON.stringify(now);
      const settled = key === last;
      last = key;
      return { now, settled };
    },
    (r) => r.settled && ok(r.now),
    what,
    UI_TIMEOUT_MS,
    QUICK_PICK_SETTLE_MS,
  );
  return rows.now;
}

/**
 * Waits for the quick pick with this title (a command's own pick opens a moment after the palette
 * closes: keys typed before it shows would go to the editor) and returns its placeholder.
 */
export async function waitForQuickPickTitled(page: Page, title: string): Promise<{ placeholder: string }> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  return { placeholder: await page.evaluate<string>(`document.querySelector('.quick-input-widget input').placeholder`) };
}

/** A status bar entry by the start of its text (icons are not text), e.g. "Citedesk:". */
export function statusBarItem(page: Page, startsWith: string): Locator {
  return page.locator('.part.statusbar .statusbar-item', { hasText: new RegExp(`^\\s*${escapeRegExp(startsWith)}`) }).first();
}

/** How many sources the fixture workspace gives: the five bundled articles and sources/harbour-ferry.txt. */
export const FIXTURE_SOURCES = 6;

/**
 * Waits until the status bar counts every source of the fixture. Until then Citedesk answers from
 * the part it has read (a hover may say "1 source" of someone quoted in two), as a writer would see.
 */
export async function waitForIndex(page: Page): Promise<string> {
  const item = statusBarItem(page, `Citedesk: ${FIXTURE_SOURCES} sources · `);
  await item.waitFor({ timeout: UI_TIMEOUT_MS });
  return (await item.innerText()).trim();
}

/** One row of the Problems panel under its file, with the related-information rows below it. */
export interface Problem {
  file: string;
  severity: 'error' | 'warning' | 'info' | 'hint' | '';
  message: string;
  /** What the panel shows after the message, e.g. "Citedesk" and "misquote". */
  source: string;
  code: string;
  /** "[Ln 3, Col 1]" */
  position: string;
  related: { file: string; position: string; message: string }[];
}

/** Shows the Problems panel with its keyboard shortcut (Ctrl+Shift+M) unless it already shows. */
export async function openProblems(page: Page): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
}

/** The problems the panel shows, read from its rendered tree (file, problem, related information). */
export function problemRows(page: Page): Promise<Problem[]> {
  return page.evaluate<Problem[]>(`(() => {
    const text = (el) => (el ? el.textContent.replace(/\\u00a0/g, ' ').trim() : '');
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')];
    rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    const out = [];
    let file = '';
    for (const row of rows) {
      const level = row.getAttribute('aria-level');
      if (level === '1') file = text(row.querySelector('.label-name'));
      else if (level === '2') {
        const icon = row.querySelector('.marker-icon');
        out.push({
          file,
          severity: icon ? (['error', 'warning', 'info', 'hint'].find((s) => icon.classList.contains(s)) || '') : '',
          message: text(row.querySelector('.marker-message')),
          source: text(row.querySelector('.marker-source')),
          code: text(row.querySelector('.marker-code')),
          position: text(row.querySelector('.marker-line')),
          related: [],
        });
      } else if (level === '3' && out.length) {
        out[out.length - 1].related.push({ file: text(row.querySelector('.related-info-resource')), position: text(row.querySelector('.marker-line')), message: text(row.querySelector('.marker-description')) });
      }
    }
    return out;
  })()`);
}

/** Waits until the Problems panel's rows satisfy `ok` (diagnostics follow edits after a pause). */
export function waitForProblems(page: Page, ok: (problems: Problem[]) => boolean, what: string): Promise<Problem[]> {
  return until(() => problemRows(page), ok, what, UI_TIMEOUT_MS);
}

/** Opens the Quick Fix menu at the cursor (Ctrl+.) and returns the titles of its actions. */
export async function openQuickFixes(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+.');
  const actions = page.locator('.action-widget .monaco-list-row.action');
  await actions.first().waitFor({ timeout: UI_TIMEOUT_MS });
  return page.evaluate<string[]>(`[...document.querySelectorAll('.action-widget .monaco-list-row.action')].map((row) => row.textContent.trim())`);
}

/** Applies the action with this exact title from the open Quick Fix menu. */
export async function chooseQuickFix(page: Page, title: string): Promise<void> {
  const action = page.locator('.action-widget .monaco-list-row.action', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }).first();
  await action.waitFor({ timeout: UI_TIMEOUT_MS });
  const focused = await page.evaluate<boolean>(`document.querySelector('.action-widget .monaco-list-row.action.focused')?.textContent.trim() === ${JSON.stringify(title)}`);
  if (focused) await page.keyboard.press('Enter');
  else await action.click({ timeout: UI_TIMEOUT_MS });
  await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/**
 * Saves a PNG of the whole window to test-artifacts/e2e/<name>.png and returns its path, once the
 * fades have finished (a hover caught fading in shows grey text that the writer never sees).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS_DIR, 'e2e', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.evaluate(`Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => a.effect && Number.isFinite(a.effect.getComputedTiming().endTime))
      .map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, ${SCREENSHOT_SETTLE_MAX_MS})),
  ])`);
  await page.screenshot({ path: file });
  return file;
}
