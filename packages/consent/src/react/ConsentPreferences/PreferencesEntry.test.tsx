import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The dialog's chunk, made to fail to load while `offline` is set (a flaky network, a deploy
// that removed the old chunk).
const network = vi.hoisted(() => ({ offline: true, attempts: 0 }));
vi.mock('./PreferencesDialog', async (importOriginal) => {
  network.attempts += 1;
  if (network.offline) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

const { renderWithProviders } = await import('../../../../ui-rtl/src/testing/renderWithProviders');
const { createConsentStore } = await import('../../createConsentStore');
const { ConsentProvider } = await import('../ConsentProvider/ConsentProvider');
const { ConsentPreferences } = await import('./ConsentPreferences');
const { en } = await import('../testing/en');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function memoryStore() {
  let cookie: string | undefined;
  return createConsentStore({
    jurisdiction: 'DE',
    gpc: false,
    cookie: { read: () => cookie, write: (_, next) => void (cookie = next) },
  });
}

describe('ConsentPreferences before anyone clicks', () => {
  it('fetches the dialog a few seconds after the trigger appears where there is no requestIdleCallback', async () => {
    expect(typeof globalThis.requestIdleCallback).toBe('undefined'); // jsdom, like Safari
    vi.useFakeTimers();
    renderWithProviders(
      <ConsentProvider store={memoryStore()}>
        <ConsentPreferences />
      </ConsentProvider>,
    );
    await vi.advanceTimersByTimeAsync(2900);
    expect(network.attempts).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(network.attempts).toBe(1));
    // A failed prefetch stays quiet: nobody asked for the dialog yet.
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('ConsentPreferences when its dialog cannot be loaded', () => {
  it('closes again and says why in the console; the next click loads it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(
      <ConsentProvider store={memoryStore()}>
        <ConsentPreferences />
      </ConsentProvider>,
    );
    const trigger = screen.getByRole('button', { name: en('action.privacySettings') });

    await act(async () => {
      fireEvent.click(trigger);
    });
    await vi.waitFor(() => expect(trigger.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(errors).toHaveBeenCalledWith(
      '@globalkit/consent: the preferences dialog could not be loaded; closing it.',
      expect.any(Error),
    );

    network.offline = false;
    await act(async () => {
      fireEvent.click(trigger);
    });
    expect(await screen.findByRole('dialog')).toBeTruthy();
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(network.attempts).toBeGreaterThanOrEqual(2);
  });
});
