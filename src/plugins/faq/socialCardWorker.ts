/**
 * A worker process that renders social cards (socialCardBuild.ts sends it one
 * card at a time and writes what it returns).
 */
import {renderCard, type CardText} from './socialCards';

export type CardRequest = {id: number; text: CardText};
export type CardResult = {id: number; png: Uint8Array} | {id: number; error: string};

const reply = (result: CardResult) => void process.send?.(result);

process.on('message', ({id, text}: CardRequest) => {
  renderCard(text).then(
    (png) => reply({id, png}),
    (error: unknown) => reply({id, error: String(error)}),
  );
});
