/** d. Search: index size, and latency from the last keystroke to the results, typed and pasted. */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Page, Response} from '@playwright/test';
import {brotliSize, resultTitle, waitForHydration} from '../../support/browser';
import type {GeneratedQuestion} from '../generateFixtureQuestions';
import type {SiteUnderTest} from './builds';
import {HYDRATION_TIMEOUT_MS, SEARCH_TIMEOUT_MS, TYPING_DELAY_MS} from './config';
import {fmt, kib, median, note, percentile, progress, table} from './report';
import type {Server} from './server';

export type SearchQuery = {query: string; expectTitle?: string};
type SearchTiming = {
  query: string;
  domMs: number;
  frameMs: number;
  status: string;
  timedOut: boolean;
  firstTitle: string | null;
  keyDelays: number[];
};

function indexFiles(buildDir: string): {raw: number; brotli: number; files: string[]} {
  // search/<version>/*.json (src/plugins/search): all of it; a query fetches only some.
  const searchDir = path.join(buildDir, 'search');
  const files = fs.existsSync(searchDir)
    ? fs
        .readdirSync(searchDir)
        .flatMap((version) =>
          fs.readdirSync(path.join(searchDir, version)).map((name) => path.join('search', version, name)),
        )
    : [];
  let raw = 0;
  let brotli = 0;
  for (const name of files) {
    const body = fs.readFileSync(path.join(buildDir, name));
    raw += body.length;
    brotli += brotliSize(body);
  }
  return {raw, brotli, files};
}

const SEARCH_INPUT = 'nav.navbar [role=combobox]';

/** In-page hooks: the time of the last keystroke, and a watcher on the status. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = {lastKey: 0, lastKeydown: 0, keyDelays: [] as number[]};
    (window as unknown as {__bench: typeof bench}).__bench = bench;
    window.addEventListener(
      'keydown',
      (event) => {
        // event.timeStamp is when the browser created the event: if the main
        // thread is busy, the key waits, and that wait belongs in the latency.
        bench.lastKeydown = event.timeStamp;
        bench.lastKey = event.timeStamp;
        bench.keyDelays.push(performance.now() - event.timeStamp);
      },
      true,
    );
    // Characters Playwright inserts without a keydown still count as keystrokes.
    window.addEventListener(
      'input',
      (event) => {
        if (event.timeStamp - bench.lastKeydown > 30) bench.lastKey = event.timeStamp;
      },
      true,
    );
  });
}

type InputMode = 'typed' | 'pasted';

/**
 * Enters the query and resolves, in the page, when the status shows the final
 * result for it: the MutationObserver time (DOM updated) and the next
 * animation frame (painted), both from the last keystroke. "typed" presses
 * each key (each prefix starts a search); "pasted" sets the value in one
 * input event, so the time is the search alone, without earlier prefixes.
 * A query with no result within SEARCH_TIMEOUT_MS is recorded as timed out.
 */
async function timeQuery(page: Page, query: string, mode: InputMode): Promise<SearchTiming> {
  const input = page.locator(SEARCH_INPUT);
  await input.fill('');
  await page.waitForFunction(() => (document.querySelector('nav.navbar [role=status]')?.textContent ?? '') === '');
  const done = page.evaluate(
    ({expected, timeoutMs}) =>
      new Promise<{domMs: number; frameMs: number; status: string}>((resolve, reject) => {
        const bench = (window as unknown as {__bench: {lastKey: number; keyDelays: number[]}}).__bench;
        bench.keyDelays = [];
        const status = document.querySelector('nav.navbar [role=status]');
        const field = document.querySelector<HTMLInputElement>('nav.navbar [role=combobox]');
        if (!status || !field) return reject(new Error('no search status or input in the navbar'));
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          // Only the final query's result: the status names the query it answers
          // (data-query), since a prefix's result can leave its text unchanged.
          const answered = (status as HTMLElement).dataset.query ?? '';
          if (field.value !== expected || answered !== expected.trim() || !/found|No question matches/.test(text))
            return;
          const domAt = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const frameAt = performance.now();
            resolve({domMs: domAt - bench.lastKey, frameMs: frameAt - bench.lastKey, status: text});
          });
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve({domMs: Number.NaN, frameMs: Number.NaN, status: 'timeout'});
        }, timeoutMs);
        observer.observe(status, {childList: true, characterData: true, subtree: true, attributes: true});
      }),
    {expected: query, timeoutMs: SEARCH_TIMEOUT_MS},
  );
  if (mode === 'typed') await page.keyboard.type(query, {delay: TYPING_DELAY_MS});
  else await input.fill(query);
  const timing = await done;
  const keyDelays = await page.evaluate(
    () => (window as unknown as {__bench: {keyDelays: number[]}}).__bench.keyDelays,
  );
  const firstTitle =
    timing.status === 'timeout'
      ? null
      : await resultTitle(page.locator('nav.navbar [role=option]').first())
          .textContent({timeout: 1000})
          .catch(() => null);
  return {query, ...timing, timedOut: timing.status === 'timeout', firstTitle, keyDelays};
}

