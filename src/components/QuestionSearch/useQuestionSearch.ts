import {useEffect, useMemo, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from '@site/src/plugins/search/types';
import type {SearchOutcome} from './engine';
import {loadSearchModule} from './loadSearch';
import {latestOnly} from './latestOnly';

export type {MarkedText, QuestionHit, SearchOutcome} from './engine';

/**
 * Search for a React page (/search?q=): the same search module the search
 * boxes run (./searchModule.ts), loaded on the first search. `failed` when the
 * index cannot be had (offline, or a host answering with something else).
 */
export function useQuestionSearch(query: string): {
  outcome: SearchOutcome | null;
  loading: boolean;
  failed: boolean;
  warmUp: () => void;
} {
  const {indexPath, scriptPath} = usePluginData(SEARCH_PLUGIN_NAME) as SearchGlobalData;
  const indexUrl = useBaseUrl(`/${indexPath}`);
  const scriptUrl = useBaseUrl(`/${scriptPath}`);
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const search = useMemo(
    () => latestOnly(async (text: string) => (await loadSearchModule(scriptUrl)).findQuestions(indexUrl, text)),
    [indexUrl, scriptUrl],
  );

  useEffect(() => {
    let current = true;
    if (query.trim() === '') {
      setOutcome(null);
      setLoading(false);
      return undefined;
    }
    setLoading(true);
    search(query).then(
      (result) => {
        // null: a newer query replaced this one before it ran.
        if (!current || result === null) return;
        setOutcome(result);
        setFailed(false);
        setLoading(false);
      },
      () => {
        if (!current) return;
        setOutcome(null);
        setFailed(true);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [query, search]);

  const warmUp = () => {
    loadSearchModule(scriptUrl)
      .then((search) => search.warmUp(indexUrl))
      .catch(() => undefined); // the search that follows says so
  };
  return {outcome, loading, failed, warmUp};
}
