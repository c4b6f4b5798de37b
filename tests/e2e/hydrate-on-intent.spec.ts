/**
 * Hydration on intent (src/plugins/performance/hydrateOnIntent): a first
 * visit loads no JavaScript but the loader, and the interaction that loads
 * the rest takes effect, exactly once, when React is ready.
 *
 * Every test opens a cold page of its own (`context.newPage()`: the fixture's
 * `page.goto` would show intent itself). Where an interaction must happen
 * before hydration, the main entry script is held back until it is done, so
 * the test does not depend on how fast the machine is.
 */
import type {BrowserContext, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {readQuestions} from '../../support/questionFiles';
import {waitForHydration} from '../../support/browser';

const questions = readQuestions();
const token = questions.find((question) => question.slug === 'does-xmtp-have-a-token')!;
const LOADER = /\/assets\/js\/hydrate-on-intent\.[0-9a-f]+\.js$/;
const MAIN_ENTRY = /\/assets\/js\/main\.[0-9a-f]+\.js$/;
/** Docusaurus's two entry scripts: the webpack runtime and main. */
const ENTRY_SCRIPT = /\/assets\/js\/(runtime~)?main\.[0-9a-f]+\.js$/;

type ColdPage = {page: Page; scripts: string[]; releaseMain: () => void};

/** A new page that records the scripts it requests and holds the main entry script until released. */
async function coldPage(context: BrowserContext): Promise<ColdPage> {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  let releaseMain = () => {};
  const released = new Promise<void>((resolve) => (releaseMain = resolve));
  await page.route(MAIN_ENTRY, async (route) => {
    await released;
    await route.continue();
  });
  return {page, scripts, releaseMain};
}

const isHydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.hasHydrated === 'true').catch(() => false);
const hydrated = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');

for (const path of ['./', 'faq', `faq/${token.slug}`, `faq/${questions[0]!.slug}`]) {
  test(`/${path.replace('./', '')}: no JavaScript but the loader until the reader interacts @baseurl`, async ({
    context,
    baseURL,
  }) => {
    const {page, scripts, releaseMain} = await coldPage(context);
    releaseMain();
    await page.goto(new URL(path, baseURL).href, {waitUntil: 'networkidle'});
    await page.waitForTimeout(500);
    expect(scripts.map((script) => LOADER.test(script))).toEqual([true]);
    expect(await isHydrated(page)).toBe(false);
    // Docusaurus's "base URL misconfigured" banner appears when its scripts have not run.
    await expect(page.locator('[id^="__docusaurus-base-url-issue-banner"]')).toHaveCount(0);
    await page.mouse.move(5, 5);
    await page.mouse.down();
    await page.mouse.up();
    await hydrated(page);
    // The loader asks for the page's route chunks with the entry scripts, so
    // they download while main.js runs (src/plugins/performance/routeChunksInManifest.ts).
    const listed = (await page.locator('script[data-entries]').getAttribute('data-entries'))!.split(' ');
    expect(listed.filter((script) => !ENTRY_SCRIPT.test(script)).length).toBeGreaterThan(0);
    expect(scripts.filter((script) => !LOADER.test(script)).sort()).toEqual(listed.sort());
  });
}

test('a pointer over the text loads nothing; over a control, it warms the app up', async ({context, baseURL}) => {
  const {page, scripts, releaseMain} = await coldPage(context);
  releaseMain();
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL(`faq/${token.slug}`, baseURL).href, {waitUntil: 'networkidle'});
  await page.locator('article .theme-doc-markdown p').first().hover();
  await page.waitForTimeout(500);
  expect(scripts.some((script) => MAIN_ENTRY.test(script))).toBe(false);
  await page.locator('nav.navbar').getByRole('link', {name: 'All questions'}).hover();
  await hydrated(page);
  expect(scripts.some((script) => MAIN_ENTRY.test(script))).toBe(true);
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 375, height: 812}, isMobile: true, hasTouch: true});

  test('a finger on the text loads nothing; a tap on a control hydrates and takes effect', async ({
    context,
    baseURL,
  }) => {
    const {page, scripts, releaseMain} = await coldPage(context);
    releaseMain();
    await page.goto(new URL(`faq/${token.slug}`, baseURL).href, {waitUntil: 'networkidle'});
    const paragraph = await page.locator('article .theme-doc-markdown p').first().boundingBox();
    await page.touchscreen.tap(paragraph!.x + 5, paragraph!.y + 5);
    await page.waitForTimeout(500);
    expect(scripts.some((script) => MAIN_ENTRY.test(script))).toBe(false);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).tap();
    await hydrated(page);
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
  });
});

