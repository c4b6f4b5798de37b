/**
 * Phones, as a visitor from a support chat holds them: touch, 320 to 414 px
 * wide. On every page: no sideways scrolling (WCAG 1.4.10), no input that
 * makes iOS Safari zoom in when focused, placeholders that fit, and targets a
 * thumb can hit (axe's target-size, WCAG 2.5.8). One browser context per
 * width, reused for every page.
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
const WIDEST = 414;

for (const width of [TARGET_SIZE_WIDTH, 375, WIDEST]) {
  const targets = width === TARGET_SIZE_WIDTH ? ', targets pass axe target-size' : '';
  // Layout alone: a base URL changes none of it, so this runs on the root build only.
  test(`at ${width}px with touch: no sideways scroll, 16px inputs, placeholders fit${targets}`, async ({
    browser,
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const root = await publishedRoot(request);
    const everyPage = [...(await sitemapPages(request, root)), 'search?q=token', 'no-such-page'];
    // No style of the site changes between 375 and 414 px (its narrowest breakpoint is 480 px):
    // every page at 320 and 375, one of each kind at 414.
    const paths = width === WIDEST ? firstOfEachKind(everyPage, (path) => pageKind(path)) : everyPage;
    const context = await browser.newContext({viewport: {width, height: 740}, hasTouch: true, isMobile: true});
    if (width === TARGET_SIZE_WIDTH) await loadAxe(context);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, baseURL).href);
      await waitForHydration(page);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth !== width)
        problems.push(
          `/${path}: the page is ${scrollWidth}px wide; widest: ${(await overflowingElements(page, width)).join('; ')}`,
        );
      problems.push(...(await inputProblems(page)).map((problem) => `/${path}: ${problem}`));
      if (width === TARGET_SIZE_WIDTH)
        problems.push(...(await targetSizeProblems(page)).map((problem) => `/${path}: ${problem}`));
      // Opened as a phone user opens it: a tap on the search icon in the navbar.
      const search = page.locator('nav.navbar').getByRole('combobox', {name: 'Search the FAQ'});
      await search.tap();
      await expect(search).toBeFocused();
      problems.push(...(await inputProblems(page)).map((problem) => `/${path}, search open: ${problem}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
}
