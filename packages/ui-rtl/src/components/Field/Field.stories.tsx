/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Field } from './Field';

const meta = {
  title: 'UI/Field',
  component: Field,
  args: {
    label: 'Username',
    description: 'Letters and numbers only',
    children: (control) => <input {...control} />,
  },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Required: Story = { args: { required: true } };
export const Optional: Story = { args: { optional: true } };
export const WithError: Story = { args: { required: true, error: 'This username is taken' } };
export const WithCounter: Story = { args: { counter: '12 characters left' } };
export const Disabled: Story = { args: { disabled: true } };
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { label: 'اسم المستخدم', description: 'أحرف وأرقام فقط', required: true, error: 'الاسم مستخدم' },
};
