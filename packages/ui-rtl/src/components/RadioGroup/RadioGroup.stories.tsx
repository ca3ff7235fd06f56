/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { RadioGroup } from './RadioGroup';

const meta = {
  title: 'UI/RadioGroup',
  component: RadioGroup,
  args: {
    label: 'Shipping',
    options: [
      { value: 'standard', label: 'Standard (3–5 days)' },
      { value: 'express', label: 'Express (next day)' },
      { value: 'pickup', label: 'Pickup (unavailable)', disabled: true },
    ],
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Chosen: Story = { args: { defaultValue: 'express', description: 'Arrives by 6 pm' } };
export const Horizontal: Story = { args: { orientation: 'horizontal', defaultValue: 'standard' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Choose a shipping method' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'standard' } };
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    label: 'الشحن',
    orientation: 'horizontal',
    defaultValue: 'standard',
    options: [
      { value: 'standard', label: 'عادي' },
      { value: 'express', label: 'سريع' },
      { value: 'pickup', label: 'استلام' },
    ],
  },
};
