/**
 * Search as results show it: the index (src/plugins/search/questionIndex.ts)
 * queried, each match made a result (title, one-line answer, category, link
 * with the words to highlight on arrival), and the closest questions when
 * nothing matches, so search never ends empty. Everything a result shows
 * comes from the index files, so no page's app carries the question list.
 * Part of the search module (./searchModule.ts): relative imports only.
 */
import {QuestionIndex, type QuestionCard} from '../../plugins/search/questionIndex';
import {isMatchedWord, markMatches} from '../../plugins/search/matchedText';
import {words} from '../../plugins/search/normalize';
import {CLOSEST_COUNT, MAX_HITS} from '../../plugins/search/types';
import {isResponseOf} from '../../utils/mediaType';

export type MarkedText = {text: string; matched: boolean}[];

export type QuestionHit = {
  id: string;
  /** The question's address on the site (its anchor on /faq too). */
  slug: string;
  title: string;
  description: string;
  categoryLabel: string;
  /** Question URL with the matched words, for highlighting on arrival. */
  href: string;
  /** The answer's sentence that matched, with its matched words, when the title and one-line answer did not. */
  sentence?: MarkedText;
};

export type SearchOutcome = {
  /** The query this outcome answers (trimmed), so a reader of the page can tell a new answer from an old one. */
  query: string;
  /** Questions that match, best first. */
  hits: QuestionHit[];
  /** When nothing matches: the closest questions by spelling. */
  closest: QuestionHit[];
};

/** The index could not be had: offline, or a host answering its files with something other than JSON. */
export class SearchUnavailableError extends Error {}

// Room for a whole question pasted in; longer input gains nothing.
const MAX_QUERY_LENGTH = 120;
/** What of a search box's text is searched. */
export const searchedPart = (text: string): string => text.trim().slice(0, MAX_QUERY_LENGTH);

// One index per folder, shared by every search box of the page.
const indexes = new Map<string, QuestionIndex>();

function indexAt(url: string): QuestionIndex {
  let index = indexes.get(url);
  if (!index) {
    index = new QuestionIndex(async (file) => {
      const response = await fetch(`${url}${file}`).catch(() => null);
      if (!response || !isResponseOf(response, ['application/json'])) {
        // A failed load (offline) is tried afresh by the next search.
        indexes.delete(url);
        throw new SearchUnavailableError(`search index ${file}: ${response ? `HTTP ${response.status}` : 'offline'}`);
      }
      return response.json() as Promise<unknown>;
    });
    indexes.set(url, index);
  }
  return index;
}

/** Loads the part of the index every search needs, so the first one is quick. */
export function warmUp(indexUrl: string): Promise<void> {
  return indexAt(indexUrl).warmUp();
}

export function categoriesAt(indexUrl: string): Promise<{label: string; permalink: string}[]> {
  return indexAt(indexUrl).categories();
}

const slugOf = (permalink: string): string => permalink.slice(permalink.lastIndexOf('/') + 1);

/** Questions for a query (trimmed and bounded here); rejects with SearchUnavailableError without an index. */
export async function findQuestions(indexUrl: string, query: string): Promise<SearchOutcome> {
  const searched = searchedPart(query);
  const index = indexAt(indexUrl);
  const [matches, categories] = await Promise.all([index.search(searched, MAX_HITS), index.categories()]);
  const toHit = (id: string, card: QuestionCard, href = card.permalink): QuestionHit => ({
    id,
    slug: slugOf(card.permalink),
    title: card.title,
    description: card.description,
    categoryLabel: categories[card.category]?.label ?? '',
    href,
  });
  const hits = matches.map((match): QuestionHit => {
    const {title, description, permalink} = match.card;
    const matched = new Set(match.terms);
    const marked = [
      ...new Set(
        words(`${title} ${description} ${match.sentence ?? ''}`).filter((word) => isMatchedWord(word, matched)),
      ),
    ];
    const params = new URLSearchParams(marked.map((word) => ['_highlight', word]));
    const hit = toHit(match.id, match.card, `${permalink}${params.size > 0 ? `?${params}` : ''}`);
    return match.sentence === undefined ? hit : {...hit, sentence: markMatches(match.sentence, match.terms)};
  });
  const closest =
    hits.length > 0 ? [] : (await index.closest(searched, CLOSEST_COUNT)).map(({id, card}) => toHit(id, card));
  return {query: searched, hits, closest};
}
