/**
 * `npm start` is the whole site: while a maintainer edits, search uses the
 * real index and finds an edit after a reload, "Copy answer" copies the
 * Markdown export, and "Last updated" is the file's last commit. One
 * development server serves every check (a start costs tens of seconds), in a
 * copy of the repository with a Git history of its own, where a question file
 * can be edited. Besides each test's own checks, the fixtures fail any test
 * with a console error.
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {copyRepository, repoDir, startDevServer, type DevServer} from '../../support/site';
import {readQuestions} from '../../support/questionFiles';

type SearchCase = {query: string; expect: string};
const searchCases = JSON.parse(
  fs.readFileSync(path.join(repoDir, 'tests/search-queries.json'), 'utf8'),
) as SearchCase[];
const token = readQuestions().find((question) => question.slug === 'does-xmtp-have-a-token')!;
/** A word no question holds, until the test adds it to the token question's keywords. */
const NEW_KEYWORD = 'sasquatch';

let copyDir = '';
let server: DevServer | undefined;
const devUrl = (sitePath: string) => `${server!.origin}/${sitePath}`;

function gitInCopy(args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync('git', args, {cwd: copyDir, encoding: 'utf8', env: {...process.env, ...env}});
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Commits `paths` on `date` (author and committer), as a maintainer's commit. */
function commitAt(paths: readonly string[], date: string): void {
  gitInCopy(['add', '--', ...paths]);
  gitInCopy(['-c', 'user.name=Maintainer', '-c', 'user.email=maintainer@example.org', 'commit', '-qm', date], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

const navbarSearch = (page: Page) => page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'});

/** Searches from the navbar; resolves the status line and the results' questions, in order. */
async function search(page: Page, query: string): Promise<{status: string; slugs: (string | null)[]}> {
  const input = navbarSearch(page);
  const status = page.locator('nav.navbar').getByRole('status');
  await input.fill('');
  await expect(status).toHaveText('');
  await input.fill(query);
  await expect(status).toHaveText(/found|No question matches/);
  const slugs = await page
    .locator('nav.navbar')
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-question')));
  return {status: (await status.textContent()) ?? '', slugs};
}

test.describe.configure({mode: 'serial', timeout: 120_000});

test.beforeAll(async () => {
  test.setTimeout(300_000);
  copyDir = copyRepository();
  // The questions committed on one day and the code on a later one: a question
  // is dated by its own file's last commit, not by the repository's.
  gitInCopy(['init', '-q']);
  commitAt(['docs'], '2023-01-02T03:04:05Z');
  commitAt(['src'], '2024-05-06T07:08:09Z');
  // The copy's compilation cache would be a new folder in the shared node_modules on every run.
  server = await startDevServer(copyDir, {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'});
});

test.afterAll(async () => {
  await server?.close();
  if (copyDir) fs.rmSync(copyDir, {recursive: true, force: true});
});

test.beforeEach(async ({page}) => {
  await page.setViewportSize({width: 1440, height: 900});
});

test('search finds "token", "airdrop" and "geoblocking" first, from the index the build has', async ({page}) => {
  const headRequest = page.waitForResponse((response) => /\/search\/[0-9a-f]{12}\/head\.json$/.test(response.url()));
  await page.goto(devUrl(`faq/${token.slug}`));
  for (const query of ['token', 'airdrop', 'geoblocking']) {
    const expected = searchCases.find((searchCase) => searchCase.query === query)?.expect;
    const {status, slugs} = await search(page, query);
    expect(status, query).toMatch(/found/);
    expect(slugs[0], query).toBe(expected);
  }
  // The same index as the build's: the same files under the same content-hashed folder.
  const head = await headRequest;
  expect(head.headers()['content-type']).toMatch(/^application\/json/);
  const builtHead = path.join(repoDir, 'build', new URL(head.url()).pathname);
  expect(fs.existsSync(builtHead), `${builtHead} (from npm run build)`).toBe(true);
  expect(await head.text()).toBe(fs.readFileSync(builtHead, 'utf8'));
});

test('the exports are served with the content types a host sends, the same as in the build', async ({request}) => {
  for (const [sitePath, contentType] of [
    [`faq/${token.slug}.md`, /^text\/markdown/],
    ['llms.txt', /^text\/plain/],
    ['llms-full.txt', /^text\/plain/],
  ] as const) {
    const response = await request.get(devUrl(sitePath));
    expect(response.status(), sitePath).toBe(200);
    expect(response.headers()['content-type'], sitePath).toMatch(contentType);
    expect(await response.text(), sitePath).toBe(fs.readFileSync(path.join(repoDir, 'build', sitePath), 'utf8'));
  }
  // The index's folder is search/<hash>/: the search page beside it is still a page, not a redirect into it.
  const searchPage = await request.get(devUrl('search?q=token'), {maxRedirects: 0});
  expect(searchPage.status()).toBe(200);
  expect(searchPage.headers()['content-type']).toMatch(/^text\/html/);
});

test.describe('copy answer', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  test('"Copy answer" puts the Markdown export on the clipboard', async ({page, request}) => {
    const markdown = await (await request.get(devUrl(`faq/${token.slug}.md`))).text();
    expect(markdown.startsWith(`# ${token.title}\n\n${token.body.split('\n')[0]}`)).toBe(true);
    await page.goto(devUrl(`faq/${token.slug}`));
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page
      .locator('article')
      .getByRole('button', {name: /copy (the )?answer/i})
      .click();
    await expect(page.locator('.faq-copy-link [role="status"]')).toHaveText('Answer copied');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });
});

test("Last updated is the date of the question file's last commit", async ({page}) => {
  const fileCommitted = gitInCopy(['log', '-1', '--format=%cI', '--', token.file]);
  expect(fileCommitted).not.toBe(gitInCopy(['log', '-1', '--format=%cI']));
  await page.goto(devUrl(`faq/${token.slug}`));
  await expect(page.locator('.theme-last-updated')).toContainText('Last updated on');
  await expect(page.locator('.theme-last-updated time')).toHaveAttribute(
    'datetime',
    new Date(fileCommitted).toISOString(),
  );
});

test('a keyword added to a question file finds the question after a reload, without a restart', async ({page}) => {
  await page.goto(devUrl(`faq/${token.slug}`));
  expect((await search(page, NEW_KEYWORD)).status).toBe('No question matches.');

  const file = path.join(copyDir, token.file);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain('\nkeywords:\n');
  fs.writeFileSync(file, text.replace('\nkeywords:\n', `\nkeywords:\n  - ${NEW_KEYWORD}\n`));

  // The server reloads the content on its own; the reader reloads the page.
  await expect(async () => {
    await page.goto(devUrl(`faq/${token.slug}`));
    const {status, slugs} = await search(page, NEW_KEYWORD);
    expect(status).toMatch(/found/);
    expect(slugs[0]).toBe(token.slug);
  }).toPass({timeout: 90_000, intervals: [1_000, 2_000, 5_000]});
});
