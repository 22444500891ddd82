// The extension-host test runner: VS Code require()s this file (`extensionTestsPath`) inside the
// extension host and awaits run(). It does not care how VS Code was started, so the same suite runs
// under code-server (test/harness/run-suite.ts) and @vscode/test-electron (test/electron/run-test.ts).
import * as path from 'path';
import * as vscode from 'vscode';
import { RESULTS_DIR_ENV, runMocha, testFiles } from '../harness/mocha-runner';

export async function run(): Promise<void> {
  const results = await runMocha({
    // The restricted pass (untrusted, multi-root) runs its own files; the main pass all others.
    files: testFiles(__dirname).filter((f) => f.endsWith('.restricted.test.js') === (process.env.CITEDESK_SUITE_PASS === 'restricted')),
    resultsDir: process.env[RESULTS_DIR_ENV] ?? path.resolve(__dirname, '..', '..', '..', 'test-artifacts', 'suite'),
    host: `vscode ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`,
    timeoutMs: 20_000,
    grep: process.env.MOCHA_GREP,
  });
  // Rejecting makes the extension host exit with code 1, which the launcher reports as a failure.
  if (results.failures.length > 0) throw new Error(`${results.failures.length} extension-host test(s) failed`);
}
