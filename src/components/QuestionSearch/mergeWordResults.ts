import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';

/**
 * Merges the results of searching each word of a phrase on its own: one
 * result per page, pages that matched more words first, then by their best
 * rank in any word's results; each keeps the matched tokens of all its words
 * (for highlighting). Pure, so it is tested without a browser.
 */
export function mergeWordResults(perWord: readonly (readonly SearchResult[])[]): SearchResult[] {
  const pages = new Map<string, {first: SearchResult; words: number; bestRank: number; tokens: Set<string>}>();
  perWord.forEach((wordResults) => {
    const counted = new Set<string>();
    wordResults.forEach((result, rank) => {
      const url = result.page ? result.page.u : result.document.u;
      const entry = pages.get(url) ?? {first: result, words: 0, bestRank: rank, tokens: new Set<string>()};
      if (!counted.has(url)) entry.words += 1;
      counted.add(url);
      entry.bestRank = Math.min(entry.bestRank, rank);
      result.tokens.forEach((token) => entry.tokens.add(token));
      pages.set(url, entry);
    });
  });
  return [...pages.values()]
    .sort((a, b) => b.words - a.words || a.bestRank - b.bestRank)
    .map((entry) => ({...entry.first, tokens: [...entry.tokens]}));
}
