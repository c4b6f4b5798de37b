/**
 * A script of the site's own that runs outside the app's bundle (the
 * hydrate-on-intent loader, the search module), bundled and minified by
 * esbuild for the browsers the site supports, named by a hash of its code so
 * a host may cache it for ever.
 */
import crypto from 'node:crypto';
import {build} from 'esbuild';

export type BrowserBundle = {code: string; fileName: string};

export async function bundleForBrowser(
  entryPoint: string,
  {name, format}: {name: string; format: 'iife' | 'esm'},
): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format,
    // Dynamic import() (the search module) is the newest syntax they use.
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`${name}: esbuild produced no code for ${entryPoint}`);
  const hash = crypto.createHash('sha256').update(output.text).digest('hex').slice(0, 8);
  return {code: output.text, fileName: `${name}.${hash}.js`};
}
