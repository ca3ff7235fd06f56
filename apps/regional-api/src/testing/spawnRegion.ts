import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import type { RegionId } from '@globalkit/regions';

const appDir = fileURLToPath(new URL('../..', import.meta.url));

export interface SpawnedRegion {
  readonly region: RegionId;
  readonly port: number;
  readonly url: string;
  readonly child: ChildProcess;
  /** Every stdout/stderr line so far, for assertions and failure messages. */
  readonly output: string[];
  readonly exited: boolean;
  /** Sends `signal` and waits for the process to exit (SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

/**
 * Starts `node --import tsx src/main.ts --region … --port 0` as a real
 * process and resolves once it printed its listening line. The child runs
 * "supervised": if the test worker dies, the closed stdin pipe stops it, so
 * a crashed run leaves no stray servers behind.
 */
export async function spawnRegion(
  region: RegionId,
  dataDir: string,
  env: Record<string, string> = {},
  startTimeoutMs = 20_000,
): Promise<SpawnedRegion> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', '--region', region, '--port', '0', '--data-dir', dataDir],
    {
      cwd: appDir,
      env: { ...process.env, NODE_ENV: 'test', LOG_REQUESTS: '0', REGIONAL_API_SUPERVISED: '1', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  let exited = false;
  const exit = once(child, 'exit').then(() => {
    exited = true;
  });

  const listening = new Promise<{ port: number; url: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${region} did not start within ${startTimeoutMs} ms:\n${output.join('\n')}`)),
      startTimeoutMs,
    );
    const onLine = (line: string): void => {
      output.push(line);
      if (!line.startsWith('{"msg":"listening"')) return;
      const parsed = JSON.parse(line) as { port: number; url: string };
      clearTimeout(timer);
      resolve(parsed);
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`${region} exited before listening:\n${output.join('\n')}`));
    });
  });

  const { port, url } = await listening;
  return {
    region,
    port,
    url,
    child,
    output,
    get exited() {
      return exited;
    },
    async stop(signal = 'SIGTERM', graceMs = 5_000) {
      if (exited) return;
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.kill(signal);
      await exit;
      clearTimeout(force);
    },
  };
}

/** Polls `predicate` every 20 ms until it holds; resolves with the elapsed time. */
export async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - started;
}
