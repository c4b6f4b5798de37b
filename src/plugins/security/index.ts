/**
 * The built pages' one pass, and the security policy it ends with: a
 * Content-Security-Policy <meta> in every page (for hosts that send no
 * headers, like GitHub Pages) and a `_headers` file with the full header set
 * (Netlify, Cloudflare Pages).
 *
 * The policy lists the hash of every inline script, so it is computed once
 * every page is final, the redirect pages of @docusaurus/plugin-client-
 * redirects included. Docusaurus runs postBuild hooks concurrently, so this
 * one plugin does it all, in order, each step in its own module: it reads
 * every page once (builtPages.ts), adds the redirect pages (redirectPages.ts),
 * runs the page rewrites it is given (hydration on intent,
 * src/plugins/performance), adds the policy (policy.ts) and writes every page
 * once.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {validateOptions, type Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {readBuiltPages, writeBuiltPages, type BuiltPages} from './builtPages';
import {redirectPages} from './redirectPages';
import {contentSecurityPolicy, headersFile, inlineScriptHashes, withMetaPolicy} from './policy';

/** A rewrite of every built page, before their scripts are hashed. */
export type PageRewrite = {
  /** The page rewritten, or null to leave it as it is. */
  rewrite: (html: string) => string | null;
  /** Told how many pages were rewritten, once all are. */
  done?: (rewritten: number) => void;
};

/** Prepares a rewrite (it may write files of its own into the build first). */
export type PageRewriteStep = (outDir: string) => Promise<PageRewrite>;

function applyRewrite(pages: BuiltPages, {rewrite, done}: PageRewrite): void {
  let rewritten = 0;
  for (const [file, html] of pages) {
    const next = rewrite(html);
    if (next === null) continue;
    pages.set(file, next);
    rewritten += 1;
  }
  done?.(rewritten);
}

/** The policy's meta in every page; the script hashes it lists. */
function applySecurityPolicy(pages: BuiltPages): string[] {
  const scriptHashes = [...new Set([...pages.values()].flatMap(inlineScriptHashes))].sort();
  const metaPolicy = contentSecurityPolicy(scriptHashes, 'meta');
  for (const [file, html] of pages) pages.set(file, withMetaPolicy(html, metaPolicy));
  return scriptHashes;
}

export default function redirectsThenSecurityPolicyPlugin(
  context: LoadContext,
  redirectOptions: Partial<RedirectOptions>,
  rewritesBeforePolicy: readonly PageRewriteStep[] = [],
): Plugin<unknown> {
  const options = validateOptions({options: redirectOptions, validate: normalizePluginOptions});
  return {
    name: 'xmtp-faq-redirects-then-security-policy',
    async postBuild({outDir, routesPaths, siteConfig}) {
      const pages = await readBuiltPages(outDir);
      const redirects = redirectPages(options, {outDir, baseUrl: context.baseUrl, siteConfig, routesPaths}, (file) =>
        pages.get(file),
      );
      for (const [file, html] of redirects) {
        // As the redirects plugin refuses to: a redirect page never replaces a page.
        if (pages.has(file)) throw new Error(`A redirect page would replace the page ${file}`);
        pages.set(file, html);
      }
      for (const step of rewritesBeforePolicy) applyRewrite(pages, await step(outDir));
      const scriptHashes = applySecurityPolicy(pages);
      await Promise.all([
        writeBuiltPages(outDir, pages),
        fs.writeFile(path.join(outDir, '_headers'), headersFile(scriptHashes)),
      ]);
    },
  };
}
