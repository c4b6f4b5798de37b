/** c. Lighthouse scores and lab metrics, mobile, default throttling. */
import {spawnSync} from 'node:child_process';
import type {Result as LighthouseResult} from 'lighthouse';
import {chromiumArgs, chromiumPath} from '../../support/chromium';
import {PORT_LIGHTHOUSE, RUNS} from './config';
import type {PageTarget} from './pageWeight';
import {exitHooks} from './processes';
import {fmt, median, note, progress, table} from './report';

type LighthouseRun = {scores: Record<string, number>; metrics: Record<string, number>};
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LH_METRICS = [
  ['largest-contentful-paint', 'LCP ms'],
  ['total-blocking-time', 'TBT ms'],
  ['cumulative-layout-shift', 'CLS'],
  ['first-contentful-paint', 'FCP ms'],
] as const;

export async function benchLighthouse(targets: readonly PageTarget[]): Promise<void> {
  console.log(`\n== c. Lighthouse: mobile, default simulated throttling, median of ${RUNS} runs ==`);
  let chrome: {port: number; kill: () => void} | undefined;
  try {
    // lighthouse and chrome-launcher are ES modules: load them with import().
    const {default: lighthouse} = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const launched = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: chromiumArgs,
      port: PORT_LIGHTHOUSE,
      logLevel: 'silent',
    });
    chrome = launched;
    exitHooks.push(() => launched.kill());
    const version = spawnSync(chromiumPath(), ['--version'], {encoding: 'utf8'}).stdout.trim();
    const rows: string[][] = [];
    const problems: string[] = [];
    for (const {label, server, pathname} of targets) {
      const runs: LighthouseRun[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        progress(`lighthouse ${label} ${run}/${RUNS}`);
        // A run that failed (e.g. the server was stopped under us) is retried
        // once; failed runs are reported and left out of the medians.
        let lhr: LighthouseResult | undefined;
        for (let attempt = 1; attempt <= 2; attempt += 1) {
          await server.ensure();
          lhr = (await lighthouse(server.origin + pathname, {port: launched.port, output: 'json', logLevel: 'error'}))
            ?.lhr;
          const error = lhr ? lhr.runtimeError : {code: 'NO_RESULT', message: 'lighthouse returned nothing'};
          if (!error) break;
          problems.push(`${label} run ${run} attempt ${attempt}: ${error.code} ${error.message}`);
          lhr = undefined;
        }
        if (!lhr) continue;
        const scores: Record<string, number> = {};
        for (const category of LH_CATEGORIES) scores[category] = (lhr.categories[category]?.score ?? Number.NaN) * 100;
        const metrics: Record<string, number> = {};
        for (const [audit] of LH_METRICS) metrics[audit] = lhr.audits[audit]?.numericValue ?? Number.NaN;
        runs.push({scores, metrics});
      }
      rows.push([
        label,
        `${runs.length}/${RUNS}`,
        ...LH_CATEGORIES.map((category) => fmt(median(runs.map((r) => r.scores[category] ?? Number.NaN)), 0)),
        ...LH_METRICS.map(([audit]) =>
          fmt(median(runs.map((r) => r.metrics[audit] ?? Number.NaN)), audit === 'cumulative-layout-shift' ? 3 : 0),
        ),
      ]);
    }
    table(
      'Lighthouse scores (0-100) and lab metrics',
      ['page', 'ok runs', ...LH_CATEGORIES, ...LH_METRICS.map(([, label]) => label)],
      rows,
    );
    note(
      `Chromium: ${version}; lighthouse on http://127.0.0.1 (no TLS; scripts/serve.ts compresses with brotli/gzip like a static host).`,
    );
    for (const problem of problems) note(`warning: ${problem}`);
  } catch (error) {
    note(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    chrome?.kill();
  }
}
