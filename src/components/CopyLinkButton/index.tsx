import type {ReactNode} from 'react';
import clsx from 'clsx';
import {accessibleCopyName, copyFromButton, prepareCopy, type CopyKind, type CopyState} from './copy';
import {LEFT_TO_THE_DOM} from '../leftToTheDom';
import styles from './styles.module.css';

type Props = {
  /** Absolute URL put on the clipboard by "Copy link". */
  readonly url: string;
  /** The question, for the buttons' accessible names. */
  readonly title: string;
  /** Where the question's Markdown is published (/faq/<slug>.md): "Copy answer" copies it. */
  readonly markdownUrl: string;
  readonly className?: string;
};

/** "Copying…" only where the copy waits for something (the answer's Markdown). */
type Labels = Record<'idle' | Exclude<CopyState, 'copying'>, string> & {copying?: string};

const LABELS: Record<CopyKind, Labels> = {
  link: {idle: 'Copy link', copied: 'Link copied', failed: 'Copy failed: use the address bar'},
  answer: {
    idle: 'Copy answer',
    copying: 'Copying answer…',
    copied: 'Answer copied',
    failed: 'Answer selected: press Ctrl+C (⌘C) to copy',
  },
};

const CHECK_ICON =
  'M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z';
const ICONS: Record<CopyKind, string> = {
  link: 'M11.3 3.5a3.6 3.6 0 0 1 5.1 5.1l-2.5 2.5a3.6 3.6 0 0 1-5.1 0 1 1 0 0 1 1.4-1.4 1.6 1.6 0 0 0 2.3 0L15 7.2a1.6 1.6 0 1 0-2.3-2.3l-.9.9a1 1 0 1 1-1.4-1.4l.9-.9ZM6.1 8.9a3.6 3.6 0 0 1 5.1 0 1 1 0 0 1-1.4 1.4 1.6 1.6 0 0 0-2.3 0L5 12.8a1.6 1.6 0 1 0 2.3 2.3l.9-.9a1 1 0 0 1 1.4 1.4l-.9.9a3.6 3.6 0 0 1-5.1-5.1l2.5-2.5Z',
  answer: 'M4 4h12v2H4zM4 8h12v2H4zM4 12h12v2H4zM4 16h7v2H4z',
};

/**
 * Every label of every state is in the HTML; the button's `data-state`
 * (set by ./copy.ts) shows one. The accessible name is the label shown, then
 * the question ("Copy answer: Is XMTP a blockchain?"), so it starts with the
 * visible text, as speech input needs (WCAG 2.5.3); ./copy.ts keeps it so.
 */
function CopyButton({kind, title}: {readonly kind: CopyKind; readonly title: string}): ReactNode {
  const labels = LABELS[kind];
  return (
    <button
      type="button"
      className={styles.button}
      data-copy={kind}
      aria-label={accessibleCopyName(labels.idle, title)}
      onPointerDown={(event) => prepareCopy(event.currentTarget)}
      onClick={(event) => copyFromButton(event.currentTarget)}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path className={styles.icon} fill="currentColor" d={ICONS[kind]} />
        <path className={styles.doneIcon} fill="currentColor" d={CHECK_ICON} />
      </svg>
      {(Object.entries(labels) as [keyof Labels, string][]).map(([state, label]) => (
        <span key={state} className={styles.label} data-label={state}>
          {label}
        </span>
      ))}
    </button>
  );
}

/**
 * "Copy link" and "Copy answer": put a question's permanent URL, or the whole
 * question as Markdown (and HTML), on the clipboard and say so, visibly and to
 * screen readers. What they do is ./copy.ts, before and after hydration alike.
 * The `faq-copy-link` class keeps them out of the search index.
 */
export default function CopyLinkButton({url, title, markdownUrl, className}: Props): ReactNode {
  return (
    <div
      className={clsx('faq-copy-link', styles.wrapper, className)}
      data-copy-url={url}
      data-copy-markdown={markdownUrl}
      data-copy-title={title}
    >
      <CopyButton kind="link" title={title} />
      <CopyButton kind="answer" title={title} />
      {/* Written by ./copy.ts only, before or after hydration. */}
      <span className="visually-hidden" role="status" aria-live="polite" dangerouslySetInnerHTML={LEFT_TO_THE_DOM} />
    </div>
  );
}
