/**
 * Every old URL that must keep working, in one place. The client-redirects
 * plugin turns each entry into a page that forwards, keeping `?query` and
 * `#anchor`. Renaming a question's slug means adding
 * `{from: '/faq/<old-slug>', to: '/faq/<new-slug>'}` here; the all-questions
 * page then also keeps `/faq#<old-slug>` working (see legacyAnchorsBySlug).
 * tests/unit/urls.test.ts checks every URL of published.json against this.
 */
export type Redirect = {readonly from: string; readonly to: string};

export const redirects: readonly Redirect[] = [
  // The original FAQ page; its anchors are the question slugs, as on /faq.
  {from: '/network/faq', to: '/faq'},
];

const QUESTION_PATH = /^\/faq\/([a-z0-9-]+)$/;

/** Old question slugs by the slug they were renamed to, from the redirects above. */
export function legacyAnchorsBySlug(list: readonly Redirect[] = redirects): Map<string, string[]> {
  const anchors = new Map<string, string[]>();
  for (const {from, to} of list) {
    const oldSlug = QUESTION_PATH.exec(from)?.[1];
    const newSlug = QUESTION_PATH.exec(to)?.[1];
    if (!oldSlug || !newSlug) continue;
    anchors.set(newSlug, [...(anchors.get(newSlug) ?? []), oldSlug]);
  }
  return anchors;
}
