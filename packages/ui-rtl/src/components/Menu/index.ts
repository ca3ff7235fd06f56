export { Menu } from './Menu';
export type { MenuItem, MenuProps } from './Menu';
export { Popover } from './Popover';
export type { PopoverPlacement, PopoverProps } from './Popover';
