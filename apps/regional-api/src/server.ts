import type { Server } from 'node:http';
import { join } from 'node:path';

import { serve } from '@hono/node-server';

import { createApp } from './app';
import type { ServerConfig } from './config';
import { RegionalDatabase } from './db';
import type { Logger } from './types';

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** Stops accepting, drains open requests (forcing after `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** Opens the region's database file and starts listening. */
export async function startServer(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  const db = new RegionalDatabase(join(config.dataDir, `${config.region}.sqlite`));
  const { app } = createApp({
    region: config.region,
    db,
    allowedOrigins: config.allowedOrigins,
    faultsEnabled: config.faultsEnabled,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    logger: (entry) => {
      if (entry.msg !== 'request' || config.logRequests) logger(entry);
    },
  });

  let server: Server;
  const port = await new Promise<number>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
      resolve(info.port),
    );
    server = created as Server;
    server.once('error', reject);
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });

  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    port,
    url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}`,
    close: (graceMs = 5_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          db.close();
          resolve();
        });
        // Keep-alive sockets with no request in flight would hold close() open.
        server.closeIdleConnections();
      }),
  };
}
