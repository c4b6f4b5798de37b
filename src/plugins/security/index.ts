/**
 * Security policy of the built site: a Content-Security-Policy <meta> in
 * every page (for hosts that send no headers, like GitHub Pages) and a
 * `_headers` file with the full header set (Netlify, Cloudflare Pages).
 *
 * The policy lists the hash of every inline script, so it must be written
 * after every HTML file exists, including the redirect pages of
 * @docusaurus/plugin-client-redirects. Docusaurus runs postBuild hooks
 * concurrently, so this one plugin does it all, in order: it runs the redirects
 * plugin itself, completes its pages (redirectPages.ts), runs the page
 * rewrites it is given (hydration on intent, src/plugins/performance), then
 * writes the policy (hence its name; separate plugins could not be sequenced).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import clientRedirects, {validateOptions, type Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {completeRedirectPages} from './redirectPages';
import {contentSecurityPolicy, headersFile, inlineScriptHashes, withMetaPolicy} from './policy';

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function applySecurityPolicy(outDir: string): Promise<{pages: number; scriptHashes: string[]}> {
  const files = await htmlFiles(outDir);
  const pages = await Promise.all(files.map(async (file) => ({file, html: await fs.readFile(file, 'utf8')})));
  const scriptHashes = [...new Set(pages.flatMap(({html}) => inlineScriptHashes(html)))].sort();
  const metaPolicy = contentSecurityPolicy(scriptHashes, 'meta');
  await Promise.all(pages.map(({file, html}) => fs.writeFile(file, withMetaPolicy(html, metaPolicy))));
  await fs.writeFile(path.join(outDir, '_headers'), headersFile(scriptHashes));
  return {pages: pages.length, scriptHashes};
}

/** A step that rewrites the built pages; it runs before their scripts are hashed. */
export type PageRewrite = (outDir: string) => Promise<unknown>;

export default function redirectsThenSecurityPolicyPlugin(
  context: LoadContext,
  redirectOptions: Partial<RedirectOptions>,
  rewritesBeforePolicy: readonly PageRewrite[] = [],
): Plugin<unknown> {
  const options = validateOptions({options: redirectOptions, validate: normalizePluginOptions});
  const redirects = clientRedirects(context, options);
  return {
    name: 'xmtp-faq-redirects-then-security-policy',
    async postBuild(props) {
      await redirects?.postBuild?.({...props, content: undefined});
      await completeRedirectPages(options.redirects, {
        outDir: props.outDir,
        baseUrl: context.baseUrl,
        trailingSlash: context.siteConfig.trailingSlash,
      });
      for (const rewrite of rewritesBeforePolicy) await rewrite(props.outDir);
      await applySecurityPolicy(props.outDir);
    },
  };
}
