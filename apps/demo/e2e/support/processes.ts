import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** A child started in its own process group, with its output kept for failure messages. */
export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: string[];
  readonly exited: Promise<void>;
  hasExited(): boolean;
}

const MAX_LINES = 200;

export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): ManagedProcess {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    // stdin stays a pipe: a regional-api child run with REGIONAL_API_SUPERVISED=1
    // stops when it closes, so even a crashed test run leaves no servers behind.
    stdio: ['pipe', 'pipe', 'pipe'],
    // Own process group: teardown signals the group, never a name pattern.
    detached: true,
  });
  const output: string[] = [];
  const keep = (line: string): void => {
    output.push(line);
    if (output.length > MAX_LINES) output.shift();
  };
  if (child.stdout) createInterface({ input: child.stdout }).on('line', keep);
  if (child.stderr) createInterface({ input: child.stderr }).on('line', keep);
  let done = false;
  const exited = once(child, 'exit').then(() => {
    done = true;
  });
  return { name, child, output, exited, hasExited: () => done };
}

/** Signals the whole process group and waits for the leader to exit (SIGKILL after `graceMs`). */
export async function stopProcess(
  proc: ManagedProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 5_000,
): Promise<void> {
  if (proc.hasExited() || proc.child.pid === undefined) return;
  const pid = proc.child.pid;
  const kill = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      // Already gone.
    }
  };
  kill(signal);
  const force = setTimeout(() => kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(force);
  // The leader is gone; make sure nothing else in its group outlives it.
  kill('SIGKILL');
}

/** Resolves with the first stdout/stderr line matching `test`, or rejects on exit/timeout. */
export function waitForLine(
  proc: ManagedProcess,
  test: (line: string) => boolean,
  timeoutMs: number,
  what: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const found = proc.output.find(test);
    if (found !== undefined) {
      resolve(found);
      return;
    }
    const streams = [proc.child.stdout, proc.child.stderr].filter((s) => s !== null);
    const readers = streams.map((input) => createInterface({ input }));
    const cleanup = (): void => {
      clearTimeout(timer);
      for (const reader of readers) reader.close();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`${proc.name}: no ${what} within ${timeoutMs} ms. Output:\n${proc.output.join('\n')}`),
      );
    }, timeoutMs);
    for (const reader of readers) {
      reader.on('line', (line) => {
        if (!test(line)) return;
        cleanup();
        resolve(line);
      });
    }
    void proc.exited.then(() => {
      cleanup();
      reject(
        new Error(
          `${proc.name} exited (code ${String(proc.child.exitCode)}) before ${what}. Output:\n${proc.output.join('\n')}`,
        ),
      );
    });
  });
}

/** Fails at once, naming the port, when something already listens on it. */
export async function assertPortFree(port: number, owner: string): Promise<void> {
  for (const host of ['127.0.0.1', '::1']) {
    const server = createServer();
    const result = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
      server.listen(port, host, () => resolve(null));
    });
    if (result === null) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      continue;
    }
    // No IPv6 on this machine: nothing can be listening there either.
    if (result.code === 'EADDRNOTAVAIL' || result.code === 'EAFNOSUPPORT') continue;
    throw new Error(
      `e2e: port ${port} (${owner}) on ${host} is already in use (${result.code ?? result.message}). ` +
        'Is `pnpm start`, a regional-api or a demo preview still running? Stop it and run the suite again.',
    );
  }
}

/** Polls `url` until it answers with any HTTP status. */
export async function waitForHttp(url: string, timeoutMs: number, proc: ManagedProcess): Promise<void> {
  const started = Date.now();
  let lastError: unknown;
  while (Date.now() - started < timeoutMs) {
    if (proc.hasExited()) {
      throw new Error(`${proc.name} exited before answering ${url}. Output:\n${proc.output.join('\n')}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${proc.name} did not answer ${url} within ${timeoutMs} ms (${String(lastError)}). Output:\n${proc.output.join('\n')}`,
  );
}
