/**
 * Hydration on intent (src/plugins/performance/hydrateOnIntent), mode on
 * against mode off in the same run: the same site built a second time with
 * HYDRATE_ON_INTENT=off, then first-visit weight and Lighthouse for both (the
 * shared tables of the benchmark), and the time from a reader's first
 * interaction on a cold page to its visible effect.
 */
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import type {Browser, BrowserContextOptions, Page} from '@playwright/test';
import {repoDir} from '../../support/site';
import {RUNS} from './config';
import {benchLighthouse} from './lighthouse';
import {benchPageWeight} from './pageWeight';
import {median, note, table} from './report';
import {startServer, type Server} from './server';

const EFFECT_TIMEOUT_MS = 5000;
// An interaction takes a few hundred ms and its time varies more than a page
// load's on a busy machine: at least 9 runs, so the median holds still.
const INTERACTION_RUNS = Math.max(RUNS, 9);

type Interaction = {
  name: string;
  pathname: (questionSlug: string) => string;
  context: BrowserContextOptions;
  /** What the reader does, as soon as the page has loaded. */
  act: (page: Page) => Promise<void>;
  /** Runs in the page (a function: the CSP forbids evaluating strings): the time of the effect, or false before it. */
  effect: () => number | false;
};

const INTERACTIONS: readonly Interaction[] = [
  {
    name: 'theme toggle, first press',
    pathname: () => '/',
    context: {colorScheme: 'light', viewport: {width: 1280, height: 800}},
    // forced: Docusaurus renders the toggle disabled until hydration; a reader presses it anyway.
    act: (page) => page.locator('nav.navbar').getByRole('button', {name: /mode/i}).click({force: true}),
    effect: () =>
      document.querySelector('nav.navbar button[aria-label*="currently light mode"]') !== null && performance.now(),
  },
  {
    name: 'phone menu, first press',
    pathname: () => '/',
    context: {viewport: {width: 375, height: 812}, isMobile: true, hasTouch: true},
    act: (page) => page.getByRole('button', {name: 'Toggle navigation bar'}).tap(),
    effect: () => document.querySelector('.navbar-sidebar--show') !== null && performance.now(),
  },
  {
    name: '"Copy link", first press',
    pathname: (slug) => `/faq/${slug}`,
    context: {viewport: {width: 1280, height: 800}, permissions: ['clipboard-read', 'clipboard-write']},
    act: (page) => page.locator('.faq-copy-link button').first().click(),
    effect: () =>
      document.querySelector('.faq-copy-link [role=status]')?.textContent === 'Link copied' && performance.now(),
  },
  {
    name: 'Ctrl+K, first press',
    pathname: () => '/',
    context: {viewport: {width: 1280, height: 800}},
    act: (page) => page.keyboard.press('Control+k'),
    effect: () => document.activeElement?.matches('nav.navbar [role=combobox]') === true && performance.now(),
  },
  {
    name: 'search typed at once ("airdrop")',
    pathname: () => '/',
    context: {viewport: {width: 1280, height: 800}},
    act: async (page) => {
      await page.locator('nav.navbar [role=combobox]').click();
      await page.keyboard.type('airdrop');
    },
    effect: () => document.querySelector('nav.navbar [role=option]') !== null && performance.now(),
  },
];

/**
 * Milliseconds from the first pointer or key down (stamped in the page) to
 * the effect, on a cold page the reader acts on as soon as it has loaded;
 * NaN if the interaction was lost (no effect within 5 s).
 */
async function interactionToEffect(browser: Browser, origin: string, slug: string, interaction: Interaction) {
  const context = await browser.newContext(interaction.context);
  try {
    const page = await context.newPage();
    // No named inner function: tsx would wrap it in a helper the page lacks.
    await page.addInitScript(() => {
      for (const type of ['pointerdown', 'keydown'])
        addEventListener(type, () => ((window as unknown as {intentAt?: number}).intentAt ??= performance.now()), true);
    });
    await page.goto(origin + interaction.pathname(slug), {waitUntil: 'load'});
    await interaction.act(page);
    const effectAt = await page
      .waitForFunction(interaction.effect, undefined, {
        polling: 'raf',
        timeout: EFFECT_TIMEOUT_MS,
      })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => Number.NaN);
    const intentAt = await page.evaluate(() => (window as unknown as {intentAt?: number}).intentAt ?? Number.NaN);
    return effectAt - intentAt;
  } finally {
    await context.close();
  }
}

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

    const rows: string[][] = [];
    for (const interaction of INTERACTIONS) {
      const timings = {on: [] as number[], off: [] as number[]};
      for (let run = 0; run < INTERACTION_RUNS; run += 1) {
        for (const [mode, server] of [
          ['on', site.server],
          ['off', offServer],
        ] as const) {
          await server.ensure();
          timings[mode].push(await interactionToEffect(browser, server.origin, site.questionSlug, interaction));
        }
      }
      const cell = (values: number[]) => {
        const ok = values.filter(Number.isFinite);
        const middle = median(ok);
        return `${Number.isFinite(middle) ? middle.toFixed(0) : 'n/a'} (${ok.length}/${values.length})`;
      };
      rows.push([interaction.name, cell(timings.on), cell(timings.off)]);
    }
    table(
      `First interaction to its effect on a cold page, ms, median (runs with an effect / runs)`,
      ['interaction (acting as soon as the page has loaded)', 'mode on', 'mode off'],
      rows,
    );
    note('From the first pointer or key down to the effect seen in a frame; local server, no throttling.');
    note('Mode on: includes downloading, running and hydrating the app. A run without an effect within 5 s');
    note('lost the interaction (mode off: e.g. the theme toggle is disabled until hydration).');
  } finally {
    offServer.stop();
  }
}
