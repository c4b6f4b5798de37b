/**
 * A page costs the same at 4 or 4,000 questions (DESIGN.md): a copy of the
 * site with 60 generated questions beside the real ones is built once, and
 * a real question's page there is held to its page in build/ (the 4-question
 * site `npm test` builds): its HTML and the app's JavaScript on the first
 * interaction may grow by a small, stated margin only, and neither may carry
 * other questions than the page's own sidebar shows. A change that makes every
 * page carry every question (the whole sidebar in each page, every title in
 * the app's data) fails here. At this size the docs pages are grouped in
 * nested routes (src/plugins/docs/routeGroups.ts), each group bringing its
 * part of the route manifest (src/plugins/performance/groupManifests.ts), and
 * /faq lists the categories (LIST_LIMITS.answersOnOnePage), which the
 * 4-question site never does: Chromium navigates from group to group here.
 * Built under a base URL, so every path these write carries it. Byte counts
 * and behaviour only; the build's time at scale is `npm run bench`'s
 * (scripts/bench/scale.ts).
 */
import {before, after, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {chromium, type Browser, type Page} from '@playwright/test';
import {chromiumArgs, chromiumPath} from '../../support/chromium';
import {serveBuild, type StaticServer} from '../../support/server';
import {appScriptBytes, appScripts} from '../../support/appScripts';
import {brotliSize, waitForHydration} from '../../support/browser';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {buildSite, createFixtureSite, repoDir} from '../../support/site';
import {writeFixtureQuestions} from '../../scripts/generateFixtureQuestions';
import {LIST_LIMITS} from '../../src/plugins/faq/listLimits';
import {SIDEBAR_CLASSES} from '../../src/plugins/docs/pageSidebars';
import {parseRoutes, type GeneratedRoute} from '../../src/plugins/performance/groupManifests';

const GENERATED = 60;
/** Built under a base URL, as on GitHub Pages: every path the groups and /faq's forwarding write must carry it. */
const BASE_URL = '/xmtp-faq/';
/** A site path (`/faq/…`) under the base URL. */
const at = (sitePath: string) => `${BASE_URL}${sitePath.replace(/^\//, '')}`;
/** The stated margins over the 4-question site. */
const MARGIN = {
  /** A question page's HTML, brotli: its sidebar shows a block of its category, not the FAQ. */
  html: 1.1,
  /**
   * The app's JavaScript on the first interaction, brotli, may grow by the
   * runtime's list of chunk files, the groups' part of the route manifest and
   * the page's groups' modules (src/plugins/performance/groupManifests.ts):
   * 48 bytes a question here, most of it fixed (12 at 1,000 questions). With
   * every page in every app's manifest it was 75.
   */
  appBytesPerQuestion: 60,
} as const;

const realQuestion = readQuestions()[0]!;
const realCategory = readCategories().find((category) => category.dir === realQuestion.categoryDir)!;
const questionFile = `faq/${realQuestion.slug}.html`;
const smallBuild = path.join(repoDir, 'build');

let siteDir = '';
let largeBuild = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;
let generated: {title: string; slug: string}[] = [];
let titles: string[] = [];
/** Questions per category in the larger site. */
let categorySizes = new Map<string, number>();

before(() => {
  assert.ok(fs.existsSync(path.join(smallBuild, questionFile)), 'build/ has the site: run `npm run build` first');
  siteDir = createFixtureSite('scale-guard');
  generated = writeFixtureQuestions(siteDir, GENERATED);
  titles = generated.map((question) => question.title);
  categorySizes = new Map(
    readCategories(path.join(siteDir, 'docs')).map((category) => [
      category.dir,
      readQuestions(path.join(siteDir, 'docs')).filter((question) => question.categoryDir === category.dir).length,
    ]),
  );
  const built = buildSite(siteDir, {BASE_URL});
  assert.equal(built.status, 0, `the ${GENERATED}-question build failed:\n${built.output.slice(-3000)}`);
  console.log(`the ${GENERATED + readQuestions().length}-question build took ${built.seconds.toFixed(0)} s`);
  largeBuild = path.join(siteDir, 'build');
});

after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(siteDir, {recursive: true, force: true});
});

