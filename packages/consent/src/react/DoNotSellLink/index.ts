export { DoNotSellLink } from './DoNotSellLink';
export type { DoNotSellLinkProps } from './DoNotSellLink';
