/**
 * The search box's behaviour: an accessible combobox (ARIA 1.2) whose
 * options are questions, one row per question with its category and
 * one-line answer (and the matching sentence when only the answer matched);
 * with no match, the closest questions and the categories. Plain DOM code,
 * not React: the same code runs whether the page's app has arrived or not,
 * so a reader typing on a phone sees results as soon as search has loaded,
 * not when the app has (see ./searchModule.ts). React renders the box's
 * markup once (./index.tsx) and leaves its results panel to this module.
 * Part of the search module: relative imports only.
 */
import {findQuestions, SearchUnavailableError, searchedPart, warmUp, categoriesAt} from './engine';
import type {MarkedText, QuestionHit, SearchOutcome} from './engine';
import {latestOnly} from './latestOnly';
import {NAVIGATE_EVENT, SEARCH_BOX_PARTS, SEARCH_SHOWN_EVENT, searchingNote} from './searchBoxMarkup';

type State = {
  open: boolean;
  active: number;
  outcome: SearchOutcome | null;
  unavailable: boolean;
  /** The query being searched, or null when idle. */
  pending: string | null;
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: {className?: string; text?: string; attributes?: Record<string, string>} = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attributes ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function marked(text: MarkedText, className: string): HTMLElement {
  return element(
    'span',
    {className},
    ...text.map((part) => (part.matched ? element('mark', {text: part.text}) : part.text)),
  );
}

/** "See all questions, or browse a category: …": the way out when search finds nothing. */
function browseLinks(
  allQuestionsUrl: string,
  categories: {label: string; permalink: string}[],
  link: (text: string, href: string) => HTMLAnchorElement,
): HTMLElement {
  const paragraph = element('p', {className: 'faq-search__browse'}, 'See ', link('all questions', allQuestionsUrl));
  paragraph.append(', or browse a category: ');
  categories.forEach((category, index) => {
    if (index > 0) paragraph.append(', ');
    paragraph.append(link(category.label, category.permalink));
  });
  paragraph.append('.');
  return paragraph;
}

/** Makes `box` (markup from ./index.tsx) a working search box; once per box. */
export function attachSearchBox(box: HTMLElement): void {
  if (box.dataset.searchAttached === 'true') return;
  const input = box.querySelector<HTMLInputElement>(SEARCH_BOX_PARTS.input);
  const panel = box.querySelector<HTMLElement>(SEARCH_BOX_PARTS.panel);
  const status = box.querySelector<HTMLElement>(SEARCH_BOX_PARTS.status);
  if (!input || !panel || !status) throw new Error('search box: its markup lacks the input, panel or status');
  box.dataset.searchAttached = 'true';
  runSearchBox(box, {input, panel, status});
}

function runSearchBox(
  box: HTMLElement,
  {input, panel, status}: {input: HTMLInputElement; panel: HTMLElement; status: HTMLElement},
): void {
  const {searchIndex: indexUrl = '', searchPage: searchPageUrl = '', allQuestions: allQuestionsUrl = ''} = box.dataset;
  // As the box's markup names it in aria-controls (./index.tsx).
  const listId = `${input.id}-results`;
  const state: State = {open: false, active: 0, outcome: null, unavailable: false, pending: null};
  let categories: {label: string; permalink: string}[] = [];

  const rows = (): QuestionHit[] => {
    const {outcome} = state;
    if (!outcome) return [];
    return outcome.hits.length > 0 ? outcome.hits : outcome.closest;
  };
  const query = () => searchedPart(input.value);
  /** Open with text: results, the closest questions, a problem, or "Searching…" while the first results load. */
  const expanded = () => state.open && query() !== '';
  const optionId = (index: number) => `${listId}-option-${index}`;

  function navigate(href: string): void {
    state.open = false;
    input.value = '';
    state.outcome = null;
    state.pending = null;
    render();
    input.blur();
    // React's router takes it where the app runs (./index.tsx); otherwise the browser does.
    if (box.dispatchEvent(new CustomEvent(NAVIGATE_EVENT, {detail: href, cancelable: true}))) {
      window.location.assign(href);
    }
  }

  function resultRow(hit: QuestionHit, index: number): HTMLElement {
    const link = element(
      'a',
      {attributes: {href: hit.href, tabindex: '-1'}},
      element('span', {className: 'faq-search__category', text: hit.categoryLabel}),
      element('span', {className: 'faq-search__title', text: hit.title, attributes: {'data-result-title': ''}}),
      element('span', {className: 'faq-search__answer', text: hit.description}),
    );
    if (hit.sentence) link.append(marked(hit.sentence, 'faq-search__sentence'));
    followOnClick(link, hit.href);
    const row = element('li', {
      className: 'faq-search__result',
      attributes: {id: optionId(index), role: 'option', 'data-question': hit.slug},
    });
    row.append(link);
    // Only the active row's marks change on hover: rebuilding rows under a pointer would lose its click.
    row.addEventListener('pointermove', () => setActive(index));
    return row;
  }

  /** A link the box follows itself, so the app's router can take it; modified clicks stay the browser's. */
  function followOnClick(link: HTMLAnchorElement, href: string): void {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(href);
    });
  }

  function followedLink(text: string, href: string, className?: string): HTMLAnchorElement {
    const link = element('a', {text, attributes: {href}, ...(className ? {className} : {})});
    followOnClick(link, href);
    return link;
  }

  function setActive(index: number): void {
    state.active = index;
    const options = panel.querySelectorAll('[role=option]');
    options.forEach((option, position) => {
      option.setAttribute('aria-selected', String(position === index));
      option.classList.toggle('faq-search__result--active', position === index);
    });
    if (expanded() && options.length > 0) input.setAttribute('aria-activedescendant', optionId(index));
    else input.removeAttribute('aria-activedescendant');
  }

  function panelContent(): Node[] {
    const {outcome} = state;
    const list = element('ul', {
      className: 'faq-search__results',
      attributes: {
        id: listId,
        role: 'listbox',
        'aria-label': outcome?.hits.length === 0 ? 'Closest questions' : 'Questions found',
      },
    });
    list.append(...rows().map(resultRow));
    if (!outcome) {
      if (!state.unavailable) return [searchingNote(), list];
      const faqLink = followedLink('See all questions', allQuestionsUrl);
      return [element('p', {className: 'faq-search__empty'}, 'Search could not be loaded. ', faqLink, '.'), list];
    }
    if (outcome.hits.length === 0) {
      const quoted = element('strong', {text: `“${outcome.query}”`});
      return [
        element('p', {className: 'faq-search__empty'}, 'No question matches ', quoted, '. The closest questions:'),
        list,
        browseLinks(allQuestionsUrl, categories, followedLink),
      ];
    }
    const seeAll = `${searchPageUrl}?q=${encodeURIComponent(outcome.query)}`;
    return [list, followedLink(`See all results for “${outcome.query}”`, seeAll, 'faq-search__footer')];
  }

  function statusText(): string {
    const {outcome} = state;
    if (!expanded()) return '';
    if (!outcome) return state.unavailable ? 'Search could not be loaded.' : '';
    const found = outcome.hits.length;
    return found === 0 ? 'No question matches.' : `${found} ${found === 1 ? 'question' : 'questions'} found.`;
  }

  function render(): void {
    const isExpanded = expanded();
    input.setAttribute('aria-expanded', String(isExpanded));
    input.setAttribute('aria-controls', listId);
    panel.hidden = !isExpanded;
    panel.replaceChildren(...panelContent());
    setActive(state.active);
    // data-query: the query the status answers; a fast search can repeat the previous text unchanged.
    if (state.outcome) status.dataset.query = state.outcome.query;
    status.textContent = statusText();
    if (state.outcome) box.dispatchEvent(new Event(SEARCH_SHOWN_EVENT));
  }

  const search = latestOnly((text: string) => findQuestions(indexUrl, text));

  function onQueryChange(): void {
    const text = query();
    state.open = true;
    if (text === '') {
      state.pending = null;
      state.outcome = null;
      render();
      return;
    }
    state.pending = text;
    render();
    search(text).then(
      (outcome) => {
        // null: a newer query replaced this one before it ran.
        if (outcome === null || state.pending !== text) return;
        state.pending = null;
        state.unavailable = false;
        state.outcome = outcome;
        state.active = 0;
        render();
      },
      (error: unknown) => {
        if (state.pending !== text) return;
        state.pending = null;
        state.outcome = null;
        state.unavailable = error instanceof SearchUnavailableError;
        if (!state.unavailable) console.error(error);
        render();
      },
    );
  }

  input.addEventListener('input', onQueryChange);
  input.addEventListener('focus', () => {
    void warmUp(indexUrl).catch(() => undefined); // a search says if the index cannot be had
    state.open = true;
    if (query() !== '' && state.outcome === null && state.pending === null) onQueryChange();
    else render();
  });
  box.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && box.contains(event.relatedTarget)) return;
    state.open = false;
    render();
  });
  input.addEventListener('keydown', (event) => {
    const count = rows().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        // A closed list opens on its first row; an open one moves, wrapping.
        if (!expanded()) {
          state.open = true;
          state.active = 0;
        } else if (count > 0) {
          state.active = (state.active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
        }
        render();
        break;
      case 'Enter': {
        event.preventDefault();
        const hit = rows()[state.active];
        if (hit) navigate(hit.href);
        else if (query() !== '') navigate(`${searchPageUrl}?q=${encodeURIComponent(query())}`);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded()) {
          state.open = false;
          render();
        } else {
          input.value = '';
          onQueryChange();
          input.blur();
        }
        break;
      default:
        break;
    }
  });

  void categoriesAt(indexUrl).then(
    (loaded) => {
      categories = loaded;
      if (state.outcome?.hits.length === 0) render();
    },
    () => undefined, // a search says if the index cannot be had
  );
  // What the reader typed before this module arrived is searched now.
  if (document.activeElement === input) state.open = true;
  if (query() !== '') onQueryChange();
}
