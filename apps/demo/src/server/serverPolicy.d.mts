export type ResolvedPath =
  | { readonly kind: 'file'; readonly file: string; readonly immutable: boolean }
  | { readonly kind: 'spa'; readonly status: 200 | 404 }
  | { readonly kind: 'not-found' };

export declare const SPA_ROUTES: readonly string[];
export declare const NONCE_PLACEHOLDER: string;
export declare function createNonce(): string;
export declare function buildCsp(nonce: string, apiOrigins: readonly string[]): string;
export declare function resolveRequestPath(rawUrl: unknown): ResolvedPath;
export declare function contentTypeFor(file: string): string;
export declare function encodingFor(
  file: string,
  acceptEncoding: string | undefined,
): 'br' | 'gzip' | undefined;
export declare function cacheControlFor(resolved: ResolvedPath): string;
export declare function portFrom(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): number;
export declare function qualityList(
  header: string | undefined,
): Array<{ readonly value: string; readonly q: number }>;
