/**
 * Loads search when a reader reaches for a search box: the search module
 * (./searchModule.ts: the index reader, MiniSearch, the box's behaviour), a
 * file of its own that the page names in the box's `data-search-script`, and
 * the index head, fetched alongside it. Both the hydrate-on-intent loader
 * (before the app has arrived) and the box's React component (pages built
 * without that mode, `npm start`, a box rendered after a navigation) prepare
 * boxes with it; preparing twice changes nothing.
 */
import {SEARCH_HEAD_FILE} from '../../plugins/search/types';
import {SEARCH_BOX_PARTS, showSearching} from './searchBoxMarkup';
import type * as SearchModule from './searchModule';

let loaded: Promise<typeof SearchModule> | undefined;

/** The search module, loaded once per page, natively: it is no chunk of the app's bundle. */
export function loadSearchModule(url: string): Promise<typeof SearchModule> {
  if (!loaded) {
    loaded = import(/* webpackIgnore: true */ url) as Promise<typeof SearchModule>;
    // A failed load (offline) is tried again on the next intent.
    loaded.catch(() => (loaded = undefined));
  }
  return loaded;
}

/** Starts fetching the index head now, so it arrives with the module rather than after it. */
function preloadHead(indexUrl: string): void {
  const href = `${indexUrl}${SEARCH_HEAD_FILE}`;
  if (document.querySelector(`link[rel=preload][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // As the search module's fetch() asks for it, or the browser fetches it twice.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * On the first sign that the reader reaches for this box (a pointer or finger
 * on it, focus, a key typed into it), loads search and hands it the box; text
 * typed meanwhile shows "Searching…" and is searched as soon as search has
 * loaded.
 */
export function prepareSearchBox(box: HTMLElement): void {
  if (box.dataset.searchPrepared === 'true') return;
  box.dataset.searchPrepared = 'true';
  const {searchScript, searchIndex} = box.dataset;
  if (!searchScript || !searchIndex) return;
  const intents = ['pointerover', 'pointerdown', 'focusin'] as const;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    intents.forEach((type) => box.removeEventListener(type, start));
    preloadHead(searchIndex);
    loadSearchModule(searchScript).then(
      (search) => search.attachSearchBox(box),
      // Offline: the next intent tries again.
      () => {
        started = false;
        listen();
      },
    );
  };
  const listen = (): void => intents.forEach((type) => box.addEventListener(type, start, {passive: true}));
  listen();
  box.querySelector(SEARCH_BOX_PARTS.input)?.addEventListener('input', () => {
    if (box.dataset.searchAttached === 'true') return;
    showSearching(box);
    // Firefox fires no focus event in a window that is not the active one, yet keys still reach the box.
    start();
  });
  // Focused already (Ctrl+K, or a tap that came before this ran).
  if (box.contains(document.activeElement)) start();
}
