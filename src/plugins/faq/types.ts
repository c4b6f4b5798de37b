/** The shapes pages receive from the FAQ plugin (global data and created data). */
export type FaqQuestion = {
  id: string;
  title: string;
  /** One-sentence answer from front matter. */
  description: string;
  /** Bare slug, also the question's anchor on /faq. */
  slug: string;
  /** Absolute path with base URL, e.g. /faq/does-xmtp-have-a-token */
  permalink: string;
  categoryKey: string;
};

export type FaqCategory = {
  /** Folder name under docs/. */
  key: string;
  label: string;
  description: string;
  permalink: string;
  questions: FaqQuestion[];
};

export type FaqData = {categories: FaqCategory[]};

/** Data of the all-questions page: the question list, plus old anchors kept alive by redirects. */
export type AllQuestionsData = FaqData & {
  legacyAnchors: Record<string, string[]>;
  /** Plain-text answers by slug, for the page's FAQPage structured data. */
  answerTexts: Record<string, string>;
  /** When each answer last changed (ms), by slug; absent when unknown (no Git history). */
  lastUpdatedAt: Record<string, number>;
};

export const FAQ_PLUGIN_NAME = 'xmtp-faq';
