/**
 * Stands in for @docusaurus/core's client/preload.js in a production build
 * whose pages are in lazy groups (groupManifests.ts; src/plugins/docs/lazyGroups.ts): the
 * function Docusaurus calls before it hydrates a page and before it shows the
 * next one, which loads the chunks of every route matching the address.
 *
 * In this app a group route comes with the groups it holds but without its
 * pages: the first time an address matches groups, their modules are loaded
 * together and their pages, chunk names and chunk loaders join the manifest;
 * then the address is matched again, down to its page. A group's module is
 * one of its pages' route chunks, listed in their HTML and fetched with the
 * others on a page's first interaction; the extra step costs one round trip,
 * at any depth, only on the way to a group not yet loaded.
 */
import routes from '@generated/routes';
import registry from '@generated/registry';
import routesChunkNames from '@generated/routesChunkNames';
import ComponentCreator from '@docusaurus/ComponentCreator';
import {matchRoutes, type MatchedRoute, type RouteConfig} from 'react-router-config';
import type {GroupRoute} from './groupManifests';

type GroupModule = {
  default: {registry: typeof registry; routesChunkNames: typeof routesChunkNames; routes: GroupRoute[]};
};
type LazyRoute = RouteConfig & {loadRoutes?: () => Promise<GroupModule>};

function toRoute({hash, routes: children, ...route}: GroupRoute): RouteConfig {
  return {
    ...route,
    component: ComponentCreator(route.path, hash),
    ...(children ? {routes: children.map(toRoute)} : {}),
  };
}

const installing = new Map<LazyRoute, Promise<void>>();

function install(route: LazyRoute, load: NonNullable<LazyRoute['loadRoutes']>): Promise<void> {
  let done = installing.get(route);
  if (!done) {
    done = load()
      .then(({default: group}) => {
        Object.assign(registry, group.registry);
        Object.assign(routesChunkNames, group.routesChunkNames);
        // Its pages, before the groups it holds, as Docusaurus orders a list: leaves first.
        route.routes = [...group.routes.map(toRoute), ...(route.routes ?? [])];
        delete route.loadRoutes;
      })
      .catch((error: unknown) => {
        // A failed load (the network) is tried again on the next navigation.
        installing.delete(route);
        throw error;
      });
    installing.set(route, done);
  }
  return done;
}

async function matchWithGroups(pathname: string): Promise<MatchedRoute<object>[]> {
  for (;;) {
    const matches = matchRoutes(routes, pathname);
    const pending = matches.flatMap(({route}) => {
      const {loadRoutes} = route as LazyRoute;
      return loadRoutes ? [install(route, loadRoutes)] : [];
    });
    if (pending.length === 0) return matches;
    await Promise.all(pending);
  }
}

/** As Docusaurus's: every route matching the address (as given and decoded), each with its chunks loaded. */
export default async function preload(pathname: string): Promise<unknown[]> {
  const matches = await Promise.all([...new Set([pathname, decodeURI(pathname)])].map(matchWithGroups));
  return Promise.all(
    matches.flat().flatMap(({route}) => {
      const component = route.component as {preload?: () => Promise<unknown>} | undefined;
      return component?.preload ? [component.preload()] : [];
    }),
  );
}
