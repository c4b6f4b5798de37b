import {test} from 'node:test';
import assert from 'node:assert/strict';
import {brotliSize} from '../../support/browser';
import {normalizeWord, searchTerms, toAmerican, words} from '../../src/plugins/search/normalize';
import {closestQuestions, spellingLikeness} from '../../src/plugins/search/closest';
import {
  MAX_QUERY_WORDS,
  QuestionIndex,
  buildSearchIndex,
  type IndexedQuestion,
} from '../../src/plugins/search/questionIndex';
import {markMatches, sentencesOf} from '../../src/plugins/search/matchedText';
import {MAX_HITS} from '../../src/plugins/search/types';
import {searchFixture} from '../../scripts/bench/searchFixture';

test('words: lower case, accents and punctuation dropped, letters of any script kept', () => {
  assert.deepEqual(words('Is XMTP "decentralised"? Éte, L3 & XIP-54!'), [
    'is',
    'xmtp',
    'decentralised',
    'ete',
    'l3',
    'xip',
    '54',
  ]);
  assert.deepEqual(words('שלום token'), ['שלום', 'token']);
  assert.deepEqual(words('<script>'), ['script']);
});

test('toAmerican folds British spellings, whole words and endings', () => {
  for (const [british, american] of <[string, string][]>[
    ['decentralised', 'decentralized'],
    ['decentralisation', 'decentralization'],
    ['organising', 'organizing'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['behaviours', 'behaviors'],
    ['centre', 'center'],
    ['licence', 'license'],
    ['programme', 'program'],
  ])
    assert.equal(toAmerican(british), american, british);
  for (const word of ['this', 'raise', 'your', 'four', 'token']) assert.equal(toAmerican(word), word);
});

test('normalizeWord: British and derived forms meet in one stem; stop words drop out', () => {
  const stem = normalizeWord('decentralized');
  for (const form of ['decentralised', 'decentralization', 'decentralisation', 'decentralize']) {
    assert.equal(normalizeWord(form), stem, form);
  }
  assert.equal(normalizeWord('operating'), normalizeWord('operators'));
  for (const stop of ['how', 'do', 'i', 'can', 'the']) assert.equal(normalizeWord(stop), null, stop);
  // Kept on purpose: a country and "who runs the nodes".
  assert.notEqual(normalizeWord('us'), null);
  assert.notEqual(normalizeWord('who'), null);
  assert.deepEqual(searchTerms('How do I run my own nodes?'), ['run', 'own', 'node']);
});

test('spellingLikeness and closestQuestions rank by spelling and never return nothing', () => {
  assert.equal(spellingLikeness('token', 'token'), 1);
  assert.equal(spellingLikeness('token', 'zzz'), 0);
  assert.ok(spellingLikeness('blokcheyn', 'blockchain') > spellingLikeness('blokcheyn', 'token'));
  const questions = [
    {title: 'Does XMTP have a token?', description: 'Not currently.'},
    {title: 'Is XMTP a blockchain?', description: 'The testnet has an App Chain.'},
  ];
  assert.equal(closestQuestions('blokcheyn', questions, 1)[0], questions[1]);
  assert.equal(closestQuestions('tokkken', questions, 1)[0], questions[0]);
  assert.deepEqual(closestQuestions('zzqxv', questions, 3), questions);
  // A query of stop words alone is still compared by spelling.
  assert.equal(closestQuestions('how', questions, 1).length, 1);
});

test('sentencesOf and markMatches: the matching sentence, its matched words marked', () => {
  assert.deepEqual(sentencesOf('One. Two? Three!\n- Cuba\n- Iran'), ['One.', 'Two?', 'Three!', 'Cuba', 'Iran']);
  const parts = markMatches('Nodes are operated by XMTP Labs.', ['oper', 'lab']);
  assert.deepEqual(parts, [
    {text: 'Nodes are ', matched: false},
    {text: 'operated', matched: true},
    {text: ' by XMTP ', matched: false},
    {text: 'Labs', matched: true},
    {text: '.', matched: false},
  ]);
});

const sample: IndexedQuestion[] = [
  {
    id: 'token',
    title: 'Does XMTP have a token?',
    keywords: ['coin', 'airdrop'],
    description: 'XMTP does not currently have a token.',
    answer: 'Announcements will be made through official channels.',
    permalink: '/faq/does-xmtp-have-a-token',
    category: 1,
  },
  {
    id: 'decentralized',
    title: 'Is the XMTP network decentralized?',
    keywords: ['blocked', 'country'],
    description: 'A testnet launched in December 2024.',
    answer: 'Nodes operate in US jurisdiction. Geoblocking is in place for Cuba and Iran.',
    permalink: '/faq/is-the-xmtp-network-decentralized',
    category: 0,
  },
];
const sampleCategories = [
  {label: 'Network', permalink: '/faq/network'},
  {label: 'Token', permalink: '/faq/token'},
];

function sampleIndex(): QuestionIndex {
  const files = buildSearchIndex(sample, sampleCategories);
  return new QuestionIndex((file) => Promise.resolve(structuredClone(files.get(file))));
}

test('QuestionIndex: typos, British and derived forms, stop words, keywords, phrases across fields', async () => {
  const index = sampleIndex();
  const firstOf = async (query: string) => (await index.search(query, MAX_HITS))[0]?.id;
  assert.equal(await firstOf('tokne'), 'token');
  assert.equal(await firstOf('xtmp coin'), 'token');
  assert.equal(await firstOf('decentralisation'), 'decentralized');
  assert.equal(await firstOf('how do I get an airdrop'), 'token');
  assert.equal(await firstOf('blocked in Iran'), 'decentralized');
  assert.equal(await firstOf('announcement'), 'token');
  assert.deepEqual(await index.search('how do I', MAX_HITS), []);
  assert.deepEqual(await index.search('zzqxv', MAX_HITS), []);
});

test('QuestionIndex: a match only in the answer carries its sentence; one in the title does not', async () => {
  const index = sampleIndex();
  const [cuba] = await index.search('Cuba', MAX_HITS);
  assert.equal(cuba?.sentence, 'Geoblocking is in place for Cuba and Iran.');
  const [token] = await index.search('token', MAX_HITS);
  assert.equal(token?.matchedTitleOrDescription, true);
  assert.equal(token?.sentence, undefined);
});

test('QuestionIndex: each match carries what its result shows; the closest questions come from the cards', async () => {
  const index = sampleIndex();
  const [token] = await index.search('airdrop', MAX_HITS);
  assert.deepEqual(token?.card, {
    title: 'Does XMTP have a token?',
    description: 'XMTP does not currently have a token.',
    permalink: '/faq/does-xmtp-have-a-token',
    category: 1,
  });
  assert.deepEqual(await index.categories(), sampleCategories);
  const closest = await index.closest('decentralised netwrok', 1);
  assert.deepEqual(
    closest.map(({id, card}) => [id, card.title]),
    [['decentralized', 'Is the XMTP network decentralized?']],
  );
});

test('at 1,000 questions, no first query can fetch more than 100 KiB brotli of index', () => {
  const fixture = searchFixture(1000);
  const files = buildSearchIndex(fixture.questions, fixture.categories);
  const brotli = (name: string) => brotliSize(Buffer.from(JSON.stringify(files.get(name))));
  const largest = (prefix: string, count: number) =>
    [...files.keys()]
      .filter((name) => name.startsWith(prefix))
      .map(brotli)
      .sort((a, b) => b - a)
      .slice(0, count)
      .reduce((sum, size) => sum + size, 0);
  // The worst case: the head, one body file per word of the longest query,
  // and one sentence file and one cards file per result shown, each the largest there is.
  // (A query that matches nothing loads cards.json instead, for the closest questions.)
  const worst =
    brotli('head.json') + largest('body-', MAX_QUERY_WORDS) + largest('text-', MAX_HITS) + largest('cards-', MAX_HITS);
  assert.ok(worst <= 100 * 1024, `worst first query: ${(worst / 1024).toFixed(1)} KiB`);
});
