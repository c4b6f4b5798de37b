/**
 * The colour mode choice as Docusaurus keeps it (@docusaurus/theme-common's
 * colorMode context): `data-theme` (the mode shown), `data-theme-choice`
 * (light, dark or system) on <html>, and the choice in site storage, which
 * the inline script of every page reads before the first paint. The toggle
 * (./index.tsx) cycles through the choices with `nextColorModeChoice`; before
 * hydration the loader (src/plugins/performance/hydrateOnIntent) applies the
 * next choice itself with `applyColorModeChoice`, and once React starts, the
 * provider reads these same attributes, so it agrees: one press, one change.
 */

/** An explicit mode, or null: follow the system's. */
export type ColorModeChoice = 'light' | 'dark' | null;

/** The toggle's button; its data attributes say how to apply a choice before hydration. */
export const COLOR_MODE_TOGGLE = 'button[data-color-mode-toggle]';

/** Docusaurus's order: system → light → dark → system, or light ↔ dark without the system's choice. */
export function nextColorModeChoice(choice: ColorModeChoice, respectPrefersColorScheme: boolean): ColorModeChoice {
  if (!respectPrefersColorScheme) return choice === 'dark' ? 'light' : 'dark';
  return choice === null ? 'light' : choice === 'light' ? 'dark' : null;
}

const MODE_NAMES = {system: 'system mode', light: 'light mode', dark: 'dark mode'} as const;

/** The toggle's title and accessible name for a choice (the site is in English only: no translation). */
export function colorModeToggleText(choice: ColorModeChoice): {title: string; label: string} {
  const title = MODE_NAMES[choice ?? 'system'];
  return {title, label: `Switch between dark and light mode (currently ${title})`};
}

function choiceOnPage(): ColorModeChoice {
  const choice = document.documentElement.getAttribute('data-theme-choice');
  return choice === 'light' || choice === 'dark' ? choice : null;
}

/** Before hydration: the next choice, applied as Docusaurus's provider applies it, and shown on every toggle. */
export function toggleColorModeBeforeHydration(button: HTMLButtonElement): void {
  const {respectPrefersColorScheme, storageType = 'none', storageKey = ''} = button.dataset;
  const choice = nextColorModeChoice(choiceOnPage(), respectPrefersColorScheme === 'true');
  const root = document.documentElement;
  const systemMode = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.setAttribute('data-theme', choice ?? systemMode);
  root.setAttribute('data-theme-choice', choice ?? 'system');
  try {
    const storage = storageType === 'localStorage' || storageType === 'sessionStorage' ? window[storageType] : null;
    if (choice === null) storage?.removeItem(storageKey);
    else storage?.setItem(storageKey, choice);
  } catch {
    // Storage refused (private mode, an iframe): the choice lasts for this page, as with Docusaurus.
  }
  const {title, label} = colorModeToggleText(choice);
  for (const toggle of document.querySelectorAll(COLOR_MODE_TOGGLE)) {
    toggle.setAttribute('title', title);
    toggle.setAttribute('aria-label', label);
  }
}
