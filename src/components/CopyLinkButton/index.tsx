import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

type Props = {
  /** Absolute URL put on the clipboard. */
  readonly url: string;
  /** The question, for the button's accessible name. */
  readonly title: string;
  readonly className?: string;
};

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
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
  if (!copied) throw new Error('copy refused');
}

/**
 * "Copy link": puts a question's permanent URL on the clipboard and says so,
 * visibly and to screen readers. The `faq-copy-link` class keeps it out of
 * the search index.
 */
export default function CopyLinkButton({url, title, className}: Props): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const label =
    state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the address bar' : 'Copy link';
  return (
    <div className={clsx('faq-copy-link', styles.wrapper, className)}>
      <button
        type="button"
        className={clsx(styles.button, state === 'copied' && styles.copied)}
        aria-label={`Copy link to “${title}”`}
        data-url={url}
        onClick={() => {
          copyText(url).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          {state === 'copied' ? (
            <path
              fill="currentColor"
              d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
            />
          ) : (
            <path
              fill="currentColor"
              d="M11.3 3.5a3.6 3.6 0 0 1 5.1 5.1l-2.5 2.5a3.6 3.6 0 0 1-5.1 0 1 1 0 0 1 1.4-1.4 1.6 1.6 0 0 0 2.3 0L15 7.2a1.6 1.6 0 1 0-2.3-2.3l-.9.9a1 1 0 1 1-1.4-1.4l.9-.9ZM6.1 8.9a3.6 3.6 0 0 1 5.1 0 1 1 0 0 1-1.4 1.4 1.6 1.6 0 0 0-2.3 0L5 12.8a1.6 1.6 0 1 0 2.3 2.3l.9-.9a1 1 0 0 1 1.4 1.4l-.9.9a3.6 3.6 0 0 1-5.1-5.1l2.5-2.5Z"
            />
          )}
        </svg>
        <span aria-hidden="true">{label}</span>
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'idle' ? '' : label}
      </span>
    </div>
  );
}
