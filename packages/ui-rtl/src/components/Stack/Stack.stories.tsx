/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Button } from '../Button/Button';
import { Stack } from './Stack';

const meta = {
  title: 'UI/Stack',
  component: Stack,
  args: { gap: 'md', align: 'start' },
  render: (args) => (
    <Stack {...args}>
      <Button>First</Button>
      <Button variant="secondary">Second</Button>
      <Button variant="ghost">Third</Button>
    </Stack>
  ),
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Start: Story = {};
export const End: Story = { args: { align: 'end' } };
export const Arabic: Story = { parameters: { locale: 'ar' } };
