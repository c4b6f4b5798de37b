import {test} from 'node:test';
import assert from 'node:assert/strict';
import {latestOnly} from '../../src/components/QuestionSearch/latestOnly';

/** A search whose calls finish only when the test says so. */
function controlledSearch() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const run = (input: string) =>
    new Promise<string>((resolve) => {
      started.push(input);
      finishers.push(() => resolve(`results for ${input}`));
    });
  const finishNext = async () => {
    finishers.shift()?.();
    // let the queue start the next search
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {run, started, finishNext};
}

test('only the newest query waiting behind a running search is run', async () => {
  const search = controlledSearch();
  const schedule = latestOnly(search.run);
  const n = schedule('n');
  const no = schedule('no');
  const nod = schedule('nod');
  const node = schedule('node');
  assert.deepEqual(search.started, ['n'], 'one search at a time');
  await search.finishNext();
  assert.equal(await n, 'results for n');
  assert.equal(await no, null, 'replaced while waiting');
  assert.equal(await nod, null, 'replaced while waiting');
  assert.deepEqual(search.started, ['n', 'node'], 'the newest waiting query runs next');
  await search.finishNext();
  assert.equal(await node, 'results for node');
});

test('a query made while idle runs at once, and a failure reaches its caller only', async () => {
  const schedule = latestOnly((input: string) =>
    input === 'bad' ? Promise.reject(new Error('worker failed')) : Promise.resolve(input.length),
  );
  await assert.rejects(schedule('bad'), /worker failed/);
  assert.equal(await schedule('good'), 4, 'the queue keeps working after a failure');
});
