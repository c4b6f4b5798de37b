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
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {RouteChunksInManifestPlugin} from './routeChunksInManifest';

const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
const ROUTE_PREFETCHER = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/;

export default function performancePlugin({generatedFilesDir}: LoadContext): Plugin<unknown> {
  return {
    name: 'xmtp-faq-performance',
    configureWebpack(config, isServer, {currentBundler}) {
      // Only a production client build writes the manifest, here (@docusaurus/core lib/webpack/client.js);
      // `npm start` renders nothing on the server and has none.
      const writesClientManifest = config.mode === 'production' && !isServer;
      return {
        plugins: [
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
        ],
      };
    },
  };
}
