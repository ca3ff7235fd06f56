import type { Meta, StoryObj } from '@storybook/react-vite';

import { withConsent } from '../stories/decorators';
import { ConsentBanner } from './ConsentBanner';

const meta = {
  title: 'Consent/ConsentBanner',
  component: ConsentBanner,
  decorators: [withConsent],
  args: { privacyPolicyHref: '#privacy' },
} satisfies Meta<typeof ConsentBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar `jurisdiction` (GDPR opt-in for DE by default). */
export const Default: Story = {};
export const CaliforniaWithGpc: Story = { parameters: { consent: { jurisdiction: 'US-CA', gpc: true } } };
export const ChinaSeparateConsent: Story = { parameters: { consent: { jurisdiction: 'CN' } } };
export const HealthDataPage: Story = { parameters: { consent: { jurisdiction: 'DE', healthData: true } } };
export const Arabic: Story = { globals: { locale: 'ar' } };
