/**
 * The docs root's pages grouped by how their slugs begin, so that finding an
 * address's route takes a few dozen matches, not one per question.
 *
 * Docusaurus finds a page's route by trying the routes one after another
 * (react-router's `matchRoutes`, `<Switch>` and `matchPath`): four times for
 * each page it renders, and again in the browser on every navigation. With
 * every question a sibling under the docs root, rendering N pages made about
 * 2N² matches: at 2,000 questions, a quarter of the render's CPU time, and
 * the reason rendering grew × 6.4 from 1,000 to 3,000 questions. Here a list
 * longer than `GROUP_SIZE` is split, by the next letter after its slugs'
 * common beginning, into nested routes of up to `GROUP_SIZE` pages whose path
 * is a pattern on the slug (react-router's `:param(regex)`, e.g.
 * `/faq/:slug(how-do-[a-h][^/]*)`), each rendered by the docs root's own
 * component, which renders its child routes. React-router has only the
 * linear match, and Docusaurus no option for it: hence this.
 */
import type {RouteConfig} from '@docusaurus/types';

/** Most routes one list holds before it is split. A lookup tries at most about this many plus one per letter at each level. */
export const GROUP_SIZE = 48;

/**
 * Slugs a group's pattern may name: path-to-regexp takes these literally, and
 * matching ignores case, so only lowercase ones are grouped. Any other page
 * stays a direct child, tried before the groups (Docusaurus sorts a list's
 * leaves before its parents).
 */
const GROUPABLE_SLUG = /^[a-z0-9-]+$/;

type Page = {slug: string; route: RouteConfig};

function commonBeginning(pages: readonly Page[]): string {
  let beginning = pages[0]?.slug ?? '';
  for (const {slug} of pages) while (!slug.startsWith(beginning)) beginning = beginning.slice(0, -1);
  return beginning;
}

/** A regex character class of `letters`: the hyphen first, where it is literal. */
function letterClass(letters: readonly string[]): string {
  if (letters.length === 1) return letters[0] ?? '';
  return `[${[...letters].sort((a, b) => (a === '-' ? -1 : b === '-' ? 1 : 0)).join('')}]`;
}

function group(pages: readonly Page[], basePath: string, component: string): RouteConfig[] {
  if (pages.length <= GROUP_SIZE) return pages.map((page) => page.route);
  const beginning = commonBeginning(pages);
  const direct: RouteConfig[] = [];
  const byNext = new Map<string, Page[]>();
  for (const page of pages) {
    const next = page.slug.charAt(beginning.length);
    if (next === '') direct.push(page.route);
    else {
      const members = byNext.get(next);
      if (members) members.push(page);
      else byNext.set(next, [page]);
    }
  }
  // Letters in order, packed into groups of up to GROUP_SIZE pages; a letter with more is a group of its own, split again.
  const bins: {letters: string[]; pages: Page[]}[] = [];
  for (const [letter, members] of byNext) {
    const last = bins.at(-1);
    if (last && last.pages.length + members.length <= GROUP_SIZE) {
      last.letters.push(letter);
      last.pages.push(...members);
    } else bins.push({letters: [letter], pages: [...members]});
  }
  // Each group's pages share a longer beginning or fit in one list: the recursion ends.
  const groups = bins.map(({letters, pages: members}): RouteConfig => {
    const [only] = members;
    if (only && members.length === 1) return only.route;
    const pattern = `${beginning}${letterClass(letters)}[^/]*`;
    return {path: `${basePath}/:slug(${pattern})`, component, routes: group(members, basePath, component)};
  });
  return [...direct, ...groups];
}

function withGroupedChildren(root: RouteConfig): RouteConfig {
  const basePath = root.path.replace(/\/$/, '');
  const grouped: Page[] = [];
  const others: RouteConfig[] = [];
  for (const route of root.routes ?? []) {
    const slug = route.path.startsWith(`${basePath}/`) ? route.path.slice(basePath.length + 1) : '';
    if (!route.routes && GROUPABLE_SLUG.test(slug)) grouped.push({slug, route});
    else others.push(route);
  }
  if (grouped.length <= GROUP_SIZE) return root;
  // Sorted once: each group takes a run of this order, so its letters come in order at every level.
  grouped.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return {...root, routes: [...others, ...group(grouped, basePath, root.component)]};
}

/**
 * The route tree with the children of each route rendered by `rootComponent`
 * (the docs plugin's `docRootComponent`) grouped: each child of path
 * `<root>/<slug>` with a lowercase slug joins a group; every other child stays
 * as it is. A group is rendered by `rootComponent` too, which must render
 * its `route.routes`.
 */
export function withGroupedPages(route: RouteConfig, rootComponent: string): RouteConfig {
  if (route.component === rootComponent) return withGroupedChildren(route);
  if (!route.routes) return route;
  return {...route, routes: route.routes.map((child) => withGroupedPages(child, rootComponent))};
}
