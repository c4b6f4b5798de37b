/**
 * Makes a throw-away copy of the site under .fixture-sites/<name> (inside the
 * repo so it resolves the repo's node_modules), for tests and benchmarks that
 * build the site with different content. The real docs/ is never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';

export const repoDir = path.resolve(__dirname, '..');
const SITE_FILES = ['docs', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];

export function createFixtureSite(name: string): string {
  const siteDir = path.join(repoDir, '.fixture-sites', name);
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.mkdirSync(siteDir, {recursive: true});
  for (const entry of SITE_FILES) {
    fs.cpSync(path.join(repoDir, entry), path.join(siteDir, entry), {recursive: true});
  }
  return siteDir;
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
