/**
 * Phones, as a visitor from a support chat holds them: touch, 320 to 414 px
 * wide. On every page: no sideways scrolling (WCAG 1.4.10), no input that
 * makes iOS Safari zoom in when focused, placeholders that fit, and targets a
 * thumb can hit (axe's target-size, WCAG 2.5.8). One phone's browser context,
 * one document a page, turned to each width.
 */
import type {Page} from '@playwright/test';
import {test, expect, waitForHydration} from './fixtures';
import {firstOfEachKind, pageKind, publishedRoot, sitemapPages} from './sitePages';
import {checkAxe, loadAxe} from '../../support/axe';

/** The elements that stick out past the right edge, widest first (fixed ones do not scroll the page). */
function overflowingElements(page: Page, width: number): Promise<string[]> {
  return page.evaluate((viewportWidth) => {
    const isFixed = (element: Element | null): boolean =>
      element !== null && (getComputedStyle(element).position === 'fixed' || isFixed(element.parentElement));
    return [...document.body.querySelectorAll('*')]
      .map((element) => ({element, right: element.getBoundingClientRect().right}))
      .filter(({element, right}) => right > viewportWidth + 0.5 && !isFixed(element))
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({element, right}) => {
        const classes = [...element.classList].map((name) => `.${name}`).join('');
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return `${element.tagName.toLowerCase()}${classes} "${text}" ends at ${Math.round(right)}px`;
      });
  }, width);
}

/** Visible text inputs whose font is under 16px (iOS Safari zooms into them) or whose placeholder is cut. */
function inputProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const textTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);
    const canvas = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((input) => input instanceof HTMLTextAreaElement || textTypes.has(input.type))
      .filter((input) => input.getClientRects().length > 0 && getComputedStyle(input).visibility !== 'hidden')
      .flatMap((input) => {
        const style = getComputedStyle(input);
        const where = input.closest('nav.navbar') ? 'navbar' : 'page';
        const name = `${where} input "${input.getAttribute('aria-label') ?? input.name}"`;
        const problems: string[] = [];
        if (parseFloat(style.fontSize) < 16) problems.push(`${name} has a ${style.fontSize} font`);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = canvas.measureText(input.placeholder).width;
        // The navbar's collapsed search icon hides its placeholder with a transparent colour.
        const placeholderShown = getComputedStyle(input, '::placeholder').color !== 'rgba(0, 0, 0, 0)';
        if (placeholderShown && needed > room)
          problems.push(`${name}: placeholder "${input.placeholder}" needs ${Math.ceil(needed)}px of ${room}px`);
        return problems;
      });
  });
}

/** axe's target-size (WCAG 2.2, 2.5.8) at a page's current state. */
async function targetSizeProblems(page: Page): Promise<string[]> {
  const {violations, passes} = await checkAxe(page, {type: 'rule', values: ['target-size']});
  // The rule ran and looked at targets, so an empty violation list means something.
  if (violations.length + passes === 0) return ['axe target-size checked nothing'];
  return violations;
}

const TARGET_SIZE_WIDTH = 320;
/** The widths checked on every page; no style of the site changes between 375 and 414 px (its narrowest breakpoint is 480 px), so 414 is checked on one page of each kind. */
const EVERY_PAGE_WIDTHS = [TARGET_SIZE_WIDTH, 375];
const WIDEST = 414;

// Layout alone: a base URL changes none of it, so this runs on the root build only.
test(`at ${EVERY_PAGE_WIDTHS.join(' and ')}px on every page, ${WIDEST}px on each kind, with touch: no sideways scroll, 16px inputs, placeholders fit; at ${TARGET_SIZE_WIDTH}px targets pass axe target-size`, async ({
  newContext,
  request,
  baseURL,
  allowConsoleError,
}) => {
  test.setTimeout(120_000);
  allowConsoleError(/status of 404/);
  const root = await publishedRoot(request);
  const everyPage = [...(await sitemapPages(request, root)), 'search?q=token', 'no-such-page'];
  const firstOfKind = new Set(firstOfEachKind(everyPage, (path) => pageKind(path)));
  // One document a page, turned from width to width as a phone turns: the layout is CSS's,
  // and the app follows the window's width live.
  const context = await newContext({viewport: {width: TARGET_SIZE_WIDTH, height: 740}, hasTouch: true, isMobile: true});
  await loadAxe(context);
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of everyPage) {
    const widths = firstOfKind.has(path) ? [...EVERY_PAGE_WIDTHS, WIDEST] : EVERY_PAGE_WIDTHS;
    await page.setViewportSize({width: TARGET_SIZE_WIDTH, height: 740});
    await page.goto(new URL(path, baseURL).href);
    await waitForHydration(page);
    for (const width of widths) {
      await page.setViewportSize({width, height: 740});
      const where = `/${path} at ${width}px`;
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth !== width)
        problems.push(
          `${where}: the page is ${scrollWidth}px wide; widest: ${(await overflowingElements(page, width)).join('; ')}`,
        );
      problems.push(...(await inputProblems(page)).map((problem) => `${where}: ${problem}`));
      if (width === TARGET_SIZE_WIDTH)
        problems.push(...(await targetSizeProblems(page)).map((problem) => `${where}: ${problem}`));
    }
    // Opened as a phone user opens it: a tap on the search icon in the navbar.
    const search = page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'});
    await search.tap();
    await expect(search).toBeFocused();
    for (const width of [...widths].reverse()) {
      await page.setViewportSize({width, height: 740});
      problems.push(...(await inputProblems(page)).map((problem) => `/${path} at ${width}px, search open: ${problem}`));
    }
  }
  expect(problems).toEqual([]);
});
