import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import {visit, SKIP} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';

/**
 * An answer as plain text, for structured data: the page's visible text,
 * paragraphs separated by blank lines, list items on their own lines, link
 * text without the URL. Parsed as MDX, like the page itself, so a heading's
 * id comment (`{/* #id *\/}`) is an expression to drop, not text to show.
 */
export function answerText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(markdown);
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') || !parent || index === undefined)
      return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return tree.children
    .map((block) =>
      block.type === 'list' ? block.children.map((item) => toString(item)).join('\n') : toString(block).trim(),
    )
    .filter((text) => text !== '')
    .join('\n\n');
}
