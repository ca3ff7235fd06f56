/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Button } from '../Button/Button';
import { Heading } from '../Heading/Heading';
import { Card } from './Card';

const meta = {
  title: 'UI/Card',
  component: Card,
  args: { children: 'Your plan renews on the first of every month.', elevation: 'sm', as: 'div' },
  argTypes: {
    elevation: { control: 'inline-radio', options: ['none', 'sm', 'md', 'lg'] },
    as: { control: 'inline-radio', options: ['div', 'section', 'article'] },
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHeaderAndFooter: Story = {
  args: {
    as: 'section',
    'aria-labelledby': 'billing-title',
    header: (
      <Heading id="billing-title" level={2} size="lg">
        Billing
      </Heading>
    ),
    footer: (
      <>
        <Button variant="secondary">Cancel</Button>
        <Button>Save</Button>
      </>
    ),
  },
};
export const Elevated: Story = { args: { elevation: 'lg' } };
export const LongText: Story = {
  args: {
    header: <Heading level={3}>A card whose heading is long enough to wrap in a narrow column</Heading>,
    children:
      'Long body text keeps the start alignment of the reading direction and wraps inside the padding on both sides.',
  },
  render: (args) => (
    <div style={{ maxWidth: 280 }}>
      <Card {...args} />
    </div>
  ),
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    header: <Heading level={2}>الفوترة</Heading>,
    footer: <Button>حفظ</Button>,
    children: 'يتجدد اشتراكك في أول كل شهر.',
  },
};
