/**
 * The search plugin: builds the search index from the one question loader
 * (questions, keywords, one-line answers, answers, what a result shows), and
 * the search module the browser runs (src/components/QuestionSearch/
 * searchModule.ts, bundled on its own so that search works before the page's
 * app has arrived), whenever the content loads, for the build to write in
 * postBuild and the development server to serve (../siteFiles.ts). Pages
 * learn their addresses from global data; both names hold a hash of their
 * content, so a host may cache them for ever.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {loadFaq, type LoadedFaq} from '../faq/questions';
import {bundleForBrowser, type BrowserBundle} from '../browserBundle';
import {createSiteFiles} from '../siteFiles';
import {buildSearchIndex} from './questionIndex';
import {searchIndexFiles} from './indexFiles';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from './types';

const SEARCH_MODULE = path.resolve(__dirname, '../../components/QuestionSearch/searchModule.ts');

/** The index's files by name, from the question list. */
function searchIndex({questions, categories}: LoadedFaq): Map<string, unknown> {
  const categoryIndex = new Map(categories.map((category, position) => [category.key, position]));
  return buildSearchIndex(
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
}

export default function searchPlugin(context: LoadContext): Plugin<unknown> {
  const published = createSiteFiles(context, SEARCH_PLUGIN_NAME);
  let searchModule: BrowserBundle | undefined;

  return {
    name: SEARCH_PLUGIN_NAME,
    configureWebpack: published.configureWebpack,

    async loadContent() {
      searchModule = await bundleForBrowser(SEARCH_MODULE, {name: 'search', format: 'esm'});
    },

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!docsContent) throw new Error(`${SEARCH_PLUGIN_NAME}: the docs plugin is not loaded`);
      if (!searchModule) throw new Error(`${SEARCH_PLUGIN_NAME}: the search module was not bundled`);
      const {indexPath, files} = searchIndexFiles(searchIndex(loadFaq(docsContent, context.siteDir)));
      const scriptPath = `assets/js/${searchModule.fileName}`;
      await published.publish(new Map([...files, [scriptPath, searchModule.code]]));
      actions.setGlobalData({indexPath, scriptPath} satisfies SearchGlobalData);
    },

    postBuild: ({outDir}) => published.write(outDir),
  };
}
