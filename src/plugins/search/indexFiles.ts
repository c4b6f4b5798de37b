import {createHash} from 'node:crypto';
import type {SiteFiles} from '../siteFiles';

/**
 * The search plugin's published files: the index's files (by name, as
 * buildSearchIndex gives them) as JSON under `search/<hash of the content>/`,
 * so a host may cache them for ever and an edited question gets a new folder.
 */
export function searchIndexFiles(index: ReadonlyMap<string, unknown>): {indexPath: string; files: SiteFiles} {
  const texts = [...index].map(([name, json]) => [name, JSON.stringify(json)] as const);
  const version = createHash('sha256')
    .update(texts.map(([name, text]) => `${name}\n${text}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  const indexPath = `search/${version}/`;
  return {indexPath, files: new Map(texts.map(([name, text]) => [`${indexPath}${name}`, text]))};
}
