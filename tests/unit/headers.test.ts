import {test} from 'node:test';
import assert from 'node:assert/strict';
import {headersForPath, parseHeadersFile} from '../../support/headersFile';
import {contentSecurityPolicy, headersFile} from '../../src/plugins/security/policy';

const rules = parseHeadersFile(headersFile(["'sha256-abc='"]));

test('_headers round-trips through the parser, detach lines included', () => {
  assert.deepEqual(
    rules.map(({pattern, detach}) => ({pattern, detach})),
    [
      {pattern: '/*', detach: []},
      {pattern: '/img/social/*', detach: ['Cross-Origin-Resource-Policy']},
    ],
  );
});

test('a page gets one value of each header, same-origin resource policy and HSTS', () => {
  const headers = headersForPath(rules, '/faq/is-xmtp-a-blockchain');
  assert.equal(headers['Cross-Origin-Resource-Policy'], 'same-origin');
  assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin');
  assert.equal(headers['Strict-Transport-Security'], 'max-age=63072000');
  assert.match(headers['Content-Security-Policy'] ?? '', /script-src 'self' 'sha256-abc='/);
});

test('a social card gets cross-origin, once, whatever the host would otherwise merge', () => {
  const headers = headersForPath(rules, '/img/social/site.png');
  assert.equal(headers['Cross-Origin-Resource-Policy'], 'cross-origin');
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
});

test('Cloudflare Pages and Netlify send the same headers for every kind of path', () => {
  for (const path of ['/', '/faq/is-xmtp-a-blockchain', '/assets/js/main.0123abcd.js', '/img/social/site.png'])
    assert.deepEqual(headersForPath(rules, path, 'netlify'), headersForPath(rules, path, 'cloudflare'), path);
});

test('without a detach line, Cloudflare joins a header set by two matching rules; Netlify keeps the later', () => {
  const merged = parseHeadersFile('/*\n  X-Test: a\n/img/*\n  X-Test: b\n');
  assert.deepEqual(headersForPath(merged, '/img/x.png', 'cloudflare'), {'X-Test': 'a, b'});
  assert.deepEqual(headersForPath(merged, '/img/x.png', 'netlify'), {'X-Test': 'b'});
  assert.deepEqual(headersForPath(merged, '/imgx'), {'X-Test': 'a'});
});

test('a header listed twice in one rule is one comma-separated value on both hosts', () => {
  const repeated = parseHeadersFile('/*\n  X-Test: a\n  X-Test: b\n');
  assert.deepEqual(headersForPath(repeated, '/', 'netlify'), {'X-Test': 'a, b'});
  assert.deepEqual(headersForPath(repeated, '/', 'cloudflare'), {'X-Test': 'a, b'});
});

test('patterns are literal except for the splat', () => {
  const literal = parseHeadersFile('/a.b/*\n  X-Test: yes\n');
  assert.deepEqual(headersForPath(literal, '/a.b/c'), {'X-Test': 'yes'});
  assert.deepEqual(headersForPath(literal, '/aXb/c'), {});
});

test('a header line before any path is an error that names the line', () => {
  assert.throws(() => parseHeadersFile('  X-Test: a\n'), /X-Test: a/);
});

test('styles: no inline <style> element, inline style attributes allowed', () => {
  const policy = contentSecurityPolicy([], 'header');
  assert.match(policy, /style-src 'self'; style-src-attr 'unsafe-inline';/);
});
