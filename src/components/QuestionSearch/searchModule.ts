/**
 * The search module: everything search runs in the browser, in one file of
 * its own (an ES module bundled by the search plugin, src/plugins/search),
 * loaded by ./loadSearch.ts when a reader reaches for a search box, with or
 * without the page's app. The search page's React code uses it too.
 */
export {attachSearchBox} from './searchBox';
export {findQuestions, warmUp} from './engine';
