/// <reference types="@testing-library/jest-dom/vitest" />
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ParseMoneyError } from '../errors';
import { type Money, money } from '../money';
import { MoneyInput } from './MoneyInput';
import { withLocale } from './testing';

const type = (text: string) => fireEvent.change(screen.getByRole('textbox'), { target: { value: text } });

describe('<MoneyInput>', () => {
  it('parses localized input and reports Money', () => {
    const onValueChange = vi.fn();
    render(withLocale('de', <MoneyInput currency="EUR" aria-label="Betrag" onValueChange={onValueChange} />));
    const input = screen.getByRole('textbox', { name: 'Betrag' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('dir', 'ltr');
    type('1.234,5');
    expect(onValueChange).toHaveBeenLastCalledWith(money('1234.5', 'EUR'), { text: '1.234,5', error: null });
    fireEvent.blur(input);
    expect(input).toHaveValue('1.234,50');
  });

  it('puts the symbol where the locale writes it and describes the field with it', () => {
    const { unmount } = render(withLocale('en-US', <MoneyInput currency="USD" aria-label="Amount" />));
    let field = screen.getByRole('textbox').parentElement as HTMLElement;
    expect(field.parentElement).toHaveAttribute('data-currency-position', 'prefix');
    expect(field.firstElementChild).toHaveTextContent('$');
    expect(field).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('$');
    unmount();

    const { unmount: unmountAr } = render(
      withLocale('ar', <MoneyInput currency="AED" aria-label="المبلغ" />),
    );
    field = screen.getByRole('textbox').parentElement as HTMLElement;
    expect(field.parentElement).toHaveAttribute('data-currency-position', 'suffix');
    expect(field.parentElement).toHaveAttribute('dir', 'rtl');
    expect(field).toHaveAttribute('dir', 'rtl'); // "‏12.50 د.إ." — the symbol ends up on the left
    expect(field.lastElementChild).toHaveTextContent('د.إ.');
    unmountAr();

    // Persian lays amounts out left to right ("‎$۱۲٫۵۰"), inside right-to-left UI.
    render(withLocale('fa', <MoneyInput currency="USD" aria-label="مبلغ" />));
    field = screen.getByRole('textbox').parentElement as HTMLElement;
    expect(field.parentElement).toHaveAttribute('dir', 'rtl');
    expect(field).toHaveAttribute('dir', 'ltr');
    expect(field.firstElementChild).toHaveTextContent('$');
  });

  it('accepts Persian digits in fa', () => {
    const onValueChange = vi.fn();
    render(withLocale('fa', <MoneyInput currency="USD" aria-label="مبلغ" onValueChange={onValueChange} />));
    type('۱۲٫۵۰');
    expect(onValueChange).toHaveBeenLastCalledWith(money('12.50', 'USD'), { text: '۱۲٫۵۰', error: null });
    fireEvent.blur(screen.getByRole('textbox'));
    expect(screen.getByRole('textbox')).toHaveValue('۱۲٫۵۰');
  });

  it('marks invalid input with aria-invalid and a described message from the pricing namespace', () => {
    const onValueChange = vi.fn();
    render(
      withLocale('en-US', <MoneyInput currency="USD" aria-label="Amount" onValueChange={onValueChange} />),
    );
    const input = screen.getByRole('textbox');
    expect(input).not.toHaveAttribute('aria-invalid');
    type('12.345');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('$ USD allows only 2 decimal places');
    expect(screen.getByRole('alert')).toHaveTextContent('USD allows only 2 decimal places');
    const [value, change] = onValueChange.mock.lastCall as [Money | null, { error: unknown }];
    expect(value).toBeNull();
    expect(change.error).toBeInstanceOf(ParseMoneyError);

    type('€12');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the amount in USD');
    type('12,5');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Check the separators: write amounts like $1,234,567.89',
    );
    type('1.2.3');
    expect(screen.getByRole('alert')).toHaveTextContent('Use only one decimal separator (.)');
    type('abc');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Use only digits, separators and the currency symbol',
    );
    type('-5');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter an amount of zero or more');
    type('5');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the minor unit in its messages', () => {
    render(
      withLocale(
        'en-US',
        <>
          <MoneyInput currency="JPY" aria-label="yen" />
          <MoneyInput currency="BHD" aria-label="bhd" />
        </>,
      ),
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'yen' }), { target: { value: '1.5' } });
    expect(screen.getByRole('alert')).toHaveTextContent('JPY has no decimal places');
    fireEvent.change(screen.getByRole('textbox', { name: 'yen' }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'bhd' }), { target: { value: '1.0001' } });
    expect(screen.getByRole('alert')).toHaveTextContent('BHD allows only 3 decimal places');
  });

  it('asks for an amount when a required field is emptied', () => {
    render(
      withLocale(
        'en-US',
        <MoneyInput currency="USD" aria-label="Amount" required defaultValue={money(500, 'USD')} />,
      ),
    );
    const input = screen.getByRole('textbox');
    expect(input).toHaveValue('5.00');
    type('');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter an amount');
  });

  it('allows negative amounts on request', () => {
    const onValueChange = vi.fn();
    render(
      withLocale(
        'en-US',
        <MoneyInput currency="USD" aria-label="x" allowNegative onValueChange={onValueChange} />,
      ),
    );
    type('(12.50)');
    expect(onValueChange).toHaveBeenLastCalledWith(money('-12.5', 'USD'), { text: '(12.50)', error: null });
  });

  it('is controllable', () => {
    function Controlled() {
      const [value, setValue] = useState<Money | null>(money('9.99', 'EUR'));
      return (
        <>
          <MoneyInput currency="EUR" aria-label="price" value={value} onValueChange={setValue} />
          <button type="button" onClick={() => setValue(money('19.99', 'EUR'))}>
            set
          </button>
          <output>{value === null ? 'none' : String(value.amount)}</output>
        </>
      );
    }
    render(withLocale('fr', <Controlled />));
    const input = screen.getByRole('textbox');
    expect(input).toHaveValue('9,99');
    type('12,5');
    expect(screen.getByRole('status')).toHaveTextContent('1250');
    expect(input).toHaveValue('12,5'); // the user's text is kept while typing
    fireEvent.click(screen.getByRole('button'));
    expect(input).toHaveValue('19,99');
    type('oops');
    expect(screen.getByRole('status')).toHaveTextContent('none');
    expect(input).toHaveValue('oops');
  });

  it('refuses a value in another currency', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<MoneyInput currency="EUR" aria-label="x" value={money(1, 'USD')} />)).toThrow(
      'MoneyInput: cannot combine EUR with USD',
    );
    vi.restoreAllMocks();
  });
});
