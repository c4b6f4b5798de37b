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
  parseRegistry,
  parseRoutes,
  writeSplitManifest,
  type GeneratedRoute,
} from '../../src/plugins/performance/groupManifests';

const ROOT_COMPONENT = '@site/src/components/DocPages';

type Manifest = {routeKeys: string[]; routesChunkNames: Record<string, object>; registry: Map<string, string>};

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

function keysOf(routes: readonly GeneratedRoute[]): string[] {
  return routes.flatMap((route) => [`${route.path}-${route.hash ?? ''}`, ...keysOf(route.routes ?? [])]);
}

/** A group's module as the bundle would run it (its loaders are not called). */
function groupModule(code: string): {routesChunkNames: Record<string, object>; registry: Record<string, unknown[]>} {
  const sandbox: {module?: unknown; require: {resolveWeak: (request: string) => string}} = {
    require: {resolveWeak: (request) => request},
  };
  vm.runInNewContext(code.replace(/^export default /m, 'module = '), sandbox);
  const group = sandbox.module as ReturnType<typeof groupModule>;
  // As this realm's objects, to compare them with the generated ones.
  return {...group, routesChunkNames: JSON.parse(JSON.stringify(group.routesChunkNames)) as Record<string, object>};
}

function chunkNamesIn(names: object): string[] {
  return Object.values(names).flatMap((value) => (typeof value === 'string' ? [value] : chunkNamesIn(value as object)));
}

test('the manifest is split without loss: each route and each chunk loader in one part, the app’s or a group’s', async () => {
  const {dir, original, files} = await generated(300);
  assert.ok(files, 'a docs root of 300 pages has lazy groups');
  const app: Manifest = {
    routeKeys: keysOf(parseRoutes(fs.readFileSync(files['@generated/routes'], 'utf8'))),
    routesChunkNames: JSON.parse(fs.readFileSync(files['@generated/routesChunkNames'], 'utf8')) as Record<
      string,
      object
    >,
    registry: parseRegistry(fs.readFileSync(files['@generated/registry'], 'utf8')),
  };
  const groupModules = [...original.registry.entries()].filter(([, modulePath]) => modulePath.startsWith(dir));
  assert.ok(groupModules.length > 6, `${groupModules.length} groups`);
  const groups: Manifest[] = groupModules.map(([, modulePath]) => {
    const group = groupModule(fs.readFileSync(modulePath, 'utf8'));
    return {
      routeKeys: Object.keys(group.routesChunkNames),
      routesChunkNames: group.routesChunkNames,
      registry: new Map(Object.entries(group.registry).map(([name, [, modulePath]]) => [name, String(modulePath)])),
    };
  });

  const allKeys = [...app.routeKeys, ...groups.flatMap((group) => group.routeKeys)];
  assert.deepEqual(allKeys.sort(), keysOf(original.routes).sort(), 'every route in exactly one part');
  const allLoaders = [app, ...groups].flatMap((part) => [...part.registry]);
  assert.deepEqual(allLoaders.sort(), [...original.registry].sort(), 'every chunk loader in exactly one part');
  for (const part of [app, ...groups]) {
    for (const key of part.routeKeys) {
      assert.deepEqual(part.routesChunkNames[key], original.routesChunkNames[key], `${key}: its chunk names`);
      for (const chunkName of chunkNamesIn(part.routesChunkNames[key] ?? {}))
        assert.ok(part.registry.has(chunkName) || app.registry.has(chunkName), `${key}: ${chunkName} has its loader`);
    }
  }

  const appPages = app.routeKeys.filter((key) => /^\/faq\/[a-z]/.test(key));
  assert.deepEqual(appPages, [], 'the app knows no page under a group');
  assert.equal(
    app.routeKeys.filter((key) => key.includes(':slug(')).length,
    groups.length,
    'the app knows every group, at every depth, so an address’s groups load at once',
  );
  for (const [, modulePath] of groupModules)
    assert.ok(
      app.registry.has([...original.registry].find(([, p]) => p === modulePath)?.[0] ?? ''),
      'its module’s loader',
    );
  assert.ok(
    Object.values(original.routesChunkNames).some((names) => GROUP_ROUTES_MODULE in names),
    'the groups have their module',
  );
  fs.rmSync(dir, {recursive: true, force: true});
});

test('a docs root too small to group is left as Docusaurus generates it', async () => {
  const {dir, files} = await generated(20);
  assert.equal(files, undefined);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['registry.js', 'routes.js', 'routesChunkNames.json']);
  fs.rmSync(dir, {recursive: true, force: true});
});
