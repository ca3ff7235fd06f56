// Runs a command and stops it when our stdin closes, i.e. when the test run
// that spawned us dies, even by SIGKILL. The regional API has this built in
// (REGIONAL_API_SUPERVISED=1); the demo's preview server does not.
// Usage: node supervise.mjs <command> [args…]
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node supervise.mjs <command> [args…]\n');
  process.exit(2);
}
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const stop = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.stdin.on('end', () => stop('SIGTERM'));
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
