export { Card } from './Card';
export type { CardElevation, CardProps } from './Card';
