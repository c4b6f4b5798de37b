/**
 * README's promise: adding one valid question file is the only edit. A copy
 * of the repository gets a fifth question and nothing else; there the unit
 * tests that read the question files pass, `npm run build` records the new
 * URLs in the published-URL lock and builds, and the question appears in the
 * sidebar, its category index, the home page and the all-questions page.
 *
 * The copy has no Git history, as a download or a copy without .git: its
 * build says loudly why the answers carry no date, and shows no date rather
 * than the build's own time.
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {test, expect} from './fixtures';
import {copyRepository} from '../../support/site';
import {serveBuild, type StaticServer} from '../../support/server';

const port = Number(process.env.E2E_PORT ?? 3210) + 89;
const origin = `http://127.0.0.1:${port}`;
const fixture = {
  title: 'Can I read this FAQ on my phone?',
  slug: 'can-i-read-this-faq-on-my-phone',
  description: 'A fixture question added by the tests to prove one file is the only edit.',
};
let copyDir = '';
let server: StaticServer | undefined;

let buildOutput = '';

/** Runs a command in the copy; fails the test with its output if it fails. */
function runInCopy(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, {
    cwd: copyDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Git stops looking for a repository at the copy's parent folder: to it, the copy has no .git.
    env: {...process.env, GIT_CEILING_DIRECTORIES: path.dirname(copyDir)},
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, `${command} ${args.join(' ')}\n${output.slice(-4000)}`).toBe(0);
  return output;
}

test.describe.configure({mode: 'serial', timeout: 600_000});

test.beforeAll(async () => {
  copyDir = copyRepository();
  fs.writeFileSync(
    path.join(copyDir, 'docs/token/fixture-question.md'),
    [
      '---',
      `title: ${fixture.title}`,
      `slug: /${fixture.slug}`,
      `description: ${fixture.description}`,
      'keywords: [mobile]',
      'sidebar_position: 2',
      '---',
      '',
      'Fixture answer text.',
      '',
      '```js',
      'const answer = 42;',
      '```',
      '',
    ].join('\n'),
  );
  // The unit tests that read the question files: the others cannot see a new one, and all of
  // them run in `npm test` already (each file is a process: the whole folder costs half a minute).
  const unitTests = fs
    .readdirSync(path.join(copyDir, 'tests/unit'))
    .map((name) => `tests/unit/${name}`)
    .filter((file) => fs.readFileSync(path.join(copyDir, file), 'utf8').includes('support/questionFiles'));
  expect(unitTests.length, 'unit tests that read the question files').toBeGreaterThan(0);
  runInCopy(process.execPath, ['--import', 'tsx', '--test', ...unitTests]);
  buildOutput = runInCopy('npm', ['run', 'build']);
  server = await serveBuild({buildDir: path.join(copyDir, 'build'), port});
});

test.afterAll(async () => {
  await server?.close();
  if (copyDir) fs.rmSync(copyDir, {recursive: true, force: true});
});

test('the build records the new question in the published-URL lock', () => {
  const lock = fs.readFileSync(path.join(copyDir, 'src/urls/published.json'), 'utf8');
  expect(lock).toContain(`"/faq/${fixture.slug}"`);
  expect(lock).toContain(`"/faq#${fixture.slug}"`);
});

test('a fifth question file appears in the sidebar, category index, home page and all-questions page', async ({
  page,
}) => {
  await page.goto(`${origin}/faq/${fixture.slug}`);
  await expect(page.locator('article h1')).toHaveText(fixture.title);
  const tokenGroup = page
    .locator('nav[aria-label="Docs sidebar"] .theme-doc-sidebar-item-category-level-1')
    .filter({hasText: 'Token'});
  await expect(tokenGroup.locator('.theme-doc-sidebar-item-link a')).toHaveText([
    'Does XMTP have a token?',
    fixture.title,
  ]);

  await page.goto(`${origin}/faq/token`);
  await expect(page.locator('article a.card').filter({hasText: fixture.title})).toHaveAttribute(
    'href',
    `/faq/${fixture.slug}`,
  );

  await page.goto(`${origin}/`);
  await expect(page.getByRole('link', {name: fixture.title})).toHaveAttribute('href', `/faq/${fixture.slug}`);
  await expect(page.getByText(fixture.description)).toBeVisible();

  await page.goto(`${origin}/faq/${fixture.slug}`);
  // Code blocks still get Prism highlighting, loaded on demand.
  await expect(page.locator('article pre code')).toContainText('const answer = 42;');
  await expect(page.locator('article pre code .token').first()).toBeVisible();

  await page.goto(`${origin}/faq`);
  await expect(page.locator(`h2#${fixture.slug}`)).toHaveText(fixture.title);
  await expect(page.locator('article')).toContainText('Fixture answer text.');
});

test('without Git history the build warns with cause and fix, and shows no last-updated date', () => {
  expect(buildOutput).toMatch(
    /\[WARNING\] "Last updated" dates are omitted from every question: this copy of the site is not a Git checkout \(no \.git\), and a date from it would be wrong\. Fix: build from a full clone/,
  );
  const built = (file: string) => fs.readFileSync(path.join(copyDir, 'build', file), 'utf8');
  const questionPage = built('faq/is-the-xmtp-network-decentralized.html');
  expect(questionPage).toContain('Is the XMTP network decentralized?');
  expect(questionPage).not.toMatch(/<time|article:modified_time|dateModified|Last updated/);
  expect(built('faq.html')).not.toMatch(/<time|dateModified|Last updated/);
  expect(built('sitemap.xml')).not.toMatch(/<lastmod>/);
});
