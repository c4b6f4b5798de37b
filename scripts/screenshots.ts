/**
 * Screenshots of every built page at phone and desktop width, light and dark,
 * for a person to look at. Usage: npm run build && npm run serve & tsx scripts/screenshots.ts
 */
import fs from 'node:fs';
import {chromium} from '@playwright/test';
import {chromiumArgs, chromiumPath} from '../support/chromium';

const origin = process.env.SITE_ORIGIN ?? 'http://127.0.0.1:3210';
const outDir = process.env.OUT_DIR ?? 'screenshots';
const pages = (
  process.argv[2] ?? '/,/faq,/faq/network,/faq/does-xmtp-have-a-token,/faq/is-the-xmtp-network-decentralized,/missing'
).split(',');

async function main(): Promise<void> {
  const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
  fs.mkdirSync(outDir, {recursive: true});
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1440]) {
      const page = await browser.newPage({viewport: {width, height: width < 500 ? 812 : 900}, colorScheme});
      for (const pathname of pages) {
        await page.goto(origin + pathname, {waitUntil: 'networkidle'});
        const name = `${pathname.replace(/\W+/g, '_') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({path: `${outDir}/${name}`, fullPage: process.env.FULL === '1'});
      }
      await page.close();
    }
  }
  await browser.close();
}

void main();
