import {test} from 'node:test';
import assert from 'node:assert/strict';
import {llmsFullTxt, markdownPathOf, questionMarkdown} from '../../src/plugins/faq/exports';
import type {LoadedFaq, LoadedQuestion} from '../../src/plugins/faq/questions';

const site = {
  title: 'XMTP Network FAQ',
  tagline: 'Answers.',
  absoluteUrl: (path: string) => `https://faq.example.org/base${path}`,
};

const question = {
  title: 'Can I read the FAQ offline?',
  permalink: '/faq/can-i-read-the-faq-offline',
  answerMarkdown: [
    'See [the XIPs](https://github.com/xmtp/XIPs) and [the token answer](/faq/does-xmtp-have-a-token).',
    '',
    '## Details {/* #details */}',
    '',
    '- one',
    '- two',
  ].join('\n'),
};

test('a question as Markdown: heading, answer with absolute links and lists, no MDX comments, source URL', () => {
  assert.equal(
    questionMarkdown(question, site),
    [
      '# Can I read the FAQ offline?',
      '',
      'See [the XIPs](https://github.com/xmtp/XIPs) and [the token answer](https://faq.example.org/base/faq/does-xmtp-have-a-token).',
      '',
      '## Details',
      '',
      '- one',
      '- two',
      '',
      'Source: https://faq.example.org/base/faq/can-i-read-the-faq-offline',
      '',
    ].join('\n'),
  );
});

test('llms-full.txt holds the same rendering of each question, one heading level down', () => {
  const loaded = {...question, slug: 'can-i-read-the-faq-offline', description: 'Yes.'} as LoadedQuestion;
  const faq = {categories: [{key: 'k', label: 'Reading', description: '', permalink: '/faq/k', questions: [loaded]}]};
  const full = llmsFullTxt(faq as LoadedFaq, site);
  assert.ok(full.includes(questionMarkdown(question, site, 3)));
  assert.ok(full.includes('\n### Can I read the FAQ offline?\n'));
});

test("a question's Markdown is published beside its page", () => {
  assert.equal(markdownPathOf('/xmtp-faq/faq/is-xmtp-a-blockchain'), '/xmtp-faq/faq/is-xmtp-a-blockchain.md');
});
