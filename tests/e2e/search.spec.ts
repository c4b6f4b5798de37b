import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {readCategories, readQuestions} from '../../support/questionFiles';

type SearchCase = {query: string; expect: string; kind: string};
/** The classes of tests/search-queries.json; accuracy is reported per class. */
const SEARCH_QUERY_KINDS = [
  'question',
  'answer',
  'keyword',
  'typo',
  'british spelling',
  'derived form',
  'natural question',
  'no match',
];
const cases = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../search-queries.json'), 'utf8')) as SearchCase[];
const questions = readQuestions();
const categories = readCategories();
const titleOf = (slug: string) => questions.find((question) => question.slug === slug)!.title;

const navbarSearch = (page: Page) => page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'});
const results = (page: Page) => page.locator('nav.navbar').getByRole('option');

test('the query file covers every question and every kind of query', () => {
  expect(cases.length).toBeGreaterThanOrEqual(100);
  // Every case names a live question; a question added later needs no case to pass.
  const slugs = new Set(questions.map((question) => question.slug));
  expect(cases.filter((c) => !slugs.has(c.expect)).map((c) => c.expect)).toEqual([]);
  expect(new Set(cases.map((c) => c.expect)).size).toBeGreaterThanOrEqual(4);
  for (const kind of SEARCH_QUERY_KINDS) {
    expect(
      cases.some((c) => c.kind === kind),
      kind,
    ).toBe(true);
  }
});