/** A fresh page with the search ready: hydrated, instrumented, index loaded. */
async function openSearchPage(
  page: Page,
  server: Server,
  label: string,
): Promise<{hydrationMs: number; coldMs: number; coldBytes: number}> {
  await server.ensure();
  const started = Date.now();
  await page.goto(`${server.origin}/faq/network`);
  await waitForHydration(page, HYDRATION_TIMEOUT_MS);
  const hydrationMs = Date.now() - started;
  await instrument(page);
  // The very first query pays for fetching and loading the index on focus:
  // its files' bytes, brotli-compressed as a host sends them, are counted.
  const indexBodies: Promise<number>[] = [];
  const onResponse = (response: Response) => {
    if (/\/search\/[^/]+\/[^/]+\.json$/.test(new URL(response.url()).pathname))
      indexBodies.push(response.body().then(brotliSize, () => Number.NaN));
  };
  page.on('response', onResponse);
  await page.locator(SEARCH_INPUT).click();
  const cold = await timeQuery(page, 'node', 'typed');
  page.off('response', onResponse);
  if (cold.timedOut) note(`search ${label}: the first query found nothing within ${SEARCH_TIMEOUT_MS / 1000} s`);
  const coldBytes = (await Promise.all(indexBodies)).reduce((sum, bytes) => sum + bytes, 0);
  return {hydrationMs, coldMs: cold.domMs, coldBytes};
}

async function benchSearchOn(
  browser: Browser,
  server: Server,
  label: string,
  queries: readonly SearchQuery[],
): Promise<string[][]> {
  await server.ensure();
  const context = await browser.newContext({viewport: {width: 1440, height: 900}});
  const page = await context.newPage();
  const rows: string[][] = [];
  try {
    progress(`search ${label}: cold query`);
    const first = await openSearchPage(page, server, label);
    for (const mode of ['typed', 'pasted'] as const) {
      progress(`search ${label}: ${queries.length} queries, ${mode}`);
      const timings: SearchTiming[] = [];
      for (const searchQuery of queries) {
        const timing = await timeQuery(page, searchQuery.query, mode);
        timings.push(timing);
        // A timed-out search may still be queued in the worker: start over on
        // a fresh page so it does not delay the next query.
        if (timing.timedOut) await openSearchPage(page, server, label);
      }
      const dom = timings.map((t) => t.domMs);
      const keyDelays = timings.flatMap((t) => t.keyDelays);
      const frame = timings.map((t) => t.frameMs);
      const withExpectation = queries.filter((q) => q.expectTitle !== undefined);
      const firstRight = timings.filter(
        (t, i) => queries[i]?.expectTitle !== undefined && t.firstTitle === queries[i]?.expectTitle,
      ).length;
      timings.forEach((t, i) => {
        const expected = queries[i]?.expectTitle;
        if (expected !== undefined && t.firstTitle !== expected)
          note(`${label}, ${mode}: "${t.query}" found "${t.firstTitle ?? 'nothing'}" first`);
      });
      rows.push([
        label,
        mode,
        String(timings.length),
        fmt(median(dom)),
        fmt(percentile(dom, 95)),
        fmt(median(frame)),
        fmt(percentile(frame, 95)),
        fmt(Math.max(...dom.filter(Number.isFinite))),
        String(timings.filter((t) => t.timedOut).length),
        mode === 'typed' ? `${fmt(median(keyDelays), 0)} / ${fmt(Math.max(...keyDelays), 0)}` : '',
        mode === 'typed' ? fmt(first.coldMs) : '',
        mode === 'typed' ? kib(first.coldBytes) : '',
        mode === 'typed' ? fmt(first.hydrationMs, 0) : '',
        `${timings.filter((t) => /found/.test(t.status)).length}/${timings.length}`,
        withExpectation.length > 0 ? `${firstRight}/${withExpectation.length}` : 'n/a',
      ]);
    }
  } finally {
    await context.close();
  }
  return rows;
}

