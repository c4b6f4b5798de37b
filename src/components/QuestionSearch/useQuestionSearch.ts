import {useEffect, useMemo, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import {useFaq} from '@site/src/components/useFaq';
import type {FaqQuestion} from '@site/src/plugins/faq/types';
import {latestOnly} from './latestOnly';
import {mergeWordResults} from './mergeWordResults';

export type QuestionHit = {
  question: FaqQuestion;
  categoryLabel: string;
  /** Question URL with the matched terms, for highlighting on arrival. */
  href: string;
};

const MAX_HITS = 8;
// Room for a whole question pasted in; the plugin itself stops at 12 terms.
const MAX_QUERY_LENGTH = 120;
const MAX_QUERY_WORDS = 12;

/**
 * Searches the local index built by @easyops-cn/docusaurus-search-local and
 * keeps one hit per question. The plugin's own dropdown lists every matching
 * section of a page (title, description, keywords, content) as separate rows;
 * the FAQ wants exactly one row per question, with its category, so this hook
 * reuses the plugin's index and worker and only changes the presentation.
 */
export function useQuestionSearch(query: string): {hits: QuestionHit[] | null; loading: boolean; warmUp: () => void} {
  const {siteConfig} = useDocusaurusContext();
  const {categories} = useFaq();
  const [hits, setHits] = useState<QuestionHit[] | null>(null);
  const [loading, setLoading] = useState(false);
  const latestRequest = useRef(0);
  const schedule = useMemo(
    () => latestOnly((input: string) => searchQuestions(siteConfig.baseUrl, input)),
    [siteConfig.baseUrl],
  );

  const questionsByUrl = useMemo(() => {
    const map = new Map<string, {question: FaqQuestion; categoryLabel: string}>();
    for (const category of categories) {
      for (const question of category.questions) map.set(question.permalink, {question, categoryLabel: category.label});
    }
    return map;
  }, [categories]);

  useEffect(() => {
    // Long input gains nothing and makes fuzzy matching slow: keep the start.
    const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH).split(/\s+/).slice(0, MAX_QUERY_WORDS).join(' ');
    const request = ++latestRequest.current;
    if (trimmed === '') {
      setHits(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    schedule(trimmed).then(
      (results) => {
        if (results === null || request !== latestRequest.current) return;
        setHits(toQuestionHits(results, questionsByUrl));
        setLoading(false);
      },
      () => {
        if (request !== latestRequest.current) return;
        setHits([]);
        setLoading(false);
      },
    );
  }, [query, schedule, questionsByUrl]);

  return {
    hits,
    loading,
    warmUp: () =>
      void loadWorkerClient().then(({fetchIndexesByWorker}) => fetchIndexesByWorker(siteConfig.baseUrl, '')),
  };
}

const RESULTS_PER_QUERY = 30;

// The worker client (and comlink) load with the first search, not with the page.
const loadWorkerClient = () => import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js');

/**
 * The plugin finds only documents (a title, the keywords, a section) that hold
 * every word. A visitor's phrase often spreads over two of them ("blocked" is
 * a keyword, "Iran" is in the answer), so when the whole phrase finds nothing,
 * search word by word and rank pages by how many words they matched.
 */
async function searchQuestions(baseUrl: string, query: string): Promise<SearchResult[]> {
  const {searchByWorker} = await loadWorkerClient();
  const results = await searchByWorker(baseUrl, '', query, RESULTS_PER_QUERY);
  const words = query.split(/\s+/).filter((word) => word.length > 1);
  if (results.length > 0 || words.length < 2) return results;

  return mergeWordResults(await Promise.all(words.map((word) => searchByWorker(baseUrl, '', word, RESULTS_PER_QUERY))));
}

function toQuestionHits(
  results: readonly SearchResult[],
  questionsByUrl: ReadonlyMap<string, {question: FaqQuestion; categoryLabel: string}>,
): QuestionHit[] {
  const hits: QuestionHit[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    const pageUrl = result.page ? result.page.u : result.document.u;
    const known = questionsByUrl.get(pageUrl);
    if (!known || seen.has(pageUrl)) continue;
    seen.add(pageUrl);
    const params = new URLSearchParams(result.tokens.map((token) => ['_highlight', token]));
    const hash = result.type === 1 && result.document.h ? result.document.h : '';
    hits.push({...known, href: `${pageUrl}${params.size > 0 ? `?${params}` : ''}${hash}`});
    if (hits.length === MAX_HITS) break;
  }
  return hits;
}
