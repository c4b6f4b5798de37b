import type {APIRequestContext, Page} from '@playwright/test';
import {sitemapUrls} from '../../support/browser';

/** The site root as published (SITE_URL + base URL), from the home page's canonical link. */
export async function publishedRoot(page: Page): Promise<string> {
  await page.goto('./');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  if (!canonical) throw new Error('home page has no canonical link');
  return canonical.endsWith('/') ? canonical : `${canonical}/`;
}

/** Every page the sitemap lists, as paths relative to the site root ("", "faq", "faq/token"…). */
export async function sitemapPages(request: APIRequestContext, root: string): Promise<string[]> {
  const sitemap = await (await request.get('sitemap.xml')).text();
  return sitemapUrls(sitemap)
    .map((url) => url.slice(root.length))
    .sort();
}
