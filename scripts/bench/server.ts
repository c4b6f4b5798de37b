/** The built sites, served by scripts/serve.ts in child processes the benchmark watches. */
import {spawn, type ChildProcess} from 'node:child_process';
import {repoDir} from '../../support/site';
import {track} from './processes';
import {note, progress} from './report';

export type Server = {
  origin: string;
  /** Restarts the server if it is no longer running (and says so in the output). */
  ensure: () => Promise<void>;
  stop: () => void;
};

const stopping = new WeakSet<ChildProcess>();

function spawnServer(buildDir: string, port: number): Promise<{child: ChildProcess; log: () => string}> {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      cwd: repoDir,
      env: {...process.env, PORT: String(port), BUILD_DIR: buildDir, BASE_URL: '/'},
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  const onData = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  // Say at once when and how the server ended, unless we stopped it.
  child.once('exit', (code, signal) => {
    if (!stopping.has(child))
      progress(
        `server on port ${port} (pid ${child.pid}) exited: ${code ?? signal}; output: ${log.trim().slice(-300)}`,
      );
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server on ${port} did not start:\n${log}`)), 30_000);
    const poll = setInterval(() => {
      if (!log.includes('Serving')) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({child, log: () => log});
    }, 50);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server on ${port} exited (${code ?? signal}):\n${log}`));
    });
  });
}

/**
 * The static server as a child process. Another process on the machine may
 * stop it (tests running at the same time, a process killed by name), so the
 * benchmark checks it before each measurement and restarts it if needed.
 */
export async function startServer(buildDir: string, port: number): Promise<Server> {
  let current = await spawnServer(buildDir, port);
  const isRunning = () => current.child.exitCode === null && current.child.signalCode === null;
  return {
    origin: `http://127.0.0.1:${port}`,
    async ensure() {
      if (isRunning()) return;
      const {exitCode, signalCode} = current.child;
      const lastLines = current.log().trim().split('\n').slice(-3).join(' | ');
      note(`server on port ${port} had stopped (${exitCode ?? signalCode}; last output: ${lastLines}); restarted it.`);
      current = await spawnServer(buildDir, port);
    },
    stop() {
      stopping.add(current.child);
      if (isRunning()) current.child.kill('SIGTERM');
    },
  };
}
