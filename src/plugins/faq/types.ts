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

/** A category without its questions: what every page may know of it. */
export type FaqCategorySummary = Omit<FaqCategory, 'questions'> & {questionCount: number};

/**
 * The FAQ plugin's global data, which every page's app carries: it grows with
 * the categories, not with the questions (DESIGN.md, "a page costs the same").
 */
export type FaqGlobalData = {
  categories: FaqCategorySummary[];
};

/**
 * Data of the home page: each category with the first of its questions, the
 * count of all, and whether /faq holds every answer (LIST_LIMITS.answersOnOnePage).
 */
export type HomeData = {
  categories: (FaqCategorySummary & {questions: FaqQuestion[]})[];
  questionCount: number;
  answersOnOnePage: boolean;
};

/**
 * Data of /faq when the FAQ is too big for one page: the categories as the
 * home page has them, and the script that forwards a question's anchor to its
 * page (anchorForwarding.ts).
 */
export type QuestionIndexData = Omit<HomeData, 'answersOnOnePage'> & {anchorForwarding: string};

/** Data of the all-questions page: the question list, plus old anchors kept alive by redirects. */
export type AllQuestionsData = FaqData & {
  legacyAnchors: Record<string, string[]>;
  /** Plain-text answers by slug, for the page's FAQPage structured data. */
  answerTexts: Record<string, string>;
  /** When each answer last changed (ms), by slug; absent when unknown (no Git history). */
  lastUpdatedAt: Record<string, number>;
};

export const FAQ_PLUGIN_NAME = 'xmtp-faq';
