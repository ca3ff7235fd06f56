/** @jsxImportSource @emotion/react */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';

import arConsent from '../../../../../locales/ar/consent.json';
import faCommon from '../../../../../locales/fa/common.json';
import faConsent from '../../../../../locales/fa/consent.json';
import faUi from '../../../../../locales/fa/ui.json';
import heCommon from '../../../../../locales/he/common.json';
import heConsent from '../../../../../locales/he/consent.json';
import heUi from '../../../../../locales/he/ui.json';
import arCommon from '../../../../../locales/ar/common.json';
import arUi from '../../../../../locales/ar/ui.json';
import deCommon from '../../../../../locales/de/common.json';
import deConsent from '../../../../../locales/de/consent.json';
import deUi from '../../../../../locales/de/ui.json';
import enCommon from '../../../../../locales/en-US/common.json';
import enConsent from '../../../../../locales/en-US/consent.json';
import enUi from '../../../../../locales/en-US/ui.json';
import { expectNoAxeViolations } from '../../../../ui-rtl/src/testing/expectNoAxeViolations';
import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { createConsentStore } from '../../createConsentStore';
import type { ConsentStore } from '../../createConsentStore';
import { installConsentMode } from '../../googleConsentMode';
import { ConsentGate } from '../ConsentGate/ConsentGate';
import { ConsentPreferences } from '../ConsentPreferences/ConsentPreferences';
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

  // Regulators' guidance: accepting and refusing equally prominent, which includes size, whatever the labels' lengths.
  describe.each([
    ['de', { common: deCommon, ui: deUi, consent: deConsent }],
    ['en-US', { common: enCommon, ui: enUi, consent: enConsent }],
    ['ar', { common: arCommon, ui: arUi, consent: arConsent }],
  ] as const)('in %s', (locale, bundle) => {
    const pair = () => {
      renderWithProviders(
        <ConsentProvider store={memoryStore('DE')}>
          <ConsentBanner />
        </ConsentProvider>,
        { locale, resources: { [locale]: bundle } },
      );
      const rect = (name: string) => screen.getByRole('button', { name }).getBoundingClientRect();
      return {
        accept: rect(bundle.consent.action.acceptAll),
        reject: rect(bundle.consent.action.rejectAll),
        customize: rect(bundle.consent.action.customize),
      };
    };

    /** Runs `check` with the page `width` px wide, then restores the viewport. */
    async function at(width: number, check: () => void) {
      const [w, h] = [window.innerWidth, window.innerHeight];
      await page.viewport(width, h);
      try {
        check();
      } finally {
        await page.viewport(w, h);
      }
    }

    it.each([414, 1280])('gives Accept all and Reject all the same width, side by side, at %i px', (width) =>
      at(width, () => {
        const { accept, reject } = pair();
        expect(Math.abs(accept.width - reject.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(accept.height - reject.height)).toBeLessThanOrEqual(1);
        expect(accept.top).toBe(reject.top);
        const banner = screen.getByRole('region').getBoundingClientRect();
        for (const button of [accept, reject]) {
          expect(button.left).toBeGreaterThanOrEqual(banner.left);
          expect(button.right).toBeLessThanOrEqual(banner.right);
        }
      }),
    );

    it('stacks them full width on a narrow screen', () =>
      at(360, () => {
        const { accept, reject, customize } = pair();
        expect(Math.abs(accept.width - reject.width)).toBeLessThanOrEqual(1);
        expect(reject.top).toBeGreaterThan(accept.top);
        expect(Math.abs(customize.width - accept.width)).toBeLessThanOrEqual(1);
      }));
  });

  it('opens only the app’s <ConsentPreferences> when the banner’s settings button is off', async () => {
    renderWithProviders(
      <ConsentProvider store={memoryStore('DE')}>
        <ConsentBanner settingsButton={false} />
        <footer>
          <ConsentPreferences />
        </footer>
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: en('action.customize') }));
    expect(await screen.findAllByRole('dialog')).toHaveLength(1);
    expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
  });
});
