/**
 * The search shortcut, Ctrl+K or ⌘K, which focuses the navbar's search box.
 * The hydrate-on-intent loader handles it until React listens; the search
 * box's component after.
 */
function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}

/** On Ctrl+K / ⌘K: the navbar's search box, focused with its text selected. */
export function focusSearchOnShortcut(event: KeyboardEvent): void {
  if (!isSearchShortcut(event) || event.defaultPrevented) return;
  const input = document.querySelector<HTMLInputElement>('.faq-search--navbar input[role=combobox]');
  if (!input) return;
  // Otherwise the browser takes it (Chrome focuses its own search).
  event.preventDefault();
  input.focus();
  input.select();
}