/** The larger build served, and a Chromium page on it that collects errors; started by the first test that asks. */
async function openPage(): Promise<{page: Page; siteUrl: string; errors: string[]}> {
  server ??= await serveBuild({buildDir: largeBuild, port: 0, baseUrl: BASE_URL});
  browser ??= await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The one error expected: the browser's own line for a 404.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  return {page, siteUrl: `${server.origin}${BASE_URL.replace(/\/$/, '')}`, errors};
}

/** Titles of the generated questions that a text holds. */
function titlesIn(text: string): string[] {
  const escaped = (title: string) => title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return titles.filter((title) => text.includes(title) || text.includes(escaped(title)));
}

test(`a question page costs about the same with ${GENERATED} more questions`, (t) => {
  const smallHtml = fs.readFileSync(path.join(smallBuild, questionFile), 'utf8');
  const largeHtml = fs.readFileSync(path.join(largeBuild, questionFile), 'utf8');
  const html = [smallHtml, largeHtml].map((page) => brotliSize(Buffer.from(page)));
  const smallScripts = appScripts(smallBuild, '/', smallHtml);
  const largeScripts = appScripts(largeBuild, BASE_URL, largeHtml);
  const app = [appScriptBytes(smallScripts), appScriptBytes(largeScripts)];
  t.diagnostic(`HTML ${html.map((bytes) => (bytes / 1024).toFixed(2)).join(' -> ')} KiB brotli`);
  t.diagnostic(`app JS ${app.map((bytes) => (bytes / 1024).toFixed(1)).join(' -> ')} KiB brotli`);

  // The page shows its own question, its neighbours in the pagination and its sidebar's block.
  const allowed = LIST_LIMITS.sidebarQuestionsPerCategory + 2;
  const inHtml = titlesIn(largeHtml).length;
  assert.ok(
    inHtml <= allowed,
    `the page's HTML names ${inHtml} of the ${GENERATED} generated questions (at most ${allowed})`,
  );
  const inApp = titlesIn(largeScripts.join('\n')).length;
  assert.ok(
    inApp <= allowed,
    `the page's app names ${inApp} of the ${GENERATED} generated questions (at most ${allowed})`,
  );
  assert.ok(html[1]! <= html[0]! * MARGIN.html, `question page HTML (brotli) grew more than ${MARGIN.html}x`);
  assert.ok(
    app[1]! <= app[0]! + GENERATED * MARGIN.appBytesPerQuestion,
    `the app's JavaScript (brotli) grew by more than ${MARGIN.appBytesPerQuestion} bytes a question`,
  );
});

test('a big FAQ: the sidebar shows the page’s block and the other categories’ links; category pages list all', () => {
  const page = load(fs.readFileSync(path.join(largeBuild, questionFile), 'utf8'));
  const sidebar = page('nav[aria-label="Docs sidebar"]');
  const open = sidebar
    .find('.theme-doc-sidebar-item-category-level-1')
    .filter((_, item) => page(item).find('> div > a').text().includes(realCategory.label));
  const size = categorySizes.get(realCategory.dir) ?? 0;
  assert.ok(size > LIST_LIMITS.sidebarQuestionsPerCategory, 'the category is bigger than a sidebar shows');
  assert.equal(open.find(`.theme-doc-sidebar-item-link:not(.${SIDEBAR_CLASSES.allQuestions})`).length, 10);
  assert.equal(
    open.find(`.${SIDEBAR_CLASSES.allQuestions} a`).text(),
    `All ${size} questions in ${realCategory.label}`,
  );
  const collapsed = sidebar.find(`.${SIDEBAR_CLASSES.collapsedCategory} a`);
  assert.deepEqual(
    collapsed.toArray().map((link) => [page(link).text(), page(link).attr('href')]),
    readCategories()
      .filter((category) => category.dir !== realCategory.dir)
      .map((category) => [category.label, at(`/faq/${category.slug}`)]),
  );
  assert.equal(sidebar.find('a[href^="https://"]').length, 2, 'the Sources group stays');

  const categoryPage = load(fs.readFileSync(path.join(largeBuild, `faq/${realCategory.slug}.html`), 'utf8'));
  assert.equal(categoryPage('article a.card').length, size, 'the category page lists every question of it');
  const home = load(fs.readFileSync(path.join(largeBuild, 'index.html'), 'utf8'));
  const card = home(`main section:has(h3 a[href="${at(`/faq/${realCategory.slug}`)}"])`);
  assert.equal(card.find('li').length, LIST_LIMITS.homeQuestionsPerCategory);
  assert.equal(
    card
      .find(`a[href="${at(`/faq/${realCategory.slug}`)}"]`)
      .last()
      .text(),
    `All ${size} questions in ${realCategory.label}`,
  );
});

