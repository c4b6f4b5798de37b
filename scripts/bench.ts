/**
 * Benchmarks of the built site, printed as plain-text tables: build time and
 * memory (against the stock template), page weight, Lighthouse, search
 * latency, and what each package adds to a page's JavaScript. It asserts nothing;
 * it only prints figures, so it can be compared run to run.
 *
 * Usage: npm run bench
 *   BENCH_RUNS=n          repetitions (default 3) of builds, page loads, Lighthouse
 *   BENCH_SKIP_FIXTURE=1  skip the 1,000-question fixture site
 *
 * Every build happens in a copy under .fixture-sites/, so the real build/ and
 * docs/ are untouched. The stock template reference is built the same way
 * (scripts/stockSite.ts). Ports 3310-3320 only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {chromium, type Browser, type Page} from '@playwright/test';
import type {Result as LighthouseResult} from 'lighthouse';
import {chromiumArgs, chromiumPath} from '../tests/chromium';
import {readQuestions, type QuestionFile} from '../tests/questionFiles';
import {createFixtureSite, repoDir} from './fixtureSite';
import {writeFixtureQuestions, type GeneratedQuestion} from './generateFixtureQuestions';
import {createStockSite} from './stockSite';
import {createSourceMapSite, javascriptCost} from './javascriptCost';
import {benchSearchEngines} from './bench/searchEngines';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const SKIP_FIXTURE = process.env.BENCH_SKIP_FIXTURE === '1';
const FIXTURE_QUESTIONS = 1000;
const PORT_REAL = 3310;
const PORT_FIXTURE = 3311;
const PORT_LIGHTHOUSE = 3312;
const PORT_STOCK = 3313;
const PORT_SOURCE_MAPS = 3314;
// Inter-key delay while typing search queries: a quick typist, so
// intermediate searches run (and are discarded) as they would for a person.
const TYPING_DELAY_MS = 60;
// Far longer than a visitor waits: past it, a query counts as timed out.
const SEARCH_TIMEOUT_MS = 20_000;
const DOCUSAURUS_BIN = path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

// ---------------------------------------------------------------------------
// Child processes: every one we start is tracked and stopped on exit.

const children = new Set<ChildProcess>();
const exitHooks: (() => void)[] = [];

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function stopChildren(): void {
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      // Builds run in their own process group (detached) so /usr/bin/time's
      // child goes too; the group id is the pid we started.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  for (const hook of exitHooks.splice(0)) {
    try {
      hook();
    } catch {
      // best effort on the way out
    }
  }
}

process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------
// Small helpers: statistics, formatting, tables.

/** Median of the finite values: a failed run (NaN) is left out, not sorted in. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const fmt = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const kib = (bytes: number): string => fmt(bytes / 1024, 1);
const mib = (kibibytes: number): string => fmt(kibibytes / 1024, 0);

export function table(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // Left-align the first column (labels), right-align figures.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function note(text: string): void {
  console.log(`  ${text}`);
}

export function progress(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}

function errorSummary(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  const errors = lines.filter((line) => /\[ERROR\]|Error:|error/.test(line));
  return (errors.length > 0 ? errors.slice(0, 12) : lines.slice(-15))
    .map((line) => `    ${line.slice(0, 300)}`)
    .join('\n');
}

function brotliSize(body: Buffer): number {
  return zlib.brotliCompressSync(body, {
    params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length},
  }).length;
}

/** Total bytes of the files under dir. */
function dirSize(dir: string): {bytes: number; files: number; html: number} {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) html += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return {bytes, files, html};
}

// ---------------------------------------------------------------------------
// a. Build time and memory.

type BuildMeasure = {ok: boolean; seconds: number; maxRssKiB: number | null; treePeakKiB: number; output: string};

/** RSS (KiB) of a process and all its descendants, read from /proc. */
function treeRssKiB(rootPid: number): number {
  let total = 0;
  const stack = [rootPid];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop();
    if (pid === undefined || seen.has(pid)) continue;
    seen.add(pid);
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const kids = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between listing and reading
    }
  }
  return total;
}

