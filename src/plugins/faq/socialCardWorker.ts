/**
 * A worker thread that renders social cards (socialCardBuild.ts sends it one
 * card at a time and writes what it returns).
 */
import {parentPort} from 'node:worker_threads';
import {renderCard, type CardText} from './socialCards';

export type CardRequest = {id: number; text: CardText};
export type CardResult = {id: number; png: Uint8Array} | {id: number; error: string};

parentPort?.on('message', ({id, text}: CardRequest) => {
  renderCard(text).then(
    (png) => parentPort?.postMessage({id, png} satisfies CardResult),
    (error: unknown) => parentPort?.postMessage({id, error: String(error)} satisfies CardResult),
  );
});
