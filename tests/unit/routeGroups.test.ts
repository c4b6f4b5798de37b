/**
 * The docs root's pages in nested groups (src/plugins/docs/routeGroups.ts):
 * every page is still found by react-router's own matching, as Docusaurus
 * finds it at build time and in the browser, in a bounded number of tries.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {RouteConfig} from '@docusaurus/types';
import {matchPath} from 'react-router';
import {matchRoutes, type RouteConfig as RouterRouteConfig} from 'react-router-config';
import {GROUP_SIZE, withGroupedPages} from '../../src/plugins/docs/routeGroups';

const ROOT_COMPONENT = '@site/src/components/DocPages';
const page = (path: string): RouteConfig => ({path, component: '@theme/DocItem', exact: true});

/** Slugs as questions make them: long shared beginnings ("how-do-i-…"), then varied words. */
function slugs(count: number): string[] {
  const openings = ['how-do-i', 'can-a-node-operator-refuse', 'what-is', 'does-xmtp', 'is-there', 'why'];
  const words = ['token', 'node', 'stake', 'message', 'wallet', 'key', 'group', 'fee', 'relay', 'sync', 'x2', 'agent'];
  return Array.from({length: count}, (_, index) => {
    const opening = openings[index % openings.length] ?? 'what-is';
    const word = words[Math.floor(index / openings.length) % words.length] ?? 'token';
    return `${opening}-${word}-${index}`;
  });
}

/** The docs plugin's tree, reduced to what grouping looks at: root → version → docs root → pages. */
function docsTree(base: string, pages: RouteConfig[]): RouteConfig {
  return {
    path: base,
    component: '@theme/DocsRoot',
    routes: [
      {
        path: base,
        component: '@theme/DocVersionRoot',
        routes: [{path: base, component: ROOT_COMPONENT, routes: pages}],
      },
    ],
  };
}

const docsRootOf = (tree: RouteConfig): RouteConfig => tree.routes?.[0]?.routes?.[0] ?? assert.fail('no docs root');

/** React-router's lookup, as `matchRoutes` does it, counting the routes it tries. */
function lookup(routes: readonly RouteConfig[], pathname: string): {route: RouteConfig | undefined; tries: number} {
  let tries = 0;
  let list: readonly RouteConfig[] | undefined = routes;
  let found: RouteConfig | undefined;
  while (list) {
    const match: RouteConfig | undefined = list.find((route) => {
      tries += 1;
      return matchPath(pathname, {path: route.path, exact: route.exact, strict: route.strict}) !== null;
    });
    if (!match) break;
    found = match;
    list = match.routes;
  }
  return {route: found, tries};
}

/** The route react-router-config's `matchRoutes` (Docusaurus's `preload`) ends on; it reads only path, exact, strict and routes. */
const leaf = (routes: RouteConfig[], pathname: string) =>
  matchRoutes(routes as unknown as RouterRouteConfig[], pathname).at(-1)?.route as RouteConfig | undefined;

test('a docs root of up to GROUP_SIZE pages is left as it is', () => {
  const tree = docsTree(
    '/faq',
    slugs(GROUP_SIZE).map((slug) => page(`/faq/${slug}`)),
  );
  assert.deepEqual(withGroupedPages(tree, ROOT_COMPONENT), tree);
});

for (const base of ['/faq', '/xmtp-faq/faq']) {
  test(`at 3,000 questions under ${base}, every page is found, in at most ${GROUP_SIZE * 3} tries instead of one per page`, (t) => {
    const pages = slugs(3000).map((slug) => page(`${base}/${slug}`));
    const docsRoot = docsRootOf(withGroupedPages(docsTree(base, pages), ROOT_COMPONENT));
    const groups = (docsRoot.routes ?? []).filter((route) => route.routes);
    assert.ok(groups.length > 1, 'the pages are grouped');
    assert.ok(
      groups.every((group) => group.component === ROOT_COMPONENT),
      'a group is rendered by the docs root’s component',
    );
    let mostTries = 0;
    for (const expected of pages) {
      const found = lookup([docsRoot], expected.path);
      assert.equal(found.route, expected, `${expected.path} finds its own route`);
      assert.equal(leaf([docsRoot], expected.path), expected, `react-router-config finds ${expected.path}`);
      mostTries = Math.max(mostTries, found.tries);
    }
    const ungrouped = lookup([docsRootOf(docsTree(base, pages))], `${base}/${slugs(3000).at(-1) ?? ''}`).tries;
    t.diagnostic(`most tries for a page: ${mostTries} in groups, ${ungrouped} for the last page without`);
    assert.ok(mostTries <= GROUP_SIZE * 3, `most tries for a page: ${mostTries}`);
    assert.ok(ungrouped > 1000, `without groups the last page takes ${ungrouped} tries`);
  });
}

test('matching stays as react-router’s: any case, a trailing slash, and no page for a slug that is none', () => {
  const pages = slugs(500).map((slug) => page(`/faq/${slug}`));
  const docsRoot = docsRootOf(withGroupedPages(docsTree('/faq', pages), ROOT_COMPONENT));
  const [first] = pages;
  assert.ok(first);
  assert.equal(leaf([docsRoot], first.path.toUpperCase().replace('/FAQ', '/faq')), first);
  assert.equal(leaf([docsRoot], `${first.path}/`), first);
  for (const missing of ['/faq/how-do-i-token-0-and-more', '/faq/how-do-i', '/faq/zebra', `${first.path}/child`]) {
    const found = leaf([docsRoot], missing);
    assert.ok(!found?.exact, `${missing} finds no page`);
  }
});

test('pages a pattern cannot name safely, and routes with children, stay direct children of the docs root', () => {
  const kept = [page('/faq/Upper-Case'), page('/faq/naïve-question'), page('/faq/a.b'), page('/elsewhere/x')];
  const withChildren: RouteConfig = {path: '/faq/nested', component: ROOT_COMPONENT, routes: [page('/faq/nested/a')]};
  const pages = slugs(200).map((slug) => page(`/faq/${slug}`));
  const docsRoot = docsRootOf(withGroupedPages(docsTree('/faq', [...kept, withChildren, ...pages]), ROOT_COMPONENT));
  for (const route of [...kept, withChildren]) assert.ok(docsRoot.routes?.includes(route), `${route.path} is kept`);
  for (const route of kept.slice(0, 3)) assert.equal(leaf([docsRoot], route.path), route);
  assert.equal(leaf([docsRoot], '/faq/nested/a'), withChildren.routes?.[0]);
});
