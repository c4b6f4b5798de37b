/**
 * The Nu Html Checker (vnu, the W3C validator) on every HTML file of both
 * builds, in one run (one JVM start): no error, and every warning explained.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {readBuiltSites} from './builtSites';

type VnuMessage = {type: string; subType?: string; url: string; message: string; extract?: string};

/** Warnings that remain, each with why it is not a fault of the page. */
const EXPLAINED_WARNINGS: readonly {pattern: RegExp; why: string}[] = [
  {
    // vnu checks files, which have no origin, so 'self' matches nothing; browsers load them (e2e CSP test).
    pattern: /^Resource violates Content Security Policy \(meta tag\): (external script|external stylesheet|image) /,
    why: "file:// has no origin for 'self'",
  },
  {
    // JSON-LD is a data block: browsers never run it, so CSP does not apply to it.
    pattern: /^Inline script violates Content Security Policy \(meta tag\)/,
    why: 'application/ld+json data block, not a script',
  },
  {
    // The theme's category index lists its cards in <section><article>; each card has its own heading.
    pattern: /^(Section|Article) lacks heading\./,
    why: "the theme's generated category index (DocCardList)",
  },
];

const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

test('the Nu Html Checker finds no error on any page of either build', () => {
  const files = readBuiltSites().flatMap((site) => site.pages.map((page) => path.join(site.dir, page.file)));
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(
      `vnu needs Java (${run.error.message}). Install a headless JRE: apt-get install -y default-jre-headless`,
    );
  }
  const {messages} = JSON.parse(run.stderr) as {messages: VnuMessage[]};
  const where = (message: VnuMessage) =>
    `${path.relative(path.resolve(__dirname, '../..'), new URL(message.url).pathname)}: ${message.message}`;
  const errors = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
  const warnings = messages.filter((message) => message.subType === 'warning');
  const unexplained = warnings.filter(
    (message) => !EXPLAINED_WARNINGS.some(({pattern}) => pattern.test(message.message)),
  );
  console.log(`vnu: ${files.length} pages, ${errors.length} errors, ${warnings.length} warnings`);
  for (const {pattern, why} of EXPLAINED_WARNINGS) {
    const count = warnings.filter((message) => pattern.test(message.message)).length;
    if (count > 0) console.log(`  ${count} × ${pattern.source} (${why})`);
  }
  assert.ok(files.length >= 2 * 12, `${files.length} pages checked`);
  assert.deepEqual(errors.map(where), []);
  assert.deepEqual(unexplained.map(where), [], 'warnings with no explanation in EXPLAINED_WARNINGS');
});
