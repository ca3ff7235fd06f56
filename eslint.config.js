// One lint setup for the whole repo: typescript-eslint (type-aware where it
// pays), React hooks rules, jsx-a11y, and Prettier owning formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/.consumer-test/**',
      '**/coverage/**',
      'apps/regional-api/data/**',
      // Type-checked by the consumer test inside its own install, not here.
      'scripts/consumer-app/vite.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Barrels are explicit (house style): `export *` hides what a package promises.
    files: ['packages/*/src/**/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'Use explicit named exports in barrels, not `export *`.',
        },
      ],
    },
  },
  {
    // Packages run in browsers and edge runtimes: Node globals would break users silently.
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Packages must not depend on Node globals.' },
        { name: 'Buffer', message: 'Packages must not depend on Node globals.' },
        { name: 'require', message: 'Packages are ESM only.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'apps/regional-api/**', '**/*.config.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Callbacks passed to page.evaluate()/waitForFunction() run in the browser.
    files: ['scripts/consumer-test.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
