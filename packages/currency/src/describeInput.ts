/**
 * Renders untrusted input for an error message: quoted, truncated, and with
 * its type when it is not a string, so messages stay short and unambiguous.
 */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : typeof value;
}
