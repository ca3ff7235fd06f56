import { getRelativeTimeFormat } from './formatters';

/** Options of {@link formatRelativeTime}. */
export interface FormatRelativeTimeOptions extends Intl.RelativeTimeFormatOptions {
  /** The moment to compare with. @defaultValue `Date.now()` */
  readonly now?: Date | number | undefined;
}

/** Largest unit first: the first whose size the distance reaches is used. */
const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * Formats how far `date` is from now in the best unit: "2 minutes ago",
 * "in 3 days", "yesterday" (with the default `numeric: 'auto'`).
 * Rounds toward zero within the chosen unit, so 59 s is "59 seconds ago",
 * never "1 minute ago" early.
 *
 * @throws RangeError when `date` or `now` is not a valid time.
 */
export function formatRelativeTime(
  locale: string,
  date: Date | number,
  options: FormatRelativeTimeOptions = {},
): string {
  const { now = Date.now(), ...intlOptions } = options;
  const elapsed = Number(date) - Number(now);
  if (!Number.isFinite(elapsed)) {
    throw new RangeError(`formatRelativeTime: invalid date (${String(date)}) or now (${String(now)}).`);
  }
  const format = getRelativeTimeFormat(locale, { numeric: 'auto', ...intlOptions });
  const [unit, size] = UNITS.find(([, length]) => Math.abs(elapsed) >= length) ?? ['second', 1000];
  return format.format(Math.trunc(elapsed / size), unit);
}
