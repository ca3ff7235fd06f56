import type { UserConfig } from 'tsdown';

/** The shared tsdown configuration; see tsdown.mjs. */
export declare function libraryConfig(
  entry: Record<string, string>,
  options?: { neverBundle?: RegExp[] },
): UserConfig;
