/**
 * The module /faq loads its answers from: it imports each question file's
 * own compiled MDX (never a copy) and exports them in `sources`' order. One
 * module rather than one route module per answer, so that /faq is one chunk:
 * with a route module per answer, Docusaurus's SSG spent seconds matching
 * the page's modules against each other to list its scripts
 * (react-loadable-ssr-addon's `getBundles` is quadratic in them, and runs
 * once per module: 0.9 s of CPU at 1,000 questions, about 25 s at 3,000), and
 * the page's first interaction fetched a file per answer.
 */
export function allAnswersModule(sources: readonly string[]): string {
  return [
    ...sources.map((source, index) => `import answer${index} from ${JSON.stringify(source)};`),
    `export default [${sources.map((_, index) => `answer${index}`).join(', ')}];`,
    '',
  ].join('\n');
}
