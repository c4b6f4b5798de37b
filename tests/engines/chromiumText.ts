/** The reference for the engines' text: what Chromium (the e2e tests' browser) shows in a page's article. */
import {chromium, type Browser} from '@playwright/test';
import {chromiumArgs, chromiumPath} from '../../support/chromium';
import {waitForHydration} from '../../support/browser';

let browser: Promise<Browser> | undefined;

export async function articleTextInChromium(url: string): Promise<string> {
  browser ??= chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
  const page = await (await browser).newPage({viewport: {width: 1280, height: 800}});
  try {
    await page.goto(url);
    await waitForHydration(page);
    return await page.locator('article').first().innerText();
  } finally {
    await page.close();
  }
}

export async function closeChromium(): Promise<void> {
  await (await browser)?.close();
  browser = undefined;
}