const TIME_BIN = '/usr/bin/time';

/**
 * One clean `docusaurus build` of siteDir (a fresh fixture copy, so no
 * .docusaurus/ or node_modules/.cache from a previous build). Peak memory
 * comes from /usr/bin/time -v when present (largest single process), and is
 * also sampled from /proc as the sum over the process tree.
 */
function measureBuild(siteDir: string, extraArgs: readonly string[] = []): Promise<BuildMeasure> {
  const useTime = fs.existsSync(TIME_BIN);
  const timeReport = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const command = useTime ? TIME_BIN : process.execPath;
  const buildArgs = [DOCUSAURUS_BIN, 'build', siteDir, ...extraArgs];
  const args = useTime ? ['-v', '-o', timeReport, process.execPath, ...buildArgs] : buildArgs;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = track(
      spawn(command, args, {
        cwd: siteDir,
        env: {...process.env, BASE_URL: '/'},
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let treePeakKiB = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) treePeakKiB = Math.max(treePeakKiB, treeRssKiB(child.pid));
    }, 200);
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let maxRssKiB: number | null = null;
      if (useTime && fs.existsSync(timeReport)) {
        const report = fs.readFileSync(timeReport, 'utf8');
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (match?.[1]) maxRssKiB = Number(match[1]);
        fs.rmSync(timeReport, {force: true});
      }
      resolve({ok: status === 0, seconds, maxRssKiB, treePeakKiB, output});
    });
  });
}

export type SiteUnderTest = {name: string; label: string; siteDir: string; buildDir: string; built: boolean};

