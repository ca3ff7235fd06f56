/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Inline } from '../Inline/Inline';
import { Badge } from './Badge';

const meta = {
  title: 'UI/Badge',
  component: Badge,
  args: { children: 'Paid', tone: 'success', dot: true },
  argTypes: {
    tone: { control: 'inline-radio', options: ['neutral', 'info', 'success', 'warning', 'danger'] },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Tones: Story = {
  render: (args) => (
    <Inline>
      <Badge {...args} tone="neutral">
        Draft
      </Badge>
      <Badge {...args} tone="info">
        Processing
      </Badge>
      <Badge {...args} tone="success">
        Paid
      </Badge>
      <Badge {...args} tone="warning">
        Due soon
      </Badge>
      <Badge {...args} tone="danger">
        Overdue
      </Badge>
    </Inline>
  ),
};
export const WithoutDot: Story = { args: { dot: false, tone: 'neutral', children: 'Archived' } };
export const LongText: Story = { args: { children: 'Awaiting approval from the finance team' } };
export const Arabic: Story = { parameters: { locale: 'ar' }, args: { children: 'مدفوع' } };
