import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {compressOnce, preferredEncoding} from '../../support/edgeCompression';
import {serveBuild} from '../../support/server';

test('brotli is preferred, then gzip; q=0 refuses an encoding; nothing accepted sends it as is', () => {
  assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(preferredEncoding('gzip;q=0.8, br;q=0'), 'gzip');
  assert.equal(preferredEncoding('br;q=0.0, gzip;q=0'), null);
  assert.equal(preferredEncoding('*'), 'gzip');
  assert.equal(preferredEncoding('identity'), null);
  assert.equal(preferredEncoding(undefined), null);
});

test('a body is compressed once: the same bytes come back from memory, not compressed again', () => {
  const body = Buffer.from('a static file '.repeat(100));
  const first = compressOnce(body, 'br');
  assert.equal(compressOnce(Buffer.from(body), 'br'), first, 'the same Buffer, from the cache');
  assert.notEqual(compressOnce(body, 'gzip'), first);
  assert.equal(zlib.brotliDecompressSync(first).toString(), body.toString());
});

type Reply = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};
function get(url: string, headers: http.OutgoingHttpHeaders, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .request(url, {method, headers}, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks)}),
        );
      })
      .on('error', reject)
      .end();
  });
}

test('the server sends text compressed once per body, and images, ranges and HEAD as they are', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-compression-'));
  const script = `export const words = ${JSON.stringify('lorem ipsum '.repeat(400))};\n`;
  fs.writeFileSync(path.join(dir, 'app.js'), script);
  fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.alloc(4096, 7));
  fs.writeFileSync(path.join(dir, '404.html'), `<!doctype html><title>Not found</title>${'<p>gone</p>'.repeat(100)}`);
  const server = await serveBuild({buildDir: dir, port: 3391});
  try {
    const brotli = await get(`${server.origin}/app.js`, {'accept-encoding': 'gzip, br'});
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers.vary, 'Accept-Encoding');
    assert.equal(Number(brotli.headers['content-length']), brotli.body.length);
    assert.equal(zlib.brotliDecompressSync(brotli.body).toString(), script);
    assert.ok(brotli.body.length < script.length / 10, `${brotli.body.length} bytes`);

    const again = await get(`${server.origin}/app.js`, {'accept-encoding': 'br'});
    assert.deepEqual(again.body, brotli.body);

    const gzip = await get(`${server.origin}/app.js`, {'accept-encoding': 'gzip'});
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gzip.body).toString(), script);

    const plain = await get(`${server.origin}/app.js`, {'accept-encoding': 'identity'});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), script);

    const image = await get(`${server.origin}/logo.png`, {'accept-encoding': 'br'});
    assert.equal(image.headers['content-encoding'], undefined);
    assert.equal(image.body.length, 4096);

    const range = await get(`${server.origin}/app.js`, {'accept-encoding': 'br', range: 'bytes=0-9'});
    assert.equal(range.status, 206);
    assert.equal(range.headers['content-encoding'], undefined);
    assert.equal(range.body.toString(), script.slice(0, 10));

    const head = await get(`${server.origin}/app.js`, {'accept-encoding': 'br'}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], undefined);
    assert.equal(Number(head.headers['content-length']), script.length);

    const missing = await get(`${server.origin}/nowhere`, {'accept-encoding': 'br'});
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['content-encoding'], 'br');
    assert.match(zlib.brotliDecompressSync(missing.body).toString(), /Not found/);
  } finally {
    await server.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
