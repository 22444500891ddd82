// Runs the extension-host suite (out/test/suite) inside a real VS Code: code-server serves the
// workbench, headless Chromium opens it with an extension-test payload in the URL, and the
// workbench reports the extension host's exit code through window.codeAutomationExit.
// Usage: node out/test/harness/run-suite.js   (env: MOCHA_GREP, CITEDESK_SUITE_TIMEOUT_MS)
import * as fs from 'fs';
import * as path from 'path';
import { startCodeServer, type CodeServer } from './code-server';
import { ensureTools } from './install';
import { RESULTS_DIR_ENV, resultLine, type MochaResults } from './mocha-runner';
import { ROOT } from './paths';
import { launchChromium, type Browser } from './playwright';
import { errorMessage, sleep, tail } from './util';
import { prepareWorkdirs } from './workdirs';
import { startPostgres, type PgServer } from './postgres';
import { connect } from '../../src/archive/db';
import { push } from '../../src/archive/push';
import { initSchema } from '../../src/archive/schema';

const TIMEOUT_MS = Number(process.env.CITEDESK_SUITE_TIMEOUT_MS ?? 300_000);
const SUITE_ENTRY = path.join(ROOT, 'out', 'test', 'suite', 'index.js');

function log(message: string): void {
  console.log(`[suite] ${message}`);
}

export interface SuiteOptions {
  /** Open the workspace untrusted (Restricted Mode) instead of disabling workspace trust. */
  untrusted?: boolean;
  /** Open a multi-root workspace (the fixture and a second folder) instead of one folder. */
  multiRoot?: boolean;
  /** Which test files run: the main pass (*.test.js) or the restricted pass (*.restricted.test.js). */
  pass?: 'main' | 'restricted';
  grep?: string;
}

