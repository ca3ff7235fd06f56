/** Sort state of a {@link Table}: which column, which way. */
export interface SortState {
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

/** Pressing a header: a new column starts ascending, the sorted one toggles. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** Numbers numerically, everything else with the locale's collator; empty values last. */
export function compareValues(a: unknown, b: unknown, collator: Intl.Collator): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return collator.compare(String(a), String(b));
}
