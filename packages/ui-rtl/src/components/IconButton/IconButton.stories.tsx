/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { IconButton } from './IconButton';

const meta = {
  title: 'UI/IconButton',
  component: IconButton,
  args: { icon: 'chevronEnd', label: 'Next', variant: 'ghost' },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ghost: Story = {};
export const Primary: Story = { args: { variant: 'primary', icon: 'send', label: 'Send' } };
export const Loading: Story = { args: { loading: true } };
export const Arabic: Story = { parameters: { locale: 'ar' } };
