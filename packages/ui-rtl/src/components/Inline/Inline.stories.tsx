/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Button } from '../Button/Button';
import { Inline } from './Inline';

const meta = {
  title: 'UI/Inline',
  component: Inline,
  args: { gap: 'sm', justify: 'start' },
  render: (args) => (
    <Inline {...args}>
      <Button>First</Button>
      <Button variant="secondary">Second</Button>
      <Button variant="ghost">Third</Button>
    </Inline>
  ),
} satisfies Meta<typeof Inline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Start: Story = {};
export const Between: Story = { args: { justify: 'between' } };
export const Arabic: Story = { parameters: { locale: 'ar' } };
