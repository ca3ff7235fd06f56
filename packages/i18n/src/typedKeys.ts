// Opt-in typed keys: `import '@globalkit/i18n/typed-keys'` once (e.g. in an
// app's `src/i18next.d.ts`) makes `t('regions:status.healthy')` type-check and a
// wrong key fail `tsc`. No runtime module of the package imports it, on purpose:
// an SDK that augments i18next globally clashes with an app's own augmentation.
// (The package's own tsconfig includes it, so its tests are typed.)
import type { GlobalkitResources } from './generated/resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: GlobalkitResources;
  }
}

export type { GlobalkitResources };
