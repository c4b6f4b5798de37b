import {test, expect} from './fixtures';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {visibleLines} from '../../support/browser';
import {everyAtRoot, openAsNewDocument} from './sitePages';

const categories = readCategories();
const questions = readQuestions();

// What the server sent: pages are complete without JavaScript. The tests that
// press the app's controls ask for React below.
test.use({hydrate: false});

test('the home page lists every category with its questions and one-line answers @baseurl', async ({page}) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('XMTP Network FAQ');
  const cards = page.locator('main section');
  await expect(cards.locator('h3')).toHaveText(categories.map((category) => category.label));
  for (const question of questions) {
    const card = cards.filter({
      has: page.getByRole('heading', {name: categories.find((c) => c.dir === question.categoryDir)!.label}),
    });
    await expect(card.getByRole('link', {name: question.title})).toHaveAttribute(
      'href',
      new RegExp(`/faq/${question.slug}$`),
    );
    await expect(card.getByText(question.description)).toBeVisible();
  }
  await page.getByRole('link', {name: 'Read all questions on one page'}).click();
  await expect(page).toHaveURL(/\/faq$/);
});

test('the sidebar groups the questions by category, in order, then the sources', async ({page}) => {
  await page.goto(`faq/${questions[0]!.slug}`);
  const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
  const categoryLinks = sidebar.locator('.theme-doc-sidebar-item-category-level-1 > div > a');
  // The Sources group's links are checked in answer-tools.spec.ts.
  await expect(categoryLinks).toHaveText([...categories.map((category) => category.label), 'Sources']);
  for (const category of categories) {
    const group = sidebar
      .locator('.theme-doc-sidebar-item-category-level-1')
      .filter({has: page.getByRole('link', {name: category.label, exact: true})});
    const expected = questions
      .filter((question) => question.categoryDir === category.dir)
      .map((question) => question.title);
    await expect(group.locator('.theme-doc-sidebar-item-link a')).toHaveText(expected);
  }
});

