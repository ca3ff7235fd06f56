/** @jsxImportSource @emotion/react */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { expectSsrHydrates } from '../../../../ui-rtl/src/testing/expectSsrHydrates';
import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { createConsentStore } from '../../createConsentStore';
import { POLICY_REVISION } from '../../policyFor';
import { serializeConsent } from '../../serializeConsent';
import { NO_CONSENT } from '../../types';
import { ConsentBanner } from '../ConsentBanner/ConsentBanner';
import { ConsentGate } from '../ConsentGate/ConsentGate';
import { ConsentProvider } from './ConsentProvider';
import { useConsent } from './useConsent';

const decided = serializeConsent({
  schema: 2,
  policyRevision: POLICY_REVISION,
  jurisdiction: 'DE',
  decisions: { ...NO_CONSENT, analytics: true },
  gpcException: false,
  source: 'banner',
  createdAt: Date.now() - 1000,
  updatedAt: Date.now() - 1000,
  expiresAt: Date.now() + 86_400_000,
  consentId: 'cd'.repeat(16),
});
const noWrite = { read: () => undefined, write: () => undefined };

describe('ConsentProvider (SSR)', () => {
  it('hydrates the banner without mismatch when undecided', async () => {
    await expectSsrHydrates(
      <ConsentProvider jurisdiction="DE" gpc={false} cookieHeader="other=1" cookie={noWrite}>
        <ConsentBanner />
      </ConsentProvider>,
    );
  });

  it('hydrates a decided state without a banner flash', async () => {
    await expectSsrHydrates(
      <ConsentProvider
        jurisdiction="DE"
        gpc={false}
        cookieHeader={`a=b; gk_consent=${decided}`}
        cookie={noWrite}
      >
        <ConsentBanner settingsButton={false} />
        <ConsentGate category="analytics">
          <p>analytics on</p>
        </ConsentGate>
      </ConsentProvider>,
    );
  });

  it('useConsent follows the store and throws outside a provider', () => {
    const store = createConsentStore({ jurisdiction: 'US-CA', gpc: true, cookie: noWrite });
    function Probe() {
      const c = useConsent();
      return (
        <p>{`${c.policy.framework} marketing=${String(c.isAllowed('marketing'))} needs=${String(c.needsDecision)}`}</p>
      );
    }
    renderWithProviders(
      <ConsentProvider store={store}>
        <Probe />
      </ConsentProvider>,
    );
    expect(screen.getByText('CPRA marketing=false needs=true')).toBeTruthy();
    act(() => store.allowGpcException());
    expect(screen.getByText('CPRA marketing=true needs=false')).toBeTruthy();
    expect(() => renderWithProviders(<Probe />)).toThrow(/ConsentProvider/);
  });
});
