/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import { expectNoAxeViolations } from '../../../../ui-rtl/src/testing/expectNoAxeViolations';
import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { DataRequestForm } from './DataRequestForm';
import { en, including } from '../testing/en';

describe('DataRequestForm (Chromium)', () => {
  it.each(['en-US', 'ar'])('works by keyboard and is axe-clean (%s)', async (locale) => {
    const { container } = renderWithProviders(
      <DataRequestForm
        jurisdiction="DE"
        submit={async () => ({ ok: true, id: 'PR-9', dueAt: '2026-12-24T00:00:00Z' })}
      />,
      { locale },
    );
    expect(getComputedStyle(container.querySelector('form') as HTMLElement).direction).toBe(
      locale === 'ar' ? 'rtl' : 'ltr',
    );
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('radio', { name: including(en('request.type.access')) }));
    await userEvent.click(screen.getByRole('textbox', { name: including(en('request.email.label')) }));
    await userEvent.keyboard('ada@example.com{Enter}');
    expect(await screen.findByText(/PR-9/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});
