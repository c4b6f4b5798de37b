/**
 * The build's social cards. A card whose inputs (its text, and the code and
 * packages that draw it) have not changed since a previous build is taken
 * from the build cache; the others are rendered into it in worker processes,
 * one per core, while the build goes on (the FAQ plugin starts them once the
 * questions are known), then copied into the build. Rendering a card is
 * CPU-bound: Satori's layout, resvg's rasteriser, the PNG encoder.
 *
 * The cache is `node_modules/.cache/xmtp-faq/social-cards/` in the site
 * (removed by `npm run clear`, like the bundler's cache beside it): one PNG
 * per card, named by the hash of its inputs.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fork} from 'node:child_process';
import {build} from 'esbuild';
import type {CardText} from './socialCards';
import type {CardRequest, CardResult} from './socialCardWorker';

/** A card and the file the build serves it as. */
export type Card = {file: string; text: CardText};

/**
 * Cards per worker at least: starting one (bundling its code, loading Satori
 * and resvg) costs about as much as that many cards; fewer cards are
 * rendered on the main thread.
 */
const CARDS_PER_WORKER = 16;

/**
 * Why processes, not threads: a card's 3 MB of pixels are allocated afresh
 * several times (resvg's canvas, the copy Node gets, the PNG rows), and each
 * first touch of a page is a page fault, which is costly in a virtual machine
 * (here 1,100 faults and 11 ms for an empty canvas). These settings keep that
 * memory for the next card: resvg's allocator (mimalloc) takes huge pages,
 * and glibc's malloc serves big blocks from a heap it keeps. Both are read
 * from the environment when a process starts, so they need processes of
 * their own: a card took 46 ms here without them and 25 ms with them.
 * Elsewhere than glibc on Linux they are ignored.
 */
const ALLOCATOR_ENV = {
  MIMALLOC_LARGE_OS_PAGES: '1',
  GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456',
} as const satisfies NodeJS.ProcessEnv;

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

/** Renders the cards, in worker processes when there are enough; `onCard` receives each PNG as it comes. */
async function renderCards(
  cards: readonly CardText[],
  cacheDir: string,
  cardsPerWorker: number,
  onCard: (card: CardText, png: Uint8Array) => Promise<void>,
): Promise<void> {
  const workerCount = Math.min(os.availableParallelism(), Math.floor(cards.length / cardsPerWorker));
  if (workerCount === 0) {
    const {renderCard} = await import('./socialCards');
    for (const card of cards) await onCard(card, await renderCard(card));
    return;
  }
  const script = await workerScript(cacheDir);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = fork(script, [], {
        env: {
          ...process.env,
          ...ALLOCATOR_ENV,
          // Tunables the build was given stay, after these.
          GLIBC_TUNABLES: [ALLOCATOR_ENV.GLIBC_TUNABLES, process.env.GLIBC_TUNABLES].filter(Boolean).join(':'),
        },
        // The script is plain CommonJS: no loader of the parent's (tsx in the tests) is needed;
        // --expose-gc lets it free each card's canvas at once (socialCardWorker.ts).
        execArgv: ['--expose-gc'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const writes: Promise<void>[] = [];
      let finished = false;
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        worker.kill();
        reject(error);
      };
      const send = () => {
        if (next < cards.length) {
          const id = next++;
          worker.send({id, text: cards[id]!} satisfies CardRequest);
          return;
        }
        finished = true;
        worker.kill();
        Promise.all(writes).then(() => resolve(), reject);
      };
      worker.on('message', (result: CardResult) => {
        if ('error' in result) return fail(new Error(`social card "${cards[result.id]?.title}": ${result.error}`));
        writes.push(onCard(cards[result.id]!, result.png));
        send();
      });
      worker.on('error', fail);
      worker.on('exit', (code, signal) =>
        fail(new Error(`a social card worker stopped (${signal ?? `exit code ${code}`}) before its cards`)),
      );
      send();
    });
  await Promise.all(Array.from({length: workerCount}, runWorker));
}

/** The cache's file for a card: the hash of its text and of what draws it. */
async function cacheFiles(cacheDir: string): Promise<(text: CardText) => string> {
  const fingerprint = await rendererFingerprint();
  return (text) =>
    path.join(cacheDir, `${createHash('sha256').update(fingerprint).update(JSON.stringify(text)).digest('hex')}.png`);
}

/**
 * Renders into the cache every card it lacks. It needs no build folder, so
 * the build starts it as soon as the questions are known, and the workers
 * draw while the site is bundled and rendered.
 */
export async function cacheSocialCards(
  texts: readonly CardText[],
  cacheDir: string,
  cardsPerWorker = CARDS_PER_WORKER,
): Promise<{rendered: number; fromCache: number}> {
  await fs.mkdir(cacheDir, {recursive: true});
  const cachedFile = await cacheFiles(cacheDir);
  const present = new Set(await fs.readdir(cacheDir));
  const missing = texts.filter((text) => !present.has(path.basename(cachedFile(text))));
  if (missing.length > 0) {
    await renderCards(missing, cacheDir, cardsPerWorker, async (text, png) => {
      // By a rename, so an interrupted build leaves no half-written card in the cache.
      const partial = `${cachedFile(text)}.${process.pid}.partial`;
      await fs.writeFile(partial, png);
      await fs.rename(partial, cachedFile(text));
    });
  }
  return {rendered: missing.length, fromCache: texts.length - missing.length};
}

/** Copies each card from the cache (cacheSocialCards put it there) to its file in the build. */
export async function copySocialCards(cards: readonly Card[], cacheDir: string): Promise<void> {
  const cachedFile = await cacheFiles(cacheDir);
  await Promise.all(
    [...new Set(cards.map((card) => path.dirname(card.file)))].map((dir) => fs.mkdir(dir, {recursive: true})),
  );
  await Promise.all(cards.map((card) => fs.copyFile(cachedFile(card.text), card.file)));
}
