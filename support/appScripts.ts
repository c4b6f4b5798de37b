/**
 * The app's JavaScript on a reader's first interaction with a built page:
 * the scripts its hydrate-on-intent loader lists (Docusaurus's entry scripts
 * and the page's route chunks; src/plugins/performance/hydrateOnIntent), read
 * from the build. Deterministic, so tests assert it and the benchmark prints it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {brotliSize} from './browser';

/** The scripts the page's loader loads, as the page lists them (paths with the base URL). */
export function firstInteractionScripts(html: string): string[] {
  const entries = /data-entries="([^"]+)"/.exec(html)?.[1];
  if (!entries) throw new Error('the page has no hydrate-on-intent loader listing its scripts');
  return entries.split(' ');
}

const SEARCH_LIST_KEY = '"questionsForSearch":';
const JSON_LITERAL = "JSON.parse('";

/**
 * Transitional (issue 21): a script without search's question list, which is
 * still in the FAQ plugin's global data (main.js embeds it as
 * `JSON.parse('…')`) until it moves to the search index head; a measure of the
 * rest leaves it out. A script without it is returned as it is.
 */
export function withoutSearchList(script: string): string {
  const key = script.indexOf(SEARCH_LIST_KEY);
  if (key < 0) return script;
  const start = script.lastIndexOf(JSON_LITERAL, key) + JSON_LITERAL.length;
  let end = script.indexOf("')", key);
  while (script[end - 1] === '\\') end = script.indexOf("')", end + 1);
  // The literal's escapes undone (\\ and \'), the global data is JSON again.
  const globalData = JSON.parse(script.slice(start, end).replace(/\\(.)/g, '$1')) as {
    'xmtp-faq': {default: {questionsForSearch: unknown}};
  };
  const list = JSON.stringify(globalData['xmtp-faq'].default.questionsForSearch);
  const embedded = `,${SEARCH_LIST_KEY}${list}`.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  if (!script.includes(embedded)) throw new Error("search's question list is not where main.js should hold it");
  return script.replace(embedded, '');
}

/** The text of the page's first-interaction scripts, each read from the build. */
export function appScripts(buildDir: string, baseUrl: string, html: string): string[] {
  return firstInteractionScripts(html).map((src) =>
    fs.readFileSync(path.join(buildDir, src.slice(baseUrl.length)), 'utf8'),
  );
}

/** Brotli bytes of the page's first-interaction scripts, each compressed on its own as a host serves it. */
export function appScriptBytes(scripts: readonly string[]): number {
  return scripts.reduce((sum, script) => sum + brotliSize(Buffer.from(script)), 0);
}
