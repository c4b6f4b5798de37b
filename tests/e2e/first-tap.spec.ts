/**
 * No tap waits for React (src/plugins/performance/hydrateOnIntent/loader.ts):
 * on a cold page whose app is held back, each first tap takes effect while
 * the app is still held; then the app is released, and React agrees with
 * what the tap did: one tap, one change, and the next tap works as usual.
 * The fixture's guards fail any test with a console error, such as React's
 * report of a hydration mismatch.
 */
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {coldPage, ENTRY_SCRIPT, hydrated, isHydrated} from './coldPage';
import {copyButton, copyStatus, shownLabel} from './copyButtons';
import {readQuestions} from '../../support/questionFiles';

const questions = readQuestions();
const token = questions.find((question) => question.slug === 'does-xmtp-have-a-token')!;
const decentralized = questions.find((question) => question.slug === 'is-the-xmtp-network-decentralized')!;

type ClipboardCall = {method: string; inTrustedClick: boolean; userActive: boolean; reactListening: boolean};

/** Records each clipboard write: inside a trusted click, with the reader's activation, before React? */
async function recordClipboardCalls(page: Page): Promise<() => Promise<ClipboardCall[]>> {
  await page.addInitScript(() => {
    const calls: ClipboardCall[] = [];
    (window as unknown as {clipboardCalls: ClipboardCall[]}).clipboardCalls = calls;
    for (const method of ['writeText', 'write'] as const) {
      const original: (data: never) => Promise<void> = navigator.clipboard[method].bind(navigator.clipboard);
      navigator.clipboard[method] = (data: never) => {
        const event = window.event;
        const root = document.getElementById('__docusaurus');
        calls.push({
          method,
          inTrustedClick: event?.type === 'click' && event.isTrusted,
          userActive: navigator.userActivation.isActive,
          reactListening: root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer$')),
        });
        return original(data);
      };
    }
  });
  return () => page.evaluate(() => (window as unknown as {clipboardCalls: ClipboardCall[]}).clipboardCalls);
}

