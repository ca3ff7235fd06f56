import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { isRegionId, REGION_IDS, type RegionId } from '@globalkit/regions';

import { REGIONAL_API_DIR } from './paths';
import { assertPortFree, type ManagedProcess, startProcess, stopProcess, waitForLine } from './processes';

const START_TIMEOUT_MS = 30_000;

/**
 * The seven regional-api processes on their ports (by default the dev ports,
 * the demo's default API URLs), each with its file in `dataDir`, plus a small HTTP control
 * server so test workers can kill and restart a single region.
 */
export class RegionFleet {
  private readonly processes = new Map<RegionId, ManagedProcess>();
  private control: Server | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly ports: Readonly<Record<RegionId, number>>,
    /** CORS origins to allow instead of the API's defaults (which include http://localhost:4173). */
    private readonly allowedOrigins?: readonly string[],
  ) {}

  async checkPorts(): Promise<void> {
    for (const id of REGION_IDS) await assertPortFree(this.ports[id], `regional-api ${id}`);
  }

  async startAll(): Promise<void> {
    await Promise.all(REGION_IDS.map((id) => this.start(id)));
  }

  async start(id: RegionId): Promise<void> {
    const current = this.processes.get(id);
    if (current && !current.hasExited()) return;
    const port = this.ports[id];
    const proc = startProcess(
      `regional-api ${id}`,
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main.ts',
        '--region',
        id,
        '--port',
        String(port),
        '--data-dir',
        this.dataDir,
        ...(this.allowedOrigins ? ['--allowed-origins', this.allowedOrigins.join(',')] : []),
      ],
      {
        cwd: REGIONAL_API_DIR,
        env: {
          NODE_ENV: 'test', // fault switches on
          RATE_LIMIT_PER_SECOND: '0', // no rate limiting: the suite posts more than a user would
          LOG_REQUESTS: '0',
          REGIONAL_API_SUPERVISED: '1',
        },
      },
    );
    this.processes.set(id, proc);
    await waitForLine(
      proc,
      (line) => line.startsWith('{"msg":"listening"'),
      START_TIMEOUT_MS,
      'listening line',
    );
  }

  /** SIGKILL, as a crashed host would: no draining, no goodbye. */
  async kill(id: RegionId): Promise<void> {
    const proc = this.processes.get(id);
    if (proc) await stopProcess(proc, 'SIGKILL');
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.processes.values()].map((proc) => stopProcess(proc, 'SIGTERM', 5_000)));
    await this.closeControl();
  }

  states(): Record<string, 'running' | 'stopped'> {
    return Object.fromEntries(
      REGION_IDS.map((id) => [id, this.processes.get(id)?.hasExited() === false ? 'running' : 'stopped']),
    );
  }

  /** `POST /regions/:id/kill`, `POST /regions/:id/start`, `GET /regions`. Loopback only. */
  async listenControl(): Promise<string> {
    const server = createServer((request, response) => {
      const reply = (status: number, body: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const url = new URL(request.url ?? '/', 'http://control');
      if (request.method === 'GET' && url.pathname === '/regions') {
        reply(200, this.states());
        return;
      }
      const match = /^\/regions\/([a-z0-9-]+)\/(kill|start)$/.exec(url.pathname);
      const id = match?.[1];
      if (request.method !== 'POST' || !match || !isRegionId(id)) {
        reply(404, { error: `unknown control route ${request.method ?? ''} ${url.pathname}` });
        return;
      }
      const action = match[2] === 'kill' ? this.kill(id) : this.start(id);
      action.then(
        () => reply(200, this.states()),
        (error: unknown) => reply(500, { error: String(error) }),
      );
    });
    this.control = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private async closeControl(): Promise<void> {
    const server = this.control;
    if (!server) return;
    this.control = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
