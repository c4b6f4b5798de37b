/**
 * The first tap: from a reader's first pointer or key down on a cold page to
 * its effect on screen, on a phone: Lighthouse's mobile profile applied
 * through the DevTools protocol (the CPU 4× slower, 150 ms round trip,
 * 1.6 Mbps down: lighthouse/core/config/constants.js, mobileSlow4G), the
 * reader acting one second after the page's `load` event. Hydration on
 * intent on and off, run for run, on the same content.
 */
import type {Browser, BrowserContextOptions, Page} from '@playwright/test';
import {RUNS} from './config';
import {fmt, median, note, progress, table} from './report';
import type {Server} from './server';

const MOBILE_PROFILE = {cpuSlowdown: 4, rttMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750} as const;
const READER_DELAY_MS = 1000;
const EFFECT_TIMEOUT_MS = 10_000;
// An interaction's time varies more than a page load's: at least 9 cold runs.
const TAP_RUNS = Math.max(RUNS, 9);

const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};
const DESKTOP: BrowserContextOptions = {viewport: {width: 1280, height: 800}};

type FirstTap = {
  name: string;
  pathname: (questionSlug: string) => string;
  context: BrowserContextOptions;
  /** What starts the clock: the tap, or the first key typed after it. */
  startsOn: 'pointerdown' | 'keydown';
  act: (page: Page) => Promise<void>;
  /** Runs in the page (a function: the CSP forbids evaluating strings): the time of the effect, or false before it. */
  effect: () => number | false;
};

const searchBox = (page: Page) => page.locator('nav.navbar input[role=combobox]');

const COPY_ANSWER_TAP = {
  pathname: (slug: string) => `/faq/${slug}`,
  context: {...PHONE, permissions: ['clipboard-read', 'clipboard-write']},
  startsOn: 'pointerdown',
  act: (page: Page) => page.locator('.faq-copy-link button').nth(1).tap(),
} as const satisfies Omit<FirstTap, 'name' | 'effect'>;

const FIRST_TAPS: readonly FirstTap[] = [
  {
    name: '"Copy link": tap → link on the clipboard, said',
    pathname: (slug) => `/faq/${slug}`,
    context: {...PHONE, permissions: ['clipboard-read', 'clipboard-write']},
    startsOn: 'pointerdown',
    act: (page) => page.locator('.faq-copy-link button').first().tap(),
    effect: () =>
      document.querySelector('.faq-copy-link [role=status]')?.textContent === 'Link copied' && performance.now(),
  },
  {
    name: '"Copy answer": tap → answer on the clipboard, said',
    ...COPY_ANSWER_TAP,
    effect: () =>
      document.querySelector('.faq-copy-link [role=status]')?.textContent === 'Answer copied' && performance.now(),
  },
  {
    // The Markdown is a round trip away (150 ms on this profile): the button says at once that it is copying.
    name: '"Copy answer": tap → the button shows it is copying',
    ...COPY_ANSWER_TAP,
    effect: () => document.querySelector('.faq-copy-link button[data-state]') !== null && performance.now(),
  },
  {
    name: 'theme toggle (1280 px): press → colour switched',
    pathname: () => '/',
    context: {...DESKTOP, colorScheme: 'dark'},
    startsOn: 'pointerdown',
    // Mode off: Docusaurus renders the toggle disabled until hydration; a reader presses it all the same.
    act: (page) => page.locator('nav.navbar button[title]').first().click({force: true}),
    effect: () => document.documentElement.dataset.theme === 'light' && performance.now(),
  },
  {
    name: 'phone menu: tap → panel open',
    pathname: (slug) => `/faq/${slug}`,
    context: PHONE,
    startsOn: 'pointerdown',
    act: (page) => page.locator('button.navbar__toggle').tap(),
    effect: () => {
      const panel = document.querySelector('.navbar-sidebar--show .navbar-sidebar');
      return panel !== null && getComputedStyle(panel).visibility === 'visible' && performance.now();
    },
  },
  {
    name: 'phone search button: tap → search box open',
    pathname: (slug) => `/faq/${slug}`,
    context: PHONE,
    startsOn: 'pointerdown',
    act: (page) => searchBox(page).tap(),
    effect: () => {
      const input = document.activeElement;
      return input?.matches('nav.navbar input[role=combobox]') === true && input.clientWidth > 200 && performance.now();
    },
  },
  {
    name: 'phone search: first key → first results ("token")',
    pathname: (slug) => `/faq/${slug}`,
    context: PHONE,
    startsOn: 'keydown',
    act: async (page) => {
      await searchBox(page).tap();
      await page.keyboard.type('token', {delay: 80});
    },
    effect: () => document.querySelector('nav.navbar [role=option]') !== null && performance.now(),
  },
];

