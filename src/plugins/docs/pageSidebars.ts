/**
 * What one page's sidebar shows: the sidebar, with every category bigger than
 * the limit cut down, so a page's sidebar (HTML and data) costs the same at 4
 * or 4,000 questions. A category within the limit is shown as it is; a
 * bigger one collapses to a link to its page, which lists all its questions,
 * except on its own pages, where it stays open with the block of `limit`
 * questions that holds the current one, then "All N questions in <category>".
 * Blocks, not a window centred on each question: the pages of a block share
 * one sidebar module, and every module is a chunk Docusaurus lists in every
 * page's app (src/plugins/docs/pageRoutes.ts).
 */
import type {PropSidebar, PropSidebarItem, PropSidebarItemCategory} from '@docusaurus/plugin-content-docs';

/** Class names of the items this adds, for the site's CSS and tests. */
export const SIDEBAR_CLASSES = {
  collapsedCategory: 'faq-sidebar-category-link',
  allQuestions: 'faq-sidebar-all-questions',
} as const;

function contains(item: PropSidebarItem, pagePath: string): boolean {
  if (item.type === 'link') return item.href === pagePath;
  if (item.type === 'category') return item.href === pagePath || item.items.some((child) => contains(child, pagePath));
  return false;
}

/** The block of `limit` items that holds the one at `index`; the last block is a full one too. */
function blockOf<T>(items: readonly T[], index: number, limit: number): T[] {
  const start = Math.min(Math.floor(index / limit) * limit, items.length - limit);
  return items.slice(start, start + limit);
}

function scopeCategory(category: PropSidebarItemCategory, pagePath: string, limit: number): PropSidebarItem {
  if (category.items.length <= limit) return category;
  const {href} = category;
  const current = category.items.findIndex((item) => contains(item, pagePath));
  const onCategoryPage = href !== undefined && href === pagePath;
  // Elsewhere, the category is its link; without one, its first questions stand in for it.
  if (current < 0 && !onCategoryPage && href !== undefined) {
    return {
      type: 'link',
      label: category.label,
      href,
      className: [SIDEBAR_CLASSES.collapsedCategory, category.className].filter(Boolean).join(' '),
    };
  }
  const allQuestions: PropSidebarItem[] =
    href === undefined || onCategoryPage
      ? []
      : [
          {
            type: 'link',
            label: `All ${category.items.length} questions in ${category.label}`,
            href,
            className: SIDEBAR_CLASSES.allQuestions,
          },
        ];
  return {
    ...category,
    collapsed: false,
    items: [...blockOf(category.items, Math.max(current, 0), limit), ...allQuestions],
  };
}

/** The sidebar as the page at `pagePath` shows it (a question's page or a category's). */
export function pageSidebar(sidebar: PropSidebar, pagePath: string, limit: number): PropSidebar {
  return sidebar.map((item) => (item.type === 'category' ? scopeCategory(item, pagePath, limit) : item));
}
