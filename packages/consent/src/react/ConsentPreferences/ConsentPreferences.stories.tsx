import type { Meta, StoryObj } from '@storybook/react-vite';

import { withConsent } from '../stories/decorators';
import { ConsentPreferences } from './ConsentPreferences';

const meta = {
  title: 'Consent/ConsentPreferences',
  component: ConsentPreferences,
  decorators: [withConsent],
} satisfies Meta<typeof ConsentPreferences>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The "Privacy settings" entry point; opens the dialog. */
export const Default: Story = {};
export const China: Story = { parameters: { consent: { jurisdiction: 'CN' } } };
export const Arabic: Story = { globals: { locale: 'ar' } };
