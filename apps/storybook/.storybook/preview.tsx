import { SUPPORTED_LOCALE_TAGS } from '@globalkit/regions';
import type { Preview } from '@storybook/react-vite';

import { loadGlobalkit, withGlobalkit } from '../src/globalkitDecorator';

// Toolbar globals (names are a DESIGN.md contract: `?globals=locale:ar` opens
// any story in Arabic). One global decorator turns them into providers.
const LOCALES = [...SUPPORTED_LOCALE_TAGS, 'en-XA', 'ar-XB'] as const;

const preview: Preview = {
  decorators: [withGlobalkit],
  loaders: [loadGlobalkit],
  parameters: {
    controls: { expanded: true },
    // Accessibility violations are errors, not warnings: a story that fails axe fails its test.
    // resultTypes: axe builds selectors and reports only for these; passes and inapplicable rules are not
    // serialized (the tests read violations, the reporter also counts "incomplete" as needs review).
    a11y: { test: 'error', options: { resultTypes: ['violations', 'incomplete'] } },
    // The story tests pin this viewport (via initialGlobals) so screenshots have one size.
    viewport: {
      options: {
        visual: {
          name: 'Visual test (800×600)',
          styles: { width: '800px', height: '600px' },
          type: 'desktop',
        },
      },
    },
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
