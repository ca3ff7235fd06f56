/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import { expectNoAxeViolations } from '../../../../ui-rtl/src/testing/expectNoAxeViolations';
import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { createConsentStore } from '../../createConsentStore';
import { ConsentBanner } from '../ConsentBanner/ConsentBanner';
import { ConsentProvider } from '../ConsentProvider/ConsentProvider';
import { ConsentPreferences } from './ConsentPreferences';
import { Button } from '@globalkit/ui-rtl';
import { en, including } from '../testing/en';

function memoryStore(jurisdiction: string, gpc = false) {
  let value: string | undefined;
  return createConsentStore({
    jurisdiction,
    gpc,
    cookie: { read: () => value, write: (_, next) => void (value = next) },
  });
}

describe('ConsentPreferences (Chromium)', () => {
  it('keyboard: open from Customize, toggle analytics, save; nothing pre-ticked', async () => {
    const store = memoryStore('DE');
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    screen.getByRole('button', { name: en('action.customize') }).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: en('action.privacySettings') });
    expect(dialog.contains(document.activeElement)).toBe(true);
    const switches = screen.getAllByRole('switch');
    expect(switches).toHaveLength(3);
    for (const s of switches) expect(s.getAttribute('aria-checked')).toBe('false');
    const analytics = screen.getByRole('switch', { name: including(en('category.analytics.name')) });
    while (document.activeElement !== analytics) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    const save = screen.getByRole('button', { name: en('action.saveChoices') });
    while (document.activeElement !== save) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.isAllowed('analytics')).toBe(true);
    expect(store.isAllowed('marketing')).toBe(false);
    expect(store.getState().record?.source).toBe('preferences');
  });

  it('the trigger announces its dialog and gets focus back when the dialog closes', async () => {
    const store = memoryStore('DE');
    store.save({ analytics: true }, 'banner');
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentPreferences />
      </ConsentProvider>,
      { locale: 'ar' },
    );
    const trigger = screen.getByRole('button', { name: en('action.privacySettings') });
    expect(trigger.getAttribute('aria-haspopup')).toBe('dialog');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    // The dialog's code arrives on demand; it opens with the stored choices, focus inside.
    const dialog = await screen.findByRole('dialog');
    expect(getComputedStyle(dialog).direction).toBe('rtl');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const analytics = screen.getByRole('switch', { name: including(en('category.analytics.name')) });
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
  });

  it('Escape closes without recording consent', async () => {
    const store = memoryStore('DE');
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: en('action.customize') }));
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.needsDecision()).toBe(true);
  });

  it('PIPL: separate-consent switches, not granted by Accept all; axe-clean in Arabic', async () => {
    const store = memoryStore('CN');
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentPreferences />
      </ConsentProvider>,
      { locale: 'ar' },
    );
    await userEvent.click(screen.getByRole('button', { name: en('action.privacySettings') }));
    const dialog = await screen.findByRole('dialog');
    expect(screen.getAllByRole('switch')).toHaveLength(6);
    expect(
      screen.getByRole('switch', { name: including(en('separate.crossBorderTransfer.name')) }),
    ).toBeTruthy();
    expect(getComputedStyle(dialog).direction).toBe('rtl');
    await expectNoAxeViolations(document.body);
    await userEvent.click(screen.getByRole('button', { name: en('action.acceptAll') }));
    expect(store.isAllowed('marketing')).toBe(true);
    expect(store.isAllowed('crossBorderTransfer')).toBe(false);
  });

  it('GPC conflict: shows the notice and lets the user keep the opt-out', async () => {
    let value: string | undefined;
    const cookie = { read: () => value, write: (_: string, next: string) => void (value = next) };
    createConsentStore({ jurisdiction: 'US-CA', gpc: false, cookie }).acceptAll();
    const store = createConsentStore({ jurisdiction: 'US-CA', gpc: true, cookie });
    renderWithProviders(
      <ConsentProvider store={store}>
        <ConsentPreferences />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: en('action.privacySettings') }));
    expect(await screen.findByText(en('gpc.conflict'))).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: en('action.keepOptOut') }));
    expect(store.getState()).toMatchObject({ gpcConflict: false, record: { source: 'gpc' } });
  });

  describe('one dialog, whoever opens it', () => {
    it('the banner’s Privacy settings opens the app’s <ConsentPreferences>, showing the stored choices', async () => {
      const store = memoryStore('DE');
      store.save({ analytics: true }, 'banner');
      renderWithProviders(
        <ConsentProvider store={store}>
          <ConsentBanner />
          <ConsentPreferences trigger={<Button>Footer privacy</Button>} />
        </ConsentProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: en('action.privacySettings') }));
      await screen.findByRole('dialog');
      expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
      const analytics = screen.getByRole('switch', { name: including(en('category.analytics.name')) });
      expect(analytics.getAttribute('aria-checked')).toBe('true');
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Footer privacy' }));
      await screen.findByRole('dialog');
      expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    });

    it('a controlled <ConsentPreferences open> is not the shared dialog: Customize keeps the banner’s own', async () => {
      function App() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <ConsentBanner />
            <ConsentPreferences open={open} onOpenChange={setOpen} trigger={<Button>Mine</Button>} />
          </>
        );
      }
      renderWithProviders(
        <ConsentProvider store={memoryStore('DE')}>
          <App />
        </ConsentProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: en('action.customize') }));
      await screen.findByRole('dialog');
      expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    });

    it('falls back to the banner’s own dialog when the app’s one unmounts', async () => {
      function App() {
        const [footer, setFooter] = useState(true);
        return (
          <>
            <ConsentBanner settingsButton={false} />
            {footer ? <ConsentPreferences /> : null}
            <button type="button" onClick={() => setFooter(false)}>
              drop footer
            </button>
          </>
        );
      }
      renderWithProviders(
        <ConsentProvider store={memoryStore('DE')}>
          <App />
        </ConsentProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'drop footer' }));
      await userEvent.click(screen.getByRole('button', { name: en('action.customize') }));
      await screen.findByRole('dialog');
      expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    });
  });
});
