/**
 * Adding one question file is the only edit needed: build a copy of the site
 * with a fifth question and find it in the sidebar, its category index, the
 * home page and the all-questions page.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from './fixtures';
import {buildSite, createFixtureSite, repoDir} from '../../support/site';
import {serveBuild, type StaticServer} from '../../support/server';

const port = Number(process.env.E2E_PORT ?? 3210) + 89;
const origin = `http://127.0.0.1:${port}`;
const fixture = {
  title: 'Can I read this FAQ on my phone?',
  slug: 'can-i-read-this-faq-on-my-phone',
  description: 'A fixture question added by the tests to prove one file is the only edit.',
};
let server: StaticServer | undefined;

test.describe.configure({mode: 'serial', timeout: 600_000});

test.beforeAll(async () => {
  const siteDir = createFixtureSite('new-question');
  fs.writeFileSync(
    path.join(siteDir, 'docs/token/fixture-question.md'),
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
  const build = buildSite(siteDir);
  expect(build.status, build.output).toBe(0);
  server = await serveBuild({buildDir: path.join(siteDir, 'build'), port});
});

test.afterAll(async () => {
  await server?.close();
  fs.rmSync(path.join(repoDir, '.fixture-sites/new-question'), {recursive: true, force: true});
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
