export { Table } from './Table';
export type { TableColumn, TableProps } from './Table';
export type { SortState } from './sorting';
