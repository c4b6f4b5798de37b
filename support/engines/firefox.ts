/**
 * Firefox (Debian's firefox-esr) through WebDriver BiDi, which Firefox has
 * built in (no geckodriver), with puppeteer-core: it launches the given
 * binary with the preferences automation needs (no updates, no first-run
 * pages, no telemetry), kept up to date with Firefox by Puppeteer's team, and
 * downloads nothing. Headed, on the engine checks' own X display, so copying
 * reaches the real X clipboard (a headless Firefox keeps its own).
 */
import puppeteer from 'puppeteer-core';
import type {Display} from './display';
import {callExpression, type Engine, type EnginePage} from './types';

export async function launchFirefox(display: Display, executablePath: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: false,
    env: {...process.env, DISPLAY: display.name},
  });
  const [firstTab] = await browser.pages();
  const tab = firstTab ?? (await browser.newPage());
  let errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(`uncaught ${error instanceof Error ? error.message : String(error)}`));

  const page: EnginePage = {
    goto: async (url) => {
      errors = [];
      await tab.goto(url);
    },
    evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) {
      return tab.evaluate(callExpression(fn, args)) as Promise<T>;
    },
    addScript: async (source) => void (await tab.evaluate(`${source};\nnull`)),
    click: (selector) => tab.click(selector),
    type: (selector, text) => tab.type(selector, text),
    pressShift: () => tab.keyboard.press('Shift'),
    setViewport: (width, height) => tab.setViewport({width, height}),
    consoleErrors: () => Promise.resolve([...errors]),
  };

  return {
    name: 'firefox',
    version: await browser.version(),
    page,
    display,
    close: () => browser.close(),
  };
}
