/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Breadcrumbs } from './Breadcrumbs';

const meta = {
  title: 'UI/Breadcrumbs',
  component: Breadcrumbs,
  args: {
    items: [
      { label: 'Home', href: '/' },
      { label: 'Invoices', href: '/invoices' },
      { label: 'INV-2041', href: '/invoices/2041' },
    ],
  },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const CurrentPageNotLinked: Story = {
  args: { items: [{ label: 'Home', href: '/' }, { label: 'Settings' }] },
};
export const LongTrail: Story = {
  render: (args) => (
    <div style={{ maxWidth: 320 }}>
      <Breadcrumbs
        {...args}
        items={[
          { label: 'Home', href: '/' },
          { label: 'Organisation settings', href: '/settings' },
          { label: 'Billing and invoices', href: '/settings/billing' },
          { label: 'Invoice INV-2041 for March', href: '/settings/billing/2041' },
        ]}
      />
    </div>
  ),
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    items: [
      { label: 'الرئيسية', href: '/' },
      { label: 'الفواتير', href: '/invoices' },
      { label: 'INV-2041', href: '/invoices/2041' },
    ],
  },
};
