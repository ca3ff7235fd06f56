import { libraryConfig } from '@globalkit/build';
import { defineConfig } from 'tsdown';

export default defineConfig(
  libraryConfig(
    { index: 'src/index.ts' },
    // The font stylesheets stay files of the package (package.json "imports"), resolved by the
    // app's bundler like the @fontsource peers, so their woff2 URLs stay relative to them.
    { neverBundle: [/^#fonts\//] },
  ),
);