/** Each docs page's innermost group (its route's path pattern), from the routes Docusaurus generated for the server. */
function groupsOfPages(): Map<string, string> {
  const groups = new Map<string, string>();
  const visit = (routes: readonly GeneratedRoute[], group: string) => {
    for (const route of routes) {
      if (route.routes) visit(route.routes, route.path.includes(':slug(') ? route.path : group);
      else groups.set(route.path, group);
    }
  };
  visit(parseRoutes(fs.readFileSync(path.join(siteDir, '.docusaurus', 'routes.js'), 'utf8')), '');
  return groups;
}

test('a big FAQ: each group of pages brings its part of the route manifest; the app’s own names no page in a group', () => {
  const groups = groupsOfPages();
  const grouped = generated.filter((question) => groups.get(at(`/faq/${question.slug}`)));
  assert.ok(grouped.length > GENERATED / 2, `${grouped.length} of the generated questions are in groups`);
  const scripts = fs.readdirSync(path.join(largeBuild, 'assets', 'js'));
  const read = (prefix: string) => {
    const file = scripts.find((name) => name.startsWith(prefix) && name.endsWith('.js'));
    assert.ok(file, `the build has ${prefix}*.js`);
    return fs.readFileSync(path.join(largeBuild, 'assets', 'js', file), 'utf8');
  };
  const main = read('main.');
  const named = grouped.filter((question) => main.includes(`/faq/${question.slug}`));
  assert.deepEqual(named, [], 'main.js names no page of a group');
  assert.ok(!read('runtime~main.').includes('.gca='), 'the runtime keeps no map of chunk names (ChunkAssetPlugin)');
});

