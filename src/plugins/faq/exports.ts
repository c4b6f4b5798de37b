/**
 * Machine-readable exports, generated from the question list: llms.txt and
 * llms-full.txt (llmstxt.org format), one Markdown file per question
 * (/faq/<slug>.md, also what "Copy answer" copies) and robots.txt. The build
 * writes them and the development server serves them (../siteFiles.ts).
 */
import type {LoadedFaq, LoadedQuestion} from './questions';
import type {SiteFiles} from '../siteFiles';

export type SiteInfo = {title: string; tagline: string; absoluteUrl: (path: string) => string};

/** Markdown links to site paths ("](/faq/x)") made absolute, for readers outside the site. */
export function absolutiseLinks(markdown: string, absoluteUrl: SiteInfo['absoluteUrl']): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_match, path: string) => `](${absoluteUrl(path)})`);
}

// MDX comments (the explicit heading ids `{/* #id */}`) mean nothing outside the site.
const MDX_COMMENT = /[ \t]*\{\/\*[\s\S]*?\*\/\}/g;

/**
 * The one Markdown rendering of a question: heading, whole answer with absolute
 * links, and the question's canonical URL. llms-full.txt, /faq/<slug>.md and
 * "Copy answer" all use it.
 */
export function questionMarkdown(
  question: Pick<LoadedQuestion, 'title' | 'permalink' | 'answerMarkdown'>,
  site: Pick<SiteInfo, 'absoluteUrl'>,
  headingLevel = 1,
): string {
  const answer = absolutiseLinks(question.answerMarkdown.replace(MDX_COMMENT, ''), site.absoluteUrl);
  return `${'#'.repeat(headingLevel)} ${question.title}\n\n${answer}\n\nSource: ${site.absoluteUrl(question.permalink)}\n`;
}

/** Where a question's Markdown is published: its page's path plus `.md`. */
export function markdownPathOf(permalink: string): string {
  return `${permalink}.md`;
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
      // llmstxt.org's convention: link each page's Markdown version, its URL plus `.md`.
      lines.push(
        `- [${question.title}](${site.absoluteUrl(markdownPathOf(question.permalink))}): ${question.description}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function llmsFullTxt(faq: LoadedFaq, site: SiteInfo): string {
  const parts = [`# ${site.title}`, '', `> ${site.tagline}`, ''];
  for (const category of faq.categories) {
    parts.push(`## ${category.label}`, '');
    for (const question of category.questions) parts.push(questionMarkdown(question, site, 3));
  }
  return parts.join('\n');
}

export function robotsTxt(site: SiteInfo): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${site.absoluteUrl('/sitemap.xml')}`, ''].join('\n');
}

/** Every export, by site-relative path (`baseUrl` is the prefix of the questions' permalinks). */
export function exportFiles(faq: LoadedFaq, site: SiteInfo, baseUrl: string): SiteFiles {
  const files = new Map([
    ['llms.txt', llmsTxt(faq, site)],
    ['llms-full.txt', llmsFullTxt(faq, site)],
    ['robots.txt', robotsTxt(site)],
  ]);
  for (const category of faq.categories) {
    for (const question of category.questions) {
      files.set(markdownPathOf(question.permalink).slice(baseUrl.length), questionMarkdown(question, site));
    }
  }
  return files;
}
