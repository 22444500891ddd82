// Runs a set of compiled mocha files and records the outcome in <resultsDir>/results.json and the
// spec reporter's text in report.txt. Shared by the extension-host suite (test/suite/index.ts,
// which runs inside VS Code) and the browser tier (run-e2e.ts, plain Node).
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/** Environment variable through which a launcher tells the runner where to write its results. */
export const RESULTS_DIR_ENV = 'CITEDESK_TEST_RESULTS_DIR';

export interface MochaResults {
  /** Where the tests ran, e.g. "vscode 1.139.0 (extension host)". */
  host: string;
  passes: string[];
  failures: { title: string; error: string }[];
  durationMs: number;
}

export interface MochaRunOptions {
  files: string[];
  resultsDir: string;
  host: string;
  timeoutMs: number;
  grep?: string;
  /** Hooks around every test, e.g. the browser tier's screenshot of a failure. */
  rootHooks?: Mocha.RootHookObject;
}

/** Compiled test files (`*.test.js`) under a folder, in a stable order. */
export function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Runs the files; never throws for a test failure or a file that fails to load: both are failures. */
export async function runMocha(o: MochaRunOptions): Promise<MochaResults> {
  fs.mkdirSync(o.resultsDir, { recursive: true });
  // A skipped or `.only` test would silently shrink the run: both count as failures.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: o.timeoutMs, forbidOnly: true, forbidPending: true, rootHooks: o.rootHooks });
  if (o.grep) mocha.grep(o.grep);
  for (const file of o.files) mocha.addFile(file);

  const results: MochaResults = { host: o.host, passes: [], failures: [], durationMs: 0 };
  const started = Date.now();
  // Keep the spec reporter's lines for report.txt while still echoing them to the console.
  const lines: string[] = [];
  const reporter = Mocha.reporters.Base;
  const consoleLog = reporter.consoleLog;
  reporter.consoleLog = (...args: unknown[]) => {
    const line = util.format(...args);
    lines.push(line);
    consoleLog(line);
  };
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passes.push(test.fullTitle()));
      runner.on('fail', (test, err: unknown) =>
        results.failures.push({ title: test.fullTitle(), error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
      );
    });
  } catch (e) {
    // mocha.run loads the files synchronously: a file that throws on load lands here.
    results.failures.push({ title: 'loading the test files', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    lines.push(`Could not load the test files: ${e instanceof Error ? e.stack : String(e)}`);
  } finally {
    reporter.consoleLog = consoleLog;
  }
  results.durationMs = Date.now() - started;
  fs.writeFileSync(path.join(o.resultsDir, 'report.txt'), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(o.resultsDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  return results;
}

/** The closing line CI reads: "<tier>: N passed, N failed". */
export function resultLine(tier: string, results: MochaResults): string {
  return `${tier}: ${results.passes.length} passed, ${results.failures.length} failed`;
}
