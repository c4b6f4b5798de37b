/**
 * A page opened as by a reader's first visit, with the app's scripts held
 * back until the test releases them: what a tap does before the app has
 * arrived is then checked without depending on how fast the machine is.
 * A new tab of the profile given (the fixtures' `profile`: storage cleared);
 * its routes turn off its HTTP cache (Playwright does so for a page with
 * routes), so every file comes from the server, as on a first visit.
 * (`newPage()`, not the fixture's `page`, whose `goto` would show intent itself.)
 */
import type {BrowserContext, Page} from '@playwright/test';

export const LOADER = /\/assets\/js\/hydrate-on-intent\.[0-9a-f]+\.js$/;
export const MAIN_ENTRY = /\/assets\/js\/main\.[0-9a-f]+\.js$/;
/** Docusaurus's two entry scripts: the webpack runtime and main. */
export const ENTRY_SCRIPT = /\/assets\/js\/(runtime~)?main\.[0-9a-f]+\.js$/;
/** The app: every script but the loader and the search module, which run without it. */
const APP_SCRIPT = /\/assets\/js\/(?!hydrate-on-intent\.|search\.)[^/]+\.js$/;

export type ColdPage = {page: Page; scripts: string[]; releaseApp: () => void};

/** A new page that records the scripts it requests and holds the app's until released. */
export async function coldPage(context: BrowserContext, {hold = APP_SCRIPT}: {hold?: RegExp} = {}): Promise<ColdPage> {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  let releaseApp = () => {};
  const released = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(hold, async (route) => {
    await released;
    await route.continue();
  });
  return {page, scripts, releaseApp};
}

export const isHydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.hasHydrated === 'true').catch(() => false);

export const hydrated = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
