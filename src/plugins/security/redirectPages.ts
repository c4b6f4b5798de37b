/**
 * The pages that forward old URLs. @docusaurus/plugin-client-redirects writes
 * a page with no <title>, no lang and its <script> outside <head> (invalid
 * HTML), and a relative canonical link. This makes, in its place, a complete
 * page that carries the link preview of the page it forwards to, for
 * unfurlers that do not follow a refresh, and a link for readers whose
 * browser does not follow it either. The plugin's own checks and file names
 * are kept; its files are never written.
 */
import path from 'node:path';
import {load} from 'cheerio';
import type {PluginOptions} from '@docusaurus/plugin-client-redirects/lib/options';
import type {PluginContext} from '@docusaurus/plugin-client-redirects/lib/types';
// The plugin's own checks of the redirects, and its mapping from a redirect to
// its file and target URL; it has no public API for them.
import collectRedirects from '@docusaurus/plugin-client-redirects/lib/collectRedirects';
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

/** The target's own page file, as the build writes it with or without trailing slashes. */
function targetPageFiles(toPath: string): string[] {
  const relative = toPath.replace(/^\/|\/$/g, '');
  return relative === '' ? ['index.html'] : [`${relative}.html`, `${relative}/index.html`];
}

/**
 * The redirect pages, by file relative to the build folder; `pageAt` returns
 * a built page's HTML by that same kind of path. Fails, as the redirects
 * plugin does, on a redirect to a page that does not exist.
 */
export function redirectPages(
  options: PluginOptions,
  site: Pick<PluginContext, 'outDir' | 'baseUrl' | 'siteConfig'> & {routesPaths: readonly string[]},
  pageAt: (file: string) => string | undefined,
): Map<string, string> {
  const {outDir, baseUrl, siteConfig} = site;
  // As the plugin's own postBuild does.
  const relativeRoutesPaths = site.routesPaths.map((route) => `/${route.slice(baseUrl.length).replace(/^\//, '')}`);
  const redirects = collectRedirects(
    {outDir, baseUrl, siteConfig, options, relativeRoutesPaths},
    siteConfig.trailingSlash,
  );
  const files = toRedirectFiles(redirects, {outDir, baseUrl}, siteConfig.trailingSlash);
  return new Map(
    files.map((file, index) => {
      const {to} = redirects[index]!;
      const toPath = to.replace(/[?#].*$/, '');
      const targetFile = targetPageFiles(toPath).find((candidate) => pageAt(candidate) !== undefined);
      const targetHtml = targetFile === undefined ? undefined : pageAt(targetFile);
      if (targetHtml === undefined) throw new Error(`Redirect target ${to} has no page in ${outDir}`);
      return [path.relative(outDir, file.fileAbsolutePath), redirectPageHtml(createToUrl(baseUrl, to), targetHtml)];
    }),
  );
}
