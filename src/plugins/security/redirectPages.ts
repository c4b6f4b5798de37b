/**
 * The pages that forward old URLs. @docusaurus/plugin-client-redirects writes
 * a page with no <title>, no lang and its <script> outside <head> (invalid
 * HTML), and a relative canonical link. This replaces each with a complete
 * page that carries the link preview of the page it forwards to, for
 * unfurlers that do not follow a refresh, and a link for readers whose
 * browser does not follow it either.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {load} from 'cheerio';
// The plugin's own mapping from a redirect to its file and target URL; it has no public API for it.
import {createToUrl, toRedirectFiles} from '@docusaurus/plugin-client-redirects/lib/writeRedirectFiles';

/** Head tags of the target worth repeating: its description, link preview and canonical URL. */
const PREVIEW_TAGS = [
  'meta[name="description"]',
  'meta[property^="og:"]',
  'meta[name^="twitter:"]',
  'link[rel="canonical"]',
].join(', ');

/** A redirect page to `toUrl`, with the title and preview tags of the target page's HTML. */
export function redirectPageHtml(toUrl: string, targetHtml: string): string {
  const target = load(targetHtml);
  const title = target('title').first().text();
  const previewTags = target(PREVIEW_TAGS)
    .toArray()
    .map((element) => target.html(target(element).removeAttr('data-rh')))
    .join('\n    ');
  const page = load('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"></head><body></body></html>');
  const quotedUrl = JSON.stringify(toUrl).replace(/</g, '\\u003c');
  page('head')
    .append(page('<title>').text(title))
    .append(`\n    ${previewTags}`)
    .append(page('<meta http-equiv="refresh">').attr('content', `0; url=${toUrl}`))
    // Keeps the query and #anchor, which the refresh would drop.
    .append(`<script>window.location.replace(${quotedUrl} + window.location.search + window.location.hash);</script>`);
  page('body').append(
    page('<main>')
      .append(page('<h1>').text('This page has moved'))
      .append(page('<p>').text('It is now at ').append(page('<a>').attr('href', toUrl).text(title)).append('.')),
  );
  return page.html();
}

type RedirectOption = {readonly from: string | readonly string[]; readonly to: string};

/** The target's own HTML file, as the build writes it with or without trailing slashes. */
async function readTargetPage(outDir: string, toPath: string): Promise<string> {
  const relative = toPath.replace(/^\/|\/$/g, '');
  const candidates = relative === '' ? ['index.html'] : [`${relative}.html`, `${relative}/index.html`];
  for (const candidate of candidates) {
    try {
      return await fs.readFile(path.join(outDir, candidate), 'utf8');
    } catch {
      // not this layout; try the next
    }
  }
  throw new Error(`Redirect target ${toPath} has no page in ${outDir}`);
}

/** Rewrites the redirect plugin's pages; call after its postBuild. */
export async function completeRedirectPages(
  options: readonly RedirectOption[],
  {outDir, baseUrl, trailingSlash}: {outDir: string; baseUrl: string; trailingSlash: boolean | undefined},
): Promise<void> {
  const redirects = options.flatMap(({from, to}) =>
    (typeof from === 'string' ? [from] : from).map((one) => ({from: one, to})),
  );
  const files = toRedirectFiles(redirects, {outDir, baseUrl}, trailingSlash);
  await Promise.all(
    files.map(async (file, index) => {
      const {to} = redirects[index]!;
      const html = redirectPageHtml(createToUrl(baseUrl, to), await readTargetPage(outDir, to));
      await fs.writeFile(file.fileAbsolutePath, html);
    }),
  );
}
