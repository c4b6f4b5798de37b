/** The answer tools' "Copy link" and "Copy answer" buttons and their status line, as the tests find them. */
import type {Locator, Page} from '@playwright/test';

/** The status region that says a copy's outcome. */
export const copyStatus = (page: Page) => page.locator('.faq-copy-link [role="status"]');

/** A copy button, found by what it copies: its accessible name changes with its state. */
export const copyButton = (page: Page, kind: 'link' | 'answer') =>
  page.locator(`.faq-copy-link button[data-copy="${kind}"]`);

/** The label a copy button shows: one of its state's labels. */
export const shownLabel = (button: Locator) => button.locator('[data-label]:visible');
