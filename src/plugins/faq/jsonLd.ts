/** schema.org data; pure, so pages can render it during SSR. */
import type {FAQPage, WebPage, WithContext} from 'schema-dts';

export type JsonLdQuestion = {
  readonly title: string;
  readonly answerText: string;
  /** When the answer last changed (ms since the epoch), if known. */
  readonly dateModified?: number | null | undefined;
};

const isoDate = (time: number | null | undefined) => (time == null ? {} : {dateModified: new Date(time).toISOString()});

/** The all-questions page (the one FAQPage, see DESIGN.md); its `dateModified` is that of its newest answer. */
export function faqPageJsonLd(questions: readonly JsonLdQuestion[], pageUrl: string): WithContext<FAQPage> {
  const dates = questions.flatMap((question) => (question.dateModified == null ? [] : [question.dateModified]));
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    ...isoDate(dates.length > 0 ? Math.max(...dates) : null),
    mainEntity: questions.map((question) => ({
      '@type': 'Question',
      name: question.title,
      ...isoDate(question.dateModified),
      acceptedAnswer: {'@type': 'Answer', text: question.answerText},
    })),
  };
}

/** A question's own page: a WebPage (not a second FAQPage) that says when its answer last changed. */
export function questionPageJsonLd(
  question: Pick<JsonLdQuestion, 'title' | 'dateModified'>,
  pageUrl: string,
): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: question.title,
    url: pageUrl,
    ...isoDate(question.dateModified),
  };
}

/** JSON for a <script> data block: "<" escaped so answer text cannot close the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
