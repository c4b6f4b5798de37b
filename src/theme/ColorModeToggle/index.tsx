import {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import siteStorage from '@generated/site-storage';
import IconLightMode from '@theme/Icon/LightMode';
import IconDarkMode from '@theme/Icon/DarkMode';
import IconSystemColorMode from '@theme/Icon/SystemColorMode';
import type {Props} from '@theme/ColorModeToggle';
import {colorModeToggleText, nextColorModeChoice} from './colorModeChoice';
import styles from './styles.module.css';

/**
 * The classic theme's toggle, ejected so that it works before hydration:
 * the original is disabled until React has started, so a first press on a
 * page still loading its app did nothing. This one is never disabled; before
 * hydration the loader applies the press (./colorModeChoice.ts), and its
 * data attributes tell it how Docusaurus stores the choice. Its three icons
 * follow `data-theme-choice` in CSS, as the original's do.
 */
function ColorModeToggle({className, buttonClassName, respectPrefersColorScheme, value, onChange}: Props): ReactNode {
  const {title, label} = colorModeToggleText(value);
  return (
    <div className={clsx(styles.toggle, className)}>
      <button
        className={clsx('clean-btn', styles.toggleButton, buttonClassName)}
        type="button"
        onClick={() => onChange(nextColorModeChoice(value, respectPrefersColorScheme))}
        title={title}
        aria-label={label}
        data-color-mode-toggle=""
        data-respect-prefers-color-scheme={String(respectPrefersColorScheme)}
        data-storage-type={siteStorage.type}
        data-storage-key={`theme${siteStorage.namespace}`}
      >
        <IconLightMode aria-hidden className={clsx(styles.toggleIcon, styles.lightToggleIcon)} />
        <IconDarkMode aria-hidden className={clsx(styles.toggleIcon, styles.darkToggleIcon)} />
        <IconSystemColorMode aria-hidden className={clsx(styles.toggleIcon, styles.systemToggleIcon)} />
      </button>
    </div>
  );
}

export default memo(ColorModeToggle);
