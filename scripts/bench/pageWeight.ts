/** b. Page weight: what a first visit transfers, by resource type. */
import crypto from 'node:crypto';
import type {Browser} from '@playwright/test';
import {brotliSize} from '../../support/browser';
import {RUNS} from './config';
import {fmt, kib, median, note, progress, table} from './report';
import type {Server} from './server';

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

/** Bytes of a first visit, all resource types together. */
export const totalOf = (weight: Weight): number => TYPES.reduce((sum, kind) => sum + weight[kind].bytes, 0);

/** One first visit: fresh context (cold cache), until the network is idle. */
export async function loadPage(browser: Browser, url: string): Promise<PageLoad> {
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
          // A document is read again by request: DevTools does not hand over a body of more than
          // about 10 MB (/faq at 3,000 questions), and the page's own copy never arrives.
          body =
            request.resourceType() === 'document' && response.status() === 200
              ? await (await context.request.get(response.url())).body()
              : await response.body();
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
  // A page that lists thousands of answers (/faq at 3,000 questions) takes more than Playwright's 30 s here.
  await page.goto(url, {waitUntil: 'load', timeout: 300_000});
  await page.waitForLoadState('networkidle', {timeout: 300_000});
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
  const representative = (loads: readonly PageLoad[]): Weight => {
    const sorted = [...loads].sort((a, b) => totalOf(a.weight) - totalOf(b.weight));
    const chosen = sorted[Math.floor(sorted.length / 2)];
    if (!chosen) throw new Error('no page load');
    return chosen.weight;
  };
  const pages = results.map(({path: label, loads}) => ({label, loads, weight: representative(loads)}));
  table(
    'Transferred KiB (brotli q11) by type',
    ['page', ...TYPES, 'total KiB', 'uncompressed KiB', 'after load KiB'],
    pages.map(({label, weight}) => [
      label,
      ...TYPES.map((kind) => kib(weight[kind].bytes)),
      kib(totalOf(weight)),
      kib(weight.rawBytes),
      kib(weight.afterLoadBytes),
    ]),
  );
  table(
    `Requests by type, and timings (median of ${RUNS})`,
    ['page', ...TYPES, 'requests', 'DOMContentLoaded ms', 'load ms'],
    pages.map(({label, loads, weight}) => [
      label,
      ...TYPES.map((kind) => String(weight[kind].requests)),
      String(TYPES.reduce((sum, kind) => sum + weight[kind].requests, 0)),
      fmt(median(loads.map((l) => l.dcl)), 0),
      fmt(median(loads.map((l) => l.load)), 0),
    ]),
  );
  note('Bytes: each decoded response body brotli-compressed at quality 11, as a host would send it;');
  note(
    'woff/woff2 fonts and png/jpeg/gif/webp/avif images are counted as is, as hosts send them. Headers not counted.',
  );
  note('Counted until network idle, so it includes anything loaded after the load event ("after load"): for the stock');
  note('template, the chunks Docusaurus prefetches for links in view; this site prefetches on hover/touch only.');
  const totals = new Map(pages.map(({label, weight}) => [label, totalOf(weight)]));
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
