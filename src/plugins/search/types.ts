export const SEARCH_PLUGIN_NAME = 'xmtp-faq-search';

/** What pages learn of the search index: its folder, relative to the base URL. */
export type SearchGlobalData = {indexPath: string};

/** Questions a search shows at most; and the closest questions offered when none matches. */
export const MAX_HITS = 8;
export const CLOSEST_COUNT = 3;