test.describe('copying', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  // Not again under a base URL: the link is the page's canonical, and nothing is fetched (links.spec.ts
  // copies each question's link with a first click under both).
  test('"Copy link" copies in the tap, before the app; React agrees; the next press copies again', async ({
    profile,
    baseURL,
  }) => {
    const {page, releaseApp} = await coldPage(profile);
    const clipboardCalls = await recordClipboardCalls(page);
    await page.goto(new URL(`faq/${token.slug}`, baseURL).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const button = copyButton(page, 'link');
    await expect(button).toHaveAccessibleName(`Copy link: ${token.title}`);
    await button.click();
    await expect(shownLabel(button)).toHaveText('Link copied');
    await expect(button).toHaveAccessibleName(`Link copied: ${token.title}`);
    await expect(copyStatus(page)).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(await isHydrated(page)).toBe(false);
    expect(await clipboardCalls()).toEqual([
      {method: 'writeText', inTrustedClick: true, userActive: true, reactListening: false},
    ]);

    releaseApp();
    await hydrated(page);
    await page.waitForTimeout(300);
    // One tap, one copy: nothing pressed it again for React.
    expect(await clipboardCalls()).toHaveLength(1);
    // Back to "Copy link" after a moment, then React's press copies too.
    await expect(shownLabel(button)).toHaveText('Copy link', {timeout: 5000});
    await expect(button).toHaveAccessibleName(`Copy link: ${token.title}`);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    await expect(copyStatus(page)).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect((await clipboardCalls()).at(-1)).toMatchObject({inTrustedClick: true, reactListening: true});
  });

  test('"Copy answer" copies the Markdown and the HTML in the tap, before the app @baseurl', async ({
    profile,
    baseURL,
    request,
  }) => {
    const {page, scripts, releaseApp} = await coldPage(profile);
    const clipboardCalls = await recordClipboardCalls(page);
    // The Markdown waits, as one round trip on a phone does: the press shows at once that it was heard.
    let releaseMarkdown = () => {};
    const markdownHeld = new Promise<void>((resolve) => (releaseMarkdown = resolve));
    await page.route(/\.md$/, async (route) => {
      await markdownHeld;
      await route.continue();
    });
    await page.goto(new URL(`faq/${decentralized.slug}`, baseURL).href);
    const markdownUrl = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
    const markdown = await (await request.get(new URL(markdownUrl!, page.url()).href)).text();
    const button = copyButton(page, 'answer');
    await expect(button).toHaveAccessibleName(`Copy answer: ${decentralized.title}`);
    await button.click();
    await expect(shownLabel(button)).toHaveText('Copying answer…');
    await expect(button).toHaveAccessibleName(`Copying answer…: ${decentralized.title}`);
    await expect(copyStatus(page)).toHaveText('');
    // Copy first: the app's download waits until the answer is copied, so it does not slow the copy down.
    expect(scripts.filter((src) => ENTRY_SCRIPT.test(src))).toEqual([]);
    releaseMarkdown();
    await expect(copyStatus(page)).toHaveText('Answer copied');
    await expect.poll(() => scripts.filter((src) => ENTRY_SCRIPT.test(src)).length).toBeGreaterThan(0);
    await expect(shownLabel(button)).toHaveText('Answer copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain(`<h1>${decentralized.title}</h1>`);
    expect(html).toContain('<li>Cuba</li>');
    expect(await clipboardCalls()).toEqual([
      {method: 'write', inTrustedClick: true, userActive: true, reactListening: false},
    ]);
    expect(await isHydrated(page)).toBe(false);
    releaseApp();
    await hydrated(page);
    await page.waitForTimeout(300);
    expect(await clipboardCalls()).toHaveLength(1);
  });

  test('"Copy answer" refuses what is not Markdown: it selects the answer and says how to copy it', async ({
    profile,
    baseURL,
  }) => {
    const {page} = await coldPage(profile);
    // A host or development server that answers a missing file with its HTML page, status 200.
    await page.route(/\.md$/, (route) =>
      route.fulfill({status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>App</title>'}),
    );
    await page.goto(new URL(`faq/${decentralized.slug}`, baseURL).href);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('button', {name: `Copy answer: ${decentralized.title}`}).click();
    await expect(copyStatus(page)).toHaveText('Answer selected: press Ctrl+C (⌘C) to copy');
    await expect(shownLabel(copyButton(page, 'answer'))).toHaveText('Answer selected: press Ctrl+C (⌘C) to copy');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain(decentralized.title);
    expect(selected).toContain('North Korea');
  });
});

test('the colour mode toggle switches in the tap; React keeps the choice; the next press goes on', async ({
  profile,
  baseURL,
}) => {
  const {page, releaseApp} = await coldPage(profile);
  await page.emulateMedia({colorScheme: 'dark'});
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL('./', baseURL).href);
  const html = page.locator('html');
  const toggle = page.locator('nav.navbar').getByRole('button', {name: /Switch between dark and light mode/});
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName(/currently system mode/);
  // system (dark here) -> light
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).toHaveAttribute('data-theme-choice', 'light');
  await expect(toggle).toHaveAccessibleName(/currently light mode/);
  // Stored where Docusaurus keeps it: a reload before the app arrives keeps the choice.
  expect(await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('theme')))).toEqual([
    [expect.stringMatching(/^theme/), 'light'],
  ]);
  expect(await isHydrated(page)).toBe(false);

  releaseApp();
  await hydrated(page);
  await page.waitForTimeout(300);
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAccessibleName(/currently light mode/);
  // React's press goes on from the reader's choice: light -> dark.
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-theme-choice', 'dark');
  await expect(toggle).toHaveAccessibleName(/currently dark mode/);
});

test('a control the loader cannot act on shows at once that it was pressed, and acts once React listens', async ({
  profile,
  baseURL,
}) => {
  const {page, releaseApp} = await coldPage(profile);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL(`faq/${token.slug}`, baseURL).href);
  const caret = page.locator('.theme-doc-sidebar-container').getByRole('button', {name: /category 'Network'/});
  await expect(caret).toHaveAttribute('aria-expanded', 'true');
  await caret.click();
  await expect(caret).toHaveAttribute('data-pressed-early', '');
  await expect(caret).toHaveCSS('opacity', '0.55');
  expect(await isHydrated(page)).toBe(false);
  releaseApp();
  await hydrated(page);
  await expect(caret).toHaveAttribute('aria-expanded', 'false');
  await expect(caret).not.toHaveAttribute('data-pressed-early');
  await page.waitForTimeout(300);
  await expect(caret).toHaveAttribute('aria-expanded', 'false');
});

