/**
 * Link previews of every page of both builds, read from the HTML a server
 * sends, as unfurlers read it: open-graph-scraper (used by link unfurlers)
 * for the Open Graph and Twitter tags, and structured-data-testing-tool's
 * Twitter and Facebook presets.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ogs from 'open-graph-scraper';
import {load} from 'cheerio';
import {Facebook, Twitter} from 'structured-data-testing-tool/presets';
import {builtFileOf, readBuiltSites, structuredDataReport} from './builtSites';

const MAX_DESCRIPTION = 160;

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

for (const site of readBuiltSites()) {
  for (const page of site.pages) {
    test(`${site.baseUrl}${page.file}: a complete link preview`, async () => {
      const $ = load(page.html);
      assert.ok($('title').text().trim(), 'a <title>');
      const description = $('meta[name="description"]').attr('content') ?? '';
      assert.ok(description, 'a meta description');
      assert.ok(description.length <= MAX_DESCRIPTION, `description of ${description.length} characters`);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      assert.ok(canonical.startsWith(site.root), `canonical ${canonical} is absolute, under ${site.root}`);

      const {result} = await ogs({html: page.html, onlyGetOpenGraphInfo: true});
      assert.ok(result.ogTitle, 'og:title');
      assert.equal(result.ogDescription, description, 'og:description');
      assert.ok(result.ogType === 'website' || result.ogType === 'article', `og:type ${result.ogType}`);
      assert.equal(result.ogUrl, canonical, 'og:url is the canonical URL');
      assert.equal(result.twitterCard, 'summary_large_image');
      assert.ok(result.twitterTitle, 'twitter:title');
      assert.equal(result.twitterDescription, description, 'twitter:description');

      const [image, ...moreImages] = result.ogImage ?? [];
      assert.ok(image, 'og:image');
      assert.deepEqual(moreImages, [], 'one og:image');
      assert.ok(image.alt, 'og:image:alt');
      assert.equal(result.twitterImage?.[0]?.url, image.url, 'twitter:image');
      assert.ok(result.twitterImage?.[0]?.alt, 'twitter:image:alt');
      const imageFile = builtFileOf(site, image.url);
      assert.ok(imageFile, `og:image ${image.url} is absolute and in the build`);
      assert.deepEqual(pngSize(imageFile), {width: 1200, height: 630});
      assert.deepEqual([image.width, image.height].map(Number), [1200, 630], 'og:image:width and height');

      // "should have account username": the site has no Twitter account, so those stay warnings.
      const report = await structuredDataReport(page.html, [Twitter, Facebook]);
      assert.deepEqual(
        report.failed.map((failure) => `${failure.group}: ${failure.description}`),
        [],
        'Twitter and Facebook presets',
      );
    });
  }
}
