/**
 * Docusaurus's docs plugin, with each page's sidebar in the page's own route
 * data (pageRoutes.ts) rather than the whole FAQ's in every docs page's app,
 * its global data without the list of every doc, and its pages grouped in
 * nested routes so that finding a page's route does not try every question
 * (routeGroups.ts), each group with a module for its part of the route
 * manifest (lazyGroups.ts). Everything else is the docs plugin as the classic preset
 * would run it.
 *
 * The docs plugin has no option for any of these, and its routes reach Docusaurus
 * only through `addRoute`, so this plugin runs it and changes the routes it
 * adds on their way. Its pages render Docusaurus's own layout and sidebar
 * (src/components/DocPages), given that page's sidebar.
 */
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import docsPlugin, {validateOptions, type LoadedContent, type Options, type PluginOptions} from '@docusaurus/plugin-content-docs';
import {withPageSidebars} from './pageRoutes';
import {withGroupedPages} from './routeGroups';
import {withGroupRoutesModules} from './lazyGroups';
import {withoutDocList, type DocsGlobalData} from './globalData';

/** The components that render a page with its own sidebar, in place of the theme's DocRoot. */
const PAGE_COMPONENTS = {
  docRootComponent: '@site/src/components/DocPages',
  docItemComponent: '@site/src/components/DocPages/QuestionPage',
  docCategoryGeneratedIndexComponent: '@site/src/components/DocPages/CategoryPage',
} as const satisfies Partial<Options>;

export default async function pageScopedDocsPlugin(
  context: LoadContext,
  options: Options & {sidebarQuestionsPerCategory: number},
): Promise<Plugin<unknown>> {
  const {sidebarQuestionsPerCategory, ...docsOptions} = options;
  const plugin = await docsPlugin(
    context,
    validateOptions({
      // The docs plugin's input type (a number prefix parser may be `false`) is wider than its output's.
      validate: (schema, input) => normalizePluginOptions(schema, input as Partial<PluginOptions>),
      options: {...docsOptions, ...PAGE_COMPONENTS},
    }),
  );
  const scoped: Plugin<LoadedContent> = {
    ...plugin,
    async contentLoaded({content, actions}) {
      const routes: RouteConfig[] = [];
      await plugin.contentLoaded?.({
        content,
        actions: {
          ...actions,
          addRoute: (route) => void routes.push(route),
          setGlobalData: (data) => actions.setGlobalData(withoutDocList(data as DocsGlobalData)),
        },
      });
      for (const route of routes) {
        const scopedRoute = await withPageSidebars(route, actions.createData, sidebarQuestionsPerCategory);
        const grouped = withGroupedPages(scopedRoute, PAGE_COMPONENTS.docRootComponent);
        actions.addRoute(await withGroupRoutesModules(grouped, PAGE_COMPONENTS.docRootComponent, actions.createData));
      }
    },
  };
  // The config takes plugins of any content; this one's is the docs plugin's.
  return scoped as Plugin<unknown>;
}
