/** e. JavaScript by package: every byte of the scripts a question page loads, by the package it came from. */
import path from 'node:path';
import type {Browser} from '@playwright/test';
import {waitForHydration} from '../../support/browser';
import {measureBuild} from './builds';
import {HYDRATION_TIMEOUT_MS, PORT_SOURCE_MAPS} from './config';
import {errorSummary, fmt, kib, note, progress, table} from './report';
import {createSourceMapSite, javascriptCost} from './scriptOwners';
import {startServer} from './server';

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
    await waitForHydration(page, HYDRATION_TIMEOUT_MS);
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
