/**
 * Every e2e test runs with three guards: no console error or uncaught
 * exception, no Content Security Policy violation, and no request to any host
 * but the local server. They watch the worker's profile, the `context`
 * fixture if a test asks for it, and each context opened with `newContext`.
 *
 * The `page` of a test is the one tab of a profile its worker keeps
 * (`profile`): its HTTP cache stays warm from test to test; storage,
 * permissions, routes, listeners, viewport and media are reset for each, and
 * it starts blank. On this two-core machine a new tab costs about 1 s and a
 * new profile's first page 2 s more (every script and style compiled from
 * cold). A script a test adds to every document (`addInitScript`) cannot be
 * taken back: such a test opens its own tab in `profile`, as the first-tap
 * checks do (`coldPage(profile)`: its routes turn the tab's HTTP cache off,
 * so it loads everything from the server). A check about a first visit's
 * bytes or requests with no route opens a new profile (`newContext`).
 *
 * Pages hydrate on the reader's first sign of intent, so `page.goto` waits for
 * React by default (support/browser.ts `waitForHydration`): typing and
 * shortcuts then reach it. A test that reads only what the server sent (text,
 * links, meta tags) sets `test.use({hydrate: false})` and saves the app's
 * hydration on every page it opens.
 */
import {test as base, expect, type BrowserContext, type BrowserContextOptions, type Page} from '@playwright/test';
import {waitForHydration} from '../../support/browser';

type Guards = {
  /** Console errors that a test expects (e.g. the 404 document itself). */
  allowConsoleError: (pattern: RegExp) => void;
  /**
   * A new browser context (a new profile: cold cache, no storage) with the
   * project's base URL and the same guards as the test's own; closed after the test.
   */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
};

type Profile = {
  /**
   * The worker's profile, as the test's own: storage cleared, the test's
   * permissions granted; tabs the test opens in it are closed after it.
   */
  profile: BrowserContext;
};

type Options = {
  /** Whether the fixture's `page.goto` waits until React has hydrated the page. */
  hydrate: boolean;
};

/** Playwright's default viewport, which the worker's profile keeps. */
const DEFAULT_VIEWPORT = {width: 1280, height: 720};

/** A tab's own `goto`, before a test wraps it to wait for hydration. */
const plainGotos = new WeakMap<Page, Page['goto']>();
function plainGoto(page: Page): Page['goto'] {
  const goto = plainGotos.get(page) ?? page.goto.bind(page);
  plainGotos.set(page, goto);
  return goto;
}

/** What the guards found in every context of a test. */
type Watch = {
  problems: string[];
  allowed: RegExp[];
  /** Watches the context's open pages and those it opens until the test ends. */
  watch: (context: BrowserContext) => Promise<void>;
};

/** The function each document calls with its CSP violations (a Playwright binding). */
const CSP_VIOLATION_BINDING = 'reportCspViolationToTheTests';
/** Where the worker's profile reports: it outlives each test, whose guards listen in turn. */
let reportToTheRunningTest: ((problem: string) => void) | undefined;

/**
 * Reports every CSP violation of the context's documents: the event, not the
 * console line a browser may or may not print for it.
 */
async function reportCspViolations(context: BrowserContext, report: (problem: string) => void): Promise<void> {
  await context.exposeBinding(CSP_VIOLATION_BINDING, ({page}, violation: string) =>
    report(`CSP violation on ${page.url()}: ${violation}`),
  );
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const reportViolation = (window as unknown as Record<string, (violation: string) => void>)[binding];
      void reportViolation?.(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  }, CSP_VIOLATION_BINDING);
}

export const test = base.extend<
  Options & Guards & Profile & {guards: void; watch: Watch},
  {warmProfile: BrowserContext}
>({
  hydrate: [true, {option: true}],
  warmProfile: [
    async ({browser}, use, workerInfo) => {
      const profile = await browser.newContext({baseURL: workerInfo.project.use.baseURL});
      await reportCspViolations(profile, (problem) => reportToTheRunningTest?.(problem));
      await use(profile);
      await profile.close();
    },
    {scope: 'worker'},
  ],
  profile: async ({warmProfile, permissions, baseURL}, use) => {
    const tab = warmProfile.pages()[0] ?? (await warmProfile.newPage());
    if (permissions) await warmProfile.grantPermissions(permissions);
    // What an earlier test stored (a colour mode, a search) is not this test's.
    const devtools = await warmProfile.newCDPSession(tab);
    await devtools.send('Storage.clearDataForOrigin', {origin: new URL(baseURL!).origin, storageTypes: 'all'});
    await devtools.detach();
    await use(warmProfile);
    // The next test finds the profile with its one tab, and no permission granted.
    for (const other of warmProfile.pages()) if (other !== tab) await other.close();
    await warmProfile.clearPermissions();
  },
  page: async ({profile, hydrate}, use) => {
    const page = profile.pages()[0]!;
    const goto = plainGoto(page);
    page.goto = hydrate
      ? async (url, options) => {
          const response = await goto(url, options);
          // A blank page (between two pages, for a new document each time) has no app.
          if (url !== 'about:blank') await waitForHydration(page);
          return response;
        }
      : goto;
    await use(page);
    // The tab is the next test's: it gets it as a new tab would be, blank and unchanged.
    if (!page.isClosed()) {
      page.removeAllListeners();
      await page.unrouteAll({behavior: 'ignoreErrors'});
      await goto('about:blank');
      await page.setViewportSize(DEFAULT_VIEWPORT);
      await page.emulateMedia({media: null, colorScheme: 'light'});
    }
  },
  // Playwright's own context, a new profile, made only for a test that asks for it: guarded too.
  context: async ({context, watch}, use) => {
    await watch.watch(context);
    await use(context);
  },
  watch: async ({warmProfile}, use, testInfo) => {
    const allowed: RegExp[] = [];
    const problems: string[] = [];
    const watched: BrowserContext[] = [];
    const reportUnlessAllowed = (problem: string) => {
      if (!allowed.some((pattern) => pattern.test(problem))) problems.push(problem);
    };
    const localHost = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1').hostname;
    const watchPage = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        reportUnlessAllowed(`console error on ${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
        if (url.hostname !== localHost) problems.push(`request to another host: ${request.url()}`);
      });
    };
    await use({
      problems,
      allowed,
      watch: async (context) => {
        context.pages().forEach(watchPage);
        context.on('page', watchPage);
        watched.push(context);
        // The worker's profile has its binding already; it reports to this test until it ends.
        if (context === warmProfile) reportToTheRunningTest = reportUnlessAllowed;
        else await reportCspViolations(context, reportUnlessAllowed);
      },
    });
    for (const context of watched) context.off('page', watchPage);
    reportToTheRunningTest = undefined;
  },
  allowConsoleError: async ({watch}, use) => {
    await use((pattern) => void watch.allowed.push(pattern));
  },
  newContext: async ({browser, baseURL, watch}, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext({baseURL, ...options});
      await watch.watch(context);
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.close();
  },
  guards: [
    async ({warmProfile, watch}, use) => {
      await watch.watch(warmProfile);
      await use();
      expect(watch.problems, 'console errors, CSP violations and requests to other hosts').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect, waitForHydration};
