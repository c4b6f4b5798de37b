/**
 * Each page's own sidebar (src/plugins/docs): what a page shows of each
 * category, and how the docs plugin's routes carry it.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {RouteConfig} from '@docusaurus/types';
import type {PropSidebar, PropSidebarItem, PropSidebarItemCategory} from '@docusaurus/plugin-content-docs';
import {pageSidebar, SIDEBAR_CLASSES} from '../../src/plugins/docs/pageSidebars';
import {withPageSidebars, type PageSidebarData} from '../../src/plugins/docs/pageRoutes';
import {withoutDocList, type DocsGlobalData} from '../../src/plugins/docs/globalData';

const question = (category: string, n: number): PropSidebarItem => ({
  type: 'link',
  label: `${category} question ${n}?`,
  href: `/faq/${category}-${n}`,
  docId: `${category}/q${n}`,
});
const category = (key: string, size: number): PropSidebarItemCategory => ({
  type: 'category',
  label: key.toUpperCase(),
  href: `/faq/${key}`,
  collapsed: false,
  collapsible: true,
  items: Array.from({length: size}, (_, index) => question(key, index + 1)),
});
const sources: PropSidebarItemCategory = {
  type: 'category',
  label: 'Sources',
  collapsed: false,
  collapsible: false,
  items: [{type: 'link', label: 'XIPs', href: 'https://github.com/xmtp/XIPs'}],
};
const labels = (items: readonly PropSidebarItem[]) => items.map((item) => (item.type === 'html' ? '' : item.label));
const itemsOf = (item: PropSidebarItem | undefined) => (item?.type === 'category' ? item.items : []);

test('a sidebar whose categories are within the limit is every page’s, unchanged', () => {
  const sidebar = [category('network', 1), category('token', 3), sources];
  assert.deepEqual(pageSidebar(sidebar, '/faq/network-1', 3), sidebar);
  assert.deepEqual(pageSidebar(sidebar, '/faq/token', 3), sidebar);
});

test('a bigger category shows the block of questions with the current one, then a link to all of them', () => {
  const [network] = pageSidebar([category('network', 23)], '/faq/network-12', 5);
  assert.equal(network?.type, 'category');
  assert.equal(network?.type === 'category' && network.collapsed, false);
  assert.deepEqual(labels(itemsOf(network)), [
    'network question 11?',
    'network question 12?',
    'network question 13?',
    'network question 14?',
    'network question 15?',
    'All 23 questions in NETWORK',
  ]);
  assert.equal(itemsOf(network).at(-1)?.className, SIDEBAR_CLASSES.allQuestions);
  const blockAt = (n: number) => labels(itemsOf(pageSidebar([category('network', 23)], `/faq/network-${n}`, 5)[0]));
  assert.deepEqual(blockAt(15), blockAt(11), 'the pages of a block show the same sidebar');
  assert.deepEqual(blockAt(1).slice(0, 2), ['network question 1?', 'network question 2?']);
  // The last block is full too: questions 19 to 23, not 21 to 23 alone.
  assert.deepEqual(blockAt(22).slice(0, 2), ['network question 19?', 'network question 20?']);
});

test('on its own page a bigger category shows its first questions and no link to itself', () => {
  const [network] = pageSidebar([category('network', 25)], '/faq/network', 3);
  assert.deepEqual(labels(itemsOf(network)), ['network question 1?', 'network question 2?', 'network question 3?']);
});

test('elsewhere a bigger category is its link, and the other categories and groups stay', () => {
  const sidebar: PropSidebar = [category('network', 25), category('token', 2), sources];
  const [network, token, kept] = pageSidebar(sidebar, '/faq/token-1', 3);
  assert.deepEqual(network, {
    type: 'link',
    label: 'NETWORK',
    href: '/faq/network',
    className: SIDEBAR_CLASSES.collapsedCategory,
  });
  assert.deepEqual(token, sidebar[1]);
  assert.deepEqual(kept, sources);
});

test('the routes carry each page’s sidebar, shared by pages that show the same, and no longer the version’s', async () => {
  const sidebar = [category('network', 6), category('token', 1), sources];
  const docs = Object.fromEntries(
    sidebar
      .flatMap(itemsOf)
      .flatMap((item) =>
        item.type === 'link' && item.docId
          ? [[item.docId, {id: item.docId, title: item.label, description: `${item.label} In one line.`}]]
          : [],
      ),
  );
  const page = (path: string, extra: Partial<RouteConfig> = {}): RouteConfig => ({
    path,
    component: '@theme/DocItem',
    exact: true,
    sidebar: 'faqSidebar',
    modules: {content: `@site/docs${path}.md`},
    ...extra,
  });
  const tree: RouteConfig = {
    path: '/faq',
    component: '@theme/DocsRoot',
    routes: [
      {
        path: '/faq',
        component: '@theme/DocVersionRoot',
        props: {version: {pluginId: 'default', version: 'current', docsSidebars: {faqSidebar: sidebar}, docs}},
        routes: [
          {
            path: '/faq',
            component: '@theme/DocRoot',
            routes: [
              page('/faq/network-1'),
              page('/faq/network-2'),
              page('/faq/network-6'),
              page('/faq/token-1'),
              page('/faq/network', {modules: {}, props: {categoryGeneratedIndex: {title: 'NETWORK'}}}),
            ],
          },
        ],
      },
    ],
  };
  const written = new Map<string, string>();
  const scoped = await withPageSidebars(
    tree,
    (name, data) => {
      assert.ok(!written.has(name), `${name} is written once`);
      written.set(name, data);
      return Promise.resolve(`@generated/${name}`);
    },
    3,
  );
  const version = scoped.routes?.[0];
  assert.deepEqual(version?.props?.version, {pluginId: 'default', version: 'current', docsSidebars: {}, docs: {}});
  const pages = version?.routes?.[0]?.routes ?? [];
  const sidebarOf = (path: string) => {
    const module = pages.find((candidate) => candidate.path === path)?.modules?.pageSidebar;
    assert.equal(typeof module, 'string', `${path} has a sidebar module`);
    return JSON.parse(written.get((module as string).replace('@generated/', '')) ?? 'null') as PageSidebarData;
  };
  assert.equal(pages[0]?.modules?.content, '@site/docs/faq/network-1.md', 'the page keeps its own modules');
  assert.deepEqual(labels(sidebarOf('/faq/network-1').items), ['NETWORK', 'TOKEN', 'Sources']);
  assert.equal(sidebarOf('/faq/network-1').name, 'faqSidebar');
  assert.deepEqual(labels(itemsOf(sidebarOf('/faq/network-6').items[0])), [
    'network question 4?',
    'network question 5?',
    'network question 6?',
    'All 6 questions in NETWORK',
  ]);
  assert.deepEqual(labels(itemsOf(sidebarOf('/faq/network-1').items[0])), [
    'network question 1?',
    'network question 2?',
    'network question 3?',
    'All 6 questions in NETWORK',
  ]);
  assert.equal(pages[0]?.modules?.pageSidebar, pages[1]?.modules?.pageSidebar, 'one module for the same sidebar');
  assert.notEqual(pages[0]?.modules?.pageSidebar, pages[2]?.modules?.pageSidebar);
  assert.equal(sidebarOf('/faq/token-1').items[0]?.type, 'link', 'the bigger category is its link');
  assert.equal(written.size, 4);
  // The category page's cards: its whole category, each question with its one-line answer.
  const cards = pages.find((candidate) => candidate.path === '/faq/network')?.props
    ?.category as PropSidebarItemCategory;
  assert.equal(cards.items.length, 6);
  assert.deepEqual(cards.items[0], {
    type: 'link',
    label: 'network question 1?',
    href: '/faq/network-1',
    description: 'network question 1? In one line.',
  });
});

test('the docs plugin’s global data keeps its versions, not their list of docs', () => {
  const data = {
    path: '/faq',
    breadcrumbs: true,
    versions: [
      {
        name: 'current',
        label: 'Next',
        isLast: true,
        path: '/faq',
        mainDocId: 'network/a',
        docs: [{id: 'network/a', path: '/faq/a', sidebar: 'faqSidebar'}],
        draftIds: [],
        sidebars: {faqSidebar: {link: {path: '/faq/network', label: 'Network'}}},
      },
    ],
  } as DocsGlobalData;
  const lean = withoutDocList(data);
  assert.deepEqual(lean.versions[0]?.docs, []);
  assert.deepEqual({...lean.versions[0], docs: undefined}, {...data.versions[0], docs: undefined});
});
