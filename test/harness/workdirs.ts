import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ARTIFACTS_DIR, FIXTURE_WORKSPACE } from './paths';

export interface Workdirs {
  /** Temporary folder for code-server's user data, extensions and log; removed by `cleanup`. */
  runDir: string;
  /** A fresh copy of test/fixtures/workspace, so tests may change its files. */
  workspace: string;
  /** test-artifacts/<tier>/, emptied first: reports, screenshots, the code-server log. */
  artifactsDir: string;
  /** A multi-root workspace file: the fixture folder and a second folder with sources of its own. */
  multiRoot: string;
  /** Keeps the code-server log in the artifacts and removes the temporary folder. */
  cleanup(): void;
}

export function prepareWorkdirs(tier: string): Workdirs {
  // Outside the project (no stray watchers or settings) and short (socket paths have a length limit).
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `citedesk-${tier}-`));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  // A second root with its own sources/, for the multi-root pass.
  const second = path.join(runDir, 'second');
  fs.mkdirSync(path.join(second, 'sources'), { recursive: true });
  fs.writeFileSync(
    path.join(second, 'sources', 'library-reopens.txt'),
    'Library Reopens After Flood Repairs\n\nPublished: April 2, 2025\n\n"Every shelf is back where it belongs," said head librarian Priya Ramanathan.\n',
  );
  fs.writeFileSync(path.join(second, 'notes.md'), '# Notes\n\nRamanathan reopened the library.\n');
  const multiRoot = path.join(runDir, 'citedesk.code-workspace');
  fs.writeFileSync(multiRoot, JSON.stringify({ folders: [{ path: 'workspace' }, { path: 'second' }] }, null, 2));
  const artifactsDir = path.join(ARTIFACTS_DIR, tier);
  fs.rmSync(artifactsDir, { recursive: true, force: true });
  fs.mkdirSync(artifactsDir, { recursive: true });
  return {
    runDir,
    workspace,
    artifactsDir,
    multiRoot,
    cleanup() {
      const log = path.join(runDir, 'code-server.log');
      if (fs.existsSync(log)) fs.copyFileSync(log, path.join(artifactsDir, 'code-server.log'));
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}
