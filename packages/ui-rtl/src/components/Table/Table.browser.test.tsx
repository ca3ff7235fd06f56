/** @jsxImportSource @emotion/react */
import { screen, within } from '@testing-library/react';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
  TEST_RESOURCES,
} from '../../testing';
import type { SortState } from './sorting';
import { Table } from './Table';
import type { TableColumn } from './Table';

function uiString(locale: string, path: string, values: Record<string, string> = {}): string {
  let node: unknown = TEST_RESOURCES[locale]?.['ui'];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing ui:${path} in ${locale}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
}

interface Invoice {
  id: string;
  customer: string;
  total: number;
}

const ROWS: Invoice[] = [
  { id: 'INV-2', customer: 'Beta', total: 1200.5 },
  { id: 'INV-1', customer: 'Alpha', total: 99 },
  { id: 'INV-3', customer: 'Gamma', total: 15 },
];

const COLUMNS: TableColumn<Invoice>[] = [
  { key: 'id', header: 'Invoice' },
  { key: 'customer', header: 'Customer', sortable: true },
  { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (row) => row.total.toFixed(2) },
];

const table = <Table caption="Invoices" columns={COLUMNS} rows={ROWS} getRowKey={(row) => row.id} />;

const column = (index: number) =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent);

describe.each(['en-US', 'ar'] as const)('Table (%s)', (locale) => {
  it('has no axe violations (sorted, empty, overflowing), light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { container, unmount } = renderWithProviders(
        <div>
          <Table
            caption="Invoices"
            columns={COLUMNS}
            rows={ROWS}
            defaultSort={{ key: 'total', direction: 'descending' }}
          />
          <Table caption="Nothing" columns={COLUMNS} rows={[]} />
          <div style={{ width: 120 }}>{table}</div>
        </div>,
        { locale, scheme },
      );
      await expectNoAxeViolations(container);
      unmount();
    }
  });

  it('keyboard: Tab to a sort button, Enter and Space sort; aria-sort follows', async () => {
    renderWithProviders(table, { locale });
    await userEvent.tab();
    const byCustomer = screen.getByRole('button', {
      name: uiString(locale, 'table.sortBy', { column: 'Customer' }),
    });
    expect(byCustomer).toHaveFocus();
    const header = byCustomer.closest('th');
    expect(header).not.toHaveAttribute('aria-sort');
    await userEvent.keyboard('{Enter}');
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(column(1)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.getByRole('status')).toHaveTextContent(uiString(locale, 'table.sortAscending'));
    await userEvent.keyboard(' ');
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(column(1)).toEqual(['Gamma', 'Beta', 'Alpha']);
    expect(screen.getByRole('status')).toHaveTextContent(uiString(locale, 'table.sortDescending'));
    await userEvent.tab();
    expect(
      screen.getByRole('button', { name: uiString(locale, 'table.sortBy', { column: 'Total' }) }),
    ).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(header).not.toHaveAttribute('aria-sort');
    expect(column(2)).toEqual(['15.00', '99.00', '1200.50']);
  });

  it('numeric columns align to the inline end with tabular figures in both directions', () => {
    renderWithProviders(table, { locale });
    const cells = screen.getAllByRole('cell');
    const total = cells[2];
    const invoice = cells[0];
    if (!total || !invoice) throw new Error('cells missing');
    expect(getComputedStyle(total).fontVariantNumeric).toBe('tabular-nums');
    expect(total).toHaveAttribute('data-align', 'end');
    const range = document.createRange();
    range.selectNodeContents(total);
    const text = range.getBoundingClientRect();
    const box = total.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(total).paddingInlineEnd);
    // Text hugs the inline-end edge: the right in LTR, the left in RTL.
    if (locale === 'ar') expect(text.left - box.left).toBeCloseTo(padding, 0);
    else expect(box.right - text.right).toBeCloseTo(padding, 0);
    // The first column is at the inline start.
    if (locale === 'ar') expect(invoice.getBoundingClientRect().left).toBeGreaterThan(box.right - 1);
    else expect(invoice.getBoundingClientRect().right).toBeLessThan(box.left + 1);
  });

  it('an overflowing table gets a focusable region named by the caption', async () => {
    renderWithProviders(<div style={{ width: 120 }}>{table}</div>, { locale });
    const region = await screen.findByRole('region', { name: 'Invoices' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAttribute('data-overflowing');
    await userEvent.tab();
    expect(region).toHaveFocus();
    // Arrow towards the inline end scrolls (scrollLeft goes negative in RTL).
    await userEvent.keyboard(locale === 'ar' ? '{ArrowLeft}' : '{ArrowRight}');
    await expect.poll(() => Math.abs(region.scrollLeft)).toBeGreaterThan(0);
  });
});

