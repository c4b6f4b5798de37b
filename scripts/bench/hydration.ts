/**
 * Hydration on intent (src/plugins/performance/hydrateOnIntent), mode on
 * against mode off in the same run: the same site built a second time with
 * HYDRATE_ON_INTENT=off, then first-visit weight and Lighthouse for both (the
 * shared tables of the benchmark), and the time from a reader's first tap on
 * a cold page to its visible effect, on a phone (./firstTap.ts).
 */
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import type {Browser} from '@playwright/test';
import {repoDir} from '../../support/site';
import {benchFirstTap} from './firstTap';
import {benchLighthouse} from './lighthouse';
import {benchPageWeight} from './pageWeight';
import {startServer, type Server} from './server';

function buildWithModeOff(siteDir: string): string {
  const outDir = path.join(siteDir, 'build-hydrate-off');
  const build = spawnSync(
    process.execPath,
    [path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir, '--out-dir', outDir],
    {cwd: repoDir, env: {...process.env, HYDRATE_ON_INTENT: 'off'}, encoding: 'utf8'},
  );
  if (build.status !== 0) throw new Error(`build with HYDRATE_ON_INTENT=off failed:\n${build.stderr.slice(-2000)}`);
  return outDir;
}

export async function benchHydration(
  browser: Browser,
  site: {siteDir: string; server: Server; questionSlug: string; categorySlug: string; portModeOff: number},
): Promise<void> {
  console.log('\n== Hydration on intent: mode on against mode off (same site, same run) ==');
  const offServer = await startServer(buildWithModeOff(site.siteDir), site.portModeOff);
  try {
    const pageTypes = ['/', '/faq', `/faq/${site.categorySlug}`, `/faq/${site.questionSlug}`];
    const targets = pageTypes.flatMap((pathname) => [
      {label: `on  ${pathname}`, server: site.server, pathname},
      {label: `off ${pathname}`, server: offServer, pathname},
    ]);
    await benchPageWeight(browser, targets);
    await benchLighthouse(targets);

    await benchFirstTap(browser, {on: site.server, off: offServer, questionSlug: site.questionSlug});
  } finally {
    offServer.stop();
  }
}
