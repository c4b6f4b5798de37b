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

async function withModules(group: RouteConfig, rootComponent: string, createData: CreateData): Promise<RouteConfig> {
  return {
    ...group,
    modules: {
      ...group.modules,
      [GROUP_ROUTES_MODULE]: await createData(`route-group-${docuHash(group.path)}.js`, UNFILLED),
    },
    routes: await Promise.all(
      (group.routes ?? []).map(async (child) =>
        child.component === rootComponent && child.routes ? withModules(child, rootComponent, createData) : child,
      ),
    ),
  };
}

/** The route tree with a `groupRoutes` module on each group under a `rootComponent` route, at any depth. */
export async function withGroupRoutesModules(
  route: RouteConfig,
  rootComponent: string,
  createData: CreateData,
): Promise<RouteConfig> {
  if (!route.routes) return route;
  const children = await Promise.all(
    route.routes.map((child) =>
      route.component === rootComponent && child.component === rootComponent && child.routes
        ? withModules(child, rootComponent, createData)
        : withGroupRoutesModules(child, rootComponent, createData),
    ),
  );
  return {...route, routes: children};
}
