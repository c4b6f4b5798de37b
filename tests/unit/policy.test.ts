import {test} from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  securityHeaders,
  withMetaPolicy,
} from '../../src/plugins/security/policy';
import {parseHeadersFile} from '../../support/headersFile';

const sha = (body: string) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`;

test('inline scripts are hashed; external scripts and JSON data blocks are not', () => {
  const html = [
    '<script>window.a=1</script>',
    '<script src="/main.js"></script>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    '<script type="module">import "x"</script>',
  ].join('');
  assert.deepEqual(inlineScriptHashes(html), [sha('window.a=1'), sha('import "x"')]);
});

test('the policy lists each hash once, sorted, and frame-ancestors only in the header', () => {
  const header = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"], 'header');
  assert.match(header, /script-src 'self' 'sha256-a' 'sha256-b';/);
  assert.match(header, /default-src 'self'/);
  assert.match(header, /frame-ancestors 'none'$/);
  assert.doesNotMatch(contentSecurityPolicy([], 'meta'), /frame-ancestors/);
});

test('the meta policy goes right after <meta charset>, or after <head> without one', () => {
  assert.equal(
    withMetaPolicy('<head><meta charset="utf-8"><script>x</script>', 'P'),
    '<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="P"><script>x</script>',
  );
  assert.equal(
    withMetaPolicy('<head lang="en"><title>t</title>', 'P'),
    '<head lang="en"><meta http-equiv="Content-Security-Policy" content="P"><title>t</title>',
  );
  assert.throws(() => withMetaPolicy('<p>no head</p>', 'P'), /no <head>/);
});

test('_headers holds every security header for every path, and parses back to them', () => {
  const text = headersFile(["'sha256-a'"]);
  const rules = parseHeadersFile(text);
  // The site-wide rule, then the one for link-preview images (tests/unit/headers.test.ts).
  assert.equal(rules.length, 2);
  assert.equal(rules[0]?.pattern, '/*');
  assert.deepEqual(
    Object.fromEntries(rules[0]?.headers.map(({key, value}) => [key, value]) ?? []),
    securityHeaders(["'sha256-a'"]),
  );
});
