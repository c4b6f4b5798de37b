// The search plugin ships its worker client without type declarations.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js' {
  export type SearchDocument = {i: number; t: string; u: string; h?: string; s?: string; b?: string[]; p?: number};
  export type SearchResult = {
    document: SearchDocument;
    /** 0 title, 1 heading, 2 description, 3 keywords, 4 content */
    type: number;
    page?: SearchDocument | false;
    tokens: string[];
  };
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]>;
}

declare module 'mark.js' {
  export default class Mark {
    constructor(context: Element | Element[] | string);
    mark(
      keywords: string | string[],
      options?: {separateWordSearch?: boolean; acrossElements?: boolean; exclude?: string[]},
    ): void;
    unmark(): void;
  }
}

// The search plugin's server entry; its published types declare only the options.
declare module '@easyops-cn/docusaurus-search-local/dist/server/server/index.js' {
  import type {LoadContext, Plugin} from '@docusaurus/types';
  import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
  export default function searchLocal(context: LoadContext, options: PluginOptions): Plugin<unknown>;
  export function validateOptions(context: {
    options: Partial<PluginOptions>;
    validate: (schema: never, options: never) => unknown;
  }): PluginOptions;
}
