/** @jsxImportSource @emotion/react */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { createConsentStore } from '../../createConsentStore';
import { ConsentProvider } from '../ConsentProvider/ConsentProvider';
import { ConsentGate } from './ConsentGate';

function memoryStore(jurisdiction: string, healthData = false) {
  let value: string | undefined;
  return createConsentStore({
    jurisdiction,
    gpc: false,
    healthData,
    cookie: { read: () => value, write: (_, next) => void (value = next) },
  });
}
const script = (name: string) => `data:text/javascript,window.${name}=1`;
const count = (name: string) => document.querySelectorAll(`script[src="${script(name)}"]`).length;

describe('ConsentGate (Chromium)', () => {
  it('withdrawal unmounts children and stops future loads, leaving loaded scripts alone', () => {
    const store = memoryStore('DE');
    const { rerender } = renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentGate category="marketing" src={script('__gateA')} fallback={<p>off</p>}>
          <p>on</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(screen.getByText('off')).toBeTruthy();
    act(() => store.acceptAll());
    expect(screen.getByText('on')).toBeTruthy();
    expect(count('__gateA')).toBe(1);
    act(() => store.withdraw());
    expect(screen.getByText('off')).toBeTruthy();
    expect(count('__gateA')).toBe(1);
    rerender(
      <ConsentProvider store={store}>
        <ConsentGate category="marketing" src={script('__gateB')} />
      </ConsentProvider>,
    );
    expect(count('__gateB')).toBe(0);
  });

  it('health-data mode never loads analytics even after Accept all', () => {
    const store = memoryStore('US-NY', true);
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentGate category="analytics" src={script('__gateHealth')} />
      </ConsentProvider>,
    );
    act(() => store.acceptAll());
    expect(count('__gateHealth')).toBe(0);
  });
});
