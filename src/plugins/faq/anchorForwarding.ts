/**
 * A FAQ too big for one page (LIST_LIMITS.answersOnOnePage) keeps every
 * `/faq#<slug>` ever shared working: /faq lists the categories, and a script
 * at the end of its content sends an anchor that names no element there on to
 * the question's own page (an old slug to its new one, see
 * src/urls/redirects.ts). A fragment never reaches the server, so only the
 * page itself can forward it; the script runs as the page is parsed, before
 * any app, so the reader lands on the answer at once. An anchor that names no
 * question lands on the 404 page, which offers the closest questions.
 */

/** Old slugs to the slug each was renamed to, from the slugs' lists of old ones. */
export function forwardedAnchors(oldSlugsBySlug: ReadonlyMap<string, readonly string[]>): Record<string, string> {
  return Object.fromEntries([...oldSlugsBySlug].flatMap(([slug, oldSlugs]) => oldSlugs.map((old) => [old, slug])));
}

/**
 * The inline script: `questionsPath` is the questions' path with the base URL
 * and a trailing slash (`/faq/`). Only an anchor shaped like a slug is
 * forwarded, with the address's query.
 */
export function anchorForwardingScript(questionsPath: string, renamed: Readonly<Record<string, string>>): string {
  return [
    '(function(){',
    'var anchor=location.hash.slice(1);',
    'if(!/^[a-z0-9-]+$/.test(anchor)||document.getElementById(anchor))return;',
    `var renamed=${JSON.stringify(renamed)};`,
    'var slug=Object.prototype.hasOwnProperty.call(renamed,anchor)?renamed[anchor]:anchor;',
    `location.replace(${JSON.stringify(questionsPath)}+slug+location.search);`,
    '})();',
  ].join('');
}
