/** Child processes: every one the benchmark starts is tracked and stopped on exit. */
import type {ChildProcess} from 'node:child_process';

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

process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}
