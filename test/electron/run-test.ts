// Runs the extension-host suite in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (it goes to .vscode-test/). The offline tiers are test/harness/run-*.ts.
// Usage: npm run test:electron   (env: MOCHA_GREP)
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { RESULTS_DIR_ENV, resultLine, type MochaResults } from '../harness/mocha-runner';
import { ROOT } from '../harness/paths';
import { errorMessage } from '../harness/util';
import { prepareWorkdirs } from '../harness/workdirs';

async function main(): Promise<number> {
  const dirs = prepareWorkdirs('electron');
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'suite', 'index.js'),
      extensionTestsEnv: { [RESULTS_DIR_ENV]: dirs.artifactsDir, MOCHA_GREP: process.env.MOCHA_GREP },
      launchArgs: [
        dirs.workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--user-data-dir', path.join(dirs.runDir, 'user-data'),
        // Electron refuses to run as root without it.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  } catch (e) {
    console.error(`[electron] FAILED: ${errorMessage(e)}`);
  } finally {
    dirs.cleanup();
  }
  const resultsFile = path.join(dirs.artifactsDir, 'results.json');
  if (!fs.existsSync(resultsFile)) {
    console.error('[electron] FAILED: no results were written (VS Code did not start or the runner did not load)');
    return 3;
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as MochaResults;
  console.log(resultLine('electron', results));
  return results.failures.length === 0 && results.passes.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[electron] FAILED: ${errorMessage(e)}`);
    process.exit(3);
  },
);
