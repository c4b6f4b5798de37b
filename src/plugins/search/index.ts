/**
 * The search plugin: builds the search index from the one question loader
 * (questions, keywords, one-line answers, answers) and writes its files in
 * postBuild. Pages learn the index's folder from global data; the folder name
 * is a hash of the content, so a host may cache it for ever.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {loadFaq} from '../faq/questions';
import {buildSearchIndex} from './questionIndex';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from './types';

export default function searchPlugin(context: LoadContext): Plugin<unknown> {
  let files: Map<string, string> | undefined;
  let indexPath = '';

  return {
    name: SEARCH_PLUGIN_NAME,

    allContentLoaded({allContent, actions}) {
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
      files = new Map([...index].map(([name, json]) => [name, JSON.stringify(json)]));
      const version = createHash('sha256')
        .update([...files].map(([name, text]) => `${name}\n${text}`).join('\n'))
        .digest('hex')
        .slice(0, 12);
      indexPath = `search/${version}/`;
      actions.setGlobalData({indexPath} satisfies SearchGlobalData);
    },

    async postBuild({outDir}) {
      if (!files) throw new Error(`${SEARCH_PLUGIN_NAME}: postBuild ran before the index was built`);
      const dir = path.join(outDir, indexPath);
      await fs.mkdir(dir, {recursive: true});
      await Promise.all([...files].map(([name, text]) => fs.writeFile(path.join(dir, name), text)));
    },
  };
}
