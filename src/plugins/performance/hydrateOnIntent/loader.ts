/**
 * The only script a page loads before its reader shows intent (built by
 * ./index.ts into a small same-origin file). It loads the page's scripts
 * (Docusaurus's entry scripts, then the chunks of the page's route), listed in
 * its own `data-entries`, on the first sign of intent: a mouse
 * button down, a finger or pointer down on something interactive, a key
 * press, focus entering the page, a hover on something interactive, or an
 * address whose query or #hash only JavaScript can serve. No timer: a reader
 * who only reads, or scrolls with a finger, loads nothing more.
 *
 * Nothing the reader does on the way is lost, and it takes effect as soon as
 * React can handle it:
 * - the first press of a button (theme toggle, menu, "Copy link") is pressed
 *   again once React is ready, if React was not yet listening when it happened;
 * - the first Ctrl+K / ⌘K is held and sent again;
 * - a search box loads search, which runs without the app
 *   (src/components/QuestionSearch/loadSearch.ts): text typed is searched at once;
 * - a link simply navigates: the next page is complete static HTML.
 */
import {isSearchShortcut} from '../../../components/QuestionSearch/shortcut';
import {prepareSearchBox} from '../../../components/QuestionSearch/loadSearch';
import {SEARCH_BOX} from '../../../components/QuestionSearch/searchBoxMarkup';

const INTERACTIVE = 'a[href],button,input,select,textarea,summary,[role=button],[tabindex]';
const REPLAYED_CLICK = 'button,[role=button]';
const INTENT_EVENTS = ['keydown', 'focusin'] as const;
const CONTROL_EVENTS = ['pointerover', 'pointerdown', 'touchstart'] as const;

const loader = document.currentScript;
const entries = loader?.dataset.entries?.split(' ').filter(Boolean) ?? [];
const appRoot = document.getElementById('__docusaurus');
let started = false;
/** The reader pressed or typed something (a hover alone is a warm-up). */
let pressed = false;
let replayed = false;
let heldClick: HTMLElement | null = null;
let heldShortcut: KeyboardEventInit | null = null;

/**
 * React listens on its root as soon as hydration starts (it marks the node
 * with a `__reactContainer$…` key), and from then on handles or replays
 * events itself; replaying them here too would press twice.
 */
function reactIsListening(): boolean {
  return appRoot !== null && Object.keys(appRoot).some((key) => key.startsWith('__reactContainer$'));
}

function hydrate(): void {
  if (started) return;
  started = true;
  for (const event of INTENT_EVENTS) removeEventListener(event, hydrate, true);
  for (const event of CONTROL_EVENTS) removeEventListener(event, onControlEvent, true);
  for (const src of entries) {
    const script = document.createElement('script');
    script.src = src;
    // Inserted scripts are async by default; the runtime must run before main.
    script.async = false;
    document.head.append(script);
  }
}

/**
 * A hover or a finger on a control is intent; a finger elsewhere is usually
 * a scroll, so only a mouse press counts anywhere.
 */
function isIntent(event: Event): boolean {
  const onControl = event.target instanceof Element && event.target.closest(INTERACTIVE) !== null;
  const mousePress = event.type === 'pointerdown' && (event as PointerEvent).pointerType === 'mouse';
  return onControl || mousePress;
}

function onControlEvent(event: Event): void {
  if (isIntent(event)) hydrate();
}

/** An id the page lacks (e.g. a question's old anchor) needs JavaScript; so does a query string. */
function addressNeedsScript(): boolean {
  if (location.search !== '') return true;
  try {
    const id = decodeURIComponent(location.hash.slice(1));
    return id !== '' && document.getElementById(id) === null;
  } catch {
    return false; // a malformed #hash names nothing the app could find either
  }
}

/**
 * React hydrates a root in 5 ms slices, yielding between them, unless a
 * discrete event (a click, a key) reaches a part not yet hydrated: then it
 * finishes hydrating at once and handles the event (React's selective
 * hydration). An event React ignores (`reset`, on an element in the root)
 * asks for the same, so a reader who pressed or typed waits for hydration
 * alone, not for its slices, the effects after them and the Helmet frame
 * that sets `data-has-hydrated`. A reader who only hovered is not waiting:
 * hydration keeps its slices and the page stays responsive.
 */
function finishHydrationNow(): void {
  appRoot?.firstElementChild?.dispatchEvent(new Event('reset'));
}

function replayHeldInput(): void {
  if (heldShortcut) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', heldShortcut));
  heldShortcut = null;
  const button = heldClick;
  heldClick = null;
  if (!button?.isConnected) return;
  // Docusaurus enables the theme toggle in the render after hydration.
  if (!button.matches(':disabled')) {
    button.click();
    return;
  }
  new MutationObserver((_records, observer) => {
    if (button.matches(':disabled')) return;
    observer.disconnect();
    button.click();
  }).observe(button, {attributes: true, attributeFilter: ['disabled']});
}

/** Runs when React has started listening: for each loaded script, and once hydrated. */
function onAppProgress(): void {
  if (replayed || !reactIsListening()) return;
  replayed = true;
  document.removeEventListener('load', onAppProgress, true);
  if (pressed || heldClick || heldShortcut) finishHydrationNow();
  replayHeldInput();
}

for (const event of INTENT_EVENTS) addEventListener(event, hydrate, {capture: true, passive: true});
for (const event of CONTROL_EVENTS) addEventListener(event, onControlEvent, {capture: true, passive: true});
addEventListener('hashchange', () => addressNeedsScript() && hydrate());

function holdPress(event: Event): void {
  if (heldClick || reactIsListening() || !(event.target instanceof Element)) return;
  const button = event.target.closest<HTMLElement>(REPLAYED_CLICK);
  // Docusaurus renders the theme toggle disabled until hydration: a press on
  // it gets pointer events but no click.
  if (button && (event.type === 'click' || button.matches(':disabled'))) heldClick = button;
}
addEventListener(
  'pointerdown',
  (event) => {
    pressed ||= isIntent(event);
  },
  true,
);
addEventListener('click', holdPress, true);
addEventListener('pointerup', holdPress, true);

addEventListener(
  'keydown',
  (event) => {
    pressed = true;
    if (heldShortcut || reactIsListening() || !isSearchShortcut(event)) return;
    // Otherwise the browser takes it (Chrome focuses its own search).
    event.preventDefault();
    const {key, code, ctrlKey, metaKey, shiftKey, altKey} = event;
    heldShortcut = {key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true};
  },
  true,
);

document.querySelectorAll<HTMLElement>(SEARCH_BOX).forEach(prepareSearchBox);

// Docusaurus creates the React root in the task that runs the page's last
// chunk; that script's load event comes after it. (A load event stops at the
// document: it never reaches the window.)
document.addEventListener('load', onAppProgress, true);
// Docusaurus marks <html data-has-hydrated="true"> after the first render; by then React listens for sure.
new MutationObserver((_records, observer) => {
  if (document.documentElement.dataset.hasHydrated !== 'true') return;
  observer.disconnect();
  onAppProgress();
}).observe(document.documentElement, {attributes: true, attributeFilter: ['data-has-hydrated']});

if (addressNeedsScript()) hydrate();
