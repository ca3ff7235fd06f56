// React bindings for @globalkit/regions; the core entry stays React-free.
export { RegionProvider } from './RegionProvider';
export type { RegionProviderProps } from './RegionProvider';
export { useActiveRegion } from './useActiveRegion';
export { useRegionStatus } from './useRegionStatus';
export { useRegionRouter } from './useRegionRouter';
