/**
 * `npm start`: the product, with the demo workspace (demo/: a draft about the visit and its
 * sources). The desktop `code` with this folder as the extension under development when it is
 * installed; otherwise the browser VS Code (code-server, installed into .vscode-test/ on first
 * use) on 127.0.0.1, with the address printed. Ctrl+C stops it.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startCodeServer } from '../test/harness/code-server';
import { ensureTools } from '../test/harness/install';
import { ROOT } from '../test/harness/paths';
import { installBuiltExtension } from '../test/harness/run-e2e';

const DEMO = path.join(ROOT, 'demo');

function hasDesktopCode(): boolean {
  if (process.env.CITEDESK_START === 'browser') return false;
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
  if (hasDesktopCode()) {
    console.log(`Opening VS Code on ${DEMO} with Citedesk from ${ROOT}.`);
    spawn('code', [`--extensionDevelopmentPath=${ROOT}`, DEMO], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  console.log('No desktop VS Code here: starting the browser VS Code (first run installs it, a couple of minutes).');
  const tools = await ensureTools();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-start-'));
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  installBuiltExtension(extensionsDir);
  const server = await startCodeServer({ tools, workspace: DEMO, runDir, extensionsDir });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  console.log('');
  console.log(`Citedesk is running. Open this address in a browser on this machine:`);
  console.log('');
  console.log(`    ${server.url}/?folder=${encodeURIComponent(DEMO)}`);
  console.log('');
  console.log('Open draft.md, hover a name, press Ctrl+Alt+Q, look at the Problems panel. Ctrl+C stops it.');
  await new Promise(() => undefined);
}

main().catch((e: unknown) => {
  console.error(`citedesk start: ${(e as Error).message}`);
  process.exit(1);
});