test('the first press of the theme toggle switches the mode, once', async ({context, baseURL}) => {
  const {page, releaseMain} = await coldPage(context);
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto(new URL('./', baseURL).href);
  const toggle = page.locator('nav.navbar').getByRole('button', {name: /mode/i});
  await expect(toggle).toHaveAccessibleName(/currently system mode/);
  // Docusaurus renders the toggle disabled until hydration; a reader presses it all the same.
  await expect(toggle).toBeDisabled();
  await toggle.click({force: true});
  expect(await isHydrated(page)).toBe(false);
  releaseMain();
  await hydrated(page);
  // system -> light: a second, replayed press would have gone on to dark.
  await expect(toggle).toHaveAccessibleName(/currently light mode/);
  await page.waitForTimeout(300);
  await expect(toggle).toHaveAccessibleName(/currently light mode/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the first press of the phone menu button opens the menu, once', async ({context, baseURL}) => {
  const {page, releaseMain} = await coldPage(context);
  await page.setViewportSize({width: 375, height: 812});
  await page.goto(new URL('./', baseURL).href);
  await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
  expect(await isHydrated(page)).toBe(false);
  releaseMain();
  await hydrated(page);
  const menu = page.locator('.navbar-sidebar');
  await expect(menu).toBeVisible();
  await page.waitForTimeout(300);
  await expect(menu).toBeVisible();
  await menu.getByRole('link', {name: 'All questions'}).click();
  await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
});

test.describe('copy link', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  test('the first press of "Copy link" copies, once, as soon as React listens @baseurl', async ({context, baseURL}) => {
    const {page, releaseMain} = await coldPage(context);
    type CopyRecord = {copies: number; copiedAt?: number; hydratedAt?: number};
    await page.addInitScript(() => {
      const record: CopyRecord = {copies: 0};
      (window as unknown as {record: CopyRecord}).record = record;
      const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        record.copies += 1;
        record.copiedAt ??= performance.now();
        return writeText(text);
      };
      addEventListener('DOMContentLoaded', () => {
        const marked = new MutationObserver(() => {
          record.hydratedAt ??= performance.now();
        });
        marked.observe(document.documentElement, {attributeFilter: ['data-has-hydrated']});
      });
    });
    await page.goto(new URL(`faq/${token.slug}`, baseURL).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('button', {name: `Copy link: ${token.title}`}).click();
    expect(await isHydrated(page)).toBe(false);
    releaseMain();
    await hydrated(page);
    await expect(page.locator('.faq-copy-link [role="status"]')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await page.waitForTimeout(300);
    const record = await page.evaluate(() => (window as unknown as {record: CopyRecord}).record);
    expect(record.copies).toBe(1);
    // Replayed in the task that hydrates, not after Docusaurus's render that marks the page hydrated.
    expect(record.copiedAt).toBeLessThan(record.hydratedAt!);
  });
});

test('the first Ctrl+K focuses the search box', async ({context, baseURL}) => {
  const {page, releaseMain} = await coldPage(context);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL(`faq/${token.slug}`, baseURL).href);
  await page.keyboard.press('Control+k');
  expect(await isHydrated(page)).toBe(false);
  releaseMain();
  await hydrated(page);
  await expect(page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'})).toBeFocused();
});

test('text typed before hydration stays, with its caret, and is searched @baseurl', async ({context, baseURL}) => {
  const {page, releaseMain} = await coldPage(context);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL('./', baseURL).href);
  const input = page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'});
  await input.click();
  await page.keyboard.type('airdrop');
  expect(await isHydrated(page)).toBe(false);
  releaseMain();
  await hydrated(page);
  await expect(input).toHaveValue('airdrop');
  await expect(input).toBeFocused();
  expect(await input.evaluate((element: HTMLInputElement) => element.selectionStart)).toBe('airdrop'.length);
  await expect(page.locator('nav.navbar').getByRole('option').first()).toContainText(token.title);
  await page.keyboard.type(' token');
  await expect(input).toHaveValue('airdrop token');
});

