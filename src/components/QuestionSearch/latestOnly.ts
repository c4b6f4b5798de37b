/**
 * Runs one search at a time and, while it runs, keeps only the newest query
 * waiting. Typing fires a search per keystroke; on a large FAQ one search can
 * take longer than the gap between keys, and without this the searches would
 * queue in the worker and results would trail the typing further with every
 * key. A query replaced while waiting resolves to `null` and never runs.
 */
export function latestOnly<T>(run: (input: string) => Promise<T>): (input: string) => Promise<T | null> {
  let busy = false;
  let waiting: {input: string; resolve: (value: T | null) => void; reject: (reason: unknown) => void} | null = null;

  const runNext = (): void => {
    const job = waiting;
    waiting = null;
    busy = job !== null;
    if (!job) return;
    run(job.input).then(job.resolve, job.reject).finally(runNext);
  };

  return (input) =>
    new Promise<T | null>((resolve, reject) => {
      waiting?.resolve(null);
      waiting = {input, resolve, reject};
      if (!busy) runNext();
    });
}
