/**
 * The docs plugin's global data, which every page's app carries, without its
 * list of every doc (id, path, sidebar): only the version dropdown, docs
 * navbar items, the version banner and Algolia's search page read that list,
 * and this site has none of them. What is left grows with versions and
 * sidebars, not with questions.
 */
import type {GlobalPluginData} from '@docusaurus/plugin-content-docs/client';

export type DocsGlobalData = GlobalPluginData;

export function withoutDocList(data: DocsGlobalData): DocsGlobalData {
  return {...data, versions: data.versions.map((version) => ({...version, docs: []}))};
}
