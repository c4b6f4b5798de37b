/**
 * Label in Name (WCAG 2.5.3, level A): a speech-input user says what a control
 * shows ("click Copy answer"), so a button's or link's accessible name must
 * start with its visible text. The names are Chromium's own, from its
 * accessibility tree (what assistive technology reads), not recomputed here.
 */
import type {CDPSession} from '@playwright/test';
import {test, expect} from './fixtures';
import {builtPagePaths} from './sitePages';

type Control = {role: string; name: string; text: string};

/**
 * What a speech-input user says: words. Case, runs of whitespace, and symbols
 * and punctuation (the pagination's CSS-drawn « and », a question mark) do not
 * count, as axe's label-content-name-mismatch ignores them too.
 */
const spoken = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Every link and button in the page's accessibility tree, with its name and its element's visible text. */
async function controls(session: CDPSession): Promise<Control[]> {
  const {nodes} = await session.send('Accessibility.getFullAXTree');
  const controlNodes = nodes.filter(
    (node) =>
      !node.ignored && ['link', 'button'].includes(String(node.role?.value)) && node.backendDOMNodeId !== undefined,
  );
  // Asked all at once: one round trip's wait for the lot, not one per control.
  return Promise.all(
    controlNodes.map(async (node) => {
      const {object} = await session.send('DOM.resolveNode', {backendNodeId: node.backendDOMNodeId});
      const {result} = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.innerText ?? ""; }',
        returnByValue: true,
      });
      return {role: String(node.role?.value), name: String(node.name?.value ?? ''), text: String(result.value ?? '')};
    }),
  );
}

test('every button and link whose visible text differs from its name has a name that starts with that text', async ({
  page,
  baseURL,
  allowConsoleError,
}) => {
  test.setTimeout(120_000);
  allowConsoleError(/status of 404/);
  await page.setViewportSize({width: 1440, height: 900});
  const session = await page.context().newCDPSession(page);
  const paths = [...builtPagePaths(baseURL!).filter((entry) => !entry.isRedirect), {path: 'search?q=token'}];
  const mismatches: string[] = [];
  let labelled = 0;
  for (const {path} of paths) {
    await page.goto(new URL(path, baseURL).href);
    if (path === 'search?q=token') await expect(page.locator('main').getByRole('status')).toHaveText(/found/);
    const onPage = await controls(session);
    expect(onPage.length, `/${path} has links and buttons`).toBeGreaterThan(0);
    for (const {role, name, text} of onPage) {
      const shown = spoken(text);
      // An icon alone (or a symbol such as the heading anchors' "#") is no text to say.
      if (shown === '' || shown === spoken(name)) continue;
      labelled += 1;
      if (!`${spoken(name)} `.startsWith(`${shown} `))
        mismatches.push(`/${path}: ${role} showing "${shown}" is named "${name}"`);
    }
  }
  // The copy buttons at least show less than their names say, so the rule was applied.
  expect(labelled, 'controls whose name differs from their text').toBeGreaterThan(0);
  expect(mismatches).toEqual([]);
});
