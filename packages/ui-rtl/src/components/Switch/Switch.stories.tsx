/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Switch } from './Switch';
import { tabIntoStory } from '../../stories/plays';

const meta = {
  title: 'UI/Switch',
  component: Switch,
  args: { label: 'Wi-Fi' },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {};
export const On: Story = { args: { defaultChecked: true } };
export const Focused: Story = { args: { autoFocus: true } };
export const Disabled: Story = { args: { disabled: true, defaultChecked: true } };
export const WithDescription: Story = { args: { description: 'Uses mobile data when Wi-Fi is off' } };
export const LongText: Story = {
  args: {
    label: 'A long label that wraps onto a second line so the switch stays aligned with the first line',
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { label: 'الوضع الداكن', description: 'يوفر البطارية', defaultChecked: true },
};

/** Keyboard focus (`:focus-visible`): the focus ring must be visible and mirrored. */
export const FocusVisible: Story = { play: tabIntoStory };
