import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { getRegion, isRegionId, PRIMARY_REGION, REGION_IDS, type RegionId } from '@globalkit/regions';

import { DEFAULT_ALLOWED_ORIGINS, DEFAULT_RATE_LIMIT } from './app';

/** A configuration mistake: printed as is, and the process exits 1. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ServerConfig {
  readonly region: RegionId;
  /** 0 asks the OS for a free port. */
  readonly port: number;
  readonly host: string;
  /** Directory holding `<region>.sqlite`. */
  readonly dataDir: string;
  readonly allowedOrigins: readonly string[];
  readonly faultsEnabled: boolean;
  readonly trustProxy: boolean;
  readonly rateLimit: { readonly capacity: number; readonly refillPerSecond: number } | false;
  readonly logRequests: boolean;
}

/** `apps/regional-api/data`, wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

export const USAGE = `Usage: node --import tsx src/main.ts [options]

  --region <id>            ${REGION_IDS.join(' | ')}  (env REGION; default ${PRIMARY_REGION})
  --port <n>               0 picks a free port  (env PORT; default: the region's devPort, 8101–8107)
  --host <addr>            interface to bind  (env HOST; default 127.0.0.1)
  --data-dir <dir>         where <region>.sqlite lives  (env DATA_DIR; default apps/regional-api/data)
  --allowed-origins <list> comma-separated CORS origins  (env ALLOWED_ORIGINS)
  --help                   print this help

Env only: NODE_ENV (test|development enable fault injection), GLOBALKIT_FAULTS=1,
TRUST_PROXY=1, RATE_LIMIT_BURST, RATE_LIMIT_PER_SECOND (0 disables), LOG_REQUESTS=0.`;

/**
 * Resolves flags, then environment, then defaults. Pure: takes argv and env
 * as arguments so it is tested without touching the real process.
 *
 * @returns `'help'` when `--help` was given.
 * @throws {ConfigError} for unknown flags, regions, ports or numbers.
 */
export function loadConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServerConfig | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        region: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'allowed-origins': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values['help'] === true) return 'help';
  const flag = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };

  const regionInput = flag('region') ?? env['REGION'] ?? PRIMARY_REGION;
  if (!isRegionId(regionInput)) {
    throw new ConfigError(
      `Unknown region ${JSON.stringify(regionInput)}. Valid regions: ${REGION_IDS.join(', ')}.`,
    );
  }
  const region = getRegion(regionInput);

  const portInput = flag('port') ?? env['PORT'];
  const port =
    portInput === undefined || portInput === '' ? region.devPort : parseInteger(portInput, 'port', 0, 65_535);

  const originsInput = flag('allowed-origins') ?? env['ALLOWED_ORIGINS'];
  const allowedOrigins =
    originsInput === undefined || originsInput.trim() === ''
      ? DEFAULT_ALLOWED_ORIGINS
      : originsInput
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (origin === '*') throw new ConfigError('ALLOWED_ORIGINS must list origins; "*" is not accepted');
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new ConfigError(`Invalid origin ${JSON.stringify(origin)}: expected scheme://host[:port]`);
  }

  const burst = env['RATE_LIMIT_BURST'];
  const perSecond = env['RATE_LIMIT_PER_SECOND'];
  const refillPerSecond =
    perSecond === undefined || perSecond === ''
      ? DEFAULT_RATE_LIMIT.refillPerSecond
      : parseNumber(perSecond, 'RATE_LIMIT_PER_SECOND');
  const capacity =
    burst === undefined || burst === ''
      ? DEFAULT_RATE_LIMIT.capacity
      : parseInteger(burst, 'RATE_LIMIT_BURST', 1, 1_000_000);

  const nodeEnv = env['NODE_ENV'];
  return {
    region: region.id,
    port,
    host: flag('host') ?? env['HOST'] ?? '127.0.0.1',
    dataDir: flag('data-dir') ?? env['DATA_DIR'] ?? DEFAULT_DATA_DIR,
    allowedOrigins,
    faultsEnabled: nodeEnv === 'test' || nodeEnv === 'development' || env['GLOBALKIT_FAULTS'] === '1',
    trustProxy: env['TRUST_PROXY'] === '1',
    rateLimit: refillPerSecond === 0 ? false : { capacity, refillPerSecond },
    logRequests: env['LOG_REQUESTS'] !== '0',
  };
}

function parseInteger(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `Invalid ${name} ${JSON.stringify(text)}: expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

function parseNumber(text: string, name: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new ConfigError(`Invalid ${name} ${JSON.stringify(text)}: expected a non-negative number`);
  }
  return value;
}
