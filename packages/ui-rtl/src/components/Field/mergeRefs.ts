import { useMemo } from 'react';
import type { Ref, RefCallback } from 'react';

/** One ref callback feeding several refs (the caller's and our own). */
export function mergeRefs<T>(...refs: readonly (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }
  };
}

/** {@link mergeRefs}, stable while the refs are (no detach/attach on every render). */
export function useMergedRef<T>(a: Ref<T> | undefined, b: Ref<T> | undefined): RefCallback<T> {
  return useMemo(() => mergeRefs(a, b), [a, b]);
}
