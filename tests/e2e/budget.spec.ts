/**
 * Page-weight budget: at most 30 KiB brotli on a first visit, which loads no
 * JavaScript but the hydrate-on-intent loader until the reader interacts
 * (src/plugins/performance/hydrateOnIntent). Byte
 * counts are deterministic, so they are asserted here; timings are only
 * printed by `npm run bench`. Each response body is brotli-compressed here
 * (quality 11, as a static host serves pre-compressed files), so the count
 * does not depend on the server's settings.
 */
import {test, expect, waitForHydration} from './fixtures';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {brotliSize} from '../../support/browser';

const BUDGET_KIB = 30;
const questions = readQuestions();
const pages = [
  './',
  'faq',
  ...readCategories().map((category) => `faq/${category.slug}`),
  ...questions.map((question) => `faq/${question.slug}`),
];

test(`a first visit to each page stays within ${BUDGET_KIB} KiB`, async ({newContext, baseURL}, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'byte counts are the same under a base URL');
  const report: string[] = [];
  // Lighthouse's mobile viewport, a new profile; and the HTTP cache off, as DevTools's "Disable
  // cache" turns it off, so that each page is fetched whole, as on a first visit.
  const context = await newContext({viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Network.setCacheDisabled', {cacheDisabled: true});
  let sizes = new Map<string, number>();
  let prefetches = 0;
  let pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().headers()['sec-purpose']?.includes('prefetch')) prefetches += 1;
    const bodySizes = sizes;
    pending.push(
      response.body().then(
        (body) => void bodySizes.set(response.url(), brotliSize(body)),
        () => undefined,
      ),
    );
  });
  for (const path of pages) {
    sizes = new Map<string, number>();
    prefetches = 0;
    pending = [];
    // Network idle: no request for 500 ms after the load, with no interaction.
    await page.goto(new URL(path, baseURL).href, {waitUntil: 'networkidle'});
    await Promise.all(pending);
    const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024;
    report.push(`/${path.replace('./', '')}: ${total.toFixed(1)} KiB, ${sizes.size} requests`);
    expect(total, `/${path}: KiB transferred (brotli) on a first visit`).toBeLessThanOrEqual(BUDGET_KIB);
    // Linked pages load on hover or touch, not because their links are on screen (src/plugins/performance).
    expect(prefetches, `/${path}: prefetch requests for linked pages`).toBe(0);
  }
  testInfo.annotations.push({type: 'weight', description: report.join('; ')});
  console.log(report.join('\n'));
});

test('a linked page loads when its link is hovered, and navigation still works @baseurl', async ({page, baseURL}) => {
  const [first, second] = questions;
  if (!first || !second) throw new Error('the FAQ needs at least two questions');
  await page.goto(new URL(`faq/${first.slug}`, baseURL).href, {waitUntil: 'networkidle'});
  await waitForHydration(page);
  const link = page.locator('.theme-doc-sidebar-container').getByRole('link', {name: second.title, exact: true});
  const chunk = page.waitForRequest((request) => request.resourceType() === 'script', {timeout: 5000});
  await link.hover();
  await chunk;
  await link.click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(second.title);
});

// The loader is every page's only script until intent, and acts on a first
// tap itself (copy, colour mode, phone menu, search box): it was 1.5 KiB
// while it only loaded the app; the first visit as a whole keeps its 30 KiB.
const LOADER_BUDGET_KIB = 3.5;

test(`the hydrate-on-intent loader stays within ${LOADER_BUDGET_KIB} KiB`, async ({request, baseURL}, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'byte counts are the same under a base URL');
  const home = await (await request.get(new URL('./', baseURL).href)).text();
  const loaderSrc = /<script src="([^"]+)" data-entries=/.exec(home)?.[1];
  expect(loaderSrc, 'the home page loads the loader').toBeDefined();
  const loader = await (await request.get(new URL(loaderSrc!, baseURL).href)).body();
  expect(brotliSize(loader) / 1024, 'KiB (brotli)').toBeLessThanOrEqual(LOADER_BUDGET_KIB);
});
