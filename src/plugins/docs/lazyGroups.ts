/**
 * Gives each group of pages (routeGroups.ts) a module of its own,
 * `groupRoutes`, which a production build fills with the group's part of the
 * route manifest (src/plugins/performance/groupManifests.ts) for the browser
 * to load with the group. As one of the group route's modules, it is one of
 * the chunks each page of the group lists in its HTML. Until a build fills it
 * (and under `npm start`, which never does), it is an empty object, which the
 * group's component receives and ignores.
 */
import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {docuHash} from '@docusaurus/utils';
import {GROUP_ROUTES_MODULE} from '../performance/groupManifests';

const UNFILLED = 'export default {};\n';

type CreateData = PluginContentLoadedActions['createData'];

/** The route tree with a `groupRoutes` module on each group (a `rootComponent` route under another), at any depth. */
export async function withGroupRoutesModules(
  route: RouteConfig,
  rootComponent: string,
  createData: CreateData,
): Promise<RouteConfig> {
  if (!route.routes) return route;
  const children = await Promise.all(
    route.routes.map(async (child) => {
      const withGroups = await withGroupRoutesModules(child, rootComponent, createData);
      if (route.component !== rootComponent || child.component !== rootComponent || !child.routes) return withGroups;
      const module = await createData(`route-group-${docuHash(child.path)}.js`, UNFILLED);
      return {...withGroups, modules: {...child.modules, [GROUP_ROUTES_MODULE]: module}};
    }),
  );
  return {...route, routes: children};
}
