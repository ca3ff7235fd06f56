/** @jsxImportSource @emotion/react */
import type { Decorator } from '@storybook/react-vite';

import { ConsentProvider } from '../ConsentProvider/ConsentProvider';

/** In-memory cookie so stories never touch the real one. */
const memoryCookie = () => {
  let value: string | undefined;
  return { read: () => value, write: (_: string, next: string) => void (value = next) };
};

/**
 * ConsentProvider for consent stories (Storybook's global decorator already
 * provides i18n, direction and theme). The jurisdiction comes from
 * `parameters.consent.jurisdiction`, else the `jurisdiction` toolbar global;
 * `parameters.consent` also takes `{ gpc?, healthData? }`.
 */
export const withConsent: Decorator = (Story, context) => {
  const globals = context.globals as { jurisdiction?: string };
  const parameters = context.parameters as {
    consent?: { gpc?: boolean; healthData?: boolean; jurisdiction?: string };
  };
  const jurisdiction = parameters.consent?.jurisdiction ?? globals.jurisdiction ?? 'DE';
  const gpc = parameters.consent?.gpc ?? false;
  const healthData = parameters.consent?.healthData ?? false;
  return (
    <ConsentProvider
      key={`${jurisdiction}|${String(gpc)}|${String(healthData)}`}
      jurisdiction={jurisdiction}
      gpc={gpc}
      healthData={healthData}
      cookie={memoryCookie()}
    >
      <div css={{ minHeight: 480 }}>
        <Story />
      </div>
    </ConsentProvider>
  );
};
