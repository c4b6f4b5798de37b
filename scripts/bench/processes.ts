/** Child processes: every one the benchmark starts is tracked and stopped on exit; and the benchmark's lock. */
import fs from 'node:fs';
import path from 'node:path';
import type {ChildProcess} from 'node:child_process';
import {repoDir} from '../../support/site';

const children = new Set<ChildProcess>();
export const exitHooks: (() => void)[] = [];

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function stopChildren(): void {
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      // Builds run in their own process group (detached) so /usr/bin/time's
      // child goes too; the group id is the pid we started.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  for (const hook of exitHooks.splice(0)) {
    try {
      hook();
    } catch {
      // best effort on the way out
    }
  }
}

/**
 * Two benchmarks at once would share ports and fixture copies (and halve
 * each other's CPU), so a second one stops while the first is running.
 */
export function takeLock(): boolean {
  const lockFile = path.join(repoDir, '.fixture-sites', 'bench.lock');
  fs.mkdirSync(path.dirname(lockFile), {recursive: true});
  const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, 'utf8')) : 0;
  if (holder > 0 && holder !== process.pid) {
    try {
      process.kill(holder, 0);
      console.error(`Another benchmark (pid ${holder}) is running; wait for it to finish. (${lockFile})`);
      return false;
    } catch {
      // stale lock from a benchmark that ended without cleaning up
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  exitHooks.push(() => fs.rmSync(lockFile, {force: true}));
  return true;
}

process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}
