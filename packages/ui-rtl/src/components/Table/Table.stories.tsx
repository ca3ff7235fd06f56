/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Table } from './Table';
import type { TableColumn } from './Table';

interface Invoice {
  id: string;
  customer: string;
  issued: string;
  total: number;
}

const rows: Invoice[] = [
  { id: 'INV-2041', customer: 'Acme Corp', issued: '2026-03-01', total: 1200.5 },
  { id: 'INV-2042', customer: 'Globex', issued: '2026-03-04', total: 99 },
  { id: 'INV-2043', customer: 'Initech', issued: '2026-03-09', total: 15320 },
];

const columns: TableColumn<Invoice>[] = [
  { key: 'id', header: 'Invoice' },
  { key: 'customer', header: 'Customer', sortable: true },
  { key: 'issued', header: 'Issued', sortable: true },
  { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (row) => row.total.toFixed(2) },
];

const meta = {
  title: 'UI/Table',
  component: Table<Invoice>,
  args: { caption: 'Invoices', columns, rows, getRowKey: (row: Invoice) => row.id },
} satisfies Meta<typeof Table<Invoice>>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Sorted: Story = { args: { defaultSort: { key: 'total', direction: 'descending' } } };
export const Empty: Story = { args: { rows: [] } };
export const Overflowing: Story = {
  render: (args) => (
    <div style={{ maxWidth: 260 }}>
      <Table {...args} />
    </div>
  ),
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    caption: 'الفواتير',
    columns: [
      { key: 'id', header: 'الفاتورة' },
      { key: 'customer', header: 'العميل', sortable: true },
      { key: 'issued', header: 'التاريخ', sortable: true },
      { key: 'total', header: 'المجموع', numeric: true, sortable: true, cell: (row) => row.total.toFixed(2) },
    ],
  },
};
