/**
 * Page-weight budget (issue: at most 140 KiB brotli on a first visit). Byte
 * counts are deterministic, so they are asserted here; timings are only
 * printed by `npm run bench`. The local server does not compress, so each
 * response is brotli-compressed here, as a host would send it.
 */
import zlib from 'node:zlib';
import {test, expect} from './fixtures';
import {readQuestions} from '../questionFiles';

const BUDGET_KIB = 140;
/** With the idle-time prefetch of linked pages' chunks that Docusaurus links start. */
const BUDGET_WITH_PREFETCH_KIB = 150;
const questions = readQuestions();
const pages = ['./', 'faq', ...questions.map((question) => `faq/${question.slug}`)];

const brotliSize = (body: Buffer) => zlib.brotliCompressSync(body, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11}}).length;

for (const path of pages) {
  test(`first visit to /${path.replace('./', '')} stays within ${BUDGET_KIB} KiB`, async ({browser, baseURL}, testInfo) => {
    test.skip(testInfo.project.name !== 'root', 'byte counts are the same under a base URL');
    // Lighthouse's mobile viewport, a new profile: a cold cache.
    const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    const sizes = new Map<string, {bytes: number; prefetch: boolean; type: string}>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const prefetch = response.request().headers()['sec-purpose']?.includes('prefetch') ?? false;
            const previous = sizes.get(response.url());
            sizes.set(response.url(), {bytes: brotliSize(body), prefetch: (previous?.prefetch ?? true) && prefetch, type: response.request().resourceType()});
          },
          () => undefined,
        ),
      );
    });
    await page.goto(new URL(path, baseURL).href, {waitUntil: 'networkidle'});
    await page.waitForTimeout(500);
    await Promise.all(pending);
    await context.close();
    const own = [...sizes.values()].filter((entry) => !entry.prefetch).reduce((sum, entry) => sum + entry.bytes, 0) / 1024;
    const all = [...sizes.values()].reduce((sum, entry) => sum + entry.bytes, 0) / 1024;
    testInfo.annotations.push({type: 'weight', description: `${own.toFixed(1)} KiB (${all.toFixed(1)} KiB with prefetch), ${sizes.size} requests`});
    console.log(`/${path.replace('./', '')}: ${own.toFixed(1)} KiB own, ${all.toFixed(1)} KiB with prefetch, ${sizes.size} requests`);
    expect(own, 'KiB of the page itself').toBeLessThanOrEqual(BUDGET_KIB);
    expect(all, 'KiB including prefetch of linked pages').toBeLessThanOrEqual(BUDGET_WITH_PREFETCH_KIB);
  });
}
