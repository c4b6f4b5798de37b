/**
 * The module /faq loads its answers from (src/plugins/faq/allAnswersModule.ts):
 * one import of each question file, in the page's order, exported as one list.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {allAnswersModule} from '../../src/plugins/faq/allAnswersModule';

test('each question file is imported once, in order, and the list keeps that order', () => {
  const sources = ['@site/docs/network/b.md', '@site/docs/token/a "quoted".md', '@site/docs/network/a.md'];
  const code = allAnswersModule(sources);
  const imports = [...code.matchAll(/^import (answer\d+) from (".*");$/gm)].map(([, name, source]) => [
    name,
    JSON.parse(source ?? '""') as string,
  ]);
  assert.deepEqual(
    imports,
    sources.map((source, index) => [`answer${index}`, source]),
  );
  assert.match(code, /^export default \[answer0, answer1, answer2\];$/m);
});

test('no questions, an empty list', () => {
  assert.equal(allAnswersModule([]), 'export default [];\n');
});
