/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Checkbox } from './Checkbox';
import { tabIntoStory } from '../../stories/plays';

const meta = {
  title: 'UI/Checkbox',
  component: Checkbox,
  args: { label: 'Email me about new features' },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Focused: Story = { args: { autoFocus: true } };
export const Checked: Story = { args: { defaultChecked: true } };
export const Indeterminate: Story = { args: { label: 'Select all', indeterminate: true } };
export const Disabled: Story = { args: { disabled: true, defaultChecked: true } };
export const WithError: Story = {
  args: {
    label: 'I accept the terms',
    description: 'You can read them here',
    error: 'Accept the terms to continue',
  },
};
export const LongText: Story = {
  args: {
    label:
      'A long label that wraps onto several lines, so the box should stay aligned with the first line of text rather than the middle',
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { label: 'أرسل لي رسائل عن الميزات الجديدة', description: 'مرة في الشهر', defaultChecked: true },
};

/** Keyboard focus (`:focus-visible`): the focus ring must be visible and mirrored. */
export const FocusVisible: Story = { play: tabIntoStory };
