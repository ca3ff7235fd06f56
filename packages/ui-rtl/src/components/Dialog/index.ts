export { Dialog } from './Dialog';
export type { DialogProps, DialogSize } from './Dialog';
export { dialogTrigger } from './dialogTrigger';
export type { DialogTriggerProps } from './dialogTrigger';
