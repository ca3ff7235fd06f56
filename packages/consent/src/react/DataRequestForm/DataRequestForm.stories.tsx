import type { Meta, StoryObj } from '@storybook/react-vite';

import { withConsent } from '../stories/decorators';
import { DataRequestForm } from './DataRequestForm';
import type { PrivacyRequestResult } from './submitPrivacyRequest';

const ok = async (): Promise<PrivacyRequestResult> => ({
  ok: true,
  id: 'PR-7F3A',
  dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
});

const meta = {
  title: 'Consent/DataRequestForm',
  component: DataRequestForm,
  decorators: [withConsent],
  args: { submit: ok },
} satisfies Meta<typeof DataRequestForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WrongRegion: Story = {
  args: { submit: async () => ({ ok: false, reason: 'wrong-region', homeRegion: 'eu-central-1' }) },
};
export const Arabic: Story = { globals: { locale: 'ar' } };
