import {test, expect, waitForHydration} from './fixtures';
import {copyButton, copyStatus, shownLabel} from './copyButtons';
import type {Page, APIRequestContext} from '@playwright/test';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {publishedUrls} from '../../src/urls/published';
import {resolvePublished} from '../urlResolution';
import {everyAtRoot, firstOfEachKind, openAsNewDocument, pageKind, publishedRoot, underBaseUrl} from './sitePages';
import {load, type CheerioAPI} from 'cheerio';
import {sitemapUrls} from '../../support/browser';

const questions = readQuestions();
const categories = readCategories();
const site = {questionSlugs: questions.map((q) => q.slug), categorySlugs: categories.map((c) => c.slug)};

// Link previews, exports and landings are what the server sends; only copying needs the app.
test.use({hydrate: false});

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
/** A meta tag's content in served HTML, by property (Open Graph) or name (Twitter, description). */
const metaContent = (html: CheerioAPI, key: string) =>
  html(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
/** The published site root without its trailing slash, e.g. https://faq.xmtp.org or https://x.github.io/xmtp-faq. */
async function siteOrigin(request: APIRequestContext): Promise<string> {
  return (await publishedRoot(request)).replace(/\/$/, '');
}

test.describe('copy link', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  // A reader's first click, as the server sent the page: the loader copies in the tap
  // (first-tap.spec.ts checks that React's handler agrees and copies the next time).
  test('every question page: a click copies the canonical URL, and so does Enter @baseurl', async ({page, baseURL}) => {
    for (const question of everyAtRoot(questions, baseURL)) {
      await page.goto(`faq/${question.slug}`);
      const canonical = await canonicalOf(page);
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+/(.+/)?faq/${question.slug}$`));
      const button = copyButton(page, 'link');
      await expect(button).toHaveAccessibleName(`Copy link: ${question.title}`);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await button.click();
      await expect(copyStatus(page)).toHaveText('Link copied');
      await expect(shownLabel(button)).toHaveText('Link copied');
      await expect(button).toHaveAccessibleName(`Link copied: ${question.title}`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
      // The heading search indexes is untouched, and the button is not inside it.
      await expect(page.locator('article h1')).toHaveText(question.title);
      // The keyboard reaches the same handler on every page: once is enough.
      if (question !== questions[0]) continue;
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    }
  });

  test('all-questions page: each question copies its /faq#anchor URL', async ({page}) => {
    await page.goto('faq');
    // Here the app's own handler copies each one.
    await waitForHydration(page);
    const canonical = await canonicalOf(page);
    for (const question of questions) {
      await expect(page.locator(`h2#${question.slug} a.hash-link`)).toHaveAttribute('href', `#${question.slug}`);
      await page.getByRole('button', {name: `Copy link: ${question.title}`}).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${canonical}#${question.slug}`);
    }
    const last = questions.at(-1)!;
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', {name: `Copy link: ${last.title}`}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${last.slug}`);
  });
});

