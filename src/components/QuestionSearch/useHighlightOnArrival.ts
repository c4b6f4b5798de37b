import {useEffect} from 'react';
import {useLocation} from '@docusaurus/router';

/**
 * Marks the searched terms on the page a search result opened (the
 * `_highlight` parameters the result link carries). mark.js is loaded only
 * when there is something to mark, so it costs other visits nothing.
 */
export function useHighlightOnArrival(enabled: boolean): void {
  const location = useLocation();
  useEffect(() => {
    if (!enabled) return undefined;
    const terms = new URLSearchParams(location.search).getAll('_highlight').filter(Boolean);
    if (terms.length === 0) return undefined;
    let cancelled = false;
    let marker: {unmark: () => void} | undefined;
    void import('mark.js').then(({default: Mark}) => {
      const root = document.querySelector('article');
      if (cancelled || !root) return;
      const mark = new Mark(root);
      mark.mark(terms, {exclude: ['.hash-link']});
      marker = mark;
    });
    return () => {
      cancelled = true;
      marker?.unmark();
    };
  }, [enabled, location.pathname, location.search]);
}
