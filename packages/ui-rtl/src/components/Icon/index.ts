export { Icon } from './Icon';
export type { IconProps } from './Icon';
export { ICONS, ICON_NAMES } from './icons';
export type { IconName, IconDefinition, MirrorPolicy } from './icons';
