/**
 * What the search box's markup (./index.tsx) promises the code that runs it:
 * the hydrate-on-intent loader, before search has loaded, and the box's own
 * behaviour (./searchBox.ts) after. Kept apart, and small, because the
 * loader, which every page downloads, imports it.
 */

/** The box: its server HTML carries the addresses of the index, the search module and the pages it links to. */
export const SEARCH_BOX = '[data-search-index]';

/** Cancelable, on the box: a chosen result's address (detail), before the box follows it as a plain link. */
export const NAVIGATE_EVENT = 'faq-search-navigate';

/** On the box, once it shows its first results (the hydrate-on-intent loader then loads the app). */
export const SEARCH_SHOWN_EVENT = 'faq-search-shown';

export const SEARCH_BOX_PARTS = {
  input: 'input[role=combobox]',
  /** The results panel: React renders it empty and never touches its content. */
  panel: '[data-search-panel]',
  status: '[role=status]',
} as const;

/** What the panel says from the first key until results replace it: never a blank, silent panel. */
export function searchingNote(): HTMLElement {
  const note = document.createElement('p');
  note.className = 'faq-search__empty faq-search__searching';
  note.textContent = 'Searching…';
  return note;
}

/** Before search has loaded: the panel opens on "Searching…" as soon as there is text. */
export function showSearching(box: Element): void {
  const panel = box.querySelector<HTMLElement>(SEARCH_BOX_PARTS.panel);
  const input = box.querySelector(SEARCH_BOX_PARTS.input);
  if (!panel || !(input instanceof HTMLInputElement) || input.value.trim() === '') return;
  panel.replaceChildren(searchingNote());
  panel.hidden = false;
}
