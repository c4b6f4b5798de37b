/**
 * Serves a build the way a static host does: clean URLs, 404.html with status
 * 404, the base URL as a path prefix, brotli/gzip compression (once per body,
 * as an edge cache does: ./edgeCompression.ts), and the headers of the
 * build's _headers file. `docusaurus serve` ignores _headers,
 * and the tests must see the headers a real host sends, so this small wrapper
 * around serve-handler exists. The one way to start a server: scripts/serve.ts
 * (npm run serve, Playwright's web servers, the benchmark) and the tests that
 * build their own copy of the site all call it.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import handler from 'serve-handler';
import {compressWhenEnded, type BodyRewrite} from './edgeCompression';
import {headersForPath, parseHeadersFile} from './headersFile';

/**
 * A name longer than the file system allows (a path of 2,000 characters) is a
 * page that does not exist, as on any static host; serve-handler would answer 500.
 */
async function lstatMissingIfTooLong(file: string): Promise<fs.Stats> {
  try {
    return await fs.promises.lstat(file);
  } catch (error) {
    const fsError = error as NodeJS.ErrnoException;
    if (fsError.code === 'ENAMETOOLONG') fsError.code = 'ENOENT';
    throw fsError;
  }
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export type ServeOptions = {
  buildDir: string;
  /** 0 takes a free port; `origin` then has the one taken. */
  port: number;
  baseUrl?: string;
  /** Test instrument: responses whose path matches wait this long, as on a slow network, and are not cached. */
  delay?: {readonly pattern: RegExp; readonly ms: number};
  /**
   * Test instrument: a script served at `path` (under the base URL) and loaded
   * first in every page's <head>; same-origin, so the pages' CSP allows it.
   */
  headScript?: {readonly path: string; readonly source: string};
};

/** Puts the head script's <script> first in an HTML body. */
function withHeadScript(src: string): BodyRewrite {
  return (body, contentType) =>
    contentType.startsWith('text/html')
      ? Buffer.from(body.toString('utf8').replace(/<head>/i, `$&<script src="${src}"></script>`))
      : body;
}

export function serveBuild({buildDir, port, baseUrl = '/', delay, headScript}: ServeOptions) {
  const root = path.resolve(buildDir);
  const headersPath = path.join(root, '_headers');
  const headerRules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];
  const rewrite = headScript && withHeadScript(`${baseUrl}${headScript.path.replace(/^\//, '')}`);

  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    request.url = url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : '/__outside-base-url__';
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    if (headScript && pathname === headScript.path) {
      response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      response.end(headScript.source);
      return;
    }
    // Hosts compress text; without it Lighthouse would simulate a far heavier site.
    compressWhenEnded(request, response, rewrite);
    // Overlapping _headers rules resolved as Cloudflare Pages does (support/headersFile.ts).
    for (const [name, value] of Object.entries(headersForPath(headerRules, pathname))) response.setHeader(name, value);
    const serve = () =>
      void handler(
        request,
        response,
        {public: root, cleanUrls: true, trailingSlash: false, directoryListing: false},
        // serve-handler awaits its methods; its types describe Node's callback API.
        {lstat: lstatMissingIfTooLong as unknown as typeof fs.lstat},
      );
    if (delay?.pattern.test(pathname)) {
      // Not from the browser's cache either: every page load waits again.
      response.setHeader('Cache-Control', 'no-store');
      setTimeout(serve, delay.ms);
    } else serve();
  });
  return new Promise<StaticServer>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
