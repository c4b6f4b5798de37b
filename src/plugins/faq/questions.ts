/**
 * The one loader of the question list. It reads the docs plugin's loaded
 * content (never the files), so every feature sees exactly what the docs
 * plugin published.
 */
import type {LoadedContent, DocMetadata} from '@docusaurus/plugin-content-docs';
import path from 'node:path';
import type {FaqCategory, FaqCategorySummary, FaqData, FaqQuestion, HomeData} from './types';
import {answerText} from './answerText';
import {answerOf} from './answerSources';

type Sidebar = LoadedContent['loadedVersions'][number]['sidebars'][string];
type SidebarItem = Sidebar[number];

export type LoadedQuestion = FaqQuestion & {
  keywords: string[];
  /** The answer's Markdown, as validated. */
  answerMarkdown: string;
  /** The answer as plain text (its visible text), derived once here. */
  answerText: string;
  /** MDX source with the `@site` alias, for routes that render the answer. */
  source: string;
  /** Source path relative to the site, for messages. */
  file: string;
  categoryDir: string;
  /** Last commit that changed the file, or its `last_update` front matter (ms); null without history. */
  lastUpdatedAt: number | null;
};

export type LoadedFaq = {
  categories: (Omit<FaqCategory, 'questions'> & {questions: LoadedQuestion[]})[];
  questions: LoadedQuestion[];
};

function toQuestion(doc: DocMetadata, categoryKey: string, siteDir: string): LoadedQuestion {
  const keywords = doc.frontMatter.keywords;
  const answerMarkdown = answerOf(path.join(siteDir, doc.source.replace(/^@site\//, '')));
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    keywords: Array.isArray(keywords) ? keywords.map(String) : [],
    slug: doc.slug.replace(/^\//, ''),
    permalink: doc.permalink,
    categoryKey,
    source: doc.source,
    file: doc.source.replace(/^@site\//, ''),
    answerMarkdown,
    answerText: answerText(answerMarkdown),
    categoryDir: doc.sourceDirName,
    lastUpdatedAt: doc.lastUpdatedAt ?? null,
  };
}

function docIdsOf(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' || item.type === 'ref') return [item.id];
    if (item.type === 'category') return docIdsOf(item.items);
    return [];
  });
}

// The FAQ and search plugins both load the questions from the same docs
// content; deriving them (answer text parsed as MDX) once per load keeps a
// 1,000-question build from parsing every answer twice.
const loadedByContent = new WeakMap<LoadedContent, Map<string, LoadedFaq>>();

/**
 * Questions in sidebar order, grouped by their top-level sidebar category.
 * Docs outside any category are returned in `questions` with category "."
 * so validation can name them. Loaded once per docs content (a new load, as
 * in `npm start` after an edit, is a new object).
 */
export function loadFaq(content: LoadedContent, siteDir: string, sidebarId = 'faqSidebar'): LoadedFaq {
  const key = `${siteDir}\0${sidebarId}`;
  let loaded = loadedByContent.get(content);
  if (!loaded) loadedByContent.set(content, (loaded = new Map<string, LoadedFaq>()));
  let faq = loaded.get(key);
  if (!faq) loaded.set(key, (faq = readFaq(content, siteDir, sidebarId)));
  return faq;
}

function readFaq(content: LoadedContent, siteDir: string, sidebarId: string): LoadedFaq {
  const version = content.loadedVersions[0];
  if (!version) throw new Error('The docs plugin loaded no version; is docs/ empty?');
  const docsById = new Map(version.docs.map((doc) => [doc.id, doc]));
  const sidebar = version.sidebars[sidebarId] ?? [];

  const categories: LoadedFaq['categories'] = [];
  for (const item of sidebar) {
    if (item.type !== 'category' || item.link?.type !== 'generated-index') continue;
    const docs = docIdsOf(item.items).flatMap((id) => docsById.get(id) ?? []);
    const key = docs[0]?.sourceDirName ?? item.link.slug.replace(/^\//, '');
    categories.push({
      key,
      label: item.label,
      description: item.link.description ?? '',
      permalink: item.link.permalink,
      questions: docs.map((doc) => toQuestion(doc, key, siteDir)),
    });
  }
  const inCategories = new Set(categories.flatMap((category) => category.questions.map((q) => q.id)));
  const uncategorised = version.docs
    .filter((doc) => !inCategories.has(doc.id))
    .map((doc) => toQuestion(doc, doc.sourceDirName, siteDir));
  return {categories, questions: [...categories.flatMap((category) => category.questions), ...uncategorised]};
}

/** What pages receive: no file paths, nothing the browser does not need. */
export function toPublicData({categories}: LoadedFaq): FaqData {
  return {
    categories: categories.map((category) => ({
      ...category,
      questions: category.questions.map(
        ({
          source: _source,
          file: _file,
          categoryDir: _dir,
          keywords: _keywords,
          answerMarkdown: _answer,
          lastUpdatedAt: _lastUpdatedAt,
          answerText: _answerText,
          ...question
        }) => question,
      ),
    })),
  };
}

/** The categories without their questions: what every page's app may carry. */
export function categorySummaries(faq: LoadedFaq): FaqCategorySummary[] {
  return faq.categories.map(({questions, ...category}) => ({...category, questionCount: questions.length}));
}

/** The home page's list: each category with at most its limit of questions, in sidebar order. */
export function homeData(
  faq: LoadedFaq,
  limits: {homeQuestionsPerCategory: number; answersOnOnePage: number},
): HomeData {
  const {categories} = toPublicData(faq);
  const questionCount = categories.reduce((sum, category) => sum + category.questions.length, 0);
  return {
    categories: categories.map(({questions, ...category}) => ({
      ...category,
      questionCount: questions.length,
      questions: questions.slice(0, limits.homeQuestionsPerCategory),
    })),
    questionCount,
    answersOnOnePage: questionCount <= limits.answersOnOnePage,
  };
}
