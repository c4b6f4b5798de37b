import {usePluginData} from '@docusaurus/useGlobalData';
import {FAQ_PLUGIN_NAME, type FaqCategorySummary, type FaqGlobalData} from '@site/src/plugins/faq/types';

/** The categories (label, description, link, question count), which every page's app carries. */
export function useCategories(): FaqCategorySummary[] {
  return (usePluginData(FAQ_PLUGIN_NAME) as FaqGlobalData).categories;
}
