/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Stack } from '../Stack/Stack';
import { Text } from './Text';

const meta = {
  title: 'UI/Text',
  component: Text,
  args: { children: 'The quick brown fox jumps over the lazy dog.', as: 'p' },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Tones: Story = {
  render: (args) => (
    <Stack>
      <Text {...args} tone="default" />
      <Text {...args} tone="muted" />
      <Text {...args} tone="primary" />
      <Text {...args} tone="danger" />
    </Stack>
  ),
};
export const Truncated: Story = { args: { truncate: true, style: { inlineSize: 160 } } };
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { children: 'نص تجريبي للتحقق من الاتجاه.' },
};