// Every query of the file runs against the built index with the browser's own code
// (search-matches.spec.ts); here the navbar shows the first query of each kind.
test('a query of each kind, typed in the navbar, shows its question first, once, with its category', async ({page}) => {
  await page.setViewportSize({width: 1440, height: 900});
  await page.goto('faq/network');
  const input = navbarSearch(page);
  const failures: string[] = [];
  const firstOfEachKind = SEARCH_QUERY_KINDS.map((kind) => cases.find((searchCase) => searchCase.kind === kind)!);
  for (const searchCase of firstOfEachKind) {
    await input.fill('');
    await input.fill(searchCase.query);
    const first = results(page).first();
    // A query that matches nothing must say so and offer the closest questions.
    await expect(page.locator('nav.navbar').getByRole('status')).toHaveText(
      searchCase.kind === 'no match' ? 'No question matches.' : /found/,
    );
    const slugs = await results(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-question')));
    if (slugs.length === 0) failures.push(`"${searchCase.query}" (${searchCase.kind}): a dead end, no question shown`);
    if (slugs[0] !== searchCase.expect)
      failures.push(
        `"${searchCase.query}" (${searchCase.kind}): first result ${slugs[0]}, expected ${searchCase.expect}`,
      );
    if (new Set(slugs).size !== slugs.length)
      failures.push(`"${searchCase.query}": a question appears twice: ${slugs.join(' | ')}`);
    const category = categories.find(
      (c) => c.dir === questions.find((q) => q.slug === searchCase.expect)!.categoryDir,
    )!;
    if (slugs[0] === searchCase.expect) {
      await expect(first.getByRole('link')).toContainText(category.label);
      await expect(first.getByRole('link')).toContainText(titleOf(searchCase.expect));
    }
  }
  expect(failures).toEqual([]);
});

test('@baseurl a result opens the question page and highlights the searched term there', async ({page}) => {
  await page.goto('./');
  await navbarSearch(page).fill('Crimea');
  await results(page).first().click();
  await expect(page).toHaveURL(/\/faq\/is-the-xmtp-network-decentralized\?_highlight=crimea/);
  await expect(page.locator('article h1')).toHaveText(titleOf('is-the-xmtp-network-decentralized'));
  await expect(page.locator('article mark').first()).toHaveText(/Crimea/i);
});

test('the large home search finds questions too', async ({page}) => {
  await page.goto('./');
  const homeSearch = page.locator('main, header').getByRole('combobox', {name: 'Search the FAQ'}).first();
  await homeSearch.fill('airdrop');
  const option = page.locator('header').getByRole('option').first();
  await expect(option).toContainText(titleOf('does-xmtp-have-a-token'));
  await homeSearch.press('Enter');
  await expect(page).toHaveURL(/\/faq\/does-xmtp-have-a-token/);
});

test('keyboard: Ctrl+K focuses search, arrows move, Enter opens, Escape closes', async ({page}) => {
  await page.goto('faq/token');
  await page.keyboard.press('Control+k');
  const input = navbarSearch(page);
  await expect(input).toBeFocused();
  await page.keyboard.type('node');
  // Each key starts a search; the rows would reset under the arrows if the
  // results for "node" came after them.
  await expect(page.locator('nav.navbar [role=status]')).toHaveAttribute('data-query', 'node');
  await expect(results(page).first()).toBeVisible();
  const count = await results(page).count();
  expect(count).toBeGreaterThan(1);
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await results(page).nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(results(page).first()).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const secondSlug = await results(page).nth(1).getAttribute('data-question');
  await page.keyboard.press('Enter');
  await expect(page.locator('article h1')).toHaveText(titleOf(secondSlug!));
});

test('@baseurl no match: says so and offers all questions and the categories', async ({page}) => {
  await page.goto('./');
  const input = navbarSearch(page);
  await input.fill('zzqxv');
  await expect(
    page.locator('nav.navbar').getByRole('paragraph').filter({hasText: 'No question matches “zzqxv”.'}),
  ).toBeVisible();
  const nav = page.locator('nav.navbar');
  await expect(nav.getByRole('link', {name: 'all questions', exact: true}).last()).toHaveAttribute('href', /\/faq$/);
  for (const category of categories) {
    await expect(nav.getByRole('link', {name: category.label, exact: true}).last()).toHaveAttribute(
      'href',
      new RegExp(`/faq/${category.slug}$`),
    );
  }
  await expect(page.locator('nav.navbar').getByRole('status')).toHaveText('No question matches.');
});

test('@baseurl /search?q= is a page that can be linked, one result per question', async ({page}) => {
  await page.goto('search?q=airdrop');
  await expect(page.locator('h1')).toHaveText('Search results for “airdrop”');
  const main = page.locator('main');
  await expect(main.getByRole('heading', {level: 2})).toHaveText([titleOf('does-xmtp-have-a-token')]);
  await expect(main.getByRole('status')).toHaveText('1 question found');
  await main.getByRole('searchbox', {name: 'Search the FAQ'}).fill('node');
  await expect(page).toHaveURL(/\/search\?q=node$/);
  await expect(main.getByRole('heading', {level: 2}).first()).toHaveText(
    titleOf('will-i-be-able-to-run-my-own-xmtp-node'),
  );
  await main.getByRole('searchbox', {name: 'Search the FAQ'}).fill('zzqxv');
  await expect(main.getByRole('status')).toHaveText('No question matches your search.');
  await expect(
    page.getByRole('complementary', {name: 'Browse instead'}).getByRole('link', {name: 'all questions'}),
  ).toHaveAttribute('href', /\/faq$/);
});

test('@baseurl the search index is fetched only when the visitor starts to search', async ({page}) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/search\/[0-9a-f]+\//.test(request.url())) indexRequests.push(request.url());
  });
  await page.goto('faq/does-xmtp-have-a-token');
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);
  await navbarSearch(page).focus();
  await expect.poll(() => indexRequests.length).toBeGreaterThan(0);
});

const hostileInputs = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '.*+?^${}()|[]\\',
  '(((((((((',
  'a'.repeat(2000),
  '🔥🚀 token 🪙',
  'هل يوجد رمز مميز؟',
  'שלום token',
];

test('hostile input does no harm', async ({page}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const input = navbarSearch(page);
  const status = page.locator('nav.navbar').getByRole('status');
  for (const text of hostileInputs) {
    // Cleared first, so the status below is the answer to this input, not the one before.
    await input.fill('');
    await expect(status).toHaveText('');
    await input.fill(text);
    // The search ran on the input and answered (results or none), rather than breaking.
    await expect(status).toHaveText(/found|No question matches/);
    await page.waitForTimeout(150);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await page.locator('nav.navbar img[src="x"], nav.navbar script, nav.navbar svg[onload]').count()).toBe(0);
  }
  await input.fill('token');
  await expect(results(page).first()).toContainText(titleOf('does-xmtp-have-a-token'));
});
