/**
 * A copy of the site outside any Git checkout (a download, or a copy without
 * .git) still builds, says loudly why the answers carry no date, and shows no
 * date rather than the build's own time.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildSite, createFixtureSite} from '../../support/site';

test('a build without Git history warns with cause and fix, and shows no last-updated date', () => {
  const siteDir = createFixtureSite('no-history');
  // Git stops looking for a repository at the fixtures folder: to it, the copy has no .git.
  const result = buildSite(siteDir, {GIT_CEILING_DIRECTORIES: path.dirname(siteDir)});
  assert.equal(result.status, 0, result.output);
  assert.match(
    result.output,
    /\[WARNING\] "Last updated" dates are omitted from every question: this copy of the site is not a Git checkout \(no \.git\), and a date from it would be wrong\. Fix: build from a full clone/,
  );

  const buildDir = path.join(siteDir, 'build');
  const page = fs.readFileSync(path.join(buildDir, 'faq/is-the-xmtp-network-decentralized.html'), 'utf8');
  assert.match(page, /Is the XMTP network decentralized\?/);
  assert.doesNotMatch(page, /<time|article:modified_time|dateModified|Last updated/);
  const allQuestions = fs.readFileSync(path.join(buildDir, 'faq.html'), 'utf8');
  assert.doesNotMatch(allQuestions, /<time|dateModified|Last updated/);
  assert.doesNotMatch(fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8'), /<lastmod>/);
  fs.rmSync(siteDir, {recursive: true, force: true});
});
