import { ConfigError, loadConfig, USAGE } from './config';
import { startServer } from './server';
import type { LogEntry } from './types';

/**
 * One region process: `node --import tsx src/main.ts --region eu-west-1`.
 * Everything it prints on stdout is one JSON object per line, so tests and
 * `start:all` can parse it (the first is `{"msg":"listening",…}`).
 */
function log(entry: LogEntry): void {
  process.stdout.write(`${JSON.stringify({ ...entry, time: new Date().toISOString() })}\n`);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`regional-api: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (config === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  let server;
  try {
    server = await startServer(config, log);
  } catch (error) {
    process.stderr.write(
      `regional-api: cannot start ${config.region} on port ${config.port}: ${String(error)}\n`,
    );
    process.exit(1);
  }
  // Exactly these keys: tests and start:all parse this line.
  process.stdout.write(
    `${JSON.stringify({ msg: 'listening', region: config.region, port: server.port, url: server.url })}\n`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second Ctrl-C means "now".
      process.exit(1);
    }
    stopping = true;
    log({ msg: 'stopping', region: config.region, signal });
    void server.close().then(() => {
      log({ msg: 'stopped', region: config.region });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Under start:all the supervisor holds our stdin open; when it goes away
  // (even SIGKILLed) the pipe ends, and we stop rather than linger.
  if (process.env['REGIONAL_API_SUPERVISED'] === '1') {
    process.stdin.on('end', () => stop('SIGHUP'));
    process.stdin.resume();
  }

  // Never crash on a stray rejection: log it, keep serving.
  process.on('unhandledRejection', (reason) => {
    log({
      msg: 'unhandled rejection',
      region: config.region,
      error: reason instanceof Error ? (reason.stack ?? reason.message) : String(reason),
    });
  });
}

void main();
