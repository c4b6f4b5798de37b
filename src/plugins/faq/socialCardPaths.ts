/**
 * Where the build writes social cards (relative to the site root), shared by
 * the plugin and the pages. A module of its own because pages import it, and
 * browser code must stay free of Node imports: socialCards.ts, which renders
 * the cards, needs node:fs and resvg.
 */
export const SOCIAL_CARD_DIR = 'img/social';
export const socialCardPath = (slug: string): string => `/${SOCIAL_CARD_DIR}/${slug}.png`;
export const SITE_CARD = `/${SOCIAL_CARD_DIR}/site.png`;
