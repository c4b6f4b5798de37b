/**
 * The one module that decides whether a question file is valid. Every message
 * names the file, the field and the fix, so a maintainer never has to read a
 * stack trace.
 */
import path from 'node:path';
import fs from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
// The site renders Markdown with the preset's built-in GFM; parsing with it
// here means bare URLs that GFM turns into links are checked too.
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import type {Root} from 'mdast';
import {allowedLinkHosts, isAllowedOutboundLink} from './linkHosts';

const MAX_DESCRIPTION_LENGTH = 160;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXPLICIT_HEADING_ID = /^\s*\/\*\s*#[a-z0-9]+(?:-[a-z0-9]+)*\s*\*\/\s*$/;

export class QuestionFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: ${field}: ${problem}. Fix: ${fix}`);
    this.name = 'QuestionFileError';
  }
}

const reported = new Set<string>();

/** Prints the message once, before Docusaurus wraps it in its own errors. */
function reportOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console.error(`\n[ERROR] ${message}\n`);
}

/** Throws all problems of a build as one error, one line per problem. */
export class QuestionValidationError extends Error {
  declare readonly problems: readonly QuestionFileError[];

  constructor(problems: readonly QuestionFileError[]) {
    super(
      `Invalid question file${problems.length > 1 ? 's' : ''}; nothing was built.\n` +
        problems.map((problem) => `  - ${problem.message}`).join('\n'),
    );
    this.name = 'QuestionValidationError';
    // The maintainer needs the message, not our call stack: Docusaurus prints
    // `stack` and every enumerable property of the errors it reports.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
    this.stack = `${this.name}: ${this.message}`;
    reportOnce(this.message);
  }
}

type FileInput = {
  /** Path shown in messages, relative to the site, e.g. docs/token/x.md */
  file: string;
  frontMatter: Record<string, unknown>;
  body: string;
};

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Problems of one question file, judged on its own. */
export function checkQuestionFile({file, frontMatter, body}: FileInput): QuestionFileError[] {
  const problems: QuestionFileError[] = [];
  const fail = (field: string, problem: string, fix: string) =>
    problems.push(new QuestionFileError(file, field, problem, fix));

  if (Object.keys(frontMatter).length === 0 && body.trim() === '') {
    fail(
      'file',
      'the file is empty',
      'write front matter (title, slug, description, keywords) between --- lines, then the answer',
    );
    return problems;
  }

  const {title, slug, description, keywords, sidebar_position: position} = frontMatter;
  if (!isNonEmptyString(title)) {
    fail('title', 'missing or not text', 'add `title: <the question, ending with "?">` to the front matter');
  } else if (!title.trim().endsWith('?')) {
    fail('title', `"${title}" is not a question`, 'word the title as the question a reader asks, ending with "?"');
  }

  if (!isNonEmptyString(slug)) {
    fail('slug', 'missing or not text', 'add `slug: /<question-in-kebab-case>`; it is the permanent URL /faq/<slug>');
  } else {
    const bare = slug.replace(/^\//, '');
    if (!slug.startsWith('/') || !SLUG_PATTERN.test(bare)) {
      fail(
        'slug',
        `"${slug}" is not a lower-case kebab-case slug starting with "/"`,
        'use lower-case letters, digits and single hyphens, e.g. `slug: /does-xmtp-have-a-token`',
      );
    }
  }

  if (!isNonEmptyString(description)) {
    fail(
      'description',
      'missing or not text',
      'add `description:` with a one-sentence answer of at most 160 characters',
    );
  } else if (description.length > MAX_DESCRIPTION_LENGTH) {
    fail(
      'description',
      `${description.length} characters, over the limit of ${MAX_DESCRIPTION_LENGTH}`,
      `shorten it to one sentence of at most ${MAX_DESCRIPTION_LENGTH} characters`,
    );
  }

  if (!Array.isArray(keywords) || keywords.length === 0 || !keywords.every(isNonEmptyString)) {
    fail(
      'keywords',
      'missing, empty or not a list of words',
      'add `keywords:` as a YAML list of words readers type that the answer lacks, e.g. `keywords: [coin, airdrop]`',
    );
  }

  if (position !== undefined && (typeof position !== 'number' || !Number.isFinite(position))) {
    fail(
      'sidebar_position',
      `${JSON.stringify(position)} is not a number`,
      'set `sidebar_position:` to a number, or remove it',
    );
  }

  const lastUpdateProblem = checkLastUpdate(frontMatter.last_update);
  if (lastUpdateProblem) {
    fail(
      'last_update',
      lastUpdateProblem,
      'write `last_update: {date: YYYY-MM-DD}` with the day the answer was last reviewed, or remove it to use the date of the last commit',
    );
  }

  if (body.trim() === '') {
    fail('body', 'the answer is empty', 'write the answer below the front matter');
  }

  problems.push(...checkAnswerBody(file, body));
  return problems;
}

/** What is wrong with a `last_update` override, if anything (YAML gives dates as Date objects). */
function checkLastUpdate(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('date' in value)) {
    return `${JSON.stringify(value)} has no date`;
  }
  const {date} = value;
  const time = date instanceof Date ? date.getTime() : typeof date === 'string' ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(time)) return `date ${JSON.stringify(date)} is not a date`;
  if (time > Date.now()) return `date ${new Date(time).toISOString().slice(0, 10)} is in the future`;
  return null;
}

function checkAnswerBody(file: string, body: string): QuestionFileError[] {
  const problems: QuestionFileError[] = [];
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      new QuestionFileError(
        file,
        'body',
        `the Markdown does not parse (${reason})`,
        'fix the syntax at the position given',
      ),
    ];
  }

  const checkHref = (href: string, line: number | undefined) => {
    const where = line === undefined ? '' : ` (line ${line} of the answer)`;
    if (href.startsWith('#') || href.startsWith('/') || href.startsWith('.')) return;
    if (href.startsWith('mailto:')) {
      problems.push(
        new QuestionFileError(
          file,
          'link',
          `mailto link "${href}"${where}`,
          'link to a page on an allowed host instead',
        ),
      );
      return;
    }
    if (!isAllowedOutboundLink(href)) {
      problems.push(
        new QuestionFileError(
          file,
          'link',
          `"${href}"${where} is not https on an allowed host`,
          `link only to https URLs on ${allowedLinkHosts.join(', ')}; to allow another host, add it to src/plugins/faq/linkHosts.ts`,
        ),
      );
    }
  };

  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      checkHref(node.url, node.position?.start.line);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          checkHref(attribute.value, node.position?.start.line);
        }
      }
    }
    if (node.type === 'heading') {
      const last = node.children.at(-1);
      const explicit = last?.type === 'mdxTextExpression' && EXPLICIT_HEADING_ID.test(last.value);
      if (!explicit) {
        const line = node.position?.start.line;
        problems.push(
          new QuestionFileError(
            file,
            'heading',
            `heading${line === undefined ? '' : ` on line ${line} of the answer`} has no explicit id`,
            'end the heading with an id comment, e.g. `## Who runs the nodes? {/* #who-runs-the-nodes */}`',
          ),
        );
      }
    }
  });
  return problems;
}

