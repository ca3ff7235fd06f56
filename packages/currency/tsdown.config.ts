import { libraryConfig } from '@globalkit/build';
import { defineConfig } from 'tsdown';

export default defineConfig(
  libraryConfig({
    index: 'src/index.ts',
    'react/index': 'src/react/index.ts',
    // Its own entry: only this component needs @globalkit/ui-rtl (and emotion).
    'react/currency-selector': 'src/react/CurrencySelector.tsx',
  }),
);
