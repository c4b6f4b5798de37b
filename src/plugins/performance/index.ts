/**
 * Changes to the client bundle, each measured (see scripts/bench/).
 *
 * 1. Keeps Prism out of the bundle every page loads. The classic theme registers
 * a client module that imports prism-react-renderer (about 30 KB brotli) on
 * every page, to add `prism.additionalLanguages`. This site lists none, so
 * the module is replaced by an empty one, and code blocks load Prism on
 * demand (src/theme/CodeBlock). If an answer ever needs an extra Prism
 * language, remove this swap and list the language in the config.
 *
 * 2. Turns off viewport prefetching of linked pages (see
 * preloadOnInteraction.ts): pages load when a link is hovered or touched.
 *
 * 3. Lists each page's route chunks in its HTML beside the entry scripts (see
 * routeChunksInManifest.ts).
 *
 * 4. In a FAQ big enough to group its pages (src/plugins/docs/routeGroups.ts),
 * gives the browser's app the route manifest without the groups' pages, each
 * group bringing its own (groupManifests.ts), and Docusaurus's preload the
 * step that loads a group (preloadWithGroups.ts). What still grows with the
 * pages is the runtime's list of chunk files, which it keeps three times:
 * names, hashes, and Docusaurus's names for `__webpack_require__.gca`. A
 * chunk's file is named by its id and hash alone, which drops the first, and
 * Docusaurus's ChunkAssetPlugin, which adds the third, goes: its one caller,
 * viewport prefetching, is off (2.). Production only, and only then: `npm
 * start` and a FAQ too small to group bundle as Docusaurus does.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {RouteChunksInManifestPlugin} from './routeChunksInManifest';
import {writeSplitManifest, type ClientManifestFiles} from './groupManifests';

const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
const ROUTE_PREFETCHER = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/;
const ROUTE_PRELOADER = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]preload\.js$/;

/** The client's plugins without Docusaurus's ChunkAssetPlugin, which must be there (a renamed one would stay). */
function withoutChunkAssetPlugin<Plugin>(plugins: readonly Plugin[]): Plugin[] {
  const kept = plugins.filter((plugin) => (plugin as object | undefined)?.constructor.name !== 'ChunkAssetPlugin');
  if (kept.length !== plugins.length - 1)
    throw new Error('performance plugin: Docusaurus has no ChunkAssetPlugin to remove');
  return kept;
}

export default function performancePlugin({generatedFilesDir}: LoadContext): Plugin<unknown> {
  // Written once, before the first bundle (the server's and the client's both import the groups' modules).
  let clientManifest: ClientManifestFiles | undefined | null = null;
  return {
    name: 'xmtp-faq-performance',
    configureWebpack(config, isServer, {currentBundler}) {
      const production = config.mode === 'production';
      if (production && clientManifest === null) clientManifest = writeSplitManifest(generatedFilesDir);
      // Only a production client build writes the manifest, here (@docusaurus/core lib/webpack/client.js);
      // `npm start` renders nothing on the server and has none.
      const writesClientManifest = production && !isServer;
      const groupsLoadLazily = writesClientManifest && clientManifest ? clientManifest : undefined;
      return {
        ...(groupsLoadLazily
          ? {
              output: {chunkFilename: 'assets/js/[id].[contenthash:8].js'},
              mergeStrategy: {plugins: 'replace'},
            }
          : {}),
        plugins: [
          ...(groupsLoadLazily ? withoutChunkAssetPlugin(config.plugins ?? []) : []),
          ...(writesClientManifest
            ? [new RouteChunksInManifestPlugin(path.join(generatedFilesDir, 'client-manifest.json'))]
            : []),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            PRISM_CLIENT_MODULE,
            path.resolve(__dirname, 'noPrismLanguages.js'),
          ),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            ROUTE_PREFETCHER,
            path.resolve(__dirname, 'preloadOnInteraction.ts'),
          ),
          ...(groupsLoadLazily
            ? [
                ...Object.entries(groupsLoadLazily).map(
                  ([request, file]) =>
                    new currentBundler.instance.NormalModuleReplacementPlugin(new RegExp(`^${request}$`), file),
                ),
                new currentBundler.instance.NormalModuleReplacementPlugin(
                  ROUTE_PRELOADER,
                  path.resolve(__dirname, 'preloadWithGroups.ts'),
                ),
              ]
            : []),
        ],
      };
    },
  };
}
