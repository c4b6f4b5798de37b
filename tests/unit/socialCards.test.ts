/**
 * Social cards: rendered (in worker threads when there are many) into the
 * build, kept in the build cache, and copied from it when nothing that draws
 * them changed.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {writeSocialCards, type Card} from '../../src/plugins/faq/socialCardBuild';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function withTemporaryDir(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-cards-'));
    try {
      await run(dir);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  };
}

const card = (dir: string, n: number, title = `Question ${n}?`): Card => ({
  file: path.join(dir, 'img', 'social', `q${n}.png`),
  text: {eyebrow: 'Network', title, footer: `example.org/faq/q${n}`},
});

test(
  'cards are rendered once, then copied from the cache; a changed card alone is rendered again',
  withTemporaryDir(async (dir) => {
    const cacheDir = path.join(dir, 'cache');
    const build = path.join(dir, 'build');
    const cards = [card(build, 1), card(build, 2), card(build, 3)];

    assert.deepEqual(await writeSocialCards(cards, cacheDir), {rendered: 3, fromCache: 0});
    for (const {file} of cards) assert.deepEqual(pngSize(file), [1200, 630]);
    const first = fs.readFileSync(cards[0]!.file);
    assert.notDeepEqual(first, fs.readFileSync(cards[1]!.file), 'each card shows its own text');

    fs.rmSync(build, {recursive: true});
    assert.deepEqual(await writeSocialCards(cards, cacheDir), {rendered: 0, fromCache: 3});
    assert.deepEqual(fs.readFileSync(cards[0]!.file), first, 'the cached card is the card');

    const changed = [card(build, 1), card(build, 2, 'Question 2, reworded?'), card(build, 3)];
    assert.deepEqual(await writeSocialCards(changed, cacheDir), {rendered: 1, fromCache: 2});
  }),
);

test(
  'cards rendered in worker threads are the cards the main thread renders',
  withTemporaryDir(async (dir) => {
    const inWorkers = [1, 2, 3].map((n) => card(path.join(dir, 'workers'), n));
    const inMain = [1, 2, 3].map((n) => card(path.join(dir, 'main'), n));
    // One card per worker: as many workers as cores, up to three.
    await writeSocialCards(inWorkers, path.join(dir, 'cache-workers'), 1);
    await writeSocialCards(inMain, path.join(dir, 'cache-main'), Number.POSITIVE_INFINITY);
    for (const [index, {file}] of inWorkers.entries()) {
      assert.deepEqual(fs.readFileSync(file), fs.readFileSync(inMain[index]!.file), `card ${index + 1}`);
    }
    assert.ok(
      fs.readdirSync(path.join(dir, 'cache-workers')).some((name) => name.startsWith('worker-')),
      'the workers ran the bundled worker script',
    );
  }),
);
