import published from './published.json';

export type PublishedUrl = {
  readonly url: string;
  /** The question's slug when the URL was published. */
  readonly question?: string;
  /** The category folder the URL was published for. */
  readonly category?: string;
  /** The page's h1, for pages that are neither. */
  readonly heading?: string;
};

export const publishedUrls: readonly PublishedUrl[] = published.urls;
