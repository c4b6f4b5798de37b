import type {APIRequestContext, Page} from '@playwright/test';
import {load} from 'cheerio';
import {readBuiltSites} from '../built/builtSites';
import {sitemapUrls} from '../../support/browser';

/**
 * The site root as published (SITE_URL + base URL), from the canonical link of
 * the home page as served: read from the HTML, so no page is opened for it.
 */
export async function publishedRoot(from: Page | APIRequestContext): Promise<string> {
  const request = 'request' in from ? from.request : from;
  const home = await request.get('./');
  const canonical = load(await home.text())('link[rel="canonical"]').attr('href');
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

/** A page of the build, as a path relative to the site root; the 404 page as an address that has no page. */
export type BuiltPagePath = {readonly path: string; readonly isRedirect: boolean};

/** Every HTML file of the build this base URL serves (not only the sitemap's: also 404, search, redirects). */
export function builtPagePaths(baseURL: string): BuiltPagePath[] {
  const basePath = new URL(baseURL).pathname;
  const site = readBuiltSites().find((candidate) => candidate.baseUrl === basePath);
  if (!site) throw new Error(`no build for the base URL ${basePath}`);
  return site.pages.map(({file, html}) => ({
    path: file === '404.html' ? 'faq/no-such-page' : file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''),
    isRedirect: /<meta http-equiv="?refresh/i.test(html),
  }));
}
