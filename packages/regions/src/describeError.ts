/**
 * One line for `RegionHealth.lastError` and events: what went wrong,
 * without a stack, whatever the fetch implementation threw.
 *
 * @internal
 */
export function describeError(error: unknown): string {
  // Duck-typed: DOMException is not an Error subclass in every runtime.
  if (isErrorLike(error)) {
    const { cause } = error;
    // undici hides the useful part ("ECONNREFUSED") in `cause`.
    const detail = isErrorLike(cause) && cause.message ? ` (${cause.message})` : '';
    return `${error.name}: ${error.message}${detail}`;
  }
  return String(error);
}

function isErrorLike(value: unknown): value is { name: string; message: string; cause?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/**
 * The abort reason for a check or request that ran out of time; named
 * `TimeoutError` like `AbortSignal.timeout()` so callers can tell it from
 * their own aborts.
 *
 * @internal
 */
export function timeoutError(ms: number): DOMException {
  return new DOMException(`No response within ${ms} ms`, 'TimeoutError');
}
