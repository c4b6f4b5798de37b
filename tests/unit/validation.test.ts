import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {createParseFrontMatter} from '../../src/plugins/faq/parseFrontMatter';
import {checkQuestionFile, checkQuestionSet} from '../../src/plugins/faq/validation';
import {isAllowedOutboundLink} from '../../src/plugins/faq/linkHosts';

const fixturesDir = path.resolve(__dirname, '../fixtures');
const parse = createParseFrontMatter(fixturesDir, 'questions');

/** A question file of tests/fixtures/questions through the site's front-matter parser. */
function parseFixture(name: string) {
  const filePath = path.join(fixturesDir, 'questions', name);
  return parse({
    filePath,
    fileContent: fs.readFileSync(filePath, 'utf8'),
    defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
}

async function messageFor(name: string): Promise<string> {
  try {
    await parseFixture(name);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

const header = 'Invalid question file; nothing was built.\n  - ';

const expectedMessages: Record<string, string> = {
  'missing-title.md':
    'questions/missing-title.md: title: missing or not text. Fix: add `title: <the question, ending with "?">` to the front matter',
  'not-a-question.md':
    'questions/not-a-question.md: title: "XMTP has no token" is not a question. Fix: word the title as the question a reader asks, ending with "?"',
  'long-description.md':
    'questions/long-description.md: description: 163 characters, over the limit of 160. Fix: shorten it to one sentence of at most 160 characters',
  'bad-slug.md':
    'questions/bad-slug.md: slug: "/Bad_Slug" is not a lower-case kebab-case slug starting with "/". Fix: use lower-case letters, digits and single hyphens, e.g. `slug: /does-xmtp-have-a-token`',
  'missing-keywords.md':
    'questions/missing-keywords.md: keywords: missing, empty or not a list of words. Fix: add `keywords:` as a YAML list of words readers type that the answer lacks, e.g. `keywords: [coin, airdrop]`',
  'bad-link.md':
    'questions/bad-link.md: link: "http://example.com/page" (line 1 of the answer) is not https on an allowed host. Fix: link only to https URLs on xmtp.org, docs.xmtp.org, community.xmtp.org, xmtplabs.com, github.com/xmtp; to allow another host, add it to src/plugins/faq/linkHosts.ts',
  'heading-without-id.md':
    'questions/heading-without-id.md: heading: heading on line 1 of the answer has no explicit id. Fix: end the heading with an id comment, e.g. `## Who runs the nodes? {/* #who-runs-the-nodes */}`',
  'bad-last-update.md':
    'questions/bad-last-update.md: last_update: date "last Tuesday" is not a date. Fix: write `last_update: {date: YYYY-MM-DD}` with the day the answer was last reviewed, or remove it to use the date of the last commit',
  'empty.md':
    'questions/empty.md: file: the file is empty. Fix: write front matter (title, slug, description, keywords) between --- lines, then the answer',
};

for (const [name, expected] of Object.entries(expectedMessages)) {
  test(`${name} is rejected with a message naming file, field and fix`, async () => {
    assert.equal(await messageFor(name), header + expected);
  });
}

test('malformed YAML front matter gets a clear message, not a stack trace', async () => {
  const message = await messageFor('malformed-yaml.md');
  assert.match(
    message,
    /^Invalid question file; nothing was built\.\n {2}- questions\/malformed-yaml\.md: front matter: the YAML does not parse \(.+\)\. Fix: check the lines between the two --- markers/,
  );
  assert.doesNotMatch(message, /\n\s+at /);
});

test('a valid question file passes and keeps its front matter', async () => {
  const result = await parseFixture('valid.md');
  assert.equal(result.frontMatter.title, 'Can I read the FAQ offline?');
  assert.equal(result.frontMatter.keywords?.toString(), 'offline');
  assert.equal(result.content.trim().split('\n')[0], 'See [the XIPs](https://github.com/xmtp/XIPs).');
});

test('a last_update date in front matter passes validation and reaches Docusaurus', async () => {
  const result = await parseFixture('last-update.md');
  const lastUpdate = result.frontMatter.last_update as {date: Date};
  assert.equal(lastUpdate.date.toISOString(), '2025-01-31T00:00:00.000Z');
});

test('a last_update without a date, or in the future, is rejected', () => {
  const check = (lastUpdate: unknown) =>
    checkQuestionFile({
      file: 'docs/token/x.md',
      frontMatter: {
        title: 'Is it x?',
        slug: '/x',
        description: 'X.',
        keywords: ['x'],
        last_update: lastUpdate,
      },
      body: 'Answer.',
    }).map((problem) => problem.problem);
  assert.deepEqual(check({author: 'someone'}), ['{"author":"someone"} has no date']);
  assert.deepEqual(check({date: '2999-01-01'}), ['date 2999-01-01 is in the future']);
  assert.deepEqual(check({date: '2025-01-31'}), []);
});

test('files outside the docs folder are not judged as questions', async () => {
  const result = await parse({
    filePath: '/elsewhere/page.md',
    fileContent: '# Hello',
    defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
  assert.deepEqual(result.frontMatter, {});
});

test('duplicate slugs, duplicate titles and unknown categories are rejected across files', () => {
  const problems = checkQuestionSet(
    [
      {file: 'docs/token/a.md', title: 'Does XMTP have a token?', slug: '/a', categoryDir: 'token'},
      {file: 'docs/token/b.md', title: 'Does XMTP have a token?', slug: '/b', categoryDir: 'token'},
      {file: 'docs/token/c.md', title: 'Is it c?', slug: '/a', categoryDir: 'token'},
      {file: 'docs/tokens/d.md', title: 'Is it d?', slug: '/d', categoryDir: 'tokens'},
    ],
    ['network', 'token'],
  );
  assert.deepEqual(
    problems.map((problem) => problem.message),
    [
      'docs/token/b.md: title: "Does XMTP have a token?" is already asked by docs/token/a.md. Fix: merge the two answers into one file, or reword one question',
      'docs/token/c.md: slug: "/a" is already used by docs/token/a.md. Fix: give each question its own slug',
      'docs/tokens/d.md: category: "tokens" is not a known category folder. Fix: move the file into one of docs/network, docs/token, or add a category with docs/tokens/_category_.json',
    ],
  );
});

test('the link allow-list accepts only https on the listed hosts and paths', () => {
  assert.equal(isAllowedOutboundLink('https://xmtp.org/vision/concepts/decentralizing-xmtp'), true);
  assert.equal(isAllowedOutboundLink('https://github.com/xmtp/xmtp-node-go'), true);
  assert.equal(isAllowedOutboundLink('https://github.com/someone/xmtp'), false);
  assert.equal(isAllowedOutboundLink('https://github.com/xmtpevil/repo'), false);
  assert.equal(isAllowedOutboundLink('http://xmtp.org/'), false);
  assert.equal(isAllowedOutboundLink('https://xmtp.org.evil.com/'), false);
  assert.equal(isAllowedOutboundLink('not a url'), false);
});
