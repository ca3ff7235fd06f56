/** @jsxImportSource @emotion/react */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { DataRequestForm } from './DataRequestForm';
import { submitPrivacyRequest } from './submitPrivacyRequest';
import { en, including } from '../testing/en';

const body = { type: 'access', jurisdiction: 'DE', email: 'a@b.co', locale: 'en-US' } as const;

function fill(
  type: string | ((name: string) => boolean) = en('request.type.access'),
  email = 'ada@example.com',
) {
  fireEvent.click(screen.getByRole('radio', { name: type }));
  fireEvent.change(screen.getByRole('textbox', { name: including(en('request.email.label')) }), {
    target: { value: email },
  });
}

describe('DataRequestForm', () => {
  it('validates type and email before posting', async () => {
    const submit = vi.fn();
    renderWithProviders(<DataRequestForm jurisdiction="DE" submit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: en('request.submit') }));
    expect(await screen.findByText(en('request.error.typeRequired'))).toBeTruthy();
    expect(screen.getByText(en('request.error.emailRequired'))).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: including(en('request.email.label')) }), {
      target: { value: 'nope' },
    });
    fireEvent.click(screen.getByRole('button', { name: en('request.submit') }));
    expect(await screen.findByText(en('request.error.emailInvalid'))).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('posts the contract body and shows the reference and localized due date', async () => {
    const fetch = vi.fn(async () =>
      Response.json(
        { id: 'PR-1', region: 'eu-central-1', dueAt: '2026-12-26T00:00:00.000Z' },
        { status: 201 },
      ),
    );
    renderWithProviders(<DataRequestForm jurisdiction="DE" fetch={fetch} />);
    fill(including(en('request.type.portability')));
    fireEvent.click(screen.getByRole('button', { name: en('request.submit') }));
    // Copy may be edited; assert the interpolated reference and the locale-formatted date.
    expect(await screen.findByText(/PR-1.*December 26, 2026/)).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/privacy/requests');
    expect(JSON.parse(init.body as string)).toEqual({
      type: 'portability',
      jurisdiction: 'DE',
      email: 'ada@example.com',
      locale: 'en-US',
    });
  });

  it('shows the wrong-region message on 421', async () => {
    const fetch = vi.fn(async () =>
      Response.json({ error: 'wrong zone', homeRegion: 'eu-west-1' }, { status: 421 }),
    );
    renderWithProviders(<DataRequestForm jurisdiction="FR" fetch={fetch} />);
    fill(including(en('request.type.erasure')));
    fireEvent.click(screen.getByRole('button', { name: en('request.submit') }));
    expect(await screen.findByText(en('request.failure.wrongRegion', { region: 'eu-west-1' }))).toBeTruthy();
  });

  it('classifies network errors, 4xx, 5xx and malformed answers', async () => {
    const f = (res: Response | Error) =>
      vi.fn(async () => (res instanceof Error ? Promise.reject(res) : res));
    expect(await submitPrivacyRequest(body, { fetch: f(new TypeError('x')) })).toEqual({
      ok: false,
      reason: 'network',
    });
    expect(await submitPrivacyRequest(body, { fetch: f(new Response('', { status: 422 })) })).toMatchObject({
      reason: 'rejected',
    });
    expect(await submitPrivacyRequest(body, { fetch: f(new Response('', { status: 503 })) })).toMatchObject({
      reason: 'server',
    });
    expect(
      await submitPrivacyRequest(body, { fetch: f(Response.json({ id: 1 }, { status: 201 })) }),
    ).toMatchObject({ reason: 'server' });
    const router = { fetch: f(Response.json({ id: 'x', dueAt: '2026-01-01' }, { status: 201 })) };
    expect(await submitPrivacyRequest(body, { router })).toMatchObject({ ok: true, id: 'x' });
  });

  it('shows the network failure message', async () => {
    renderWithProviders(
      <DataRequestForm jurisdiction="DE" submit={() => Promise.reject(new Error('down'))} />,
    );
    fill();
    fireEvent.click(screen.getByRole('button', { name: en('request.submit') }));
    await waitFor(() => expect(screen.getByText(en('request.failure.network'))).toBeTruthy());
  });
});
