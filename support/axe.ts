/**
 * axe-core, one way for every accessibility check (the Playwright sweeps and
 * the WebKit and Firefox suite): the package's own axe.min.js in the page,
 * then `axe.run` on the document.
 *
 * Why not @axe-core/playwright's AxeBuilder: each `analyze()` evaluates the
 * 550 KB axe source again in the page, then opens a blank page and evaluates
 * it there too (its `finishRun`). Measured on this 2-core machine over six
 * hydrated page types: 6–16 s a page with AxeBuilder, 3.2–3.9 s in its legacy
 * mode, 0.6–1.0 s with axe loaded once per browser context as an init script.
 */
import type {BrowserContext, Page} from '@playwright/test';

/** axe-core's browser bundle, resolved from this repository's own dependency. */
export const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');

/** The oldest axe-core whose rules the checks accept: 4.14 added Label in Name for buttons (label-content-name-mismatch). */
const MIN_AXE_VERSION = [4, 14] as const;

/** Whether an axe-core version ("4.14.1") is at least MIN_AXE_VERSION; an older one would pass pages it should not. */
export function isCurrentAxe(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > MIN_AXE_VERSION[0] || (major === MIN_AXE_VERSION[0] && minor >= MIN_AXE_VERSION[1]);
}

/** The rules every page must pass: WCAG 2.0–2.2 A and AA, and Deque's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeRunOnly = {type: 'tag' | 'rule'; values: string[]};

export type AxeOutcome = {
  version: string;
  /** One line per failing element: rule, impact, help, selector, what to fix. */
  violations: string[];
  /** How many rules found something to check and passed: zero means the run looked at nothing. */
  passes: number;
};

/**
 * Runs in the page, where axe-core is already loaded; self-contained, so every
 * driver can send it as source text.
 */
export function runAxeInPage(runOnly: AxeRunOnly): Promise<AxeOutcome> {
  type AxeNode = {target: unknown[]; failureSummary?: string};
  type AxeResult = {id: string; impact?: string | null; help: string; nodes: AxeNode[]};
  const {axe} = window as unknown as {
    axe?: {
      version: string;
      run: (
        context: Document,
        options: {runOnly: AxeRunOnly},
      ) => Promise<{violations: AxeResult[]; passes: AxeResult[]}>;
    };
  };
  if (!axe) return Promise.reject(new Error('axe-core is not loaded in this page'));
  return axe.run(document, {runOnly}).then((results) => ({
    version: axe.version,
    violations: results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${node.target.join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    ),
    passes: results.passes.length,
  }));
}

/** Throws unless the page ran a current axe-core: every check says which version judged it. */
export function currentAxeOutcome(outcome: AxeOutcome): AxeOutcome {
  if (!isCurrentAxe(outcome.version)) {
    throw new Error(`axe-core ${outcome.version} is older than ${MIN_AXE_VERSION.join('.')}: run npm ci`);
  }
  return outcome;
}

/** Loads axe-core in the page (or every page of the context) from its next navigation on, before the page's scripts. */
export async function loadAxe(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript({path: AXE_SOURCE_PATH});
}

/** axe on the page as it is now (after `loadAxe`); all of AXE_TAGS unless told. */
export async function checkAxe(page: Page, runOnly: AxeRunOnly = {type: 'tag', values: AXE_TAGS}): Promise<AxeOutcome> {
  return currentAxeOutcome(await page.evaluate(runAxeInPage, runOnly));
}
