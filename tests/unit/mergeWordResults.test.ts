import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import {mergeWordResults} from '../../src/components/QuestionSearch/mergeWordResults';

const hit = (url: string, tokens: string[], type = 4): SearchResult => ({
  document: {i: 0, t: url, u: url},
  type,
  tokens,
});

test('pages matching more words come first, then by best rank; one row per page with every token', () => {
  const merged = mergeWordResults([
    [hit('/faq/a', ['blocked']), hit('/faq/b', ['blocked'])],
    [hit('/faq/c', ['iran']), hit('/faq/b', ['iran']), hit('/faq/b', ['iran'], 1)],
  ]);
  assert.deepEqual(
    merged.map((result) => result.document.u),
    ['/faq/b', '/faq/a', '/faq/c'],
  );
  assert.deepEqual(merged[0]?.tokens, ['blocked', 'iran']);
});

test('a section result counts for its page, and the page counts once per word', () => {
  const section: SearchResult = {...hit('/faq/a#who', ['node'], 1), page: {i: 1, t: 'A', u: '/faq/a'}};
  const merged = mergeWordResults([[section, hit('/faq/a', ['node'])], [hit('/faq/b', ['run'])]]);
  assert.deepEqual(
    merged.map((result) => (result.page ? result.page.u : result.document.u)),
    ['/faq/a', '/faq/b'],
  );
});

test('no results for any word: nothing', () => {
  assert.deepEqual(mergeWordResults([[], []]), []);
});
