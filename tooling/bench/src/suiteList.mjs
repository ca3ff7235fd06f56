// The suites `pnpm bench` knows, shared by run.mjs and the bundling test.

/** Every suite, in the order a full run takes them. */
export const SUITES = Object.freeze(['money', 'parse', 'i18n', 'router', 'direction']);

/** Suites that import workspace TypeScript and therefore run from an esbuild bundle. */
export const BUNDLED = new Set(['money', 'parse', 'i18n', 'router']);