async function benchBuilds(): Promise<{
  real: SiteUnderTest;
  stock: SiteUnderTest;
  stockQuestionPaths: string[];
  fixture: SiteUnderTest | null;
  generated: GeneratedQuestion[];
}> {
  console.log('\n== a. Build: clean production build (docusaurus build in a fresh fixture copy) ==');
  const real: SiteUnderTest = {name: 'bench-real', label: 'real site', siteDir: '', buildDir: '', built: false};
  const stock: SiteUnderTest = {name: 'stock', label: 'stock template', siteDir: '', buildDir: '', built: false};
  let stockQuestionPaths: string[] = [];
  const rows: string[][] = [];
  const runsOf = new Map<SiteUnderTest, BuildMeasure[]>([
    [real, []],
    [stock, []],
  ]);
  for (let run = 1; run <= RUNS; run += 1) {
    // Alternating the two sites spreads the machine's noise over both. A new
    // copy per run: a clean build, with no cache from the run before.
    for (const site of [real, stock]) {
      if (site === real) site.siteDir = createFixtureSite(site.name);
      else ({siteDir: site.siteDir, questionPaths: stockQuestionPaths} = createStockSite(site.name));
      site.buildDir = path.join(site.siteDir, 'build');
      progress(`${site.label} build ${run}/${RUNS}`);
      const measure = await measureBuild(site.siteDir);
      runsOf.get(site)?.push(measure);
      if (!measure.ok) note(`${site.label} build ${run} FAILED:\n${errorSummary(measure.output)}`);
      site.built = measure.ok;
    }
  }
  const questionCount = readQuestions(path.join(real.siteDir, 'docs')).length;
  const medianSeconds = new Map<SiteUnderTest, number>();
  for (const site of [real, stock]) {
    const okRuns = (runsOf.get(site) ?? []).filter((measure) => measure.ok);
    if (okRuns.length === 0) continue;
    const rssValues = okRuns.map((m) => m.maxRssKiB).filter((v): v is number => v !== null);
    medianSeconds.set(site, median(okRuns.map((m) => m.seconds)));
    rows.push([
      site === real
        ? `real site (${questionCount} questions)`
        : `stock classic template + the ${questionCount} questions`,
      `${okRuns.length}/${RUNS}`,
      fmt(median(okRuns.map((m) => m.seconds))),
      okRuns.map((m) => fmt(m.seconds)).join(' / '),
      rssValues.length > 0 ? mib(median(rssValues)) : 'n/a',
      mib(median(okRuns.map((m) => m.treePeakKiB))),
    ]);
  }

  let fixture: SiteUnderTest | null = null;
  let generated: GeneratedQuestion[] = [];
  if (SKIP_FIXTURE) {
    note(`${FIXTURE_QUESTIONS}-question fixture: skipped (BENCH_SKIP_FIXTURE=1)`);
  } else {
    const siteDir = createFixtureSite('bench-1000');
    generated = writeFixtureQuestions(siteDir, FIXTURE_QUESTIONS);
    progress(`${FIXTURE_QUESTIONS}-question fixture build (may take minutes)`);
    const measure = await measureBuild(siteDir);
    fixture = {
      name: 'bench-1000',
      label: `${FIXTURE_QUESTIONS}-question fixture`,
      siteDir,
      buildDir: path.join(siteDir, 'build'),
      built: measure.ok,
    };
    if (measure.ok) {
      rows.push([
        `fixture (${questionCount} + ${FIXTURE_QUESTIONS} generated)`,
        '1/1',
        fmt(measure.seconds),
        fmt(measure.seconds),
        measure.maxRssKiB === null ? 'n/a' : mib(measure.maxRssKiB),
        mib(measure.treePeakKiB),
      ]);
    } else {
      note(
        `${FIXTURE_QUESTIONS}-question fixture build FAILED after ${fmt(measure.seconds)} s:\n${errorSummary(measure.output)}`,
      );
    }
  }

  table(
    'Build time and peak memory',
    ['site', 'ok runs', 'median s', 'each run s', 'peak RSS MiB (time -v)', 'peak RSS MiB (tree, sampled)'],
    rows,
  );
  note(
    `"time -v" is the largest single process (${fs.existsSync(TIME_BIN) ? TIME_BIN : 'not installed'}); "tree" sums RSS over the process tree every 200 ms.`,
  );
  const ratio = (medianSeconds.get(real) ?? Number.NaN) / (medianSeconds.get(stock) ?? Number.NaN);
  note(`Build time, real site / stock template (medians, same run): ${fmt(ratio, 2)} (target: at most 1.5).`);
  note(
    'Stock template: create-docusaurus 3.10.2 classic-typescript (its docs, blog and pages) plus the question files, built with the same node_modules.',
  );

  const outputs = [real, stock, fixture].filter((site): site is SiteUnderTest => site !== null && site.built);
  if (outputs.length > 0) {
    table(
      'Build output',
      ['site', 'files', 'HTML pages', 'total MiB'],
      outputs.map((site) => {
        const size = dirSize(site.buildDir);
        return [site.label, String(size.files), String(size.html), fmt(size.bytes / 1024 / 1024, 2)];
      }),
    );
  }
  return {real, stock, stockQuestionPaths, fixture, generated};
}

// ---------------------------------------------------------------------------
// Static servers and browser.

type Server = {
  origin: string;
  /** Restarts the server if it is no longer running (and says so in the output). */
  ensure: () => Promise<void>;
  stop: () => void;
};

const stopping = new WeakSet<ChildProcess>();

function spawnServer(buildDir: string, port: number): Promise<{child: ChildProcess; log: () => string}> {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      cwd: repoDir,
      env: {...process.env, PORT: String(port), BUILD_DIR: buildDir, BASE_URL: '/'},
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  const onData = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  // Say at once when and how the server ended, unless we stopped it.
  child.once('exit', (code, signal) => {
    if (!stopping.has(child))
      progress(
        `server on port ${port} (pid ${child.pid}) exited: ${code ?? signal}; output: ${log.trim().slice(-300)}`,
      );
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server on ${port} did not start:\n${log}`)), 30_000);
    const poll = setInterval(() => {
      if (!log.includes('Serving')) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({child, log: () => log});
    }, 50);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server on ${port} exited (${code ?? signal}):\n${log}`));
    });
  });
}

/**
 * The static server as a child process. Another process on the machine may
 * stop it (tests running at the same time, a process killed by name), so the
 * benchmark checks it before each measurement and restarts it if needed.
 */
