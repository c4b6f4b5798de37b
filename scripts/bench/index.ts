/**
 * Benchmarks of the built site, printed as plain-text tables: build time and
 * memory (against the stock template), page weight, Lighthouse, search
 * latency, and what each package adds to a page's JavaScript. It asserts nothing;
 * it only prints figures, so it can be compared run to run.
 *
 * Usage: npm run bench
 *   BENCH_RUNS=n          repetitions (default 3) of builds, page loads, Lighthouse
 *   BENCH_SKIP_FIXTURE=1  skip the 1,000-question fixture site and the scale section
 *   BENCH_SKIP_SCALE=1    skip the scale section (clean builds with 100, 1,000 and 3,000 questions: minutes)
 *   BENCH_PORT=n          first of the six ports it serves on (default 3310)
 *
 * Every build happens in a copy under .fixture-sites/, so the real build/ and
 * docs/ are untouched. The stock template reference is built the same way
 * (stockSite.ts). Ports 3310-3315, or BENCH_PORT to BENCH_PORT+5. One module per measurement:
 * builds.ts (a), pageWeight.ts (b), lighthouse.ts (c), search.ts (d),
 * searchEngines.ts (search engines compared in Node), javascriptCost.ts (e), hydration.ts (hydration on intent, mode on and off),
 * scale.ts (f); this file runs them in order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {chromium} from '@playwright/test';
import {chromiumArgs, chromiumPath} from '../../support/chromium';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {repoDir} from '../../support/site';
import {benchBuilds, type SiteUnderTest} from './builds';
import {
  FIXTURE_QUESTIONS,
  PORT_FIXTURE,
  PORT_HYDRATE_OFF,
  PORT_REAL,
  PORT_STOCK,
  RUNS,
  SKIP_FIXTURE,
  SKIP_SCALE,
} from './config';
import {benchHydration} from './hydration';
import {benchJavaScriptCost} from './javascriptCost';
import {benchLighthouse} from './lighthouse';
import {benchPageWeight, type PageTarget} from './pageWeight';
import {exitHooks, stopChildren, takeLock} from './processes';
import {fmt, note} from './report';
import {benchSearch, fixtureQueries, type SearchQuery} from './search';
import {benchSearchEngines} from './searchEngines';
import {benchScale} from './scale';
import {startServer, type Server} from './server';

function environment(): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const chromiumVersion = spawnSync(chromiumPath(), ['--version'], {encoding: 'utf8'}).stdout.trim();
  console.log('XMTP Network FAQ benchmark');
  console.log(
    `date: ${new Date().toISOString()}  node: ${process.version}  ${os.cpus().length} x ${cpu}  RAM: ${fmt(os.totalmem() / 2 ** 30, 1)} GiB`,
  );
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `browser: ${chromiumVersion}  runs: ${RUNS}  fixture: ${SKIP_FIXTURE ? 'skipped' : `${FIXTURE_QUESTIONS} generated questions`}`,
  );
}

async function main(): Promise<void> {
  if (!takeLock()) {
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  environment();
  const {real, stock, stockQuestionPaths, fixture, generated} = await benchBuilds();
  if (!real.built) {
    console.log('\nThe real site did not build; nothing more to measure.');
    process.exitCode = 1;
    return;
  }

  const realServer = await startServer(real.buildDir, PORT_REAL);
  const fixtureServer = fixture?.built ? await startServer(fixture.buildDir, PORT_FIXTURE) : null;
  const stockServer = stock.built ? await startServer(stock.buildDir, PORT_STOCK) : null;
  const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
  exitHooks.push(() => void browser.close());
  try {
    const questions = readQuestions(path.join(real.siteDir, 'docs'));
    const onRealSite = (pathname: string): PageTarget => ({label: pathname, server: realServer, pathname});
    const onStockSite = (pathname: string): PageTarget[] =>
      stockServer ? [{label: `stock template ${pathname}`, server: stockServer, pathname}] : [];
    const firstQuestion = questions[0]?.slug ?? 'does-xmtp-have-a-token';
    await benchPageWeight(browser, [
      ...['/', '/faq', '/faq/network', ...questions.map((question) => `/faq/${question.slug}`)].map(onRealSite),
      ...onStockSite('/'),
      ...onStockSite(stockQuestionPaths[0] ?? `/docs/${firstQuestion}`),
    ]);
    await benchLighthouse([
      ...['/', '/faq', `/faq/${firstQuestion}`].map(onRealSite),
      ...onStockSite(stockQuestionPaths[0] ?? `/docs/${firstQuestion}`),
    ]);

    type Case = {query: string; expect: string};
    const cases = JSON.parse(fs.readFileSync(path.join(repoDir, 'tests/search-queries.json'), 'utf8')) as Case[];
    const titleBySlug = new Map(questions.map((question) => [question.slug, question.title]));
    const searchSites: {site: SiteUnderTest; server: Server; queries: SearchQuery[]}[] = [
      {
        site: real,
        server: realServer,
        queries: cases.map((c) => ({query: c.query, expectTitle: titleBySlug.get(c.expect)})),
      },
    ];
    if (fixture?.built && fixtureServer)
      searchSites.push({site: fixture, server: fixtureServer, queries: fixtureQueries(generated)});
    else if (!SKIP_FIXTURE) note('Search on the fixture site: skipped, its build failed.');
    await benchSearch(browser, searchSites);
    await benchSearchEngines();
    await benchJavaScriptCost(browser, `/faq/${firstQuestion}`);
    await benchHydration(browser, {
      siteDir: real.siteDir,
      server: realServer,
      questionSlug: firstQuestion,
      categorySlug: readCategories(path.join(real.siteDir, 'docs'))[0]?.slug ?? 'network',
      portModeOff: PORT_HYDRATE_OFF,
    });
    // Last: its servers take the fixture's port.
    realServer.stop();
    fixtureServer?.stop();
    stockServer?.stop();
    if (SKIP_SCALE) note('Scale section: skipped (BENCH_SKIP_SCALE=1 or BENCH_SKIP_FIXTURE=1).');
    else await benchScale(browser);
  } finally {
    await browser.close();
    realServer.stop();
    fixtureServer?.stop();
    stockServer?.stop();
  }
  console.log(
    `\nTotal benchmark time: ${fmt((Date.now() - started) / 1000, 0)} s; load average at end: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  console.log('Other work on the machine during the run (load average above ~0.5) makes the times noisier.');
}

main().catch((error: unknown) => {
  console.error(error);
  stopChildren();
  process.exit(1);
});
