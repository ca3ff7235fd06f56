import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { TestProject } from 'vitest/node';

import { DEFAULT_DEMO_PORT, DEMO_DIR } from './support/paths';
import { demoPort, portsAreCustom, regionPorts } from './support/ports';
import {
  assertPortFree,
  type ManagedProcess,
  startProcess,
  stopProcess,
  waitForHttp,
} from './support/processes';
import { RegionFleet } from './support/regionFleet';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://localhost:4173` (or E2E_DEMO_PORT), the production build served by server/serve.mjs. */
    baseUrl: string;
    /** Temp directory holding every region's `<region>.sqlite`. */
    dataDir: string;
    /** Region control server: `POST /regions/:id/kill|start`. */
    controlUrl: string;
    /** Base URL of each region's API, by region id. */
    regionUrls: Record<string, string>;
  }
}

/**
 * Builds the demo once, starts the seven regions and the production server,
 * and stops all of it afterwards. `E2E_SKIP_BUILD=1` reuses an existing
 * `apps/demo/dist` (handy while iterating on tests); `E2E_REGION_PORT_BASE`
 * and `E2E_DEMO_PORT` move the servers off their default ports, for a machine
 * where `pnpm start` or a preview is running (see support/ports.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'globalkit-e2e-'));
  const ports = regionPorts();
  const regionUrls = Object.fromEntries(
    Object.entries(ports).map(([id, port]) => [id, `http://127.0.0.1:${port}`]),
  );
  const port = demoPort();
  // `localhost`, not 127.0.0.1: the API's CORS allow-list names http://localhost:4173.
  const baseUrl = `http://localhost:${port}`;
  const fleet = new RegionFleet(dataDir, ports, port === DEFAULT_DEMO_PORT ? undefined : [baseUrl]);
  let demo: ManagedProcess | undefined;

  const teardown = async (): Promise<void> => {
    await Promise.allSettled([fleet.stopAll(), demo ? stopProcess(demo) : Promise.resolve()]);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    // Fail before spending a minute on the build when a dev setup is still running.
    await fleet.checkPorts();
    await assertPortFree(port, 'demo production server');

    // On custom ports the bundle and server live in a temp copy, so a running
    // `pnpm preview` of apps/demo/dist is not pulled from under its owner.
    const custom = portsAreCustom(ports) || port !== DEFAULT_DEMO_PORT;
    const serverRoot = custom ? await isolatedServerRoot(`${ports['us-east-1']}-${port}`) : DEMO_DIR;
    if (process.env['E2E_SKIP_BUILD'] !== '1') {
      await buildDemo(
        join(serverRoot, 'dist'),
        custom ? { VITE_REGION_URLS: JSON.stringify(regionUrls) } : {},
      );
    }

    const controlUrl = await fleet.listenControl();
    await fleet.startAll();

    const supervise = fileURLToPath(new URL('./support/supervise.mjs', import.meta.url));
    const serve = [supervise, process.execPath, 'server/serve.mjs', '--port', String(port)];
    demo = startProcess('demo server', process.execPath, serve, {
      cwd: serverRoot,
      env: { NODE_ENV: 'production' },
    });
    await waitForHttp(`${baseUrl}/`, 30_000, demo);

    project.provide('baseUrl', baseUrl);
    project.provide('dataDir', dataDir);
    project.provide('controlUrl', controlUrl);
    project.provide('regionUrls', regionUrls);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/**
 * `<tmp>/globalkit-e2e-demo-<ports>` with the app's own `server/` and
 * `src/server/` (serve.mjs resolves `../dist` and
 * `../src/server/serverPolicy.mjs` from its own location). One per port set,
 * so runs on different ports never share a bundle; kept between runs so
 * `E2E_SKIP_BUILD=1` can reuse its dist.
 */
async function isolatedServerRoot(key: string): Promise<string> {
  const root = join(tmpdir(), `globalkit-e2e-demo-${key}`);
  await mkdir(join(root, 'src'), { recursive: true });
  await cp(join(DEMO_DIR, 'server'), join(root, 'server'), { recursive: true });
  await cp(join(DEMO_DIR, 'src', 'server'), join(root, 'src', 'server'), { recursive: true });
  return root;
}

async function buildDemo(outDir: string, env: Record<string, string>): Promise<void> {
  const args = ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'];
  const build = startProcess('vite build', process.execPath, args, { cwd: DEMO_DIR, env });
  await build.exited;
  if (build.child.exitCode !== 0) {
    throw new Error(
      `vite build of apps/demo failed (exit ${String(build.child.exitCode)}):\n${build.output.join('\n')}`,
    );
  }
}
