import {useEffect, useMemo, useRef, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useFaq} from '@site/src/components/useFaq';
import type {FaqQuestion} from '@site/src/plugins/faq/types';
import {
  CLOSEST_COUNT,
  MAX_HITS,
  SEARCH_HEAD_FILE,
  SEARCH_PLUGIN_NAME,
  type SearchGlobalData,
} from '@site/src/plugins/search/types';
import type {QuestionIndex} from '@site/src/plugins/search/questionIndex';
import {latestOnly} from './latestOnly';

export type MarkedText = {text: string; matched: boolean}[];

export type QuestionHit = {
  question: FaqQuestion;
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
  /** When nothing matches: the closest questions by spelling or shared words. */
  closest: QuestionHit[];
};

// Room for a whole question pasted in; longer input gains nothing.
const MAX_QUERY_LENGTH = 120;
/** What of a search box's text is searched. */
const searchedPart = (text: string): string => text.trim().slice(0, MAX_QUERY_LENGTH);

const loadRuntime = () => import('./searchRuntime');

// One index per folder, shared by every search box of the page.
const indexes = new Map<string, Promise<QuestionIndex>>();
function indexAt(url: string): Promise<QuestionIndex> {
  let index = indexes.get(url);
  if (!index) {
    const fetchJson = async (file: string): Promise<unknown> => {
      const response = await fetch(`${url}${file}`);
      if (!response.ok) throw new Error(`search index ${file}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    };
    // Every search starts with the head: fetched while the search code loads, not after it.
    const head = fetchJson(SEARCH_HEAD_FILE);
    head.catch(() => undefined); // reported by the search that reads it
    index = loadRuntime().then(
      ({QuestionIndex}) => new QuestionIndex((file) => (file === SEARCH_HEAD_FILE ? head : fetchJson(file))),
    );
    // A failed load (offline) is tried again on the next search.
    index.catch(() => indexes.delete(url));
    indexes.set(url, index);
  }
  return index;
}

/**
 * Pages hydrate on intent (src/plugins/performance/hydrateOnIntent): a reader
 * may be typing in the search box while the app starts. Then the search code
 * and index load alongside the app, not after it has hydrated, and what is
 * typed by the time they arrive is searched once, so the index files its
 * words need are loaded too when React's search asks for them.
 */
function warmUpIfSearching(): void {
  if (typeof document === 'undefined') return; // server-side rendering
  const input = document.activeElement;
  // The search box's server-rendered HTML carries its index's address (./index.tsx).
  const url = input?.closest('[data-search-index]')?.getAttribute('data-search-index');
  if (!url) return;
  void indexAt(url)
    .then(async (index) => {
      const typed = input instanceof HTMLInputElement ? searchedPart(input.value) : '';
      await (typed === '' ? index.warmUp() : index.search(typed, MAX_HITS));
    })
    .catch(() => undefined); // offline: the reader's own search tries again and says so
}
warmUpIfSearching();

type Known = {question: FaqQuestion; categoryLabel: string};

/**
 * Searches the questions with the site's own index (see
 * src/plugins/search/questionIndex.ts): one hit per question, with its
 * category, and the closest questions when nothing matches. The index and
 * the search code load on the first search (or `warmUp`), not with the page.
 */
export function useQuestionSearch(query: string): {
  indexUrl: string;
  outcome: SearchOutcome | null;
  loading: boolean;
  warmUp: () => void;
} {
  const {categories} = useFaq();
  const {indexPath} = usePluginData(SEARCH_PLUGIN_NAME) as SearchGlobalData;
  const indexUrl = useBaseUrl(`/${indexPath}`);
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [loading, setLoading] = useState(false);
  const latestRequest = useRef(0);

  const known = useMemo(() => {
    const list: Known[] = categories.flatMap((category) =>
      category.questions.map((question) => ({question, categoryLabel: category.label})),
    );
    return {list, byId: new Map(list.map((entry) => [entry.question.id, entry]))};
  }, [categories]);

  const schedule = useMemo(
    () =>
      latestOnly(async (input: string): Promise<Omit<SearchOutcome, 'query'>> => {
        const runtime = await loadRuntime();
        // Without its index (offline, or `npm start`, where no build wrote it),
        // search still offers the closest questions from the page's own data.
        const matches = await indexAt(indexUrl)
          .then((index) => index.search(input, MAX_HITS))
          .catch(() => []);
        const hits = matches.flatMap((match): QuestionHit[] => {
          const entry = known.byId.get(match.id);
          if (!entry) return [];
          const {title, description} = entry.question;
          const sentence = match.sentence === undefined ? undefined : runtime.markMatches(match.sentence, match.terms);
          const matched = new Set(match.terms);
          const marked = [
            ...new Set(
              runtime
                .words(`${title} ${description} ${match.sentence ?? ''}`)
                .filter((word) => runtime.isMatchedWord(word, matched)),
            ),
          ];
          const params = new URLSearchParams(marked.map((word) => ['_highlight', word]));
          const href = `${entry.question.permalink}${params.size > 0 ? `?${params}` : ''}`;
          return [{...entry, href, ...(sentence ? {sentence} : {})}];
        });
        const closest =
          hits.length > 0
            ? []
            : runtime
                .closestQuestions(
                  input,
                  known.list.map((entry) => entry.question),
                  CLOSEST_COUNT,
                )
                .flatMap((question) => {
                  const entry = known.byId.get(question.id);
                  return entry ? [{...entry, href: question.permalink}] : [];
                });
        return {hits, closest};
      }),
    [indexUrl, known],
  );

  useEffect(() => {
    const trimmed = searchedPart(query);
    const request = ++latestRequest.current;
    if (trimmed === '') {
      setOutcome(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    schedule(trimmed).then(
      (result) => {
        if (result === null || request !== latestRequest.current) return;
        setOutcome({...result, query: trimmed});
        setLoading(false);
      },
      () => {
        if (request !== latestRequest.current) return;
        setOutcome({query: trimmed, hits: [], closest: []});
        setLoading(false);
      },
    );
  }, [query, schedule]);

  return {
    indexUrl,
    outcome,
    loading,
    warmUp: () => void indexAt(indexUrl).then((index) => index.warmUp()),
  };
}
