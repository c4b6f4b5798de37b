/**
 * Each group of pages (routeGroups.ts) brings its own part of the route
 * manifest, loaded with the group, instead of every page's app carrying every
 * page's entry.
 *
 * Docusaurus generates three files every page's app bundles: `routes.js`
 * (each route's path and component), `routesChunkNames.json` (each route's
 * chunks) and `registry.js` (each chunk's loader). At 1,000 questions they
 * are about 46 bytes a page in `main.js`, brotli, a third of the app's growth.
 * The server keeps them whole; the browser's app gets them without the
 * routes inside the lazy groups, and each group's module (its `groupRoutes`,
 * lazyGroups.ts) gets those routes, their chunk names and the loaders of the
 * chunks only they use. Docusaurus has no option for it, so this reads its
 * generated files after it wrote them, and writes them again split.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** The route module under which a group route loads its part of the manifest. */
export const GROUP_ROUTES_MODULE = 'groupRoutes';

/** A route of Docusaurus's routes.js, read back: its `ComponentCreator(path, hash)` and its other fields. */
export type GeneratedRoute = {
  path: string;
  /** The route's key in routesChunkNames is `${path}-${hash}`; the catch-all `*` has none. */
  hash?: string;
  exact?: boolean;
  routes?: GeneratedRoute[];
  attributes: Record<string, unknown>;
};

type ChunkNames = {[key: string]: string | ChunkNames};

type LazyGroup = {chunkName: string; modulePath: string};

export type GeneratedManifest = {
  routes: GeneratedRoute[];
  routesChunkNames: Record<string, ChunkNames>;
  /** Chunk name to the module path it loads, as registry.js writes it (escaped). */
  registry: Map<string, string>;
};

type RawRoute = {
  path: string;
  component: {creator: [string, string?]};
  exact?: boolean;
  routes?: RawRoute[];
  [attribute: string]: unknown;
};

function fromRaw({path, component, exact, routes, ...attributes}: RawRoute): GeneratedRoute {
  return {
    path,
    ...(component.creator[1] === undefined ? {} : {hash: component.creator[1]}),
    ...(exact ? {exact} : {}),
    ...(routes ? {routes: Array.from(routes, fromRaw)} : {}),
    attributes,
  };
}

/**
 * Docusaurus's routes.js as data. It is code (`ComponentCreator(path, hash)`
 * calls in an array literal), so it is run, with its imports dropped and a
 * stand-in `ComponentCreator` that records its arguments.
 */
export function parseRoutes(code: string): GeneratedRoute[] {
  const body = code.replace(/^import .*$/gm, '').replace(/^export default /m, 'routes = ');
  if (body === code) throw new Error('routes.js: not the file Docusaurus generates (no `export default`)');
  const sandbox: {routes?: RawRoute[]; ComponentCreator: (...creator: string[]) => object} = {
    ComponentCreator: (...creator) => ({creator}),
  };
  vm.runInNewContext(body, sandbox);
  if (!Array.isArray(sandbox.routes)) throw new Error('routes.js: its default export is not a list of routes');
  // Array.from: lists of this realm, not the sandbox's.
  return Array.from(sandbox.routes, fromRaw);
}

