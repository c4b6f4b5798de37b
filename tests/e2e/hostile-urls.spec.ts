/**
 * Addresses built to break a page: markup in the fragment, odd bytes and
 * lengths in the search query, a very long path. Each loads with the status
 * it should, no console error (fixtures.ts) and no script of the attacker's.
 */
import {test, expect} from './fixtures';
import {openAsNewDocument, underBaseUrl} from './sitePages';

const hostile: readonly {name: string; path: string; status: 200 | 404}[] = [
  {name: 'markup in the fragment', path: 'faq#<script>alert(1)</script>', status: 200},
  {
    name: 'markup in the fragment, encoded',
    path: `faq#${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    status: 200,
  },
  {name: 'a NUL byte in the query', path: 'search?q=token%00', status: 200},
  {name: 'a query of 4,000 characters', path: `search?q=${'node'.repeat(1000)}`, status: 200},
  {name: 'a lone % in the query', path: 'search?q=%', status: 200},
  {name: 'markup in the query', path: `search?q=${encodeURIComponent('"><script>alert(1)</script>')}`, status: 200},
  {name: 'a path of 2,000 characters', path: `faq/${'a'.repeat(1996)}`, status: 404},
];

test('each hostile address answers as it should and runs no injected script @baseurl', async ({
  page,
  baseURL,
  allowConsoleError,
}) => {
  allowConsoleError(/status of 404/);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Under a base URL only the path is read differently; a query or a fragment is read the same way.
  const addresses = underBaseUrl(baseURL) ? hostile.filter((address) => address.status === 404) : hostile;
  for (const address of addresses) {
    const response = await openAsNewDocument(page, new URL(address.path, baseURL).href);
    expect(response?.status(), address.name).toBe(address.status);
    await expect(page.locator('h1'), address.name).toBeVisible();
    // Let the search (worker, index) finish with the odd query, and any injected handler fire.
    if (address.path.startsWith('search')) await expect(page.locator('main').getByRole('status')).not.toBeEmpty();
    expect(dialogs, address.name).toEqual([]);
    expect(await page.locator('main script, main img[src="x"]').count(), address.name).toBe(0);
  }
});
