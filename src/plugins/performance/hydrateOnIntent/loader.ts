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
 * No tap waits for the app. Until React listens, a tap takes effect here, in
 * its own event, with the code React runs afterwards:
 * - "Copy link" and "Copy answer" copy (src/components/CopyLinkButton/copy.ts;
 *   a finger on "Copy answer" starts fetching its Markdown, and the app
 *   waits until the answer is copied);
 * - the colour mode toggle switches (src/theme/ColorModeToggle/colorModeChoice.ts);
 * - the phone menu opens, closes, goes back (./phoneMenu.ts), and React is
 *   told once it listens;
 * - a search box loads search, which runs without the app
 *   (src/components/QuestionSearch/loadSearch.ts), before the app, and
 *   Ctrl+K / ⌘K focuses it;
 * - a link navigates as a plain link: the next page is complete static HTML;
 * - any other button shows at once that it was pressed (`data-pressed-early`)
 *   and is pressed again as soon as React listens.
 */
import {
  copyFromButton,
  COPY_ANSWER_BUTTON,
  COPY_BUTTON,
  COPY_SHOWN_EVENT,
  prepareCopy,
} from '../../../components/CopyLinkButton/copy';
import {COLOR_MODE_TOGGLE, toggleColorModeBeforeHydration} from '../../../theme/ColorModeToggle/colorModeChoice';
import {prepareSearchBox} from '../../../components/QuestionSearch/loadSearch';
import {SEARCH_BOX, SEARCH_SHOWN_EVENT} from '../../../components/QuestionSearch/searchBoxMarkup';
import {focusSearchOnShortcut} from '../../../components/QuestionSearch/shortcut';
import {MENU_BUTTON, tapPhoneMenu} from './phoneMenu';

const INTERACTIVE = 'a[href],button,input,select,textarea,summary,[role=button],[tabindex]';
const PRESSED_EARLY = 'data-pressed-early';
const INTENT_EVENTS = ['keydown', 'focusin'] as const;
const CONTROL_EVENTS = ['pointerover', 'pointerdown', 'touchstart'] as const;

const loader = document.currentScript;
const entries = loader?.dataset.entries?.split(' ').filter(Boolean) ?? [];
const appRoot = document.getElementById('__docusaurus');
let started = false;
/** The reader pressed or typed something (a hover alone is a warm-up). */
let pressed = false;
let replayed = false;
/** A button React must press once it listens: one the loader could not act on, or the open menu's. */
let heldClick: HTMLElement | null = null;

/**
 * React listens on its root as soon as hydration starts (it marks the node
 * with a `__reactContainer$…` key), and from then on handles or replays
 * events itself; acting here too would act twice.
 */
function reactIsListening(): boolean {
  return appRoot !== null && Object.keys(appRoot).some((key) => key.startsWith('__reactContainer$'));
}

function hydrate(): void {
  if (started) return;
  started = true;
  for (const event of INTENT_EVENTS) removeEventListener(event, onIntent, true);
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

/**
 * Search and "Copy answer" need no app (src/components/QuestionSearch,
 * src/components/CopyLinkButton) but wait for the network (the index, the
 * answer's Markdown): a reader who reaches for one gets it first, and the app
 * once it has shown its outcome, or on the next intent elsewhere, so on a
 * phone the app's download and start do not stand between the tap or the
 * first key and its effect.
 */
function appAfter(control: HTMLElement, shownEvent: string): void {
  if (control.dataset.appAfter) return;
  control.dataset.appAfter = 'true';
  control.addEventListener(shownEvent, hydrate, {once: true});
  control.addEventListener('focusout', hydrate, {once: true});
}

function onIntent(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  const box = target?.closest<HTMLElement>(SEARCH_BOX);
  const copyAnswerButton = target?.closest<HTMLElement>(COPY_ANSWER_BUTTON);
  if (box) appAfter(box, SEARCH_SHOWN_EVENT);
  else if (copyAnswerButton) appAfter(copyAnswerButton, COPY_SHOWN_EVENT);
  else hydrate();
}

function onControlEvent(event: Event): void {
  if (isIntent(event)) onIntent(event);
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

function replayHeldClick(): void {
  const button = heldClick;
  heldClick = null;
  if (!button?.isConnected) return;
  button.removeAttribute(PRESSED_EARLY);
  // The menu is told it is open only if it still is.
  if (button.matches(MENU_BUTTON) && !button.closest('.navbar-sidebar--show')) return;
  button.click();
}

/** Runs when React has started listening: for each loaded script, and once hydrated. */
function onAppProgress(): void {
  if (replayed || !reactIsListening()) return;
  replayed = true;
  document.removeEventListener('load', onAppProgress, true);
  if (pressed || heldClick) finishHydrationNow();
  replayHeldClick();
}

/** A tap (or Enter, Space) before React listens takes effect here, in the tap's own event. */
function onClickBeforeReact(event: MouseEvent): void {
  if (reactIsListening() || !event.isTrusted || !(event.target instanceof Element)) return;
  const {target} = event;
  const copyButton = target.closest<HTMLButtonElement>(COPY_BUTTON);
  if (copyButton) return copyFromButton(copyButton);
  const colorModeToggle = target.closest<HTMLButtonElement>(COLOR_MODE_TOGGLE);
  if (colorModeToggle) return toggleColorModeBeforeHydration(colorModeToggle);
  const menu = tapPhoneMenu(target);
  if (menu.handled) {
    heldClick = menu.open ? target.ownerDocument.querySelector(MENU_BUTTON) : null;
    return;
  }
  const button = target.closest<HTMLElement>('button,[role=button]');
  if (!button || heldClick) return;
  button.setAttribute(PRESSED_EARLY, '');
  heldClick = button;
}

for (const event of INTENT_EVENTS) addEventListener(event, onIntent, {capture: true, passive: true});
for (const event of CONTROL_EVENTS) addEventListener(event, onControlEvent, {capture: true, passive: true});
addEventListener('hashchange', () => addressNeedsScript() && hydrate());
addEventListener(
  'pointerdown',
  (event) => {
    pressed ||= isIntent(event);
    const copyButton = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(COPY_BUTTON) : null;
    if (copyButton && !reactIsListening()) prepareCopy(copyButton);
  },
  true,
);
addEventListener('click', onClickBeforeReact, true);
addEventListener(
  'keydown',
  (event) => {
    pressed = true;
    if (!reactIsListening()) focusSearchOnShortcut(event);
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
