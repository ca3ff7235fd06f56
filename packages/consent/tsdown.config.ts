import { libraryConfig } from '@globalkit/build';
import { defineConfig } from 'tsdown';

export default defineConfig(libraryConfig({ index: 'src/index.ts', 'react/index': 'src/react/index.ts' }));
