import type { RegionRouter } from '@globalkit/regions';

/** Request types accepted by `POST /api/privacy/requests`. */
export type PrivacyRequestType = 'access' | 'erasure' | 'portability' | 'correction' | 'opt-out';

/** Body of `POST /api/privacy/requests`. */
export interface PrivacyRequestBody {
  readonly type: PrivacyRequestType;
  readonly jurisdiction: string;
  readonly email: string;
  readonly locale: string;
  readonly details?: string;
}

/** Outcome of a submission, already classified for the UI. */
export type PrivacyRequestResult =
  | { readonly ok: true; readonly id: string; readonly dueAt: string; readonly region?: string }
  | { readonly ok: false; readonly reason: 'wrong-region'; readonly homeRegion: string }
  | { readonly ok: false; readonly reason: 'rejected' | 'server' | 'network'; readonly status?: number };

/** How a request reaches the backend: a router (home region), an endpoint, or a custom function. */
export interface PrivacyRequestTransport {
  readonly router?: Pick<RegionRouter, 'fetch'> | undefined;
  readonly endpoint?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
}

const PATH = '/api/privacy/requests';

async function json(res: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** POSTs a privacy request and classifies the answer; never throws. */
export async function submitPrivacyRequest(
  body: PrivacyRequestBody,
  transport: PrivacyRequestTransport = {},
): Promise<PrivacyRequestResult> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
  let res: Response;
  try {
    res = transport.router
      ? await transport.router.fetch(PATH, init)
      : await (transport.fetch ?? globalThis.fetch)(transport.endpoint ?? PATH, init);
  } catch {
    return { ok: false, reason: 'network' };
  }
  const data = await json(res);
  if (res.status === 421)
    return { ok: false, reason: 'wrong-region', homeRegion: String(data['homeRegion'] ?? '') };
  if (res.ok) {
    const { id, dueAt, region } = data;
    // A 2xx without a usable id or due date is a malformed answer, not a success to show.
    if (typeof id !== 'string' || typeof dueAt !== 'string' || Number.isNaN(Date.parse(dueAt))) {
      return { ok: false, reason: 'server', status: res.status };
    }
    return { ok: true, id, dueAt, ...(typeof region === 'string' ? { region } : {}) };
  }
  return { ok: false, reason: res.status >= 500 ? 'server' : 'rejected', status: res.status };
}
