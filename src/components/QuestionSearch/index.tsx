import {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import BrowseLinks from '@site/src/components/BrowseLinks';
import {useQuestionSearch, type MarkedText, type QuestionHit} from './useQuestionSearch';
import {useHighlightOnArrival} from './useHighlightOnArrival';
import {isSearchShortcut} from './shortcut';
import styles from './styles.module.css';

type Props = {
  /** "navbar" is compact and owns page-wide duties (Ctrl+K, highlighting). */
  readonly variant?: 'navbar' | 'large';
};

/** A search box whose results are questions: one row per question, with its category. */
export default function QuestionSearch({variant = 'navbar'}: Props): ReactNode {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const {indexUrl, outcome, loading, warmUp} = useQuestionSearch(query);
  // With no match, the closest questions take the rows, so keys work the same.
  const rows = outcome ? (outcome.hits.length > 0 ? outcome.hits : outcome.closest) : null;
  const noMatch = outcome !== null && outcome.hits.length === 0;
  const inputRef = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const listId = useId();
  const searchPageUrl = useBaseUrl('/search');
  useHighlightOnArrival(variant === 'navbar');

  useEffect(() => setActive(0), [outcome]);

  // Pages hydrate on intent (src/plugins/performance/hydrateOnIntent): focus
  // and text typed before hydration are in the DOM but not in state. Take them
  // over once, on mount, so the text stays, with its caret, and is searched.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (input.value !== '') setQuery(input.value);
    if (document.activeElement === input) {
      warmUp();
      setOpen(true);
    }
    // Once, on mount: later focus and typing reach React's own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (variant !== 'navbar') return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event) || event.defaultPrevented) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [variant]);

  const go = (href: string) => {
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
    history.push(href);
  };

  const seeAll = `${searchPageUrl}?q=${encodeURIComponent(query.trim())}`;
  const expanded = open && query.trim() !== '' && outcome !== null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = rows?.length ?? 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        // A closed list opens on its first row; an open one moves, wrapping.
        if (!expanded) {
          setOpen(true);
          setActive(0);
        } else if (count > 0) {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setActive((index) => (index + step + count) % count);
        }
        break;
      }
      case 'Enter': {
        event.preventDefault();
        const hit = rows?.[active];
        if (hit) go(hit.href);
        else if (query.trim() !== '') go(seeAll);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else {
          setQuery('');
          inputRef.current?.blur();
        }
        break;
      default:
        break;
    }
  };

  const isMac = isBrowser && /Mac|iPhone|iPad/.test(navigator.platform);
  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <div
      className={clsx(styles.search, variant === 'large' ? styles.large : styles.navbar)}
      role="search"
      aria-label={variant === 'large' ? 'Search questions' : 'Site search'}
      // Read before hydration, to load search alongside the app (useQuestionSearch.ts).
      data-search-index={indexUrl}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l4.15 4.14a.75.75 0 1 1-1.06 1.06l-4.14-4.15A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
          fill="currentColor"
        />
      </svg>
      <input
        ref={inputRef}
        className={styles.input}
        // ARIA in HTML allows role="combobox" on a text input, not on type="search".
        type="text"
        role="combobox"
        aria-label="Search the FAQ"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && rows && rows.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={variant === 'large' ? 'Search, e.g. “airdrop”' : 'Search'}
        value={query}
        onPointerEnter={warmUp}
        onFocus={() => {
          warmUp();
          setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {variant === 'navbar' && isBrowser && query === '' ? (
        <kbd className={styles.hint} aria-hidden="true">
          {isMac ? '⌘' : 'Ctrl'} K
        </kbd>
      ) : null}
      <div className={styles.panel} hidden={!expanded}>
        {noMatch ? <NoMatch query={query} /> : null}
        <ul
          id={listId}
          role="listbox"
          aria-label={noMatch ? 'Closest questions' : 'Questions found'}
          className={styles.results}
        >
          {rows?.map((hit, index) => (
            <ResultRow
              key={hit.question.id}
              hit={hit}
              id={optionId(index)}
              active={index === active}
              onChoose={() => go(hit.href)}
              onHover={() => setActive(index)}
            />
          ))}
        </ul>
        {noMatch ? (
          <p className={styles.browse}>
            <BrowseLinks />
          </p>
        ) : (
          <Link className={styles.footer} to={seeAll} onClick={() => setOpen(false)}>
            See all results for “{query.trim()}”
          </Link>
        )}
      </div>
      {/* data-query: the query the status answers; a fast search can repeat the previous text unchanged. */}
      <span className="visually-hidden" role="status" aria-live="polite" data-query={outcome?.query}>
        {expanded && !loading && outcome
          ? noMatch
            ? 'No question matches.'
            : `${outcome.hits.length} ${outcome.hits.length === 1 ? 'question' : 'questions'} found.`
          : ''}
      </span>
    </div>
  );
}

function ResultRow({
  hit,
  id,
  active,
  onChoose,
  onHover,
}: {
  readonly hit: QuestionHit;
  readonly id: string;
  readonly active: boolean;
  readonly onChoose: () => void;
  readonly onHover: () => void;
}): ReactNode {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-question={hit.question.slug}
      className={clsx(styles.result, active && styles.active)}
      onPointerMove={onHover}
    >
      <Link
        to={hit.href}
        tabIndex={-1}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onChoose();
        }}
      >
        <span className={styles.category}>{hit.categoryLabel}</span>
        <span className={styles.title} data-result-title>
          {hit.question.title}
        </span>
        <span className={styles.answer}>{hit.question.description}</span>
        {hit.sentence ? <Marked className={styles.sentence} text={hit.sentence} /> : null}
      </Link>
    </li>
  );
}

/** Text with its matched words in `<mark>`. */
export function Marked({text, className}: {readonly text: MarkedText; readonly className?: string}): ReactNode {
  return (
    <span className={className}>
      {text.map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : part.text))}
    </span>
  );
}

function NoMatch({query}: {readonly query: string}): ReactNode {
  return (
    <p className={styles.empty}>
      No question matches <strong>“{query.trim()}”</strong>. The closest questions:
    </p>
  );
}
