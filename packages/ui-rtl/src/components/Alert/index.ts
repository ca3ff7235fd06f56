export { Alert } from './Alert';
export type { AlertLive, AlertProps, AlertTone } from './Alert';
