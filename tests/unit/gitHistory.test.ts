import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createLastUpdateVcs, historyProblemAt, missingHistoryWarning} from '../../src/plugins/faq/gitHistory';

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

test('under `docusaurus start` (NODE_ENV=development) a file is dated by its last commit, as in a build', async () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-history-dev-'));
  const nodeEnv = process.env.NODE_ENV;
  try {
    git(repo, 'init', '-q');
    const answer = path.join(repo, 'answer.md');
    for (const [text, date] of [
      ['one', '2023-01-02T03:04:05Z'],
      ['two', '2024-05-06T07:08:09Z'],
    ] as const) {
      fs.writeFileSync(answer, text);
      git(repo, 'add', '.');
      const commit = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', text], {
        cwd: repo,
        env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
      });
      assert.equal(commit.status, 0, String(commit.stderr));
    }
    process.env.NODE_ENV = 'development';
    const vcs = createLastUpdateVcs();
    vcs.initialize({siteDir: repo});
    const info = await vcs.getFileLastUpdateInfo(fs.realpathSync(answer));
    assert.equal(info?.timestamp, Date.parse('2024-05-06T07:08:09Z'));
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    fs.rmSync(repo, {recursive: true, force: true});
  }
});
