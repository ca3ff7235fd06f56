export { Stack } from './Stack';
export type { StackProps } from './Stack';
export type { FlexAlign, FlexJustify } from './flexLayout';
