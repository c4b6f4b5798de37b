import {test} from 'node:test';
import assert from 'node:assert/strict';
import {headersForPath, parseHeadersFile} from '../../scripts/headersFile';
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

test('without a detach line, a header set by two matching rules is joined as Cloudflare Pages does', () => {
  const merged = parseHeadersFile('/*\n  X-Test: a\n/img/*\n  X-Test: b\n');
  assert.deepEqual(headersForPath(merged, '/img/x.png'), {'X-Test': 'a, b'});
  assert.deepEqual(headersForPath(merged, '/imgx'), {'X-Test': 'a'});
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