export async function startServer(buildDir: string, port: number): Promise<Server> {
  let current = await spawnServer(buildDir, port);
  const isRunning = () => current.child.exitCode === null && current.child.signalCode === null;
  return {
    origin: `http://127.0.0.1:${port}`,
    async ensure() {
      if (isRunning()) return;
      const {exitCode, signalCode} = current.child;
      const lastLines = current.log().trim().split('\n').slice(-3).join(' | ');
      note(`server on port ${port} had stopped (${exitCode ?? signalCode}; last output: ${lastLines}); restarted it.`);
      current = await spawnServer(buildDir, port);
    },
    stop() {
      stopping.add(current.child);
      if (isRunning()) current.child.kill('SIGTERM');
    },
  };
}

async function waitForHydration(page: Page): Promise<void> {
  // Generous: a page of the 1,000-question site hydrates slowly on a busy machine.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    timeout: 120_000,
  });
}

// ---------------------------------------------------------------------------
// b. Page weight.

const TYPES = ['document', 'script', 'stylesheet', 'font', 'image', 'other'] as const;
type ResourceKind = (typeof TYPES)[number];
type Weight = Record<ResourceKind, {requests: number; bytes: number}> & {rawBytes: number; afterLoadBytes: number};
type PageLoad = {weight: Weight; dcl: number; load: number};

// Formats that are already compressed: hosts send them as they are.
const PRECOMPRESSED = /^(font\/woff2?|image\/(png|jpe?g|gif|webp|avif)|application\/font-woff2?)/;

function kindOf(resourceType: string, contentType: string, url: string): ResourceKind {
  if ((TYPES as readonly string[]).includes(resourceType) && resourceType !== 'other')
    return resourceType as ResourceKind;
  // <link rel=prefetch> chunks and fetches report "other"/"fetch": classify by content.
  if (/javascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'script';
  if (/text\/css/.test(contentType)) return 'stylesheet';
  if (/^font\//.test(contentType)) return 'font';
  if (/^image\//.test(contentType)) return 'image';
  if (/text\/html/.test(contentType)) return 'document';
  return 'other';
}

const brotliCache = new Map<string, number>();

function transferSize(body: Buffer, contentType: string): number {
  if (PRECOMPRESSED.test(contentType)) return body.length;
  const key = crypto.createHash('sha1').update(body).digest('hex');
  let size = brotliCache.get(key);
  if (size === undefined) {
    size = brotliSize(body);
    brotliCache.set(key, size);
  }
  return size;
}

/** One first visit: fresh context (cold cache), until the network is idle. */
async function loadPage(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight: Weight = {
    ...(Object.fromEntries(TYPES.map((kind) => [kind, {requests: 0, bytes: 0}])) as Record<
      ResourceKind,
      {requests: number; bytes: number}
    >),
    rawBytes: 0,
    afterLoadBytes: 0,
  };
  let loaded = false;
  const afterLoad = new Set<unknown>();
  page.on('load', () => (loaded = true));
  page.on('request', (request) => {
    if (loaded) afterLoad.add(request);
  });
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const request = response.request();
        const contentType = (response.headers()['content-type'] ?? '').toLowerCase();
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          body = Buffer.alloc(0); // redirects and aborted requests have no body
        }
        const kind = kindOf(request.resourceType(), contentType, response.url());
        const bytes = transferSize(body, contentType);
        weight[kind].requests += 1;
        weight[kind].bytes += bytes;
        weight.rawBytes += body.length;
        if (afterLoad.has(request)) weight.afterLoadBytes += bytes;
      })(),
    );
  });
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const timing = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {dcl: entry?.domContentLoadedEventEnd ?? Number.NaN, load: entry?.loadEventEnd ?? Number.NaN};
  });
  await context.close();
  return {weight, ...timing};
}

/** A page to measure: its label in the tables, and where it is served. */
export type PageTarget = {label: string; server: Server; pathname: string};