/** A question as the cross-file checks need it. */
export type QuestionRecord = {
  file: string;
  title: string;
  slug: string;
  categoryDir: string;
};

/** Problems only visible across files: duplicates and unknown categories. */
export function checkQuestionSet(
  questions: readonly QuestionRecord[],
  knownCategoryDirs: readonly string[],
): QuestionFileError[] {
  const problems: QuestionFileError[] = [];
  const firstBySlug = new Map<string, QuestionRecord>();
  const firstByTitle = new Map<string, QuestionRecord>();
  const sorted = [...questions].sort((a, b) => a.file.localeCompare(b.file));
  for (const question of sorted) {
    if (!knownCategoryDirs.includes(question.categoryDir)) {
      problems.push(
        new QuestionFileError(
          question.file,
          'category',
          `"${question.categoryDir}" is not a known category folder`,
          `move the file into one of docs/${knownCategoryDirs.join(', docs/')}, or add a category with docs/${question.categoryDir}/_category_.json`,
        ),
      );
    }
    const slugKey = question.slug.replace(/^\//, '');
    const sameSlug = firstBySlug.get(slugKey);
    if (sameSlug) {
      problems.push(
        new QuestionFileError(
          question.file,
          'slug',
          `"${question.slug}" is already used by ${sameSlug.file}`,
          'give each question its own slug',
        ),
      );
    } else {
      firstBySlug.set(slugKey, question);
    }
    const titleKey = question.title.trim().toLowerCase();
    const sameTitle = firstByTitle.get(titleKey);
    if (sameTitle) {
      problems.push(
        new QuestionFileError(
          question.file,
          'title',
          `"${question.title}" is already asked by ${sameTitle.file}`,
          'merge the two answers into one file, or reword one question',
        ),
      );
    } else {
      firstByTitle.set(titleKey, question);
    }
  }
  return problems;
}

/** Category folders are the folders of docs/ that hold a _category_.json. */
export function findCategoryDirs(docsDir: string): string[] {
  return fs
    .readdirSync(docsDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(docsDir, entry.name, '_category_.json')))
    .map((entry) => entry.name)
    .sort();
}
