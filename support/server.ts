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
import fs from 'node:fs';
import path from 'node:path';
import handler from 'serve-handler';
import {compressWhenEnded} from './edgeCompression';
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

export function serveBuild({buildDir, port, baseUrl = '/'}: {buildDir: string; port: number; baseUrl?: string}) {
  const root = path.resolve(buildDir);
  const headersPath = path.join(root, '_headers');
  const headerRules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];

  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    request.url = url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : '/__outside-base-url__';
    // Hosts compress text; without it Lighthouse would simulate a far heavier site.
    compressWhenEnded(request, response);
    // Overlapping _headers rules resolved as Cloudflare Pages does (support/headersFile.ts).
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersForPath(headerRules, pathname))) response.setHeader(name, value);
    void handler(
      request,
      response,
      {public: root, cleanUrls: true, trailingSlash: false, directoryListing: false},
      // serve-handler awaits its methods; its types describe Node's callback API.
      {lstat: lstatMissingIfTooLong as unknown as typeof fs.lstat},
    );
  });
  return new Promise<StaticServer>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
