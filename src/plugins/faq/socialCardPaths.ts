/** Where the build writes social cards (relative to the site root); shared by the plugin and the pages. */
const SOCIAL_CARD_DIR = 'img/social';
export const socialCardPath = (slug: string): string => `/${SOCIAL_CARD_DIR}/${slug}.png`;
export const SITE_CARD = `/${SOCIAL_CARD_DIR}/site.png`;
