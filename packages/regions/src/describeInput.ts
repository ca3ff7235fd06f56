const MAX_QUOTED = 40;

/**
 * Renders an untrusted value for an error message: strings are quoted and
 * cut to a readable length (a 10 kB header must not become a 10 kB
 * message), anything else is named by its type.
 *
 * @internal
 */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= MAX_QUOTED) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, MAX_QUOTED))}… (${value.length} characters)`;
  }
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  if (Array.isArray(value)) return value.length ? 'an array' : 'an empty array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
