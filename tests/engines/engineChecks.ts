/**
 * The reader's core paths in WebKit and Firefox, on the root build: one set of
 * checks for both engines (support/engines gives them one API). Each engine's
 * file (webkit.test.ts, firefox.test.ts) calls `engineChecks`.
 *
 * Outside CI an engine that is not installed is skipped with a one-line
 * notice; in CI (CI=true) that is a failure, so nothing passes by not running.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {
  CLEARED_CLIPBOARD,
  headScriptFor,
  launchEngine,
  missingFor,
  type Engine,
  type EngineName,
} from '../../support/engines';
import {serveBuild, type StaticServer} from '../../support/server';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {AXE_SOURCE_PATH, AXE_TAGS, currentAxeOutcome, runAxeInPage} from '../../support/axe';
import {articleTextInChromium, closeChromium} from './chromiumText';

const BUILD_DIR = path.resolve(__dirname, '../../build');
/** Docusaurus's entry scripts, which the hydrate-on-intent loader adds to the page. */
const APP_ENTRY_SCRIPT = /\/assets\/js\/(runtime~)?main\.[0-9a-f]+\.js$/;
/** How long the "scripts held back" server keeps them: a phone on a slow network. */
const HELD_MS = 3000;

const questions = readQuestions();
const token = questions.find((question) => question.slug === 'does-xmtp-have-a-token')!;
const category = readCategories()[0]!;
const PAGE_TYPES = [
  {type: 'home', path: '/', heading: 'XMTP Network FAQ'},
  {type: 'all questions', path: '/faq', heading: 'FAQ about the XMTP network'},
  {type: 'a question', path: `/faq/${token.slug}`, heading: token.title},
  {type: 'a category', path: `/faq/${category.slug}`, heading: category.label},
  {type: 'search', path: '/search?q=token', heading: 'Search results for “token”'},
  {type: '404', path: '/faq/no-such-page', heading: 'This page is not here'},
] as const;
const COPY_BUTTON = {link: 'button[aria-label^="Copy link"]', answer: 'button[aria-label^="Copy answer"]'} as const;
const THEME_TOGGLE = 'nav.navbar button[aria-label^="Switch between dark and light mode"]';
const NAVBAR_SEARCH = 'nav.navbar input[aria-label="Search the FAQ"]';

