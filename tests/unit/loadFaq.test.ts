/**
 * The question loader and the exports built from it, on a hand-made copy of
 * what the docs plugin loads (no build).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {recordAnswer} from '../../src/plugins/faq/answerSources';
import {categorySummaries, homeData, loadFaq, toPublicData} from '../../src/plugins/faq/questions';
import {absolutiseLinks, llmsFullTxt, llmsTxt, robotsTxt, type SiteInfo} from '../../src/plugins/faq/exports';

const siteDir = '/site';
const doc = (dir: string, slug: string, title: string, answer: string) => {
  recordAnswer(path.join(siteDir, `docs/${dir}/${slug}.md`), `${answer}\n`);
  return {
    id: `${dir}/${slug}`,
    title,
    description: `${title} In one line.`,
    slug: `/${slug}`,
    permalink: `/faq/${slug}`,
    source: `@site/docs/${dir}/${slug}.md`,
    sourceDirName: dir,
    frontMatter: {keywords: ['kw', 7]},
  };
};
const category = (dir: string, label: string, ids: string[]) => ({
  type: 'category',
  label,
  link: {type: 'generated-index', slug: `/${dir}`, permalink: `/faq/${dir}`, description: `About ${label}.`},
  items: ids.map((id) => ({type: 'doc', id})),
});
const content = {
  loadedVersions: [
    {
      docs: [
        doc('token', 'b', 'Is B?', 'See [the docs](/faq/a).'),
        doc('network', 'a', 'Is A?', 'Yes.'),
        doc('stray', 'c', 'Is C?', 'Outside.'),
      ],
      sidebars: {faqSidebar: [category('network', 'Network', ['network/a']), category('token', 'Token', ['token/b'])]},
    },
  ],
} as unknown as LoadedContent;

const site: SiteInfo = {
  title: 'FAQ',
  tagline: 'Answers.',
  absoluteUrl: (sitePath) => `https://example.org${sitePath}`,
};

test('questions come in sidebar order, grouped by category, with the recorded answer', () => {
  const faq = loadFaq(content, siteDir);
  assert.deepEqual(
    faq.categories.map((c) => [c.key, c.label, c.permalink, c.questions.map((q) => q.slug)]),
    [
      ['network', 'Network', '/faq/network', ['a']],
      ['token', 'Token', '/faq/token', ['b']],
    ],
  );
  const b = faq.categories[1]?.questions[0];
  assert.equal(b?.answerMarkdown, 'See [the docs](/faq/a).');
  assert.equal(b?.answerText, 'See the docs.');
  assert.deepEqual(b?.keywords, ['kw', '7']);
  assert.equal(b?.file, 'docs/token/b.md');
});

test('both plugins get the one load of a docs content; a new load is read anew', () => {
  const first = loadFaq(content, siteDir);
  assert.equal(loadFaq(content, siteDir), first);
  assert.notEqual(loadFaq({...content}, siteDir), first);
  assert.deepEqual(loadFaq({...content}, siteDir), first);
});

test('a question outside every category is still returned, so validation can name it', () => {
  const faq = loadFaq(content, siteDir);
  assert.deepEqual(
    faq.questions.map((q) => [q.slug, q.categoryKey]),
    [
      ['a', 'network'],
      ['b', 'token'],
      ['c', 'stray'],
    ],
  );
});

test('pages receive no file paths, keywords or answers: not search, not the home page', () => {
  const faq = loadFaq(content, siteDir);
  for (const question of [
    toPublicData(faq).categories[0]?.questions[0],
    homeData(faq, {homeQuestionsPerCategory: 5, answersOnOnePage: 5}).categories[0]?.questions[0],
  ]) {
    assert.deepEqual(Object.keys(question ?? {}).sort(), [
      'categoryKey',
      'description',
      'id',
      'permalink',
      'slug',
      'title',
    ]);
  }
});

test('every page knows the categories and their question counts, not their questions', () => {
  assert.deepEqual(categorySummaries(loadFaq(content, siteDir)), [
    {key: 'network', label: 'Network', description: 'About Network.', permalink: '/faq/network', questionCount: 1},
    {key: 'token', label: 'Token', description: 'About Token.', permalink: '/faq/token', questionCount: 1},
  ]);
});

test('the home page lists at most its limit of questions per category, with the count of all', () => {
  const faq = loadFaq(content, siteDir);
  const shown = (perCategory: number) =>
    homeData(faq, {homeQuestionsPerCategory: perCategory, answersOnOnePage: 2}).categories.map((c) => [
      c.key,
      c.questionCount,
      c.questions.map((q) => q.slug),
    ]);
  assert.deepEqual(shown(5), [
    ['network', 1, ['a']],
    ['token', 1, ['b']],
  ]);
  assert.deepEqual(shown(0), [
    ['network', 1, []],
    ['token', 1, []],
  ]);
});

test('the home page knows whether /faq holds every answer: up to its limit of questions, counted in all categories', () => {
  const faq = loadFaq(content, siteDir);
  const onOnePage = (answersOnOnePage: number) =>
    homeData(faq, {homeQuestionsPerCategory: 5, answersOnOnePage}).answersOnOnePage;
  assert.deepEqual([onOnePage(1), onOnePage(2), onOnePage(3)], [false, true, true]);
});

test('a docs plugin with no version is an error that says what to check', () => {
  assert.throws(() => loadFaq({loadedVersions: []}, siteDir), /is docs\/ empty\?/);
});

test('exports: llms.txt lists questions with absolute links, llms-full.txt has each answer, robots.txt the sitemap', () => {
  const faq = loadFaq(content, siteDir);
  const index = llmsTxt(faq, site);
  assert.match(index, /^# FAQ\n\n> Answers\.\n/);
  // Each entry links to the question's Markdown (llmstxt.org's convention).
  assert.ok(index.includes('## Token\n\n- [Is B?](https://example.org/faq/b.md): Is B? In one line.\n'), index);
  const full = llmsFullTxt(faq, site);
  assert.ok(
    full.includes('### Is B?\n\nSee [the docs](https://example.org/faq/a).\n\nSource: https://example.org/faq/b\n'),
    full,
  );
  assert.equal(robotsTxt(site), 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
});

test('only site-relative links are made absolute', () => {
  assert.equal(
    absolutiseLinks('[a](/faq/a) [b](https://xmtp.org/x) [c](#top)', (p) => `https://example.org${p}`),
    '[a](https://example.org/faq/a) [b](https://xmtp.org/x) [c](#top)',
  );
});