function pngSize(bytes: Buffer): {width: number; height: number} {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

/** Fetches a published URL (https://faq.xmtp.org/…) from the local server instead. */
async function localFetch(request: APIRequestContext, publicUrl: string, baseURL: string | undefined) {
  return request.get(new URL(new URL(publicUrl).pathname, baseURL).href);
}

// An unfurler reads the HTML as served and runs no script: so does this test.
test('link preview tags of every question page @baseurl', async ({request, baseURL}) => {
  for (const question of everyAtRoot(questions, baseURL)) {
    const html = load(await (await request.get(`faq/${question.slug}`)).text());
    const meta = (key: string) => metaContent(html, key);
    const canonical = html('link[rel="canonical"]').attr('href')!;
    expect(html('title').text()).toBe(`${question.title} | XMTP Network FAQ`);
    expect(meta('og:title')).toBe(question.title);
    expect(meta('og:description')).toBe(question.description);
    expect(meta('twitter:description')).toBe(question.description);
    expect(meta('description')).toBe(question.description);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:type')).toBe('article');
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = meta('og:image')!;
    expect(image).toBe(
      new URL(`img/social/${question.slug}.png`, new URL('./', canonical.replace(/faq\/[^/]+$/, ''))).href,
    );
    expect(meta('twitter:image')).toBe(image);
    const response = await localFetch(request, image, baseURL);
    expect(response.status()).toBe(200);
    expect(pngSize(await response.body())).toEqual({width: 1200, height: 630});
  }
});

test('pages that are not questions get the site card @baseurl', async ({request, baseURL}) => {
  for (const url of ['./', 'faq', `faq/${categories[0]!.slug}`]) {
    const html = load(await (await request.get(url)).text());
    const image = metaContent(html, 'og:image')!;
    expect(image).toMatch(/\/img\/social\/site\.png$/);
    expect(pngSize(await (await localFetch(request, image, baseURL)).body())).toEqual({width: 1200, height: 630});
  }
});

// Every entry at the root; under a base URL, which prefixes every address in the same way, one
// entry of each kind (a page of each kind, with and without an #anchor, through a redirect or not).
test('every published URL lands where it should (one of each kind under a base URL) @baseurl', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  const entries = underBaseUrl(baseURL)
    ? firstOfEachKind(
        publishedUrls,
        ({url}) => `${pageKind(url.replace(/^\/|#.*$/g, ''))}${url.includes('#') ? '#' : ''}`,
      )
    : publishedUrls;
  for (const entry of entries) {
    const landing = resolvePublished(entry, site);
    if (!landing.ok) throw new Error(landing.problem);
    const response = await openAsNewDocument(page, new URL(`.${entry.url}`, baseURL).href);
    expect(response?.status(), `${entry.url} answers`).toBe(200);
    await page.waitForURL(
      (url) => url.pathname.replace(new URL(baseURL!).pathname.replace(/\/$/, ''), '') === landing.path,
    );
    expect(new URL(page.url()).hash, `${entry.url}: the #anchor survives any redirect`).toBe(
      landing.hash ? `#${landing.hash}` : '',
    );
    if (landing.questionSlug) {
      const question = questions.find((q) => q.slug === landing.questionSlug)!;
      if (landing.hash) {
        const heading = page.locator(`h2#${question.slug}`);
        await expect(heading, entry.url).toHaveText(question.title);
        await expect(heading, entry.url).toBeInViewport();
      } else {
        await expect(page.locator('article h1'), entry.url).toHaveText(question.title);
      }
    } else if (landing.categorySlug) {
      await expect(page.locator('h1'), entry.url).toHaveText(
        categories.find((c) => c.slug === landing.categorySlug)!.label,
      );
    } else if (landing.heading) {
      await expect(page.locator('h1'), entry.url).toHaveText(landing.heading);
    } else {
      await expect(page.locator('h1'), entry.url).toBeVisible();
    }
  }
});

test('llms.txt lists every question with the absolute URL of its Markdown and one-line answer @baseurl', async ({
  request,
}) => {
  const origin = await siteOrigin(request);
  const text = await (await request.get('llms.txt')).text();
  expect(text.startsWith('# XMTP Network FAQ\n\n> ')).toBe(true);
  for (const category of categories) expect(text).toContain(`\n## ${category.label}\n`);
  for (const question of questions) {
    expect(text).toContain(`- [${question.title}](${origin}/faq/${question.slug}.md): ${question.description}\n`);
  }
});

test('llms-full.txt has every question and its whole answer as Markdown @baseurl', async ({request}) => {
  const origin = await siteOrigin(request);
  const text = await (await request.get('llms-full.txt')).text();
  for (const question of questions) {
    expect(text).toContain(`### ${question.title}\n\n${question.body}\n\nSource: ${origin}/faq/${question.slug}\n`);
  }
  expect(text).not.toMatch(/\]\(\//);
});

test('sitemap.xml lists every page and robots.txt points to it @baseurl', async ({request}) => {
  const origin = await siteOrigin(request);
  const sitemap = await (await request.get('sitemap.xml')).text();
  const listed = sitemapUrls(sitemap).sort();
  const expected = ['/', '/faq', ...questions.map((q) => `/faq/${q.slug}`), ...categories.map((c) => `/faq/${c.slug}`)]
    .map((p) => `${origin}${p}`)
    .sort();
  expect(listed).toEqual(expected);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});
