/**
 * Throw-away copies of the site, for tests and benchmarks that build it with
 * different content. The real docs/ is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';

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

export type BuildResult = {status: number | null; output: string; seconds: number};

export function buildSite(siteDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir],
    {
      cwd: siteDir,
      encoding: 'utf8',
      env: {...process.env, ...env},
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
