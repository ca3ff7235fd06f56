/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Icon } from '../Icon/Icon';
import { TextField } from './TextField';
import { tabIntoStory } from '../../stories/plays';

const meta = {
  title: 'UI/TextField',
  component: TextField,
  args: { label: 'Email', type: 'email', description: 'We never share it' },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Focused: Story = { args: { autoFocus: true } };
export const Required: Story = { args: { required: true } };
export const Optional: Story = { args: { optional: true } };
export const WithError: Story = { args: { defaultValue: 'ali@', error: 'Enter a complete email address' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'ali@example.com' } };
export const Currency: Story = {
  args: { label: 'Amount', type: 'text', inputMode: 'decimal', startAdornment: '$', endAdornment: 'USD' },
};
export const Search: Story = {
  args: { label: 'Search', type: 'search', startAdornment: <Icon name="search" /> },
};
export const Counter: Story = {
  args: { label: 'Headline', maxLength: 20, defaultValue: 'A short headline' },
};
export const OverLimit: Story = {
  args: { label: 'Headline', maxLength: 10, defaultValue: 'A headline that is too long' },
};
export const LongText: Story = {
  args: {
    label: 'A very long label that wraps onto a second line when the container is narrow enough',
    description: 'And a description that is long as well, to show how help text wraps under the label.',
    defaultValue: 'A long value that overflows the visible width of the input box',
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { label: 'المبلغ', description: 'بالريال', startAdornment: 'ر.س', maxLength: 8, required: true },
};

/** Keyboard focus (`:focus-visible`): the focus ring must be visible and mirrored. */
export const FocusVisible: Story = { play: tabIntoStory };
