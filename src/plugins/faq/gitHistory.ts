/**
 * Where "Last updated on <date>" comes from: the last commit that changed a
 * question's file. Docusaurus reads it through `future.experimental_vcs`; this
 * config delegates to its own Git reader, except when the checkout has no
 * history to read. A shallow clone (CI's default `fetch-depth: 1`) or a copy
 * without `.git` would date every file at the one commit it has, or at build
 * time: wrong dates that look right. Then every date is omitted instead, and
 * the build says why and how to fix it.
 */
import {spawnSync} from 'node:child_process';
import {getVcsPreset} from '@docusaurus/utils';
import type {VcsConfig} from '@docusaurus/types';

export type HistoryProblem = 'no-git' | 'shallow';

/** Whether `siteDir` is inside a Git checkout with its full history. */
export function historyProblemAt(siteDir: string): HistoryProblem | null {
  const result = spawnSync('git', ['rev-parse', '--is-shallow-repository'], {cwd: siteDir, encoding: 'utf8'});
  if (result.status !== 0) return 'no-git';
  return result.stdout.trim() === 'true' ? 'shallow' : null;
}

export function missingHistoryWarning(problem: HistoryProblem): string {
  const cause =
    problem === 'shallow'
      ? 'this is a shallow clone, so Git knows only the latest commit'
      : 'this copy of the site is not a Git checkout (no .git)';
  return (
    `[WARNING] "Last updated" dates are omitted from every question: ${cause}, and a date from it would be wrong. ` +
    'Fix: build from a full clone (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout), ' +
    "or set `last_update: {date: YYYY-MM-DD}` in a question's front matter."
  );
}

// Git read once, eagerly: Docusaurus's own choice for a site with `future.faster` on
// ('default-v2'), except that 'default-v2' reads Git only in production and dates every
// page Oct 14, 2018 under `docusaurus start`. The same reader in both modes makes the
// development server show the real dates, for one `git log` at start-up.
const gitReader = getVcsPreset('git-eager');
const noDates = getVcsPreset('disabled');

export function createLastUpdateVcs(): VcsConfig {
  let reader: VcsConfig = gitReader;
  return {
    initialize({siteDir}) {
      const problem = historyProblemAt(siteDir);
      if (problem) {
        console.warn(`\n${missingHistoryWarning(problem)}\n`);
        reader = noDates;
      }
      return reader.initialize({siteDir});
    },
    getFileCreationInfo: (filePath) => reader.getFileCreationInfo(filePath),
    getFileLastUpdateInfo: (filePath) => reader.getFileLastUpdateInfo(filePath),
  };
}
