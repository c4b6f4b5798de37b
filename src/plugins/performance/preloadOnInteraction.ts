/**
 * Stands in for @docusaurus/core's client/docusaurus.js (the object behind
 * `window.docusaurus` that every <Link> calls).
 *
 * The original prefetches a route's chunks as soon as a link to it scrolls
 * into view. On this site that costs every first visit ~11 KiB of pages the
 * reader never opens, and with a large FAQ it is ruinous: 1,000 sidebar links
 * appended ~50,000 <link rel=prefetch> tags and froze the main thread for
 * ~30 s (measured on the 1,000-question fixture). So viewport prefetching is
 * off; a route still loads when the pointer or a finger reaches its link,
 * which is what the original does on hover/touch too.
 */
import preloadRoute from '@docusaurus/core/lib/client/preload';

const preloaded = new Set<string>();

const docusaurus = {
  prefetch: (_routePath: string): false => false,
  preload: (routePath: string): false | Promise<unknown> => {
    if (preloaded.has(routePath)) return false;
    preloaded.add(routePath);
    return preloadRoute(routePath);
  },
};

export default Object.freeze(docusaurus);
