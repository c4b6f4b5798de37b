import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {removeStemmerFromSavedIndexes} from '../../src/plugins/search';

test('the stemmer leaves the saved pipeline of every search index, and nothing else changes', async () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  try {
    const saved = (pipeline: string[]) => [{documents: [{i: 1}], index: {pipeline, version: '2.3.9'}}];
    fs.writeFileSync(path.join(outDir, 'search-index.json'), JSON.stringify(saved(['trimmer', 'stemmer'])));
    fs.writeFileSync(path.join(outDir, 'search-index-docs.json'), JSON.stringify(saved(['stemmer'])));
    fs.writeFileSync(path.join(outDir, 'other.json'), JSON.stringify(saved(['stemmer'])));

    const files = await removeStemmerFromSavedIndexes(outDir);

    assert.deepEqual(files.sort(), ['search-index-docs.json', 'search-index.json']);
    const read = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(outDir, name), 'utf8'));
    assert.deepEqual(read('search-index.json'), saved(['trimmer']));
    assert.deepEqual(read('search-index-docs.json'), saved([]));
    assert.deepEqual(read('other.json'), saved(['stemmer']), 'files that are not search indexes are left alone');
  } finally {
    fs.rmSync(outDir, {recursive: true, force: true});
  }
});
