/**
 * Serves build/ the way a static host does: clean URLs, 404.html with status
 * 404, the base URL as a path prefix, brotli/gzip compression, and the
 * headers of build/_headers.
 * `docusaurus serve` ignores _headers, and the tests must see the headers a
 * real host sends, so this small wrapper around serve-handler exists.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import handler from 'serve-handler';
import compression from 'compression';
import {headersForPath, parseHeadersFile} from './headersFile';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 3210);
const baseUrl = process.env.BASE_URL ?? '/';
const headersPath = path.join(buildDir, '_headers');
const headerRules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];

// Hosts compress text; without it Lighthouse would simulate a far heavier site.
const compress = compression({brotli: {params: {}}});

const server = http.createServer((request, response) => {
  const url = request.url ?? '/';
  request.url = url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : '/__outside-base-url__';
  compress(request as never, response as never, () => void serve(request, response));
});

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

function serve(request: http.IncomingMessage, response: http.ServerResponse) {
  const {pathname} = new URL(request.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(headersForPath(headerRules, pathname))) response.setHeader(name, value);
  return handler(
    request,
    response,
    {public: buildDir, cleanUrls: true, trailingSlash: false, directoryListing: false},
    // serve-handler awaits its methods; its types describe Node's callback API.
    {lstat: lstatMissingIfTooLong as unknown as typeof fs.lstat},
  );
}

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${buildDir} at http://127.0.0.1:${port}${baseUrl}`);
});
