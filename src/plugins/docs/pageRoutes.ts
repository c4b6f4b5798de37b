/**
 * The docs plugin's routes, changed so that a page's app carries its own
 * sidebar, not the whole FAQ's. Docusaurus puts every sidebar, and every
 * doc's title and description, in the version's route data, which every docs
 * page loads; here that data keeps neither, and each page (a question's or
 * a category's) gets a `pageSidebar` module instead: the sidebar as that page
 * shows it (pageSidebars.ts). Pages that show the same sidebar share one
 * module. A category's page also gets its whole category, with each
 * question's one-line answer, for the cards that list them all.
 */
import {createHash} from 'node:crypto';
import type {RouteConfig} from '@docusaurus/types';
import type {
  PropSidebar,
  PropSidebarItem,
  PropSidebarItemCategory,
  PropVersionDocs,
  PropVersionMetadata,
} from '@docusaurus/plugin-content-docs';
import {pageSidebar} from './pageSidebars';

/** What a page's `pageSidebar` module holds: its sidebar's name and items as the page shows them. */
export type PageSidebarData = {name: string; items: PropSidebar};

/** Writes a data module (Docusaurus's `createData`) and returns its path for a route's `modules`. */
type CreateData = (name: string, data: string) => Promise<string>;

type Scope = {sidebars: Record<string, PropSidebar>; docs: PropVersionDocs; limit: number; module: CreateData};

function findCategory(items: readonly PropSidebarItem[], href: string): PropSidebarItemCategory | undefined {
  for (const item of items) {
    if (item.type !== 'category') continue;
    if (item.href === href) return item;
    const inside = findCategory(item.items, href);
    if (inside) return inside;
  }
  return undefined;
}

/** A category's items as cards show them: each question with its one-line answer, no lookup by doc id. */
function withDescriptions(category: PropSidebarItemCategory, docs: PropVersionDocs): PropSidebarItemCategory {
  return {
    ...category,
    items: category.items.map((item) => {
      if (item.type === 'category') return withDescriptions(item, docs);
      if (item.type !== 'link' || item.docId === undefined) return item;
      const {docId, ...link} = item;
      const description = docs[docId]?.description;
      return description ? {...link, description} : link;
    }),
  };
}

async function scopePage(page: RouteConfig, scope: Scope): Promise<RouteConfig> {
  if (page.routes) return {...page, routes: await Promise.all(page.routes.map((child) => scopePage(child, scope)))};
  const name = typeof page.sidebar === 'string' ? page.sidebar : undefined;
  const sidebar = name === undefined ? undefined : scope.sidebars[name];
  if (name === undefined || !sidebar) return page;
  const data = JSON.stringify({name, items: pageSidebar(sidebar, page.path, scope.limit)} satisfies PageSidebarData);
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 16);
  const scoped: RouteConfig = {
    ...page,
    modules: {...page.modules, pageSidebar: await scope.module(`page-sidebar-${hash}.json`, data)},
  };
  const category = page.props?.categoryGeneratedIndex ? findCategory(sidebar, page.path) : undefined;
  return category ? {...scoped, props: {...page.props, category: withDescriptions(category, scope.docs)}} : scoped;
}

/**
 * The docs plugin's route tree with page-scoped sidebars. `limit`: questions
 * a sidebar category shows (pageSidebars.ts). Pages with the same sidebar
 * share a module: `module` is called once per distinct sidebar.
 */
export async function withPageSidebars(route: RouteConfig, createData: CreateData, limit: number): Promise<RouteConfig> {
  const version = route.props?.version as PropVersionMetadata | undefined;
  if (!version) {
    if (!route.routes) return route;
    return {...route, routes: await Promise.all(route.routes.map((child) => withPageSidebars(child, createData, limit)))};
  }
  const written = new Map<string, Promise<string>>();
  const scope: Scope = {
    sidebars: version.docsSidebars,
    docs: version.docs,
    limit,
    module: (name, data) => {
      let path = written.get(name);
      if (!path) written.set(name, (path = createData(name, data)));
      return path;
    },
  };
  return {
    ...route,
    props: {...route.props, version: {...version, docsSidebars: {}, docs: {}} satisfies PropVersionMetadata},
    routes: await Promise.all((route.routes ?? []).map((child) => scopePage(child, scope))),
  };
}
