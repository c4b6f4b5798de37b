import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {copyAnswer} from './copyAnswer';
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

type CopyState = 'idle' | 'copied' | 'failed';

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

/** A copy state that returns to idle after a moment, so the button can be used again. */
function useCopyState(): [CopyState, (state: CopyState) => void] {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return [state, setState];
}

const CHECK_ICON =
  'M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z';
const LINK_ICON =
  'M11.3 3.5a3.6 3.6 0 0 1 5.1 5.1l-2.5 2.5a3.6 3.6 0 0 1-5.1 0 1 1 0 0 1 1.4-1.4 1.6 1.6 0 0 0 2.3 0L15 7.2a1.6 1.6 0 1 0-2.3-2.3l-.9.9a1 1 0 1 1-1.4-1.4l.9-.9ZM6.1 8.9a3.6 3.6 0 0 1 5.1 0 1 1 0 0 1-1.4 1.4 1.6 1.6 0 0 0-2.3 0L5 12.8a1.6 1.6 0 1 0 2.3 2.3l.9-.9a1 1 0 0 1 1.4 1.4l-.9.9a3.6 3.6 0 0 1-5.1-5.1l2.5-2.5Z';
const TEXT_ICON = 'M4 4h12v2H4zM4 8h12v2H4zM4 12h12v2H4zM4 16h7v2H4z';

function CopyButton({
  state,
  label,
  ariaLabel,
  icon,
  onClick,
}: {
  readonly state: CopyState;
  readonly label: string;
  readonly ariaLabel: string;
  readonly icon: string;
  readonly onClick: (button: HTMLButtonElement) => void;
}): ReactNode {
  return (
    <button
      type="button"
      className={clsx(styles.button, state === 'copied' && styles.copied)}
      aria-label={ariaLabel}
      onClick={(event) => onClick(event.currentTarget)}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path fill="currentColor" d={state === 'copied' ? CHECK_ICON : icon} />
      </svg>
      <span aria-hidden="true">{label}</span>
    </button>
  );
}

/**
 * "Copy link" and "Copy answer": put a question's permanent URL, or the whole
 * question as Markdown (and HTML), on the clipboard and say so, visibly and to
 * screen readers. The `faq-copy-link` class keeps them out of the search index.
 */
export default function CopyLinkButton({url, title, markdownUrl, className}: Props): ReactNode {
  const [linkState, setLinkState] = useCopyState();
  const [answerState, setAnswerState] = useCopyState();

  const linkLabel =
    linkState === 'copied' ? 'Link copied' : linkState === 'failed' ? 'Copy failed: use the address bar' : 'Copy link';
  const answerLabel =
    answerState === 'copied'
      ? 'Answer copied'
      : answerState === 'failed'
        ? 'Answer selected: press Ctrl+C (⌘C) to copy'
        : 'Copy answer';
  const announced = [linkState === 'idle' ? '' : linkLabel, answerState === 'idle' ? '' : answerLabel]
    .filter(Boolean)
    .join('. ');
  return (
    <div className={clsx('faq-copy-link', styles.wrapper, className)}>
      <CopyButton
        state={linkState}
        label={linkLabel}
        ariaLabel={`Copy link: ${title}`}
        icon={LINK_ICON}
        onClick={() => {
          copyText(url).then(
            () => setLinkState('copied'),
            () => setLinkState('failed'),
          );
        }}
      />
      <CopyButton
        state={answerState}
        label={answerLabel}
        ariaLabel={`Copy answer: ${title}`}
        icon={TEXT_ICON}
        onClick={(button) => {
          copyAnswer(button, {title, url, markdownUrl}).then(setAnswerState, () => setAnswerState('failed'));
        }}
      />
      <span className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </span>
    </div>
  );
}