// Each page loaded by its own address, as a pasted link lands: a new document, no client-side route.
test('every question page: heading, whole answer, exact links, breadcrumbs @baseurl', async ({page, baseURL}) => {
  for (const question of everyAtRoot(questions, baseURL)) {
    const response = await page.goto(`faq/${question.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('article h1')).toHaveText(question.title);
    await expect(page).toHaveTitle(`${question.title} | XMTP Network FAQ`);
    const answer = page.locator('article .theme-doc-markdown');
    const answerText = await answer.innerText();
    for (const line of visibleLines(question.body)) expect(answerText, question.slug).toContain(line);
    for (const link of question.links) {
      await expect(answer.getByRole('link', {name: link.text, exact: true})).toHaveAttribute('href', link.href);
    }
    const category = categories.find((c) => c.dir === question.categoryDir)!;
    const breadcrumbs = page.locator('nav[aria-label="Breadcrumbs"]');
    await expect(breadcrumbs.getByRole('link', {name: category.label})).toHaveAttribute(
      'href',
      new RegExp(`/faq/${category.slug}$`),
    );
    await expect(page.locator('nav.pagination-nav')).toBeVisible();
  }
});

test('the all-questions page has every question and whole answer, grouped by category', async ({page}) => {
  await page.goto('faq');
  await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
  await expect(page.locator('article h2')).toHaveText(questions.map((question) => question.title));
  for (const question of questions) {
    const heading = page.locator(`h2#${question.slug}`);
    await expect(heading.getByRole('link', {name: question.title})).toHaveAttribute(
      'href',
      new RegExp(`/faq/${question.slug}$`),
    );
    for (const link of question.links) {
      await expect(page.locator('article').getByRole('link', {name: link.text, exact: true})).toHaveAttribute(
        'href',
        link.href,
      );
    }
  }
  const sectionLabels = page.locator('article section > p:first-child');
  await expect(sectionLabels).toHaveText(categories.map((category) => category.label));
});

// Where the page scrolls to; that the anchor survives under a base URL is the published-URL test's part.
test('/faq#<slug> opened as a new page puts each question just below the sticky navbar', async ({page, baseURL}) => {
  // Every question on a phone, where support links are opened; one at desktop width, where
  // only the navbar's height differs.
  for (const [viewport, landed] of [
    [{width: 375, height: 812}, questions],
    [{width: 1440, height: 900}, questions.slice(0, 1)],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const question of landed) {
      await openAsNewDocument(page, new URL(`faq#${question.slug}`, baseURL).href);
      const heading = page.locator(`h2#${question.slug}`);
      await expect(heading).toBeInViewport();
      await page.waitForFunction(() => document.readyState === 'complete');
      const navbarBottom = await page.locator('nav.navbar').evaluate((nav) => nav.getBoundingClientRect().bottom);
      const box = await heading.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
      const where = `${question.slug} at ${viewport.width}px`;
      expect(box.top, `${where}: heading starts below the navbar`).toBeGreaterThanOrEqual(navbarBottom);
      expect(box.bottom, `${where}: heading is in view`).toBeLessThanOrEqual(viewport.height);
    }
  }
});

test('every category index lists its questions @baseurl', async ({page, baseURL}) => {
  for (const category of everyAtRoot(categories, baseURL)) {
    await page.goto(`faq/${category.slug}`);
    await expect(page.locator('h1')).toHaveText(category.label);
    const expected = questions.filter((question) => question.categoryDir === category.dir);
    const cards = page.locator('article a.card');
    await expect(cards).toHaveCount(expected.length);
    for (const question of expected) {
      await expect(cards.filter({hasText: question.title})).toHaveAttribute(
        'href',
        new RegExp(`/faq/${question.slug}$`),
      );
    }
  }
});

test('an unknown path answers 404 with a page that helps @baseurl', async ({page, allowConsoleError}) => {
  allowConsoleError(/status of 404/);
  const response = await page.goto('faq/no-such-question');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page is not here');
  const main = page.locator('main');
  await expect(main.getByRole('link', {name: 'Home page'})).toBeVisible();
  await expect(main.getByRole('link', {name: 'All questions', exact: true})).toBeVisible();
  for (const category of categories) {
    await expect(main.getByRole('link', {name: category.label, exact: true})).toHaveAttribute(
      'href',
      new RegExp(`/faq/${category.slug}$`),
    );
  }
  await main.getByRole('link', {name: categories[0]!.label, exact: true}).click();
  await expect(page.locator('h1')).toHaveText(categories[0]!.label);
});

test.describe('with the app', () => {
  test.use({hydrate: true});

  test('the colour mode toggle switches between light and dark and persists', async ({page}) => {
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto('./');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const lightBackground = await background();
    // The toggle cycles system -> light -> dark; click until dark, at most a full cycle.
    const toggle = page.locator('nav.navbar').getByRole('button', {name: /mode/i});
    for (let clicks = 0; clicks < 3 && (await html.getAttribute('data-theme')) !== 'dark'; clicks++)
      await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(lightBackground);
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('at phone width the menu opens and navigates', async ({page}) => {
    await page.setViewportSize({width: 375, height: 812});
    await page.goto('./');
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    await menu.getByRole('link', {name: 'All questions'}).click();
    await expect(page).toHaveURL(/\/faq$/);
    await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
    await page.goto(`faq/${questions[0]!.slug}`);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    const last = questions.at(-1)!;
    await menu.getByRole('link', {name: last.title}).click();
    await expect(page.locator('article h1')).toHaveText(last.title);
  });
});

test('the navbar and footer link out with the source hrefs', async ({page}) => {
  await page.goto('./');
  const navbar = page.locator('nav.navbar');
  await expect(navbar.getByRole('link', {name: 'All questions'})).toHaveAttribute('href', /\/faq$/);
  await expect(navbar.getByRole('link', {name: /^XIPs/})).toHaveAttribute('href', 'https://github.com/xmtp/XIPs');
  await expect(navbar.getByRole('link', {name: /^Decentralizing XMTP/})).toHaveAttribute(
    'href',
    'https://xmtp.org/vision/concepts/decentralizing-xmtp',
  );
  const footer = page.locator('footer');
  for (const [name, href] of [
    [/^XIP-54/, 'https://community.xmtp.org/t/xip-54-xmtp-network-node-operator-qualification-criteria/868'],
    [/^XMTP Labs/, 'https://xmtplabs.com/'],
    [/^xmtp-node-go/, 'https://github.com/xmtp/xmtp-node-go'],
    [/^Community forum/, 'https://community.xmtp.org/'],
  ] as const) {
    await expect(footer.getByRole('link', {name})).toHaveAttribute('href', href);
  }
});
