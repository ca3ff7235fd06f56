/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Link } from './Link';
import { hoverFirstControl, tabIntoStory } from '../../stories/plays';

const meta = {
  title: 'UI/Link',
  component: Link,
  args: { href: '#docs', children: 'Read the documentation', underline: 'always' },
  argTypes: { underline: { control: 'inline-radio', options: ['always', 'hover'] } },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const External: Story = { args: { href: 'https://example.com', external: true, children: 'Example' } };
export const InText: Story = {
  render: (args) => (
    <p>
      By continuing you agree to the <Link {...args}>terms of service</Link> and the{' '}
      <Link {...args} href="https://example.com/privacy" external>
        privacy policy
      </Link>
      .
    </p>
  ),
};
export const Standalone: Story = { args: { underline: 'hover', children: 'Account settings' } };
export const Focus: Story = { args: { autoFocus: true } };
export const LongText: Story = {
  render: (args) => (
    <div style={{ maxWidth: 240 }}>
      <Link {...args} href="https://example.com" external>
        A very long external link label that wraps onto several lines in a narrow column
      </Link>
    </div>
  ),
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { href: 'https://example.com', external: true, children: 'اقرأ الوثائق' },
};

/** Keyboard focus (`:focus-visible`): the focus ring must be visible and mirrored. */
export const FocusVisible: Story = { play: tabIntoStory };

/** Pointer hover. */
export const Hover: Story = { play: hoverFirstControl };
