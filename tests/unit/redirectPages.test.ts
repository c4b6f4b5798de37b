import {test} from 'node:test';
import assert from 'node:assert/strict';
import {load} from 'cheerio';
import type {DocusaurusConfig} from '@docusaurus/types';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {validateOptions} from '@docusaurus/plugin-client-redirects';
import {redirectPageHtml, redirectPages} from '../../src/plugins/security/redirectPages';

const target = `<!doctype html><html lang=en><head><title data-rh=true>All questions | Site</title>
<meta data-rh=true name=description content="Every answer."><meta data-rh=true property=og:type content=website>
<meta data-rh=true name=twitter:card content=summary_large_image><meta name=generator content=Docusaurus>
<link data-rh=true rel=canonical href=https://example.org/faq><script type=application/ld+json>{}</script>
</head><body><main>Answers</main></body></html>`;

test('a redirect page is a complete document with the title and preview of its target', () => {
  const $ = load(redirectPageHtml('/faq', target));
  assert.equal($('html').attr('lang'), 'en');
  assert.equal($('head > title').text(), 'All questions | Site');
  assert.equal($('head > meta[name="description"]').attr('content'), 'Every answer.');
  assert.equal($('head > meta[property="og:type"]').attr('content'), 'website');
  assert.equal($('head > meta[name="twitter:card"]').attr('content'), 'summary_large_image');
  assert.equal($('head > link[rel="canonical"]').attr('href'), 'https://example.org/faq');
  assert.equal($('[data-rh]').length, 0, "React Helmet's markers are dropped");
  assert.equal($('meta[name="generator"]').length, 0, 'only preview tags are copied');
  assert.equal($('script[type="application/ld+json"]').length, 0, 'no structured data: it belongs to the target');
  assert.equal($('head > meta[http-equiv="refresh"]').attr('content'), '0; url=/faq');
  assert.match($('head > script').text(), /^window\.location\.replace\("\/faq" \+ window\.location\.search/);
  assert.equal($('body a').attr('href'), '/faq');
});

test('a redirect target cannot close the script it is written into', () => {
  const html = redirectPageHtml('/a</script><script>alert(1)//', target);
  assert.equal(load(html)('script').length, 1);
});

const options = validateOptions({
  options: {redirects: [{from: '/network/faq', to: '/faq'}]},
  validate: normalizePluginOptions,
});
const siteConfig = {trailingSlash: false} as DocusaurusConfig;

test('redirect pages are made in memory from their target page, at the file the redirects plugin would write', () => {
  const pages = redirectPages(
    options,
    {outDir: '/out', baseUrl: '/xmtp-faq/', siteConfig, routesPaths: ['/xmtp-faq/', '/xmtp-faq/faq']},
    (file) => (file === 'faq.html' ? target : undefined),
  );
  assert.deepEqual([...pages.keys()], ['network/faq/index.html']);
  const $ = load(pages.get('network/faq/index.html') ?? '');
  assert.equal($('head > title').text(), 'All questions | Site');
  assert.equal($('head > meta[http-equiv="refresh"]').attr('content'), '0; url=/xmtp-faq/faq');
});

test('a redirect to a page that does not exist stops the build, as the redirects plugin does', () => {
  assert.throws(
    () =>
      redirectPages(options, {outDir: '/out', baseUrl: '/', siteConfig, routesPaths: ['/', '/other']}, () => undefined),
    /redirected to but do not exist/,
  );
});
