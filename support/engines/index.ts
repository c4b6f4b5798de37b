/**
 * WebKit and Firefox for the engine checks (tests/engines), behind one API
 * (./types.ts): each on an X display of its own, with its clipboard.
 * Nothing is downloaded: the browsers are the machine's (Debian's packages
 * webkit2gtk-driver and firefox-esr; README says what each engine needs).
 */
import fs from 'node:fs';
import path from 'node:path';
import {startDisplay} from './display';
import {launchFirefox} from './firefox';
import {launchWebKit, WEBKIT_HEAD_SCRIPT} from './webkit';
import type {Engine, EngineName, HeadScript} from './types';

export type {Engine, EngineName} from './types';
export {CLEARED_CLIPBOARD} from './display';

/** A program on PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** A path given in the environment, if it exists (a wrong one is a missing browser, not a fallback). */
function fromEnvironment(name: string): string | undefined {
  const value = process.env[name];
  return value && fs.existsSync(value) ? value : undefined;
}

/** WebKitGTK's MiniBrowser, which Debian keeps under its multiarch library folder (or WEBKIT_MINIBROWSER). */
function miniBrowser(): string | undefined {
  if (process.env.WEBKIT_MINIBROWSER) return fromEnvironment('WEBKIT_MINIBROWSER');
  const libraries = fs.existsSync('/usr/lib') ? fs.readdirSync('/usr/lib') : [];
  return libraries
    .map((dir) => path.join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((candidate) => fs.existsSync(candidate));
}

function firefoxBinary(): string | undefined {
  if (process.env.FIREFOX_PATH) return fromEnvironment('FIREFOX_PATH');
  return onPath('firefox-esr') ?? onPath('firefox');
}

type Requirement = {readonly found: string | undefined; readonly what: string};

function requirements(name: EngineName): Requirement[] {
  const display = [
    {found: onPath('Xvfb'), what: 'Xvfb (apt-get install -y xvfb)'},
    {found: onPath('xclip'), what: 'xclip (apt-get install -y xclip)'},
  ];
  return name === 'webkit'
    ? [
        {found: onPath('WebKitWebDriver'), what: 'WebKitWebDriver (apt-get install -y webkit2gtk-driver)'},
        {
          found: miniBrowser(),
          what: 'WebKitGTK’s MiniBrowser (apt-get install -y webkit2gtk-driver, or WEBKIT_MINIBROWSER)',
        },
        ...display,
      ]
    : [{found: firefoxBinary(), what: 'Firefox (apt-get install -y firefox-esr, or FIREFOX_PATH)'}, ...display];
}

/** What the engine lacks on this machine, as install hints; empty when it can run. */
export function missingFor(name: EngineName): string[] {
  return requirements(name)
    .filter((requirement) => requirement.found === undefined)
    .map((requirement) => requirement.what);
}

/** The script the test server must put first in each page for this engine, if its driver cannot read the console. */
export function headScriptFor(name: EngineName): HeadScript | undefined {
  return name === 'webkit' ? WEBKIT_HEAD_SCRIPT : undefined;
}

/** Starts the engine's display and browser; call `missingFor` first. */
export async function launchEngine(name: EngineName): Promise<Engine> {
  const display = await startDisplay();
  try {
    const engine =
      name === 'webkit' ? await launchWebKit(display, miniBrowser()!) : await launchFirefox(display, firefoxBinary()!);
    return {
      ...engine,
      close: async () => {
        await engine.close();
        display.close();
      },
    };
  } catch (error) {
    display.close();
    throw error;
  }
}
