/**
 * A worker process that renders social cards (socialCardBuild.ts sends it one
 * card at a time and writes what it returns).
 */
import {renderCard, type CardText} from './socialCards';

export type CardRequest = {id: number; text: CardText};
export type CardResult = {id: number; png: Uint8Array} | {id: number; error: string};

/**
 * resvg-js 2.6.2 does not tell V8 about the 3 MB canvas each card holds in
 * native memory, so V8 collects the card's wrapper (and frees the canvas)
 * late: a worker peaked at 250 MB. A young-generation collection after each
 * card frees it at once: 180 MB, in no more time (300 cards, two workers,
 * twice each way). Fixed upstream in thx/resvg-js#393, not yet released.
 * The parent starts this process with --expose-gc.
 */
const collectGarbage = (globalThis as {gc?: (options: {type: 'minor'}) => void}).gc;

const reply = (result: CardResult) => {
  process.send?.(result);
  collectGarbage?.({type: 'minor'});
};

process.on('message', ({id, text}: CardRequest) => {
  renderCard(text).then(
    (png) => reply({id, png}),
    (error: unknown) => reply({id, error: String(error)}),
  );
});
