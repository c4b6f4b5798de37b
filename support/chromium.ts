/**
 * Where the tests and the benchmark find Chromium, on any developer's machine
 * (nothing is downloaded at run time), in this order:
 * 1. CHROME_PATH, when set (and then only it: a wrong path is an error, not a fallback);
 * 2. Playwright's own Chromium, if `npx playwright install chromium` was run;
 * 3. an installed Chrome or Chromium, where chrome-launcher knows each OS keeps them;
 * 4. Debian's /usr/bin/chromium.
 */
import fs from 'node:fs';
import {chromium} from '@playwright/test';
import {Launcher} from 'chrome-launcher';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export type ChromiumSources = {
  /** The CHROME_PATH environment variable. */
  readonly chromePath: string | undefined;
  /** Where Playwright keeps the Chromium `npx playwright install chromium` downloads. */
  readonly playwrightChromium: string;
  /** Chrome and Chromium installations chrome-launcher found, best first. */
  readonly installed: readonly string[];
  readonly exists: (path: string) => boolean;
};

export type ChromiumChoice = {readonly path: string; readonly source: string} | {readonly error: string};

/** The first Chromium of the sources that exists, or an error naming every place looked at and how to fill one. */
export function chooseChromium({chromePath, playwrightChromium, installed, exists}: ChromiumSources): ChromiumChoice {
  if (chromePath) {
    return exists(chromePath)
      ? {path: chromePath, source: 'CHROME_PATH'}
      : {
          error: `CHROME_PATH is ${chromePath}, which does not exist. Point it at a Chromium or Chrome binary, or unset it.`,
        };
  }
  if (exists(playwrightChromium)) return {path: playwrightChromium, source: 'Playwright’s Chromium'};
  const firstInstalled = installed.find(exists);
  if (firstInstalled) return {path: firstInstalled, source: 'an installed Chrome or Chromium'};
  if (exists(DEBIAN_CHROMIUM)) return {path: DEBIAN_CHROMIUM, source: 'Debian’s chromium'};
  return {
    error: [
      'No Chromium or Chrome found. Looked for, in order:',
      '- CHROME_PATH (not set): the path of a Chromium or Chrome binary;',
      `- Playwright’s own Chromium at ${playwrightChromium} (run \`npx playwright install chromium\`);`,
      '- Chrome or Chromium installed where chrome-launcher looks on this OS (none found);',
      `- Debian’s ${DEBIAN_CHROMIUM} (apt-get install -y chromium).`,
    ].join('\n'),
  };
}

/** chrome-launcher's list; it throws when it finds none. */
function installedChromes(): string[] {
  try {
    return Launcher.getInstallations();
  } catch {
    return [];
  }
}

let chosen: string | undefined;

/** The Chromium binary to launch; throws the error of `chooseChromium` when there is none. */
export function chromiumPath(): string {
  if (chosen) return chosen;
  const choice = chooseChromium({
    chromePath: process.env.CHROME_PATH || undefined,
    playwrightChromium: chromium.executablePath(),
    // Looked up only when needed: it runs `which` for each name it knows.
    get installed() {
      return installedChromes();
    },
    exists: (path) => fs.existsSync(path),
  });
  if ('error' in choice) throw new Error(choice.error);
  chosen = choice.path;
  return chosen;
}
