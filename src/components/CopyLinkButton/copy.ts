/**
 * "Copy link" and "Copy answer", the one implementation of both: the
 * hydrate-on-intent loader runs it for a press made before the app has
 * arrived (src/plugins/performance/hydrateOnIntent), the React component
 * (./index.tsx) for every later press.
 *
 * The clipboard call is made in the press's own event: Safari and Firefox
 * refuse a write made after the reader's gesture has passed (a press replayed
 * once React is ready is too late on a slow phone). The outcome is shown in
 * the DOM, the button's `data-state` and the status region, which React
 * renders once and never re-renders, so what is shown before hydration stays
 * after it.
 */
import {copyAnswer, markdownAt} from './copyAnswer';

/** A copy button; `data-copy` says what it copies. */
export const COPY_BUTTON = 'button[data-copy]';
export const COPY_ANSWER_BUTTON = 'button[data-copy=answer]';
/** Dispatched on a copy button once it shows the copy's outcome. */
export const COPY_SHOWN_EVENT = 'faq-copy-shown';
/** The buttons' wrapper, which carries what they copy. */
const COPY_TOOLS = '[data-copy-url]';
/** How long "Link copied" shows before the button reads "Copy link" again. */
const SHOWN_MS = 2500;

export type CopyKind = 'link' | 'answer';
type CopyOutcome = 'copied' | 'failed';
/** What a button shows: an outcome, or that the copy is under way ("Copy answer" waits for its Markdown). */
export type CopyState = CopyOutcome | 'copying';

const resets = new WeakMap<HTMLElement, number>();

function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers and insecure contexts have no Clipboard API.
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
}

/** A copy button's accessible name: the label it shows, then the question (WCAG 2.5.3, Label in Name). */
export function accessibleCopyName(label: string, question: string): string {
  return `${label}: ${question}`;
}

/**
 * Shows a state on the button (its label for that state, see ./index.tsx);
 * an outcome is also said in the status region, then the idle label returns.
 */
function show(button: HTMLButtonElement, tools: HTMLElement, state: CopyState): void {
  const status = tools.querySelector('[role=status]');
  const labelOf = (state: string) => button.querySelector(`[data-label=${state}]`)?.textContent ?? '';
  const name = (state: string) => accessibleCopyName(labelOf(state), tools.dataset.copyTitle ?? '');
  button.dataset.state = state;
  button.setAttribute('aria-label', name(state));
  window.clearTimeout(resets.get(button));
  // Under way is a moment, not news: not announced, and the outcome replaces it.
  if (state === 'copying') return;
  if (status) status.textContent = labelOf(state);
  button.dispatchEvent(new Event(COPY_SHOWN_EVENT));
  resets.set(
    button,
    window.setTimeout(() => {
      delete button.dataset.state;
      button.setAttribute('aria-label', name('idle'));
      if (status) status.textContent = '';
    }, SHOWN_MS),
  );
}

/** On a finger or pointer down: "Copy answer" starts fetching the Markdown the tap will copy. */
export function prepareCopy(button: HTMLButtonElement): void {
  const markdownUrl = button.closest<HTMLElement>(COPY_TOOLS)?.dataset.copyMarkdown;
  if (button.matches(COPY_ANSWER_BUTTON) && markdownUrl) markdownAt(markdownUrl).catch(() => undefined);
}

/** Copies what `button` stands for; the clipboard is called before this returns. */
export function copyFromButton(button: HTMLButtonElement): void {
  const tools = button.closest<HTMLElement>(COPY_TOOLS);
  if (!tools) return;
  const {copyUrl: url = '', copyMarkdown: markdownUrl = '', copyTitle: title = ''} = tools.dataset;
  const isAnswer = button.matches(COPY_ANSWER_BUTTON);
  const outcome: Promise<CopyOutcome> = isAnswer
    ? copyAnswer(button, {title, url, markdownUrl})
    : copyText(url).then(
        () => 'copied',
        () => 'failed',
      );
  // The Markdown is one round trip away: the press shows at once that it was heard.
  if (isAnswer) show(button, tools, 'copying');
  void outcome.then(
    (result) => show(button, tools, result),
    () => show(button, tools, 'failed'),
  );
}