describe('Table', () => {
  it('a table that fits has no extra tab stop or region', async () => {
    renderWithProviders(<Table caption="Small" columns={[{ key: 'id', header: 'Id' }]} rows={[{ id: 1 }]} />);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(screen.queryByRole('region')).toBeNull();
    expect(mustQuery('[data-part="scroller"]')).not.toHaveAttribute('tabindex');
  });

  it('shows the translated empty state across all columns', () => {
    renderWithProviders(<Table caption="Invoices" columns={COLUMNS} rows={[]} />, { locale: 'ar' });
    const cell = screen.getByRole('cell');
    expect(cell).toHaveTextContent(uiString('ar', 'table.empty'));
    expect(cell).toHaveAttribute('colspan', '3');
  });

  it('emptyMessage replaces the default', () => {
    renderWithProviders(
      <Table caption="Invoices" columns={COLUMNS} rows={[]} emptyMessage="No invoices yet" />,
    );
    expect(screen.getByRole('cell')).toHaveTextContent('No invoices yet');
  });

  it('controlled sort: reports the request, shows what the parent says', async () => {
    const onSortChange = vi.fn();
    renderWithProviders(
      <Table
        caption="Invoices"
        columns={COLUMNS}
        rows={ROWS}
        sort={{ key: 'total', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(column(2)).toEqual(['15.00', '99.00', '1200.50']);
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Total' }));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'total', direction: 'descending' });
    expect(screen.getByRole('button', { name: 'Sort by Total' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('controlled with manualSorting leaves row order to the parent', async () => {
    function Harness() {
      const [sort, setSort] = useState<SortState | null>(null);
      return (
        <Table
          caption="Invoices"
          columns={COLUMNS}
          rows={ROWS}
          sort={sort}
          onSortChange={setSort}
          manualSorting
        />
      );
    }
    renderWithProviders(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Customer' }));
    expect(screen.getByRole('button', { name: 'Sort by Customer' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(column(1)).toEqual(['Beta', 'Alpha', 'Gamma']);
  });

  it('has a visible caption and column headers', () => {
    renderWithProviders(table);
    expect(screen.getByRole('table', { name: 'Invoices' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => table);
  });

  it('forwards ref to the <table>', () => {
    const ref = createRef<HTMLTableElement>();
    renderWithProviders(<Table ref={ref} caption="Ref" columns={COLUMNS} rows={ROWS} />);
    expect(ref.current).toBe(screen.getByRole('table'));
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <Table
        className="custom"
        css={{ marginInlineStart: 10, fontSize: 20 }}
        caption="C"
        columns={COLUMNS}
        rows={ROWS}
      />,
      { locale: 'ar' },
    );
    const element = screen.getByRole('table');
    expect(element).toHaveClass('custom');
    expect(getComputedStyle(element).fontSize).toBe('20px');
    expect(getComputedStyle(element).marginRight).toBe('10px');
  });

  it('a dir prop makes an LTR island in an Arabic page', () => {
    renderWithProviders(<Table dir="ltr" caption="C" columns={COLUMNS} rows={ROWS} />, { locale: 'ar' });
    expect(mustQuery('[data-part="scroller"]')).toHaveAttribute('dir', 'ltr');
    const [first, , last] = screen.getAllByRole('cell');
    expect(first?.getBoundingClientRect().left).toBeLessThan(last?.getBoundingClientRect().left ?? 0);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(table);
  });
});
