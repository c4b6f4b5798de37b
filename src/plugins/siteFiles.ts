/**
 * Files a plugin publishes beside the pages (exports, the search index): one
 * map of site-relative path → content, produced once per load of the site,
 * that `docusaurus build` writes into the build and `docusaurus start` serves
 * at the same addresses. So `npm start` is the whole site, with no second
 * producer of any file.
 *
 * The development server serves them as it serves static/: from a folder
 * (under .docusaurus/, rewritten on every reload of the content), added to
 * its `static` list through configureWebpack. Docusaurus merges the plugins'
 * `devServer` settings with webpack-merge, which concatenates lists, so each
 * plugin adds its own folder and none overrides another; a middleware would
 * go through `setupMiddlewares`, a function that webpack-merge joins by
 * concatenating what each returns, which repeats the whole list. The folder
 * also outlives a reload of docusaurus.config.ts, which creates new plugin
 * instances while the development server keeps its first configuration.
 * The content type comes from the file's extension, as on a static host.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
// Its types also declare webpack's `devServer` setting, which configureWebpack returns.
import type {Configuration as DevServerConfiguration} from 'webpack-dev-server';

/** Site-relative path (no base URL, no leading `/`, e.g. `faq/x.md`) → content. */
export type SiteFiles = ReadonlyMap<string, string>;

/**
 * Writes `files` under `dir` (the build's output folder, or the development
 * server's folder), but not those `written` says are there already, unchanged.
 */
export async function writeSiteFiles(dir: string, files: SiteFiles, written?: SiteFiles): Promise<void> {
  const changed = [...files].filter(([sitePath, content]) => written?.get(sitePath) !== content);
  const folders = new Set(changed.map(([sitePath]) => path.dirname(path.join(dir, sitePath))));
  await Promise.all([...folders].map((folder) => fs.mkdir(folder, {recursive: true})));
  await Promise.all(changed.map(([sitePath, content]) => fs.writeFile(path.join(dir, sitePath), content)));
}

/** Every file under `dir`, by site-relative path. */
async function sitePathsIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true}).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Makes `dir` hold exactly `files`, given what it held (`previous`; unknown
 * at a start, then the folder is read). The new files are written before the
 * old ones go, so a request during a reload finds one version or the other;
 * an edit rewrites only what changed (its question's Markdown, the index).
 */
export async function replaceSiteFiles(dir: string, files: SiteFiles, previous?: SiteFiles): Promise<void> {
  await writeSiteFiles(dir, files, previous);
  const stale = (previous ? [...previous.keys()] : await sitePathsIn(dir)).filter((sitePath) => !files.has(sitePath));
  await Promise.all(stale.map((sitePath) => fs.rm(path.join(dir, sitePath), {force: true})));
  // The emptied folders too (an old search/<hash>/); a folder still holding files stays.
  const folders = new Set(stale.map((sitePath) => path.dirname(path.join(dir, sitePath))));
  await Promise.all([...folders].map((folder) => fs.rmdir(folder).catch(() => undefined)));
}

// `docusaurus start` runs with NODE_ENV=development, `docusaurus build` with production.
const isDevelopmentServer = () => process.env.NODE_ENV === 'development';

/**
 * A plugin's published files: `publish` them from allContentLoaded (under
 * `docusaurus start` the development server serves them from then on), write
 * them in postBuild, and spread `configureWebpack` into the plugin.
 */
export function createSiteFiles(context: LoadContext, pluginName: string) {
  const developmentDir = path.join(context.generatedFilesDir, 'site-files', pluginName);
  let files: SiteFiles | undefined;
  /** What the development server's folder holds, once this instance has written it. */
  let served: SiteFiles | undefined;

  const configureWebpack: NonNullable<Plugin['configureWebpack']> = (_config, isServer) => {
    if (isServer) return;
    const devServer = {
      static: [
        {
          directory: developmentDir,
          publicPath: context.baseUrl,
          // A folder is not a page: no listing, no index.html, and no redirect of
          // /search to /search/ (the index's folder), which would hide the search page.
          serveIndex: false,
          staticOptions: {index: false, redirect: false},
          // The content reload that rewrote the folder already updates the page.
          watch: false,
        },
      ],
    } satisfies DevServerConfiguration;
    return {devServer};
  };

  return {
    async publish(next: SiteFiles): Promise<void> {
      files = next;
      if (!isDevelopmentServer()) return;
      await replaceSiteFiles(developmentDir, next, served);
      served = next;
    },
    async write(outDir: string): Promise<void> {
      if (!files) throw new Error(`${pluginName}: postBuild ran before its files were produced`);
      await writeSiteFiles(outDir, files);
    },
    configureWebpack,
  };
}
