// Types of budgetGraph.mjs for the TypeScript test (the script itself is plain Node ESM).
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface Verdict {
  name: string;
  ok: boolean;
  actual: string;
  limit: string;
}
export function initialChunkKeys(manifest: Manifest): string[];
export function localeOf(keyOrSrc: string): { locale: string; namespace: string } | undefined;
export function staticLocaleChunks(manifest: Manifest, initialKeys: readonly string[]): string[];
export function mergedLocaleModules(manifest: Manifest, expected: readonly string[]): string[];
export function localeChunksByLocale(manifest: Manifest): Map<string, string[]>;
export function stringLeaves(value: unknown): string[];
export function distinctiveStrings(json: unknown, count: number, minLength?: number): string[];
export function foundStrings(code: string, needles: readonly string[]): string[];
export function onDemandModulesIn(
  sourceMaps: readonly { sources?: readonly string[] }[],
  onDemand: RegExp,
): string[];
export function evaluateBudgets(figures: {
  initialGzipBytes: number;
  limitBytes: number;
  staticLocaleKeys: readonly string[];
  inlined: readonly { namespace: string; text: string }[];
  merged?: readonly string[];
  onDemandInitial?: readonly string[];
}): Verdict[];
export function formatKb(bytes: number): string;
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string;
