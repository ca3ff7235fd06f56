// Types of pageTouchCost.mjs for the TypeScript test (the script itself is plain Node ESM).
export interface PageTouchCost {
  firstTouchMicros: number;
  retouchMicros: number;
  pages: number;
  rounds: number;
}
export const PAGE_BYTES: number;
export function measurePageTouchCost(options?: { mebibytes?: number; rounds?: number }): PageTouchCost;
export function describePageTouchCost(cost: PageTouchCost): string;
