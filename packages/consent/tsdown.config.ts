import { libraryConfig } from '@globalkit/build';
import { defineConfig } from 'tsdown';

export default defineConfig(
  libraryConfig({
    index: 'src/index.ts',
    'react/index': 'src/react/index.ts',
    // Optional third-party integration: its own entry, out of the core.
    'google-consent-mode': 'src/googleConsentMode.ts',
  }),
);
