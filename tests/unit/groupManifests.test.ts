/**
 * Each group's part of the route manifest (src/plugins/performance/groupManifests.ts),
 * split from the very files Docusaurus generates: its own codegen writes them
 * here from a grouped docs tree (src/plugins/docs/routeGroups.ts, lazyGroups.ts).
 * The browser's side, loading the groups, is the scale guard's (tests/built).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type {RouteConfig} from '@docusaurus/types';
// Docusaurus's own writer of routes.js, routesChunkNames.json and registry.js, as a build runs it.
import {generateRouteFiles} from '@docusaurus/core/lib/server/codegen/codegenRoutes.js';
import {withGroupedPages} from '../../src/plugins/docs/routeGroups';
import {withGroupRoutesModules} from '../../src/plugins/docs/lazyGroups';
import {
  GROUP_ROUTES_MODULE,
  chunkNamesIn,
  parseRegistry,
  parseRoutes,
  routeKey,
  writeSplitManifest,
  type GeneratedRoute,
} from '../../src/plugins/performance/groupManifests';

const ROOT_COMPONENT = '@site/src/components/DocPages';

/** The manifest Docusaurus generates for a docs root of `pageCount` pages, and the split written beside it. */
async function generated(pageCount: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'group-manifests-'));
  const pages = Array.from({length: pageCount}, (_, index): RouteConfig => ({
    path: `/faq/${['how-do-i', 'does-xmtp', 'can-a-node', 'what-is'][index % 4]}-${index}`,
    component: '@site/src/components/DocPages/QuestionPage',
    exact: true,
    modules: {content: `@site/docs/q${index}.md`, pageSidebar: `@site/sidebars/block-${Math.floor(index / 10)}.json`},
    sidebar: 'faqSidebar',
  }));
  const docs = withGroupedPages({path: '/faq', component: ROOT_COMPONENT, routes: pages}, ROOT_COMPONENT);
  const createData = (name: string, content: string | object) => {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    return Promise.resolve(path.join(dir, name));
  };
  const plugin = {name: 'docusaurus-plugin-content-docs', id: 'default'};
  const routes = [
    {path: '/', component: '@site/src/components/HomePage', exact: true, modules: {home: '@site/home.json'}, plugin},
    {...(await withGroupRoutesModules(docs, ROOT_COMPONENT, createData)), plugin},
  ];
  await generateRouteFiles({generatedFilesDir: dir, routes, baseUrl: '/'});
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const original = {
    routes: parseRoutes(read('routes.js')),
    routesChunkNames: JSON.parse(read('routesChunkNames.json')) as Record<string, object>,
    registry: parseRegistry(read('registry.js')),
  };
  return {dir, original, files: writeSplitManifest(dir), pages};
}

/** A route tree in order, each route as its key, `exact` and `sidebar`: what the browser's router sees of it. */
function outline(routes: readonly GeneratedRoute[]): string[] {
  return routes.flatMap((route) => [
    `${routeKey(route)} ${route.exact ? 'exact' : ''} ${JSON.stringify(route.attributes.sidebar ?? null)}`,
    ...outline(route.routes ?? []),
  ]);
}

type GroupModule = {
  registry: Record<string, unknown[]>;
  routesChunkNames: Record<string, object>;
  routes: (Record<string, unknown> & {path: string; hash: string; exact?: boolean; routes?: unknown[]})[];
};

/** A group's module as the bundle would run it (its loaders are not called), in this realm's objects. */
function groupModule(code: string): GroupModule {
  const sandbox: {module?: unknown; require: {resolveWeak: (request: string) => string}} = {
    require: {resolveWeak: (request) => request},
  };
  vm.runInNewContext(code.replace(/^export default /m, 'module = '), sandbox);
  const {registry, routesChunkNames, routes} = sandbox.module as GroupModule;
  return {registry, ...(JSON.parse(JSON.stringify({routesChunkNames, routes})) as Omit<GroupModule, 'registry'>)};
}

