import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chooseChromium, DEBIAN_CHROMIUM, type ChromiumSources} from '../../support/chromium';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
const CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const CHROMIUM = '/snap/bin/chromium';

/** Sources where only the listed paths exist. */
function sources(existing: readonly string[], overrides: Partial<ChromiumSources> = {}): ChromiumSources {
  return {
    chromePath: undefined,
    playwrightChromium: PLAYWRIGHT,
    installed: [CHROME, CHROMIUM],
    exists: (path) => existing.includes(path),
    ...overrides,
  };
}

test('CHROME_PATH wins over every other Chromium', () => {
  const choice = chooseChromium(
    sources([PLAYWRIGHT, CHROME, DEBIAN_CHROMIUM, '/opt/chrome'], {chromePath: '/opt/chrome'}),
  );
  assert.deepEqual(choice, {path: '/opt/chrome', source: 'CHROME_PATH'});
});

test('a CHROME_PATH that does not exist is an error, not a silent fallback', () => {
  const choice = chooseChromium(sources([PLAYWRIGHT, DEBIAN_CHROMIUM], {chromePath: '/opt/typo'}));
  assert.ok('error' in choice);
  assert.match(choice.error, /CHROME_PATH is \/opt\/typo, which does not exist/);
});

test('then Playwright’s own Chromium, once installed', () => {
  assert.deepEqual(chooseChromium(sources([PLAYWRIGHT, CHROME, DEBIAN_CHROMIUM])), {
    path: PLAYWRIGHT,
    source: 'Playwright’s Chromium',
  });
});

test('then the first installed Chrome or Chromium that exists', () => {
  assert.deepEqual(chooseChromium(sources([CHROMIUM, DEBIAN_CHROMIUM])), {
    path: CHROMIUM,
    source: 'an installed Chrome or Chromium',
  });
  assert.deepEqual(chooseChromium(sources([CHROME, CHROMIUM])), {
    path: CHROME,
    source: 'an installed Chrome or Chromium',
  });
});

test('then Debian’s chromium', () => {
  assert.deepEqual(chooseChromium(sources([DEBIAN_CHROMIUM], {installed: []})), {
    path: DEBIAN_CHROMIUM,
    source: 'Debian’s chromium',
  });
});

test('with none, the error names every place looked at and how to fill it', () => {
  const choice = chooseChromium(sources([]));
  assert.ok('error' in choice);
  for (const place of [
    'CHROME_PATH',
    PLAYWRIGHT,
    'npx playwright install chromium',
    'chrome-launcher',
    DEBIAN_CHROMIUM,
    'apt-get install -y chromium',
  ]) {
    assert.ok(choice.error.includes(place), `the error names ${place}`);
  }
});