/** Text as lines a reader sees: trimmed, without blank ones. */
const visibleLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `accept` holds, then returns the value; fails with the last value seen. */
async function waitFor<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${ms} ms`);
    await sleep(100);
  }
}

/** Fails if the value changes within the time, e.g. a press replayed a second time. */
async function staysFor<T>(what: string, read: () => Promise<T>, expected: T, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    assert.deepEqual(await read(), expected, what);
    await sleep(100);
  }
}

export function engineChecks(name: EngineName): void {
  const missing = missingFor(name);
  if (missing.length > 0) {
    const reason = `${name} is not installed: needs ${missing.join(', ')}`;
    if (process.env.CI === 'true') {
      test(`${name} engine checks`, () => assert.fail(`${reason} (CI=true: an engine that does not run fails)`));
    } else {
      console.log(`SKIPPED: ${reason}`);
      test(`${name} engine checks`, {skip: reason}, () => undefined);
    }
    return;
  }

  describe(`${name}`, () => {
    let engine: Engine;
    let onTime: StaticServer;
    let held: StaticServer;
    const page = () => engine.page;

    let chromiumText: Promise<string>;

    before(async () => {
      if (!fs.existsSync(path.join(BUILD_DIR, 'index.html')))
        throw new Error('build/ has no site: run `npm run build`');
      const headScript = headScriptFor(name);
      [onTime, held] = await Promise.all([
        serveBuild({buildDir: BUILD_DIR, port: 0, headScript}),
        serveBuild({buildDir: BUILD_DIR, port: 0, headScript, delay: {pattern: APP_ENTRY_SCRIPT, ms: HELD_MS}}),
      ]);
      // Chromium reads its reference text while the engine starts.
      chromiumText = articleTextInChromium(`${onTime.origin}/faq/${token.slug}`);
      chromiumText.catch(() => undefined);
      engine = await launchEngine(name);
      console.log(`${name}: ${engine.version}`);
    });
    after(async () => {
      await engine?.close();
      await Promise.all([onTime?.close(), held?.close(), closeChromium()]);
    });

    const heading = () => page().evaluate(() => document.querySelector('h1')?.textContent ?? null);
    const hydrated = () =>
      waitFor(
        'the app hydrated',
        () => page().evaluate(() => document.documentElement.dataset.hasHydrated ?? null),
        (value) => value === 'true',
      );
    /** A cold page at a size, then a press of Shift: the app loads and hydrates. */
    async function openHydrated(url: string, width = 1280, height = 800) {
      await page().setViewport(width, height);
      await page().goto(url);
      await page().pressShift();
      await hydrated();
    }

    // One visit per page type for both of its checks.
    const axeSource = fs.readFileSync(AXE_SOURCE_PATH, 'utf8');
    for (const pageType of PAGE_TYPES) {
      describe(`${pageType.type} (${pageType.path})`, () => {
        before(() => openHydrated(`${onTime.origin}${pageType.path}`));

        test('loads and shows its heading, with no console error', async () => {
          // The search page names its query once the app has read it.
          await waitFor('the heading', heading, (text) => text === pageType.heading);
          assert.deepEqual(await page().consoleErrors(), []);
        });

        if (pageType.type === 'a question')
          test('its visible text equals Chromium’s', async () => {
            const text = await page().evaluate(() => document.querySelector('article')?.innerText ?? '');
            // Engines break lines between blocks differently (innerText's blank lines): the lines themselves must match.
            assert.deepEqual(visibleLines(text), visibleLines(await chromiumText));
          });

        if (pageType.type === 'search')
          test('lists the token question', async () => {
            await waitFor(
              'the results',
              () => page().evaluate(() => [...document.querySelectorAll('main h2')].map((h2) => h2.textContent)),
              (titles) => titles.includes(token.title),
            );
          });

        test('axe (current axe-core) finds no violation', async () => {
          await page().addScript(axeSource);
          const outcome = currentAxeOutcome(await page().evaluate(runAxeInPage, {type: 'tag', values: AXE_TAGS}));
          assert.deepEqual(outcome.violations, []);
        });
      });
    }

    for (const [timing, server] of [
      ['the app’s scripts on time', () => onTime],
      [`the app’s scripts held back ${HELD_MS / 1000} s`, () => held],
    ] as const) {
      for (const button of ['link', 'answer'] as const) {
        test(`the first “Copy ${button}” puts it on the clipboard, ${timing}`, async () => {
          await page().setViewport(1280, 800);
          await page().goto(`${server().origin}/faq/${token.slug}`);
          const canonical = await page().evaluate(
            () => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
          );
          const expected =
            button === 'link' ? canonical : `# ${token.title}\n\n${token.body}\n\nSource: ${canonical}\n`;
          engine.display.clearClipboard();
          await page().click(COPY_BUTTON[button]);
          // What the page says meanwhile ("Copy failed…"), for the failure message: it resets after a moment.
          let said = '';
          const copied = await waitFor(
            'the clipboard after the first press',
            async () => {
              said ||= await page().evaluate(
                () => document.querySelector('.faq-copy-link [role="status"]')?.textContent ?? '',
              );
              return engine.display.readClipboard();
            },
            (text) => text !== CLEARED_CLIPBOARD && text !== null,
            HELD_MS + 10_000,
          ).catch((error: Error) => {
            throw new Error(`${error.message}; the page said “${said}”`);
          });
          assert.equal(copied, expected);
          if (button === 'answer') {
            const html = (await engine.display.readClipboard('text/html')) ?? '';
            // Engines add their own styles to the copied elements; the heading is what matters.
            assert.ok(html.includes(`>${token.title}</h1>`), `the HTML copy has the question as a heading: ${html}`);
          }
        });
      }
    }

    test('the theme toggle switches once per press', async () => {
      await page().setViewport(1280, 800);
      await page().goto(`${onTime.origin}/`);
      // The mode the toggle says it is in, and the colours the page shows.
      const state = () =>
        page().evaluate((selector) => {
          const label = document.querySelector(selector)?.getAttribute('aria-label') ?? '';
          return {
            mode: /currently (\w+) mode/.exec(label)?.[1] ?? label,
            shown: document.documentElement.dataset.theme,
          };
        }, THEME_TOGGLE);
      try {
        assert.deepEqual(await state(), {mode: 'system', shown: 'light'});
        // The toggle cycles system → light → dark: the first press chooses light, the second shows dark.
        await page().click(THEME_TOGGLE);
        await waitFor('the first press', state, (value) => value.mode !== 'system');
        await hydrated();
        await staysFor('one press, one change', state, {mode: 'light', shown: 'light'}, 1000);
        await page().click(THEME_TOGGLE);
        await waitFor('the second press', state, (value) => value.shown === 'dark');
        await staysFor('one press, one change', state, {mode: 'dark', shown: 'dark'}, 1000);
      } finally {
        // The choice is stored (under a key Docusaurus namespaces per site); the next checks start from the system's.
        await page().evaluate(() => {
          for (const key of Object.keys(localStorage)) if (key.startsWith('theme')) localStorage.removeItem(key);
        });
      }
    });

    test('at 390 px the phone menu opens and a link in it navigates', async () => {
      await page().setViewport(390, 844);
      await page().goto(`${onTime.origin}/`);
      await page().click('button[aria-label="Toggle navigation bar"]');
      await waitFor(
        'the menu panel in view',
        () =>
          page().evaluate(() => {
            const panel = document.querySelector('.navbar-sidebar');
            return panel ? Math.round(panel.getBoundingClientRect().left) : null;
          }),
        (left) => left === 0,
      );
      await page().click('.navbar-sidebar a[href="/faq"]');
      await waitFor('the all-questions page', heading, (text) => text === 'FAQ about the XMTP network');
      assert.equal(await page().evaluate(() => location.pathname), '/faq');
    });

    test('text typed into search before the app loads finds the token question', async () => {
      await page().setViewport(1280, 800);
      await page().goto(`${held.origin}/`);
      await page().type(NAVBAR_SEARCH, 'token');
      assert.equal(
        await page().evaluate(() => document.documentElement.dataset.hasHydrated),
        'false',
        'typed before the app arrived',
      );
      await waitFor(
        'the token question among the results',
        () =>
          page().evaluate(() =>
            [...document.querySelectorAll('nav.navbar [role="option"]')].map((row) =>
              row.getAttribute('data-question'),
            ),
          ),
        (slugs) => slugs.includes('does-xmtp-have-a-token'),
        HELD_MS + 10_000,
      );
    });

    test(`/faq#${token.slug} lands on its answer, below the navbar`, async () => {
      await page().setViewport(1280, 800);
      await page().goto(`${onTime.origin}/faq#${token.slug}`);
      const place = () =>
        page().evaluate((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          const navbarBottom = document.querySelector('nav.navbar')?.getBoundingClientRect().bottom ?? 0;
          return box ? {belowNavbar: box.top >= navbarBottom, inView: box.bottom <= innerHeight} : null;
        }, token.slug);
      await waitFor('the question in view', place, (value) => value?.belowNavbar === true && value.inView);
    });
  });
}
