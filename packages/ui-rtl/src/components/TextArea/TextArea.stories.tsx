/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { TextArea } from './TextArea';

const meta = {
  title: 'UI/TextArea',
  component: TextArea,
  args: { label: 'Message', description: 'Tell us what happened' },
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Focused: Story = { args: { autoFocus: true } };
export const AutoSize: Story = {
  args: { autoSize: true, rows: 2, defaultValue: 'Line one\nLine two\nLine three' },
};
export const Counter: Story = { args: { maxLength: 140 } };
export const OverLimit: Story = { args: { maxLength: 10, defaultValue: 'This message is too long' } };
export const WithError: Story = { args: { required: true, error: 'Write a message' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'Read only for now' } };
export const Empty: Story = { args: { description: undefined, optional: true } };
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { label: 'الرسالة', description: 'أخبرنا بما حدث', maxLength: 140, autoSize: true },
};
