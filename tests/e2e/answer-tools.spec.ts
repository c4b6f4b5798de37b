/**
 * What a question page offers beyond its answer: the sources in the sidebar,
 * when the answer last changed, where to propose a change, the answer as
 * Markdown to copy or fetch.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {readQuestions, type QuestionFile} from '../../support/questionFiles';
import {siteLinks} from '../../src/siteLinks';
import {everyAtRoot, publishedRoot} from './sitePages';
import {load} from 'cheerio';

const questions = readQuestions();
const repoDir = path.resolve(__dirname, '../..');
const sources = [
  {name: 'XIPs', href: siteLinks.xips},
  {name: 'Decentralizing XMTP', href: siteLinks.decentralizingXmtp},
];

/** Whether this checkout has the history the build dates answers from (not shallow, not a copy). */
const git = (...args: string[]) => spawnSync('git', args, {cwd: repoDir, encoding: 'utf8'});
const shallowOrNoGit = (() => {
  const result = git('rev-parse', '--is-shallow-repository');
  return result.status !== 0 || result.stdout.trim() === 'true';
})();

/** The file's last commit date, as an instant (the page gives it in UTC). */
function lastCommitIso(question: QuestionFile): string {
  const committed = git('log', '-1', '--format=%cI', '--', question.file).stdout.trim();
  if (!committed) throw new Error(`${question.file} has no commit`);
  return new Date(committed).toISOString();
}

async function expectSources(page: Page, scope: string) {
  for (const source of sources) {
    const link = page.locator(scope).getByRole('link', {name: `${source.name} (opens another site in a new tab)`});
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', source.href);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link.locator('svg')).toBeVisible();
  }
}

// Links, dates and exports are what the server sends; the menu and the copy buttons ask for the app.
test.use({hydrate: false});

test('the sidebar links out to the sources at 1440 px, on every question page', async ({page, baseURL}) => {
  await page.setViewportSize({width: 1440, height: 900});
  for (const question of everyAtRoot(questions, baseURL)) {
    await page.goto(`faq/${question.slug}`);
    await expectSources(page, '.theme-doc-sidebar-container');
  }
});

test.describe('with the app', () => {
  test.use({hydrate: true});

  test('the phone menu links out to the sources at 375 px', async ({page}) => {
    await page.setViewportSize({width: 375, height: 812});
    await page.goto(`faq/${questions[0]!.slug}`);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    // The menu's docs panel, not its navbar panel (which has the same links).
    await expectSources(page, '.navbar-sidebar .theme-doc-sidebar-menu');
  });
});

