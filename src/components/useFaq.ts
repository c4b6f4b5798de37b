import {usePluginData} from '@docusaurus/useGlobalData';
import type {FaqData} from '@site/src/plugins/faq/types';
import {FAQ_PLUGIN_NAME} from '@site/src/plugins/faq/types';

/** The question list the FAQ plugin published as global data. */
export function useFaq(): FaqData {
  return usePluginData(FAQ_PLUGIN_NAME) as FaqData;
}
