export { ConsentGate } from './ConsentGate';
export type { ConsentGateProps } from './ConsentGate';
