// The few Playwright types the harness uses, declared here so that type-checking does not depend
// on the copy of playwright-core that the installer puts in .vscode-test/tools/ at run time.
import type { Tools } from './install';
import { CHROMIUM } from './paths';

type TextMatch = string | RegExp;
type State = 'attached' | 'detached' | 'visible' | 'hidden';

export interface Locator {
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  locator(selector: string, options?: { hasText?: TextMatch }): Locator;
  filter(options: { hasText?: TextMatch }): Locator;
  click(options?: { timeout?: number }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  waitFor(options?: { state?: State; timeout?: number }): Promise<void>;
  innerText(options?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
}

export interface Page {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  waitForSelector(selector: string, options?: { state?: State; timeout?: number }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: TextMatch }): Locator;
  keyboard: {
    press(key: string): Promise<void>;
    type(text: string, options?: { delay?: number }): Promise<void>;
  };
  mouse: { move(x: number, y: number): Promise<void>; wheel(deltaX: number, deltaY: number): Promise<void> };
  screenshot(options?: { path?: string; fullPage?: boolean }): Promise<Buffer>;
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  waitForTimeout(ms: number): Promise<void>;
  /** Evaluates a JavaScript expression in the page (a string: this project does not type the DOM). */
  evaluate<T>(expression: string): Promise<T>;
}

export interface Browser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser> };
}

/** Headless Debian Chromium; these flags are what works as root on a machine with no internet. */
export async function launchChromium(tools: Tools): Promise<Browser> {
  const playwright = (await import(tools.playwright)) as PlaywrightCore;
  return playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}