/** A group module's route as routes.js would have it. */
function fromGroup({path, hash, exact, routes, ...attributes}: GroupModule['routes'][number]): GeneratedRoute {
  return {
    path,
    hash,
    ...(exact ? {exact} : {}),
    ...(routes ? {routes: (routes as GroupModule['routes']).map(fromGroup)} : {}),
    attributes,
  };
}

test('the manifest is split without loss: each route and chunk loader in one part, the app’s or a group’s, and the tree whole again once the groups load', async () => {
  const {dir, original, files} = await generated(300);
  assert.ok(files, 'a docs root of 300 pages has lazy groups');
  const appRoutes = parseRoutes(fs.readFileSync(files['@generated/routes'], 'utf8'));
  const app = {
    routesChunkNames: JSON.parse(fs.readFileSync(files['@generated/routesChunkNames'], 'utf8')) as Record<
      string,
      object
    >,
    registry: parseRegistry(fs.readFileSync(files['@generated/registry'], 'utf8')),
  };
  /** The group module a route of the app loads, by its `groupRoutes` chunk's loader in the app's registry. */
  const moduleOf = (route: GeneratedRoute) => {
    const chunkName = (app.routesChunkNames[routeKey(route)] as Record<string, unknown> | undefined)?.[
      GROUP_ROUTES_MODULE
    ];
    return typeof chunkName === 'string' ? app.registry.get(chunkName) : undefined;
  };
  const groups = new Map<string, GroupModule>();
  /** The app's routes with each group's pages added, first, as the browser's preload adds them. */
  const loaded = (routes: readonly GeneratedRoute[]): GeneratedRoute[] =>
    routes.map((route) => {
      const modulePath = moduleOf(route);
      const children = loaded(route.routes ?? []);
      if (modulePath === undefined) return route.routes ? {...route, routes: children} : route;
      const group = groupModule(fs.readFileSync(modulePath, 'utf8'));
      groups.set(modulePath, group);
      const {loadRoutes, ...attributes} = route.attributes;
      assert.equal(typeof loadRoutes, 'function', `${route.path}: the app has its group's loader`);
      return {...route, attributes, routes: [...group.routes.map(fromGroup), ...children]};
    });
  assert.deepEqual(outline(loaded(appRoutes)), outline(original.routes), 'the route tree, in order');
  assert.ok(groups.size > 6, `${groups.size} groups`);
  assert.deepEqual(
    outline(appRoutes).filter((line) => /^\/faq\/[a-z]/.test(line)),
    [],
    'the app knows no page in a group, and every group',
  );

  const parts = [
    app,
    ...[...groups.values()].map((group) => ({
      routesChunkNames: group.routesChunkNames,
      registry: new Map(Object.entries(group.registry).map(([name, [, modulePath]]) => [name, String(modulePath)])),
    })),
  ];
  assert.deepEqual(
    parts.flatMap((part) => Object.keys(part.routesChunkNames)).sort(),
    Object.keys(original.routesChunkNames).sort(),
    'each route’s chunk names in exactly one part',
  );
  assert.deepEqual(
    parts.flatMap((part) => [...part.registry]).sort(),
    [...original.registry].sort(),
    'each chunk loader in exactly one part',
  );
  for (const part of parts)
    for (const [key, names] of Object.entries(part.routesChunkNames)) {
      assert.deepEqual(names, original.routesChunkNames[key], `${key}: its chunk names`);
      for (const chunkName of chunkNamesIn(names as Parameters<typeof chunkNamesIn>[0]))
        assert.ok(part.registry.has(chunkName) || app.registry.has(chunkName), `${key}: ${chunkName} has its loader`);
    }
  fs.rmSync(dir, {recursive: true, force: true});
});

test('a docs root too small to group is left as Docusaurus generates it', async () => {
  const {dir, files} = await generated(20);
  assert.equal(files, undefined);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['registry.js', 'routes.js', 'routesChunkNames.json']);
  fs.rmSync(dir, {recursive: true, force: true});
});
