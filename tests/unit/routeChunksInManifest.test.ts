import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {ConfigureWebpackUtils, LoadContext} from '@docusaurus/types';
import {generateRouteFiles} from '@docusaurus/core/lib/server/codegen/codegenRoutes.js';
import performancePlugin from '../../src/plugins/performance';
import {RouteChunksInManifestPlugin, withRequestKeys} from '../../src/plugins/performance/routeChunksInManifest';

// The shape react-loadable-ssr-addon writes: chunk names to the ids their group needs.
const manifest = {
  origins: {main: [14, 783, 889], a94703ab: [14, 67, 785], styles: [14, 67, 785, 452, 783, 889], '67': [67]},
  assets: {},
};

test('an import request becomes a key for the ids of the chunk group it loads', () => {
  const {origins} = withRequestKeys(
    manifest,
    [{names: ['a94703ab'], origins: [{request: '@theme/DocRoot'}]}],
    new Set(['main', 'a94703ab']),
  );
  assert.deepEqual(origins['@theme/DocRoot'], [14, 67, 785]);
  assert.deepEqual(origins['a94703ab'], [14, 67, 785]);
});

test('a chunk shared by many groups (the stylesheet chunk, a vendor chunk) gives no request its ids', () => {
  const {origins} = withRequestKeys(
    manifest,
    [
      {names: ['styles'], origins: [{request: '@theme/DocRoot'}, {request: '@site/src/pages/index.tsx'}]},
      {names: [], origins: [{request: '@theme/DocRoot'}]},
      {names: ['a94703ab'], origins: [{request: '@theme/DocRoot'}]},
    ],
    new Set(['main', 'a94703ab']),
  );
  assert.deepEqual(origins['@theme/DocRoot'], [14, 67, 785]);
  assert.equal('@site/src/pages/index.tsx' in origins, false);
});

test('the rest of the manifest is kept, and the input is not changed', () => {
  const before = structuredClone(manifest);
  const patched = withRequestKeys(manifest, [{names: ['main'], origins: [{}]}], new Set(['main']));
  assert.deepEqual(patched, before);
  assert.deepEqual(manifest, before);
});

test('only a production client build gets the manifest step (`npm start` writes no manifest)', async () => {
  // A production build reads the route files Docusaurus generated (groupManifests.ts): here, a site of one page.
  const generatedFilesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-'));
  await generateRouteFiles({
    generatedFilesDir,
    baseUrl: '/',
    routes: [{path: '/', component: '@site/src/pages/index', exact: true, plugin: {name: 'pages', id: 'default'}}],
  });
  const plugin = performancePlugin({generatedFilesDir} as LoadContext);
  const utils = {
    currentBundler: {instance: {NormalModuleReplacementPlugin: class {}}},
  } as unknown as ConfigureWebpackUtils;
  const manifestSteps = (mode: 'production' | 'development', isServer: boolean) => {
    const result = plugin.configureWebpack?.({mode}, isServer, utils, undefined);
    return (result?.plugins ?? []).filter((step) => step instanceof RouteChunksInManifestPlugin).length;
  };
  assert.equal(manifestSteps('production', false), 1);
  assert.equal(manifestSteps('production', true), 0);
  assert.equal(manifestSteps('development', false), 0);
  fs.rmSync(generatedFilesDir, {recursive: true, force: true});
});
