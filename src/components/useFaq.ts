import {usePluginData} from '@docusaurus/useGlobalData';
import {FAQ_PLUGIN_NAME, type FaqData, type FaqGlobalData} from '@site/src/plugins/faq/types';

/**
 * Transitional: search's question list, still global data until search reads
 * it from its index head (issue 21); nothing else may use it. Pages use
 * useCategories, their own route data or useDoc().
 */
export function useFaq(): FaqData {
  return {categories: (usePluginData(FAQ_PLUGIN_NAME) as FaqGlobalData).questionsForSearch};
}
