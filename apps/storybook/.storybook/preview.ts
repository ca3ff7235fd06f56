import { SUPPORTED_LOCALE_TAGS } from '@globalkit/regions';
import type { Preview } from '@storybook/react-vite';

// Toolbar globals (names are a DESIGN.md contract: `?globals=locale:ar` opens
// any story in Arabic). Stories read them through their package decorators.
const LOCALES = [...SUPPORTED_LOCALE_TAGS, 'en-XA', 'ar-XB'] as const;

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Accessibility violations are errors, not warnings: a story that fails axe fails its test.
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Locale (direction follows unless overridden)',
      toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
    direction: {
      description: 'Direction override',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['auto', 'ltr', 'rtl'], dynamicTitle: true },
    },
    scheme: {
      description: 'Color scheme',
      toolbar: { title: 'Scheme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    jurisdiction: {
      description: 'Visitor jurisdiction (consent and pricing stories)',
      toolbar: {
        title: 'Jurisdiction',
        icon: 'location',
        items: ['US', 'US-CA', 'DE', 'FR', 'GB', 'JP', 'KR', 'CN', 'SG', 'IN', 'AE', 'SA', 'IL', 'BR'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', direction: 'auto', scheme: 'light', jurisdiction: 'US' },
  tags: ['autodocs'],
};

export default preview;
