export { Badge } from './Badge';
export type { BadgeProps } from './Badge';
export type { StatusTone } from './toneColors';