export async function benchPageWeight(browser: Browser, targets: readonly PageTarget[]): Promise<void> {
  console.log('\n== b. Page weight: first visit, cold cache, Chromium 1280x720 (Playwright) ==');
  const results: {path: string; loads: PageLoad[]}[] = [];
  for (const {label, server, pathname} of targets) {
    progress(`page weight ${label}`);
    const loads: PageLoad[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await server.ensure();
      try {
        loads.push(await loadPage(browser, server.origin + pathname));
      } catch (error) {
        // One retry, after restarting the server if it was the cause.
        note(
          `${pathname} run ${run + 1} failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); retrying once.`,
        );
        await server.ensure();
        loads.push(await loadPage(browser, server.origin + pathname));
      }
    }
    results.push({path: label, loads});
  }
  // Bytes are the same every run (same files); take the median run by total.
  const totalOf = (weight: Weight) => TYPES.reduce((sum, kind) => sum + weight[kind].bytes, 0);
  const representative = (loads: readonly PageLoad[]): Weight => {
    const sorted = [...loads].sort((a, b) => totalOf(a.weight) - totalOf(b.weight));
    const chosen = sorted[Math.floor(sorted.length / 2)];
    if (!chosen) throw new Error('no page load');
    return chosen.weight;
  };
  table(
    'Transferred KiB (brotli q11) by type',
    ['page', ...TYPES, 'total KiB', 'uncompressed KiB', 'after load KiB'],
    results.map(({path: pathname, loads}) => {
      const weight = representative(loads);
      return [
        pathname,
        ...TYPES.map((kind) => kib(weight[kind].bytes)),
        kib(totalOf(weight)),
        kib(weight.rawBytes),
        kib(weight.afterLoadBytes),
      ];
    }),
  );
  table(
    `Requests by type, and timings (median of ${RUNS})`,
    ['page', ...TYPES, 'requests', 'DOMContentLoaded ms', 'load ms'],
    results.map(({path: pathname, loads}) => {
      const weight = representative(loads);
      return [
        pathname,
        ...TYPES.map((kind) => String(weight[kind].requests)),
        String(TYPES.reduce((sum, kind) => sum + weight[kind].requests, 0)),
        fmt(median(loads.map((l) => l.dcl)), 0),
        fmt(median(loads.map((l) => l.load)), 0),
      ];
    }),
  );
  note('Bytes: each decoded response body brotli-compressed at quality 11, as a host would send it;');
  note(
    'woff/woff2 fonts and png/jpeg/gif/webp/avif images are counted as is, as hosts send them. Headers not counted.',
  );
  note('Counted until network idle, so it includes anything loaded after the load event ("after load"): for the stock');
  note('template, the chunks Docusaurus prefetches for links in view; this site prefetches on hover/touch only.');
  const totals = new Map(results.map(({path: label, loads}) => [label, totalOf(representative(loads))]));
  const stockQuestion = [...totals].find(([label]) => label.startsWith('stock') && label.includes('/docs/'));
  if (stockQuestion) {
    for (const [label, total] of totals) {
      if (label.startsWith('stock')) continue;
      note(
        `${label}: ${fmt(total / stockQuestion[1], 2)} of the stock template's question page (target: at most 0.7).`,
      );
    }
  }
  note('Times: localhost, no throttling, from navigation start.');
}

// ---------------------------------------------------------------------------
// c. Lighthouse.

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

// ---------------------------------------------------------------------------
// d. Search.

type SearchQuery = {query: string; expectTitle?: string};
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
          // Only the final query's result: earlier prefixes are discarded by the page.
          if (field.value !== expected || !/found|No question matches/.test(text)) return;
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
        observer.observe(status, {childList: true, characterData: true, subtree: true});
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
      : await page
          .locator('nav.navbar [role=option]')
          .first()
          .locator('span:nth-child(2)')
          .textContent({timeout: 1000})
          .catch(() => null);
  return {query, ...timing, timedOut: timing.status === 'timeout', firstTitle, keyDelays};
}

