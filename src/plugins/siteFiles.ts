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

/** Writes `files` under `dir` (the build's output folder, or the development server's folder). */
export async function writeSiteFiles(dir: string, files: SiteFiles): Promise<void> {
  await Promise.all(
    [...files].map(async ([sitePath, content]) => {
      const file = path.join(dir, sitePath);
      await fs.mkdir(path.dirname(file), {recursive: true});
      await fs.writeFile(file, content);
    }),
  );
}

/**
 * Makes `dir` hold exactly `files`: the new files are written before the old
 * ones go, so a request during a reload finds one version or the other.
 */
export async function replaceSiteFiles(dir: string, files: SiteFiles): Promise<void> {
  await writeSiteFiles(dir, files);
  const present = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  await Promise.all(
    present
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !files.has(path.relative(dir, file).split(path.sep).join('/')))
      .map((file) => fs.rm(file)),
  );
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
      if (isDevelopmentServer()) await replaceSiteFiles(developmentDir, next);
    },
    async write(outDir: string): Promise<void> {
      if (!files) throw new Error(`${pluginName}: postBuild ran before its files were produced`);
      await writeSiteFiles(outDir, files);
    },
    configureWebpack,
  };
}
