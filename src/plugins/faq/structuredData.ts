/**
 * schema.org FAQPage JSON-LD, from the same question list as the pages.
 * Written into the built HTML (a data block, not a script that runs), so it
 * costs no JavaScript and needs no CSP allowance.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import type {LoadedQuestion} from './questions';

/** The answer as plain text: paragraphs separated by blank lines, list items on their own lines. */
export function answerText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children
    .map((block) => (block.type === 'list' ? block.children.map((item) => `- ${toString(item)}`).join('\n') : toString(block)))
    .join('\n\n');
}

export function faqPageJsonLd(questions: readonly LoadedQuestion[], pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    mainEntity: questions.map((question) => ({
      '@type': 'Question',
      name: question.title,
      acceptedAnswer: {'@type': 'Answer', text: answerText(question.answerMarkdown)},
    })),
  };
}

/** JSON for a <script> data block: "<" escaped so answer text cannot close the tag. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
