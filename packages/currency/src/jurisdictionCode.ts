import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';

const CODE = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$/;

/**
 * Splits `"DE"` / `"ca-qc"` into an upper-case country and optional full
 * subdivision (`"CA-QC"`), the shapes `@globalkit/regions` jurisdictions use.
 * @throws {InvalidArgumentError} naming the accepted forms.
 * @internal
 */
export function jurisdictionCode(code: string, where: string): { country: string; subdivision?: string } {
  const match = typeof code === 'string' && code.length <= 16 ? CODE.exec(code.trim()) : null;
  const country = match?.[1]?.toUpperCase();
  if (!match || country === undefined) {
    throw new InvalidArgumentError(
      `${where}: ${describeInput(code)} is not a country code; expected ISO 3166-1 alpha-2 like "DE" or ISO 3166-2 like "CA-QC".`,
    );
  }
  return match[2] === undefined
    ? { country }
    : { country, subdivision: `${country}-${match[2].toUpperCase()}` };
}