/** A fresh page with the search ready: hydrated, instrumented, index loaded. */
async function openSearchPage(
  page: Page,
  server: Server,
  label: string,
): Promise<{hydrationMs: number; coldMs: number}> {
  await server.ensure();
  const started = Date.now();
  await page.goto(`${server.origin}/faq/network`);
  await waitForHydration(page);
  const hydrationMs = Date.now() - started;
  await instrument(page);
  // The very first query pays for fetching and loading the index on focus.
  await page.locator(SEARCH_INPUT).click();
  const cold = await timeQuery(page, 'node', 'typed');
  if (cold.timedOut) note(`search ${label}: the first query found nothing within ${SEARCH_TIMEOUT_MS / 1000} s`);
  return {hydrationMs, coldMs: cold.domMs};
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
    '"hydration": from navigation to /faq/network until the page is hydrated (search usable), in Playwright, first page of the site.',
  );
  note(
    'After a timeout the page is reloaded (new search worker), so a backlog of searches does not carry over to the next query.',
  );
  note(
    'Real site: tests/search-queries.json. Fixture: 30 queries from generated titles, title phrases, keywords and typos.',
  );
}

// ---------------------------------------------------------------------------
// e. JavaScript by package.

const JS_COST_ROWS = 20;

export async function benchJavaScriptCost(browser: Browser, pathname: string): Promise<void> {
  console.log(`\n== e. JavaScript of ${pathname} by package (a source-mapped build of the real site) ==`);
  const {siteDir, configFile} = createSourceMapSite('bench-source-maps');
  progress('source-mapped build');
  const measure = await measureBuild(siteDir, ['--config', configFile]);
  if (!measure.ok) {
    note(`source-mapped build FAILED:\n${errorSummary(measure.output)}`);
    return;
  }
  const buildDir = path.join(siteDir, 'build');
  const server = await startServer(buildDir, PORT_SOURCE_MAPS);
  const scripts = new Set<string>();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await page.goto(server.origin + pathname, {waitUntil: 'networkidle'});
    await waitForHydration(page);
    await context.close();
  } finally {
    server.stop();
  }
  const files = [...scripts].map((script) => path.join(buildDir, script));
  const costs = javascriptCost(files);
  const totalRaw = costs.reduce((sum, cost) => sum + cost.rawBytes, 0);
  const rest = costs.slice(JS_COST_ROWS);
  const row = (owner: string, raw: number, brotli: number) => [
    owner,
    fmt(raw / 1000, 1),
    kib(brotli),
    `${fmt((100 * raw) / totalRaw, 1)}%`,
  ];
  table(
    `Scripts loaded: ${files.length} files, ${fmt(totalRaw / 1000, 1)} KB parsed`,
    ['package or site folder', 'parsed KB', 'brotli KiB (alone)', 'share'],
    [
      ...costs.slice(0, JS_COST_ROWS).map((cost) => row(cost.owner, cost.rawBytes, cost.brotliBytes)),
      ...(rest.length > 0
        ? [
            row(
              `${rest.length} others`,
              rest.reduce((sum, cost) => sum + cost.rawBytes, 0),
              rest.reduce((sum, cost) => sum + cost.brotliBytes, 0),
            ),
          ]
        : []),
    ],
  );
  note(
    'Every byte of every script the page loaded, attributed through source maps to the package or folder it came from.',
  );
  note(
    '"brotli (alone)": that code compressed on its own, an estimate: in the bundle, parts compress together (the page total is in b.).',
  );
}

// ---------------------------------------------------------------------------

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

/**
 * Two benchmarks at once would share ports and fixture copies (and halve
 * each other's CPU), so a second one stops while the first is running.
 */
function takeLock(): boolean {
  const lockFile = path.join(repoDir, '.fixture-sites', 'bench.lock');
  fs.mkdirSync(path.dirname(lockFile), {recursive: true});
  const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, 'utf8')) : 0;
  if (holder > 0 && holder !== process.pid) {
    try {
      process.kill(holder, 0);
      console.error(`Another benchmark (pid ${holder}) is running; wait for it to finish. (${lockFile})`);
      return false;
    } catch {
      // stale lock from a benchmark that ended without cleaning up
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  exitHooks.push(() => fs.rmSync(lockFile, {force: true}));
  return true;
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

// Run only as a script, so the measuring functions can be imported (e.g. to
// try one section against an existing build).
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    stopChildren();
    process.exit(1);
  });
}
