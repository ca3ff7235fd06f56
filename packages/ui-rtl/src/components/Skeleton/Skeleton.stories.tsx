/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Inline } from '../Inline/Inline';
import { Stack } from '../Stack/Stack';
import { Skeleton } from './Skeleton';

const meta = {
  title: 'UI/Skeleton',
  component: Skeleton,
  args: { shape: 'text', lines: 3 },
  argTypes: { shape: { control: 'inline-radio', options: ['text', 'rect', 'circle'] } },
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = {};
export const Rect: Story = { args: { shape: 'rect', height: 120 } };
export const Circle: Story = { args: { shape: 'circle', width: 48 } };
export const Loading: Story = {
  name: 'Loading a profile',
  render: () => (
    <Inline>
      <Skeleton shape="circle" width={48} />
      <Stack css={{ flexGrow: 1 }}>
        <Skeleton lines={2} />
      </Stack>
    </Inline>
  ),
};
export const Arabic: Story = { parameters: { locale: 'ar' } };
