export declare function localeModule(id: string): { locale: string; namespace: string } | undefined;
export declare function localeChunkName(id: string): string | null;
export declare function localeOfChunk(
  key: string,
  chunk: { readonly src?: string; readonly name?: string } | undefined,
): string | undefined;
