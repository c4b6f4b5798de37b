/**
 * A bad question file stops a real `docusaurus build` with the validation
 * message, before any output is written.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildSite, createFixtureSite} from '../../support/site';

test('a question file with a bad link and an unknown category fails the build and publishes nothing', () => {
  const siteDir = createFixtureSite('invalid');
  fs.mkdirSync(path.join(siteDir, 'docs/tokens'));
  fs.writeFileSync(
    path.join(siteDir, 'docs/tokens/is-it-listed.md'),
    [
      '---',
      'title: Is XMTP listed on an exchange?',
      'slug: /is-xmtp-listed',
      'description: A question in an unknown category.',
      'keywords: [exchange]',
      '---',
      '',
      'Answer.',
      '',
    ].join('\n'),
  );
  fs.copyFileSync(
    path.resolve(__dirname, '../fixtures/questions/bad-link.md'),
    path.join(siteDir, 'docs/token/bad-link.md'),
  );

  const badLink = buildSite(siteDir);
  assert.notEqual(badLink.status, 0);
  assert.match(
    badLink.output,
    /docs\/token\/bad-link\.md: link: "http:\/\/example\.com\/page" \(line 1 of the answer\) is not https on an allowed host\. Fix: /,
  );
  assert.equal(fs.existsSync(path.join(siteDir, 'build')), false, 'no build output');
  assert.ok(
    badLink.output.indexOf('[ERROR] Invalid question file') < badLink.output.indexOf('[ERROR] Error'),
    'our message comes first',
  );

  fs.rmSync(path.join(siteDir, 'docs/token/bad-link.md'));
  const unknownCategory = buildSite(siteDir);
  assert.notEqual(unknownCategory.status, 0);
  assert.match(
    unknownCategory.output,
    /docs\/tokens\/is-it-listed\.md: category: "tokens" is not a known category folder\. Fix: move the file into one of docs\/blockchain, docs\/network, docs\/node-operators, docs\/token/,
  );
  assert.equal(fs.existsSync(path.join(siteDir, 'build')), false, 'no build output');
  fs.rmSync(siteDir, {recursive: true, force: true});
});
