/**
 * The two production builds as files, for checks that read the HTML a server
 * sends (validators, unfurlers, crawlers) rather than the hydrated page.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {structuredDataTest, type Preset, type Report} from 'structured-data-testing-tool';

const siteDir = path.resolve(__dirname, '../..');

type BuiltPage = {
  /** Path of the HTML file relative to the build directory, e.g. "faq/token.html". */
  readonly file: string;
  readonly html: string;
};

export type BuiltSite = {
  readonly dir: string;
  readonly baseUrl: string;
  /** The published root, e.g. https://faq.xmtp.org/ or https://faq.xmtp.org/xmtp-faq/. */
  readonly root: string;
  readonly pages: readonly BuiltPage[];
};

/** The builds `npm test` makes, as in playwright.config.ts. */
const BUILDS = [
  {dir: 'build', baseUrl: '/'},
  {dir: 'build-base-url', baseUrl: '/xmtp-faq/'},
] as const;

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export function readBuiltSites(): BuiltSite[] {
  return BUILDS.map(({dir, baseUrl}) => {
    const absoluteDir = path.join(siteDir, dir);
    if (!fs.existsSync(path.join(absoluteDir, 'index.html'))) {
      throw new Error(`${dir}/ has no site: run \`npm run build\` and \`npm run build:base-url\` first.`);
    }
    const pages = htmlFiles(absoluteDir).map((file) => ({
      file,
      html: fs.readFileSync(path.join(absoluteDir, file), 'utf8'),
    }));
    const homeCanonical = load(pages.find((page) => page.file === 'index.html')!.html)('link[rel="canonical"]').attr(
      'href',
    );
    if (!homeCanonical) throw new Error(`${dir}/index.html has no canonical link`);
    const root = homeCanonical.endsWith('/') ? homeCanonical : `${homeCanonical}/`;
    return {dir: absoluteDir, baseUrl, root, pages};
  });
}

/** The build file a published URL of this site is served from, if any. */
export function builtFileOf(site: BuiltSite, publishedUrl: string): string | undefined {
  if (!publishedUrl.startsWith(site.root)) return undefined;
  const relative = decodeURI(publishedUrl.slice(site.root.length).split(/[?#]/)[0] ?? '');
  const candidates = relative === '' ? ['index.html'] : [relative, `${relative}.html`, `${relative}/index.html`];
  return candidates
    .map((candidate) => path.join(site.dir, candidate))
    .find((file) => fs.statSync(file, {throwIfNoEntry: false})?.isFile());
}

/** structured-data-testing-tool's report on a page; the tool rejects with that report when a test fails. */
export function structuredDataReport(html: string, presets: readonly Preset[]): Promise<Report> {
  return structuredDataTest(html, {presets}).catch((error: {res?: Report}) => {
    if (!error.res) throw error;
    return error.res;
  });
}
