/**
 * Accessibility, keyboard use, privacy and security headers, and reading in
 * hard conditions (no JavaScript, print), on every page of the sitemap.
 */
import {test, expect, waitForHydration} from './fixtures';
import {readQuestions} from '../../support/questionFiles';
import {visibleLines} from '../../support/browser';
import {builtPagePaths, everyAtRoot, firstOfEachKind, pageKind, underBaseUrl} from './sitePages';
import {checkAxe, loadAxe} from '../../support/axe';
import {load} from 'cheerio';

const questions = readQuestions();
test.describe('accessibility', () => {
  // Each page is hydrated here by hand; a redirect page has no app to wait for.
  test.use({hydrate: false});

  // Every page once as the server sent it, in the mode and width most readers arrive in (a
  // support link opened on a phone), which is what a reader sees until the first sign of intent;
  // every page type, hydrated, in the other three: one document each, turned to the other width
  // and mode as a reader turns a phone or their system's theme (the site follows both live).
  // /faq holds every answer, so each answer's content is checked in all four. Not again under
  // the base URL: it changes no page's markup or styles (assets loading there is checked by the
  // pages and links tests, which do run under it).
  const asSent = {colorScheme: 'light', width: 375} as const;
  const hydratedViews = [
    {colorScheme: 'dark', width: 375},
    {colorScheme: 'dark', width: 1440},
    {colorScheme: 'light', width: 1440},
  ] as const;
  for (const everyPage of [true, false]) {
    const views = everyPage ? [asSent] : hydratedViews;
    const described = views.map(({colorScheme, width}) => `${colorScheme} mode at ${width}px`).join(', ');
    test(`axe finds no violation on ${everyPage ? 'any page of the build' : 'any page type'}, ${described}`, async ({
      page,
      baseURL,
      allowConsoleError,
    }) => {
      test.setTimeout(180_000);
      // The 404 page is one of the pages; its document answers 404.
      allowConsoleError(/status of 404/);
      const built = [...builtPagePaths(baseURL!), {path: 'search?q=token', isRedirect: false}];
      const pages = everyPage ? built : firstOfEachKind(built, ({path, isRedirect}) => pageKind(path, isRedirect));
      const [first] = views;
      await loadAxe(page);
      const report: string[] = [];
      for (const {path, isRedirect} of pages) {
        const url = new URL(path, baseURL).href;
        await page.emulateMedia({colorScheme: first.colorScheme});
        await page.setViewportSize({width: first.width, height: 900});
        if (isRedirect) {
          // The page a reader sees while forwarded (or whose browser does not forward): the
          // same document without the forwarding, which links.spec.ts tests on its own.
          await page.route(url, async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(
              /<meta http-equiv="refresh"[^>]*>|<script>[^<]*<\/script>/g,
              '',
            );
            await route.fulfill({response, body});
          });
          await page.goto(url);
          await expect(page.locator('h1')).toHaveText('This page has moved');
        } else {
          await page.goto(url);
          if (!everyPage) await waitForHydration(page);
        }
        for (const {colorScheme, width} of views) {
          await page.emulateMedia({colorScheme});
          await page.setViewportSize({width, height: 900});
          if (!isRedirect) await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
          // Colours ease to the new mode (CSS transitions): axe judges them once settled, as a reader does.
          await page.waitForFunction(() => document.getAnimations().length === 0);
          const {violations} = await checkAxe(page);
          report.push(...violations.map((violation) => `/${path}, ${colorScheme} ${width}px: ${violation}`));
        }
        if (isRedirect) await page.unrouteAll();
      }
      console.log(`axe, ${described}: ${pages.length} pages, ${report.length} violations`);
      expect(report).toEqual([]);
    });
  }
});

