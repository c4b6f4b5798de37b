/**
 * What each piece of a page's JavaScript costs: builds a copy of the site with
 * source maps, loads one page, and attributes every byte of every script the
 * page loaded to the npm package (or site folder) it came from.
 *
 * Written here because the bundle analyzers that ship with Docusaurus
 * (`--bundle-analyzer`) start an interactive server instead of printing, and
 * do not know which chunks one page loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import {SourceMapConsumer, type RawSourceMap} from 'source-map-js';
import {brotliSize} from '../../support/browser';
import {createFixtureSite} from '../../support/site';

/** A site copy whose client bundle carries source maps; build it with `--config <configFile>`. */
export function createSourceMapSite(name: string): {siteDir: string; configFile: string} {
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
        brotliBytes: brotliSize(joined),
      };
    })
    .sort((a, b) => b.rawBytes - a.rawBytes);
}