test('a reader typing in the search box as the app starts: search and the index of the typed words load alongside the app', async ({
  context,
  baseURL,
}) => {
  const home = new URL('./', baseURL).href;
  // The chunks the app itself needs on this page: those a hydration without search loads.
  const appChunks = new Set<string>();
  const warm = await context.newPage();
  warm.on('request', (request) => {
    if (request.resourceType() === 'script') appChunks.add(request.url());
  });
  await warm.goto(home);
  await waitForHydration(warm);
  await warm.close();
  for (const url of [...appChunks]) if (ENTRY_SCRIPT.test(url) || LOADER.test(url)) appChunks.delete(url);
  expect(appChunks.size, 'the app loads chunks beyond its entry scripts').toBeGreaterThan(0);

  const {page, releaseMain} = await coldPage(context);
  await page.setViewportSize({width: 1280, height: 800});
  let indexRequested = () => {};
  const index = new Promise<'index first'>((resolve) => (indexRequested = () => resolve('index first')));
  page.on('request', (request) => {
    // A body file holds the typed words' part of the index; only a search of them asks for it.
    if (/\/search\/[^/]+\/body-[^/]+\.json$/.test(request.url())) indexRequested();
  });
  // The app's chunks wait until search asks for the index of the typed words
  // (at most 10 s), so the app cannot hydrate before: only a search that
  // starts alongside the app asks in time.
  const held: Promise<string>[] = [];
  await page.route(
    (url) => appChunks.has(url.href),
    async (route) => {
      const wait = Promise.race([index, new Promise<string>((resolve) => setTimeout(resolve, 10_000, 'timed out'))]);
      held.push(wait);
      await wait;
      await route.continue();
    },
  );
  await page.goto(home);
  await page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'}).click();
  await page.keyboard.type('airdrop');
  releaseMain();
  await hydrated(page);
  expect(held.length).toBe(appChunks.size);
  expect(await Promise.all(held)).not.toContain('timed out');
  await expect(page.locator('nav.navbar').getByRole('option').first()).toContainText(token.title);
});

test('a link pressed before hydration navigates as a plain link @baseurl', async ({context, baseURL}) => {
  const {page} = await coldPage(context);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL('./', baseURL).href);
  await page.locator('nav.navbar').getByRole('link', {name: 'All questions'}).click();
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
});

test(`/faq#${token.slug} lands on the question without loading the app @baseurl`, async ({context, baseURL}) => {
  const {page, scripts, releaseMain} = await coldPage(context);
  releaseMain();
  await page.goto(new URL(`faq#${token.slug}`, baseURL).href, {waitUntil: 'networkidle'});
  const heading = page.locator(`h2#${token.slug}`);
  await expect(heading).toBeInViewport();
  const navbarBottom = await page.locator('nav.navbar').evaluate((nav) => nav.getBoundingClientRect().bottom);
  expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(navbarBottom);
  expect(scripts.map((script) => LOADER.test(script))).toEqual([true]);
});

test('an address only JavaScript can serve (a search) hydrates at once @baseurl', async ({context, baseURL}) => {
  const {page, releaseMain} = await coldPage(context);
  releaseMain();
  await page.goto(new URL('search?q=airdrop', baseURL).href);
  await hydrated(page);
  await expect(page.locator('main').getByRole('link', {name: token.title}).first()).toBeVisible();
});

test('a #hash the page lacks hydrates at once; a malformed one breaks nothing @baseurl', async ({context, baseURL}) => {
  const {page, scripts, releaseMain} = await coldPage(context);
  releaseMain();
  await page.goto(new URL('faq#%E0%A4%A', baseURL).href, {waitUntil: 'networkidle'});
  expect(scripts.map((script) => LOADER.test(script))).toEqual([true]);
  await page.goto(new URL('faq#no-such-question', baseURL).href);
  await hydrated(page);
});
