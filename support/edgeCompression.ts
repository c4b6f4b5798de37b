/**
 * Compression as a static host's edge serves it: brotli at quality 11 (or
 * gzip), each distinct body compressed once and then sent from memory.
 *
 * Why not the `compression` middleware: it compresses every response anew,
 * and brotli at quality 11 takes 30-120 ms per script here, a delay no static
 * host adds (they compress once and cache), which the benchmark's timings from
 * a reader's first press to its effect would count. The middleware that caches
 * (shrink-ray-current) pulls native peer dependencies (iltorb), hence this.
 */
import crypto from 'node:crypto';
import type http from 'node:http';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

// Text types a host compresses; images, fonts and archives are compressed already.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|ld\+json|rss\+xml)|image\/svg\+xml)/;
// Below this, compression saves nothing worth a header.
const MIN_BYTES = 256;

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (q=0 refuses one). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
    if (name !== '' && !refused) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/** Brotli at quality 11 or gzip at level 9: what a static host sends. */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : zlib.gzipSync(body, {level: zlib.constants.Z_BEST_COMPRESSION});
}

const compressed = new Map<string, Buffer>();

/** The body compressed with the encoding, once per distinct body. */
export function compressOnce(body: Buffer, encoding: Encoding): Buffer {
  const key = `${encoding}:${crypto.createHash('sha256').update(body).digest('base64')}`;
  let result = compressed.get(key);
  if (!result) {
    result = compress(body, encoding);
    compressed.set(key, result);
  }
  return result;
}

type Callback = (error?: Error | null) => void;

/** A change to a whole response body before it is compressed (a test server's instrument), by content type. */
export type BodyRewrite = (body: Buffer, contentType: string) => Buffer;

/**
 * Makes the response collect what the handler writes and send it compressed
 * at the end: a whole 200 or 404 of a text type, when the client accepts an
 * encoding (not a HEAD, not a range). `rewrite`, if given, changes the body first.
 */
export function compressWhenEnded(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  rewrite?: BodyRewrite,
): void {
  const encoding = request.method === 'HEAD' ? null : preferredEncoding(request.headers['accept-encoding']);
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown): Buffer =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);

  // Headers given to writeHead are kept on the response, so they can still change before the body is sent.
  response.writeHead = (status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers as http.OutgoingHttpHeaders))
        if (value !== undefined) response.setHeader(name, value);
    return response;
  };

  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    chunks.push(toBuffer(chunk));
    const callback = rest.find((arg): arg is Callback => typeof arg === 'function');
    callback?.();
    return true;
  }) as typeof response.write;

  response.end = ((...args: unknown[]) => {
    const [first] = args;
    if (first !== undefined && first !== null && typeof first !== 'function') chunks.push(toBuffer(first));
    const callback = args.find((arg): arg is () => void => typeof arg === 'function');
    // Node's own end writes the head through writeHead: drop the overrides first.
    for (const method of ['writeHead', 'write', 'end']) Reflect.deleteProperty(response, method);
    const type = String(response.getHeader('content-type') ?? '');
    const body = rewrite ? rewrite(Buffer.concat(chunks), type) : Buffer.concat(chunks);
    const textType = COMPRESSIBLE.test(type);
    if (textType) response.setHeader('Vary', 'Accept-Encoding');
    const whole = (response.statusCode === 200 || response.statusCode === 404) && !response.hasHeader('content-range');
    if (encoding === null || !textType || !whole || body.length < MIN_BYTES) {
      if (request.method !== 'HEAD') response.setHeader('Content-Length', body.length);
      return response.end(body, callback);
    }
    const sent = compressOnce(body, encoding);
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', sent.length);
    response.removeHeader('Accept-Ranges');
    return response.end(sent, callback);
  }) as typeof response.end;
}
