import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {readQuestions} from '../../support/questionFiles';
import {QuestionIndex} from '../../src/plugins/search/questionIndex';
import {closestQuestions} from '../../src/plugins/search/closest';
import {CLOSEST_COUNT, MAX_HITS} from '../../src/plugins/search/types';

type SearchCase = {query: string; expect: string; kind: string};
const cases = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../search-queries.json'), 'utf8')) as SearchCase[];
const questions = readQuestions();
const titleOf = (slug: string) => questions.find((question) => question.slug === slug)!.title;
const navbar = (page: Page) => page.locator('nav.navbar');
const navbarSearch = (page: Page) => navbar(page).getByRole('combobox', {name: 'Search the FAQ'});

test('@baseurl the built index answers every query of the query file first, with no dead end', async ({}, testInfo) => {
  // The same index files and query code the browser runs, read from the build.
  const searchDir = path.resolve(
    __dirname,
    '../..',
    testInfo.project.name === 'base-url' ? 'build-base-url' : 'build',
    'search',
  );
  const versions = fs.readdirSync(searchDir);
  expect(versions).toHaveLength(1);
  const index = new QuestionIndex((file) =>
    Promise.resolve(JSON.parse(fs.readFileSync(path.join(searchDir, versions[0]!, file), 'utf8')) as unknown),
  );
  // Document ids are the files' paths under docs/, without the extension.
  const slugById = new Map(
    questions.map((question) => [`${question.categoryDir}/${path.basename(question.file, '.md')}`, question.slug]),
  );
  const byKind = new Map<string, {right: number; total: number}>();
  const failures: string[] = [];
  for (const searchCase of cases) {
    const matches = await index.search(searchCase.query, MAX_HITS);
    const shown =
      matches.length > 0
        ? matches.map((match) => slugById.get(match.id))
        : closestQuestions(searchCase.query, questions, CLOSEST_COUNT).map((question) => question.slug);
    const first = shown[0];
    if (shown.length === 0) failures.push(`"${searchCase.query}": a dead end`);
    if (new Set(shown).size !== shown.length)
      failures.push(`"${searchCase.query}": a question appears twice: ${shown.join(' | ')}`);
    if ((matches.length === 0) !== (searchCase.kind === 'no match'))
      failures.push(`"${searchCase.query}" (${searchCase.kind}): ${matches.length} matches`);
    const right = first === searchCase.expect;
    if (!right)
      failures.push(`"${searchCase.query}" (${searchCase.kind}): first ${first}, expected ${searchCase.expect}`);
    const tally = byKind.get(searchCase.kind) ?? {right: 0, total: 0};
    byKind.set(searchCase.kind, {right: tally.right + Number(right), total: tally.total + 1});
  }
  console.log(
    [...byKind]
      .map(([kind, {right, total}]) => `${kind}: ${right}/${total} (${Math.round((100 * right) / total)} %)`)
      .join('\n'),
  );
  expect(failures).toEqual([]);
});

test('a match deep in the answer shows its sentence, with the matched words marked', async ({page}) => {
  await page.goto('./');
  await navbarSearch(page).fill('Crimea');
  const first = navbar(page).getByRole('option').first();
  await expect(first).toHaveAttribute('data-question', 'is-the-xmtp-network-decentralized');
  await expect(first.locator('mark')).toHaveText(['Crimea']);
  await expect(first).toContainText('Donetsk');
  // A match in the one-line answer needs no extra sentence.
  await navbarSearch(page).fill('airdrop');
  await expect(navbar(page).getByRole('option').first()).toHaveAttribute('data-question', 'does-xmtp-have-a-token');
  await expect(navbar(page).getByRole('option').first().locator('mark')).toHaveCount(0);
});

test('no match: the closest questions come first and the keys open them', async ({page}) => {
  await page.goto('faq/token');
  const input = navbarSearch(page);
  await input.fill('blokcheyn');
  await expect(navbar(page).getByRole('status')).toHaveText('No question matches.');
  const closest = navbar(page).getByRole('listbox', {name: 'Closest questions'}).getByRole('option');
  await expect(closest.first()).toHaveAttribute('data-question', 'is-xmtp-a-blockchain');
  expect(await closest.count()).toBeGreaterThan(1);
  await input.press('Enter');
  await expect(page.locator('article h1')).toHaveText(titleOf('is-xmtp-a-blockchain'));
});

test('@baseurl /search?q= offers the closest questions when nothing matches', async ({page}) => {
  await page.goto('search?q=tokkken');
  const main = page.locator('main');
  await expect(main.getByRole('status')).toHaveText('No question matches your search.');
  await expect(
    main.getByRole('region', {name: 'Closest questions'}).getByRole('heading', {level: 2}).first(),
  ).toHaveText(titleOf('does-xmtp-have-a-token'));
});

test('the search box is a text combobox that phones offer to search with', async ({page}) => {
  await page.goto('./');
  for (const box of await page.getByRole('combobox', {name: 'Search the FAQ'}).all()) {
    await expect(box).toHaveAttribute('type', 'text');
    await expect(box).toHaveAttribute('enterkeyhint', 'search');
  }
});
