/**
 * The search shortcut, Ctrl+K or ⌘K. Shared by the search box and the
 * hydrate-on-intent loader, which holds a press made before React is ready.
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}
