import { fileURLToPath } from 'node:url';

/** Absolute paths the suite needs, independent of the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DEMO_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const REGIONAL_API_DIR = fileURLToPath(new URL('../../../regional-api/', import.meta.url));
export const LOCALES_DIR = fileURLToPath(new URL('../../../../locales/', import.meta.url));
export const DEMO_LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));

/** Port of the production server; it is in the regional API's default CORS allow-list. */
export const DEFAULT_DEMO_PORT = 4173;
