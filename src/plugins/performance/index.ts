/**
 * Two module swaps in the client bundle, each measured (see scripts/bench.ts).
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
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
const ROUTE_PREFETCHER = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/;

export default function performancePlugin(): Plugin<unknown> {
  return {
    name: 'xmtp-faq-performance',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [
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
