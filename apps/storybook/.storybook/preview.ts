import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Accessibility violations are errors, not warnings: a story that fails axe fails its test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
