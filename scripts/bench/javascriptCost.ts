/**
 * e. What each piece of a page's JavaScript costs: builds a copy of the site with
 * source maps, loads one page, and attributes every byte of every script the
 * page loaded to the npm package (or site folder) it came from.
 *
 * Written here because the bundle analyzers that ship with Docusaurus
 * (`--bundle-analyzer`) start an interactive server instead of printing, and
 * do not know which chunks one page loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {SourceMapConsumer, type RawSourceMap} from 'source-map-js';
import type {Browser} from '@playwright/test';
import {waitForHydration} from '../../support/browser';
import {createFixtureSite} from '../../support/site';
import {measureBuild} from './builds';
import {HYDRATION_TIMEOUT_MS, PORT_SOURCE_MAPS} from './config';
import {errorSummary, fmt, kib, note, progress, table} from './report';
import {startServer} from './server';

/** A site copy whose client bundle carries source maps; build it with `--config <configFile>`. */
function createSourceMapSite(name: string): {siteDir: string; configFile: string} {
  const siteDir = createFixtureSite(name);
  const configFile = path.join(siteDir, 'docusaurus.sourcemaps.config.ts');
  fs.writeFileSync(
    configFile,
    `import type {Config} from '@docusaurus/types';
import config from './docusaurus.config';

// The real config, plus source maps for the browser bundle only.
const withSourceMaps: Config = {
  ...config,
  plugins: [...(config.plugins ?? []), () => ({name: 'bench-source-maps', configureWebpack: (_config: unknown, isServer: boolean) => (isServer ? {} : {devtool: 'source-map'})})],
};
export default withSourceMaps;
`,
  );
  return {siteDir, configFile};
}

const GLUE = '(webpack runtime and glue)';

/** node_modules/<package> or the site folder a source file belongs to. */
export function ownerOf(source: string): string {
  const normalized = source.replace(/\\/g, '/').replace(/^webpack:\/\/\/?/, '');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(normalized);
  if (inPackage?.[1]) return inPackage[1];
  const inSite = /(?:^|\/)(src\/[^/]+\/[^/]+|docs|\.docusaurus)/.exec(normalized);
  if (inSite?.[1]) return `(site) ${inSite[1].replace(/\.[jt]sx?$/, '')}`;
  return GLUE;
}

export type Cost = {owner: string; rawBytes: number; brotliBytes: number};

/**
 * Bytes per owner over the given script files (each with its .map next to it).
 * Brotli cost is each owner's code compressed on its own: an estimate, since a
 * bundle compresses its parts together.
 */
export function javascriptCost(scriptFiles: readonly string[]): Cost[] {
  const code = new Map<string, string[]>();
  const add = (owner: string, piece: string): void => {
    const pieces = code.get(owner);
    if (pieces) pieces.push(piece);
    else code.set(owner, [piece]);
  };
  for (const file of scriptFiles) {
    const text = fs.readFileSync(file, 'utf8');
    const mapFile = `${file}.map`;
    if (!fs.existsSync(mapFile)) {
      add('(no source map)', text);
      continue;
    }
    const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as RawSourceMap);
    const lines = text.split('\n');
    // Each mapping owns the generated text up to the next mapping on its line.
    const mappings: {line: number; column: number; owner: string}[] = [];
    consumer.eachMapping((mapping) => {
      mappings.push({
        line: mapping.generatedLine,
        column: mapping.generatedColumn,
        owner: mapping.source ? ownerOf(mapping.source) : GLUE,
      });
    });
    mappings.sort((a, b) => a.line - b.line || a.column - b.column);
    mappings.forEach((mapping, index) => {
      const next = mappings[index + 1];
      const lineText = lines[mapping.line - 1] ?? '';
      const end = next && next.line === mapping.line ? next.column : lineText.length;
      add(mapping.owner, lineText.slice(mapping.column, end));
    });
  }
  return [...code.entries()]
    .map(([owner, pieces]) => {
      const joined = Buffer.from(pieces.join(''));
      return {
        owner,
        rawBytes: joined.length,
        brotliBytes: zlib.brotliCompressSync(joined, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11}}).length,
      };
    })
    .sort((a, b) => b.rawBytes - a.rawBytes);
}

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
