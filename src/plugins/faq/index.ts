/**
 * The FAQ plugin: takes the question list from the docs plugin's loaded
 * content (the one loader), validates it as a set, and derives from it the
 * category list every page knows (global data), the home page and the
 * all-questions page (each with its own route data), the exports (written by
 * the build, served by the development server) and social cards (build only).
 */
import path from 'node:path';
import type {LoadContext, Plugin, PluginContentLoadedActions as Actions} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {categorySummaries, homeData, loadFaq, toPublicData, type LoadedFaq} from './questions';
import {QuestionValidationError, checkQuestionSet, findCategoryDirs} from './validation';
import {
  FAQ_PLUGIN_NAME,
  type AllQuestionsData,
  type FaqGlobalData,
  type HomeData,
  type QuestionIndexData,
} from './types';
import {anchorForwardingScript, forwardedAnchors} from './anchorForwarding';
import {allAnswersModule} from './allAnswersModule';
import {LIST_LIMITS} from './listLimits';
import {legacyAnchorsBySlug} from '../../urls/redirects';
import {exportFiles, type SiteInfo} from './exports';
import {createSiteFiles} from '../siteFiles';
import {cacheSocialCards, copySocialCards, socialCardCacheDir, type Card} from './socialCardBuild';
import {SITE_CARD, socialCardPath} from './socialCardPaths';

export type FaqPluginOptions = {
  /** Route of the all-questions page, relative to the base URL. */
  allQuestionsPath: string;
  docsDir: string;
};

export default function faqPlugin(context: LoadContext, options: FaqPluginOptions): Plugin<unknown> {
  const {siteDir, baseUrl, siteConfig} = context;
  const site: SiteInfo = {
    title: siteConfig.title,
    tagline: siteConfig.tagline,
    absoluteUrl: (sitePath) =>
      `${siteConfig.url}${sitePath.startsWith(baseUrl) ? sitePath : `${baseUrl}${sitePath.replace(/^\//, '')}`}`,
  };
  let faq: LoadedFaq | undefined;
  let cardsCached: Promise<unknown> | undefined;
  const cardCache = socialCardCacheDir(siteDir);
  const exported = createSiteFiles(context, FAQ_PLUGIN_NAME);

  /** The site's card and each question's, with the file each is served as. */
  const socialCards = ({categories}: LoadedFaq, outDir: string): Card[] => [
    {
      file: path.join(outDir, SITE_CARD),
      text: {eyebrow: 'Questions and answers', title: siteConfig.tagline, footer: new URL(site.absoluteUrl('/')).host},
    },
    ...categories.flatMap((category) =>
      category.questions.map((question) => ({
        file: path.join(outDir, socialCardPath(question.slug)),
        text: {
          eyebrow: category.label,
          title: question.title,
          footer: site.absoluteUrl(question.permalink).replace(/^https?:\/\//, ''),
        },
      })),
    ),
  ];

  /** Where every question's page is: the docs' own path, with a trailing slash. */
  const questionsPath = ({loadedVersions: [version]}: LoadedContent) => {
    if (!version) throw new Error(`${FAQ_PLUGIN_NAME}: the docs plugin has no version`);
    return `${version.path.replace(/\/$/, '')}/`;
  };

  /** /faq with every question and its whole answer, the successor of the original FAQ page. */
  const allAnswersRoute = async ({questions, categories}: LoadedFaq, {createData}: Actions) => ({
    component: '@site/src/components/AllQuestionsPage',
    modules: {
      faq: await createData('all-questions.json', {
        ...toPublicData({questions, categories}),
        legacyAnchors: Object.fromEntries(legacyAnchorsBySlug()),
        answerTexts: Object.fromEntries(questions.map((question) => [question.slug, question.answerText])),
        lastUpdatedAt: Object.fromEntries(
          questions.flatMap(({slug, lastUpdatedAt}) => (lastUpdatedAt === null ? [] : [[slug, lastUpdatedAt]])),
        ),
      } satisfies AllQuestionsData),
      answers: await createData(
        'all-answers.js',
        allAnswersModule(categories.flatMap((category) => category.questions.map((question) => question.source))),
      ),
    },
  });

  /** /faq of a FAQ too big for one page: the categories, and each question's anchor forwarded to its page. */
  const questionIndexRoute = async (home: HomeData, questionsPath: string, {createData}: Actions) => ({
    component: '@site/src/components/QuestionIndexPage',
    modules: {
      faq: await createData('question-index.json', {
        categories: home.categories,
        questionCount: home.questionCount,
        anchorForwarding: anchorForwardingScript(questionsPath, forwardedAnchors(legacyAnchorsBySlug())),
      } satisfies QuestionIndexData),
    },
  });

  return {
    name: FAQ_PLUGIN_NAME,
    configureWebpack: exported.configureWebpack,

    // Wording changed through the theme's translation mechanism: the accessible
    // name of every external link's icon (sidebar, navbar, footer).
    getDefaultCodeTranslationMessages() {
      return {'theme.IconExternalLink.ariaLabel': '(opens another site in a new tab)'};
    },

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!docsContent) throw new Error(`${FAQ_PLUGIN_NAME}: the docs plugin is not loaded`);
      faq = loadFaq(docsContent, siteDir);

      const problems = checkQuestionSet(
        faq.questions.map(({file, title, slug, categoryDir}) => ({file, title, slug, categoryDir})),
        findCategoryDirs(path.resolve(siteDir, options.docsDir)),
      );
      if (problems.length > 0) throw new QuestionValidationError(problems);

      // A production build draws the social cards into its cache from now on, in
      // worker processes, while the site is bundled and rendered; postBuild copies them.
      if (process.env.NODE_ENV === 'production') {
        cardsCached = cacheSocialCards(
          socialCards(faq, context.outDir).map((card) => card.text),
          cardCache,
        );
        // Awaited in postBuild, which reports a failure; a build that stops sooner never gets there.
        cardsCached.catch(() => undefined);
      }

      actions.setGlobalData({categories: categorySummaries(faq)} satisfies FaqGlobalData);
      await exported.publish(exportFiles(faq, site, baseUrl));

      const home = homeData(faq, LIST_LIMITS);
      actions.addRoute({
        path: baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {home: await actions.createData('home.json', home)},
      });
      actions.addRoute({
        path: `${baseUrl}${options.allQuestionsPath}`,
        exact: true,
        ...(home.answersOnOnePage
          ? await allAnswersRoute(faq, actions)
          : await questionIndexRoute(home, questionsPath(docsContent), actions)),
      });
    },

    async postBuild({outDir}) {
      if (!faq) throw new Error(`${FAQ_PLUGIN_NAME}: postBuild ran before the questions were loaded`);
      const cards = socialCards(faq, outDir);
      const cached =
        cardsCached ??
        cacheSocialCards(
          cards.map((card) => card.text),
          cardCache,
        );
      await Promise.all([cached.then(() => copySocialCards(cards, cardCache)), exported.write(outDir)]);
    },
  };
}
