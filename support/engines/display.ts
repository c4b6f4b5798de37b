/**
 * The screen and clipboard the WebKit and Firefox checks run on: an X server
 * of their own (Xvfb) and its CLIPBOARD selection, read with xclip as any
 * other program would paste it. Each engine gets its own display, so two can
 * run at once without sharing a clipboard.
 */
import {execFile, execFileSync, spawn} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);

export type Display = {
  /** The DISPLAY value, e.g. ":3". */
  readonly name: string;
  /** What is on the clipboard as this type, or null when nothing offers it. */
  readClipboard: (type?: 'text/plain' | 'text/html') => Promise<string | null>;
  /** Puts a marker on the clipboard, so a copy that never happens cannot read as the one before. */
  clearClipboard: () => void;
  close: () => void;
};

export const CLEARED_CLIPBOARD = '(cleared by the engine checks)';

/** Starts Xvfb on a free display number (it picks one and reports it: -displayfd). */
export async function startDisplay(): Promise<Display> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdio[3]?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
  const name = `:${number}`;
  const env = {...process.env, DISPLAY: name};
  return {
    name,
    readClipboard: async (type = 'text/plain') => {
      const target = type === 'text/plain' ? 'UTF8_STRING' : type;
      try {
        return (await run('xclip', ['-selection', 'clipboard', '-o', '-t', target], {env})).stdout;
      } catch {
        return null;
      }
    },
    clearClipboard: () => {
      // xclip keeps serving the selection in the background until a browser takes it over.
      execFileSync('xclip', ['-selection', 'clipboard', '-i'], {
        env,
        input: CLEARED_CLIPBOARD,
        stdio: ['pipe', 'ignore', 'ignore'],
      });
    },
    close: () => void xvfb.kill(),
  };
}
