/**
 * Docusaurus calls `markdown.parseFrontMatter` for every Markdown file before
 * anything is bundled; hooking validation in here makes a bad question file
 * stop `start`, `build` and `test` before any output is written.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {recordAnswer} from './answerSources';
import {QuestionFileError, QuestionValidationError, checkQuestionFile} from './validation';

const QUESTION_FILE = /\.mdx?$/;

export function createParseFrontMatter(siteDir: string, docsDir = 'docs'): ParseFrontMatter {
  const docsRoot = path.resolve(siteDir, docsDir) + path.sep;
  return async (params) => {
    const {filePath, defaultParseFrontMatter} = params;
    const isQuestion = filePath.startsWith(docsRoot) && QUESTION_FILE.test(filePath);
    if (!isQuestion) return defaultParseFrontMatter(params);

    const file = path.relative(siteDir, filePath).split(path.sep).join('/');
    let parsed: Awaited<ReturnType<typeof defaultParseFrontMatter>>;
    try {
      parsed = await defaultParseFrontMatter(params);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new QuestionValidationError([
        new QuestionFileError(
          file,
          'front matter',
          `the YAML does not parse (${reason})`,
          'check the lines between the two --- markers: indentation, colons, and quotes around values containing ":"',
        ),
      ]);
    }
    const problems = checkQuestionFile({file, frontMatter: parsed.frontMatter, body: parsed.content});
    if (problems.length > 0) throw new QuestionValidationError(problems);
    recordAnswer(filePath, parsed.content);
    return parsed;
  };
}
