/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Stack } from '../Stack/Stack';
import { Alert } from './Alert';

const meta = {
  title: 'UI/Alert',
  component: Alert,
  args: { tone: 'info', title: 'Scheduled maintenance', children: 'The dashboard is read-only on Sunday.' },
  argTypes: {
    tone: { control: 'inline-radio', options: ['info', 'success', 'warning', 'danger'] },
    live: { control: 'inline-radio', options: [undefined, 'polite', 'assertive', 'off'] },
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Tones: Story = {
  render: (args) => (
    <Stack>
      <Alert {...args} tone="info" />
      <Alert {...args} tone="success" title="Payment received" />
      <Alert {...args} tone="warning" title="Card expires soon" />
      <Alert {...args} tone="danger" title="Payment failed" />
    </Stack>
  ),
};
export const Dismissible: Story = { args: { dismissible: true } };
export const WithError: Story = {
  args: { tone: 'danger', title: 'Payment failed', children: 'Your card was declined.' },
};
export const WithoutTitle: Story = { args: { title: undefined } };
export const LongText: Story = {
  args: {
    dismissible: true,
    children:
      'A long message wraps inside the content column while the icon stays at the inline start and the dismiss button at the inline end, in both directions.',
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { dismissible: true, title: 'صيانة مجدولة', children: 'ستكون لوحة التحكم للقراءة فقط يوم الأحد.' },
};
