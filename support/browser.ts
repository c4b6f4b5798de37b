/** What tests and the benchmark both do in a page. */
import type {Locator, Page} from '@playwright/test';
import {compress} from './edgeCompression';

/**
 * Waits until React has hydrated the page, so typing and shortcuts reach it.
 * Pages hydrate on the reader's first sign of intent
 * (src/plugins/performance/hydrateOnIntent), so it first presses Shift, as a
 * reader might: a key press that changes nothing on the page.
 */
export async function waitForHydration(page: Page, timeout?: number): Promise<void> {
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout});
}

/** Bytes after brotli at quality 11, as a static host serves pre-compressed files. */
export function brotliSize(body: Buffer): number {
  return compress(body, 'br').length;
}

/**
 * The lines of an answer's Markdown as a reader sees them: list markers, link
 * targets and code ticks gone. The answers use only paragraphs, lists, links
 * and inline code, so three replacements suffice; a Markdown renderer here
 * would be the code under test checking itself.
 */
export function visibleLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .replace(/^- /, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/`/g, ''),
    );
}

/** The <loc> entries of a sitemap.xml, in document order. */
export function sitemapUrls(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
}

/** A search result row's question title, read from its data-result-title rather than its position in the markup. */
export function resultTitle(rows: Locator): Locator {
  return rows.locator('[data-result-title]');
}
