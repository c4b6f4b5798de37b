/**
 * Hydration on intent (src/plugins/performance/hydrateOnIntent): a first
 * visit loads no JavaScript but the loader, the first sign of intent loads
 * the rest, and what the reader started before it arrived carries on. What a
 * first tap does before the app arrives: first-tap.spec.ts.
 *
 * Every test opens a cold page of its own (./coldPage.ts). Where an
 * interaction must happen before hydration, the app is held back until it is
 * done, so the test does not depend on how fast the machine is.
 */
import {test, expect} from './fixtures';
import {coldPage, ENTRY_SCRIPT, hydrated, isHydrated, LOADER, MAIN_ENTRY} from './coldPage';
import {readQuestions} from '../../support/questionFiles';
import {everyAtRoot} from './sitePages';

const questions = readQuestions();
const token = questions.find((question) => question.slug === 'does-xmtp-have-a-token')!;

test('each page type loads no JavaScript but the loader until the reader interacts @baseurl', async ({
  newContext,
  baseURL,
}) => {
  for (const path of everyAtRoot(['./', 'faq', `faq/${token.slug}`], baseURL)) {
    // A new profile for each: the scripts a first visit asks for, none from the cache.
    const {page, scripts, releaseApp} = await coldPage(await newContext());
    releaseApp();
    // Network idle: no request for 500 ms after the load, with no interaction.
    await page.goto(new URL(path, baseURL).href, {waitUntil: 'networkidle'});
    expect(
      scripts.map((script) => LOADER.test(script)),
      `/${path}: scripts before intent`,
    ).toEqual([true]);
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
    expect(scripts.filter((script) => !LOADER.test(script)).sort(), `/${path}: scripts after intent`).toEqual(
      listed.sort(),
    );
  }
});

test('a pointer over the text loads nothing; over a control, it warms the app up', async ({profile, baseURL}) => {
  const {page, scripts, releaseApp} = await coldPage(profile);
  releaseApp();
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
  // A phone is a profile of its own (touch and a mobile viewport are set when a profile is made): `context`.

  test('a finger on the text loads nothing; a tap on a control hydrates and takes effect', async ({
    context,
    baseURL,
  }) => {
    const {page, scripts, releaseApp} = await coldPage(context);
    releaseApp();
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

test('text typed before hydration stays, with its caret, and is searched @baseurl', async ({profile, baseURL}) => {
  const {page, releaseApp} = await coldPage(profile);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL('./', baseURL).href);
  const input = page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'});
  await input.click();
  await page.keyboard.type('airdrop');
  expect(await isHydrated(page)).toBe(false);
  releaseApp();
  await hydrated(page);
  await expect(input).toHaveValue('airdrop');
  await expect(input).toBeFocused();
  expect(await input.evaluate((element: HTMLInputElement) => element.selectionStart)).toBe('airdrop'.length);
  await expect(page.locator('nav.navbar').getByRole('option').first()).toContainText(token.title);
  await page.keyboard.type(' token');
  await expect(input).toHaveValue('airdrop token');
});

test('a link pressed before hydration navigates as a plain link', async ({profile, baseURL}) => {
  const {page} = await coldPage(profile);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL('./', baseURL).href);
  await page.locator('nav.navbar').getByRole('link', {name: 'All questions'}).click();
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
});

test(`/faq#${token.slug} lands on the question without loading the app`, async ({profile, baseURL}) => {
  const {page, scripts, releaseApp} = await coldPage(profile);
  releaseApp();
  await page.goto(new URL(`faq#${token.slug}`, baseURL).href, {waitUntil: 'networkidle'});
  const heading = page.locator(`h2#${token.slug}`);
  await expect(heading).toBeInViewport();
  const navbarBottom = await page.locator('nav.navbar').evaluate((nav) => nav.getBoundingClientRect().bottom);
  expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(navbarBottom);
  expect(scripts.map((script) => LOADER.test(script))).toEqual([true]);
});

test('an address only JavaScript can serve (a search) hydrates at once @baseurl', async ({profile, baseURL}) => {
  const {page, releaseApp} = await coldPage(profile);
  releaseApp();
  await page.goto(new URL('search?q=airdrop', baseURL).href);
  await hydrated(page);
  await expect(page.locator('main').getByRole('link', {name: token.title}).first()).toBeVisible();
});

test('a #hash the page lacks hydrates at once; a malformed one breaks nothing', async ({profile, baseURL}) => {
  const {page, scripts, releaseApp} = await coldPage(profile);
  releaseApp();
  await page.goto(new URL('faq#%E0%A4%A', baseURL).href, {waitUntil: 'networkidle'});
  expect(scripts.map((script) => LOADER.test(script))).toEqual([true]);
  await page.goto(new URL('faq#no-such-question', baseURL).href);
  await hydrated(page);
});