test.describe('keyboard only', () => {
  test('skip link, visible focus, and every control reachable at desktop width', async ({page}) => {
    await page.setViewportSize({width: 1440, height: 900});
    const question = questions.at(-1)!;
    await page.goto(`faq/${questions[0]!.slug}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', {name: 'Skip to main content'});
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    const reached: string[] = [];
    for (let presses = 0; presses < 40; presses++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const visibleFocus = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
        return {
          name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
          visibleFocus,
          tag: element.tagName,
        };
      });
      if (focused) {
        expect(focused.visibleFocus, `focus ring on "${focused.name}"`).toBe(true);
        reached.push(focused.name);
      }
      await page.keyboard.press('Tab');
    }
    for (const control of [
      'All questions',
      'Search the FAQ',
      /Switch between dark and light mode/,
      questions[1]!.title,
      /^Copy link: /,
    ]) {
      expect(
        reached.some((name) => (typeof control === 'string' ? name === control : control.test(name))),
        `reached ${control}`,
      ).toBe(true);
    }

    // Operate them: theme toggle, sidebar link, copy link.
    const toggle = page.getByRole('button', {name: /Switch between dark and light mode/});
    await toggle.focus();
    // The toggle cycles system -> light -> dark: two presses always reach dark.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toBeFocused();
    const sidebarLink = page.locator('nav[aria-label="Docs sidebar"]').getByRole('link', {name: question.title});
    await sidebarLink.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('article h1')).toHaveText(question.title);
    await page.getByRole('button', {name: /^Copy link: /}).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.faq-copy-link [role="status"]')).not.toBeEmpty();
  });

  test('the phone menu opens, navigates and closes by keyboard', async ({page}) => {
    await page.setViewportSize({width: 375, height: 812});
    await page.goto('./');
    const menuButton = page.getByRole('button', {name: 'Toggle navigation bar'});
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    const link = menu.getByRole('link', {name: 'All questions'});
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
  });
});

test.describe('privacy and security', () => {
  // Read as served, with no tab: headers and markup are the server's. What the pages' own code
  // does is held to the policy by every test's guards (fixtures.ts: no CSP violation, no other
  // host), and phone.spec.ts runs the app on every page.
  test('every page (one of each kind under a base URL): security headers, a CSP meta, safe outbound links @baseurl', async ({
    request,
    baseURL,
  }) => {
    // Every HTML file of the build: the sitemap's pages, search, the redirect page and the 404 page.
    const everyPage = builtPagePaths(baseURL!).map(({path}) => path);
    // Under a base URL the headers' rules match by kind of path: one page of each kind.
    const pages = underBaseUrl(baseURL) ? firstOfEachKind(everyPage, (path) => pageKind(path)) : everyPage;
    const localHost = new URL(baseURL!).host;
    for (const path of pages) {
      const url = new URL(path, baseURL).href;
      const response = await request.get(url);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("style-src 'self'; style-src-attr 'unsafe-inline';");
      expect(headers['content-security-policy']).not.toContain("unsafe-inline' 'sha");
      expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      const html = load(await response.text());
      expect(html('meta[http-equiv="Content-Security-Policy"]').attr('content'), path).toMatch(/script-src 'self'/);
      const outbound = html('a[href]')
        .toArray()
        .map((link) => ({href: new URL(html(link).attr('href')!, url), rel: html(link).attr('rel') ?? ''}))
        .filter(({href}) => href.protocol.startsWith('http') && href.host !== localHost);
      for (const link of outbound)
        expect(link.rel.split(' ').sort(), `${path}: ${link.href.href}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
    }
  });
});

test.describe('hard conditions', () => {
  // Reading without the app, and printing what the server sent.
  test.use({hydrate: false});

  test('without JavaScript every question and its whole answer can be read, and internal links work @baseurl', async ({
    newContext,
    baseURL,
    request,
  }) => {
    const context = await newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    const internalLinks = new Set<string>();
    for (const path of ['./', 'faq', ...everyAtRoot(questions, baseURL).map((question) => `faq/${question.slug}`)]) {
      await page.goto(new URL(path, baseURL).href);
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs)
        if (new URL(href).origin === new URL(baseURL!).origin) internalLinks.add(href.split('#')[0]!);
      const article = path === './' ? '' : await page.locator('article').first().innerText();
      for (const question of questions.filter((q) => path === 'faq' || path === `faq/${q.slug}`)) {
        for (const line of visibleLines(question.body)) expect(article, `/${path}`).toContain(line);
      }
    }
    for (const question of questions) expect(internalLinks).toContain(new URL(`faq/${question.slug}`, baseURL).href);
    for (const href of internalLinks) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
    // And a real click, with no client-side router to help.
    await page.goto(new URL('./', baseURL).href);
    await page.getByRole('link', {name: questions[0]!.title}).first().click();
    await expect(page.locator('article h1')).toHaveText(questions[0]!.title);
  });

  test('the all-questions page prints cleanly: no navigation, link targets shown', async ({page}) => {
    await page.goto('faq');
    await page.emulateMedia({media: 'print'});
    for (const selector of ['nav.navbar', 'footer', '.faq-copy-link', '.faq-toc']) {
      await expect(page.locator(selector).first()).toBeHidden();
    }
    const linkAfter = await page
      .locator('.faq-answer a[href^="https://xmtplabs.com"]')
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(linkAfter).toContain('https://xmtplabs.com/');
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
