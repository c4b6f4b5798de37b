/**
 * Writes the build's social cards. A card whose inputs (its text, and the
 * code and packages that draw it) have not changed since a previous build is
 * copied from the build cache; the others are rendered in worker threads, one
 * per core, and kept in the cache. Rendering a card is CPU-bound (Satori's
 * layout, resvg's rasteriser and PNG encoder), and the main thread has the
 * rest of the build's postBuild to run meanwhile.
 *
 * The cache is `node_modules/.cache/xmtp-faq/social-cards/` in the site
 * (removed by `npm run clear`, like the bundler's cache beside it): one PNG
 * per card, named by the hash of its inputs.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {build} from 'esbuild';
import type {CardText} from './socialCards';
import type {CardRequest, CardResult} from './socialCardWorker';

export type Card = {file: string; text: CardText};

/**
 * Cards per worker at least: starting one (bundling its code, loading Satori
 * and resvg) costs about as much as that many cards; fewer cards are
 * rendered on the main thread.
 */
const CARDS_PER_WORKER = 16;

export const socialCardCacheDir = (siteDir: string): string =>
  path.join(siteDir, 'node_modules', '.cache', 'xmtp-faq', 'social-cards');

/** What draws a card besides its text: the layout code and the packages that render it. */
async function rendererFingerprint(): Promise<string> {
  const source = await fs.readFile(path.join(__dirname, 'socialCards.ts'), 'utf8');
  const packages = await Promise.all(
    ['satori', '@resvg/resvg-js', '@fontsource/inter'].map((name) =>
      fs.readFile(require.resolve(`${name}/package.json`), 'utf8'),
    ),
  );
  return createHash('sha256').update(source).update(packages.join('\n')).digest('hex');
}

/**
 * The worker's code, which Node cannot load as TypeScript: bundled into the
 * cache, its packages left to Node, found from the source file's folder.
 */
async function workerScript(cacheDir: string): Promise<string> {
  const source = path.join(__dirname, 'socialCardWorker.ts');
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    banner: {js: `var require = require('node:module').createRequire(${JSON.stringify(source)});`},
    write: false,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('social cards: esbuild produced no worker');
  const file = path.join(cacheDir, `worker-${createHash('sha256').update(output.text).digest('hex').slice(0, 12)}.cjs`);
  await fs.writeFile(file, output.text);
  return file;
}

/** Renders the cards, in worker threads when there are enough; `onCard` receives each PNG as it comes. */
async function renderCards(
  cards: readonly Card[],
  cacheDir: string,
  cardsPerWorker: number,
  onCard: (card: Card, png: Uint8Array) => Promise<void>,
): Promise<void> {
  const workerCount = Math.min(os.availableParallelism(), Math.floor(cards.length / cardsPerWorker));
  if (workerCount === 0) {
    const {renderCard} = await import('./socialCards');
    for (const card of cards) await onCard(card, await renderCard(card.text));
    return;
  }
  const script = await workerScript(cacheDir);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script);
      const writes: Promise<void>[] = [];
      let finished = false;
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        reject(error);
      };
      const send = () => {
        if (next < cards.length) {
          const id = next++;
          worker.postMessage({id, text: cards[id]!.text} satisfies CardRequest);
          return;
        }
        finished = true;
        void worker.terminate();
        Promise.all(writes).then(() => resolve(), reject);
      };
      worker.on('message', (result: CardResult) => {
        if ('error' in result) return fail(new Error(`social card ${cards[result.id]?.file}: ${result.error}`));
        writes.push(onCard(cards[result.id]!, result.png));
        send();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a social card worker stopped (exit code ${code}) before its cards`)));
      send();
    });
  await Promise.all(Array.from({length: workerCount}, runWorker));
}

/** Writes every card, from the cache when its inputs are unchanged. */
export async function writeSocialCards(
  cards: readonly Card[],
  cacheDir: string,
  cardsPerWorker = CARDS_PER_WORKER,
): Promise<{rendered: number; fromCache: number}> {
  await fs.mkdir(cacheDir, {recursive: true});
  const fingerprint = await rendererFingerprint();
  const cachedFile = (card: Card) =>
    path.join(
      cacheDir,
      `${createHash('sha256').update(fingerprint).update(JSON.stringify(card.text)).digest('hex')}.png`,
    );
  await Promise.all(
    [...new Set(cards.map((card) => path.dirname(card.file)))].map((dir) => fs.mkdir(dir, {recursive: true})),
  );
  const missing: Card[] = [];
  await Promise.all(
    cards.map(async (card) => {
      try {
        await fs.copyFile(cachedFile(card), card.file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        missing.push(card);
      }
    }),
  );
  if (missing.length > 0) {
    await renderCards(missing, cacheDir, cardsPerWorker, async (card, png) => {
      // Into the cache by a rename, so an interrupted build leaves no half-written card there.
      const partial = `${cachedFile(card)}.${process.pid}.partial`;
      await Promise.all([fs.writeFile(card.file, png), fs.writeFile(partial, png)]);
      await fs.rename(partial, cachedFile(card));
    });
  }
  return {rendered: missing.length, fromCache: cards.length - missing.length};
}
