import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';

/**
 * An answer as plain text, for structured data: the page's visible text,
 * paragraphs separated by blank lines, list items on their own lines, link
 * text without the URL.
 */
export function answerText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children
    .map((block) => (block.type === 'list' ? block.children.map((item) => toString(item)).join('\n') : toString(block)))
    .join('\n\n');
}
