/**
 * Structured data of every page of both builds, as crawlers read it from the
 * server HTML: schema.org types known and Google's requirements met
 * (structured-data-testing-tool's Google preset), FAQPage on the
 * all-questions page only (DESIGN.md says why), BreadcrumbList where the
 * page shows breadcrumbs, and every Question's name and answer equal to what
 * the page shows.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {load, type CheerioAPI} from 'cheerio';
import {Google} from 'structured-data-testing-tool/presets';
import {readQuestions} from '../../support/questionFiles';
import {builtFileOf, readBuiltSites, structuredDataReport} from './builtSites';

/** The one page that carries the FAQPage data. */
const FAQ_PAGE_FILE = 'faq.html';

type JsonLd = {'@context'?: string; '@type'?: string; [key: string]: unknown};
type Question = {'@type': string; name: string; acceptedAnswer: {'@type': string; text: string}};
type ListItem = {'@type': string; position: number; name: string; item?: string};

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text as a reader sees it: block elements (paragraphs, list items) separated, the heading's "#" link left out. */
function visibleText(element: ReturnType<CheerioAPI>): string {
  const copy = element.clone();
  copy.find('.hash-link').remove();
  copy.find('p, li, h3, h4, pre, blockquote').before(' ').after(' ');
  return normalize(copy.text());
}

function jsonLdBlocks($: CheerioAPI): JsonLd[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as JsonLd);
}

const questionTitles = readQuestions().map((question) => question.title);

for (const site of readBuiltSites()) {
  test(`${site.baseUrl}: FAQPage data on ${FAQ_PAGE_FILE} only`, () => {
    const pagesWithFaq = site.pages
      .filter((page) => jsonLdBlocks(load(page.html)).some((data) => data['@type'] === 'FAQPage'))
      .map((page) => page.file);
    assert.deepEqual(pagesWithFaq, [FAQ_PAGE_FILE]);
  });

  for (const page of site.pages) {
    test(`${site.baseUrl}${page.file}: structured data valid and true to the page`, async () => {
      const $ = load(page.html);
      const blocks = jsonLdBlocks($);
      for (const data of blocks) assert.equal(data['@context'], 'https://schema.org');

      const report = await structuredDataReport(page.html, [Google]);
      assert.deepEqual(
        report.failed.map((failure) => `${failure.group}: ${failure.description}`),
        [],
        'Google preset',
      );
      assert.deepEqual(report.schemas.sort(), blocks.map((data) => data['@type']).sort(), 'schema.org types');

      const visibleCrumbs = $('nav[aria-label="Breadcrumbs"] li.breadcrumbs__item')
        .toArray()
        .map((item) => normalize($(item).text()))
        .filter(Boolean);
      const breadcrumbLists = blocks.filter((data) => data['@type'] === 'BreadcrumbList');
      if (visibleCrumbs.length === 0) {
        assert.equal(breadcrumbLists.length, 0, 'no BreadcrumbList without breadcrumbs');
      } else {
        assert.equal(breadcrumbLists.length, 1, 'one BreadcrumbList');
        const items = breadcrumbLists[0]!.itemListElement as ListItem[];
        assert.deepEqual(
          items.map((item) => item.name),
          visibleCrumbs,
          'BreadcrumbList names are the visible breadcrumbs',
        );
        items.forEach((item, index) => {
          assert.equal(item['@type'], 'ListItem');
          assert.equal(item.position, index + 1);
          // Google allows the last item without a URL; every URL given must be a page of this site.
          if (item.item !== undefined || index < items.length - 1) {
            assert.ok(builtFileOf(site, item.item ?? ''), `breadcrumb ${item.item} is a page of the site`);
          }
        });
      }

      const faqPages = blocks.filter((data) => data['@type'] === 'FAQPage');
      if (page.file !== FAQ_PAGE_FILE) return;
      assert.equal(faqPages.length, 1, 'one FAQPage');
      const entities = faqPages[0]!.mainEntity as Question[];
      const headings = $('article h2[id]').toArray();
      assert.deepEqual(
        entities.map((entity) => entity.name),
        headings.map((heading) => visibleText($(heading))),
        'Question names are the visible headings',
      );
      assert.deepEqual([...entities.map((entity) => entity.name)].sort(), [...questionTitles].sort(), 'every question');
      entities.forEach((entity, index) => {
        assert.equal(entity['@type'], 'Question');
        assert.equal(entity.acceptedAnswer['@type'], 'Answer');
        const answer = $(headings[index]).nextAll('.faq-answer').first();
        assert.equal(answer.length, 1, `the answer of ${entity.name} on the page`);
        assert.equal(normalize(entity.acceptedAnswer.text), visibleText(answer), `answer of ${entity.name}`);
      });
    });
  }
}
