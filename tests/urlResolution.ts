/**
 * Where a published URL must land today, worked out from the question files,
 * the category folders and src/urls/redirects.ts. Used by the fast unit check
 * and by the browser test that loads every published URL.
 */
import {redirects, type Redirect} from '../src/urls/redirects';
import type {PublishedUrl} from '../src/urls/published';

export type SiteShape = {questionSlugs: readonly string[]; categorySlugs: readonly string[]};

export type Landing =
  | {ok: true; path: string; hash: string; questionSlug?: string; categorySlug?: string; heading?: string}
  | {ok: false; problem: string};

function currentPaths(site: SiteShape): Set<string> {
  return new Set([
    '/',
    '/faq',
    '/search',
    ...site.questionSlugs.map((slug) => `/faq/${slug}`),
    ...site.categorySlugs.map((slug) => `/faq/${slug}`),
  ]);
}

function follow(path: string, list: readonly Redirect[]): string {
  const seen = new Set<string>();
  let current = path;
  for (;;) {
    const next = list.find((redirect) => redirect.from === current)?.to;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

export function resolvePublished(entry: PublishedUrl, site: SiteShape, list: readonly Redirect[] = redirects): Landing {
  const [rawPath = '', hash = ''] = entry.url.split('#');
  const path = follow(rawPath, list);
  if (!currentPaths(site).has(path)) {
    return {
      ok: false,
      problem: `Published URL "${entry.url}" no longer lands on a page: "${path}" does not exist. Add a redirect to src/urls/redirects.ts, e.g. {from: '${rawPath}', to: '/faq/<its-new-slug>'}.`,
    };
  }
  if (entry.question) {
    const slug = follow(`/faq/${entry.question}`, list).replace(/^\/faq\//, '');
    if (!site.questionSlugs.includes(slug)) {
      return {
        ok: false,
        problem: `Published URL "${entry.url}" was question "${entry.question}", which no longer exists. Add {from: '/faq/${entry.question}', to: '/faq/<its-new-slug>'} to src/urls/redirects.ts.`,
      };
    }
    if (hash && path !== '/faq') {
      return {
        ok: false,
        problem: `Published URL "${entry.url}" has an anchor but lands on "${path}", not the all-questions page /faq.`,
      };
    }
    if (!hash && path !== `/faq/${slug}`) {
      return {
        ok: false,
        problem: `Published URL "${entry.url}" lands on "${path}", not on the page of question "${slug}". Point its redirect in src/urls/redirects.ts to /faq/${slug}.`,
      };
    }
    return {ok: true, path, hash, questionSlug: slug};
  }
  if (entry.category) {
    const categorySlug = path.replace(/^\/faq\//, '');
    if (!site.categorySlugs.includes(categorySlug)) {
      return {
        ok: false,
        problem: `Published URL "${entry.url}" was category "${entry.category}" and lands on "${path}". Add a redirect to the category's new URL in src/urls/redirects.ts.`,
      };
    }
    return {ok: true, path, hash, categorySlug};
  }
  return {ok: true, path, hash, heading: entry.heading};
}
