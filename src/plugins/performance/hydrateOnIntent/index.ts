/**
 * Hydration on intent, a build step: every page ships without its scripts
 * (the entry scripts, React, the theme, the router, and its route's chunks:
 * ~115 KiB brotli that a reader who only reads never uses) and with one small
 * loader instead (./loader.ts), which loads them on the reader's first sign
 * of intent.
 *
 * It rewrites the built HTML, so it is a step of the pass over the built
 * pages in postBuild, before the security plugin hashes inline scripts (that
 * plugin sequences it, see src/plugins/security). Docusaurus has no option for
 * this, and no library does it for a Docusaurus build, hence this step. Pages
 * without entry scripts (the redirect pages) are left as they are.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {bundleForBrowser} from '../../browserBundle';
import type {PageRewrite} from '../../security';

/** Docusaurus's entry scripts: `<script src=/base/assets/js/main.1234.js defer></script>` (minified HTML). */
function entryScriptPattern(assetsUrl: string): RegExp {
  const escaped = assetsUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<script src=(["']?)(${escaped}[^"'\\s>]+)\\1 defer><\\/script>`, 'g');
}

/**
 * The page with its entry scripts replaced, where the first stood, by the
 * loader, which lists them in `data-entries` in their order; null for a page
 * without entry scripts.
 */
export function deferEntryScripts(html: string, assetsUrl: string, loaderSrc: string): string | null {
  const pattern = entryScriptPattern(assetsUrl);
  const entries = [...html.matchAll(pattern)].map((match) => match[2]);
  if (entries.length === 0) return null;
  const loaderTag = `<script src="${loaderSrc}" data-entries="${entries.join(' ')}" defer></script>`;
  let first = true;
  return html.replace(pattern, () => {
    const replacement = first ? loaderTag : '';
    first = false;
    return replacement;
  });
}

/** Writes the loader into the build's assets; every page is then rewritten to use it. */
export async function hydrateOnIntent(outDir: string, baseUrl: string): Promise<PageRewrite> {
  const {code, fileName} = await bundleForBrowser(path.join(__dirname, 'loader.ts'), {
    name: 'hydrate-on-intent',
    format: 'iife',
  });
  const assetsUrl = `${baseUrl}assets/js/`;
  await fs.writeFile(path.join(outDir, 'assets', 'js', fileName), code);
  const loaderSrc = `${assetsUrl}${fileName}`;
  return {
    rewrite: (html) => deferEntryScripts(html, assetsUrl, loaderSrc),
    done: (pages) => {
      // Silently shipping every page with its scripts would undo the mode unnoticed.
      if (pages === 0) throw new Error(`hydrate on intent: no page of ${outDir} has entry scripts in ${assetsUrl}`);
    },
  };
}
