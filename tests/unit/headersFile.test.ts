import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseHeadersFile} from '../../support/headersFile';

test('paths start rules, indented lines are their headers, comments and blank lines are skipped', () => {
  const rules = parseHeadersFile(
    ['# a comment', '/*', '  X-Frame-Options: DENY', '', '/faq/*', '  Link: <https://a.example>; rel=x'].join('\n'),
  );
  assert.deepEqual(rules, [
    {pattern: '/*', detach: [], headers: [{key: 'X-Frame-Options', value: 'DENY'}]},
    {pattern: '/faq/*', detach: [], headers: [{key: 'Link', value: '<https://a.example>; rel=x'}]},
  ]);
});

test('a header before any path, or a line without a colon, is an error naming the line', () => {
  assert.throws(
    () => parseHeadersFile('  X-Frame-Options: DENY'),
    /header "X-Frame-Options: DENY" comes before any path/,
  );
  assert.throws(() => parseHeadersFile('/*\n  no colon here'), /cannot parse line "no colon here"/);
});