/** 30 queries from the generated questions: titles, subjects, keywords, typos. */
export function fixtureQueries(generated: readonly GeneratedQuestion[]): SearchQuery[] {
  const at = (index: number): GeneratedQuestion => {
    const question = generated[(index * 97) % generated.length];
    if (!question) throw new Error('no generated questions');
    return question;
  };
  const queries: SearchQuery[] = [];
  for (let i = 0; i < 10; i += 1) {
    const question = at(i);
    queries.push({query: question.title.replace(/\?$/, ''), expectTitle: question.title});
  }
  for (let i = 10; i < 18; i += 1) {
    // Three consecutive words of a title: a phrase a visitor might remember.
    const words = at(i).title.replace(/\?$/, '').split(' ');
    const start = Math.max(0, Math.floor(words.length / 2) - 1);
    queries.push({query: words.slice(start, start + 3).join(' ')});
  }
  for (let i = 18; i < 24; i += 1) queries.push({query: at(i).keywords[0] ?? 'fees'});
  for (let i = 24; i < 30; i += 1) {
    // A typo: two letters swapped in the longest word of a title.
    const longest =
      at(i)
        .title.replace(/[^A-Za-z ]/g, '')
        .split(' ')
        .sort((a, b) => b.length - a.length)[0] ?? 'network';
    const j = Math.floor(longest.length / 2);
    queries.push({
      query:
        `${longest.slice(0, j - 1)}${longest.charAt(j)}${longest.charAt(j - 1)}${longest.slice(j + 1)}`.toLowerCase(),
    });
  }
  return queries;
}

export async function benchSearch(
  browser: Browser,
  sites: {site: SiteUnderTest; server: Server; queries: SearchQuery[]}[],
): Promise<void> {
  console.log('\n== d. Search: navbar search of the built site ==');
  table(
    'Search index size',
    ['site', 'files', 'raw KiB', 'brotli KiB'],
    sites.map(({site}) => {
      const index = indexFiles(site.buildDir);
      return [site.label, String(index.files.length), kib(index.raw), kib(index.brotli)];
    }),
  );
  const rows: string[][] = [];
  for (const {site, server, queries} of sites) {
    try {
      rows.push(...(await benchSearchOn(browser, server, site.label, queries)));
    } catch (error) {
      note(`search on ${site.label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  table(
    'Last keystroke to results rendered (ms)',
    [
      'site',
      'input',
      'queries',
      'median',
      'p95',
      'median +frame',
      'p95 +frame',
      'max',
      'timeouts',
      'key wait med/max',
      'cold 1st',
      'cold 1st KiB',
      'hydration',
      'with results',
      'expected 1st',
    ],
    rows,
  );
  note(
    `"typed": page.keyboard.type, ${TYPING_DELAY_MS} ms per key, so each prefix starts a search; "pasted": the whole query in one input event.`,
  );
  note(
    'Time from the last keystroke (its event.timeStamp, so time the key waits for a busy main thread counts) to the status text',
  );
  note('for the full query (MutationObserver); "+frame": to the next animation frame.');
  note(
    '"key wait": how long each typed key waited before the page handled it (handler time - event.timeStamp), over all keys.',
  );
  note(
    `Navbar combobox on /faq/network, 1440x900. Timeouts (no result within ${SEARCH_TIMEOUT_MS / 1000} s) are left out of the figures.`,
  );
  note(
    '"cold 1st": the first query ("node", typed) on a fresh page, when focus starts fetching the index; not in the figures.',
  );
  note(
    '"cold 1st KiB": the index files that first query fetched, brotli-compressed as a host sends them (target: at most 100).',
  );
  note(
    '"hydration": from navigation to /faq/network until the page is hydrated (search usable), in Playwright, first page of the site.',
  );
  note(
    'After a timeout the page is reloaded (new search worker), so a backlog of searches does not carry over to the next query.',
  );
  note(
    'Real site: tests/search-queries.json. Fixture: 30 queries from generated titles, title phrases, keywords and typos.',
  );
}