test('a big FAQ in Chromium: links between grouped pages open them in the app, group after group, and an unknown question is not found', async () => {
  const groups = groupsOfPages();
  const groupOf = (href: string | null) => groups.get(href ?? '') ?? '';
  assert.ok(groupOf(at(`/faq/${realQuestion.slug}`)), 'the docs pages are grouped in nested routes at this size');
  const {page, siteUrl, errors} = await openPage();
  try {
    await page.goto(`${siteUrl}/faq/${realQuestion.slug}`);
    await waitForHydration(page);
    // A reload would drop this mark: each step below must be the app's own navigation.
    await page.evaluate(() => Object.assign(window, {sameDocument: true}));
    const heading = page.locator('article h1');
    const sameDocument = () => page.evaluate(() => 'sameDocument' in window);

    // A neighbour in another group: the app must load that group's part of the manifest to show it.
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    const links = sidebar.locator(`.theme-doc-sidebar-item-link:not(.${SIDEBAR_CLASSES.allQuestions}) a`);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const elsewhere = hrefs.findIndex(
      (href) => groupOf(href) && groupOf(href) !== groupOf(at(`/faq/${realQuestion.slug}`)),
    );
    assert.ok(elsewhere >= 0, 'the sidebar links to a page in another group');
    const neighbour = links.nth(elsewhere);
    const neighbourTitle = (await neighbour.textContent()) ?? '';
    await neighbour.click();
    await assert.doesNotReject(
      heading.filter({hasText: neighbourTitle}).waitFor(),
      `the sidebar link opens "${neighbourTitle}"`,
    );

    await sidebar.getByRole('link', {name: new RegExp(`^All \\d+ questions in ${realCategory.label}`)}).click();
    await page.waitForURL(`**/faq/${realCategory.slug}`);
    const cards = page.locator('article a.card');
    const last = cards.last();
    const lastTitle = (await last.locator('h2').getAttribute('title')) ?? '';
    await last.click();
    await assert.doesNotReject(
      heading.filter({hasText: lastTitle}).waitFor(),
      `the category page's last card opens "${lastTitle}"`,
    );
    assert.ok(await sameDocument(), 'every step stayed in the same document');

    const missing = `${siteUrl}/faq/${realQuestion.slug}-not-a-question`;
    assert.equal((await page.goto(missing))?.status(), 404);
    await waitForHydration(page);
    await page.getByRole('heading', {name: 'This page is not here', level: 1}).waitFor();
    assert.equal(await page.locator('article h1').count(), 0, 'no question is shown for it');
    assert.deepEqual(errors, [], 'no error in the console');
  } finally {
    await page.close();
  }
});

test('a big FAQ: /faq lists the categories, and a question’s anchor there, shared when it held every answer, lands on its page', async () => {
  const faqHtml = [smallBuild, largeBuild].map((build) => fs.readFileSync(path.join(build, 'faq.html'), 'utf8'));
  const [small = 0, large = 0] = faqHtml.map((html) => brotliSize(Buffer.from(html)));
  assert.ok(
    large <= small * MARGIN.html,
    `/faq's HTML (brotli) grew more than ${MARGIN.html}x: ${small} -> ${large} bytes`,
  );
  const shown = readCategories().length * LIST_LIMITS.homeQuestionsPerCategory;
  const inFaq = titlesIn(faqHtml[1] ?? '').length;
  assert.ok(inFaq <= shown, `/faq names ${inFaq} of the ${GENERATED} generated questions (at most ${shown})`);
  const home = load(fs.readFileSync(path.join(largeBuild, 'index.html'), 'utf8'));
  assert.equal(home(`main a[href="${at('/faq')}"]`).length, 0, 'the home page offers no "all questions on one page"');

  const {page, siteUrl, errors} = await openPage();
  try {
    const question = generated.at(-1)!;
    for (const [address, landing] of [
      [`/faq#${question.slug}`, question],
      [`/network/faq#${realQuestion.slug}`, realQuestion],
    ] as const) {
      await page.goto(`${siteUrl}${address}`);
      await assert.doesNotReject(
        page.waitForURL(`${siteUrl}/faq/${landing.slug}`, {timeout: 5_000}),
        `${address} lands on the question's page`,
      );
      assert.equal(await page.locator('article h1').textContent(), landing.title);
    }
    // An anchor the page has stays, as does one not shaped like a slug.
    for (const anchor of [`category-${realCategory.dir}`, 'Not-A-Slug']) {
      // A landing, as from a pasted link: from the same page, only the fragment would change.
      await page.goto('about:blank');
      await page.goto(`${siteUrl}/faq#${anchor}`);
      assert.equal(page.url(), `${siteUrl}/faq#${anchor}`);
      await page.getByRole('heading', {name: 'FAQ about the XMTP network', level: 1}).waitFor();
    }
    // A slug that names no question: the 404 page, which offers the closest questions.
    await page.goto('about:blank');
    await page.goto(`${siteUrl}/faq#no-such-question`);
    await page.waitForURL(`${siteUrl}/faq/no-such-question`, {timeout: 5_000});
    await page.getByRole('heading', {name: 'This page is not here', level: 1}).waitFor();
    assert.deepEqual(errors, [], 'no error in the console');
  } finally {
    await page.close();
  }
});
