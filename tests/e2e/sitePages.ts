import type {APIRequestContext, Page} from '@playwright/test';
import {load} from 'cheerio';
import {readBuiltSites} from '../built/builtSites';
import {sitemapUrls} from '../../support/browser';
import {readCategories, readQuestions} from '../../support/questionFiles';

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

/**
 * The items a check walks in this build: all of them at the root; under a base
 * URL the first alone, since the base URL changes how every page's URLs are
 * made in the same way, and each page was checked once already at the root.
 */
export function everyAtRoot<T>(items: readonly T[], baseURL: string | undefined): readonly T[] {
  return underBaseUrl(baseURL) ? items.slice(0, 1) : items;
}

/** Whether this project serves the build made for a sub-path (BASE_URL=/xmtp-faq/). */
export function underBaseUrl(baseURL: string | undefined): boolean {
  return new URL(baseURL ?? 'http://127.0.0.1/').pathname !== '/';
}

/**
 * Opens an address as a new document, as a pasted link does: where only the
 * fragment would change (/faq#a to /faq#b), the tab goes blank first, or the
 * browser would only scroll.
 */
export async function openAsNewDocument(page: Page, url: string): ReturnType<Page['goto']> {
  const withoutFragment = (address: string) => address.replace(/#.*/, '');
  if (withoutFragment(page.url()) === withoutFragment(url)) await page.goto('about:blank');
  return page.goto(url);
}

const categorySlugs = new Set(readCategories().map((category) => category.slug));
const questionSlugs = new Set(readQuestions().map((question) => question.slug));

/** What kind of page a path (relative to the site root) is: pages of a kind share one layout. */
export function pageKind(path: string, isRedirect = false): string {
  if (isRedirect) return 'redirect';
  const slug = /^faq\/([^/?#]+)$/.exec(path)?.[1];
  if (slug && categorySlugs.has(slug)) return 'category';
  if (slug && questionSlugs.has(slug)) return 'question';
  return path;
}

/** The first page of each kind, in the order given. */
export function firstOfEachKind<T>(pages: readonly T[], kindOf: (page: T) => string): T[] {
  const first = new Map<string, T>();
  for (const page of pages) if (!first.has(kindOf(page))) first.set(kindOf(page), page);
  return [...first.values()];
}
