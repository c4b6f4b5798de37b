import {useEffect, useId, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from '@site/src/plugins/search/types';
import {useHighlightOnArrival} from './useHighlightOnArrival';
import {prepareSearchBox} from './loadSearch';
import {NAVIGATE_EVENT} from './searchBoxMarkup';
import {focusSearchOnShortcut} from './shortcut';
import {LEFT_TO_THE_DOM} from '../leftToTheDom';
import './styles.css';

type Props = {
  /** "navbar" is compact and owns page-wide duties (Ctrl+K, highlighting). */
  readonly variant?: 'navbar' | 'large';
};

/**
 * A search box whose results are questions, one row per question. React
 * renders its markup once; what it does is ./searchBox.ts, loaded with the
 * index when the reader reaches for the box (./loadSearch.ts), whether the
 * page's app has arrived or not, so typing never waits for React.
 */
export default function QuestionSearch({variant = 'navbar'}: Props): ReactNode {
  const {indexPath, scriptPath} = usePluginData(SEARCH_PLUGIN_NAME) as SearchGlobalData;
  const boxRef = useRef<HTMLDivElement>(null);
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const inputId = useId();
  useHighlightOnArrival(variant === 'navbar');

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    prepareSearchBox(box);
    // A chosen result goes through the app's router, not a page load.
    const follow = (event: Event) => {
      event.preventDefault();
      history.push((event as CustomEvent<string>).detail);
    };
    box.addEventListener(NAVIGATE_EVENT, follow);
    return () => box.removeEventListener(NAVIGATE_EVENT, follow);
  }, [history]);

  useEffect(() => {
    if (variant !== 'navbar') return undefined;
    document.addEventListener('keydown', focusSearchOnShortcut);
    return () => document.removeEventListener('keydown', focusSearchOnShortcut);
  }, [variant]);

  const isMac = isBrowser && /Mac|iPhone|iPad/.test(navigator.platform);

  return (
    <div
      ref={boxRef}
      className={clsx('faq-search', variant === 'large' ? 'faq-search--large' : 'faq-search--navbar')}
      role="search"
      aria-label={variant === 'large' ? 'Search questions' : 'Site search'}
      data-search-index={useBaseUrl(`/${indexPath}`)}
      data-search-script={useBaseUrl(`/${scriptPath}`)}
      data-search-page={useBaseUrl('/search')}
      data-all-questions={useBaseUrl('/faq')}
    >
      <svg className="faq-search__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l4.15 4.14a.75.75 0 1 1-1.06 1.06l-4.14-4.15A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
          fill="currentColor"
        />
      </svg>
      <input
        id={inputId}
        className="faq-search__input"
        // ARIA in HTML allows role="combobox" on a text input, not on type="search".
        type="text"
        role="combobox"
        aria-label="Search the FAQ"
        aria-autocomplete="list"
        aria-expanded={false}
        // The results list ./searchBox.ts renders (absent while collapsed, as ARIA allows).
        aria-controls={`${inputId}-results`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={variant === 'large' ? 'Search, e.g. “airdrop”' : 'Search'}
      />
      {variant === 'navbar' && isBrowser ? (
        <kbd className="faq-search__hint" aria-hidden="true">
          {isMac ? '⌘' : 'Ctrl'} K
        </kbd>
      ) : null}
      {/* Results, "Searching…", "No question matches": ./searchBox.ts writes them. */}
      <div className="faq-search__panel" data-search-panel="" hidden dangerouslySetInnerHTML={LEFT_TO_THE_DOM} />
      <span className="visually-hidden" role="status" aria-live="polite" dangerouslySetInnerHTML={LEFT_TO_THE_DOM} />
    </div>
  );
}
