// The benchmarks never run in CI (their figures are ratios on a shared machine),
// but building them is deterministic: this catches a `pnpm bench` that no longer
// bundles, as happened when ui-rtl's font stylesheets started referencing .woff2
// files that esbuild has no loader for.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { bundleBrowserPage, bundleNodeSuite } from './bundle.mjs';
import { BUNDLED } from './suiteList.mjs';

describe('pnpm bench bundles', () => {
  it.each([...BUNDLED])('the %s suite for Node', async (name) => {
    const outfile = await bundleNodeSuite(name);
    const code = await readFile(outfile, 'utf8');
    // Bundled whole: nothing left for Node to resolve from the workspace's TypeScript.
    expect(code).not.toMatch(/from ["']@globalkit\//);
    expect(code).toContain('export');
  });

  it('the direction page for Chromium, with fonts left to load on demand', async () => {
    const page = await bundleBrowserPage();
    expect(page.length).toBeGreaterThan(10_000);
    // The page never asks for fonts; their stylesheets stay runtime imports, not bundled.
    expect(page).toContain('#fonts/');
    expect(page).not.toContain('.woff2');
  });
});
