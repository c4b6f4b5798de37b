export const SEARCH_PLUGIN_NAME = 'xmtp-faq-search';

/** What pages learn of search, relative to the base URL: the index's folder and the search module's file. */
export type SearchGlobalData = {indexPath: string; scriptPath: string};
/** The index file every search reads first (src/plugins/search/questionIndex.ts). */
export const SEARCH_HEAD_FILE = 'head.json';

/** Questions a search shows at most; and the closest questions offered when none matches. */
export const MAX_HITS = 8;
export const CLOSEST_COUNT = 3;
