import { readFileSync } from 'node:fs';

/** `version` of this app's package.json, reported by the health endpoints. */
export const VERSION: string = readVersion();

function readVersion(): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'version' in parsed &&
      typeof parsed.version === 'string'
    ) {
      return parsed.version;
    }
  } catch {
    // Fall through: a missing version must not stop a region from starting.
  }
  return '0.0.0';
}
