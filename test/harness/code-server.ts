// Starts and stops code-server (the genuine VS Code server and web workbench) for one test run.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import type { Tools } from './install';
import { sleep, tail } from './util';

export interface CodeServerOptions {
  tools: Tools;
  /** Folder opened in the workbench. */
  workspace: string;
  /** Empty folder for this run's user data, extensions, config and log. */
  runDir: string;
  /**
   * false (default): `--disable-workspace-trust`, every folder is trusted.
   * true: the trust feature is on and the folder opens in Restricted Mode without a prompt.
   */
  untrusted?: boolean;
  /** Extensions already placed here are installed; defaults to an empty `<runDir>/extensions`. */
  extensionsDir?: string;
}

export interface CodeServer {
  url: string;
  /** `host:port`, the remote authority the workbench uses in `vscode-remote://` URIs. */
  authority: string;
  /** Process-group id of code-server and all it spawns (extension host, file watcher, ...). */
  pgid: number;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  stop(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/** Settings that keep a fresh workbench quiet and offline. */
function userSettings(untrusted: boolean): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // Visual wrapping would split lines when a browser test reads the editor back.
    'editor.wordWrap': 'off',
    '[markdown]': { 'editor.wordWrap': 'off' },
    // An untrusted folder must open in Restricted Mode, not behind a modal no test answers.
    ...(untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
  };
}

/** Environment for code-server: Node 24 first on PATH, nothing written outside the run folder. */
export function codeServerEnv(tools: Tools, runDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Started from a VS Code terminal, VSCODE_IPC_HOOK_CLI would make code-server hand the folder
    // to that editor instead of serving it; ELECTRON_RUN_AS_NODE and friends confuse it likewise.
    // What `npm run` exports is dropped too: an editor a person starts does not have it.
    if (!/^(VSCODE_|ELECTRON_|npm_)/i.test(key)) env[key] = value;
  }
  env.PATH = `${path.dirname(tools.node)}${path.delimiter}${process.env.PATH ?? ''}`;
  env.XDG_CONFIG_HOME = path.join(runDir, 'xdg-config');
  env.XDG_DATA_HOME = path.join(runDir, 'xdg-data');
  env.XDG_CACHE_HOME = path.join(runDir, 'xdg-cache');
  return env;
}

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const userDataDir = path.join(o.runDir, 'user-data');
  const extensionsDir = o.extensionsDir ?? path.join(o.runDir, 'extensions');
  const configFile = path.join(o.runDir, 'config.yaml');
  const logFile = path.join(o.runDir, 'code-server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(!!o.untrusted), null, 2));
  // Our own config file, so code-server does not write ~/.config/code-server/config.yaml.
  fs.writeFileSync(configFile, 'auth: none\n');

  const port = await freePort();
  const args = [
    o.tools.codeServer,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    // Without it a built workbench silently ignores the extension-test payload in the URL.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(o.untrusted ? [] : ['--disable-workspace-trust']),
    o.workspace,
  ];
  const out = fs.openSync(logFile, 'a');
  // detached: the child calls setsid(), so code-server and everything it spawns share a new
  // process group whose id is its pid; stopping kills exactly that group, never by name.
  const child = spawn(o.tools.node, args, { detached: true, stdio: ['ignore', out, out], env: codeServerEnv(o.tools, o.runDir) });
  fs.closeSync(out);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start code-server (${o.tools.node} ${o.tools.codeServer})`);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));

  let stopped = false;
  const killGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(-pgid, signal);
      return true;
    } catch {
      return false; // ESRCH: the group is gone
    }
  };
  // Last resort if the harness exits without reaching its finally (uncaught error, process.exit).
  const onExit = () => killGroup('SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`[code-server] ${signal}: stopping process group ${pgid}`);
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!killGroup('SIGTERM')) return;
    const deadline = Date.now() + STOP_GRACE_MS;
    while (Date.now() < deadline) {
      await sleep(100);
      if (!killGroup(0)) return;
    }
    killGroup('SIGKILL');
  }

  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = { url, authority: `127.0.0.1:${port}`, pgid, userDataDir, extensionsDir, logFile, stop };
  try {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    while (!(await healthy(url))) {
      if (exited) throw new Error(`code-server exited (${exited}) before answering /healthz.\n${tail(logFile)}`);
      if (Date.now() > deadline) throw new Error(`code-server did not answer ${url}/healthz within ${HEALTH_TIMEOUT_MS} ms.\n${tail(logFile)}`);
      await sleep(100);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return server;
}

/** Installs a `.vsix` into an extensions folder with code-server's own CLI. */
export function installVsix(tools: Tools, vsix: string, runDir: string, extensionsDir: string): Promise<void> {
  const userDataDir = path.join(runDir, 'user-data');
  const args = [tools.codeServer, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix];
  return new Promise((resolve, reject) => {
    const child = spawn(tools.node, args, { env: codeServerEnv(tools, runDir), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`installing ${vsix} failed (exit ${code}):\n${output}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}
