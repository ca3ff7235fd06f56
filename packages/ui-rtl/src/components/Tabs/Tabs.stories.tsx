/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Text } from '../Text/Text';
import { Tabs } from './Tabs';
import type { TabItem } from './Tabs';

const items: TabItem[] = [
  { value: 'overview', label: 'Overview', content: <Text as="p">Usage this month, plan and region.</Text> },
  { value: 'billing', label: 'Billing', content: <Text as="p">Invoices and payment methods.</Text> },
  { value: 'team', label: 'Team', content: <Text as="p">Members and roles.</Text> },
];

const meta = {
  title: 'UI/Tabs',
  component: Tabs,
  args: { items, activation: 'automatic' },
  argTypes: { activation: { control: 'inline-radio', options: ['automatic', 'manual'] } },
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Manual: Story = { args: { activation: 'manual' } };
export const WithDisabledTab: Story = {
  args: {
    items: [...items, { value: 'legacy', label: 'Legacy API', content: null, disabled: true }],
  },
};
export const LongLabels: Story = {
  args: {
    items: Array.from({ length: 8 }, (_, index) => ({
      value: `section-${index}`,
      label: `A rather long section title ${index + 1}`,
      content: <Text as="p">Section {index + 1}</Text>,
    })),
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    items: [
      { value: 'overview', label: 'نظرة عامة', content: <Text as="p">الاستخدام هذا الشهر.</Text> },
      { value: 'billing', label: 'الفوترة', content: <Text as="p">الفواتير وطرق الدفع.</Text> },
      { value: 'team', label: 'الفريق', content: <Text as="p">الأعضاء والأدوار.</Text> },
    ],
  },
};
