import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { getRegion, isRegionId, REGION_IDS, type RegionId } from '@globalkit/regions';

import { DEFAULT_DATA_DIR } from './config';

/**
 * `pnpm --filter ./apps/regional-api start:all`: one child process per
 * region, each on its devPort with its own `data/<region>.sqlite`, output
 * prefixed by region. Ctrl-C / SIGTERM stops them all; a child that dies on
 * its own is reported and the others keep serving (that is the point: kill
 * one and watch the demo fail over).
 *
 * Children run in their own process group so a terminal Ctrl-C reaches only
 * this supervisor, which then stops each child exactly once. They also watch
 * their stdin pipe, so if the supervisor itself is killed they exit instead
 * of lingering as orphans.
 */

const appDir = fileURLToPath(new URL('..', import.meta.url));
const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    regions: { type: 'string' },
    host: { type: 'string' },
  },
  strict: true,
});

const selected = (values.regions?.split(',').map((id) => id.trim()) ?? [...REGION_IDS]).filter(Boolean);
const unknown = selected.filter((id) => !isRegionId(id));
if (unknown.length > 0) {
  process.stderr.write(
    `start:all: unknown region(s) ${unknown.join(', ')}. Valid regions: ${REGION_IDS.join(', ')}.\n`,
  );
  process.exit(1);
}
const regions = selected.filter(isRegionId);
const dataDir = values['data-dir'] ?? process.env['DATA_DIR'] ?? DEFAULT_DATA_DIR;
const width = Math.max(...regions.map((id) => id.length));

interface Child {
  readonly region: RegionId;
  readonly process: ChildProcess;
  url?: string;
  exited: boolean;
}

const children = new Map<RegionId, Child>();
let shuttingDown = false;

function say(line: string): void {
  process.stdout.write(`[start:all] ${line}\n`);
}

function printTable(): void {
  const rows = regions.map((id) => {
    const region = getRegion(id);
    return `  ${id.padEnd(width)}  ${region.residencyZone.padEnd(4)}  ${children.get(id)?.url ?? '-'}  ${region.displayName}`;
  });
  say(
    `all ${regions.length} regions listening (data in ${dataDir}):\n${rows.join('\n')}\n  Ctrl-C stops them all.`,
  );
}

function startChild(region: RegionId): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Fault switches on by default: start:all is a development tool.
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    REGIONAL_API_SUPERVISED: '1',
  };
  // A PORT or REGION meant for one process must not collapse seven into one.
  delete env['PORT'];
  delete env['REGION'];
  const args = [
    '--import',
    'tsx',
    mainPath,
    '--region',
    region,
    '--port',
    String(getRegion(region).devPort),
    '--data-dir',
    dataDir,
  ];
  if (values.host) args.push('--host', values.host);
  const child = spawn(process.execPath, args, {
    cwd: appDir,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const entry: Child = { region, process: child, exited: false };
  children.set(region, entry);

  const prefix = `[${region.padEnd(width)}] `;
  const forward = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream): void => {
    if (!stream) return;
    createInterface({ input: stream }).on('line', (line) => {
      out.write(`${prefix}${line}\n`);
      if (line.startsWith('{"msg":"listening"')) onListening(entry, line);
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);

  child.on('exit', (code, signal) => {
    entry.exited = true;
    if (!shuttingDown) {
      say(`${region} exited unexpectedly (${signal ?? `code ${code}`}); the other regions keep running`);
      if ([...children.values()].every((c) => c.exited)) {
        say('every region has exited');
        process.exit(1);
      }
    }
  });
}

function onListening(entry: Child, line: string): void {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed === 'object' && parsed !== null && 'url' in parsed && typeof parsed.url === 'string') {
      entry.url = parsed.url;
    }
  } catch {
    return;
  }
  if (regions.every((id) => children.get(id)?.url !== undefined)) printTable();
}

function shutdown(signal: NodeJS.Signals): void {
  if (shuttingDown) return;
  shuttingDown = true;
  say(`${signal}: stopping ${regions.length} regions…`);
  const alive = [...children.values()].filter((child) => !child.exited);
  const force = setTimeout(() => {
    for (const child of alive) if (!child.exited) child.process.kill('SIGKILL');
  }, 8_000);
  void Promise.all(
    alive.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exited) return resolve();
          child.process.once('exit', () => resolve());
          child.process.kill('SIGTERM');
        }),
    ),
  ).then(() => {
    clearTimeout(force);
    say('all regions stopped');
    process.exit(0);
  });
}

process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
for (const region of regions) startChild(region);
