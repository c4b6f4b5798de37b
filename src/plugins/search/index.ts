/**
 * @easyops-cn/docusaurus-search-local, with one fix: its `removeDefaultStemmer`
 * option stops stemming the indexed words but leaves the stemmer in the
 * index's saved search pipeline, so queries are still stemmed and no longer
 * match ("decentralzied" becomes "decentralzi"). After the plugin writes its
 * index, this wrapper removes the stemmer from the saved pipeline too, so
 * queries and index agree and one edit of fuzziness catches typos, British
 * spellings and plurals.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import searchLocal, {validateOptions} from '@easyops-cn/docusaurus-search-local/dist/server/server/index.js';

type SavedIndex = {documents: unknown[]; index: {pipeline: string[]}}[];

export async function removeStemmerFromSavedIndexes(outDir: string): Promise<string[]> {
  const files = (await fs.readdir(outDir)).filter((name) => /^search-index.*\.json$/.test(name));
  for (const name of files) {
    const file = path.join(outDir, name);
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as SavedIndex;
    for (const part of saved) part.index.pipeline = part.index.pipeline.filter((step) => step !== 'stemmer');
    await fs.writeFile(file, JSON.stringify(saved));
  }
  return files;
}

export default function localSearchPlugin(context: LoadContext, options: Partial<PluginOptions>): Plugin<unknown> {
  const validated = validateOptions({options, validate: normalizePluginOptions});
  const plugin = searchLocal(context, validated);
  return {
    ...plugin,
    async postBuild(props) {
      await plugin.postBuild?.(props);
      if (validated.removeDefaultStemmer) await removeStemmerFromSavedIndexes(props.outDir);
    },
  };
}
