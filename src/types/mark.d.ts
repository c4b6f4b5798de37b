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
