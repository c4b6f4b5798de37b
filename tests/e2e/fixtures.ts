/**
 * Every e2e test runs with two guards: no console error or uncaught exception,
 * and no request to any host but the local server.
 *
 * Pages hydrate on the reader's first sign of intent, so `page.goto` waits for
 * React by default (support/browser.ts `waitForHydration`): typing and
 * shortcuts then reach it. A test that reads only what the server sent (text,
 * links, meta tags) sets `test.use({hydrate: false})` and saves the app's
 * download and hydration on every page it opens.
 */
import {test as base, expect, type Page} from '@playwright/test';
import {waitForHydration} from '../../support/browser';

type Guards = {
  /** Console errors that a test expects (e.g. the 404 document itself). */
  allowConsoleError: (pattern: RegExp) => void;
};

type Options = {
  /** Whether the fixture's `page.goto` waits until React has hydrated the page. */
  hydrate: boolean;
};

export const test = base.extend<Options & Guards & {guards: void}>({
  hydrate: [true, {option: true}],
  page: async ({page, hydrate}, use) => {
    if (hydrate) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await waitForHydration(page);
        return response;
      };
    }
    await use(page);
  },
  allowConsoleError: [
    async ({}, use, testInfo) => {
      const allowed: RegExp[] = [];
      (testInfo as unknown as {allowedConsoleErrors: RegExp[]}).allowedConsoleErrors = allowed;
      await use((pattern) => allowed.push(pattern));
    },
    {scope: 'test'},
  ],
  guards: [
    async ({context, allowConsoleError: _ensureSetUp}, use, testInfo) => {
      const allowed = (testInfo as unknown as {allowedConsoleErrors: RegExp[]}).allowedConsoleErrors;
      const problems: string[] = [];
      const localHost = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1').hostname;
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error on ${page.url()}: ${text}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.protocol === 'data:' || url.protocol === 'blob:') return;
          if (url.hostname !== localHost) problems.push(`request to another host: ${request.url()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(problems, 'console errors and foreign requests').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect, waitForHydration};
