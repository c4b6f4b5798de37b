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
function firstInteractionScripts(html: string): string[] {
  const entries = /data-entries="([^"]+)"/.exec(html)?.[1];
  if (!entries) throw new Error('the page has no hydrate-on-intent loader listing its scripts');
  return entries.split(' ');
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
