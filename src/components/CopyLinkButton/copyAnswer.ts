/**
 * "Copy answer": the question's Markdown, fetched from /faq/<slug>.md on click
 * (so it costs a first visit nothing and is the very text of the export), as
 * text/plain; and the answer as shown on the page, links made absolute, as
 * text/html, so it pastes with working links into rich editors.
 */
import {isResponseOf} from '../../utils/mediaType';

/** The element holding a question's heading and answer: a question page's article, or one answer on /faq. */
const QUESTION_SCOPE = '.theme-doc-markdown, .faq-question';
/** Parts of that element that are not the answer. */
const NOT_ANSWER = 'header, h1, h2, .faq-copy-link, .anchor, .hash-link, .faq-last-updated, script';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function answerHtml(scope: Element, title: string, url: string): string {
  const answer = scope.cloneNode(true) as Element;
  for (const element of answer.querySelectorAll(NOT_ANSWER)) element.remove();
  for (const link of answer.querySelectorAll('a')) {
    link.setAttribute('href', link.href);
    link.removeAttribute('target');
    link.removeAttribute('rel');
  }
  for (const element of answer.querySelectorAll('[class], [id]')) {
    element.removeAttribute('class');
    element.removeAttribute('id');
  }
  return (
    `<h1>${escapeHtml(title)}</h1>${answer.innerHTML.trim()}` +
    `<p>Source: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
  );
}

/** Selects the question and its answer, for the reader to copy by hand. */
function selectQuestion(scope: Element): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(scope);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The question's Markdown, or a rejection for anything else: a host or a
 * development server that answers a missing file with an HTML page and status
 * 200, a captive portal, an error page. Copying that would paste a web page.
 */
async function fetchMarkdown(markdownUrl: string): Promise<string> {
  const response = await fetch(markdownUrl);
  // Markdown is served as text/markdown, or text/plain by some hosts.
  if (!isResponseOf(response, ['text/markdown', 'text/plain'])) {
    throw new Error(`${markdownUrl}: HTTP ${response.status}, ${response.headers.get('content-type')}: not Markdown`);
  }
  return response.text();
}

const markdowns = new Map<string, Promise<string>>();

/**
 * The question's Markdown, fetched once per page. A finger or pointer on the
 * button starts it (./copy.ts), so on a phone the round trip is under way
 * before the tap ends; a failed fetch is tried afresh next time.
 */
export function markdownAt(markdownUrl: string): Promise<string> {
  let markdown = markdowns.get(markdownUrl);
  if (!markdown) {
    markdown = fetchMarkdown(markdownUrl);
    markdowns.set(markdownUrl, markdown);
    markdown.catch(() => markdowns.delete(markdownUrl));
  }
  return markdown;
}

/**
 * Copies the question next to `button`; resolves 'copied', or 'failed' after
 * selecting the question on the page when the browser refuses the clipboard
 * or the Markdown cannot be had. The clipboard is called before the first
 * `await`, so within the reader's press.
 */
export async function copyAnswer(
  button: HTMLButtonElement,
  {title, url, markdownUrl}: {title: string; url: string; markdownUrl: string},
): Promise<'copied' | 'failed'> {
  const scope = button.closest(QUESTION_SCOPE);
  if (!scope) throw new Error('Copy answer: no question around the button');
  const markdown = markdownAt(markdownUrl);
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      const html = answerHtml(scope, title, url);
      // Promises in the item keep the click's permission while the Markdown arrives (Safari needs that).
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': markdown.then((text) => new Blob([text], {type: 'text/plain'})),
          'text/html': markdown.then(() => new Blob([html], {type: 'text/html'})),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(await markdown);
    }
    return 'copied';
  } catch {
    markdown.catch(() => undefined);
    selectQuestion(scope);
    return 'failed';
  }
}
