/** @jsxImportSource @emotion/react */
import { Alert, Button, RadioGroup, Stack, TextArea, TextField } from '@globalkit/ui-rtl';
import { useContext, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, FormEvent, ReactNode } from 'react';

import { ConsentContext } from '../ConsentProvider/ConsentContext';
import { useConsentStrings } from '../useConsentStrings';
import { submitPrivacyRequest } from './submitPrivacyRequest';
import type {
  PrivacyRequestBody,
  PrivacyRequestResult,
  PrivacyRequestTransport,
  PrivacyRequestType,
} from './submitPrivacyRequest';

/** Props of {@link DataRequestForm}. */
export interface DataRequestFormProps
  extends PrivacyRequestTransport, Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'children'> {
  /** Jurisdiction sent with the request. @defaultValue the ConsentProvider's */
  readonly jurisdiction?: string | undefined;
  /** Custom submission (replaces router/endpoint). */
  readonly submit?: ((body: PrivacyRequestBody) => Promise<PrivacyRequestResult>) | undefined;
  /** Request types offered. @defaultValue all five */
  readonly types?: readonly PrivacyRequestType[] | undefined;
  /** Called with every outcome. */
  readonly onResult?: ((result: PrivacyRequestResult) => void) | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

const ALL: readonly PrivacyRequestType[] = ['access', 'erasure', 'portability', 'correction', 'opt-out'];
// Deliberately loose: one @, a dot in the domain, no spaces. The server verifies ownership anyway.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const typeKey = (type: PrivacyRequestType) => (type === 'opt-out' ? 'optOut' : type);

/**
 * Files an access / erasure / portability / correction / opt-out request
 * with the user's home region and shows the reference and due date in the
 * active locale, or a localized failure (421 wrong region, 4xx, 5xx, network).
 */
export function DataRequestForm({
  jurisdiction,
  submit,
  router,
  endpoint,
  fetch,
  types = ALL,
  onResult,
  dir,
  ...rest
}: DataRequestFormProps): ReactNode {
  const { t, locale } = useConsentStrings();
  const context = useContext(ConsentContext);
  const [type, setType] = useState<PrivacyRequestType | null>(null);
  const [email, setEmail] = useState('');
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<{ type?: string; email?: string }>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PrivacyRequestResult | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const code = jurisdiction ?? context?.store.getState().policy.jurisdiction ?? '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next: { type?: string; email?: string } = {};
    if (!type) next.type = t('request.error.typeRequired');
    if (!email.trim()) next.email = t('request.error.emailRequired');
    else if (!EMAIL.test(email.trim())) next.email = t('request.error.emailInvalid');
    setErrors(next);
    if (next.type || next.email || !type) {
      if (next.email) emailRef.current?.focus();
      return;
    }
    const body: PrivacyRequestBody = {
      type,
      jurisdiction: code,
      email: email.trim(),
      locale,
      ...(details.trim() ? { details: details.trim() } : {}),
    };
    setBusy(true);
    setResult(null);
    const outcome = submit
      ? await submit(body).catch((): PrivacyRequestResult => ({ ok: false, reason: 'network' }))
      : await submitPrivacyRequest(body, { router, endpoint, fetch });
    setBusy(false);
    setResult(outcome);
    onResult?.(outcome);
  };

  const message = (r: PrivacyRequestResult): string => {
    if (r.ok) {
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(r.dueAt));
      return t('request.success.body', { id: r.id, date });
    }
    if (r.reason === 'wrong-region') return t('request.failure.wrongRegion', { region: r.homeRegion });
    return t(`request.failure.${r.reason}`);
  };

  return (
    <form noValidate dir={dir} onSubmit={(e) => void onSubmit(e)} aria-busy={busy} {...rest}>
      <Stack gap="lg">
        <RadioGroup
          label={t('request.type.label')}
          description={t('request.type.help')}
          required
          value={type}
          onValueChange={(v) => setType(v as PrivacyRequestType)}
          error={errors.type}
          options={types.map((value) => ({
            value,
            label: t(`request.type.${typeKey(value)}`),
          }))}
        />
        <TextField
          ref={emailRef}
          type="email"
          autoComplete="email"
          required
          label={t('request.email.label')}
          description={t('request.email.help')}
          value={email}
          onValueChange={setEmail}
          error={errors.email}
        />
        <TextArea
          optional
          label={t('request.details.label')}
          description={t('request.details.help')}
          value={details}
          onValueChange={setDetails}
          maxLength={2000}
        />
        <div role="status" aria-live="polite">
          {result ? (
            <Alert
              tone={result.ok ? 'success' : 'danger'}
              title={t(result.ok ? 'request.success.title' : 'request.failure.title')}
              live="off"
            >
              {message(result)}
            </Alert>
          ) : null}
        </div>
        <div>
          <Button type="submit" variant="primary" loading={busy}>
            {t(busy ? 'request.submitting' : 'request.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
