// One place that knows how to start Chromium here and on a laptop.
// No Playwright browser download works on CI machines, so we use the
// system Chromium (Debian's `chromium` package) unless CHROMIUM_PATH says otherwise.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Resolves the Chromium executable: `CHROMIUM_PATH` first, then well-known
 * system locations. Throws with the fix when none exists.
 * @returns {string}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.`);
    }
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${CANDIDATES.join(', ')}). ` +
        'Install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

/**
 * Launch options for playwright's `chromium.launch()`. The flags keep a
 * sandboxed CI machine (root, no GPU, closed network) from stalling Chromium.
 *
 * `deterministicRendering` adds the flags screenshot tests need so pixels
 * depend on layout only: no LCD (subpixel) text, no font hinting, an sRGB
 * colour profile and a fixed device scale factor.
 * @param {{ deterministicRendering?: boolean }} [options]
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumLaunchOptions({ deterministicRendering = false } = {}) {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (deterministicRendering) {
    args.push(
      '--disable-lcd-text',
      '--font-render-hinting=none',
      '--force-color-profile=srgb',
      '--force-device-scale-factor=1',
      '--hide-scrollbars',
    );
  }
  return { executablePath: chromiumPath(), args };
}
