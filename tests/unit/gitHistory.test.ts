import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {historyProblemAt, missingHistoryWarning} from '../../src/plugins/faq/gitHistory';

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
}

test('a full clone has history; a shallow clone and a folder outside Git do not', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-history-'));
  const full = path.join(root, 'full');
  fs.mkdirSync(full);
  git(full, 'init', '-q');
  for (const text of ['one', 'two']) {
    fs.writeFileSync(path.join(full, 'answer.md'), text);
    git(full, 'add', '.');
    git(full, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', text);
  }
  git(root, 'clone', '-q', '--depth', '1', `file://${full}`, 'shallow');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(outside);

  assert.equal(historyProblemAt(full), null);
  assert.equal(historyProblemAt(path.join(root, 'shallow')), 'shallow');
  // Git must not find a repository above the temporary folder.
  process.env.GIT_CEILING_DIRECTORIES = root;
  try {
    assert.equal(historyProblemAt(outside), 'no-git');
  } finally {
    delete process.env.GIT_CEILING_DIRECTORIES;
    fs.rmSync(root, {recursive: true, force: true});
  }
  assert.match(missingHistoryWarning('shallow'), /shallow clone.*Fix: .*fetch-depth: 0/);
});
