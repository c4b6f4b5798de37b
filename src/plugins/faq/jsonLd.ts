/** schema.org FAQPage data; pure, so pages can render it during SSR. */
import type {FAQPage, WithContext} from 'schema-dts';

export type JsonLdQuestion = {readonly title: string; readonly answerText: string};

export function faqPageJsonLd(questions: readonly JsonLdQuestion[], pageUrl: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    mainEntity: questions.map((question) => ({
      '@type': 'Question',
      name: question.title,
      acceptedAnswer: {'@type': 'Answer', text: question.answerText},
    })),
  };
}

/** JSON for a <script> data block: "<" escaped so answer text cannot close the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
