// Runs the browser tier: the built extension is installed into a fresh code-server, headless
// Chromium opens the workbench on a copy of the fixture workspace, and mocha runs
// out/test/e2e/*.test.js in this Node process, sharing that one page (see test/e2e/workbench.ts).
// Usage: node out/test/harness/run-e2e.js   (env: MOCHA_GREP, CITEDESK_VSIX=path/to/file.vsix)
import * as fs from 'fs';
import * as path from 'path';
import type Mocha from 'mocha';
import { installVsix, startCodeServer, type CodeServer } from './code-server';
import { ensureTools } from './install';
import { resultLine, runMocha, testFiles } from './mocha-runner';
import { ROOT } from './paths';
import { launchChromium, type Browser } from './playwright';
import { errorMessage, tail } from './util';
import { prepareWorkdirs } from './workdirs';
import { openWorkbench, screenshot, setE2eContext } from '../e2e/workbench';

const E2E_DIR = path.join(ROOT, 'out', 'test', 'e2e');
/** What an installed extension folder holds (what the .vsix will ship); missing optional files are skipped. */
const REQUIRED_FILES = ['package.json', 'dist/extension.js'];
const SHIPPED_FILES = ['package.json', 'dist', 'seeds', 'media', 'README.md', 'CHANGELOG.md', 'LICENSE'];

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

/** Copies the built extension into `<extensionsDir>/<publisher>.<name>-<version>/`, as an install would. */
export function installBuiltExtension(extensionsDir: string): string {
  for (const f of REQUIRED_FILES) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run "npm run build" first`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  for (const f of SHIPPED_FILES) {
    if (fs.existsSync(path.join(ROOT, f))) fs.cpSync(path.join(ROOT, f), path.join(target, f), { recursive: true });
  }
  return target;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** Returns the process exit code: 0 only if at least one test ran and all passed. */
export async function runE2e(): Promise<number> {
  if (!fs.existsSync(E2E_DIR)) throw new Error(`${E2E_DIR} is missing: run "npm run compile-tests" first`);
  const tools = await ensureTools();
  const dirs = prepareWorkdirs('e2e');
  const started = Date.now();
  const extensionsDir = path.join(dirs.runDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const vsix = process.env.CITEDESK_VSIX;
  if (vsix) {
    await installVsix(tools, path.resolve(vsix), dirs.runDir, extensionsDir);
    log(`installed ${vsix}`);
  } else {
    log(`installed the build as ${path.basename(installBuiltExtension(extensionsDir))}`);
  }

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ tools, workspace: dirs.workspace, runDir: dirs.runDir, extensionsDir });
    log(`code-server ${tools.versions.codeServer} on ${server.url} (pgid ${server.pgid}) ready after ${Date.now() - started} ms`);
    browser = await launchChromium(tools);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error(`[e2e] [pageerror] ${e.message}`));
    try {
      await openWorkbench(page, server.url, dirs.workspace);
    } catch (e) {
      await screenshot(page, 'workbench-failed-to-load').catch(() => undefined);
      throw e;
    }
    log(`workbench loaded after ${Date.now() - started} ms`);
    setE2eContext({ page, url: server.url, workspace: dirs.workspace });
    const results = await runMocha({
      files: testFiles(E2E_DIR),
      resultsDir: dirs.artifactsDir,
      host: `code-server ${tools.versions.codeServer} in Chromium`,
      timeoutMs: 60_000,
      grep: process.env.MOCHA_GREP,
      rootHooks: {
        async afterEach(this: Mocha.Context) {
          const test = this.currentTest;
          if (test?.state === 'failed') await screenshot(page, `failed-${slug(test.fullTitle())}`).catch(() => undefined);
        },
      },
    });
    log(`finished after ${Date.now() - started} ms; artifacts in ${path.relative(process.cwd(), dirs.artifactsDir)}`);
    console.log(resultLine('e2e', results));
    if (results.passes.length + results.failures.length === 0) {
      console.error('[e2e] FAILED: no test ran (check MOCHA_GREP)');
      return 1;
    }
    return results.failures.length === 0 ? 0 : 1;
  } catch (e) {
    if (server) console.error(tail(server.logFile));
    throw e;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    dirs.cleanup();
  }
}

if (require.main === module) {
  runE2e().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`[e2e] FAILED: the harness could not run: ${errorMessage(e)}`);
      process.exit(3);
    },
  );
}
