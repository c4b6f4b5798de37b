/** What the engine checks ask of a browser: the same for WebKit and Firefox. */
import type {Display} from './display';

export type EngineName = 'webkit' | 'firefox';

export interface EnginePage {
  /** Loads the address and waits for its load event. */
  goto(url: string): Promise<void>;
  /**
   * Runs a self-contained function in the page with JSON arguments, awaiting a
   * promise it returns. It travels as source text: it may use nothing from its
   * module.
   */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Runs a script's source in the page as the driver does (the page's CSP does not apply), e.g. axe-core. */
  addScript(source: string): Promise<void>;
  /** A reader's click: scrolled into view, pressed at the element's centre through the browser's input. */
  click(selector: string): Promise<void>;
  /** Key presses into the element, which gets focus first. */
  type(selector: string, text: string): Promise<void>;
  /** A press of Shift, sent to whatever has focus: intent that changes nothing on the page. */
  pressShift(): Promise<void>;
  /** Sizes the window so the page's viewport (innerWidth × innerHeight) is this size. */
  setViewport(width: number, height: number): Promise<void>;
  /** Console errors and uncaught exceptions since the page was loaded. */
  consoleErrors(): Promise<string[]>;
}

export interface Engine {
  readonly name: EngineName;
  /** Browser and version, for the report. */
  readonly version: string;
  readonly page: EnginePage;
  readonly display: Display;
  close(): Promise<void>;
}

/** A script the test server must load first in every page, for an engine whose driver cannot see its console. */
export type HeadScript = {readonly path: string; readonly source: string};

/**
 * The source of an expression that calls `fn` with `args`. Code run through
 * tsx (esbuild) may call a `__name` helper to keep function names; the page
 * has none, so it gets one that does nothing.
 */
export function callExpression(fn: (...args: never[]) => unknown, args: readonly unknown[]): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}
