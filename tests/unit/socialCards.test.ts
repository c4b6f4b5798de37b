/**
 * Social cards: rendered (in worker processes when there are many) into the
 * build cache, drawn again only when what they show or what draws them
 * changed, and copied from the cache into the build.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {cacheSocialCards, copySocialCards, type Card} from '../../src/plugins/faq/socialCardBuild';
import {encodePng} from '../../src/plugins/faq/socialCards';

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
const texts = (cards: readonly Card[]) => cards.map((one) => one.text);

test(
  'cards are rendered once into the cache and copied into the build; a changed card alone is rendered again',
  withTemporaryDir(async (dir) => {
    const cacheDir = path.join(dir, 'cache');
    const build = path.join(dir, 'build');
    const cards = [card(build, 1), card(build, 2), card(build, 3)];

    assert.deepEqual(await cacheSocialCards(texts(cards), cacheDir), {rendered: 3, fromCache: 0});
    assert.equal(fs.existsSync(build), false, 'rendering needs no build folder');
    await copySocialCards(cards, cacheDir);
    for (const {file} of cards) assert.deepEqual(pngSize(file), [1200, 630]);
    const first = fs.readFileSync(cards[0]!.file);
    assert.notDeepEqual(first, fs.readFileSync(cards[1]!.file), 'each card shows its own text');

    assert.deepEqual(await cacheSocialCards(texts(cards), cacheDir), {rendered: 0, fromCache: 3});
    const changed = [card(build, 1), card(build, 2, 'Question 2, reworded?'), card(build, 3)];
    assert.deepEqual(await cacheSocialCards(texts(changed), cacheDir), {rendered: 1, fromCache: 2});
    await copySocialCards(changed, cacheDir);
    assert.deepEqual(fs.readFileSync(cards[0]!.file), first, 'an unchanged card is the cached one');
    assert.notDeepEqual(fs.readFileSync(cards[1]!.file), fs.readFileSync(cards[2]!.file));
  }),
);

test(
  'cards rendered in worker processes are the cards the main thread renders',
  withTemporaryDir(async (dir) => {
    const inWorkers = [1, 2, 3].map((n) => card(path.join(dir, 'workers'), n));
    const inMain = [1, 2, 3].map((n) => card(path.join(dir, 'main'), n));
    // One card per worker: as many workers as cores, up to three.
    await cacheSocialCards(texts(inWorkers), path.join(dir, 'cache-workers'), 1);
    await cacheSocialCards(texts(inMain), path.join(dir, 'cache-main'), Number.POSITIVE_INFINITY);
    await copySocialCards(inWorkers, path.join(dir, 'cache-workers'));
    await copySocialCards(inMain, path.join(dir, 'cache-main'));
    for (const [index, {file}] of inWorkers.entries()) {
      assert.deepEqual(fs.readFileSync(file), fs.readFileSync(inMain[index]!.file), `card ${index + 1}`);
    }
    assert.ok(
      fs.readdirSync(path.join(dir, 'cache-workers')).some((name) => name.startsWith('worker-')),
      'the workers ran the bundled worker script',
    );
  }),
);

test('the PNG encoder writes the image it is given, as any PNG decoder reads it', () => {
  const [width, height] = [7, 3];
  const rgba = Uint8Array.from({length: width * height * 4}, (_, index) =>
    index % 4 === 3 ? 255 : (index * 37) % 256,
  );
  const decoded = PNG.sync.read(encodePng(rgba, width, height));
  assert.deepEqual([decoded.width, decoded.height], [width, height]);
  assert.deepEqual(new Uint8Array(decoded.data), rgba, 'every pixel, opaque');
});
