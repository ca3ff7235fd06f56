/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Stack } from '../Stack/Stack';
import { Heading } from './Heading';

const meta = {
  title: 'UI/Heading',
  component: Heading,
  args: { children: 'Pricing', level: 2 },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Levels: Story = {
  render: (args) => (
    <Stack>
      {([1, 2, 3, 4, 5, 6] as const).map((level) => (
        <Heading key={level} {...args} level={level}>
          Heading {level}
        </Heading>
      ))}
    </Stack>
  ),
};
/** Semantics and looks are independent. */
export const SmallH1: Story = { args: { level: 1, size: 'lg' } };
export const Arabic: Story = { parameters: { locale: 'ar' }, args: { children: 'الأسعار' } };
