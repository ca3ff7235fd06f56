// React bindings for @globalkit/regions; the core entry stays React-free.
export { RegionProvider } from './RegionProvider';
export type { RegionProviderProps } from './RegionProvider';
export { useRegionStatus } from './useRegionStatus';
export { useRegionRouter } from './useRegionRouter';
