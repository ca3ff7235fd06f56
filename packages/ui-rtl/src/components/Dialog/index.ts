export { Dialog } from './Dialog';
export type { DialogProps, DialogSize, DialogTriggerProps } from './Dialog';
