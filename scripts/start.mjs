#!/usr/bin/env node
// `pnpm start`: the seven regional-api processes (apps/regional-api start:all)
// and the demo's Vite dev server (http://localhost:5173), in one terminal.
//
// - Output of both is forwarded line by line with a prefix ([regions] / [demo]).
// - Once both are up, one line names the demo URL and the region URLs.
// - Ctrl-C / SIGTERM stops both: each child runs in its own process group and
//   the whole group is signalled (SIGKILL after a grace period), so nothing is
//   left behind. The regional-api children also exit when their supervisor's
//   stdin closes.
// - If either child exits before both are up (port taken, build error…), the
//   other is stopped and this exits 1 with the reason.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEMO_URL = 'http://localhost:5173';
const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 8_000;

const say = (line) => process.stdout.write(`[start] ${line}\n`);

/**
 * @param {string} name
 * @param {string[]} args node arguments
 * @param {string} cwd
 * @param {(line: string) => boolean} isReady
 */
function startChild(name, args, cwd, isReady) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // own process group: Ctrl-C reaches only us; we signal the group
  });
  const state = { name, child, ready: false, exited: false, code: null, signal: null, lines: [] };
  const prefix = `[${name}] `;
  let onReady;
  state.readyPromise = new Promise((resolve) => {
    onReady = resolve;
  });
  const forward = (stream, out) =>
    createInterface({ input: stream }).on('line', (line) => {
      out.write(`${prefix}${line}\n`);
      state.lines.push(line);
      if (state.lines.length > 30) state.lines.shift();
      if (!state.ready && isReady(line)) {
        state.ready = true;
        onReady();
      }
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  state.exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      state.exited = true;
      state.code = code;
      state.signal = signal;
      // Let the last lines of output arrive (they explain the exit), but not forever.
      const flushed = setTimeout(resolve, 500);
      child.once('close', () => {
        clearTimeout(flushed);
        resolve();
      });
    });
  });
  child.once('error', (error) => {
    process.stderr.write(`${prefix}${error.message}\n`);
  });
  return state;
}

/** Signals a child's whole process group; SIGKILL after the grace period. */
async function stopChild(state) {
  if (state.exited || state.child.pid === undefined) return;
  const signal = (sig) => {
    try {
      process.kill(-state.child.pid, sig);
    } catch {
      // group already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
  await state.exitPromise;
  clearTimeout(timer);
  // The leader may exit before the rest of its group (the regional-api supervisor's detached
  // children are their own groups and exit with the closed stdin pipe; Vite's workers are in ours).
  signal('SIGKILL');
}

const regions = startChild(
  'regions',
  ['--import', 'tsx', 'src/startAll.ts'],
  `${root}apps/regional-api`,
  (line) => line.includes('regions listening'),
);
const demo = startChild(
  'demo',
  [`${root}apps/demo/node_modules/vite/bin/vite.js`, '--port', '5173', '--strictPort'],
  `${root}apps/demo`,
  (line) => /Local:\s+http/.test(stripVTControlCharacters(line)),
);
const children = [regions, demo];

let stopping = false;
async function stopAll(reason, exitCode) {
  if (stopping) return;
  stopping = true;
  say(reason);
  await Promise.all(children.map(stopChild));
  say('stopped.');
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll('SIGINT: stopping the regions and the demo…', 0));
process.on('SIGTERM', () => void stopAll('SIGTERM: stopping the regions and the demo…', 0));
process.on('SIGHUP', () => void stopAll('SIGHUP: stopping the regions and the demo…', 0));

const describeExit = (state) =>
  `${state.name} exited (${state.signal ?? `code ${state.code}`})${state.lines.length ? `; last output:\n  ${state.lines.slice(-8).join('\n  ')}` : ''}`;

for (const state of children) {
  void state.exitPromise.then(() => {
    if (stopping) return;
    if (!children.every((c) => c.ready)) {
      void stopAll(`${describeExit(state)}\n[start] could not start; stopping the rest.`, 1);
    } else {
      void stopAll(`${describeExit(state)}\n[start] stopping the rest.`, 1);
    }
  });
}

const timeout = setTimeout(() => {
  const waiting = children.filter((c) => !c.ready).map((c) => c.name);
  void stopAll(`not up within ${START_TIMEOUT_MS / 1000} s: ${waiting.join(', ')}; stopping.`, 1);
}, START_TIMEOUT_MS);

await Promise.all(children.map((c) => c.readyPromise));
clearTimeout(timeout);
if (!stopping) {
  const regionUrls = regions.lines
    .map((line) => /(\S+)\s+\S+\s+(http:\/\/\S+)/.exec(line))
    .filter(Boolean)
    .map((match) => `${match[1]} ${match[2]}`);
  say(
    `ready — demo: ${DEMO_URL}  |  regions: ${regionUrls.length ? regionUrls.join(', ') : 'http://127.0.0.1:8101–8107'}  |  Ctrl-C stops everything`,
  );
}
