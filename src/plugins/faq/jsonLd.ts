/** schema.org FAQPage data; pure, so pages can render it during SSR. */
export type JsonLdQuestion = {
  readonly title: string;
  readonly answerText: string;
  /** When the answer last changed (ms since the epoch), if known. */
  readonly dateModified?: number | null | undefined;
};

const isoDate = (time: number | null | undefined) => (time == null ? {} : {dateModified: new Date(time).toISOString()});

/** The page's `dateModified` is that of its most recently changed answer. */
export function faqPageJsonLd(questions: readonly JsonLdQuestion[], pageUrl: string): Record<string, unknown> {
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

/** JSON for a <script> data block: "<" escaped so answer text cannot close the tag. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
