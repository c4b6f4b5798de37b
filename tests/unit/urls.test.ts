import {test} from 'node:test';
import assert from 'node:assert/strict';
import {publishedUrls} from '../../src/urls/published';
import {legacyAnchorsBySlug, redirects} from '../../src/urls/redirects';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {resolvePublished, type SiteShape} from '../urlResolution';

const site: SiteShape = {
  questionSlugs: readQuestions().map((question) => question.slug),
  categorySlugs: readCategories().map((category) => category.slug),
};

test('every published URL and anchor still lands on a page of the site', () => {
  const problems = publishedUrls.flatMap((entry) => {
    const landing = resolvePublished(entry, site);
    return landing.ok ? [] : [landing.problem];
  });
  assert.deepEqual(problems, []);
});

test('renaming a slug without a redirect fails with the URL and the fix', () => {
  const renamed: SiteShape = {
    ...site,
    questionSlugs: site.questionSlugs.map((slug) =>
      slug === 'does-xmtp-have-a-token' ? 'is-there-an-xmtp-token' : slug,
    ),
  };
  const entry = publishedUrls.find((e) => e.url === '/faq/does-xmtp-have-a-token')!;
  const landing = resolvePublished(entry, renamed);
  assert.equal(landing.ok, false);
  assert.equal(
    !landing.ok && landing.problem,
    `Published URL "/faq/does-xmtp-have-a-token" no longer lands on a page: "/faq/does-xmtp-have-a-token" does not exist. Add a redirect to src/urls/redirects.ts, e.g. {from: '/faq/does-xmtp-have-a-token', to: '/faq/<its-new-slug>'}.`,
  );
  const anchor = publishedUrls.find((e) => e.url === '/faq#does-xmtp-have-a-token')!;
  const anchorLanding = resolvePublished(anchor, renamed);
  assert.equal(
    !anchorLanding.ok && anchorLanding.problem,
    `Published URL "/faq#does-xmtp-have-a-token" was question "does-xmtp-have-a-token", which no longer exists. Add {from: '/faq/does-xmtp-have-a-token', to: '/faq/<its-new-slug>'} to src/urls/redirects.ts.`,
  );
  const withRedirect = [...redirects, {from: '/faq/does-xmtp-have-a-token', to: '/faq/is-there-an-xmtp-token'}];
  assert.deepEqual(resolvePublished(entry, renamed, withRedirect), {
    ok: true,
    path: '/faq/is-there-an-xmtp-token',
    hash: '',
    questionSlug: 'is-there-an-xmtp-token',
  });
  assert.deepEqual(resolvePublished(anchor, renamed, withRedirect), {
    ok: true,
    path: '/faq',
    hash: 'does-xmtp-have-a-token',
    questionSlug: 'is-there-an-xmtp-token',
  });
  assert.deepEqual(legacyAnchorsBySlug(withRedirect).get('is-there-an-xmtp-token'), ['does-xmtp-have-a-token']);
});

test('redirects start from paths that are not live pages, and end on live ones', () => {
  for (const {from, to} of redirects) {
    const live = [
      '/',
      '/faq',
      ...site.questionSlugs.map((s) => `/faq/${s}`),
      ...site.categorySlugs.map((s) => `/faq/${s}`),
    ];
    assert.ok(!live.includes(from), `${from} is a live page and cannot also redirect`);
    assert.ok(live.includes(to), `${from} redirects to ${to}, which is not a live page`);
  }
});
