/**
 * The search plugin: builds the search index from the one question loader
 * (questions, keywords, one-line answers, answers) whenever the content loads,
 * for the build to write in postBuild and the development server to serve
 * (../siteFiles.ts). Pages learn the index's folder from global data; the
 * folder name is a hash of the content, so a host may cache it for ever.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {loadFaq} from '../faq/questions';
import {createSiteFiles} from '../siteFiles';
import {buildSearchIndex} from './questionIndex';
import {searchIndexFiles} from './indexFiles';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from './types';

export default function searchPlugin(context: LoadContext): Plugin<unknown> {
  const published = createSiteFiles(context, SEARCH_PLUGIN_NAME);

  return {
    name: SEARCH_PLUGIN_NAME,
    configureWebpack: published.configureWebpack,

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!docsContent) throw new Error(`${SEARCH_PLUGIN_NAME}: the docs plugin is not loaded`);
      const {questions} = loadFaq(docsContent, context.siteDir);
      const index = buildSearchIndex(
        questions.map(({id, title, keywords, description, answerText}) => ({
          id,
          title,
          keywords,
          description,
          answer: answerText,
        })),
      );
      const {indexPath, files} = searchIndexFiles(index);
      await published.publish(files);
      actions.setGlobalData({indexPath} satisfies SearchGlobalData);
    },

    postBuild: ({outDir}) => published.write(outDir),
  };
}
