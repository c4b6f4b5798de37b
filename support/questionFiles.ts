/**
 * Test-side reading of the question files, so tests and the benchmark compare
 * the site against the files themselves rather than against copies of their
 * text. The category folders come from validation's findCategoryDirs: one
 * definition of what a category is.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {findCategoryDirs} from '../src/plugins/faq/validation';

export type QuestionFile = {
  file: string;
  categoryDir: string;
  title: string;
  slug: string;
  description: string;
  keywords: string[];
  body: string;
  /** Every [text](href) in the answer, in order. */
  links: {text: string; href: string}[];
};

export type CategoryFile = {dir: string; label: string; position: number; slug: string};

const siteDir = path.resolve(__dirname, '..');
export const docsDir = path.join(siteDir, 'docs');

export function readCategories(root = docsDir): CategoryFile[] {
  return findCategoryDirs(root)
    .map((dir) => {
      const json = JSON.parse(fs.readFileSync(path.join(root, dir, '_category_.json'), 'utf8')) as {
        label: string;
        position: number;
        link: {slug: string};
      };
      return {dir, label: json.label, position: json.position, slug: json.link.slug.replace(/^\//, '')};
    })
    .sort((a, b) => a.position - b.position);
}

function readQuestionFile(filePath: string): QuestionFile {
  const text = fs.readFileSync(filePath, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${filePath}: no front matter`);
  const frontMatter = yaml.load(match[1] ?? '') as Record<string, unknown>;
  const body = (match[2] ?? '').trim();
  const links = [...body.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map((m) => ({text: m[1] ?? '', href: m[2] ?? ''}));
  return {
    file: path.relative(siteDir, filePath),
    categoryDir: path.basename(path.dirname(filePath)),
    title: String(frontMatter.title),
    slug: String(frontMatter.slug).replace(/^\//, ''),
    description: String(frontMatter.description),
    keywords: (frontMatter.keywords as string[]) ?? [],
    body,
    links,
  };
}

/** Questions in sidebar order: category position, then sidebar_position. */
export function readQuestions(root = docsDir): QuestionFile[] {
  return readCategories(root).flatMap((category) =>
    fs
      .readdirSync(path.join(root, category.dir))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const question = readQuestionFile(path.join(root, category.dir, name));
        const position = Number(
          /sidebar_position:\s*(\d+)/.exec(fs.readFileSync(path.join(root, category.dir, name), 'utf8'))?.[1] ?? 0,
        );
        return {question, position};
      })
      .sort((a, b) => a.position - b.position)
      .map(({question}) => question),
  );
}
