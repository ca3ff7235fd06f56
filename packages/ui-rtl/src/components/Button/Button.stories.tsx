/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Icon } from '../Icon/Icon';
import { Inline } from '../Inline/Inline';
import { Button } from './Button';
import { hoverFirstControl, tabIntoStory } from '../../stories/plays';

const meta = {
  title: 'UI/Button',
  component: Button,
  args: { children: 'Continue', variant: 'primary', size: 'md' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'ghost', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};
export const Variants: Story = {
  render: (args) => (
    <Inline>
      <Button {...args} variant="primary">
        Primary
      </Button>
      <Button {...args} variant="secondary">
        Secondary
      </Button>
      <Button {...args} variant="ghost">
        Ghost
      </Button>
      <Button {...args} variant="danger">
        Danger
      </Button>
    </Inline>
  ),
};
export const WithIcons: Story = {
  args: { iconStart: <Icon name="arrowBack" />, iconEnd: <Icon name="arrowForward" /> },
};
export const Loading: Story = { args: { loading: true } };
export const Disabled: Story = { args: { disabled: true } };
export const Arabic: Story = { parameters: { locale: 'ar' }, args: { iconEnd: <Icon name="chevronEnd" /> } };

/** Keyboard focus (`:focus-visible`): the focus ring must be visible and mirrored. */
export const FocusVisible: Story = { play: tabIntoStory };

/** Pointer hover. */
export const Hover: Story = { play: hoverFirstControl };
