/**
 * The search plugin: builds the search index from the one question loader
 * (questions, keywords, one-line answers, answers, what a result shows), and
 * the search module the browser runs (src/components/QuestionSearch/
 * searchModule.ts, bundled on its own so that search works before the page's
 * app has arrived), and writes both in postBuild. Pages learn their addresses
 * from global data; both names hold a hash of their content, so a host may
 * cache them for ever.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {loadFaq, type LoadedFaq} from '../faq/questions';
import {bundleForBrowser, type BrowserBundle} from '../browserBundle';
import {buildSearchIndex} from './questionIndex';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from './types';

const SEARCH_MODULE = path.resolve(__dirname, '../../components/QuestionSearch/searchModule.ts');

/** The index's files by name, as JSON text. */
function indexFiles({questions, categories}: LoadedFaq): Map<string, string> {
  const categoryIndex = new Map(categories.map((category, position) => [category.key, position]));
  const index = buildSearchIndex(
    questions.map(({id, title, keywords, description, answerText, permalink, categoryKey}) => ({
      id,
      title,
      keywords,
      description,
      answer: answerText,
      permalink,
      // The FAQ plugin stops the build for a question outside every category.
      category: categoryIndex.get(categoryKey) ?? 0,
    })),
    categories.map(({label, permalink}) => ({label, permalink})),
  );
  return new Map([...index].map(([name, json]) => [name, JSON.stringify(json)]));
}

export default function searchPlugin(context: LoadContext): Plugin<unknown> {
  let searchModule: BrowserBundle | undefined;
  /** Every file search serves, by its path under the site's root (no base URL). */
  let files: Map<string, string> | undefined;

  return {
    name: SEARCH_PLUGIN_NAME,

    async loadContent() {
      searchModule = await bundleForBrowser(SEARCH_MODULE, {name: 'search', format: 'esm'});
    },

    allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!docsContent) throw new Error(`${SEARCH_PLUGIN_NAME}: the docs plugin is not loaded`);
      if (!searchModule) throw new Error(`${SEARCH_PLUGIN_NAME}: the search module was not bundled`);
      const index = indexFiles(loadFaq(docsContent, context.siteDir));
      const version = createHash('sha256')
        .update([...index].map(([name, text]) => `${name}\n${text}`).join('\n'))
        .digest('hex')
        .slice(0, 12);
      const indexPath = `search/${version}/`;
      const scriptPath = `assets/js/${searchModule.fileName}`;
      files = new Map([
        ...[...index].map(([name, text]) => [`${indexPath}${name}`, text] as const),
        [scriptPath, searchModule.code],
      ]);
      actions.setGlobalData({indexPath, scriptPath} satisfies SearchGlobalData);
    },

    async postBuild({outDir}) {
      if (!files) throw new Error(`${SEARCH_PLUGIN_NAME}: postBuild ran before the index was built`);
      await Promise.all(
        [...files].map(async ([file, text]) => {
          const target = path.join(outDir, file);
          await fs.mkdir(path.dirname(target), {recursive: true});
          await fs.writeFile(target, text);
        }),
      );
    },
  };
}
