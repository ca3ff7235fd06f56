/** @jsxImportSource @emotion/react */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import arConsent from '../../../../../locales/ar/consent.json';
import faCommon from '../../../../../locales/fa/common.json';
import faConsent from '../../../../../locales/fa/consent.json';
import faUi from '../../../../../locales/fa/ui.json';
import heCommon from '../../../../../locales/he/common.json';
import heConsent from '../../../../../locales/he/consent.json';
import heUi from '../../../../../locales/he/ui.json';
import arCommon from '../../../../../locales/ar/common.json';
import arUi from '../../../../../locales/ar/ui.json';
import { expectNoAxeViolations } from '../../../../ui-rtl/src/testing/expectNoAxeViolations';
import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { createConsentStore } from '../../createConsentStore';
import type { ConsentStore } from '../../createConsentStore';
import { installConsentMode } from '../../installConsentMode';
import { ConsentGate } from '../ConsentGate/ConsentGate';
import { ConsentProvider } from '../ConsentProvider/ConsentProvider';
import { ConsentBanner } from './ConsentBanner';
import { en, enPattern } from '../testing/en';

const NEVER = '/__consent_never__/tracker.js';

function memoryStore(jurisdiction = 'DE', extra: { gpc?: boolean; healthData?: boolean } = {}): ConsentStore {
  let value: string | undefined;
  return createConsentStore({
    jurisdiction,
    gpc: extra.gpc ?? false,
    healthData: extra.healthData ?? false,
    cookie: { read: () => value, write: (_, next) => void (value = next) },
  });
}

function mount(store: ConsentStore, locale = 'en-US') {
  return renderWithProviders(
    <ConsentProvider store={store}>
      <ConsentGate category="analytics" src={NEVER}>
        <p>analytics widget</p>
      </ConsentGate>
      <ConsentBanner privacyPolicyHref="#policy" />
    </ConsentProvider>,
    { locale },
  );
}

afterEach(() => document.querySelectorAll('script[src*="__consent"]').forEach((s) => s.remove()));

describe('ConsentBanner (Chromium)', () => {
  it('reject all → nothing gated renders or loads; a Privacy settings entry point stays', async () => {
    const store = memoryStore('DE');
    mount(store);
    const banner = screen.getByRole('region', { name: en('banner.title.gdpr') });
    expect(banner.dataset['model']).toBe('opt-in');
    await userEvent.click(screen.getByRole('button', { name: en('action.rejectAll') }));
    expect(screen.queryByRole('region', { name: en('banner.title.gdpr') })).toBeNull();
    expect(screen.getByRole('button', { name: en('action.privacySettings') })).toBeTruthy();
    expect(screen.queryByText('analytics widget')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector(`script[src*="__consent_never__"]`)).toBeNull();
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('__consent_never__'))).toBe(
      false,
    );
    expect(store.getState().record?.source).toBe('banner');
  });

  it('accept all loads the gated script once', async () => {
    const store = memoryStore('DE');
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentGate
          category="analytics"
          src="data:text/javascript,window.__consentLoaded=(window.__consentLoaded||0)+1"
        />
        <ConsentGate
          category="analytics"
          src="data:text/javascript,window.__consentLoaded=(window.__consentLoaded||0)+1"
        />
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(
      document.querySelectorAll('script[src^="data:text/javascript,window.__consentLoaded"]'),
    ).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: en('action.acceptAll') }));
    expect(
      document.querySelectorAll('script[src^="data:text/javascript,window.__consentLoaded"]'),
    ).toHaveLength(1);
  });

  it('gives Accept all and Reject all the same prominence', () => {
    mount(memoryStore('DE'));
    const accept = getComputedStyle(screen.getByRole('button', { name: en('action.acceptAll') }));
    const reject = getComputedStyle(screen.getByRole('button', { name: en('action.rejectAll') }));
    for (const prop of [
      'backgroundColor',
      'color',
      'fontSize',
      'fontWeight',
      'height',
      'borderColor',
    ] as const) {
      expect(reject[prop], prop).toBe(accept[prop]);
    }
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('is axe-clean and shows GPC + Do Not Sell in California', async () => {
    const { container } = mount(memoryStore('US-CA', { gpc: true }));
    expect(screen.getByText(enPattern('gpc.honoured'))).toBeTruthy();
    expect(screen.getByRole('button', { name: en('doNotSell.link') })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows the health-data note', () => {
    mount(memoryStore('DE', { healthData: true }));
    expect(screen.getByText(en('healthData.note'))).toBeTruthy();
  });

  // he/fa consent strings do not exist yet: Arabic UI strings, en-US consent fallback, real RTL layout.
  it('lays out right to left in Arabic and stays axe-clean', async () => {
    const { container } = mount(memoryStore('DE'), 'ar');
    const banner = screen.getByRole('region');
    expect(getComputedStyle(banner).direction).toBe('rtl');
    const accept = screen.getByRole('button', { name: en('action.acceptAll') }).getBoundingClientRect();
    const reject = screen.getByRole('button', { name: en('action.rejectAll') }).getBoundingClientRect();
    expect(accept.left).toBeGreaterThan(reject.left);
    await expectNoAxeViolations(container);
  });

  it('sends Consent Mode default before tags and an update on the decision', async () => {
    const store = memoryStore('DE');
    const calls: string[] = [];
    installConsentMode(
      (_, action, params) => calls.push(`${action}:${String(params['analytics_storage'])}`),
      store,
    );
    mount(store);
    await userEvent.click(screen.getByRole('button', { name: en('action.acceptAll') }));
    act(() => store.withdraw());
    expect(calls).toEqual(['default:denied', 'update:granted', 'update:denied']);
  });

  it.each([
    ['ar', { common: arCommon, ui: arUi, consent: arConsent }],
    ['he', { common: heCommon, ui: heUi, consent: heConsent }],
    ['fa', { common: faCommon, ui: faUi, consent: faConsent }],
  ] as const)('renders translated and right to left in %s', async (locale, bundle) => {
    const { container } = renderWithProviders(
      <ConsentProvider store={memoryStore('DE')}>
        <ConsentBanner />
      </ConsentProvider>,
      { locale, resources: { [locale]: bundle } },
    );
    const banner = screen.getByRole('region', { name: bundle.consent.banner.title.gdpr });
    expect(getComputedStyle(banner).direction).toBe('rtl');
    const accept = screen
      .getByRole('button', { name: bundle.consent.action.acceptAll })
      .getBoundingClientRect();
    const reject = screen
      .getByRole('button', { name: bundle.consent.action.rejectAll })
      .getBoundingClientRect();
    expect(accept.right).toBeGreaterThan(reject.right);
    await expectNoAxeViolations(container);
  });
});
