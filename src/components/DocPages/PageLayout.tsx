import type {ReactNode} from 'react';
import clsx from 'clsx';
import {HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import {DocsSidebarProvider} from '@docusaurus/plugin-content-docs/client';
import DocRootLayout from '@theme/DocRoot/Layout';
import type {PageSidebarData} from '@site/src/plugins/docs/pageRoutes';

/**
 * What the theme's DocRoot renders around a docs page (its layout, the
 * sidebar, the phone menu's docs pane), with the page's own sidebar: its
 * `pageSidebar` route module (src/plugins/docs/pageRoutes.ts).
 */
export default function PageLayout({
  sidebar,
  children,
}: {
  readonly sidebar: PageSidebarData | undefined;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsSidebarProvider name={sidebar?.name} items={sidebar?.items}>
        <DocRootLayout>{children}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
