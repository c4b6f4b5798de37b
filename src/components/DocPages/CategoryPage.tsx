import type {ReactNode} from 'react';
import type {PropSidebarItemCategory} from '@docusaurus/plugin-content-docs';
import {DocsSidebarProvider} from '@docusaurus/plugin-content-docs/client';
import DocCategoryGeneratedIndexPage, {type Props} from '@theme/DocCategoryGeneratedIndexPage';
import type {PageSidebarData} from '@site/src/plugins/docs/pageRoutes';
import PageLayout from './PageLayout';

/**
 * A category's page (the docs plugin's `docCategoryGeneratedIndexComponent`):
 * the theme's page in the layout, with its own sidebar. Its cards list the
 * whole category, which the sidebar may shorten: the page reads them from its
 * own data, given to it as the only category of its sidebar.
 */
export default function CategoryPage({
  pageSidebar,
  category,
  ...props
}: Props & {readonly pageSidebar?: PageSidebarData; readonly category?: PropSidebarItemCategory}): ReactNode {
  return (
    <PageLayout sidebar={pageSidebar}>
      <DocsSidebarProvider name={pageSidebar?.name} items={category ? [category] : pageSidebar?.items}>
        <DocCategoryGeneratedIndexPage {...props} />
      </DocsSidebarProvider>
    </PageLayout>
  );
}
