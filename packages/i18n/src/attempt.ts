/**
 * `read()`, or `undefined` when it throws: for browser APIs that throw when
 * disabled (storage, cookies) and `Intl` calls that throw on input they reject.
 * One helper instead of a try/catch in every module (keeps the bundle small).
 */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
