/**
 * The built site's HTML pages, read once into memory and written once, so
 * every step of the build that rewrites pages (redirect pages, hydration on
 * intent, the Content-Security-Policy) works on text, not on files.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Every page by its file's path relative to the build folder, e.g. `faq/network.html`. */
export type BuiltPages = Map<string, string>;

export async function readBuiltPages(outDir: string): Promise<BuiltPages> {
  const entries = await fs.readdir(outDir, {withFileTypes: true, recursive: true});
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
  return new Map(
    await Promise.all(files.map(async (file) => [file, await fs.readFile(path.join(outDir, file), 'utf8')] as const)),
  );
}

export async function writeBuiltPages(outDir: string, pages: BuiltPages): Promise<void> {
  await Promise.all(
    [...pages].map(async ([file, html]) => {
      const target = path.join(outDir, file);
      await fs.mkdir(path.dirname(target), {recursive: true});
      await fs.writeFile(target, html);
    }),
  );
}