/** Milliseconds from the start event to the effect, on a cold page; NaN if lost (no effect within 10 s). */
async function tapToEffect(browser: Browser, origin: string, slug: string, tap: FirstTap): Promise<number> {
  const context = await browser.newContext(tap.context);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE_PROFILE.rttMs,
      downloadThroughput: (MOBILE_PROFILE.downloadKbps * 1024) / 8,
      uploadThroughput: (MOBILE_PROFILE.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: MOBILE_PROFILE.cpuSlowdown});
    // No named inner function: tsx would wrap it in a helper the page lacks.
    await page.addInitScript((type) => {
      addEventListener(type, () => ((window as unknown as {startAt?: number}).startAt ??= performance.now()), true);
    }, tap.startsOn);
    // A page that does not load (a machine too busy) is a lost run, not the end of the benchmark.
    const loaded = await page.goto(origin + tap.pathname(slug), {waitUntil: 'load', timeout: 60_000}).catch(() => null);
    if (!loaded) return Number.NaN;
    await page.waitForTimeout(READER_DELAY_MS);
    // Watching from before the tap; an effect that never comes is a lost run (NaN), even while the tap goes on.
    const effect = page
      .waitForFunction(tap.effect, undefined, {polling: 'raf', timeout: EFFECT_TIMEOUT_MS})
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => Number.NaN);
    await tap.act(page);
    const effectAt = await effect;
    const startAt = await page.evaluate(() => (window as unknown as {startAt?: number}).startAt ?? Number.NaN);
    return effectAt - startAt;
  } finally {
    await context.close();
  }
}

/** "median (min–max), n/N": runs with an effect of all runs. */
function cell(values: readonly number[]): string {
  const ok = values.filter(Number.isFinite);
  if (ok.length === 0) return `n/a, 0/${values.length}`;
  return `${fmt(median(ok), 0)} (${fmt(Math.min(...ok), 0)}–${fmt(Math.max(...ok), 0)}), ${ok.length}/${values.length}`;
}

export async function benchFirstTap(
  browser: Browser,
  {on, off, questionSlug}: {on: Server; off: Server; questionSlug: string},
): Promise<void> {
  const rows: string[][] = [];
  for (const tap of FIRST_TAPS) {
    const timings = {on: [] as number[], off: [] as number[]};
    for (let run = 0; run < TAP_RUNS; run += 1) {
      progress(`first tap: ${tap.name} ${run + 1}/${TAP_RUNS}`);
      for (const [mode, server] of [
        ['on', on],
        ['off', off],
      ] as const) {
        await server.ensure();
        timings[mode].push(await tapToEffect(browser, server.origin, questionSlug, tap));
      }
    }
    rows.push([tap.name, cell(timings.on), cell(timings.off)]);
  }
  table(
    `First tap to its effect, mobile profile, ms: median (min–max), runs with an effect / runs`,
    ['first tap (1 s after load, cold page)', 'hydration on intent', 'mode off (entry scripts as usual)'],
    rows,
  );
  note('CPU 4× slower, 150 ms round trip, 1.6 Mbps down, through the DevTools protocol; local server, brotli.');
  note('Clock from the tap (or the first key) to the first frame showing the effect. Target: 200 ms, 1 s for results.');
}
