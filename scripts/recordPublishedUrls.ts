/**
 * Appends every live question and category URL that src/urls/published.json
 * does not list yet, so a new question needs no hand edit of the lock.
 * `npm run build` runs it first; commit the list with the question. Entries
 * are only ever added: the unit tests then forbid any of them to break.
 */
import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import type {PublishedUrl} from '../src/urls/published';
import {readCategories, readQuestions} from '../support/questionFiles';

const file = path.resolve(__dirname, '../src/urls/published.json');

async function main(): Promise<void> {
  const published = JSON.parse(fs.readFileSync(file, 'utf8')) as {urls: PublishedUrl[]};
  const known = new Set(published.urls.map((entry) => entry.url));
  const live: PublishedUrl[] = [
    ...readQuestions().flatMap(({slug}) => [
      {url: `/faq/${slug}`, question: slug},
      {url: `/faq#${slug}`, question: slug},
    ]),
    ...readCategories().map(({slug}) => ({url: `/faq/${slug}`, category: slug})),
  ];
  const added = live.filter((entry) => !known.has(entry.url));
  if (added.length === 0) return;
  published.urls.push(...added);
  const options = await prettier.resolveConfig(file);
  fs.writeFileSync(file, await prettier.format(JSON.stringify(published), {...options, filepath: file}));
  console.log(`src/urls/published.json: recorded ${added.map((entry) => entry.url).join(', ')}`);
}

void main();
