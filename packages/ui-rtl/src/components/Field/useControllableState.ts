import { useCallback, useState } from 'react';

/**
 * Controlled/uncontrolled state: `controlled` wins when defined, otherwise
 * an internal value seeded from `defaultValue`. `setValue` always reports
 * through `onChange`, so controlled callers decide what happens.
 */
export function useControllableState<T>(
  controlled: T | undefined,
  defaultValue: T,
  onChange?: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const isControlled = controlled !== undefined;
  const setValue = useCallback(
    (next: T) => {
      if (!isControlled) setInternal(next);
      onChange?.(next);
    },
    [isControlled, onChange],
  );
  return [isControlled ? controlled : internal, setValue];
}
