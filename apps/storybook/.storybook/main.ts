import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Stories live beside their components in `packages/*`; this app only hosts
 * them. The workspace packages export `src/`, so no build step is needed.
 */
const config: StorybookConfig = {
  stories: ['../../../packages/*/src/**/*.mdx', '../../../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
