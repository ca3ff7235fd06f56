export { Button } from './Button';
export type { ButtonProps } from './Button';
export { buttonStyles } from './buttonStyles';
export type { ButtonSize, ButtonVariant } from './buttonStyles';