test('Ctrl+K focuses the search box before the app has arrived', async ({profile, baseURL}) => {
  const {page} = await coldPage(profile);
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(new URL(`faq/${token.slug}`, baseURL).href);
  await page.keyboard.press('Control+k');
  await expect(page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'})).toBeFocused();
  expect(await isHydrated(page)).toBe(false);
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 375, height: 812}, isMobile: true, hasTouch: true});
  // A phone is a profile of its own (touch and a mobile viewport are set when a profile is made): `context`.

  type MenuFrame = {open: boolean; docs: boolean; left: number | null};

  // Its links under a base URL: the next test's part.
  test('the menu opens in the tap, with the docs sidebar; React takes it over unchanged; it closes', async ({
    context,
    baseURL,
  }) => {
    const {page, releaseApp} = await coldPage(context);
    // What each frame showed of the menu, from the tap on.
    await page.addInitScript(() => {
      const frames: MenuFrame[] = [];
      (window as unknown as {menuFrames: MenuFrame[]}).menuFrames = frames;
      const record = () => {
        const panel = document.querySelector('.navbar-sidebar');
        frames.push({
          open: document.querySelector('nav.navbar')?.classList.contains('navbar-sidebar--show') ?? false,
          docs: document.querySelector('.navbar-sidebar__items--show-secondary') !== null,
          left: panel ? Math.round(panel.getBoundingClientRect().left) : null,
        });
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto(new URL(`faq/${token.slug}`, baseURL).href);
    const menuButton = page.getByRole('button', {name: 'Toggle navigation bar'});
    await menuButton.tap();
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const docsMenu = menu.locator('.theme-doc-sidebar-menu');
    await expect(docsMenu.getByRole('link', {name: decentralized.title})).toBeInViewport();
    await expect(menu.getByRole('link', {name: /^XIPs/}).last()).toBeInViewport();
    expect(await isHydrated(page)).toBe(false);
    const framesBefore = await page.evaluate(() => (window as unknown as {menuFrames: MenuFrame[]}).menuFrames.length);

    releaseApp();
    await hydrated(page);
    await page.waitForTimeout(500);
    const frames = await page.evaluate(() => (window as unknown as {menuFrames: MenuFrame[]}).menuFrames);
    // From before the app to after React took over, every frame showed the same open menu at its place.
    expect(frames.slice(framesBefore - 1).filter((frame) => !frame.open || !frame.docs || frame.left !== 0)).toEqual(
      [],
    );
    await expect(menu).toBeVisible();
    // React's own menu now: its close button closes it, and it opens again.
    await menu.getByRole('button', {name: 'Close navigation bar'}).tap();
    await expect(menu).toBeHidden();
    await menuButton.tap();
    await expect(menu).toBeVisible();
    await menu.getByRole('link', {name: decentralized.title}).tap();
    await expect(page.locator('article h1')).toHaveText(decentralized.title);
  });

  test('a link in the menu opened before the app navigates @baseurl', async ({context, baseURL}) => {
    const {page} = await coldPage(context);
    await page.goto(new URL('./', baseURL).href);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).tap();
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    await menu.getByRole('link', {name: 'All questions'}).tap();
    await expect(page).toHaveURL(/\/faq$/);
    await expect(page.locator('h1')).toHaveText('FAQ about the XMTP network');
  });

  test('the menu closes before the app arrives, and React then finds it closed', async ({context, baseURL}) => {
    const {page, releaseApp} = await coldPage(context);
    await page.goto(new URL('./', baseURL).href);
    const menuButton = page.getByRole('button', {name: 'Toggle navigation bar'});
    const menu = page.locator('.navbar-sidebar');
    await menuButton.tap();
    await expect(menu).toBeVisible();
    await menu.getByRole('button', {name: 'Close navigation bar'}).tap();
    await expect(menu).toBeHidden();
    releaseApp();
    await hydrated(page);
    await page.waitForTimeout(300);
    await expect(menu).toBeHidden();
    await menuButton.tap();
    await expect(menu).toBeVisible();
  });

  test('the search button opens the box in the tap; typing shows "Searching…", then results, without the app @baseurl', async ({
    context,
    baseURL,
  }) => {
    const {page} = await coldPage(context);
    // Search's module and the index's body files wait, as on a slow network, so
    // "Searching…" is there to see whether or not search arrives before the keys.
    let releaseSearch = () => {};
    const searchHeld = new Promise<void>((resolve) => (releaseSearch = resolve));
    await page.route(/\/(search\/[0-9a-f]+\/body-[^/]+\.json|assets\/js\/search\.[0-9a-f]+\.js)$/, async (route) => {
      await searchHeld;
      await route.continue();
    });
    await page.goto(new URL(`faq/${decentralized.slug}`, baseURL).href);
    const navbar = page.locator('nav.navbar');
    const input = navbar.getByRole('combobox', {name: 'Search the FAQ'});
    await input.tap();
    await expect(input).toBeFocused();
    // The box grows over the navbar.
    expect((await input.boundingBox())!.width).toBeGreaterThan(250);
    await page.keyboard.type('token');
    await expect(navbar.getByText('Searching…')).toBeVisible();
    releaseSearch();
    await expect(navbar.getByRole('option').first()).toContainText(token.title);
    await expect(navbar.getByRole('status')).toHaveText(/found/);
    expect(await isHydrated(page)).toBe(false);
  });
});
