/**
 * The generated questions of the 1,000-question fixture as the search index
 * receives them, without building the site: the index is a pure function of
 * the question list, so its size and speed at scale are measured in Node.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readCategories, readQuestions, docsDir} from '../../support/questionFiles';
import {answerText} from '../../src/plugins/faq/answerText';
import type {IndexedQuestion, SearchCategory} from '../../src/plugins/search/questionIndex';
import {writeFixtureQuestions, type GeneratedQuestion} from '../generateFixtureQuestions';

export type SearchFixture = {
  questions: IndexedQuestion[];
  categories: SearchCategory[];
  generated: GeneratedQuestion[];
};

/** The real questions plus `count` generated ones, in sidebar order, as the index plugin sees them. */
export function searchFixture(count: number): SearchFixture {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-search-fixture-'));
  try {
    for (const category of readCategories()) {
      fs.cpSync(path.join(docsDir, category.dir), path.join(siteDir, 'docs', category.dir), {recursive: true});
    }
    const generated = writeFixtureQuestions(siteDir, count);
    const categoryDirs = readCategories().map((category) => category.dir);
    const questions = readQuestions(path.join(siteDir, 'docs')).map((question) => ({
      id: `${question.categoryDir}/${path.basename(question.file, '.md')}`,
      title: question.title,
      keywords: question.keywords,
      description: question.description,
      answer: answerText(question.body),
      permalink: `/faq/${question.slug}`,
      category: Math.max(0, categoryDirs.indexOf(question.categoryDir)),
    }));
    const categories = readCategories().map((category) => ({
      label: category.label,
      permalink: `/faq/${category.slug}`,
    }));
    return {questions, categories, generated};
  } finally {
    fs.rmSync(siteDir, {recursive: true, force: true});
  }
}