/** Returns the process exit code: 0 only if the suite ran at least one test and all passed. */
export async function runSuite(options: SuiteOptions = {}): Promise<number> {
  for (const required of [path.join(ROOT, 'dist', 'extension.js'), SUITE_ENTRY]) {
    if (!fs.existsSync(required)) throw new Error(`${required} is missing: run "npm run build && npm run compile-tests" first`);
  }
  const tools = await ensureTools();
  const pass = options.pass ?? 'main';
  const dirs = prepareWorkdirs(pass === 'main' ? 'suite' : `suite-${pass}`);
  const started = Date.now();
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let postgres: PgServer | undefined;
  let exitCode: number | 'timeout';
  const windowErrors: string[] = [];
  try {
    // The main pass has a real archive to connect to (test/suite/archive.test.ts).
    const archiveEnv: Record<string, string> = {};
    if (pass === 'main') {
      postgres = await startPostgres({ settings: { fsync: 'off' } });
      Object.assign(archiveEnv, await prepareArchive(postgres));
    }
    server = await startCodeServer({ tools, workspace: dirs.workspace, runDir: dirs.runDir, untrusted: options.untrusted });
    log(`code-server ${tools.versions.codeServer} on ${server.url} (pgid ${server.pgid}) ready after ${Date.now() - started} ms`);

    browser = await launchChromium(tools);
    const page = await browser.newPage();
    let onExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (onExit = resolve));
    // Both must exist before the page loads: the workbench looks them up when it starts.
    await page.exposeFunction('codeAutomationExit', (code: number) => onExit(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = (Array.isArray(args) ? args : [args]).map(String).join(' ');
      // No network here: failed marketplace and telemetry lookups are expected noise.
      if (type === 'error' && !/open-vsx|ENOTFOUND|ENOPRO|CodeExpectedError/.test(text)) windowErrors.push(text.slice(0, 2000));
    });
    page.on('pageerror', (e) => windowErrors.push(`[pageerror] ${e.message}`));

    // The workbench only accepts URIs of its own remote authority (file:// would ask for a local host).
    const remote = (p: string) => `vscode-remote://${server!.authority}${encodeURI(p)}`;
    const extensionEnv: Record<string, string> = { [RESULTS_DIR_ENV]: dirs.artifactsDir, CITEDESK_SUITE_PASS: pass, ...archiveEnv };
    const grep = options.grep ?? process.env.MOCHA_GREP;
    if (grep) extensionEnv.MOCHA_GREP = grep;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(SUITE_ENTRY)],
      ['extensionEnvironment', JSON.stringify(extensionEnv)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const target = options.multiRoot ? `workspace=${encodeURIComponent(dirs.multiRoot)}` : `folder=${encodeURIComponent(dirs.workspace)}`;
    await page.goto(`${server.url}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log(`workbench loaded after ${Date.now() - started} ms; running the suite in the extension host`);
    exitCode = await Promise.race([exited, sleep(TIMEOUT_MS).then(() => 'timeout' as const)]);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await postgres?.stop();
    dirs.cleanup();
  }

  const resultsFile = path.join(dirs.artifactsDir, 'results.json');
  const reportFile = path.join(dirs.artifactsDir, 'report.txt');
  if (fs.existsSync(reportFile)) process.stdout.write(fs.readFileSync(reportFile, 'utf8'));
  log(`finished after ${Date.now() - started} ms; artifacts in ${path.relative(process.cwd(), dirs.artifactsDir)}`);
  if (exitCode === 'timeout') {
    console.error(`[suite] FAILED: the extension host did not finish within ${TIMEOUT_MS} ms`);
    printWindowErrors(windowErrors);
    return 2;
  }
  if (!fs.existsSync(resultsFile)) {
    console.error(`[suite] FAILED: the extension host exited with code ${exitCode} without writing ${resultsFile} (the runner failed to load or threw)`);
    printWindowErrors(windowErrors);
    console.error(tail(path.join(dirs.artifactsDir, 'code-server.log')));
    return 3;
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as MochaResults;
  log(`${results.host}; mocha ${results.durationMs} ms; extension host exit code ${exitCode}`);
  console.log(resultLine('suite', results));
  if (results.passes.length + results.failures.length === 0) {
    console.error('[suite] FAILED: no test ran (check MOCHA_GREP)');
    return 1;
  }
  return exitCode === 0 && results.failures.length === 0 ? 0 : 1;
}

/**
 * An archive for the editor to use: the schema, the sources of test/fixtures/archive (in no
 * workspace folder) pushed into it, and an editor's login in the read-only role. Its URL carries no
 * password: the test hands that to Citedesk's secret storage.
 */
async function prepareArchive(pg: PgServer): Promise<Record<string, string>> {
  const url = await pg.createDatabase('archive');
  const client = await connect(url);
  try {
    await initSchema(client, 'suite');
    const r = await push(client, [path.join(ROOT, 'test', 'fixtures', 'archive')], { reader: 'suite', workers: 1, workerFile: path.join(ROOT, 'out', 'src', 'archive', 'push-worker.js') });
    if (r.pushed !== 2) throw new Error(`the suite's archive got ${r.pushed} articles, not 2`);
  } finally {
    await client.end();
  }
  const password = `editor-${process.pid}`;
  await pg.sql('postgres', 'DROP ROLE IF EXISTS citedesk_editor');
  await pg.sql('postgres', `CREATE ROLE citedesk_editor LOGIN PASSWORD '${password}' IN ROLE citedesk_reader`);
  log(`archive for the suite: ${pg.url('archive', 'citedesk_editor', '***')}`);
  return { CITEDESK_TEST_ARCHIVE_URL: `postgres://citedesk_editor@127.0.0.1:${pg.port}/archive`, CITEDESK_TEST_ARCHIVE_PASSWORD: password };
}

function printWindowErrors(errors: string[]): void {
  if (errors.length === 0) return;
  console.error('[suite] last errors logged by the workbench:');
  for (const e of errors.slice(-5)) console.error('  ' + e.replace(/\n/g, '\n  '));
}

/** Both passes: the main suite in a trusted folder, then the restricted pass (untrusted, multi-root). */
async function runBoth(): Promise<number> {
  const main = await runSuite({ pass: 'main' });
  if (process.env.MOCHA_GREP) return main;
  log('second pass: an untrusted, multi-root workspace');
  const restricted = await runSuite({ pass: 'restricted', untrusted: true, multiRoot: true });
  return main || restricted;
}

if (require.main === module) {
  runBoth().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`[suite] FAILED: the harness could not run: ${errorMessage(e)}`);
      process.exit(3);
    },
  );
}
