/**
 * Machine-readable exports, generated from the question list at build time:
 * llms.txt and llms-full.txt (llmstxt.org format) and robots.txt.
 */
import type {LoadedFaq} from './questions';

export type SiteInfo = {title: string; tagline: string; absoluteUrl: (path: string) => string};

/** Markdown links to site paths ("](/faq/x)") made absolute, for readers outside the site. */
export function absolutiseLinks(markdown: string, absoluteUrl: SiteInfo['absoluteUrl']): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_match, path: string) => `](${absoluteUrl(path)})`);
}

export function llmsTxt(faq: LoadedFaq, site: SiteInfo): string {
  const lines = [`# ${site.title}`, '', `> ${site.tagline}`, ''];
  lines.push(
    `All questions with their whole answers: [${site.title}, full text](${site.absoluteUrl('/llms-full.txt')})`,
    '',
  );
  for (const category of faq.categories) {
    lines.push(`## ${category.label}`, '');
    for (const question of category.questions) {
      lines.push(`- [${question.title}](${site.absoluteUrl(question.permalink)}): ${question.description}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function llmsFullTxt(faq: LoadedFaq, site: SiteInfo): string {
  const parts = [`# ${site.title}`, '', `> ${site.tagline}`, ''];
  for (const category of faq.categories) {
    parts.push(`## ${category.label}`, '');
    for (const question of category.questions) {
      parts.push(
        `### ${question.title}`,
        '',
        `Source: ${site.absoluteUrl(question.permalink)}`,
        '',
        absolutiseLinks(question.answerMarkdown, site.absoluteUrl),
        '',
      );
    }
  }
  return parts.join('\n');
}

export function robotsTxt(site: SiteInfo): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${site.absoluteUrl('/sitemap.xml')}`, ''].join('\n');
}
