import { describe, expect, it } from 'vitest';

import { DEFAULT_ALLOWED_ORIGINS } from './app';
import { ConfigError, DEFAULT_DATA_DIR, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the primary region on its devPort, bound to loopback', () => {
    expect(loadConfig([], {})).toEqual({
      region: 'us-east-1',
      port: 8101,
      host: '127.0.0.1',
      dataDir: DEFAULT_DATA_DIR,
      allowedOrigins: DEFAULT_ALLOWED_ORIGINS,
      faultsEnabled: false,
      trustProxy: false,
      rateLimit: { capacity: 20, refillPerSecond: 1 },
      logRequests: true,
    });
    expect(DEFAULT_DATA_DIR).toMatch(/apps[/\\]regional-api[/\\]data$/);
  });

  it('uses the region devPort, flags over env', () => {
    expect(loadConfig(['--region', 'eu-west-1'], {})).toMatchObject({ region: 'eu-west-1', port: 8103 });
    expect(loadConfig([], { REGION: 'me-south-1' })).toMatchObject({ region: 'me-south-1', port: 8107 });
    expect(
      loadConfig(['--region', 'eu-west-1', '--port', '9000'], { REGION: 'me-south-1', PORT: '9100' }),
    ).toMatchObject({
      region: 'eu-west-1',
      port: 9000,
    });
    expect(loadConfig(['--port', '0', '--data-dir', '/tmp/x'], {})).toMatchObject({
      port: 0,
      dataDir: '/tmp/x',
    });
  });

  it('names the seven valid regions when given an unknown one', () => {
    expect(() => loadConfig(['--region', 'mars-north-1'], {})).toThrow(ConfigError);
    expect(() => loadConfig(['--region', 'mars-north-1'], {})).toThrow(
      /us-east-1, us-west-2, eu-west-1, eu-central-1, ap-southeast-1, ap-northeast-1, me-south-1/,
    );
  });

  it.each(['-1', '65536', 'abc', '80.5', '1e3'])('rejects port %j', (port) => {
    expect(() => loadConfig(['--port', port], {})).toThrow(ConfigError);
  });

  it('rejects unknown flags', () => {
    expect(() => loadConfig(['--regoin', 'eu-west-1'], {})).toThrow(ConfigError);
  });

  it('parses origins and refuses a wildcard', () => {
    expect(
      loadConfig([], { ALLOWED_ORIGINS: 'https://a.example, http://localhost:3000' }).valueOf(),
    ).toMatchObject({
      allowedOrigins: ['https://a.example', 'http://localhost:3000'],
    });
    expect(() => loadConfig([], { ALLOWED_ORIGINS: '*' })).toThrow(ConfigError);
    expect(() => loadConfig([], { ALLOWED_ORIGINS: 'not a url' })).toThrow(ConfigError);
  });

  it('enables faults only for test, development or GLOBALKIT_FAULTS=1', () => {
    expect(loadConfig([], { NODE_ENV: 'test' })).toMatchObject({ faultsEnabled: true });
    expect(loadConfig([], { NODE_ENV: 'development' })).toMatchObject({ faultsEnabled: true });
    expect(loadConfig([], { NODE_ENV: 'production' })).toMatchObject({ faultsEnabled: false });
    expect(loadConfig([], { NODE_ENV: 'production', GLOBALKIT_FAULTS: '1' })).toMatchObject({
      faultsEnabled: true,
    });
  });

  it('configures or disables the rate limit', () => {
    expect(loadConfig([], { RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_SECOND: '0.5' })).toMatchObject({
      rateLimit: { capacity: 5, refillPerSecond: 0.5 },
    });
    expect(loadConfig([], { RATE_LIMIT_PER_SECOND: '0' })).toMatchObject({ rateLimit: false });
    expect(() => loadConfig([], { RATE_LIMIT_BURST: 'lots' })).toThrow(ConfigError);
  });

  it('returns "help" for --help', () => {
    expect(loadConfig(['--help'], {})).toBe('help');
  });
});
