/** @jsxImportSource @emotion/react */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, Key, ReactNode, Ref } from 'react';

import { useGlobalkit, useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { focusRing, visuallyHidden } from '../../styles/mixins';
import { Icon } from '../Icon/Icon';
import { compareValues, nextSort } from './sorting';
import type { SortState } from './sorting';

/** One column of a {@link Table}. */
export interface TableColumn<Row> {
  /** Identifies the column (sort state) and, without `cell`, the row field shown. */
  key: string;
  /** Header content. */
  header: ReactNode;
  /**
   * Column name used in the sort button's label (`ui:table.sortBy`).
   * @defaultValue `header` when it is a string
   */
  label?: string | undefined;
  /** Logical alignment (`end` is left in RTL). @defaultValue 'start' ('end' when numeric) */
  align?: 'start' | 'end' | undefined;
  /** Numbers: aligned to the inline end with tabular figures. @defaultValue false */
  numeric?: boolean | undefined;
  /** Header becomes a sort button. @defaultValue false */
  sortable?: boolean | undefined;
  /** Cell content. @defaultValue the row's `key` field */
  cell?: ((row: Row) => ReactNode) | undefined;
  /** Sort value of a row. @defaultValue the row's `key` field */
  sortValue?: ((row: Row) => unknown) | undefined;
}

/** Props of {@link Table}. */
export interface TableProps<Row> extends Omit<ComponentPropsWithoutRef<'table'>, 'children'> {
  /** Visible caption (required: it names the table and its scroll region). */
  caption: ReactNode;
  /** Column definitions, in reading order (first column at the inline start). */
  columns: readonly TableColumn<Row>[];
  /** The data. */
  rows: readonly Row[];
  /** React key of a row. @defaultValue the row index */
  getRowKey?: ((row: Row, index: number) => Key) | undefined;
  /** Controlled sort (`null`: unsorted). @defaultValue undefined (uncontrolled) */
  sort?: SortState | null | undefined;
  /** Initial sort when uncontrolled. @defaultValue null */
  defaultSort?: SortState | null | undefined;
  /** Called when a sort button is pressed. @defaultValue undefined */
  onSortChange?: ((sort: SortState) => void) | undefined;
  /**
   * Rows are already sorted (server-side); the table only shows the state.
   * @defaultValue false
   */
  manualSorting?: boolean | undefined;
  /** Shown in one full-width cell when `rows` is empty. @defaultValue the translated `ui:table.empty` */
  emptyMessage?: ReactNode;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<table>` element (React 19: a plain prop). */
  ref?: Ref<HTMLTableElement> | undefined;
}

function fieldOf(row: unknown, key: string): unknown {
  return row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[key] : undefined;
}

/**
 * A semantic data table inside a horizontal scroller. When the table
 * overflows, the scroller becomes a focusable `region` named by the caption
 * so keyboard users can scroll it. Sortable headers are buttons inside
 * `<th aria-sort>`. Parts: `scroller`, `caption`, `header`, `cell`, `empty`;
 * state: `data-overflowing` on the scroller, `data-align`/`data-numeric` on
 * cells.
 */
export function Table<Row>({
  caption,
  columns,
  rows,
  getRowKey,
  sort: sortProp,
  defaultSort = null,
  onSortChange,
  manualSorting = false,
  emptyMessage,
  dir,
  ref,
  ...rest
}: TableProps<Row>): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const { locale } = useGlobalkit();
  const direction = useResolvedDir(dir);
  const captionId = useId();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [sortState, setSortState] = useState<SortState | null>(defaultSort);
  const [announcement, setAnnouncement] = useState('');
  const sort = sortProp === undefined ? sortState : sortProp;

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return undefined;
    const update = () => setOverflowing(scroller.scrollWidth > scroller.clientWidth + 1);
    update();
    // Test DOMs (jsdom, happy-dom) may lack ResizeObserver; the first measure still applies.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(scroller);
    const table = scroller.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);

  const shownRows = useMemo(() => {
    const column = sort ? columns.find((candidate) => candidate.key === sort.key) : undefined;
    if (manualSorting || !sort || !column) return rows;
    const valueOf = column.sortValue ?? ((row: Row) => fieldOf(row, column.key));
    const collator = new Intl.Collator(locale, { numeric: true });
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => factor * compareValues(valueOf(a), valueOf(b), collator));
  }, [rows, columns, sort, manualSorting, locale]);

  const requestSort = (key: string) => {
    const next = nextSort(sort, key);
    if (sortProp === undefined) setSortState(next);
    setAnnouncement(t(next.direction === 'ascending' ? 'table.sortAscending' : 'table.sortDescending'));
    onSortChange?.(next);
  };

  const { space } = theme;
  const cellStyles = {
    paddingBlock: space.sm,
    paddingInline: space.md,
    borderBlockEnd: `1px solid ${theme.colors.surfaceHover}`,
    textAlign: 'start',
    verticalAlign: 'top',
    '&[data-align="end"]': { textAlign: 'end' },
    '&[data-numeric]': { fontVariantNumeric: 'tabular-nums' },
  } as const;

  return (
    <div
      ref={scrollerRef}
      data-part="scroller"
      data-overflowing={overflowing ? '' : undefined}
      dir={dir === undefined ? undefined : direction}
      {...(overflowing ? { role: 'region', tabIndex: 0, 'aria-labelledby': captionId } : {})}
      css={{ maxInlineSize: '100%', overflowX: 'auto', borderRadius: theme.radii.sm, ...focusRing(theme) }}
    >
      <table
        ref={ref}
        css={{
          inlineSize: '100%',
          borderCollapse: 'collapse',
          fontSize: theme.fontSizes.sm,
          color: theme.colors.text,
        }}
        {...rest}
      >
        <caption
          id={captionId}
          data-part="caption"
          css={{
            textAlign: 'start',
            paddingBlockEnd: space.sm,
            fontWeight: theme.fontWeights.bold,
            fontSize: theme.fontSizes.md,
          }}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const align = column.align ?? (column.numeric ? 'end' : 'start');
              const sorted = sort?.key === column.key ? sort.direction : undefined;
              const name = column.label ?? (typeof column.header === 'string' ? column.header : column.key);
              return (
                <th
                  key={column.key}
                  scope="col"
                  data-part="header"
                  data-align={align}
                  data-numeric={column.numeric ? '' : undefined}
                  aria-sort={column.sortable ? sorted : undefined}
                  css={[
                    cellStyles,
                    {
                      fontWeight: theme.fontWeights.bold,
                      borderBlockEnd: `2px solid ${theme.colors.border}`,
                      whiteSpace: 'nowrap',
                    },
                  ]}
                >
                  {column.sortable ? (
                    <button
                      type="button"
                      aria-label={t('table.sortBy', { column: name })}
                      onClick={() => requestSort(column.key)}
                      css={{
                        display: 'inline-flex',
                        alignItems: 'center',
                        gap: space.xs,
                        margin: 0,
                        padding: 0,
                        border: 0,
                        background: 'none',
                        color: 'inherit',
                        font: 'inherit',
                        cursor: 'pointer',
                        borderRadius: theme.radii.sm,
                        ...focusRing(theme),
                      }}
                    >
                      {column.header}
                      <Icon
                        name={sorted === 'descending' ? 'chevronDown' : 'chevronUp'}
                        size="1em"
                        css={{ opacity: sorted ? 1 : 0.35 }}
                      />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shownRows.length === 0 ? (
            <tr>
              <td
                data-part="empty"
                colSpan={Math.max(1, columns.length)}
                css={[cellStyles, { textAlign: 'center', color: theme.colors.textMuted }]}
              >
                {emptyMessage ?? t('table.empty')}
              </td>
            </tr>
          ) : (
            shownRows.map((row, index) => (
              <tr key={getRowKey ? getRowKey(row, index) : index}>
                {columns.map((column) => {
                  const align = column.align ?? (column.numeric ? 'end' : 'start');
                  return (
                    <td
                      key={column.key}
                      data-part="cell"
                      data-align={align}
                      data-numeric={column.numeric ? '' : undefined}
                      css={cellStyles}
                    >
                      {column.cell ? column.cell(row) : (fieldOf(row, column.key) as ReactNode)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
      <span role="status" css={visuallyHidden}>
        {announcement}
      </span>
    </div>
  );
}
