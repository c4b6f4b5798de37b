/**
 * Throw-away copies of the site, for tests and benchmarks that build it with
 * different content or run its development server. The real docs/ is never touched.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {spawn, spawnSync} from 'node:child_process';

export const repoDir = path.resolve(__dirname, '..');
const SITE_FILES = ['docs', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];

/** The site's own files under .fixture-sites/<name>, inside the repo so they resolve its node_modules. */
export function createFixtureSite(name: string): string {
  const siteDir = path.join(repoDir, '.fixture-sites', name);
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.mkdirSync(siteDir, {recursive: true});
  for (const entry of SITE_FILES) {
    fs.cpSync(path.join(repoDir, entry), path.join(siteDir, entry), {recursive: true});
  }
  return siteDir;
}

// Generated or installed: a copy makes its own, or links the original.
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  'build',
  'build-base-url',
  '.docusaurus',
  '.fixture-sites',
  'test-results',
]);

/**
 * The whole repository (tests and scripts included) in a temporary folder,
 * with node_modules a link to the original's: a checkout where `npm test`'s
 * steps run as they do here.
 */
export function copyRepository(): string {
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xmtp-faq-copy-'));
  for (const entry of fs.readdirSync(repoDir)) {
    if (NOT_COPIED.has(entry)) continue;
    fs.cpSync(path.join(repoDir, entry), path.join(copyDir, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(repoDir, 'node_modules'), path.join(copyDir, 'node_modules'), 'dir');
  return copyDir;
}

const docusaurusBin = path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

export type BuildResult = {status: number | null; output: string; seconds: number};

export function buildSite(siteDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [docusaurusBin, 'build', siteDir], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, ...env},
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

/** A port no server listens on now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type DevServer = {origin: string; output: () => string; close: () => Promise<void>};

/**
 * `docusaurus start` in `siteDir` on a free port, no browser opened; resolves
 * once it serves the home page (the first compilation is done), or rejects
 * with its output.
 */
export async function startDevServer(
  siteDir: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 240_000,
): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [docusaurusBin, 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    {
      cwd: siteDir,
      env: {...process.env, BROWSER: 'none', ...env},
    },
  );
  let output = '';
  const record = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: DevServer = {
    origin,
    output: () => output,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    // The development server holds requests until its first compilation is done.
    const response = await fetch(`${origin}/`).catch(() => null);
    await response?.body?.cancel();
    if (response?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.close();
  throw new Error(`docusaurus start did not serve ${origin}/ within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`);
}
