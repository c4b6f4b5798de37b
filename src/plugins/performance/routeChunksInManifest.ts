/**
 * Lets each page list the chunks of its route next to the entry scripts, so
 * the browser fetches them while `main.js` runs instead of after it.
 *
 * Docusaurus means to do this: server rendering reports the modules a page
 * rendered (its registry's import requests, e.g. `@theme/DocItem`), and the
 * page gets a script tag for each chunk the client manifest lists for them.
 * But react-loadable-ssr-addon keys the manifest by chunk name under
 * webpack 5 and Rspack, so no request matches and only `runtime~main` and
 * `main` are listed; the route's chunks wait until `main.js` has run and asks
 * for them (measured: ~70 ms later on this machine, on every first
 * interaction with hydration on intent). This bundler plugin adds the import
 * requests, taken from the bundler's chunk origins, as keys beside the chunk
 * names, after the add-on has written the manifest.
 */
import fs from 'node:fs/promises';

type ChunkStats = {names?: string[]; origins?: {request?: string}[]};
type ClientManifest = {origins: Record<string, (string | number)[]>};
/** What this plugin uses of a compiler, the same in webpack and Rspack (this site builds with Rspack). */
type Compiler = {
  hooks: {
    afterEmit: {
      tapPromise: (
        name: string,
        hook: (compilation: {
          getStats: () => {
            toJson: (options: object) => {chunks?: ChunkStats[]; namedChunkGroups?: Record<string, unknown>};
          };
        }) => Promise<void>,
      ) => void;
    };
  };
};

/**
 * The manifest's `origins` with each import request as a further key for the
 * ids its chunk group needs. Only a chunk named after its chunk group (an
 * `import()` with a chunk name, or an entry) counts: a chunk shared by many
 * groups, such as the one stylesheet chunk, lists every group's request.
 */
export function withRequestKeys(
  manifest: ClientManifest,
  chunks: readonly ChunkStats[],
  chunkGroupNames: ReadonlySet<string>,
): ClientManifest {
  const origins = {...manifest.origins};
  for (const chunk of chunks) {
    const name = chunk.names?.[0];
    const ids = name !== undefined && chunkGroupNames.has(name) ? manifest.origins[name] : undefined;
    if (!ids) continue;
    for (const {request} of chunk.origins ?? []) if (request && !(request in origins)) origins[request] = ids;
  }
  return {...manifest, origins};
}

export class RouteChunksInManifestPlugin {
  constructor(private readonly manifestPath: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('RouteChunksInManifestPlugin', async (compilation) => {
      const stats = compilation.getStats().toJson({all: false, chunks: true, chunkOrigins: true, chunkGroups: true});
      const manifest = JSON.parse(await fs.readFile(this.manifestPath, 'utf8')) as ClientManifest;
      const chunkGroupNames = new Set(Object.keys(stats.namedChunkGroups ?? {}));
      await fs.writeFile(
        this.manifestPath,
        JSON.stringify(withRequestKeys(manifest, stats.chunks ?? [], chunkGroupNames)),
      );
    });
  }
}
