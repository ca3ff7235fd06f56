// Child-process entry for one suite. Each suite gets a fresh Node process so
// the JIT state, inline caches and heap left by one suite cannot tilt the
// next one's alternatives (seen: i18next t() ratios shifting after the money
// suites ran in the same process). Alternatives within a suite still share
// one process, interleaved.

const [modulePath, rounds, benchDir] = process.argv.slice(2);
if (!modulePath || !rounds || !benchDir || !process.send) {
  throw new Error('runSuite.mjs is started by run.mjs (fork with IPC): <module URL> <rounds> <bench dir>');
}
/** @type {{ run: (options: { rounds: number, benchDir: string }) => Promise<unknown> }} */
const suite = await import(modulePath);
const result = await suite.run({ rounds: Number(rounds), benchDir });
process.send(result, () => process.disconnect());