const REGISTRY_ENTRY = /^ {2}"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ "([^"]*)"\)/gm;

export function parseRegistry(code: string): Map<string, string> {
  const registry = new Map<string, string>();
  for (const [, chunkName = '', modulePath = ''] of code.matchAll(REGISTRY_ENTRY)) registry.set(chunkName, modulePath);
  // A line in another shape would be a chunk whose loader is silently lost: a Docusaurus that writes
  // registry.js differently must stop the build here.
  const entries = code.match(/^ {2}"/gm)?.length ?? 0;
  if (registry.size !== entries)
    throw new Error(
      `registry.js: ${entries - registry.size} of its ${entries} entries are not in the shape Docusaurus writes`,
    );
  return registry;
}

/** A registry.js entry, as Docusaurus writes one (codegenRoutes.js `genRegistry`). */
function registryEntry(chunkName: string, modulePath: string): string {
  return `  "${chunkName}": [() => import(/* webpackChunkName: "${chunkName}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")],`;
}

function registryCode(entries: ReadonlyMap<string, string>): string {
  return [...entries].map(([chunkName, modulePath]) => registryEntry(chunkName, modulePath)).join('\n');
}

/** Every chunk name of a route's entry in routesChunkNames, at any depth. */
export function chunkNamesIn(names: ChunkNames | undefined): string[] {
  return Object.values(names ?? {}).flatMap((value) => (typeof value === 'string' ? [value] : chunkNamesIn(value)));
}

/** A route's key in routesChunkNames. */
export const routeKey = (route: {path: string; hash?: string}) => `${route.path}-${route.hash ?? ''}`;

type GroupOf = (route: GeneratedRoute) => LazyGroup | undefined;

/**
 * A route as code: in routes.js with Docusaurus's `ComponentCreator(path,
 * hash)`; in a group's module with the `hash` alone, for the browser's preload
 * to make its component once the group's chunk names are in the manifest. A
 * lazy group keeps only its lazy groups (the app knows every group, so the
 * groups an address needs load at once, at any depth) and gets the loader of
 * its module, the same import as its own `groupRoutes` module in the
 * registry, so one chunk.
 */
function routeCode(route: GeneratedRoute, groupOf: GroupOf, inGroup: boolean): string {
  const creator = route.hash === undefined ? [route.path] : [route.path, route.hash];
  const fields = [
    `path: ${JSON.stringify(route.path)}`,
    inGroup
      ? `hash: ${JSON.stringify(route.hash ?? '')}`
      : `component: ComponentCreator(${creator.map((part) => JSON.stringify(part)).join(', ')})`,
    ...(route.exact ? ['exact: true'] : []),
    ...Object.entries(route.attributes).map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`),
  ];
  const group = groupOf(route);
  if (group)
    fields.push(
      `routes: ${routesCode(
        (route.routes ?? []).filter((child) => groupOf(child)),
        groupOf,
        inGroup,
      )}`,
      `loadRoutes: () => import(/* webpackChunkName: "${group.chunkName}" */ "${group.modulePath}")`,
    );
  else if (route.routes) fields.push(`routes: ${routesCode(route.routes, groupOf, inGroup)}`);
  return `{${fields.join(', ')}}`;
}

function routesCode(routes: readonly GeneratedRoute[], groupOf: GroupOf, inGroup: boolean): string {
  return `[\n${routes.map((route) => routeCode(route, groupOf, inGroup)).join(',\n')}\n]`;
}

/** A group's route as its module holds it: `hash` where routes.js has the component. */
export type GroupRoute = {
  path: string;
  hash: string;
  exact?: boolean;
  routes?: GroupRoute[];
} & Record<string, unknown>;

export type SplitManifest = {
  /** What the browser's app bundles in place of the generated files. */
  client: {routes: string; routesChunkNames: string; registry: string};
  /** Each lazy group's module (its path, as registry.js names it) and its code. */
  groups: Map<string, string>;
};

/** The app's own part of the manifest ('') or a lazy group's (its module): its routes, and every route key under them. */
type Part = {routes: GeneratedRoute[]; routeKeys: string[]};

/**
 * The manifest with the routes under each lazy group (a route with a
 * `groupRoutes` module) other than lazy groups moved into the group's module.
 * The groups stay in the app's part, at every depth. A chunk that one part's
 * routes use alone moves with them; one that two parts use stays in the app's.
 */
export function splitManifest({routes, routesChunkNames, registry}: GeneratedManifest): SplitManifest {
  const groupOf: GroupOf = (route) => {
    const chunkName = routesChunkNames[routeKey(route)]?.[GROUP_ROUTES_MODULE];
    const modulePath = typeof chunkName === 'string' ? registry.get(chunkName) : undefined;
    return typeof chunkName === 'string' && modulePath !== undefined && route.routes
      ? {chunkName, modulePath}
      : undefined;
  };
  const parts = new Map<string, Part>([['', {routes, routeKeys: []}]]);
  const users = new Map<string, Set<string>>();
  const visit = (list: readonly GeneratedRoute[], part: string) => {
    for (const route of list) {
      const key = routeKey(route);
      parts.get(part)?.routeKeys.push(key);
      for (const chunkName of chunkNamesIn(routesChunkNames[key]))
        users.set(chunkName, (users.get(chunkName) ?? new Set()).add(part));
      const group = groupOf(route);
      if (group) {
        const members = (route.routes ?? []).filter((child) => !groupOf(child));
        if (parts.has(group.modulePath)) throw new Error(`${group.modulePath}: the module of two groups`);
        parts.set(group.modulePath, {routes: members, routeKeys: []});
        visit(members, group.modulePath);
        visit(
          (route.routes ?? []).filter((child) => groupOf(child)),
          part,
        );
      } else if (route.routes) visit(route.routes, part);
    }
  };
  visit(routes, '');
  // Each chunk's loader goes to the one part that uses it, or to the app's; in the registry's order.
  const loaders = new Map<string, Map<string, string>>();
  for (const [chunkName, modulePath] of registry) {
    const chunkUsers = [...(users.get(chunkName) ?? [])];
    const part = chunkUsers.length === 1 ? (chunkUsers[0] ?? '') : '';
    loaders.set(part, (loaders.get(part) ?? new Map<string, string>()).set(chunkName, modulePath));
  }
  const contents = (part: string) => {
    const {routes: partRoutes = [], routeKeys = []} = parts.get(part) ?? {};
    return {
      routes: routesCode(partRoutes, groupOf, part !== ''),
      routesChunkNames: JSON.stringify(Object.fromEntries(routeKeys.map((key) => [key, routesChunkNames[key]]))),
      registry: `{\n${registryCode(loaders.get(part) ?? new Map())}\n}`,
    };
  };

  const app = contents('');
  const groups = new Map<string, string>();
  for (const part of parts.keys()) {
    if (part === '') continue;
    const group = contents(part);
    groups.set(
      part,
      [
        "// Written by src/plugins/performance/groupManifests.ts: this group of pages' part of the route manifest.",
        `export default {registry: ${group.registry},\nroutesChunkNames: ${group.routesChunkNames},\nroutes: ${group.routes}};`,
        '',
      ].join('\n'),
    );
  }
  return {
    client: {
      routes: `import ComponentCreator from '@docusaurus/ComponentCreator';\n\nexport default ${app.routes};\n`,
      routesChunkNames: app.routesChunkNames,
      registry: `export default ${app.registry};\n`,
    },
    groups,
  };
}

/** The generated files the browser's app bundles in place of Docusaurus's, by the request that names them. */
export type ClientManifestFiles = Record<
  '@generated/routes' | '@generated/routesChunkNames' | '@generated/registry',
  string
>;

/**
 * Reads Docusaurus's generated manifest, writes each lazy group's module and
 * the browser's files beside it, and returns those; undefined when no route
 * has a lazy group (a FAQ too small to group its pages), which changes nothing.
 */
export function writeSplitManifest(generatedFilesDir: string): ClientManifestFiles | undefined {
  const read = (file: string) => fs.readFileSync(path.join(generatedFilesDir, file), 'utf8');
  const split = splitManifest({
    routes: parseRoutes(read('routes.js')),
    routesChunkNames: JSON.parse(read('routesChunkNames.json')) as GeneratedManifest['routesChunkNames'],
    registry: parseRegistry(read('registry.js')),
  });
  if (split.groups.size === 0) return undefined;
  for (const [modulePath, code] of split.groups) fs.writeFileSync(modulePath, code);
  const dir = path.join(generatedFilesDir, 'client-route-manifest');
  fs.mkdirSync(dir, {recursive: true});
  const files: ClientManifestFiles = {
    '@generated/routes': path.join(dir, 'routes.js'),
    '@generated/routesChunkNames': path.join(dir, 'routesChunkNames.json'),
    '@generated/registry': path.join(dir, 'registry.js'),
  };
  fs.writeFileSync(files['@generated/routes'], split.client.routes);
  fs.writeFileSync(files['@generated/routesChunkNames'], split.client.routesChunkNames);
  fs.writeFileSync(files['@generated/registry'], split.client.registry);
  return files;
}
