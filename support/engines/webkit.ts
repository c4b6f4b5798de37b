/**
 * WebKit (WebKitGTK's MiniBrowser, driven by Debian's WebKitWebDriver) through
 * W3C WebDriver over HTTP: the dozen commands the checks use, with fetch.
 * Why not a client library: webdriverio adds 239 packages (68 MB) and
 * selenium-webdriver 17 (20 MB) for the same commands, and neither was faster
 * (DESIGN.md has the figures).
 *
 * WebKitWebDriver reads no console (it speaks no BiDi here) and WebKitGTK
 * prints none for an automation session (it is ephemeral), so the test server
 * loads `consoleProbe` first in each page: it records console errors,
 * uncaught exceptions, failed loads and CSP violations.
 */
import {spawn} from 'node:child_process';
import {freePort} from '../site';
import type {Display} from './display';
import {callExpression, type Engine, type EnginePage, type HeadScript} from './types';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHIFT = '\uE008';

/** Runs first in each page (a same-origin script from the test server): what a console would show as an error. */
function consoleProbe(): void {
  const errors: string[] = [];
  (window as unknown as {__consoleErrors: string[]}).__consoleErrors = errors;
  const describe = (value: unknown) =>
    value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : String(value);
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(describe).join(' '));
    consoleError(...args);
  };
  addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) errors.push(`uncaught ${event.message}`);
      else {
        const target = event.target as {src?: string; href?: string; tagName?: string} | null;
        errors.push(`failed to load ${target?.src ?? target?.href ?? target?.tagName ?? 'a resource'}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`CSP refused ${event.blockedURI} (${event.violatedDirective})`),
  );
}

export const WEBKIT_HEAD_SCRIPT: HeadScript = {
  path: '/__engine-console-probe.js',
  source: `${callExpression(consoleProbe, [])};\n`,
};

type Reply = {value: unknown};

export async function launchWebKit(display: Display, miniBrowser: string): Promise<Engine> {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: {...process.env, DISPLAY: display.name},
  });
  const base = `http://127.0.0.1:${port}`;

  async function command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<unknown> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {'Content-Type': 'application/json'},
      body: body && JSON.stringify(body),
    });
    const {value} = (await response.json()) as Reply;
    const error = value as {error?: string; message?: string} | null;
    if (error?.error) throw new Error(`WebDriver ${path}: ${error.error}: ${error.message ?? ''}`);
    return value;
  }

  for (let attempt = 0; ; attempt++) {
    try {
      await command('GET', '/status');
      break;
    } catch (error) {
      if (attempt === 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const created = (await command('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation']},
      },
    },
  })) as {sessionId: string; capabilities: {browserVersion: string}};
  const session = `/session/${created.sessionId}`;

  const find = async (selector: string) => {
    const element = (await command('POST', `${session}/element`, {using: 'css selector', value: selector})) as Record<
      string,
      string
    >;
    return element[ELEMENT]!;
  };
  const evaluate = async <T>(expression: string) =>
    (await command('POST', `${session}/execute/sync`, {script: `return ${expression};`, args: []})) as T;

  const page: EnginePage = {
    goto: async (url) => void (await command('POST', `${session}/url`, {url})),
    evaluate: (fn, ...args) => evaluate(callExpression(fn, args)),
    addScript: async (source) =>
      void (await command('POST', `${session}/execute/sync`, {script: `${source};\nreturn null;`, args: []})),
    click: async (selector) => void (await command('POST', `${session}/element/${await find(selector)}/click`, {})),
    type: async (selector, text) =>
      void (await command('POST', `${session}/element/${await find(selector)}/value`, {text})),
    pressShift: async () =>
      void (await command('POST', `${session}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              {type: 'keyDown', value: SHIFT},
              {type: 'keyUp', value: SHIFT},
            ],
          },
        ],
      })),
    setViewport: async (width, height) => {
      // The window's frame is whatever the window manager adds: size once, measure, correct.
      await command('POST', `${session}/window/rect`, {width, height});
      const inner = await evaluate<[number, number]>('[innerWidth, innerHeight]');
      await command('POST', `${session}/window/rect`, {
        width: 2 * width - inner[0],
        height: 2 * height - inner[1],
      });
    },
    consoleErrors: () => evaluate<string[]>('window.__consoleErrors ?? ["the console probe did not run"]'),
  };

  return {
    name: 'webkit',
    version: `WebKitGTK ${created.capabilities.browserVersion}`,
    page,
    display,
    close: async () => {
      await command('DELETE', session).catch(() => undefined);
      driver.kill();
    },
  };
}
