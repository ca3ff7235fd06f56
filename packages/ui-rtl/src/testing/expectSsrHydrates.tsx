/** @jsxImportSource @emotion/react */
import type { Direction } from '@globalkit/i18n';
import { act } from 'react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

import { createTestI18n, TestProviders } from './renderWithProviders';

/** Locale used for each direction by {@link expectSsrHydrates}. */
const LOCALE_FOR: Record<Direction, string> = { ltr: 'en-US', rtl: 'ar' };

/**
 * Server-renders `ui` (or `ui(dir)`) with `renderToString` in en-US (ltr)
 * and Arabic (rtl), then hydrates each into a fresh container with
 * `hydrateRoot` and asserts React reported no hydration mismatch
 * (no `console.error`, no recoverable error) and the markup carries `dir`.
 */
export async function expectSsrHydrates(
  ui: ReactElement | ((dir: Direction) => ReactElement),
): Promise<void> {
  const actGlobal = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
  const previousActEnvironment = actGlobal.IS_REACT_ACT_ENVIRONMENT;
  actGlobal.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await hydrateBothDirections(ui);
  } finally {
    actGlobal.IS_REACT_ACT_ENVIRONMENT = previousActEnvironment;
  }
}

async function hydrateBothDirections(ui: ReactElement | ((dir: Direction) => ReactElement)): Promise<void> {
  for (const dir of ['ltr', 'rtl'] as const) {
    const element = typeof ui === 'function' ? ui(dir) : ui;
    const tree = <TestProviders i18n={createTestI18n(LOCALE_FOR[dir])}>{element}</TestProviders>;
    const html = renderToString(tree);
    expect(html).toContain(`dir="${dir}"`);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    // A fresh page's emotion cache moves server <style> tags to <head> before hydrating; do the same.
    container.querySelectorAll('style[data-emotion]').forEach((style) => document.head.appendChild(style));

    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    try {
      await act(async () => {
        root = hydrateRoot(
          container,
          <TestProviders i18n={createTestI18n(LOCALE_FOR[dir])}>{element}</TestProviders>,
          { onRecoverableError: (error) => recoverable.push(error) },
        );
        await Promise.resolve();
      });
      const errors = consoleError.mock.calls.map((call) => call.map(String).join(' '));
      expect(errors, `console.error during ${dir} hydration`).toEqual([]);
      expect(recoverable.map(String), `recoverable errors during ${dir} hydration`).toEqual([]);
    } finally {
      consoleError.mockRestore();
      act(() => root?.unmount());
      container.remove();
    }
  }
}
