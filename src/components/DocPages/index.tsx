import type {ReactNode} from 'react';
import type {Props} from '@theme/DocRoot';
import renderRoutes from '@docusaurus/renderRoutes';
import {matchPath, useLocation} from '@docusaurus/router';
import NotFoundContent from '@theme/NotFound/Content';

/**
 * The docs plugin's root route (its `docRootComponent`): the page at this
 * address, or the 404 content, as the theme's DocRoot does. The layout and
 * sidebar, which DocRoot renders here from the version's data, are rendered
 * by each page with its own sidebar (./PageLayout.tsx, src/plugins/docs).
 * It also renders each group of pages under the root, at scale
 * (src/plugins/docs/routeGroups.ts): a group is a route whose children are pages or groups.
 */
export default function DocPages({route}: Props): ReactNode {
  const {pathname} = useLocation();
  const pages = route.routes ?? [];
  if (!pages.some((page) => matchPath(pathname, page))) return <NotFoundContent />;
  return renderRoutes(pages);
}
