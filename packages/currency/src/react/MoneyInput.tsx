import { getDirection } from '@globalkit/i18n';
import {
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  type FocusEvent,
  type ReactNode,
  type Ref,
  useId,
  useState,
} from 'react';

import { CurrencyMismatchError, ParseMoneyError } from '../errors';
import type { Money } from '../money';
import { useMoneyFormatter } from './useMoneyFormatter';
import { type PricingTranslate, usePricingStrings } from './usePricingStrings';

/** Why the current text is not a usable amount: a parse failure, or a negative amount where none is allowed. */
export type MoneyInputError = ParseMoneyError | 'negative' | 'required';

/** What {@link MoneyInputProps.onValueChange} receives besides the value. */
export interface MoneyInputChange {
  /** The text as typed. */
  readonly text: string;
  /** Why `value` is null, when it is because of the text. */
  readonly error: MoneyInputError | null;
}

/** Props of {@link MoneyInput}. */
export interface MoneyInputProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'inputMode' | 'dir' | 'children'
> {
  /** ISO 4217 code of the amount being entered. */
  readonly currency: string;
  /** Controlled value: `null` for no (valid) amount. */
  readonly value?: Money | null | undefined;
  /** Initial value when uncontrolled. @defaultValue null */
  readonly defaultValue?: Money | null | undefined;
  /** Called on every edit with the parsed amount, or `null` when the text is empty or invalid. */
  readonly onValueChange?: ((value: Money | null, change: MoneyInputChange) => void) | undefined;
  /** Read and write amounts in this locale instead of the active one. */
  readonly locale?: string | undefined;
  /** Accept amounts below zero. @defaultValue false */
  readonly allowNegative?: boolean | undefined;
  /** Direction of the wrapper (error message). @defaultValue the locale's direction */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Props for the wrapping element. */
  readonly wrapperProps?: Omit<ComponentPropsWithoutRef<'span'>, 'children' | 'dir'> | undefined;
  readonly ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * An amount field that reads what people type in their locale —
 * `parseMoney` rules: local separators, Persian and Arabic-Indic digits,
 * symbols — and shows the currency symbol where the locale writes it
 * (`$` before, `€` after, on the correct side in right-to-left layouts).
 *
 * The number itself is always laid out left to right (`dir="ltr"` on the
 * input: digits and the minus sign must not reorder). Symbol and input sit
 * in a box laid out the way `Intl` lays out a price in this locale — right
 * to left in Arabic and Hebrew (symbol on the left of "12.50"), left to
 * right in Persian ("$۱۲٫۵۰") — inside a wrapper in the locale's direction.
 * Errors are announced through `aria-invalid` and
 * `aria-describedby`, in the `pricing` namespace's words, once the field
 * has been edited. Controlled with `value` + `onValueChange`, or
 * uncontrolled with `defaultValue`.
 *
 * State: `data-invalid` on the wrapper and input, `data-currency-position`.
 */
export function MoneyInput({
  currency,
  value,
  defaultValue = null,
  onValueChange,
  locale,
  allowNegative = false,
  dir,
  wrapperProps,
  id,
  required,
  onBlur,
  'aria-describedby': describedBy,
  ...inputProps
}: MoneyInputProps): ReactNode {
  const t = usePricingStrings();
  const formatter = useMoneyFormatter({ locale });
  const controlled = value !== undefined;
  const [state, setState] = useState(() => {
    const initial = controlled ? value : defaultValue;
    return {
      text: initial ? formatter.formatAmount(checkCurrency(initial, currency)) : '',
      value: initial ?? null,
      error: null as MoneyInputError | null,
      touched: false,
    };
  });
  // A controlled value set from outside (not the echo of our own edit) replaces the text.
  if (controlled && !sameMoney(value, state.value)) {
    setState({
      text: value ? formatter.formatAmount(checkCurrency(value, currency)) : '',
      value,
      error: null,
      touched: state.touched,
    });
  }

  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const symbolId = `${inputId}-currency`;
  const errorId = `${inputId}-error`;
  const affix = formatter.currencyAffix(currency);
  const shownError = state.touched ? state.error : null;
  const message = shownError ? errorMessage(t, shownError, currency) : undefined;

  const read = (text: string): { value: Money | null; error: MoneyInputError | null } => {
    if (text.trim() === '') return { value: null, error: required ? 'required' : null };
    try {
      const parsed = formatter.parse(text, currency);
      if (parsed.amount < 0n && !allowNegative) return { value: null, error: 'negative' };
      return { value: parsed, error: null };
    } catch (error) {
      if (error instanceof ParseMoneyError) return { value: null, error };
      throw error;
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const next = read(text);
    setState({ text, ...next, touched: true });
    onValueChange?.(next.value, { text, error: next.error });
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    // Tidy a valid amount into the locale's own digits and grouping; leave invalid text for the user to fix.
    const next = read(state.text);
    const text = next.value ? formatter.formatAmount(next.value) : state.text;
    setState({ text, ...next, touched: true });
    onBlur?.(event);
  };

  const symbol = (
    <span id={symbolId} data-part="currency">
      {affix.symbol}
    </span>
  );
  return (
    <span
      {...wrapperProps}
      dir={dir ?? getDirection(formatter.locale)}
      data-currency-position={affix.position}
      data-invalid={shownError ? '' : undefined}
    >
      <span dir={affix.direction} data-part="field">
        {affix.position === 'prefix' ? symbol : null}
        <input
          {...inputProps}
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          lang={locale}
          required={required}
          value={state.text}
          onChange={onChange}
          onBlur={handleBlur}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={[describedBy, symbolId, shownError ? errorId : undefined]
            .filter(Boolean)
            .join(' ')}
          data-invalid={shownError ? '' : undefined}
        />
        {affix.position === 'suffix' ? symbol : null}
      </span>
      {message ? (
        <span id={errorId} data-part="error" role="alert">
          {message}
        </span>
      ) : null}
    </span>
  );
}

function checkCurrency(m: Money, currency: string): Money {
  if (m.currency !== currency) throw new CurrencyMismatchError(currency, m.currency, 'MoneyInput');
  return m;
}

function sameMoney(a: Money | null | undefined, b: Money | null): boolean {
  return a === b || (!!a && !!b && a.amount === b.amount && a.currency === b.currency);
}

/** The `pricing` message for an input error. @internal */
export function errorMessage(t: PricingTranslate, error: MoneyInputError, currency: string): string {
  if (error === 'negative') return t('input.error.negative');
  if (error === 'required') return t('input.error.empty');
  const { decimal, example, digits } = error.details;
  const visibleExample = example.replace(/[\u200E\u200F\u061C]/g, '');
  switch (error.reason) {
    case 'empty':
      return t('input.error.empty');
    case 'letters':
      return t('input.error.letters');
    case 'wrongCurrency':
      return t('input.error.wrongCurrency', { currency });
    case 'tooManyFractionDigits':
      return digits === 0
        ? t('input.error.noFractionDigits', { currency })
        : t('input.error.tooManyFractionDigits', { currency, count: digits });
    case 'multipleDecimalSeparators':
      return t('input.error.multipleDecimalSeparators', { decimal });
    case 'invalidGrouping':
      return t('input.error.invalidGrouping', { example: visibleExample });
    case 'misplacedSign':
      return t('input.error.misplacedSign');
    case 'tooLong':
      return t('input.error.tooLong');
    case 'notText':
    case 'malformed':
      return t('input.error.malformed', { example: visibleExample });
  }
}