test("each question's page, /faq, JSON-LD, meta and sitemap give its last commit's date", async ({page, request}) => {
  const pageTime = page.locator('.theme-last-updated time');
  const modified = page.locator('meta[property="article:modified_time"]');
  const jsonLdOf = async (type: string) =>
    JSON.parse(
      (await page.locator('script[type="application/ld+json"]').allTextContents()).find((text) =>
        text.includes(`"${type}"`),
      ) ?? '{}',
    ) as unknown;
  const root = await publishedRoot(page);
  const sitemap = await (await request.get('sitemap.xml')).text();
  const expected = new Map(questions.map((question) => [question.slug, shallowOrNoGit ? '' : lastCommitIso(question)]));
  for (const question of questions) {
    await page.goto(`faq/${question.slug}`);
    const jsonLd = (await jsonLdOf('WebPage')) as {dateModified?: string};
    if (shallowOrNoGit) {
      // Without history the build omits dates rather than show wrong ones (see new-question.spec.ts).
      await expect(pageTime).toHaveCount(0);
      await expect(modified).toHaveCount(0);
      expect(jsonLd.dateModified).toBeUndefined();
      continue;
    }
    const date = expected.get(question.slug)!;
    await expect(page.locator('.theme-last-updated')).toContainText('Last updated on');
    await expect(pageTime, question.slug).toHaveAttribute('datetime', date);
    await expect(modified, question.slug).toHaveAttribute('content', date);
    expect(jsonLd.dateModified, question.slug).toBe(date);
    const entry = new RegExp(`<loc>${root}faq/${question.slug}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap);
    expect(entry?.[1], `${question.slug}: sitemap lastmod`).toBe(date.slice(0, 10));
  }
  if (shallowOrNoGit) return;
  await page.goto('faq');
  const faqPage = (await jsonLdOf('FAQPage')) as {mainEntity?: {name: string; dateModified?: string}[]};
  for (const question of questions) {
    const date = expected.get(question.slug)!;
    await expect(page.locator(`.faq-question:has(h2#${question.slug}) .theme-last-updated time`)).toHaveAttribute(
      'datetime',
      date,
    );
    const faqEntry = faqPage.mainEntity?.find((item) => item.name === question.title);
    expect(faqEntry?.dateModified, `${question.slug}: FAQPage Question dateModified on /faq`).toBe(date);
  }
});

test('each question page links to its own file in the repository, only when REPO_URL is set', async ({page}) => {
  // `npm test` sets REPO_URL for its builds; so does the deploy workflow.
  const repoUrl = process.env.REPO_URL?.replace(/\/+$/, '');
  for (const question of questions) {
    await page.goto(`faq/${question.slug}`);
    const edit = page.locator('a.theme-edit-this-page');
    if (repoUrl) {
      await expect(edit).toHaveAttribute('href', `${repoUrl}/edit/main/${question.file}`);
      await expect(edit).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      await expect(edit).toHaveCount(0);
    }
  }
});

test.describe('copy answer', () => {
  test.use({hydrate: true, permissions: ['clipboard-read', 'clipboard-write']});

  const decentralized = questions.find((question) => question.slug === 'is-the-xmtp-network-decentralized')!;

  async function copiedHtml(page: Page): Promise<string> {
    return page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? (await item.getType('text/html')).text() : '';
    });
  }

  test('puts the question, the answer as Markdown and its URL on the clipboard, and HTML with links @baseurl', async ({
    page,
  }) => {
    const root = await publishedRoot(page);
    const url = `${root}faq/${decentralized.slug}`;
    await page.goto(`faq/${decentralized.slug}`);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const button = page.getByRole('button', {name: `Copy answer: ${decentralized.title}`});
    await button.click();
    await expect(page.locator('.faq-copy-link [role="status"]')).toHaveText('Answer copied');
    const expected = `# Is the XMTP network decentralized?

A testnet of the decentralized XMTP network was launched in early December 2024.

All of the nodes in the \`dev\` and \`production\` XMTP network environments are still operated by [XMTP Labs](https://xmtplabs.com/) (the company) and powered by [xmtp-node-go](https://github.com/xmtp/xmtp-node-go).

These nodes in the \`dev\` and \`production\` XMTP network environments operate in US jurisdiction in compliance with Office of Foreign Assets Control (OFAC) sanctions and Committee on Foreign Investment in the United States (CFIUS) export compliance regulations. Accordingly, IP-based geoblocking is in place for the following countries/territories:

- Cuba
- Iran
- North Korea
- Syria
- The Crimea, Donetsk People's Republic, and Luhansk People's Republic regions of Ukraine

Source: ${url}
`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    const html = await copiedHtml(page);
    expect(html).toContain('<h1>Is the XMTP network decentralized?</h1>');
    expect(html).toContain('<a href="https://xmtplabs.com/">XMTP Labs</a>');
    expect(html).toContain('<li>Cuba</li>');
    expect(html).toContain(`Source: <a href="${url}">${url}</a>`);
    expect(html).not.toContain('Copy link');

    // With the keyboard, and the /faq page's button copies the same text.
    await page.goto('faq');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', {name: `Copy answer: ${decentralized.title}`}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('when the clipboard is refused, the answer is selected for copying by hand', async ({page}) => {
    await page.context().clearPermissions();
    await page.goto(`faq/${decentralized.slug}`);
    await page.evaluate(() => {
      // A browser that refuses: the write is rejected as without permission.
      navigator.clipboard.write = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.getByRole('button', {name: `Copy answer: ${decentralized.title}`}).click();
    await expect(page.locator('.faq-copy-link [role="status"]')).toContainText('Answer selected');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain(decentralized.title);
    expect(selected).toContain('North Korea');
    expect(selected).not.toContain('Copy link');
  });
});

// The link is in the HTML as served, for agents that read it: no tab needed.
test('every question is served as Markdown at /faq/<slug>.md, linked from its page @baseurl', async ({
  request,
  baseURL,
}) => {
  const root = await publishedRoot(request);
  for (const question of everyAtRoot(questions, baseURL)) {
    const pageUrl = new URL(`faq/${question.slug}`, baseURL).href;
    const html = load(await (await request.get(pageUrl)).text());
    const href = html('link[rel="alternate"][type="text/markdown"]').attr('href');
    expect(href).toMatch(new RegExp(`/faq/${question.slug}\\.md$`));
    const response = await request.get(new URL(href!, pageUrl).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
    expect(await response.text()).toBe(
      `# ${question.title}\n\n${question.body}\n\nSource: ${root}faq/${question.slug}\n`,
    );
  }
});
