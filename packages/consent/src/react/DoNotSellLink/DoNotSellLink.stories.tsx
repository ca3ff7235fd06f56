import type { Meta, StoryObj } from '@storybook/react-vite';

import { withConsent } from '../stories/decorators';
import { DoNotSellLink } from './DoNotSellLink';

const meta = {
  title: 'Consent/DoNotSellLink',
  component: DoNotSellLink,
  decorators: [withConsent],
  parameters: { consent: { jurisdiction: 'US-CA' } },
} satisfies Meta<typeof DoNotSellLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const California: Story = {};
export const Arabic: Story = { globals: { locale: 'ar' } };
