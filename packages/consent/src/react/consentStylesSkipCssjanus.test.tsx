/** @jsxImportSource @emotion/react */
import { describe, expect, it, vi } from 'vitest';

const { reached } = vi.hoisted(() => ({ reached: [] as string[] }));

// By path: the consent package does not depend on stylis-plugin-rtl itself; ui-rtl does.
vi.mock('../../../ui-rtl/node_modules/stylis-plugin-rtl', async (importOriginal) => {
  const { recordCssjanusRules } = await import('../../../ui-rtl/src/testing/recordCssjanusRules');
  return recordCssjanusRules(await importOriginal(), reached);
});

const { screen } = await import('@testing-library/react');
const { renderWithProviders } = await import('../../../ui-rtl/src/testing/renderWithProviders');
const { createConsentStore } = await import('../createConsentStore');
const { ConsentBanner, ConsentPreferences, ConsentProvider, DataRequestForm, DoNotSellLink } =
  await import('./index');

describe('the consent widgets under the RTL cache', () => {
  it('send none of their rules through cssjanus (an Arabic page never compiles it for them)', async () => {
    let cookie: string | undefined;
    // California: the banner, the "Do not sell or share" link and the request form all apply.
    const store = createConsentStore({
      jurisdiction: 'US-CA',
      gpc: false,
      cookie: { read: () => cookie, write: (_, next) => void (cookie = next) },
    });
    const { container, baseElement } = renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentBanner privacyPolicyHref="#policy" />
        <ConsentPreferences open />
        <DoNotSellLink always />
        <DataRequestForm submit={() => new Promise(() => undefined)} />
      </ConsentProvider>,
      { locale: 'ar' },
    );
    expect(container.querySelector('[class*="gk-rtl-"]')).not.toBeNull();
    // The preferences dialog is a chunk of its own: wait for it to arrive and render.
    expect(baseElement.contains(await screen.findByRole('dialog'))).toBe(true);
    expect(container.querySelector('form')).not.toBeNull();
    expect(reached).toEqual([]);
  });
});
